"""Sentences that depend on the settings, computed from the result with its numbers (never
written for one setting and shown for all). Each returns the sentences and whether the
picture is a healthy one; tests hold every sentence against the numbers it came from."""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from models import batchnorm as bn
from models import digits, networks
from models import edge_of_stability as eos
from ui import readings
from ui.i18n import t

SEVERE = 10.0  # a spread that changes ×10 or more across 6 layers: exploding or vanishing
HEALTHY_BAND = 4.0  # both spreads within ×4 (and nothing saturated): a network that trains
SATURATED = 0.4  # share of the last layer's activations in a flat end


def number(x: float) -> str:
    """3 significant digits, the way the page's tables print them."""
    return "∞" if math.isinf(x) else f"{x:.3g}"


def factor(x: float) -> str:
    return "∞" if math.isinf(x) else (f"{x:.0f}" if x >= 10 else f"{x:.1f}")


def _trend(prefix: str, trend: networks.Trend, lang: str) -> str:
    return t(
        f"{prefix}.{trend.kind}",
        lang,
        start=number(trend.start),
        end=number(trend.end),
        factor=factor(trend.factor),
    )


def initialisation(
    stats: networks.LayerStats, act: str, init: str, lang: str
) -> tuple[list[str], bool]:
    """What the initialisation lesson's histograms show: the activations' spread from the first
    layer to the last, the gradient's from the last back to the first, saturation, symmetry."""
    acts, grads = networks.trends(stats)
    sentences = []
    symmetric = networks.verdict(stats, act, init) == "symmetric"
    if symmetric:
        sentences.append(t("init.verdict.symmetric", lang))
    else:
        sentences.append(_trend("init.claim.act", acts, lang))
    sentences.append(_trend("init.claim.grad", grads, lang))
    if not symmetric and acts.factor >= SEVERE:
        sentences.append(
            t(
                "init.claim.act.exploding" if acts.kind == "grows" else "init.claim.act.collapsing",
                lang,
            )
        )
    if grads.factor >= SEVERE:
        sentences.append(
            t(
                "init.claim.grad.exploding"
                if grads.kind == "grows"
                else "init.claim.grad.vanishing",
                lang,
            )
        )
    share = networks.saturated_share(stats, act)
    if share > SATURATED:
        sentences.append(t("init.claim.saturated", lang, share=f"{100 * share:.0f} %"))
    healthy = not symmetric and share <= SATURATED and max(acts.factor, grads.factor) < HEALTHY_BAND
    return sentences, healthy


NEAR = 0.01  # "close to" a marked critical point: within 1 % of the domain's width of it
SWING_STEADY = 0.01  # swings changing less than 1 % per step: a steady cycle


def _swing(dx: np.ndarray) -> float:
    """The swings' change per step over the last few steps: (|Δx_last| / |Δx_m back|)^(1/m)."""
    a = np.abs(dx[dx != 0]) if np.any(dx != 0) else np.abs(dx)
    m = min(4, len(a) - 1)
    if m < 1 or a[-1 - m] == 0:
        return 1.0
    return float((a[-1] / a[-1 - m]) ** (1.0 / m))


def descent_1d(traj, landscape, label: str, lang: str) -> str:
    """What one run of the 1-D lesson did, read from its drawn iterates (`ui.readings`):
    diverged (at which step); stopped (each of the last steps shorter than a stated share of
    the axis) and where, with f′ and f″ there; oscillating (how often it reversed, whether
    the swings shrink, grow or hold) and still moving; or still moving, and towards which
    marked critical point."""
    import optimizers  # the local analysis at the run's end

    if traj.diverged_at is not None:
        # when it became unstable, where it left the axis and the far bound (as the Playground)
        it = t("lr1d.it", lang)
        return (
            t("lr1d.fate.diverged", lang, lr=label, step=traj.diverged_at)
            + ("" if lang == "zh" else " ")
            + divergence(
                it, traj.points, traj.diverged_at, landscape.domain, landscape.far_bound, lang
            )
        ).replace("它 ", "它")  # the Playground's "SGD 从第…" keeps its space; "它从第…" none
    x = traj.points[:, 0].astype(float)
    steps = len(x) - 1
    dx = np.diff(x)
    signs = np.sign(dx[np.abs(dx) > 1e-9])
    flips = int(np.sum(signs[1:] != signs[:-1])) if signs.size > 1 else 0
    end = float(x[-1])
    local = optimizers.analyse(landscape.loss, (end,))
    g, h = float(local.gradient[0]), float(local.hessian[0, 0])
    ((lo, hi),) = landscape.domain
    tol = readings.stop_tolerance(landscape.domain)
    kinds = (
        [("minimum", c[0]) for c in landscape.minima]
        + [("flat", c[0]) for c in landscape.saddles]
        + [("maximum", c[0]) for c in landscape.maxima]
    )
    common = dict(lr=label, steps=steps, x=f"{end:.3g}", g=f"{g:.2g}", h=f"{h:.2g}")
    last = f"{abs(dx[-1]):.2g}" if steps else "0"
    if readings.stopped(x, readings.STOP_WINDOW, tol):
        near = [(kind, c) for kind, c in kinds if readings.close_to((end,), (c,), NEAR * (hi - lo))]
        stop = dict(window=readings.STOP_WINDOW, tol=f"{tol:.2g}", **common)
        if near:
            kind, c = min(near, key=lambda kc: abs(end - kc[1]))
            return t(
                "lr1d.fate.stopped_near",
                lang,
                c=f"{c:.3g}",
                dist=f"{abs(end - c):.2g}",
                kind=t(f"lr1d.kind.{kind}", lang),
                **stop,
            )
        if abs(g) < 1e-3:
            return t("lr1d.fate.stopped", lang, **stop)
        return t("lr1d.fate.crawls", lang, **stop)
    if steps >= 3 and flips >= max(3, steps // 3):
        r = _swing(dx)
        trend = "steady" if abs(r - 1) <= SWING_STEADY else ("growing" if r > 1 else "shrinking")
        return t(
            f"lr1d.fate.oscillates_{trend}",
            lang,
            flips=flips,
            rate=f"{r:.2f}",
            last=last,
            **common,
        )
    ahead = [
        (kind, c)
        for kind, c in kinds
        if steps and dx[-1] != 0 and np.sign(c - end) == np.sign(dx[-1]) and lo <= c <= hi
    ]
    text = t("lr1d.fate.moving", lang, x0=f"{x[0]:.3g}", last=last, **common)
    if ahead:
        kind, c = min(ahead, key=lambda kc: abs(end - kc[1]))
        text += ("" if lang == "zh" else " ") + t(
            "lr1d.fate.towards",
            lang,
            c=f"{c:.3g}",
            dist=f"{abs(end - c):.2g}",
            kind=t(f"lr1d.kind.{kind}", lang),
        )
    return text


def schedule_ranking(
    finals: dict[str, float], labels: dict[str, str], k: int, sigma: float, lang: str
) -> list[str]:
    """The schedules lesson's verdict: every chosen schedule's mean loss over the last `k`
    steps, lowest first, and whether decay beat the constant rate, from those numbers."""
    order = sorted(finals, key=finals.__getitem__)
    ranking = " < ".join(f"{labels[kind]} {finals[kind]:.3g}" for kind in order)
    sentences = [t("schedules.ranking", lang, k=k, sigma=f"{sigma:g}", ranking=ranking)]
    decays = [kind for kind in finals if kind != "constant"]
    if "constant" in finals and decays:
        below = [kind for kind in decays if finals[kind] < finals["constant"]]
        key = (
            "schedules.decay_wins"
            if len(below) == len(decays)
            else "schedules.constant_wins"
            if not below
            else "schedules.mixed"
        )
        sentences.append(t(key, lang))
    return sentences


def maps_theory(
    star: tuple[float, float] | None,
    xs: np.ndarray,
    ys: np.ndarray,
    logs: tuple[bool, bool],
    best: tuple[int, int] | None,
    point_text,
    lang: str,
) -> str:
    """Where the theory's optimum (ε*, α*) lies relative to the map's best cell, in cells,
    from the grid itself: on it (within one cell), that many cells away, or outside the map.
    `point_text(x, y)` writes a point in the axes' symbols. With no optimum (`star` None:
    Nesterov's theory here is its divergence limit only) it says the lines are the limits,
    that no star is drawn, and where the map's best cell is."""
    if star is None:
        text = t("maps.notice.theory_limits_only", lang)
        if best is None:
            return text + " " + t("maps.theory.no_best", lang)
        where = point_text(float(xs[best[0]]), float(ys[best[1]]))
        return text + " " + t("maps.theory.best_only", lang, best=where)
    text = t("maps.notice.theory", lang, star=point_text(*star))
    if best is None:
        return text + " " + t("maps.theory.no_best", lang)
    where = point_text(float(xs[best[0]]), float(ys[best[1]]))

    def position(values, v, log):
        f = np.log if log else np.asarray
        grid = f(np.asarray(values, dtype=np.float64))
        return float(np.interp(f(v), grid, np.arange(len(grid)), left=-1, right=len(grid)))

    fx, fy = position(xs, star[0], logs[0]), position(ys, star[1], logs[1])
    if not (0 <= fx <= len(xs) - 1 and 0 <= fy <= len(ys) - 1):
        return text + " " + t("maps.theory.outside", lang, best=where)
    cells = max(abs(round(fx) - best[0]), abs(round(fy) - best[1]))
    if cells <= 1:
        return text + " " + t("maps.theory.on_best", lang, best=where)
    return text + " " + t("maps.theory.off_best", lang, best=where, cells=cells)


def maps_newton(
    mu: np.ndarray,
    dampings: np.ndarray,
    lrs: np.ndarray,
    point_text,
    outcome_text,
    lang: str,
) -> str:
    """Damped Newton's map on a quadratic: its divergence limit ε = 2(1 + λ/μ_max) with this
    surface's μ_max, the factors 1 − εμᵢ/(μᵢ + λ) at λ = 0, ε = 1 (all 0: one step), and the
    grid's cell nearest that point with what it measured: `point_text(λ, ε)` writes a cell,
    `outcome_text(i, j)` what the run at dampings[i], lrs[j] did."""
    from optimizers import theory

    mu = np.asarray(mu, dtype=np.float64)
    coef = 2.0 / float(mu.max())
    slope = "λ" if abs(coef - 1.0) < 1e-9 else f"{coef:.3g}λ"
    factor = float(np.max(np.abs(theory.newton_factors(1.0, 0.0, mu))))
    text = t("maps.newton.one_step", lang, limit=f"2 + {slope}", factor=f"{factor:.3g}")
    i = int(np.argmin(np.abs(np.asarray(dampings, np.float64))))
    j = int(np.argmin(np.abs(np.log(np.asarray(lrs, np.float64)))))
    cell = point_text(float(dampings[i]), float(lrs[j]))
    outcome = outcome_text(i, j)
    exact = dampings[i] == 0 and np.isclose(lrs[j], 1.0, rtol=1e-9)
    key = "maps.newton.cell" if exact else "maps.newton.no_cell"
    return text + ("" if lang == "zh" else " ") + t(key, lang, cell=cell, outcome=outcome)


BROKEN_FACTOR = 2.0  # one map's basins this many times as broken up as the other's


def border_share(labels: np.ndarray) -> float:
    """The share of a start grid's cell borders (between horizontal and vertical neighbours)
    across which the two starts end in different places: 0 for one basin, near 1 for noise."""
    a = np.asarray(labels)
    across = np.concatenate([(a[1:, :] != a[:-1, :]).ravel(), (a[:, 1:] != a[:, :-1]).ravel()])
    return float(np.mean(across)) if across.size else 0.0


def basins_broken(labels: list[np.ndarray], names: list[str], lang: str) -> list[str]:
    """The basins view: how broken up each map's basins are, and which more so, measured."""
    shares = [border_share(lab) for lab in labels]
    out = [
        t("maps.basins.broken", lang, name=n, pct=f"{100 * s:.1f}")
        for n, s in zip(names, shares, strict=True)
    ]
    if len(shares) == 2:
        hi, lo = (0, 1) if shares[0] >= shares[1] else (1, 0)
        if shares[hi] > 0 and shares[hi] >= BROKEN_FACTOR * shares[lo]:
            ratio = shares[hi] / shares[lo] if shares[lo] > 0 else math.inf
            out.append(
                t("maps.basins.more_broken", lang, more=names[hi], less=names[lo],
                  factor=factor(ratio))
            )  # fmt: skip
        else:
            out.append(t("maps.basins.alike", lang))
    return out


SAME_SHARPNESS = 0.10  # sharpness within ±10 % counts as unchanged


def residual_sharpness(on: dict, off: dict, lang: str) -> str:
    """The network-landscape lesson: how residual connections change the sharpness at the
    end of training (and the final loss beside it), from the two trained networks."""
    a, b = float(on["sharpness"]), float(off["sharpness"])
    loss = t(
        "netland.claim.loss", lang, on=f"{on['losses'][-1]:.4f}", off=f"{off['losses'][-1]:.4f}"
    )
    if not (math.isfinite(a) and math.isfinite(b)) or min(a, b) <= 0:
        return t("netland.claim.unknown", lang, on=number(a), off=number(b)) + " " + loss
    if abs(a / b - 1) <= SAME_SHARPNESS:
        text = t(
            "netland.claim.same",
            lang,
            on=number(a),
            off=number(b),
            pct=f"{100 * abs(a / b - 1):.1f}",
            band=f"{100 * SAME_SHARPNESS:.0f}",
        )
    else:
        key = "netland.claim.flatter" if a < b else "netland.claim.sharper"
        text = t(key, lang, on=number(a), off=number(b), factor=factor(max(a, b) / min(a, b)))
    return text + " " + loss


EDGE_TOL = 0.1  # "within 10 % of 2/ε": the band the edge-of-stability sentences read


@dataclasses.dataclass(frozen=True)
class EdgeReading:
    """What one rate's drawn λ_max series and loss curve say, in the reading words
    (`ui.readings`) of its sentence; the band is ±EDGE_TOL around the limit 2(1+α)/ε.

    kind: "diverged"; "below" (no measurement reached the band); "past" (it went from below
    the band to above it with none inside); "stayed" (first within the band at `reached`,
    every later measurement in it); "ranged" (first within it at `reached`, not every later
    one in it). lo/hi: the least and largest measurement from `reached` on, over the limit;
    share: the share of those in the band; last: the last measurement; peak: the largest.
    """

    kind: str
    limit: float
    start: float
    reached: int | None  # index of the measurement (its step: runs.sharp_steps[reached])
    lo: float
    hi: float
    share: float
    last: float
    peak: float
    loss_from: float  # the loss at the step reached (else step 0) and at the last step
    loss_to: float
    rises: int  # steps after it at which the loss went up
    steps: int
    diverged_at: int | None


def edge_reading(runs, i: int) -> EdgeReading:
    """Run i's reading, from the series the figure draws (`runs.sharpness[i]`, `runs.losses[i]`)."""
    sharp, losses = np.asarray(runs.sharpness[i]), np.asarray(runs.losses[i])
    limit = runs.threshold(i)
    nan = math.nan
    diverged_at = eos.diverged_step(losses)
    if diverged_at is not None:
        return EdgeReading(
            "diverged", limit, float(sharp[0]), None, nan, nan, 0.0, nan, nan,
            float(losses[0]), nan, 0, 0, diverged_at,
        )  # fmt: skip
    reached = readings.first_within(sharp, limit, EDGE_TOL)
    kind = "stayed" if reached is not None else "below"
    if reached is None:
        above = np.flatnonzero(sharp > readings.band(limit, EDGE_TOL)[1])
        if above.size:
            kind, reached = "past", int(above[0])
    if reached is not None and kind != "past":
        kind = "stayed" if readings.stayed_within(sharp, limit, EDGE_TOL, reached) else "ranged"
    later = sharp[reached or 0 :] / limit
    first = int(runs.sharp_steps[reached]) if reached is not None else 0
    trace = losses[first:]
    return EdgeReading(
        kind=kind,
        limit=limit,
        start=float(sharp[0]),
        reached=reached,
        lo=float(later.min()),
        hi=float(later.max()),
        share=readings.share_within(sharp, limit, EDGE_TOL, reached or 0),
        last=float(sharp[-1]),
        peak=float(sharp.max()),
        loss_from=float(trace[0]),
        loss_to=float(trace[-1]),
        rises=int(np.sum(np.diff(trace) > 0)),
        steps=len(trace) - 1,
        diverged_at=None,
    )


def edge_of_stability(runs, lang: str) -> tuple[list[str], str]:
    """The edge-of-stability lesson: one sentence per rate (where λ_max went relative to
    2(1 + α)/ε, and what the loss did meanwhile), and one for the quadratic beside it, whose
    λ_max is the network's at step 0 and never moves. Each from the drawn series, in the
    reading words of `ui.readings`: "within 10 %" is the band ±EDGE_TOL, "stayed within" is
    every later measurement in it, "hovered around" at least half of them."""
    name = "2/ε" if runs.momentum == 0 else "2(1+α)/ε"
    pct = f"{100 * EDGE_TOL:.0f}"
    sentences, edge = [], []
    for i, lr in enumerate(runs.rates):
        r = edge_reading(runs, i)
        common = dict(
            lr=f"{lr:g}", limit_name=name, limit=number(r.limit), start=number(r.start), pct=pct
        )
        if r.kind == "diverged":
            sentences.append(t("eos.fate.diverged", lang, step=r.diverged_at, **common))
            continue
        last_step = int(runs.sharp_steps[-1])
        numbers = dict(
            step=int(runs.sharp_steps[r.reached]) if r.reached is not None else 0,
            last_step=last_step,
            now=f"{r.start / r.limit:.2f}",
            lo=f"{r.lo:.2f}",
            hi=f"{r.hi:.2f}",
            share=f"{100 * r.share:.0f}",
            last=number(r.last),
            ratio=f"{r.last / r.limit:.2f}",
            peak=f"{r.peak / r.limit:.2f}",
            steps=r.steps,
        )
        if r.kind == "below":
            text = t("eos.fate.below", lang, **common, **numbers)
        else:
            opening = "past" if r.kind == "past" else ("start" if r.reached == 0 else "reached")
            text = t(f"eos.fate.open.{opening}", lang, **common, **numbers)
            if r.kind == "stayed":
                text += t("eos.fate.stayed", lang, **common, **numbers)
            else:
                low, high = readings.band(r.limit, EDGE_TOL)
                where = "in" if low <= r.last <= high else ("below" if r.last < low else "above")
                mood = "hover" if r.share >= readings.HOVER_SHARE else "away"
                text += t(f"eos.fate.ranged.{mood}", lang, **common, **numbers)
                text += t(f"eos.fate.end.{where}", lang, **common, **numbers)
            hovered = r.kind == "stayed" or (r.kind == "ranged" and r.share >= readings.HOVER_SHARE)
            if hovered and r.loss_to < r.loss_from:
                edge.append(f"{lr:g}")
        loss = "up" if r.loss_to >= r.loss_from else ("bumpy" if r.rises else "every")
        text += " " + t(
            f"eos.loss.{loss}",
            lang,
            start=number(r.loss_from),
            end=number(r.loss_to),
            rises=r.rises,
            steps=r.steps,
        )
        sentences.append(text)
    curvature = float(runs.sharpness[0, 0])
    fine = [f"{lr:g}" for lr in runs.rates if eos.quadratic_stable(curvature, lr, runs.momentum)]
    wild = [f"{lr:g}" for lr in runs.rates if f"{lr:g}" not in fine]
    quad = [t("eos.quad.intro", lang, lam=number(curvature))]
    if fine:
        quad.append(t("eos.quad.converge", lang, rates=", ".join(fine)))
    if wild:
        quad.append(t("eos.quad.diverge", lang, rates=", ".join(wild)))
    quad.append(
        t("eos.quad.contrast", lang, rates=", ".join(edge), pct=pct)
        if edge
        else t("eos.quad.no_edge", lang, limit_name=name)
    )
    return sentences, " ".join(quad)


NOISE_SE = 3.0  # "to within the noise": every weight within 3 standard errors of the rule's


def feature_scaling(features, problems: dict, hits: dict, max_steps: int, lang: str):
    """The feature-scaling lesson's notice and data caption, from its three problems (one
    least-squares problem in three units, `datasets.scaled`) and the steps GD needed on each
    (`hits`, None beyond `max_steps`): the least loss and the start's loss they share, κ and
    the steps per panel, the weights least squares finds on the raw scale against the rule
    the data came from (within NOISE_SE standard errors or not), and each panel's minimum."""
    from models import datasets

    def plain(x: float, digits: str) -> str:
        return f"{x:,{digits}}".replace(",", " ")

    first = next(iter(problems.values()))
    per = ("；" if lang == "zh" else "; ").join(
        t(
            "scaling.per",
            lang,
            name=t(f"scaling.{how}", lang),
            kappa=plain(p.condition, ".1f"),
            steps=plain(hits[how], "d") if hits[how] is not None else f"> {plain(max_steps, 'd')}",
        )
        for how, p in problems.items()
    )
    notice = t(
        "scaling.notice",
        lang,
        lstar=f"{first.min_loss:.3g}",
        l0=f"{float(first.loss_np(np.zeros(2))):.3g}",
        per=per,
    )
    raw = problems["raw"]
    w, se = raw.minimum, datasets.standard_errors(raw)
    true = np.asarray(datasets.TRUE_WEIGHTS)
    within = bool(np.all(np.abs(w - true) <= NOISE_SE * se))
    minima = ", ".join(f"({p.minimum[0]:.3g}, {p.minimum[1]:.3g})" for p in problems.values())
    fit = t(
        "scaling.fit.within" if within else "scaling.fit.off",
        lang,
        w1=f"{w[0]:.3g}",
        w2=f"{w[1]:.3g}",
        se1=f"{se[0]:.2g}",
        se2=f"{se[1]:.2g}",
        k=f"{NOISE_SE:g}",
        minima=minima,
    )
    data = t(
        "scaling.data",
        lang,
        n=len(features),
        r_lo=f"{features[:, 0].min():.1f}",
        r_hi=f"{features[:, 0].max():.1f}",
        a_lo=f"{features[:, 1].min():.0f}",
        a_hi=f"{features[:, 1].max():.0f}",
        noise=f"{datasets.NOISE:g}",
    )
    return notice, data + " " + fit


def gradient_geometry(geom, tau: float, lang: str) -> list[str]:
    """What the point's directions and its linear model say (`optimizers.taylor.Geometry`):
    the directional derivatives as sampled, the radius where the model holds to τ, and the
    step ε∇L against both."""
    if geom.critical:
        return [t("geometry.critical", lang, norm=f"{geom.gradient_norm:.2g}")]
    values = geom.directional

    def at(angle: float) -> float:
        return float(values[round(angle) % len(values)])

    g = geom.gradient_norm
    sentences = [
        t(
            "geometry.directions",
            lang,
            top=number(float(values.max())),
            angle=f"{geom.steepest_angle:.0f}",
            grad_angle=f"{geom.gradient_angle:.1f}",
            norm=number(g),
            t1=f"{geom.tangent_angles[0]:.0f}",
            t2=f"{geom.tangent_angles[1]:.0f}",
            along=f"{max(abs(at(a)) for a in geom.tangent_angles):.2g}",
            bottom=number(float(values.min())),
        )
    ]
    radius = geom.trust_radius(tau)
    key = "geometry.radius_at_least" if geom.reaches_end(tau) else "geometry.radius"
    sentences.append(t(key, lang, radius=number(radius), tau=f"{tau:.0%}"))
    step = geom.step
    share = step.actual / step.predicted if step.predicted else float("nan")
    inside = step.length <= radius
    kind = "inside" if inside else ("outside_up" if step.actual > 0 else "outside")
    sentences.append(
        t(
            f"geometry.step_{kind}",
            lang,
            lr=f"{step.lr:g}",
            length=number(step.length),
            radius=number(radius),
            predicted=number(step.predicted),
            actual=number(step.actual),
            share=f"{share:.0%}",
            tau=f"{tau:.0%}",
        )
    )
    return sentences


def regularisation_network(runs, tables: dict, lang: str) -> list[str]:
    """Note 002's comparison on the digits network (`models.digits`), from the trained
    weights: how many weights each variant leaves small, whose norms are smallest, the test
    accuracies, early stopping on the unregularised run and dropout's train–validation gap."""
    none, l2, l1 = tables["none"], tables["l2"], tables["l1"]
    layers = len(none.norm1)
    l1_smallest = sum(l1.norm1[i] <= min(none.norm1[i], l2.norm1[i]) for i in range(layers))
    l2_smallest = sum(l2.norm2[i] <= min(none.norm2[i], l1.norm2[i]) for i in range(layers))
    sentences = [
        t(
            "regnet.small",
            lang,
            l1=l1.small,
            l2=l2.small,
            none=none.small,
            total=none.total,
        ),
        t("regnet.norms", lang, n1=l1_smallest, n2=l2_smallest, layers=layers),
        t(
            "regnet.tiny",
            lang,
            tiny=l1.tiny,
            small=l1.small,
            jitter=f"{digits.LR * runs.l1:.1e}",
        ),
        t(
            "regnet.accuracy",
            lang,
            **{k: f"{tables[k].accuracy:.3f}" for k in digits.KINDS},
        ),
    ]
    i = runs.index("none")
    best, best_loss = runs.best_step("none")
    end_valid, end_train = runs.valid_loss[i, -1], runs.train_loss[i, -1]
    k = int(np.searchsorted(runs.steps, best))
    if end_valid > best_loss and end_train < runs.train_loss[i, k]:
        sentences.append(
            t(
                "regnet.early_stop",
                lang,
                step=best,
                best=number(best_loss),
                end=int(runs.steps[-1]),
                end_valid=number(end_valid),
                train_then=number(runs.train_loss[i, k]),
                train_end=number(end_train),
            )
        )
    elif end_valid > best_loss:
        sentences.append(
            t(
                "regnet.early_stop_plain",
                lang,
                step=best,
                best=number(best_loss),
                end=int(runs.steps[-1]),
                end_valid=number(end_valid),
            )
        )
    else:
        sentences.append(t("regnet.no_early_stop", lang, end=int(runs.steps[-1])))
    d = runs.index("dropout")
    gap_none = runs.valid_loss[i, -1] - runs.train_loss[i, -1]
    gap_drop = runs.valid_loss[d, -1] - runs.train_loss[d, -1]
    sentences.append(
        t(
            "regnet.dropout_gap",
            lang,
            p=f"{runs.drop:g}",
            gap_none=number(gap_none),
            gap_drop=number(gap_drop),
            valid_none=number(runs.valid_loss[i, -1]),
            valid_drop=number(runs.valid_loss[d, -1]),
        )
    )
    return sentences


def fine_tuning(ft, lang: str) -> list[str]:
    """What pre-training did for task B (`models.digits.FineTuning`), with its numbers."""
    p, r = ft.valid["pretrained"], ft.valid["random"]
    sp, sr = int(np.argmin(p)), int(np.argmin(r))
    better = ft.accuracy["pretrained"] > ft.accuracy["random"]
    return [
        t(
            "pretrain.accuracy_better" if better else "pretrain.accuracy_not_better",
            lang,
            pre=f"{ft.pretrain_accuracy:.3f}",
            n=ft.n_examples,
            acc_p=f"{ft.accuracy['pretrained']:.3f}",
            acc_r=f"{ft.accuracy['random']:.3f}",
        ),
        t(
            "pretrain.curves",
            lang,
            v0p=number(p[0]),
            v0r=number(r[0]),
            minp=number(p[sp]),
            sp=int(ft.steps[sp]),
            minr=number(r[sr]),
            sr=int(ft.steps[sr]),
        ),
    ]


def batch_norm(stats: dict, training, probes, act: str, lang: str) -> dict[str, str]:
    """One sentence per view of the batch-normalisation lesson (`models.batchnorm`)."""
    plain, normed = bn.spreads(stats["plain"]), bn.spreads(stats["bn"])

    def band(s):
        return float(s.max() / max(s.min(), 1e-30))

    layers = t(
        "bn.layers",
        lang,
        p0=number(plain[0]),
        p1=number(plain[-1]),
        pband=factor(band(plain)),
        psat=f"{bn.saturated_share(stats['plain'][-1], act):.0%}",
        b0=number(normed[0]),
        b1=number(normed[-1]),
        bband=factor(band(normed)),
        bsat=f"{bn.saturated_share(stats['bn'][-1], act):.0%}",
    )
    none = t("bn.no_rate", lang)
    lp, lb = training.largest_rate("plain"), training.largest_rate("bn")
    rates = t(
        "bn.rates",
        lang,
        plain=none if lp is None else f"{lp:g}",
        bn=none if lb is None else f"{lb:g}",
        share=f"{bn.TRAINS:.0%}",
        steps=int(training.steps[-1]),
    )
    # the probes taken during training, up to the first that is not finite (a blow-up)
    rows = {"plain": probes.plain[1:], "bn": probes.bn[1:]}
    finite = {k: np.isfinite(r).all(axis=1) for k, r in rows.items()}
    both = finite["plain"] & finite["bn"]
    width_p = rows["plain"][both, 1] - rows["plain"][both, 0]
    width_b = rows["bn"][both, 1] - rows["bn"][both, 0]
    smooth = t(
        "bn.smoothness",
        lang,
        lr=f"{probes.lr:g}",
        beta_p=number(np.median(rows["plain"][finite["plain"], 4]))
        if finite["plain"].any()
        else "∞",
        beta_b=number(np.median(rows["bn"][finite["bn"], 4])) if finite["bn"].any() else "∞",
        narrower=int(np.sum(width_b < width_p)),
        n=int(both.sum()),
    )
    for which in ("plain", "bn"):
        if not finite[which].all():
            step = int(probes.steps[1:][np.argmin(finite[which])])
            smooth += " " + t("bn.diverged", lang, name=t(f"bn.{which}", lang), step=step)
    raw, centred, unit = training.preprocessing[:, -1]
    inputs = t(
        "bn.inputs",
        lang,
        steps=int(training.steps[-1]),
        lr=f"{bn.PREPROCESSING_LR:g}",
        **{
            name: number(value) if np.isfinite(value) else t("bn.blew_up", lang)
            for name, value in (("raw", raw), ("centred", centred), ("unit", unit))
        },
    )
    return {"layers": layers, "rates": rates, "smoothness": smooth, "inputs": inputs}


def quadratic_factor(eigenvalues, lr: float) -> tuple[float, float]:
    """Plain gradient descent on a quadratic: (λ, |1 − ελ|) for the eigenvalue whose factor is
    largest. Along that eigenvector the distance from the critical point is multiplied by
    (1 − ελ) every step, so it grows from step 1 when the factor exceeds 1."""
    lams = np.asarray(eigenvalues, dtype=np.float64)
    factors = np.abs(1.0 - lr * lams)
    i = int(np.argmax(factors))
    return float(lams[i]), float(factors[i])


def _length(x: float) -> str:
    """A step length as a student reads it: 3 significant digits, no exponent below 10⁶."""
    return f"{x:.0f}" if 1000 <= x < 1e6 else f"{x:.3g}"


def divergence(
    label: str,
    points: np.ndarray,
    diverged_at: int,
    domain,
    far_bound: float,
    lang: str,
    quadratic: tuple[float, np.ndarray] | None = None,
) -> str:
    """A diverged run, from its drawn points (up to the last finite one, `diverged_at` of
    them): when it became unstable and how fast its steps grew (`readings.became_unstable`),
    on a quadratic why (|1 − ελ| > 1, `quadratic` = (ε, the Hessian's eigenvalues), plain
    gradient descent only), where it left the picture and where the run stopped."""
    drawn = np.asarray(points)[:diverged_at]
    onset = readings.became_unstable(drawn)
    if onset is None:
        text = t("playground.diverged", lang, name=label, step=diverged_at)
        text += "。" if lang == "zh" else "."
    else:
        text = t(
            "playground.unstable",
            lang,
            name=label,
            step=onset.step,
            growth=f"{onset.growth:.2f}",
            first=_length(onset.first),
            last=_length(onset.last),
        )
    sep = "" if lang == "zh" else " "
    if quadratic is not None:
        lr, eigenvalues = quadratic
        lam, f = quadratic_factor(eigenvalues, lr)
        if f > 1:
            text += sep + t(
                "playground.unstable.quadratic",
                lang,
                lam=f"{lam:.3g}",
                lr=f"{lr:g}",
                factor=f"{f:.3g}",
            )
    left = readings.left_box(drawn, domain)
    bound = f"{far_bound:g}"
    if left is None:
        text += sep + t("playground.left_at_end", lang, step=diverged_at, bound=bound)
    else:
        text += sep + t("playground.left", lang, left=left, step=diverged_at, bound=bound)
    return text


# ---- critical points: the probe's Hessian and what each run did ----------------------------------
CURVED = 1e-6  # |λ| above this draws a coloured arrow (green up, red down); below, grey
SADDLE_NEAR = 0.02  # "came within" a marked saddle: 2 % of the domain's width
SADDLE_LEFT = 0.1  # "left it": later more than 10 % of the width away
MARK_NEAR = 0.05  # a run's end "close to" a marked point: within 5 % of the width


def _pt(p) -> str:
    return f"({float(p[0]):.3g}, {float(p[1]):.3g})"


def critical_probe(local, lang: str) -> str:
    """The probe's kind from its gradient and Hessian (`optimizers.analyse`), and what its
    arrows show: a red arrow only where an eigenvalue is negative."""
    lams = [float(v) for v in local.eigenvalues]
    common = dict(
        at=_pt(local.point),
        l1=f"{lams[0]:.3g}",
        l2=f"{lams[1]:.3g}",
        g=_pt(local.gradient),
        norm=f"{float(np.linalg.norm(local.gradient)):.2g}",
    )
    flat = local.kind == "degenerate" and max(abs(v) for v in lams) <= CURVED
    text = t(f"critical.probe.{'flat' if flat else local.kind}", lang, **common)
    negative = [v for v in lams if v < -CURVED]
    sep = "" if lang == "zh" else " "
    if negative:
        text += sep + t("critical.probe.red", lang, lam=f"{min(negative):.3g}")
    else:
        text += sep + t("critical.probe.no_red", lang)
    return text


def critical_run(label: str, points, diverged_at, landscape, lang: str) -> str:
    """What one run of the critical-points lesson did, read from its drawn points
    (`ui.readings`): diverged (`divergence`); came within reach of a marked saddle and left
    it (at what angle to its negative-curvature direction); and where it ended: stopped (and
    what the Hessian says there) or still moving (and near which marked point)."""
    import optimizers  # the local analysis where a run stopped

    if diverged_at is not None:
        return divergence(label, points, diverged_at, landscape.domain, landscape.far_bound, lang)
    drawn = np.asarray(points, dtype=np.float64)
    (xlo, xhi), (ylo, yhi) = landscape.domain
    width = max(xhi - xlo, yhi - ylo)
    end = drawn[-1]
    n = len(drawn) - 1
    sentences = []
    for saddle in landscape.saddles:
        s = np.asarray(saddle, dtype=np.float64)
        dist = np.linalg.norm(drawn - s, axis=1)
        k = int(np.argmin(dist))
        if dist[k] > SADDLE_NEAR * width or dist[-1] <= SADDLE_LEFT * width:
            continue
        out = k + int(np.argmax(dist[k:] > SADDLE_LEFT * width))
        common = dict(name=label, d=f"{dist[k]:.2g}", saddle=_pt(s), step=k, out=out)
        there = optimizers.analyse(landscape.loss, tuple(s))
        lam, vec = float(there.eigenvalues[0]), there.eigenvectors[:, 0]
        if lam < -CURVED:
            way = (drawn[out] - s) / np.linalg.norm(drawn[out] - s)
            angle = math.degrees(math.acos(min(1.0, abs(float(way @ vec)))))
            sentences.append(t("critical.run.escaped_along", lang, angle=f"{angle:.0f}", **common))
        else:
            sentences.append(t("critical.run.escaped", lang, **common))
    tol = readings.stop_tolerance(landscape.domain)
    if readings.stopped(drawn, readings.STOP_WINDOW, tol):
        local = optimizers.analyse(landscape.loss, tuple(end))
        kind = t(
            f"critical.at.{local.kind}",
            lang,
            norm=f"{float(np.linalg.norm(local.gradient)):.2g}",
        )
        sentences.append(
            t(
                "critical.run.stopped",
                lang,
                name=label,
                at=_pt(end),
                window=readings.STOP_WINDOW,
                tol=f"{tol:.2g}",
                kind=kind,
            )
        )
    else:
        last = float(np.linalg.norm(drawn[-1] - drawn[-2])) if n else 0.0
        text = t("critical.run.moving", lang, name=label, step=n, at=_pt(end), last=f"{last:.2g}")
        marks = [("minimum", m) for m in landscape.minima]
        marks += [("minimum", m) for curve in landscape.minimum_curves for m in curve]
        marks += [("saddle", m) for m in landscape.saddles]
        marks += [("maximum", m) for m in landscape.maxima]
        near = [
            (float(np.linalg.norm(end - np.asarray(m))), kind, m)
            for kind, m in marks
            if readings.close_to(end, m, MARK_NEAR * width)
        ]
        if near:
            d, kind, m = min(near, key=lambda item: item[0])
            text += t(
                "critical.run.near",
                lang,
                d=f"{d:.2g}",
                kind=t(f"critical.mark.{kind}", lang),
                mark=_pt(m),
            )
        sentences.append(text + ("。" if lang == "zh" else "."))
    return ("" if lang == "zh" else " ").join(sentences)
