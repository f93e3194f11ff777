"""Playground benchmark: prints figures, asserts nothing. Run with `make bench`.

- Rerun after a hyper-parameter slider move, run by Streamlit's AppTest (the server's script
  runner, in-process). "server-side" times Streamlit's own script execution (widgets, math,
  figures, serialising every element), as the server does it; "AppTest wall" adds the test
  harness rebuilding its element tree, which a served app does not do.
- Payload per rerun: the serialized size of every element the rerun sends (protobuf bytes;
  Plotly charts dominate).
- Retraces during the moves (must be 0).
- The same slider move with one optimizer on the Playground: SGD's beside Newton's (whose
  runs take the mixed runner's program with the Hessian, `runner._compiled_union(costly)`),
  and the default four with Newton added to them, at 500 steps.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.runtime.scriptrunner import script_runner  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

import optimizers  # noqa: E402
from ui import registry  # noqa: E402

SCRIPT_MS: list[float] = []
_exec = script_runner.exec_func_with_error_handling


def _timed_exec(*args, **kwargs):
    t0 = time.perf_counter()
    try:
        return _exec(*args, **kwargs)
    finally:
        SCRIPT_MS.append(1e3 * (time.perf_counter() - t0))


script_runner.exec_func_with_error_handling = _timed_exec


def _as_served() -> None:
    """Run the app as `asgi.py` serves it, with Streamlit's legacy `pages/`-folder mode off
    (AppTest turns it on before every run when it finds a `pages/` folder; that mode knows no
    lesson living in a folder and would time a page a served app never runs)."""
    from streamlit.runtime.pages_manager import PagesManager

    init = PagesManager.__init__

    def init_as_served(self, *args, **kwargs):
        init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init_as_served


_as_served()


def payload_bytes(at: AppTest) -> tuple[int, dict[str, int]]:
    total, charts = 0, {}

    def walk(node) -> None:
        nonlocal total
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "ByteSize"):
            size = proto.ByteSize()
            total += size
            if node.type == "plotly_chart":
                charts[proto.id.rsplit("-", 1)[-1] or proto.id] = size
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return total, charts


def main() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.run()  # "/" is the course's path: the Playground is one click away
    at.switch_page(registry.page_file("playground"))
    t0 = time.perf_counter()
    at.run()
    print(f"first run (includes JAX compile): {time.perf_counter() - t0:.2f} s")
    assert not at.exception, at.exception

    lrs = [0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.15, 0.2, 0.25, 0.3]
    for lr in lrs[:3]:  # warm-up
        at.select_slider(key="sgd-lr").set_value(lr).run()
    traces = optimizers.trace_count()
    SCRIPT_MS.clear()
    times = []
    for i in range(30):
        lr = lrs[i % len(lrs)] if i % 2 else lrs[-1 - i % len(lrs)]
        key = ("sgd-lr", "adam-lr", "momentum-lr")[i % 3]
        at.select_slider(key=key).set_value(lr)
        t0 = time.perf_counter()
        at.run()
        times.append(1e3 * (time.perf_counter() - t0))
    total, charts = payload_bytes(at)
    print(
        f"rerun after a slider move, server-side (30 moves): median "
        f"{statistics.median(SCRIPT_MS):.1f} ms, worst {max(SCRIPT_MS):.1f} ms"
    )
    print(
        f"rerun after a slider move, AppTest wall: median {statistics.median(times):.1f} ms, "
        f"worst {max(times):.1f} ms"
    )
    print(f"retraces during the moves: {optimizers.trace_count() - traces}")
    print(
        f"payload per rerun: {total / 1e3:.0f} kB in all; charts: "
        + ", ".join(f"{k} {v / 1e3:.0f} kB" for k, v in charts.items())
    )

    at.slider(key="steps").set_value(500).run()
    SCRIPT_MS.clear()
    for lr in (0.2, 0.3, 0.4, 0.5, 0.6):
        at.select_slider(key="sgd-lr").set_value(lr).run()
    total, _ = payload_bytes(at)
    print(
        f"at 500 steps: server-side rerun median {statistics.median(SCRIPT_MS):.1f} ms, "
        f"payload {total / 1e3:.0f} kB"
    )
    second_order(at)


def _moves(at: AppTest, key: str, values: list[float], repeat: int = 4) -> float:
    """Median server-side rerun (ms) over moves of select slider `key` through `values`."""
    at.select_slider(key=key).set_value(values[-1]).run()  # compiles, if anything does
    SCRIPT_MS.clear()
    for _ in range(repeat):
        for value in values:
            at.select_slider(key=key).set_value(value).run()
    assert not at.exception, at.exception
    return statistics.median(SCRIPT_MS)


def second_order(at: AppTest) -> None:
    """SGD's slider move beside Newton's, alone and among the default four, at 500 steps."""
    traces = optimizers.trace_count()
    lrs = [0.05, 0.06, 0.07, 0.08, 0.09, 0.1]
    at.button_group(key="opt").set_value(["sgd"]).run()
    sgd = _moves(at, "sgd-lr", lrs)
    at.button_group(key="opt").set_value(["newton"]).run()
    newton = _moves(at, "newton-lr", [0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
    at.button_group(key="opt").set_value(["sgd", "momentum", "rmsprop", "adam"]).run()
    four = _moves(at, "sgd-lr", lrs)
    at.button_group(key="opt").set_value(["sgd", "momentum", "rmsprop", "adam", "newton"]).run()
    five = _moves(at, "sgd-lr", lrs)
    print(
        f"slider move at 500 steps, server-side median: SGD alone {sgd:.1f} ms, "
        f"Newton alone {newton:.1f} ms; the default four {four:.1f} ms, "
        f"with Newton added {five:.1f} ms"
    )
    print(
        f"runner programs traced meanwhile: {optimizers.trace_count() - traces} (the mixed "
        "runner with the Hessian on first choosing Newton; the warm-up thread's count too)"
    )


if __name__ == "__main__":
    main()
