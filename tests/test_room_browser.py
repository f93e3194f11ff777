"""Predict, then reveal, end to end: a lecturer on a projector and students on phones, each a
Chromium context of its own against one `streamlit run` server."""

import math
import os
import urllib.parse

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, served_app, wait_until_idle

pytestmark = pytest.mark.browser

# A phone as a phone's browser names itself: the app lays it out narrow from its first run (a
# browser that does not say so is laid out again once its width is known, a second run that
# redraws every chart: tests/test_browser.py checks that case).
PHONE = dict(
    viewport={"width": 390, "height": 844},
    is_mobile=True,
    has_touch=True,
    user_agent="Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/120.0 Mobile Safari/537.36",
)

FIGURE_JS = """
() => {
  const gd = document.querySelector('.st-key-room_figure .js-plotly-plot');
  if (!gd || !gd._fullData) return null;
  return gd._fullData.map(t => ({name: t.name, mode: t.mode,
                                 x: Array.from(t.x || []), y: Array.from(t.y || [])}));
}
"""


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """`make run`'s server, its rooms in a SQLite file of this module's own (the default
    store, in a fresh state folder)."""
    state = os.environ.get("LOSSLAB_STATE")
    os.environ["LOSSLAB_STATE"] = str(tmp_path_factory.mktemp("state"))
    try:
        with served_app() as url:
            yield url
    finally:
        if state is None:
            del os.environ["LOSSLAB_STATE"]
        else:
            os.environ["LOSSLAB_STATE"] = state


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, url: str, **context):
    page = browser.new_context(locale="en-US", **context).new_page()
    page.goto(url)
    wait_until_idle(page)
    page.wait_for_selector(".st-key-room_figure .nsewdrag", timeout=60_000)
    return page


def inside(box, width: int, height: int) -> bool:
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= width + 1
        and box["y"] + box["height"] <= height + 1
    )


def tap(page, fx: float, fy: float) -> None:
    """A finger on the plot at (fx, fy) of its width and height from the top left."""
    box = page.locator(".st-key-room_figure .nsewdrag").first.bounding_box()
    page.touchscreen.tap(box["x"] + fx * box["width"], box["y"] + fy * box["height"])


def slider_value(page, key: str) -> float:
    return float(page.locator(f".st-key-{key} input[type=range]").input_value())


def test_a_lecture_round_with_phones(chromium, app_url):
    lecturer = open_page(
        chromium,
        f"{app_url}/room?new=fig15_8&ask=where&opt=momentum&proj=1",
        viewport={"width": 1280, "height": 720},
    )
    lecturer.wait_for_function("location.search.includes('key=')")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(lecturer.url).query)
    code, key = query["code"][0], query["key"][0]

    # On a projector, at both sizes: the figure, the count and Reveal are on screen at once.
    for width, height in ((1280, 720), (1024, 768)):
        view = open_page(
            chromium,
            f"{app_url}/room?code={code}&key={key}&proj=1",
            viewport={"width": width, "height": height},
        )
        for selector in (".st-key-room_figure", ".st-key-reveal", '[data-testid="stMetric"]'):
            assert inside(view.locator(selector).first.bounding_box(), width, height), selector
        assert view.locator('[data-testid="stImage"] img').count() == 1  # the QR code
        assert view.evaluate("document.documentElement.scrollWidth") <= width
        view.context.close()

    # Two phones: the figure comes first and fits the width; a tap lands where the finger is.
    phones = []
    for fx, fy, expected in ((0.75, 0.25, (4.0, 2.0)), (0.25, 0.75, (-4.0, -2.0))):
        phone = open_page(chromium, f"{app_url}/room?code={code}", **PHONE)
        figure = phone.locator(".st-key-room_figure").bounding_box()
        assert figure["y"] < 300 and figure["width"] >= 330
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        assert phone.locator(".st-key-reveal").count() == 0  # a student cannot reveal
        tap(phone, fx, fy)
        # Both sliders are set by the tap's run, but each arrives in a message of its own:
        # wait until both have, then read them (reading y once x had moved raced it).
        phone.wait_for_function(
            f"Number(document.querySelector('.st-key-ans_x input[type=range]')?.value)"
            f" === {expected[0]} && Math.abs(Number(document.querySelector("
            f"'.st-key-ans_y input[type=range]')?.value) - {expected[1]}) < 0.5",
            timeout=30_000,
        )
        assert slider_value(phone, "ans_y") == pytest.approx(expected[1], abs=0.05)
        phone.locator(".st-key-send button").click()
        phone.get_by_text(f"Sent ({expected[0]:.2f}, {expected[1]:.2f})").wait_for(timeout=30_000)
        phones.append(phone)

    # The projector's count follows without a reload.
    lecturer.locator('[data-testid="stMetricValue"]').get_by_text("2", exact=True).wait_for(
        timeout=30_000
    )
    lecturer.locator(".st-key-reveal button").click()
    lecturer.get_by_text("0 of 2 expected Momentum to stop at the minimum").wait_for(timeout=60_000)
    # the truth plays through the cloud on its own: Plotly reports the animation finished
    # (while it plays, the path's data is the part drawn so far)
    lecturer.wait_for_function(
        "document.querySelector('.st-key-room_figure .js-plotly-plot')?.dataset.played === '1'",
        timeout=30_000,
    )
    traces = {t["name"]: t for t in lecturer.evaluate(FIGURE_JS)}
    cloud = traces["Class (2)"]
    assert sorted(zip(cloud["x"], cloud["y"], strict=True)) == [
        pytest.approx((-4.0, -2.0), abs=0.02),
        pytest.approx((4.0, 2.0), abs=0.02),
    ]
    assert traces["Momentum"]["x"][-1] == pytest.approx(1.89, abs=0.005)

    # Each phone shows the truth on its own, within a few seconds.
    for phone in phones:
        phone.get_by_text("expected Momentum to stop at the minimum").wait_for(timeout=30_000)
        names = {t["name"] for t in phone.evaluate(FIGURE_JS)}
        assert {"Momentum", "Class (2)", "You"} <= names
        phone.context.close()
    lecturer.context.close()


def open_a_room_from_the_menu(page) -> None:
    """The lesson's "Ask the class first" menu, its first question, Open: the page becomes
    the room's lecturer view."""
    page.locator(".st-key-_menu_ask button").first.click()
    page.get_by_role("button", name="Open the room").click()
    page.wait_for_function(
        "location.pathname.endsWith('/room') && location.search.includes('key=')"
    )
    wait_until_idle(page)


def test_the_playground_opens_a_room(chromium, app_url):
    """'Ask the class first' under the Playground's contour: the menu, a question, and the
    page becomes the lecturer's view of a new room on the same view."""
    page = chromium.new_context(locale="en-US", viewport={"width": 1280, "height": 720}).new_page()
    page.goto(f"{app_url}/playground?steps=30")
    wait_until_idle(page)
    open_a_room_from_the_menu(page)
    page.get_by_text("Where will Adam be after 30 steps?").wait_for(timeout=30_000)
    assert page.locator(".st-key-reveal").count() == 1
    page.context.close()


def test_a_number_round_from_a_lesson_with_phones(chromium, app_url):
    """A lesson whose answer is a number: the lecturer opens the room from the lesson's menu,
    two phones set their guess with the slider's keys (a phone's keyboard or a screen
    reader's) and send; the reveal draws both guesses and the truth on the number line."""
    page = chromium.new_context(locale="en-US", viewport={"width": 1024, "height": 768}).new_page()
    page.goto(f"{app_url}/long-term-dependencies?lam1=1.2&ltd_t=30&proj=1")
    wait_until_idle(page)
    open_a_room_from_the_menu(page)
    # The lesson was scrolled down to its menu; the room page comes in at its top.
    page.wait_for_function(
        "document.querySelector('.st-key-room_figure')?.getBoundingClientRect().top >= 0",
        timeout=30_000,
    )
    for selector in (".st-key-room_figure", ".st-key-reveal", '[data-testid="stMetric"]'):
        assert inside(page.locator(selector).first.bounding_box(), 1024, 768), selector
    page.get_by_text("how large is ‖Wᵗv‖ after t = 30 steps?").first.wait_for(timeout=30_000)
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["code"][0]

    for notches in (20, 5):  # from 0 by 0.1 a notch: 2.0 and 0.5
        phone = open_page(chromium, f"{app_url}/room?code={code}", **PHONE)
        figure = phone.locator(".st-key-room_figure").bounding_box()
        slider = phone.locator(".st-key-ans_v").bounding_box()
        assert figure["y"] < slider["y"] < 844 and figure["width"] >= 330  # both in view
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        thumb = phone.locator('.st-key-ans_v input[type="range"]')
        thumb.focus()
        for _ in range(notches):
            thumb.press("ArrowRight")
        phone.wait_for_function(
            "Number(document.querySelector('.st-key-ans_v input[type=range]')?.value)"
            f" === {notches / 10}",
            timeout=30_000,
        )
        wait_until_idle(phone)
        phone.locator(".st-key-send button").click()
        phone.get_by_text(f"Sent {notches / 10:.1f}.").wait_for(timeout=30_000)
        phone.context.close()

    page.locator('[data-testid="stMetricValue"]').get_by_text("2", exact=True).wait_for(
        timeout=30_000
    )
    page.locator(".st-key-reveal button").click()
    # ‖W³⁰v‖ for λ = (1.2, 0.5): log₁₀ 2.04 (tests/test_room_page.py works it out by hand)
    page.get_by_text("1 of 2 answered within ±0.5 of the true value, 2.0").wait_for(timeout=30_000)
    (dots,) = page.evaluate(FIGURE_JS)
    assert sorted(dots["x"]) == pytest.approx([0.5, 2.0], abs=0.01)
    page.context.close()


AXES_JS = """
(key) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  const {xaxis, yaxis} = gd._fullLayout;
  return {x: xaxis.range, y: yaxis.range, xlog: xaxis.type === 'log', ylog: yaxis.type === 'log'};
}
"""


def tapped_value(axes: dict, f: float, which: str) -> float:
    """The data value a tap at share f of the plot lands on (from the left, or the top)."""
    lo, hi = axes[which]
    v = lo + f * (hi - lo) if which == "x" else hi - f * (hi - lo)
    return 10**v if axes[f"{which}log"] else v


@pytest.mark.parametrize(
    ("page", "chart", "sliders"),
    [
        ("playground", "contour", ("x0", "y0")),
        ("critical-points", "cp_contour", ("px", "py")),
        ("gradient-geometry", "g_contour", ("gx", "gy")),
    ],
)
def test_a_finger_moves_a_lessons_point_where_it_taps(chromium, app_url, page, chart, sliders):
    """Plotly reports no click for a touch: every lesson that sets a point by clicking its
    contour takes a finger's tap too (kit.tap), at 390×844."""
    phone = chromium.new_context(locale="en-US", **PHONE).new_page()
    phone.goto(f"{app_url}/{page}")
    wait_until_idle(phone)
    phone.wait_for_selector(f".st-key-{chart} .nsewdrag", timeout=60_000)
    axes = phone.evaluate(AXES_JS, chart)
    fx, fy = 0.62, 0.31  # nowhere near a marked point (a tap there would snap to it)
    box = phone.locator(f".st-key-{chart} .nsewdrag").first.bounding_box()
    phone.touchscreen.tap(box["x"] + fx * box["width"], box["y"] + fy * box["height"])
    want = (tapped_value(axes, fx, "x"), tapped_value(axes, fy, "y"))
    tolerance = 0.02 * max(abs(axes["x"][1] - axes["x"][0]), abs(axes["y"][1] - axes["y"][0]))
    # both sliders, as the tap's rerun may draw one before the other (and a slider already
    # near the tapped value would pass at once, before the tap is taken)
    near = " && ".join(
        f"Math.abs(Number(document.querySelector('.st-key-{key} input[type=range]')"
        f"?.value) - {value}) < {tolerance}"
        for key, value in zip(sliders, want, strict=True)
    )
    phone.wait_for_function(near, timeout=30_000)
    assert slider_value(phone, sliders[0]) == pytest.approx(want[0], abs=tolerance)
    assert slider_value(phone, sliders[1]) == pytest.approx(want[1], abs=tolerance)
    phone.context.close()


def test_a_finger_picks_a_convergence_map_cell(chromium, app_url):
    phone = chromium.new_context(locale="en-US", **PHONE).new_page()
    phone.goto(f"{app_url}/convergence-maps")
    wait_until_idle(phone)
    phone.wait_for_selector(".st-key-map_chart .nsewdrag", timeout=60_000)
    axes = phone.evaluate(AXES_JS, "map_chart")
    grid = phone.evaluate(
        """() => {
          const gd = document.querySelector('.st-key-map_chart .js-plotly-plot');
          const t = gd._fullData.find(t => t.name === 'click');
          return {x: Array.from(new Set(t.x)), y: Array.from(new Set(t.y))};
        }"""
    )
    fx, fy = 0.2, 0.8
    box = phone.locator(".st-key-map_chart .nsewdrag").first.bounding_box()
    phone.touchscreen.tap(box["x"] + fx * box["width"], box["y"] + fy * box["height"])

    def nearest(values, v, log):
        f = math.log if log else float
        return min(values, key=lambda u: abs(f(u) - f(v)))

    want = (
        nearest(grid["x"], tapped_value(axes, fx, "x"), axes["xlog"]),
        nearest(grid["y"], tapped_value(axes, fy, "y"), axes["ylog"]),
    )
    phone.wait_for_function(
        """(want) => {
          const gd = document.querySelector('.st-key-map_chart .js-plotly-plot');
          const t = gd && gd._fullData.find(t => t.name === 'selected cell');
          return t && Math.abs(t.x[0] / want[0] - 1) < 1e-3 && Math.abs(t.y[0] / want[1] - 1) < 1e-3;
        }""",
        arg=list(want),
        timeout=30_000,
    )
    phone.context.close()
