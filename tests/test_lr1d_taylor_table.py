"""The 1-D lesson's Taylor table: its numbers as printed, and the whole table on screen in
Chromium (25 sin x − x², whose changes run to −1116 at step 0 and −8.7×10⁵ at step 3)."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, open_until, served_app
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
                    # a CI run once waited 120 s here for a table that shows in 2 s alone:
                    # one reload, and a failure that says what the page showed
                    open_until(
                        page,
                        f"{url}/learning-rate-1d?{query}&fn=sin_minus_square&k={k}",
                        '[data-testid="stTable"] td',
                    )
                    page.wait_for_timeout(1000)
                    m = page.evaluate(CUT_JS)
                    view = f"{width}×{height} {query} k={k}: {m}"
                    assert m["scrolls"] == 0, view  # no column hidden behind a sideways scroll
                    assert m["right"] <= min(m["edge"], m["width"]) + 1, view
                page.close()
        finally:
            browser.close()


def test_the_error_column_is_exact_at_the_drawn_iterates():
    """A fresh read: x + sin x from 2.5 at ε = 0.01, step 0, printed an error of −1.273×10⁻⁶
    (float32's rounding of f ≈ 3.1 is a few 10⁻⁷) where f(x + Δ) − f(x) − f′(x)Δ at the drawn
    iterates is −1.1844×10⁻⁶. Each row is held against that closed form in float64."""
    import numpy as np

    from tests.lessons import open_page

    at = open_page("learning-rate-1d", "en")
    table = at.get("table")[0].value
    assert list(table["ε"]) == ["1", "0.1", "0.01"]
    for row in table.itertuples(index=False):
        eps = np.float32(float(row[0]))
        x0 = np.float32(2.5)
        x1 = np.float32(x0 - eps * np.float32(1.0 + np.cos(x0)))  # the drawn float32 step
        a, b = float(x0), float(x1)
        exact = (b + np.sin(b)) - (a + np.sin(a)) - (1.0 + np.cos(a)) * (b - a)
        assert row[-1] == pytest.approx(exact, rel=1e-3), (row, exact)
