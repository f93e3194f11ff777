"""Every lesson's number verdicts (`ui.study.verdict`, the "study" part of its ledger): the
words' right/close/off against their own distance and tolerance, the tolerance the step
declares, the answer as kept, and the drawn value (`truth`) one the step's own reveal states
before it, whose check in `tests/ledgers/test_<folder>_steps.py` holds it against the figure.

The example views are `view_<folder>`: the lesson opened, one of its number steps chosen and
answered (EXAMPLES), and `view_<folder>_exact` for a step only one value answers."""

from __future__ import annotations

import functools
import importlib
import re

from streamlit.testing.v1 import AppTest

from tests import ledger as reader
from tests.lessons import open_page
from ui import registry, study
from ui.i18n import CATALOG

# A number step per lesson and an answer to it (the verdict shows whatever the answer).
EXAMPLES = {
    "learning_rate_1d": ("where", 1.2),
    "basins": ("nearest", 50.0),
    "batch_normalization": ("layers", 50.0),
    "cliffs": ("throw", 5.0),
    "convergence_maps": ("fastest", 0.5),
    "edge_of_stability": ("level", 20.0),
    "feature_scaling": ("raw", 100.0),
    "gradient_geometry": ("steepest", 100.0),
    "initialization": ("he", 1.0),
    "long_term_dependencies": ("race", 1.0),
    "minibatch_noise": ("small", 8.0),
    "network_landscape": ("accuracy", 50.0),
    "pretraining": ("start", 1.0),
    "regularization": ("stop", 50.0),
    "regularization_network": ("stop", 1000.0),
    "second_order": ("parabola", 2.0),
}
EXACT = {"second_order": ("parabola", 2.0)}  # `view_<folder>_exact` (when the lesson has both)
# `view_<folder>_at_most`: a step whose drawn value is a largest one (study.Number.at_most),
# answered just above it (right by distance, but above: close)
AT_MOST = {"edge_of_stability": ("quadratic", 0.24)}


def _lesson(folder: str) -> registry.Lesson:
    return next(lesson for lesson in registry.lessons() if lesson.folder == folder)


def answered(folder: str, step: str, value: float, lang: str) -> AppTest:
    """The lesson opened, `step` chosen and `value` typed in and checked."""
    url_path = _lesson(folder).url_path
    at = open_page(url_path, lang)
    pills = next(b for b in at.get("button_group") if b.key == f"study-{url_path}")
    pills.set_value(step).run()
    at.number_input(key=f"study-answer-{url_path}-{step}").set_value(value).run()
    return at.button(key=f"study-check-{url_path}-{step}").click().run()


def __getattr__(name: str):
    """`view_<folder>` and `view_<folder>_exact`: the example views, one per lesson."""
    match = re.fullmatch(r"view_(\w+?)(_exact|_at_most)?", name)
    if match:
        kind = match.group(2)
        table = (
            AT_MOST
            if kind == "_at_most"
            else EXACT
            if kind and match.group(1) in EXACT
            else EXAMPLES
        )
        if match.group(1) in table:
            return functools.partial(answered, match.group(1), *table[match.group(1)])
    raise AttributeError(name)


_NUMBER = re.compile(r"[−-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def check_number_verdict(view, said):
    lesson = reader.lesson_at(view.lesson)
    steps = importlib.import_module(lesson.module("steps")).STEPS
    name = view.widget(f"study-{view.lesson}").value
    step = next(s for s in steps if s.name == name)
    ask = step.ask
    assert isinstance(ask, study.Number), f"a number verdict on {name}, a {type(ask).__name__}"
    answer = float(view.at.session_state["_study_answers"][(view.lesson, name)])
    # the verdict's target is the reveal's number as printed: the same text stands before it
    # (issue 33: "1.05 倍 … 与 1.1 相差 0.1"), to its decimals, the input's when finer
    shown = said["truth"]
    before = _NUMBER.findall(re.sub(r"(?<=\d)[,\u202f](?=\d{3})", "", said.text[: said.start]))
    assert shown in before, f"the verdict's {shown} is not stated before it: {said.text!r}"
    digits = len(shown.partition(".")[2])
    # and not a coarser rounding of a number stated finer ("中位数是 20.2 … 与 20 相差 30")
    finer = [n for n in before if len(n.partition(".")[2]) > digits]
    assert not [n for n in finer if round(reader.number(n), digits) == reader.number(shown)], (
        f"the verdict's {shown} rounds a finer number stated before it: {said.text!r}"
    )
    assert digits >= study.decimals(ask.step), (shown, ask.step)
    half = 0.5 * 10.0**-digits + 1e-9  # what rounding to the shown decimals may move
    truth, dist = said.number("truth"), said.number("dist")
    assert len(said["dist"].rpartition(".")[2]) == digits or digits == 0, said["dist"]
    # the distance is the answer's from the stated drawn value (the short way round an angle)
    apart = abs(answer - truth)
    if ask.period:
        apart = min(apart % ask.period, ask.period - apart % ask.period)
    assert abs(dist - apart) <= half, (answer, truth, dist)
    far = None
    if said.key == "study.verdict.number.exact":
        assert ask.tolerance == 0 and not ask.close
        tol = 0.0
    elif said.key == "study.verdict.number.exact_close":
        assert ask.tolerance == 0 and ask.close
        tol, far = 0.0, said.number("far")
        assert far == round(ask.close, digits), (far, ask.close)
    else:
        tol = said.number("tol")
        want = ask.tolerance * (abs(truth) if ask.relative else 1.0)
        slack = half * (1 + (ask.tolerance if ask.relative else 0))
        assert abs(tol - want) <= slack, (tol, want)
        assert said.number("far") == round(study.CLOSE * tol, digits)
    above = False
    if said.key == "study.verdict.number.at_most":
        assert ask.at_most
        above = answer > truth  # a largest value: an answer above it is never right
    else:
        assert not ask.at_most, f"{name}'s drawn value is a largest one: its verdict says so"
    word = study.judge(dist, tol, far, above)
    assert said["verdict"] == CATALOG[f"study.verdict.{word}"][view.lang], (dist, tol, word)
