"""The initialisation lesson's study steps: each reveal's numbers, read back from the words,
against the activation histograms the figure draws and the spreads the table shows; and an
open question hides the histograms, the verdict and the tables."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.initialization import steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "initialization"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_ends(lang: str) -> AppTest:
    return answer(lang, "ends", "middle")


def view_he(lang: str) -> AppTest:
    return answer(lang, "he", 2.0)


def view_zero(lang: str) -> AppTest:
    return answer(lang, "zero", "one_value")


def drawn_layer(view: reader.View, layer: int) -> tuple[np.ndarray, np.ndarray]:
    """Layer `layer`'s drawn activation histogram (1-based): bin centres and shares."""
    trace = reader.traces({"data": [view.chart("init_acts")["data"][layer - 1]]})
    return reader.xy(next(iter(trace.values())))


def spreads(view: reader.View) -> tuple[float, float]:
    """Layer 1's and layer 6's activation spreads as the table under the figure prints them."""
    table = view.at.table[0].value
    row = table.iloc[0]  # the activations' row
    return float(row.iloc[1]), float(row.iloc[-1])


def shown(view: reader.View, key: str) -> reader.Said:
    """The one shown instance of a reveal sentence, read with its ledger entry's fields."""
    (entry,) = [e for e in steps.LEDGER if e.key == key]
    (said,) = view.said(key, **entry.fields)
    return said


def check_ends(view, said):
    x, y = drawn_layer(view, int(said.number("layer")))
    share = float(np.sum(y[(x < 0.05) | (x > 0.95)]))
    assert said.number("share") == pytest.approx(100 * share, abs=0.5), (said["share"], share)
    reader.choice_verdict(view, said, "ends", steps.ends_kind(x, y))


def check_he(view, said):
    first, last = spreads(view)
    # printed as the table prints them (0.830 beside 0.873, not 0.83)
    row = view.at.table[0].value.iloc[0]
    assert (said["first"], said["last"]) == (str(row.iloc[1]), str(row.iloc[-1])), said.text
    assert said.number("first") == pytest.approx(first, rel=5e-3)
    assert said.number("last") == pytest.approx(last, rel=5e-3)
    ratio = said.number("last") / said.number("first")
    assert said.number("ratio") == pytest.approx(ratio, abs=0.01 + 0.01 * ratio)


def check_zero(view, said):
    x, y = drawn_layer(view, int(said.number("layer")))
    k = int(np.argmax(y))
    assert said.number("share") == pytest.approx(100 * y[k], abs=0.5)
    assert said.number("value") == pytest.approx(x[k], abs=0.005)
    reader.choice_verdict(view, said, "zero", steps.zero_kind(x, y))


def check_grads(view, said):
    row = view.at.table[0].value.iloc[1]  # the gradients' row, layer 1 … layer n
    back = [float(v) for v in row.iloc[1:]][::-1]
    path = [float(v) for v in said["path"].split(" → ")]
    assert path == pytest.approx(back, rel=1e-9), (path, back)
    assert int(said.number("top")) == len(back) and int(said.number("n")) == len(back) - 1
    assert said.number("ratio") == pytest.approx(back[-1] / back[0], abs=0.006)
    assert int(said.number("down")) == sum(b < a for a, b in itertools.pairwise(back))


def test_the_saturated_sigmoids_gradient_is_read_from_the_table():
    """Issue 31: the reveal said the gradient is squeezed at every layer; the table prints
    0.00109 → 0.00102 → 0.00102 → 0.000930 → 0.000889 → 0.000912 from layer 6 back to 1."""
    view = reader.View(view_ends("zh"), LESSON, "zh")
    said = shown(view, "init.step.ends.grads")
    check_grads(view, said)
    assert said.number("ratio") == pytest.approx(0.84, abs=0.005)
    assert int(said.number("down")) == 3  # equal once (0.00102), up once (layer 2 → 1)
    assert "每经过一层都被压小" not in " ".join(view.texts)


def test_an_open_question_hides_the_histograms_and_verdicts_then_the_reveal_reads_them():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("ends").run()
    no_exceptions(at)
    # the question is open: no histogram, no verdict, no table of spreads or of the note
    assert not at.get("plotly_chart") and not at.table
    assert not at.success and not at.warning
    at.radio(key=f"study-answer-{LESSON}-ends").set_value("ends").run()
    at.button(key=f"study-check-{LESSON}-ends").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    said = shown(view, "init.step.ends.feedback")
    check_ends(view, said)
    # N(0, 1) weights into sigmoid units: about 73 % of layer 6 in the flat ends
    assert 65 <= said.number("share") <= 80 and said["picked"] == "堆在 0 和 1 两端"
    assert at.warning  # the verdict (saturated) is back


def test_he_keeps_the_spread_and_zero_gives_one_value():
    view = reader.View(view_he("en"), LESSON)
    no_exceptions(view.at)
    said = shown(view, "init.step.he.feedback")
    check_he(view, said)
    assert (said["first"], said["last"]) == ("0.830", "0.873")  # was "0.83" beside "0.873"
    assert said.number("ratio") == pytest.approx(1.05, abs=0.05)  # 0.873 / 0.830
    assert said.number("answer") == 2.0
    # the distance is the verdict's ("your answer is 0.95 from 1.05"), not said a second time
    assert not any("from your answer" in text for text in view.texts)
    view = reader.View(view_zero("en"), LESSON)
    said = shown(view, "init.step.zero.feedback")
    check_zero(view, said)
    # W = 0: every sum is 0 and every sigmoid gives 0.5: one bar, the one holding 0.5
    assert said.number("share") == 100 and said["value"] == "0.50"
    assert CATALOG["init.step.zero.opt.one_value"]["en"] in said.text


def test_zero_weights_put_every_sigmoid_at_the_bar_of_0_5():
    """Fresh read: the reveal said '位于 0.51' beside 'Sigmoid 输出都是 0.5' — 0.51 was the
    centre of the bar 0.500…0.525 the value sat on the edge of. The drawn bar is now centred on
    the value every unit gives, sigmoid(0) = 0.5, and the sentence reads 0.50."""
    for lang in ("zh", "en"):
        view = reader.View(view_zero(lang), LESSON, lang)
        said = shown(view, "init.step.zero.feedback")
        check_zero(view, said)
        x, y = drawn_layer(view, int(said.number("layer")))
        assert x[int(np.argmax(y))] == pytest.approx(0.5, abs=1e-12)
        assert said["value"] == "0.50" and said.number("share") == 100
    assert steps.PRESETS["zero_sigmoid"] == ("zero", "sigmoid")
    assert CATALOG["init.step.zero.opt.one_value"]["en"] in said.text
