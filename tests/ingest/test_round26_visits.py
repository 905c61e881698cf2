"""Twenty-sixth round, visits (docs/extraction.md: visits.py): the forms behind the dev/282–317 visit misses and the
probes, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)  # a Thursday


def test_a_surname_after_mr_is_the_one_named_in_full_before():
    # plant: `_EN_HONORIFIC.sub("", …)` dropped from the English _surname_told_before call in visits.find_visits
    text = ("Uzbek energy minister Jurabek Mirzamahmudov pressed for a faster pipeline deal.\n\n"
            "Mr Mirzamahmudov arrived in Ashgabat on Tuesday on a working visit, leading a group of officials.")
    assert proposed.visits(text, DAY) == [("Jurabek Mirzamahmudov", "Turkmenistan", "2026-09-08", "Ashgabat", "working")]
    text = ("Uzbek energy minister Jurabek Mirzamahmudov pressed for a faster pipeline deal.\n\n"
            "Dr Mirzamahmudov flew to Ashgabat on Tuesday for a working visit.")
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Jurabek Mirzamahmudov"]
    # a surname never named in full before is no one
    text = ("Energy ministers pressed for a faster pipeline deal.\n\n"
            "Mr Mirzamahmudov arrived in Ashgabat on Tuesday on a working visit.")
    assert proposed.visits(text, DAY) == []


def test_a_delegations_arrival_dates_the_dayless_visit_of_the_lead():
    # plant: the `_delegation_of_dayless_lead` branch dropped from visits.find_visits
    text = ("Prime Minister of Kyrgyzstan Adylbek Kasymaliev has paid a working visit to Tajikistan, where he met "
            "business leaders.\n\nThe Kyrgyz delegation arrived in Dushanbe on Tuesday.\n\n"
            "Following the talks, the parties signed seven documents.")
    assert proposed.visits(text, DAY) == [("Adylbek Kasymaliyev", "Tajikistan", "2026-09-08", "Dushanbe", "working")]
    assert proposed.documents(text, DAY) == ["7"]
    # a delegation of another state than the lead's visitor is none of his
    # plant: `and named[0].iso3 == found[0].iso3` dropped from visits._delegation_of_dayless_lead
    text = ("Prime Minister of Kyrgyzstan Adylbek Kasymaliev has paid a working visit to Tajikistan, where he met "
            "business leaders.\n\nThe Uzbek delegation arrived in Dushanbe on Tuesday.")
    assert proposed.visits(text, DAY) == []


def test_ministers_named_by_their_states_genitive_at_a_local_ministers_meeting():
    # plant: the `_LOCAL_MINISTERS_MEETING` branch dropped from visits._gathering
    text = ("Dünən Daşkənddə türk dövlətlərinin energetika nazirlərinin ikinci iclası keçirilib.\n\n"
            "Tədbirdə Özbəkistanın energetika naziri Jurabek Mirzamahmudov, Azərbaycanın energetika naziri Samir Vəliyev, "
            "Qazaxıstanın energetika naziri Yerlan Akkenjenov, eləcə də Macarıstan hökumətinin nümayəndəsi iştirak ediblər.")
    # plant: `local = … _LOCAL_GENITIVE_STATE …` made `False` in visits._titled_attendees (no one listed)
    assert sorted(proposed.visits(text, DAY)) == [
        ("Samir Vəliyev", "Uzbekistan", "2026-09-09", "Tashkent", "summit"),
        ("Yerlan Akkenjenov", "Uzbekistan", "2026-09-09", "Tashkent", "summit")]  # round 57: several states
    text = ("Türk devletlerinin ulaştırma bakanları toplantısı dün Astana'da yapıldı.\n\n"
            "Toplantıya Azerbaycan'ın Ulaştırma Bakanı Samir Veliyev ve Kırgızistan'ın Ulaştırma Bakanı Tilekmat "
            "Kurenov katıldı.")
    assert sorted(v[0] for v in proposed.visits(text, DAY)) == ["Samir Veliyev", "Tilekmat Kurenov"]
    # a meeting to come: no one came yet
    text = ("Sabah Daşkənddə türk dövlətlərinin energetika nazirlərinin ikinci iclası keçiriləcək.\n\n"
            "Tədbirdə Azərbaycanın energetika naziri Samir Vəliyev iştirak edəcək.")
    assert proposed.visits(text, DAY) == []


def test_documents_adopted_told_by_their_titles_are_on_each_ministers_visit():
    # plant: the `_NAMED_DOCUMENTS_ADOPTED` branch dropped from visits._documents_adopted
    text = ("Dünən Daşkənddə türk dövlətlərinin energetika nazirlərinin ikinci iclası keçirilib.\n\n"
            "Tədbirdə Azərbaycanın energetika naziri Samir Vəliyev və Qazaxıstanın energetika naziri Yerlan Akkenjenov "
            "iştirak ediblər.\n\n"
            "İclasın sonunda “Daşkənd Bəyannaməsi” və “Enerji keçidi üzrə Yol xəritəsi” qəbul edilib.")
    # plant: `or v.at_meeting` dropped from both tests of visits._summit_documents_for_all
    assert proposed.documents(text, DAY) == ["2", "2"]
    # a title in quote marks that is no document adopted counts nothing
    text = ("Dünən Daşkənddə türk dövlətlərinin energetika nazirlərinin ikinci iclası keçirilib.\n\n"
            "Tədbirdə Azərbaycanın energetika naziri Samir Vəliyev iştirak edib.\n\n"
            "İclasda “Yaşıl enerji” adlı kitabın təqdimatı keçirilib.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention
    text = ("Azerbaijani Energy Minister Parviz Shahbazov arrived in Tashkent on Tuesday for a working visit. "
            "The “Tashkent Declaration” and the “Green Corridor Roadmap” were adopted.")
    assert proposed.documents(text, DAY) == ["2"]


def test_the_head_of_a_delegation_set_off_by_a_comma_of_the_state_his_title_names():
    # plant: `,?` dropped after `heyete` in visits._HEADED_BY
    text = "Dün Esenboğa Havalimanı'na gelen heyete, Kazakistan Sanayiciler Birliği Başkanı Nurlan Seitov başkanlık ediyor."
    # plant: the `iso3 = head.iso3 or …codes_in(phrase)…` fallback dropped from visits._headed_delegation
    assert proposed.visits(text, DAY) == [("Nurlan Seitov", "Türkiye", "2026-09-09", "Ankara", "other")]
    # a head whose title names no state is of none
    text = "Dün Esenboğa Havalimanı'na gelen heyete, Sanayiciler Birliği Başkanı Nurlan Seitov başkanlık ediyor."
    assert proposed.visits(text, DAY) == []


def test_the_capital_a_visitor_left_for_after_talks_is_not_where_they_were_held():
    # plant: the `_not_left_for(...)` filter dropped from visits._meeting_visit
    text = "Azerbaijani Prime Minister Ali Asadov also met President Shavkat Mirziyoyev on Thursday, before leaving for Ashgabat."
    assert proposed.visits(text, DAY) == []
    text = "Asadov also held talks with President Mirziyoyev on Thursday, ahead of his departure for Ashgabat."
    assert proposed.visits(text, DAY) == []
    # the capital of the talks, named too, stays theirs
    text = ("Azerbaijani Prime Minister Ali Asadov met President Shavkat Mirziyoyev in Tashkent on Thursday, before "
            "leaving for Ashgabat.")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Uzbekistan", "2026-09-10", "Tashkent")]


def test_a_contrasted_arrival_told_of_a_leader_by_surname_alone():
    # plant: `return _surname_at(sentence, name)` made `return -1` in visits._name_at
    text = ("The presidents of Turkmenistan, Kyrgyzstan and Uzbekistan met in the old city of Khiva on Wednesday for a "
            "trilateral summit.\n\n"
            "Berdimuhamedow flew in on Tuesday evening and was greeted by the regional governor, while Japarov arrived "
            "on Wednesday morning.")
    assert sorted(v[:3] for v in proposed.visits(text, DAY)) == [
        ("Sadyr Japarov", "Uzbekistan", "2026-09-09"), ("Serdar Berdimuhamedow", "Uzbekistan", "2026-09-08")]
    # a surname inside another word names no one there
    text = ("The presidents of Turkmenistan, Kyrgyzstan and Uzbekistan met in the old city of Khiva on Wednesday for a "
            "trilateral summit.\n\n"
            "Berdimuhamedow and Japarov flew in on Tuesday evening, while the Japarovs' relatives arrived on Wednesday.")
    assert sorted(v[:3] for v in proposed.visits(text, DAY)) == [
        ("Sadyr Japarov", "Uzbekistan", "2026-09-08"), ("Serdar Berdimuhamedow", "Uzbekistan", "2026-09-08")]


SUMMIT_LEAD = ("Bishkek, 10 September (Kabar). On 10 September, President of the Republic of Kazakhstan Kassym-Jomart "
               "Tokayev took part in the informal summit of the Organization of Turkic States held in Cholpon-Ata.\n\n"
               "Talks touched on transit tariffs.\n\n"
               "The summit, held under the motto \"Unity and Progress\", was chaired by Sadyr Japarov.\n\n")


def test_those_the_passive_of_the_summit_names_as_attending_it_came():
    # plant: the `(?:[Ii]t|the\s+(?:summit|…))\s+was\s+(?:also\s+)?attended\s+by` alternative dropped from visits._CAME_TO_IT
    text = SUMMIT_LEAD + "It was attended by President of the Republic of Azerbaijan Ilham Aliyev."
    assert sorted(v[0] for v in proposed.visits(text, DAY)) == ["Ilham Aliyev", "Kassym-Jomart Tokayev"]
    # (probe) the summit named as the subject, at a sentence's start
    # plant: `[Tt]he` made `the` in visits._CAME_TO_IT
    text = SUMMIT_LEAD + "The summit was also attended by President of the Republic of Azerbaijan Ilham Aliyev."
    assert sorted(v[0] for v in proposed.visits(text, DAY)) == ["Ilham Aliyev", "Kassym-Jomart Tokayev"]
    # plant: the `took\s+part\s+as … guest of honour` alternative dropped from visits._CAME_TO_IT
    text = SUMMIT_LEAD + "Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly Berdimuhamedow took part as guest of honour."
    assert sorted(v[0] for v in proposed.visits(text, DAY)) == ["Gurbanguly Berdimuhamedow", "Kassym-Jomart Tokayev"]
    # a forum of another day attended is none of the summit
    text = SUMMIT_LEAD + "The business forum on 2 March was attended by President of the Republic of Azerbaijan Ilham Aliyev."
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Kassym-Jomart Tokayev"]


def test_the_head_of_our_state_arriving_is_the_president_named_before():
    # plant: the `_head_of_state_told_before` call dropped from the English branch of visits.find_visits
    text = ("Bishkek, 10 September (Kabar). On 10 September, President of the Republic of Kazakhstan Kassym-Jomart "
            "Tokayev took part in the informal summit of the Organization of Turkic States held in Cholpon-Ata.\n\n"
            "The Head of our state arrived in Kyrgyzstan on the evening of 9 September.")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Kyrgyzstan", "2026-09-09", "Cholpon-Ata", "summit")]
    # no president named before: no one
    text = "The Head of our state arrived in Kyrgyzstan on the evening of 9 September."
    assert proposed.visits(text, DAY) == []


def test_a_russian_list_of_ministers_named_with_their_states_genitive_after_the_title():
    # plant: the `_ru_titled_attendees` branch dropped from visits._titled_attendees
    text = ("В среду в Бишкеке прошло совещание министров энергетики тюркских государств.\n\n"
            "В совещании приняли участие министр энергетики Казахстана Ерлан Аккенженов и министр энергетики "
            "Азербайджана Парвиз Шахбазов.")
    assert sorted(v[:4] for v in proposed.visits(text, DAY)) == [
        ("Parviz Shakhbazov", "Kyrgyzstan", "2026-09-09", "Bishkek"), ("Yerlan Akkenzhenov", "Kyrgyzstan", "2026-09-09", "Bishkek")]
    # a minister of the host state came to no other
    text = ("В среду в Бишкеке прошло совещание министров энергетики тюркских государств.\n\n"
            "В совещании принял участие министр энергетики Кыргызстана Таалайбек Ибраев.")
    assert proposed.visits(text, DAY) == []


def test_a_state_named_only_in_a_title_aside_is_no_ones_destination():
    # plant: the `_only_in_title_aside(...)` test dropped from visits.find_visits
    text = ("Leaders of the Organization of Turkic States gathered in the Uzbek city of Samarkand on Wednesday for an "
            "informal summit hosted by President Shavkat Mirziyoyev.\n\n"
            "Kazakhstan's Kassym-Jomart Tokayev and Tufan Erhürman, the leader of the self-declared Turkish Republic of "
            "Northern Cyprus, also attended the summit on Wednesday.")
    assert sorted(v[:4] for v in proposed.visits(text, DAY)) == [
        ("Kassym-Jomart Tokayev", "Uzbekistan", "2026-09-09", "Samarkand"),
        ("Tufan Erhürman", "Uzbekistan", "2026-09-09", "Samarkand")]
    # a state named outside the aside too stays the destination
    text = ("Tufan Erhürman, the leader of the self-declared Turkish Republic of Northern Cyprus, arrived in Türkiye "
            "on Wednesday, a day after Tokayev's visit to Türkiye.")
    assert [v[1] for v in proposed.visits(text, DAY)] == ["Türkiye"]


def test_one_who_spoke_at_the_event_the_report_opens_with_came_to_it():
    # plant: the `_local_speaker_at_event_before` branch dropped from visits.find_visits
    text = ("Dünən Daşkənddə “Yaşıl enerji” mövzusunda beynəlxalq forum keçirilib.\n\n"
            "Forumu Özbəkistanın energetika naziri açıb.\n\n"
            "Forumda çıxış edən Azərbaycanın energetika naziri Samir Vəliyev Daşkənd bazarını ölkəsi üçün vacib adlandırıb.")
    # plant: `_up_to_a_later_place(...)` dropped from visits._local_speaker_at_event_before (the place read as a name)
    assert proposed.visits(text, DAY) == [("Samir Vəliyev", "Uzbekistan", "2026-09-09", "Tashkent", "other")]
    text = ("Dün Ankara'da uluslararası lojistik forumu düzenlendi.\n\n"
            "Forumda konuşan Kazakistan Ulaştırma Bakanı Nurlan Sauranbayev, koridorun önemine değindi.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Nurlan Sauranbayev", "Türkiye", "2026-09-09", "Ankara")]
    # a forum still to come: no one came
    text = ("Sabah Daşkənddə beynəlxalq forum keçiriləcək.\n\n"
            "Forumda çıxış edən Azərbaycanın energetika naziri Samir Vəliyev bazarı vacib adlandırıb.")
    assert proposed.visits(text, DAY) == []


def test_a_speaker_recalling_his_own_visit_told_with_its_day():
    # plant: the `_recalled_own_visit` call dropped from the English branch of visits.find_visits
    text = ("Kazakh President Kassym-Jomart Tokayev, for his part, called Hungary a reliable partner, recalling that he "
            "had visited Budapest on 12 March 2025, when Prime Minister Viktor Orbán hosted him.")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Hungary", "2025-03-12", "Budapest", "other")]
    # what is signed later is the present visit's, not the recalled one's
    # plant: `recalled = True` made `pass` in visits.find_visits
    text = ("Kazakh President Kassym-Jomart Tokayev, for his part, called Hungary a reliable partner, recalling that he "
            "had visited Budapest on 12 March 2025.\n\nFive documents were signed on Wednesday.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention
    # someone else recalled: not the subject's visit
    text = ("Kazakh President Kassym-Jomart Tokayev called Hungary a reliable partner, recalling that Orbán had visited "
            "Astana on 12 March 2025.")
    assert all(v[0] != "Kassym-Jomart Tokayev" for v in proposed.visits(text, DAY))


def test_what_a_leader_did_at_a_summit_told_with_its_place_and_day():
    # plant: the `_subject_at_the_summit` call dropped from the English branch of visits.find_visits
    text = "Tokayev himself put it more bluntly at the OTS summit in Shusha on 3 July, when he spoke of a single market."
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-07-03", "Shusha", "summit")]
    # one no one knows, or a leader of the host state, is no visitor
    text = "Aliyev himself put it more bluntly at the OTS summit in Shusha on 3 July."
    assert proposed.visits(text, DAY) == []
    text = "Analysts put it more bluntly at the OTS summit in Shusha on 3 July."
    assert proposed.visits(text, DAY) == []
