"""A learner's progress, kept in their own browser (`localStorage`), never on the server: the
study steps done and the answers given, and the last lesson opened. One small component,
mounted by `app.py` on every page, reads the browser's copy once per session and writes it
back whenever this session changes it. The session holds the working copy.

The stored value is JSON: {"v": 1, "last": "<url_path>", "steps": {"<url_path>": {"<step>":
<answer>}}, "marks": {"<url_path>": {"<step>": "<verdict word>"}}}. A step is done when it has
an answer; its mark is the verdict its reveal last gave that answer (kept, so that a reload
marks the step as before, not "answered" until its reveal is shown again).
"""

from __future__ import annotations

import json
import uuid

import streamlit as st

STORAGE_KEY = "losslab.progress"  # the browser's localStorage key
_COMPONENT = "tap-progress"  # hidden with the tap listeners (theme CSS)
_STATE = "_progress"  # this session's copy
_REV = "_progress_rev"  # bumped on every change: the browser writes when it grows
_LOADED = "_progress_loaded"
_SESSION = "_progress_session"
_MOUNTED = "_progress_mounted_rev"  # the change the component was last given

_JS = """
export default function (component) {
  const { data, setStateValue } = component;
  const written = (window.__losslabProgress = window.__losslabProgress || {});
  if (!data.loaded && !written[data.session]) {
    // The browser's copy first: a stored progress is sent to be merged before anything is
    // written over it. An empty storage needs no message, so a new visitor's page runs once.
    let stored = null;
    try { stored = window.localStorage.getItem(data.storage_key); } catch (e) {}
    if (stored) { setStateValue("stored", stored); return; }
  }
  if (data.rev > (written[data.session] || 0)) {
    try { window.localStorage.setItem(data.storage_key, data.save); } catch (e) {}
    written[data.session] = data.rev;
  }
}
"""
_component = st.components.v2.component("losslab_progress", js=_JS)


def empty() -> dict:
    return {"v": 1, "last": None, "steps": {}, "marks": {}}


def parse(text: str | bytes) -> dict | None:
    """A stored or imported progress, checked: None when it is not one."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("steps", {}), dict):
        return None
    steps = {
        str(lesson): dict(done)
        for lesson, done in value.get("steps", {}).items()
        if isinstance(done, dict)
    }
    marks = value.get("marks", {})
    marks = {
        str(lesson): {str(k): w for k, w in words.items() if isinstance(w, str)}
        for lesson, words in (marks.items() if isinstance(marks, dict) else ())
        if isinstance(words, dict)
    }
    last = value.get("last")
    return {
        "v": 1,
        "last": last if isinstance(last, str) else None,
        "steps": steps,
        "marks": marks,
    }


def get() -> dict:
    """This session's progress (loaded from the browser once it has reported)."""
    return st.session_state.setdefault(_STATE, empty())


def _changed(value: dict) -> None:
    st.session_state[_STATE] = value
    st.session_state[_REV] = st.session_state.get(_REV, 0) + 1


def record(lesson: str, step: str, answer) -> None:
    """Keeps `answer` as the learner's answer to `lesson`'s `step` (the step is then done)."""
    value = get()
    value["steps"].setdefault(lesson, {})[step] = answer
    value.setdefault("marks", {}).get(lesson, {}).pop(step, None)  # a new answer: no verdict yet
    value["last"] = lesson
    _changed(value)


def marks(lesson: str) -> dict:
    """`lesson`'s kept verdicts: step name → the word its reveal last gave ("right", ...)."""
    return get().get("marks", {}).get(lesson, {})


def keep_mark(lesson: str, step: str, word: str) -> None:
    """Keeps the verdict `word` the reveal gave `lesson`'s answered `step` (once per change)."""
    value = get()
    if step not in value["steps"].get(lesson, {}) or marks(lesson).get(step) == word:
        return
    value.setdefault("marks", {}).setdefault(lesson, {})[step] = word
    _changed(value)


def forget(lesson: str, step: str) -> None:
    """Clears the learner's answer to `lesson`'s `step` ("Answer again": the step is open)."""
    value = get()
    if step in value["steps"].get(lesson, {}):
        del value["steps"][lesson][step]
        value.setdefault("marks", {}).get(lesson, {}).pop(step, None)
        _changed(value)


def visit(lesson: str) -> None:
    """Notes `lesson` as the last one opened ("Continue where I left off")."""
    value = get()
    if value.get("last") != lesson:
        value["last"] = lesson
        _changed(value)


def done(lesson: str) -> dict:
    """`lesson`'s answered steps: step name → answer."""
    return get()["steps"].get(lesson, {})


def reset() -> None:
    _changed(empty())


def replace(value: dict) -> None:
    _changed(value)


def dumps() -> str:
    return json.dumps(get(), ensure_ascii=False, sort_keys=True)


def loaded() -> bool:
    """Whether the browser's copy has been read into this session."""
    return bool(st.session_state.get(_LOADED))


def mount() -> None:
    """Mounted by `app.py` on every page, after this run's changes and before the page: reads
    the browser's copy into the session once, and writes the session's copy back when it
    changed."""
    state = st.session_state.get(_COMPONENT)
    stored = state.get("stored") if state else None
    if not loaded() and isinstance(stored, str):
        st.session_state[_LOADED] = True
        found = parse(stored) if stored else None
        if found is not None:
            mine = get()
            for lesson, steps in mine["steps"].items():
                found["steps"].setdefault(lesson, {}).update(steps)
            for lesson, words in mine.get("marks", {}).items():
                found["marks"].setdefault(lesson, {}).update(words)
            found["last"] = mine.get("last") or found.get("last")
            st.session_state[_STATE] = found
    session = st.session_state.setdefault(_SESSION, uuid.uuid4().hex)
    # The browser writes nothing over a stored copy it has not yet sent to be merged (_JS).
    rev = st.session_state.get(_REV, 0)
    st.session_state[_MOUNTED] = rev
    _component(
        key=_COMPONENT,
        data={
            "storage_key": STORAGE_KEY,
            "session": session,
            "rev": rev,
            "save": dumps() if rev else "",
            "loaded": loaded(),
        },
        on_stored_change=lambda: None,
    )


def pending() -> bool:
    """Whether this session changed the progress since the component last saw it (a change
    made in a lesson's fragment: only a full run of the app writes it to the browser)."""
    return st.session_state.get(_REV, 0) > st.session_state.get(_MOUNTED, 0)
