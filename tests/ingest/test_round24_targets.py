"""Twenty-fourth round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/243–277 target misses
and the probes' failures, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_two_office_holders_joined_who_set_a_target_give_its_pair():
    # plant: `_PEOPLE_JOINED.fullmatch(lead, m1.end(), m2.start())` replaced by `False` in figures._setters_pair
    before = "Trade between Azerbaijan and Türkiye reached $7 billion in 2025. "
    text = before + "Tokayev and Japarov agreed to keep working towards their goal of $3 billion in annual trade."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "")]
    text = ("Azərbaycan ilə Türkmənistan arasında ticarət dövriyyəsi ötən il 300 milyon dollar olub. İlham Əliyev və "
            "Sadır Japarov ticarət dövriyyəsini 500 milyon dollara çatdırmaq məqsədini qoyublar.")
    assert _targets(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), 500.0, "")]
    # the two states the sentence names stay its pair: the two leaders only welcomed another pair's plan
    text = before + "Tokayev and Japarov welcomed plans to lift trade between Uzbekistan and Tajikistan to $2 billion."
    assert _targets(text) == [(_pair("Uzbekistan", "Tajikistan"), 2000.0, "")]


def test_a_speakers_we_with_an_office_holder_is_the_two_states():
    # plant: `_WE_WITH.search(lead, max(0, m.start() - 30), m.start()) or ` dropped from figures._setters_pair
    before = "Товарооборот Казахстана и Узбекистана в 2025 году составил 4,1 млрд долларов. "
    text = before + ("«Мы с Ильхамом Алиевым поставили цель довести товарооборот до 1 миллиарда долларов к 2030 году», "
                     "– сказал Мирзиёев.")
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 1000.0, "2030")]
    # "we" alone goes on with the trade just told
    text = before + "«Мы поставили цель довести товарооборот до 10 миллиардов долларов к 2030 году», – сказал Мирзиёев."
    assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2030")]


def test_a_sentence_with_no_pair_but_the_two_who_set_a_target_is_read_for_the_target_only():
    # plant: the `if pair is None and (pair := _setters_pair(…))` block dropped from figures.find_figures
    text = "Tokayev and Japarov instructed their governments to raise trade to $3 billion by 2028."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "2028")]
    # a figure the two tell is none of theirs: whose trade it is, the sentence does not say
    text = "Tokayev and Japarov said trade had reached $2 billion last year."
    assert _targets(text) == [] and proposed.trade(text, DAY) == []


def test_the_subject_office_holder_and_the_one_state_named():
    # plant: the `len(set(codes)) == 1 and runs and runs[0][0].start() <= SUBJECT_AT_MOST` branch dropped from
    # figures._setters_pair. (In English and Russian: a Turkish or Azerbaijani report's "X ile ticaret" is its own
    # state's trade by round 24's release rules, so a Turkish sentence would give Türkiye's pair without this branch.)
    text = "President Erdogan said they aimed to raise trade with Kazakhstan to $10 billion by 2030."
    assert _targets(text) == [(_pair("Türkiye", "Kazakhstan"), 10000.0, "2030")]
    text = ("Президент Токаев заявил, что товарооборот с Азербайджаном планируется довести до 1 млрд долларов к "
            "2030 году.")
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "2030")]
    # the office holder does not open the sentence: no pair of his
    text = ("The aim of raising trade with Kazakhstan to $10 billion by 2030 was discussed by a delegation that "
            "later met President Erdogan.")
    assert _targets(text) == []


def test_a_further_target_listed_with_its_own_partner():
    # plant: `_listed_target_partner` made to return None at its start in figures
    text = "Türkiye, Azerbaycan ile ticaret hacmini 15 milyar dolara, Türkmenistan ile ise 5 milyar dolara çıkarmayı hedefliyor."
    assert set(_targets(text)) == {(_pair("Türkiye", "Azerbaijan"), 15000.0, ""),
                                   (_pair("Türkiye", "Turkmenistan"), 5000.0, "")}
    text = "Uzbekistan hopes to raise trade with Azerbaijan to $1 billion and with Turkey to $5 billion."
    assert set(_targets(text)) == {(_pair("Uzbekistan", "Azerbaijan"), 1000.0, ""),
                                   (_pair("Uzbekistan", "Türkiye"), 5000.0, "")}
    # a second amount with no state of its own keeps the first one's pair
    text = "Uzbekistan hopes to raise trade with Azerbaijan to $1 billion by 2027 and to $2 billion by 2030."
    assert set(_targets(text)) == {(_pair("Uzbekistan", "Azerbaijan"), 1000.0, "2027"),
                                   (_pair("Uzbekistan", "Azerbaijan"), 2000.0, "2030")}


def test_a_deadline_told_as_a_span_of_years_counts_from_the_reports_year():
    # plant: `_years_from_now(sentence, amount, published) or ` dropped from figures._target_year
    text = "The two sides agreed to raise trade between Azerbaijan and Hungary to $800 million within four years."
    assert _targets(text) == [(_pair("Azerbaijan", "Hungary"), 800.0, "2030")]
    text = "Kyrgyzstan and Uzbekistan aim to lift bilateral trade to $4 billion in the next three years."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Uzbekistan"), 4000.0, "2029")]
    text = "Стороны намерены в ближайшие пять лет довести товарооборот Казахстана и Таджикистана до 2 млрд долларов."
    assert _targets(text) == [(_pair("Kazakhstan", "Tajikistan"), 2000.0, "2031")]
    text = "Türkiye ile Kırgızistan, ticaret hacmini önümüzdeki iki yıl içinde 3 milyar dolara çıkarmayı hedefliyor."
    assert _targets(text) == [(_pair("Türkiye", "Kyrgyzstan"), 3000.0, "2028")]
    text = "Azərbaycan və Özbəkistan ticarət dövriyyəsini 3 il ərzində 1 milyard dollara çatdırmağı planlaşdırır."
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 1000.0, "2029")]


def test_a_span_gone_by_or_another_amounts_is_no_deadline():
    # plant: `(?<!son )` dropped from figures._YEARS_SPAN
    text = "Son beş yıl içinde iki katına çıkan Türkiye-Kırgızistan ticaretini 3 milyar dolara çıkarmayı hedefliyoruz."
    assert _targets(text) == [(_pair("Türkiye", "Kyrgyzstan"), 3000.0, "")]
    # plant: the `if _ANOTHER_AMOUNT_AFTER.search(sentence, start, amount.start): return None` dropped from
    # figures._years_from_now
    text = ("Kyrgyzstan and Uzbekistan aim to lift bilateral trade to $4 billion within three years, and to $6 billion "
            "later.")
    assert set(_targets(text)) == {(_pair("Kyrgyzstan", "Uzbekistan"), 4000.0, "2029"),
                                   (_pair("Kyrgyzstan", "Uzbekistan"), 6000.0, "")}


def test_the_future_of_a_verb_of_raising_after_the_amount_is_a_target():
    # plant: `|aca[kğq]|ece[kğ]|əcə[kqy]` dropped from figures._TARGET_AFTER
    text = ("Türkiye ile Kırgızistan arasındaki ticaret hacmi geçen yıl 1,2 milyar dolar oldu. Bunu üç yıl içinde 2 "
            "milyar dolara çıkaracağız, dedi Ticaret Bakanı.")
    got = _targets(text)
    assert got == [(_pair("Türkiye", "Kyrgyzstan"), 2000.0, "2029")]
    assert [f[3] for f in proposed.trade(text, DAY)] == [1200.0]
    text = "Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsini 1 milyard dollara çatdıracağıq, – nazir bildirib."
    assert _targets(text) == [(_pair("Azerbaijan", "Kazakhstan"), 1000.0, "")]
    # "can raise" is a potential, none
    text = "Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsini 1 milyard dollara çatdıra bilərik, – ekspert bildirib."
    assert _targets(text) == []


def test_a_wish_to_reach_an_amount_told_after_it_is_a_target():
    # plant: the `_REACH_WISHED_AFTER.match(sentence, amount.end)` test dropped from figures._is_target_after
    text = "Türkiye ile Tacikistan arasındaki ticarette 2030 yılında 2 milyar doları yakalamak istiyoruz, dedi Bakan."
    assert _targets(text) == [(_pair("Türkiye", "Tajikistan"), 2000.0, "2030")]
    text = "Özbəkistan ilə ticarətdə 2028-ci ilədək 1 milyard dollara çatmaq istəyirik, – Azərbaycan naziri deyib."
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 1000.0, "2028")]
    # the past "ulaştı" (reached) and "ulaşabilir" (could reach) are none
    text = "Türkiye ile Tacikistan arasındaki ticaret geçen yıl 1 milyar dolara ulaştı, 2 milyar dolara ulaşabilir."
    assert _targets(text) == []


def test_a_quote_of_a_target_going_on_with_a_further_one():
    # plant: the `_quote_goes_on(quoted, found[-1].span[0], s.start)` branch dropped from figures.find_figures
    text = ('Türkiye ile Kırgızistan arasındaki ticaretin geçen yıl 1,4 milyar dolar olduğunu belirten Erdoğan, "Kısa '
            'vadede 2 milyar dolar hedefimize ulaşacağız. Ardından 2030 yılında 5 milyar doları yakalamak istiyoruz" dedi.')
    assert set(_targets(text)) == {(_pair("Türkiye", "Kyrgyzstan"), 2000.0, ""),
                                   (_pair("Türkiye", "Kyrgyzstan"), 5000.0, "2030")}
    # the quote goes on with investment: no target of trade
    text = ('Türkiye ile Kırgızistan arasındaki ticaretin geçen yıl 1,4 milyar dolar olduğunu belirten Erdoğan, "Kısa '
            'vadede 2 milyar dolar hedefimize ulaşacağız. Yatırımları da 2030 yılında 5 milyar dolara çıkarmak '
            'istiyoruz" dedi.')
    assert set(_targets(text)) == {(_pair("Türkiye", "Kyrgyzstan"), 2000.0, "")}


def test_a_targets_amount_told_again_with_its_deadline_in_the_next_sentence():
    # plant: `or _restated_with_deadline(sentence, s.check, found[-1].value_usd_m, published)` dropped from
    # figures.find_figures
    lead = ("The co-chairs said Kyrgyzstan and Azerbaijan would keep working towards the goal of $300 million in annual "
            "trade agreed by their presidents. ")
    text = lead + '"$300 million by 2029 is a plan, not a wish," the minister said.'
    assert _targets(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), 300.0, "2029")]
    # another amount with a year is no deadline of the goal
    # plant: `or any(x.usd_m != value for x in amounts)` dropped from figures._restated_with_deadline
    text = lead + '"$200 million by 2027 would already be good," the minister said.'
    assert _targets(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), 300.0, "")]


def test_a_targets_amount_told_again_in_a_sentence_on_targets_is_no_figure():
    # plant: the `_target_told_again(found, amount, pair, s.check)` test dropped from figures.find_figures
    text = ("Türkiye ile Tacikistan arasındaki ticaret hacmi bu yılın ilk altı ayında 400 milyon dolar oldu. "
            "Bakan, ticaret hacmini kısa sürede 1 milyar dolara çıkaracaklarını söyledi. Ekonomist ise ticaret "
            "hedeflerinin gerçekçi olduğunu belirtti: \"Lojistik sorunlar çözülmeden 1 milyar dolar kâğıt üzerinde kalır.\"")
    day = date(2026, 8, 20)
    assert [f[3] for f in proposed.trade(text, day)] == [400.0]
    assert proposed.targets(text, day) == [(_pair("Türkiye", "Tajikistan"), 1000.0, "")]
    # an amount the target's equal with a period of its own is a figure
    # plant: `and not when.period_in(sentence, published, s.check)` dropped from the `_target_told_again` test
    text = ("Türkiye ile Tacikistan arasındaki ticaret hacmi bu yılın ilk altı ayında 400 milyon dolar oldu. "
            "Bakan, ticaret hacmini kısa sürede 1 milyar dolara çıkaracaklarını söyledi. Hedefe 2019 yılında da "
            "yaklaşılmış, ticaret 2019 yılında 1 milyar dolar olmuştu.")
    assert (_pair("Türkiye", "Tajikistan"), "2019", "turnover", 1000.0, "exact", "") in proposed.trade(text, day)


def test_russian_further_target_listed_with_a_and_its_own_do():
    # plant: the `_TARGET_AGAIN_RU.match(segment)` alternative dropped from figures.find_figures
    text = ("Узбекистан намерен довести товарооборот с Кыргызстаном до 3 млрд долларов, а с Туркменистаном – до "
            "2 млрд долларов.")
    assert set(_targets(text)) == {(_pair("Uzbekistan", "Kyrgyzstan"), 3000.0, ""),
                                   (_pair("Uzbekistan", "Turkmenistan"), 2000.0, "")}
    # a further amount of investment is none
    # plant: `and not any(word in segment_check for word in _INVESTMENT_WORDS)` dropped from the `_TARGET_AGAIN_RU`
    # alternative
    text = ("Узбекистан намерен довести товарооборот с Кыргызстаном до 3 млрд долларов, а объем инвестиций – до "
            "2 млрд долларов.")
    assert _targets(text) == [(_pair("Uzbekistan", "Kyrgyzstan"), 3000.0, "")]


def test_a_target_told_as_met_is_none():
    # plant: the `if _target_met(…): continue` dropped from figures.find_figures
    text = "Ранее поставленная цель в 3 млрд долларов товарооборота между Кыргызстаном и Казахстаном уже достигнута."
    assert _targets(text) == []
    text = "Türkiye ile Özbekistan arasındaki 3 milyar dolarlık ticaret hedefine geçen yıl ulaşıldı."
    assert _targets(text) == []
    text = "The target of $1 billion in trade between Hungary and Azerbaijan has already been exceeded, the minister said."
    assert _targets(text) == []
    # must be reached, to hit: still to come
    # plant: `(?<!быть )(?<!будет )` dropped from figures._TARGET_MET_AFTER; `|hit` added to _TARGET_MET_BEFORE's verbs;
    # the year: `|\bбыть\s+достигнут\w*` dropped from figures._GOAL_BACK
    text = "Цель в 3 млрд долларов товарооборота между Кыргызстаном и Казахстаном должна быть достигнута к 2028 году."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Kazakhstan"), 3000.0, "2028")]
    text = "Hungary and Azerbaijan aim to hit the $1 billion trade target by 2028."
    assert _targets(text) == [(_pair("Hungary", "Azerbaijan"), 1000.0, "2028")]
    # not reached: still a target
    # plant: `(?<!не )` dropped from figures._TARGET_MET_AFTER
    text = "Цель в 3 млрд долларов товарооборота между Кыргызстаном и Казахстаном пока не достигнута."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Kazakhstan"), 3000.0, "")]


def test_two_people_named_with_ile_are_no_unknown_partner():
    # plant: the round-24 `_unknown_partner(…) and _setters_pair(…)` block dropped from figures.find_figures
    text = "Japarov ilə Əliyev ticarət dövriyyəsini 500 milyon dollara çatdırmağı tapşırıb."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), 500.0, "")]
    # a partner the places do not know is still one: no target of the ties
    text = "Azərbaycan İtaliya ilə ticarət dövriyyəsini 20 milyard dollara çatdırmağı planlaşdırır."
    assert _targets(text) == []


def test_a_local_goal_noun_with_the_partner_and_trade_before_the_amount():
    # plant: the round-24 `(?:,?\s*[^\W\d][\w'’]*\s+(?:(?:ile|ilə)\s+)?(?:ticarette|ticarətdə)\s+)?` dropped from
    # figures._TARGET_NOUN_LOCAL
    text = ("Hedefimiz, Kırgızistan ile ticarette 2 milyar dolar, dedi Erdoğan; Türkiye ile Kırgızistan arasındaki "
            "ticaret geçen yıl 1 milyar dolar oldu.")
    assert _targets(text) == [(_pair("Türkiye", "Kyrgyzstan"), 2000.0, "")]
    # the goal noun with another thing between is none: "hedefimiz, yatırımlarda …" (in investment)
    text = ("Hedefimiz, Kırgızistan ile yatırımlarda 2 milyar dolar, dedi Erdoğan; Türkiye ile Kırgızistan arasındaki "
            "ticaret geçen yıl 1 milyar dolar oldu.")
    assert _targets(text) == []


def test_russian_span_of_years_without_a_preposition():
    # plant: `(?:(?:в|за)\s+)?` made `(?:в|за)\s+` again in figures._YEARS_SPAN
    text = "«Ближайшие пять лет мы должны довести товарооборот с Таджикистаном до 2 млрд долларов», – сказал Мирзиёев."
    assert _targets(text) == [(_pair("Uzbekistan", "Tajikistan"), 2000.0, "2031")]
    # the past five years are none
    text = ("«За последние пять лет мы довели товарооборот с Таджикистаном до 1 млрд долларов, теперь нужно довести "
            "его до 2 млрд долларов», – сказал Мирзиёев.")
    assert (_pair("Uzbekistan", "Tajikistan"), 2000.0, "") in _targets(text)


def test_a_headlines_two_names_with_a_comma_or_a_case_ending():
    # plant: `or m1.start() <= SUBJECT_AT_MOST and _HEADLINE_JOINED.fullmatch(…)` dropped from figures._joined
    text = "Tokayev, Rahmon set $2 billion trade target\n\nThe presidents met in Dushanbe on Monday."
    assert _targets(text) == [(_pair("Kazakhstan", "Tajikistan"), 2000.0, "")]
    # plant: `run = _CASE_AFTER_APOSTROPHE.sub("", run)` dropped from figures._holder_in
    text = "Erdoğan ve Japarov'dan 3 milyar dolarlık ticaret hedefi\n\nİki lider Bişkek'te bir araya geldi."
    assert _targets(text) == [(_pair("Türkiye", "Kyrgyzstan"), 3000.0, "")]
    # a comma later in a sentence joins no two who set it: "…, Rahmon" is only the one told after
    text = ("Trade between Kazakhstan and Kyrgyzstan reached $2 billion in 2025, the statement said. On Monday Tokayev "
            "spoke to the press, Rahmon set a $2 billion trade target.")
    assert _pair("Kazakhstan", "Tajikistan") not in {t[0] for t in _targets(text)}


def test_three_states_office_holders_setting_a_target_is_a_groups():
    # plant: `return SETTERS_OF_A_GROUP` made `return (p1.iso3, p2.iso3)` in figures._joined_pair
    text = "Tokayev, Aliyev and Mirziyoyev agreed to bring trade among their countries to $10 billion by 2030."
    assert _targets(text) == []
    # with the two states named, the target is theirs
    text = "Tokayev, Aliyev and Mirziyoyev agreed to bring trade between Kazakhstan and Azerbaijan to $1 billion by 2030."
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "2030")]


def test_the_speakers_partner_told_after_the_name_or_as_he_and_i():
    # plant: `or we_local and _WITH_AFTER_NAME.match(lead, m.end())` dropped from figures._with_the_speaker
    before = "Azərbaycan ilə Türkiyə arasında ticarət dövriyyəsi ötən il 8 milyard dollar olub. "
    text = before + ("«Biz Prezident Japarov ilə ticarət dövriyyəsini 500 milyon dollara çatdırmağı qərara almışıq», – "
                     "İlham Əliyev deyib.")
    assert _targets(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), 500.0, "")]
    # plant: `m[0][:4].lower() == "biz " or ` dropped from figures._with_the_speaker (the case above fails; this one not)
    text = before + ("«Ötən il biz Prezident Japarov ilə ticarət dövriyyəsini 500 milyon dollara çatdırmağı qərara "
                     "almışıq», – İlham Əliyev deyib.")
    assert _targets(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), 500.0, "")]
    # plant: `or _AND_I.match(lead, m.end())` dropped from figures._with_the_speaker
    before = "Trade between Kazakhstan and Türkiye reached $6 billion in 2025. "
    text = before + '"President Rahmon and I agreed to bring trade to $2 billion by 2030," Tokayev said.'
    assert _targets(text) == [(_pair("Kazakhstan", "Tajikistan"), 2000.0, "2030")]
    # a name after "we" that is only the one spoken to keeps the trade just told
    text = before + '"We told President Rahmon that we want to bring trade to $8 billion by 2030," Tokayev said.'
    assert _targets(text) == [(_pair("Kazakhstan", "Türkiye"), 8000.0, "2030")]


def test_a_deadline_told_as_the_end_of_a_year():
    # plant: `(?:(?:концу|конца)\s+)?` dropped from figures._BY_YEAR
    text = "Стороны договорились довести товарооборот Таджикистана и Азербайджана до 200 млн долларов к концу 2029 года."
    assert _targets(text) == [(_pair("Tajikistan", "Azerbaijan"), 200.0, "2029")]
    # plant: `|end[-\s]` dropped from figures._BY_YEAR
    text = "Kyrgyzstan and Hungary set a target of $150 million in annual trade by end-2029."
    assert _targets(text) == [(_pair("Kyrgyzstan", "Hungary"), 150.0, "2029")]
    # plant: `|\s+sonuna\s+kadar` dropped from figures._YEAR_BEFORE's "yılı" forms
    text = "Türkiye ile Tacikistan arasındaki ticaret hacminin 2029 yılı sonuna kadar 1 milyar dolara çıkarılması hedefleniyor."
    assert _targets(text) == [(_pair("Türkiye", "Tajikistan"), 1000.0, "2029")]
    # plant: the round-24 `|\b(?:[кК]\s+концу|до\s+конца)\s+(20\d\d)\s+года\b` dropped from figures._YEAR_BEFORE
    text = "Стороны договорились к концу 2029 года довести товарооборот Таджикистана и Азербайджана до 200 млн долларов."
    assert _targets(text) == [(_pair("Tajikistan", "Azerbaijan"), 200.0, "2029")]
    # plant: `(?:the\s+end\s+of\s+)?` dropped before "next year" in figures._RELATIVE_YEAR_AFTER
    text = "Tajikistan and Uzbekistan will seek to raise trade to $1.5 billion by the end of next year."
    assert _targets(text) == [(_pair("Tajikistan", "Uzbekistan"), 1500.0, "2027")]
    # a year gone by at its end is when the trade was, no deadline: a figure
    text = "Товарооборот Таджикистана и Азербайджана к концу 2025 года вырос до 90 млн долларов."
    assert _targets(text) == []


def test_a_target_met_told_in_a_relative_clause_is_none():
    # plant: the `\b(?:which|that)\s+…(?:met|reached|…)` alternative dropped from figures._TARGET_MET_AFTER
    text = "In 2018 Kazakhstan and Kyrgyzstan set a goal of $1 billion in trade, which they reached in 2023."
    assert _targets(text) == []
    # plant: the `котор\w+ … (?:достигли|…)` alternative dropped from figures._TARGET_MET_AFTER
    text = "Казахстан и Кыргызстан поставили цель в 1 млрд долларов товарооборота, которую стороны достигли в 2023 году."
    assert _targets(text) == []
    # one they hope to reach is still a target
    text = "Kazakhstan and Kyrgyzstan set a goal of $3 billion in trade, which they hope to reach soon."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "")]


def test_a_deadline_told_in_a_relative_clause_of_reaching_the_goal():
    # plant: the round-24 `\b(?:which|that)\s+…(?:reach|achieve|…)` alternative dropped from figures._GOAL_BACK
    text = "Kazakhstan and Kyrgyzstan set a goal of $3 billion in trade, which they hope to reach by 2030."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "2030")]
    # plant: the `котор\w+ … достичь` alternative dropped from figures._GOAL_BACK
    text = "Казахстан и Кыргызстан поставили цель в 3 млрд долларов товарооборота, которую планируется достичь к 2030 году."
    assert _targets(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), 3000.0, "2030")]
    # a year the goal was reached in is none of a deadline (and the goal met is no target)
    text = "Kazakhstan and Kyrgyzstan set a goal of $1 billion in trade, which they reached by 2023."
    assert _targets(text) == []
