"""Seventy-eighth round, sovet78 (docs/extraction.md: places.py, visits.py, figures.py): the forms behind the dev/1223
misses (a Russian report of a council of heads of government), told in short invented sentences. A council of heads of
government told held ("состоялось заседание Совета глав правительств государств – членов ОТГ") is a summit, as one of
heads of state is, each foreign premier taking part a summit visit; a meeting of two states' heads of government
("встреча глав правительств Казахстана и Туркменистана") is no summit. A Russian summit list that writes a leading
office in lower case before the state's genitive and a name the office holders table does not know ("вице-президент
Турции X Y", "премьер-министр ТРСК X Y") gives each his visit, of that state; a minister so listed may be in a leader's
suite and gives none. "ТРСК" is Northern Cyprus, as "TRNC" and "KKTC" are. Trade "between" a group's states
("Торговля между тюркскими государствами …", "trade between the Turkic states") is the group's, no pair's figure,
while trade between two named states stays theirs. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


# plant: visits._LOCAL_LEADERS_MEETING without its "правительств" branch (so too, apart: without its lookahead of
# two states, for the bilateral meeting below)
def test_a_council_of_heads_of_government_held_is_a_summit():
    text = ("Премьеры ОТГ встретились в Ашхабаде\n\n"
            "20 ноября в Ашхабаде состоялось заседание Совета глав правительств государств – членов ОТГ. В заседании "
            "приняли участие премьер-министр Азербайджана Али Асадов и премьер-министр Казахстана Олжас Бектенов.")
    assert proposed.visits(text, DAY) == [("Ali Asadov", "Turkmenistan", "2026-11-20", "Ashgabat", "summit"),
                                          ("Olzhas Bektenov", "Turkmenistan", "2026-11-20", "Ashgabat", "summit")]
    # two states' heads of government meeting: the guest's visit, no summit
    bilateral = ("Премьеры Казахстана и Туркменистана провели переговоры\n\n"
                 "20 ноября в Ашхабаде состоялась встреча глав правительств Казахстана и Туркменистана. "
                 "Премьер-министр Казахстана Олжас Бектенов прибыл в Ашхабад накануне.")
    assert [v[4] for v in proposed.visits(bilateral, DAY)] == ["other"]


# plant: visits._state_titled_leading_newcomers without its _ru_leading_newcomers call (so too, apart: "ТРСК" dropped
# from places._RU_ABBREVIATIONS, and the premier of Northern Cyprus is of no state, so no guest)
def test_a_russian_summit_list_gives_leaders_the_table_does_not_know():
    text = ("Саммит ОТГ прошел в Чолпон-Ате\n\n"
            "20 ноября в Чолпон-Ате состоялся саммит глав государств ОТГ. В саммите приняли участие президент "
            "Азербайджана Ильхам Алиев, вице-президент Турции Мехмет Озкан и министр иностранных дел Турции Окан "
            "Челик, а также в качестве почетного гостя – премьер-министр ТРСК Хасан Демирель.")
    visits = proposed.records("visits", text, DAY)
    assert [(v["visitor_name"], v["visitor_role"], v["visitor_country"], v["visit_type"]) for v in visits] == [
        ("Ilham Aliyev", "President", "Azerbaijan", "summit"),
        ("Mekhmet Ozkan", "Vice President", "Türkiye", "summit"),
        ("Khasan Demirel", "Prime Minister", "Northern Cyprus", "summit")]


# plant: figures._BETWEEN_GROUP without its round 78 branches (so too, apart: without its English branch alone)
def test_trade_between_a_group_s_states_is_no_pair_figure():
    text = ("Вице-президент Турции Мехмет Озкан прибыл в Бишкек\n\n"
            "Вице-президент Турции Мехмет Озкан 20 ноября прибыл в Бишкек. «Торговля между тюркскими государствами в "
            "прошлом году превысила 40 миллиардов долларов», – сказал он.")
    assert proposed.trade(text, DAY) == []
    english = ("Turkish Vice President Mehmet Ozkan arrived in Bishkek on Friday. \"Trade between the Turkic states "
               "exceeded $40 billion last year, and we can do much more,\" Ozkan said.")
    assert proposed.trade(english, DAY) == []
    # between two named states: their figure
    pair = text.replace("между тюркскими государствами", "между Турцией и Кыргызстаном").replace("40 миллиардов",
                                                                                               "1 миллиард")
    assert proposed.trade_values(pair, DAY) == {(proposed.pair("Türkiye", "Kyrgyzstan"), "2025", "turnover", 1000.0)}
