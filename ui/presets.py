"""Lecture presets for the Playground: each reproduces a figure or a lesson from the notes.

Pure data. A preset names a landscape, a start, a step count and one lane per optimizer with
the hyper-parameters it changes; every other control returns to its default.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

# The Playground as it opens, with no preset: the first chart a lecturer sees.
PLAYGROUND_LANDSCAPE = "bowl"
PLAYGROUND_OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adam")
PLAYGROUND_STEPS = 50


@dataclasses.dataclass(frozen=True)
class Preset:
    """A one-click lecture view.

    Attributes:
      name: stable ASCII name (URL `?preset=`), also the translation-key stem.
      landscape: landscape name.
      start: start point.
      steps: number of steps.
      optimizers: optimizer name → the hyper-parameters that differ from the defaults.
      noise: gradient-noise σ.
      source: where in the notes it comes from.
    """

    name: str
    landscape: str
    start: tuple[float, float]
    steps: int
    optimizers: Mapping[str, Mapping[str, float]]
    noise: float = 0.0
    source: str = ""

    @property
    def title_key(self) -> str:
        return f"preset.{self.name}.title"

    @property
    def notice_key(self) -> str:
        return f"preset.{self.name}.notice"


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        # Note 002, fig. 15-8: z = x²/10 + y², 20 iterations from (−7, 2).
        Preset(
            name="fig15_8",
            landscape="bowl",
            start=(-7.0, 2.0),
            steps=20,
            optimizers={
                "sgd": {"lr": 0.95},
                "momentum": {"lr": 0.1, "momentum": 0.9},
                "rmsprop": {"lr": 0.5},
                "adam": {"lr": 0.5},
            },
            source="002",
        ),
        # Note 003: a ball with momentum rolls on where plain gradient descent creeps.
        Preset(
            name="saddle_momentum",
            landscape="saddle",
            start=(-1.8, 0.01),
            steps=25,  # momentum leaves the view at step 21; SGD is still creeping near (0, 0)
            optimizers={"sgd": {"lr": 0.05}, "momentum": {"lr": 0.05, "momentum": 0.9}},
            source="003",
        ),
        # Adam's per-coordinate steps vs plain SGD in the curved Rosenbrock valley.
        Preset(
            name="rosenbrock_adam_sgd",
            landscape="rosenbrock",
            start=(-1.5, 2.0),
            steps=500,
            optimizers={"sgd": {"lr": 0.0005}, "adam": {"lr": 0.05}},
        ),
        # Note 000: on a plateau the gradient is almost zero; adaptive steps still move.
        Preset(
            name="plateau_adaptive",
            landscape="plateau",
            start=(3.0, 2.0),  # the gradient is ~6e-4: SGD creeps, momentum builds up
            steps=200,
            optimizers={
                "sgd": {"lr": 0.5},
                "momentum": {"lr": 0.5, "momentum": 0.9},
                "adam": {"lr": 0.1},
            },
            source="000",
        ),
    )
}


@dataclasses.dataclass(frozen=True)
class Curve1DPreset:
    """A 1-D learning-rate lesson view: a curve, a start and three learning rates."""

    name: str
    curve: str
    start: float
    lrs: tuple[float, float, float]
    iters: int
    ascent: bool = False

    @property
    def title_key(self) -> str:
        return f"lr1d.preset.{self.name}"


LR1D_PRESETS: dict[str, Curve1DPreset] = {
    p.name: p
    for p in (
        # Note 004: f(x) = x + sin x from x₀ = 2.5 with learning rates 1, 0.1 and 0.01.
        Curve1DPreset("note004", "x_plus_sin", 2.5, (1.0, 0.1, 0.01), 30),
        # x²: ε < 1 converges (monotone below 0.5, oscillating above), ε > 1 diverges.
        Curve1DPreset("parabola", "parabola", 2.5, (0.1, 0.9, 1.1), 20),
        # Note 004 maximises: 25 sin x − x² from 3; ε = 0.08 ends in a 2-cycle.
        Curve1DPreset("ascent", "sin_minus_square", 3.0, (0.01, 0.05, 0.08), 40, ascent=True),
    )
}
