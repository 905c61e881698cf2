"""Figure builders: (frame, options) -> plotly Figure. No st.* calls here, so they are unit-testable."""
from __future__ import annotations

import plotly.graph_objects as go

# A click selects a point or shape; plotly would dim all the others, which reads as "filtered out".
NO_DIMMING = dict(selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1)))
FONT = dict(family="Source Sans Pro, Helvetica, Arial, sans-serif", size=13, color="#1F2933")


def base_layout(fig: go.Figure, *, title: str, height: int = 420, legend_title: str | None = None) -> go.Figure:
    """Common look: takeaway title, readable font, room for the legend, no wasted margins."""
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=16)),
        font=FONT, height=height, margin=dict(l=10, r=10, t=60, b=10),
        legend=dict(title=legend_title, orientation="h", yanchor="top", y=-0.12, x=0),
        plot_bgcolor="white", paper_bgcolor="white", hoverlabel=dict(align="left"),
    )
    return fig
