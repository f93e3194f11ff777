"""optimizers.sweep: one vmapped call over a grid of two hyper-parameters."""

import math

import numpy as np
import pytest

import landscapes
import optimizers
from optimizers import sweeps as sweep_module

BOWL = landscapes.get("bowl")


@pytest.mark.parametrize(
    ("name", "axes", "fixed"),
    [
        ("momentum", {"lr": [0.01, 0.3, 1.0, 2.5], "momentum": [0.0, 0.5, 0.9]}, {}),
        ("adam", {"beta1": [0.0, 0.9], "lr": [0.05, 0.5, 2.0]}, {"beta2": 0.99}),
        ("rmsprop", {"rho": [0.5, 0.9, 0.99], "eps": [1e-8, 1e-2]}, {"lr": 0.2}),
    ],
)
def test_sweep_equals_run_cell_by_cell(name, axes, fixed):
    res = optimizers.sweep(name, BOWL.loss, (-7.0, 2.0), 60, axes, bound=BOWL.far_bound, **fixed)
    (a_name, a_values), (b_name, b_values) = axes.items()
    assert res.final_loss.shape == (len(a_values), len(b_values))
    for i, a in enumerate(a_values):
        for j, b in enumerate(b_values):
            traj = optimizers.run(
                name,
                BOWL.loss,
                (-7.0, 2.0),
                60,
                bound=BOWL.far_bound,
                **fixed,
                **{a_name: a, b_name: b},
            )
            assert res.diverged[i, j] == (traj.diverged_at is not None)
            np.testing.assert_allclose(
                res.final_points[i, j], traj.points[-1], rtol=1e-5, atol=1e-6
            )
            np.testing.assert_allclose(res.final_loss[i, j], traj.losses[-1], rtol=1e-5, atol=1e-7)
            assert res.steps_to_tol[i, j] == settled_at(traj, 1e-6)


def settled_at(traj, tol: float) -> int:
    """The first step from which every later drawn loss is within `tol` of 0, or −1 (a run
    that diverges, or is outside at its end)."""
    if traj.diverged_at is not None:
        return -1
    outside = np.nonzero(~(np.asarray(traj.losses) < tol))[0]
    if not outside.size:
        return 0
    return -1 if outside[-1] == len(traj.losses) - 1 else int(outside[-1]) + 1


def test_a_run_that_touches_the_tolerance_and_bounces_out_has_not_reached_it():
    """RMSProp's steps do not shrink with the gradient: on the bowl a run comes within 10⁻⁶,
    leaves, and comes back. The map counted such a cell as reached from the first touch (135
    of 379 "reached" cells of the default RMSProp map ended ≥ 10⁻³ again); it now counts the
    step from which the run stays within."""
    rhos, lrs = [0.5, 0.9, 0.99], [0.01, 0.05, 0.2, 0.5]
    res = optimizers.sweep(
        "rmsprop", BOWL.loss, (-7.0, 2.0), 300, {"rho": rhos, "lr": lrs}, bound=BOWL.far_bound
    )
    bounced = 0
    for i, rho in enumerate(rhos):
        for j, lr in enumerate(lrs):
            traj = optimizers.run(
                "rmsprop", BOWL.loss, (-7.0, 2.0), 300, bound=BOWL.far_bound, rho=rho, lr=lr
            )
            assert res.steps_to_tol[i, j] == settled_at(traj, 1e-6)
            touched = np.asarray(traj.losses) < 1e-6
            bounced += bool(touched.any() and not touched[-1])
    assert bounced  # the case exists on this grid: a touch that is not a stay


def test_gd_diverges_beyond_two_over_lambda_max():
    # GD on the bowl: λ_max = 2, so it diverges for ε > 2/λ_max = 1 and converges below.
    lrs = [0.9, 0.99, 1.01, 1.2]
    res = optimizers.sweep(
        "momentum",
        BOWL.loss,
        (-7.0, 2.0),
        500,
        {"lr": lrs, "momentum": [0.0, 0.5]},
        bound=BOWL.far_bound,
    )
    assert list(res.diverged[:, 0]) == [False, False, True, True]
    # heavy ball converges while ελ < 2(1 + α): with α = 0.5 up to ε = 1.5
    assert not res.diverged[:, 1].any()


def test_best_cell_is_near_the_heavy_ball_optimum():
    lam_min, lam_max = 0.2, 2.0
    eps_star = (2 / (math.sqrt(lam_min) + math.sqrt(lam_max))) ** 2
    kappa = lam_max / lam_min
    alpha_star = ((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)) ** 2
    assert eps_star == pytest.approx(1.1545, abs=1e-4) and alpha_star == pytest.approx(
        0.2699, abs=1e-4
    )
    lrs = np.linspace(0.5, 1.8, 66)
    moms = np.linspace(0.0, 0.8, 81)
    res = optimizers.sweep(
        "momentum", BOWL.loss, (-7.0, 2.0), 60, {"lr": lrs, "momentum": moms}, bound=BOWL.far_bound
    )
    # after 60 steps the losses still differ (no float32 underflow to 0), so the smallest
    # marks the fastest rate
    final = np.where(res.diverged, np.inf, res.final_loss)
    i, j = np.unravel_index(np.argmin(final), final.shape)
    assert lrs[i] == pytest.approx(eps_star, abs=0.1)
    assert moms[j] == pytest.approx(alpha_star, abs=0.1)


def test_new_values_never_retrace():
    axes = {"lr": np.geomspace(1e-3, 1, 16), "momentum": np.linspace(0, 0.9, 8)}
    optimizers.sweep("momentum", BOWL.loss, (-7.0, 2.0), 50, axes)
    before = sweep_module.trace_count()
    for scale in (0.5, 0.7, 0.9):
        optimizers.sweep(
            "momentum",
            BOWL.loss,
            (1.0, -1.0),
            50,
            {"lr": axes["lr"] * scale, "momentum": axes["momentum"] * scale},
        )
    assert sweep_module.trace_count() == before


@pytest.mark.parametrize(
    ("axes", "message"),
    [
        ({"lr": [0.1]}, "exactly two axes"),
        ({"lr": [0.1], "beta1": [0.5]}, "unknown hyper-parameter 'beta1' for momentum"),
        ({"lr": [100.0], "momentum": [0.5]}, "lr"),
        ({"lr": [], "momentum": [0.5]}, "1 … 512"),
    ],
)
def test_bad_axes_raise(axes, message):
    with pytest.raises(ValueError, match=message):
        optimizers.sweep("momentum", BOWL.loss, (-7.0, 2.0), 10, axes)
