"""Trade figures as reports in four languages give them (docs/extraction.md, figures.py, money.py,
when.py): Turkish figures and targets, round-ups that list partners, totals for a group or the world (no
pair's figure), figures told without the word "trade". The new period and amount forms are in the
parametrized lists of test_extraction_rules.py."""
from datetime import date

from dashboard.ingest import Article, propose
from dashboard.ingest.sentences import sentences
from dashboard.ingest.when import period_in


def _records(table, text, day):
    return [p.record for p in propose(Article(text, day, "https://example.org/a", "Outlet")) if p.table == table]


def _trade(text, day):
    """(pair, period, flow, value, growth) of each trade figure."""
    return [(frozenset((r["reporter_country"], r["partner_country"])), r["period"], r["flow"],
             float(r["value_usd_million"]), r["growth_pct"]) for r in _records("trade", text, day)]


def _pair(*names):
    return frozenset(names)


def test_ten_months_without_first_or_a_year_is_no_period_nor_is_compared_with_last_year():
    assert period_in("trade stood at $40.2 billion over the ten months", date(2025, 11, 29)) is None
    assert period_in("Ötən illə müqayisədə ticarət 30,5 faiz artıb", date(2024, 1, 20)) is None


def test_a_turkish_quote_gives_last_years_figure_and_the_target_with_its_year():
    text = ("Erdoğan Azerbaycan'ı ziyaret etti. Türkiye ile Azerbaycan arasında geçen yıl 4,4 milyar dolar olan ticaret "
            "hacmimizi 2023 yılında 15 milyar dolara çıkarmayı hedefliyoruz.")
    day = date(2020, 2, 26)
    assert _trade(text, day) == [(_pair("Azerbaijan", "Türkiye"), "2019", "turnover", 4400.0, "")]
    targets = _records("targets", text, day)
    assert [(float(t["target_value_usd_million"]), t["target_year"]) for t in targets] == [(15000.0, "2023")]


def test_turkish_growth_is_read_with_the_percent_word_first():
    text = "Azerbaycan ile Türkiye arasındaki ticaret hacmi geçen yıl yüzde 33 artarak 4,5 milyar dolara ulaştı."
    assert _trade(text, date(2020, 2, 26)) == [(_pair("Azerbaijan", "Türkiye"), "2019", "turnover", 4500.0, "33")]


def test_a_group_or_world_total_is_no_pair_figure_but_the_report_goes_on_with_its_period():
    text = ("Azerbaijan's trade with Türkiye and Kazakhstan grew. "
            "Azerbaijan's trade turnover with the member states of the Organization of Turkic States amounted to "
            "$5.909 billion from January through October 2025. "
            "It accounted for 14.7 percent of Azerbaijan's total foreign trade turnover, which stood at $40.2 billion. "
            "Of this, exports totaled $22.1 billion and imports $18.1 billion. "
            "Türkiye remained the main partner. "
            "Trade with Türkiye reached $4.8bn, down 7.3 percent year-on-year. "
            "In total, trade with Kazakhstan amounted to $600.3 million.")
    found = _trade(text, date(2025, 11, 29))
    assert found == [(_pair("Azerbaijan", "Türkiye"), "2025-10M", "turnover", 4800.0, "-7.3"),
                     (_pair("Azerbaijan", "Kazakhstan"), "2025-10M", "turnover", 600.3, "")]


def test_a_round_up_sentence_gives_each_listed_partner_its_own_amount_and_growth():
    text = ("Azerbaijan's trade with Türkiye reached $4.8bn in January-October 2025. "
            "Kazakhstan ranked second with $600.3 million, followed by Uzbekistan, with which trade grew by 71.2 "
            "percent to $442.6 million.")
    found = _trade(text, date(2025, 11, 29))
    assert found[1:] == [(_pair("Azerbaijan", "Kazakhstan"), "2025-10M", "turnover", 600.3, ""),
                         (_pair("Azerbaijan", "Uzbekistan"), "2025-10M", "turnover", 442.6, "71.2")]


def test_a_figure_told_as_it_or_the_figure_right_after_a_trade_figure_is_read():
    text = ("Trade turnover between Uzbekistan and Azerbaijan amounted to $252 million in 2024. "
            "In January–May 2025, it reached $126.4 million, an increase of 23 percent. "
            "Uzbekistan's exports to Azerbaijan amounted to $97.8 million over the period. "
            "In 2023, the figure stood at USD 205 million.")
    assert _trade(text, date(2025, 7, 3)) == [
        (_pair("Uzbekistan", "Azerbaijan"), "2024", "turnover", 252.0, ""),
        (_pair("Uzbekistan", "Azerbaijan"), "2025-5M", "turnover", 126.4, "23"),
        (_pair("Uzbekistan", "Azerbaijan"), "2025-5M", "export", 97.8, ""),
        (_pair("Uzbekistan", "Azerbaijan"), "2023", "turnover", 205.0, "")]


def test_a_growth_told_in_a_later_sentence_without_an_amount_goes_to_the_figure():
    text = ("2023-cü ildə Azərbaycan ilə Türkiyə arasında ticarət dövriyyəsi 7 milyard 624 milyon ABŞ dolları təşkil "
            "edib. Bu barədə komitə məlumat yayıb. Ötən illə müqayisədə iki ölkə arasında ticarət dövriyyəsi 30,5 faiz "
            "artıb.")
    assert _trade(text, date(2024, 1, 20)) == [(_pair("Azerbaijan", "Türkiye"), "2023", "turnover", 7624.0, "30.5")]


def test_bringing_trade_to_an_amount_is_a_target_not_a_figure():
    text = ("Aliyev visited Turkmenistan. Trade between Turkmenistan and Azerbaijan exceeded USD 250 million in the "
            "first half of 2025. The parties agreed to work towards bringing bilateral trade turnover to USD 1 billion.")
    day = date(2025, 8, 22)
    assert [r[3] for r in _trade(text, day)] == [250.0]
    assert [float(t["target_value_usd_million"]) for t in _records("targets", text, day)] == [1000.0]


def test_a_sentence_may_begin_with_an_azerbaijani_or_turkish_capital():
    text = "Birinci cümlə bitdi. Ötən il ikinci cümlədir. Əliyev gəldi. İki ölkə. Şəki şəhəri."
    assert len(sentences(text)) == 5


def test_turkmenistan_by_its_other_russian_name_in_any_case_is_a_country():
    from dashboard.ingest.places import codes_in
    assert codes_in("товарооборот между Азербайджаном и Туркменией составил") == ["AZE", "TKM"]
