"""End to end: the app served by `streamlit run`, driven in Debian's headless Chromium."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, screenshot, served_app, wait_until_idle

pytestmark = pytest.mark.browser


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


def test_app_starts_and_shows_its_title(page, app_url):
    page.goto(app_url)
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text().strip() == "Optimizers on a loss landscape"
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "app-en")
