"""The page kit: the fragment a lesson's body runs in (a control moved inside it reruns that
body only, not the app shell, sidebar and navigation), and the start-point picker lessons
share. The Playground puts its fragment around its controls and figure alone."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator

import streamlit as st

from ui import widgets
from ui.i18n import t

_FULL_RUN = "_full_run"


@contextlib.contextmanager
def full_run() -> Iterator[None]:
    """Marks the app's own run around the lessons, which already rebuilds the share box."""
    st.session_state[_FULL_RUN] = True
    try:
        yield
    finally:
        st.session_state[_FULL_RUN] = False


def fragment(body: Callable[[], None]) -> Callable[[], None]:
    """`st.fragment`, except that while the sidebar's share box is open a rerun of the fragment
    alone reruns the app after it: the box's link must carry the settings just changed."""

    @st.fragment
    @functools.wraps(body)
    def run() -> None:
        body()
        if not st.session_state.get(_FULL_RUN) and widgets.share_open():
            st.rerun(scope="app")

    return run


def start_picker(
    domain, default, lang: str, keys: tuple[str, str] = ("x0", "y0")
) -> tuple[float, float]:
    """The start point θ₀ = (x, y): two sliders side by side over the surface's domain,
    bound to the link under `keys`."""
    (xlo, xhi), (ylo, yhi) = domain
    cx, cy = st.columns(2)
    with cx:
        x = widgets.number_slider(
            t("playground.start_x", lang), keys[0], low=xlo, high=xhi, default=default[0], step=0.01
        )
    with cy:
        y = widgets.number_slider(
            t("playground.start_y", lang), keys[1], low=ylo, high=yhi, default=default[1], step=0.01
        )
    return x, y
