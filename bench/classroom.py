"""A class on one server: N simulated students over Streamlit's own websocket protocol (not a
browser). Each opens a lesson link, waits for its first paint, then moves a slider K times,
each move waiting for the rerun to finish. Prints figures, asserts nothing (`make bench`).

- first paint: from opening the socket to the first chart arriving;
- rerun: from sending a slider move to the server's "script finished";
- alone: one student, the same moves, nobody else connected;
- errors: a failed connection, an exception element, or no answer in time;
- server memory: peak resident set (VmHWM) of every process serving the app.

By default it starts `streamlit run asgi.py` (as `make run` does) itself on a free loopback port; `--url` measures a
server that is already running (say, `make serve` behind its proxy; give `--pids` to read
its memory). Loopback only; every wait is bounded.

    python bench/classroom.py --sessions 30 --moves 5
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from bench.served import serve  # noqa: E402

DONE = {
    ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY,
    ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
}
TIMEOUT = 120.0  # seconds for any one answer


@dataclass
class Student:
    first_paint: float | None = None
    loaded: float | None = None
    reruns: list[float] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)  # bytes the server sent for each move
    errors: list[str] = field(default_factory=list)


class Session:
    """One browser tab, as the protocol sees it: a socket, the page's widgets by key."""

    def __init__(self, ws, page: str, query: str):
        self.ws, self.page, self.query = ws, page, query
        self.widgets: dict[str, tuple[str, object, str | None]] = {}  # key → (id, proto, fragment)
        self.fragment: str | None = None
        self.received = 0  # bytes of the last run's messages

    async def run(self, states=(), fragment: str | None = None) -> tuple[float | None, str]:
        """Sends a rerun; returns (seconds to the first chart or None, how it finished)."""
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string, cs.page_name = self.query, self.page
        for state in states:
            cs.widget_states.widgets.append(state)
        if fragment:
            cs.fragment_id = fragment
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        first_chart = None
        self.received = 0
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT)
            self.received += len(raw)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                which = el.WhichOneof("type")
                if which == "plotly_chart" and first_chart is None:
                    first_chart = time.perf_counter() - t0
                if which == "exception":
                    return first_chart, f"exception: {el.exception.message[:80]}"
                proto = getattr(el, which, None)
                widget_id = getattr(proto, "id", "") if proto is not None else ""
                if widget_id.startswith("$$ID") and "-" in widget_id:
                    self.widgets[widget_id.rsplit("-", 1)[-1]] = (
                        widget_id,
                        proto,
                        fm.delta.fragment_id or None,
                    )
            elif kind == "script_finished":
                status = fm.script_finished
                if status in DONE:
                    return first_chart, "ok"
                if status == ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN:
                    continue  # a rerun the page asked for itself (URL-bound widgets settle)
                return first_chart, f"finished {status}"

    def slider_state(self, key: str, value: float):
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        widget_id, _, fragment = self.widgets[key]
        state = WidgetState()
        state.id = widget_id
        state.double_array_value.data[:] = [value]
        return state, fragment


async def student(
    url: str, page: str, query: str, slider: str, values: list[float], delay: float, me: Student
) -> None:
    await asyncio.sleep(delay)
    parts = urllib.parse.urlsplit(url)
    ws_url = f"ws://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
    t0 = time.perf_counter()
    try:
        async with connect(
            ws_url,
            subprotocols=["streamlit"],
            origin=f"http://{parts.netloc}",
            max_size=None,
            open_timeout=TIMEOUT,
        ) as ws:
            session = Session(ws, page, query)
            first, how = await session.run()
            me.first_paint = None if first is None else time.perf_counter() - t0
            me.loaded = time.perf_counter() - t0
            if how != "ok":
                me.errors.append(how)
                return
            if slider not in session.widgets:
                me.errors.append(f"no slider {slider!r}")
                return
            for value in values:
                await asyncio.sleep(random.uniform(0.1, 0.3))  # a student's hand
                state, fragment = session.slider_state(slider, value)
                t1 = time.perf_counter()
                _, how = await session.run([state], fragment)
                if how != "ok":
                    me.errors.append(how)
                    return
                me.reruns.append(time.perf_counter() - t1)
                me.sent.append(session.received)
    except (OSError, TimeoutError) as err:
        me.errors.append(f"{type(err).__name__}: {err}")
    except Exception as err:  # a closed socket, a protocol error: counted, not raised
        me.errors.append(f"{type(err).__name__}: {err}")


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[-1] if len(xs) > 1 else xs[0]


def peak_rss_mb(pids: list[int]) -> float | None:
    total = 0.0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            return None
    return total


async def classroom(args, url: str) -> tuple[list[Student], float]:
    values = [args.low + (args.high - args.low) * (i + 1) / args.moves for i in range(args.moves)]
    students = [Student() for _ in range(args.sessions)]
    t0 = time.perf_counter()
    await asyncio.wait_for(
        asyncio.gather(
            *(
                student(
                    url,
                    args.page,
                    args.query,
                    args.slider,
                    random.sample(values, len(values)),
                    random.uniform(0, args.spread),
                    me,
                )
                for me in students
            )
        ),
        timeout=args.timeout,
    )
    return students, time.perf_counter() - t0


def report(label: str, students: list[Student], seconds: float) -> None:
    paints = [s.first_paint for s in students if s.first_paint is not None]
    reruns = [r for s in students for r in s.reruns]
    errors = [e for s in students for e in s.errors]
    print(f"  {label}: {len(students)} session(s) in {seconds:.1f} s")
    if paints:
        print(
            f"    first paint  median {statistics.median(paints):6.2f} s   p95 {p95(paints):6.2f} s"
        )
    if reruns:
        print(
            f"    rerun        median {statistics.median(reruns):6.3f} s   p95 {p95(reruns):6.3f} s"
            f"   ({len(reruns)} moves)"
        )
        sent = [b / 1000 for s in students for b in s.sent]
        print(
            f"    sent a move  median {statistics.median(sent):6.0f} kB   max {max(sent):6.0f} kB"
        )
    print(f"    errors       {len(errors)}" + (f"  e.g. {errors[0]}" if errors else ""))


def class_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The class's shape, shared with bench/proxy.py."""
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--moves", type=int, default=5)
    parser.add_argument("--spread", type=float, default=1.0, help="students arrive within (s)")
    parser.add_argument("--page", default="playground")
    parser.add_argument("--query", default="")
    parser.add_argument("--slider", default="steps")
    parser.add_argument("--low", type=float, default=20)
    parser.add_argument("--high", type=float, default=200)
    parser.add_argument("--timeout", type=float, default=300)
    return parser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (default: start streamlit run asgi.py)")
    parser.add_argument("--pids", default="", help="its processes, comma-separated, for memory")
    args = class_options(parser).parse_args()
    random.seed(0)

    def run(url: str, pids: list[int]) -> None:
        print(f"Classroom on {url}/{args.page} (slider {args.slider!r}, {args.moves} moves each)")
        alone, took = asyncio.run(
            classroom(argparse.Namespace(**{**vars(args), "sessions": 1}), url)
        )
        report("one student alone", alone, took)
        class_, took = asyncio.run(classroom(args, url))
        report(f"{args.sessions} students at once", class_, took)
        rss = peak_rss_mb(pids) if pids else None
        if rss is not None:
            print(f"    server peak memory {rss:.0f} MB (VmHWM over {len(pids)} process(es))")

    if args.url:
        run(args.url.rstrip("/"), [int(p) for p in args.pids.split(",") if p])
    else:
        with serve("asgi.py", {"LOSSLAB_WARMUP": "on"}) as (url, proc, _, log):
            with contextlib.suppress(Exception):
                from bench.served import wait_for_line

                wait_for_line(log, "warmed up in", timeout=300)  # a class comes after the start
            run(url, [proc.pid])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
