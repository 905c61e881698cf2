"""Sixty-seventh round, komite67 (docs/extraction.md: __init__.py, figures.py, quotes.py): the forms behind the dev/1088
and dev/1097 misses, told in short invented sentences. A headline naming two states each only as a partner "with" whom,
"Qırğızıstanla ticarət … artıb, Özbəkistanla hədəf …", tells two partners of the home its language says "trade with"
in, no pair of theirs (1088); a forecast of the year's end told with a verb of passing the amount, "… dolları ötəcəyi
gözlənilir", is no figure (1088); a parliament after a title in a headline, "Nazir müavini Milli Məclisdə:", is where
the holder spoke, no name of his, so the short title later means the one named with it in full (1088); and "as X
said", "Prezident X Y-in Daşkənddə dediyi kimi, “…”", inside an envoy's answer is X's words (1097). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 12)
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")


# plant: the headline_partners_home branch dropped from dashboard/ingest/__init__._release_or_first_two
def test_a_headline_naming_two_partners_with_whom_has_the_languages_home():
    text = ("Nazir müavini: Qırğızıstanla ticarət 12 faiz artıb, Özbəkistanla hədəf 1 milyard dollardır\n\n"
            "Bakı, 10 noyabr, APA. Milli Məclisdə Azərbaycanın qonşu ölkələrlə iqtisadi əlaqələri müzakirə olunub.\n\n"
            "Nazir müavini bildirib ki, Özbəkistanla ticarət dövriyyəsinin 2028-ci ilədək 1 milyard dollara "
            "çatdırılması hədəflənir.")
    assert proposed.targets(text, DAY) == [(AZ_UZ, 1000.0, "2028")]
    quoted = ("Deputat: Tacikistanla ticarət 20 faiz artıb, Qırğızıstanla ticarət hədəfi 500 milyon dollardır\n\n"
              "Bakı, 10 noyabr, Report. Milli Məclisin komitəsində Mərkəzi Asiya ilə əlaqələr müzakirə edilib.\n\n"
              "“Qırğızıstanla ticarət dövriyyəsini 2029-cu ilədək 500 milyon dollara çatdırmaq istəyirik”, – deyə "
              "nazir bildirib.")
    assert proposed.targets(quoted, DAY) == [(AZ_KG, 500.0, "2029")]
    turkish = ("Bakan Yardımcısı: Türkmenistan ile ticaret yüzde 10 arttı, Kazakistan ile hedef 10 milyar dolar\n\n"
               "Ankara, 10 Kasım. Meclis komisyonunda Orta Asya ile ilişkiler görüşüldü.\n\n"
               "Kazakistan ile ticaret hacminin 2030 yılına kadar 10 milyar dolara çıkarılması hedefleniyor.")
    assert proposed.targets(turkish, DAY) == [(KZ_TR, 10000.0, "2030")]


# plant: "ötəcə|ötmə|keçəcə|keçmə" dropped from figures._FORECAST_AFTER
def test_a_year_end_forecast_of_passing_an_amount_is_no_figure():
    text = ("Cari ilin doqquz ayında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 500 milyon dollar olub. İlin "
            "sonunadək dövriyyənin 700 milyon dolları ötəcəyi gözlənilir.")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2026-9M", "turnover", 500.0)}
    assert proposed.targets(text, DAY) == []
    other = ("Yanvar-iyun aylarında Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 150 milyon dollar təşkil edib. "
             "Nazirin sözlərinə görə, ilin sonuna qədər dövriyyənin 300 milyon dolları keçməsi gözlənilir.")
    assert proposed.trade_values(other, DAY) == {(AZ_UZ, "2026-H1", "turnover", 150.0)}
    assert proposed.targets(other, DAY) == []


# plant: quotes._az_parliament_run returning False
def test_a_parliament_after_a_headlines_title_is_no_name():
    text = ("Nazir müavini Milli Məclisdə: ixrac artır\n\n"
            "İclasda İqtisadiyyat nazirinin müavini Kamran Səfərov çıxış edib. Deputat Orxan Məmmədli ixrac mərkəzləri "
            "barədə soruşub.\n\n"
            "Nazir müavini cavabında yeni mərkəzlərin açılacağını deyib:\n\n"
            "– Biz gələn il üç yeni ixrac mərkəzi açırıq, məhsullarımız daha çox bazara çıxacaq.")
    assert proposed.quotes(text, DAY) == [
        ("Kamran Səfərov", "Biz gələn il üç yeni ixrac mərkəzi açırıq, məhsullarımız daha çox bazara çıxacaq.")]
    after = ("Nazir müavini Milli Məclisdə: ixrac artır\n\n"
             "İclasda Kənd təsərrüfatı nazirinin müavini Kamran Səfərov çıxış edib. Deputat Orxan Məmmədli ixrac "
             "mərkəzləri barədə soruşub.\n\n"
             "“Biz gələn il üç yeni ixrac mərkəzi açırıq, məhsullarımız daha çox bazara çıxacaq”, – deyə nazir müavini "
             "cavabında bildirib.")
    assert proposed.quotes(after, DAY) == [
        ("Kamran Səfərov", "Biz gələn il üç yeni ixrac mərkəzi açırıq, məhsullarımız daha çox bazara çıxacaq")]


# plant: the "… kimi"/"… gibi" branch dropped from quotes._TURKIC_IN_WORDS (so too, apart: " kimi" and " gibi" dropped
# from _TURKIC_IN_WORDS_GATE)
def test_as_a_leader_said_inside_an_answer_is_the_leaders():
    text = ("Səfir Rauf Qasımov: əlaqələr yeni mərhələdədir\n\n"
            "Səfir Rauf Qasımov AZƏRTAC-ın suallarını cavablandırıb.\n\n"
            "– Cənab səfir, əlaqələri necə qiymətləndirirsiniz?\n\n"
            "– Əlaqələrimiz sürətlə inkişaf edir. Prezident İlham Əliyevin Daşkənddə dediyi kimi, “biz bir-birimizə "
            "arxa olan iki qardaş dövlətik”. Bu sözlər hər şeyi deyir.")
    found = proposed.quotes(text, DAY)
    assert ("Ilham Aliyev", "biz bir-birimizə arxa olan iki qardaş dövlətik") in found
    assert [speaker for speaker, _ in found].count("Rauf Qasımov") == 1
    noted = ("Nazir Mikayıl Cabbarov forumda çıxış edib. O bildirib ki, layihələr uğurla davam edir. Prezident İlham "
             "Əliyevin qeyd etdiyi kimi, “Orta Dəhliz bütün region üçün yeni imkanlar yaradır”.")
    assert proposed.quotes(noted, DAY) == [("Ilham Aliyev", "Orta Dəhliz bütün region üçün yeni imkanlar yaradır")]
    turkish = ("Bakan Ömer Bolat forumda konuştu. Bolat, projelerin sürdüğünü belirtti. Cumhurbaşkanı Recep Tayyip "
               "Erdoğan'ın zirvede dediği gibi, \"Türk dünyası birlikte daha güçlü olacaktır.\"")
    assert proposed.quotes(turkish, DAY) == [("Recep Tayyip Erdoğan", "Türk dünyası birlikte daha güçlü olacaktır.")]
