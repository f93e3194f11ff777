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
    """At the start of training (the same weights for both), on the training inputs: the
    last hidden layer's spread and the logits' spread, without ("plain") and with BN ("bn")."""
    import jax
    import numpy as np

    x, _y = batchnorm.inputs("unit")
    params = batchnorm.init(jax.random.PRNGKey(0), init, x.shape[1], 10)
    out = {}
    for which, flag in (("plain", 0.0), ("bn", 1.0)):
        logits, kept = batchnorm.forward(params, x, flag, act, keep=True)
        out[which] = (float(np.std(np.asarray(kept[-1]))), float(np.std(np.asarray(logits))))
    return out


def warm() -> None:
    bn_stats("normal", "sigmoid")
    bn_training("normal", "sigmoid")
    bn_probes("normal", "sigmoid", 0.1)
