"""The batch-size lesson's study steps: each reveal's numbers, read back from the words,
against the loss curves (`mb_loss`) and the end points (`sf_contour`) the figures draw, and the
end points kept hidden while a question is open."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from tests import ledger as reader
from tests.lessons import chart, check_answer, choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "minibatch-noise"
PASS_X = landscapes.get("sharp_flat").saddles[0][0]  # the pass between valley and basin


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_epochs(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "epochs"), "epochs", "gd")


def view_small(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "small"), "small", 4.0)


def check_epochs(view, said):
    curves = reader.traces(view.chart("mb_loss"))
    ends = [float(reader.xy(trace)[1][-1]) for trace in curves.values()]  # gd, mini, sgd
    assert len(ends) == 3
    shown = [said.number(k) for k in ("gd", "mini", "sgd")]
    assert shown == [float(f"{e:.3g}") for e in ends], (shown, ends)
    lowest = ("gd", "mini", "sgd")[int(np.argmin(ends))]
    assert said["saw"] == CATALOG[f"minibatch.step.epochs.opt.{lowest}"][view.lang]


def check_count(view, said):
    # the filled diamonds inside the axes and the open ones held at their edge
    x = np.concatenate(
        [
            reader.xy(trace)[0]
            for name, trace in reader.traces(view.chart("sf_contour")).items()
            if name
            in (
                CATALOG[key][view.lang].format(b=said["b"])
                for key in ("minibatch.sharp.ends", "minibatch.sharp.ends_outside")
            )
        ]
    )
    assert said.number("total") == len(x)
    assert said.number("pass_x") == round(PASS_X, 2)
    assert said.number("left") == int(np.sum(x > PASS_X))
    assert said.number("off") == abs(said.number("answer") - said.number("left"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_end_points_wait_for_the_answer_then_the_count_is_read_from_them(lang):
    at = choose(open_page(LESSON, lang), "large")
    no_exceptions(at)
    names = list(reader.traces(chart(at, "sf_contour")))
    assert not any(str(n).startswith(CATALOG["minibatch.sharp.ends"][lang][:3]) for n in names)
    assert not any("B = 16" in n for n in names)  # no path, no end point
    at = answer(at, "large", 3.0)
    no_exceptions(at)
    name = CATALOG["minibatch.sharp.ends"][lang].format(b=16)
    x, _ = reader.xy(reader.traces(chart(at, "sf_contour"))[name])
    assert len(x) == 16 and int(np.sum(x > PASS_X)) == 0  # σ₁/4 noise stays in the valley
    expected = CATALOG["minibatch.step.count.feedback"][lang].format(
        answer="3", left=0, total=16, b=16, pass_x=f"{PASS_X:.2f}", off="3"
    )
    assert any(box.value.startswith(expected) for box in at.info)  # then its verdict


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_count_of_16_is_close_only_one_away(lang):
    """Fresh read (step 3, B = 16): the drawn end points right of the pass are 0 of 16, and
    answering 3 was graded "close" (right within ±1, close within ±3 on a count of 16). Now
    only the count itself is right and one away is close, and the verdict says so (±1)."""
    from ui.study import VERDICT_FIELD

    for given, word in ((3.0, "off"), (1.0, "close"), (0.0, "right")):
        at = answer(choose(open_page(LESSON, lang), "large"), "large", given)
        no_exceptions(at)
        view = reader.View(at, LESSON, lang)
        (count,) = view.said("minibatch.step.count.feedback")
        check_count(view, count)
        assert count["left"] == "0" and count["total"] == "16", count.text
        (said,) = view.said("study.verdict.number.exact_close", verdict=VERDICT_FIELD)
        assert said["verdict"] == CATALOG[f"study.verdict.{word}"][lang], (given, said.text)
        assert said["far"] == "1" and said["truth"] == "0", said.text
        assert not reader.check_view(view)


def test_the_why_counts_a_minibatch_epoch_as_the_floor_of_n_over_b():
    """Fresh read: step 1's why said "a minibatch run n/B steps" while the caption says
    ⌊n/B⌋ (B = 3: 6 steps per epoch on n = 20, the remainder dropped). The why says ⌊n/B⌋, and
    the drawn B = 3 loss curve has 6 points per epoch."""
    from tests import ledger as reader
    from tests.lessons import open_page

    view = reader.View(open_page("minibatch-noise", "en", mb_batch="3"), "minibatch-noise", "en")
    for tr in reader.traces(view.chart("mb_loss")).values():
        x, _ = reader.xy(tr)
        if "B = 3" in tr.get("name", ""):
            assert round(1.0 / float(x[1] - x[0])) == 20 // 3
    for key, text in reader.CATALOG.items():
        if key.startswith("minibatch.step.") and key.endswith(".why"):
            for lang in ("en", "zh"):
                assert " n/B " not in text[lang].replace("⌊n/B⌋", ""), (key, lang)
