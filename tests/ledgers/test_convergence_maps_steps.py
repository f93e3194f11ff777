"""The convergence-maps lesson's study-step reveals (pages/convergence_maps/steps.py LEDGER):
each sentence's numbers, read back from the words, against the cells the map draws (the
"diverged" layer and the steps-to-tolerance heatmap) and the learner's answer as kept."""

from __future__ import annotations

import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import choose_step, no_exceptions, open_page
from ui.figures import decode
from ui.i18n import CATALOG

LESSON = "convergence-maps"


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def check_answer(at: AppTest, step: str, value: float) -> AppTest:
    at.number_input(key=f"study-answer-{LESSON}-{step}").set_value(value).run()
    return at.button(key=f"study-check-{LESSON}-{step}").click().run()


def view_gd_edge(lang):
    return check_answer(choose(lang, "gd_edge"), "gd_edge", 0.5)


def view_momentum_edge(lang):
    return check_answer(choose(lang, "momentum_edge"), "momentum_edge", 1.0)


def view_fastest(lang):
    return check_answer(choose(lang, "fastest"), "fastest", 0.9)


def view_edge_none(lang):
    """The edge asked about on a map whose ε stops at 0.5, below every edge."""
    at = choose(lang, "gd_edge")
    reader.View(at, LESSON, lang).widget("hi_lr").set_value(0.5).run()
    return check_answer(at, "gd_edge", 1.0)


def view_fastest_none(lang):
    """The fastest α asked about on a map of 10 steps, too few for the tolerance 10⁻²⁰."""
    at = choose(lang, "fastest")
    reader.View(at, LESSON, lang).widget("map_n").set_value(10).run()
    return check_answer(at, "fastest", 0.3)


def given(view: reader.View, step: str) -> float:
    return float(view.at.session_state["_study_answers"][(LESSON, step)])


def layer(view: reader.View, key: str) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A drawn heatmap layer: its ε columns, α rows and z (row α, column ε); None if not drawn."""
    name = CATALOG[key][view.lang]
    for trace in view.chart("map_chart")["data"]:
        if trace.get("type") == "heatmap" and trace.get("name") == name:
            return decode(trace["x"]), decode(trace["y"]), decode(trace["z"])
    return None


def asked_row(view: reader.View, said) -> tuple[np.ndarray, np.ndarray]:
    """The drawn row the sentence names (its α as shown): its ε columns and diverged cells."""
    found = layer(view, "maps.diverged")
    steps = layer(view, "maps.metric.steps")
    lrs, alphas = (found or steps)[:2]
    j = int(np.argmin(np.abs(alphas - said.number("alpha"))))
    assert round(float(alphas[j]), 2) == said.number("alpha")
    diverged = found[2][j] == 1 if found else np.zeros(len(lrs), bool)
    return lrs, diverged


def check_edge(view, said):
    lrs, diverged = asked_row(view, said)
    hits = np.flatnonzero(diverged)
    assert hits.size, "no drawn cell of the row diverged"
    first = float(lrs[hits[0]])
    assert said.number("first") == float(f"{first:.3g}"), (said["first"], first)
    assert said.number("before") == float(f"{lrs[hits[0] - 1]:.3g}")


def check_edge_none(view, said):
    _, diverged = asked_row(view, said)
    assert not diverged.any()


def check_fastest(view, said):
    lrs, alphas, steps = layer(view, "maps.metric.steps")
    low = np.nanmin(steps)
    assert said.number("steps") == low
    j = int(np.argmin(np.abs(alphas - said.number("alpha"))))
    i = int(np.argmin(np.abs(np.log(lrs) - np.log(said.number("lr")))))
    assert steps[j, i] == low, (alphas[j], lrs[i], steps[j, i], low)


def check_fastest_none(view, said):
    found = layer(view, "maps.metric.steps")
    assert found is None or not np.isfinite(found[2]).any()


def test_an_open_question_draws_the_axes_only():
    at = choose("en", "gd_edge")
    no_exceptions(at)
    view = reader.View(at, LESSON)
    assert layer(view, "maps.diverged") is None
    assert not np.isfinite(layer(view, "maps.metric.steps")[2]).any()
    assert not at.info  # the theory's sentence waits too


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_gradient_descent_s_edge_is_the_first_drawn_diverged_cell(lang):
    view = reader.View(view_gd_edge(lang), LESSON, lang)
    no_exceptions(view.at)
    (said,) = view.said("maps.step.edge.feedback")
    # 2/λ_max = 1 on the bowl: the first column past it on the log grid from 0.001 to 4
    assert (said.number("alpha"), said.number("first"), said.number("before")) == (0, 1.01, 0.951)
    # the distance is the verdict's ("your answer is 0.51 from 1.01"), not said a second time
    assert not any(("from your answer", "与你的答案相差")[lang == "zh"] in x for x in view.texts)
    assert not reader.check_view(view)


def test_momentum_moves_the_edge_and_the_fastest_alpha_is_near_theory():
    view = reader.View(view_momentum_edge("en"), LESSON, "en")
    no_exceptions(view.at)
    (said,) = view.said("maps.step.edge.feedback")
    # α = 0.897: 2(1 + α)/λ_max = 1.897, between the drawn columns 1.83 and 1.95
    assert (said.number("alpha"), said.number("first"), said.number("before")) == (0.9, 1.95, 1.83)
    assert not reader.check_view(view)
    view = reader.View(view_fastest("en"), LESSON, "en")
    (said,) = view.said("maps.step.fastest.feedback")
    # α* = ((√10 − 1)/(√10 + 1))² = 0.27, ε* = (2/(√0.2 + √2))² = 1.155
    assert (said.number("steps"), said.number("alpha"), said.number("lr")) == (40, 0.28, 1.16)
    assert not any("from your α" in text for text in view.texts)  # the verdict says how far
    assert not reader.check_view(view)


def test_the_fastest_steps_why_rounds_the_drawn_star_as_the_page_does():
    """Issue 31: the why said ε* ≈ 1.155, the formula 1.1544 and the star's caption 1.154; the
    drawn star sits at ε* = (2/(√0.2 + √2))² = 1.15443: one rounding, 1.154, everywhere."""
    from tests.ledgers.test_convergence_maps import _star

    at = view_fastest("zh")
    view = reader.View(at, LESSON, "zh")
    eps, _ = _star(view)
    assert eps == pytest.approx((2 / (0.2**0.5 + 2**0.5)) ** 2, abs=1e-6)
    shown = " ".join(view.texts) + " ".join(str(e.value) for e in at.get("latex"))
    why = re.search(r"ε\* = \(2/.*?\)\)² ≈ (\d\.\d+)", shown)  # the why
    panel = re.search(r"varepsilon\^\* = .*?\\Big\)\^2 = (\d\.\d+)", shown)  # the formula
    said = [why.group(1), panel.group(1)]
    assert len(said) == 2 and set(said) == {f"{eps:.4g}"}, said  # 1.154, not 1.155 or 1.1544


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_step_one_s_reveal_does_not_answer_the_later_steps(lang):
    """After step 1's answer (steps 2 and 3 unanswered) the page printed 0 < ελ < 2(1+α) (step
    2's edge at α = 0.9) and 'fastest cell (ε = 1.147, α = 0.2753)' (step 3's answer): those
    wait now. The drawn map's fastest cell's α is nowhere in the page's words."""
    view = reader.View(view_gd_edge(lang), LESSON, lang)
    no_exceptions(view.at)
    lrs, alphas, steps = layer(view, "maps.metric.steps")
    j, i = np.unravel_index(np.nanargmin(steps), steps.shape)
    words = reader.texts(view.at)
    for shown in (f"{alphas[j]:.4g}", f"{lrs[i]:.4g}", "2(1+\\alpha)", "2(1 + α)"):
        assert not any(shown in w for w in words), shown
    assert not view.said("maps.notice.theory", star=r"\([^()]*\)")
    # once every step is answered, the theory and the fastest cell are back
    at = view.at
    for step, value in (("momentum_edge", 1.9), ("fastest", 0.3)):
        pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
        pills.set_value(step).run()
        at = check_answer(at, step, value)
    words = reader.texts(at)
    assert any(f"{alphas[j]:.4g}" in w for w in words)
    assert any("2(1+\\alpha)" in w for w in words)


def _in_order(node, out: list) -> list:
    children = getattr(node, "children", None)
    for child in children.values() if isinstance(children, dict) else children or []:
        out.append(child)
        _in_order(child, out)
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_what_waits_for_the_answer_is_where_the_hint_says(lang):
    """The hint said the sentence "above the map" stays hidden; what an answer shows (the
    sentence and its explanation) is below the map, and the hint says so."""
    hint = CATALOG["maps.study_hidden"][lang]
    assert ("below the map" in hint) if lang == "en" else ("图下方" in hint)
    assert "above" not in hint and "上方" not in hint

    def texts(at):
        out = []
        for node in _in_order(at.main, []):
            value = getattr(node, "value", None)
            if isinstance(value, str) and getattr(node, "type", "") in {"markdown", "alert"}:
                out.append(value)
            elif getattr(node, "type", "") == "plotly_chart":
                out.append("<map>" if getattr(node, "key", None) == "map_chart" else "<chart>")
        return out

    before = texts(choose(lang, "gd_edge"))
    after = texts(view_gd_edge(lang))
    shown = [k for k, text in enumerate(after) if text not in before]
    assert shown and "<map>" in after
    assert min(shown) > after.index("<map>"), (after, shown)
