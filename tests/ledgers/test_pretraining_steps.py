"""The pre-training lesson's study steps: each reveal's numbers, read back from the words,
against the validation curves the figure draws; an open question hides the curves and the
lesson's sentences."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.pretraining import steps as lesson_steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "pretraining"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_start(lang: str) -> AppTest:
    return answer(lang, "start", 1.0)


def view_lowest(lang: str) -> AppTest:
    return answer(lang, "lowest", "same")


def view_more(lang: str) -> AppTest:
    return answer(lang, "more", "grows")


def drawn(view: reader.View, start: str) -> tuple[np.ndarray, np.ndarray]:
    """The drawn validation curve of `start` ("pretrained" or "random"), by its legend name."""
    name = CATALOG[f"pretrain.{start}"][view.lang]
    return reader.xy(reader.traces(view.chart("pt_curves"))[name])


def check_start(view, said):
    p, r = drawn(view, "pretrained")[1], drawn(view, "random")[1]
    assert said.number("p0") == pytest.approx(p[0], abs=6e-4)
    assert said.number("r0") == pytest.approx(r[0], abs=6e-4)


def check_lowest(view, said):
    for start, loss, at in (("pretrained", "lp", "sp"), ("random", "lr", "sr")):
        steps, y = drawn(view, start)
        k = int(np.argmin(y))
        assert said.number(loss) == pytest.approx(y[k], abs=6e-4)
        assert int(said.number(at)) == int(steps[k])
    lowest = (float(drawn(view, s)[1].min()) for s in ("pretrained", "random"))
    reader.choice_verdict(view, said, "lowest", lesson_steps.lowest_kind(*lowest))


def check_more(view, said):
    assert view.widget("pt_n").value == said["n"]
    lp, lr = (float(drawn(view, s)[1].min()) for s in ("pretrained", "random"))
    assert said.number("lp") == pytest.approx(lp, abs=6e-4)
    assert said.number("lr") == pytest.approx(lr, abs=6e-4)
    assert said.number("gap") == pytest.approx(lr - lp, abs=1.1e-3)
    # against the gap the curves drawn with 50 examples show (the lesson opens with 50)
    fifty = reader.View(open_page(LESSON, view.lang), LESSON, view.lang)
    assert fifty.widget("pt_n").value == "50"
    gap50 = float(drawn(fifty, "random")[1].min() - drawn(fifty, "pretrained")[1].min())
    assert gap50 == pytest.approx(0.148, abs=1e-3)  # as the question says
    reader.choice_verdict(view, said, "more", lesson_steps.more_kind(lr - lp, gap50))


def test_an_open_question_hides_the_curves_then_the_reveal_reads_them():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("lowest").run()
    no_exceptions(at)
    # the question is open: no slice, no curve, no sentence on the accuracies or the curves
    assert not at.get("plotly_chart")
    assert not any(m.value.startswith("- ") for m in at.markdown)
    at.radio(key=f"study-answer-{LESSON}-lowest").set_value("pretrained").run()
    at.button(key=f"study-check-{LESSON}-lowest").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    (said,) = view.said("pretrain.step.lowest.feedback", lr=r"-?\d+(?:\.\d+)?")
    check_lowest(view, said)
    # 50 examples: 0.173 at step 25 from the pre-trained start, 0.321 at step 125 from random
    assert (said.number("lp"), said.number("sp")) == (pytest.approx(0.173, abs=1e-3), 25)
    assert (said.number("lr"), said.number("sr")) == (pytest.approx(0.321, abs=1e-3), 125)


def test_the_start_and_more_steps_read_the_drawn_curves():
    view = reader.View(view_start("en"), LESSON)
    no_exceptions(view.at)
    (said,) = view.said("pretrain.step.start.feedback")
    check_start(view, said)
    # a zero output layer: both at ln 2 = 0.693, 0.307 below the answer 1.0
    assert said.number("p0") == said.number("r0") == pytest.approx(np.log(2), abs=6e-4)
    assert said.number("answer") == 1.0
    # the distance is the verdict's ("your answer is 0.307 from 0.693"), not said a second time
    assert not any("from your answer" in text for text in view.texts)
    view = reader.View(view_more("en"), LESSON)
    (said,) = view.said("pretrain.step.more.feedback")
    check_more(view, said)
    # 200 examples: 0.106 against 0.120, 0.014 apart (0.148 with 50)
    assert said["n"] == "200" and said.number("gap") == pytest.approx(0.014, abs=1.1e-3)
