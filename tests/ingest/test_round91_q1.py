"""Ninety-first round, q1 (docs/extraction.md: quotes.py, places.py, visits.py): a TV channel's news script as
published. A soundbite's label alone on its line with no colon, "SİNXRON — X Y, title" (a translated one's
"(tərcümə)" after it; Russian "СИНХРОН", English "SOUNDBITE"), the words in the paragraph under it
(quotes._SYNC_LABEL); a reporter's line whose subject is "the guest" naming a thing in quote marks, 'Müxbir: Qırğız
qonaq isə Bakını "…" adlandırıb' (quotes._AZ_GUEST_NAMING_SUBJECT), a "və" clause after it whose capitalised words
are a genitive owner ("və Orta Dəhlizin …", quotes.AZ_NAMING_AFTER); and the lead's visit told as being in the host
("X Y uulu rəsmi səfərlə Azərbaycandadır. Qonaq dünən axşam Bakıya gəlib.": places._declined's locative copula; the
Kyrgyz name's "uulu", quotes._AZ_NAMED_ON_VISIT); the parliament spelt "Joqorku Keneş" tells its chair's state, so
his coming to Bishkek is no visit (visits._PARLIAMENT_OF_STATE).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
LEAD = ("Qırğız deputat Bakıda\n\n"
        "Aparıcı: Qırğızıstan parlamentinin sədri Almazbek Sadırbek uulu rəsmi səfərlə Azərbaycandadır. Qonaq dünən "
        "axşam Bakıya gəlib.\n\n"
        "Müxbir: Görüşdə nəqliyyat layihələri müzakirə olunub.\n\n")
WORDS = "Biz Xəzər limanları vasitəsilə yeni yük xətti açmaq istəyirik. Bu, hər iki ölkəyə fayda verəcək."


# plant: _SYNC_LABEL's "|$" taken out (the colon after the title required again)
def test_a_sync_label_with_no_colon_gives_the_paragraph_under_it_to_the_named_speaker():
    text = LEAD + "SİNXRON — Almazbek Sadırbek uulu, Qırğızıstan parlamentinin sədri (tərcümə)\n\n" + WORDS + \
        "\n\nMüxbir: Sabah qonaq Gəncəyə gedəcək."
    assert proposed.quotes(text, DAY) == [("Almazbek Sadırbek uulu", WORDS)]
    english = ("Kazakh minister in Baku\n\nANCHOR: Kazakhstan's trade minister Arman Shakkaliyev arrived in Baku "
               "today.\n\nSOUNDBITE — Arman Shakkaliyev, Kazakhstan's trade minister\n\n"
               "We want to double our trade with Azerbaijan. The ports are ready for it.\n\n"
               "REPORTER: After the talks the minister left for Sumgait.")
    assert proposed.quotes(english, DAY) == [
        ("Arman Shakkaliyev", "We want to double our trade with Azerbaijan. The ports are ready for it.")]
    # the near form: a label naming no one ("residents, Baku") gives the words under it to no one
    crowd = LEAD + "SİNXRON — sakinlər, Bakı\n\n" + WORDS + "\n\nMüxbir: Sabah qonaq Gəncəyə gedəcək."
    assert proposed.quotes(crowd, DAY) == []


# plant: the _AZ_GUEST_NAMING_SUBJECT branch in quotes._az_attribution taken out
def test_the_guest_naming_a_thing_in_quote_marks_is_the_lead_s_visitor():
    text = LEAD + 'Müxbir: Qırğız qonaq isə Bakını "Xəzərin ən gözəl liman şəhəri" adlandırıb.'
    assert proposed.quotes(text, DAY) == [("Almazbek Sadırbek uulu", "Xəzərin ən gözəl liman şəhəri")]
    # the near form: no visitor named in the lead, so "the guest" is no one known
    bare = ("Bakıda görüş\n\nAparıcı: Bakıda nəqliyyat forumu keçirilib.\n\n"
            'Müxbir: Qırğız qonaq isə Bakını "Xəzərin ən gözəl liman şəhəri" adlandırıb.')
    assert proposed.quotes(bare, DAY) == []


# plant: the Kyrgyz "uulu/kyzy/qızı" and its look-ahead taken out of quotes._AZ_NAMED_ON_VISIT (the guest read as
# "Toraqası Almazbek": a capitalised title before the name, as dev/1375's "Joqorku Keneşinin Toraqası")
def test_the_guest_s_name_keeps_its_uulu_after_a_capitalised_title():
    text = ("Qırğız deputat Bakıda\n\nAparıcı: Qırğızıstan Respublikası Joqorku Keneşinin Toraqası Almazbek Sadırbek "
            "uulu rəsmi səfərlə Azərbaycandadır. Qonaq dünən axşam Bakıya gəlib.\n\n"
            'Müxbir: Qırğız qonaq isə Bakını "Xəzərin ən gözəl liman şəhəri" adlandırıb.')
    assert proposed.quotes(text, DAY) == [("Almazbek Sadırbek uulu", "Xəzərin ən gözəl liman şəhəri")]


# plant: AZ_NAMING_AFTER's genitive alternative taken out (any two capitalised words after "və" stop the clause)
def test_a_genitive_owner_after_and_keeps_the_naming_sentence_s_subject():
    base = LEAD + 'Müxbir: Qonaq isə Bakını "Xəzərin ən gözəl liman şəhəri" adlandırıb və '
    text = base + "Orta Dəhlizin yüklər üçün əhəmiyyətini vurğulayıb."
    assert proposed.quotes(text, DAY) == [("Almazbek Sadırbek uulu", "Xəzərin ən gözəl liman şəhəri")]
    # the near form: a titled holder of the genitive body is the second clause's own subject: no quote
    assert proposed.quotes(base + "Milli Məclisin sədri Sahibə Qafarova bunu təsdiqləyib.", DAY) == []


# plant: places._declined's locative copula ending ("-dadır") taken out
def test_a_lead_telling_the_visitor_is_in_the_host_then_the_guest_s_arrival():
    assert proposed.visits(LEAD, DAY) == [
        ("Almazbek Sadırbek uulu", "Azerbaijan", "2026-03-11", "Baku", "official")]


# plant: visits._PARLIAMENT_OF_STATE's KGZ pattern back to "jogorku" only
def test_a_speaker_titled_by_joqorku_kenesh_coming_to_bishkek_is_at_home():
    # the near form of the lead's visit: the Kyrgyz parliament's chair, spelt the Azerbaijani way, in his own capital
    text = ("Qırğız spiker paytaxtda\n\nJoqorku Keneşinin Toraqası Almazbek Sadırbek uulu dünən Bişkekə gəlib. "
            "Tərəflər əməkdaşlığı müzakirə ediblər.")
    assert proposed.visits(text, DAY) == []
    # the visit abroad is read
    abroad = ("Qırğız spiker Bakıda\n\nQırğızıstan Respublikası Joqorku Keneşinin Toraqası Almazbek Sadırbek uulu "
              "dünən axşam Bakıya gəlib. O, Prezident İlham Əliyev tərəfindən qəbul olunub.")
    assert [v[:4] for v in proposed.visits(abroad, DAY)] == [
        ("Almazbek Sadırbek uulu", "Azerbaijan", "2026-03-11", "Baku")]
