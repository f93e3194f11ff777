"""The room page's ledger checks: the sentences its reveal shows, against the reveal's drawn
figure (the asked run's path, the class's answers as drawn)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from tests import ledger as reader
from tests.lessons import APP, open_page, page_file
from ui import readings, room_store, rooms

CHART = "room_figure"
ANSWERS = [(0.0, 0.0), (3.0, 1.0), (-5.0, -2.0)]


def view_playground_reveal(lang: str) -> AppTest:
    """/playground?ask=where&about=momentum, three answers, the lecturer's reveal (issue 31,
    case 5). The rooms live in memory for the view (a store of its own)."""
    saved = room_store.ROOMS
    room_store.ROOMS = rooms.Rooms()
    try:
        lecturer = open_page("playground", lang, ask="where", about="momentum")
        code, key = (lecturer.query_params[k] for k in ("code", "key"))
        code, key = (v[0] if isinstance(v, list) else v for v in (code, key))
        for i, point in enumerate(ANSWERS):
            room_store.ROOMS.answer(code, f"s{i}", point=point)
        at = AppTest.from_file(APP, default_timeout=180)
        at.query_params["lang"] = lang
        at.run()
        at.switch_page(page_file("room"))
        at.query_params["code"], at.query_params["key"] = code, key
        at.run()
        at.button(key="reveal").click().run()
        return at
    finally:
        room_store.ROOMS = saved


def asked_path(view: reader.View, name: str) -> np.ndarray:
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "lines+markers" and trace.get("name") == name.strip():
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return np.stack([x, y], axis=1)
    raise AssertionError(f"no path {name!r} drawn")


def answers(view: reader.View) -> np.ndarray:
    """The class's answers as the reveal draws them: the markers named "Class (n)"."""
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "markers" and re.search(r"\(\d+\)$", trace.get("name") or ""):
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return np.stack([x, y], axis=1)
    raise AssertionError("no answers drawn")


def _surface(view) -> landscapes.Landscape:
    return landscapes.get("bowl")  # the Playground's default surface: the only example here


def check_where(view, said):
    drawn = asked_path(view, said["opt"])
    assert int(said.number("steps")) == len(drawn) - 1
    assert (
        abs(said.number("x") - drawn[-1, 0]) <= 0.006
        and abs(said.number("y") - drawn[-1, 1]) <= 0.006
    )
    ls = _surface(view)
    r = rooms.near_radius(ls.domain)
    assert abs(said.number("r") - r) <= 0.006 * r
    miss = np.linalg.norm(answers(view) - drawn[-1], axis=1)
    assert int(said.number("n")) == len(miss)
    assert int(said.number("close")) == int((miss <= r).sum())
    assert abs(said.number("miss") - float(np.median(miss))) <= 0.006


def _minimum_reading(view, said):
    drawn = asked_path(view, said["opt"])
    ls = _surface(view)
    d = float(np.linalg.norm(np.asarray(ls.minima) - drawn[-1], axis=1).min())
    assert abs(said.number("d") - d) <= 0.006, (said["d"], d)
    tol = readings.stop_tolerance(ls.domain)
    return (
        drawn,
        readings.stopped(drawn, readings.STOP_WINDOW, tol),
        d <= rooms.near_radius(ls.domain),
    )


def check_moving_near_minimum(view, said):
    """ "it had not stopped: after k steps it is d from it and still moving (last step s)"."""
    drawn, still, close = _minimum_reading(view, said)
    assert close and not still, "it stopped, or is not close to the minimum"
    assert int(said.number("steps")) == len(drawn) - 1
    last = float(np.linalg.norm(drawn[-1] - drawn[-2]))
    assert abs(said.number("last") - last) <= 0.06 * last


def test_momentum_after_the_playground_reveal_had_not_stopped():
    """Issue 31, case 5: Momentum after 50 steps is 0.43 from the minimum and still moving; the
    reveal said it stopped at the minimum. Read against the reveal's drawn path."""
    at = view_playground_reveal("en")
    assert not at.exception
    view = reader.View(at, "room")
    seen: set[str] = set()
    assert not reader.check_view(view, seen)
    assert "room.summary_moving_near_minimum" in seen
    (said,) = view.said("room.summary_moving_near_minimum")
    assert (said["d"], said["steps"]) == ("0.43", "50")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_reveal_reads_true_in_both_languages(lang):
    view = reader.View(view_playground_reveal(lang), "room", lang)
    seen: set[str] = set()
    assert not reader.check_view(view, seen), lang
    assert {"room.summary_where", "room.summary_moving_near_minimum"} <= seen
