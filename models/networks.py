"""Real (small) networks for the network lessons, in JAX: a deep fully connected net for
initialisation statistics, the repeated matrix Wᵗ of a recurrence, and an MLP on a generated
2-D dataset whose loss landscape is drawn along two directions (Li et al. 2018)."""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
import numpy as np
from jax.flatten_util import ravel_pytree

# ---- weight initialisation (note 002) ------------------------------------------------------
INITS = ("zero", "normal", "scaled", "xavier_normal", "xavier_uniform", "he")
ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu")
LEAK = 0.01


def activation(name: str):
    return {
        "sigmoid": jax.nn.sigmoid,
        "tanh": jnp.tanh,
        "relu": jax.nn.relu,
        "leaky_relu": lambda z: jax.nn.leaky_relu(z, LEAK),
        "linear": lambda z: z,
    }[name]


def init_weights(kind: str, n_in: int, n_out: int, key) -> jax.Array:
    """One layer's W (n_in, n_out) by the note's rules; N(0, s) means standard deviation s.

    zero: W = 0 · normal: N(0, 1) · scaled: N(0, 1/√n_in) · xavier_normal:
    N(0, √(2/(n_in + n_out))) · xavier_uniform: U(±√(6/(n_in + n_out))) · he: N(0, √(2/n_in)).
    """
    shape = (n_in, n_out)
    if kind == "zero":
        return jnp.zeros(shape)
    if kind == "xavier_uniform":
        bound = np.sqrt(6.0 / (n_in + n_out))
        return jax.random.uniform(key, shape, minval=-bound, maxval=bound)
    std = {
        "normal": 1.0,
        "scaled": 1.0 / np.sqrt(n_in),
        "xavier_normal": np.sqrt(2.0 / (n_in + n_out)),
        "he": np.sqrt(2.0 / n_in),
    }[kind]
    return std * jax.random.normal(key, shape)


@dataclasses.dataclass(frozen=True)
class LayerStats:
    """Per layer: activations (layers, samples) and back-propagated gradients dL/da."""

    activations: np.ndarray
    gradients: np.ndarray

    @property
    def act_std(self) -> np.ndarray:
        return self.activations.reshape(len(self.activations), -1).std(axis=1)

    @property
    def grad_std(self) -> np.ndarray:
        return self.gradients.reshape(len(self.gradients), -1).std(axis=1)


@functools.partial(jax.jit, static_argnames=("init", "act", "depth", "width", "batch"))
def _deep_stats(key, init: str, act: str, depth: int, width: int, batch: int):
    kx, ky, *keys = jax.random.split(key, depth + 2)
    x = jax.random.normal(kx, (batch, width))
    ws = [init_weights(init, width, width, k) for k in keys]
    f = activation(act)

    def forward(scales):
        a, acts = x, []
        for w, s in zip(ws, scales, strict=True):
            a = f(a @ w) + s  # s = 0: a handle to take dL/da of every layer
            acts.append(a)
        return acts

    acts = forward([jnp.zeros((batch, width))] * depth)
    target = jax.random.normal(ky, (batch, width))

    def loss(scales):
        return 0.5 * jnp.mean(jnp.sum((forward(scales)[-1] - target) ** 2, axis=1))

    grads = jax.grad(loss)([jnp.zeros((batch, width))] * depth)
    return jnp.stack(acts), jnp.stack(grads)


DEEP_WIDTH = 100  # units per layer in note 002's network


def deep_stats(
    init: str, act: str, depth: int = 6, width: int = DEEP_WIDTH, batch: int = 1000, seed: int = 0
) -> LayerStats:
    """A `depth`-layer fully connected net, `width` units per layer, fed standard-normal
    inputs: every layer's activations and the gradient of a squared loss with respect to them."""
    if init not in INITS or act not in ACTIVATIONS:
        raise ValueError(f"unknown init {init!r} or activation {act!r}")
    a, g = _deep_stats(jax.random.PRNGKey(seed), init, act, depth, width, batch)
    return LayerStats(np.asarray(a), np.asarray(g))


# Note 002's table, measured (one rule for the table's "measured here" column and for the
# lesson's sentences): a spread that changes by less than ×STABLE_BAND over the layers is
# stable; ×STABLE_BAND or more is vanishing (it shrinks) or exploding (it grows). A saturating
# activation with more than SATURATED of the last layer's values in its flat ends is saturated.
STABLE_BAND = 4.0
SATURATED = 0.4


@dataclasses.dataclass(frozen=True)
class Trend:
    """How a spread changes from one layer to another: `kind` is "grows", "shrinks" or
    "stable" (within ×STABLE_BAND), `factor` ≥ 1 how many times."""

    start: float
    end: float

    @property
    def factor(self) -> float:
        lo, hi = sorted((abs(self.start), abs(self.end)))
        return float("inf") if lo == 0 and hi > 0 else (hi / lo if lo > 0 else 1.0)

    @property
    def kind(self) -> str:
        if self.factor < STABLE_BAND:
            return "stable"
        return "grows" if abs(self.end) > abs(self.start) else "shrinks"


def trends(stats: LayerStats) -> tuple[Trend, Trend]:
    """The activations' spread from the first layer to the last, and the back-propagated
    gradient's spread from the last layer back to the first (the way it flows)."""
    return (
        Trend(float(stats.act_std[0]), float(stats.act_std[-1])),
        Trend(float(stats.grad_std[-1]), float(stats.grad_std[0])),
    )


FLAT_END = 0.05  # a flat end: sigmoid below 0.05 or above 0.95, |tanh| above 0.95


def saturated_share(stats: LayerStats, act: str) -> float:
    """The share of the last layer's activations in a saturating non-linearity's flat ends
    (sigmoid below 0.05 or above 0.95, |tanh| above 0.95); 0 for the others."""
    last = stats.activations[-1]
    if act == "sigmoid":
        return float(np.mean((last < FLAT_END) | (last > 1 - FLAT_END)))
    if act == "tanh":
        return float(np.mean(np.abs(last) > 1 - FLAT_END))
    return 0.0


def verdict(stats: LayerStats, act: str, init: str = "") -> str:
    """What the statistics say, by the one rule above (a key under "init.short."), the first
    that applies: symmetric (zero init: every unit of a layer equal), saturated, vanishing or
    exploding activations (first layer to last), vanishing or exploding gradients (last layer
    back to the first), else healthy (stable)."""
    if init == "zero":
        first = stats.activations[0]
        if np.allclose(first, first[:, :1]):  # every unit of a layer the same
            return "symmetric"
    if saturated_share(stats, act) > SATURATED:
        return "saturated"
    acts, grads = trends(stats)
    if acts.kind != "stable":
        return "exploding" if acts.kind == "grows" else "vanishing"
    if grads.kind != "stable":
        return "grad_exploding" if grads.kind == "grows" else "grad_vanishing"
    return "healthy"


# ---- the zero-init printout: a 1-3-1 sigmoid network --------------------------------------------
def tiny_net_training(init: str, steps: int = 2000, lr: float = 1.0, seed: int = 0) -> dict:
    """Train ŷ = W2ᵀ σ(W1ᵀx + B1) + B2 (1 input, 3 hidden sigmoid units, 1 output) on
    y = exp(−4(x − 0.3)²) (a bump: one sigmoid cannot make it) by full-batch gradient descent; returns the final W1, B1, W2, B2
    and the loss."""
    x = np.linspace(-1, 1, 50, dtype=np.float32)[:, None]
    y = np.exp(np.float32(-4.0) * (x - np.float32(0.3)) ** 2)
    p, final = _train_tiny(_tiny_init(init, seed), x, y, np.float32(lr), steps)
    return {k: np.asarray(v) for k, v in p.items()} | {"loss": float(final)}


@functools.partial(jax.jit, static_argnums=0)
def _tiny_init(init: str, seed: int) -> dict:
    # one program, not one per layer and operation
    k1, k2 = jax.random.split(jax.random.PRNGKey(seed))
    return {
        "W1": init_weights(init, 1, 3, k1),
        "B1": jnp.zeros((1, 3)),
        "W2": init_weights(init, 3, 1, k2),
        "B2": jnp.zeros((1, 1)),
    }


def _tiny_loss(p, x, y):
    h = jax.nn.sigmoid(x @ p["W1"] + p["B1"])
    return 0.5 * jnp.mean((h @ p["W2"] + p["B2"] - y) ** 2)


@functools.partial(jax.jit, static_argnames=("steps",))
def _train_tiny(params, x, y, lr, steps: int):
    # Module level, the rate traced: one program per process, not one per call.
    def step(p, _):
        g = jax.grad(_tiny_loss)(p, x, y)
        return jax.tree.map(lambda a, b: a - lr * b, p, g), None

    p, _ = jax.lax.scan(step, params, None, length=steps)
    return p, _tiny_loss(p, x, y)


# The note's table of initialisations (note 002): id, depth, init, activation, the note's verdict.
NOTE_TABLE = (
    (1, 1, "zero", "linear", "ok"),
    (2, 2, "zero", "sigmoid", "wrong"),
    (3, 2, "normal", "sigmoid", "ok"),
    (4, 6, "normal", "sigmoid", "saturated"),
    (5, 6, "xavier_normal", "tanh", "ok"),
    (6, 6, "xavier_normal", "relu", "vanishing"),
    (7, 6, "he", "relu", "ok"),
)


def measured_verdict(depth: int, init: str, act: str) -> str:
    """The verdict our own code measures for one row of the note's table."""
    if depth <= 2:
        if act == "linear":  # one linear layer: zero init still learns (the gradient is x·r)
            return "learns"
        w = tiny_net_training(init)
        same = np.allclose(w["W1"], w["W1"][0, 0]) and np.allclose(w["W2"], w["W2"][0, 0])
        return "symmetric" if same else "learns"
    stats = deep_stats(init, act, depth=depth)
    return verdict(stats, act, init)


# ---- long-term dependencies (note 000) --------------------------------------------------------
def recurrence_eigenvectors(angle: float = 0.6) -> np.ndarray:
    """V: the unit eigenvectors (1, 0) and (cos a, sin a) of `recurrence_matrix`, as columns."""
    return np.array([[1.0, np.cos(angle)], [0.0, np.sin(angle)]])


def recurrence_matrix(lam1: float, lam2: float, angle: float = 0.6) -> np.ndarray:
    """W = V diag(λ₁, λ₂) V⁻¹ with eigenvectors (1, 0) and (cos a, sin a)."""
    v = recurrence_eigenvectors(angle)
    return v @ np.diag([lam1, lam2]) @ np.linalg.inv(v)


def orbit(w: np.ndarray, v0, steps: int) -> np.ndarray:
    """(steps + 1, 2): v, Wv, W²v, … (float64: the norms span hundreds of decades)."""
    out = [np.asarray(v0, dtype=np.float64)]
    for _ in range(steps):
        out.append(w @ out[-1])
    return np.array(out)


# ---- a real network's loss landscape (note 004; Li et al. 2018) ----------------------------------
def moons(n: int = 200, noise: float = 0.15, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles, labels 0/1."""
    rng = np.random.default_rng(seed)
    m = n // 2
    t = rng.uniform(0, np.pi, n)
    upper = np.stack([np.cos(t[:m]), np.sin(t[:m])], axis=1)
    lower = np.stack([1 - np.cos(t[m:]), 0.5 - np.sin(t[m:])], axis=1)
    x = np.concatenate([upper, lower]) + noise * rng.standard_normal((n, 2))
    y = np.concatenate([np.zeros(m), np.ones(n - m)])
    return x.astype(np.float32), y.astype(np.float32)


@dataclasses.dataclass(frozen=True, eq=False)
class MLP:
    """A 2 → width → … → 1 MLP (`hidden` layers of `activation`) with optional residual
    connections between hidden layers, and its loss on a dataset as a function of one flat
    parameter vector: binary cross-entropy on labels 0/1, or the squared error
    ½·mean (f − y)² on any targets (`objective="squared"`)."""

    x: np.ndarray
    y: np.ndarray
    width: int = 16
    hidden: int = 6
    residual: bool = False
    activation: str = "tanh"
    objective: str = "cross_entropy"

    @functools.cached_property
    def _template(self):
        key = jax.random.PRNGKey(0)
        keys = jax.random.split(key, self.hidden + 1)
        layers = [(init_weights("xavier_normal", 2, self.width, keys[0]), jnp.zeros(self.width))]
        for k in keys[1:-1]:
            layers.append(
                (init_weights("xavier_normal", self.width, self.width, k), jnp.zeros(self.width))
            )
        layers.append((init_weights("xavier_normal", self.width, 1, keys[-1]), jnp.zeros(1)))
        return ravel_pytree(layers)

    @property
    def init(self) -> np.ndarray:
        return np.asarray(self._template[0])

    @property
    def unravel(self):
        return self._template[1]

    @property
    def size(self) -> int:
        return int(self.init.size)

    def logits(self, flat, x):
        f = {"tanh": jnp.tanh, "elu": jax.nn.elu}[self.activation]
        layers = self.unravel(flat)
        h = f(x @ layers[0][0] + layers[0][1][None, :])
        for w, b in layers[1:-1]:
            z = f(h @ w + b[None, :])
            h = h + z if self.residual else z
        w, b = layers[-1]
        return (h @ w + b[None, :])[:, 0]

    @functools.cached_property
    def loss(self):
        x, y = jnp.asarray(self.x), jnp.asarray(self.y)

        def loss(flat):
            z = self.logits(flat, x)
            if self.objective == "squared":
                return 0.5 * jnp.mean((z - y) ** 2)
            return jnp.mean(jnp.logaddexp(0.0, z) - y * z)

        return loss

    @functools.cached_property
    def _logits(self):
        # one program for the network, not one per layer and operation (~2 MB each, kept)
        return jax.jit(self.logits)

    def accuracy(self, flat) -> float:
        z = np.asarray(self._logits(jnp.asarray(flat), jnp.asarray(self.x)))
        return float(np.mean((z > 0) == (self.y > 0.5)))

    @functools.cached_property
    def _direction(self):
        def direction(flat, key):
            layers = self.unravel(flat)
            keys = jax.random.split(key, len(layers))
            out = []
            for (w, b), k in zip(layers, keys, strict=True):
                d = jax.random.normal(k, w.shape)
                d = (
                    d
                    / jnp.linalg.norm(d, axis=0, keepdims=True)
                    * jnp.linalg.norm(w, axis=0, keepdims=True)
                )
                out.append((d, jnp.zeros_like(b)))
            return ravel_pytree(out)[0]

        return jax.jit(direction)

    def filter_normalised(self, flat, seed: int) -> np.ndarray:
        """A random direction with each unit's incoming weights (a "filter") scaled to the norm
        of that unit's weights in `flat`; biases get no direction (Li et al. 2018)."""
        return np.asarray(self._direction(jnp.asarray(flat), jax.random.PRNGKey(seed)))

    def surface(self, center, d1, d2, span: float, n: int):
        """Loss over center + a·d1 + b·d2 for a, b in [−span, span]: one vmapped call."""
        a = np.linspace(-span, span, n, dtype=np.float32)
        grid = _grid_loss(
            self.loss, jnp.asarray(center), jnp.asarray(d1), jnp.asarray(d2), jnp.asarray(a)
        )
        return a, a, np.asarray(grid)

    def sharpness(self, flat, iters: int = 50) -> float:
        """The largest Hessian eigenvalue at `flat` (power iteration on Hessian-vector products)."""
        return float(_top_eigenvalue(self.loss, jnp.asarray(flat), iters))


@functools.partial(jax.jit, static_argnums=(0,))
def _grid_loss(loss, center, d1, d2, a):
    def at(ai, bj):
        return loss(center + ai * d1 + bj * d2)

    return jax.vmap(lambda bj: jax.vmap(lambda ai: at(ai, bj))(a))(a)  # rows: b, columns: a


def hvp(loss, flat, v):
    """H(θ)·v without forming H: the derivative of ∇L along v."""
    return jax.jvp(jax.grad(loss), (flat,), (v,))[1]


def power_iteration(loss, flat, v, iters: int):
    """(λ, v): the Hessian's eigenvalue of largest magnitude at `flat` and its unit
    eigenvector, by `iters` steps of power iteration on Hessian-vector products from v."""

    def body(v, _):
        w = hvp(loss, flat, v)
        return w / jnp.linalg.norm(w), None

    v, _ = jax.lax.scan(body, v, None, length=iters)
    return v @ hvp(loss, flat, v), v


@functools.partial(jax.jit, static_argnums=(0, 2))
def _top_eigenvalue(loss, flat, iters):
    return power_iteration(loss, flat, jnp.ones_like(flat) / jnp.sqrt(flat.size), iters)[0]


def pca_directions(
    points: np.ndarray, center: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The two principal directions of the iterates' offsets from `center`, the offsets'
    coordinates along them (n, 2), and the variance each explains."""
    m = np.asarray(points, np.float64) - np.asarray(center, np.float64)
    total = float(np.sum(m**2))
    if total > 0 and min(m.shape) > 3:
        # The top two only (ARPACK, a fixed start): a full SVD of 1001 × 1425 took 1–10 s
        from scipy.sparse.linalg import svds

        _, s, vt = svds(m, k=2, v0=np.ones(min(m.shape)) / np.sqrt(min(m.shape)))
        order = np.argsort(s)[::-1]
        s, dirs = s[order], vt[order]
    else:
        _, s, vt = np.linalg.svd(m, full_matrices=False)
        s, dirs = np.pad(s[:2], (0, max(0, 2 - s.size))), vt[:2]
    # one orientation whatever the solver: the start lies on each axis's negative side
    dirs = dirs * np.where(m[0] @ dirs.T > 0, -1.0, 1.0)[:, None]
    explained = s**2 / total if total > 0 else np.zeros(2)
    return dirs, m @ dirs.T, explained
