"""The session's screen: whether it is a phone's. Read by the page kit (ui/kit.py, which
reports the width from the browser) and by the study steps (ui/study.py), which the kit
itself shows: so it lives below both."""

from __future__ import annotations

import streamlit as st

NARROW_PX = 640
SCREEN_KEY = "tap-screen"  # the screen reporter's key (hidden with the tap listeners: theme CSS)


def narrow() -> bool:
    """Whether this session's screen is a phone's (≤ NARROW_PX wide): as the page script
    reported it, or until it has, as the browser names itself ("Mobi" in its user agent,
    as phones' browsers do)."""
    state = st.session_state.get(SCREEN_KEY)
    reported = state.get("narrow") if state else None
    if isinstance(reported, bool):
        return reported
    try:
        agent = st.context.headers.get("User-Agent") or ""
    except (AttributeError, RuntimeError):  # no request behind this run (a bare script)
        agent = ""
    return "Mobi" in agent
