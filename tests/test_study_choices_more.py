"""The other half of tests/test_study_choices.py's multiple-choice steps (a second file, so
the suite's two workers share them)."""

from __future__ import annotations

import pytest

from tests.test_study_choices import CHOICES, HERE, check_choice

THERE = [choice for choice in CHOICES if choice not in HERE]


def test_the_two_files_share_every_choice_step():
    assert sorted(HERE + THERE) == sorted(CHOICES) and len(THERE) == len(CHOICES) // 2


@pytest.mark.parametrize(("lesson", "name"), THERE)
def test_a_choice_step_says_whether_the_pick_was_right_and_names_the_right_option(lesson, name):
    check_choice(lesson, name)
