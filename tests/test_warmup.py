"""Cold start: after the warm-up, no lesson's default view and no step of a scripted lecture
compiles anything; JAX's disk cache never costs more than speed."""

import os
import subprocess
import sys
from pathlib import Path

import jax
import pytest

import landscapes
from tests.lessons import chart, no_exceptions, open_page
from ui import compute, presets, registry, stored, warmup

ROOT = Path(__file__).resolve().parent.parent
LOWERED = "/jax/core/compile/jaxpr_to_mlir_module_duration"  # every new program, cached or not
_programs: list[str] = []
jax.monitoring.register_event_duration_secs_listener(
    lambda event, duration, **kw: _programs.append(event) if event == LOWERED else None
)


def programs() -> int:
    """Programs traced and lowered in this process so far (a disk-cache hit counts too)."""
    return len(_programs)


@pytest.fixture(scope="module")
def warmed():
    took = warmup.run()
    assert set(took) == set(warmup.warmups())
    return took


@pytest.mark.parametrize("lesson", registry.lessons(), ids=str)
def test_every_lessons_default_view_compiles_nothing_after_warm_up(warmed, lesson):
    before = programs()
    at = open_page(lesson.file)
    no_exceptions(at)
    assert programs() == before, f"{lesson.url_path} made {programs() - before} new programs"


def test_a_scripted_lecture_compiles_nothing_after_warm_up(warmed):
    at = open_page("playground")
    before = programs()
    for name in presets.PRESETS:  # every lecture preset
        next(b for b in at.get("button_group") if b.key == "preset").set_value(name).run()
        no_exceptions(at)
    for landscape in landscapes.names(dim=2):  # every registered surface
        at.selectbox(key="landscape").set_value(landscape).run()
        no_exceptions(at)
        assert at.selectbox(key="landscape").value == landscape
    at.button_group(key="opt").set_value(["nesterov", "adagrad", "adadelta", "adamw"]).run()
    no_exceptions(at)
    # the second-order rules: H and L-BFGS's line search are a program of their own
    at.button_group(key="opt").set_value(["sgd", "newton", "saddle_free_newton", "lbfgs"]).run()
    for steps in (20, 100, 500):
        at.slider(key="steps").set_value(steps).run()
        no_exceptions(at)
    assert programs() == before, f"the lecture made {programs() - before} new programs"


def test_a_typed_formula_compiles_once(warmed):
    at = open_page("playground", landscape="typed", f="x^2/3 + y^2*1.5")
    no_exceptions(at)
    before = programs()
    for steps in (20, 300):
        at.slider(key="steps").set_value(steps).run()
    at.button_group(key="opt").set_value(["adam", "sgd"]).run()
    no_exceptions(at)
    assert programs() == before


def _fresh_python(env: dict, code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


RUN_ONE = (
    "import landscapes, optimizers;"
    "print(landscapes.compile_cache.folder());"
    "t = optimizers.run('sgd', landscapes.get('bowl').loss, (-7.0, 2.0), 3, lr=0.95);"
    "print([round(float(v), 4) for v in t.points[-1]])"
)


def test_a_missing_cache_folder_is_made_and_filled(tmp_path):
    folder = tmp_path / "not" / "yet"
    out = _fresh_python({"LOSSLAB_JAX_CACHE": str(folder)}, RUN_ONE)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == str(folder)
    assert any(folder.iterdir())  # programs were written
    # SGD ε = 0.95 on x²/10 + y² from (−7, 2): x ← 0.81x, y ← −0.9y
    assert out.stdout.splitlines()[1] == str([round(-7 * 0.81**3, 4), round(2 * (-0.9) ** 3, 4)])


def test_an_unwritable_cache_costs_only_speed(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # root ignores permissions: use a path that cannot exist
        folder = Path("/proc/no-such-folder")
    out = _fresh_python({"LOSSLAB_JAX_CACHE": str(folder)}, RUN_ONE)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "None"
    assert "Warning" not in out.stderr and "Error" not in out.stderr, out.stderr


def test_the_cache_can_be_switched_off():
    out = _fresh_python({"LOSSLAB_JAX_CACHE": "off"}, RUN_ONE)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "None"


FIRST_CHART = (compute.trajectories, compute.surface, compute.contour_background)
MEMORY = (*FIRST_CHART, compute.contour_base)  # what a restart empties


def test_a_restarted_servers_first_chart_reads_the_warm_ups_results_from_disk(monkeypatch):
    """The warm-up keeps the Playground's default results on disk; a restarted server (its
    memory caches empty) draws its first chart from them, the same chart as computed."""
    with monkeypatch.context() as nothing_kept:
        nothing_kept.setattr(stored, "folder", lambda: None)
        for fn in MEMORY:
            fn.clear()
        computed = chart(open_page("playground"), "contour")
    for fn in MEMORY:
        fn.clear()
    warmup.warmups()["first-chart"]()
    folder = stored.folder()
    assert folder is not None and len(list(folder.glob("*.pickle"))) >= len(FIRST_CHART)
    for fn in MEMORY:  # as after a restart
        fn.clear()
    before = stored.hits
    at = open_page("playground")
    no_exceptions(at)
    assert stored.hits - before == len(FIRST_CHART)
    assert chart(at, "contour")["data"] == computed["data"]


def test_an_unreadable_kept_result_is_computed_instead(tmp_path):
    @stored.kept
    def double(x: float) -> float:
        return 2 * x

    path = stored._path(double, (21.0,), {})
    if path is None:
        pytest.skip("the compilation cache is off here")
    with stored.recording():
        assert double(21.0) == 42.0
    assert path.is_file()
    path.write_bytes(b"not a pickle")
    before = stored.hits
    assert double(21.0) == 42.0 and stored.hits == before
    path.unlink()


def test_a_script_run_imports_pandas_before_anything_draws():
    """Plotly's validators read pandas from sys.modules without importing it (`get_module(...,
    should_load=False)`); while the warm-up thread was halfway through importing pandas, a
    first visit's figure raised "partially initialized module 'pandas' has no attribute
    'Series'". app.py's first import is pandas: an import statement waits for the other thread
    to finish, so every script run sees it whole."""
    import ast

    from ui import registry

    tree = ast.parse((registry.ROOT / "app.py").read_text())
    first = next(node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom))
    assert isinstance(first, ast.Import) and [a.name for a in first.names] == ["pandas"]
    from _plotly_utils import optional_imports

    # the plotly behaviour this guards against: it does not import pandas itself
    assert "should_load" in optional_imports.get_module.__code__.co_varnames


def test_jaxs_caches_are_dropped_only_while_no_visitors_script_runs():
    """The warm-up clears JAX's tracing caches between lessons; a visitor's trace in another
    thread at that moment is a race JAX does not guard against. The clear waits for no run,
    and a run that starts meanwhile waits for the clear."""
    import threading
    import time

    from ui import activity

    with activity.script_running(), activity.no_script_running(timeout=0.2) as idle:
        assert idle is False  # a run under way: no clear this time
    order = []
    with activity.no_script_running(timeout=0.2) as idle:
        assert idle is True

        def visitor():
            with activity.script_running():
                order.append("run")

        t = threading.Thread(target=visitor)
        t.start()
        time.sleep(0.2)
        order.append("cleared")
    t.join(5)
    assert order == ["cleared", "run"]
    assert activity.runs == 0
