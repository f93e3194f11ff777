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

`--predict` runs one predict-and-reveal round instead (pages/room/): a lecturer opens a room
on the Fig. 15-8 preset from a slide link, N students join within `--spread` seconds, tap a
point and send it, then wait for the reveal as a browser does (a look every 3 s); it prints
the answers accepted, send → accepted, what the lecturer's page counts, the cloud and the
truth after Reveal, how long the truth took to reach the phones, memory and errors. It runs
the round twice in one go, side by side: one process keeping rooms in its memory (as before
rooms were stored), then `make serve WORKERS=N` (HAProxy, rooms in SQLite; `LOSSLAB_ROOMS`
picks Redis), each with a fresh state folder.

    python bench/classroom.py --predict --sessions 500 [--workers 2]
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
    answered: asyncio.Event = field(default_factory=asyncio.Event)  # accepted, or gave up
    saw_reveal: float | None = None  # seconds from the lecturer's Reveal to the truth here


class Session:
    """One browser tab, as the protocol sees it: a socket, the page's widgets by key."""

    def __init__(self, ws, page: str, query: str):
        self.ws, self.page, self.query = ws, page, query
        self.widgets: dict[str, tuple[str, object, str | None]] = {}  # key → (id, proto, fragment)
        self.fragment: str | None = None
        self.received = 0  # bytes of the last run's messages
        self.elements: list = []  # the last run's new elements (protos)
        self.fragments: list[str] = []  # … and the fragment each was drawn in ("" for none)
        self.page_hash = ""  # the page's script hash, once the server has named it

    async def run(
        self, states=(), fragment: str | None = None, auto: bool = False
    ) -> tuple[float | None, str]:
        """Sends a rerun (of `fragment`; `auto`: on its timer, as `run_every` has the browser
        do); returns (seconds to the first chart or None, how it finished)."""
        msg = BackMsg()
        cs = msg.rerun_script
        cs.query_string, cs.page_name = self.query, self.page
        if self.page_hash:
            cs.page_script_hash = self.page_hash
        for state in states:
            cs.widget_states.widgets.append(state)
        if fragment:
            cs.fragment_id = fragment
            cs.is_auto_rerun = auto
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        first_chart = None
        self.received = 0
        self.elements, self.fragments = [], []
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT)
            self.received += len(raw)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "page_info_changed":  # the page rewrote its URL (a room was opened)
                self.query = fm.page_info_changed.query_string
            if kind == "navigation" and fm.navigation.page_script_hash:
                # sent back with every rerun, as a browser does: a rerun the page asks for
                # itself (st.rerun in a fragment) runs the page this names
                self.page_hash = fm.navigation.page_script_hash
            if kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                el = fm.delta.new_element
                self.elements.append(el)
                self.fragments.append(fm.delta.fragment_id)
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

    def press(self, key: str):
        """A button press: its trigger, and the fragment it lives in."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        widget_id, _, fragment = self.widgets[key]
        state = WidgetState()
        state.id = widget_id
        state.trigger_value = True
        return state, fragment

    def texts(self, kind: str) -> list[str]:
        """The bodies of this run's alerts ("info", "success", …) or metrics ("metric")."""
        out = []
        for el in self.elements:
            if kind == "metric" and el.WhichOneof("type") == "metric":
                out.append(el.metric.body)
            elif el.WhichOneof("type") == "alert" and el.alert.format == el.alert.Format.Value(
                kind.upper()
            ):
                out.append(el.alert.body)
        return out

    def fragment_of(self, text: str) -> str | None:
        """The fragment that drew a text element (markdown, caption) starting with `text`."""
        for el, fragment in zip(self.elements, self.fragments, strict=True):
            if el.WhichOneof("type") == "markdown" and el.markdown.body.startswith(text):
                return fragment or None
        return None

    def chart(self, key: str) -> dict | None:
        import json

        for el in self.elements:
            if el.WhichOneof("type") == "plotly_chart" and el.plotly_chart.id.endswith(f"-{key}"):
                return json.loads(el.plotly_chart.spec)
        return None


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


# ---- predict, then reveal: a lecturer and a class in one room ---------------------------------


async def socket_to(url: str):
    """A websocket to the server at `url`, as a browser tab opens it."""
    parts = urllib.parse.urlsplit(url)
    return connect(
        f"ws://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream",
        subprotocols=["streamlit"],
        origin=f"http://{parts.netloc}",
        max_size=None,
        open_timeout=TIMEOUT,
    )


WAIT_EVERY = 3.0  # pages/room/: a phone that has answered looks for the reveal this often
WAITING = "Waiting for the lecturer"  # the caption of that look (room.waiting)


@dataclass
class Reveal:
    """When the lecturer pressed Reveal (perf_counter), for the phones to time the truth."""

    at: float | None = None


async def predicting_student(
    url: str, code: str, delay: float, me: Student, t0: float, reveal: Reveal | None = None
) -> None:
    """Opens the students' link, taps a point (the two sliders a tap sets) and sends it.
    `me.loaded` is when the answer was accepted, from the round's start. With `reveal`, the
    phone then stays, looking for the reveal every WAIT_EVERY s as a browser's timer does,
    until it shows the truth (`me.saw_reveal`)."""
    await asyncio.sleep(delay)
    try:
        await _predict(url, code, me, t0, reveal)
    finally:
        me.answered.set()


async def _predict(url: str, code: str, me: Student, t0: float, reveal: Reveal | None) -> None:
    try:
        async with await socket_to(url) as ws:
            session = Session(ws, "room", f"code={code}")
            first, how = await session.run()
            me.first_paint = first
            if how != "ok":
                me.errors.append(how)
                return
            await asyncio.sleep(random.uniform(0.5, 1.5))  # a finger finds its spot
            x, y = random.uniform(-7.5, 7.5), random.uniform(-3.5, 3.5)
            (sx, fragment), (sy, _) = (
                session.slider_state("ans_x", x),
                session.slider_state("ans_y", y),
            )
            _, how = await session.run([sx, sy], fragment)
            if how != "ok":
                me.errors.append(how)
                return
            await asyncio.sleep(random.uniform(0.2, 0.6))
            press, fragment = session.press("send")
            t1 = time.perf_counter()
            _, how = await session.run([sx, sy, press], fragment)
            me.reruns.append(time.perf_counter() - t1)
            if how != "ok" or not any(text.startswith("Sent") for text in session.texts("info")):
                me.errors.append(f"not accepted: {how} {session.texts('error')}")
                return
            me.loaded = time.perf_counter() - t0
            if reveal is None:
                return
            waiting = session.fragment_of(WAITING)
            me.answered.set()
            if waiting is None:
                me.errors.append("no look for the reveal after sending")
                return
            while True:
                await asyncio.sleep(WAIT_EVERY)
                _, how = await session.run([], waiting, auto=True)
                if how != "ok":
                    me.errors.append(f"looking for the reveal: {how}")
                    return
                if session.texts("success"):  # the truth's sentences: the reveal arrived
                    if reveal.at is None:
                        me.errors.append("the truth before the reveal")
                    else:
                        me.saw_reveal = time.perf_counter() - reveal.at
                    return
                waiting = session.fragment_of(WAITING) or waiting
    except Exception as err:  # a closed socket, a protocol error: counted, not raised
        me.errors.append(f"{type(err).__name__}: {err}")


@dataclass
class Round:
    """One predict-and-reveal round's figures."""

    sessions: int
    accepted: int = 0
    sends: list[float] = field(default_factory=list)
    reveals: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    shown: str = "none"  # the projector's count before the reveal
    cloud: str = "no cloud"
    truth: bool = False
    sentences: list[str] = field(default_factory=list)
    memory: float | None = None
    processes: int = 0


async def predict_round(url: str, sessions: int, spread: float) -> Round:
    """One round on the Fig. 15-8 preset: the lecturer opens a room from a slide link, the
    class answers, the lecturer's page counts them and reveals, and every phone waits for the
    truth."""
    out = Round(sessions)
    async with await socket_to(url) as ws:
        lecturer = Session(ws, "room", "new=fig15_8&ask=where&opt=momentum&lang=en")
        _, how = await lecturer.run()
        query = urllib.parse.parse_qs(lecturer.query)
        if how != "ok" or "code" not in query:
            out.errors.append(f"the lecturer could not open a room: {how} {lecturer.query!r}")
            return out
        code = query["code"][0]
        students = [Student() for _ in range(sessions)]
        reveal = Reveal()
        t0 = time.perf_counter()
        phones = asyncio.gather(
            *(
                predicting_student(url, code, random.uniform(0, spread), me, t0, reveal)
                for me in students
            )
        )
        await asyncio.wait_for(
            asyncio.gather(*(s.answered.wait() for s in students)), timeout=TIMEOUT + spread
        )
        await lecturer.run()  # what the projector shows now
        out.shown = (lecturer.texts("metric") or ["none"])[0]
        press, fragment = lecturer.press("reveal")
        reveal.at = time.perf_counter()
        _, how = await lecturer.run([press], fragment)
        fig = lecturer.chart("room_figure") or {"data": []}
        out.cloud = next(
            (t["name"] for t in fig["data"] if str(t.get("name", "")).startswith("Class (")),
            "no cloud",
        )
        out.truth = any(t.get("name") == "Momentum" for t in fig["data"])
        out.sentences = lecturer.texts("success")
        await asyncio.wait_for(phones, timeout=TIMEOUT)
    out.accepted = sum(s.loaded is not None for s in students)
    out.sends = [r for s in students for r in s.reruns]
    out.reveals = [s.saw_reveal for s in students if s.saw_reveal is not None]
    out.errors += [e for s in students for e in s.errors]
    return out


def print_round(label: str, r: Round) -> None:
    print(f"  {label}")
    print(f"    answers accepted {r.accepted}/{r.sessions}")
    if r.sends:
        print(
            f"    send → accepted  median {statistics.median(r.sends):6.3f} s"
            f"   p95 {p95(r.sends):6.3f} s"
        )
    print(f"    the projector's count before the reveal: {r.shown}")
    print(f"    after the reveal: {r.cloud}, the truth drawn: {'yes' if r.truth else 'no'}")
    for sentence in r.sentences:
        print(f"    “{sentence}”")
    if r.reveals:
        print(
            f"    reveal → truth on a phone  median {statistics.median(r.reveals):6.2f} s"
            f"   p95 {p95(r.reveals):6.2f} s   ({len(r.reveals)} phones)"
        )
    if r.memory is not None:
        print(f"    server peak memory {r.memory:.0f} MB (VmHWM over {r.processes} process(es))")
    print(f"    errors       {len(r.errors)}" + (f"  e.g. {r.errors[0]}" if r.errors else ""))


def table(rounds: dict[str, Round]) -> None:
    """The rounds side by side, as a Markdown table."""

    def cell(xs: list[float], digits: int) -> str:
        return f"{p95(xs):.{digits}f} s" if xs else "—"

    print(
        "| server | answers accepted | send → accepted p95 | reveal → every phone p95 |"
        " peak memory | errors |"
    )
    print("|---|---|---|---|---|---|")
    for label, r in rounds.items():
        memory = "—" if r.memory is None else f"{r.memory:.0f} MB"
        print(
            f"| {label} | {r.accepted} of {r.sessions} | {cell(r.sends, 3)} |"
            f" {cell(r.reveals, 2)} ({len(r.reveals)} phones) | {memory} | {len(r.errors)} |"
        )


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


def log_sizes(run: Path) -> dict[str, int]:
    """The sizes of `make serve`'s worker logs in `run` (.serve/) before a start."""
    return {log.name: log.stat().st_size for log in run.glob("worker-*.log")}


def warmed_up(run: Path, names, before: dict[str, int], timeout: float = 600) -> None:
    """Waits until every worker in `names` has logged its warm-up since `before` (supervisord
    appends to the logs: an older start's line does not count)."""
    deadline = time.monotonic() + timeout
    for name in names:
        log = run / f"{name}.log"
        while time.monotonic() < deadline:
            with log.open(errors="replace") as text:
                text.seek(before.get(log.name, 0))
                if "warmed up in" in text.read():
                    break
            time.sleep(0.5)


def serve_workers(workers: int, env: dict):
    """`make serve WORKERS=workers` on a free port, warmed up: (url, worker pids, process)."""
    import json
    import signal
    import subprocess

    from tests.browser import free_port, healthy

    port = free_port()
    run = ROOT / ".serve"
    # supervisord appends to the workers' logs: wait for this start's warm-up, not an old one
    before = log_sizes(run)
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "serve", f"WORKERS={workers}", f"PORT={port}"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"

    @contextlib.contextmanager
    def running():
        try:
            deadline = time.monotonic() + 300
            while not healthy(url) and time.monotonic() < deadline:
                time.sleep(0.5)
            layout = json.loads((run / "layout.json").read_text())
            warmed_up(run, layout["workers"], before)
            listing = subprocess.run(
                ["pgrep", "-af", "streamlit run asgi.py"], capture_output=True, text=True
            ).stdout.splitlines()
            ports = [f"--server.port {p} " for p in layout["workers"].values()]
            pids = [int(line.split()[0]) for line in listing if any(p in line for p in ports)]
            yield url, pids
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)

    return running()


def predict_both(args) -> None:
    """The round on one process with rooms in memory, then behind `make serve`."""
    import tempfile

    rounds = {}
    with tempfile.TemporaryDirectory() as state:
        memory = {"LOSSLAB_WARMUP": "on", "LOSSLAB_ROOMS": "memory", "LOSSLAB_STATE": state}
        with serve("asgi.py", memory) as (url, proc, _, log):
            from bench.served import wait_for_line

            wait_for_line(log, "warmed up in", timeout=300)
            r = asyncio.run(predict_round(url, args.sessions, args.spread))
            r.memory, r.processes = peak_rss_mb([proc.pid]), 1
            rounds["one process, rooms in memory"] = r
    store = os.environ.get("LOSSLAB_ROOMS", "").split(":")[0] or "SQLite"
    with (
        tempfile.TemporaryDirectory() as state,
        serve_workers(args.workers, {"LOSSLAB_STATE": state}) as (url, pids),
    ):
        r = asyncio.run(predict_round(url, args.sessions, args.spread))
        r.memory, r.processes = peak_rss_mb(pids), len(pids)
        rounds[f"make serve WORKERS={args.workers}, rooms in {store}"] = r
    print(
        f"Predict, then reveal (Fig. 15-8, 'where will Momentum be?'): {args.sessions} phones"
        f" joining within {args.spread:g} s"
    )
    for label, r in rounds.items():
        print_round(label, r)
    table(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (default: start streamlit run asgi.py)")
    parser.add_argument("--pids", default="", help="its processes, comma-separated, for memory")
    parser.add_argument(
        "--predict", action="store_true", help="one predict-and-reveal round instead"
    )
    parser.add_argument("--workers", type=int, default=2, help="--predict: make serve's workers")
    args = class_options(parser).parse_args()
    random.seed(0)

    if args.predict and not args.url:
        predict_both(args)
        return

    def run(url: str, pids: list[int]) -> None:
        if args.predict:
            r = asyncio.run(predict_round(url, args.sessions, args.spread))
            r.memory, r.processes = (peak_rss_mb(pids) if pids else None), len(pids)
            print(f"Predict, then reveal on {url}/room: {args.sessions} phones")
            print_round(url, r)
            return
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
