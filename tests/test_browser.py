"""End to end: the app served by `streamlit run`, driven in Debian's headless Chromium."""

import itertools
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Page, sync_playwright

from pages.formulas import model as sheet
from tests.browser import (
    CHROMIUM_ARGS,
    chromium_path,
    is_local,
    screenshot,
    served_app,
    wait_until_idle,
)
from ui import registry

pytestmark = pytest.mark.browser

TRAJECTORIES_JS = """
() => {
  const gd = document.querySelector('.st-key-contour .js-plotly-plot');
  if (!gd || !gd._fullData) return null;
  return gd._fullData
    .filter(t => t.mode === 'lines+markers' && t.name !== 'head')
    .map(t => ({name: t.name, x: Array.from(t.x), y: Array.from(t.y)}));
}
"""


@pytest.fixture(scope="module")
def app_url():
    with served_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US")
    page = context.new_page()
    yield page
    context.close()


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    wait_until_idle(page)
    page.wait_for_function(f"() => ({TRAJECTORIES_JS.strip()})() !== null", timeout=60_000)


def trajectories(page: Page) -> dict:
    return {t["name"]: (t["x"], t["y"]) for t in page.evaluate(TRAJECTORIES_JS)}


def assert_no_exception(page: Page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("Page not found").count() == 0


def test_a_lesson_link_opened_first_shows_the_full_app(page, app_url):
    # The first session of a fresh server, on a deep link with a repeated parameter.
    open_app(page, f"{app_url}/playground?landscape=rosenbrock&opt=sgd&opt=adam&lang=zh")
    assert_no_exception(page)
    assert page.locator("h1").first.inner_text().strip() == "优化器竞赛场"
    assert set(trajectories(page)) == {"SGD", "Adam"}
    assert "landscape=rosenbrock" in page.url and page.url.count("opt=") == 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_page_outside_the_lessons_loads_without_an_exception(page, app_url, lang):
    """The sidebar's pages that are not lessons (the start page, the glossary, the formula
    sheet); every lesson is loaded in every view, offline, by `tests/test_layout.py`."""
    # Offline: every request the browser makes, on every page, stays on this machine.
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_app(page, f"{app_url}/playground?lang={lang}")
    page.get_by_test_id("stExpandSidebarButton").click()
    links = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]')
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    lessons = {lesson.url_path for lesson in registry.lessons()}
    assert lessons <= {href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs}, hrefs
    hrefs = [href for href in hrefs if href.rstrip("/").rsplit("/", 1)[-1] not in lessons]
    assert len(hrefs) >= 3, hrefs  # the start page, the glossary, the formula sheet
    for href in hrefs:
        target = href if href.startswith("http") else f"{app_url}/{href.lstrip('/')}"
        page.goto(target + ("&" if "?" in target else "?") + f"lang={lang}")
        # A busy machine's cold first view (edge of stability trains 3000 steps) can take
        # minutes in a clean clone: wait as long as the layout test does, and name the page.
        try:
            wait_until_idle(page, timeout_ms=300_000)
        except Exception as error:
            raise AssertionError(f"{href}: still running after 300 s") from error
        assert_no_exception(page)
        name = href.rstrip("/").rsplit("/", 1)[-1] or "home"
        screenshot(page, f"{name}-{lang}")
    assert len(requests) > 20
    remote = [url for url in requests if not is_local(url)]
    assert not remote, f"requests that leave localhost: {remote[:10]}"


def test_a_typed_formula_redraws_and_goes_into_the_link(page, app_url):
    open_app(page, f"{app_url}/playground?landscape=typed&opt=sgd")
    box = page.locator(".st-key-f input")
    box.fill("x^2 - y^2")
    box.press("Enter")
    page.wait_for_function(
        f"() => {{ const t = ({TRAJECTORIES_JS.strip()})(); "
        "return t && Math.abs(t[0].x[1] - (-2.4)) < 1e-4; }",
        timeout=60_000,
    )
    wait_until_idle(page)
    # SGD, ε = 0.1, on x² − y² from (−3, 2): x₁ = −3 − 0.1·(−6), y₁ = 2 − 0.1·(−4)
    sgd = trajectories(page)["SGD"]
    assert sgd[0][1] == pytest.approx(-2.4, rel=1e-5) and sgd[1][1] == pytest.approx(2.4, rel=1e-5)
    assert "landscape=typed" in page.url and "f=x" in page.url
    assert_no_exception(page)
    screenshot(page, "playground-typed-en")


def nudge_sgd_lr(page: Page) -> None:
    """One notch right on SGD's ε slider by keyboard; waits for the contour to redraw and
    checks the new first step by hand."""
    before = trajectories(page)["SGD"]
    thumb = page.locator('.st-key-sgd-lr input[type="range"]')
    thumb.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        f"() => {{ const t = ({TRAJECTORIES_JS.strip()})(); "
        f"return t && t.find(p => p.name === 'SGD').x[1] !== {before[0][1]}; }}",
        timeout=60_000,
    )
    wait_until_idle(page)
    assert thumb.get_attribute("aria-valuetext") == "0.11"  # the next value on the grid
    after = trajectories(page)["SGD"]
    # SGD on the bowl: x₁ = x₀(1 − ε/5), now with ε = 0.11
    assert after[0][1] == pytest.approx(-7.0 * (1 - 0.11 / 5), rel=1e-5)
    # the browser writes a moved slider's value into the address itself, after the rerun
    # it asked for: wait for it, then read it
    page.wait_for_function("() => location.search.includes('sgd-lr=0.11')", timeout=20_000)
    assert "sgd-lr=0.11" in page.url
    assert_no_exception(page)


def test_keyboard_slider_move_redraws_the_contour(page, app_url):
    open_app(page, f"{app_url}/playground")
    nudge_sgd_lr(page)


def test_switching_language_changes_the_labels(page, app_url):
    open_app(page, f"{app_url}/playground")
    assert page.locator("h1").first.inner_text().strip() == "Optimizer playground"
    page.get_by_test_id("stExpandSidebarButton").click()
    page.locator('[data-testid="stSidebar"]').get_by_text("中文").click()
    page.wait_for_function(
        "() => document.querySelector('h1') && document.querySelector('h1').innerText.trim() === '优化器竞赛场'",
        timeout=30_000,
    )
    wait_until_idle(page)
    assert set(trajectories(page)) >= {"SGD", "动量"}
    assert "lang=zh" in page.url
    assert_no_exception(page)


def test_a_box_being_typed_in_shows_no_english_hint_in_chinese(page, app_url):
    """Streamlit's text and number boxes show "Press Enter to apply" (English, over the box)
    while one is typed in; the theme hides it in every language."""
    page.goto(f"{app_url}/glossary?lang=zh")
    wait_until_idle(page)
    box = page.locator('input[type="text"]').first
    box.click()
    box.type("Hess")
    page.wait_for_timeout(500)
    hints = page.get_by_test_id("InputInstructions")
    assert hints.count() >= 1, "Streamlit no longer draws its hint: this test checks nothing"
    assert not any(hints.nth(i).is_visible() for i in range(hints.count()))
    assert "Press Enter" not in page.locator("body").inner_text()


def test_a_click_on_the_contour_moves_the_start(page, app_url):
    open_app(page, f"{app_url}/playground")
    box = page.locator(".st-key-contour .nsewdrag").first.bounding_box()
    # the centre of the bowl's plot is (0, 0); aim a little right of it
    page.mouse.click(box["x"] + box["width"] * 0.75, box["y"] + box["height"] * 0.5)
    page.wait_for_function(
        f"() => {{ const t = ({TRAJECTORIES_JS.strip()})(); return t && t[0].x[0] > 0; }}",
        timeout=30_000,
    )
    wait_until_idle(page)
    start = trajectories(page)["SGD"]
    assert start[0][0] == pytest.approx(4.0, abs=0.5) and abs(start[1][0]) < 0.5
    x0 = float(page.locator('.st-key-x0 input[type="range"]').get_attribute("aria-valuetext"))
    assert x0 == pytest.approx(start[0][0], abs=0.01)
    assert_no_exception(page)
    screenshot(page, "playground-after-click-en")


DATA_TO_PIXEL_JS = """
([key, x, y]) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  const L = gd._fullLayout, box = gd.getBoundingClientRect();
  return [box.left + L.xaxis._offset + L.xaxis.d2p(x), box.top + L.yaxis._offset + L.yaxis.d2p(y)];
}
"""


def click_at(page: Page, key: str, x: float, y: float, dx: float = 0, dy: float = 0) -> None:
    """Clicks the chart under `key` at data point (x, y), shifted by (dx, dy) pixels."""
    px, py = page.evaluate(DATA_TO_PIXEL_JS, [key, x, y])
    page.mouse.click(px + dx, py + dy)


def probe(page: Page) -> tuple[float, float]:
    return tuple(
        float(page.locator(f'.st-key-{k} input[type="range"]').get_attribute("aria-valuetext"))
        for k in ("px", "py")
    )


def test_a_click_on_the_gradient_geometry_contour_moves_the_point_and_its_sentences(page, app_url):
    page.goto(f"{app_url}/gradient-geometry")
    wait_until_idle(page)
    page.wait_for_selector(".st-key-g_contour .main-svg", timeout=60_000)
    click_at(page, "g_contour", -6.5, 1.0)  # inside the zoomed window around (−7, 2)
    page.wait_for_function(
        """() => Math.abs(parseFloat(document.querySelector('.st-key-gx input[type="range"]')
              .getAttribute('aria-valuetext')) + 6.5) < 0.1""",
        timeout=30_000,
    )
    wait_until_idle(page)
    x, y = (
        float(page.locator(f'.st-key-{k} input[type="range"]').get_attribute("aria-valuetext"))
        for k in ("gx", "gy")
    )
    assert x == pytest.approx(-6.5, abs=0.1) and y == pytest.approx(1.0, abs=0.1)
    norm = float(np.hypot(2 * x / 10, 2 * y))  # ∇(x²/10 + y²) at the new point, by hand
    assert f"‖∇L‖ = {norm:.3g}" in page.locator("body").inner_text()
    assert_no_exception(page)


def test_clicks_snap_to_the_marked_points_and_paths_never_swallow_them(page, app_url):
    page.goto(f"{app_url}/critical-points")
    wait_until_idle(page)
    page.wait_for_selector(".st-key-cp_contour .main-svg")

    def click_and_wait(x, y, dx=0, dy=0):
        before = probe(page)
        click_at(page, "cp_contour", x, y, dx, dy)
        page.wait_for_function(
            """([b]) => { const v = ['px', 'py'].map(k => parseFloat(document.querySelector(
              `.st-key-${k} input[type="range"]`).getAttribute('aria-valuetext')));
              return v[0] !== b[0] || v[1] !== b[1]; }""",
            arg=[list(before)],
            timeout=30_000,
        )
        wait_until_idle(page)

    click_and_wait(1.3, -0.9)  # somewhere plain first: the probe leaves the saddle
    assert probe(page) == pytest.approx((1.3, -0.9), abs=0.06)
    assert page.get_by_text("Not a critical point", exact=True).count() == 1
    # four pixels off the saddle, where the drawn paths start: the saddle itself
    click_and_wait(0.0, 0.0, 3, -3)
    assert probe(page) == (0.0, 0.0)
    assert page.get_by_text("Saddle point", exact=True).count() == 1
    click_and_wait(1.0, 1.0, -4, 2)  # the star: exactly (1, 1), gradient zero
    assert probe(page) == (1.0, 1.0)
    # degenerate, but at the surface's minimum L on the curve of minima: a minimum
    assert page.get_by_text("Minimum", exact=True).count() == 1
    path = page.evaluate(  # a point of a drawn path, clear of every marked point
        """() => { const gd = document.querySelector('.st-key-cp_contour .js-plotly-plot');
          for (const t of gd._fullData.filter(t => t.mode === 'lines+markers')) {
            const marks = [[0, 0], [1, 1], [-1, -1], [t.x[0], t.y[0]]];
            const i = Array.from(t.x).findIndex((x, i) => marks.every(
              ([a, b]) => Math.hypot(x - a, t.y[i] - b) > 0.3));
            if (i >= 0) return [t.x[i], t.y[i]];
          }
          return null; }"""
    )
    click_and_wait(*path)  # a point of a drawn path probes the surface there
    assert probe(page) == pytest.approx(tuple(path), abs=0.01)
    assert_no_exception(page)


def test_play_reveals_the_paths_step_by_step(page, app_url):
    open_app(page, f"{app_url}/playground")
    full = {name: len(x) for name, (x, _) in trajectories(page).items()}
    page.locator(".st-key-contour .updatemenu-button").first.click()  # ▶ Play
    page.wait_for_function(  # a frame in: every path is cut at its step
        f"""() => {{ const t = ({TRAJECTORIES_JS.strip()})();
          return t && t.every(p => p.x.length < 12); }}""",
        timeout=10_000,
    )
    page.wait_for_function(  # and at the end each path is whole again
        f"""([full]) => {{ const t = ({TRAJECTORIES_JS.strip()})();
          return t && t.every(p => p.x.length === full[p.name]); }}""",
        arg=[full],
        timeout=30_000,
    )
    assert_no_exception(page)


# Every lesson's first chart wholly on screen, at 1280×720 and 1024×768 with the projector off
# and on: tests/test_layout.py, with each plotting area's size.


def test_a_lesson_link_as_a_fresh_servers_first_request(browser):
    # Its own server: the very first request is a lesson other than the Playground, which
    # Streamlit resolves by file name before app.py has declared the navigation.
    with served_app() as url:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        page = context.new_page()
        page.goto(f"{url}/critical-points?landscape=himmelblau&px=3&py=2&lang=zh")
        wait_until_idle(page)
        page.wait_for_selector("h1")
        assert page.locator("h1").first.inner_text().strip() == "临界点与鞍点"
        assert page.get_by_text("极小值", exact=True).count() >= 1  # the probe's kind
        assert_no_exception(page)
        assert "landscape=himmelblau" in page.url
        context.close()


def test_a_click_on_a_map_cell_links_that_cell_to_the_playground(page, app_url):
    page.goto(f"{app_url}/convergence-maps?map_grid=32")
    wait_until_idle(page)
    assert_no_exception(page)
    link = page.locator('[data-testid="stPageLink-NavLink"]', has_text="Open this run")
    link.wait_for(timeout=60_000)
    before = link.get_attribute("href")
    assert before and "momentum-lr=" in before
    box = page.locator(".st-key-map_chart .nsewdrag").first.bounding_box()
    # lower left of the map: small ε, small α (the axes run 0.001 … 4 and 0 … 0.999)
    page.mouse.click(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.8)
    page.wait_for_function(
        "(old) => { const a = [...document.querySelectorAll('a')]"
        ".find(a => a.innerText.includes('Open this run'));"
        " return a && a.getAttribute('href') !== old; }",
        arg=before,
        timeout=30_000,
    )
    wait_until_idle(page)
    href = link.get_attribute("href")
    assert "opt=momentum" in href and "landscape=bowl" in href
    lr = float(href.split("momentum-lr=")[1].split("&")[0])
    alpha = float(href.split("momentum-momentum=")[1].split("&")[0])
    assert 0.003 < lr < 0.05 and 0.05 < alpha < 0.35  # where the click landed, not the best cell
    assert page.get_by_text("selected cell").count() >= 1
    link.click()
    page.wait_for_function("() => location.pathname.endsWith('/playground')", timeout=30_000)
    wait_until_idle(page)
    assert_no_exception(page)
    assert f"momentum-lr={lr:g}" in page.url
    thumb = page.locator('.st-key-momentum-lr input[type="range"]')
    assert float(thumb.get_attribute("aria-valuetext")) == pytest.approx(lr)
    screenshot(page, "playground-from-map-en")


LARGE_TYPE_JS = "() => parseFloat(getComputedStyle(document.documentElement).fontSize) >= 20"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_projector_mode_is_large_on_every_page(browser, app_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US")
    page = context.new_page()
    open_app(page, f"{app_url}/playground?proj=1&lang={lang}")
    page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    label = page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=stWidgetLabel] p')).fontSize"
    )
    assert float(label.rstrip("px")) >= 20
    width = page.evaluate(
        "() => document.querySelector('.st-key-contour .js-plotly-plot')"
        "._fullData.find(t => t.name === 'SGD').line.width"
    )
    assert width >= 5
    assert_no_exception(page)
    screenshot(page, f"playground-projector-{lang}")
    # the switch is kept across pages (in-app navigation: a fresh load is a new session)
    page.get_by_test_id("stExpandSidebarButton").click()
    page.locator('[data-testid="stSidebar"] a[href$="schedules"]').click()
    page.wait_for_url("**/schedules**")
    wait_until_idle(page)
    page.get_by_test_id("stExpandSidebarButton").wait_for()  # choosing a page folded it
    page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    assert "proj=1" in page.url
    assert_no_exception(page)
    screenshot(page, f"schedules-projector-{lang}")
    context.close()


def test_a_lesson_link_hides_controls_and_the_share_box_builds_it(page, app_url):
    open_app(page, f"{app_url}/playground?hide=steps,landscape&sgd-lr=0.5")
    assert not page.locator(".st-key-steps").is_visible()
    assert not page.locator(".st-key-landscape").is_visible()
    assert page.locator(".st-key-sgd-lr").is_visible()
    page.get_by_test_id("stExpandSidebarButton").click()
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Share this view").click()
    code = sidebar.locator("code").first
    code.wait_for(timeout=30_000)
    link = code.inner_text().strip()
    assert link.startswith(f"{app_url}/playground?"), link
    assert "sgd-lr=0.5" in link and "hide=steps,landscape" in link
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    frame = page.frame_locator('[data-testid="stSidebar"] iframe').first
    frame.get_by_role("button", name="Copy link").click()
    frame.get_by_role("button", name="Copied").wait_for(timeout=10_000)
    assert page.evaluate("() => navigator.clipboard.readText()") == link
    assert_no_exception(page)
    screenshot(page, "playground-share-en")


def test_the_open_share_box_follows_a_slider_moved_inside_a_fragment(page, app_url):
    # The slider reruns the Playground's fragment only; the sidebar's link must not go stale.
    open_app(page, f"{app_url}/playground")
    page.get_by_test_id("stExpandSidebarButton").click()
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Share this view").click()
    code = sidebar.locator("code").first
    code.wait_for(timeout=30_000)
    assert "sgd-lr=0.11" not in code.inner_text()
    nudge_sgd_lr(page)
    page.wait_for_function(
        """() => { const c = document.querySelector('[data-testid="stSidebar"] code');
                   return c && c.innerText.includes('sgd-lr=0.11'); }""",
        timeout=30_000,
    )
    assert_no_exception(page)


def test_downloads_are_named_after_the_view(page, app_url):
    download_race_csv(page, app_url)


def download_race_csv(page: Page, url: str) -> None:
    """SGD's 10 steps from the race menu as CSV (a /media/ file of the session's worker)."""
    open_app(page, f"{url}/playground?opt=sgd&steps=10")
    page.get_by_role("button", name="Export the race").click()
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Trajectories CSV").click()
    download = info.value
    assert download.suggested_filename == "playground-race.csv"
    lines = Path(download.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "optimizer,step,x,y,loss,diverged" and len(lines) == 12
    assert lines[2].startswith("sgd,1,-6.86,1.6")  # x₁ = −7(1 − 0.1/5), y₁ = 2(1 − 0.2)
    assert_no_exception(page)


def test_choosing_a_lesson_in_the_sidebar_folds_the_sidebar_away(page, app_url):
    open_app(page, f"{app_url}/playground")
    page.get_by_test_id("stExpandSidebarButton").click()
    sidebar = page.locator('[data-testid="stSidebar"]')
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().x >= 0"
    )
    sidebar.get_by_role("link", name="Cliffs and exploding gradients").click()
    page.wait_for_url("**/cliffs**", timeout=30_000)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stSidebar]')"
        ".getBoundingClientRect().right <= 0",
        timeout=30_000,
    )  # folded away: the lesson has the whole width
    wait_until_idle(page)
    assert_no_exception(page)


def test_switching_the_projector_on_folds_the_sidebar_away(page, app_url):
    open_app(page, f"{app_url}/playground")
    page.get_by_test_id("stExpandSidebarButton").click()
    sidebar = page.locator('[data-testid="stSidebar"]')
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stSidebar]').getBoundingClientRect().x >= 0"
    )
    sidebar.get_by_text("Projector mode").click()
    page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stSidebar]')"
        ".getBoundingClientRect().right <= 0",
        timeout=30_000,
    )  # folded away
    assert "proj=1" in page.url
    assert_no_exception(page)


PHONE_LAYOUT_JS = """
(key) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  if (!gd || !gd._fullLayout) return null;
  const box = (el) => { const b = el.getBoundingClientRect();
                        return [b.left, b.top, b.right, b.bottom]; };
  const figure = box(gd);
  const legend = gd.querySelector('.legend .bg');  // the legend's box: its clip edge
  return {
    figure,
    legend: legend ? box(legend) : null,
    plot: [gd._fullLayout._size.w, gd._fullLayout._size.h],
    colourBars: gd.querySelectorAll('.colorbar').length,
    legendTexts: Array.from(gd.querySelectorAll('.legend .legendtext')).map(box),
    titles: Array.from(gd.querySelectorAll('.annotation-text')).map(box),
  };
}
"""


def test_a_phone_gets_figures_laid_out_for_its_width(browser, app_url):
    """At 390 px the Playground's contour gives the colour bar's width to the surface, the
    1-D panels' titles do not run into each other, and the maps' legend names are whole."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()

    def layout(path: str, key: str, fits) -> dict:
        """The chart's layout once the page has redrawn for a narrow screen (its first run
        is laid out wide): polled until `fits` holds, or for a minute."""
        page.goto(f"{app_url}/{path}")
        wait_until_idle(page)
        page.wait_for_function(f"() => ({PHONE_LAYOUT_JS.strip()})('{key}') !== null")
        for _ in range(120):
            found = page.evaluate(PHONE_LAYOUT_JS, key)
            if found is not None and fits(found):
                break
            page.wait_for_timeout(500)
        return found

    def no_colour_bar(found):
        return found["colourBars"] == 0

    def titles_apart(found):
        titles = sorted(found["titles"])
        return len(titles) == 3 and all(a[2] <= b[0] for a, b in itertools.pairwise(titles))

    def names_whole(found):  # no name runs past the legend's box (where Plotly cuts it)
        edge = min(found["figure"][2], found["legend"][2]) if found["legend"] else 0
        return bool(found["legendTexts"]) and all(text[2] <= edge for text in found["legendTexts"])

    contour = layout("playground", "contour", no_colour_bar)
    assert no_colour_bar(contour) and contour["plot"][0] >= 260
    assert titles_apart(layout("learning-rate-1d", "curves", titles_apart)), "titles overlap"
    assert names_whole(layout("convergence-maps?lang=zh", "map_chart", names_whole))
    context.close()

    # A browser that names itself a phone is laid out narrow from its first run: the page
    # asks the server to run once (one message sent), not once wide and then once narrow.
    android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, user_agent=f"{android} Mobile Safari/537.36"
    )
    page = context.new_page()
    sent = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda frame: sent.append(frame)))
    page.goto(f"{app_url}/playground")
    wait_until_idle(page)
    page.wait_for_function(f"() => ({PHONE_LAYOUT_JS.strip()})('contour') !== null")
    page.wait_for_timeout(2000)  # room for a second run, were one asked for
    wait_until_idle(page)
    assert len(sent) == 1
    assert page.evaluate(PHONE_LAYOUT_JS, "contour")["colourBars"] == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


FORMULA_WIDTHS_JS = """
() => [...document.querySelectorAll('.st-key-formulas-sheet .katex-display')].map(e => ({
  sw: e.scrollWidth, cw: e.clientWidth, right: e.getBoundingClientRect().right,
  tex: (e.querySelector('annotation') || {}).textContent || ''}))
"""


@pytest.mark.parametrize(
    "width,height,query",
    [(390, 844, "lang=zh"), (1024, 768, "lang=zh&proj=1")],
    ids=["phone", "projector"],
)
def test_every_formula_on_the_sheet_fits_its_column(browser, app_url, width, height, query):
    """A cut formula has no scroll cue on a phone: every display formula of the sheet is as wide
    as its column at most (3 px of slack for KaTeX's italic corrections, as tests/layout.py),
    at 390×844 and on a 1024×768 projector in 中文 (its largest type)."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{app_url}/formulas?{query}")
    wait_until_idle(page)
    page.wait_for_selector(".st-key-formulas-sheet .katex-display", timeout=60_000)
    if "proj=1" in query:
        page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    found = page.evaluate(FORMULA_WIDTHS_JS)
    assert len(found) == len(sheet.every_formula())
    wide = [(f["sw"], f["cw"], f["tex"][:60]) for f in found if f["sw"] > f["cw"] + 3]
    assert not wide, wide
    assert max(f["right"] for f in found) <= width
    assert_no_exception(page)
    screenshot(page, f"formulas-{width}-zh")
    context.close()


SIDEBAR_TITLES_JS = """
() => [...document.querySelectorAll('[data-testid="stSidebar"] [data-testid="stPageLink"] a p')]
  .map(p => ({t: p.textContent.trim(), sw: p.scrollWidth, cw: p.clientWidth,
              right: p.getBoundingClientRect().right,
              edge: document.querySelector('[data-testid="stSidebar"]').getBoundingClientRect().right}))
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sidebars_lesson_titles_are_whole_on_a_projector(browser, app_url, lang):
    """At 1024×768 with the projector's type, "Starting from a pre-trained network" and
    "Batch and input normalisation" were cut at the sidebar's edge: every title wraps instead."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="en-US")
    page = context.new_page()
    page.goto(f"{app_url}/schedules?proj=1&lang={lang}")
    wait_until_idle(page)
    page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    page.get_by_test_id("stExpandSidebarButton").click()
    page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"] a').first.wait_for()
    # the sidebar slides in: measure once its edge has stopped moving (a title measured
    # mid-slide reads as past the edge)
    edge = None
    for _ in range(50):
        now = page.evaluate(
            "() => document.querySelector('[data-testid=\"stSidebar\"]')"
            ".getBoundingClientRect().right"
        )
        if now == edge:
            break
        edge = now
        page.wait_for_timeout(200)
    titles = page.evaluate(SIDEBAR_TITLES_JS)
    assert len(titles) >= 20
    cut = [x["t"] for x in titles if x["sw"] > x["cw"] + 1 or x["right"] > x["edge"]]
    assert not cut, cut
    assert_no_exception(page)
    context.close()


START_LINKS_JS = """
() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPageLink"] a')]
  .map(a => {
    const inner = [a, ...a.querySelectorAll('*')];
    return {t: a.textContent.trim(),
            cut: inner.some(e => e.scrollWidth > e.clientWidth + 1 &&
              ['hidden', 'clip'].includes(getComputedStyle(e).overflowX))};
  })
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_start_pages_course_path_is_whole_on_a_projector(browser, app_url, lang):
    """A fresh read: at 1024×768 with the projector's type, the course path's links were
    204 px boxes that cut nine English titles ("Starting from a pre-traine") and one 中文
    ("学习率调度与自适应步"): every title wraps instead."""
    context = browser.new_context(viewport={"width": 1024, "height": 768}, locale="en-US")
    page = context.new_page()
    page.goto(f"{app_url}/?proj=1&lang={lang}")
    wait_until_idle(page)
    page.wait_for_function(LARGE_TYPE_JS, timeout=30_000)
    page.locator('[data-testid="stMain"] [data-testid="stPageLink"] a').first.wait_for()
    links = page.evaluate(START_LINKS_JS)
    assert len(links) >= 19, links
    cut = [x["t"] for x in links if x["cut"]]
    assert not cut, cut
    assert_no_exception(page)
    context.close()
