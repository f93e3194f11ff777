"""Readable from the back row, usable with a thumb (issue 32), measured in Chromium.

Every lesson, at 1280×720 and 1024×768 with the projector off and on, at 1024×768 with the
projector on in 中文 (where labels are longest) and on a 390×844 phone in both languages
(`tests/layout.py`), and again with the settings of its EXTRA views (cliffs at ε = 10):
- every plotting area of its main figure (each cartesian subplot, 3-D scene, polar disc) is at
  least 200×150 px and wholly on screen (on the desktop views);
- no formula, widget label, option, chip or button label is cut;
- no axis title overlaps its tick labels, no colour-bar labels overlap or repeat, no button
  sits on an animation's slider, no legend on a plot, no toolbar on a legend or title;
- on the phone, the study steps' buttons are one row (a thumb's row of step numbers), the
  lesson's main control is within one screen of its figure, and with each
  study step chosen in turn, the open question's answer control (its input and Check) ends
  within one screen of the figure's top and the question is within one screen of the step
  buttons (a student taps a step and answers it beside the figure).

One server; a lesson is loaded once per language and projector state and resized for the
other views. Lessons that fail today are strict xfails (KNOWN) with what was measured, so each
remaining failure stays in sight and a fixed one must leave the list."""

from __future__ import annotations

import contextlib
import os

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, is_local, served_app
from tests.layout import (
    EXTRA,
    SCROLLBAR_ARGS,
    VIEWS,
    measure_lesson,
    named_views,
    problems,
    smallest,
)
from ui.registry import lessons

pytestmark = pytest.mark.browser

# LOSSLAB_LAYOUT_LESSONS=playground,schedules measures only those (a targeted run)
PATHS = [
    lesson.url_path
    for lesson in lessons()
    if not os.environ.get("LOSSLAB_LAYOUT_LESSONS")
    or lesson.url_path in os.environ["LOSSLAB_LAYOUT_LESSONS"].split(",")
]

# What each lesson still gets wrong, as measured on w-p32 (a formula "cut" scrolls sideways in
# its box; the phone's main control is the first slider on the page).
KNOWN: dict[str, str] = {}


# every request the browsers made while measuring: offline, none may leave this machine
REQUESTS: list[str] = []


@pytest.fixture(scope="module")
def measured(pytestconfig):
    found = {}
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_context(locale="en-US").new_page()
        shown = pw.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, **SCROLLBAR_ARGS
        )
        scrollbar_page = shown.new_context(locale="en-US").new_page()
        for watched in (page, scrollbar_page):
            watched.on("request", lambda request: REQUESTS.append(request.url))
        for path in PATHS:
            found[path] = measure_lesson(page, url, path, scrollbar_page)
        shown.close()
        browser.close()
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    shown = capture.global_and_fixture_disabled() if capture else contextlib.nullcontext()
    with shown:  # the table, in every run's output
        write = reporter.write_line if reporter is not None else print
        write("")
        write("smallest plotting area of each lesson's main figure")
        width = max(map(len, PATHS))
        names = [view.name for view in VIEWS]
        write(f"{'':<{width}}  " + "  ".join(f"{n:>16}" for n in names))
        for path in PATHS:
            cells = "  ".join(f"{smallest(found[path][n]):>16}" for n in names)
            write(f"{path:<{width}}  {cells}")
            for query in EXTRA.get(path, ()):  # the lesson's extra views, on their own row
                cells = "  ".join(
                    f"{smallest(found[path].get(f'{n} · {query}')):>16}" for n in names
                )
                write(f"{'  · ' + query:<{width}}  {cells}")
    return found


def test_every_lessons_first_chart_is_wholly_on_screen(measured):
    misplaced = {}
    for path, views in measured.items():
        for name, view in named_views(path):
            m = views[name]
            if m is None:
                misplaced[f"{path} @ {name}"] = "its script was still running after 300 s"
                continue
            x0, y0, x1, y1 = m["figure"]
            desktop = view.width > 640
            if m["sideways"] or (
                desktop and (x0 < 0 or y0 < 0 or x1 > view.width or y1 > view.height)
            ):
                misplaced[f"{path} @ {name}"] = (m["figure"], m["sideways"])
    assert not misplaced, misplaced


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN[p])) if p in KNOWN else p
        for p in PATHS
    ],
)
def test_every_view_is_readable_and_whole(measured, path):
    found = {
        name: problems(view, measured[path][name], path)
        for name, view in named_views(path)
        if problems(view, measured[path][name], path)
    }
    assert not found, found


def test_no_toolbar_menu_or_multiselect_is_left_in_english(measured):
    """Plotly's toolbar (English tooltips: Streamlit's plotly.js has no zh-CN locale; its icons
    sat on legends and titles), Streamlit's ⋮ menu (Print, Record screen) and multiselects
    (their "Select all") are left out of every view; the Download menu under each chart has
    the PNG and says how to zoom back."""
    left = {
        f"{path} @ {name}": (m["toolbar"][:3], m["menu"], m["multiselects"])
        for path, views in measured.items()
        for name, _ in named_views(path)
        if (m := views[name]) is not None and (m["toolbar"] or m["menu"] or m["multiselects"])
    }
    assert not left, left


def test_no_button_sits_on_an_animations_slider(measured):
    """▶ and ❚❚ clear of the step slider in every view (with "▶ Play ❚❚ Pause" they ran over
    its start at every size, in larger type and in a phone's narrow plot more)."""
    on = {
        f"{path} @ {name}": over
        for path, views in measured.items()
        for name, _ in named_views(path)
        if (m := views[name]) is not None
        and (over := [o for o in m["overlaps"] if "button over the slider" in o])
    }
    assert not on, on


def test_every_lesson_loads_in_both_languages_without_an_exception_and_offline(measured):
    """Every view of every lesson (both languages, projector on and off, the phone, the EXTRA
    settings): no exception and no "Page not found" on screen, and no request leaves this
    machine (the app works offline in a lecture hall). The pages outside the lessons (start
    page, glossary, formula sheet) are loaded by `tests/test_browser.py`."""
    shown = {
        f"{path} @ {name}": m["exceptions"]
        for path, views in measured.items()
        for name, _ in named_views(path)
        if (m := views[name]) is not None and m["exceptions"]
    }
    assert not shown, shown
    assert len(REQUESTS) > 100
    remote = [url for url in REQUESTS if not is_local(url)]
    assert not remote, f"requests that leave localhost: {remote[:10]}"
