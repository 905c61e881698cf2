"""A key figure's change points the right way: Streamlit reads a fall from a leading ASCII "-", so a
change written with the house minus (U+2212) must reach it as "-" or a fall shows as a green rise."""
from streamlit.testing.v1 import AppTest


def _delta_sent(delta: str) -> str:
    def page(delta):
        import streamlit as st

        from dashboard.ui import components

        components.kpi(st, "Turnover", "$3.1bn", delta=delta)

    return AppTest.from_function(page, args=(delta,)).run().metric[0].proto.delta


def test_a_fall_written_with_the_house_minus_reaches_streamlit_as_a_fall():
    assert _delta_sent("−2.2%") == "-2.2%"


def test_a_rise_stays_a_rise():
    assert _delta_sent("+14.6%") == "+14.6%"
