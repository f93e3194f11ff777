"""The edge-of-stability lesson's study steps: each reveal's numbers, read back from the words,
against the curves the figure draws; and an open question hides the figure and its sentences."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.edge_of_stability import steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page

LESSON = "edge-of-stability"


def answer(lang: str, step: str, value) -> AppTest:
    """Open the lesson, choose `step` and answer it with `value`."""
    return check_answer(choose_step(open_page(LESSON, lang), LESSON, step), LESSON, step, value)


def view_level(lang: str) -> AppTest:
    return answer(lang, "level", 8.0)


def view_loss(lang: str) -> AppTest:
    return answer(lang, "loss", "blows_up")


def view_quadratic(lang: str) -> AppTest:
    return answer(lang, "quadratic", 0.5)


def view_alpha_held(lang: str) -> AppTest:
    """The reader's view: α = 0.9, then a step opened (and answered, so the figure is drawn)."""
    at = choose_step(open_page(LESSON, lang, eos_alpha="0.9"), LESSON, "level")
    return check_answer(at, LESSON, "level", 8.0)


def check_alpha_held(view, said):
    alpha = said.number("alpha")
    assert float(view.widget("eos_alpha").value) == alpha  # the slider shows the α stated
    if "before" in said.fields:
        kept = view.at.session_state[steps.PINNED]
        assert said.number("before") == pytest.approx(kept) and kept != alpha
    try:
        fig = view.chart("eos_chart")
    except KeyError:  # an open question hides the figure: the slider is what is drawn
        return
    rates = {
        tr["legendgroup"]: float(tr["name"].removeprefix("ε = "))
        for tr in fig["data"]
        if tr.get("yaxis") == "y" and tr.get("name", "").startswith("ε = ")
    }
    limits = [
        (rates[tr["legendgroup"]], reader.xy(reader.traces({"data": [tr]})[tr.get("name")])[1])
        for tr in fig["data"]
        if (tr.get("xaxis"), tr.get("yaxis")) == ("x2", "y")
        and tr.get("legendgroup") in rates
        and not tr.get("name")
    ]
    assert len(limits) == len(rates) > 0
    for lr, y in limits:
        assert y[0] == pytest.approx(2 * (1 + alpha) / lr, rel=1e-6), (lr, y[0], alpha)


def drawn(view: reader.View, lr: str) -> dict[str, np.ndarray]:
    """The curves drawn for rate `lr` (as the sentence prints it), found by the trace names
    and axes the figure draws them on."""
    fig = view.chart("eos_chart")
    (group,) = [
        tr["legendgroup"]
        for tr in fig["data"]
        if tr.get("name") == f"ε = {lr}" and tr.get("yaxis") == "y"
    ]
    out = {}
    for tr in fig["data"]:
        if tr.get("legendgroup") != group:
            continue
        x, y = reader.xy(reader.traces({"data": [tr]})[tr.get("name")])
        axes = (tr["xaxis"], tr["yaxis"])
        if axes == ("x2", "y"):
            out["sharp" if tr.get("name") else "limit"] = (x, y)
        elif axes == ("x", "y2"):
            out["loss"] = (x, y)
        elif axes == ("x3", "y4"):
            out["quad"] = (x, y)
    return out


def shown(view: reader.View, key: str) -> reader.Said:
    fields = next(e.fields for e in steps.LEDGER if e.key == key and hasattr(e, "fields"))
    (said,) = view.said(key, **(fields or {}))
    return said


def check_level(view, said):
    run = drawn(view, said["lr"])
    x, y = run["sharp"]
    later = y[(x >= x[-1] / 2) & np.isfinite(y)]
    level = float(np.median(later))
    assert said.number("level") == pytest.approx(level, abs=0.051), (said["level"], level)
    limit = float(run["limit"][1][0])
    assert said.number("limit") == pytest.approx(limit, rel=1e-3)
    # its range over that half, and how often it was above the limit: "it hovers around it,
    # going above it again and again" (ε = 0.1 went up to 1.36 × its limit)
    assert said.number("low") == pytest.approx(later.min(), abs=0.051)
    assert said.number("high") == pytest.approx(later.max(), abs=0.051)
    assert said.number("low_ratio") <= later.min() / limit
    assert said.number("high_ratio") >= later.max() / limit
    assert said.number("high_ratio") - later.max() / limit < 0.01
    assert said.number("later") == later.size
    assert said.number("above") == int(np.sum(later > limit))
    assert said.number("ratio") == pytest.approx(level / limit, abs=0.006)


def entry_step(view: reader.View, lr: str) -> tuple[int, str]:
    """The step the drawn λ_max of `lr` first comes within 10 % of its drawn dashed limit
    (else first above that band; else 0), and which of the three it is."""
    run = drawn(view, lr)
    x, sharp = run["sharp"]
    limit = float(run["limit"][1][0])
    inside = np.flatnonzero(np.isfinite(sharp) & (np.abs(sharp - limit) <= 0.1 * limit))
    if inside.size:
        return int(x[inside[0]]), "stayed"
    above = np.flatnonzero(sharp > 1.1 * limit)
    return (int(x[above[0]]), "past") if above.size else (0, "below")


def check_loss(view, said):
    from ui.i18n import t

    x, loss = drawn(view, said["lr"])["loss"]
    end = int(said.number("end"))
    assert np.isfinite(loss[: end + 1]).all() and x[end] == end
    since, kind = entry_step(view, said["lr"])
    assert int(said.number("since")) == min(since, end), (said["since"], since)
    assert said["when"] == t(f"eos.step.loss.since.{kind}", view.lang, pct="10"), said["when"]
    assert said.number("first") == pytest.approx(loss[since], rel=5e-3)
    assert said.number("last") == pytest.approx(loss[end], rel=5e-3)
    assert said.number("rises") == int(np.sum(np.diff(loss[since : end + 1]) > 0))
    assert said.number("steps") == end - since
    reader.choice_verdict(view, said, "loss", steps.loss_kind(loss, since))


def check_quadratic(view, said):
    fig = view.chart("eos_chart")
    lam = float(reader.xy(reader.traces(fig)["λ₀"])[1][0])
    assert said.number("lam") == pytest.approx(lam, rel=5e-3)
    # 2/λ rounded down to 4 places: no rate up to the printed bound diverges
    assert said["bound"] == f"{math.floor(2 / lam * 1e4) / 1e4:.4f}", (said["bound"], 2 / lam)
    quads = [tr for tr in fig["data"] if (tr.get("xaxis"), tr.get("yaxis")) == ("x3", "y4")]
    ends_lower = 0
    for tr in quads:
        y = reader.xy(reader.traces({"data": [tr]})[tr.get("name")])[1]
        y = y[np.isfinite(y)]
        ends_lower += bool(y.size > 1 and y[-1] < y[0])
    assert said.number("total") == len(quads)
    assert said.number("n") == ends_lower
    # one step at the answered ε multiplies x by 1 − ελ of the drawn λ; the words say whether
    # x shrinks, grows or stays, as |1 − ελ| is below, above or at 1
    answered = float(view.at.session_state["_study_answers"][(LESSON, "quadratic")])
    factor = 1 - answered * lam
    (kind,) = [
        k
        for k in steps.FATES
        if reader.pattern(f"eos.step.quadratic.fate.{k}", view.lang).fullmatch(said["fate"])
    ]
    stated = reader.number(re.search(r"1 − ελ = ([−-]?[\d.]+)", said["fate"]).group(1))
    assert stated == pytest.approx(factor, abs=6e-4), (stated, factor)
    size = abs(factor)
    assert kind == ("shrinks" if size < 1 else "grows" if size > 1 else "stays"), (kind, factor)
    if kind != "stays":  # as written, the factor is on the side of ±1 the words say
        assert (abs(stated) < 1) == (kind == "shrinks"), (said["fate"], factor)
    if kind == "grows":  # and x does grow at that ε on the drawn λ: 100 steps from x = 1
        assert size**100 > 1


def test_an_open_question_hides_the_figure_then_the_reveal_reads_it():
    at = open_page(LESSON, "zh")
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("level").run()
    no_exceptions(at)
    # the question is open: no figure, no sentence on the runs, no caption on the quadratic
    assert not at.get("plotly_chart")
    assert not any(m.value.startswith("- ε = ") for m in at.markdown)
    assert not at.caption or all("½λx²" not in c.value for c in at.caption)
    at.number_input(key=f"study-answer-{LESSON}-level").set_value(8.0).run()
    at.button(key=f"study-check-{LESSON}-level").click().run()
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    said = shown(view, "eos.step.level.feedback")
    check_level(view, said)
    # ε = 0.1 from λ_max 8.48: it settles at its limit 2/ε = 20 (note 001's ελ_max < 2)
    assert said["lr"] == "0.1" and said.number("limit") == 20
    assert said.number("level") == pytest.approx(20, abs=0.6)
    assert said.number("answer") == 8
    # the distance is the verdict's ("你的答案与 20.1 相差 12.1"), not said a second time
    assert not any("与你的答案差" in text for text in view.texts)


def test_the_loss_and_quadratic_steps_read_the_drawn_curves():
    view = reader.View(view_loss("en"), LESSON)
    no_exceptions(view.at)
    said = shown(view, "eos.step.loss.feedback")
    check_loss(view, said)
    # ε = 0.2: 0.381 → 0.0222 in 3000 steps, rising at about half of them
    # counted from step 40, where the drawn λ_max first came within 10 % of 2/ε = 10
    assert said.number("since") == 40 and said.number("last") < 0.03
    assert said.number("end") == 3000 and 1000 < said.number("rises") < 2000
    at = view.at
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value("quadratic").run()
    at.number_input(key=f"study-answer-{LESSON}-quadratic").set_value(0.5).run()
    at.button(key=f"study-check-{LESSON}-quadratic").click().run()
    view = reader.View(at, LESSON)
    said = shown(view, "eos.step.quadratic.feedback")
    check_quadratic(view, said)
    # λ = 8.48: 2/λ = 0.236, and every default rate (0.02 … 0.2) is below it
    assert said.number("bound") == pytest.approx(0.236, abs=1e-3)
    assert (said.number("n"), said.number("total")) == (4, 4)
    assert steps.RATE == {"level": 0.1, "loss": 0.2}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_loss_reveal_and_the_runs_sentence_count_the_same_drawn_rises(lang):
    """A student read "rose at 1314 of 2960 steps" in ε = 0.2's sentence and "higher than the
    step before at 1319 steps" in the loss question's reveal: one counted from step 40 (where
    λ_max reached 2/ε), the other from step 0. Both now count the drawn loss from the same
    step, name it, and give the same numbers, equal to the count on the drawn curve."""
    view = reader.View(view_loss(lang), LESSON, lang)
    no_exceptions(view.at)
    reveal = shown(view, "eos.step.loss.feedback")
    check_loss(view, reveal)
    (sentence,) = [s for s in view.said("eos.loss.bumpy") if f"ε = {reveal['lr']}" in s.text[
        s.text.rfind("\n", 0, s.start) + 1 : s.start]]  # fmt: skip
    x, loss = drawn(view, reveal["lr"])["loss"]
    since, _kind = entry_step(view, reveal["lr"])
    rises = int(np.sum(np.diff(loss[x >= since]) > 0))
    assert (since, rises) == (40, 1314), (since, rises)
    assert int(sentence.number("first")) == int(reveal.number("since")) == since
    assert int(sentence.number("rises")) == int(reveal.number("rises")) == rises
    assert int(sentence.number("steps")) == int(reveal.number("steps")) == int(x[-1]) - since


def test_a_step_holds_alpha_at_zero_says_so_and_gives_it_back():
    """A lecturer at α = 0.9 opened a step: α dropped to 0 unsaid, and moving it back to 0.9
    left questions and reveals on 2/ε = 20 (ε = 0.1) beside a drawn 2(1+α)/ε = 38. Now the
    steps hold α at 0 (the slider shown, not movable), a line beside it says so and what α was,
    the drawn limits are 2/ε whatever the slider is sent, and closing the steps gives α back."""
    at = choose_step(open_page(LESSON, "zh", eos_alpha="0.9"), LESSON, "level")
    no_exceptions(at)
    slider = at.slider(key="eos_alpha")
    assert slider.value == 0 and slider.disabled
    (note,) = [c.value for c in at.caption if "α" in c.value and "0.9" in c.value]
    assert "α = 0" in note and "原为 0.9" in note
    at.session_state["eos_alpha"] = 0.9  # a stale slider (not movable now: AppTest refuses)
    at.run()
    at = check_answer(at, LESSON, "level", 38.0)
    no_exceptions(at)
    view = reader.View(at, LESSON, "zh")
    (held,) = view.said("eos.step.alpha_held")
    check_alpha_held(view, held)
    said = shown(view, "eos.step.level.feedback")
    check_level(view, said)
    assert said.number("limit") == 20  # 2/ε, as the step's why says (2/ε = 20)
    assert "2/ε = 20" in at.markdown[-1].value or any("2/ε = 20" in m.value for m in at.markdown)
    pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
    pills.set_value(None).run()  # the steps closed: α = 0.9 again, and drawn so
    no_exceptions(at)
    assert at.slider(key="eos_alpha").value == pytest.approx(0.9)
    assert not at.slider(key="eos_alpha").disabled
    run = drawn(reader.View(at, LESSON, "zh"), "0.1")
    assert run["limit"][1][0] == pytest.approx(2 * 1.9 / 0.1, rel=1e-6)


def test_the_quadratic_reveal_shows_the_answer_as_precisely_as_its_difference():
    """Typed 0.236, the reveal read "你答 0.24" beside the bound 0.236. Second fresh read: 0.236
    was then graded right beside "x grows and gradient descent diverges" (2/λ = 0.235 75): the
    bound reads 0.2357, rounded down, and 0.236 is close, above it."""
    view = reader.View(answer("zh", "quadratic", 0.236), LESSON, "zh")
    said = shown(view, "eos.step.quadratic.feedback")
    check_quadratic(view, said)
    assert said["answer"] == "0.236" and said["bound"] == "0.2357"
    (verdict,) = view.said("study.verdict.number.at_most", verdict=r"答对了|接近|偏差较大")
    assert verdict["verdict"] == "接近", verdict.text


@pytest.mark.parametrize(
    ("value", "word", "kind"),
    [(0.23, "Right", "shrinks"), (0.24, "Close", "grows"), (0.25, "Close", "grows")],
)
def test_a_rate_that_diverges_on_the_quadratic_is_never_graded_right(value, word, kind):
    """0.24 and 0.25 were "Right" (within ±0.02 of 2/λ = 0.236), yet on the drawn λ = 8.48
    they diverge (|1 − ελ| = 1.036, 1.121): the largest ε that converges is right only at or
    below 2/λ, and the reveal says what the answered ε does to x."""
    view = reader.View(answer("en", "quadratic", value), LESSON)
    said = shown(view, "eos.step.quadratic.feedback")
    check_quadratic(view, said)
    bound = said.number("bound")
    assert (value > bound) == (kind == "grows")
    assert f"x {kind}" in said["fate"], said["fate"]
    (verdict,) = view.said("study.verdict.number.at_most", verdict=r"Right|Close|Off")
    assert verdict["verdict"] == word, verdict.text
