"""JAX's persistent compilation cache, switched on before anything is compiled.

Every entry point (the app, the tests, the benches, the warm-up) imports `landscapes` or
`optimizers`, and both import this module first, which calls `enable()`, so compiled XLA programs survive a restart:
the next process loads them from disk instead of compiling again.

The folder is `.cache/jax` in the project (git-ignored), or `$LOSSLAB_JAX_CACHE`; the value
`off` switches the cache off. A folder that cannot be created or written (a read-only
checkout) silently leaves the cache off: it may cost speed, never an error.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import jax

ENV = "LOSSLAB_JAX_CACHE"
DEFAULT = Path(__file__).resolve().parent.parent / ".cache" / "jax"

_enabled: Path | None = None


def folder() -> Path | None:
    """Where compiled programs are kept, or None when the cache is off."""
    return _enabled


def _writable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path):
            pass
    except OSError:
        return False
    return True


def enable() -> Path | None:
    """Points JAX at the cache folder (once per process); returns it, or None when off."""
    global _enabled
    if _enabled is not None:
        return _enabled
    setting = os.environ.get(ENV, "").strip()
    if setting.lower() == "off":
        return None
    path = Path(setting).expanduser() if setting else DEFAULT
    if not _writable(path):
        return None
    jax.config.update("jax_compilation_cache_dir", str(path))
    # Every program counts: the app's programs each compile in 0.01–5 s, and all of them add
    # up to the first visit of a lesson.
    jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.0)
    jax.config.update("jax_persistent_cache_min_entry_size_bytes", 0)
    _enabled = path
    return path


enable()
