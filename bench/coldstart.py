"""Cold start, in a real `streamlit run` and Chromium, next to a trivial one-slider, one-chart
page served the same way, all in one run. Prints figures, asserts nothing (`make bench`).

- first chart after a start: from `streamlit run` to the Playground's first chart drawn, on
  a machine set up by `make install` (its warm-up process filled the cache), after a restart
  (the cache the server's own warm-up filled), and with an empty cache (a machine that
  skipped `make install`'s warm-up, for reference);
- each lesson's first and second visit in a restarted server, once the background warm-up
  has finished (a lecturer starts the app a minute before class), and how long that took.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.served import browser, chart_after, serve, wait_for_line  # noqa: E402
from ui import registry  # noqa: E402

WARMED = "warmed up in"
SCRIPT = sys.argv[1] if len(sys.argv) > 1 else "asgi.py"  # what `make run` serves
LESSONS = [lesson.url_path for lesson in registry.lessons()]


def main() -> None:
    with sync_playwright() as pw:
        chromium = browser(pw)

        def fresh_page():
            return chromium.new_context(viewport={"width": 1280, "height": 720}).new_page()

        with serve("bench/trivial_app.py") as (url, _, started, _):
            trivial_first = chart_after(fresh_page(), url, since=started)
            trivial_warm = statistics.median(chart_after(fresh_page(), url) for _ in range(3))

        # what `make install` leaves: its warm-up run in a process of its own
        installed = {"LOSSLAB_JAX_CACHE": tempfile.mkdtemp(prefix="losslab-jax-")}
        subprocess.run(
            [sys.executable, "-m", "ui.warmup"],
            cwd=ROOT,
            env={**os.environ, **installed},
            check=True,
            capture_output=True,
        )
        with serve(SCRIPT, installed) as (url, _, started, log):
            installed_first = chart_after(fresh_page(), f"{url}/playground", since=started)

        cache = tempfile.mkdtemp(prefix="losslab-jax-")
        env = {"LOSSLAB_JAX_CACHE": cache, "LOSSLAB_WARMUP": "on"}
        with serve(SCRIPT, env) as (url, _, started, log):
            empty_first = chart_after(fresh_page(), f"{url}/playground", since=started)
            empty_warmup = wait_for_line(log, WARMED)
        with serve(SCRIPT, env) as (url, _, started, log):
            restart_first = chart_after(fresh_page(), f"{url}/playground", since=started)
            warmup = wait_for_line(log, WARMED)
            visits = {}
            for lesson in LESSONS:
                page = fresh_page()
                first = chart_after(page, f"{url}/{lesson}")
                visits[lesson] = (first, chart_after(fresh_page(), f"{url}/{lesson}"))
                page.context.close()
        chromium.close()

    def ratio(x: float, ref: float) -> str:
        return f"{x / ref:4.2f}×"

    print("Cold start (seconds; Chromium + streamlit run on this machine, one run)")
    print(f"  trivial page, first visit after start     {trivial_first:6.2f}")
    print(f"  trivial page, warm visit (median of 3)    {trivial_warm:6.2f}")
    print(
        f"  first chart after `make install` + start  {installed_first:6.2f}  "
        f"{ratio(installed_first, trivial_first)} trivial first visit (goal ≤ 1.5×)"
    )
    print(
        f"  first chart after start, empty cache      {empty_first:6.2f}  "
        f"{ratio(empty_first, trivial_first)} trivial first visit (no goal: `make install` "
        f"fills the cache; the background warm-up then took {empty_warmup or float('nan'):.1f} s)"
    )
    print(
        f"  first chart after a restart               {restart_first:6.2f}  "
        f"{ratio(restart_first, trivial_first)} trivial first visit (goal ≤ 1.5×)"
    )
    print(f"  warm-up after the restart finished in     {warmup or float('nan'):6.2f}")
    print(f"  lesson visits after warm-up (goal: first ≤ 2× trivial warm = {2 * trivial_warm:.2f})")
    for lesson, (first, second) in visits.items():
        print(
            f"    {lesson:26s} first {first:5.2f} ({ratio(first, trivial_warm)})"
            f"   second {second:5.2f} ({ratio(second, trivial_warm)})"
        )
    worst = max(first for first, _ in visits.values())
    print(f"  slowest first visit {worst:.2f} s = {ratio(worst, trivial_warm)} trivial warm visit")


if __name__ == "__main__":
    main()
