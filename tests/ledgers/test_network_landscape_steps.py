"""The network-landscape lesson's study steps: each reveal's numbers, read back from the words,
against the table and the PCA figure the page draws; an open question hides them."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import optimizers
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui import study
from ui.i18n import CATALOG, t

LESSON = "network-landscape"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_residual(lang: str) -> AppTest:
    return answer(lang, "residual", "sharper")


def view_pca(lang: str) -> AppTest:
    return answer(lang, "pca", 20.0)


def view_accuracy(lang: str) -> AppTest:
    return answer(lang, "accuracy", 90.0)


def view_residual_same(lang: str) -> AppTest:
    """Adam ε = 0.01: λ_max 25.0 without, 24.9 with residual connections: about the same."""
    at = choose_step(open_page(LESSON, lang, nl_opt="adam"), LESSON, "residual")
    return check_answer(at, LESSON, "residual", "flatter")


def view_accuracy_adam(lang: str) -> AppTest:
    """Adam with residual connections on: the question names Adam, the run it is graded on."""
    at = choose_step(open_page(LESSON, lang, nl_opt="adam", nl_res="true"), LESSON, "accuracy")
    return check_answer(at, LESSON, "accuracy", 90.0)


def column(view: reader.View, key: str) -> list[str]:
    """A column of the table under the figure (without, then with residual connections)."""
    return [str(v) for v in view.at.table[0].value[CATALOG[key][view.lang]]]


def check_residual(view, said):
    off, on = (float(v) for v in column(view, "netland.sharpness_full"))
    assert said.number("off") == off and said.number("on") == on
    kind = {"lower": "flatter", "higher": "sharper", "same": "same"}[study.compare(on, off)]
    assert said.key.endswith(".same") == (kind == "same"), (said.key, kind)
    if kind == "same":  # how far apart, in % of the smaller, within the band
        pct = 100 * (max(off, on) / min(off, on) - 1)
        assert said.number("pct") == pytest.approx(pct, abs=0.051)
        assert said.number("band") == pytest.approx(100 * (study.ABOUT_SAME - 1))
        assert said.number("pct") <= said.number("band")
    else:
        assert said.number("ratio") == pytest.approx(max(off, on) / min(off, on), abs=0.051)
    reader.choice_verdict(view, said, "residual", kind)


def check_asked(view, said):
    name = view.widget("nl_opt").value
    assert said["opt"] == t(optimizers.get(name).title_key, view.lang)
    assert int(said["steps"]) == int(view.widget("nl_n").value)


def check_pca(view, said):
    fig = view.chart("nl_pca")
    title = fig["layout"]["xaxis"]["title"]["text"]
    share = CATALOG["netland.pc"][view.lang].format(k="₁", share=said["share"])
    assert title == share, (title, said["share"])
    second = fig["layout"]["yaxis"]["title"]["text"]
    assert second == CATALOG["netland.pc"][view.lang].format(k="₂", share=said["share2"])
    # the shares are of the path's squared offsets from θ* (no mean removed), as the words
    # say, not of its variance: their ratio is that of the drawn path's summed squared
    # coordinates (θ* at 0) along the two axes (centred it would be 71.6 % to 14.9 %)
    x, y = path_coords(view, fig)
    assert x[-1] == pytest.approx(0, abs=1e-9) and y[-1] == pytest.approx(0, abs=1e-9)
    drawn = float(np.sum(x**2) / np.sum(y**2))
    one, two = said.number("share"), said.number("share2")
    # each share as printed is within 0.5 % of its value
    assert (one - 0.5) / (two + 0.5) <= drawn <= (one + 0.5) / (two - 0.5), (one, two, drawn)
    assert one + two <= 100


def path_coords(view, fig):
    """The drawn training path on the PCA figure: the trace named as the run's optimizer."""
    name = t(optimizers.get(view.widget("nl_opt").value).title_key, view.lang)
    x, y = reader.xy(reader.traces(fig)[name])
    return np.asarray(x, float), np.asarray(y, float)


def check_accuracy(view, said):
    off, on = (float(v.removesuffix("%")) for v in column(view, "netland.accuracy"))
    assert said.number("off") == off and said.number("on") == on


def test_an_open_question_hides_the_results_then_the_reveal_reads_them():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("residual").run()
    no_exceptions(at)
    # the question is open: no picture, no numbers, no table, no sentence on the sharpness
    assert not at.get("plotly_chart") and not at.table and not at.metric
    assert not any(CATALOG["netland.with"]["zh"] in m.value for m in at.markdown)
    at.radio(key=f"study-answer-{LESSON}-residual").set_value("flatter").run()
    at.button(key=f"study-check-{LESSON}-residual").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    (said,) = view.said("netland.step.residual.feedback")
    check_residual(view, said)
    # SGD, ε = 0.5, 300 steps: λ_max 9.69 without, 3.90 with residual connections, ×2.5
    assert (said.number("off"), said.number("on")) == (9.69, 3.9)
    assert said.number("ratio") == pytest.approx(2.5)


def test_the_pca_and_accuracy_steps_read_the_drawn_results():
    view = reader.View(view_pca("en"), LESSON)
    no_exceptions(view.at)
    assert view.widget("nl_view").value == "pca"  # the step's view, one click
    (said,) = view.said("netland.step.pca.feedback")
    check_pca(view, said)
    # PC 1 holds 84 % of the path's variance; the answer was 20 (the verdict says how far)
    assert said.number("share") == 84 and said.number("answer") == 20
    assert not any("points from your answer" in text for text in view.texts)
    view = reader.View(view_accuracy("en"), LESSON)
    (said,) = view.said("netland.step.accuracy.feedback")
    check_accuracy(view, said)
    assert (said.number("off"), said.number("on")) == (97.0, 98.0)


def test_the_pca_step_names_the_drawn_parameter_count_and_the_variance_shares():
    """Fresh read (nl_view=pca): '网络有几百个参数 … 参数空间有几百维' beside the page's
    '参数个数 1 425', and '轨迹却几乎落在一条线上' beside axes of 84 % and 9 % and a visibly bent
    path. The question and why now name 1 425, the number the page's metric draws (both
    architectures), and the reveal states the two shares the axes name."""
    for lang in ("zh", "en"):
        view = reader.View(view_pca(lang), LESSON, lang)
        (said,) = view.said("netland.step.pca.feedback")
        check_pca(view, said)
        assert (said.number("share"), said.number("share2")) == (84, 9)
        counts = {m.value for m in view.at.metric if m.label == t("netland.params", lang)}
        assert counts == {"1 425"}, counts
        for part in ("question", "why"):
            assert "1 425" in t(f"netland.step.pca.{part}", lang)
        text = " ".join(view.texts)
        for wrong in ("几百", "hundreds", "一条线", "along one line"):
            assert wrong not in text, wrong


def test_the_residual_reveal_and_its_why_agree_with_an_about_the_same_run():
    """Fresh read (zh, Adam): "更平" got "不对：是'差不多'… 无残差连接 25.0，有残差连接 24.9，
    相差 1.0 倍", then a why saying the curvature gets smaller, the landscape smoother: the
    answer just marked wrong. Now the % apart (0.4 %), and a why true for every run."""
    for lang in ("zh", "en"):
        view = reader.View(view_residual_same(lang), LESSON, lang)
        no_exceptions(view.at)
        (said,) = view.said("netland.step.residual.feedback.same")
        check_residual(view, said)
        assert (said.number("off"), said.number("on"), said.number("pct")) == (25.0, 24.9, 0.4)
        assert not view.said("netland.step.residual.feedback")
        why = t("netland.step.residual.why", lang)
        assert why in view.texts
        # the why claims no outcome the run can contradict: it defers to the table
        for claim in ("曲率因此变小", "地形更平滑", "curvature in the parameters is smaller",
                      "landscape smoother"):  # fmt: skip
            assert claim not in why, claim


def test_the_accuracy_question_names_the_optimizer_run():
    """Fresh read (Adam, residual on): the question said "用 SGD 训练 300 步" and was graded
    against Adam's run (96.5 %). It names the optimizer and steps the table's run used."""
    for lang in ("zh", "en"):
        view = reader.View(view_accuracy_adam(lang), LESSON, lang)
        (asked,) = view.said("netland.step.accuracy.question")
        check_asked(view, asked)
        assert asked["opt"] == "Adam" and asked["steps"] == "300"
        assert "SGD" not in " ".join(view.texts)
        (said,) = view.said("netland.step.accuracy.feedback")
        check_accuracy(view, said)
        assert said.number("off") == 96.5
