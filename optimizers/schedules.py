"""Learning-rate schedules: ε_k = ε₀ · m(k), with the multiplier m traced (no retrace per kind).

- constant:     m = 1
- linear:       ε_k = (1 − k/τ) ε₀ + (k/τ) ε_τ until k = τ, then ε_τ (note 000); `end_ratio` = ε_τ/ε₀
- inv_sqrt:     ε_k = ε₀ / √(k + 1) (note 001)
- step:         ε_k = ε₀ γ^⌊k/τ⌋
- exponential:  ε_k = ε₀ γ^k
- cosine:       ε_k = ε_τ + (ε₀ − ε_τ)(1 + cos(π min(k, τ)/τ))/2
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np

KINDS = ("constant", "linear", "inv_sqrt", "step", "exponential", "cosine")

LATEX = {
    "constant": r"\varepsilon_k = \varepsilon_0",
    "linear": r"\varepsilon_k = (1 - \tfrac{k}{\tau})\,\varepsilon_0 + \tfrac{k}{\tau}\,\varepsilon_\tau \;(k \le \tau)",
    "inv_sqrt": r"\varepsilon_k = \frac{\varepsilon_0}{\sqrt{k + 1}}",
    "step": r"\varepsilon_k = \varepsilon_0\, \gamma^{\lfloor k / \tau \rfloor}",
    "exponential": r"\varepsilon_k = \varepsilon_0\, \gamma^{k}",
    # two lines, so it fits a phone's column: r is the fraction of the decay done
    "cosine": r"\begin{gathered} r = \tfrac{\min(k, \tau)}{\tau} \\ "
    r"\varepsilon_k = \varepsilon_\tau + \tfrac12(\varepsilon_0 - \varepsilon_\tau)(1 + \cos \pi r) \end{gathered}",
}


@dataclasses.dataclass(frozen=True)
class Schedule:
    """A learning-rate schedule: its kind and constants.

    Attributes:
      kind: one of KINDS.
      tau: τ, the step where linear/cosine decay ends, or the period of `step`.
      end_ratio: ε_τ / ε₀ for linear and cosine decay (Goodfellow suggests about 1%).
      gamma: γ, the factor of `step` and `exponential`.
    """

    kind: str = "constant"
    tau: float = 100.0
    end_ratio: float = 0.01
    gamma: float = 0.95

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown schedule {self.kind!r}; known: {', '.join(KINDS)}")
        if not (np.isfinite(self.tau) and self.tau >= 1):
            raise ValueError(f"schedule tau must be ≥ 1, got {self.tau!r}")
        if not 0.0 <= self.end_ratio <= 1.0:
            raise ValueError(f"schedule end_ratio must be in [0, 1], got {self.end_ratio!r}")
        if not 0.0 < self.gamma <= 1.0:
            raise ValueError(f"schedule gamma must be in (0, 1], got {self.gamma!r}")

    def as_arrays(self) -> dict[str, np.ndarray]:
        """The schedule as traced-friendly float32 scalars (kind as its index)."""
        return {
            "schedule": np.float32(KINDS.index(self.kind)),
            "tau": np.float32(self.tau),
            "end_ratio": np.float32(self.end_ratio),
            "gamma": np.float32(self.gamma),
        }


def multiplier(k: jax.Array, sched: dict[str, jax.Array]) -> jax.Array:
    """m(k) for the traced schedule `sched` (from `Schedule.as_arrays`); k counts from 0 and may
    be one step or a whole vector of steps.

    Only the chosen formula is evaluated (`lax.switch`): the others' powers and cosines would
    cost more than the optimizer step itself on a CPU. Call it once on the vector of all steps,
    outside a scan: a branch inside the loop body makes XLA copy the record buffers each step.
    """
    tau, end, gamma = sched["tau"], sched["end_ratio"], sched["gamma"]

    def frac():
        return jnp.minimum(k / tau, 1.0)

    branches = [
        lambda: jnp.ones_like(k),
        lambda: (1.0 - frac()) + frac() * end,
        lambda: 1.0 / jnp.sqrt(k + 1.0),
        lambda: gamma ** jnp.floor(k / tau),
        lambda: gamma**k,
        lambda: end + (1.0 - end) * 0.5 * (1.0 + jnp.cos(jnp.pi * frac())),
    ]
    index = jnp.clip(sched["schedule"], 0, len(KINDS) - 1).astype(jnp.int32)
    return jax.lax.switch(index, branches)


def learning_rates(lr: float, steps: int, schedule: Schedule | None = None) -> np.ndarray:
    """ε_k for k = 0 … steps − 1, as NumPy (for plotting the schedule itself)."""
    schedule = schedule or Schedule()
    sched = {k: jnp.asarray(v) for k, v in schedule.as_arrays().items()}
    return np.asarray(lr * multiplier(jnp.arange(steps, dtype=jnp.float32), sched))
