"""Predict, then reveal: the class answers a question about a Playground view before the
trajectories are shown. Plain Python, no Streamlit: rooms, answers and their checks, the
truth a run gives and the sentence that compares the two.

Rooms live in a store (`room_store.ROOMS`, ui/room_store.py) that every worker of the server
shares: SQLite in the app's state folder by default, Redis with
`LOSSLAB_ROOMS=redis://host:port/db` across machines, or this process's memory (`Rooms`, for one process and for the tests). An answer
is acknowledged once the store holds it, so a worker's death or a restart loses none.
Everything is bounded: the number of rooms, answers per room, changes per student and how
often a student may send; rooms expire. A room's lecturer holds a secret that its students'
link does not carry; only the secret reveals and closes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import secrets
import statistics
import threading
import time
import urllib.parse
from collections.abc import Iterator, Sequence

import numpy as np

import optimizers
from ui import readings
from ui.i18n import t

MAX_ROOMS = 40
MAX_ANSWERS = 1000  # per room: a 300-seat hall, with room to spare
MAX_CHANGES = 5  # a student may change their answer, a few times
MIN_INTERVAL = 1.0  # seconds between two answers from one student
ROOM_TTL = 3 * 3600.0  # a room lasts a lecture
IDLE_TTL = 3600.0  # … or an hour without an answer or a look from the lecturer
NICKNAME_LEN = 24
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a projector
CODE_LEN = 4
NEAR = 0.05  # "near" a point: within this share of the domain's larger side

KINDS = ("where", "lowest", "diverge", "basin")
POINT_KINDS = frozenset({"where", "number"})  # "number": a lesson's one-number answer


@dataclasses.dataclass(frozen=True)
class Setup:
    """The Playground view a question is about: exactly what `compute.trajectories` takes."""

    landscape: str
    start: tuple[float, float]
    steps: int
    lanes: tuple  # ((optimizer, ((hp, value), …)), …)
    extras: tuple = ()

    @property
    def optimizers(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.lanes)

    @property
    def repeats(self) -> bool:
        """Some optimizer runs more than once (the 1-D lesson's rates, the schedules)."""
        return len(set(self.optimizers)) < len(self.lanes)


class Key(str):
    """A number question's parameter that is itself a catalog key (an optimizer's name, …),
    shown in each reader's language."""


@dataclasses.dataclass(frozen=True)
class Number:
    """A lesson's question whose answer is one number, with the truth the lesson computed from
    the view on screen (the same result its figure and sentences show).

    Attributes:
      name: the question's short name, for a slide's link (`/initialization?ask=saturated`).
      lesson: the lesson's page (its file under pages/), for the way back.
      key: the question's catalog key; `params` its numbers, ((name, value), …).
      value: the true answer.
      low, high, step: the range a guess may take, and the slider's step.
      tolerance: a guess within it of `value` counts as right.
      digits: decimals to show the numbers with; `unit` follows them (" %").
      axis: the number's name on the number line (a `Key` or plain text, "λ_max").
      link: the lesson's view as a query string, to open it after the reveal.
    """

    name: str
    lesson: str
    key: str
    params: tuple
    value: float
    low: float
    high: float
    step: float
    tolerance: float
    digits: int = 2
    unit: str = ""
    axis: str = ""
    link: str = ""

    def __post_init__(self) -> None:
        if not (math.isfinite(self.value) and self.low <= self.value <= self.high):
            raise ValueError(f"the answer {self.value!r} is outside {self.low}…{self.high}")
        if not (self.tolerance > 0 and self.step > 0):
            raise ValueError("a number question needs a tolerance and a step above 0")

    @property
    def domain(self) -> tuple[tuple[float, float]]:
        return ((float(self.low), float(self.high)),)

    def show(self, v: float) -> str:
        return f"{v:.{self.digits}f}{self.unit}"

    def show_exact(self, v: float) -> str:
        """`v` with the question's digits, or one more when those would round it: the median
        of an even count of answers can fall halfway between two steps (57 and 40 → 48.5)."""
        digits = self.digits
        while digits < self.digits + 3 and abs(round(v, digits) - v) > 1e-9 * max(1.0, abs(v)):
            digits += 1
        return f"{v:.{digits}f}{self.unit}"

    def axis_title(self, lang: str) -> str:
        return t(self.axis, lang) if isinstance(self.axis, Key) else self.axis

    def text(self, lang: str) -> str:
        """The question in `lang`."""
        params = {k: t(v, lang) if isinstance(v, Key) else v for k, v in self.params}
        return t(self.key, lang, **params)


@dataclasses.dataclass(frozen=True)
class Question:
    """What the class predicts.

    Attributes:
      kind: "where" (a point: where is lane `lane` after the last step), "lowest" (which lane
        ends with the lowest loss: "0", "1", …), "diverge" (does it diverge: "yes" or "no"),
        "basin" (which minimum it ends near: "m0", "m1", …, or "none").
        "number" (a lesson's number, `number`).
      lane: the index of the run asked about in `Setup.lanes`; None for "lowest" and "number".
      options: the answers a student can pick; empty for a point or a number.
      number: the lesson's number question, for "number".
    """

    kind: str
    lane: int | None
    options: tuple[str, ...] = ()
    number: Number | None = None

    @property
    def wants_point(self) -> bool:
        return self.kind in POINT_KINDS


def kinds_for(setup: Setup, minima: Sequence) -> tuple[str, ...]:
    """The questions a view can pose: "lowest" needs two runs, "basin" two minima, and a run
    that climbs (gradient ascent) has neither a lowest loss nor a minimum to end in."""
    ascent = bool(dict(setup.extras).get("ascent"))
    return tuple(
        kind
        for kind in KINDS
        if (kind != "lowest" or (len(setup.lanes) >= 2 and not ascent))
        and (kind != "basin" or (len(minima) >= 2 and not ascent))
    )


def question(kind: str, setup: Setup, minima: Sequence, lane: int | str | None = None) -> Question:
    """The question of `kind` about `setup`'s run `lane` (an index, or an optimizer's name:
    its first run; the last run by default); ValueError when the view cannot pose it."""
    if kind not in kinds_for(setup, minima):
        raise ValueError(f"a {kind!r} question needs more than this view has")
    if kind == "lowest":
        return Question(kind, None, tuple(str(i) for i in range(len(setup.lanes))))
    if lane is None:
        lane = len(setup.lanes) - 1
    if isinstance(lane, str) and lane.isdigit():
        lane = int(lane)
    if isinstance(lane, str):
        if lane not in setup.optimizers:
            raise ValueError(f"{lane!r} is not racing in this view")
        lane = setup.optimizers.index(lane)
    if not 0 <= lane < len(setup.lanes):
        raise ValueError(f"this view has no run {lane!r}")
    options: tuple[str, ...] = ()
    if kind == "diverge":
        options = ("yes", "no")
    elif kind == "basin":
        options = (*(f"m{i}" for i in range(len(minima))), "none")
    return Question(kind, int(lane), options)


def number_question(number: Number) -> Question:
    return Question("number", None, (), number)


@dataclasses.dataclass
class Answer:
    point: tuple[float, ...] | None
    option: str | None
    nickname: str
    at: float
    changes: int = 0


@dataclasses.dataclass
class Room:
    """A room as its store holds it: the question, and the answers when they were asked for
    (`answered` is then None; a look without them counts them in `answered`)."""

    code: str
    secret: str
    setup: Setup | None  # None for a lesson's number question
    question: Question
    domain: tuple[tuple[float, float], tuple[float, float]]
    created: float
    touched: float
    revealed: bool = False
    answers: dict[str, Answer] = dataclasses.field(default_factory=dict)
    answered: int | None = None

    @property
    def count(self) -> int:
        """How many students have answered."""
        return len(self.answers) if self.answered is None else self.answered

    def is_lecturer(self, key: str | None) -> bool:
        return bool(key) and secrets.compare_digest(str(key), self.secret)

    def expired(self, now: float) -> bool:
        return now - self.created > ROOM_TTL or now - self.touched > IDLE_TTL

    def points(self) -> np.ndarray:
        """Every point answer, (n, d)."""
        pts = [a.point for a in self.answers.values() if a.point is not None]
        return np.asarray(pts, dtype=np.float64).reshape(-1, len(self.domain))

    def nicknames(self) -> list[str]:
        """The nicknames of the point answers, in the order of `points()` ("" for none)."""
        return [a.nickname for a in self.answers.values() if a.point is not None]

    def votes(self) -> dict[str, int]:
        """Answers per option, every option listed."""
        counts = dict.fromkeys(self.question.options, 0)
        for a in self.answers.values():
            if a.option in counts:
                counts[a.option] += 1
        return counts


class Refused(Exception):
    """An answer or an action the room does not take. `key` is a catalog key; `params` its
    numbers."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key, self.params = key, params


def checked_answer(
    room: Room, point: Sequence[float] | None, option: str | None
) -> tuple[tuple[float, ...] | None, str | None]:
    """The answer as the room's question takes it, (point, option); Refused when the question
    cannot take it. Only the question and its range decide, which never change: every store
    checks here before it looks at what the room holds."""
    q = room.question
    if not q.wants_point:
        if option not in q.options:
            raise Refused("room.refused_option")
        return None, option
    if point is None or len(point) != len(room.domain):
        raise Refused("room.refused_no_point")
    point = tuple(float(v) for v in point)
    inside = all(
        math.isfinite(v) and lo <= v <= hi for v, (lo, hi) in zip(point, room.domain, strict=True)
    )
    if not inside and q.number is not None:
        n = q.number
        raise Refused("room.refused_number", low=n.show(n.low), high=n.show(n.high))
    if not inside:
        (xlo, xhi), *rest = room.domain
        ylo, yhi = rest[0] if rest else (math.nan, math.nan)
        key = "room.refused_outside" if rest else "room.refused_outside_1d"
        raise Refused(key, xlo=xlo, xhi=xhi, ylo=ylo, yhi=yhi)
    return point, None


def admitted(revealed: bool, before: Answer | None, count: int, now: float) -> int:
    """The answer's number of changes if the room takes one more from this student now, given
    what it holds (revealed, the student's answer `before`, `count` answers); Refused
    otherwise. A store calls it inside its transaction (the Redis store says it again in Lua).
    """
    if revealed:
        raise Refused("room.refused_revealed")
    if before is None:
        if count >= MAX_ANSWERS:
            raise Refused("room.refused_full", answers=MAX_ANSWERS)
        return 0
    if now - before.at < MIN_INTERVAL:
        raise Refused("room.refused_fast", seconds=MIN_INTERVAL)
    if before.changes >= MAX_CHANGES:
        raise Refused("room.refused_changes", changes=MAX_CHANGES)
    return before.changes + 1


def new_code(taken) -> str:
    """A fresh room code, not in `taken`."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LEN))
        if code not in taken:
            return code


def normal_code(code: str | None) -> str:
    """A code as typed (any case, spaces) as the store keys it."""
    return "".join(str(code or "").split()).upper()


class Rooms:
    """The room store in this process's memory, behind one lock: a restart closes its rooms
    and another process cannot see them. For one process (`LOSSLAB_ROOMS=memory`) and the
    tests; its rooms are live objects (a `get` sees later answers).

    Every store has these methods: `open`, `get`, `mine`, `answer`, `reveal`, `close`,
    `touch` and `len()`; `now` (seconds) defaults to the clock.
    """

    def __init__(self) -> None:
        self._rooms: dict[str, Room] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._prune(time.time())
            return len(self._rooms)

    def _prune(self, now: float) -> None:
        for code in [c for c, room in self._rooms.items() if room.expired(now)]:
            del self._rooms[code]

    @contextlib.contextmanager
    def _room(self, code: str, now: float) -> Iterator[Room]:
        """The open room `code`, under the lock; Refused("room.missing") if there is none."""
        with self._lock:
            self._prune(now)
            room = self._rooms.get(code)
            if room is None:
                raise Refused("room.missing", code=code)
            yield room

    def open(
        self, setup: Setup | None, question: Question, domain, now: float | None = None
    ) -> Room:
        """A new room with a fresh code and secret; Refused("room.full") at MAX_ROOMS. A number
        question brings its own setup and range: `setup` None, `domain` its range."""
        now = time.time() if now is None else now
        with self._lock:
            self._prune(now)
            if len(self._rooms) >= MAX_ROOMS:
                raise Refused("room.full", rooms=MAX_ROOMS)
            room = new_room(new_code(self._rooms), setup, question, domain, now)
            self._rooms[room.code] = room
            return room

    def get(self, code: str | None, now: float | None = None, answers: bool = True) -> Room | None:
        """The open room with this code (any case, spaces ignored), or None. `answers` False:
        a store may leave them out (the count is in `Room.count`)."""
        now = time.time() if now is None else now
        with self._lock:
            self._prune(now)
            return self._rooms.get(normal_code(code))

    def mine(self, code: str, session: str) -> Answer | None:
        """The answer `session` sent to room `code`, if any."""
        with self._lock:
            room = self._rooms.get(code)
            return None if room is None else room.answers.get(session)

    def answer(
        self,
        code: str,
        session: str,
        *,
        point: Sequence[float] | None = None,
        option: str | None = None,
        nickname: str = "",
        now: float | None = None,
    ) -> Answer:
        """Records (or replaces) one student's answer, after checking it; Refused otherwise."""
        now = time.time() if now is None else now
        with self._room(code, now) as room:
            point, option = checked_answer(room, point, option)
            before = room.answers.get(session)
            changes = admitted(room.revealed, before, len(room.answers), now)
            given = clean_nickname(nickname) or (before.nickname if before else "")
            answer = Answer(point, option, given, now, changes)
            room.answers[session] = answer
            room.touched = now
            return answer

    def reveal(self, code: str, key: str | None, now: float | None = None) -> Room:
        return self._lecturer(code, key, now, close=False)

    def close(self, code: str, key: str | None, now: float | None = None) -> Room:
        return self._lecturer(code, key, now, close=True)

    def _lecturer(self, code: str, key: str | None, now: float | None, close: bool) -> Room:
        now = time.time() if now is None else now
        with self._room(code, now) as room:
            if not room.is_lecturer(key):
                raise Refused("room.refused_student")
            if close:
                del self._rooms[code]
            else:
                room.revealed = True
                room.touched = now
            return room

    def touch(self, code: str, now: float | None = None) -> None:
        """The lecturer's view is on screen: the room is not idle."""
        with self._lock:
            room = self._rooms.get(code)
            if room is not None:
                room.touched = time.time() if now is None else now


def new_room(code: str, setup: Setup | None, question: Question, domain, now: float) -> Room:
    """A room just opened: a fresh secret, no answers."""
    return Room(
        code=code,
        secret=secrets.token_urlsafe(16),
        setup=setup,
        question=question,
        domain=tuple(tuple(float(v) for v in axis) for axis in domain),
        created=now,
        touched=now,
    )


def clean_nickname(raw: str | None) -> str:
    """Printable characters only, trimmed to NICKNAME_LEN."""
    text = "".join(ch for ch in str(raw or "") if ch.isprintable()).strip()
    return text[:NICKNAME_LEN]


# ---- the truth, and the sentence that compares it with the class ---------------------------


@dataclasses.dataclass(frozen=True)
class Truth:
    """What the run did, in the question's terms.

    Attributes:
      point: where the asked run ended (its last finite point).
      option: the right option (None for a point question, or for "lowest" when every run
        diverged).
      diverged_at: the asked run's divergence step, or None.
      loss: the asked (or lowest) run's final loss.
      stopped: the asked run stopped (`readings.stopped`: each of its last steps shorter
        than a share of the domain), not merely ended near somewhere.
      last_step: the length of its last step.
      unstable: for a run that diverged, where it became unstable and how fast its steps grew
        from there (`readings.became_unstable` of its points up to the last finite one).
    """

    point: tuple[float, ...] | None
    option: str | None
    diverged_at: int | None
    loss: float | None
    stopped: bool = False
    last_step: float = math.nan
    unstable: readings.Instability | None = None


def near_radius(domain) -> float:
    return NEAR * max(hi - lo for lo, hi in domain)


def truth(q: Question, trajectories: Sequence, minima: Sequence, domain) -> Truth:
    """The answer the run gives. `trajectories` are `optimizers.Trajectory`s, one per lane."""
    if q.kind == "number":
        return Truth((q.number.value,), None, None, None)
    if q.kind == "lowest":
        finals = {
            str(i): float(tr.losses[-1])
            for i, tr in enumerate(trajectories)
            if tr.diverged_at is None and math.isfinite(float(tr.losses[-1]))
        }
        if not finals:
            return Truth(None, None, None, None)
        best = min(finals, key=finals.get)
        return Truth(None, best, None, finals[best])
    tr = trajectories[q.lane]
    end = tuple(float(v) for v in tr.points[-1])
    loss = float(tr.losses[-1])
    points = np.asarray(tr.points)[: tr.diverged_at or None]
    # a run that left the far bound at step k may have been unstable long before it
    unstable = None if tr.diverged_at is None else readings.became_unstable(points)
    if q.kind == "where":
        stopped = readings.stopped(points, readings.STOP_WINDOW, readings.stop_tolerance(domain))
        last = float(np.linalg.norm(points[-1] - points[-2])) if len(points) > 1 else 0.0
        return Truth(end, None, tr.diverged_at, loss, stopped, last, unstable)
    if q.kind == "diverge":
        option = "yes" if tr.diverged_at is not None else "no"
        return Truth(end, option, tr.diverged_at, loss, unstable=unstable)
    # basin: the minimum the run ends near, if any
    option = "none"
    if tr.diverged_at is None and len(minima):
        d = np.linalg.norm(np.asarray(minima, dtype=np.float64) - np.asarray(end), axis=-1)
        if d.min() <= near_radius(domain):
            option = f"m{int(d.argmin())}"
    return Truth(end, option, tr.diverged_at, loss)


@dataclasses.dataclass(frozen=True)
class Summary:
    """The sentence's catalog key and its numbers."""

    key: str
    params: dict


def summary(room: Room, found: Truth, minima: Sequence) -> list[Summary]:
    """One or two sentences: how many predicted what the run did, with the run's numbers."""
    q = room.question
    n = len(room.answers)
    if n == 0:
        return [Summary("room.summary_none", {})]
    if q.kind == "number":
        return number_summary(q.number, room.points()[:, 0])
    if q.wants_point:
        pts = room.points()
        r = near_radius(room.domain)
        if found.diverged_at is not None:
            return [
                Summary("room.summary_where_diverged", dict(n=n, k=found.diverged_at)),
                *_unstable(found),
            ]
        miss = np.linalg.norm(pts - np.asarray(found.point), axis=-1)
        one_d = len(found.point) == 1
        out = [
            Summary(
                "room.summary_where_1d" if one_d else "room.summary_where",
                dict(
                    close=int((miss <= r).sum()),
                    n=n,
                    r=r,
                    x=found.point[0],
                    miss=float(statistics.median(miss.tolist())),
                )
                | ({} if one_d else dict(y=found.point[1])),
            )
        ]
        if len(minima):
            mins = np.asarray(minima, dtype=np.float64)
            to_min = np.linalg.norm(pts[:, None, :] - mins[None], axis=-1).min(axis=1)
            end_to_min = float(np.linalg.norm(mins - np.asarray(found.point), axis=-1).min())
            # "stop at the minimum": stopped (its last steps' lengths), and close to it
            params = dict(expected=int((to_min <= r).sum()), n=n, d=end_to_min)
            close = end_to_min <= r
            if found.stopped:
                key = "room.summary_at_minimum" if close else "room.summary_stopped_elsewhere"
                tol = readings.stop_tolerance(room.domain)
                params |= dict(window=readings.STOP_WINDOW, tol=tol)
            elif close:
                key, params = (
                    "room.summary_moving_near_minimum",
                    params | dict(last=found.last_step),
                )
            else:
                key = "room.summary_not_at_minimum"
            out.append(Summary(key, params))
        return out
    votes = room.votes()
    top = max(votes, key=lambda o: (votes[o], -q.options.index(o)))
    if found.option is None:
        # "every run" where one optimizer runs at several rates (the 1-D lesson's ε)
        key = (
            "room.summary_all_runs_diverged" if room.setup.repeats else "room.summary_all_diverged"
        )
        return [Summary(key, dict(n=n))]
    right = votes[found.option]
    if q.kind == "lowest":
        leaders = [o for o in q.options if votes[o] == votes[top]]
        return [
            Summary(
                "room.summary_lowest" if len(leaders) == 1 else "room.summary_lowest_split",
                dict(
                    right=right,
                    n=n,
                    truth=found.option,
                    loss=found.loss,
                    top=top,
                    top_votes=votes[top],
                ),
            )
        ]
    if q.kind == "diverge":
        key = "room.summary_diverged" if found.option == "yes" else "room.summary_stayed"
        return [Summary(key, dict(right=right, n=n, k=found.diverged_at)), *_unstable(found)]
    if len(found.point) == 1:
        return [
            Summary(
                "room.summary_basin_1d",
                dict(right=right, n=n, truth=found.option, x=found.point[0]),
            )
        ]
    return [
        Summary(
            "room.summary_basin",
            dict(right=right, n=n, truth=found.option, x=found.point[0], y=found.point[1]),
        )
    ]


def _unstable(found: Truth) -> list[Summary]:
    """When a diverged run became unstable, and how fast its steps grew from there."""
    if found.unstable is None:
        return []
    return [
        Summary(
            "room.summary_unstable",
            dict(step=found.unstable.step, growth=found.unstable.growth),
        )
    ]


def number_summary(number: Number, guesses: np.ndarray) -> list[Summary]:
    """How many guessed within the tolerance, the median guess, and which way the rest erred."""
    value, tol = number.value, number.tolerance
    miss = guesses - value
    close = np.abs(miss) <= tol * (1 + 1e-9)
    show = number.show
    high, low = int(((miss > 0) & ~close).sum()), int(((miss < 0) & ~close).sum())
    sides = [Summary("room.summary_number_sides", dict(high=high, low=low))] if high + low else []
    return [
        Summary(
            "room.summary_number",
            dict(
                close=int(close.sum()),
                n=len(guesses),
                tol=show(tol),
                value=show(value),
                median=number.show_exact(float(np.median(guesses))),
            ),
        ),
        *sides,
    ]


# ---- setups and links ------------------------------------------------------------------------


def lane_label(setup: Setup, lane: int, lang: str) -> str:
    """A run's name in `lang`: its schedule's when the run has its own (the schedules lesson),
    else its optimizer's, with its ε when one optimizer runs twice."""
    name, hps = setup.lanes[lane]
    hps = dict(hps)
    if "schedule" in hps:
        return t(f"schedule.{hps['schedule'][0]}", lang)
    title = t(optimizers.get(name).title_key, lang)
    if setup.optimizers.count(name) > 1:
        title += f" (ε = {hps.get('lr', float('nan')):g})"
    return title


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})


def setup_from_preset(preset) -> Setup:
    """A `presets.Preset` as the Playground runs it, every other control at its default
    (the Playground's: constant schedule, τ = 100, ε_τ/ε₀ = 0.01, γ = 0.95, seed 0, no
    clipping); a `presets.Curve1DPreset` as the 1-D lesson runs it (one SGD run per ε)."""
    if hasattr(preset, "curve"):
        lanes = tuple(("sgd", (("lr", float(lr)),)) for lr in preset.lrs)
        return Setup(
            preset.curve, (float(preset.start),), preset.iters, lanes, (("ascent", preset.ascent),)
        )

    lanes = tuple(
        (name, tuple(sorted((optimizers.get(name).defaults() | dict(values)).items())))
        for name, values in preset.optimizers.items()
    )
    extras = (
        ("schedule", ("constant", 100.0, 0.01, 0.95)),
        ("noise", float(preset.noise)),
        ("seed", 0),
        ("clip", None),
    )
    return Setup(preset.landscape, tuple(preset.start), preset.steps, lanes, extras)


def student_link(
    url: str | None,
    code: str,
    lang: str,
    *,
    public: str | None = None,
    lan_ip: str | None = None,
    listens_beyond_local: bool = True,
) -> tuple[str, str | None]:
    """The students' link to room `code`, from the lecturer's own page URL.

    A `public` base (behind a proxy) wins. A localhost URL gets this machine's LAN address,
    which a phone can reach, when the server listens beyond this machine; otherwise the link
    stays local and the note says so. The link names no worker: behind `make serve` any
    worker serves any room, since they share the store.

    Returns:
      The link, and a note: None, "lan" (the host was swapped for the LAN address) or
      "local_only" (phones cannot reach this server).
    """
    query = urllib.parse.urlencode({"code": code, "lang": lang})
    if public:
        return f"{public.rstrip('/')}/room?{query}", None
    if not url:
        return f"/room?{query}", None
    parts = urllib.parse.urlsplit(url)
    prefix = parts.path.rsplit("/", 1)[0]  # the server's base path, without the page
    host, note = parts.hostname or "", None
    if host in LOCAL_HOSTS:
        if not listens_beyond_local:
            note = "local_only"
        elif lan_ip:
            host, note = lan_ip, "lan"
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, f"{prefix}/room", query, "")), note


def lecturer_link(student_link: str, secret: str) -> str:
    """The students' link plus the room's secret: the link that reveals and closes."""
    return f"{student_link}&{urllib.parse.urlencode({'key': secret})}"
