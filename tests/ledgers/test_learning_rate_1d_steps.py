"""The 1-D learning-rate lesson's study-step reveals (pages/learning_rate_1d/steps.py LEDGER):
each sentence's numbers, read back from the words, against the iterates the "iterates" chart
draws (one trace per learning rate, named "ε = …"), and the learner's answer as kept."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from pages.learning_rate_1d import steps
from tests import ledger as reader
from tests.lessons import check_answer, choose_step, no_exceptions, open_page
from ui import readings
from ui.i18n import CATALOG

LESSON = "learning-rate-1d"


def answer(lang: str, step: str, value, iters: int | None = None) -> AppTest:
    """Open the lesson, choose `step` (then `iters` steps, if given) and answer it with `value`."""
    at = choose_step(open_page(LESSON, lang), LESSON, step)
    if iters is not None:
        at.slider(key="iters").set_value(iters).run()
    return check_answer(at, LESSON, step, value)


def view_where(lang):
    return answer(lang, "where", 1.2)


def view_where_stopped(lang):
    """The where step with 100 steps: ε = 1 creeps on until its steps fall below the tolerance."""
    return answer(lang, "where", 1.2, iters=100)


def view_sway_right(lang):
    return answer(lang, "sway", "shrinking")


def view_sway_wrong(lang):
    return answer(lang, "sway", "growing")


def view_threshold(lang):
    return answer(lang, "threshold", 0.5)


def answer_at(lang: str, step: str, value, **query: str) -> AppTest:
    """The lesson opened at `?step=<step>&<query>` (as a shared link opens it), then answered."""
    return check_answer(open_page(LESSON, lang, step=step, **query), LESSON, step, value)


def view_sway_steady(lang):
    """ε₂ = 1 on x²: the factor 1 − 2ε = −1, x = ±2.5 for ever (the reader's "swings shrinking")."""
    return answer_at(lang, "sway", "shrinking", fn="parabola", lr2="1")


def view_sway_lands(lang):
    """ε₂ = 0.5 on x²: the factor 1 − 2ε = 0, x = 0 from step 1 on."""
    return answer_at(lang, "sway", "shrinking", fn="parabola", lr2="0.5")


def view_sway_one_side(lang):
    """ε₂ = 0.3 on x²: the factor 0.4, x stays positive."""
    return answer_at(lang, "sway", "one_side", fn="parabola", lr2="0.3")


def view_left(lang):
    """Step 3 answered after the curve was switched to 25 sin x − x²."""
    at = choose_step(open_page(LESSON, lang), LESSON, "threshold")
    at.selectbox(key="fn").set_value("sin_minus_square").run()
    return check_answer(at, LESSON, "threshold", 1.0)


def view_left_ascent(lang):
    """Step 2 answered with ascent on (x² still drawn)."""
    at = choose_step(open_page(LESSON, lang), LESSON, "sway")
    at.toggle(key="ascent").set_value(True).run()
    return check_answer(at, LESSON, "sway", "growing")


def drawn(view: reader.View, lr: str) -> np.ndarray:
    """The iterates x₀ … x_n drawn for the run labelled ε = `lr`."""
    named = reader.traces(view.chart("iterates"))
    assert f"ε = {lr}" in named, f"no run ε = {lr} drawn: {list(named)}"
    return reader.xy(named[f"ε = {lr}"])[1]


def given(view: reader.View, step: str):
    return view.at.session_state["_study_answers"][(LESSON, step)]


STOP_TOL = readings.stop_tolerance(((-6.0, 4.0),))  # x + sin x is drawn on −6 … 4

# how the feedback sentence said the verdict's distance a second time ("…, 4.27 away." beside
# "Off: your answer is 4.27 from -3.07"); the verdict alone says it now
REPEAT = {"en": " away", "zh": "相差"}


def verdict_gives_the_distance(view, said, truth: float):
    """The verdict in the reveal's element says how far the learner's answer is from `truth`;
    the lesson's sentence (its own span) does not say it again."""
    (verdict,) = reader.said([said.text], "study.verdict.number", view.lang)
    assert verdict.number("truth") == round(truth, 2), (verdict["truth"], truth)
    dist = abs(said.number("answer") - truth)
    assert verdict.number("dist") == pytest.approx(dist, abs=0.006), (verdict["dist"], dist)
    sentence = said.text[said.start : said.end]
    assert REPEAT[view.lang] not in sentence, sentence


def check_where(view, said):
    x = drawn(view, said["lr"])
    # "停在 / stopped" is ui.readings.stopped on the drawn run; "still moving" is its negation
    moving = said.key.endswith("_moving")
    assert readings.stopped(x, readings.STOP_WINDOW, STOP_TOL) != moving, (said.key, x[-6:])
    if moving:
        assert said.number("last") == float(f"{abs(x[-1] - x[-2]):.2g}"), (said["last"], x[-2:])
    else:
        assert said.number("window") == readings.STOP_WINDOW
        assert said.number("tol") == float(f"{STOP_TOL:.2g}")
    assert said.number("steps") == len(x) - 1, (said["steps"], len(x) - 1)
    assert said.number("end") == round(float(x[-1]), 2), (said["end"], x[-1])
    assert said.number("answer") == round(float(given(view, "where")), 2)
    verdict_gives_the_distance(view, said, float(x[-1]))


def drawn_kind(x: np.ndarray) -> str:
    """How the drawn iterates move about 0, read here from the drawn numbers alone: exactly 0
    from some step on, never changing sign, or changing sign with the last swing's factor
    |x_n / x_(n−1)| below, at (shown as 1.00) or above 1."""
    x = np.asarray(x, dtype=float)
    if np.any(x == 0):
        first = int(np.flatnonzero(x == 0)[0])
        assert np.all(x[first:] == 0), x
        return "lands"
    if np.all(np.sign(x) == np.sign(x[0])):
        return "one_side"
    factor = abs(x[-1] / x[-2])
    if f"{factor:.2f}" == "1.00":
        return "steady"
    return "growing" if factor > 1 else "shrinking"


def check_sway(view, said):
    x = drawn(view, said["lr"])
    kind = drawn_kind(x)
    if said.key == "lr1d.step.sway.feedback_lands":
        assert kind == "lands", (kind, x[:4])
        assert said.number("step") == int(np.flatnonzero(x == 0)[0]), (said["step"], x[:4])
    elif said.key == "lr1d.step.sway.feedback_steady":
        assert kind == "steady", (kind, x[-3:])
        assert said.number("rate") == round(abs(float(x[-1] / x[-2])), 2) == 1.0
        assert {said.number("low"), said.number("high")} == {round(float(v), 2) for v in x[-2:]}
    else:
        one_side = said.key == "lr1d.step.sway.feedback_one_side"
        assert (kind == "one_side") == one_side, (said.key, kind, x[:4])
        assert said["saw"] == CATALOG[f"lr1d.step.sway.opt.{kind}"][view.lang], (said["saw"], kind)
        assert said.number("rate") == round(abs(float(x[-1] / x[-2])), 2), (said["rate"], x[-2:])
    # the shared verdict: right exactly when the learner chose what the drawn run does (an
    # option none fits, landed or steady, makes every choice wrong)
    right = said.text.startswith(CATALOG["study.choice.right"][view.lang])
    assert (given(view, "sway") == kind) == right, (given(view, "sway"), kind, said.text)


def check_left(view, said):
    """The reveal names the drawn curve (x² left, or ascent on) and grades nothing."""
    fn = view.at.session_state["fn"]
    ascent = bool(view.at.session_state["ascent"])
    assert fn != "parabola" or ascent, (fn, ascent)
    import landscapes

    title = CATALOG[landscapes.get(fn).title_key][view.lang]
    shown = " ".join(view.texts)
    assert title in shown, (title, shown)
    if said.key == "lr1d.step.left.ascent":
        assert ascent and said["curve"].endswith(title), (said["curve"], title)
    else:
        assert said["shown"].startswith(title)
        assert ascent == (said["shown"] != title)
    # no verdict in the reveal, and not x²'s threshold 2/f″ = 2/2 held against this view
    (reveal,) = [i.value for i in view.at.info if said.text in i.value]
    for word in ("study.choice.right", "study.choice.wrong", "study.verdict.right"):
        assert not reveal.startswith(CATALOG[word][view.lang]), (word, reveal)
    assert "study-check" not in reveal and "2/f″ = 2/2" not in shown, shown


def check_threshold(view, said):
    assert said.number("answer") == round(float(given(view, "threshold")), 2)
    verdict_gives_the_distance(view, said, 1.0)  # x²: f″ = 2, so 2/f″ = 1
    named = [n for n in reader.traces(view.chart("iterates")) if n and n.startswith("ε = ")]
    listed = reader.said([said["runs"]], "lr1d.step.threshold.run", view.lang)
    assert sorted(s["lr"] for s in listed) == sorted(n.removeprefix("ε = ") for n in named)


def check_threshold_run(view, said):
    x = drawn(view, said["lr"])
    # a run that landed on 0 (ε = 0.5): its landing step multiplied the distance by 0
    rate = 0.0 if drawn_kind(x) == "lands" else abs(float(x[-1] / x[-2]))
    assert said.number("rate") == round(rate, 2), (said["rate"], x[-2:])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_where_reveal_reads_the_drawn_end(lang):
    view = reader.View(view_where(lang), LESSON, lang)
    no_exceptions(view.at)
    # note 004: ε = 1 creeps towards −π's flat spot; after 30 steps it is at −3.0743, its last
    # step 0.0024 long (2/k² at k ≈ 30): still moving, not "停在 / stopped at"
    assert not view.said("lr1d.step.where.feedback"), view.texts
    (said,) = view.said("lr1d.step.where.feedback_moving")
    x = drawn(view, "1")
    assert x[-1] == pytest.approx(-3.0743, abs=0.0005)
    assert abs(x[-1] - x[-2]) == pytest.approx(0.0024, abs=0.0001)
    assert said.number("end") == -3.07 and said.number("answer") == 1.2
    # |1.2 − (−3.07)| = 4.27, said once: by the verdict, not again by the sentence
    assert said.text.count("4.27") == 1, said.text
    (verdict,) = reader.said([said.text], "study.verdict.number", lang)
    assert verdict.number("dist") == 4.27
    assert said.number("last") == 0.0024
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_where_reveal_says_stopped_once_the_drawn_run_stopped(lang):
    view = reader.View(view_where_stopped(lang), LESSON, lang)
    no_exceptions(view.at)
    x = drawn(view, "1")
    assert len(x) == 101 and readings.stopped(x, readings.STOP_WINDOW, STOP_TOL)
    (said,) = view.said("lr1d.step.where.feedback")
    assert said.number("steps") == 100 and said.number("tol") == 0.001  # 0.01 % of 10
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_threshold_reveal_leaves_the_distance_to_the_verdict(lang):
    """Answering 0.5 read "the threshold is ε = 2/f″ = 2/2 = 1.00, 0.50 away" beside the
    verdict's "your answer is 0.50 from 1.00": the distance once, by the verdict."""
    view = reader.View(view_threshold(lang), LESSON, lang)
    no_exceptions(view.at)
    (sentence,) = [s for s in steps.LEDGER if s.key == "lr1d.step.threshold.feedback"]
    (said,) = view.said(sentence.key, **sentence.fields)
    check_threshold(view, said)
    assert said.number("answer") == 0.5
    assert said.text.count("0.50") == 2, said.text  # the answer, and the verdict's distance
    assert not reader.check_view(view)


def test_the_curve_note_waits_while_the_blow_up_question_is_open():
    """Lecturer's read: question 3 ("above which ε does it blow up?") open, the note under the
    panels said "x ← (1 − 2ε)x … diverges for every learning rate above 1": the answer. While a
    question is open the curve's note is not shown; after the answer it is."""
    for lang in ("en", "zh"):
        at = open_page(LESSON, lang)
        pills = next(b for b in at.get("button_group") if b.key == f"study-{LESSON}")
        pills.set_value("threshold").run()
        no_exceptions(at)
        blurb = CATALOG["landscape.parabola.blurb"][lang]
        shown = [i.value for i in at.info]
        assert at.session_state["fn"] == "parabola"
        assert blurb not in shown, shown
        revealed = answer(lang, "threshold", 0.5)
        assert blurb in [i.value for i in revealed.info]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_where_why_does_not_say_eps_1_arrived(lang):
    """Lecturer's read of step 1's reveal: "Only near x = −π does f′ fall to 0 … ε = 1 gets there
    fast", while the line above says ε = 1 is still moving, 0.067 short. f′ = 1 + cos x is 0 at
    every odd multiple of π (the curve's own note says so), and the drawn ε = 1 run has not
    reached −π after 30 steps: it creeps towards it, its steps shrinking."""
    at = view_where(lang)
    view = reader.View(at, LESSON, lang)
    x = drawn(view, "1")
    assert len(x) == 31 and not readings.stopped(x, readings.STOP_WINDOW, STOP_TOL)
    assert x[-1] - (-np.pi) > 0.05  # still short of −π, on its right
    steps_ = np.abs(np.diff(x))
    assert np.all(steps_[-10:][1:] < steps_[-10:][:-1])  # its last steps ever shorter
    why = CATALOG["lr1d.step.where.why"][lang]
    shown = " ".join(view.texts)
    assert why in shown
    if lang == "en":
        assert "odd multiples of π" in why and "Only near x = −π" not in why
        assert "gets there" not in why and "still a little short" in why
    else:
        assert "π 的奇数倍" in why and "只有在 x = −π 附近" not in why
        assert "很快到达那里" not in why and "仍差一点没到" in why


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_answering_minus_pi_is_not_right_where_the_run_is_still_short_of_it(lang):
    """Step 1 answered −3.14: "Right: your answer is 0.07 from -3.07; within ±0.10 counts as
    right", while the step's point is that the drawn ε = 1 run is still 0.067 short of −π. The
    step's tolerance is ±0.03: −π is no longer right against the drawn end; the end is."""
    at = answer(lang, "where", -3.14)
    view = reader.View(at, LESSON, lang)
    end = float(drawn(view, "1")[-1])
    assert abs(end - (-np.pi)) > 0.06
    (verdict,) = view.said("study.verdict.number", verdict=r"[^\s.。]+")
    assert verdict["verdict"] != CATALOG["study.verdict.right"][lang], verdict.text
    assert verdict.number("truth") == round(end, 2) and verdict.number("tol") < abs(end + np.pi)
    at = answer(lang, "where", round(end, 2))
    (verdict,) = reader.View(at, LESSON, lang).said("study.verdict.number", verdict=r"[^\s.。]+")
    assert verdict["verdict"] == CATALOG["study.verdict.right"][lang], verdict.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_steady_swings_at_eps_1_are_not_shrinking(lang):
    """Second reader, ε₂ = 1: "Right. … jumps from side to side of 0, the swings shrinking, the
    swing ×1.00 per step" while x alternates ±2.5 (1 − 2ε = −1). Steady swings fit no option."""
    view = reader.View(view_sway_steady(lang), LESSON, lang)
    no_exceptions(view.at)
    x = drawn(view, "1")
    assert np.all(np.abs(x) == 2.5) and np.all(np.sign(x[1:]) == -np.sign(x[:-1]))
    assert not view.said("lr1d.step.sway.feedback")
    (said,) = view.said("lr1d.step.sway.feedback_steady")
    assert said.text.startswith(CATALOG["study.choice.wrong"][lang]), said.text
    assert CATALOG["lr1d.step.sway.opt.shrinking"][lang] not in said.text
    check_sway(view, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_that_lands_on_0_at_eps_half_does_not_swing(lang):
    """ε₂ = 0.5: "the swings shrinking, the swing ×1.00 per step", marked right, while the drawn
    run is 2.5, then 0 for good (1 − 2ε = 0): it lands on 0 at step 1."""
    view = reader.View(view_sway_lands(lang), LESSON, lang)
    no_exceptions(view.at)
    x = drawn(view, "0.5")
    assert x[0] == 2.5 and np.all(x[1:] == 0)
    (said,) = view.said("lr1d.step.sway.feedback_lands")
    assert said.number("step") == 1
    assert said.text.startswith(CATALOG["study.choice.wrong"][lang]), said.text
    check_sway(view, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_one_sided_run_has_no_swing(lang):
    """ε₂ = 0.3: "stays on one side, … the swing ×0.40 per step": no swing; |x| ×0.40."""
    view = reader.View(view_sway_one_side(lang), LESSON, lang)
    no_exceptions(view.at)
    x = drawn(view, "0.3")
    assert np.all(x > 0)
    (said,) = view.said("lr1d.step.sway.feedback_one_side")
    assert said.number("rate") == 0.4 and ("swing" not in said.text and "摆幅" not in said.text)
    assert said.text.startswith(CATALOG["study.choice.right"][lang]), said.text
    check_sway(view, said)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_threshold_reveal_on_another_curve_grades_nothing(lang):
    """Second reader: step 3 after Curve → 25 sin x − x², answer 1: "the threshold is ε = 2/f″ =
    2/2 = 1.00 … ε = 0.1 ×0.87 … Right", while the ε = 0.1 run bounces steadily between 4.82 and
    5.52 and 2/2 is x²'s. The reveal names the drawn curve and says the step is about x²."""
    view = reader.View(view_left(lang), LESSON, lang)
    no_exceptions(view.at)
    assert view.at.session_state["fn"] == "sin_minus_square"
    assert not view.said("lr1d.step.threshold.feedback", runs=".*")
    (said,) = view.said("lr1d.step.left")
    assert said["shown"] == "25 sin x − x²"
    check_left(view, said)
