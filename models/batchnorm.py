"""Batch normalisation and input normalisation (note 000, last section), on a network like the
initialisation lesson's: DEPTH − 1 = 5 hidden layers of 100 units, then an output layer.

Note 000's rule for a layer, over a minibatch of m rows:

    Z = XW;  Z̃ = Z − (1/m) Σᵢ Zᵢ;  Ẑ = Z̃ / √(ε + (1/m) Σᵢ Z̃ᵢ²);  H = φ(γẐ + β)

(φ the activation; the note writes max(0, ·)). γ and β are learnt, starting at 1 and 0.
Without BN a layer is H = φ(XW + b). A network is evaluated with the statistics of the batch it
is given (the probe minibatch, or the whole training set).

Three experiments, each one vmapped `lax.scan`:
- `layer_stats`: every layer's activations for standard-normal inputs, with and without BN;
- `train`: the digits classified by the network for a range of learning rates, with and
  without BN, and without BN from raw, zero-centred and unit-normalised pixels;
- `probe`: Santurkar et al. (2018, fig. 4) — during training, at θ with a fixed minibatch B and
  g = ∇L_B(θ), the loss L_B(θ − s g) and the gradient ∇L_B(θ − s g) for step sizes s on a grid:
  the loss band (min/max over s), gradient predictiveness (min/max of ‖∇L_B(θ − s g) − g‖) and
  effective β-smoothness (max of ‖∇L_B(θ − s g) − g‖ / (s‖g‖)). θ itself is not moved.
"""

from __future__ import annotations

import dataclasses
import itertools

import jax
import jax.numpy as jnp
import numpy as np

from models import digits, networks

DEPTH, WIDTH = 6, 100  # the initialisation lesson's network
DELTA = 1e-5  # δ in Ẑ = Z̃ / √(δ + mean Z̃²): the small constant against division by 0 (ε is the learning rate)
RATES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
STEPS = 200
EVERY = 10
BATCH = 32
PROBE_BATCH = 128
PROBE_SCALES = np.geomspace(0.1, 4.0, 9)  # s = scale × ε along −g
PREPROCESSING = ("raw", "centred", "unit")
PREPROCESSING_LR = 0.1
TRAINS = 0.5  # a run "trains" if its final training loss is below this share of the initial
# φ is a traced argument, its index here: `lax.switch` picks it at run time, so one compiled
# program serves every activation (a lecturer's first choice of one compiles nothing).
ACTIVATIONS = (*networks.ACTIVATIONS, "linear")
_PHI = tuple(networks.activation(name) for name in ACTIVATIONS)


def act_index(act: str | jax.Array) -> jax.Array:
    """φ's index in ACTIVATIONS as a traced int32 (a name is looked up; an index passes)."""
    return jnp.int32(ACTIVATIONS.index(act)) if isinstance(act, str) else act


def _layer(z, gamma, beta, bn, act):
    # bn is a traced 0/1 flag: both branches are computed, one is kept (one program for both)
    mean = jnp.mean(z, axis=0, keepdims=True)
    centred = z - mean
    normed = centred / jnp.sqrt(DELTA + jnp.mean(centred**2, axis=0, keepdims=True))
    return jax.lax.switch(act, _PHI, jnp.where(bn > 0, gamma[None, :] * normed + beta[None, :], z))


def init(key, init_kind: str, n_in: int, n_out: int):
    """DEPTH − 1 hidden layers of WIDTH and an output layer; weights by `init_kind` (the
    initialisation lesson's rules), biases 0, γ = 1, β = 0."""
    sizes = [n_in, *([WIDTH] * (DEPTH - 1)), n_out]
    params = []
    for a, b in itertools.pairwise(sizes):
        key, sub = jax.random.split(key)
        params.append(
            dict(
                w=networks.init_weights(init_kind, a, b, sub),
                b=jnp.zeros(b),
                g=jnp.ones(b),
                s=jnp.zeros(b),
            )
        )
    return params


def forward(params, x, bn, act: str | jax.Array, keep: bool = False):
    """Logits (and with `keep`, every hidden layer's activations); `act` names φ or is its
    index in ACTIVATIONS."""
    act = act_index(act)
    h, kept = x, []
    for layer in params[:-1]:
        h = _layer(h @ layer["w"] + layer["b"][None, :], layer["g"], layer["s"], bn, act)
        kept.append(h)
    out = params[-1]
    logits = h @ out["w"] + out["b"][None, :]
    return (logits, kept) if keep else logits


def _loss(params, x, y, bn, act):
    return digits.cross_entropy(forward(params, x, bn, act), y)


# ---- 1. activations per layer ------------------------------------------------------------------
@jax.jit  # the weights and φ are arguments: one program for every initialisation and activation
def _stats(kx, params, act):
    x = jax.random.normal(kx, (1000, WIDTH))
    return jnp.stack(
        [jnp.stack(forward(params, x, jnp.float32(bn), act, keep=True)[1]) for bn in (0, 1)]
    )


def layer_stats(init_kind: str, act_name: str, seed: int = 0) -> dict[str, np.ndarray]:
    """Every hidden layer's activations (layers, 1000, WIDTH) for N(0, 1) inputs, without
    ("plain") and with ("bn") batch normalisation, from the same weights."""
    kx, kp = jax.random.split(jax.random.PRNGKey(seed))
    params = init(kp, init_kind, WIDTH, WIDTH)
    a = np.asarray(_stats(kx, params, act_index(act_name)))
    return {"plain": a[0], "bn": a[1]}


# ---- 2. training on the digits ----------------------------------------------------------------
def inputs(how: str) -> tuple[np.ndarray, np.ndarray]:
    """The 700 training digits (digits' train and validation splits) as raw pixels (0 … 16),
    zero-centred, or unit-normalised (centred, then divided by each pixel's spread)."""
    d = digits.data()
    x = np.concatenate([d.x_train, d.x_valid]) * 16.0
    y = np.concatenate([d.y_train, d.y_valid])
    if how in ("centred", "unit"):
        x = x - x.mean(axis=0)
    if how == "unit":
        x = x / np.maximum(x.std(axis=0), 1e-3)
    return x.astype(np.float32), y


def start_spreads(init_kind: str, act: str) -> dict[str, tuple[float, float]]:
    """At the start of training (the same weights for both), on the training inputs: the
    last hidden layer's spread and the logits' spread, without ("plain") and with BN ("bn")."""
    x, _y = inputs("unit")
    params = init(jax.random.PRNGKey(0), init_kind, x.shape[1], 10)
    out = {}
    for which, flag in (("plain", 0.0), ("bn", 1.0)):
        logits, kept = forward(params, x, flag, act, keep=True)
        out[which] = (float(np.std(np.asarray(kept[-1]))), float(np.std(np.asarray(logits))))
    return out


def _descend(params, x, y, lr, bn, key, act, record):
    """STEPS of minibatch SGD (batch BATCH, rate lr) from `params`; `record(θ)` at the start and
    every EVERY steps, stacked."""
    n = x.shape[0]

    def step(p, k):
        idx = jax.random.choice(jax.random.fold_in(key, k), n, (BATCH,), replace=False)
        g = jax.grad(_loss)(p, x[idx], y[idx], bn, act)
        return jax.tree.map(lambda a, b: a - lr * b, p, g), None

    def chunk(p, c):
        p, _ = jax.lax.scan(step, p, c * EVERY + jnp.arange(EVERY))
        return p, record(p)

    _, records = jax.lax.scan(chunk, params, jnp.arange(STEPS // EVERY))
    return jnp.concatenate([record(params)[None], records])


@jax.jit
def _train(params, xs, y, lrs, bns, key, act):
    def one(x, lr, bn):
        return _descend(params, x, y, lr, bn, key, act, lambda p: _loss(p, x, y, bn, act))

    return jax.vmap(one)(xs, lrs, bns)


@dataclasses.dataclass(frozen=True)
class Training:
    """Training losses every EVERY steps: `rates[i]` with and without BN (unit-normalised
    inputs), and without BN at PREPROCESSING_LR from each of PREPROCESSING."""

    steps: np.ndarray
    plain: np.ndarray  # (rates, records)
    bn: np.ndarray
    preprocessing: np.ndarray  # (3, records)

    def trains(self, losses: np.ndarray) -> bool:
        return bool(np.isfinite(losses).all() and losses[-1] < TRAINS * losses[0])

    def largest_rate(self, which: str) -> float | None:
        """The largest rate whose run trains, or None."""
        runs = self.plain if which == "plain" else self.bn
        ok = [lr for lr, losses in zip(RATES, runs, strict=True) if self.trains(losses)]
        return max(ok) if ok else None


def train(init_kind: str, act_name: str, seed: int = 0) -> Training:
    d = {how: inputs(how) for how in PREPROCESSING}
    x_unit, y = d["unit"]
    n = len(RATES)
    xs = np.stack([x_unit] * (2 * n) + [d[how][0] for how in PREPROCESSING])
    lrs = np.array([*RATES, *RATES, *[PREPROCESSING_LR] * 3], np.float32)
    bns = np.array([0.0] * n + [1.0] * n + [0.0] * 3, np.float32)
    key = jax.random.PRNGKey(seed)
    params = init(key, init_kind, 64, 10)
    losses = np.asarray(
        _train(
            params,
            jnp.asarray(xs),
            jnp.asarray(y),
            lrs,
            bns,
            jax.random.fold_in(key, 1),
            act_index(act_name),
        ),
        np.float64,
    )
    return Training(
        steps=np.arange(STEPS // EVERY + 1) * EVERY,
        plain=losses[:n],
        bn=losses[n : 2 * n],
        preprocessing=losses[2 * n :],
    )


# ---- 3. the landscape along the gradient (Santurkar et al. 2018, fig. 4) ------------------------
@jax.jit
def _probe(params, x, y, xb, yb, lr, key, act):
    scales = jnp.asarray(PROBE_SCALES, jnp.float32) * lr

    def one(bn):
        def look(p):
            g = jax.grad(_loss)(p, xb, yb, bn, act)
            flat_g, unravel = jax.flatten_util.ravel_pytree(g)
            flat_p = jax.flatten_util.ravel_pytree(p)[0]

            def at(s):
                q = unravel(flat_p - s * flat_g)
                value, gq = jax.value_and_grad(_loss)(q, xb, yb, bn, act)
                return value, jnp.linalg.norm(jax.flatten_util.ravel_pytree(gq)[0] - flat_g)

            values, diffs = jax.vmap(at)(scales)
            norm = jnp.linalg.norm(flat_g)
            return jnp.stack(
                [
                    values.min(),
                    values.max(),
                    diffs.min(),
                    diffs.max(),
                    jnp.max(diffs / (scales * norm)),
                ]
            )

        return _descend(params, x, y, lr, bn, key, act, look)

    return jax.vmap(one)(jnp.array([0.0, 1.0], jnp.float32))


@dataclasses.dataclass(frozen=True)
class Probes:
    """Per network ("plain", "bn"), every EVERY steps: columns loss_min, loss_max,
    predictiveness_min, predictiveness_max, beta (effective β-smoothness)."""

    lr: float
    steps: np.ndarray
    plain: np.ndarray  # (records, 5)
    bn: np.ndarray


def probe(init_kind: str, act_name: str, lr: float, seed: int = 0) -> Probes:
    x, y = inputs("unit")
    key = jax.random.PRNGKey(seed)
    params = init(key, init_kind, 64, 10)
    pick = np.random.default_rng(seed).choice(len(y), PROBE_BATCH, replace=False)
    out = np.asarray(
        _probe(
            params,
            jnp.asarray(x),
            jnp.asarray(y),
            jnp.asarray(x[pick]),
            jnp.asarray(y[pick]),
            jnp.float32(lr),
            jax.random.fold_in(key, 1),
            act_index(act_name),
        ),
        np.float64,
    )
    return Probes(
        lr=float(lr), steps=np.arange(STEPS // EVERY + 1) * EVERY, plain=out[0], bn=out[1]
    )


SATURATED = (0.05, 0.95)  # a sigmoid below or above these, |tanh| above the second: flat ends


def saturated_share(activations: np.ndarray, act_name: str) -> float:
    """The share of activations in a saturating non-linearity's flat ends (0 for others)."""
    lo, hi = SATURATED
    if act_name == "sigmoid":
        return float(np.mean((activations < lo) | (activations > hi)))
    if act_name == "tanh":
        return float(np.mean(np.abs(activations) > hi))
    return 0.0


def spreads(activations: np.ndarray) -> np.ndarray:
    """Each layer's standard deviation over all its units and samples."""
    return activations.reshape(len(activations), -1).std(axis=1)
