"""Page-wide styling for a projector: tighter top space, larger chart-adjacent text."""

from __future__ import annotations

import streamlit as st

CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.6rem; padding-bottom: 1rem; }
h1 { font-size: 2.0rem !important; padding-top: 0 !important; padding-bottom: 0.4rem !important; }
[data-testid="stMarkdownContainer"] .katex { font-size: 1.15em; }
[data-testid="stAlertContainer"] { padding: 0.45rem 0.9rem; }
[data-testid="stAlert"] { margin-bottom: -0.4rem; }
</style>
"""


def apply() -> None:
    st.markdown(CSS, unsafe_allow_html=True)
