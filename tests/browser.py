"""Helpers for the end-to-end tests: serve the app with `streamlit run`, drive Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError(
            "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
        )
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    """Streamlit's own health check (through a proxy too) answers `ok`."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.read().strip() == b"ok"
    except OSError:
        return False


def streamlit_command(script: str | Path, port: int) -> list[str]:
    """`streamlit run script` headless on 127.0.0.1:port, no file watcher, no usage stats."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]


LOG_PROBLEM = re.compile(r"Traceback|Warning|WARNING|Error|ERROR|Exception")


def log_problems(text: str) -> list[str]:
    """The lines of a server log that a class should never cause: tracebacks, warnings,
    errors."""
    return [line for line in text.splitlines() if LOG_PROBLEM.search(line)]


@contextlib.contextmanager
def served_app(timeout: float = 120.0, clean_log: bool = True) -> Iterator[str]:
    """`streamlit run asgi.py` on a free localhost port; yields its base URL once healthy.
    When the server stops, its log must hold no traceback, warning or error (`clean_log`)."""
    port = free_port()
    logs = ROOT / ".pytest_cache"
    logs.mkdir(exist_ok=True)
    log = open(logs / f"streamlit-{port}.log", "w")  # noqa: SIM115
    env = {
        **os.environ,
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "LOSSLAB_WARMUP": "on",  # as `make run` serves it
    }
    proc = subprocess.Popen(
        streamlit_command(ROOT / "asgi.py", port),  # as `make run` serves it
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}; see {log.name}")
            if healthy(url):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit not healthy after {timeout} s; see {log.name}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    problems = log_problems(Path(log.name).read_text(errors="replace"))
    assert not (clean_log and problems), f"the server log of {log.name}: {problems[:20]}"


def open_until(page, url: str, selector: str, timeout_ms: float = 90_000) -> None:
    """Opens `url` and waits for `selector`; if it has not appeared, reloads once, as a visitor
    would, and waits again. A page that still lacks it fails with what the page shows."""
    page.goto(url)
    for attempt in (1, 2):
        try:
            page.wait_for_selector(selector, timeout=timeout_ms)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                shown = page.evaluate("() => document.body.innerText")[:2000]
                raise AssertionError(f"{selector} not on {url} after a reload: {shown}") from None
            page.reload()


def is_local(url: str) -> bool:
    parsed = urllib.parse.urlparse(url)
    return parsed.scheme in ("data", "blob", "about") or parsed.hostname in (
        "localhost",
        "127.0.0.1",
        "::1",
    )


def wait_until_idle(page, timeout_ms: float = 120_000) -> None:
    """Wait until Streamlit has finished running the script (and any first JAX compile)."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms
    )
    # A rerun may start right after the first run ends (widgets bound to the URL settle).
    page.wait_for_timeout(300)
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms
    )


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
