"""Seventy-first round, quotes71a (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1134, 1137, 1140
and 1141 misses, told in short invented sentences. A short scene opening with no comma before the named subject of a
partial quote, "At his Budapest talks X said Turkmenistan was “…”" (1134); a bare Azerbaijani demonym with "həmsədr"
after a quote, "– deyə tacik həmsədr əlavə edib", meaning the lead sentence's subject of that state (1137); a
parliamentary committee's member, "… komitəsinin üzvü X Y …", whom a later "– deyə deputat bildirib" means (1140); and
a second partial quote after "and claimed that" in the sentence of the first, 'X described Y as "…" and claimed that
"…"' (1141). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)


# plant: quotes._subject without the _en_scene_without_comma_subject branch
def test_a_scene_opening_without_a_comma_before_the_subject():
    lead = "Turkmen President Serdar Berdimuhamedow held talks in Vienna last week.\n\n"
    text = lead + ("At his Vienna talks Berdimuhamedow said Turkmenistan stood \"ready to send more gas westwards\" "
                   "under new contracts.")
    assert proposed.quotes(text, DAY) == [("Serdar Berdimuhamedow", "ready to send more gas westwards")]
    other = lead + ("During the long dinner Berdimuhamedow told his hosts the pipeline would be \"built within a "
                    "few short years\" if financing came.")
    assert proposed.quotes(other, DAY) == [("Serdar Berdimuhamedow", "built within a few short years")]


# plant: people._AZ_STATE_CO_CHAIR's branch dropped from Resolver.resolve
def test_an_azerbaijani_co_chair_by_his_states_demonym():
    lead = ("Bakıda Azərbaycan–Özbəkistan komissiyasının iclası keçirilib. Özbəkistan tərəfindən isə həmsədr, "
            "nəqliyyat naziri Ilhom Mahkamov iclasa rəhbərlik edib.\n\n")
    text = lead + ("Ilhom Mahkamov isə çıxışında Özbəkistanın yük daşımalarını artırmaqda maraqlı olduğunu deyib. "
                   "«Biz Bakı limanını öz yüklərimiz üçün əsas qapı kimi görürük», – deyə özbək həmsədr əlavə edib.")
    assert proposed.quotes(text, DAY) == [("Ilhom Mahkamov",
                                           "Biz Bakı limanını öz yüklərimiz üçün əsas qapı kimi görürük")]
    other = lead + ("Ilhom Mahkamov da çıxışında Özbəkistanın Xəzər marşrutuna üstünlük verdiyini bildirib. "
                    "«Yüklərimizin yarısı gələn il bu yolla getməlidir», – deyə özbək həmsədri vurğulayıb.")
    assert proposed.quotes(other, DAY) == [("Ilhom Mahkamov", "Yüklərimizin yarısı gələn il bu yolla getməlidir")]


# plant: "üzvü" dropped from people._AZ_TITLES
def test_a_committee_member_whom_a_later_deputat_means():
    text = ("Milli Məclisdə saziş ratifikasiya olunub.\n\nMüzakirələrdə çıxış edən Aqrar siyasət komitəsinin üzvü "
            "Vüqar Rəhimzadə sənədin fermerlər üçün əhəmiyyətindən danışıb. «Taxıl nə qədər ucuz gələrsə, çörək də o "
            "qədər ucuz olar», – deyə deputat bildirib.")
    assert proposed.quotes(text, DAY) == [("Vüqar Rəhimzadə",
                                           "Taxıl nə qədər ucuz gələrsə, çörək də o qədər ucuz olar")]
    other = ("Milli Məclisdə saziş ratifikasiya olunub.\n\nSöz alan Regional məsələlər komitəsinin üzvü Nigar "
             "Hacıyeva sənədi dəstəklədiyini bildirib. «Bu saziş kəndlərə yeni yollar gətirəcək», – deyə deputat "
             "vurğulayıb.")
    assert proposed.quotes(other, DAY) == [("Nigar Hacıyeva", "Bu saziş kəndlərə yeni yollar gətirəcək")]


# plant: "claimed" dropped from quotes.ADDING_THAT's verbs before "that" ("claimed|claims|" -> "claims|"; "and
# maintained that", the other example, passes by another rule as well)
def test_a_second_partial_quote_after_and_claimed_that():
    text = ("Trade grew fast.\n\nAddressing the forum, Hungarian Foreign Minister Péter Szijjártó described "
            "Kazakhstan as \"a partner of the very first rank in Central Asia\" and claimed that \"no other market "
            "has opened to our firms so quickly\".[2] He cited Hungarian data.")
    assert proposed.quotes(text, DAY) == [
        ("Péter Szijjártó", "a partner of the very first rank in Central Asia"),
        ("Péter Szijjártó", "no other market has opened to our firms so quickly")]
    other = ("Trade grew fast.\n\nHungarian Foreign Minister Péter Szijjártó called the deal \"a turning point for "
             "both of our economies\" and maintained that \"the numbers will double within the decade\".")
    assert proposed.quotes(other, DAY) == [
        ("Péter Szijjártó", "a turning point for both of our economies"),
        ("Péter Szijjártó", "the numbers will double within the decade")]
