"""One batched LAPACK program at a time.

jaxlib 0.10's CPU LAPACK kernels (`eigh`, `solve`, …) split a batch of matrices over XLA's
intra-op thread pool and block the pool thread that runs them until every part is done. When
as many of those calls run at once as the pool has threads (two on a 2-core laptop: two
students opening the edge-of-stability lesson together, or one beside the server's warm-up),
every pool thread waits and none is left to run the parts: the process hangs for good, at 0 %
CPU. (jaxlib 0.11 builds this path out; 0.10.2 is the newest on the package index here.)

`serial(fn)` runs a jitted function that holds such a call under one process-wide lock and
waits for its result inside it, so at most one pool thread ever waits on the pool.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

import jax

F = TypeVar("F", bound=Callable)

LOCK = threading.Lock()


def serial(fn: F) -> F:
    """`fn` run under `LOCK`, its result ready (not merely dispatched) when the lock is let go."""

    @functools.wraps(fn)
    def run(*args, **kwargs):
        with LOCK:
            return jax.block_until_ready(fn(*args, **kwargs))

    return run  # type: ignore[return-value]
