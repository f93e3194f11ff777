"""The 1-D lesson's Taylor table: its numbers as printed, and the whole table on screen in
Chromium (25 sin x − x², whose changes run to −1116 at step 0 and −8.7×10⁵ at step 3)."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, served_app
from ui.lesson_figures import taylor_table


def test_the_table_prints_4_significant_digits_and_no_thousands_separator():
    rows = [
        {"ε": "1", "xₖ": 3.0, "Δ": 30.7498, "p": -945.551, "a": -1115.5103, "e": -169.9592},
        {"ε": "0.01", "xₖ": -560.52281, "Δ": -0.0007105, "p": 0.0, "a": -4.272e5, "e": 9.97e-5},
    ]
    styled = taylor_table(rows, fixed=("xₖ",))
    shown = styled.to_html()
    for text in ("3.0000", "30.75", "-945.6", "-1116", "-170", "-560.5228", "-0.0007105"):
        assert f">{text}<" in shown, text
    assert ">-4.272×10⁵<" in shown and ">9.97×10⁻⁵<" in shown and ">0<" in shown
    assert "," not in shown.split("<tbody>")[1]
    assert styled.data.loc[0, "a"] == -1115.5103  # the cell is the number, not its print


VIEWS = [(1024, 768, "lang=zh&proj=1"), (1280, 720, "lang=en"), (390, 844, "lang=en")]
CUT_JS = """() => {
  const t = document.querySelector('[data-testid="stTable"]');
  const main = document.querySelector('[data-testid="stMain"] .block-container') || document.body;
  const scrolls = [t, ...t.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1 &&
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)).length;
  const right = t.querySelector('table').getBoundingClientRect().right;
  return {scrolls, right, edge: main.getBoundingClientRect().right, width: window.innerWidth};
}"""


@pytest.mark.browser
def test_the_whole_table_is_on_screen_for_25_sin_x_minus_x_squared():
    with served_app() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            for width, height, query in VIEWS:
                page = browser.new_page(viewport={"width": width, "height": height})
                for k in (0, 3):
                    page.goto(f"{url}/learning-rate-1d?{query}&fn=sin_minus_square&k={k}")
                    page.wait_for_selector('[data-testid="stTable"] td', timeout=120_000)
                    page.wait_for_timeout(1000)
                    m = page.evaluate(CUT_JS)
                    view = f"{width}×{height} {query} k={k}: {m}"
                    assert m["scrolls"] == 0, view  # no column hidden behind a sideways scroll
                    assert m["right"] <= min(m["edge"], m["width"]) + 1, view
                page.close()
        finally:
            browser.close()
