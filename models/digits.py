"""Regularisation on a real network (note 002): a small MLP on scikit-learn's bundled 8×8
digits, trained with no regularisation, with L2, with L1 and with dropout, all four in one
vmapped `lax.scan`.

Note 002's rules, per weight matrix W (biases are not regularised):

    L2: J + λ₂/2 · ‖W‖²₂, gradient dW + λ₂ W
    L1: J + λ₁ · ‖W‖₁,    gradient dW + λ₁ sign(W)   (sign(0) = 0: a subgradient)
    dropout: each hidden unit is zeroed with probability p in training (the rest scaled by
    1/(1 − p)), and nothing is dropped when the network is evaluated.

Training is minibatch SGD from a Xavier initialisation (note 002's setting for its table:
batch 5, ε = 0.1; here batch 10, ε = 0.1). Only 300 digits train the network, so that without
regularisation it overfits: the validation loss turns up while the training loss keeps falling,
and early stopping stops at the validation minimum.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import itertools
import pathlib

import jax
import jax.flatten_util
import jax.numpy as jnp
import numpy as np

LAYERS = (64, 16, 16, 16, 10)  # four weight matrices, like the note's network
N_TRAIN, N_VALID = 300, 400  # the rest of the 1797 digits are the test set
BATCH = 10
LR = 0.1
STEPS = 4000
EVERY = 50  # the curves are recorded every EVERY steps
SEED = 0
KINDS = ("none", "l2", "l1", "dropout")
SMALL, TINY = 1e-2, 1e-5  # the note's two thresholds for "small" and "very small" weights


@dataclasses.dataclass(frozen=True)
class Data:
    x_train: np.ndarray
    y_train: np.ndarray
    x_valid: np.ndarray
    y_valid: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


def digits_file() -> pathlib.Path:
    """scikit-learn's `digits.csv.gz` (64 pixels 0…16 and the label per row), found without
    importing scikit-learn: `load_digits` reads this very file, but importing the package to
    call it costs a server 1.7 s and 134 MB."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("scikit-learn, which ships the digits, is not installed")
    return pathlib.Path(spec.origin).parent / "datasets" / "data" / "digits.csv.gz"


@functools.lru_cache(maxsize=1)
def data() -> Data:
    """The 8×8 digits shipped inside scikit-learn (no download), pixels scaled to [0, 1],
    shuffled once with a fixed seed and split train / validation / test."""
    table = np.loadtxt(digits_file(), delimiter=",", dtype=np.float32)
    x = table[:, :-1] / np.float32(16.0)
    y = table[:, -1].astype(np.int32)
    order = np.random.default_rng(SEED).permutation(len(y))
    x, y = x[order], y[order]
    a, b = N_TRAIN, N_TRAIN + N_VALID
    return Data(x[:a], y[:a], x[a:b], y[a:b], x[b:], y[b:])


@jax.jit  # one program, not one per layer and operation (each program a server keeps costs ~2 MB)
def init(key) -> list[tuple[jax.Array, jax.Array]]:
    """Xavier-normal weights N(0, √(2/(n_in + n_out))), zero biases."""
    params = []
    for n_in, n_out in itertools.pairwise(LAYERS):
        key, sub = jax.random.split(key)
        std = np.float32(np.sqrt(2.0 / (n_in + n_out)))
        params.append((std * jax.random.normal(sub, (n_in, n_out)), jnp.zeros(n_out)))
    return params


def forward(params, x, key=None, drop=0.0):
    """Logits; with a key, each hidden unit is dropped with probability `drop`."""
    h = x
    for i, (w, b) in enumerate(params):
        h = h @ w + b[None, :]
        if i < len(params) - 1:
            h = jax.nn.relu(h)
            if key is not None:
                keep = jax.random.bernoulli(jax.random.fold_in(key, i), 1.0 - drop, h.shape)
                h = jnp.where(keep, h / (1.0 - drop), 0.0)
    return h


def cross_entropy(logits, y):
    return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(logits), y[:, None], axis=1))


def accuracy(logits, y):
    return jnp.mean(jnp.argmax(logits, axis=1) == y)


@jax.jit
def _accuracy(params, x, y):
    """The share of `x` the network labels `y`: one program per data shape."""
    return accuracy(forward(params, x), y)


@functools.lru_cache(maxsize=4)
def _train_program(steps: int):
    # One program for every (λ₁, λ₂, p): they are traced arguments, one row per variant.
    d = data()
    x, y = jnp.asarray(d.x_train), jnp.asarray(d.y_train)
    xv, yv = jnp.asarray(d.x_valid), jnp.asarray(d.y_valid)

    def one(l1, l2, drop, params, key):
        def step(params, k):
            idx = jax.random.choice(jax.random.fold_in(key, k), N_TRAIN, (BATCH,), replace=False)

            def data_loss(p):
                return cross_entropy(
                    forward(p, x[idx], jax.random.fold_in(key, -k - 1), drop), y[idx]
                )

            grads = jax.grad(data_loss)(params)
            new = []
            for (w, b), (gw, gb) in zip(params, grads, strict=True):
                gw = gw + l2 * w + l1 * jnp.sign(w)
                new.append((w - LR * gw, b - LR * gb))
            return new, None

        def chunk(params, c):
            params, _ = jax.lax.scan(step, params, c * EVERY + jnp.arange(EVERY))
            train_logits, valid_logits = forward(params, x), forward(params, xv)
            record = (
                cross_entropy(train_logits, y),
                cross_entropy(valid_logits, yv),
                accuracy(valid_logits, yv),
            )
            return params, record

        first = (
            cross_entropy(forward(params, x), y),
            cross_entropy(forward(params, xv), yv),
            accuracy(forward(params, xv), yv),
        )
        params, (tr, va, acc) = jax.lax.scan(chunk, params, jnp.arange(steps // EVERY))
        join = functools.partial(jnp.concatenate, axis=0)
        return (
            params,
            join([first[0][None], tr]),
            join([first[1][None], va]),
            join([first[2][None], acc]),
        )

    return jax.jit(jax.vmap(one, in_axes=(0, 0, 0, None, None)))


@dataclasses.dataclass(frozen=True)
class Runs:
    """The four trainings: `kinds[i]` with its λ or p, the curves every EVERY steps and the
    final weights per layer."""

    kinds: tuple[str, ...]
    l1: float
    l2: float
    drop: float
    steps: np.ndarray  # (records,)
    train_loss: np.ndarray  # (kinds, records)
    valid_loss: np.ndarray
    valid_accuracy: np.ndarray
    weights: tuple[tuple[np.ndarray, ...], ...]  # [kind][layer] (n_in, n_out)
    biases: tuple[tuple[np.ndarray, ...], ...]

    def index(self, kind: str) -> int:
        return self.kinds.index(kind)

    def test_accuracy(self, kind: str) -> float:
        """The share of the held-out test digits classified right (no dropout)."""
        d = data()
        i = self.index(kind)
        h = d.x_test.astype(np.float64)
        for layer, (w, b) in enumerate(zip(self.weights[i], self.biases[i], strict=True)):
            h = h @ w + b[None, :]
            if layer < len(self.weights[i]) - 1:
                h = np.maximum(h, 0.0)
        return float(np.mean(np.argmax(h, axis=1) == d.y_test))

    def best_step(self, kind: str) -> tuple[int, float]:
        """Early stopping: the recorded step with the lowest validation loss, and that loss."""
        i = self.index(kind)
        k = int(np.argmin(self.valid_loss[i]))
        return int(self.steps[k]), float(self.valid_loss[i, k])


def train(l1: float, l2: float, drop: float, steps: int = STEPS, seed: int = SEED) -> Runs:
    """No regularisation, L2 with λ₂, L1 with λ₁ and dropout with rate p, from the same
    initialisation and the same minibatches."""
    key = jax.random.PRNGKey(seed)
    params = init(key)
    f32 = functools.partial(np.asarray, dtype=np.float32)
    l1s = f32([0.0, 0.0, l1, 0.0])
    l2s = f32([0.0, l2, 0.0, 0.0])
    drops = f32([0.0, 0.0, 0.0, drop])
    final, tr, va, acc = _train_program(steps)(l1s, l2s, drops, params, jax.random.fold_in(key, 1))
    final = [(np.asarray(w), np.asarray(b)) for w, b in final]  # sliced in NumPy, not by JAX
    weights = tuple(tuple(w[i] for w, _ in final) for i in range(len(KINDS)))
    biases = tuple(tuple(b[i] for _, b in final) for i in range(len(KINDS)))
    return Runs(
        kinds=KINDS,
        l1=float(l1),
        l2=float(l2),
        drop=float(drop),
        steps=np.arange(steps // EVERY + 1) * EVERY,
        train_loss=np.asarray(tr, np.float64),
        valid_loss=np.asarray(va, np.float64),
        valid_accuracy=np.asarray(acc, np.float64),
        weights=weights,
        biases=biases,
    )


@dataclasses.dataclass(frozen=True)
class WeightTable:
    """Note 002's table for one training: accuracy, weight counts and per-layer norms."""

    accuracy: float
    total: int
    small: int  # |w| < 1e-2
    tiny: int  # |w| < 1e-5
    norm1: tuple[float, ...]  # per layer, Σ|w|
    norm2: tuple[float, ...]  # per layer, √Σw²


def table(runs: Runs, kind: str) -> WeightTable:
    ws = runs.weights[runs.index(kind)]
    flat = np.concatenate([w.ravel() for w in ws])
    return WeightTable(
        accuracy=runs.test_accuracy(kind),
        total=int(flat.size),
        small=int(np.sum(np.abs(flat) < SMALL)),
        tiny=int(np.sum(np.abs(flat) < TINY)),
        norm1=tuple(float(np.abs(w).sum()) for w in ws),
        norm2=tuple(float(np.sqrt((w.astype(np.float64) ** 2).sum())) for w in ws),
    )


# ---- pre-training, then fine-tuning (note 000: an initialisation from another task) ----------
# Task A: which of the ten digits (800 examples). Task B: is the digit even or odd, from a few
# examples. B is a function of what A learns to see, so A's hidden layers are a good start.
N_TASK_A = 800
N_TASK_A_TEST = 200
N_TASK_B_VALID = 300
B_FROM = N_TASK_A + N_TASK_A_TEST  # task B's examples come after task A's: no digit is shared
FINE_STEPS = 1000
FINE_EVERY = 25
PRE_STEPS = 3000
SLICE_GRID = 41


def _all_digits() -> tuple[np.ndarray, np.ndarray]:
    d = data()
    return (
        np.concatenate([d.x_train, d.x_valid, d.x_test]),
        np.concatenate([d.y_train, d.y_valid, d.y_test]),
    )


def _loss(params, x, y):
    return cross_entropy(forward(params, x), y)


@functools.partial(jax.jit, static_argnames=("steps", "every"))
def _sgd(params, x, y, xv, yv, key, steps: int, every: int):
    """Minibatch SGD (batch BATCH, ε = LR) on (x, y); every `every` steps the validation loss
    on (xv, yv) and the flattened parameters."""
    n = x.shape[0]

    def step(p, k):
        idx = jax.random.choice(jax.random.fold_in(key, k), n, (BATCH,), replace=False)
        g = jax.grad(_loss)(p, x[idx], y[idx])
        return jax.tree.map(lambda a, b: a - LR * b, p, g), None

    def chunk(p, c):
        p, _ = jax.lax.scan(step, p, c * every + jnp.arange(every))
        return p, (_loss(p, xv, yv), jax.flatten_util.ravel_pytree(p)[0])

    first = (_loss(params, xv, yv), jax.flatten_util.ravel_pytree(params)[0])
    params, (valid, flat) = jax.lax.scan(chunk, params, jnp.arange(steps // every))
    return (
        params,
        jnp.concatenate([first[0][None], valid]),
        jnp.concatenate([first[1][None], flat]),
    )


@dataclasses.dataclass(frozen=True)
class FineTuning:
    """Task B learnt from pre-trained hidden layers and from random ones (the same new two-way
    output layer for both): validation curves, test accuracies and a slice of task B's loss through
    the random start, the pre-trained start and the pre-trained run's end (that run lies in
    the slice's plane at its ends; the random one is projected onto it)."""

    n_examples: int
    steps: np.ndarray  # (records,)
    valid: dict[str, np.ndarray]  # "pretrained" / "random": (records,)
    accuracy: dict[str, float]
    path: dict[str, np.ndarray]  # (records, 2): the runs projected onto the slice
    grid: np.ndarray  # (SLICE_GRID,) coordinates along each slice direction
    grid_y: np.ndarray
    slice_loss: np.ndarray  # (SLICE_GRID, SLICE_GRID), [i, j] at (grid[j], grid_y[i])
    pretrain_accuracy: float  # on task A's held-out digits


STARTS = ("pretrained", "random")
N_EXAMPLES = (20, 50, 200)  # task B's training-set sizes a lecturer picks from
B_CLASSES = 2  # task B's answers: even (0) or odd (1)


def new_head() -> tuple[jax.Array, jax.Array]:
    """Task B's own output layer, B_CLASSES outputs on the last hidden layer, starting at zero:
    whatever the hidden layers compute, the two-way softmax starts at an even guess, a loss of
    exactly ln 2 from either start. (A Xavier-random head on the pre-trained layers' large
    activations starts task B at a loss of about 7.5, and from 20 examples the pre-trained run
    then ends below the random one: 0.771 against 0.826.)"""
    return jnp.zeros((LAYERS[-2], B_CLASSES)), jnp.zeros(B_CLASSES)


@functools.lru_cache(maxsize=2)
def _pretrained(seed: int = SEED):
    """The network trained on task A (shared by every size of task B)."""
    key = jax.random.PRNGKey(seed + 7)
    k_pre, _, _, k_a, _ = jax.random.split(key, 5)
    x, y = _all_digits()
    xa, ya = x[:N_TASK_A], y[:N_TASK_A]
    xa_test, ya_test = x[N_TASK_A:B_FROM], y[N_TASK_A:B_FROM]
    params, _, _ = _sgd(init(k_pre), xa, ya, xa_test, ya_test, k_a, steps=PRE_STEPS, every=500)
    return params


@functools.lru_cache(maxsize=16)
def fine_tune(n_examples: int = 50, seed: int = SEED) -> FineTuning:
    """Pre-train on task A (the ten digits), then learn task B (even or odd) from `n_examples`
    examples twice: from the pre-trained hidden layers and from a fresh Xavier
    initialisation, with one new two-way output layer (`new_head`) shared by both."""
    from jax.flatten_util import ravel_pytree

    key = jax.random.PRNGKey(seed + 7)
    x, y = _all_digits()
    xa_test, ya_test = x[N_TASK_A:B_FROM], y[N_TASK_A:B_FROM]
    parity = (y % 2).astype(np.int32)
    b0, b1 = B_FROM + n_examples, B_FROM + n_examples + N_TASK_B_VALID
    xb, yb = x[B_FROM:b0], parity[B_FROM:b0]
    xbv, ybv = x[b0:b1], parity[b0:b1]
    xbt, ybt = x[b1:], parity[b1:]
    _, k_rand, _, _, k_b = jax.random.split(key, 5)
    pre = _pretrained(seed)
    head = new_head()
    starts = {"pretrained": [*pre[:-1], head], "random": [*init(k_rand)[:-1], head]}
    runs = {
        name: _sgd(p, xb, yb, xbv, ybv, k_b, steps=FINE_STEPS, every=FINE_EVERY)
        for name, p in starts.items()
    }
    flat_start = {name: np.asarray(ravel_pytree(p)[0], np.float64) for name, p in starts.items()}
    unravel = ravel_pytree(starts["random"])[1]
    origin = flat_start["random"]
    u = flat_start["pretrained"] - origin
    v = np.asarray(runs["pretrained"][2][-1], np.float64) - flat_start["pretrained"]
    e1 = u / np.linalg.norm(u)
    v = v - (v @ e1) * e1
    e2 = v / np.linalg.norm(v)
    path = {
        name: (np.asarray(r[2], np.float64) - origin) @ np.stack([e1, e2], axis=1)
        for name, r in runs.items()
    }
    every = np.concatenate(list(path.values()))
    lo, hi = every.min(axis=0), every.max(axis=0)
    pad = 0.2 * (hi - lo)
    gx = np.linspace(lo[0] - pad[0], hi[0] + pad[0], SLICE_GRID)
    gy = np.linspace(lo[1] - pad[1], hi[1] + pad[1], SLICE_GRID)
    a, b = np.meshgrid(gx, gy)
    points = origin + a.reshape(-1, 1) * e1 + b.reshape(-1, 1) * e2
    xb_j, yb_j = jnp.asarray(xb), jnp.asarray(yb)
    losses = jax.jit(jax.vmap(lambda f: _loss(unravel(f), xb_j, yb_j)))(
        jnp.asarray(points, jnp.float32)
    )

    def accuracy_of(p, x, y):
        return float(_accuracy(p, jnp.asarray(x), jnp.asarray(y)))

    return FineTuning(
        n_examples=n_examples,
        steps=np.arange(FINE_STEPS // FINE_EVERY + 1) * FINE_EVERY,
        valid={name: np.asarray(r[1], np.float64) for name, r in runs.items()},
        accuracy={name: accuracy_of(r[0], xbt, ybt) for name, r in runs.items()},
        path=path,
        grid=gx,
        grid_y=gy,
        slice_loss=np.asarray(losses, np.float64).reshape(a.shape),
        pretrain_accuracy=accuracy_of(pre, xa_test, ya_test),
    )
