"""Where rooms are kept, shared by every worker: SQLite on one machine, Redis across several.

`from_env()` reads `LOSSLAB_ROOMS`:
- unset or `sqlite`: SQLite in WAL mode, `rooms.sqlite` in the app's state folder
  (`$LOSSLAB_STATE`, else `.cache/` in the project). Every worker on this machine opens the
  same file; nothing else runs. `sqlite:///rel/file` or `sqlite:////abs/file` names the file.
- `redis://host:port/db`: a Redis server that every machine's workers reach.
- `memory`: this process's memory (`rooms.Rooms`), as before rooms were stored: one process
  only, and a restart closes every room.

Each store has the methods of `rooms.Rooms`. An answer is checked and written in one
transaction (SQLite's `BEGIN IMMEDIATE`, a Lua script in Redis), so two workers taking
answers at once lose none and never pass a limit; the call returns once the store holds it.
Rooms expire as in memory: a look (`get`) never sees an expired room, an `open` deletes them.
A room's question is kept as tagged JSON (tuples, catalog keys and the question's
dataclasses are named), never pickled: a shared store's contents are data, not code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import numbers
import os
import queue
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from ui import rooms
from ui.rooms import Answer, Refused, Room

ENV = "LOSSLAB_ROOMS"
STATE_ENV = "LOSSLAB_STATE"
STATE = Path(__file__).resolve().parent.parent / ".cache"
FILE = "rooms.sqlite"
BUSY_MS = 10_000  # a writer waits this long for another worker's transaction


def state_folder() -> Path:
    """The app's state folder: `$LOSSLAB_STATE`, else `.cache/` in the project."""
    setting = os.environ.get(STATE_ENV, "").strip()
    return Path(setting).expanduser() if setting else STATE


def from_env():
    """The store `LOSSLAB_ROOMS` names (see the module's docstring)."""
    setting = os.environ.get(ENV, "").strip()
    if setting == "memory":
        return rooms.Rooms()
    if setting.startswith(("redis://", "rediss://", "unix://")):
        return RedisStore(setting)
    if setting.startswith("sqlite:///"):
        return SqliteStore(Path(setting.removeprefix("sqlite:///")))
    if setting in ("", "sqlite"):
        return SqliteStore(state_folder() / FILE)
    raise ValueError(
        f"{ENV}={setting!r}: use sqlite, sqlite:///file, redis://host:port/db or memory"
    )


# ---- a room's question as data -------------------------------------------------------------

_TYPES = {cls.__name__: cls for cls in (rooms.Setup, rooms.Question, rooms.Number)}


def _tagged(value):
    if isinstance(value, rooms.Key):
        return {"key": str(value)}
    if isinstance(value, tuple):
        return {"tuple": [_tagged(v) for v in value]}
    if dataclasses.is_dataclass(value) and type(value).__name__ in _TYPES:
        fields = {f.name: _tagged(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, "fields": fields}
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, numbers.Integral):  # NumPy's numbers too, as plain ones
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value)
    raise TypeError(f"a room cannot keep {type(value).__name__}")


def _untagged(value):
    if not isinstance(value, dict):
        return value
    if "key" in value:
        return rooms.Key(value["key"])
    if "tuple" in value:
        return tuple(_untagged(v) for v in value["tuple"])
    fields = {name: _untagged(v) for name, v in value["fields"].items()}
    return _TYPES[value["type"]](**fields)


def encode_question(room: Room) -> str:
    """What a room asks (setup, question, range) as JSON: it never changes once opened."""
    return json.dumps(_tagged((room.setup, room.question, room.domain)))


@functools.lru_cache(maxsize=256)
def decode_question(text: str) -> tuple:
    """The (setup, question, range) `encode_question` wrote; kept decoded, as every rerun of
    a room's page reads it and it never changes (the objects are immutable)."""
    return _untagged(json.loads(text))


def _point(text: str | None) -> tuple[float, ...] | None:
    return None if text is None else tuple(float(v) for v in json.loads(text))


# ---- SQLite: one file for every worker of one machine ---------------------------------------

SCHEMA = """
CREATE TABLE IF NOT EXISTS rooms (
    code TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    question TEXT NOT NULL,
    created REAL NOT NULL,
    touched REAL NOT NULL,
    revealed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS answers (
    code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
    session TEXT NOT NULL,
    point TEXT,
    option TEXT,
    nickname TEXT NOT NULL,
    at REAL NOT NULL,
    changes INTEGER NOT NULL,
    PRIMARY KEY (code, session)
);
CREATE TRIGGER IF NOT EXISTS answered AFTER INSERT ON answers BEGIN
    UPDATE rooms SET touched = NEW.at WHERE code = NEW.code;
END;
CREATE TRIGGER IF NOT EXISTS answered_again AFTER UPDATE ON answers BEGIN
    UPDATE rooms SET touched = NEW.at WHERE code = NEW.code;
END;
"""

# One statement checks and writes an answer: the limits of `rooms.admitted`, in SQL. SQLite
# runs it whole, holding the write lock only while it runs, never while this thread waits
# for Python's GIL among a class's hundreds of sessions (a transaction of several statements
# did, and under 500 phones other writers waited past their timeout). No row written: the
# room refused it, and `answer` reads why.
ANSWER = """
INSERT INTO answers (code, session, point, option, nickname, at, changes)
SELECT r.code, :session, :point, :option,
       CASE WHEN :nickname != '' THEN :nickname ELSE coalesce(b.nickname, '') END,
       :now, coalesce(b.changes + 1, 0)
FROM rooms AS r LEFT JOIN answers AS b ON b.code = r.code AND b.session = :session
WHERE r.code = :code AND NOT r.revealed
  AND :now - r.created <= :room_ttl AND :now - r.touched <= :idle_ttl
  AND CASE WHEN b.session IS NULL
           THEN (SELECT count(*) FROM answers WHERE code = :code) < :max_answers
           ELSE :now - b.at >= :min_interval AND b.changes < :max_changes END
ON CONFLICT (code, session) DO UPDATE SET
  point = excluded.point, option = excluded.option, nickname = excluded.nickname,
  at = excluded.at, changes = excluded.changes
"""


class _LecturerActions:
    """Reveal and close, the lecturer's two actions, the same on every shared store: the room
    must exist and the key must be its secret; each store deletes or marks it its own way."""

    def reveal(self, code: str, key: str | None, now: float | None = None) -> Room:
        return self._lecturer(code, key, now, close=False)

    def close(self, code: str, key: str | None, now: float | None = None) -> Room:
        return self._lecturer(code, key, now, close=True)

    def _lecturer(self, code: str, key: str | None, now: float | None, close: bool) -> Room:
        now = time.time() if now is None else now
        room = self.get(code, now, answers=False)
        if room is None:
            raise Refused("room.missing", code=code)
        if not room.is_lecturer(key):
            raise Refused("room.refused_student")
        if close:
            self._delete(code)
        elif self._mark_revealed(code, now):
            room.revealed, room.touched = True, now
        else:
            raise Refused("room.missing", code=code)
        return room


class SqliteStore(_LecturerActions):
    """Rooms in one SQLite file in WAL mode: readers never wait for a writer, and writers (an
    answer, a reveal) take turns across processes. Connections are pooled: Streamlit runs
    each rerun in a thread of its own."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pool: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        db = self._connect()
        db.executescript(SCHEMA)
        self._pool.put(db)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(
            self.path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
        db.execute("PRAGMA journal_mode=WAL")
        # In WAL mode a commit survives the process's death (a killed worker, a restart); only
        # the machine's own crash could take its last moments.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        return db

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[sqlite3.Connection]:
        try:
            db = self._pool.get_nowait()
        except queue.Empty:
            db = self._connect()
        try:
            db.execute(begin)
        except BaseException:
            db.close()
            raise
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")  # a refusal: nothing was written
            self._pool.put(db)
            raise
        db.execute("COMMIT")
        self._pool.put(db)

    def _write(self):
        """A transaction that writes: it holds the file's write lock from its start."""
        return self._transaction("BEGIN IMMEDIATE")

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled connection, for statements that each commit as they end."""
        try:
            db = self._pool.get_nowait()
        except queue.Empty:
            db = self._connect()
        try:
            yield db
        except BaseException:
            db.close()
            raise
        self._pool.put(db)

    def _one(self, sql: str, params) -> int:
        """One statement on its own (SQLite commits it as it ends); the rows it changed."""
        with self._connection() as db:
            return db.execute(sql, params).rowcount

    def _fetch(self, sql: str, params) -> list:
        """One statement's rows, read on its own (no transaction around it): under a class's
        load each statement costs this thread a wait for Python's GIL, so a look is one
        statement where it can be."""
        with self._connection() as db:
            return db.execute(sql, params).fetchall()

    @staticmethod
    def _prune(db: sqlite3.Connection, now: float) -> None:
        db.execute(
            "DELETE FROM rooms WHERE ? - created > ? OR ? - touched > ?",
            (now, rooms.ROOM_TTL, now, rooms.IDLE_TTL),
        )

    def __len__(self) -> int:
        with self._write() as db:
            self._prune(db, time.time())
            return db.execute("SELECT count(*) FROM rooms").fetchone()[0]

    def open(self, setup, question, domain, now: float | None = None) -> Room:
        now = time.time() if now is None else now
        with self._write() as db:
            self._prune(db, now)
            if db.execute("SELECT count(*) FROM rooms").fetchone()[0] >= rooms.MAX_ROOMS:
                raise Refused("room.full", rooms=rooms.MAX_ROOMS)
            taken = {code for (code,) in db.execute("SELECT code FROM rooms")}
            room = rooms.new_room(rooms.new_code(taken), setup, question, domain, now)
            db.execute(
                "INSERT INTO rooms (code, secret, question, created, touched) VALUES (?,?,?,?,?)",
                (room.code, room.secret, encode_question(room), now, now),
            )
            return room

    @staticmethod
    def _room(row, answers: dict | None = None, answered: int | None = None) -> Room:
        code, secret, question, created, touched, revealed = row
        setup, q, domain = decode_question(question)
        return Room(
            code,
            secret,
            setup,
            q,
            domain,
            created,
            touched,
            bool(revealed),
            answers or {},
            answered,
        )

    def get(self, code: str | None, now: float | None = None, answers: bool = True) -> Room | None:
        now = time.time() if now is None else now
        code = rooms.normal_code(code)
        rows = self._fetch(
            "SELECT r.code, r.secret, r.question, r.created, r.touched, r.revealed,"
            " (SELECT count(*) FROM answers AS a WHERE a.code = r.code)"
            " FROM rooms AS r WHERE r.code = ?",
            (code,),
        )
        if not rows:
            return None
        *row, count = rows[0]
        if now - row[3] > rooms.ROOM_TTL or now - row[4] > rooms.IDLE_TTL:
            return None
        if not answers:
            return self._room(row, answered=count)
        held = {
            session: Answer(_point(point), option, nickname, at, changes)
            for session, point, option, nickname, at, changes in self._fetch(
                "SELECT session, point, option, nickname, at, changes FROM answers"
                " WHERE code = ? ORDER BY rowid",
                (code,),
            )
        }
        return self._room(row, held)

    def mine(self, code: str, session: str) -> Answer | None:
        rows = self._fetch(
            "SELECT point, option, nickname, at, changes FROM answers"
            " WHERE code = ? AND session = ?",
            (code, session),
        )
        return None if not rows else Answer(_point(rows[0][0]), *rows[0][1:])

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
        now = time.time() if now is None else now
        for _ in range(3):
            room = self.get(code, now, answers=False)
            if room is None:
                raise Refused("room.missing", code=code)
            point, option = rooms.checked_answer(room, point, option)
            written = self._one(
                ANSWER,
                {
                    "code": code,
                    "session": session,
                    "point": None if point is None else json.dumps(point),
                    "option": option,
                    "nickname": rooms.clean_nickname(nickname),
                    "now": now,
                    "room_ttl": rooms.ROOM_TTL,
                    "idle_ttl": rooms.IDLE_TTL,
                    "max_answers": rooms.MAX_ANSWERS,
                    "min_interval": rooms.MIN_INTERVAL,
                    "max_changes": rooms.MAX_CHANGES,
                },
            )
            if written:
                return self.mine(code, session)
            # refused: say why, from what the room holds now (it raises)
            room = self.get(code, now, answers=False)
            if room is None:
                raise Refused("room.missing", code=code)
            rooms.admitted(room.revealed, self.mine(code, session), room.count, now)
        raise Refused("room.refused_full", answers=rooms.MAX_ANSWERS)  # a race lost 3 times

    def _delete(self, code: str) -> None:
        self._one("DELETE FROM rooms WHERE code = ?", (code,))  # its answers: ON DELETE CASCADE

    def _mark_revealed(self, code: str, now: float) -> bool:
        return bool(
            self._one("UPDATE rooms SET revealed = 1, touched = ? WHERE code = ?", (now, code))
        )

    def touch(self, code: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self._one("UPDATE rooms SET touched = max(touched, ?) WHERE code = ?", (now, code))


# ---- Redis: one server for every machine -----------------------------------------------------

# Keys: {prefix}rooms (a set of codes), {prefix}room:{code} (a hash: secret, question, created,
# touched, revealed) and {prefix}answers:{code} (a hash: session → the answer as JSON). Each
# key also expires by itself, a while after a room would, so a store nobody prunes stays small.
PREFIX = "losslab:"
GC_SECONDS = int(rooms.ROOM_TTL + rooms.IDLE_TTL)

# ARGV: prefix, now, room TTL, idle TTL. Deletes expired rooms; returns how many are left.
_PRUNE = """
local prefix, now = ARGV[1], tonumber(ARGV[2])
local room_ttl, idle_ttl = tonumber(ARGV[3]), tonumber(ARGV[4])
local index = prefix .. 'rooms'
for _, code in ipairs(redis.call('SMEMBERS', index)) do
  local v = redis.call('HMGET', prefix .. 'room:' .. code, 'created', 'touched')
  if not v[1] or now - tonumber(v[1]) > room_ttl or now - tonumber(v[2]) > idle_ttl then
    redis.call('DEL', prefix .. 'room:' .. code, prefix .. 'answers:' .. code)
    redis.call('SREM', index, code)
  end
end
return redis.call('SCARD', index)
"""

# ARGV: prefix, now, room TTL, idle TTL, max rooms, code, secret, question, gc seconds.
_OPEN = (
    _PRUNE.replace("return redis.call('SCARD', index)", "")
    + """
if redis.call('SCARD', index) >= tonumber(ARGV[5]) then return 'full' end
local key = prefix .. 'room:' .. ARGV[6]
if redis.call('EXISTS', key) == 1 then return 'taken' end
redis.call('HSET', key, 'secret', ARGV[7], 'question', ARGV[8], 'created', ARGV[2],
           'touched', ARGV[2], 'revealed', '0')
redis.call('EXPIRE', key, ARGV[9])
redis.call('SADD', index, ARGV[6])
return 'ok'
"""
)

# ARGV: prefix, code, session, now, body (the point and option as JSON), nickname, room TTL,
# idle TTL, max answers, min interval, max changes, gc seconds. The checks of
# `rooms.admitted`, here so that no other worker's answer slips between them and the write.
_ANSWER = """
local prefix, code, session, now = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local room, answers = prefix .. 'room:' .. code, prefix .. 'answers:' .. code
local v = redis.call('HMGET', room, 'created', 'touched', 'revealed')
if not v[1] or now - tonumber(v[1]) > tonumber(ARGV[7])
   or now - tonumber(v[2]) > tonumber(ARGV[8]) then
  return {'room.missing'}
end
if v[3] == '1' then return {'room.refused_revealed'} end
local nickname, changes = ARGV[6], 0
local before = redis.call('HGET', answers, session)
if before then
  local b = cjson.decode(before)
  if now - tonumber(b.at) < tonumber(ARGV[10]) then return {'room.refused_fast'} end
  if b.changes >= tonumber(ARGV[11]) then return {'room.refused_changes'} end
  changes = b.changes + 1
  if nickname == '' then nickname = b.nickname end
elseif redis.call('HLEN', answers) >= tonumber(ARGV[9]) then
  return {'room.refused_full'}
end
redis.call('HSET', answers, session,
           cjson.encode({body = ARGV[5], at = ARGV[4], nickname = nickname, changes = changes}))
redis.call('HSET', room, 'touched', ARGV[4])
redis.call('EXPIRE', room, ARGV[12])
redis.call('EXPIRE', answers, ARGV[12])
return {'ok', nickname, tostring(changes)}
"""

# ARGV: now, revealed ('1' to reveal, '' to only touch), gc seconds. KEYS: the room.
_TOUCH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'touched')) < tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'touched', ARGV[1])
end
if ARGV[2] == '1' then redis.call('HSET', KEYS[1], 'revealed', '1') end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""

_REFUSAL_PARAMS = {
    "room.refused_full": lambda: {"answers": rooms.MAX_ANSWERS},
    "room.refused_fast": lambda: {"seconds": rooms.MIN_INTERVAL},
    "room.refused_changes": lambda: {"changes": rooms.MAX_CHANGES},
}


class RedisStore(_LecturerActions):
    """Rooms in a Redis server (`redis://host:port/db`) that workers on several machines
    share. Every check-then-write is one Lua script, which Redis runs alone."""

    def __init__(self, url: str, prefix: str = PREFIX) -> None:
        import redis

        self.db = redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)
        self.url, self.prefix = url, prefix
        self._prune_script = self.db.register_script(_PRUNE)
        self._open_script = self.db.register_script(_OPEN)
        self._answer_script = self.db.register_script(_ANSWER)
        self._touch_script = self.db.register_script(_TOUCH)

    def _ttls(self, now: float) -> list:
        return [self.prefix, repr(now), rooms.ROOM_TTL, rooms.IDLE_TTL]

    def __len__(self) -> int:
        return int(self._prune_script(args=self._ttls(time.time())))

    def open(self, setup, question, domain, now: float | None = None) -> Room:
        now = time.time() if now is None else now
        while True:
            room = rooms.new_room(rooms.new_code(()), setup, question, domain, now)
            done = self._open_script(
                args=[
                    *self._ttls(now),
                    rooms.MAX_ROOMS,
                    room.code,
                    room.secret,
                    encode_question(room),
                    GC_SECONDS,
                ]
            )
            if done == "full":
                raise Refused("room.full", rooms=rooms.MAX_ROOMS)
            if done == "ok":
                return room

    @staticmethod
    def _answer(text: str) -> Answer:
        held = json.loads(text)
        body = json.loads(held["body"])
        point = None if body["point"] is None else tuple(float(v) for v in body["point"])
        return Answer(point, body["option"], held["nickname"], float(held["at"]), held["changes"])

    def get(self, code: str | None, now: float | None = None, answers: bool = True) -> Room | None:
        now = time.time() if now is None else now
        code = rooms.normal_code(code)
        if not code:
            return None
        pipe = self.db.pipeline(transaction=True)
        pipe.hgetall(f"{self.prefix}room:{code}")
        key = f"{self.prefix}answers:{code}"
        if answers:
            pipe.hgetall(key)
        else:
            pipe.hlen(key)
        held, given = pipe.execute()
        if not held:
            return None
        created, touched = float(held["created"]), float(held["touched"])
        if now - created > rooms.ROOM_TTL or now - touched > rooms.IDLE_TTL:
            return None
        setup, question, domain = decode_question(held["question"])
        room = Room(
            code,
            held["secret"],
            setup,
            question,
            domain,
            created,
            touched,
            held["revealed"] == "1",
        )
        if answers:  # in the order they came, as SQLite and memory give them
            held = [(session, self._answer(text)) for session, text in given.items()]
            room.answers = dict(sorted(held, key=lambda item: item[1].at))
        else:
            room.answered = int(given)
        return room

    def mine(self, code: str, session: str) -> Answer | None:
        text = self.db.hget(f"{self.prefix}answers:{code}", session)
        return None if text is None else self._answer(text)

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
        now = time.time() if now is None else now
        room = self.get(code, now, answers=False)
        if room is None:
            raise Refused("room.missing", code=code)
        point, option = rooms.checked_answer(room, point, option)
        given = rooms.clean_nickname(nickname)
        result = self._answer_script(
            args=[
                self.prefix,
                code,
                session,
                repr(now),
                json.dumps({"point": point, "option": option}),
                given,
                rooms.ROOM_TTL,
                rooms.IDLE_TTL,
                rooms.MAX_ANSWERS,
                rooms.MIN_INTERVAL,
                rooms.MAX_CHANGES,
                GC_SECONDS,
            ]
        )
        if result[0] != "ok":
            key = result[0]
            params = {"code": code} if key == "room.missing" else _REFUSAL_PARAMS.get(key, dict)()
            raise Refused(key, **params)
        return Answer(point, option, result[1], now, int(result[2]))

    def _delete(self, code: str) -> None:
        pipe = self.db.pipeline(transaction=True)
        pipe.delete(f"{self.prefix}room:{code}", f"{self.prefix}answers:{code}")
        pipe.srem(f"{self.prefix}rooms", code)
        pipe.execute()

    def _mark_revealed(self, code: str, now: float) -> bool:
        return bool(
            self._touch_script(
                keys=[f"{self.prefix}room:{code}"], args=[repr(now), "1", GC_SECONDS]
            )
        )

    def touch(self, code: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        self._touch_script(keys=[f"{self.prefix}room:{code}"], args=[repr(now), "", GC_SECONDS])


def __getattr__(name: str):
    """`ROOMS`, the server's room store, is made on first use from `LOSSLAB_ROOMS`
    (`from_env`): tests and benches may set it, or the variable, before."""
    if name == "ROOMS":
        globals()["ROOMS"] = store = from_env()
        return store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
