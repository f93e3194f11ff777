"""The convergence maps' sentences: where the closed-form theory's optimum lies on the map, in
cells, and damped Newton's divergence limit with what the map measured near ε = 1."""

from __future__ import annotations

import numpy as np

from ui.i18n import t


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
    rounding_steps=None,
    tol_text: str = "",
) -> str:
    """Damped Newton's map on a quadratic: its divergence limit ε = 2(1 + λ/μ_max) with this
    surface's μ_max, the factors 1 − εμᵢ/(μᵢ + λ) at λ = 0, ε = 1 (all 0: one step), and the
    grid's cell nearest that point with what it measured: `point_text(λ, ε)` writes a cell,
    `outcome_text(i, j)` what the run at dampings[i], lrs[j] did; `rounding_steps(i, j)`, when
    given, the steps that cell needs to settle within the tolerance `tol_text` (more than one
    at λ = 0, ε = 1 is float32 rounding, and the sentence says so)."""
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
    text += ("" if lang == "zh" else " ") + t(key, lang, cell=cell, outcome=outcome)
    if exact and rounding_steps is not None and rounding_steps(i, j) > 1:
        # one step in exact arithmetic; the map's 32-bit run leaves a rounding error after it
        text += ("" if lang == "zh" else " ") + t(
            "maps.newton.rounding", lang, tol=tol_text, steps=rounding_steps(i, j)
        )
    return text


def maps_counts(
    reached: int, diverged: int, total: int, steps: int, drawn_loss: np.ndarray | None, lang: str
) -> str:
    """How many cells the map's sentence about its best cell rests on: with the colouring by
    steps, how many of the `total` cells reach the tolerance, diverge, or do neither in
    `steps` steps; with the colouring by final loss (`drawn_loss`: the drawn log₁₀ values,
    NaN where diverged), how many cells tie at its lowest value, and that the best cell is
    chosen by steps there (an empty string when one cell is lowest or none reached)."""
    if drawn_loss is None:
        return t(
            "maps.counts",
            lang,
            reached=reached,
            total=total,
            diverged=diverged,
            unreached=total - reached - diverged,
            steps=steps,
        )
    finite = drawn_loss[np.isfinite(drawn_loss)]
    if not finite.size or not reached:
        return ""
    low = float(finite.min())
    ties = int(np.sum(finite == low))
    if ties < 2:
        return ""
    return t("maps.loss_ties", lang, ties=ties, floor=f"{10**low:.3g}")


def maps_no_minimum(left_at: np.ndarray, steps: int, bound: float, lang: str) -> str:
    """On a surface with no minimum: no tolerance to reach (a run's loss only passes the
    saddle's level on its way out), so each cell is coloured by the step its run left |x|, |y|
    ≤ `bound` (`left_at`, ≤ 0 where it stayed); how many left within `steps`, the first at
    which step, and how many stayed."""
    left = np.asarray(left_at) > 0
    first = int(np.min(np.asarray(left_at)[left])) if left.any() else 0
    key = "maps.notice.no_minimum" if left.any() else "maps.notice.no_minimum_stayed"
    return t(
        key,
        lang,
        bound=f"{bound:g}",
        total=int(left.size),
        left=int(left.sum()),
        stayed=int((~left).sum()),
        first=first,
        steps=int(steps),
    )


def loss_text(value: float) -> str:
    """A final loss as the cell line prints it."""
    return f"{float(value):.3g}"


def fastest_cell(
    steps_to_tol: np.ndarray, diverged: np.ndarray, final_loss: np.ndarray
) -> tuple[int, int] | None:
    """The map's best cell: the fewest steps to stay within the tolerance; among ties the
    lowest final loss as printed (`loss_text`: 0 and 1e-45 both print 0, float32's underflow
    is no lower loss); among those the first in the grid's order (smallest x, then y). With
    no cell reaching the tolerance, the lowest final loss; None if every cell diverged."""
    ok = ~np.asarray(diverged)
    if not ok.any():
        return None
    reached = ok & (np.asarray(steps_to_tol) >= 0)
    pool = reached if reached.any() else ok
    if reached.any():
        pool = reached & (steps_to_tol == steps_to_tol[reached].min())
    printed = np.full(pool.shape, np.inf)
    printed[pool] = [float(loss_text(v)) for v in np.asarray(final_loss)[pool]]
    i, j = np.unravel_index(np.argmin(printed), printed.shape)  # the first of the lowest
    return int(i), int(j)


def fastest_ties(
    steps_to_tol: np.ndarray,
    diverged: np.ndarray,
    final_loss: np.ndarray,
    best: tuple[int, int],
    symbols: tuple[str, str],
    lang: str,
) -> str:
    """What the fastest cell's line adds when other cells need as few steps: how many, and
    why this one is named: its final loss as printed is the lowest (`maps.best_among`), or
    all (`…_same`) or some (`…_some`) of them print the same lowest loss and it is the first
    of those in the grid's order (`symbols`: the x and y axes' symbols). With no cell within
    the tolerance (the best is the lowest final loss), how many print that same loss
    (`maps.lowest_among`). '' with no tie."""
    reached = int(steps_to_tol[best])
    loss = loss_text(final_loss[best])
    if reached < 0:  # no cell reached the tolerance: the best is the lowest final loss
        ok = ~np.asarray(diverged)
        n = sum(loss_text(v) == loss for v in np.asarray(final_loss)[ok])
        if n < 2:
            return ""
        return t("maps.lowest_among", lang, n=n, x=symbols[0], y=symbols[1])
    tied = ~np.asarray(diverged) & (np.asarray(steps_to_tol) == reached)
    n = int(tied.sum())
    if n < 2:
        return ""
    m = sum(loss_text(v) == loss for v in np.asarray(final_loss)[tied])
    if m == 1:
        return t("maps.best_among", lang, n=n, loss=loss)
    key = "maps.best_among_same" if m == n else "maps.best_among_some"
    return t(key, lang, n=n, m=m, loss=loss, x=symbols[0], y=symbols[1])


def earliest_ties(left_at: np.ndarray, best: tuple[int, int], symbols, lang: str) -> str:
    """What the first-to-leave cell's line adds when other cells leave at the same step: how
    many, and that the one named is the first of them in the grid's order. '' with no tie."""
    n = int(np.sum(np.asarray(left_at) == left_at[best]))
    if n < 2:
        return ""
    return t("maps.left_among", lang, n=n, x=symbols[0], y=symbols[1])
