"""One-off migration (issue 11): explicit marker columns in data/raw/trade.csv and targets.csv.

Until now the build guessed "approximate", "non-oil" and "flagged" from words inside the free-text
`note` ("over ", "about", "inconsistent"...), which marked e.g. "turnover $178,771k" and "grew about
8% a year" as approximate. This script adds explicit columns instead:

- trade.csv: `value_qualifier` (after value_usd_million), `scope` (after flow), `flag_reason`
  (after note);
- targets.csv: `value_qualifier` (after target_value_usd_million).

It first PROPOSES values from the notes (a qualifier word counts only when it stands right before an
amount equal to the row's own value), then applies the REVIEWED decisions below, each checked by a
person against the row's note and value. Every row whose markers differ from the old guess, or that
gets a non-default marker, is printed (line, old guess, proposal, final value) for the commit message.
Notes are left as they are. Run once from the repository root; it refuses to run twice.

    python scripts/migrate_trade_markers.py            # rewrite the two files, print the review table
    python scripts/migrate_trade_markers.py --dry-run  # print only
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# The build's former guesses, kept here only to list what the migration changes.
OLD_FLAG_WORDS = ("inconsistent", "unreliable", "mislabel", "exceeds total", "tag listing", "listing page")
OLD_APPROX_WORDS = ("approaching", "about", "around", "over ", "more than", "nearly", "almost", "exceed",
                    "approximately", "roughly", "upper bound", "at least", "some $")

QUALIFIER_WORDS = {
    "about": ("about", "around", "approximately", "roughly", "some"),
    "over": ("over", "more than", "already exceeded", "exceeded", "exceeding (over)", "exceeding", "above"),
    "under": ("did not reach", "under", "less than", "below"),
    "approaching": ("approaching", "nearly", "almost"),
    "at least": ("at least",),
}
_WORD_TO_QUALIFIER = {w: q for q, words in QUALIFIER_WORDS.items() for w in words}
_AMOUNT = re.compile(
    r"(?<!\w)(?P<word>" + "|".join(sorted(map(re.escape, _WORD_TO_QUALIFIER), key=len, reverse=True)) + r")"
    r"['\"]?\s*\$(?P<number>[\d,]+(?:\.\d+)?)(?P<unit>k|m|bn)?\b", re.IGNORECASE)
_UNIT_TO_MILLIONS = {None: 1e-6, "k": 1e-3, "m": 1.0, "bn": 1000.0}

# Reviewed decisions: line -> (period, value, qualifier, scope, flag_reason, why). The period and value
# guard against applying a decision to a row that has moved.
REVIEWED: dict[int, tuple[str, str, str, str, str, str]] = {
    4: ("2017", "47", "exact", "all goods",
        "inconsistent with the same ambassador's 'around $60m' for 2016",
        "note: +8% to $47m contradicts his own 2016 figure; 'around' qualifies the other figure"),
    88: ("2022-H1", "31.88", "over", "natural gas", "",
         "natural gas imports only, 'more than' $31.88m: not all goods, and not non-oil either"),
    99: ("2015", "5000", "exact", "all goods",
         "translations disagree on whether $5bn was reached; customs data far lower",
         "note says: treat as unreliable"),
    122: ("2019-H1", "1500", "exact", "all goods",
          "larger than the same ministry's Jan-Jul 2019 figure ($1.09bn)", "note: inconsistent"),
    128: ("2021", "4700", "exact", "all goods",
          "exports larger than the year's turnover: possibly a mislabelled turnover figure",
          "'exceeds total' describes the inconsistency, not the value"),
    171: ("2020", "80", "about", "all goods", "", "note: approximate figure said at a forum"),
    187: ("2024-Q1", "142", "exact", "all goods",
          "larger than customs' Jan-Jul 2024 turnover ($118.28m)", "note: inconsistent"),
    199: ("2015", "66", "under", "all goods", "", "'did not reach' $66m, i.e. just under"),
    218: ("2006", "2.655", "about", "all goods", "", "note: (estimated)"),
    258: ("2022-H1", "87.5", "exact", "all goods", "year inferred from context and uncertain",
          "note: treat the year as uncertain"),
    273: ("2010", "38.4", "exact", "all goods", "low-reliability source (a personal diary, figures' origin not named)",
          "note: low-reliability source"),
    274: ("2010", "33.9", "exact", "all goods", "low-reliability source (a personal diary, figures' origin not named)",
          "note: same caveat as the 2010 export row"),
    275: ("2011", "34.1", "exact", "all goods", "low-reliability source (a personal diary, figures' origin not named)",
          "same page and caveat as lines 273, 274, 276; 'about $60m' is another figure"),
    276: ("2011", "26.1", "exact", "all goods", "low-reliability source (a personal diary, figures' origin not named)",
          "note: same caveat as the 2010 rows"),
    280: ("2014", "2.64", "exact", "all goods", "cited link is a tag listing page: the figure cannot be checked there",
          "note: the URL is a tag listing page"),
    281: ("2014", "2.82", "exact", "all goods", "cited link is a tag listing page: the figure cannot be checked there",
          "note: the URL is a tag listing page"),
    283: ("2022-H1", "2.587", "exact", "all goods", "",
          "'about' is the curator's reading of a garbled print, not the source's qualifier"),
    289: ("2022", "500", "approaching", "all goods", "",
          "'approaching the half-billion mark': an upper bound, not an exact figure"),
}
TARGETS_REVIEWED: dict[int, tuple[str, str, str]] = {
    33: ("18000", "at least", "range $18-20bn stated; the lower bound is the value"),
}


def old_guess(note: str) -> tuple[bool, bool, bool]:
    """(approx, non_oil, flagged) as the build used to guess them from the note."""
    low = note.lower()
    return (any(w in low for w in OLD_APPROX_WORDS), "non-oil" in low, any(w in low for w in OLD_FLAG_WORDS))


def _millions(number: str, unit: str | None) -> float:
    return float(number.replace(",", "")) * _UNIT_TO_MILLIONS[unit.lower() if unit else None]


def propose_qualifier(note: str, value: str) -> str:
    """A qualifier word standing right before an amount equal to this row's value; else exact."""
    for match in _AMOUNT.finditer(note):
        amount = _millions(match["number"], match["unit"])
        if abs(amount - float(value)) <= 0.005 * float(value):
            return _WORD_TO_QUALIFIER[match["word"].lower()]
    return "exact"


def propose(row: dict) -> tuple[str, str, str]:
    note = row["note"]
    low = note.lower()
    scope = "non-oil" if "non-oil" in low else "all goods"
    flag = "see note" if any(w in low for w in (*OLD_FLAG_WORDS, "low-reliability", "caveat", "uncertain")) else ""
    return propose_qualifier(note, row["value_usd_million"]), scope, flag


def _insert_after(header: list[str], after: str, column: str) -> list[str]:
    at = header.index(after) + 1
    return [*header[:at], column, *header[at:]]


def migrate_trade(text: str) -> tuple[str, list[str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    header = next(csv.reader(io.StringIO(text)))
    if "value_qualifier" in header:
        raise SystemExit("trade.csv already has value_qualifier: this one-off migration has run")
    header = _insert_after(_insert_after(_insert_after(header, "value_usd_million", "value_qualifier"),
                                         "flow", "scope"), "note", "flag_reason")
    report = []
    for line, row in enumerate(rows, start=2):  # every record of the file is on one line
        approx, non_oil, flagged = old_guess(row["note"])
        proposal = propose(row)
        final, why = proposal, "proposal kept"
        if line in REVIEWED:
            period, value, qualifier, scope, flag_reason, why = REVIEWED[line]
            assert (row["period"], row["value_usd_million"]) == (period, value), (line, row)
            final = (qualifier, scope, flag_reason)
        elif proposal[2]:
            raise SystemExit(f"line {line}: a flag was proposed but not reviewed")
        row.update(value_qualifier=final[0], scope=final[1], flag_reason=final[2])
        old = (approx, non_oil, flagged)
        new = (final[0] != "exact", final[1] == "non-oil", final[2] != "")
        if old != new or final != ("exact", "all goods", ""):
            old_text = ", ".join(n for n, on in zip(("approx", "non-oil", "flagged"), old) if on) or "exact"
            report.append(f"trade.csv:{line} {row['period']} {row['flow']} {row['value_usd_million']}: "
                          f"old {old_text} -> {final[0]}; {final[1]}"
                          + (f"; flag: {final[2]}" if final[2] else "")
                          + (f" (proposed {proposal[0]}; {proposal[1]}; {why})" if final != proposal else ""))
    return _write(header, rows), report


def migrate_targets(text: str) -> tuple[str, list[str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    header = next(csv.reader(io.StringIO(text)))
    if "value_qualifier" in header:
        raise SystemExit("targets.csv already has value_qualifier: this one-off migration has run")
    header = _insert_after(header, "target_value_usd_million", "value_qualifier")
    report = []
    for line, row in enumerate(rows, start=2):
        qualifier = "exact"
        if line in TARGETS_REVIEWED:
            value, qualifier, why = TARGETS_REVIEWED[line]
            assert row["target_value_usd_million"] == value, (line, row)
            report.append(f"targets.csv:{line} {row['metric']} {value}: old exact -> {qualifier} ({why})")
        row["value_qualifier"] = qualifier
    return _write(header, rows), report


def _write(header: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    trade_path, targets_path = RAW / "trade.csv", RAW / "targets.csv"
    trade_text, trade_report = migrate_trade(trade_path.read_text(encoding="utf-8"))
    targets_text, targets_report = migrate_targets(targets_path.read_text(encoding="utf-8"))
    print("\n".join(trade_report + targets_report))
    if not args.dry_run:
        trade_path.write_text(trade_text, encoding="utf-8")
        targets_path.write_text(targets_text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
