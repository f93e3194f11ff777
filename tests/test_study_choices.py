"""Every multiple-choice study step of every lesson, answered in 中文: its reveal starts with
the shared verdict on the learner's own pick ("答对了" / "不对"), names the right option, and
that option is the one the reveal held the pick against (`Reveal.truth`, computed by the
lesson's feedback from what its figure draws: the lessons' ledgers check each rule against
the drawn data). Answered with the named option, the reveal says "答对了"."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.lessons import no_exceptions, open_page
from ui import registry, study
from ui.i18n import CATALOG

LANG = "zh"
CHOICES = [
    (lesson.url_path, step.name)
    for lesson in registry.every_page()
    for step in study.steps_of(lesson.url_path)
    if isinstance(step.ask, study.Choice)
]


def pick(at: AppTest, lesson: str, name: str, option: str) -> AppTest:
    at.radio(key=f"study-answer-{lesson}-{name}").set_value(option).run()
    return at.button(key=f"study-check-{lesson}-{name}").click().run()


def reveal(at: AppTest) -> str:
    """The reveal: the one shown sentence that starts with a choice's verdict."""
    verdicts = tuple(CATALOG[f"study.choice.{w}"][LANG] for w in ("right", "wrong"))
    found = [str(e.value) for e in at.info if str(e.value).startswith(verdicts)]
    assert len(found) == 1, [str(e.value) for e in at.info]
    return found[0]


def test_every_lesson_s_choice_steps_are_listed():
    # the lessons the student read found without the verdict, and the rest
    lessons = {lesson for lesson, _ in CHOICES}
    assert {"pretraining", "initialization", "playground", "learning-rate-1d"} <= lessons
    assert ("initialization", "zero") in CHOICES and len(CHOICES) == 29


# Half of the steps here, half in tests/test_study_choices_more.py: the suite's workers take
# whole files, and one file of 29 page runs would leave the other worker idle at the end.
HERE = CHOICES[::2]


@pytest.mark.parametrize(("lesson", "name"), HERE)
def test_a_choice_step_says_whether_the_pick_was_right_and_names_the_right_option(lesson, name):
    check_choice(lesson, name)


def check_choice(lesson: str, name: str) -> None:
    """Pick the step's first option: the verdict and the right option named; then the right one."""
    step = next(s for s in study.steps_of(lesson) if s.name == name)
    at = open_page(lesson, LANG)
    next(b for b in at.get("button_group") if b.key == f"study-{lesson}").set_value(name).run()
    first = step.ask.options[0]
    pick(at, lesson, name, first)
    no_exceptions(at)
    truth = at.session_state["_study_truths"][(lesson, name)]
    assert truth in step.ask.options, truth  # the step's own view fits one of its options
    said = reveal(at)
    right = CATALOG[step.key(f"opt.{truth}")][LANG]
    verdict = CATALOG["study.choice.right" if first == truth else "study.choice.wrong"][LANG]
    assert said.startswith(verdict), (said, truth)
    assert right in said, (said, right)  # the right option named
    if first != truth:  # the named option, picked: right
        at.button(key=f"study-again-{lesson}-{name}").click().run()
        pick(at, lesson, name, truth)
        no_exceptions(at)
        assert reveal(at).startswith(CATALOG["study.choice.right"][LANG])
