"""The update rules, exactly as the notes write them (Goodfellow et al., Alg. 8.1–8.7).

Every optimizer is a small immutable record. Its `step(g, state, θ, hp)` returns the update
Δθ (so θ ← θ + Δθ), the new state and the effective per-coordinate step size; `update` is the
optax-like contract `(new_params, new_state)`. Hyper-parameters `hp` are a dict of (traced)
scalar arrays, never a closure, so a new learning rate reuses the compiled code.

Second-order rules (`curvature=True`: Newton, saddle-free Newton) also read the exact Hessian
H of the objective at the evaluation point: their step is `step(g, state, θ, hp, H)`, and the
runner computes H (`grad_and_hessian`) only for them. A rule with a line search
(`line_search=True`: L-BFGS) reads the objective itself: `step(g, state, θ, hp, objective=f)`.
`Optimizer.apply` calls every kind.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp

from optimizers.specs import (
    BETA1,
    BETA2,
    DAMPING,
    EPS,
    KAPPA,
    LINESEARCH,
    LR,
    MEMORY,
    MOMENTUM,
    PHI,
    RHO,
    WEIGHT_DECAY,
    HyperParam,
)

HParams = Mapping[str, jax.Array]
StepFn = Callable[[jax.Array, Any, jax.Array, HParams], tuple[jax.Array, Any, jax.Array]]


@dataclasses.dataclass(frozen=True)
class Optimizer:
    """An update rule with its hyper-parameter specs and its formula.

    Attributes:
      name: stable ASCII name (URLs, translation keys).
      init: params -> state (a NamedTuple named with the notes' symbols).
      step: (g, state, θ, hp) -> (Δθ, new_state, effective per-coordinate step size).
      hyperparams: the specs of the hyper-parameters it reads, with its own defaults.
      latex: the rule, with the notes' symbols.
      lookahead: (θ, state, hp) -> the point where the gradient is taken (Nesterov).
      source: where the rule comes from.
      in_notes: whether the lecture notes teach it.
      normalised: its step is about ε per coordinate whatever the gradient's size (adaptive
        rules, Lion), rather than ε times the gradient.
      curvature: its step reads the exact Hessian H of the objective at the evaluation point,
        as a fifth argument (a d × d matrix: for the app's 1-D and 2-D surfaces, not networks).
      line_search: its step reads the objective f (keyword `objective`) to search along its
        direction.
    """

    name: str
    init: Callable[[jax.Array], Any]
    step: StepFn
    hyperparams: tuple[HyperParam, ...]
    latex: str
    lookahead: Callable[[jax.Array, Any, HParams], jax.Array] | None = None
    source: str = ""
    in_notes: bool = True
    normalised: bool = False
    curvature: bool = False
    line_search: bool = False

    @property
    def costly(self) -> bool:
        """It needs more than the gradient (H, or f for a line search): a mixed batch runs it
        in a program of its own (see `runner._compiled_union`)."""
        return self.curvature or self.line_search

    @property
    def latex_lines(self) -> str:
        """The rule one statement per line (`gathered`), so it fits a narrow column."""
        parts = re.split(r";\\(?:quad|\s)\s*", self.latex)
        if len(parts) == 1:
            return self.latex
        return r"\begin{gathered} " + r" \\ ".join(parts) + r" \end{gathered}"

    @property
    def title_key(self) -> str:
        return f"optimizer.{self.name}.title"

    @property
    def hp_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.hyperparams)

    def spec(self, name: str) -> HyperParam:
        for spec in self.hyperparams:
            if spec.name == name:
                return spec
        raise ValueError(
            f"unknown hyper-parameter {name!r} for {self.name}; "
            f"expected one of: {', '.join(self.hp_names) or 'none'}"
        )

    def defaults(self) -> dict[str, float]:
        return {spec.name: spec.default for spec in self.hyperparams}

    def resolve(self, **hp: float) -> dict[str, float]:
        """Defaults overridden by `hp`; ValueError on an unknown name or a value out of range."""
        values = self.defaults()
        for name, value in hp.items():
            values[name] = self.spec(name).check(value)
        return values

    def apply(
        self,
        g: jax.Array,
        state: Any,
        params: jax.Array,
        hp: HParams,
        hessian: jax.Array | None = None,
        objective: Callable[[jax.Array], jax.Array] | None = None,
    ) -> tuple[jax.Array, Any, jax.Array]:
        """The step (Δθ, new state, effective step size), passing H to a second-order rule
        and the objective to a rule with a line search."""
        extra = {"objective": objective} if self.line_search else {}
        if self.curvature:
            return self.step(g, state, params, hp, hessian, **extra)
        return self.step(g, state, params, hp, **extra)

    def update(
        self,
        grads: jax.Array,
        state: Any,
        params: jax.Array,
        hp: HParams,
        hessian: jax.Array | None = None,
        objective: Callable[[jax.Array], jax.Array] | None = None,
    ) -> tuple[jax.Array, Any]:
        """optax-style contract: the new parameters and the new state (second-order rules
        also take the Hessian at `params`, L-BFGS the objective for its line search)."""
        delta, new_state, _ = self.apply(grads, state, params, hp, hessian, objective)
        return params + delta, new_state

    def eval_point(self, params: jax.Array, state: Any, hp: HParams) -> jax.Array:
        return params if self.lookahead is None else self.lookahead(params, state, hp)


def _zeros(params: jax.Array) -> jax.Array:
    return jnp.zeros_like(params)


def _scalar_zero(params: jax.Array) -> jax.Array:
    return jnp.zeros((), params.dtype)


def _bias_corrected(s, r, t, hp):
    return s / (1.0 - hp["beta1"] ** t), r / (1.0 - hp["beta2"] ** t)


# ---- SGD (Alg. 8.1) -------------------------------------------------------------------------
class SgdState(NamedTuple):
    pass


def _sgd_step(g, state, params, hp):
    lr = hp["lr"] * jnp.ones_like(params)
    return -lr * g, state, lr


# ---- Momentum (Alg. 8.2) --------------------------------------------------------------------
class MomentumState(NamedTuple):
    v: jax.Array  # velocity


def _momentum_step(g, state, params, hp):
    v = hp["momentum"] * state.v - hp["lr"] * g
    return v, MomentumState(v), hp["lr"] * jnp.ones_like(params)


# ---- Nesterov (Alg. 8.3): the gradient is taken at the look-ahead point θ + αv ----------------
def _nesterov_lookahead(params, state, hp):
    return params + hp["momentum"] * state.v


# ---- AdaGrad (Alg. 8.4) ---------------------------------------------------------------------
class AdagradState(NamedTuple):
    r: jax.Array  # accumulated squared gradient


def _adagrad_step(g, state, params, hp):
    r = state.r + g * g
    eff = hp["lr"] / (hp["eps"] + jnp.sqrt(r))
    return -eff * g, AdagradState(r), eff


# ---- RMSProp (Alg. 8.5) ---------------------------------------------------------------------
class RmspropState(NamedTuple):
    r: jax.Array  # decaying average of squared gradients


def _rmsprop_step(g, state, params, hp):
    r = hp["rho"] * state.r + (1.0 - hp["rho"]) * g * g
    eff = hp["lr"] / jnp.sqrt(hp["eps"] + r)
    return -eff * g, RmspropState(r), eff


# ---- Adam (Alg. 8.7) ------------------------------------------------------------------------
class AdamState(NamedTuple):
    t: jax.Array  # time step
    s: jax.Array  # biased first moment
    r: jax.Array  # biased second moment


def _adam_moments(g, state, hp):
    t = state.t + 1.0
    s = hp["beta1"] * state.s + (1.0 - hp["beta1"]) * g
    r = hp["beta2"] * state.r + (1.0 - hp["beta2"]) * g * g
    return t, s, r


def _adam_init(params):
    return AdamState(_scalar_zero(params), _zeros(params), _zeros(params))


def _adam_step(g, state, params, hp):
    t, s, r = _adam_moments(g, state, hp)
    s_hat, r_hat = _bias_corrected(s, r, t, hp)
    eff = hp["lr"] / (jnp.sqrt(r_hat) + hp["eps"])
    return -eff * s_hat, AdamState(t, s, r), eff


# ---- AdaDelta (note 002; Zeiler 2012): no learning rate ---------------------------------------
class AdadeltaState(NamedTuple):
    s: jax.Array  # decaying average of squared gradients
    r: jax.Array  # decaying average of squared updates


def _adadelta_step(g, state, params, hp):
    s = hp["rho"] * state.s + (1.0 - hp["rho"]) * g * g
    eff = jnp.sqrt((state.r + hp["eps"]) / (s + hp["eps"]))
    delta = eff * g
    r = hp["rho"] * state.r + (1.0 - hp["rho"]) * delta * delta
    return -delta, AdadeltaState(s, r), eff


# ---- Delta-bar-delta (note 000; Jacobs 1988) --------------------------------------------------
class DeltaBarDeltaState(NamedTuple):
    c: jax.Array  # per-parameter rate, as a multiple of ε (starts at 1)
    bar: jax.Array  # δ̄: exponential average of past partial derivatives


def _dbd_step(g, state, params, hp):
    agree = state.bar * g
    c = jnp.where(
        agree > 0, state.c + hp["kappa"], jnp.where(agree < 0, state.c * (1.0 - hp["phi"]), state.c)
    )
    eff = hp["lr"] * c
    bar = (1.0 - hp["rho"]) * g + hp["rho"] * state.bar
    return -eff * g, DeltaBarDeltaState(c, bar), eff


# ---- AdamW (Loshchilov & Hutter 2019): decoupled weight decay --------------------------------
def _adamw_step(g, state, params, hp):
    t, s, r = _adam_moments(g, state, hp)
    s_hat, r_hat = _bias_corrected(s, r, t, hp)
    eff = hp["lr"] / (jnp.sqrt(r_hat) + hp["eps"])
    delta = -eff * s_hat - hp["lr"] * hp["weight_decay"] * params
    return delta, AdamState(t, s, r), eff


# ---- NAdam (Dozat 2016, in the form optax and Keras use) --------------------------------------
def _nadam_step(g, state, params, hp):
    t, s, r = _adam_moments(g, state, hp)
    b1 = hp["beta1"]
    s_hat = b1 * s / (1.0 - b1 ** (t + 1.0)) + (1.0 - b1) * g / (1.0 - b1**t)
    r_hat = r / (1.0 - hp["beta2"] ** t)
    eff = hp["lr"] / (jnp.sqrt(r_hat) + hp["eps"])
    return -eff * s_hat, AdamState(t, s, r), eff


# ---- AMSGrad (Reddi, Kale & Kumar 2018): never let the second moment shrink -------------------
class AmsgradState(NamedTuple):
    t: jax.Array
    s: jax.Array
    r: jax.Array
    r_max: jax.Array  # running maximum of r̂


def _amsgrad_step(g, state, params, hp):
    t, s, r = _adam_moments(g, state, hp)
    s_hat, r_hat = _bias_corrected(s, r, t, hp)
    r_max = jnp.maximum(state.r_max, r_hat)
    eff = hp["lr"] / (jnp.sqrt(r_max) + hp["eps"])
    return -eff * s_hat, AmsgradState(t, s, r, r_max), eff


# ---- Lion (Chen et al. 2023): the sign of an interpolated momentum ----------------------------
class LionState(NamedTuple):
    m: jax.Array  # momentum


def _lion_step(g, state, params, hp):
    c = hp["beta1"] * state.m + (1.0 - hp["beta1"]) * g
    delta = -hp["lr"] * (jnp.sign(c) + hp["weight_decay"] * params)
    m = hp["beta2"] * state.m + (1.0 - hp["beta2"]) * g
    return delta, LionState(m), hp["lr"] * jnp.ones_like(params)


# ---- Newton and saddle-free Newton (Goodfellow 8.6.1; Dauphin et al. 2014) -------------------
def grad_and_hessian(objective: Callable[[jax.Array], jax.Array], p: jax.Array):
    """∇f(p) and the symmetric Hessian ∇²f(p) in one forward-over-reverse pass: d
    Hessian-vector products, whose primal is the gradient (computed once, p is unbatched)."""
    grad_fn = jax.grad(objective)
    eye = jnp.eye(p.shape[0], dtype=p.dtype)
    gs, rows = jax.vmap(lambda v: jax.jvp(grad_fn, (p,), (v,)))(eye)
    return gs[0], 0.5 * (rows + rows.T)


def eigh(h: jax.Array) -> tuple[jax.Array, jax.Array]:
    """Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix. In closed
    form for d ≤ 2, the app's surfaces: elementwise arithmetic that `vmap` lifts for free,
    where a LAPACK call per lane would cost every lane of a mixed batch."""
    d = h.shape[0]
    if d == 1:
        return h[0], jnp.ones((1, 1), h.dtype)
    if d > 2:
        return jnp.linalg.eigh(h)
    a, b, c = h[0, 0], 0.5 * (h[0, 1] + h[1, 0]), h[1, 1]
    mean, r = 0.5 * (a + c), jnp.sqrt((0.5 * (a - c)) ** 2 + b * b)
    # The eigenvalue of larger size from the mean, the other from the determinant: no
    # cancellation when one eigenvalue is tiny beside the other (a near-singular H).
    big = mean + jnp.where(mean >= 0, r, -r)
    small = jnp.where(big == 0, 0.0, (a * c - b * b) / jnp.where(big == 0, 1.0, big))
    lo, hi = jnp.minimum(big, small), jnp.maximum(big, small)
    phi = 0.5 * jnp.arctan2(2.0 * b, a - c)  # the direction of the larger eigenvalue
    cos, sin = jnp.cos(phi), jnp.sin(phi)
    return jnp.stack([lo, hi]), jnp.stack([jnp.stack([-sin, cos]), jnp.stack([cos, sin])], 1)


# numpy.linalg.pinv's cut-off: an eigenvalue of the solved matrix within this fraction of the
# largest counts as zero (float32).
SINGULAR_RTOL = 10 * 2 * float(jnp.finfo(jnp.float32).eps)


def _solve_by_eigen(g, mu, q, lr):
    """−ε M⁺g for M = Q diag(μ) Qᵀ, and diag(ε M⁺) as the effective step size. A singular M
    (an eigenvalue zero to float32 precision) is data, not an error: its pseudo-inverse moves
    nothing along that eigenvector (numpy's pinv convention), so a run onto a valley of
    minima, where H is singular and g = 0, stays there instead of computing 0/0."""
    cut = SINGULAR_RTOL * jnp.max(jnp.abs(mu))
    ok = jnp.abs(mu) > cut
    inv = jnp.where(ok, 1.0 / jnp.where(ok, mu, 1.0), 0.0)
    delta = -lr * (q @ (inv * (q.T @ g)))
    return delta, lr * ((q * q) @ inv)


class NewtonState(NamedTuple):
    pass  # H is recomputed at every point; the runner records it (`Trajectory.hessians`)


def _newton_step(g, state, params, hp, h):
    mu, q = eigh(h)
    delta, eff = _solve_by_eigen(g, mu + hp["damping"], q, hp["lr"])
    return delta, state, eff


def _saddle_free_step(g, state, params, hp, h):
    mu, q = eigh(h)
    delta, eff = _solve_by_eigen(g, jnp.abs(mu) + hp["damping"], q, hp["lr"])
    return delta, state, eff


# ---- L-BFGS (Nocedal & Wright Alg. 7.4; optax.lbfgs's conventions) ---------------------------
LBFGS_BUFFER = int(MEMORY.high)  # the fixed buffer; memory m ≤ this masks it, never reshapes
# optax.scale_by_backtracking_linesearch's defaults: η from min(1.5 η_prev, 1), × 0.8 until
# f(θ + ηu) ≤ f(θ) + 10⁻⁴ η ⟨u, g⟩, at most 15 cuts.
ARMIJO_C, BACKTRACK, GROW, MAX_BACKTRACKS = 1e-4, 0.8, 1.5, 15


class LbfgsState(NamedTuple):
    t: jax.Array  # steps taken
    theta: jax.Array  # θ at the last step
    g: jax.Array  # g at the last step
    s: jax.Array  # (buffer, d): past Δθ, newest first
    y: jax.Array  # (buffer, d): past Δg, newest first
    rho: jax.Array  # (buffer,): 1/(yᵀs), 0 where yᵀs = 0 (and for the empty first pair)
    eta: jax.Array  # the line search's step factor η (1 without it)


def _lbfgs_init(params):
    zeros = jnp.zeros((LBFGS_BUFFER, params.shape[0]), params.dtype)
    one = jnp.ones((), params.dtype)
    return LbfgsState(0.0 * one, _zeros(params), _zeros(params), zeros, zeros, zeros[:, 0], one)


def _two_loop(g, s, y, rho, gamma):
    """P g for the L-BFGS inverse-Hessian guess P: newest pair to oldest, γI, oldest to
    newest (pairs with ρ = 0, masked or empty, change nothing)."""

    def newest_first(q, i):
        a = rho[i] * jnp.vdot(s[i], q)
        return q - a * y[i], a

    idx = jnp.arange(rho.shape[0])
    q, alphas = jax.lax.scan(newest_first, g, idx)

    def oldest_first(r, i):
        b = rho[i] * jnp.vdot(y[i], r)
        return r + (alphas[i] - b) * s[i], None

    return jax.lax.scan(oldest_first, gamma * q, idx[::-1])[0]


def _backtrack(objective, params, u, g, eta0, on, cuts=MAX_BACKTRACKS):
    """optax.scale_by_backtracking_linesearch's η: the first of η₀, 0.8η₀, 0.8²η₀, … (at most
    `cuts` + 1 tries) meeting Armijo's f(θ + ηu) ≤ f(θ) + cη⟨u, g⟩, or the last tried; 0 if
    every try was not a number. Off: η = 1 without a single evaluation."""
    value, slope = objective(params), jnp.vdot(u, g)

    def error(eta):
        err = objective(params + eta * u) - value - eta * ARMIJO_C * slope
        return jnp.maximum(jnp.where(jnp.isnan(err), jnp.inf, err), 0.0)

    def keep_going(c):
        return on & ~(c[1] <= 0.0) & (c[2] <= cuts)

    def cut(c):
        eta, _, i = c
        eta = jnp.where(i > 0, BACKTRACK * eta, eta)
        return eta, error(eta), i + 1

    eta, err, _ = jax.lax.while_loop(keep_going, cut, (eta0, jnp.full_like(eta0, jnp.inf), 0))
    return jnp.where(on, jnp.where(jnp.isinf(err), 0.0, eta), jnp.ones_like(eta))


def _lbfgs_step(g, state, params, hp, *, objective):
    first = state.t == 0
    ds = jnp.where(first, 0.0, params - state.theta)
    dy = jnp.where(first, 0.0, g - state.g)
    sy = jnp.vdot(dy, ds)
    rho_new = jnp.where(first | (sy == 0), 0.0, 1.0 / jnp.where(sy == 0, 1.0, sy))
    s = jnp.concatenate([ds[None], state.s[:-1]])
    y = jnp.concatenate([dy[None], state.y[:-1]])
    rho = jnp.concatenate([rho_new[None], state.rho[:-1]])
    used = jnp.arange(LBFGS_BUFFER, dtype=params.dtype) < jnp.floor(hp["memory"])
    # γ: the newest pair's sᵀy/yᵀy; on the first step min(1, 1/‖g‖) (optax's choice: a first
    # step no longer than ε).
    yy = jnp.vdot(dy, dy)
    gamma = jnp.where(yy > 0, sy / jnp.where(yy > 0, yy, 1.0), 1.0)
    gamma = jnp.where(first, jnp.minimum(1.0, 1.0 / jnp.linalg.norm(g)), gamma)
    u = -hp["lr"] * _two_loop(g, s, y, jnp.where(used, rho, 0.0), gamma)
    # optax's first try: 1.5 × the last η, at most 1
    eta0 = jnp.minimum(GROW * state.eta, 1.0)
    eta = _backtrack(objective, params, u, g, eta0, hp["linesearch"] > 0.5)
    delta = eta * u
    gnorm = jnp.linalg.norm(g)
    eff = jnp.where(gnorm > 0, jnp.linalg.norm(delta) / jnp.where(gnorm > 0, gnorm, 1.0), 0.0)
    new_state = LbfgsState(state.t + 1.0, params, g, s, y, rho, eta)
    return delta, new_state, eff * jnp.ones_like(params)


# ---- Nonlinear conjugate gradients (Goodfellow 8.6.2; Polak–Ribière, restarted) --------------
# The search's first try is the minimum of the quadratic model along d; on a steep surface
# where the model fails it may be cut to 0.8⁶⁰ ≈ 10⁻⁶ of itself (L-BFGS keeps optax's 15 cuts,
# to stay equal to optax).
CG_CUTS = 60


class CgState(NamedTuple):
    t: jax.Array  # steps taken
    g: jax.Array  # the last gradient
    d: jax.Array  # the last direction
    alpha: jax.Array  # the last step along d, as a multiple of ε (1 without the line search)


def _cg_init(params):
    one = jnp.ones((), params.dtype)
    return CgState(0.0 * one, _zeros(params), _zeros(params), one)


def _along(objective, params, d, g):
    """−gᵀd / dᵀHd: the minimum of f's quadratic model along d (exact on a quadratic, where
    it makes CG converge in d steps), from one Hessian-vector product; 1 where the curvature
    along d is not positive (the model has no minimum there)."""
    _, hd = jax.jvp(jax.grad(objective), (params,), (d,))
    curv = jnp.vdot(d, hd)
    return jnp.where(curv > 0, -jnp.vdot(g, d) / jnp.where(curv > 0, curv, 1.0), 1.0)


def _cg_step(g, state, params, hp, *, objective):
    # Polak–Ribière β, never negative (PR+: a negative β restarts), and a restart (β = 0) on
    # the first step and every d steps, once d conjugate directions are spent.
    dim = params.shape[0]
    norm2 = jnp.vdot(state.g, state.g)
    beta = jnp.vdot(g, g - state.g) / jnp.where(norm2 > 0, norm2, 1.0)
    restart = (jnp.mod(state.t, dim) == 0) | (norm2 == 0)
    beta = jnp.where(restart, 0.0, jnp.maximum(beta, 0.0))
    d = -g + beta * state.d
    d = jnp.where(jnp.vdot(d, g) < 0, d, -g)  # not downhill: restart along −g
    on = hp["linesearch"] > 0.5
    # the search: from ε × the model's minimum along d, cut until Armijo holds
    alpha = jnp.where(on, _along(objective, params, d, g), 1.0)
    u = hp["lr"] * alpha * d
    alpha = alpha * _backtrack(objective, params, u, g, jnp.ones_like(alpha), on, CG_CUTS)
    delta = hp["lr"] * alpha * d
    eff = hp["lr"] * alpha * jnp.ones_like(params)
    return delta, CgState(state.t + 1.0, g, d, alpha), eff


_ADAM_HP = (LR.with_default(0.1), BETA1, BETA2, EPS)

OPTIMIZERS: dict[str, Optimizer] = {
    opt.name: opt
    for opt in (
        Optimizer(
            name="sgd",
            init=lambda params: SgdState(),
            step=_sgd_step,
            hyperparams=(LR,),
            latex=r"\theta \leftarrow \theta - \varepsilon\, g",
            source="000 Alg. 8.1",
        ),
        Optimizer(
            name="momentum",
            init=lambda params: MomentumState(_zeros(params)),
            step=_momentum_step,
            hyperparams=(LR.with_default(0.05), MOMENTUM),
            latex=r"v \leftarrow \alpha v - \varepsilon g;\quad \theta \leftarrow \theta + v",
            source="000 Alg. 8.2",
        ),
        Optimizer(
            name="nesterov",
            init=lambda params: MomentumState(_zeros(params)),
            step=_momentum_step,
            lookahead=_nesterov_lookahead,
            hyperparams=(LR.with_default(0.05), MOMENTUM),
            latex=(
                r"g \leftarrow \nabla L(\theta + \alpha v);\quad v \leftarrow \alpha v - \varepsilon g;"
                r"\quad \theta \leftarrow \theta + v"
            ),
            source="000 Alg. 8.3",
        ),
        Optimizer(
            name="adagrad",
            normalised=True,
            init=lambda params: AdagradState(_zeros(params)),
            step=_adagrad_step,
            hyperparams=(LR.with_default(0.5), EPS.with_default(1e-7)),
            latex=(
                r"r \leftarrow r + g \odot g;\quad "
                r"\theta \leftarrow \theta - \frac{\varepsilon}{\delta + \sqrt{r}} \odot g"
            ),
            source="000 Alg. 8.4",
        ),
        Optimizer(
            name="rmsprop",
            normalised=True,
            init=lambda params: RmspropState(_zeros(params)),
            step=_rmsprop_step,
            hyperparams=(LR.with_default(0.05), RHO, EPS.with_default(1e-6)),
            latex=(
                r"r \leftarrow \rho r + (1 - \rho)\, g \odot g;\quad "
                r"\theta \leftarrow \theta - \frac{\varepsilon}{\sqrt{\delta + r}} \odot g"
            ),
            source="000 Alg. 8.5",
        ),
        Optimizer(
            name="adam",
            normalised=True,
            init=_adam_init,
            step=_adam_step,
            hyperparams=_ADAM_HP,
            latex=(
                r"s \leftarrow \rho_1 s + (1-\rho_1) g;\ r \leftarrow \rho_2 r + (1-\rho_2)\, g \odot g;\ "
                r"\hat s = \frac{s}{1-\rho_1^t};\ \hat r = \frac{r}{1-\rho_2^t};\ "
                r"\theta \leftarrow \theta - \varepsilon \frac{\hat s}{\sqrt{\hat r} + \delta}"
            ),
            source="000 Alg. 8.7",
        ),
        Optimizer(
            name="adadelta",
            init=lambda params: AdadeltaState(_zeros(params), _zeros(params)),
            step=_adadelta_step,
            hyperparams=(RHO, EPS.with_default(1e-5)),
            latex=(
                r"s \leftarrow \rho s + (1-\rho)\, g \odot g;\ "
                r"\Delta\theta = \sqrt{\frac{r + \delta}{s + \delta}} \odot g;\ "
                r"\theta \leftarrow \theta - \Delta\theta;\ "
                r"r \leftarrow \rho r + (1-\rho)\, \Delta\theta \odot \Delta\theta"
            ),
            source="002",
        ),
        Optimizer(
            name="delta_bar_delta",
            init=lambda params: DeltaBarDeltaState(jnp.ones_like(params), _zeros(params)),
            step=_dbd_step,
            hyperparams=(LR.with_default(0.05), KAPPA, PHI, RHO.with_default(0.7)),
            latex=(
                r"\varepsilon_i \leftarrow \begin{cases} \varepsilon_i + \kappa\varepsilon & \bar\delta_i g_i > 0 \\ "
                r"(1-\phi)\,\varepsilon_i & \bar\delta_i g_i < 0 \end{cases};\ "
                r"\theta_i \leftarrow \theta_i - \varepsilon_i g_i;\ "
                r"\bar\delta_i \leftarrow (1-\rho)\, g_i + \rho\, \bar\delta_i"
            ),
            source="000",
        ),
        Optimizer(
            name="adamw",
            normalised=True,
            init=_adam_init,
            step=_adamw_step,
            hyperparams=(*_ADAM_HP, WEIGHT_DECAY),
            latex=(
                r"\hat s,\ \hat r\ (\mathrm{Adam});\ "
                r"\theta \leftarrow \theta - \varepsilon \left(\frac{\hat s}{\sqrt{\hat r} + \delta} "
                r"+ \lambda \theta\right)"
            ),
            source="Loshchilov & Hutter 2019",
            in_notes=False,
        ),
        Optimizer(
            name="nadam",
            normalised=True,
            init=_adam_init,
            step=_nadam_step,
            hyperparams=_ADAM_HP,
            latex=(
                r"s,\ r\ (\mathrm{Adam});\ "
                r"\hat s = \frac{\rho_1 s}{1-\rho_1^{t+1}} + \frac{(1-\rho_1) g}{1-\rho_1^{t}};\ "
                r"\theta \leftarrow \theta - \varepsilon \frac{\hat s}{\sqrt{\hat r} + \delta}"
            ),
            source="Dozat 2016",
            in_notes=False,
        ),
        Optimizer(
            name="amsgrad",
            normalised=True,
            init=lambda params: AmsgradState(
                _scalar_zero(params), _zeros(params), _zeros(params), _zeros(params)
            ),
            step=_amsgrad_step,
            hyperparams=_ADAM_HP,
            latex=(
                r"\hat s,\ \hat r\ (\mathrm{Adam});\ \hat r_{\max} \leftarrow \max(\hat r_{\max}, \hat r);\ "
                r"\theta \leftarrow \theta - \varepsilon \frac{\hat s}{\sqrt{\hat r_{\max}} + \delta}"
            ),
            source="Reddi et al. 2018",
            in_notes=False,
        ),
        Optimizer(
            name="lion",
            normalised=True,
            init=lambda params: LionState(_zeros(params)),
            step=_lion_step,
            hyperparams=(
                LR.with_default(0.02),
                BETA1,
                BETA2.with_default(0.99),
                WEIGHT_DECAY.with_default(0.0),
            ),
            latex=(
                r"c = \rho_1 m + (1-\rho_1) g;\ "
                r"\theta \leftarrow \theta - \varepsilon \left(\operatorname{sign}(c) + \lambda\theta\right);\ "
                r"m \leftarrow \rho_2 m + (1-\rho_2)\, g"
            ),
            source="Chen et al. 2023",
            in_notes=False,
        ),
        Optimizer(
            name="newton",
            curvature=True,
            init=lambda params: NewtonState(),
            step=_newton_step,
            hyperparams=(LR.with_default(1.0), DAMPING),
            latex=(
                r"H = \nabla^2 L(\theta);\quad M = H + \lambda I;\quad "
                r"\theta \leftarrow \theta - \varepsilon\, M^{-1} g"
            ),
            source="Goodfellow 8.6.1; Levenberg–Marquardt for λ > 0",
            in_notes=False,
        ),
        Optimizer(
            name="saddle_free_newton",
            curvature=True,
            init=lambda params: NewtonState(),
            step=_saddle_free_step,
            # λ = 0.1 by default: |H| has no negative eigenvalue to cancel, but a near-zero one
            # (a plateau, an inflection, the lines through a saddle) would still throw the step
            # far; 0.1 caps the step at 10 g per eigen-direction while staying small beside the
            # O(1) curvatures of the app's surfaces (the two-neuron saddle's are ±2).
            hyperparams=(LR.with_default(1.0), DAMPING.with_default(0.1)),
            latex=(
                r"H = Q \Lambda Q^\top;\quad |H| = Q |\Lambda| Q^\top;\quad "
                r"M = |H| + \lambda I;\quad \theta \leftarrow \theta - \varepsilon\, M^{-1} g"
            ),
            source="Dauphin et al. 2014",
            in_notes=False,
        ),
        Optimizer(
            name="lbfgs",
            line_search=True,
            init=_lbfgs_init,
            step=_lbfgs_step,
            hyperparams=(LR.with_default(1.0), MEMORY, LINESEARCH),
            latex=(
                r"s_k = \theta_k - \theta_{k-1};\ y_k = g_k - g_{k-1};\quad "
                r"P g \approx H^{-1} g\ (m\ \text{pairs});\quad "
                r"\gamma = \frac{s^\top y}{y^\top y};\quad "
                r"\theta \leftarrow \theta - \eta\, \varepsilon\, P g"
            ),
            source="Nocedal & Wright Alg. 7.4; optax.lbfgs",
            in_notes=False,
        ),
        Optimizer(
            name="nonlinear_cg",
            line_search=True,
            init=_cg_init,
            step=_cg_step,
            # ε = 1: the line search's first try is the model's minimum along d itself
            hyperparams=(LR.with_default(1.0), LINESEARCH.with_default(1.0)),
            latex=(
                r"y = g - g_{\text{prev}};\ "
                r"\beta = \max\left(0, \frac{g^\top y}{\|g_{\text{prev}}\|^2}\right);\quad "
                r"d \leftarrow -g + \beta d;\quad "
                r"\alpha \approx \arg\min_\alpha L(\theta + \alpha\varepsilon d);\quad "
                r"\theta \leftarrow \theta + \alpha\, \varepsilon\, d"
            ),
            source="Goodfellow 8.6.2; Polak–Ribière",
            in_notes=False,
        ),
    )
}

NOTE_OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adadelta")


def get(name: str) -> Optimizer:
    """The optimizer registered under `name`; ValueError naming the known ones otherwise."""
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; known: {', '.join(OPTIMIZERS)}") from None


def names() -> list[str]:
    return list(OPTIMIZERS)
