"""The cold-start yardstick (issue 12): a Streamlit page with a title and one geo map of the region,
drawn offline from the same topojson folder as the app, and nothing else — no data, no filters. The app's
cold start is reported against this page's, measured in the same run (benchmarks/browser.py)."""
import plotly.graph_objects as go
import streamlit as st

st.title("One map")
codes = ["AZE", "TUR", "KAZ", "UZB", "KGZ", "TKM", "HUN", "TJK"]
fig = go.Figure(go.Choropleth(locations=codes, z=list(range(len(codes))), showscale=False))
fig.update_geos(fitbounds="locations", resolution=110)
st.plotly_chart(fig, config={"topojsonURL": "app/static/topojson/"}, key="bare-map")
