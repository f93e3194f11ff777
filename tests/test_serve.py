"""`make serve`: two workers behind HAProxy, driven through the proxy in Chromium; a killed
worker is replaced while the other keeps serving; Ctrl-C / SIGTERM leaves nothing behind.
Rooms, on either store (SQLite, a real redis-server): a killed worker or a whole restart
loses no accepted answer, and two workers answering at once lose none."""

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import time
import urllib.parse
from collections.abc import Iterator

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import (
    CHROMIUM_ARGS,
    ROOT,
    chromium_path,
    free_port,
    healthy,
    log_problems,
    wait_until_idle,
)
from tests.stores import redis_server
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


def start_serve(port: int, env: dict) -> subprocess.Popen:
    """`make serve WORKERS=2` on `port`, with `env` (the rooms' store: LOSSLAB_STATE's SQLite
    file, or LOSSLAB_ROOMS)."""
    return subprocess.Popen(
        ["make", "--no-print-directory", "serve", "WORKERS=2", f"PORT={port}"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def stop_serve(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)


def wait_served(url: str) -> dict:
    wait(lambda: healthy(url), 180, "healthy through the proxy")
    layout = json.loads((RUN / "layout.json").read_text())
    wait(
        lambda: all(healthy(f"http://127.0.0.1:{p}") for p in layout["workers"].values()),
        120,
        "both workers healthy",
    )
    return layout


@pytest.fixture(scope="module")
def state(tmp_path_factory):
    """The served app's state folder: its rooms' SQLite file, apart from a developer's."""
    return tmp_path_factory.mktemp("state")


@pytest.fixture(scope="module")
def served(state):
    port = free_port()
    proc = start_serve(port, {"LOSSLAB_STATE": str(state)})
    url = f"http://127.0.0.1:{port}"
    try:
        yield url, proc, wait_served(url)
    finally:
        stop_serve(proc)


@pytest.fixture(scope="module")
def redis_url():
    with redis_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "redis"])
def rooms_env(request, tmp_path) -> dict:
    """Where `make serve` keeps its rooms: SQLite in a state folder of the test's own, or a
    real redis-server started for the module."""
    env = {"LOSSLAB_STATE": str(tmp_path)}
    if request.param == "redis":
        env["LOSSLAB_ROOMS"] = request.getfixturevalue("redis_url")
    return env


@contextlib.contextmanager
def serving(env: dict) -> Iterator[tuple[str, dict]]:
    """`make serve WORKERS=2` for one test: (its URL, its layout); stopped after."""
    port = free_port()
    logs = {log: log.stat().st_size for log in RUN.glob("worker-*.log")}
    proc = start_serve(port, env)
    url = f"http://127.0.0.1:{port}"
    try:
        yield url, wait_served(url)
    finally:
        stop_serve(proc)
    assert not healthy(url)
    for log in RUN.glob("worker-*.log"):  # supervisord appends: read this run's part
        with log.open(errors="replace") as text:
            text.seek(logs.get(log, 0))
            assert not log_problems(text.read()), f"{log}: {log_problems(log.read_text())[:5]}"


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


def phone_answers(browser, url: str, link: str, worker: str, fx: float, fy: float) -> tuple:
    """A phone whose cookie names `worker` opens the students' link, taps (fx, fy) of the
    plot and sends; returns (its page, the point sent)."""
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    phone.add_cookies([{"name": "LOSSLAB_WORKER", "value": worker, "url": url}])
    student = phone.new_page()
    student.goto(link)
    wait_until_idle(student)
    student.get_by_text("Where will Momentum be after 20 steps?").wait_for(timeout=60_000)
    assert worker_cookie(phone) == worker  # the phone's session stays on its worker
    box = student.locator(".st-key-room_figure .nsewdrag").first.bounding_box()
    student.mouse.click(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
    x, y = round(-8 + 16 * fx), round(4 - 8 * fy)
    student.wait_for_function(
        f"Number(document.querySelector('.st-key-ans_x input[type=range]')?.value) === {x}"
        f" && Math.abs(Number(document.querySelector('.st-key-ans_y input[type=range]')?.value)"
        f" - {y}) < 0.5",
        timeout=30_000,
    )
    student.locator(".st-key-send button").click()
    student.get_by_text(f"Sent ({x:.2f}, ").wait_for(timeout=30_000)
    return student, (x, y)


def lecturer_shows(page, count: int) -> None:
    page.locator('[data-testid="stMetricValue"]').get_by_text(str(count), exact=True).wait_for(
        timeout=90_000
    )


def test_sigterm_stops_the_proxy_and_every_worker(served, state):
    url, proc, layout = served
    pids = [worker_pid(name) for name in layout["workers"]]
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=60)
    wait(lambda: not any(process_alive(p) for p in pids), 30, "workers stopped")
    assert not healthy(url)
    assert proc.stdout is not None
    out = proc.stdout.read()
    assert f"Students' address: {url}/" in out
    assert f"Rooms kept in: SQLite, {state}/rooms.sqlite (every worker's)" in out


def test_a_room_outlives_the_worker_that_opened_it(rooms_env):
    """Rooms live in the store the workers share: the students' link names no worker, a phone
    on either worker answers, and when the lecturer's worker is killed mid-round every accepted
    answer is still counted and the reveal works from the other worker."""
    with serving(rooms_env) as (url, layout), sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        lecturer = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
        lecturer.goto(f"{url}/room?new=fig15_8&ask=where&opt=momentum&lang=en")
        wait_until_idle(lecturer)
        lecturer.wait_for_function("location.search.includes('key=')")
        home = worker_cookie(lecturer.context)
        other = next(name for name in layout["workers"] if name != home)
        link = (
            lecturer.locator('[data-testid="stMarkdownContainer"] code')
            .filter(has_text="room?code=")
            .inner_text()
        )
        assert "w" not in urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)
        link = f"{url}/room?{urllib.parse.urlsplit(link).query}"
        # one phone on each worker; an old link that still names a worker works as well
        phones = [
            phone_answers(browser, url, f"{link}&w={home}", other, 0.75, 0.5),
            phone_answers(browser, url, link, home, 0.25, 0.75),
        ]
        lecturer_shows(lecturer, 2)

        old_pid = worker_pid(home)
        os.kill(old_pid, signal.SIGKILL)
        wait(lambda: not process_alive(old_pid), 10, "killed")
        phones.append(phone_answers(browser, url, link, other, 0.5, 0.25))
        # the lecturer's page comes back on the other worker, which counts every answer
        lecturer_shows(lecturer, 3)
        lecturer.locator(".st-key-reveal button").click()
        lecturer.get_by_text("of 3 expected Momentum to stop at the minimum").wait_for(
            timeout=60_000
        )
        names = lecturer.evaluate(
            "Array.from(document.querySelector('.st-key-room_figure .js-plotly-plot')"
            ".data, t => t.name)"
        )
        assert "Class (3)" in names and "Momentum" in names
        # every phone sees the truth, the one whose worker died too
        for student, _ in phones:
            student.get_by_text("expected Momentum to stop at the minimum").wait_for(timeout=90_000)
        browser.close()


async def _open_room(url: str) -> tuple[str, str]:
    """A lecturer opens a room from a slide link, over Streamlit's own protocol."""
    from bench.classroom import Session, socket_to

    async with await socket_to(url) as ws:
        lecturer = Session(ws, "room", "new=fig15_8&ask=where&opt=momentum&lang=en")
        _, how = await lecturer.run()
        assert how == "ok"
        query = urllib.parse.parse_qs(lecturer.query)
        return query["code"][0], query["key"][0]


async def _answer_at_once(urls: list[str], code: str, each: int) -> list:
    """`each` phones on every URL answer room `code` within the same second."""
    from bench.classroom import Student, predicting_student

    students = [Student() for _ in range(each * len(urls))]
    t0 = time.perf_counter()
    await asyncio.gather(
        *(
            predicting_student(urls[i % len(urls)], code, 0.1 * (i // len(urls)) / each, me, t0)
            for i, me in enumerate(students)
        )
    )
    return students


async def _reveal(url: str, code: str, key: str) -> tuple[list[str], list[str]]:
    """The lecturer's link opened again: the count it shows, then the figure's traces after
    Reveal."""
    from bench.classroom import Session, socket_to

    async with await socket_to(url) as ws:
        lecturer = Session(ws, "room", f"code={code}&key={key}&lang=en")
        _, how = await lecturer.run()
        assert how == "ok"
        shown = lecturer.texts("metric")
        press, fragment = lecturer.press("reveal")
        _, how = await lecturer.run([press], fragment)
        assert how == "ok"
        return shown, [
            t.get("name") for t in (lecturer.chart("room_figure") or {"data": []})["data"]
        ]


def _after_restart(call, patience_s: float = 90.0):
    """`call()`, again while the proxy answers 503: just after a (re)start, on a busy machine,
    a worker still compiling its warm-up can miss three health checks and be marked down for a
    few seconds (HAProxy's `fall 3`), and then no worker takes the socket."""
    from websockets.exceptions import InvalidStatus

    deadline = time.monotonic() + patience_s
    while True:
        try:
            return call()
        except InvalidStatus as error:
            if error.response.status_code != 503 or time.monotonic() > deadline:
                raise
            time.sleep(1.0)


def test_two_workers_take_answers_at_once_and_a_restart_keeps_them(rooms_env):
    """Phones on both workers answer in the same second: none is lost. Then the whole server
    stops (SIGTERM) and starts again on the same store: the room, its answers and its
    lecturer's secret are all still there, and the reveal draws every answer."""
    with serving(rooms_env) as (url, layout):
        code, key = _after_restart(lambda: asyncio.run(_open_room(url)))
        workers = [f"http://127.0.0.1:{p}" for p in layout["workers"].values()]
        students = asyncio.run(_answer_at_once(workers, code, 12))
    assert [s.errors for s in students if s.errors] == []
    assert all(s.loaded is not None for s in students)  # each saw "Sent (…)"
    with serving(rooms_env) as (url, _):
        shown, traces = _after_restart(lambda: asyncio.run(_reveal(url, code, key)))
    assert shown == ["24"]
    assert "Class (24)" in traces and "Momentum" in traces
