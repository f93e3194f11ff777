"""The basins lesson's study-step reveals (pages/basins/steps.py LEDGER): each sentence's
numbers, read back from the words, against what the two maps draw (each start cell's colour
index in the heatmap, the minima marked as stars) and the learner's answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.basins import steps
from tests import ledger as reader
from tests.lessons import choose_step, no_exceptions, open_page
from ui.figures import decode
from ui.i18n import CATALOG

LESSON = "basins"


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def check_answer(at: AppTest, step: str, value) -> AppTest:
    key = f"study-answer-{LESSON}-{step}"
    if isinstance(value, str):
        at.radio(key=key).set_value(value).run()
    else:
        at.number_input(key=key).set_value(value).run()
    return at.button(key=f"study-check-{LESSON}-{step}").click().run()


def view_start(lang):
    return check_answer(choose(lang, "start"), "start", "both_nearest")


def view_start_lost(lang):
    """The start question with gradient descent's ε raised to 0.04, where its runs leave."""
    at = choose(lang, "start")
    reader.View(at, LESSON, lang).widget("b_lr1").set_value(0.04).run()
    return check_answer(at, "start", "both_away")


def view_broken(lang):
    return check_answer(choose(lang, "broken"), "broken", "first")


def view_nearest(lang):
    return check_answer(choose(lang, "nearest"), "nearest", 50.0)


def given(view: reader.View, step: str):
    return view.at.session_state["_study_answers"][(LESSON, step)]


def option(view: reader.View, step: str, name: str) -> str:
    return CATALOG[f"basins.step.{step}.opt.{name}"][view.lang]


def drawn(view: reader.View, k: int):
    """Map k as drawn: start columns xs, rows ys, each start's group (column, row) with −1 for
    a start coloured diverged or did not settle, and the marked minima (one per group)."""
    fig = view.chart(f"basin_{k}")
    heat = next(tr for tr in fig["data"] if tr["type"] == "heatmap")
    stars = next(tr for tr in fig["data"] if tr["type"] == "scatter" and tr.get("text"))
    xs, ys, z = decode(heat["x"]), decode(heat["y"]), decode(heat["z"]).T
    centres = np.column_stack([decode(stars["x"]), decode(stars["y"])])
    groups = np.where(z < len(centres), z, -1).astype(int)
    return xs, ys, groups, centres


def map_of(view: reader.View, name: str) -> int:
    """The map a sentence's name ("SGD (1)") is about: its number in brackets."""
    return int(name.strip().rsplit("(", 1)[1].rstrip(")")) - 1


def names(view: reader.View) -> list[str]:
    out = []
    for k in (1, 2):
        optimizer = view.widget(f"b_opt{k}").value
        out.append(f"{CATALOG[f'optimizer.{optimizer}.title'][view.lang]} ({k})")
    return out


def check_start_end(view, said):
    xs, ys, groups, centres = drawn(view, map_of(view, said["name"]))
    i, j = steps.cell(xs, ys, steps.START)
    g = groups[i, j]
    assert g >= 0, "the start cell is not coloured by a minimum"
    assert (said.number("mx"), said.number("my")) == tuple(round(float(v), 2) for v in centres[g])


def check_start_lost(view, said):
    xs, ys, groups, _ = drawn(view, map_of(view, said["name"]))
    i, j = steps.cell(xs, ys, steps.START)
    assert groups[i, j] < 0


def check_start(view, said):
    xs, ys, _, centres = drawn(view, 0)
    i, j = steps.cell(xs, ys, steps.START)
    assert (said.number("x"), said.number("y")) == (round(xs[i], 2), round(ys[j], 2))
    home = steps.nearest_minimum(steps.START, centres)
    at_home = tuple(bool(drawn(view, k)[2][i, j] == home) for k in (0, 1))
    saw = {(True, True): "both_nearest", (True, False): "second_away"}.get(at_home, "both_away")
    assert said["saw"] == option(view, "start", saw), (said["saw"], saw)
    assert said["chosen"] == option(view, "start", given(view, "start"))


def border_share(groups: np.ndarray) -> float:
    a = groups
    across = np.concatenate([(a[1:, :] != a[:-1, :]).ravel(), (a[:, 1:] != a[:, :-1]).ravel()])
    return float(np.mean(across))


def check_broken_run(view, said):
    groups = drawn(view, map_of(view, said["name"]))[2]
    assert said.number("pct") == round(100 * border_share(groups), 1)


def check_broken(view, said):
    shares = [border_share(drawn(view, k)[2]) for k in (0, 1)]
    hi, lo = int(np.argmax(shares)), int(np.argmin(shares))
    saw = (
        "alike"
        if not (shares[hi] > 0 and shares[hi] >= 2 * shares[lo])
        else ("first", "second")[hi]
    )
    assert said["saw"] == option(view, "broken", saw), (said["saw"], shares)
    assert said["chosen"] == option(view, "broken", given(view, "broken"))


def nearest_pct(view: reader.View, k: int) -> float:
    xs, ys, groups, centres = drawn(view, k)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    d = np.hypot(gx[..., None] - centres[:, 0], gy[..., None] - centres[:, 1])
    return 100 * float(np.mean(np.argmin(d, axis=-1) == groups))


def check_nearest_run(view, said):
    assert said.number("pct") == round(nearest_pct(view, map_of(view, said["name"])), 1)


def check_nearest(view, said):
    assert said.number("answer") == round(float(given(view, "nearest")), 1)
    listed = reader.said(
        [said["runs"]], "basins.step.nearest.run", view.lang, name=steps._NAME, pct=steps._PCT
    )
    assert sorted(s["name"].strip() for s in listed) == sorted(names(view))


def test_an_open_question_draws_no_basin_and_no_measure():
    at = choose("en", "broken")
    no_exceptions(at)
    view = reader.View(at, LESSON)
    for k in (0, 1):
        assert (drawn(view, k)[2] < 0).all()  # every start grey: no colours
        legend = {tr.get("name") for tr in view.chart(f"basin_{k}")["data"]}
        assert CATALOG["basins.step.hidden_label"]["en"] in legend  # a wait, not a fate
        assert CATALOG["maps.unsettled"]["en"] not in legend
    assert not at.info and not at.table


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_momentum_leaves_the_nearest_minimum_from_the_start_cell(lang):
    view = reader.View(view_start(lang), LESSON, lang)
    no_exceptions(view.at)
    ends = view.said("basins.step.start.end", name=steps._NAME)
    where = {s["name"].strip(): (s.number("mx"), s.number("my")) for s in ends}
    sgd, mom = names(view)
    assert where == {sgd: (3.0, 2.0), mom: (3.58, -1.85)}
    (said,) = view.said("basins.step.start.feedback", runs=steps._RUNS)
    assert said["saw"] == option(view, "start", "second_away")
    assert not reader.check_view(view)


def test_momentum_s_map_is_more_broken_and_rarely_goes_to_the_nearest():
    view = reader.View(view_broken("en"), LESSON, "en")
    no_exceptions(view.at)
    pct = {
        s["name"].strip(): s.number("pct")
        for s in view.said("basins.step.broken.run", name=steps._NAME, pct=steps._PCT)
    }
    assert pct == {"SGD (1)": 0.9, "Momentum (2)": 11.5}  # as the lesson's own sentence says
    assert not reader.check_view(view)
    view = reader.View(view_nearest("en"), LESSON, "en")
    pct = {
        s["name"].strip(): s.number("pct")
        for s in view.said("basins.step.nearest.run", name=steps._NAME, pct=steps._PCT)
    }
    assert pct["SGD (1)"] == 98.2 and pct["Momentum (2)"] < 80
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_steps_name_each_map_by_its_drawn_title_not_its_side(lang):
    """On a phone the two maps stack, so "the left map / 左图" points at nothing: each step's
    words name a map by the title drawn over it ("SGD", "Momentum" / "动量")."""
    import json
    import re

    at = choose(lang, "broken")
    titles = []
    for element in at.get("plotly_chart"):
        layout = json.loads(element.proto.spec).get("layout", {})
        title = layout.get("title", {})
        titles.append(title.get("text", "") if isinstance(title, dict) else str(title))
        titles += [a.get("text", "") for a in layout.get("annotations", [])]
    keys = [k for k in CATALOG if k.startswith("basins.step.")]
    for key in keys:
        text = CATALOG[key][lang]
        assert not re.search(r"左图|右图|left map|right map", text), (key, text)
        for named in re.findall(r"标题为“([^”]+)”|titled “([^”]+)”", text):
            name = next(n for n in named if n)
            assert any(name in str(t) for t in titles), (key, name, titles)
