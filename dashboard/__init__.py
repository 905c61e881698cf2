"""Turkic Ties: a sourced dashboard of how Azerbaijan and the Turkic states are tied."""
