"""Thirty-eighth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py): the forms behind
the dev misses of the part and of the probes, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 15)


def _flows(text: str) -> set[tuple]:
    """(reporter, partner, period, flow, value) of each trade figure."""
    return {(r["reporter_country"], r["partner_country"], r["period"], r["flow"], float(r["value_usd_million"]))
            for r in proposed.records("trade", text, DAY)}


def test_a_further_clause_naming_both_states_in_its_own_order_is_that_orders_flow():
    # plant: the "elif not other and flow in (…) … _flow_pair_in_order" branch dropped from figures.find_figures
    text = ("Kyrgyz exports to Hungary were about $40 million in 2025, while Hungarian exports to Kyrgyzstan reached "
            "$185 million.")
    got = _flows(text)
    assert ("Kyrgyzstan", "Hungary", "2025", "export", 40.0) in got
    assert ("Hungary", "Kyrgyzstan", "2025", "export", 185.0) in got
    ru = "Экспорт Туркменистана в Азербайджан в 2025 году составил $310 млн, а экспорт Азербайджана в Туркменистан — $95 млн."
    assert ("Azerbaijan", "Turkmenistan", "2025", "export", 95.0) in _flows(ru)
    tr = ("Kazakistan'ın Türkiye'ye ihracatı 2025'te 3,1 milyar dolar olurken, Türkiye'nin Kazakistan'a ihracatı 2,2 "
          "milyar dolar oldu.")
    assert ("Türkiye", "Kazakhstan", "2025", "export", 2200.0) in _flows(tr)
    # precision: a further clause naming no state goes on with the pair before ("its imports from …" names one)
    same = "Hungary's exports to Kyrgyzstan were $185 million in 2025, while its imports came to $40 million."
    assert ("Hungary", "Kyrgyzstan", "2025", "import", 40.0) in _flows(same)
    # nor does a turnover clause take an order (its pair has none)
    assert not any(f[3] == "export" and f[4] == 185.0 for f in _flows(text.replace(
        "Hungarian exports to Kyrgyzstan reached", "trade between Hungary and Kyrgyzstan reached")))


def test_a_further_clause_at_a_bare_semicolon_with_its_own_period_and_verb_is_a_figure():
    # plant: the "or _semicolon_clause_period(…)" dropped from figures._clause_period
    text = "Trade between Turkmenistan and Uzbekistan reached $1.9 billion last year; in January–May it was $820 million."
    tu = proposed.pair("Turkmenistan", "Uzbekistan")
    got = proposed.trade_values(text, DAY)
    assert (tu, "2025", "turnover", 1900.0) in got and (tu, "2026-5M", "turnover", 820.0) in got
    figure = text.replace("in January–May it was", "in the first half of 2026 the figure stood at")
    assert (tu, "2026-H1", "turnover", 820.0) in proposed.trade_values(figure, DAY)
    ru = "Товарооборот Туркменистана и Узбекистана в 2025 году достиг $1,9 млрд; за январь–май 2026 года он составил $820 млн."
    assert (tu, "2026-5M", "turnover", 820.0) in proposed.trade_values(ru, DAY)
    # precision: a clause of another subject is no figure of the trade, nor one whose verb is no verb of amounting
    other = text.replace("in January–May it was", "in January–May investment was")
    assert not any(f[3] == 820.0 for f in proposed.trade_values(other, DAY))
    plan = text.replace("in January–May it was", "in January–May officials expected")
    assert not any(f[3] == 820.0 for f in proposed.trade_values(plan, DAY))


def test_a_share_of_the_figure_with_its_flow_after_the_amount_is_that_flow():
    # plant: "and not share_flow" dropped from the further amount's check in figures.find_figures
    tr = ("Bakan, Türkiye ile Azerbaycan arasındaki ticaret hacminin geçen yıl 7,4 milyar dolar olduğunu, bunun 5 milyar "
          "600 milyon dolarlık kısmının Türkiye'nin Azerbaycan'a ihracatından oluştuğunu söyledi.")
    assert ("Türkiye", "Azerbaijan", "2025", "export", 5600.0) in _flows(tr)
    from_ = ("Türkiye ile Kazakistan arasındaki ticaret hacmi 2025 yılında 6,1 milyar dolar oldu, bunun 3,8 milyar "
             "dolarlık kısmını Kazakistan'dan ithalat oluşturdu.")
    assert ("Türkiye", "Kazakhstan", "2025", "import", 3800.0) in _flows(from_)
    en = "Hungary's trade with Uzbekistan reached $480 million in 2025, of which $350 million were Hungarian exports."
    assert ("Hungary", "Uzbekistan", "2025", "export", 350.0) in _flows(en)
    rest = ("Trade between Türkiye and Kyrgyzstan stood at $1.3 billion in 2025; Turkish exports made up $1.1 billion "
            "and the rest, $200 million, were imports from Kyrgyzstan.")
    assert ("Türkiye", "Kyrgyzstan", "2025", "import", 200.0) in _flows(rest)
    # precision: one good's share is no record of the pair, in either language
    good = en.replace("were Hungarian exports", "were exports of pharmaceuticals")
    assert not any(f[4] == 350.0 for f in _flows(good))
    good_tr = tr.replace("Türkiye'nin Azerbaycan'a ihracatından", "petrol ihracatından")
    assert not any(f[4] == 5600.0 for f in _flows(good_tr))


def test_a_yearless_target_takes_the_year_the_next_sentence_sets_its_goal_for_with_no_amount():
    # plant: "f.target_year = year" dropped from figures._goal_set_for_year_after
    text = ("Turkmenistan and Kazakhstan agreed to raise bilateral trade to $3 billion. The goal, set for 2029, was "
            "welcomed by business groups.")
    tk = proposed.pair("Turkmenistan", "Kazakhstan")
    assert proposed.targets(text, DAY) == [(tk, 3000.0, "2029")]
    ru = "Стороны договорились довести товарооборот между Туркменистаном и Казахстаном до $3 млрд. Эта цель поставлена на 2029 год."
    assert proposed.targets(ru, DAY) == [(tk, 3000.0, "2029")]
    # precision: a goal of another thing gives no year, nor a year before the article's
    other = text.replace("The goal, set for 2029,", "The target for new rail links, set for 2029,")
    assert proposed.targets(other, DAY) == [(tk, 3000.0, "")]
    past = text.replace("set for 2029", "set for 2019")
    assert proposed.targets(past, DAY) == [(tk, 3000.0, "")]


def test_russian_supplies_in_the_other_direction_are_the_partners_same_flow():
    # plant: the Russian "в обратном направлении" alternative dropped from figures._OTHER_WAY
    text = "Экспорт Узбекистана в Кыргызстан в 2025 году достиг $1,2 млрд, поставки в обратном направлении составили $310 млн."
    assert ("Kyrgyzstan", "Uzbekistan", "2025", "export", 310.0) in _flows(text)
    # precision: after a turnover there is no direction to turn round
    turnover = text.replace("Экспорт Узбекистана в Кыргызстан", "Товарооборот Узбекистана и Кыргызстана")
    assert not any(f[4] == 310.0 and f[3] == "export" for f in _flows(turnover))


def test_a_russian_share_that_fell_to_a_states_exports_is_that_flow():
    # plant: "or _SHARE_AFTER_RU.match(…)" dropped from figures._share_flow_after
    text = ("Товарооборот между Казахстаном и Венгрией в 2025 году составил $520 млн, из которых $380 млн пришлось на "
            "экспорт Венгрии.")
    assert ("Hungary", "Kazakhstan", "2025", "export", 380.0) in _flows(text)
    imports = text.replace("экспорт Венгрии", "импорт из Венгрии")
    assert ("Kazakhstan", "Hungary", "2025", "import", 380.0) in _flows(imports)
    # precision: one good's share is none
    good = text.replace("экспорт Венгрии", "экспорт зерна")
    assert not any(f[4] == 380.0 for f in _flows(good))
