"""Data lessons' math: generated problems, minibatch descent, gradient noise, ridge/lasso."""

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import landscapes
import optimizers
from models import datasets
from optimizers import minibatch

LINE = datasets.line()


def test_problems_are_seeded_and_closed_form():
    again = datasets.line()
    np.testing.assert_array_equal(LINE.a, again.a)
    np.testing.assert_array_equal(LINE.y, again.y)
    # the minimum is least squares; the gradient vanishes there
    np.testing.assert_allclose(LINE.minimum, np.linalg.lstsq(LINE.a, LINE.y, rcond=None)[0])
    g = jax.grad(LINE.loss)(jnp.asarray(LINE.minimum, jnp.float32))
    np.testing.assert_allclose(g, 0.0, atol=1e-5)
    # the jnp loss and its Hessian agree with the closed forms
    theta = np.array([0.3, -1.2])
    assert float(LINE.loss(jnp.asarray(theta, jnp.float32))) == pytest.approx(
        LINE.loss_np(theta), rel=1e-5
    )
    np.testing.assert_allclose(
        optimizers.hessian(LINE.loss, theta), LINE.hessian, rtol=1e-5, atol=1e-6
    )


def test_feature_scaling_conditions():
    features, y = datasets.two_scales()
    raw, std, mm = (datasets.scaled(features, y, h) for h in datasets.SCALINGS)
    assert raw.condition > 500  # raw: a flat ellipse
    assert std.condition == pytest.approx(1.0, abs=0.2)  # standardised: nearly round
    assert 1.0 <= mm.condition < 1.5  # min-max, centred: as round, the two ranges being alike
    # the best step reaches the tolerance within the closed-form bound ((κ−1)/(κ+1))^(2t)
    for p in (std, mm):
        traj = optimizers.run("sgd", p.loss, (0.0, 0.0), 200, lr=p.best_lr)
        excess = p.loss_np(traj.points) - p.min_loss
        rate = ((p.condition - 1) / (p.condition + 1)) ** 2
        bound = excess[0] * rate ** np.arange(len(excess))
        assert np.all(excess[:20] <= bound[:20] * (1 + 1e-3) + 1e-6)
    with pytest.raises(ValueError, match="unknown scaling"):
        datasets.scaled(features, y, "log")


def test_feature_scaling_is_one_problem_in_three_units():
    """Issue 31, case 7: raw and min-max features were not centred and there was no intercept,
    so the three panels were three least-squares problems (least losses 5.92, 0.092, 5.38) and
    the raw fit (0.75, −0.016) contradicted the printed rule price = 3·rooms + 0.05·area."""
    features, y = datasets.two_scales()
    problems = {h: datasets.scaled(features, y, h) for h in datasets.SCALINGS}
    raw = problems["raw"]
    for how, p in problems.items():
        assert p.min_loss == pytest.approx(raw.min_loss, rel=1e-9)  # the same least loss
        assert p.loss_np(np.zeros(2)) == pytest.approx(raw.loss_np(np.zeros(2)), rel=1e-12)
        np.testing.assert_allclose(p.a @ p.minimum, raw.a @ raw.minimum, atol=1e-9)  # same fit
        # a panel's weights map back to the raw scale through its divisors
        np.testing.assert_allclose(p.minimum / datasets.divisors(features, how), raw.minimum)
    # the raw weights are the rule's coefficients up to the data's noise
    se = datasets.standard_errors(raw)
    assert np.all(np.abs(raw.minimum - np.array([3.0, 0.05])) <= 3 * se)
    assert se == pytest.approx(
        [0.5 / (features[:, 0].std() * 50**0.5), 0.5 / (features[:, 1].std() * 50**0.5)], rel=0.25
    )
    # that least loss is the noise's: ½σ² (σ = 0.5) up to the sample
    assert raw.min_loss == pytest.approx(0.5 * 0.5**2, rel=0.3)


def test_batch_weights_shuffle_each_epoch_and_cover_every_example():
    w = minibatch.batch_weights(20, 5, 3, seed=0)
    assert w.shape == (12, 20)
    np.testing.assert_allclose(w.sum(axis=1), 1.0)
    for epoch in range(3):
        block = w[epoch * 4 : (epoch + 1) * 4]
        np.testing.assert_allclose(block.sum(axis=0), 1 / 5)  # each example once per epoch
    assert not np.array_equal(w[:4], w[4:8])  # reshuffled
    assert minibatch.batch_weights(20, 7, 1, 0).shape == (2, 20)  # remainder dropped
    with pytest.raises(ValueError):
        minibatch.batch_weights(20, 21, 1, 0)


def test_full_batch_descent_is_gradient_descent():
    runs = minibatch.descend(LINE, (-2.0, 4.0), 0.1, [LINE.n], 6)
    traj = optimizers.run("sgd", LINE.loss, (-2.0, 4.0), 6, lr=0.1)
    np.testing.assert_allclose(runs[0].points, traj.points, rtol=1e-5, atol=1e-6)


def test_a_diverging_run_stops_at_its_bound_like_the_runner():
    """ε = 10 > 2/λ_max: full-batch descent and the runner's SGD leave |θ| ≤ 10⁶ at the same
    step; from there the last point inside is held, so every point (and loss) is finite."""
    run = minibatch.descend(LINE, (-2.0, 4.0), 10.0, [LINE.n], 20)[0]
    traj = optimizers.run("sgd", LINE.loss, (-2.0, 4.0), 20, lr=10.0, bound=minibatch.BOUND)
    assert run.diverged_at is not None and run.diverged_at == traj.diverged_at
    assert np.all(np.isfinite(run.points)) and np.all(np.abs(run.points) <= minibatch.BOUND)
    assert np.all(run.points[run.diverged_at :] == run.shown[-1])
    assert len(run.shown) == run.diverged_at
    np.testing.assert_allclose(run.shown, traj.points[: run.diverged_at], rtol=1e-5)
    assert minibatch.descend(LINE, (-2.0, 4.0), 0.1, [LINE.n], 20)[0].diverged_at is None


def test_minibatch_step_by_hand():
    w = minibatch.batch_weights(LINE.n, 4, 1, seed=5)
    runs = minibatch.descend(LINE, (0.5, 0.5), 0.2, [4], 1, seed=5)
    theta = np.array([0.5, 0.5])
    for row in w:
        picked = row > 0
        r = LINE.a[picked] @ theta - LINE.y[picked]
        theta = theta - 0.2 * LINE.a[picked].T @ r / 4
    np.testing.assert_allclose(runs[0].points[-1], theta, rtol=1e-5)
    # SGD (B = 1) on the same data agrees with optax's sgd fed the same examples in order
    w1 = minibatch.batch_weights(LINE.n, 1, 1, seed=7)
    sgd = minibatch.descend(LINE, (0.5, 0.5), 0.05, [1], 1, seed=7)[0]
    opt = optax.sgd(0.05)
    params = jnp.array([0.5, 0.5])
    state = opt.init(params)
    for row in w1:
        i = int(np.argmax(row))
        a, y = jnp.asarray(LINE.a[i], jnp.float32), jnp.float32(LINE.y[i])
        g = jax.grad(lambda p, a=a, y=y: 0.5 * (a @ p - y) ** 2)(params)
        updates, state = opt.update(g, state)
        params = optax.apply_updates(params, updates)
    np.testing.assert_allclose(sgd.points[-1], params, rtol=1e-4)


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 20))
def test_gradient_noise_matches_its_formula(batch):
    theta = (-2.0, 4.0)
    grads, full = minibatch.gradient_samples(LINE, theta, batch, 4000, seed=batch)
    np.testing.assert_allclose(full, optimizers.gradient(LINE.loss, theta), rtol=1e-4, atol=1e-4)
    measured = np.sqrt(np.mean(np.sum((grads - full) ** 2, axis=1)))
    expected = minibatch.minibatch_spread(LINE, theta, batch)
    assert measured == pytest.approx(expected, rel=0.08, abs=1e-9)


def test_full_batch_gradient_has_no_spread():
    assert minibatch.minibatch_spread(LINE, (-2.0, 4.0), LINE.n) == 0.0


def test_ridge_path_is_closed_form_and_shrinks():
    train, _ = datasets.correlated()
    lams = [0.0, 0.1, 1.0, 10.0]
    path = minibatch.l2_path(train, lams)
    np.testing.assert_allclose(path[0], train.minimum)
    for lam, w in zip(lams, path, strict=True):
        grad = train.hessian @ w - train.a.T @ train.y / train.n + lam * w
        np.testing.assert_allclose(grad, 0.0, atol=1e-10)
    norms = np.linalg.norm(path, axis=1)
    assert np.all(np.diff(norms) < 0) and np.all(np.abs(path[1:]) > 1e-3)  # never exactly 0


def test_lasso_path_satisfies_the_optimality_conditions_and_hits_zero():
    train, _ = datasets.correlated()
    lams = np.array([0.0, 0.05, 0.3, 0.6, 2.0])
    path = minibatch.l1_path(train, lams)
    rhs = train.a.T @ train.y / train.n
    for lam, w in zip(lams, path, strict=True):
        g = train.hessian @ w - rhs  # subgradient conditions of ½wᵀHw − rhsᵀw + λ‖w‖₁
        for i in range(2):
            if w[i] != 0:
                assert g[i] == pytest.approx(-lam * np.sign(w[i]), abs=2e-4)
            else:
                assert abs(g[i]) <= lam + 2e-4
    assert path[2][1] == 0.0 and path[2][0] > 0.5  # L1 puts w₂ exactly on the axis
    np.testing.assert_array_equal(path[-1], [0.0, 0.0])


def test_early_stopping_has_a_validation_minimum_before_the_end():
    train, val = datasets.correlated()
    traj = optimizers.run("sgd", train.loss, (0.0, 0.0), 300, lr=1.0)
    v = val.loss_np(traj.points)
    best = int(np.argmin(v))
    assert 3 < best < 60 and v[-1] > v[best] * 1.2
    assert np.all(np.diff(train.loss_np(traj.points)) <= 1e-9)  # training loss never rises


def test_small_batch_noise_leaves_the_narrow_minimum():
    ls = landscapes.get("sharp_flat")
    pass_x = ls.saddles[0][0]

    def left(batch):
        runs = [
            dict(name="sgd", start=ls.start, lr=0.05, noise=4.0 / np.sqrt(batch), seed=s)
            for s in range(16)
        ]
        return sum(tr.points[-1, 0] > pass_x for tr in optimizers.run_batch(ls.loss, 300, runs))

    assert left(1) >= 8 and left(16) == 0
