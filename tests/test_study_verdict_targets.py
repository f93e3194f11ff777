"""Issue 33: every number step's verdict holds the answer against the number its own reveal
states, as printed. A student read "1.05 倍，与你的答案差 0.05。答对了：你的答案与 1.1 相差
0.1" (initialization), "中位数是 20.2 … 你的答案与 20 相差 30" (edge of stability) and "与你的
答案差 0.00398 … 相差 0.0" (long-term dependencies): the verdict's target was the drawn value
at the input's decimals. Each number step of every lesson is answered here (in 中文) and its
verdict read back (the shared check of `tests/ledgers/study_verdicts.py`)."""

from __future__ import annotations

import importlib

import pytest

from tests import ledger as reader
from tests.ledgers import study_verdicts
from ui import registry, study


def _number_steps():
    for lesson in registry.lessons():
        if not lesson.has("steps"):
            continue
        for step in importlib.import_module(lesson.module("steps")).STEPS:
            if isinstance(step.ask, study.Number):
                # an answer off the drawn value by a share: its difference is not 0
                yield pytest.param(lesson.folder, step.name, id=f"{lesson.url_path}-{step.name}")


@pytest.mark.parametrize(("folder", "name"), list(_number_steps()))
def test_a_number_verdicts_target_is_its_reveals_number_as_printed(folder, name):
    step = next(
        s
        for s in importlib.import_module(study_verdicts._lesson(folder).module("steps")).STEPS
        if s.name == name
    )
    answer = round(step.ask.low + 0.37 * (step.ask.high - step.ask.low), 0)
    at = study_verdicts.answered(folder, name, float(answer), "zh")
    assert not at.exception
    view = reader.View(at, study_verdicts._lesson(folder).url_path, "zh")
    key = (
        "study.verdict.number.at_most"
        if step.ask.at_most
        else "study.verdict.number"
        if step.ask.tolerance > 0
        else "study.verdict.number.exact_close"
        if step.ask.close
        else "study.verdict.number.exact"
    )
    said = view.said(key, verdict=study.VERDICT_FIELD)
    assert len(said) == 1, view.texts
    study_verdicts.check_number_verdict(view, said[0])


def test_a_number_out_of_the_sensible_range_is_judged_and_a_percentage_shows_its_unit():
    """Issue 33: /long-term-dependencies?step=race with −1.05 typed turned the box red with
    Streamlit's English "Number is outside the allowed range …" (the range never stated), and
    /basins?step=nearest asked a percentage in an empty box without a unit (85 or 0.85?).
    The inputs take any number (an out-of-range guess is just "off", in 中文) and a step's unit
    stands in the label and the empty box."""
    at = study_verdicts.answered("long_term_dependencies", "race", -1.05, "zh")
    assert not at.exception
    view = reader.View(at, "long-term-dependencies", "zh")
    said = view.said("study.verdict.number", verdict=study.VERDICT_FIELD)
    assert len(said) == 1 and said[0]["verdict"] == "偏差较大", view.texts
    assert not [e for e in at.get("error") if "range" in str(e.value)]
    basins = study_verdicts.open_page("basins", "zh")
    pills = next(b for b in basins.get("button_group") if b.key == "study-basins")
    pills.set_value("nearest").run()
    box = basins.number_input(key="study-answer-basins-nearest")
    assert "%" in box.label and "%" in box.proto.placeholder, (box.label, box.proto.placeholder)
    assert not box.proto.has_min and not box.proto.has_max


@pytest.mark.parametrize(
    ("lang", "answer", "start"),
    [("zh", "minimum", "不对。你选的是"), ("en", "saddle", "Right. You chose")],
)
def test_a_multiple_choice_reveal_starts_with_its_verdict_in_words(lang, answer, start):
    """Issue 33: a wrong choice only read "你选了……；是……" and a right one never "答对了". On
    the stable line gradient descent stops at the saddle (the drawn run), so "minimum" is not
    quite and "saddle" is right, said first in the shared words."""
    at = study_verdicts.open_page("critical-points", lang)
    pills = next(b for b in at.get("button_group") if b.key == "study-critical-points")
    pills.set_value("stable").run()
    at.radio(key="study-answer-critical-points-stable").set_value(answer).run()
    at.button(key="study-check-critical-points-stable").click().run()
    assert not at.exception
    reveals = [str(box.value) for box in at.info if "(" in str(box.value)]
    assert any(text.startswith(start) for text in reveals), reveals
