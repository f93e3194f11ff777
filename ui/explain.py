"""The step-by-step explainer's numbers: one update of a recorded trajectory, with the rule's
symbols replaced by the values it used. Pure: no Streamlit; `Trajectory` records in, LaTeX out.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from optimizers.runner import Trajectory
from ui import optimizer_ui

GRADIENT, MOMENTUM, UPDATE = "gradient", "momentum", "update"


@dataclasses.dataclass(frozen=True)
class Step:
    """Update k of a trajectory: θ_k → θ_{k+1}.

    Attributes:
      k: the step index (0-based: the first update is k = 0).
      theta, next_theta: the point before and after.
      grad: the gradient the rule used (at the look-ahead point for Nesterov).
      update: Δθ = θ_{k+1} − θ_k.
      eff: the effective per-coordinate step size.
      lr: the scheduled ε_k.
      before, after: the optimizer's state before and after the update, by field.
      hp: the hyper-parameters.
      hessian: the Hessian a second-order rule solved with at θ_k (None for other rules).
    """

    k: int
    theta: np.ndarray
    next_theta: np.ndarray
    grad: np.ndarray
    update: np.ndarray
    eff: np.ndarray
    lr: float
    before: dict[str, np.ndarray]
    after: dict[str, np.ndarray]
    hp: dict[str, float]
    hessian: np.ndarray | None = None


def last_step(traj: Trajectory) -> int:
    """The last step index that has a finite update (before any divergence)."""
    n = traj.steps if traj.diverged_at is None else traj.diverged_at - 1
    return max(n - 1, 0)


def step(traj: Trajectory, k: int) -> Step:
    k = int(np.clip(k, 0, last_step(traj)))
    after = {f: np.asarray(v[k], np.float64) for f, v in traj.states.items()}
    before = {
        f: np.asarray(v[k - 1], np.float64) if k > 0 else np.zeros_like(after[f])
        for f, v in traj.states.items()
    }
    if "c" in before and k == 0:
        before["c"] = np.ones_like(after["c"])  # delta-bar-delta's rates start at 1·ε
    return Step(
        k=k,
        theta=np.asarray(traj.points[k], np.float64),
        next_theta=np.asarray(traj.points[k + 1], np.float64),
        grad=np.asarray(traj.grads[k], np.float64),
        update=np.asarray(traj.updates[k], np.float64),
        eff=np.asarray(traj.effective_lr[k], np.float64),
        lr=float(traj.lrs[k]),
        before=before,
        after=after,
        hp=dict(traj.hyperparams),
        hessian=None if traj.hessians is None else np.asarray(traj.hessians[k], np.float64),
    )


def arrows(name: str, s: Step) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(role, tail, head) arrows at θ_k: the plain gradient step −ε g, the momentum carry αv
    (momentum, Nesterov), and the update actually taken."""
    out = []
    if "lr" in s.hp:
        out.append((GRADIENT, s.theta, s.theta - s.lr * s.grad))
    if optimizer_ui.get(name).momentum_arrow:
        out.append((MOMENTUM, s.theta, s.theta + s.hp["momentum"] * s.before["v"]))
    out.append((UPDATE, s.theta, s.next_theta))
    return out


def vec(v: np.ndarray | float) -> str:
    """A vector (or number) as LaTeX with 4 significant digits."""
    values = np.atleast_1d(np.asarray(v, np.float64))
    parts = [_num(x) for x in values]
    return parts[0] if len(parts) == 1 else r"\left(" + r",\ ".join(parts) + r"\right)"


def _num(x: float) -> str:
    if x == 0:
        return "0"
    text = f"{x:.4g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return rf"{mantissa}\cdot 10^{{{int(exponent)}}}"
    return text


def mat(m: np.ndarray) -> str:
    """A matrix as a LaTeX pmatrix with 4 significant digits."""
    rows = np.atleast_2d(np.asarray(m, np.float64))
    body = r" \\ ".join(" & ".join(_num(x) for x in row) for row in rows)
    return rf"\begin{{pmatrix}} {body} \end{{pmatrix}}"


def curvature_kind(mu: np.ndarray) -> str:
    """'singular', 'indefinite', 'negative definite' or 'positive definite', from the
    eigenvalues of H (zero to float32 precision, as the rule's pseudo-inverse counts it)."""
    from optimizers.rules import SINGULAR_RTOL

    scale = float(np.max(np.abs(mu))) if np.size(mu) else 0.0
    if np.any(np.abs(mu) <= SINGULAR_RTOL * scale):
        return "singular"
    if np.min(mu) < 0 < np.max(mu):
        return "indefinite"
    return "negative definite" if np.max(mu) < 0 else "positive definite"


# What the eigenvalues say, in symbols (the same in both languages).
_KIND_LATEX = {
    "singular": r"\det H = 0",
    "indefinite": r"\mu_{\min} < 0 < \mu_{\max}",
    "negative definite": r"H \prec 0",
    "positive definite": r"H \succ 0",
}


def _newton_lines(s: Step, saddle_free: bool) -> list[str]:
    """H, its eigenvalues, the matrix solved and the solved step, with numbers."""
    h = s.hessian if s.hessian is not None else np.zeros((s.theta.size,) * 2)
    mu, q = np.linalg.eigh(h)
    lam = s.hp["damping"]
    lines = [
        rf"H = \nabla^2 L = {mat(h)}",
        rf"\mu(H) = {vec(mu)},\quad {_KIND_LATEX[curvature_kind(mu)]}",
    ]
    if saddle_free:
        lines.append(rf"|H| = Q |\Lambda| Q^\top = {mat(q @ np.diag(np.abs(mu)) @ q.T)}")
        solved, name = q @ np.diag(np.abs(mu) + lam) @ q.T, r"|H| + \lambda I"
    else:
        solved, name = h + lam * np.eye(h.shape[0]), r"H + \lambda I"
    lines += [
        rf"{name} = {mat(solved)}",
        rf"\Delta\theta = -\varepsilon\, ({name})^{{-1}} g = -{_num(s.lr)}\,"
        rf"{mat(solved)}^{{-1}} g = {vec(s.update)}",  # g's numbers: a row above
    ]
    return lines


def _cg_lines(s: Step) -> list[str]:
    """β (0 at a restart), the new direction d, the line search's α and the step."""
    a = s.after
    d_prev = s.before["d"]
    beta_d = s.grad + a["d"]  # d = −g + βd_prev
    norm = float(np.dot(d_prev, d_prev))
    beta = float(np.dot(beta_d, d_prev) / norm) if norm > 0 else 0.0
    lines = [
        rf"\beta = {_num(beta)}",
        rf"d \leftarrow -g + \beta d = {vec(a['d'])}",
    ]
    if s.hp.get("linesearch", 0.0) > 0.5:
        lines.append(rf"\alpha = {_num(float(a['alpha']))}")
    lines.append(
        rf"\Delta\theta = \alpha\, \varepsilon\, d = {_num(float(a['alpha']))} \cdot "
        rf"{_num(s.lr)}\, {vec(a['d'])} = {vec(s.update)}"
    )
    return lines


def _lbfgs_lines(s: Step) -> list[str]:
    """The newest pair, how many pairs the step used, γ, the line search's η and the step."""
    a, hp = s.after, s.hp
    m = int(np.floor(hp["memory"]))
    pairs = int(min(m, np.count_nonzero(a["rho"])))
    lines = []
    if s.k > 0:
        lines.append(
            rf"s = \theta_k - \theta_{{k-1}} = {vec(a['s'][0])},\quad "
            rf"y = g_k - g_{{k-1}} = {vec(a['y'][0])},\quad "
            rf"\rho = \frac{{1}}{{y^\top s}} = {_num(float(a['rho'][0]))}"
        )
    lines.append(rf"m = {m},\quad \text{{pairs}} = {pairs}")
    lines.append(rf"\Delta\theta = -\eta\,\varepsilon\, P g,\quad \varepsilon = {_num(s.lr)}")
    if hp.get("linesearch", 0.0) > 0.5:
        lines.append(rf"\eta = {_num(float(a['eta']))}")
    lines.append(rf"\Delta\theta = {vec(s.update)}")
    return lines


def latex(name: str, s: Step) -> list[str]:
    """The rule of `name` at step k with the numbers it used, one line per statement."""
    g, hp, b, a = s.grad, s.hp, s.before, s.after
    kind = optimizer_ui.get(name).explainer
    eps = _num(s.lr)
    theta = rf"\theta = {vec(s.theta)}"
    grad = rf"g = \nabla L = {vec(g)}"
    move = rf"\theta \leftarrow \theta + \Delta\theta = {vec(s.next_theta)}"
    if kind == "sgd":
        return [
            theta,
            grad,
            rf"\theta \leftarrow \theta - \varepsilon g = {vec(s.theta)} - {eps}\,{vec(g)} = "
            + vec(s.next_theta),
        ]
    if kind in ("momentum", "nesterov"):
        alpha = _num(hp["momentum"])
        lines = [theta]
        if kind == "nesterov":
            look = s.theta + hp["momentum"] * b["v"]
            lines.append(rf"\tilde\theta = \theta + \alpha v = {vec(look)}")
            lines.append(rf"g = \nabla L(\tilde\theta) = {vec(g)}")
        else:
            lines.append(grad)
        lines += [
            rf"v \leftarrow \alpha v - \varepsilon g = {alpha}\,{vec(b['v'])} - {eps}\,{vec(g)} = "
            + vec(a["v"]),
            rf"\theta \leftarrow \theta + v = {vec(s.next_theta)}",
        ]
        return lines
    if kind == "adagrad":
        return [
            theta,
            grad,
            rf"r \leftarrow r + g \odot g = {vec(b['r'])} + {vec(g * g)} = {vec(a['r'])}",
            rf"\frac{{\varepsilon}}{{\delta + \sqrt{{r}}}} = {vec(s.eff)}",
            rf"\Delta\theta = -\frac{{\varepsilon}}{{\delta + \sqrt{{r}}}} \odot g = {vec(s.update)}",
            move,
        ]
    if kind == "rmsprop":
        rho = _num(hp["rho"])
        return [
            theta,
            grad,
            rf"r \leftarrow \rho r + (1-\rho)\, g \odot g = {rho}\,{vec(b['r'])} + "
            rf"{_num(1 - hp['rho'])}\,{vec(g * g)} = {vec(a['r'])}",
            rf"\frac{{\varepsilon}}{{\sqrt{{\delta + r}}}} = {vec(s.eff)}",
            rf"\Delta\theta = -\frac{{\varepsilon}}{{\sqrt{{\delta + r}}}} \odot g = {vec(s.update)}",
            move,
        ]
    if kind == "adam":
        t = round(float(a["t"]))
        rho1, rho2 = hp["beta1"], hp["beta2"]
        s_hat = a["s"] / (1 - rho1**t)
        r_hat = a["r"] / (1 - rho2**t)
        return [
            theta,
            grad,
            rf"t = {t}",
            rf"s \leftarrow \rho_1 s + (1-\rho_1) g = {_num(rho1)}\,{vec(b['s'])} + "
            rf"{_num(1 - rho1)}\,{vec(g)} = {vec(a['s'])}",
            rf"r \leftarrow \rho_2 r + (1-\rho_2)\, g \odot g = {vec(a['r'])}",
            rf"\hat s = \frac{{s}}{{1-\rho_1^{{t}}}} = {vec(s_hat)},\quad "
            rf"\hat r = \frac{{r}}{{1-\rho_2^{{t}}}} = {vec(r_hat)}",
            rf"\frac{{\varepsilon}}{{\sqrt{{\hat r}} + \delta}} = {vec(s.eff)}",
            rf"\Delta\theta = {vec(s.update)}",
            move,
        ]
    if kind == "adadelta":
        rho = _num(hp["rho"])
        return [
            theta,
            grad,
            rf"s \leftarrow \rho s + (1-\rho)\, g \odot g = {vec(a['s'])}",
            rf"\sqrt{{\frac{{r + \delta}}{{s + \delta}}}} = {vec(s.eff)}",
            r"\Delta\theta = -\sqrt{\frac{r + \delta}{s + \delta}} \odot g = " + vec(s.update),
            rf"r \leftarrow {rho}\, r + (1-\rho)\, \Delta\theta \odot \Delta\theta = {vec(a['r'])}",
            move,
        ]
    if kind == "cg":
        return [theta, grad, *_cg_lines(s), move]
    if kind == "lbfgs":
        return [theta, grad, *_lbfgs_lines(s), move]
    if kind in ("newton", "saddle_free"):
        return [theta, grad, *_newton_lines(s, kind == "saddle_free"), move]
    # Other rules: the numbers without the substituted formula.
    return [theta, grad, rf"\Delta\theta = {vec(s.update)}", move]


def _top_level_split(text: str, sep: str) -> list[str]:
    """`text` cut at each `sep` outside braces."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        depth += (c == "{") - (c == "}")
        if depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i = start = i + len(sep)
            continue
        i += 1
    return [*parts, text[start:]]


def display(lines: list[str]) -> str:
    """The lines as one LaTeX block narrow enough for a column at 1024 px in projector type:
    one quantity a block (a line's `,\\quad` parts apart), each `a = b = c` as an aligned
    chain `a &= b \\\\ &= c` (a long `a`, such as `v \\leftarrow αv − εg`, on a row of its
    own), the blocks centred under one another."""
    blocks = []
    for line in lines:
        for part in _top_level_split(line, r",\quad "):
            first, *rest = _top_level_split(part.strip(), " = ")
            if not rest:
                blocks.append(first)
                continue
            if r"\leftarrow" in first or len(first) > 24:  # a long left side: a row of its own
                rows = [f"&{first}", *(rf"&\quad= {r}" for r in rest)]
            else:
                rows = [f"{first} &= {rest[0]}", *(f"&= {r}" for r in rest[1:])]
            blocks.append(r"\begin{aligned}" + r" \\ ".join(rows) + r"\end{aligned}")
    return r"\begin{gathered}" + r" \\[0.3em] ".join(blocks) + r"\end{gathered}"


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(k: int) -> str:
    """An index as plain text writes it under its letter: θ + subscript(12) reads θ₁₂ (in a
    caption "θ_12" showed its underscore)."""
    return str(k).translate(_SUBSCRIPT)


def plain(v: np.ndarray | float) -> str:
    """A vector (or number) as plain text, 4 significant digits."""
    values = [f"{x:.4g}" for x in np.atleast_1d(np.asarray(v, np.float64))]
    return values[0] if len(values) == 1 else "(" + ", ".join(values) + ")"


def state_rows(s: Step) -> list[tuple[str, str, str]]:
    """(field, before, after) for the state table. A buffer of vectors (L-BFGS's s, y) shows
    its newest row, as `s[0]`."""
    rows = []
    for f in s.after:
        before, after = s.before[f], s.after[f]
        if np.ndim(after) >= 2:
            f, before, after = f"{f}[0]", before[0], after[0]
        rows.append((f, plain(before), plain(after)))
    return rows


def zoom_box(
    s: Step, drawn: list[tuple[str, np.ndarray, np.ndarray]], domain, margin: float = 1.6
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Axis ranges around θ_k that fit every arrow (at least 4% of the domain, square in
    data units relative to the domain's aspect), clipped to the domain."""
    heads = np.array([head for _, _, head in drawn] + [s.theta])
    spans = [hi - lo for lo, hi in domain]
    reach = np.max(np.abs(heads - s.theta) / np.asarray(spans)) * margin
    half = max(float(reach), 0.04)
    box = []
    for centre, (lo, hi), span in zip(s.theta, domain, spans, strict=True):
        a, b = centre - half * span, centre + half * span
        if a < lo:
            a, b = lo, min(hi, lo + 2 * half * span)
        if b > hi:
            a, b = max(lo, hi - 2 * half * span), hi
        box.append((float(a), float(b)))
    return box[0], box[1]
