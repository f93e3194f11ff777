"""Shared helpers for AppTest-ing lesson pages reached through the app's navigation."""

import json
from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from ui import registry
from ui.figures import decode

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def page_file(page: str) -> str:
    """A lesson's page file from its link (`edge-of-stability`); a page file
    (`pages/edge_of_stability/page.py`) is kept."""
    if page.endswith(".py") and (registry.ROOT / page).exists():
        return page
    for lesson in registry.every_page():
        if lesson.url_path == page:
            return lesson.file
    raise KeyError(f"no lesson at /{page}")


def open_page(page: str, lang: str = "en", **query) -> AppTest:
    """The app opened at `page` (its link, e.g. `edge-of-stability`, or its page file) with
    `query`, in one run, as a browser opens a lesson's link."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    if page_file(page) == registry.START.file:
        return at.run()
    # the lesson's link opened directly, as a browser's first request names it: the run asks
    # for the page `st.Page` registers (its hash is its url_path's), with no run of the start
    # page before it (`at.switch_page` needs one, to learn the registered hashes)
    url_path = next(p.url_path for p in registry.every_page() if p.file == page_file(page))
    at._page_hash = calc_hash(url_path)
    return at.run()


def chart(at: AppTest, key: str) -> dict:
    for element in at.get("plotly_chart"):
        if element.proto.id.endswith(f"-{key}"):
            return json.loads(element.proto.spec)
    raise KeyError(f"no chart {key!r} among {[e.proto.id for e in at.get('plotly_chart')]}")


def lines(fig: dict, mode: str | None = None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Named traces → (x, y)."""
    out = {}
    for trace in fig["data"]:
        if mode is None or trace.get("mode") == mode:
            out[trace.get("name")] = (decode(trace["x"]), decode(trace["y"]))
    return out


def no_exceptions(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def choose_step(at: AppTest, lesson: str, step: str) -> AppTest:
    """Choose the study step `step` among an open lesson's steps (its pills, `study-<lesson>`)."""
    pills = next(b for b in at.get("button_group") if b.key == f"study-{lesson}")
    return pills.set_value(step).run()


def check_answer(at: AppTest, lesson: str, step: str, value) -> AppTest:
    """Answer the open study step with `value` and press Check: an option's label (str), a
    number, or a point (x, y) typed into its two boxes (what a tap on the figure fills in)."""
    key = f"study-answer-{lesson}-{step}"
    if isinstance(value, str):
        at.radio(key=key).set_value(value).run()
    elif isinstance(value, tuple):
        at.number_input(key=f"{key}-x").set_value(value[0])
        at.number_input(key=f"{key}-y").set_value(value[1]).run()
    else:
        at.number_input(key=key).set_value(value).run()
    return at.button(key=f"study-check-{lesson}-{step}").click().run()
