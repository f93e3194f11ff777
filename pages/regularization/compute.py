"""The regularisation lesson's cached ridge and lasso paths, and its warm-up."""

from __future__ import annotations

import numpy as np
import streamlit as st

import optimizers
from optimizers import minibatch
from ui import compute

REG_LAMBDAS = np.linspace(0.0, 1.5, 151)


@st.cache_data(show_spinner=False)
def regularisation_paths() -> tuple[np.ndarray, np.ndarray]:
    """The ridge and lasso minima of the training problem for every λ in REG_LAMBDAS."""
    train = compute.problem("train")
    return minibatch.l2_path(train, REG_LAMBDAS), minibatch.l1_path(train, REG_LAMBDAS)


def warm() -> None:
    train = compute.problem("train")
    regularisation_paths()
    minibatch.l2_path(train, [0.1]), minibatch.l1_path(train, [0.1])  # the page's λ
    optimizers.run("sgd", train.loss, (0.0, 0.0), 300, lr=1.0)
