"""What every page needs from the app shell: the language, and `app.py` having run."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from ui import activity, widgets
from ui.i18n import DEFAULT_LANG


def current_language(page_file: str) -> str:
    """The language chosen in `app.py`'s sidebar.

    A deep link (`/playground?…`) opened as a server's first session makes Streamlit run the
    page file alone, in its legacy `pages/`-directory mode, skipping `app.py` (navigation,
    language, shared controls). `st.navigation` switches that mode off process-wide; we do the
    same and switch to this very page (a plain rerun would ask for the main script, which the
    real navigation does not list), keeping every query parameter of the link.

    Args:
      page_file: the calling page's `__file__`.
    """
    activity.note_activity()
    if PagesManager.uses_pages_directory:
        # Streamlit refuses to set keys bound to live widgets; those widgets keep them in the
        # URL themselves. A fresh session has no live widgets, so every key is kept.
        params = {
            key: st.query_params.get_all(key)
            for key in st.query_params
            if not (key in widgets.BOUND and key in st.session_state)
        }
        PagesManager.uses_pages_directory = False
        st.switch_page(page_file, query_params=params)
    return st.session_state.get("lang", DEFAULT_LANG)
