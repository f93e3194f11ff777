"""The regularisation-network lesson's study steps: each reveal's numbers, read back from the
words, against the weight histograms (`rn_weights`) and loss curves (`rn_curves`) drawn, and
the results kept hidden while a question is open."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.figures import decode
from ui.i18n import CATALOG

LESSON = "regularization-network"
KINDS = ("none", "l2", "l1", "dropout")


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_sparse(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "sparse"), "sparse", "l2")


def view_stop(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "stop"), "stop", 2000.0)


def view_gap(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "gap"), "gap", "none")


def name(view, kind: str) -> str:
    return CATALOG[f"regnet.{kind}"][view.lang]


def small(view) -> dict[str, int]:
    """Per variant, the drawn histogram counts left of log₁₀|w| = −2, over every layer."""
    out: dict[str, int] = {}
    for trace in view.chart("rn_weights")["data"]:
        x, y = np.asarray(decode(trace["x"]), float), np.asarray(decode(trace["y"]), float)
        out[trace["name"]] = out.get(trace["name"], 0) + int(y[x < -2].sum())
    return out


def curve(view, kind: str, which: str):
    label = f"{name(view, kind)} · {CATALOG[f'regnet.{which}'][view.lang]}"
    return reader.xy(reader.traces(view.chart("rn_curves"))[label])


def check_sparse(view, said):
    counts = small(view)
    shown = {k: int(said.number(k)) for k in ("none", "l2", "l1")}
    assert shown == {k: counts[name(view, k)] for k in shown}, (shown, counts)
    assert said["saw"] == max(counts, key=counts.__getitem__)


def check_stop(view, said):
    steps, valid = curve(view, "none", "valid")
    k = int(np.argmin(valid))
    assert said.number("step") == steps[k]
    assert said.number("best") == round(float(valid[k]), 3)
    assert said.number("end") == steps[-1]
    assert said.number("last") == round(float(valid[-1]), 3)
    assert said.number("off") == abs(said.number("answer") - steps[k])


def gaps(view) -> dict[str, float]:
    return {
        name(view, k): float(curve(view, k, "valid")[1][-1] - curve(view, k, "train")[1][-1])
        for k in KINDS
    }


def check_gap(view, said):
    drawn = gaps(view)
    assert said.number("end") == curve(view, "none", "valid")[0][-1]
    listed = dict(
        item.strip().rsplit(" ", 1) for item in said["gaps"].replace("；", ";").split(";")
    )  # "none 0.519; L2 0.241; …"
    assert {k: reader.number(v) for k, v in listed.items()} == {
        k: round(g, 3) for k, g in drawn.items()
    }
    assert said["saw"] == min(drawn, key=drawn.__getitem__)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_histograms_wait_for_the_answer_then_l1_holds_the_most_small_weights(lang):
    at = choose(open_page(LESSON, lang), "sparse")
    no_exceptions(at)
    hidden = reader.View(at, LESSON, lang)
    # no histograms (at most the figure's empty axes frame, no trace drawn), no table yet
    assert not any(fig.get("data") for fig in hidden.charts()) and not at.table
    at = answer(at, "sparse", "l2")
    no_exceptions(at)
    view = reader.View(at, LESSON, lang)
    counts = small(view)
    assert counts[name(view, "l1")] > counts[name(view, "l2")] > counts[name(view, "none")]
    (said,) = view.said("regnet.step.sparse.feedback")
    check_sparse(view, said)
    assert said["saw"] == name(view, "l1")
