"""Warm-up: compile what every lesson's default view needs before anyone asks for it.

`start()` runs once per server process: `asgi.py` (what `make run` serves) calls it as the
server starts, `app.py` after its first page is drawn. A daemon thread compiles the first
chart's programs, then, once the first visitor's page is drawn, goes through the lessons in
sidebar order and calls the same cached functions the pages call, with the pages' defaults:
the compiled programs stay in the process, and the results in Streamlit's caches, so a
lesson's first visit neither traces, compiles nor computes. With JAX's persistent cache
(`landscapes.compile_cache`), a restarted server loads the programs from disk instead of
compiling them again.

`python -m ui.warmup` does the same in a process of its own (`make install` runs it), which
fills the disk cache for the first start. `tests/test_warmup.py` checks that after a warm-up,
opening every lesson's default view compiles nothing.
"""

from __future__ import annotations

if __name__ == "__main__":
    # `make install`: outside a server, each Streamlit cache warns as it is declared (on the
    # imports below) that no runtime is running: true, and harmless.
    from streamlit.logger import set_log_level

    set_log_level("error")

import contextlib
import ctypes
import functools
import gc
import importlib
import logging
import os
import threading
import time
from collections.abc import Callable

import landscapes
import optimizers
from ui import activity, compute, registry, stored

_LOG = logging.getLogger(__name__)

# Grid sizes the pages sample registered surfaces on (contours 400, 3-D 64 and 80, maps 120,
# the 1-D page 600): one program each per group of surfaces.
GRIDS_2D = (400, 120, 80, 64)
GRIDS_1D = (600,)


def _first_chart() -> None:
    """What the first page (the Playground on the bowl) needs: the mixed-optimizer runner and
    the contour grid for the 2-D surfaces; pages that need these while they are compiled wait
    for them. Then the default view's results are kept on disk (`ui.stored`).

    When they already are (a restart, or a start after `make install`), the first visitor's
    chart is read from disk and needs no program: the programs are then loaded after that
    page is drawn, so the server's CPU (and, on the lecturer's laptop, the browser's) goes to
    the first chart, not to JAX beside it."""
    from ui import presets, rooms

    ls = landscapes.get(presets.PLAYGROUND_LANDSCAPE)
    default = rooms.setup_from_preset(
        presets.Preset(
            "first",
            ls.name,
            tuple(float(v) for v in ls.start),
            presets.PLAYGROUND_STEPS,
            {name: {} for name in presets.PLAYGROUND_OPTIMIZERS},
        )
    )
    view = (default.landscape, default.start, default.steps, default.lanes, default.extras)
    kept = (
        (compute.trajectories, view),
        (compute.surface, (ls.name, GRIDS_2D[0])),
        (compute.contour_background, (ls.name, GRIDS_2D[0])),  # the first contour's picture
    )
    if _started and all(stored.is_kept(fn, *args) for fn, args in kept):
        _give_way()
    first_chart_compiling.set()
    optimizers.run_batch(ls.loss, presets.PLAYGROUND_STEPS, [dict(name="sgd", start=ls.start)])
    landscapes.grid.sample(ls, GRIDS_2D[0])
    # before the results: a page computing them waits for this inside Streamlit's cache
    first_chart_ready.set()
    for fn, args in kept:
        stored.keep(fn, *args)


def _engine() -> None:
    """The programs every other lesson on registered surfaces shares: the runner and the grid
    sampler for the 1-D group, the other grid sizes, and the local analysis."""
    for dim, grids in ((2, GRIDS_2D[1:]), (1, GRIDS_1D)):
        ls = next(landscapes.get(n) for n in landscapes.names(dim=dim))
        if dim == 1:
            optimizers.run_batch(ls.loss, 50, [dict(name="sgd", start=ls.start)])
            optimizers.run_batch(ls.loss, 50, [dict(name="newton", start=ls.start)])
        for n in grids:
            compute.surface(ls.name, n)
        optimizers.analyse(ls.loss, ls.start)


def warmups() -> dict[str, Callable[[], None]]:
    """What the warm-up runs, in order: the first chart, then what every lesson on a surface
    shares, then each registered lesson's `warm()` (its folder's `compute.py`) in sidebar
    order. A lesson whose default view needs nothing of its own has none."""
    found: dict[str, Callable[[], None]] = {"first-chart": _first_chart, "engine": _engine}
    for lesson in registry.lessons():
        if lesson.has("compute") and _defines_warm(lesson):
            found[lesson.url_path] = functools.partial(_warm, lesson.module("compute"))
    return found


def _defines_warm(lesson: registry.Lesson) -> bool:
    """Read from the source, not by importing it: a lesson's module is imported when its turn
    comes, not before the first visitor's chart."""
    source = (registry.ROOT / "pages" / lesson.folder / "compute.py").read_text(encoding="utf-8")
    return "\ndef warm() -> None:" in source


def _warm(module: str) -> None:
    importlib.import_module(module).warm()


# After the very first page, longer: its browser, most likely on the same laptop, is still
# drawing it (Plotly alone takes about a second of CPU) when the script has ended.
QUIET = 1.5  # seconds without a script run before the warm-up goes on
FIRST_QUIET = 5.0
_first_given = False
# The shared signals, kept here under their old names for callers of this module.
THREAD = activity.THREAD
first_chart_ready = activity.first_chart_ready
first_chart_compiling = activity.first_chart_compiling
script_running = activity.script_running


FIRST_VISIT_WAIT = 20.0  # seconds after the start that the rest waits for a first visitor


def _give_way(limit: float = 5.0) -> None:
    # Before the first visit only the first chart is compiled: the server (and a browser on
    # the same laptop) is the first visitor's until that page is drawn, or until nobody came.
    while activity.last_activity == 0.0 and time.monotonic() - _started_at < FIRST_VISIT_WAIT:
        time.sleep(0.05)
    global _first_given
    quiet, _first_given = (QUIET if _first_given else FIRST_QUIET), True
    deadline = time.monotonic() + max(limit, quiet)
    while time.monotonic() < deadline and (
        activity.runs > 0 or time.monotonic() - activity.last_activity < quiet
    ):
        time.sleep(0.05)


def run(lessons: tuple[str, ...] | None = None) -> dict[str, float]:
    """Warms `lessons` (all by default) in order; returns the seconds each took. A lesson
    whose warm-up fails is skipped: the page will compile on its first visit instead."""
    seconds = {}
    every = warmups()
    for name in lessons or tuple(every):
        if name != "first-chart":
            _give_way()
        t0 = time.perf_counter()
        try:
            every[name]()
        except Exception:  # a warm-up must never take the server down
            _LOG.debug("warm-up of %s failed", name, exc_info=True)
        if name == "first-chart":
            first_chart_ready.set()
        if lessons is None:  # the server's warm-up: its memory peaks no higher than a lesson
            with activity.no_script_running() as idle:
                if idle:  # never under a visitor's trace (else at the next lesson)
                    release_staging()
        seconds[name] = time.perf_counter() - t0
    return seconds


def release_staging() -> None:
    """Drops JAX's tracing and lowering caches (jaxprs, MLIR modules; ~200 MB once every
    lesson is warm) and keeps the compiled programs: a call like one made before dispatches
    straight to its executable, so nothing is traced again (tests/test_warmup.py)."""
    try:
        from jax._src import util

        util.clear_all_caches()
    except (ImportError, AttributeError):  # another JAX: the caches stay, which costs memory
        _LOG.debug("JAX's staging caches were not released", exc_info=True)
    gc.collect()
    # glibc keeps freed memory in its arenas until asked: hand it back to the system
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


_start_lock = threading.Lock()
_started = False
_started_at = 0.0
done = threading.Event()


def start() -> bool:
    """Starts the warm-up thread, once per process (`LOSSLAB_WARMUP=off`: never); True if
    this call started it."""
    global _started, _started_at
    with _start_lock:
        if _started or os.environ.get("LOSSLAB_WARMUP", "").lower() == "off":
            return False
        _started, _started_at = True, time.monotonic()
        activity.started.set()

    def work() -> None:
        t0 = time.perf_counter()
        try:
            run()
        finally:
            done.set()
            # One line in the server's terminal: the lecturer knows every lesson is ready.
            print(
                f"  {len(warmups())} lessons warmed up in {time.perf_counter() - t0:.1f} s",
                flush=True,
            )

    threading.Thread(target=work, name=THREAD, daemon=True).start()
    return True


if __name__ == "__main__":
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    for lesson, took in run().items():
        print(f"warm-up {lesson:20s} {took:6.2f} s")
    print(f"compiled programs kept in {landscapes.compile_cache.folder()}")
