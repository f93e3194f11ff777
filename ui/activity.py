"""What the pages and the background warm-up (`ui/warmup.py`) tell each other: when a
visitor's script is running, and whether the first chart's programs are being compiled.

Pages and the cached computations import this module; the warm-up reads it to give way to
visitors. It imports nothing of the app, so neither side imports the other.
"""

from __future__ import annotations

import contextlib
import threading
import time

THREAD = "lesson-warm-up"  # the warm-up thread's name
started = threading.Event()  # the warm-up has started in this process
first_chart_compiling = threading.Event()
first_chart_ready = threading.Event()

_runs_lock = threading.Lock()
runs = 0  # script runs under way in this process (`app.py` counts them)
last_activity = 0.0  # time.monotonic() of the last script run's start or end; 0: none yet


def note_activity() -> None:
    """A visitor's script just ran (the pages' legacy first run counts too)."""
    global last_activity
    last_activity = time.monotonic()


@contextlib.contextmanager
def script_running():
    """Marks a page's script run. Between two lessons the warm-up waits until no run is under
    way and none has been for a moment, so a visitor's page, and the browser drawing it on the
    same machine, come before lessons nobody has opened yet."""
    global runs
    with _runs_lock:
        runs += 1
    note_activity()
    try:
        yield
    finally:
        with _runs_lock:
            runs -= 1
        note_activity()


@contextlib.contextmanager
def no_script_running(timeout: float = 10.0):
    """Yields True while no visitor's script runs, holding back any that starts until the block
    ends; yields False if none was idle within `timeout` seconds. The warm-up drops JAX's
    tracing caches in such a block: clearing them while another thread traces into them is
    a race JAX does not guard against (jax-ml/jax#15973, #27767)."""
    deadline = time.monotonic() + timeout
    while True:
        _runs_lock.acquire()
        if runs == 0:
            break
        _runs_lock.release()
        if time.monotonic() > deadline:
            yield False
            return
        time.sleep(0.05)
    try:
        yield True
    finally:
        _runs_lock.release()


def wait_for_first_chart(timeout: float = 60.0) -> None:
    """A page that needs the shared programs while the warm-up is compiling them waits for
    them instead of tracing the same programs a second time beside it. Before the warm-up
    has begun (it gives way to a first visitor whose chart is kept on disk), the page compiles
    what it needs itself."""
    if (
        started.is_set()
        and first_chart_compiling.is_set()
        and not first_chart_ready.is_set()
        and threading.current_thread().name != THREAD
    ):
        first_chart_ready.wait(timeout)
