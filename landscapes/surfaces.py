"""The toy surfaces of the lessons, each a pure `jnp` function of one point.

Notes referenced: 000 (plateaus, cliffs), 002 (the bowl of fig. 15-8), 003 (the two-neuron
network), 004 (x + sin x, 25 sin x − x²).
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import Landscape, register


def bowl(p: jax.Array) -> jax.Array:
    """z = x²/10 + y²: note 002's elongated bowl (fig. 15-8)."""
    x, y = p[0], p[1]
    return x**2 / 10.0 + y**2


def saddle(p: jax.Array) -> jax.Array:
    """z = x² − y²: the textbook saddle at the origin."""
    x, y = p[0], p[1]
    return x**2 - y**2


def monkey_saddle(p: jax.Array) -> jax.Array:
    """z = x³ − 3xy²: a degenerate saddle (three valleys) at the origin."""
    x, y = p[0], p[1]
    return x**3 - 3.0 * x * y**2


def plateau(p: jax.Array) -> jax.Array:
    """z = 1 − exp(−(x² + 2y²)/2): a basin in a wide plateau whose gradient is ≈ 0 (note 000)."""
    x, y = p[0], p[1]
    return 1.0 - jnp.exp(-(x**2 + 2.0 * y**2) / 2.0)


# The cliff: a gentle bowl around (2, 0) whose left half is lifted by a sheer step of height
# CLIFF_HEIGHT at x = 0, CLIFF_SHARPNESS wide⁻¹ (note 000, after Goodfellow fig. 8.3). On the
# wall the slope is CLIFF_HEIGHT·CLIFF_SHARPNESS/2 = 100, so one plain gradient step there
# throws the parameters far away.
CLIFF_HEIGHT = 4.0
CLIFF_SHARPNESS = 50.0


def cliff(p: jax.Array) -> jax.Array:
    """z = 0.05(x − 2)² + 0.5y² + H(1 − tanh(kx))/2: a plateau ending in a sheer cliff at x = 0."""
    x, y = p[0], p[1]
    wall = 0.5 * CLIFF_HEIGHT * (1.0 - jnp.tanh(CLIFF_SHARPNESS * x))
    return 0.05 * (x - 2.0) ** 2 + 0.5 * y**2 + wall


def rosenbrock(p: jax.Array) -> jax.Array:
    """z = (1 − x)² + 100(y − x²)²: the banana valley, minimum at (1, 1)."""
    x, y = p[0], p[1]
    return (1.0 - x) ** 2 + 100.0 * (y - x**2) ** 2


def himmelblau(p: jax.Array) -> jax.Array:
    """z = (x² + y − 11)² + (x + y² − 7)²: four equal minima."""
    x, y = p[0], p[1]
    return (x**2 + y - 11.0) ** 2 + (x + y**2 - 7.0) ** 2


def rastrigin(p: jax.Array) -> jax.Array:
    """z = 20 + Σ (xᵢ² − 10 cos 2πxᵢ): a global minimum among many local ones."""
    return 20.0 + jnp.sum(p**2 - 10.0 * jnp.cos(2.0 * jnp.pi * p))


def two_neuron(p: jax.Array) -> jax.Array:
    """L(w₁, w₂) = (1 − w₁w₂)²: y = w₁w₂x fit to the single pair (1, 1) (note 003)."""
    w1, w2 = p[0], p[1]
    return (1.0 - w1 * w2) ** 2


def sharp_flat(p: jax.Array) -> jax.Array:
    """A narrow, deeper minimum near (−2, 0) and a wide one near (2, 0) on a gentle bowl
    (note 003's "valley vs basin": small-batch noise leaves the narrow one)."""
    x, y = p[0], p[1]
    wide = jnp.exp(-((x - 2.0) ** 2 + y**2) / (2.0 * 1.2**2))
    narrow = jnp.exp(-((x + 2.0) ** 2 + y**2) / (2.0 * 0.3**2))
    return 0.05 * (x**2 + y**2) + 1.0 - wide - 1.1 * narrow


def x_plus_sin(p: jax.Array) -> jax.Array:
    """f(x) = x + sin x (note 004)."""
    return p[0] + jnp.sin(p[0])


def sin_minus_square(p: jax.Array) -> jax.Array:
    """f(x) = 25 sin x − x² (note 004)."""
    return 25.0 * jnp.sin(p[0]) - p[0] ** 2


def parabola(p: jax.Array) -> jax.Array:
    """f(x) = x²."""
    return p[0] ** 2


# Himmelblau's stationary points, polished by Newton's method in float64.
_HIMMELBLAU_MINIMA = (
    (3.0, 2.0),
    (-2.805118086952745, 3.131312518250573),
    (-3.779310253377747, -3.283185991286169),
    (3.5844283403304917, -1.8481265269644034),
)
_HIMMELBLAU_SADDLES = (
    (0.08667750455539634, 2.884254701174776),
    (-3.0730257507643897, -0.08135304428796751),
    (3.385154183607021, 0.07385187983774928),
    (-0.12796134673068005, -1.9537149802445766),
)

for _landscape in (
    Landscape(
        name="bowl",
        quadratic=True,
        loss=bowl,
        dim=2,
        domain=((-8.0, 8.0), (-4.0, 4.0)),
        start=(-7.0, 2.0),
        latex=r"z = \frac{x^2}{10} + y^2",
        minima=((0.0, 0.0),),
        min_loss=0.0,
        log_levels=True,
        source="002",
    ),
    Landscape(
        name="saddle",
        quadratic=True,
        lr_hint=(0.05, 0.05),
        loss=saddle,
        dim=2,
        domain=((-2.0, 2.0), (-2.0, 2.0)),
        start=(-1.8, 0.01),
        latex=r"z = x^2 - y^2",
        saddles=((0.0, 0.0),),
        source="003",
    ),
    Landscape(
        name="monkey_saddle",
        lr_hint=(0.05, 0.05),
        loss=monkey_saddle,
        dim=2,
        domain=((-2.0, 2.0), (-2.0, 2.0)),
        start=(1.5, 0.2),
        latex=r"z = x^3 - 3xy^2",
        saddles=((0.0, 0.0),),
        source="003",
    ),
    Landscape(
        name="plateau",
        lr_hint=(0.5, 0.1),
        loss=plateau,
        dim=2,
        domain=((-6.0, 6.0), (-6.0, 6.0)),
        start=(3.0, 2.0),  # far enough to be flat, near enough that momentum gets going
        latex=r"z = 1 - e^{-(x^2 + 2y^2)/2}",
        minima=((0.0, 0.0),),
        min_loss=0.0,
        source="000",
    ),
    Landscape(
        name="cliff",
        loss=cliff,
        dim=2,
        domain=((-6.0, 10.0), (-3.0, 3.0)),
        start=(-5.0, 1.0),
        latex=r"z = \tfrac{1}{20}(x-2)^2 + \tfrac12 y^2 + 2\,(1 - \tanh 50x)",
        minima=((2.0, 0.0),),
        min_loss=0.0,
        source="000",
    ),
    Landscape(
        name="rosenbrock",
        lr_hint=(0.0005, 0.02),
        loss=rosenbrock,
        dim=2,
        domain=((-2.0, 2.0), (-1.0, 3.0)),
        start=(-1.5, 2.0),
        latex=r"z = (1 - x)^2 + 100\,(y - x^2)^2",
        minima=((1.0, 1.0),),
        min_loss=0.0,
        log_levels=True,
    ),
    Landscape(
        name="himmelblau",
        lr_hint=(0.01, 0.1),
        loss=himmelblau,
        dim=2,
        domain=((-5.0, 5.0), (-5.0, 5.0)),
        start=(0.0, 0.0),
        latex=r"z = (x^2 + y - 11)^2 + (x + y^2 - 7)^2",
        minima=_HIMMELBLAU_MINIMA,
        saddles=_HIMMELBLAU_SADDLES,
        maxima=((-0.2708445906673476, -0.9230385564799813),),
        min_loss=0.0,
        log_levels=True,
    ),
    Landscape(
        name="rastrigin",
        lr_hint=(0.002, 0.05),
        loss=rastrigin,
        dim=2,
        domain=((-5.12, 5.12), (-5.12, 5.12)),
        start=(3.3, -2.4),
        latex=r"z = 20 + \sum_{i} \left(x_i^2 - 10\cos 2\pi x_i\right)",
        minima=((0.0, 0.0),),
        min_loss=0.0,
    ),
    Landscape(
        name="two_neuron",
        lr_hint=(0.1, 0.05),
        loss=two_neuron,
        dim=2,
        domain=((-2.0, 2.0), (-2.0, 2.0)),
        start=(0.01, -0.01),
        latex=r"L(w_1, w_2) = (1 - w_1 w_2)^2",
        minima=((1.0, 1.0), (-1.0, -1.0)),
        # every point of w₁w₂ = 1 is a minimum (L = 0): both branches inside the domain
        minimum_curves=tuple(
            tuple((sign * w, sign / w) for w in np.geomspace(0.5, 2.0, 61).tolist())
            for sign in (1.0, -1.0)
        ),
        saddles=((0.0, 0.0),),
        min_loss=0.0,
        source="003",
    ),
    Landscape(
        name="sharp_flat",
        lr_hint=(0.05, 0.05),
        loss=sharp_flat,
        dim=2,
        domain=((-4.0, 4.0), (-3.0, 3.0)),
        start=(-1.98, 0.0),
        latex=r"z = \tfrac{x^2+y^2}{20} + 1 - e^{-\frac{(x-2)^2+y^2}{2 \cdot 1.2^2}}"
        r" - 1.1\, e^{-\frac{(x+2)^2+y^2}{2 \cdot 0.3^2}}",
        # Newton-polished in float64: the narrow (deeper) minimum, the wide one, the pass
        minima=((-1.9828312565668667, 0.0), (1.7431682379651003, 0.0)),
        saddles=((-1.1481655760356608, 0.0),),
        min_loss=0.09432652004503961,
        source="003",
    ),
    Landscape(
        name="x_plus_sin",
        lr_hint=(0.1, 0.1),
        loss=x_plus_sin,
        dim=1,
        domain=((-6.0, 4.0),),
        start=(2.5,),
        latex=r"f(x) = x + \sin x",
        # No minimum. f'(±π) = 0 and f''(±π) = 0: flat inflection points, where gradient
        # descent can stop although the curve falls on beyond them.
        saddles=((-math.pi,), (math.pi,)),
        source="004",
    ),
    Landscape(
        name="sin_minus_square",
        lr_hint=(0.01, 0.1),
        loss=sin_minus_square,
        dim=1,
        domain=((-10.0, 10.0),),
        start=(3.0,),
        latex=r"f(x) = 25\sin x - x^2",
        minima=((-8.61428732068473,), (-1.7078532798795432,), (5.135789612596342,)),
        maxima=((-4.356405415380388,), (1.4541965749766173,), (7.236571118164048,)),
        source="004",
    ),
    Landscape(
        name="parabola",
        quadratic=True,
        lr_hint=(0.1, 0.1),
        loss=parabola,
        dim=1,
        domain=((-3.0, 3.0),),
        start=(2.5,),
        latex=r"f(x) = x^2",
        minima=((0.0,),),
        min_loss=0.0,
    ),
):
    register(_landscape)
