"""A study step sets its lesson's view; it must never leave the link with a value the page then
calls ignored ("This page has no setting so_curve: the link's “parabola” was ignored"): a
second-order step 3 chosen after step 2 moved the view to 2-D with step 2's so_curve still in
the link. Every lesson with a view switch, each step chosen in turn and then back again."""

from __future__ import annotations

import importlib
import re

import pytest

from tests.lessons import no_exceptions, open_page
from ui import registry
from ui.i18n import CATALOG

VIEW_SWITCHING = [
    lesson.url_path
    for lesson in registry.every_page()
    if "view_switch(" in (registry.ROOT / lesson.file).read_text(encoding="utf-8")
]


def _ignored(at, lang: str) -> list[str]:
    heads = [
        re.split(r"\{", CATALOG[key][lang])[0] for key in ("url.no_setting", "url.no_settings")
    ]
    return [w.value for w in at.warning if any(str(w.value).startswith(h) for h in heads)]


def test_the_lessons_with_a_view_switch_are_found():
    assert "second-order" in VIEW_SWITCHING and len(VIEW_SWITCHING) >= 5


def _steps(page: str) -> list[str]:
    lesson = next(lesson for lesson in registry.every_page() if lesson.url_path == page)
    module = lesson.file.removesuffix("page.py").replace("/", ".") + "steps"
    try:
        return [step.name for step in importlib.import_module(module).STEPS]
    except ModuleNotFoundError:
        return []


@pytest.mark.parametrize("page", VIEW_SWITCHING)
def test_choosing_every_study_step_shows_no_ignored_link_value(page):
    steps = _steps(page)
    if not steps:
        pytest.skip(f"/{page} has no study steps")
    lang = "zh"
    at = open_page(page, lang)
    key = next(b.key for b in at.get("button_group") if str(b.key).startswith("study-"))
    # each step in turn, then back: every step follows another that set a different view
    for name in steps + steps[-2::-1]:
        next(b for b in at.get("button_group") if b.key == key).set_value(name).run()
        no_exceptions(at)
        assert not _ignored(at, lang), (page, name, _ignored(at, lang))
