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
import gc
import importlib
import logging
import os
import threading
import time
from collections.abc import Callable

import numpy as np

import landscapes
import optimizers
from models import datasets
from optimizers import basins, minibatch
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


def _playground() -> None:
    for ls_name in landscapes.names(dim=2):
        compute.contour_background(ls_name, GRIDS_2D[0])
    # Newton, saddle-free Newton or L-BFGS among the runs: the mixed runner's program with H
    # and the line search (`runner._compiled_union(..., costly=True)`), one for every surface
    from ui import presets

    ls = landscapes.get(presets.PLAYGROUND_LANDSCAPE)
    optimizers.run_batch(ls.loss, presets.PLAYGROUND_STEPS, [dict(name="newton", start=ls.start)])


def _gradient_geometry() -> None:
    """The default view's geometry (one program for every registered surface, point and ε),
    its zoomed contour and the 3-D view's grid."""
    from ui import i18n, taylor_figures

    ls = landscapes.get("bowl")
    geom = compute.geometry(ls.name, ls.start, ls.lr_hint[0])
    box = taylor_figures.view_box(geom, geom.trust_radius(0.2), ls.domain)
    compute.window_contour(ls.name, box, [], i18n.figure_labels("en"))
    compute.surface(ls.name, 64)


def _second_order() -> None:
    """The second-order lesson's default views: Newton and AdaGrad on x + sin x, the four runs
    near the two-neuron saddle (Newton's programs compute H), and the measured digits race
    (L-BFGS compiles for seconds) with the solve speed."""
    from ui import second_order as so

    so.one_d(so.CURVES_1D[0], landscapes.get(so.CURVES_1D[0]).start[0], 8, 1.0)
    surface = so.SURFACES_2D[0]
    so.runs_2d(surface, so.STARTS_2D[surface], 60, 0.0, so.SFN_DAMPING, 0.1)
    so.race()
    so.flops()


def _maps() -> None:
    """The maps' default view (momentum's (ε, α) on the bowl, 128², 300 steps): the sweeps
    compile per optimizer, surface and length."""
    from ui import maps

    cells = np.zeros(128, np.float32)
    bowl = landscapes.get("bowl")
    ax, ay = maps.default_axes("momentum")
    optimizers.sweep(
        "momentum",
        bowl.loss,
        bowl.start,
        300,
        {ax: cells + 0.1, ay: cells + 0.5},
        bound=bowl.far_bound,
        on_progress=lambda done, total: None,
    )


def _basins() -> None:
    """The basins' default view: SGD and Momentum from every start on Himmelblau."""
    cells = np.zeros(128, np.float32)
    ls = landscapes.get("himmelblau")
    runs = [
        optimizers.sweep_starts(
            name, ls.loss, cells, cells, 300, bound=ls.far_bound, on_progress=lambda d, t: None
        )
        for name in ("sgd", "momentum")
    ]
    # the ends of both grids, grouped by the minimum they reached (one program for 2 × 128²)
    basins.label_ends(
        ls.loss, [r.final_points for r in runs], [r.diverged for r in runs], radius=0.2
    )


def _minibatch() -> None:
    data = datasets.line()
    start = (-2.0, 4.0)
    minibatch.descend(data, start, 0.1, [data.n, 5, 1], 5, 0)
    minibatch.gradient_samples(data, start, 2, 300, seed=1)
    minibatch.minibatch_spread(data, start, 2)
    ls = landscapes.get("sharp_flat")
    optimizers.run_batch(ls.loss, 300, [dict(name="sgd", start=ls.start, noise=1.0)] * 32)


def _feature_scaling() -> None:
    for how in datasets.SCALINGS:
        compute.steps_to_tol(how, 1e-4)
        p = compute.problem(how)
        optimizers.run("sgd", p.loss, compute.SCALING_START, 50, lr=p.best_lr)


def _regularisation() -> None:
    train = compute.problem("train")
    compute.regularisation_paths()
    minibatch.l2_path(train, [0.1]), minibatch.l1_path(train, [0.1])  # the page's λ
    optimizers.run("sgd", train.loss, (0.0, 0.0), 300, lr=1.0)


def _regularisation_network() -> None:
    compute.digits_runs(0.003, 0.003, 0.2)  # the page's defaults: the result, not only the program


def _pretraining() -> None:
    from models import digits

    for n in digits.N_EXAMPLES:  # each size of task B is a program of its own
        compute.fine_tuning(n)


def _batch_normalisation() -> None:
    compute.bn_stats("normal", "sigmoid")
    compute.bn_training("normal", "sigmoid")
    compute.bn_probes("normal", "sigmoid", 0.1)


def _initialisation() -> None:
    compute.init_stats("normal", "sigmoid")
    compute.init_table()
    compute.tiny_net("normal")


def _network_landscape() -> None:
    for residual in (False, True):
        compute.trained_landscape(residual, "adam", 0.01, 300, 41, 1.0)


def _edge_of_stability() -> None:
    from models import edge_of_stability as eos

    compute.edge_runs(eos.DEFAULT_RATES, 0.0)  # the default view's result, not only its programs


# Lessons not yet in a folder of their own, by link (issue 30 moves them one by one).
_NOT_MOVED: dict[str, Callable[[], None]] = {
    "playground": _playground,
    "gradient-geometry": _gradient_geometry,
    "second-order": _second_order,
    "convergence-maps": _maps,
    "basins": _basins,
    "minibatch-noise": _minibatch,
    "feature-scaling": _feature_scaling,
    "regularization": _regularisation,
    "regularization-network": _regularisation_network,
    "initialization": _initialisation,
    "pretraining": _pretraining,
    "batch-normalization": _batch_normalisation,
    "network-landscape": _network_landscape,
    "edge-of-stability": _edge_of_stability,
}


def warmups() -> dict[str, Callable[[], None]]:
    """What the warm-up runs, in order: the first chart, then what every lesson on a surface
    shares, then each registered lesson's `warm()` (its folder's `compute.py`) in sidebar
    order. A lesson whose default view needs nothing of its own has none."""
    found: dict[str, Callable[[], None]] = {"first-chart": _first_chart, "engine": _engine}
    for lesson in registry.lessons():
        if lesson.has("compute"):
            warm = getattr(importlib.import_module(lesson.module("compute")), "warm", None)
            if warm is not None:
                found[lesson.url_path] = warm
        elif lesson.url_path in _NOT_MOVED:
            found[lesson.url_path] = _NOT_MOVED[lesson.url_path]
    return found


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
