"""The first chart's results, kept on disk beside JAX's compiled programs.

JAX's persistent cache saves compiling after a restart, not tracing: a restarted server still
traces the Playground's race (about a second here) before it can draw its first chart. The
warm-up therefore also keeps the NumPy results of the first chart's cached functions
(`kept`) in a folder inside the compilation cache, and a restarted server's first visitor
reads them from there; the warm-up thread compiles the programs beside it for the first
slider move.

Only the warm-up writes (`keep`); every session only reads, so a class moving
sliders writes nothing to disk. An entry is keyed by the function, its arguments and a
fingerprint of the code and libraries that computed it: editing the maths or upgrading JAX
leaves old entries unread. A folder that is missing, unreadable or unwritable costs only speed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import logging
import os
import pickle
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from landscapes import compile_cache

_LOG = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
CODE = (
    "landscapes",
    "models",
    "optimizers",
    "pages",
    "ui",
)  # the packages whose code a kept result depends on
LIBRARIES = ("jax", "jaxlib", "numpy", "plotly")
FOLDER = "losslab-results"

_recording = threading.local()
hits = 0  # results read from disk in this process (tests read it)


@functools.cache
def fingerprint() -> str:
    """The code and library versions kept results were computed with."""
    digest = hashlib.sha256()
    for package in CODE:
        for path in sorted((ROOT / package).rglob("*.py")):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    for library in LIBRARIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{library}={importlib.metadata.version(library)}".encode())
    return digest.hexdigest()


def folder() -> Path | None:
    cache = compile_cache.folder()
    return None if cache is None else cache / FOLDER


@contextlib.contextmanager
def recording() -> Iterator[None]:
    """Calls to `kept` functions in this thread write their results to disk."""
    _recording.on = True
    try:
        yield
    finally:
        _recording.on = False


def _path(fn: Callable, args: tuple, kwargs: dict) -> Path | None:
    where = folder()
    if where is None:
        return None
    key = repr((fn.__module__, fn.__qualname__, args, sorted(kwargs.items()), fingerprint()))
    return where / f"{hashlib.sha256(key.encode()).hexdigest()}.pickle"


def kept(fn: Callable) -> Callable:
    """`fn`'s result is read from disk when the warm-up kept it for these arguments (plain
    values whose repr names them: numbers, strings, tuples)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        global hits
        path = _path(fn, args, kwargs)
        if path is not None and path.is_file():
            try:
                with path.open("rb") as f:
                    result = pickle.load(f)  # written by this project's own warm-up
                hits += 1
                return result
            except Exception:  # a partial or foreign file: compute instead
                _LOG.debug("unreadable kept result %s", path, exc_info=True)
        result = fn(*args, **kwargs)
        if path is not None and getattr(_recording, "on", False):
            _write(path, result)
        return result

    return wrapper


def is_kept(cached: Callable, *args, **kwargs) -> bool:
    """Whether `cached`'s result for these arguments is on disk (`keep` wrote it)."""
    path = _path(cached.__wrapped__, args, kwargs)
    return path is not None and path.is_file()


def keep(cached: Callable, *args, **kwargs) -> object:
    """The warm-up's call: `cached` (Streamlit's cache over a `kept` function) computed for
    these arguments and written to disk, unless it already is. It goes around Streamlit's
    cache, whose per-call lock a page may hold while it waits for the warm-up."""
    with recording():
        return cached.__wrapped__(*args, **kwargs)


def _write(path: Path, result: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        _LOG.debug("could not keep %s", path, exc_info=True)
        with contextlib.suppress(OSError, NameError):
            os.unlink(f.name)
