"""Seventy-sixth round, azquote76 (docs/extraction.md: name_forms.py, people.py, places.py): the forms behind the
dev/1201 misses, told in short invented sentences. An Azerbaijani subject's name with the object of the speaking verb
right after it, a capitalised noun phrase in the genitive and no comma ("Görüşdə çıxış edən X Y Orta Dəhlizin …
əhəmiyyət daşıdığını vurğulayıb"): the phrase is no part of the name, so the quotes "deyə nazir bildirib" gives to him
name him alone (1201); and a city Azerbaijani spells as English does, declined ("Aktauya işgüzar səfərə gedib",
"Aktauda"): the visit's city, as the capitals so spelled already were (1201). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 20)


# plant: name_forms.az_name_before_genitive_phrase returning the run unchanged
def test_a_genitive_phrase_after_the_name_is_no_part_of_it():
    text = ("Tədbirdə çıxış edən Kamal Həsənov Ortaq Türk Bazarın yaradılmasını dəstəklədiyini bildirib. “Biz ixracı "
            "iki dəfə artıracağıq,” – deyə nazir vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Kamal Həsənov", "Biz ixracı iki dəfə artıracağıq")]
    other = ("Forumda danışan Günay Məmmədova Yeni İpək Yolunun yük axınını dəyişdiyini deyib. “Bu marşrut hər il "
             "daha çox yük daşıyır,” – deyə o əlavə edib.")
    assert proposed.quotes(other, DAY) == [("Günay Məmmədova", "Bu marşrut hər il daha çox yük daşıyır")]
    third = ("Tədbirdə çıxış edən Kamal Həsənov Şərq Körpüsünün bərpasının vacib olduğunu vurğulayıb. “Biz ixracı iki "
             "dəfə artıracağıq,” – deyə nazir bildirib.")
    assert proposed.quotes(third, DAY) == [("Kamal Həsənov", "Biz ixracı iki dəfə artıracağıq")]


# plant: name_forms.az_name_before_genitive_phrase keeping a run whose last word is a surname's own genitive
# (`or _AZ_GENITIVE_SURNAME.search(words[-1])` added to its first check)
def test_a_second_name_in_the_genitive_after_the_subject_is_cut_too():
    text = ("Sessiyada çıxış edən Elnur Quliyev Kamran Əliyevin fikrini dəstəkləyib. “Bu layihə bölgəni "
            "birləşdirir,” – deyə nazir bildirib.")
    assert proposed.quotes(text, DAY) == [("Elnur Quliyev", "Bu layihə bölgəni birləşdirir")]
    other = ("Görüşdə danışan Aynur Səfərova Rauf Məmmədovun təklifini dəstəklədiyini deyib. “Bu təklif ticarəti "
             "xeyli asanlaşdıracaq,” – deyə o bildirib.")
    assert proposed.quotes(other, DAY) == [("Aynur Səfərova", "Bu təklif ticarəti xeyli asanlaşdıracaq")]


# plant: the English names' case forms dropped from places._CITY_NAME (the round 76 loop)
def test_a_city_spelled_as_in_english_and_declined():
    text = "Özbəkistanın kənd təsərrüfatı naziri Aziz Karimov iyunun 3-də Aktauya işgüzar səfərə gəlib."
    assert proposed.visits(text, DAY) == [("Aziz Karimov", "Kazakhstan", "2026-06-03", "Aktau", "working")]
    other = "Qırğızıstanın iqtisadiyyat naziri Daniyar Amangeldiyev iyunun 12-də Aktauda rəsmi səfərdə olub."
    assert proposed.visits(other, DAY) == [("Daniyar Amangeldiyev", "Kazakhstan", "2026-06-12", "Aktau", "official")]
