"""Hundred-and-seventh round, h5 (docs/extraction.md: visits.py, figures.py, quotes.py, places.py): one document "the
two deputy ministers (also) signed" is one (visits._PARTIES_SIGNED_ONE), and one more than the companies' deals the
lead counted before the visit (visits._further_over_signed_before, VisitFound.more_over_firms), while a count of the
states' documents stands. Azerbaijani textile goods' trade, "toxuculuq məhsulları üzrə ticarət", and a cotton fibre's
imports, "… ton pambıq lifi idxal edib, onun dəyəri …", are one branch's, no trade of the pair (figures._SECTOR_FLOW,
figures._SECTOR_WORDS). A short lead in marks of its own split off by "– deyə o vurğulayıb, –" leaves the rest of the
quote to the "deyə" speaker (quotes._ru_short_lead_speaker, quotes._AZ_INTERRUPTION_END). In a live blog, an entry's
subject after its time stamp ("13:05 – … governor X Y told us that …. “…,” he said") is whom "he" means
(quotes._subject, quotes._LIVE_STAMP); "Welcome to our live coverage of X's visit to Y" tells the visit going on that
day (visits._LIVE_LEAD_VISIT_NOW), a length before the possessive's visit ("X's one-day visit") names its visitor
(visits._VISITOR_CUES, group c), "the Fergana Valley" is no city (places._VALLEY_AFTER in places._city_match), and
"ministers exchanged five documents" counts them (visits._DOCUMENTS, visits._SIGNED_WORDS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_EN = date(2026, 5, 20)
FORUM = ("Kazakh and Kyrgyz firms sign deals at Bishkek forum\n\n"
         "Kazakh and Kyrgyz companies signed seventeen supply agreements at the Kazakhstan–Kyrgyzstan Business Forum "
         "in Bishkek on Tuesday, the Kyrgyz economy ministry said.\n\n"
         "The Kazakh delegation was led by Kazakhstan's Deputy Trade Minister Arman Shakkaliyev, who arrived in "
         "Bishkek on Monday and held talks with his Kyrgyz counterpart. On the sidelines, the two deputy ministers "
         "also signed a memorandum on a joint trade house.\n\n")
BISHKEK = ("Arman Shakkaliyev", "Kyrgyzstan", "2026-05-18", "Bishkek", "other")


# plant: the "|deputy\s+ministers" line taken out of visits._PARTIES_SIGNED_ONE
def test_the_two_deputy_ministers_signed_one_over_the_firms_deals():
    assert proposed.visits(FORUM, DAY_EN) == [BISHKEK]
    assert proposed.documents(FORUM, DAY_EN) == ["18"]
    assert proposed.documents(FORUM.replace("ministers also signed", "ministers signed"), DAY_EN) == ["18"]


# plant: "elif not visit.more_over_firms or visit.firms_count is not None:" made "else:" in
# visits._further_over_signed_before (the states' count added to; taking out only "not visit.more_over_firms or"
# left it standing: that drops round 58's sum for a count not of companies, no bug of this test)
def test_a_count_of_the_states_documents_stands():
    # the near form: the lead's count is the governments', which may hold the memorandum: seventeen, no more
    assert proposed.documents(FORUM.replace("Kazakh and Kyrgyz companies signed", "The two governments signed"),
                              DAY_EN) == ["17"]


DAY_AZ = date(2026, 10, 20)
AZ_TRADE = ("Azərbaycan ilə Özbəkistan arasında ticarət artıb\n\n"
            "Bakı. 20 oktyabr. REPORT.AZ\n\n"
            "Cari ilin ilk doqquz ayında Azərbaycan Özbəkistandan 12,5 min ton pambıq lifi idxal edib, onun dəyəri "
            "22,7 milyon dollar olub. Ötən il iki ölkə arasında toxuculuq məhsulları üzrə ticarət isə 41 milyon "
            "dollara yaxın olub.\n\n"
            "Dövlət Gömrük Komitəsinin məlumatına görə, cari ilin yanvar-sentyabr aylarında Azərbaycan ilə Özbəkistan "
            "arasında ticarət dövriyyəsi 210,4 milyon dollar təşkil edib.\n\n")
AZE_UZB = proposed.pair("Azerbaijan", "Uzbekistan")
TOTAL = (AZE_UZB, "2026-9M", "turnover", 210.4)


# plant: "toxuculuq|" taken out of figures._SECTOR_FLOW
def test_textile_goods_trade_is_one_branch_s():
    assert proposed.trade_values(AZ_TRADE, DAY_AZ) == {TOTAL}
    # the near form: the pair's trade told with no branch before it is the pair's
    assert (AZE_UZB, "2025", "turnover", 41.0) in proposed.trade_values(
        AZ_TRADE.replace("toxuculuq məhsulları üzrə ticarət isə", "ticarət dövriyyəsi isə"), DAY_AZ)


# plant: "lif\w*|" taken out of figures._SECTOR_FLOW's goods words
def test_cotton_fibre_imports_are_one_good_s():
    assert (AZE_UZB, "2026-9M", "import", 22.7) not in proposed.trade_values(AZ_TRADE, DAY_AZ)
    # the near form: the state's imports from the other with no good named are the pair's
    assert (AZE_UZB, "2026-9M", "import", 22.7) in proposed.trade_values(AZ_TRADE.replace(
        "12,5 min ton pambıq lifi idxal edib, onun dəyəri 22,7 milyon dollar olub",
        "22,7 milyon dollarlıq məhsul idxal edib"), DAY_AZ)


AZ_QUOTE = ("Bakıda logistika forumu keçirilib\n\n"
            "Bakı. 20 oktyabr. REPORT.AZ\n\n"
            "Forumda Qazaxıstanın nəqliyyat nazirinin müavini Talgat Lastayev çıxış edib.\n\n"
            "Nazir müavini əlavə edib ki, Qazaxıstan yalnız tranzit ölkəsi olmaq fikrində deyil. «Yeni terminallar», – "
            "deyə o vurğulayıb, – «Xəzər dənizi üzərindən yükdaşımanı iki dəfə artırmağa imkan verəcək».\n\n")
CASPIAN = ("Talgat Lastayev", "Xəzər dənizi üzərindən yükdaşımanı iki dəfə artırmağa imkan verəcək")


# plant: the "deyə" branch (AZ_DEYE and _AZ_INTERRUPTION_END) taken out of quotes._ru_short_lead_speaker
def test_the_rest_after_a_short_lead_and_deye():
    assert proposed.quotes(AZ_QUOTE, DAY_AZ) == [CASPIAN]
    # the near form: running text between the dashes is no attribution, and gives the rest to no one
    assert proposed.quotes(AZ_QUOTE.replace("– deyə o vurğulayıb, –", "– o vaxt hamı bunu bilirdi, –"), DAY_AZ) == []


DAY_LIVE = date(2026, 6, 11)
LIVE = ("LIVE: Japarov in Samarkand – five documents and a new rail link\n\n"
        "Welcome to our live coverage of Kyrgyz President Sadyr Japarov's visit to Samarkand. All times are Tashkent "
        "time.\n\n"
        "09:30 – Japarov has landed in Samarkand. President Shavkat Mirziyoyev met his guest at the airport.\n\n"
        "12:10 – \"Our railway will finally connect the two valleys within three years,\" the Kyrgyz president told "
        "reporters.\n\n"
        "13:05 – Samarkand's regional governor Erkinjon Turdimov told us that Kyrgyz firms already run 12 plants in "
        "the region. \"Kyrgyz investors employ more than 3,000 people in Samarkand, and the new zone will double "
        "that,\" he said.\n\n"
        "14:40 – Signing ceremony. The two presidents watched as ministers exchanged five documents on transport, "
        "water and trade.\n\n")
RAILWAY = ("Sadyr Japarov", "Our railway will finally connect the two valleys within three years")
JOBS = "Kyrgyz investors employ more than 3,000 people in Samarkand, and the new zone will double that"
SAMARKAND = ("Sadyr Japarov", "Uzbekistan", "2026-06-11", "Samarkand", "other")


# plant: "or _LIVE_STAMP.match(sentence)" taken out of quotes._subject
def test_the_subject_after_a_live_entry_s_stamp():
    assert proposed.quotes(LIVE, DAY_LIVE) == [RAILWAY, ("Erkinjon Turdimov", JOBS)]
    # the near form: an entry that opens on no one leaves "he" the last speaker's
    assert proposed.quotes(LIVE.replace("Samarkand's regional governor Erkinjon Turdimov told us that Kyrgyz",
                                        "Kyrgyz"), DAY_LIVE) == [RAILWAY, ("Sadyr Japarov", JOBS)]


# plant: the "live coverage of" alternative taken out of visits._LIVE_LEAD_VISIT_NOW
def test_live_coverage_of_a_visit_is_of_that_day():
    assert proposed.visits(LIVE, DAY_LIVE) == [SAMARKAND]
    # the near form: live coverage of a forum tells no visit, and the entries' landing has no day
    assert proposed.visits(LIVE.replace("Kyrgyz President Sadyr Japarov's visit to Samarkand",
                                        "the Kyrgyz–Uzbek business forum in Samarkand"), DAY_LIVE) == []


# plant: "(?:[\w-]+-day\s+)?" taken out of visits._VISITOR_CUES' group c
def test_a_visit_s_length_after_the_possessive():
    assert proposed.visits(LIVE.replace("Japarov's visit", "Japarov's one-day visit"), DAY_LIVE) == [SAMARKAND]
    # the near form: another word before the visit is no length, and names no visitor there
    assert proposed.visits(LIVE.replace("Japarov's visit", "Japarov's much-awaited visit"), DAY_LIVE) == []


# plant: the _VALLEY_AFTER check (its "if" line and its "continue") taken out of places._city_match
def test_the_fergana_valley_is_no_city():
    assert proposed.visits(LIVE.replace("visit to Samarkand.", "visit to Samarkand, his first trip to the Fergana "
                                                               "Valley."), DAY_LIVE) == [SAMARKAND]
    # the near form: a trip to the city of Fergana is where he went
    assert proposed.visits(LIVE.replace("visit to Samarkand.", "visit to Samarkand, his first trip to Fergana."),
                           DAY_LIVE) == [("Sadyr Japarov", "Uzbekistan", "2026-06-11", "Fergana", "other")]


# plant: "|exchanged" taken out of visits._DOCUMENTS
def test_ministers_exchanged_a_count_of_documents():
    assert proposed.documents(LIVE, DAY_LIVE) == ["5"]
    # the near form: views exchanged on drafts sign nothing
    assert proposed.documents(LIVE.replace("watched as ministers exchanged five documents",
                                           "exchanged views on five draft documents"), DAY_LIVE) == [""]
