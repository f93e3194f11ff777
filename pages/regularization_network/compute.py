"""The regularisation-network lesson's cached training of the four digits networks, and its
warm-up."""

from __future__ import annotations

import streamlit as st

from models import digits


@st.cache_data(max_entries=32, show_spinner=False)
def digits_runs(l1: float, l2: float, drop: float) -> digits.Runs:
    """The digits network without regularisation, with L2 (λ₂), L1 (λ₁) and dropout (p)."""
    return digits.train(l1, l2, drop)


def warm() -> None:
    digits_runs(0.003, 0.003, 0.2)  # the page's defaults: the result, not only the program
