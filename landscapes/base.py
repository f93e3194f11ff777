"""The `Landscape` record and the registry that maps stable ASCII names to surfaces."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import jax

Point = tuple[float, ...]
Loss = Callable[[jax.Array], jax.Array]


@dataclasses.dataclass(frozen=True)
class Landscape:
    """A toy loss surface the optimizers move on.

    Attributes:
      name: stable ASCII name, used in URLs and as the translation-key stem.
      loss: pure `jnp` function of a point of shape (dim,), returning a scalar.
      dim: 1 or 2.
      domain: ((lo, hi),) per coordinate: the region the figures show.
      start: the default start point.
      latex: the formula, in LaTeX.
      minima, saddles, maxima: known critical points, drawn as markers.
      minimum_curves: polylines of points that are all minimal (a valley of minima, like
        w₁w₂ = 1 of the two-neuron loss), drawn as lines.
      min_loss: the global minimum value where there is one (for "steps to tolerance").
      log_levels: contour levels should be log-spaced (the loss spans decades).
      source: which lecture note the surface comes from ("" for classic test functions).
      quadratic: the loss is a quadratic form (constant Hessian), so the closed-form
        convergence theory in `optimizers.theory` applies to it.
      typed: a surface a student typed (`landscapes.from_expression`); its name is the
        reference `get` parses again, and its title is the generic "your formula".
      lr_hint: (ε for gradient-scaled rules, ε for normalised-step rules) that move well here;
        pages apply it when a student switches to this surface. A surface's curvature sets
        SGD's stable ε (< 2/λ_max); adaptive rules step about ε per coordinate.
    """

    name: str
    loss: Loss
    dim: int
    domain: tuple[tuple[float, float], ...]
    start: Point
    latex: str
    minima: tuple[Point, ...] = ()
    saddles: tuple[Point, ...] = ()
    maxima: tuple[Point, ...] = ()
    minimum_curves: tuple[tuple[Point, ...], ...] = ()
    min_loss: float | None = None
    log_levels: bool = False
    source: str = ""
    lr_hint: tuple[float, float] = (0.1, 0.1)
    quadratic: bool = False
    typed: bool = False

    def __post_init__(self) -> None:
        if self.dim not in (1, 2):
            raise ValueError(f"{self.name}: dim must be 1 or 2, got {self.dim}")
        for field in ("domain", "start"):
            if len(getattr(self, field)) != self.dim:
                raise ValueError(f"{self.name}: {field} must have {self.dim} entries")
        for point in (*self.minima, *self.saddles, *self.maxima):
            if len(point) != self.dim:
                raise ValueError(f"{self.name}: critical point {point} is not {self.dim}-D")

    @property
    def title_key(self) -> str:
        return "landscape.typed.title" if self.typed else f"landscape.{self.name}.title"

    @property
    def blurb_key(self) -> str:
        if self.typed:  # a typed curve is searched from 16 starts, a surface from 16 × 16
            return "landscape.typed.blurb_1d" if self.dim == 1 else "landscape.typed.blurb"
        return f"landscape.{self.name}.blurb"

    @property
    def far_bound(self) -> float:
        """|coordinate| beyond which a run counts as diverged: 100 domains away."""
        return 100.0 * max(max(abs(lo), abs(hi)) for lo, hi in self.domain)

    def contains(self, point: Point) -> bool:
        return all(lo <= p <= hi for p, (lo, hi) in zip(point, self.domain, strict=True))


_REGISTRY: dict[str, Landscape] = {}


def register(landscape: Landscape) -> Landscape:
    if landscape.name in _REGISTRY:
        raise ValueError(f"landscape {landscape.name!r} is registered twice")
    if not landscape.name.isascii() or not landscape.name.isidentifier():
        raise ValueError(f"landscape name {landscape.name!r} must be an ASCII identifier")
    _REGISTRY[landscape.name] = landscape
    return landscape


def registered(name: str) -> Landscape:
    """The landscape registered under `name`; ValueError naming the known ones otherwise.
    (`landscapes.get` also takes a typed surface's reference.)"""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown landscape {name!r}; known: {', '.join(_REGISTRY)}") from None


def names(dim: int | None = None) -> list[str]:
    """Registered names in registration order, optionally only those of one dimension."""
    return [n for n, ls in _REGISTRY.items() if dim is None or ls.dim == dim]


def switch_group(loss: Loss, dim: int) -> tuple[tuple[Loss, ...], int]:
    """The registered surfaces of dimension `dim` as one group, and `loss`'s index in it; a
    loss that is not registered (a typed formula, a network) is a group of its own.

    Compiled code takes the group and a traced index (`switched`), so choosing another
    registered surface reuses the program compiled for the first one.
    """
    group = tuple(ls.loss for ls in _REGISTRY.values() if ls.dim == dim)
    for index, member in enumerate(group):
        if member is loss:
            return group, index
    return (loss,), 0


def switched(group: tuple[Loss, ...]) -> Callable[[jax.Array, jax.Array], jax.Array]:
    """loss(point, index): member `index` of `group` behind one `lax.switch` (the index may be
    traced); a group of one is called directly."""
    if len(group) == 1:
        return lambda p, index: group[0](p)
    return lambda p, index: jax.lax.switch(index, group, p)
