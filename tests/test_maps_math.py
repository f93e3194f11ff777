"""Convergence-map math: closed-form theory, start sweeps, chunked progress, basins."""

import math

import numpy as np
import pytest

import landscapes
import optimizers
from optimizers import basins, sweeps, theory
from ui import maps

BOWL = landscapes.get("bowl")
LAM_MIN, LAM_MAX = 0.2, 2.0


def test_heavy_ball_optimum_on_the_bowl_is_the_issues_pair():
    eps, alpha = theory.heavy_ball_optimum(LAM_MIN, LAM_MAX)
    assert eps == pytest.approx(1.1545, abs=1e-4)
    assert alpha == pytest.approx(0.2699, abs=1e-4)
    # the optimum's rate √α* equals (√κ − 1)/(√κ + 1), the best any (ε, α) reaches
    kappa = LAM_MAX / LAM_MIN
    assert math.sqrt(alpha) == pytest.approx((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1))


def test_limits_in_closed_form():
    assert theory.gd_limit(LAM_MAX) == 1.0
    np.testing.assert_allclose(theory.heavy_ball_limit([0.0, 0.5, 0.9], LAM_MAX), [1.0, 1.5, 1.9])
    np.testing.assert_allclose(theory.nesterov_limit([0.0, 0.5], LAM_MAX), [1.0, 1.5 / 2.0])


@pytest.mark.parametrize("name", ["momentum", "nesterov"])
@pytest.mark.parametrize("alpha", [0.0, 0.3, 0.6])
def test_the_measured_edge_of_divergence_is_the_theory_line(name, alpha):
    limit = float(
        (theory.heavy_ball_limit if name == "momentum" else theory.nesterov_limit)(alpha, LAM_MAX)
    )
    lrs = [0.97 * limit, 1.03 * limit]
    res = optimizers.sweep(
        name, BOWL.loss, (-7.0, 2.0), 500, {"lr": lrs, "momentum": [alpha]}, bound=BOWL.far_bound
    )
    assert list(res.diverged[:, 0]) == [False, True]


def test_quadratic_landscapes_have_one_hessian_everywhere():
    for name in landscapes.names():
        ls = landscapes.get(name)
        if not ls.quadratic:
            continue
        grids = [np.linspace(lo, hi, 5) + 0.013 for lo, hi in ls.domain]
        points = np.stack([g.ravel() for g in np.meshgrid(*grids)], axis=1)
        first = optimizers.hessian(ls.loss, points[0])
        for p in points[1:]:
            np.testing.assert_allclose(optimizers.hessian(ls.loss, p), first, atol=1e-5)
    np.testing.assert_allclose(theory.quadratic_eigenvalues(BOWL.loss, (1.0, 1.0)), [0.2, 2.0])
    assert theory.quadratic_eigenvalues(landscapes.get("saddle").loss, (0.0, 0.0)) is None


def test_theory_overlay_only_where_it_holds():
    th = maps.theory_for("bowl", "momentum", ("lr", "momentum"), [0.0, 0.9])
    assert (th.lam_min, th.lam_max) == pytest.approx((0.2, 2.0))
    (x, y, _), (gx, _, _) = th.curves
    np.testing.assert_allclose(x, 2 * (1 + y) / 2.0)
    np.testing.assert_allclose(gx, 1.0)
    assert th.points[0][:2] == pytest.approx((1.1545, 0.2699), abs=1e-4)
    swapped = maps.theory_for("bowl", "momentum", ("momentum", "lr"), [0.0, 0.9])
    assert swapped.points[0][:2] == pytest.approx((0.2699, 1.1545), abs=1e-4)
    assert maps.theory_for("rosenbrock", "momentum", ("lr", "momentum"), [0, 0.9]) is None
    assert maps.theory_for("saddle", "momentum", ("lr", "momentum"), [0, 0.9]) is None
    assert maps.theory_for("bowl", "adam", ("lr", "beta1"), [0, 0.9]) is None


def test_the_pages_default_map_puts_its_fastest_cell_on_the_optimum():
    xs = maps.axis_values(optimizers.SPECS["lr"], 0.001, 4.0, 128)
    ys = maps.axis_values(optimizers.SPECS["momentum"], 0.0, 0.999, 128)
    res = optimizers.sweep(
        "momentum",
        BOWL.loss,
        (-7.0, 2.0),
        300,
        {"lr": xs, "momentum": ys},
        tol=10.0 ** maps.default_tol_exponent("bowl"),
        bound=BOWL.far_bound,
    )
    i, j = maps.best_cell(res)
    # within one cell of (ε*, α*): ε cells are 6.7 % apart, α cells 0.0079
    assert xs[i] == pytest.approx(1.1545, rel=0.07)
    assert ys[j] == pytest.approx(0.2699, abs=0.0079 * 1.5)


def test_axis_values_are_what_a_link_carries():
    lr = maps.axis_values(optimizers.SPECS["lr"], 0.001, 4.0, 7)
    assert lr[0] == 0.001 and lr[-1] == 4.0
    assert all(float(f"{v:.4g}") == v for v in lr)
    mom = maps.axis_values(optimizers.SPECS["momentum"], 0.0, 0.999, 5)
    np.testing.assert_allclose(mom, [0.0, 0.2498, 0.4995, 0.7492, 0.999])


def test_playground_query_names_every_value():
    q = maps.playground_query(
        "bowl", "momentum", (-7.0, 2.0), 300, {"lr": 1.157, "momentum": 0.2753}
    )
    assert q == {
        "landscape": "bowl",
        "opt": "momentum",
        "steps": "300",
        "x0": "-7",
        "y0": "2",
        "momentum-lr": "1.157",
        "momentum-momentum": "0.2753",
    }


def test_best_cell_prefers_reaching_tolerance_then_lower_loss():
    res = optimizers.SweepResult(
        axes={},
        final_loss=np.array([[1e-3, 1e-9], [5e-10, 2.0]]),
        diverged=np.array([[False, False], [False, True]]),
        steps_to_tol=np.array([[-1, 40], [40, -1]]),
        final_points=np.zeros((2, 2, 2)),
    )
    assert maps.best_cell(res) == (1, 0)
    all_bad = optimizers.SweepResult(
        {}, res.final_loss, np.ones((2, 2), bool), res.steps_to_tol, res.final_points
    )
    assert maps.best_cell(all_bad) is None


def test_start_sweep_equals_run_cell_by_cell():
    ls = landscapes.get("himmelblau")
    xs, ys = [-4.0, 0.5, 3.5], [-2.0, 4.0]
    res = optimizers.sweep_starts("momentum", ls.loss, xs, ys, 80, lr=0.01, bound=ls.far_bound)
    assert res.final_points.shape == (3, 2, 2)
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            traj = optimizers.run("momentum", ls.loss, (x, y), 80, lr=0.01, bound=ls.far_bound)
            np.testing.assert_allclose(
                res.final_points[i, j], traj.points[-1], rtol=1e-5, atol=1e-5
            )
            assert res.diverged[i, j] == (traj.diverged_at is not None)


def test_chunked_sweeps_equal_one_call_and_report_progress(monkeypatch):
    monkeypatch.setattr(sweeps, "CHUNK", 100)
    axes = {"lr": np.geomspace(0.01, 2.0, 23), "momentum": np.linspace(0.0, 0.95, 11)}
    whole = optimizers.sweep("momentum", BOWL.loss, (-7.0, 2.0), 50, axes)
    seen = []
    parts = optimizers.sweep(
        "momentum", BOWL.loss, (-7.0, 2.0), 50, axes, on_progress=lambda d, n: seen.append((d, n))
    )
    assert seen == [(100, 253), (200, 253), (253, 253)]
    np.testing.assert_array_equal(parts.final_loss, whole.final_loss)
    np.testing.assert_array_equal(parts.steps_to_tol, whole.steps_to_tol)


def test_himmelblau_basins_are_its_four_minima():
    ls = landscapes.get("himmelblau")
    xs = ys = np.linspace(-5, 5, 40)
    res = optimizers.sweep_starts("sgd", ls.loss, xs, ys, 300, lr=0.01, bound=ls.far_bound)
    b = basins.label_ends(ls.loss, [res.final_points], [res.diverged], radius=0.2, minima=ls.minima)
    assert len(b.centres) == 4 and sorted(b.minimum_index) == [0, 1, 2, 3]
    for k, centre in enumerate(b.centres):
        np.testing.assert_allclose(centre, ls.minima[b.minimum_index[k]], atol=1e-3)
    assert b.shares(0).sum() == pytest.approx(1.0)
    # a start next to (3, 2) ends in (3, 2)'s group
    i, j = np.argmin(np.abs(xs - 3.0)), np.argmin(np.abs(ys - 2.0))
    assert b.minimum_index[b.labels[0][i, j]] == 0


def test_two_neuron_valley_is_one_group_per_branch():
    ls = landscapes.get("two_neuron")
    xs = ys = np.linspace(-2, 2, 48)
    res = optimizers.sweep_starts("sgd", ls.loss, xs, ys, 500, lr=0.1, bound=ls.far_bound)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    b = basins.label_ends(
        ls.loss,
        [res.final_points],
        [res.diverged],
        radius=0.08,
        minima=ls.minima,
        starts=[np.stack([gx, gy], axis=-1)],
        curves=ls.minimum_curves,
    )
    big = np.flatnonzero(b.shares(0) > 0.05)
    assert len(big) == 2
    signs = {int(np.sign(b.centres[g][0])) for g in big}
    assert signs == {-1, 1}
    # each big group is a branch of the curve (w > 0 is curve 0), credited to no point minimum
    assert {(int(np.sign(b.centres[g][0])), int(b.curve_index[g])) for g in big} == {
        (1, 0),
        (-1, 1),
    }
    assert (b.minimum_index[big] == -1).all()
    # every end of a big group lies on w₁w₂ = 1, most of them far from (±1, ±1): SGD from
    # (1.8, 0.2) ends near (1.85, 0.54), on the curve, in the w > 0 branch's group
    ends = res.final_points[np.isin(b.labels[0], big)]
    np.testing.assert_allclose(ends[:, 0] * ends[:, 1], 1.0, atol=2e-2)
    assert np.mean(np.linalg.norm(np.abs(ends) - 1.0, axis=1) > 0.08) > 0.5
    # no extra "minima" along the curve: the groups are the two branches and the saddle
    assert len(b.centres) <= 3


def test_a_start_that_never_moved_is_credited_to_no_end_point():
    """The plateau 1 − exp(−(x² + 2y²)/2) from a 64² grid: 75 % of SGD's starts sit where the
    gradient underflows and never move; they once chained up (single linkage) into one group
    whose lowest end (−3.30, −0.77), 10 from some of them, was counted as their minimum. Now
    a run counts for an end point only within `radius` of it: those starts stayed where they
    started, and the only end point is the minimum (0, 0)."""
    ls = landscapes.get("plateau")
    xs = ys = np.linspace(-6, 6, 64)
    res = optimizers.sweep_starts("sgd", ls.loss, xs, ys, 300, lr=0.5, bound=ls.far_bound)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    b = basins.label_ends(
        ls.loss,
        [res.final_points],
        [res.diverged],
        radius=0.24,
        minima=ls.minima,
        starts=[np.stack([gx, gy], axis=-1)],
    )
    assert len(b.centres) == 1 and b.minimum_index[0] == 0
    np.testing.assert_allclose(b.centres[0], (0.0, 0.0), atol=1e-2)
    lab = b.labels[0]
    moved = np.linalg.norm(res.final_points - np.stack([gx, gy], axis=-1), axis=-1)
    # every start credited to (0, 0) ended within 0.24 of it; the stayed ones moved < 0.24
    assert (np.linalg.norm(res.final_points[lab == 0], axis=-1) <= 0.24).all()
    assert (moved[lab == basins.STAYED] < 0.24).all()
    assert np.mean(lab == basins.STAYED) > 0.5
    # the far corner (4.9, 4.9): it never moved, and is not at the minimum
    assert lab[-1, -1] == basins.STAYED and moved[-1, -1] == 0


def test_groups_are_shared_across_grids():
    ls = landscapes.get("himmelblau")
    xs = ys = np.linspace(-5, 5, 16)
    a = optimizers.sweep_starts("sgd", ls.loss, xs, ys, 300, lr=0.01, bound=ls.far_bound)
    m = optimizers.sweep_starts("momentum", ls.loss, xs, ys, 300, lr=0.01, bound=ls.far_bound)
    b = basins.label_ends(
        ls.loss, [a.final_points, m.final_points], [a.diverged, m.diverged], radius=0.2
    )
    assert len(b.labels) == 2 and len(b.centres) == 4
    for grid, res in zip(b.labels, (a, m), strict=True):
        ok = grid >= 0
        np.testing.assert_allclose(res.final_points[ok], b.centres[grid[ok]], atol=1e-2)
