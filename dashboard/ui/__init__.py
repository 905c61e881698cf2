"""Streamlit helpers: the cache point, the URL contract, figure builders and safe components."""
