"""The room stores the tests run against, with the real parts: SQLite in a temporary file, and
a real `redis-server` (Debian's; `make test` installs it) started on a free port and stopped
after."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.browser import free_port

STORES = ("memory", "sqlite", "redis")


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """`redis-server` on a free loopback port, keeping nothing on disk; yields its URL."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(binary).exists():
        raise RuntimeError("redis-server is missing: `make test` installs it (apt-get install)")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="losslab-redis-")
    proc = subprocess.Popen(
        [
            *(binary, "--port", str(port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--dir", folder),
            *("--daemonize", "no", "--loglevel", "warning"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        import redis

        client = redis.Redis.from_url(url)
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {port}") from None
                time.sleep(0.05)
        client.close()
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(folder, ignore_errors=True)


def make_store(kind: str, folder: Path, redis_url: str | None):
    """A fresh, empty store of `kind`."""
    from ui import room_store, rooms

    if kind == "memory":
        return rooms.Rooms()
    if kind == "sqlite":
        return room_store.SqliteStore(folder / "rooms.sqlite")
    store = room_store.RedisStore(redis_url)
    store.db.flushdb()
    return store


def reopen(store):
    """Another handle on the same stored rooms, as another worker (or a restarted one) opens
    it: the same SQLite file, the same Redis database."""
    from ui import room_store

    if isinstance(store, room_store.SqliteStore):
        return room_store.SqliteStore(store.path)
    return room_store.RedisStore(store.url)


def answer_many(spec: tuple, code: str, names: list[str], barrier, results) -> None:
    """A worker process: opens the store from `spec` (kind, where), waits for the other one,
    then sends one answer per name as fast as it can; puts (accepted, refusals) on `results`."""
    from ui import room_store, rooms

    kind, where = spec
    store = room_store.SqliteStore(where) if kind == "sqlite" else room_store.RedisStore(where)
    accepted, refused = [], []
    barrier.wait(timeout=60)
    for i, name in enumerate(names):
        try:
            store.answer(code, name, point=(i / 100 % 8, 1.0))
            accepted.append(name)
        except rooms.Refused as refusal:
            refused.append(refusal.key)
    results.put((accepted, refused))


def spec(store) -> tuple:
    from ui import room_store

    if isinstance(store, room_store.SqliteStore):
        return ("sqlite", str(store.path))
    return ("redis", store.url)
