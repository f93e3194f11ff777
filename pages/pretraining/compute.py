"""The pre-training lesson's cached computation and its warm-up."""

from __future__ import annotations

import streamlit as st

from models import digits


@st.cache_data(max_entries=8, show_spinner=False)
def fine_tuning(n_examples: int) -> digits.FineTuning:
    """Task B (even or odd) from pre-trained and from random hidden layers."""
    return digits.fine_tune(n_examples)


def warm() -> None:
    for n in digits.N_EXAMPLES:  # each size of task B is a program of its own
        fine_tuning(n)
