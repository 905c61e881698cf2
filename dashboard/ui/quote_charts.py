"""Who speaks about whom: a clickable grid of quote counts, speaker's country × country mentioned. No st.* calls."""
from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.data import countries
from dashboard.data.quote_search import order_codes
from dashboard.ui.charts import NO_DIMMING, base_layout
from dashboard.ui.safe import escape_plotly

# Sequential, colour-blind safe (light to dark blue); the lightest end is kept visible on white.
COLOURSCALE = [[0.0, "#c6dbef"], [0.5, "#4292c6"], [1.0, "#08306b"]]
MIN_SIZE, MAX_SIZE = 6, 24
ROW_HEIGHT = 28
LABEL_SHARE = 0.35  # bubbles at least this share of the largest are big enough to carry their count


def takeaway(pairs: pd.DataFrame) -> str:
    """The one-line finding, short enough for a phone: which country speaks most about which other."""
    if pairs.empty:
        return "No quote mentions a country other than the speaker's own"
    top = pairs.sort_values(["quotes", "speaker_iso3", "mentioned_iso3"], ascending=[False, True, True]).iloc[0]
    return f"{countries.short_name(top.speaker_iso3)} speaks most about {countries.short_name(top.mentioned_iso3)}"


def who_about_whom_figure(pairs: pd.DataFrame, *, selected_speakers: Sequence[str] = (),
                          selected_mentions: Sequence[str] = ()) -> go.Figure:
    """Bubbles sized and shaded by the number of quotes; each bubble filters the quotes when clicked.

    Speakers' countries are the columns (there are fewer of them) so the grid fits a phone's width."""
    name = lambda code: escape_plotly(countries.short_name(code))
    speakers = order_codes(pairs["speaker_iso3"])
    mentioned = order_codes(pairs["mentioned_iso3"])
    top = max(int(pairs["quotes"].max()), 1) if len(pairs) else 1
    x, y = [name(c) for c in pairs["speaker_iso3"]], [name(c) for c in pairs["mentioned_iso3"]]
    sizes = [MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(n / top) for n in pairs["quotes"]]
    hover = [f"Speakers from {sx} about {my}: <b>{n}</b> quote{'s' if n != 1 else ''}<br><i>Click to read them</i>"
             for sx, my, n in zip(x, y, pairs["quotes"])]
    labelled = [n >= LABEL_SHARE * top for n in pairs["quotes"]]
    fig = go.Figure(go.Scatter(
        x=x, y=y, mode="markers+text", name="quotes",
        text=[str(n) if show else "" for n, show in zip(pairs["quotes"], labelled)], textposition="middle center",
        textfont=dict(size=10, color=["white" if n >= 0.45 * top else "#1F2933" for n in pairs["quotes"]]),
        customdata=pairs[["speaker_iso3", "mentioned_iso3", "quotes"]].values.tolist(),
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        marker=dict(size=sizes, color=pairs["quotes"].tolist(), colorscale=COLOURSCALE, cmin=0, cmax=top,
                    line=dict(width=0), opacity=1.0, showscale=False),
        **NO_DIMMING,
    ))
    chosen = pairs[pairs["speaker_iso3"].isin(selected_speakers) & pairs["mentioned_iso3"].isin(selected_mentions)]
    if len(chosen):  # outline the cells the quotes are filtered to
        fig.add_trace(go.Scatter(
            x=[name(c) for c in chosen["speaker_iso3"]], y=[name(c) for c in chosen["mentioned_iso3"]],
            mode="markers", hoverinfo="skip", name="shown",
            marker=dict(size=MAX_SIZE + 8, symbol="square-open", color="#D55E00", line=dict(width=2.5)),
        ))
    base_layout(fig, title=takeaway(pairs), height=150 + ROW_HEIGHT * max(len(mentioned), 1))
    most = int(pairs["quotes"].max()) if len(pairs) else 0
    fig.update_layout(
        title_subtitle_text=f"Number of quotes per pair (largest: {most})",
        showlegend=False, margin=dict(l=10, r=10, t=70, b=10), dragmode=False, clickmode="event+select",
        xaxis=dict(title="Speaker's country", type="category", categoryorder="array",
                   categoryarray=[name(c) for c in speakers], showgrid=True, gridcolor="#EEF1F4", fixedrange=True),
        yaxis=dict(title="Country mentioned", type="category", categoryorder="array", autorange="reversed",
                   categoryarray=[name(c) for c in mentioned], showgrid=True, gridcolor="#EEF1F4", fixedrange=True),
    )
    return fig


def pairs_for_download(pairs: pd.DataFrame) -> pd.DataFrame:
    """The counts as a CSV reader wants them: codes and names side by side."""
    return pairs.assign(speaker_country=pairs["speaker_iso3"].map(countries.short_name),
                        mentioned_country=pairs["mentioned_iso3"].map(countries.short_name))[
        ["speaker_iso3", "speaker_country", "mentioned_iso3", "mentioned_country", "quotes"]]
