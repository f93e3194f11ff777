"""Basins of attraction: which minimum each start's run ends in.

Ends are grouped by single linkage: two ends within `radius` belong to one group, so a run of
ends along a flat valley (two_neuron's w₁w₂ = 1) is one group, while rastrigin's local minima,
a unit apart, stay separate. Ends where the gradient is still large have not settled (a run
still moving, or stuck on a ridge) and form no group.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

import jax
import numpy as np

from landscapes.base import switch_group, switched
from optimizers.analysis import Loss

DIVERGED = -1
UNSETTLED = -2


@dataclasses.dataclass(frozen=True)
class Basins:
    """Groups of run ends, shared by every grid labelled together.

    Attributes:
      labels: one int array per grid given: the group of each start, or DIVERGED / UNSETTLED.
      centres: (k, d) each group's lowest end (its minimum), groups ordered by that loss.
      losses: (k,) the loss there.
      minimum_index: for each group, the index of the declared minimum within `radius` of
        it, or −1 (an undeclared local minimum).
    """

    labels: tuple[np.ndarray, ...]
    centres: np.ndarray
    losses: np.ndarray
    minimum_index: np.ndarray

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


def label_ends(
    loss: Loss,
    ends: Sequence[np.ndarray],
    diverged: Sequence[np.ndarray],
    *,
    radius: float,
    settled: float = 1e-2,
    minima: Sequence[Sequence[float]] = (),
) -> Basins:
    """Groups the run ends of one or more start grids together.

    Args:
      loss: the landscape's loss.
      ends: per grid, an array (..., d) of where each run ended.
      diverged: per grid, a bool array (...) of the runs that diverged.
      radius: ends closer than this are in one group (single linkage).
      settled: an end whose gradient norm exceeds this has not settled.
      minima: declared minima, to name the groups that reach them.
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

    centres, losses = np.zeros((0, dim)), np.zeros(0)
    if ok.any():
        # Deduplicate on a fine lattice first: thousands of ends sit on one minimum.
        cells, cell_of = np.unique(
            np.round(flat[ok] / (radius / 4)).astype(np.int64), axis=0, return_inverse=True
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
        k = comp.max() + 1
        v = values[ok]
        idx = np.flatnonzero(ok)
        best = np.full(k, -1)
        for c in range(k):  # k is small: one group per minimum reached
            members = np.flatnonzero(comp == c)
            best[c] = idx[members[np.argmin(v[members])]]
        order = np.lexsort(
            (flat[best, 1] if dim > 1 else flat[best, 0], flat[best, 0], values[best])
        )
        rank = np.empty(k, dtype=np.int64)
        rank[order] = np.arange(k)
        label[ok] = rank[comp]
        centres, losses = flat[best[order]], values[best[order]]

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
    return Basins(tuple(labels), centres, losses, known)


__all__ = ["DIVERGED", "UNSETTLED", "Basins", "label_ends"]
