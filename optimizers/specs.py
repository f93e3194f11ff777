"""One spec per hyper-parameter: it drives the slider, the URL key, the formula panel and the
property-test ranges. Symbols are the notes' (Goodfellow et al. ch. 8)."""

from __future__ import annotations

import dataclasses
import math


@dataclasses.dataclass(frozen=True)
class HyperParam:
    """A hyper-parameter: its stable name (URL key), symbol, default and closed range.

    Attributes:
      name: ASCII name used in code, widgets and URLs (`lr`, `momentum`, ...).
      symbol: LaTeX symbol as in the notes (ε, α, ρ, ρ₁, ρ₂, δ, λ).
      default: the value an omitted argument takes.
      low, high: the closed range a value must lie in.
      log: whether a slider should move on a log scale.
      integer: whether only whole numbers mean something (a slider moves by 1; the rule
        floors a value in between, so any float in range is still valid).
    """

    name: str
    symbol: str
    default: float
    low: float
    high: float
    log: bool = False
    integer: bool = False

    def __post_init__(self) -> None:
        if not self.low <= self.default <= self.high:
            raise ValueError(
                f"{self.name}: default {self.default} outside [{self.low}, {self.high}]"
            )
        if self.log and self.low <= 0:
            raise ValueError(f"{self.name}: a log-scale range must be positive")

    @property
    def label_key(self) -> str:
        return f"hp.{self.name}"

    def with_default(self, default: float) -> HyperParam:
        return dataclasses.replace(self, default=default)

    def check(self, value: float) -> float:
        """`value` as a float, or ValueError naming this parameter and its range."""
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{self.name} must be a number, got {value!r}") from None
        if not (math.isfinite(value) and self.low <= value <= self.high):
            raise ValueError(
                f"{self.name} ({self.symbol}) = {value!r} is outside its range "
                f"[{self.low:g}, {self.high:g}]"
            )
        return value


LR = HyperParam("lr", r"\varepsilon", 0.1, 1e-5, 10.0, log=True)
MOMENTUM = HyperParam("momentum", r"\alpha", 0.9, 0.0, 0.999)
RHO = HyperParam("rho", r"\rho", 0.9, 0.0, 0.999)
BETA1 = HyperParam("beta1", r"\rho_1", 0.9, 0.0, 0.999)
BETA2 = HyperParam("beta2", r"\rho_2", 0.999, 0.0, 0.9999)
EPS = HyperParam("eps", r"\delta", 1e-8, 1e-10, 1.0, log=True)
WEIGHT_DECAY = HyperParam("weight_decay", r"\lambda", 0.01, 0.0, 1.0)
# Delta-bar-delta's own constants (Jacobs 1988): additive increase κ, multiplicative cut φ.
KAPPA = HyperParam("kappa", r"\kappa", 0.1, 0.0, 1.0)
PHI = HyperParam("phi", r"\phi", 0.3, 0.0, 1.0)
# Levenberg–Marquardt damping of the Newton rules: H + λI (0: pure Newton).
DAMPING = HyperParam("damping", r"\lambda", 0.0, 0.0, 10.0)
# L-BFGS: how many past (Δθ, Δg) pairs it keeps (a mask over a fixed buffer of 10), and its
# backtracking (Armijo) line search, 0 off / 1 on.
MEMORY = HyperParam("memory", "m", 10.0, 1.0, 10.0, integer=True)
LINESEARCH = HyperParam("linesearch", r"\text{ls}", 0.0, 0.0, 1.0, integer=True)

SPECS: dict[str, HyperParam] = {
    spec.name: spec
    for spec in (
        LR,
        MOMENTUM,
        RHO,
        BETA1,
        BETA2,
        EPS,
        WEIGHT_DECAY,
        KAPPA,
        PHI,
        DAMPING,
        MEMORY,
        LINESEARCH,
    )
}
