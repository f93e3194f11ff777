"""A landscape sampled on a grid, for contour and surface plots (one vmapped, jitted call)."""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import Landscape, Loss


@functools.lru_cache(maxsize=64)
def _grid_fn(loss: Loss):
    return jax.jit(jax.vmap(loss))


def sample(landscape: Landscape, n: int = 120) -> tuple[np.ndarray, ...]:
    """(xs, ys, Z) for a 2-D landscape (Z[i, j] = loss(xs[j], ys[i])), or (xs, f) for 1-D."""
    axes = [np.linspace(lo, hi, n, dtype=np.float32) for lo, hi in landscape.domain]
    if landscape.dim == 1:
        values = _grid_fn(landscape.loss)(jnp.asarray(axes[0])[:, None])
        return axes[0], np.asarray(values)
    xx, yy = np.meshgrid(*axes)
    points = jnp.asarray(np.stack([xx.ravel(), yy.ravel()], axis=1))
    z = np.asarray(_grid_fn(landscape.loss)(points)).reshape(xx.shape)
    return axes[0], axes[1], z
