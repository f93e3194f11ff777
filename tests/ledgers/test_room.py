"""The room page's ledger checks: the sentences its reveal shows, against the reveal's drawn
figure (the asked run's path, the class's answers as drawn, the votes' bars, the number line).

Each view opens a room on a view a lecturer can reach (a Playground or 1-D preset, a lesson's
number question), lets a few students answer, and presses Reveal as the lecturer. The rooms
live in a store of their own (`STORE`), kept so that a check can name the room's surface."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from pages.long_term_dependencies.asks import long_term
from pages.room.ledger import NUM, NUMBERS
from tests import ledger as reader
from tests.lessons import APP, open_page, page_file
from ui import palette, presets, readings, room_store, rooms
from ui.figures import decode
from ui.i18n import t

CHART = "room_figure"
VOTES = "votes"
ANSWERS = [(0.0, 0.0), (3.0, 1.0), (-5.0, -2.0)]
STORE = rooms.Rooms()  # every room these views open, so a check finds its setup by code
ROUND = 0.006  # a number printed with 2 decimals is within half a unit of the last digit


def _revealed(lang: str, room: rooms.Room, points=(), options=()) -> AppTest:
    """The lecturer's view of `room` after the reveal, with the students' `points` and
    `options` sent first."""
    for i, point in enumerate(points):
        STORE.answer(room.code, f"p{i}", point=point)
    for i, option in enumerate(options):
        STORE.answer(room.code, f"o{i}", option=option)
    saved = room_store.ROOMS
    room_store.ROOMS = STORE
    try:
        at = AppTest.from_file(APP, default_timeout=180)
        at.query_params["lang"] = lang
        at.run()
        at.switch_page(page_file("room"))
        at.query_params["code"], at.query_params["key"] = room.code, room.secret
        at.run()
        at.button(key="reveal").click().run()
        return at
    finally:
        room_store.ROOMS = saved


def _setup(name: str, **changes) -> rooms.Setup:
    preset = presets.PRESETS.get(name) or presets.LR1D_PRESETS[name]
    return dataclasses.replace(rooms.setup_from_preset(preset), **changes)


def _open(setup: rooms.Setup, kind: str, lane=None) -> rooms.Room:
    ls = landscapes.get(setup.landscape)
    return STORE.open(setup, rooms.question(kind, setup, ls.minima, lane), ls.domain)


def view_playground_reveal(lang: str) -> AppTest:
    """/playground?ask=where&about=momentum, three answers, the lecturer's reveal (issue 31,
    case 5): Momentum after 50 steps, near the minimum and still moving."""
    saved = room_store.ROOMS
    room_store.ROOMS = STORE
    try:
        lecturer = open_page("playground", lang, ask="where", about="momentum")
        code, key = (lecturer.query_params[k] for k in ("code", "key"))
        code, key = (v[0] if isinstance(v, list) else v for v in (code, key))
    finally:
        room_store.ROOMS = saved
    return _revealed(lang, STORE.get(code), ANSWERS)


def view_stopped_at_minimum(lang: str) -> AppTest:
    """The plateau preset, Adam after 200 steps: stopped at the minimum (0, 0)."""
    room = _open(_setup("plateau_adaptive"), "where", "adam")
    return _revealed(lang, room, [(0.0, 0.1), (2.0, 2.0), (-1.0, 3.0)])


def view_stopped_elsewhere(lang: str) -> AppTest:
    """The plateau preset, SGD after 200 steps: stopped on the plateau, far from the minimum."""
    room = _open(_setup("plateau_adaptive"), "where", "sgd")
    return _revealed(lang, room, [(0.0, 0.0), (2.9, 1.9), (3.0, 2.0), (1.0, 1.0)])


def view_not_at_minimum(lang: str) -> AppTest:
    """Note 002's fig. 15-8, Momentum after 20 steps: still moving, 2 from the minimum."""
    room = _open(_setup("fig15_8"), "where", "momentum")
    return _revealed(lang, room, ANSWERS)


def view_where_1d(lang: str) -> AppTest:
    """The parabola preset, ε = 0.1 after 20 steps, on the curve."""
    room = _open(_setup("parabola"), "where", 0)
    return _revealed(lang, room, [(0.0,), (0.05,), (1.0,), (-2.0,)])


def view_where_diverged(lang: str) -> AppTest:
    """/playground?opt=sgd&sgd-lr=1.05&steps=100 (issue 31, case 8): SGD leaves the far bound."""
    setup = _setup("fig15_8", lanes=(("sgd", (("lr", 1.05),)),), steps=100)
    return _revealed(lang, _open(setup, "where", 0), ANSWERS)


def view_lowest(lang: str) -> AppTest:
    """Fig. 15-8: which optimizer ends lowest after 20 steps; one answer leads."""
    room = _open(_setup("fig15_8"), "lowest")
    return _revealed(lang, room, options=["2", "2", "0", "1"])


def view_lowest_split(lang: str) -> AppTest:
    """Fig. 15-8's lowest question with a tie between two answers."""
    room = _open(_setup("fig15_8"), "lowest")
    return _revealed(lang, room, options=["3", "3", "0", "0", "2"])


def view_all_diverged(lang: str) -> AppTest:
    """Fig. 15-8's bowl with SGD and Momentum at ε = 2 (|1 − 2ε| = 3 along y), 100 steps: both
    leave the far bound."""
    lanes = (("sgd", (("lr", 2.0),)), ("momentum", (("lr", 2.0), ("momentum", 0.9))))
    setup = _setup("fig15_8", lanes=lanes, steps=100)
    return _revealed(lang, _open(setup, "lowest"), options=["0", "1", "1"])


def view_all_runs_diverged(lang: str) -> AppTest:
    """The parabola with three rates above 1 and 100 steps: every run leaves the far bound."""
    setup = _setup(
        "parabola",
        lanes=tuple(("sgd", (("lr", lr),)) for lr in (1.5, 2.0, 3.0)),
        steps=100,
    )
    return _revealed(lang, _open(setup, "lowest"), options=["0", "1"])


def view_diverged(lang: str) -> AppTest:
    """The parabola at ε = 2 for 100 steps: |1 − 2ε| = 3, it diverges."""
    setup = _setup("parabola", lanes=tuple(("sgd", (("lr", lr),)) for lr in (0.1, 2.0)), steps=100)
    return _revealed(lang, _open(setup, "diverge", 1), options=["yes", "yes", "no"])


def view_stayed(lang: str) -> AppTest:
    """The parabola preset, ε = 0.9: it does not diverge in 20 steps."""
    return _revealed(lang, _open(_setup("parabola"), "diverge", 1), options=["yes", "no", "no"])


def view_basin(lang: str) -> AppTest:
    """Himmelblau's four minima, Adam from (−0.5, 0.5) for 200 steps."""
    setup = rooms.Setup("himmelblau", (-0.5, 0.5), 200, (("adam", (("lr", 0.1),)),), ())
    return _revealed(lang, _open(setup, "basin", 0), options=["m0", "m1", "m1", "none"])


def view_basin_1d(lang: str) -> AppTest:
    """25 sin x − x², descended with ε = 0.01 from x = 3: which of its three minima."""
    setup = rooms.Setup("sin_minus_square", (3.0,), 40, (("sgd", (("lr", 0.01),)),), ())
    return _revealed(lang, _open(setup, "basin", 0), options=["m0", "m2", "none"])


NUMBER = dataclasses.replace(
    long_term(1.2, 0.5, 30, 10**2.4)[0], lesson="long-term-dependencies", link="lam1=1.2&ltd_t=30"
)


def view_number(lang: str) -> AppTest:
    """A number question: five guesses, two within ±0.5 of 2.4, two above, one below."""
    room = STORE.open(None, rooms.number_question(NUMBER), NUMBER.domain)
    return _revealed(lang, room, [(2.4,), (2.0,), (5.0,), (6.5,), (-3.0,)])


def view_nobody(lang: str) -> AppTest:
    """Fig. 15-8's "where" question revealed before anyone answered."""
    return _revealed(lang, _open(_setup("fig15_8"), "where", "adam"))


# ---- reading the reveal's figure ------------------------------------------------------------


def _array(spec) -> list[float]:
    return decode(spec).tolist()


def _room(view: reader.View) -> rooms.Room:
    code = view.at.query_params["code"]
    room = STORE.get(code[0] if isinstance(code, list) else code)
    assert room is not None, "the room of this view is not in the views' store"
    return room


def _surface(view) -> landscapes.Landscape:
    return landscapes.get(_room(view).setup.landscape)


def paths(view: reader.View) -> dict[str, np.ndarray]:
    """The runs as the reveal draws them (name → drawn points: (x, y), or x on a curve)."""
    one_d = len(_surface(view).domain) == 1
    out = {}
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "lines+markers" and trace.get("name"):
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            out[trace["name"]] = x[:, None] if one_d else np.stack([x, y], axis=1)
    return out


def asked_path(view: reader.View, name: str) -> np.ndarray:
    drawn = paths(view)
    assert name.strip() in drawn, f"no path {name!r} drawn among {list(drawn)}"
    return drawn[name.strip()]


def answers(view: reader.View) -> np.ndarray:
    """The class's answers as the reveal draws them: the markers named "Predictions (n)"
    (x only on a curve, where a prediction is drawn at (x, f(x)))."""
    one_d = len(_surface(view).domain) == 1
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "markers" and re.search(r"\(\d+\)$", trace.get("name") or ""):
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return x[:, None] if one_d else np.stack([x, y], axis=1)
    return np.empty((0, len(_surface(view).domain)))


def votes(view: reader.View) -> tuple[list[str], list[int], int | None]:
    """The votes chart: the options' labels, their bars, and the bar drawn as the right one."""
    (bars,) = view.chart(VOTES)["data"]
    colours = bars["marker"]["color"]
    good = [i for i, c in enumerate(colours) if c == palette.CRITICAL_COLOURS["minimum"]]
    assert len(good) <= 1
    return list(bars["y"]), [int(v) for v in _array(bars["x"])], (good[0] if good else None)


def _steps(view) -> int:
    return _room(view).setup.steps


def _whole(path: np.ndarray, view) -> bool:
    """The run is drawn to its last step, every point within the far bound."""
    return (
        len(path) == _steps(view) + 1 and readings.diverged(path, _surface(view).far_bound) is None
    )


# ---- the checks -----------------------------------------------------------------------------


def check_where(view, said):
    """ "c of n put Opt within r of where it was after k steps, (x, y); the median miss was m"."""
    drawn = asked_path(view, said["opt"])
    assert int(said.number("steps")) == len(drawn) - 1 == _steps(view)
    end = drawn[-1]
    printed = [said.number("x")] + ([said.number("y")] if "y" in said.fields else [])
    assert len(printed) == len(end)
    assert np.all(np.abs(np.asarray(printed) - end) <= ROUND), (printed, end)
    r = rooms.near_radius(_surface(view).domain)
    assert abs(said.number("r") - r) <= 0.006 * r
    miss = np.linalg.norm(answers(view) - end, axis=1)
    assert int(said.number("n")) == len(miss)
    assert int(said.number("close")) == int((miss <= r).sum())
    assert abs(said.number("miss") - float(np.median(miss))) <= ROUND


def check_where_diverged(view, said):
    """ "Opt diverged at step k and left the surface: all n predictions put it on the surface":
    the drawn path stops after k points (steps 0 … k − 1, the next beyond the far bound) short
    of the steps asked, and every drawn prediction lies on the surface's box."""
    drawn = asked_path(view, said["opt"])
    k = int(said.number("k"))
    assert len(drawn) == k < _steps(view) + 1, (len(drawn), k)
    ls = _surface(view)
    # the step after the last drawn one is beyond the bound: the last drawn steps grow
    assert readings.became_unstable(drawn) is not None
    pts = answers(view)
    assert int(said.number("n")) == len(pts)
    assert readings.left_box(pts, ls.domain) is None


def check_unstable(view, said):
    """ "It was unstable from step s on: from there each step was on average g times as long
    as the one before": the asked run's drawn steps, read with `readings.became_unstable`."""
    room = _room(view)
    drawn = asked_path(view, rooms.lane_label(room.setup, room.question.lane, view.lang))
    assert len(drawn) < _steps(view) + 1, "the asked run is drawn to its last step"
    lengths = np.linalg.norm(np.diff(drawn, axis=0), axis=1)
    s = int(said.number("step"))
    assert np.all(lengths[s:] > lengths[s - 1]), "a later drawn step is no longer than step s"
    for i in range(s - 1):  # no earlier step is shorter than every step after it
        assert lengths[i] >= lengths[i + 1 :].min(), f"step {i + 1} already"
    growth = (lengths[-1] / lengths[s - 1]) ** (1 / (len(lengths) - s))
    assert abs(said.number("growth") - growth) <= 0.006, (said["growth"], growth)
    assert growth > 1


def _minimum_reading(view, said):
    """The asked run's drawn end against the surface's minima, and the class's answers."""
    drawn = asked_path(view, said["opt"])
    ls = _surface(view)
    mins = np.asarray(ls.minima, dtype=np.float64)
    d = float(np.linalg.norm(mins - drawn[-1], axis=1).min())
    assert abs(said.number("d") - d) <= ROUND, (said["d"], d)
    r = rooms.near_radius(ls.domain)
    pts = answers(view)
    assert int(said.number("n")) == len(pts)
    to_min = np.linalg.norm(pts[:, None, :] - mins[None], axis=-1).min(axis=1)
    assert int(said.number("expected")) == int((to_min <= r).sum())
    tol = readings.stop_tolerance(ls.domain)
    if "window" in said.fields:  # "each of its last w steps shorter than tol"
        assert int(said.number("window")) == readings.STOP_WINDOW
        assert abs(said.number("tol") - tol) <= 0.006 * tol
    return drawn, readings.stopped(drawn, readings.STOP_WINDOW, tol), d <= r


def check_at_minimum(view, said):
    """ "it did: it stopped d from it (each of its last w steps shorter than tol)"."""
    _, still, close = _minimum_reading(view, said)
    assert still and close, "it did not stop, or stopped away from the minimum"


def check_stopped_elsewhere(view, said):
    """ "it did not: it stopped d from it": stopped, farther than r from every minimum."""
    _, still, close = _minimum_reading(view, said)
    assert still and not close


def check_not_at_minimum(view, said):
    """ "it did not: it ended d from it": neither stopped nor close to a minimum."""
    _, still, close = _minimum_reading(view, said)
    assert not still and not close


def check_moving_near_minimum(view, said):
    """ "it had not stopped: after k steps it is d from it and still moving (last step s)"."""
    drawn, still, close = _minimum_reading(view, said)
    assert close and not still, "it stopped, or is not close to the minimum"
    assert int(said.number("steps")) == len(drawn) - 1
    last = float(np.linalg.norm(drawn[-1] - drawn[-2]))
    assert abs(said.number("last") - last) <= 0.06 * last


def _loss(view, point: np.ndarray) -> float:
    return float(_surface(view).loss(np.asarray(point, dtype=np.float32)))


def _lowest(view) -> tuple[str, float]:
    """The run whose drawn end has the lowest loss, among those drawn to their last step."""
    ends = {name: _loss(view, path[-1]) for name, path in paths(view).items() if _whole(path, view)}
    assert ends, "no run drawn to its last step"
    best = min(ends, key=ends.get)
    return best, ends[best]


def _votes_read(view, said, truth: str | None) -> tuple[list[int], int]:
    """n and "right" against the bars; the right bar is the truth's. Returns the bars and the
    largest."""
    labels, bars, good = votes(view)
    assert int(said.number("n")) == sum(bars)
    if truth is not None:
        assert good is not None and labels[good] == truth, (labels, good, truth)
        assert int(said.number("right")) == bars[good]
    return bars, max(bars)


def check_lowest(view, said):
    """ "r of n chose T, which ended lowest (loss L); the most chosen was M (v)": T's drawn end
    has the lowest loss of the runs drawn to their last step, L that loss (3 figures); M's bar
    is the longest and alone."""
    best, loss = _lowest(view)
    assert said["truth"] == best
    assert abs(said.number("loss") - loss) <= 0.005 * abs(loss) + 1e-9, (said["loss"], loss)
    labels, bars, _ = votes(view)
    bars, top = _votes_read(view, said, best)
    if "top" in said.fields:
        assert bars.count(top) == 1 and labels[bars.index(top)] == said["top"]
    else:
        assert bars.count(top) > 1, "one answer was chosen more often than every other"
    assert int(said.number("top_votes")) == top


check_lowest_split = check_lowest


def check_all_diverged(view, said):
    """ "Every optimizer diverged: none of the n answers was right": every drawn run stops
    short of its last step (beyond the far bound)."""
    drawn = paths(view)
    assert drawn and all(len(p) < _steps(view) + 1 for p in drawn.values())
    _votes_read(view, said, None)


def check_diverged(view, said):
    """ "r of n were right: Opt diverged at step k": the drawn path stops after k points, short
    of the steps asked, its steps growing; the right bar is "Yes"."""
    drawn = asked_path(view, said["opt"])
    k = int(said.number("k"))
    assert len(drawn) == k < _steps(view) + 1
    assert readings.became_unstable(drawn) is not None
    _votes_read(view, said, t("room.yes", view.lang))


def check_stayed(view, said):
    """ "r of n were right: Opt did not diverge in k steps": drawn to step k, every point
    within the far bound; the right bar is "No"."""
    drawn = asked_path(view, said["opt"])
    assert int(said.number("steps")) == _steps(view)
    assert _whole(drawn, view)
    _votes_read(view, said, t("room.no", view.lang))


def _basin_truth(view, end: np.ndarray) -> str:
    ls = _surface(view)
    r = rooms.near_radius(ls.domain)
    d = np.linalg.norm(np.asarray(ls.minima, dtype=np.float64) - end, axis=1)
    if d.min() > r:
        return t("room.none", view.lang)
    mark = ls.minima[int(d.argmin())]
    if len(mark) == 1:
        return t("room.minimum_1d", view.lang, x=mark[0])
    return t("room.minimum", view.lang, x=mark[0], y=mark[1])


def check_basin(view, said):
    """ "r of n were right: Opt ended at (x, y), so the answer is “M”": the drawn path ends at
    the printed point, and M is the minimum within r of it ("none" when none is)."""
    drawn = asked_path(view, said["opt"])
    assert _whole(drawn, view)
    end = drawn[-1]
    printed = [said.number("x")] + ([said.number("y")] if "y" in said.fields else [])
    assert np.all(np.abs(np.asarray(printed) - end) <= ROUND), (printed, end)
    truth = _basin_truth(view, end)
    assert said["truth"] == truth, (said["truth"], truth)
    _votes_read(view, said, truth)


check_basin_1d = check_basin


def _number_line(view):
    """The drawn guesses, the true value (the green line) and the band around it."""
    fig = view.chart(CHART)
    (dots,) = [tr for tr in fig["data"] if tr.get("mode") == "markers"]
    guesses = np.asarray(_array(dots["customdata"]), dtype=np.float64)
    band, line = fig["layout"]["shapes"][:2]
    return guesses, float(line["x0"]), (float(band["x0"]), float(band["x1"]))


def check_number(view, said):
    """ "c of n answered within ±tol of the true value, v; the median answer was m": the drawn
    dots, c of them inside the drawn band, v the drawn line, m their median."""
    guesses, value, (lo, hi) = _number_line(view)
    n = NUMBER
    assert int(said.number("n")) == len(guesses)
    assert abs(said.number("value") - value) <= 0.5 * 10**-n.digits
    assert abs(said.number("tol") - (hi - lo) / 2) <= 0.5 * 10**-n.digits
    inside = (guesses >= lo - 1e-9) & (guesses <= hi + 1e-9)
    assert int(said.number("close")) == int(inside.sum())
    assert abs(said.number("median") - float(np.median(guesses))) <= 0.5 * 10**-n.digits


def check_number_sides(view, said):
    """ "Of the rest, h were too high and l too low": the dots right and left of the band."""
    guesses, _, (lo, hi) = _number_line(view)
    assert int(said.number("high")) == int((guesses > hi + 1e-9).sum())
    assert int(said.number("low")) == int((guesses < lo - 1e-9).sum())


def check_nobody(view, said):
    """ "Nobody answered.": the reveal draws no answer."""
    assert len(answers(view)) == 0


# ---- pinned views ---------------------------------------------------------------------------


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


VIEWS = sorted(name for name in dir() if name.startswith("view_"))


@pytest.mark.parametrize("name", VIEWS)
def test_every_reveal_reads_true_in_chinese(name):
    """The example views read in 中文 too (tests/test_ledgers.py reads them in English)."""
    at = globals()[name]("zh")
    assert not at.exception
    seen: set[str] = set()
    assert not reader.check_view(reader.View(at, "room", "zh"), seen)
    assert seen, "no sentence of the room's ledger shown"


def test_a_run_at_the_origin_is_printed_without_a_minus_zero():
    """Adam on the plateau ends at (−2.5×10⁻⁵, 5.9×10⁻⁶): the reveal printed "(-0.00, 0.00)"."""
    view = reader.View(view_stopped_at_minimum("en"), "room")
    (said,) = view.said("room.summary_where", **NUMBERS)
    assert (said["x"], said["y"]) == ("0.00", "0.00")


def test_one_optimizer_at_several_rates_diverging_is_every_run():
    """The parabola at ε = 1.5, 2 and 3: one optimizer, three runs. "Every optimizer diverged"
    named one optimizer as many; the reveal says every run."""
    view = reader.View(view_all_runs_diverged("en"), "room")
    assert view.said("room.summary_all_runs_diverged")
    assert not view.said("room.summary_all_diverged")


def test_sgd_at_1_05_was_unstable_from_step_1():
    """Issue 31, case 8, in the room: SGD at ε = 1.05 on fig. 15-8's bowl (λ_max = 2) left the
    far bound at step 63, but |1 − ελ_max| = 1.1: every step is ×1.1 the one before from step
    1. The reveal said only "diverged at step 63"."""
    view = reader.View(view_where_diverged("en"), "room")
    (said,) = view.said("room.summary_unstable", **NUMBERS, growth=NUM)
    assert said["step"] == "1" and said.number("growth") == pytest.approx(1.1, abs=0.006)
    assert not reader.check_view(view)
