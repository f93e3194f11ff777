import jax
import jax.numpy as jnp
import numpy as np
import pytest

import landscapes
import optimizers

REQUIRED = {
    2: [
        "bowl",
        "saddle",
        "monkey_saddle",
        "plateau",
        "cliff",
        "rosenbrock",
        "himmelblau",
        "rastrigin",
        "two_neuron",
    ],
    1: ["x_plus_sin", "sin_minus_square", "parabola"],
}
ALL = landscapes.names()


@pytest.mark.parametrize("dim", [1, 2])
def test_registry_has_the_issue_surfaces(dim):
    assert set(REQUIRED[dim]) <= set(landscapes.names(dim))


def test_unknown_landscape_names_the_known_ones():
    with pytest.raises(ValueError, match="bowl"):
        landscapes.get("nope")


@pytest.mark.parametrize("name", ALL)
def test_metadata_is_consistent(name):
    ls = landscapes.get(name)
    assert ls.name == name and name.isascii()
    assert ls.contains(ls.start)
    for point in (*ls.minima, *ls.saddles, *ls.maxima):
        assert ls.contains(point), point
    value = ls.loss(jnp.asarray(ls.start, dtype=jnp.float32))
    assert value.shape == () and np.isfinite(float(value))
    assert ls.latex and ls.title_key.startswith("landscape.")


@pytest.mark.parametrize("name", ALL)
def test_declared_critical_points_have_zero_gradient(name):
    ls = landscapes.get(name)
    grad = jax.grad(ls.loss)
    for point in (*ls.minima, *ls.saddles, *ls.maxima):
        g = np.asarray(grad(jnp.asarray(point, dtype=jnp.float32)))
        assert np.linalg.norm(g) < 2e-4, (name, point, g)


@pytest.mark.parametrize("name", ALL)
def test_declared_critical_points_have_the_declared_kind(name):
    ls = landscapes.get(name)
    for kinds, points in (
        # a minimum in a flat valley (two_neuron's w₁w₂ = 1) has a zero eigenvalue: degenerate
        ({"minimum"} if name != "two_neuron" else {"degenerate"}, ls.minima),
        ({"maximum"}, ls.maxima),
        ({"saddle", "degenerate"}, ls.saddles),
    ):
        for point in points:
            result = optimizers.analyse(ls.loss, point)
            assert result.kind in kinds, (name, point, result.kind)
            if points is ls.minima:
                assert np.all(result.eigenvalues > -1e-4)


def test_min_loss_is_the_loss_at_the_minima():
    for name in ALL:
        ls = landscapes.get(name)
        if ls.min_loss is not None:
            # the global minimum: the lowest declared minimum (sharp_flat's wide one is higher)
            values = [float(ls.loss(jnp.asarray(p, dtype=jnp.float32))) for p in ls.minima]
            assert min(values) == pytest.approx(ls.min_loss, abs=1e-5)


def test_bowl_is_note_002_formula():
    loss = landscapes.get("bowl").loss
    assert float(loss(jnp.array([-7.0, 2.0]))) == pytest.approx(49 / 10 + 4)


def test_cliff_wall_is_steep_and_the_plateau_is_not():
    grad = jax.grad(landscapes.get("cliff").loss)
    assert abs(float(grad(jnp.array([0.0, 0.0]))[0])) == pytest.approx(100.2, rel=1e-3)
    assert abs(float(grad(jnp.array([-4.0, 0.0]))[0])) < 1.0


def test_plateau_is_flat_far_out():
    grad = jax.grad(landscapes.get("plateau").loss)
    assert np.linalg.norm(np.asarray(grad(jnp.array([5.0, 4.0])))) < 1e-6


@pytest.mark.parametrize("name", [n for n in ALL if landscapes.get(n).min_loss is not None])
def test_lr_hints_move_every_optimizer_without_divergence(name):
    from ui import urlstate

    ls = landscapes.get(name)
    lanes = []
    for opt in optimizers.OPTIMIZERS.values():
        hp = {}
        if "lr" in opt.hp_names:
            hp["lr"] = ls.lr_hint[1] if opt.normalised else ls.lr_hint[0]
        lanes.append(dict(name=opt.name, start=ls.start, bound=ls.far_bound, **hp))
    for traj in optimizers.run_batch(ls.loss, 200, lanes):
        assert traj.diverged_at is None, (name, traj.optimizer)
    for lr in ls.lr_hint:  # the hints are values the learning-rate slider offers
        assert lr in urlstate.log_options(optimizers.SPECS["lr"])


@pytest.mark.parametrize(
    "name", [n for n in landscapes.names() if landscapes.get(n).minimum_curves]
)
def test_every_point_of_a_minimum_curve_is_a_minimum(name):
    ls = landscapes.get(name)
    for curve in ls.minimum_curves:
        for point in curve:
            assert ls.contains(point)
            assert float(ls.loss(jnp.asarray(point, jnp.float32))) == pytest.approx(
                ls.min_loss, abs=1e-6
            )
            assert np.linalg.norm(optimizers.gradient(ls.loss, point)) < 1e-4


def test_the_two_neuron_valley_is_drawn_whole():
    from tests.lessons import chart, no_exceptions
    from tests.test_playground import make_app

    at = make_app(landscape="two_neuron")
    no_exceptions(at)
    dashed = [tr for tr in chart(at, "contour")["data"] if tr.get("line", {}).get("dash") == "dash"]
    assert len(dashed) == 2  # both branches of w₁w₂ = 1
    from ui.figures import decode

    for tr in dashed:
        np.testing.assert_allclose(decode(tr["x"]) * decode(tr["y"]), 1.0, rtol=1e-5)
