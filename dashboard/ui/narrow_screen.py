"""Phone-width rules (≤640 px, where Streamlit stacks columns) that Streamlit and Plotly settings cannot say.

One static style sheet written here, never built from data. Checked at 390 px on every page by
tests/e2e/test_phone_layout.py.
"""
import streamlit as st

# The key of the container around the Ties map (its CSS class is `st-key-<key>`).
MAP_FRAME_KEY = "ties-map-frame"
# On a phone the map's figure is this tall instead of its desktop height: legend (three rows) + the
# frame at the full width (~290 px, dashboard/ui/map_charts.py ZOOMS) + the colour bar, no blank band.
PHONE_MAP_HEIGHT_PX = 440

CSS = f"""<style>
@media (max-width: 640px) {{
  /* Streamlit hands the chart's measured height to Plotly, so this resizes the figure itself. */
  .st-key-{MAP_FRAME_KEY} [data-testid="stPlotlyChart"] {{ height: {PHONE_MAP_HEIGHT_PX}px !important; }}
  /* Key figures in a wrapping row: two to a row, with a value size that fits half a phone. */
  [data-testid="stHorizontalBlock"] > [data-testid="stElementContainer"]:has(> [data-testid="stMetric"]) {{
    flex: 1 1 calc(50% - 0.5rem); min-width: 0; max-width: calc(50% - 0.5rem);
  }}
  [data-testid="stMetricValue"] {{ font-size: 1.5rem; }}
}}
</style>"""


def apply() -> None:
    """Add the style sheet to the page (st.html with only <style> takes no space)."""
    st.html(CSS)
