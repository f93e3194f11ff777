"""The regularisation lesson's study steps: each reveal's numbers, read back from the words,
against the solution markers and paths (`reg_l2`, `reg_l1`) and the validation curve
(`reg_es`) the figures draw, and the solutions kept hidden while a question is open."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui.i18n import CATALOG

LESSON = "regularization"


def choose(at: AppTest, step: str) -> AppTest:
    return choose_step(at, LESSON, step)


def answer(at: AppTest, step: str, value) -> AppTest:
    return check_answer(at, LESSON, step, value)


def view_zero(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "zero"), "zero", "l2")


def view_stop(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "stop"), "stop", 50.0)


def view_near(lang: str) -> AppTest:
    return answer(choose(open_page(LESSON, lang), "near"), "near", "none")


def trace(view: reader.View, chart: str, key: str, **fields) -> np.ndarray:
    x, y = reader.xy(reader.traces(view.chart(chart))[CATALOG[key][view.lang].format(**fields)])
    return np.stack([x, y], axis=1)


def check_zero(view, said):
    lam = said["lam"]
    (l2,) = trace(view, "reg_l2", "reg.solution", lam=lam)
    (l1,) = trace(view, "reg_l1", "reg.solution", lam=lam)
    assert [said.number(k) for k in ("a1", "a2")] == [round(float(v), 3) for v in l2]
    assert [said.number(k) for k in ("b1", "b2")] == [round(float(v), 3) for v in l1]
    zeros = (bool(np.any(l2 == 0.0)), bool(np.any(l1 == 0.0)))
    kind = {(False, True): "l1", (True, False): "l2", (True, True): "both"}.get(zeros, "neither")
    assert said["saw"] == CATALOG[f"reg.step.zero.opt.{kind}"][view.lang]


def check_stop(view, said):
    x, val = reader.xy(reader.traces(view.chart("reg_es"))[CATALOG["reg.es.val"][view.lang]])
    k = int(np.argmin(val))
    assert said.number("k") == x[k]
    assert said.number("best") == round(float(val[k]), 3)
    assert said.number("off") == abs(said.number("answer") - x[k])


def check_near(view, said):
    stopped = trace(view, "reg_l2", "reg.gd")[-1]
    assert [said.number("w1"), said.number("w2")] == [round(float(v), 2) for v in stopped]
    l2, l1 = trace(view, "reg_l2", "reg.path"), trace(view, "reg_l1", "reg.path")
    d = {
        "l2": float(np.min(np.linalg.norm(l2 - stopped, axis=1))),
        "l1": float(np.min(np.linalg.norm(l1 - stopped, axis=1))),
        "none": float(np.linalg.norm(l2[0] - stopped)),
    }
    assert [said.number(k) for k in ("d2", "d1", "d0")] == [round(d[k], 2) for k in d]
    nearest = min(d, key=d.__getitem__)
    assert said["saw"] == CATALOG[f"reg.step.near.opt.{nearest}"][view.lang]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_solutions_wait_for_the_answer_then_l1_reads_zero_from_the_drawn_marker(lang):
    at = choose(open_page(LESSON, lang), "zero")
    no_exceptions(at)
    names = set(reader.traces(reader.View(at, LESSON, lang).chart("reg_l1")))
    assert CATALOG["reg.solution"][lang].format(lam="0.3") not in names
    assert not any(e.proto.id.endswith("-reg_es") for e in at.get("plotly_chart"))
    at = answer(at, "zero", "l2")
    no_exceptions(at)
    view = reader.View(at, LESSON, lang)
    (l1,) = trace(view, "reg_l1", "reg.solution", lam="0.3")
    assert l1[1] == 0.0 and l1[0] == pytest.approx(1.494, abs=1e-3)  # soft-thresholded w₂
    (said,) = view.said("reg.step.zero.feedback")
    check_zero(view, said)
    assert said["saw"] == CATALOG["reg.step.zero.opt.l1"][lang]
