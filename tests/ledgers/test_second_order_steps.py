"""The second-order lesson's study-step reveals (pages/second_order/steps.py LEDGER): each
sentence's numbers, read back from the words, against the Newton path the figures draw (the
curve panel of the 1-D view, the contour of the 2-D view) and the learner's answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from pages.second_order import steps
from tests import ledger as reader
from tests.lessons import choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "second-order"


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def check_answer(at: AppTest, step: str, value) -> AppTest:
    key = f"study-answer-{LESSON}-{step}"
    if isinstance(value, str):
        at.radio(key=key).set_value(value).run()
    else:
        at.number_input(key=key).set_value(value).run()
    return at.button(key=f"study-check-{LESSON}-{step}").click().run()


def view_uphill(lang):
    return check_answer(choose(lang, "uphill"), "uphill", "left")


def view_parabola(lang):
    return check_answer(choose(lang, "parabola"), "parabola", 3.0)


def view_parabola_never(lang):
    """The parabola question after a single step from x₀ = 2.5 ... on x + sin x: no zero."""
    at = choose(lang, "parabola")
    reader.View(at, LESSON, lang).widget("so_curve").set_value("x_plus_sin").run()
    return check_answer(at, "parabola", 1.0)


def view_saddle(lang):
    return check_answer(choose(lang, "saddle"), "saddle", "minimum")


def given(view: reader.View, step: str):
    return view.at.session_state["_study_answers"][(LESSON, step)]


def option(view: reader.View, step: str, name: str) -> str:
    return CATALOG[f"so.step.{step}.opt.{name}"][view.lang]


def newton_1d(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The Newton path on the curve panel (x axis "x"): its iterates and f there."""
    name = CATALOG["so.newton"][view.lang]
    for trace in view.chart("so_1d")["data"]:
        if trace.get("name") == name and trace.get("xaxis", "x") == "x":
            return reader.xy(reader.traces({"data": [trace]})[name])
    raise AssertionError("no Newton path drawn on the curve")


def check_uphill(view, said):
    x, f = newton_1d(view)
    assert (said.number("x0"), said.number("x1")) == (round(x[0], 2), round(x[1], 2))
    assert (said.number("f0"), said.number("f1")) == (round(f[0], 2), round(f[1], 2))
    saw = "right" if x[1] > x[0] else "left"
    assert said["saw"] == option(view, "uphill", saw)
    assert said["chosen"] == option(view, "uphill", given(view, "uphill"))


def check_parabola(view, said):
    x, _ = newton_1d(view)
    k = int(said.number("k"))
    assert np.all(np.abs(x[k:]) <= 1e-3) and (k == 0 or abs(x[k - 1]) > 1e-3), x
    assert said.number("x1") == round(x[1], 2)
    assert said.number("answer") == round(float(given(view, "parabola")))


def check_parabola_never(view, said):
    x, _ = newton_1d(view)
    assert abs(x[-1]) > 1e-3 and said.number("n") == len(x) - 1


def check_saddle(view, said):
    named = reader.traces(view.chart("so_contour"), mode="lines+markers")
    assert said["name"] in named, (said["name"], list(named))
    path = np.column_stack(reader.xy(named[said["name"]]))
    end = path[-1]
    assert (said.number("x"), said.number("y")) == tuple(
        float(f"{round(v, 3) + 0.0:.3g}") for v in end
    )
    assert said.number("steps") == len(path) - 1
    ds = float(np.linalg.norm(end))
    assert said.number("ds") == round(ds, 2)
    saw = "saddle" if ds <= 0.2 else ("minimum" if steps.valley_distance(end) <= 0.2 else "away")
    assert said["saw"] == option(view, "saddle", saw)
    assert said["chosen"] == option(view, "saddle", given(view, "saddle"))


def test_an_open_question_shows_each_run_at_its_start_and_no_sentence():
    at = choose("en", "uphill")
    no_exceptions(at)
    view = reader.View(at, LESSON)
    assert len(newton_1d(view)[0]) == 1
    assert not at.table and not any(m.value.startswith("- ") for m in at.markdown)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_newton_goes_uphill_where_f2_is_negative(lang):
    view = reader.View(view_uphill(lang), LESSON, lang)
    no_exceptions(view.at)
    (said,) = view.said("so.step.uphill.feedback", **steps.LEDGER[0].fields)
    # 2.5 − (1 + cos 2.5)/(−sin 2.5) = 2.5 + 0.199/0.598 = 2.83
    assert said.number("x1") == pytest.approx(2.5 + (1 + np.cos(2.5)) / np.sin(2.5), abs=5e-3)
    assert said["saw"] == option(view, "uphill", "right")
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_why_names_the_side_of_the_gradient_the_drawn_step_takes(lang):
    """At x₀ = 2.5 the drawn curve rises (f′ ≈ +0.199) and the drawn Newton step is +0.33:
    the same sign as the gradient, so the why says "with the gradient" (not "against")."""
    view = reader.View(view_uphill(lang), LESSON, lang)
    x, _ = newton_1d(view)
    cx, cf = reader.xy(reader.traces(view.chart("so_1d"))["f"])
    slope = np.interp(x[0], cx, np.gradient(cf, cx))
    assert np.sign(x[1] - x[0]) == np.sign(slope) != 0, (x[:2], slope)
    why = CATALOG["so.step.uphill.why"][lang]
    assert why in [m.value for m in view.at.markdown]
    with_g, against_g = {"en": ("with the gradient", "against the gradient"),
                         "zh": ("顺着梯度", "逆着梯度")}[lang]  # fmt: skip
    assert with_g in why and against_g not in why


def test_one_newton_step_on_a_parabola_and_newton_stays_on_the_saddle():
    view = reader.View(view_parabola("en"), LESSON, "en")
    no_exceptions(view.at)
    (said,) = view.said("so.step.parabola.feedback")
    assert (said.number("k"), said.number("x1")) == (1, 0.0)  # 2.5 − 2·2.5/2 = 0
    assert not reader.check_view(view)
    view = reader.View(view_saddle("en"), LESSON, "en")
    (said,) = view.said("so.step.saddle.feedback", **steps.LEDGER[3].fields)
    assert (said.number("ds"), said["saw"]) == (0.0, option(view, "saddle", "saddle"))
    assert landscapes.get("two_neuron").saddles == ((0.0, 0.0),)
    assert not reader.check_view(view)


def _in_order(node, found: list) -> list:
    """The page's elements in document order: (type, key or id), depth first."""
    found.append((getattr(node, "type", None), str(getattr(node, "key", None) or "")))
    for child in getattr(node, "children", {}).values():
        _in_order(child, found)
    return found


def _columns(at: AppTest) -> list:
    """The lesson's figure column and controls column (the first two columns on the page)."""
    found = []

    def walk(node):
        if getattr(node, "type", None) == "column":
            found.append(node)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    return found[:2]


STEPS_SHOWN = [
    ("uphill", "so.1d.note", "so_1d"), ("parabola", "so.1d.note", "so_1d"),
    ("saddle", "so.2d.note", "so_contour"),
]  # fmt: skip
GIVEN = {"uphill": "right", "parabola": 1.0, "saddle": "saddle"}


@pytest.mark.parametrize(("step", "note", "chart"), STEPS_SHOWN)
def test_an_open_questions_note_waits_for_the_answer(step, note, chart):
    """The note beside the figure said step 1's answer before it was asked ("f″ < 0 时同一步
    −f′/f″ 指向上坡"; the 2-D note: undamped Newton "走向鞍点"); now it waits for the answer."""
    at = choose("zh", step)
    no_exceptions(at)
    said = CATALOG[note]["zh"]
    assert all(c.value != said for c in at.caption)
    at = check_answer(at, step, GIVEN[step])
    no_exceptions(at)
    assert any(c.value == said for c in at.caption)
    assert reader.View(at, LESSON, "zh").chart(chart)


@pytest.mark.parametrize(("step", "note", "chart"), STEPS_SHOWN)
def test_an_open_question_is_first_in_the_figures_place(step, note, chart):
    """At 1024×768 (中文, projector) step 1's answer stood at y = 2 058 px, its question under
    the figure's sentences. Now the open question heads the figure's column, above the figure
    at its start; once answered, the figure comes first and the reveal under it."""
    at = choose("zh", step)
    no_exceptions(at)
    inside = _in_order(_columns(at)[0], [])
    answer = ("radio" if step != "parabola" else "number_input", f"study-answer-{LESSON}-{step}")
    charts = [i for i, (kind, key) in enumerate(inside) if kind == "plotly_chart" and key]
    assert answer in inside and charts and inside.index(answer) < charts[0], inside
    at = check_answer(at, step, GIVEN[step])
    no_exceptions(at)
    inside = _in_order(_columns(at)[0], [])
    kinds = [kind for kind, _ in inside]
    again = [i for i, (_, key) in enumerate(inside) if key == f"study-again-{LESSON}-{step}"]
    assert again and kinds.index("plotly_chart") < again[0], inside
