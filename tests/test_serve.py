"""`make serve`: two workers behind HAProxy, driven through the proxy in Chromium; a killed
worker is replaced while the other keeps serving; Ctrl-C / SIGTERM leaves nothing behind."""

import json
import os
import signal
import subprocess
import time
import urllib.parse

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import (
    CHROMIUM_ARGS,
    ROOT,
    chromium_path,
    free_port,
    healthy,
    wait_until_idle,
)
from tests.test_browser import download_race_csv, nudge_sgd_lr, open_app

pytestmark = pytest.mark.browser
RUN = ROOT / ".serve"


def wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"not {what} after {timeout} s")
        time.sleep(0.3)


def supervisorctl(*args: str) -> str:
    return subprocess.run(
        [str(ROOT / ".venv/bin/supervisorctl"), "-c", str(RUN / "supervisord.conf"), *args],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout


def worker_pid(name: str) -> int:
    return int(supervisorctl("pid", name).strip())


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def served():
    port = free_port()
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "serve", "WORKERS=2", f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait(lambda: healthy(url), 180, "healthy through the proxy")
        layout = json.loads((RUN / "layout.json").read_text())
        wait(
            lambda: all(healthy(f"http://127.0.0.1:{p}") for p in layout["workers"].values()),
            120,
            "both workers healthy",
        )
        yield url, proc, layout
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)


def open_and_move(context, url: str) -> None:
    """Load the Playground through the proxy, then move SGD's ε one notch and see it redraw."""
    page = context.new_page()
    open_app(page, f"{url}/playground")
    nudge_sgd_lr(page)
    page.close()


def worker_cookie(context) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == "LOSSLAB_WORKER")


def test_two_workers_behind_the_proxy_and_one_dies(served):
    url, _, layout = served
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        a = browser.new_context(viewport={"width": 1280, "height": 720})
        b = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
        open_and_move(a, url)
        open_and_move(b, url)
        # sticky sessions by the proxy's cookie, and the two browsers on different workers
        assert {worker_cookie(a), worker_cookie(b)} == set(layout["workers"])
        # a download is served by the session's own worker, through the proxy
        download_race_csv(b.new_page(), url)
        # the share box's link names the proxy's address, not a worker's
        share = a.new_page()
        share.goto(f"{url}/playground?lang=en")
        wait_until_idle(share)
        share.get_by_test_id("stExpandSidebarButton").click()
        share.get_by_text("Share this view").click()
        code = share.locator('[data-testid="stSidebar"] [data-testid="stCode"]')
        code.wait_for(timeout=30_000)
        assert code.inner_text().strip().startswith(f"{url}/playground")
        share.close()

        victim = worker_cookie(a)
        survivor = worker_cookie(b)
        old_pid = worker_pid(victim)
        os.kill(old_pid, signal.SIGKILL)
        wait(lambda: not process_alive(old_pid), 10, "killed")
        # the other browser does not notice; a newcomer still gets a working page
        open_and_move(b, url)
        assert worker_cookie(b) == survivor
        open_and_move(browser.new_context(), url)
        # supervisord starts a new worker in its place, and HAProxy takes it back
        wait(lambda: "RUNNING" in supervisorctl("status", victim), 60, "restarted")
        assert worker_pid(victim) != old_pid
        port = layout["workers"][victim]
        wait(lambda: healthy(f"http://127.0.0.1:{port}"), 120, "the new worker healthy")
        browser.close()


def test_a_room_behind_the_proxy_brings_its_students_to_its_worker(served):
    """A predict-and-reveal room lives in one worker: its students' link names that worker, and
    the proxy sends a phone there even when the phone's cookie names the other one."""
    url, _, layout = served
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        lecturer = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
        lecturer.goto(f"{url}/room?new=fig15_8&ask=where&opt=momentum&lang=en")
        wait_until_idle(lecturer)
        lecturer.wait_for_function("location.search.includes('key=')")
        home = worker_cookie(lecturer.context)
        link = (
            lecturer.locator('[data-testid="stMarkdownContainer"] code')
            .filter(has_text="room?code=")
            .inner_text()
        )
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
        assert query["w"] == [home]
        other = next(name for name in layout["workers"] if name != home)
        phone = browser.new_context(viewport={"width": 390, "height": 844})
        phone.add_cookies([{"name": "LOSSLAB_WORKER", "value": other, "url": url}])
        student = phone.new_page()
        student.goto(f"{url}/room?{urllib.parse.urlsplit(link).query}")
        wait_until_idle(student)
        student.get_by_text("Where will Momentum be after 20 steps?").wait_for(timeout=60_000)
        assert worker_cookie(phone) == home
        box = student.locator(".st-key-room_figure .nsewdrag").first.bounding_box()
        student.mouse.click(box["x"] + box["width"] * 0.75, box["y"] + box["height"] * 0.5)
        student.wait_for_function(
            "Number(document.querySelector('.st-key-ans_x input[type=range]')?.value) === 4",
            timeout=30_000,
        )
        student.locator(".st-key-send button").click()
        student.get_by_text("Sent (4.00, 0.00)").wait_for(timeout=30_000)
        lecturer.locator('[data-testid="stMetricValue"]').get_by_text("1", exact=True).wait_for(
            timeout=30_000
        )
        browser.close()


def test_sigterm_stops_the_proxy_and_every_worker(served):
    url, proc, layout = served
    pids = [worker_pid(name) for name in layout["workers"]]
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=60)
    wait(lambda: not any(process_alive(p) for p in pids), 30, "workers stopped")
    assert not healthy(url)
    assert proc.stdout is not None
    out = proc.stdout.read()
    assert f"Students' address: {url}/" in out
