"""Study steps: a lesson taken alone, predict first, then check. A lesson's `steps.py` holds 3–5
steps; each sets the view with one click (a preset of the lesson), asks a question before the
answer is shown, then reveals a sentence computed from the drawn result about the learner's own
answer, and two or three sentences of why. While a step's question is open the lesson hides
what would give the answer away. Outside the steps the lesson stays a free explorer.

Answers are kept in the learner's browser (ui/progress.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
from collections.abc import Callable
from types import ModuleType

import streamlit as st

from ui import kit, progress, registry
from ui.i18n import t


@dataclasses.dataclass(frozen=True)
class Choice:
    """A short multiple choice: option names (their text is the step's `opt.<name>` key)."""

    options: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Number:
    """A number typed in, from `low` to `high`."""

    low: float
    high: float
    step: float


@dataclasses.dataclass(frozen=True)
class Step:
    """One study step.

    Attributes:
      prefix: the lesson's string prefix (`lr1d`): texts are `<prefix>.step.<name>.<part>`.
      name: stable ASCII name (what the browser keeps).
      preset: the lesson's preset that sets the view.
      ask: the question's kind.
    """

    prefix: str
    name: str
    preset: str
    ask: Choice | Number

    def key(self, part: str) -> str:
        return f"{self.prefix}.step.{self.name}.{part}"


def steps_module(url_path: str) -> ModuleType | None:
    """The lesson's `steps.py`, through the registry (no page imports another lesson)."""
    lesson = next((x for x in registry.every_page() if x.url_path == url_path), None)
    if lesson is None or not lesson.has("steps"):
        return None
    return importlib.import_module(lesson.module("steps"))


def steps_of(url_path: str) -> tuple[Step, ...]:
    module = steps_module(url_path)
    return tuple(module.STEPS) if module else ()


def _selector_key(lesson: str) -> str:
    return f"study-{lesson}"


def _answers() -> dict:
    """This visit's answers: (lesson, step) → answer; a step reopened asks again."""
    return st.session_state.setdefault("_study_answers", {})


def _slot_key(lesson: str) -> str:
    return f"_study_slot-{lesson}"


def phone_area():
    """On a phone, a place for the study steps made where the lesson calls this (right under
    its figure): pass it to `selector` as `phone`. None on a wider screen."""
    return st.container() if kit.narrow() else None


def selector(
    lesson: str,
    steps: tuple[Step, ...],
    lang: str,
    apply: Callable[[str], None],
    phone=None,
):
    """The lesson's study steps as a row of buttons; choosing one sets its view (`apply(preset)`)
    and opens its question. Returns the chosen step, or None (the free explorer).

    On a phone the question opens right under these buttons, wherever the lesson asks it (its
    columns stack there, and a question in the figure's column stood a screen above the
    buttons, or one in the controls' column a screen below them). `phone` (`phone_area()`),
    when given, is where the buttons go on a phone: under the figure, not down with the
    controls."""
    done = progress.done(lesson)
    by_name = {step.name: step for step in steps}

    def chosen() -> None:
        name = st.session_state.get(_selector_key(lesson))
        if name in by_name:
            _answers().pop((lesson, name), None)
            apply(by_name[name].preset)

    def label(name: str) -> str:
        number = list(by_name).index(name) + 1
        text = t("study.step", lang, n=number, title=t(by_name[name].key("title"), lang))
        return text + (t("study.done_mark", lang) if name in done else "")

    with phone if phone is not None else contextlib.nullcontext():
        name = st.pills(
            t("study.title", lang, done=sum(s.name in done for s in steps), total=len(steps)),
            list(by_name),
            selection_mode="single",
            format_func=label,
            key=_selector_key(lesson),
            on_change=chosen,
            help=t("study.help", lang),
        )
        if kit.narrow():  # this run's place for the question (see question())
            st.session_state[_slot_key(lesson)] = st.container()
        else:
            st.session_state.pop(_slot_key(lesson), None)
    return by_name.get(name)


def is_open(lesson: str, step: Step | None) -> bool:
    """Whether `step`'s question waits for an answer: the lesson hides what would give it away."""
    return step is not None and (lesson, step.name) not in _answers()


def question(lesson: str, step: Step, lang: str, feedback: Callable[[object], str]) -> None:
    """The step's question, then (once answered) the reveal: `feedback(answer)`, the sentence
    computed from the drawn result about this answer, and the step's why."""
    answers = _answers()
    slot = st.session_state.get(_slot_key(lesson)) if kit.narrow() else None
    box = (slot or st).container(border=True, key=f"study-box-{lesson}")
    box.markdown(f"**{t(step.key('question'), lang)}**")
    if (lesson, step.name) not in answers:
        # on a phone the answer right under the question, beside its Check: the Check within
        # a screen of the figure's top (it was a label and a row further down)
        phone = slot is not None
        shown = "collapsed" if phone else "visible"
        row = box.container(horizontal=True, vertical_alignment="bottom") if phone else box
        if isinstance(step.ask, Choice):
            answer = row.radio(
                t("study.your_answer", lang),
                step.ask.options,
                index=None,
                format_func=lambda o: t(step.key(f"opt.{o}"), lang),
                key=f"study-answer-{lesson}-{step.name}",
                label_visibility=shown,
            )
        else:
            answer = row.number_input(
                t("study.your_answer", lang),
                min_value=float(step.ask.low),
                max_value=float(step.ask.high),
                step=float(step.ask.step),
                value=None,
                key=f"study-answer-{lesson}-{step.name}",
                label_visibility=shown,
            )

        def check() -> None:
            value = st.session_state.get(f"study-answer-{lesson}-{step.name}")
            if value is None:
                return
            answers[(lesson, step.name)] = value
            progress.record(lesson, step.name, value)

        row.button(
            t("study.check", lang),
            key=f"study-check-{lesson}-{step.name}",
            type="primary",
            disabled=answer is None,
            on_click=check,
        )
        box.caption(t("study.hidden", lang))
        return
    box.info(feedback(answers[(lesson, step.name)]), icon=":material/fact_check:")
    box.markdown(t(step.key("why"), lang))
    box.button(
        t("study.again", lang),
        key=f"study-again-{lesson}-{step.name}",
        icon=":material/replay:",
        on_click=lambda: answers.pop((lesson, step.name), None),
    )
