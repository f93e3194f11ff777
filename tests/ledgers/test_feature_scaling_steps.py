"""The feature-scaling lesson's study steps: each reveal's numbers, read back from the words,
against the excess-loss curves the lower figure draws (`fs_curves`), and the step counts kept
hidden while a question is open."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from pages.feature_scaling import steps
from tests import ledger as reader
from tests.lessons import chart, check_answer, choose_step, lines, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "feature-scaling"


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_raw(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "raw"), "raw", 1000.0)


def view_ratio(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "ratio"), "ratio", "tens")


def view_tighter(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "tighter"), "tighter", "double")


def curve(view: reader.View, how: str):
    """The drawn excess-loss curve of the panel `how` (raw, standard, minmax): steps, ratios."""
    name = CATALOG[f"scaling.{how}"][view.lang]
    return reader.xy(reader.traces(view.chart("fs_curves"))[name])


def first_below(view: reader.View, how: str, tol: float) -> int:
    x, y = curve(view, how)
    return int(x[(y < tol).argmax()])


def option(view: reader.View, step: str, shown: str) -> str:
    """The option whose text is `shown` (the learner's pick or the drawn kind)."""
    found = [o for o in ("same", "tens", "hundreds", "double", "huge")
             if CATALOG.get(f"scaling.step.{step}.opt.{o}", {}).get(view.lang) == shown]  # fmt: skip
    assert found, f"no option of {step} reads “{shown}”"
    return found[0]


def check_raw(view, said):
    hit = first_below(view, "raw", 1e-4)
    assert said.number("steps") == hit, (said["steps"], hit)


def check_ratio(view, said):
    raw, std = first_below(view, "raw", 1e-4), first_below(view, "standard", 1e-4)
    assert (said.number("raw"), said.number("std")) == (raw, std)
    assert said.number("ratio") == round(raw / std)
    # the kind named is where the drawn ratio falls: under 3×, 3–100×, over 100×
    kind = "same" if raw / std < 3 else ("tens" if raw / std <= 100 else "hundreds")
    assert option(view, "ratio", said["saw"]) == kind


def check_tighter(view, said):
    raw, tight = first_below(view, "raw", 1e-4), first_below(view, "raw", 1e-8)
    assert (said.number("raw"), said.number("tight")) == (raw, tight)
    assert said.number("ratio") == pytest.approx(tight / raw, abs=0.005)
    kind = "same" if tight / raw < 1.5 else ("double" if tight / raw <= 4 else "huge")
    assert option(view, "tighter", said["saw"]) == kind


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_open_question_hides_the_step_counts_then_the_reveal_reads_the_drawn_curve(lang):
    at = choose(open_page(LESSON, lang), "raw")
    no_exceptions(at)
    shown = "\n".join(reader.texts(at))
    assert "2370" not in shown and "2 370" not in shown  # the raw panel's count, hidden
    assert not any(e.proto.id.endswith("-fs_curves") for e in at.get("plotly_chart"))
    # the notice says the paths wait for the answer: each contour draws its start only
    for how in ("raw", "standard"):
        paths = lines(chart(at, f"fs_{how}"), "lines+markers")
        assert paths and all(len(x) == 1 for x, _ in paths.values()), (how, paths)
    at = answer(at, "raw", 1000.0)
    no_exceptions(at)
    x, y = lines(chart(at, "fs_curves"))[CATALOG["scaling.raw"][lang]]
    hit = int(x[(y < 1e-4).argmax()])
    assert hit == 2370  # κ ≈ 1029: (1 − 2/κ)^2t under 10⁻⁴ needs t ≈ κ·ln(10⁴)/4
    expected = CATALOG["scaling.step.raw.feedback"][lang].format(answer="1000", steps=2370)
    assert any(box.value.startswith(expected) for box in at.info)  # then its verdict
    # the distance, 1370, is the verdict's alone (it was said twice)
    assert sum("1370" in text or "1 370" in text for text in reader.texts(at)) == 1


def test_the_tighter_step_reads_double_from_the_drawn_raw_curve():
    at = view_tighter("en")
    no_exceptions(at)
    assert at.slider(key="fs_tol").value == -8  # the step's preset set the view
    x, y = lines(chart(at, "fs_curves"))[CATALOG["scaling.raw"]["en"]]
    assert int(x[(y < 1e-8).argmax()]) == 4741
    # "double" is the drawn truth: the shared verdict says so first (ui.study.choice_verdict)
    text = next(box.value for box in at.info if box.value.startswith("Right. You picked"))
    assert "step 2370 and under 10⁻⁸ at step 4741, 2.00 times" in text
    assert text.endswith("“about twice as many”.")
    assert steps.tighter_kind(4741 / 2370) == "double"
