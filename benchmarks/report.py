"""Figures -> Markdown: printed to the terminal and written to docs/benchmarks.md (hand-written
interpretation at the bottom of that file is kept across runs)."""
from __future__ import annotations

from pathlib import Path

from dashboard.data.trade_index import MIN_ROWS

from .common import ROOT

DOC = ROOT / "docs" / "benchmarks.md"
KEEP_FROM = "## Interpretation"
DEFAULT_INTERPRETATION = KEEP_FROM + """ (hand-written; `make bench` keeps this section)

Nothing written yet: read the figures above and say what they mean for the app.
"""


def ms(seconds: float | None) -> str:
    if seconds is None or seconds != seconds:
        return "—"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _p(stats: dict | None) -> tuple[str, str]:
    if not stats or "error" in stats:
        return ("error: " + stats["error"], "") if stats else ("—", "")
    return ms(stats["p50"]), ms(stats["p95"])


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return out + ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]


def _machine(m: dict) -> list[str]:
    rows = [["date", m["date"]], ["cores", f"{m['cores']} ({m['cpu']})"], ["RAM", f"{m['ram_gib']} GiB"],
            ["OS", m["os"]], ["load average before the run (1/5/15 min)", m["load_before"]],
            ["load average after the run", m.get("load_after", "—")]]
    rows += [[name, m[name]] for name in ("python", "streamlit", "pandas", "numpy", "pyarrow", "plotly", "duckdb",
                                         "playwright", "chromium")]
    return ["## Machine", "", *_table(["", ""], rows), ""]


def _build(b: dict) -> list[str]:
    cold = b["cold"]
    return ["## 1. Data build (`build_tables()` from data/raw)", "",
            f"- In-process, imports warm: p50 **{ms(b['warm']['p50'])}**, p95 {ms(b['warm']['p95'])} "
            f"({b['warm']['n']} runs after one warm-up).",
            f"- Cold, a fresh interpreter: **{ms(cold['wall'])}** wall in all (imports {ms(cold['imports'])}, "
            f"build {ms(cold['build'])}, the rest interpreter start-up).",
            f"- Rows built: {', '.join(f'{k} {v}' for k, v in b['rows'].items())}; "
            f"{b['problems']} raw row(s) rejected.", ""]


def _pages(p: dict) -> list[str]:
    bare = p["bare"]["p50"]
    rows = [["bare page (title + one plotly chart)", *_p(p["bare"]), "1.0", "—", "—", "", "", ""]]
    for page in p["pages"]:
        cells = [f"{page['title']} `{page['page']}`"]
        for label in ("default", "narrow"):
            stats = page[label]
            p50, p95 = _p(stats)
            ratio = f"{stats['p50'] / bare:.1f}" if "p50" in stats else "—"
            replay = stats.get("replay", {})
            replay_p50 = f"{replay['p50'] * 1000:,.0f} ms" if "p50" in replay else "—"
            over = f"{stats['p50'] / replay['p50']:.1f}" if "p50" in stats and "p50" in replay else "—"
            cells += [p50, p95, ratio, replay_p50, over] if label == "default" else [p50, p95, ratio]
        rows.append(cells)
    return ["## 2. Page script runs (Streamlit AppTest, global filters + the page)", "",
            "Same session re-run (`at.run()`), after two warm-up runs; the tables are cached as in the app. "
            f"Narrow filter: `?country=KAZ&years=2022&years=2023`. {p['bare']['n']} runs each. Replay: the "
            "same finished figures, tables and texts handed to Streamlit with nothing computed "
            "(benchmarks/replay.py); × replay near 1 means a run is all drawing.", "",
            *_table(["page", "default p50", "default p95", "× bare", "replay p50", "× replay", "narrow p50",
                     "narrow p95", "× bare"], rows), ""]


def _browser(b: dict) -> list[str]:
    out = ["## 3. In headless Chromium (loopback, every other request aborted)", ""]
    if "cold" in b:
        c = b["cold"]
        out.append(f"- Cold start, server process start → first chart drawn on `/` (a `.js-plotly-plot` with "
                   f"SVG paths): median **{ms(c['first_chart']['p50'])}** over {c['first_chart']['n']} fresh "
                   f"servers (min {ms(c['first_chart']['min'])}, max {ms(c['first_chart']['max'])}); of which "
                   f"until `/_stcore/health` answers: median {ms(c['health']['p50'])}.")
        if "bare_map" in c:
            out.append(f"- The same for a bare page with one geo map (`benchmarks/bare_geo_app.py`, run alternately "
                       f"with the app): median **{ms(c['bare_map']['p50'])}**; the app over the bare page, run by "
                       f"run: median **{c['ratio']['p50']:.2f}×** (max {c['ratio']['max']:.2f}×).")
    if "change" in b:
        c = b["change"]
        out.append(f"- Filter change → chart updated, `/trade?country=KAZ` + Uzbekistan (until the charts have "
                   f"new titles and are drawn): median **{ms(c['trade_chart']['p50'])}** over "
                   f"{c['trade_chart']['n']} sessions (max {ms(c['trade_chart']['max'])}).")
        if "trade_first" in c:
            out.append(f"  - the first session to ask for that view (the server builds its parts): "
                       f"{ms(c['trade_first'])}; the sessions after it (the parts are built): median "
                       f"{ms(c['trade_seen']['p50'])}.")
        if c.get("trade_browser_cpu"):
            cpu = c["trade_browser_cpu"]
            out.append(f"  - one more run, profiled in the browser ({ms(c['trade_profiled'])}): renderer CPU "
                       + ", ".join(f"{name} {ms(seconds)}" for name, seconds in sorted(cpu.items(), key=lambda kv: -kv[1]))
                       + ".")
        out.append(f"- Filter change → rows updated, `/data?country=KAZ` + Uzbekistan (until the row count names "
                   f"both): median **{ms(c['data_rows']['p50'])}** (max {ms(c['data_rows']['max'])}).")
    problems = b.get("problems") or []
    out.append(f"- Page guard: {len(problems)} problem(s) (blocked requests, page errors, dialogs)."
               + ("" if not problems else "\n\n```\n" + "\n".join(problems)[:3000] + "\n```"))
    return out + [""]


def _scale(s: dict) -> list[str]:
    out = ["## 4. Scale: synthetic trade tables through the Trade page's queries", "",
           "Synthetic rows are real rows moved to other years (same columns and dtypes, the real mix of "
           "partners, groups, period kinds, flows, source kinds and flags; years 2004–2025), generated in "
           "memory by `benchmarks/synthetic.py`, never written to disk. p50 of 3 runs (1 run where the first "
           "takes over 3 s). Peak = resident memory added at the query's high-water mark "
           "(VmHWM after − VmRSS before, HWM reset per query via /proc/self/clear_refs; memory the allocator "
           "already holds is reused, so it is a lower bound). Engines: the two paths of "
           "`dashboard/data/trade.py` as shipped — **pandas** (forced at every size) and **duckdb** "
           "(`dashboard/data/trade_index.py`: DuckDB picks the rows, pandas holds them; the app uses it for "
           f"tables of {MIN_ROWS:,} rows and more). Each engine gets its own frame object. "
           "The first rows are one-off work per table (and focus country); every query after them gets the "
           "memoised series, as the app's pages do from their second call on. "
           f"Bar: {ms(s['target_s'])} per query at 10M rows (✓ = under it).", ""]
    for size in s["sizes"]:
        if "error" in size:
            out += [f"### {size['rows']:,} rows", "", "```", size["error"], "```", ""]
            continue
        out += [f"### {size['rows']:,} rows", "",
                f"Generated in {ms(size['generate_s'])}; the frame takes {size['table_mb']:,.0f} MB "
                f"(process RSS {size['rss_after_generate_mb']:,.0f} MB after generating, "
                f"{size['rss_end_mb']:,.0f} MB at the end).", ""]
        engines = size["engines"]
        names = list(dict.fromkeys(n for queries in engines.values() for n in queries))
        names.sort(key=lambda n: not (n.startswith("build the") or n.startswith("annual series, first")))  # one-offs first
        header = ["query"] + [f"{e} {k}" for e in engines for k in ("p50", "peak MB")] + ["rows out"]
        rows = []
        for name in names:
            cells, out_rows = [name], "—"
            for engine in engines:
                r = engines[engine].get(name)
                if r is None:
                    cells += ["—", "—"]
                elif "skipped" in r or "error" in r:
                    cells += [r.get("skipped") or r.get("error"), "—"]
                else:
                    mark = " ✓" if size["rows"] >= 10_000_000 and r["p50"] < s["target_s"] else ""
                    cells += [ms(r["p50"]) + mark, f"{r['peak_mb']:,.0f}"]
                    out_rows = f"{r['rows']:,}" if r.get("rows") is not None else out_rows
            rows.append(cells + [out_rows])
        out += _table(header, rows) + [""]
    return out


def _memory(m: dict) -> list[str]:
    return ["## 5. Server memory with one session", "",
            f"A fresh `streamlit run streamlit_app.py`; one browser session opens `/`, then every other page "
            f"through the navigation ({', '.join(m['pages'])}). Server process (from /proc/<pid>/status): "
            f"RSS when idle {m['idle_mb']:,.0f} MB, after the map {m['after_map_mb']:,.0f} MB, after all pages "
            f"{m['rss_mb']:,.0f} MB; **peak (VmHWM) {m['hwm_mb']:,.0f} MB**.", ""]


def _load(x: dict) -> list[str]:
    out = ["## 6. Load: concurrent browser sessions changing filters at once", "",
           f"{x['sessions']} Playwright contexts in one headless Chromium against one fresh server (after one "
           "warm-up load of `/`), alternating `/data` and `/trade`, each with its own `country` and `years`; "
           "all load at once, then all add a second country at the same moment. A session passes when it shows "
           "its own row count for its own filter, its link names both countries, and there was no page error, "
           "dialog, exception box or request outside 127.0.0.1 (the same test runs in `make test`: "
           "tests/e2e/test_load.py).", "",
           f"- Sessions passing: **{x['ok']} of {x['sessions']}**; wall time {ms(x['wall_s'])}.",
           f"- Time to an updated page after the filter change: p50 {ms(x['update']['p50'])}, "
           f"**p95 {ms(x['update']['p95'])}** (max {ms(x['update']['max'])}).",
           f"- Time to the first page (all {x['sessions']} loading at once): p50 {ms(x['load']['p50'])}, "
           f"p95 {ms(x['load']['p95'])}.",
           f"- Server peak RSS (VmHWM) after the load: {x['server_hwm_mb']:,.0f} MB."]
    if x["failed"]:
        out += ["", "```", *x["failed"], "```"]
    return out + [""]


def _ingest(x: dict) -> list[str]:
    lines = ["## 7. Adding articles (extraction and a save's round trip)", "",
             "Extraction (`dashboard.ingest.propose`, input tidying included), in articles per second per core "
             "(CPU time of one process), on 1,000-word articles of two kinds (`benchmarks/ingest.py`, `corpora`): "
             "*news*, whole news reports of the gold set, each padded to 1,000 words with the next ones; *dense*, "
             "every gold article padded the same way (the one-pattern snippets of the first rounds among them; since the "
             "held-out reports joined dev they are a tenth of the gold set, so the two kinds now read alike).", ""]
    rows = [[name, f"{e['words_per_article']:.0f}", f"{e['proposals_per_article']:.0f}", str(e["articles"]),
             f"**{e['per_s_cpu']:.0f}**", f"{e['per_s_wall']:.0f}"] for name, e in x["extraction"].items()]
    lines += _table(["articles", "words each", "proposals each", "articles run", "per second per core (CPU)",
                     "per wall-clock second"], rows)
    lines += ["",
             "A save's round trip: the seed article's proposals stored in one transaction (`Store.save`: validate, "
             "dedup keys, insert), then the tables every page reads rebuilt with the stored rows "
             "(`build_tables(extra_raw=...)`, what the app does after a save). Each save offers the seed's 8 "
             "proposals under a new source link; its quotes and visit are stored once and skipped as duplicates "
             "afterwards, the trade figure (whose key includes the source) every time:", ""]
    rows = [[label, str(v["rows_per_save"]), *_p(v["save"]), *_p(v["rebuild"]), str(v["stored"])]
            for label, v in x["save"].items()]
    return lines + _table(["database", "rows offered per save", "save p50", "save p95", "rebuild p50", "rebuild p95",
                           "rows stored at the end"], rows) + [""]


SECTIONS = {"build": _build, "pages": _pages, "browser": _browser, "scale": _scale, "memory": _memory,
            "load": _load, "ingest": _ingest}


def render(results: dict, argv: list[str], elapsed_s: float) -> str:
    lines = ["# Benchmarks", "",
             f"Written by `make bench` ({' '.join(['python -m benchmarks', *argv])}) on {results['machine']['date']}, "
             f"in {ms(elapsed_s)}. Everything above “Interpretation” is overwritten by the next run; the figures "
             "are measured, never asserted in tests.", "",
             "Reproduce: `make bench` (all sections, about 10 minutes on 2 cores). For a part, "
             "`uv run python -m benchmarks --only build,pages` or `--quick` (fewer runs, 1M rows only); "
             "a partial run prints its figures and leaves this file alone.", "",
             *_machine(results["machine"])]
    for name, fn in SECTIONS.items():
        if name in results:
            value = results[name]
            lines += ([f"## {name}", "", f"Failed: `{value['failed_with']}`", ""]
                      if isinstance(value, dict) and "failed_with" in value else fn(value))
    return "\n".join(lines)


def write(markdown: str) -> Path:
    """Overwrite the figures, keep the hand-written interpretation (or start one)."""
    kept = DEFAULT_INTERPRETATION
    if DOC.exists():
        old = DOC.read_text(encoding="utf-8")
        if KEEP_FROM in old:
            kept = old[old.index(KEEP_FROM):]
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(markdown.rstrip() + "\n\n" + kept.rstrip() + "\n", encoding="utf-8")
    return DOC
