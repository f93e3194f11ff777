"""Basins of attraction: which minimum each start's run ends in.

Ends are grouped by single linkage: two ends within `radius` belong to one group, while
rastrigin's local minima, a unit apart, stay separate. A run is credited to a group's end point
(its lowest end) only when it ends within `radius` of it: the end point is where runs arrive, not
a chain of ends across a flat stretch (the plateau's far side, where thousands of starts never
moved, once chained up to one point 10 away). Ends on a declared curve of minima (two_neuron's
w₁w₂ = 1) are one group per curve, wherever on it they end. Ends where the gradient is still
large have not settled (a run still moving, or stuck on a ridge) and form no group; settled ends
that arrived at no end point and never moved `radius` from their start stayed where they
started; the others (still creeping over a flat stretch) did not settle.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

import jax
import numpy as np

from landscapes.base import switch_group, switched
from optimizers.analysis import Loss, analyse

DIVERGED = -1
UNSETTLED = -2
STAYED = -3  # settled where it started: on a flat stretch, at no end point
CURVE_LOSS = 1e-4  # an end on a curve of minima: its loss within this of the minimum loss


@dataclasses.dataclass(frozen=True)
class Basins:
    """Groups of run ends, shared by every grid labelled together.

    Attributes:
      labels: one int array per grid given: the group of each start, or DIVERGED / UNSETTLED.
      centres: (k, d) each group's lowest end (its minimum), groups ordered by that loss.
      losses: (k,) the loss there.
      minimum_index: for each group, the index of the declared minimum within `radius` of
        it, or −1 (an undeclared local minimum, or a curve's group).
      curve_index: for each group, the index of the declared curve of minima it is, or −1
        (a group at one point); its centre is its lowest end.
      tolerance: how near a group's end point a run must end to be credited to it.
    """

    labels: tuple[np.ndarray, ...]
    centres: np.ndarray
    losses: np.ndarray
    minimum_index: np.ndarray
    curve_index: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, int))
    tolerance: float = 0.0

    def shares(self, grid: int) -> np.ndarray:
        """The fraction of grid `grid`'s starts that end in each group."""
        lab = self.labels[grid]
        return np.bincount(lab[lab >= 0], minlength=len(self.centres)) / lab.size


@functools.lru_cache(maxsize=64)
@functools.lru_cache(maxsize=16)
def _value_and_grad(group: tuple[Loss, ...]):
    # One program per group of registered surfaces (the surface a traced index) and number of
    # ends: another surface or another visit compiles nothing.
    return jax.jit(jax.vmap(jax.value_and_grad(switched(group)), in_axes=(0, None)))


def newton_distance(loss: Loss, point: np.ndarray) -> float:
    """How far `point` is from the critical point a Newton step aims at, ‖H⁻¹∇L‖ over the
    Hessian's non-zero eigenvalues: about 0 at a minimum, saddle or maximum a run stopped near,
    large on a flat stretch whose gradient is small only because its curvature is (the plateau's
    far side: ∇L ≈ 10⁻³ and H ≈ 10⁻³, 0.2 from anywhere a run stops)."""
    a = analyse(loss, point)
    along = a.eigenvectors.T @ a.gradient
    scale = 1e-9 * (1.0 + float(np.max(np.abs(a.eigenvalues))))
    live = np.abs(a.eigenvalues) > scale
    return float(np.linalg.norm(along[live] / a.eigenvalues[live]))


@functools.lru_cache(maxsize=16)
def _grad_and_hessian(group: tuple[Loss, ...]):
    f = switched(group)
    both = jax.vmap(
        lambda p, index: (jax.grad(f)(p, index), jax.hessian(f)(p, index)), in_axes=(0, None)
    )
    return jax.jit(both)


def newton_gaps(loss: Loss, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each point (n, d): ‖H⁻¹∇L‖, how far the critical point a Newton step from it aims at
    lies, and whether the Hessian there is positive definite (the point is in a minimum's bowl,
    so that critical point is a minimum). A run that stopped moving toward a minimum ends with a
    gap near 0; Lion's ±ε sign steps on Rastrigin end a median 0.044 from their pit's bottom,
    in its bowl, still stepping around it. Not positive definite: (inf, False)."""
    p = np.asarray(points, np.float64).reshape(-1, np.shape(points)[-1])
    if not len(p):
        return np.zeros(0), np.zeros(0, bool)
    group, index = switch_group(loss, p.shape[1])
    g, h = (
        np.asarray(x, np.float64)
        for x in _grad_and_hessian(group)(p.astype(np.float32), np.int32(index))
    )
    h = 0.5 * (h + np.swapaxes(h, 1, 2))
    lam = np.linalg.eigvalsh(h)
    bowl = np.all(np.isfinite(lam), axis=1) & (lam[:, 0] > 0)
    gap = np.full(len(p), np.inf)
    if bowl.any():
        gap[bowl] = np.linalg.norm(np.linalg.solve(h[bowl], g[bowl][..., None])[..., 0], axis=1)
    return gap, bowl


@functools.lru_cache(maxsize=16)
def _batched(loss: Loss):
    return jax.jit(jax.vmap(loss))


def all_lower(loss: Loss, points: np.ndarray, than: np.ndarray) -> bool:
    """Whether the loss (float32) at every point of `points` (n, d) is below its value at the
    matching point of `than`."""
    f = _batched(loss)
    a = np.asarray(f(np.asarray(points, np.float32)))
    b = np.asarray(f(np.asarray(than, np.float32)))
    return bool(np.all(a < b))


def label_ends(
    loss: Loss,
    ends: Sequence[np.ndarray],
    diverged: Sequence[np.ndarray],
    *,
    radius: float,
    settled: float = 1e-2,
    minima: Sequence[Sequence[float]] = (),
    starts: Sequence[np.ndarray] | None = None,
    curves: Sequence[Sequence[Sequence[float]]] = (),
    min_loss: float = 0.0,
) -> Basins:
    """Groups the run ends of one or more start grids together.

    Args:
      loss: the landscape's loss.
      ends: per grid, an array (..., d) of where each run ended.
      diverged: per grid, a bool array (...) of the runs that diverged.
      radius: ends closer than this are in one group (single linkage).
      settled: an end whose gradient norm exceeds this has not settled.
      minima: declared minima, to name the groups that reach them.
      starts: per grid, an array (..., d) of where each run started: a settled run that ends
        within `radius` of its start and at no end point stayed where it started (STAYED).
      curves: declared curves of minima (polylines): a settled end whose loss is within
        `CURVE_LOSS` of `min_loss` is on the curve with the nearest vertex, one group each.
    """
    shapes = [np.shape(d) for d in diverged]
    dim = np.shape(ends[0])[-1]
    flat = np.concatenate([np.reshape(e, (-1, dim)) for e in ends]).astype(np.float64)
    dead = np.concatenate([np.ravel(d) for d in diverged])
    group, index = switch_group(loss, dim)
    values, grads = (
        np.asarray(x, np.float64)
        for x in _value_and_grad(group)(flat.astype(np.float32), np.int32(index))
    )
    ok = ~dead & np.isfinite(values) & (np.linalg.norm(grads, axis=1) <= settled)
    label = np.where(dead, DIVERGED, UNSETTLED)
    if starts is None:
        moved = np.full(len(flat), np.inf)
    else:
        origin = np.concatenate([np.reshape(s, (-1, dim)) for s in starts]).astype(np.float64)
        moved = np.linalg.norm(flat - origin, axis=1)

    # on a declared curve of minima: one group per curve, wherever on it the run ended
    curve_of = np.full(len(flat), -1)
    if len(curves):
        vertices = [np.asarray(c, np.float64).reshape(-1, dim) for c in curves]
        near = np.stack(
            [np.min(np.linalg.norm(flat[:, None, :] - v[None], axis=2), axis=1) for v in vertices]
        )
        on = ok & (np.abs(values - min_loss) <= CURVE_LOSS)
        curve_of[on] = np.argmin(near[:, on], axis=0)
    point = ok & (curve_of < 0)
    # the groups' end points are found among the runs that moved: a start that never moved
    # marks no end point (the plateau's far side), it is credited to one it sits at
    mover = point & (moved >= radius)

    members: list[np.ndarray] = []  # per candidate group, the indices of its ends
    if mover.any():
        # Deduplicate on a fine lattice first: thousands of ends sit on one minimum.
        cells, cell_of = np.unique(
            np.round(flat[mover] / (radius / 4)).astype(np.int64), axis=0, return_inverse=True
        )
        cell_of = cell_of.ravel()
        # SciPy's graph tools are a fifth of a second to import: not on a server's start path
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components
        from scipy.spatial import cKDTree

        pairs = cKDTree(cells * (radius / 4)).query_pairs(radius, output_type="ndarray")
        n = len(cells)
        graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
        _, comp_of_cell = connected_components(graph, directed=False)
        comp = comp_of_cell[cell_of]
        idx = np.flatnonzero(mover)
        for c in range(comp.max() + 1):  # few: one group per minimum reached
            members.append(idx[comp == c])
    candidates = []  # (lowest end's index, curve or −1)
    for m in members:
        best = int(m[np.argmin(values[m])])
        if newton_distance(loss, flat[best]) <= radius / 4:  # an end point, not a run creeping
            candidates.append((best, -1))
    for c in range(len(curves)):
        m = np.flatnonzero(curve_of == c)
        if len(m):
            candidates.append((int(m[np.argmin(values[m])]), c))

    centres, losses, curve_index = np.zeros((0, dim)), np.zeros(0), np.zeros(0, int)
    if candidates:
        best = np.array([b for b, _ in candidates])
        order = np.lexsort(
            (flat[best, 1] if dim > 1 else flat[best, 0], flat[best, 0], values[best])
        )
        best = best[order]
        curve_index = np.array([candidates[i][1] for i in order], int)
        centres, losses = flat[best], values[best]
        for g, c in enumerate(curve_index):
            if c >= 0:
                label[curve_of == c] = g
        # a settled run at no curve is credited to the nearest end point within `radius`
        points = np.flatnonzero(curve_index < 0)
        if len(points):
            d = np.linalg.norm(flat[point][:, None, :] - centres[points][None], axis=2)
            j = np.argmin(d, axis=1)
            label[np.flatnonzero(point)] = np.where(
                d[np.arange(len(j)), j] <= radius, points[j], UNSETTLED
            )
    # settled at no end point: it never moved from its start, or it is still creeping
    label[point & (label == UNSETTLED) & (moved < radius)] = STAYED

    known = np.full(len(centres), -1)
    for i, m in enumerate(np.asarray(minima, dtype=np.float64).reshape(-1, dim)):
        if len(centres):
            d = np.linalg.norm(centres - m, axis=1)
            j = int(np.argmin(d))
            if d[j] <= radius and known[j] < 0:
                known[j] = i

    labels, at = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        labels.append(label[at : at + size].reshape(shape))
        at += size
    known[curve_index >= 0] = -1
    return Basins(tuple(labels), centres, losses, known, curve_index, radius)


__all__ = ["CURVE_LOSS", "DIVERGED", "STAYED", "UNSETTLED", "Basins", "label_ends"]
