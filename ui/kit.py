"""The page kit's fragments: a control moved inside one reruns that fragment only, not the
page around it. app.py runs every lesson as one (the app shell, sidebar and navigation are
not rerun); a lesson may hold finer ones around a figure and its controls (the Playground).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator

import streamlit as st

from ui import widgets

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
