"""The batch-normalisation lesson's study steps: each reveal's numbers, read back from the words,
against the histograms and curves the figure draws; an open question hides the figure and the
lesson's sentences."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.batch_normalization import steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "batch-normalization"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_layers(lang: str) -> AppTest:
    return answer(lang, "layers", 30.0)


def view_rates(lang: str) -> AppTest:
    return answer(lang, "rates", "both")


def view_inputs(lang: str) -> AppTest:
    return answer(lang, "inputs", "unit")


def curve(view: reader.View, chart: str, name: str) -> np.ndarray:
    return reader.xy(reader.traces(view.chart(chart))[name])[1]


def last_share(view: reader.View, which: str) -> float:
    """The share of the last drawn histogram's mass in bins centred below 0.05 or above 0.95."""
    trace = reader.traces({"data": [view.chart(f"bn_hist_{which}")["data"][-1]]})
    x, y = reader.xy(next(iter(trace.values())))
    return 100 * float(np.sum(y[(x < 0.05) | (x > 0.95)]))


def shown(view: reader.View, key: str) -> reader.Said:
    """The one shown instance of a reveal sentence, read with its ledger entry's fields."""
    (entry,) = [e for e in steps.LEDGER if e.key == key]
    (said,) = view.said(key, **entry.fields)
    return said


def check_layers(view, said):
    assert int(said.number("layer")) == len(view.chart("bn_hist_bn")["data"])
    plain, bn = last_share(view, "plain"), last_share(view, "bn")
    assert said.number("plain") == pytest.approx(plain, abs=0.5)
    assert said.number("bn") == pytest.approx(bn, abs=0.5)


def check_rates(view, said):
    drawn = []
    for which in ("plain", "bn"):
        name = f"ε = {said['lr']} · {CATALOG[f'bn.{which}'][view.lang]}"
        y = curve(view, "bn_rates", name)
        assert said.number(f"{which}0") == pytest.approx(y[0], rel=5e-3)
        assert said.number(f"{which}1") == pytest.approx(y[-1], rel=5e-3)
        drawn.append(y)
    reader.choice_verdict(view, said, "rates", steps.rates_kind(*drawn))


def check_inputs(view, said):
    ends = {}
    for how in ("raw", "centred", "unit"):
        ends[how] = float(curve(view, "bn_inputs", CATALOG[f"bn.{how}"][view.lang])[-1])
        assert said.number(how) == pytest.approx(ends[how], rel=5e-3)
    best = min(ends, key=ends.__getitem__)
    assert said["best"] == CATALOG[f"bn.step.inputs.opt.{best}"][view.lang]
    reader.choice_verdict(view, said, "inputs", best)


def test_an_open_question_hides_the_figure_and_sentences_then_the_reveal_reads_them():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("rates").run()
    no_exceptions(at)
    assert at.radio(key="bn_view").value == "rates"  # the step's view, set by one click
    # the question is open: no curve, no sentence on the rates or the other views
    assert not at.get("plotly_chart")
    assert not any("BN" in m.value for m in at.markdown if "%" in m.value or "ε" in m.value)
    at.radio(key=f"study-answer-{LESSON}-rates").set_value("bn_only").run()
    at.button(key=f"study-check-{LESSON}-rates").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    said = shown(view, "bn.step.rates.feedback")
    check_rates(view, said)
    # ε = 3: without BN the loss rises past its start 9.93; with BN it falls from 7.40
    assert said.number("plain1") > said.number("plain0") == pytest.approx(9.93, abs=0.01)
    assert said.number("bn1") < 0.1 * said.number("bn0")


def test_the_layers_and_inputs_steps_read_the_drawn_figures():
    view = reader.View(view_layers("en"), LESSON)
    no_exceptions(view.at)
    said = shown(view, "bn.step.layers.feedback")
    check_layers(view, said)
    # N(0, 1) into sigmoid: about two thirds of layer 5 saturated without BN, none with it
    assert 55 <= said.number("plain") <= 75 and said.number("bn") <= 1
    # the distance is the verdict's ("your answer is 30 from 0"), not said a second time
    assert not any("points from your answer" in text for text in view.texts)
    view = reader.View(view_inputs("en"), LESSON)
    said = shown(view, "bn.step.inputs.feedback")
    check_inputs(view, said)
    # 200 steps at ε = 0.1: 0.492 raw, 0.358 centred, 0.426 unit-normalised
    assert said["best"] == "zero-centred" and said.number("raw") == pytest.approx(0.492, abs=0.002)
