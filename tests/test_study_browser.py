"""End to end, in Chromium: a learner alone, in a 中文 browser, opens "/", sees the course's
path, completes a study step, and finds their progress after a reload and in a new browser
context holding the same storage (a browser restart)."""

import contextlib
import json

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect, sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, screenshot, served_app, wait_until_idle
from ui import course, study
from ui.i18n import CATALOG

pytestmark = pytest.mark.browser

ZH = {key: entry["zh"] for key, entry in CATALOG.items()}


def open_start(page, url: str) -> None:
    page.goto(f"{url}/")
    wait_until_idle(page)
    expect(page.locator("h1").first).to_have_text(ZH["page.start.title"], timeout=60_000)


def test_a_learner_follows_the_path_and_keeps_their_progress(tmp_path):
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = context.new_page()
        open_start(page, url)
        chapters = page.locator('[data-testid="stHeadingWithActionElements"] h3')
        expect(chapters).to_have_count(10)
        assert chapters.nth(0).inner_text().startswith("第 1 章 · " + ZH["course.ch.gd"])
        assert chapters.nth(9).inner_text().startswith("第 10 章 · " + ZH["course.ch.real"])
        expect(page.get_by_text(ZH["start.steps"].format(done=0, total=3)).first).to_be_visible()
        screenshot(page, "start-zh")

        # the lesson from its chapter, which opens its first step: predict, check, read the reveal
        page.locator(".st-key-chapter-1").get_by_role("link", name=ZH["page.lr1d.title"]).click()
        wait_until_idle(page)
        box = page.locator(".st-key-study-box-learning-rate-1d")
        expect(box).to_contain_text(ZH["lr1d.step.where.question"][:20])
        field = box.locator("input").first
        field.fill("1.2")
        field.press("Enter")
        wait_until_idle(page)
        box.get_by_role("button", name=ZH["study.check"]).click()
        wait_until_idle(page)
        # ε = 1 on x + sin x from 2.5 ends at −3.07 after 30 steps: 4.27 from 1.2
        expect(box).to_contain_text("你预测 x = 1.20", timeout=60_000)
        expect(box).to_contain_text("4.27")
        page.wait_for_function(
            "() => (localStorage.getItem('losslab.progress') || '').includes('where')",
            timeout=60_000,
        )
        stored = json.loads(page.evaluate("() => localStorage.getItem('losslab.progress')"))
        assert stored["steps"] == {"learning-rate-1d": {"where": 1.2}}
        screenshot(page, "study-step-zh")

        done = ZH["start.steps"].format(done=1, total=3)
        again = ZH["start.continue"].format(lesson=ZH["page.lr1d.title"])
        page.reload()  # a reload: a new session, the browser's copy read back
        open_start(page, url)
        expect(page.get_by_text(done)).to_be_visible(timeout=60_000)
        expect(page.get_by_role("link", name=again)).to_be_visible()

        state = context.storage_state(path=str(tmp_path / "state.json"))
        context.close()
        # a browser restart: a new context with the same storage
        context = browser.new_context(
            viewport={"width": 1280, "height": 800}, locale="zh-CN", storage_state=state
        )
        page = context.new_page()
        open_start(page, url)
        expect(page.get_by_text(done)).to_be_visible(timeout=60_000)
        expect(page.get_by_role("link", name=again)).to_be_visible()
        context.close()
        browser.close()


AXES_JS = """
(key) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  if (!gd || !gd._fullLayout) return null;
  const {xaxis, yaxis} = gd._fullLayout;
  return {x: xaxis.range, y: yaxis.range, xlog: xaxis.type === 'log', ylog: yaxis.type === 'log'};
}
"""
GUESS_JS = """
([key, name]) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  const trace = gd && gd._fullData && gd._fullData.find(t => t.name === name);
  return trace ? [Number(trace.x[0]), Number(trace.y[0])] : null;
}
"""


def test_a_tap_on_the_contour_is_the_guess_its_marker_and_the_reveal_s_point():
    """The Playground's "where does momentum end" step in a 中文 browser: a click on the
    contour's plot area at a known pixel is the guess; the data point that pixel is on follows
    from the drawn axes' ranges and the plot area's box, and the marker, the x and y inputs
    and the reveal's "你预测在 (x, y)" all hold it."""
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = context.new_page()
        page.goto(f"{url}/playground")
        wait_until_idle(page)
        step = "1. " + ZH["playground.step.valley_end.title"]
        page.locator(".st-key-study-playground").get_by_role("radio", name=step).click()
        wait_until_idle(page)
        box = page.locator(".st-key-study-box-playground")
        expect(box).to_contain_text(ZH["playground.step.valley_end.question"][:20])
        plot = page.locator(".st-key-contour .nsewdrag").first
        expect(plot).to_be_visible(timeout=60_000)
        axes = page.evaluate(AXES_JS, "contour")
        assert not axes["xlog"] and not axes["ylog"]
        area = plot.bounding_box()
        # a whole pixel at 62 % across and 31 % down the plot area (nowhere near a marker)
        px = round(area["x"] + 0.62 * area["width"])
        py = round(area["y"] + 0.31 * area["height"])
        (x0, x1), (y0, y1) = axes["x"], axes["y"]
        want = (
            x0 + (px - area["x"]) / area["width"] * (x1 - x0),
            y1 - (py - area["y"]) / area["height"] * (y1 - y0),  # y grows upwards
        )
        pixel = max(abs(x1 - x0) / area["width"], abs(y1 - y0) / area["height"])
        page.mouse.click(px, py)
        wait_until_idle(page)
        name = ZH["study.your_guess"]
        page.wait_for_function(
            f"() => ({GUESS_JS})(['contour', '{name}']) !== null", timeout=60_000
        )
        marker = page.evaluate(GUESS_JS, ["contour", name])
        typed = [
            float(box.locator("input").nth(i).input_value()) for i in range(2)
        ]  # the x and y inputs the tap filled in, to two places
        for got, shown, expected in zip(marker, typed, want, strict=True):
            assert got == pytest.approx(shown, abs=1e-6)
            assert shown == pytest.approx(expected, abs=0.005 + pixel)
        screenshot(page, "study-point-zh")
        box.get_by_role("button", name=ZH["study.check"]).click()
        wait_until_idle(page)
        said = f"你预测在 ({typed[0]:.2f}, {typed[1]:.2f})"
        expect(box).to_contain_text(said, timeout=60_000)
        # answered: the guess stays drawn at the tapped point, beside the path it is judged
        # against (the kept answer, to the two places the inputs held)
        kept = page.evaluate(GUESS_JS, ["contour", name])
        assert kept is not None, "the reveal dropped the learner's guess from the contour"
        assert kept == pytest.approx(typed, abs=1e-6)
        page.wait_for_function(
            "() => (localStorage.getItem('losslab.progress') || '').includes('valley_end')",
            timeout=60_000,
        )
        stored = json.loads(page.evaluate("() => localStorage.getItem('losslab.progress')"))
        assert stored["steps"]["playground"]["valley_end"] == pytest.approx(typed)
        context.close()
        browser.close()


def test_the_path_opens_each_lesson_at_its_question_and_keeps_an_answer_to_return_to():
    """In a 中文 browser: chapter 1's learning-rate lesson, opened from the start page, arrives
    with its first step's question open; its answer and reveal are still there after another
    step and after a reload; the lesson's end leads to the next lesson, at its first step."""
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = context.new_page()
        open_start(page, url)
        page.locator(".st-key-chapter-1").get_by_role("link", name=ZH["page.lr1d.title"]).click()
        wait_until_idle(page)
        box = page.locator(".st-key-study-box-learning-rate-1d")
        expect(box).to_contain_text(ZH["lr1d.step.where.question"][:20], timeout=60_000)
        assert "step=where" in page.url
        field = box.locator("input").first
        field.fill("1.2")
        field.press("Enter")
        wait_until_idle(page)
        box.get_by_role("button", name=ZH["study.check"]).click()
        wait_until_idle(page)
        expect(box).to_contain_text("4.27", timeout=60_000)  # 1.2 against the drawn −3.07

        steps = page.locator(".st-key-study-learning-rate-1d")
        steps.get_by_role("radio", name="2. " + ZH["lr1d.step.sway.title"]).click()
        wait_until_idle(page)
        expect(box).to_contain_text(ZH["lr1d.step.sway.question"][:10], timeout=60_000)
        steps.get_by_role("radio", name="1. " + ZH["lr1d.step.where.title"]).click()
        wait_until_idle(page)
        kept = ZH["study.kept_answer"].format(answer="1.20")
        expect(box).to_contain_text(kept, timeout=60_000)
        expect(box).to_contain_text("4.27")
        page.wait_for_function(
            "() => (localStorage.getItem('losslab.progress') || '').includes('where')",
            timeout=60_000,
        )
        page.reload()  # a new session: the answer comes back from the browser's copy
        wait_until_idle(page)
        expect(box).to_contain_text(kept, timeout=60_000)
        expect(box).to_contain_text("4.27")
        screenshot(page, "study-kept-zh")

        title = ZH[course.lesson("minibatch-noise").title_key]
        page.get_by_role("link", name=ZH["study.next"].format(title=title)).last.click()
        wait_until_idle(page)
        first = study.steps_of("minibatch-noise")[0]
        assert f"minibatch-noise?step={first.name}" in page.url
        expect(page.locator(".st-key-study-box-minibatch-noise")).to_contain_text(
            ZH[first.key("question")][:10], timeout=60_000
        )
        context.close()
        browser.close()


FIGURE_TOP_JS = """
() => {
  const f = document.querySelector('[data-testid="stMain"] [data-testid="stPlotlyChart"]');
  return f ? f.getBoundingClientRect().top : null;
}
"""
KEPT_JS = "() => Object.values(window.__losslabKept || {}).includes('kept')"


def test_on_a_phone_check_keeps_the_figure_and_the_reveal_in_view():
    """On a 390×844 phone, in 中文: the Playground's "who reaches the valley first" step,
    answered from the screen the figure opens on. After Check the page runs again (the
    fragment, then the app for the step's mark and the kept progress); the figure scrolled a
    screen away (its top at −572 px here, −993 px in the student's read). Its top must be at
    the top of the screen (under Streamlit's header), and the reveal under it on the same
    screen."""
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True, has_touch=True
        )
        page = context.new_page()
        page.goto(f"{url}/playground?lang=zh&step=valley_first")
        wait_until_idle(page)
        box = page.locator(".st-key-study-box-playground")
        expect(box).to_contain_text(
            ZH["playground.step.valley_first.question"][:10], timeout=180_000
        )
        top = page.evaluate(FIGURE_TOP_JS)
        assert top is not None and 0 <= top < 844  # the figure first, on the screen
        box.locator("label:has(input[type=radio])").first.click()
        check = box.get_by_role("button", name=ZH["study.check"])
        expect(check).to_be_enabled(timeout=180_000)
        wait_until_idle(page)
        check.click()
        wait_until_idle(page)
        expect(box.locator('[data-testid="stAlert"]')).to_be_visible(timeout=180_000)
        with contextlib.suppress(PlaywrightTimeout):  # the keeper done (none before the fix)
            page.wait_for_function(KEPT_JS, timeout=30_000)
        header = page.evaluate(
            "() => document.querySelector('[data-testid=\"stHeader\"]')"
            ".getBoundingClientRect().bottom"
        )
        top = page.evaluate(FIGURE_TOP_JS)
        assert header - 1 <= top <= header + 20, (top, header)
        reveal = box.locator('[data-testid="stAlert"]').bounding_box()
        assert reveal is not None and reveal["y"] < 844, reveal  # under the figure, on screen
        screenshot(page, "study-phone-after-check-zh")
        context.close()
        browser.close()


def test_a_reload_marks_an_answered_step_as_its_reveal_did():
    """In a 中文 browser: the 1-D learning-rate lesson's "where does it end" step answered
    −3.07 (the drawn run ends at −3.07: right) is marked ✓ "（答对了）"; after a reload with
    another step chosen (its reveal not shown again) the mark reads the same, from the
    browser's kept copy, never "（已作答）"."""
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = context.new_page()
        page.goto(f"{url}/learning-rate-1d?lang=zh&step=where")
        wait_until_idle(page)
        box = page.locator(".st-key-study-box-learning-rate-1d")
        expect(box).to_contain_text(ZH["lr1d.step.where.question"][:20], timeout=60_000)
        field = box.locator("input").first
        field.fill("-3.07")
        field.press("Enter")
        wait_until_idle(page)
        box.get_by_role("button", name=ZH["study.check"]).click()
        wait_until_idle(page)
        expect(box).to_contain_text(ZH["study.verdict.right"], timeout=60_000)
        steps = page.locator(".st-key-study-learning-rate-1d")
        first = "1. " + ZH["lr1d.step.where.title"]
        right, answered = ZH["study.mark.right"], ZH["study.mark.answered"]
        expect(steps.get_by_role("radio", name=first + right)).to_be_visible(timeout=60_000)
        steps.get_by_role("radio", name="2. " + ZH["lr1d.step.sway.title"]).click()
        wait_until_idle(page)
        page.wait_for_function(
            "() => (localStorage.getItem('losslab.progress') || '').includes('\"right\"')",
            timeout=60_000,
        )
        stored = json.loads(page.evaluate("() => localStorage.getItem('losslab.progress')"))
        assert stored["steps"]["learning-rate-1d"] == {"where": -3.07}
        assert stored["marks"]["learning-rate-1d"] == {"where": "right"}

        page.reload()  # a new session; step 2 chosen, step 1's reveal not shown
        wait_until_idle(page)
        expect(box).to_contain_text(ZH["lr1d.step.sway.question"][:10], timeout=60_000)
        expect(steps.get_by_role("radio", name=first + right)).to_be_visible(timeout=60_000)
        expect(steps.get_by_role("radio", name=first + answered)).to_have_count(0)
        context.close()
        browser.close()
