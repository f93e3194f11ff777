"""While a study question is open, the lesson draws its figure's axes, not a blank, and the
hint says what is hidden (a reader found a large blank on /regularization-network and no figure
at all on /long-term-dependencies, under "答题前，图中的轨迹……先隐藏")."""

from __future__ import annotations

import pytest

from tests import ledger as reader
from tests.lessons import open_page
from ui.i18n import t

CASES = [
    ("regularization-network", "gap", "rn_curves_frame", "regnet.study_hidden", {"rn_view": "curves"}),
    ("regularization-network", "stop", "rn_curves_frame", "regnet.study_hidden", {"rn_view": "curves"}),
    ("regularization-network", "sparse", "rn_weights_frame", "regnet.study_hidden", {}),
    ("long-term-dependencies", "vanish", "ltd_norm_frame", "ltd.study_hidden", {}),
]  # fmt: skip


@pytest.mark.parametrize(("lesson", "step", "frame", "hint", "query"), CASES)
def test_an_open_question_draws_the_figures_axes_and_says_what_is_hidden(
    lesson, step, frame, hint, query
):
    for lang in ("zh", "en"):
        at = open_page(lesson, lang, **query)
        pills = next(b for b in at.get("button_group") if b.key == f"study-{lesson}")
        at = pills.set_value(step).run()
        assert not at.exception
        view = reader.View(at, lesson, lang)
        fig = view.chart(frame)  # drawn: its axes and titles
        assert not fig.get("data"), "the frame gives the answer away"
        # nor a line or label at a data point: the early-stopping step's dotted line at 1100
        # (the question's answer) was drawn on the empty axes
        assert not fig["layout"].get("shapes"), fig["layout"]["shapes"]
        assert all(
            (a.get("xref"), a.get("yref")) == ("paper", "paper")
            for a in fig["layout"].get("annotations", [])
        )
        axes = [k for k in fig["layout"] if k.startswith("xaxis")]
        assert any(fig["layout"][a].get("title") for a in axes), axes  # titled axes
        assert t(hint, lang) in view.texts, view.texts
        assert t("study.hidden", lang) not in view.texts
