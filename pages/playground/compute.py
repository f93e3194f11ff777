"""The Playground's warm-up: its contour pictures and the costly rules' runner."""

from __future__ import annotations

import landscapes
import optimizers
from ui import compute
from ui.warmup import GRIDS_2D


def warm() -> None:
    for ls_name in landscapes.names(dim=2):
        compute.contour_background(ls_name, GRIDS_2D[0])
    # Newton, saddle-free Newton or L-BFGS among the runs: the mixed runner's program with H
    # and the line search (`runner._compiled_union(..., costly=True)`), one for every surface
    from ui import presets

    ls = landscapes.get(presets.PLAYGROUND_LANDSCAPE)
    optimizers.run_batch(ls.loss, presets.PLAYGROUND_STEPS, [dict(name="newton", start=ls.start)])
