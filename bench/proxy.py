"""One process vs `make serve WORKERS=N` behind HAProxy, the same class load on each, side by
side in one run (`make bench`). Prints figures, asserts nothing.

    python bench/proxy.py [--workers 2] [--sessions 30] [--moves 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.classroom import (  # noqa: E402
    class_options,
    classroom,
    log_sizes,
    peak_rss_mb,
    report,
    warmed_up,
)
from bench.served import serve, wait_for_line  # noqa: E402
from tests.browser import free_port, healthy  # noqa: E402


def load(args, url: str):
    one = argparse.Namespace(**{**vars(args), "sessions": 1})
    asyncio.run(classroom(one, url))  # a first visit, as the lecturer's before class
    return asyncio.run(classroom(args, url))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    args = class_options(parser).parse_args()
    random.seed(0)

    with serve("asgi.py", {"LOSSLAB_WARMUP": "on"}) as (url, proc, _, log):
        wait_for_line(log, "warmed up in", timeout=300)
        single, took_single = load(args, url)
        rss_single = peak_rss_mb([proc.pid])

    port = free_port()
    before = log_sizes(ROOT / ".serve")
    serving = subprocess.Popen(
        ["make", "--no-print-directory", "serve", f"WORKERS={args.workers}", f"PORT={port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while not healthy(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        layout = json.loads((ROOT / ".serve" / "layout.json").read_text())
        warmed_up(ROOT / ".serve", layout["workers"], before)
        listing = subprocess.run(
            ["pgrep", "-af", "streamlit run asgi.py"], capture_output=True, text=True
        ).stdout.splitlines()
        ports = [f"--server.port {p} " for p in layout["workers"].values()]
        pids = [int(line.split()[0]) for line in listing if any(p in line for p in ports)]
        proxied, took_proxied = load(args, url)
        rss_proxied = peak_rss_mb(pids)
    finally:
        os.killpg(serving.pid, signal.SIGTERM)
        serving.wait(timeout=60)

    print(f"Class load: {args.sessions} students × {args.moves} moves of {args.slider!r}")
    report("one process (streamlit run asgi.py)", single, took_single)
    print(f"    server peak memory {rss_single:.0f} MB")
    report(f"make serve WORKERS={args.workers} (HAProxy)", proxied, took_proxied)
    if rss_proxied is not None:
        print(f"    server peak memory {rss_proxied:.0f} MB over {len(pids)} workers")
    a = sorted(r for s in single for r in s.reruns)
    b = sorted(r for s in proxied for r in s.reruns)
    if a and b:
        from bench.classroom import p95

        print(f"  rerun p95, proxied / one process: {p95(b) / p95(a):.2f} (goal ≤ 0.7)")


if __name__ == "__main__":
    main()
