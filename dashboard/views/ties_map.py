"""Placeholder while the page is built in this session; replaced before landing."""
import streamlit as st


def render() -> None:
    st.title("ties_map")
