"""The long-term-dependencies lesson's study steps: each reveal's numbers, read back from the
words, against the ‖Wᵗv‖ curve the figure draws; an open question hides the curves and the
verdict."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import chart, check_answer, choose_step, no_exceptions, open_page
from ui import study
from ui.i18n import CATALOG

LESSON = "long-term-dependencies"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_explode(lang: str) -> AppTest:
    return answer(lang, "explode", 64.0)


def view_vanish(lang: str) -> AppTest:
    return answer(lang, "vanish", "stays")


def view_race(lang: str) -> AppTest:
    return answer(lang, "race", 1.02)


def view_race_steady(lang: str) -> AppTest:
    """The race step answered, then λ₂ set to 0.5: the length grows steadily, no zig-zag."""
    at = view_race(lang)
    return at.slider(key="lam2").set_value(0.5).run()


def view_race_range(lang: str) -> AppTest:
    """The race step answered, then λ₂ set to 0.95: the length grows with no zig-zag, its last
    factors not yet all one (0.95³⁰ = 0.21 of λ₂'s part is left)."""
    at = view_race(lang)
    return at.slider(key="lam2").set_value(0.95).run()


def drawn(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The drawn ‖Wᵗv‖ curve: t and the length."""
    return reader.xy(reader.traces(view.chart("ltd_norm"))[CATALOG["ltd.norm"][view.lang]])


def check_explode(view, said):
    ts, norms = drawn(view)
    assert int(said.number("t")) == int(ts[-1])
    assert said.number("start") == pytest.approx(norms[0], rel=5e-3)
    assert said.number("end") == pytest.approx(norms[-1], rel=5e-3)


def check_vanish(view, said):
    ts, norms = drawn(view)
    assert int(said.number("t")) == int(ts[-1])
    assert said.number("start") == pytest.approx(norms[0], rel=5e-3)
    assert said.number("end") == pytest.approx(norms[-1], rel=5e-3)
    assert said.number("rate") == pytest.approx(norms[-1] / norms[-2], abs=6e-4)
    kind = {"lower": "vanishes", "higher": "explodes", "same": "stays"}
    reader.choice_verdict(view, said, "vanish", kind[study.compare(norms[-1], norms[0])])


def check_race(view, said):
    _, norms = drawn(view)
    span = int(said.number("span"))
    rate = (norms[-1] / norms[-1 - span]) ** (1 / span)
    assert said.number("rate") == pytest.approx(rate, abs=6e-4)


def check_against(view, said):
    ts, norms = drawn(view)
    assert int(said.number("t")) == int(ts[-1])
    assert said.number("now") == pytest.approx(norms[-1] / norms[0], rel=5e-3)
    # step 1's view by hand: v = (1, 1) = a·u₁ + b·u₂ with u₁ = (1, 0), u₂ = (cos 0.6, sin 0.6):
    # b = 1/sin 0.6, a = 1 − b·cos 0.6 = −0.4617; late on ‖W^t v‖ ≈ |a|·1.1^t (0.5^t gone)
    b = 1 / np.sin(0.6)
    a = 1 - b * np.cos(0.6)
    t = int(ts[-1])
    late = np.hypot(a * 1.1**t + b * 0.5**t * np.cos(0.6), b * 0.5**t * np.sin(0.6))
    assert said.number("grown") == pytest.approx(late / np.sqrt(2), rel=5e-3)


def factors(norms: np.ndarray, span: int) -> np.ndarray:
    return norms[-span:] / norms[-span - 1 : -1]


def check_zigzag(view, said):
    ts, norms = drawn(view)
    span = int(said.number("span"))
    f = factors(norms, span)
    assert all((f[1:] - 1) * (f[:-1] - 1) < 0), f"no zig-zag in the drawn factors {f}"
    assert int(said.number("falls")) == int(np.sum(f < 1))
    assert said.number("r1") == pytest.approx(f[-2], abs=6e-4)
    assert said.number("r2") == pytest.approx(f[-1], abs=6e-4)
    for i in range(3):
        assert int(said.number(f"t{i}")) == int(ts[i - 3])
        assert said.number(f"n{i}") == pytest.approx(norms[i - 3], rel=6e-4)


def check_steady(view, said):
    _, norms = drawn(view)
    f = factors(norms, int(said.number("span")))
    assert said.number("low") == pytest.approx(f.min(), abs=6e-4)
    assert said.number("high") == pytest.approx(f.max(), abs=6e-4)


def check_steady_one(view, said):
    _, norms = drawn(view)
    f = factors(norms, int(said.number("span")))
    assert {f"{v:.3f}" for v in f} == {said["rate"]}, (said["rate"], f)


def test_an_open_question_hides_the_curves_then_the_reveal_reads_them():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("vanish").run()
    no_exceptions(at)
    assert at.slider(key="lam1").value == pytest.approx(0.9)  # the step's view, one click
    # the question is open: no verdict (exploding / vanishing) and no curve: the only chart
    # is the norm figure's frame, its axes with no data drawn in them
    assert not at.error and not at.warning and not at.success
    charts = at.get("plotly_chart")
    assert [c.proto.id.rsplit("-", 1)[-1] for c in charts] == ["ltd_norm_frame"]
    frame = chart(at, "ltd_norm_frame")
    assert frame["data"] == [], "the open question's frame draws data that gives the answer away"
    assert frame["layout"]["xaxis"]["range"] == [0, 40]  # the steps' axis, ready for the curve
    at.radio(key=f"study-answer-{LESSON}-vanish").set_value("explodes").run()
    at.button(key=f"study-check-{LESSON}-vanish").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    (said,) = view.said("ltd.step.vanish.feedback", rate=r"-?\d+(?:\.\d+)?")
    check_vanish(view, said)
    # the reveal draws the curves in place of the frame
    keys = {c.proto.id.rsplit("-", 1)[-1] for c in at.get("plotly_chart")}
    assert "ltd_norm" in keys and "ltd_norm_frame" not in keys
    assert len(drawn(view)[1]) > 1
    # λ = 0.9 and 0.5 from (1, 1): 1.41 → 0.00682 in 40 steps, ×0.900 at the last
    assert said.number("end") == pytest.approx(0.00682, abs=1e-5)
    assert said.number("rate") == pytest.approx(0.9, abs=1e-3) and at.warning


def test_the_explode_and_race_steps_read_the_drawn_length():
    view = reader.View(view_explode("en"), LESSON)
    no_exceptions(view.at)
    (said,) = view.said("ltd.step.explode.feedback")
    check_explode(view, said)
    # v's part along λ₁ = 1.1 is −0.462 (v = (1, 1), V = [(1, 0), (cos 0.6, sin 0.6)]):
    # |−0.462| · 1.1⁴⁰ = 20.9, 43.1 from the answer 64 (the verdict says how far)
    assert said.number("end") == pytest.approx(20.9, abs=0.05) and said.number("answer") == 64
    assert not any("from your answer" in text for text in view.texts)
    view = reader.View(view_race("en"), LESSON)
    (said,) = view.said("ltd.step.race.feedback")
    check_race(view, said)
    # |−1.05| wins over 1.02: about ×1.05 per step over the last 10 (1.052)
    assert said.number("rate") == pytest.approx(1.052, abs=1e-3)
    # issue 31: that is only the mean; the drawn length zig-zags, ×1.209 then ×0.916,
    # 12.71 at t = 39 and 11.64 at t = 40, falling at 5 of the last 10 steps
    (said,) = view.said("ltd.step.race.zigzag")
    check_zigzag(view, said)
    assert said.number("r2") == pytest.approx(0.916, abs=1e-3)
    assert said.number("n2") == pytest.approx(11.64, abs=0.01)
    assert int(said.number("falls")) == 5
    assert "steadily" not in " ".join(view.texts)


def test_the_vanish_step_compares_with_step_1s_drawn_growth():
    """Issue 31: the vanish step's words said step 1 grew 'dozens of times'; its figure drew
    1.41 → 20.9, 14.8 times."""
    first = reader.View(view_explode("zh"), LESSON, "zh")
    _, grown = drawn(first)
    view = reader.View(view_vanish("zh"), LESSON, "zh")
    (said,) = view.said("ltd.step.vanish.against")
    check_against(view, said)
    assert said.number("grown") == pytest.approx(grown[-1] / grown[0], rel=5e-3)
    assert said.number("grown") == pytest.approx(14.8, abs=0.05)
    assert "几十倍" not in " ".join(view.texts)


def test_the_vanish_step_names_study_step_1_not_iteration_1():
    """Fresh read (中文, wrong answer "仍然爆炸"): "同样 40 步，第 1 步的 λ₁ = 1.1、λ₂ = 0.5 把长度
    放大…" read "第 1 步" as iteration 1 of the recurrence, the axis the figure draws. It now
    names the study step ("学习步骤 1", "study step 1") in both languages."""
    for lang, name, wrong in (
        ("zh", "学习步骤 1", "第 1 步的"),
        ("en", "study step 1", " step 1's λ"),
    ):
        view = reader.View(answer(lang, "vanish", "explodes"), LESSON, lang)
        (said,) = view.said("ltd.step.vanish.against")
        text = " ".join(view.texts)
        assert name in said.text and wrong not in text.replace("study step 1's λ", "")
