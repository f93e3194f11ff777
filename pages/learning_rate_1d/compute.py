"""What the lesson compiles before its first visit (`ui.warmup`): the float64 rerun its
sentences hold the drawn float32 path against, and the float64 f and f′ its Taylor table reads
(`optimizers.precision`). The runner itself is
the engine's, shared with every 1-D view."""

from __future__ import annotations

import landscapes
from optimizers import precision
from ui import presets


def warm() -> None:
    """The default view's rerun: note 004's x + sin x from x₀ = 2.5 (x₀, ε, the direction and
    the bound are traced: every other rate or start reuses the program)."""
    preset = presets.LR1D_PRESETS["note004"]
    ls = landscapes.get(preset.curve)
    precision.rerun64(
        ls.loss, preset.start, preset.lrs[0], preset.iters, ls.far_bound, preset.ascent
    )
    precision.values64(ls.loss, [preset.start])


def exact(curve):
    """f and f′ of `curve` in float64 at given points: what the Taylor table reads."""
    return lambda xs: precision.values64(curve.loss, xs)
