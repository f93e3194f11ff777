"""The Playground's study-step reveals (pages/playground/steps.py LEDGER): each sentence's
numbers, read back from the words, against the paths the contour draws (one "lines+markers"
trace per optimizer, named by its title), and the learner's answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import optimizers
from pages.playground import steps
from tests import ledger as reader
from tests.ledgers.paths import surface
from tests.lessons import chart, check_answer, choose_step, no_exceptions, open_page
from ui import readings, study
from ui.i18n import CATALOG

LESSON = "playground"


def choose(lang: str, step: str) -> AppTest:
    return choose_step(open_page(LESSON, lang), LESSON, step)


def answer(lang: str, step: str, value) -> AppTest:
    """Open the Playground, choose `step` and answer it with `value`."""
    return check_answer(choose(lang, step), LESSON, step, value)


GUESS = (1.2, 0.4)  # the example point: momentum's end at step 50 is 1.78 from it


def view_valley_end(lang):
    return answer(lang, "valley_end", GUESS)


def view_valley_end_right(lang):
    """A guess 0.06 from momentum's drawn end at step 50, (−0.52, −0.06)."""
    return answer(lang, "valley_end", (-0.5, 0.0))


def view_valley_end_stopped(lang):
    """Momentum's end guessed at (5, 0), then 500 steps: both runs have stopped in the bowl
    (at (0, 0) to two places), 5 from the guess."""
    at = answer(lang, "valley_end", (5.0, 0.0))
    return at.slider(key="steps").set_value(500).run()


def view_valley_first(lang):
    return answer(lang, "valley_first", "momentum")


def view_valley_first_wrong(lang):
    return answer(lang, "valley_first", "sgd")


def view_saddle(lang):
    return answer(lang, "saddle", "near_saddle")


def view_saddle_wrong(lang):
    return answer(lang, "saddle", "escaped")


def view_saddle_stopped(lang):
    """The saddle answered, then a start on the x axis (y = 0) and 200 steps: no push along y,
    so both runs slide into the saddle point and stop there."""
    at = view_saddle(lang)
    at.slider(key="y0").set_value(0.0)
    return at.slider(key="steps").set_value(200).run()


def paths(view: reader.View) -> dict[str, np.ndarray]:
    """Each drawn path on the contour: its name → its points (n, 2)."""
    named = reader.traces(view.chart("contour"), mode="lines+markers")
    titles = {CATALOG[f"optimizer.{o}.title"][view.lang] for o in optimizers.names()}
    return {
        name: np.column_stack(reader.xy(trace)) for name, trace in named.items() if name in titles
    }


def path(view: reader.View, name: str) -> np.ndarray:
    drawn = paths(view)
    assert name in drawn, f"no path {name!r} drawn: {list(drawn)}"
    return drawn[name]


def title(view: reader.View, optimizer: str) -> str:
    return CATALOG[f"optimizer.{optimizer}.title"][view.lang]


def given(view: reader.View, step: str):
    return view.at.session_state["_study_answers"][(LESSON, step)]


def near(a, b) -> float:
    return float(np.linalg.norm(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))


def first_within(points: np.ndarray, radius: float = 0.5) -> int | None:
    inside = np.flatnonzero(np.linalg.norm(points, axis=1) <= radius)
    return int(inside[0]) if inside.size else None


def has_stopped(view, points: np.ndarray) -> bool:
    """ "Stopped" read from the drawn points: each of the last five drawn steps shorter than
    0.01 % of the surface's widest side (`readings.stopped`)."""
    tol = readings.stop_tolerance(surface(view).domain)
    return readings.stopped(points, readings.STOP_WINDOW, tol)


# how the point sentence said the verdict's distance a second time ("…, still moving, 1.78
# away." beside "Close: 1.78 away; within 0.8 …"); the verdict alone says it now
REPEAT = {"en": " away", "zh": "相距"}


def check_valley_end(view, said):
    mom = path(view, title(view, "momentum"))
    assert has_stopped(view, mom), f"said stopped, still moving: {readings.step_lengths(mom)[-5:]}"
    check_valley_end_at(view, said, mom)


def check_valley_end_moving(view, said):
    mom = path(view, title(view, "momentum"))
    assert not has_stopped(view, mom), "said still moving, it stopped"
    check_valley_end_at(view, said, mom)


def check_valley_end_at(view, said, mom):
    assert said.number("steps") == len(mom) - 1
    assert (said.number("x"), said.number("y")) == tuple(round(float(v), 2) for v in mom[-1])
    guess = (said.number("gx"), said.number("gy"))
    assert guess == tuple(round(float(v), 2) for v in given(view, "valley_end"))
    # how far the guess is, the verdict says (check_valley_end_verdict); not said again here
    sentence = said.text[said.start : said.end]
    assert REPEAT[view.lang] not in sentence, sentence


def check_valley_end_verdict(view, said):
    """Right, close or off, read from the words, against the distance from the learner's point
    to momentum's last drawn point and 2 % of the drawn surface's longer side (this step's
    own tolerance: at 5 % the minimum itself was right, 0.52 from momentum's end)."""
    mom = path(view, title(view, "momentum"))
    dist = round(near(given(view, "valley_end"), mom[-1]), 2)
    tol = round(0.02 * max(hi - lo for lo, hi in surface(view).domain), 2)
    assert said.number("dist") == dist and said.number("tol") == tol
    assert said.number("pct") == 2
    assert said.number("far") == pytest.approx(3 * tol)
    expected = "right" if dist <= tol else "close" if dist <= 3 * tol else "off"
    assert said["verdict"] == CATALOG[f"study.verdict.{expected}"][view.lang], (dist, tol)


def check_valley_end_gd(view, said):
    gd = path(view, title(view, "sgd"))
    assert has_stopped(view, gd), f"said stopped, still moving: {readings.step_lengths(gd)[-5:]}"
    assert said.number("x") == round(float(gd[-1, 0]), 2), (said["x"], gd[-1])


def check_valley_end_gd_moving(view, said):
    gd = path(view, title(view, "sgd"))
    assert not has_stopped(view, gd), "said still moving, it stopped"
    assert said.number("steps") == len(gd) - 1
    assert said.number("x") == round(float(gd[-1, 0]), 2), (said["x"], gd[-1])


def check_valley_reached(view, said):
    k = first_within(path(view, said["name"].strip()))
    assert k is not None and said.number("step") == k, (said["step"], k)


def check_valley_never(view, said):
    drawn = path(view, said["name"].strip())
    assert first_within(drawn) is None
    assert said.number("steps") == len(drawn) - 1
    assert said.number("dist") == round(near(drawn[-1], (0, 0)), 2)


def check_valley_first(view, said):
    titles = {title(view, key): key for key in ("sgd", "momentum")}
    firsts = {titles[name]: first_within(p) for name, p in paths(view).items() if name in titles}
    reached = {key: k for key, k in firsts.items() if k is not None}
    winner = min(reached, key=reached.get) if reached else "neither"
    right = said.text.startswith(CATALOG["study.choice.right"][view.lang])
    assert (given(view, "valley_first") == winner) == right, (given(view, "valley_first"), winner)
    named = CATALOG[f"playground.step.valley_first.opt.{winner}"][view.lang]
    assert f"“{named}”" in said.text, (named, said.text)
    # every drawn path is in the list
    listed = [
        s["name"].strip()
        for key in ("reached", "never")
        for s in reader.said(
            [said["runs"]], f"playground.step.valley_first.{key}", view.lang, name=steps._NAME
        )
    ]
    assert sorted(listed) == sorted(paths(view)), (listed, list(paths(view)))


def check_saddle_run(view, said):
    drawn = path(view, said["name"].strip())
    assert has_stopped(view, drawn), f"said stopped: {readings.step_lengths(drawn)[-5:]}"
    check_saddle_end(said, drawn[-1])


def check_saddle_run_moving(view, said):
    drawn = path(view, said["name"].strip())
    assert not has_stopped(view, drawn), "said still moving, it stopped"
    assert said.number("steps") == len(drawn) - 1
    check_saddle_end(said, drawn[-1])


def check_saddle_end(said, end):
    assert (said.number("x"), said.number("y")) == tuple(round(float(v), 2) for v in end)
    assert said.number("dist") == round(near(end, (0, 0)), 2)


def check_saddle(view, said):
    gd = path(view, title(view, "sgd"))
    if near(gd[-1], (0, 0)) <= 0.5:
        fate = "near_saddle"
    elif near(gd[-1], gd[0]) <= 0.5:
        fate = "start"
    else:
        fate = "escaped"
    right = said.text.startswith(CATALOG["study.choice.right"][view.lang])
    assert (given(view, "saddle") == fate) == right, (given(view, "saddle"), fate)
    named = CATALOG[f"playground.step.saddle.opt.{fate}"][view.lang]
    assert f"“{named}”" in said.text, (named, said.text)


def test_an_open_question_hides_the_paths_and_the_presets_notice():
    at = choose("en", "saddle")
    no_exceptions(at)
    drawn = [np.column_stack(xy) for xy in _lines(at)]
    assert drawn and all(len(p) == 1 for p in drawn)  # each path at its start only
    assert CATALOG["preset.saddle_momentum.notice"]["en"] not in [i.value for i in at.info]
    assert not at.error  # no divergence alert either


def _lines(at):
    from tests.lessons import lines

    return lines(chart(at, "contour"), mode="lines+markers").values()


def test_a_point_question_draws_the_guess_while_open_and_after_the_reveal():
    at = choose("en", "valley_end")
    no_exceptions(at)
    key = f"study-answer-{LESSON}-valley_end"
    assert "your guess" not in reader.traces(chart(at, "contour"))  # nothing guessed yet
    assert at.button(key=f"study-check-{LESSON}-valley_end").disabled
    at.number_input(key=f"{key}-x").set_value(1.2)
    at.number_input(key=f"{key}-y").set_value(0.4).run()
    no_exceptions(at)
    fig = chart(at, "contour")
    guess = reader.traces(fig)["your guess"]
    assert reader.xy(guess)[0].tolist() == pytest.approx([1.2]) and guess["mode"] == "markers"
    assert reader.xy(guess)[1].tolist() == pytest.approx([0.4])
    assert all(len(x) == 1 for x, _ in _lines(at))  # the paths still wait at their start
    at.button(key=f"study-check-{LESSON}-valley_end").click().run()
    # answered: the runs show, and the guess stays drawn beside them (issue 33)
    kept = reader.traces(chart(at, "contour"))["your guess"]
    assert [float(v[0]) for v in reader.xy(kept)] == pytest.approx([1.2, 0.4])
    assert any(len(x) > 1 for x, _ in _lines(at))
    assert at.session_state["_progress"]["steps"][LESSON]["valley_end"] == [1.2, 0.4]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_momentum_s_end_in_the_valley_is_read_from_the_drawn_path(lang):
    view = reader.View(view_valley_end(lang), LESSON, lang)
    no_exceptions(view.at)
    mom = path(view, title(view, "momentum"))
    gd = path(view, title(view, "sgd"))
    # ε = 0.1 on x²/10: gradient descent keeps 0.98 of x per step, 7 · 0.98⁵⁰ ≈ 2.55 left
    assert gd[-1, 0] == pytest.approx(-7 * 0.98**50, abs=1e-3)
    assert mom[:, 0].max() == pytest.approx(2.07, abs=0.01)  # momentum overshoots x = 0
    # neither has stopped at step 50: momentum's last step is ≈ 0.04 long, gradient descent's
    # 0.02 · 2.55 ≈ 0.05, against 0.01 % of the bowl's widest side (16): 0.0016
    assert readings.step_lengths(mom)[-1] > 0.03 and readings.step_lengths(gd)[-1] > 0.04
    assert not view.said("playground.step.valley_end.point")  # not "stopped at"
    assert not view.said("playground.step.valley_end.gd", x=steps._NUMBER)
    (said,) = view.said("playground.step.valley_end.point.moving")  # fmt: skip
    assert said.number("steps") == 50 and (said.number("gx"), said.number("gy")) == GUESS
    assert (said.number("x"), said.number("y")) == (-0.52, -0.06)
    assert tuple(mom[-1]) == pytest.approx((-0.52, -0.06), abs=0.005)
    # |(1.2, 0.4) − (−0.52, −0.06)| = √(1.72² + 0.46²) ≈ 1.78, against 2 % of 16 = 0.32
    # (this step's own tolerance), said once: by the verdict ("1.78 away; within 0.32 …"),
    # not again by the sentence
    assert " ".join(view.texts).count("1.78") == 1, view.texts
    (verdict,) = view.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    assert verdict["verdict"] == CATALOG["study.verdict.off"][lang]
    assert (verdict.number("dist"), verdict.number("tol"), verdict.number("far")) == (
        1.78,
        0.32,
        0.96,
    )
    assert verdict.number("pct") == 2
    (gd_said,) = view.said("playground.step.valley_end.gd.moving", x=steps._NUMBER)
    assert gd_said.number("x") == -2.55 and gd_said.number("steps") == 50
    assert not reader.check_view(view)
    right = reader.View(view_valley_end_right(lang), LESSON, lang)
    (verdict,) = right.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    assert verdict["verdict"] == CATALOG["study.verdict.right"][lang]
    assert verdict.number("dist") == 0.06  # |(−0.5, 0) − (−0.52, −0.06)|
    assert not reader.check_view(right)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_minimum_itself_is_not_where_momentum_is_after_50_steps(lang):
    """Fresh read: a guess of the minimum (0, 0) was graded right (0.52 within 0.8, 5 % of the
    longer side), beside "at step 50 momentum was at (−0.52, −0.06), still moving". The step's
    own tolerance is 2 % (0.32): the minimum is close, not right, and the drawn end is 0.52
    from it."""
    view = reader.View(answer(lang, "valley_end", (0.0, 0.0)), LESSON, lang)
    no_exceptions(view.at)
    mom = path(view, title(view, "momentum"))
    gap = float(np.hypot(*mom[-1]))
    assert 0.32 < gap < 0.96, gap
    (verdict,) = view.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    assert verdict["verdict"] == CATALOG["study.verdict.close"][lang]
    assert verdict.number("dist") == round(gap, 2) and verdict.number("tol") == 0.32
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_runs_that_stopped_are_said_to_have_stopped(lang):
    """At 500 steps both runs in the bowl have stopped (gradient descent keeps 0.98 of x per
    step: 7 · 0.98⁵⁰⁰ ≈ 3·10⁻⁴ left, steps of ≈ 6·10⁻⁶); on the saddle from y = 0 both slide
    into (0, 0) and stop there."""
    view = reader.View(view_valley_end_stopped(lang), LESSON, lang)
    no_exceptions(view.at)
    assert not view.said("playground.step.valley_end.point.moving")
    (said,) = view.said("playground.step.valley_end.point")
    assert said.number("steps") == 500 and said.number("x") == 0.0
    # (5, 0) is 5 from (0, 0): beyond 3 × 0.8 = 2.4
    (verdict,) = view.said("study.verdict.point", verdict=study.VERDICT_FIELD)
    assert verdict["verdict"] == CATALOG["study.verdict.off"][lang]
    assert verdict.number("dist") == 5.0
    (gd_said,) = view.said("playground.step.valley_end.gd", x=steps._NUMBER)
    assert gd_said.number("x") == 0.0  # −0.0003 to two places
    assert not reader.check_view(view)
    view = reader.View(view_saddle_stopped(lang), LESSON, lang)
    no_exceptions(view.at)
    ends = view.said("playground.step.saddle.run", name=steps._NAME)
    assert len(ends) == 2 and all(s.number("dist") == 0.0 for s in ends)
    assert not view.said("playground.step.saddle.run.moving", name=steps._NAME)
    assert not reader.check_view(view)


def test_who_comes_near_first_and_the_saddle_reveals_say_right_or_wrong():
    view = reader.View(view_valley_first_wrong("en"), LESSON, "en")
    no_exceptions(view.at)
    text = next(i.value for i in view.at.info if i.value.startswith("Not quite"))
    # the shared verdict names the right option: momentum, the one run the figure brings
    # within 0.5 (at step 35; SGD never does)
    verdict = CATALOG["study.choice.verdict.named"]["en"].format(
        verdict=CATALOG["study.choice.wrong"]["en"],
        right=CATALOG["playground.step.valley_first.opt.momentum"]["en"],
        text="In the figure, ",
    )
    assert text.startswith(verdict)
    assert "Momentum first came within 0.5 at step 35" in text
    assert "SGD did not come within 0.5 in 50 steps and ended 2.55 away" in text
    assert not reader.check_view(view)
    view = reader.View(view_saddle("en"), LESSON, "en")
    # the shared verdict names the right option: SGD ends 0.17 from the saddle, within 0.5
    verdict = CATALOG["study.choice.verdict.named"]["en"].format(
        verdict=CATALOG["study.choice.right"]["en"],
        right=CATALOG["playground.step.saddle.opt.near_saddle"]["en"],
        text="In the end, ",
    )
    text = next(i.value for i in view.at.info if i.value.startswith(verdict))
    # 0.01 · 1.1²⁵ = 0.108, and y still grows by ×1.1 a step: not "stopped"
    assert "SGD was at (-0.13, 0.11) at step 25, still moving, 0.17 from the saddle" in text
    assert not reader.check_view(view)
