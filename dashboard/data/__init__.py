"""The data layer: raw sourced files -> validated tidy tables. Never imports Streamlit."""
