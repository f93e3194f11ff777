"""The batch-normalisation lesson's cached computations and its warm-up."""

from __future__ import annotations

import streamlit as st

from models import batchnorm


@st.cache_data(max_entries=32, show_spinner=False)
def bn_stats(init: str, act: str) -> dict:
    return batchnorm.layer_stats(init, act)


@st.cache_data(max_entries=32, show_spinner=False)
def bn_training(init: str, act: str) -> batchnorm.Training:
    return batchnorm.train(init, act)


@st.cache_data(max_entries=64, show_spinner=False)
def bn_probes(init: str, act: str, lr: float) -> batchnorm.Probes:
    return batchnorm.probe(init, act, lr)


@st.cache_data(max_entries=32, show_spinner=False)
def bn_start_spreads(init: str, act: str) -> dict[str, tuple[float, float]]:
    return batchnorm.start_spreads(init, act)


def warm() -> None:
    bn_stats("normal", "sigmoid")
    bn_training("normal", "sigmoid")
    bn_probes("normal", "sigmoid", 0.1)
