"""What the browser benches share: serve a script with `streamlit run`, open it in Chromium,
time until its first chart is drawn. Loopback only; every wait is bounded."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import (  # noqa: E402
    CHROMIUM_ARGS,
    chromium_path,
    free_port,
    healthy,
    streamlit_command,
)

CHART = '[data-testid="stPlotlyChart"] .main-svg'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@contextlib.contextmanager
def serve(script: str, env: dict | None = None, log: Path | None = None) -> Iterator[tuple]:
    """Starts `streamlit run script`; yields (url, process, start time) once it is healthy."""
    port = free_port()
    log = log or Path(f"/tmp/losslab-bench-{port}.log")
    out = open(log, "w")  # noqa: SIM115
    started = time.perf_counter()
    proc = subprocess.Popen(
        streamlit_command(script, port),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + 120
        while time.perf_counter() < deadline and not healthy(url):
            time.sleep(0.05)
        yield url, proc, started, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        out.close()


def wait_for_line(log: Path, text: str, timeout: float = 300) -> float | None:
    """Seconds until `text` appears in the server's log, or None after `timeout`."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if text in log.read_text(errors="replace"):
            return time.perf_counter() - t0
        time.sleep(0.2)
    return None


def browser(pw):
    return pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def chart_after(page, url: str, since: float | None = None, timeout_ms: float = 120_000) -> float:
    """Opens `url` and returns the seconds until its first chart is drawn and the script has
    finished (from `since`, a perf_counter time, or from now)."""
    t0 = time.perf_counter() if since is None else since
    page.goto(url)
    page.wait_for_selector(CHART, state="attached", timeout=timeout_ms)
    page.wait_for_selector(IDLE, timeout=timeout_ms)
    return time.perf_counter() - t0
