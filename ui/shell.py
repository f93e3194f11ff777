"""What every page needs from the app shell: the language, and `app.py` having run."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

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


def follow_the_address() -> None:
    """Keeps a lesson link's visitor on the lesson when the browser asks for a rerun before it
    has learnt which page it is on. Until the run's navigation reaches it, Streamlit's browser
    side names the page by the main script's hash (from its first message), and a rerun asked
    for in that moment (a component reporting the screen's width, a click) names that hash,
    which no `st.Page` has: Streamlit then runs the default page, the start page, which
    forwarded the lesson's keys (`?fn=…&k=3`) to the Playground. A CI run on a busy machine
    opened `/learning-rate-1d?…` and showed the Playground. The address bar still names the
    lesson: resolve the page by its path, as a first visit does. Called before `st.navigation`.
    """
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    manager = ctx.pages_manager
    if manager.intended_page_script_hash != manager.main_script_hash:
        return
    path = urlsplit(st.context.url or "").path.rstrip("/")
    manager.set_script_intent("", path.rsplit("/", 1)[-1])
