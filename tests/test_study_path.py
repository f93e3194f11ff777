"""The learner's path: the start page's links and each lesson's "Next" open a lesson at its first
unanswered step (`?step=<name>`), so the question is open and the answers hidden on arrival; a
plain link keeps the free explorer; "continue" skips a finished lesson; an answered step, chosen
again, shows the kept answer and its reveal."""

from urllib.parse import parse_qs

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests.lessons import APP, chart, lines, no_exceptions, open_page
from tests.test_study import answer, feedback
from ui import course, registry, study
from ui.i18n import CATALOG

LR1D = "learning-rate-1d"


def pills(at: AppTest, lesson: str = LR1D):
    return next(b for b in at.get("button_group") if b.key == f"study-{lesson}")


def links(at: AppTest) -> dict[str, dict[str, list[str]]]:
    """Every page link's label → its query (the page's own link, before the sidebar's)."""
    shown = {}
    for link in at.get("page_link"):
        shown.setdefault(link.label, parse_qs(link.proto.query_string))
    return shown


def seeded(progress: dict, page: str | None = None, lang: str = "en", **query) -> AppTest:
    """The app with a learner's kept progress (as the browser's copy would load it), at the start
    page or at `page` with `query`."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["lang"] = lang
    at.session_state["_progress"] = {"v": 1, "last": None, "steps": {}, **progress}
    at.run()
    if page is not None:
        at.switch_page(registry.page_file(page))
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
    return at


def ends(at: AppTest) -> list[float]:
    """The end of each drawn run (x after its last drawn step) in the iterates chart."""
    return [float(x[-1]) for _, x in lines(chart(at, "iterates")).values()]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_path_link_opens_the_step_with_the_answers_hidden_and_a_plain_link_does_not(lang):
    # x + sin x from 2.5 with ε = 1: after 30 steps at −3.07 (the flat point at −π), which the
    # free explorer says under the panels and the "where" step asks for
    plain = open_page(LR1D, lang)
    no_exceptions(plain)
    assert pills(plain).value is None
    x = next(iter(lines(chart(plain, "iterates")).values()))[1]
    assert len(x) == 31 and float(x[-1]) == pytest.approx(-3.07, abs=0.005)
    assert any("-3.07" in m.value or "−3.07" in m.value for m in plain.markdown)

    at = open_page(LR1D, lang, step="where")
    no_exceptions(at)
    assert pills(at).value == "where"
    assert {len(x) for x, _ in lines(chart(at, "iterates")).values()} == {1}  # starts only
    assert not any("3.07" in m.value for m in at.markdown)
    assert not at.warning
    assert at.query_params["step"] == "where"


def test_a_linked_step_sets_its_view_and_an_unknown_step_is_ignored_with_a_notice():
    at = open_page(LR1D, "en", step="sway")  # "how it moves": x² with ε = 0.1, 0.9, 1.1
    no_exceptions(at)
    assert pills(at).value == "sway"
    assert at.session_state["fn"] == "parabola"
    assert [at.session_state[f"lr{i}"] for i in (1, 2, 3)] == [0.1, 0.9, 1.1]
    assert ends(at) == [2.5, 2.5, 2.5]  # the question is open: each run at its start

    at = open_page(LR1D, "en", step="nowhere")
    no_exceptions(at)
    assert pills(at).value is None  # the free explorer, with the default view's answers
    assert any("-3.07" in m.value or "−3.07" in m.value for m in at.markdown)
    expected = CATALOG["url.invalid"]["en"].format(
        param="step", value="nowhere", fallback=CATALOG["study.no_step"]["en"]
    )
    assert [w.value for w in at.warning] == [expected]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_start_pages_links_open_each_lesson_at_its_first_unanswered_step(lang):
    title = {url: CATALOG[course.lesson(url).title_key][lang] for url in course.in_order()}
    # a learner who answered all three steps of the learning-rate lesson, last seen there
    done = {LR1D: {"where": -3.0, "sway": "shrinking", "threshold": 1.0}}
    at = seeded({"last": LR1D, "steps": done}, lang=lang)
    no_exceptions(at)
    shown = links(at)
    # "continue" goes on to the next lesson with open steps, and says so
    label = CATALOG["start.continue_next"][lang].format(lesson=title["minibatch-noise"])
    assert shown[label] == {"step": [first_step("minibatch-noise")]}
    assert CATALOG["start.continue"][lang].format(lesson=title[LR1D]) not in shown
    # the chapter cards: a finished lesson plainly, the others at their first step
    assert shown[title[LR1D]] == {}
    assert shown[title["gradient-geometry"]] == {"step": [first_step("gradient-geometry")]}

    # one step left in the last lesson: "continue" goes back there, at that step
    at = seeded({"last": LR1D, "steps": {LR1D: {"where": -3.0}}}, lang=lang)
    label = CATALOG["start.continue"][lang].format(lesson=title[LR1D])
    assert links(at)[label] == {"step": ["sway"]}
    assert links(at)[title[LR1D]] == {"step": ["sway"]}

    # a new learner: "begin" opens chapter 1's first lesson at its first step
    at = seeded({}, lang=lang)
    label = CATALOG["start.begin"][lang].format(lesson=title["gradient-geometry"])
    assert links(at)[label] == {"step": [first_step("gradient-geometry")]}


def first_step(url_path: str) -> str:
    return study.steps_of(url_path)[0].name


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_answered_step_shows_its_kept_answer_and_reveal_until_answered_again(lang):
    # kept from an earlier visit: "growing" for ε = 0.9 on x², whose swings shrink ×0.80
    at = seeded({"steps": {LR1D: {"sway": "growing"}}}, LR1D, lang, step="sway")
    no_exceptions(at)
    assert pills(at).value == "sway"
    x = list(lines(chart(at, "iterates")).values())[1][1]  # drawn in full: answered
    assert np.allclose(x[:4], [2.5, -2.0, 1.6, -1.28], atol=1e-5)
    said = CATALOG["lr1d.step.sway.feedback"][lang].format(
        lr="0.9", saw=CATALOG["lr1d.step.sway.opt.shrinking"][lang], rate="0.80"
    )
    assert feedback(at) == CATALOG["study.choice.verdict"][lang].format(
        verdict=CATALOG["study.choice.wrong"][lang], text=said
    )
    kept = CATALOG["study.kept_answer"][lang].format(
        answer=CATALOG["lr1d.step.sway.opt.growing"][lang]
    )
    assert kept in [c.value for c in at.caption]
    # answering again clears the kept answer: the question is open, the runs hidden
    at.button(key="study-again-learning-rate-1d-sway").click().run()
    no_exceptions(at)
    assert at.session_state["_progress"]["steps"][LR1D] == {}
    assert {len(x) for x, _ in lines(chart(at, "iterates")).values()} == {1}
    assert at.radio(key="study-answer-learning-rate-1d-sway").value is None


def test_a_step_answered_in_this_visit_keeps_its_reveal_after_another_step():
    at = answer(open_page(LR1D, "en"), LR1D, "where", 1.2)
    first = feedback(at)
    assert "4.27" in first  # 1.20 against the drawn end −3.07
    pills(at).set_value("sway").run()
    assert at.radio(key="study-answer-learning-rate-1d-sway").value is None  # open
    pills(at).set_value("where").run()
    no_exceptions(at)
    assert feedback(at) == first
    assert CATALOG["study.kept_answer"]["en"].format(answer="1.20") in [c.value for c in at.caption]


def test_the_last_steps_reveal_and_the_lessons_end_link_to_the_next_lesson():
    at = answer(open_page(LR1D, "en"), LR1D, "threshold", 1.0)
    no_exceptions(at)
    title = CATALOG[course.lesson("minibatch-noise").title_key]["en"]
    nxt = CATALOG["study.next"]["en"].format(title=title)
    labels = [link.label for link in at.get("page_link")]
    assert labels.count(nxt) == 2  # in the step's box and at the lesson's end
    assert links(at)[nxt] == {"step": [first_step("minibatch-noise")], "lang": ["en"]}
    last = open_page("edge-of-stability", "zh")
    assert links(last)[CATALOG["study.next_home"]["zh"]] == {"lang": ["zh"]}


def test_the_sidebar_marks_the_lessons_steps_answered():
    done = {
        LR1D: {"where": -3.0, "sway": "shrinking", "threshold": 1.0},
        "minibatch-noise": {"epochs": "gd", "small": "many"},
    }
    at = seeded({"steps": done})
    side = [link.label for link in at.sidebar.get("page_link")]
    title = {url: CATALOG[course.lesson(url).title_key]["en"] for url in course.in_order()}
    assert title[LR1D] + " (done)" in side
    # one valid answer of three (a kept "many" is no number: not counted)
    assert title["minibatch-noise"] + " · 1/3" in side
    assert title["gradient-geometry"] in side  # nothing answered: the bare title


def shown_text(at: AppTest) -> str:
    kinds = ("markdown", "info", "warning", "success", "error", "caption")
    return "\n".join(e.value for kind in kinds for e in at.get(kind) if isinstance(e.value, str))


@pytest.mark.parametrize(
    ("lesson", "outcome"),
    # what the student read found before picking a step: B = 1 leaves the narrow valley in 13
    # runs of 16; raw features take 2 370 steps; the cliff throws the run 18.3 away
    [("minibatch-noise", "16 次中有 13 次"), ("feature-scaling", "2 370"), ("cliffs", "18.3")],
)
def test_the_first_step_from_the_path_hides_the_outcomes_a_plain_link_shows(lesson, outcome):
    assert outcome in shown_text(open_page(lesson, "zh"))
    at = open_page(lesson, "zh", **study.link_params(lesson))
    no_exceptions(at)
    assert pills(at, lesson).value == study.steps_of(lesson)[0].name
    assert outcome not in shown_text(at)


def test_the_next_lesson_opens_at_its_top():
    """Issue 33: "下一课" from critical points (clicked at the bottom of its last reveal) landed
    at the bottom of basins: the browser kept the scroll of the page left. A page reached from
    another now scrolls its main area to the top (and the sidebar folds, as before)."""
    from tests.lessons import open_page
    from ui import registry

    def scripts(at) -> str:
        return " ".join(str(e.proto) for e in at.sidebar.get("iframe"))

    at = open_page("critical-points", "zh")
    basins = next(x for x in registry.lessons() if x.url_path == "basins")
    at.switch_page(basins.file).run()
    assert not at.exception
    assert "scrollTop = 0" in scripts(at) and "stSidebarCollapseButton" in scripts(at)
