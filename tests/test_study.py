"""Studying alone: the course's path at "/", old Playground links forwarded, and the study
steps' reveals read back against the data the figure draws."""

import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import landscapes
from pages.learning_rate_1d import steps as lr1d_steps
from tests.lessons import APP, chart, lines, no_exceptions, open_page
from ui import course, registry, study
from ui.i18n import CATALOG


def start(lang: str, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_start_page_lists_the_course_in_the_notes_order(lang):
    at = start(lang)
    no_exceptions(at)
    assert at.title[0].value == CATALOG["page.start.title"][lang]
    chapters = [h.value for h in at.subheader]
    expected = ["gd", "scaling", "critical", "cliffs", "momentum", "schedules", "init", "reg",
                "bn", "real"]  # fmt: skip
    assert chapters == [
        CATALOG["course.chapter"][lang].format(n=n) + " · " + CATALOG[f"course.ch.{key}"][lang]
        for n, key in enumerate(expected, 1)
    ]
    text = "\n".join(m.value for m in at.markdown)
    for url_path in course.in_order():  # each lesson's goal and its place in the notes
        assert CATALOG[f"start.goal.{url_path}"][lang] in text
        assert CATALOG[f"start.place.{url_path}"][lang] in text
    # the learning-rate lesson's steps, none done in a fresh browser
    assert CATALOG["start.steps"][lang].format(done=0, total=3) in text


def test_every_sidebar_lesson_is_in_one_chapter():
    listed = course.in_order()
    assert len(listed) == len(set(listed))
    assert set(listed) == {lesson.url_path for lesson in registry.lessons()}


@pytest.mark.parametrize(
    "query",
    [{"opt": "sgd", "sgd-lr": "1.05"}, {"landscape": "rosenbrock"}, {"preset": "fig15_8"}],
)
def test_an_old_playground_link_at_the_root_opens_the_playground(query):
    at = start("en", **query)
    no_exceptions(at)
    assert at.title[0].value == CATALOG["page.playground.title"]["en"]
    for key, value in query.items():
        assert at.query_params[key] == value
    if "sgd-lr" in query:
        assert at.select_slider(key="sgd-lr").value == pytest.approx(1.05)


def feedback(at: AppTest) -> str:
    """The reveal in the study box (the only info box that is not a curve's description)."""
    blurbs = {
        text
        for name in landscapes.names(dim=1)
        for text in CATALOG[landscapes.get(name).blurb_key].values()
    }
    (text,) = [box.value for box in at.info if box.value not in blurbs]
    return text


def answer(at: AppTest, lesson: str, step: str, value) -> AppTest:
    pills = next(b for b in at.get("button_group") if b.key == f"study-{lesson}")
    pills.set_value(step).run()
    key = f"study-answer-{lesson}-{step}"
    if isinstance(value, str):
        at.radio(key=key).set_value(value).run()
    else:
        at.number_input(key=key).set_value(value).run()
    return at.button(key=f"study-check-{lesson}-{step}").click().run()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_step_hides_the_runs_until_answered_then_reads_the_answer_against_them(lang):
    at = open_page("learning-rate-1d", lang)
    pills = next(b for b in at.get("button_group") if b.key == "study-learning-rate-1d")
    pills.set_value("where").run()
    no_exceptions(at)
    # the question is open: each run at its start only, no outcome sentence
    assert {len(x) for x, _ in lines(chart(at, "iterates")).values()} == {1}
    assert not any("−3.07" in m.value or "-3.07" in m.value for m in at.markdown)
    at.number_input(key="study-answer-learning-rate-1d-where").set_value(1.2).run()
    at.button(key="study-check-learning-rate-1d-where").click().run()
    no_exceptions(at)
    drawn = lines(chart(at, "iterates"))
    (_, x), *_ = drawn.values()  # ε = 1, the first panel: note 004's 30 steps
    assert len(x) == 31 and x[0] == pytest.approx(2.5)
    end = float(x[-1])
    assert end == pytest.approx(-3.07, abs=0.005)  # approaching the flat point at −π
    text = feedback(at)
    # not "stopped": its last drawn steps (0.0024 …) are not all shorter than the curve's
    # tolerance (0.01 % of its width), so the reveal says where it is, still moving
    from pages.learning_rate_1d.page import DEFAULT
    from ui import readings

    tol = readings.stop_tolerance(landscapes.get(DEFAULT.curve).domain)
    assert not np.all(np.abs(np.diff(x[-(readings.STOP_WINDOW + 1) :])) < tol)
    expected = CATALOG["lr1d.step.where.feedback_moving"][lang].format(
        answer="1.20",
        lr="1",
        steps=30,
        end=f"{end:.2f}",
        dist=f"{abs(1.2 - end):.2f}",
        last=f"{abs(x[-1] - x[-2]):.2g}",
    )
    # then the verdict, from the same drawn end: 4.27 is beyond 3 × 0.03, so "off" (the step's
    # tolerance is ±0.03: at ±0.10 an answer of −π, 0.067 short of the drawn end, was right)
    verdict = CATALOG["study.verdict.number"][lang].format(
        verdict=CATALOG["study.verdict.off"][lang],
        dist=f"{abs(1.2 - end):.2f}",
        truth=f"{end:.2f}",
        tol="0.03",
        far="0.09",
    )
    assert text == expected + ("" if lang == "zh" else " ") + verdict and "4.27" in text


def test_the_swing_step_says_right_or_wrong_from_the_drawn_run():
    at = answer(open_page("learning-rate-1d", "en"), "learning-rate-1d", "sway", "growing")
    no_exceptions(at)
    x = list(lines(chart(at, "iterates")).values())[1][1]  # ε = 0.9 on x² from 2.5
    assert np.allclose(x[:4], [2.5, -2.0, 1.6, -1.28], atol=1e-5)  # x ← (1 − 2·0.9)·x
    assert lr1d_steps.sway(x) == ("shrinking", pytest.approx(0.8, abs=1e-4))
    assert feedback(at).startswith("Not quite") and "×0.80" in feedback(at)
    at.button(key="study-again-learning-rate-1d-sway").click().run()  # try again
    at.radio(key="study-answer-learning-rate-1d-sway").set_value("shrinking").run()
    at.button(key="study-check-learning-rate-1d-sway").click().run()
    assert feedback(at).startswith("Right")


def test_the_threshold_step_names_each_runs_factor():
    at = answer(open_page("learning-rate-1d", "en"), "learning-rate-1d", "threshold", 0.5)
    no_exceptions(at)
    text = feedback(at)
    # |1 − 2ε| on x²: 0.8 for ε = 0.1 and 0.9, 1.2 for ε = 1.1, read off the drawn runs
    assert "1 = 2/f″" not in text and "0.50" in text and "ε = 1.1 ×1.20" in text
    assert "ε = 0.9 ×0.80" in text and "ε = 0.1 ×0.80" in text


def test_an_answer_is_kept_as_progress_and_shown_on_the_start_page():
    at = answer(open_page("learning-rate-1d", "en"), "learning-rate-1d", "sway", "shrinking")
    assert at.session_state["_progress"]["steps"] == {"learning-rate-1d": {"sway": "shrinking"}}
    for key in [key for key in at.query_params if key != "lang"]:
        del at.query_params[key]  # a browser drops a page's keys when it opens another
    at.switch_page(registry.START.file).run()
    text = "\n".join(m.value for m in at.markdown)
    assert CATALOG["start.steps"]["en"].format(done=1, total=3) in text
    continue_link = CATALOG["start.continue"]["en"].format(lesson=CATALOG["page.lr1d.title"]["en"])
    assert continue_link in [link.label for link in at.get("page_link")]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reset_asks_first_and_a_pasted_export_is_imported(lang):
    at = answer(open_page("learning-rate-1d", lang), "learning-rate-1d", "sway", "shrinking")
    for key in [key for key in at.query_params if key != "lang"]:
        del at.query_params[key]
    at.switch_page(registry.START.file).run()
    exported = at.session_state["_progress"]
    # a pasted export (the import box is text, labelled in the page's language)
    box = at.text_area(key="progress_import")
    assert box.label == CATALOG["start.import"][lang]
    # the first tap only asks: nothing is cleared yet
    at.button(key="progress_reset").click().run()
    assert at.session_state["_progress"]["steps"] == {"learning-rate-1d": {"sway": "shrinking"}}
    assert CATALOG["start.reset_ask"][lang] in [w.value for w in at.warning]
    at.button(key="progress_reset_no").click().run()
    assert at.session_state["_progress"]["steps"] == {"learning-rate-1d": {"sway": "shrinking"}}
    at.button(key="progress_reset").click().run()
    at.button(key="progress_reset_yes").click().run()
    no_exceptions(at)
    assert at.session_state["_progress"]["steps"] == {}
    assert CATALOG["start.reset_done"][lang] in [s.value for s in at.success]
    at.text_area(key="progress_import").input(json.dumps(exported)).run()
    at.button[[b.label for b in at.button].index(CATALOG["start.import_button"][lang])].click()
    at.run()
    no_exceptions(at)
    assert at.session_state["_progress"]["steps"] == {"learning-rate-1d": {"sway": "shrinking"}}
    assert CATALOG["start.imported"][lang].format(n=1) in [s.value for s in at.success]
    at.text_area(key="progress_import").input("not json").run()
    at.button[[b.label for b in at.button].index(CATALOG["start.import_button"][lang])].click()
    at.run()
    assert CATALOG["start.bad_import"][lang] in [e.value for e in at.error]
    assert at.session_state["_progress"]["steps"] == {"learning-rate-1d": {"sway": "shrinking"}}


def test_a_verdict_judges_the_distance_as_shown_against_the_tolerance_as_shown():
    from ui import study

    ask = study.Number(low=0.0, high=3.0, step=0.01, tolerance=0.1)
    said = CATALOG["study.verdict.number"]["en"]
    cases = [(1.2, 1.25, "right", "0.05"), (1.2, 1.5, "close", "0.30"), (1.2, 1.51, "off", "0.31")]
    for answer, truth, word, dist in cases:
        assert study.verdict(ask, answer, truth, "en") == said.format(
            verdict=CATALOG[f"study.verdict.{word}"]["en"],
            dist=dist,
            truth=f"{truth:.2f}",
            tol="0.10",
            far="0.30",
        )
    # 10 % of the drawn 1190 steps: 119; 1300 is 110 off
    steps = study.Number(low=1.0, high=10_000.0, step=1.0, tolerance=0.1, relative=True)
    assert study.verdict(steps, 1300, 1190, "en").startswith(
        "Right: your answer is 110 from 1190; within ±119"
    )
    # an angle the short way round: 355° is 10° from 5°
    angle = study.Number(low=0.0, high=359.0, step=1.0, tolerance=10.0, period=360.0)
    assert study.verdict(angle, 355, 5, "en").startswith("Right: your answer is 10 from 5;")
    # a count only one value answers
    count = study.Number(low=0.0, high=8.0, step=1.0)
    assert study.verdict(count, 2, 1, "en") == CATALOG["study.verdict.number.exact"]["en"].format(
        verdict="Off", dist="1", truth="1"
    )
    # a point: 5 % of the longer side 16 is 0.8; (1.2, 0.4) is 1.78 from (−0.52, −0.06)
    point = study.Point("contour")
    area = ((-8.0, 8.0), (-4.0, 4.0))
    assert study.verdict(point, (1.2, 0.4), (-0.52, -0.06), "en", area).startswith(
        "Close: 1.78 away; within 0.80 (5 % of the surface's longer side)"
    )


def test_a_verdict_holds_the_answer_against_the_value_its_reveal_states():
    """Issue 33 (a student's reading): the verdict took its target at the input's decimals, not
    the reveal's: "1.05 倍 … 答对了：你的答案与 1.1 相差 0.1", "中位数是 20.2 … 你的答案与 20
    相差 30", "与你的答案差 0.00398 … 相差 0.0". Its target is now the reveal's number as
    printed, and the difference is shown to its decimals."""
    from ui import study

    he = study.Number(low=0.0, high=10.0, step=0.1, tolerance=0.1)
    said = "末层是首层的 1.05 倍，与你的答案差 0.05。"
    assert study.verdict(he, 1.0, 1.052, "zh", said=said) == CATALOG["study.verdict.number"][
        "zh"
    ].format(verdict="答对了", truth="1.05", dist="0.05", tol="0.10", far="0.30")
    level = study.Number(low=0.0, high=120.0, step=1.0, tolerance=0.1, relative=True)
    said = "学习率 0.01 时锐度的中位数是 20.2，与你的答案差 29.8。"
    assert study.verdict(level, 50, 20.23, "zh", said=said).startswith(
        "偏差较大：你的答案与 20.2 相差 29.8；相差 ±2.0 以内算答对"
    )
    explode = study.Number(low=0.0, high=1000.0, step=0.1, tolerance=0.1, relative=True)
    said = "It fell from 1 to 0.00398 by step 100, 0.00398 from your answer."
    text = study.verdict(explode, 0.0, 0.0039812, "en", said=said)
    assert text.startswith("Off: your answer is 0.00398 from 0.00398;"), text
    # a value the reveal does not state: the input's decimals, as before
    assert study.verdict(he, 1.0, 1.052, "en").startswith("Right: your answer is 0.1 from 1.1;")


def _step_labels(at: AppTest, lesson: str) -> list[str]:
    """The step selector's pills as shown (their formatted labels)."""
    pills = next(b for b in at.get("button_group") if b.key == f"study-{lesson}")
    return [option.content for option in pills.proto.options]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_wrong_answers_step_is_not_marked_like_a_right_one(lang):
    """A finished step once showed a tick however wrong its answer was, and a reader took it
    as "correct". Cliffs' first step: the unclipped run's longest drawn step (the cliff's
    throw); 0 is off (not within 3 × 10 % of it), the drawn length itself is right. Each
    step's mark says the verdict its reveal states, in words; a multiple choice too: right
    or wrong (it read "answered" either way)."""
    at = open_page("cliffs", lang)
    longest = float(lines(chart(at, "cliff_step"))[CATALOG["cliffs.free"][lang]][1].max())
    assert longest > 10.0  # the throw: far beyond 3 × 10 % of any answer near 0
    mark = {w: CATALOG[f"study.mark.{w}"][lang] for w in ("right", "off", "wrong")}
    title = CATALOG["cliffs.step.throw.title"][lang]

    at = answer(at, "cliffs", "throw", 0.0)
    no_exceptions(at)
    assert CATALOG["study.verdict.off"][lang] in feedback_of(at)
    assert _step_labels(at, "cliffs")[0] == f"1. {title}{mark['off']}"

    at.button(key="study-again-cliffs-throw").click().run()
    at.number_input(key="study-answer-cliffs-throw").set_value(round(longest, 1)).run()
    at.button(key="study-check-cliffs-throw").click().run()
    no_exceptions(at)
    assert CATALOG["study.verdict.right"][lang] in feedback_of(at)
    assert _step_labels(at, "cliffs")[0] == f"1. {title}{mark['right']}"

    at = answer(at, "cliffs", "loose", "shorter")  # a multiple choice: right or wrong
    truth = at.session_state["_study_truths"][("cliffs", "loose")]
    assert _step_labels(at, "cliffs")[2].endswith(
        mark["right"] if truth == "shorter" else mark["wrong"]
    )
    assert not any(":material/check" in label for label in _step_labels(at, "cliffs"))


def feedback_of(at: AppTest) -> str:
    """The reveal in the study box (its fact-check info box)."""
    (text,) = [box.value for box in at.info if box.proto.icon == ":material/fact_check:"]
    return text


def test_a_step_that_replaces_the_readers_settings_says_so():
    """A lecturer at `?rn_l1=0.1&rn_l2=0.1&rn_p=0.8` chose step 3: the URL dropped the three
    values and the figure went back to the defaults with nothing on screen saying so. Now a
    line under the steps counts the reader's settings the step replaced (the three values the
    link carried), and says nothing at the defaults."""
    from tests.lessons import choose_step, open_page
    from ui.i18n import t

    lesson = "regularization-network"
    at = open_page(lesson, "en", rn_l1="0.1", rn_l2="0.1", rn_p="0.8")
    at = choose_step(at, lesson, "gap")
    notes = [c.value for c in at.caption]
    assert t("study.preset_changed", "en", n=3) in notes, notes
    at = choose_step(open_page(lesson, "en", rn_view="curves"), lesson, "gap")
    assert not any("to its own values" in c.value for c in at.caption)
    # one step, then another: what the first step set is not the reader's (on a phone the line
    # pushed the Playground's step 3 answer 861 px below the figure)
    at = open_page("playground", "en")
    for name in ("valley_end", "valley_first", "saddle"):  # steps 1 and 2 share one preset
        at = choose_step(at, "playground", name)
    assert not any("to its own values" in c.value for c in at.caption), [
        c.value for c in at.caption
    ]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_wrong_choice_is_marked_like_a_wrong_number(lang):
    """Fresh read (/feature-scaling): a wrong step 1 (a number) read "1. 原始特征要几步（偏差较
    大）" but a wrong step 2 (a multiple choice) "2. 标准化省多少（已作答）". Every step kind's
    mark now says its verdict: a wrong choice "（不对）", a right one "（答对了）"."""
    at = open_page("feature-scaling", lang)
    at = answer(at, "feature-scaling", "raw", 1.0)  # far from the hundreds of steps drawn
    no_exceptions(at)
    labels = _step_labels(at, "feature-scaling")
    assert labels[0].endswith(CATALOG["study.mark.off"][lang]), labels
    at = answer(at, "feature-scaling", "ratio", "same")
    no_exceptions(at)
    truth = at.session_state["_study_truths"][("feature-scaling", "ratio")]
    assert truth != "same"  # standardising saves far more than ×3
    labels = _step_labels(at, "feature-scaling")
    assert labels[1].endswith(CATALOG["study.mark.wrong"][lang]), labels
    assert CATALOG["study.choice.wrong"][lang] in feedback_of(at)
    at.button(key="study-again-feature-scaling-ratio").click().run()
    at = answer(at, "feature-scaling", "ratio", truth)
    labels = _step_labels(at, "feature-scaling")
    assert labels[1].endswith(CATALOG["study.mark.right"][lang]), labels
    assert not any(label.endswith(CATALOG["study.mark.answered"][lang]) for label in labels)


def test_a_kept_answer_is_shown_with_the_digits_it_was_typed_with():
    """A fresh read: 8.48 typed into edge of stability's level box (step 1) was headed "Your
    answer: 8" above feedback that said "You said 8.48"."""
    from pages.edge_of_stability import steps as eos_steps

    level = next(s for s in eos_steps.STEPS if s.name == "level")
    assert study._shown(level, 8.48, "en") == "8.48"
    assert study._shown(level, 20.0, "en") == "20"
