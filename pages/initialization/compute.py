"""The initialisation lesson's cached computations (NumPy results keyed by plain hashables)
and its warm-up."""

from __future__ import annotations

import streamlit as st

from models import networks


@st.cache_data(max_entries=64, show_spinner=False)
def init_stats(init: str, act: str) -> networks.LayerStats:
    return networks.deep_stats(init, act)


@st.cache_data(show_spinner=False)
def init_table() -> list[tuple]:
    """Note 002's table, each row with the verdict the same network gives here."""
    return [(*row, networks.measured_verdict(*row[1:4])) for row in networks.NOTE_TABLE]


@st.cache_data(show_spinner=False)
def tiny_net(init: str) -> dict:
    return networks.tiny_net_training(init)


def warm() -> None:
    init_stats("normal", "sigmoid")
    init_table()
    tiny_net("normal")
