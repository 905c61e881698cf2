"""Article text -> proposed records (quotes, visits, trade figures, targets) for a person to review.

No Streamlit here and no downloaded models: rules over the text, the countries table and the
office holders table (data/reference/). Each proposal carries its character span, the rule that
made it and a confidence. See docs/extraction.md for the rules and how well they do.
"""
from __future__ import annotations

import re
from datetime import timedelta


from . import places
from .figures import find_figures, headline_direction, headline_partners_home, release_home
from .model import Article, Proposal, raw_record
from .document import Document
from .people import Resolver
from .quotes import find_quotes
from .text_input import ArticleError, article_text
from .topics import topics_of
from .visits import find_visits, summary

__all__ = ["Article", "ArticleError", "Proposal", "article_text", "propose"]
# Quotes in a report on a visit that ended at most this long before publication were said during it.
VISIT_QUOTE_WINDOW = timedelta(days=3)


def _number(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"{value:.0f}"


def _first_two_states(doc: Document) -> tuple[str, str] | None:
    """Without a visit, "the two countries" are the first two of the nine states the article names (round 46: not
    counting a list of three states or more past the lead, _listed_states)."""
    listed = _listed_states(doc)
    named = list(dict.fromkeys(m.iso3 for m in doc.countries.within(0, len(doc.text))
                               if m.iso3 in places.TIE_CODES and m.start not in listed))
    if len(named) < 2 and listed:  # the lists were all it named: as before
        named = [code for code in doc.countries.codes_within(0, len(doc.text)) if code in places.TIE_CODES]
    return (named[0], named[1]) if len(named) >= 2 else None


# Round 46 (q-interview): a list of three states or more ("… ürünler Rusya'ya, Özbekistan'a, Kırgızistan'a ihraç
# ediliyor", "exports to Russia, Uzbekistan and China") names where something goes, no pair of the article's: after the
# headline and the lead (where a list may be the article's own subject, a meeting of three) its states are none of "the
# two countries" (the KATİAD interview's are Kazakhstan and Türkiye, not Kazakhstan and Uzbekistan).
_LIST_GAP = re.compile(r"(?:['’]?\w{0,4})?\s*(?:,\s*(?:(?:and|ve|və|и|or|veya)\s+)?|\s(?:and|ve|və|и|or|veya)\s+)\s*")
_LIST_STATES = 3


def _listed_states(doc: Document) -> set[int]:
    """The starts of the mentions of states that stand in a list of _LIST_STATES or more after the lead."""
    text, lead_end = doc.text, _lead_end(doc.text)
    mentions = [m for m in doc.countries.within(lead_end, len(text)) if not m.is_demonym]
    listed: set[int] = set()
    run: list = mentions[:1]
    for before, m in zip(mentions, mentions[1:]):
        if _LIST_GAP.fullmatch(text, before.end, m.start):
            run.append(m)
            continue
        if len({x.iso3 for x in run}) >= _LIST_STATES:
            listed.update(x.start for x in run)
        run = [m]
    if len({x.iso3 for x in run}) >= _LIST_STATES:
        listed.update(x.start for x in run)
    return listed


def _lead_end(text: str) -> int:
    """Where the article's second paragraph (its lead, after the headline) ends."""
    first = text.find("\n\n")
    second = text.find("\n\n", first + 2) if first >= 0 else -1
    return second if second >= 0 else len(text)


def _release_or_first_two(doc: Document) -> tuple[str, str] | None:
    """Round 25: a release of one state's trade with several partners (figures.release_home) is about that state: when
    the first two states named are both its partners ("Узбекистан догоняет Казахстан" in a headline on Kyrgyzstan's
    trade), "the two countries" are none of their pair but that state and the partner each sentence names (the home
    twice: _pair then pairs it with the state a sentence names); so too when the other of the first two is named in the
    headline only as the direction of the trade (figures.headline_direction, round 53); otherwise the first two states
    (_first_two_states)."""
    first_two = _first_two_states(doc)
    home = release_home(doc) if first_two else None
    if home and home in first_two and headline_direction(doc) == set(first_two) - {home}:
        return home, home  # round 53 (traderel): "… ən sürətli artım Özbəkistan istiqamətindədir" names a partner
    if not home and first_two and _home_after_headline_partner(doc, first_two):
        return first_two[1], first_two[1]
    if not home and first_two and (partners_home := headline_partners_home(doc, first_two)):
        return partners_home, partners_home  # round 67 (komite67, dev/1088): "Türkmənistanla …, Qazaxıstanla hədəf …"
    if home and home not in first_two:
        return home, home
    if home and home == first_two[1]:
        # round 81 (customs81, dev/1260): a release's home named second ("Türkiyə ilə …" in the headline, "Azərbaycan
        # Respublikası Dövlət Gömrük Komitəsi …" in the lead) is still the home: a third state a sentence names alone
        # is its partner (_pair pairs it with the pair's first), not the headline partner's
        return home, first_two[0]
    return first_two


def _home_after_headline_partner(doc: Document, first_two: tuple[str, str]) -> bool:
    """Round 66 (tradeaz66, dev/1077): is the first state only a partner the headline names (the direction of trade or
    the one standing out in it, figures.headline_direction: "Türk dövlətləri ilə ticarətdə Özbəkistan … önə çıxıb")
    and the second one the lead names (its dateline "Bakı, 22 oktyabr.")? Then the lead's is the reporting state, as a
    release's home is, with no lead sentence on its trade with the group to name it (figures.release_home)."""
    first_end = doc.text.find("\n\n")
    return first_end >= 0 and headline_direction(doc) == {first_two[0]} \
        and first_two[1] in doc.countries.codes_within(first_end, _lead_end(doc.text))


def _several_came(visits: list) -> bool:
    """Round 21: did visitors of more than one state come to a meeting at the first visit's host on its day (ministers
    gathered)? Then the first one listed is no more "the two countries" than the others ("Economy ministers of the OTS
    gathered in Ganja …" then "Trade with Kazakhstan totaled …": Azerbaijan's, not the first guest's). Not a summit:
    a report on one follows the leader it names first, most often its own (dev/64, AZERTAC on Aliyev in Tashkent);
    a ministers' meeting typed summit (round 57: at_meeting) is still several who came."""
    first = visits[0]
    return (first.visit_type != "summit" or first.at_meeting) and len(
        {v.visitor.iso3 for v in visits if v.host == first.host and v.start == first.start} - {""}) > 1


def _guests_of_one_host(visits: list) -> bool:
    """Round 95 (v2): are the article's visits, none a summit's, guests of two states or more at the first visit's host
    (a president's day of receptions, each guest on his own day: dev/1430)? Then the host is the report's home, first
    in "the two countries" (figures pairs it with the state a sentence names), not the first guest's state. Round 104
    (h1): so are the guests of a ministers' meeting typed summit (at_meeting), each told arriving on his own day
    ("Первым в кыргызскую столицу прибыл …" "В среду в Бишкек прибыли …", dev/1542), as _several_came reads them."""
    first = visits[0]
    return all(v.host == first.host and (v.visit_type != "summit" or v.at_meeting) for v in visits) \
        and len({v.visitor.iso3 for v in visits} - {"", first.host}) > 1


def _codes_in_quote(doc: Document, quote) -> list[str]:
    """places.codes_in(quote.text); read off the article folded once when the quote's words stand in
    the article as they are (one piece, nothing tidied inside), which is most quotes."""
    if len(quote.pieces) == 1:
        start = quote.pieces[0][0]
        start += len(doc.text[start:quote.pieces[0][1]]) - len(doc.text[start:quote.pieces[0][1]].lstrip())
        if doc.text.startswith(quote.text, start):
            return doc.countries.codes_within(start, start + len(quote.text))
    return places.codes_in(quote.text)


def propose(article: Article) -> list[Proposal]:
    """Every record the rules find in the article, in text order within each table."""
    text = article.text
    doc = Document(text)
    visit_resolver = Resolver(article.date)
    visits = find_visits(doc, article.date, visit_resolver)
    main_visit = visits[0] if visits else None
    # a visitor of no known country ("Trade Minister Ömer Bolat") gives the article no pair, nor does a meeting
    # several states came to (_several_came)
    context_pair = (main_visit.visitor.iso3, main_visit.host) \
        if main_visit and main_visit.visitor.iso3 and not _several_came(visits) else _release_or_first_two(doc)
    if main_visit and context_pair == (main_visit.visitor.iso3, main_visit.host) and _guests_of_one_host(visits):
        context_pair = main_visit.host, main_visit.visitor.iso3  # round 95 (v2)
    said_on = article.date
    if main_visit and article.date - main_visit.start <= VISIT_QUOTE_WINDOW:
        said_on = main_visit.end or main_visit.start

    resolver = Resolver(article.date)
    proposals: list[Proposal] = []
    quoted: list[tuple[int, int, str]] = []  # each quote's span and its speaker's state, for figures in quotes
    for quote in find_quotes(text, resolver):
        if quote.speaker is None:
            continue
        if quote.speaker.iso3:
            quoted.append((*quote.outer, quote.speaker.iso3))
        mentioned = [quote.speaker.iso3, *_codes_in_quote(doc, quote)]
        if len(set(mentioned)) < 2 and context_pair:
            mentioned += list(context_pair)
        mentioned = [places.name(c) for c in dict.fromkeys(c for c in mentioned if c)]
        record = raw_record("quotes", article, date=said_on.isoformat(), speaker=quote.speaker.name,
                            speaker_role=quote.speaker.role,
                            speaker_country=places.name(quote.speaker.iso3) if quote.speaker.iso3 else "",
                            quote=quote.text, topic=topics_of(quote.text), countries_mentioned=";".join(mentioned),
                            language=article.language)
        proposals.append(Proposal("quotes", record, quote.outer, f"{quote.rule} / speaker by {quote.speaker.rule}",
                                  quote.speaker.confidence * (0.95 if quote.rule != "dash-led" else 0.85),
                                  evidence=quote.text[:80], extra_spans=quote.pieces))
    for visit in visits:
        record = raw_record("visits", article, start_date=visit.start.isoformat(),
                            end_date=(visit.end or visit.start).isoformat(), visitor_name=visit.visitor.name,
                            visitor_role=visit.visitor.role, visitor_country=places.name(visit.visitor.iso3),
                            host_country=places.name(visit.host), city=visit.city, visit_type=visit.visit_type,
                            documents_signed="" if visit.documents is None else str(visit.documents),
                            summary=summary(visit))
        proposals.append(Proposal("visits", record, visit.span, f"visit sentence / visitor by {visit.visitor.rule}",
                                  visit.confidence, evidence=summary(visit), extra_spans=visit.extra_spans))
    for figure in find_figures(doc, article.date, resolver, context_pair, article.outlet, quoted):
        a, b = (places.name(c) for c in figure.pair)
        if figure.kind == "target":
            record = raw_record("targets", article, country_a=a, country_b=b, metric="trade turnover",
                                target_value_usd_million=_number(figure.value_usd_m),
                                value_qualifier=figure.qualifier,
                                target_year="" if figure.target_year is None else str(figure.target_year),
                                stated_by=figure.stated_by, stated_on=said_on.isoformat(),
                                note=text[figure.span[0]:figure.span[1]])
        else:
            shown = text[max(0, figure.span[0] - 20):figure.span[1]].split(" ", 1)[-1]
            record = raw_record("trade", article, reporter_country=a, partner_country=b, period=figure.period,
                                flow=figure.flow, value_usd_million=_number(figure.value_usd_m),
                                growth_pct="" if figure.growth_pct is None else _number(figure.growth_pct),
                                stated_by=figure.stated_by,
                                note=f"the article: '{shown}'" if figure.qualifier != "exact" else "",
                                value_qualifier=figure.qualifier, scope=figure.scope, flag_reason="")
        proposals.append(Proposal(figure.kind if figure.kind == "trade" else "targets", record, figure.span,
                                  figure.rule, figure.confidence, evidence=text[figure.span[0]:figure.span[1]]))
    return proposals
