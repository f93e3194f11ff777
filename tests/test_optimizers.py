import math

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

import landscapes
import optimizers
from optimizers import reference

BOWL = landscapes.get("bowl")
ROSEN = landscapes.get("rosenbrock")


def bowl_grad(p):
    return np.array([p[0] / 5.0, 2.0 * p[1]])


def rosen_grad(p):
    x, y = p
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


# ---- hand-worked first steps on the bowl from (−7, 2): ∇ = (x/5, 2y) = (−1.4, 4) --------------
HAND_WORKED = {
    # name: (hyper-parameters, θ₁, θ₂)
    "sgd": (dict(lr=0.1), (-6.86, 1.6), (-6.7228, 1.28)),
    # v₁ = (0.14, −0.4); v₂ = 0.9 v₁ − 0.1 (−1.372, 3.2) = (0.2632, −0.68)
    "momentum": (dict(lr=0.1, momentum=0.9), (-6.86, 1.6), (-6.5968, 0.92)),
    # look-ahead θ₁ + 0.9 v₁ = (−6.734, 1.24), g = (−1.3468, 2.48), v₂ = (0.26068, −0.608)
    "nesterov": (dict(lr=0.1, momentum=0.9), (-6.86, 1.6), (-6.59932, 0.992)),
    # r₁ = (1.96, 16): each coordinate moves by ε; r₂ = (3.65, 25): x += 0.5·1.3/√3.65
    "adagrad": (dict(lr=0.5, eps=1e-7), (-6.5, 1.5), (-6.5 + 0.65 / math.sqrt(3.65), 1.2)),
    # r₁ = 0.1 g²: the first step is ε/√0.1 = 0.316228 per coordinate
    "rmsprop": (dict(lr=0.1, rho=0.9, eps=1e-6), (-6.683772, 1.683772), None),
    # ŝ₁ = g, r̂₁ = g²: the first step is ε per coordinate
    "adam": (dict(lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8), (-6.9, 1.9), None),
    # s₁ = 0.1 g², r₀ = 0: the first step is √(δ/0.1) ≈ 0.01 per coordinate
    "adadelta": (dict(rho=0.9, eps=1e-5), (-6.99, 1.99), None),
    # δ̄₀ = 0: no rate change on step 1; δ̄₁ = 0.3 g₀ agrees in sign with g₁, so ε₂ = 1.1 ε
    "delta_bar_delta": (
        dict(lr=0.1, kappa=0.1, phi=0.3, rho=0.7),
        (-6.86, 1.6),
        (-6.86 + 0.11 * 1.372, 1.6 - 0.11 * 3.2),
    ),
}


@pytest.mark.parametrize("name", list(HAND_WORKED))
def test_hand_worked_first_two_steps_on_the_bowl(name):
    hp, first, second = HAND_WORKED[name]
    traj = optimizers.run(name, BOWL.loss, start=(-7.0, 2.0), steps=2, **hp)
    np.testing.assert_allclose(traj.points[0], (-7.0, 2.0))
    np.testing.assert_allclose(traj.points[1], first, rtol=2e-5, atol=2e-5)
    expected_second = second or reference.run(name, bowl_grad, (-7.0, 2.0), 2, **hp)[2]
    np.testing.assert_allclose(traj.points[2], expected_second, rtol=2e-5, atol=2e-5)


@pytest.mark.parametrize("name", reference.RULES)
def test_matches_the_numpy_reference_for_100_steps(name):
    hp = optimizers.get(name).defaults()
    ours = optimizers.run(name, BOWL.loss, start=(-7.0, 2.0), steps=100, **hp).points
    theirs = reference.run(name, bowl_grad, (-7.0, 2.0), 100, **hp)
    np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-5)


# ---- optax as the oracle, with its conventions set to match the notes -------------------------
def optax_transform(name, hp):
    if name == "sgd":
        return optax.sgd(hp["lr"])
    if name == "momentum":
        return optax.sgd(hp["lr"], momentum=hp["momentum"])
    if name == "adagrad":  # optax adds δ inside the root; the tests use a δ too small to matter
        return optax.adagrad(hp["lr"], initial_accumulator_value=0.0, eps=hp["eps"])
    if name == "rmsprop":
        return optax.rmsprop(hp["lr"], decay=hp["rho"], eps=hp["eps"])
    if name == "adam":
        return optax.adam(hp["lr"], b1=hp["beta1"], b2=hp["beta2"], eps=hp["eps"])
    if name == "adadelta":
        return optax.adadelta(learning_rate=1.0, rho=hp["rho"], eps=hp["eps"])
    if name == "adamw":
        return optax.adamw(
            hp["lr"], b1=hp["beta1"], b2=hp["beta2"], eps=hp["eps"], weight_decay=hp["weight_decay"]
        )
    if name == "nadam":
        return optax.nadam(hp["lr"], b1=hp["beta1"], b2=hp["beta2"], eps=hp["eps"])
    if name == "amsgrad":
        return optax.amsgrad(hp["lr"], b1=hp["beta1"], b2=hp["beta2"], eps=hp["eps"])
    if name == "lion":
        return optax.lion(hp["lr"], b1=hp["beta1"], b2=hp["beta2"], weight_decay=hp["weight_decay"])
    raise KeyError(name)


def optax_points(name, hp, loss, start, steps):
    # optax itself mixes int32 counts with float rates, which strict promotion rejects.
    with jax.numpy_dtype_promotion("standard"):
        tx = optax_transform(name, hp)
        params = jnp.asarray(start, dtype=jnp.float32)
        state = tx.init(params)
        grad = jax.jit(jax.grad(loss))
        points = [np.asarray(params)]
        for _ in range(steps):
            updates, state = tx.update(grad(params), state, params)
            params = optax.apply_updates(params, updates)
            points.append(np.asarray(params))
    return np.array(points)


ORACLE_HP = {
    # (bowl hyper-parameters, rosenbrock hyper-parameters): stable, non-trivial settings
    "sgd": (dict(lr=0.3), dict(lr=2e-4)),
    "momentum": (dict(lr=0.1, momentum=0.9), dict(lr=1e-4, momentum=0.9)),
    "adagrad": (dict(lr=0.5, eps=1e-10), dict(lr=0.05, eps=1e-10)),
    "rmsprop": (dict(lr=0.05, rho=0.9, eps=1e-6), dict(lr=1e-3, rho=0.9, eps=1e-6)),
    "adam": (dict(lr=0.1), dict(lr=0.01)),
    "adadelta": (dict(rho=0.9, eps=1e-5), dict(rho=0.95, eps=1e-4)),
    "adamw": (dict(lr=0.1, weight_decay=0.05), dict(lr=0.01, weight_decay=0.05)),
    "nadam": (dict(lr=0.1), dict(lr=0.01)),
    "amsgrad": (dict(lr=0.1), dict(lr=0.01)),
    "lion": (dict(lr=0.05), dict(lr=0.005)),
}


@pytest.mark.parametrize("landscape", ["bowl", "rosenbrock"])
@pytest.mark.parametrize("name", list(ORACLE_HP))
def test_matches_optax_for_100_steps(name, landscape):
    ls = landscapes.get(landscape)
    hp = ORACLE_HP[name][landscape == "rosenbrock"]
    ours = optimizers.run(name, ls.loss, ls.start, 100, **hp)
    assert ours.diverged_at is None
    theirs = optax_points(name, optimizers.get(name).resolve(**hp), ls.loss, ls.start, 100)
    scale = np.max(np.abs(theirs), axis=0)
    np.testing.assert_allclose(ours.points, theirs, rtol=1e-5, atol=1e-5 * scale.max())


# ---- the notes' numbers -------------------------------------------------------------------------
def test_note_002_sgd_on_the_bowl_is_closed_form():
    traj = optimizers.run("sgd", BOWL.loss, start=(-7.0, 2.0), steps=20, lr=0.95)
    t = np.arange(21)
    np.testing.assert_allclose(traj.points[:, 0], -7.0 * 0.81**t, rtol=1e-5)
    np.testing.assert_allclose(traj.points[:, 1], 2.0 * (-0.9) ** t, rtol=1e-5)


@pytest.mark.parametrize("lr", [1.0, 0.1, 0.01])
def test_note_004_x_plus_sin_x_from_2_5(lr):
    loss = landscapes.get("x_plus_sin").loss
    traj = optimizers.run("sgd", loss, start=(2.5,), steps=60, lr=lr)
    x = [2.5]
    for _ in range(60):
        x.append(x[-1] - lr * (1.0 + math.cos(x[-1])))
    np.testing.assert_allclose(traj.points[:, 0], x, rtol=1e-5, atol=1e-5)
    # lr 1 lands right next to the flat point −π within a few steps; lr 0.01 barely moves.
    assert traj.points[0, 0] == 2.5


def test_note_004_x_plus_sin_first_iterates_by_hand():
    loss = landscapes.get("x_plus_sin").loss
    traj = optimizers.run("sgd", loss, start=(2.5,), steps=2, lr=1.0)
    x1 = 2.5 - (1 + math.cos(2.5))  # 2.301143…
    np.testing.assert_allclose(traj.points[1, 0], x1, rtol=1e-6)
    np.testing.assert_allclose(traj.points[2, 0], x1 - (1 + math.cos(x1)), rtol=1e-6)


def test_note_003_two_neuron_hessian_at_the_origin():
    result = optimizers.analyse(landscapes.get("two_neuron").loss, (0.0, 0.0))
    np.testing.assert_allclose(result.eigenvalues, [-2.0, 2.0], atol=1e-6)
    assert result.kind == "saddle"
    escape = result.escape_direction
    np.testing.assert_allclose(np.abs(escape), [math.sqrt(0.5)] * 2, atol=1e-6)
    assert escape[0] * escape[1] > 0  # along w₁ = w₂, toward the minima (1, 1) or (−1, −1)


@pytest.mark.parametrize(
    ("landscape", "point", "kind"),
    [
        ("bowl", (0, 0), "minimum"),
        ("saddle", (0, 0), "saddle"),
        ("monkey_saddle", (0, 0), "degenerate"),
        ("himmelblau", (-0.2708445906673476, -0.9230385564799813), "maximum"),
        ("bowl", (1, 1), "not_critical"),
    ],
)
def test_critical_point_classifier(landscape, point, kind):
    assert optimizers.analyse(landscapes.get(landscape).loss, point).kind == kind


# ---- divergence -------------------------------------------------------------------------------
def test_divergence_is_detected_and_the_last_finite_point_held():
    # ε = 1.5 on the bowl: y ← (1 − 2ε) y = −2y, so |y_t| = 2·2ᵗ passes 10⁶ first at t = 19.
    traj = optimizers.run("sgd", BOWL.loss, start=(-7.0, 2.0), steps=40, lr=1.5)
    assert traj.diverged_at == 19
    assert abs(traj.points[18, 1]) == pytest.approx(2 * 2**18)
    np.testing.assert_array_equal(traj.points[19:], np.repeat(traj.points[18:19], 22, axis=0))
    assert np.all(np.isfinite(traj.points)) and np.all(np.isfinite(traj.losses))
    assert np.all(traj.updates[18:] == 0)


def test_overflow_counts_as_divergence():
    traj = optimizers.run("sgd", BOWL.loss, start=(-7.0, 2.0), steps=100, lr=10.0, bound=1e38)
    assert traj.diverged_at is not None
    assert np.all(np.isfinite(traj.points))


def test_a_converging_run_has_no_divergence():
    assert optimizers.run("adam", BOWL.loss, (-7.0, 2.0), 200).diverged_at is None


# ---- validation -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(name="nope"), "unknown optimizer"),
        (dict(lr=-1.0), r"lr .* outside its range"),
        (dict(lr=100.0), r"lr .* outside its range \[1e-05, 10\]"),
        (dict(beta1=1.0), "beta1"),
        (dict(momentum=0.5), "unknown hyper-parameter 'momentum' for adam"),
        (dict(lr=float("nan")), "lr"),
        (dict(steps=-1), "steps"),
        (dict(steps=10**6), "steps"),
        (dict(start=(float("inf"), 0.0)), "start"),
        (dict(clip=0.0), "clip"),
        (dict(noise=-1.0), "noise"),
        (dict(schedule="sometimes"), "unknown schedule"),
    ],
)
def test_bad_arguments_raise_value_errors_naming_the_parameter(kwargs, message):
    args = dict(name="adam", loss=BOWL.loss, start=(-7.0, 2.0), steps=5) | kwargs
    with pytest.raises(ValueError, match=message):
        optimizers.run(**args)


def test_every_optimizer_has_specs_a_rule_and_valid_defaults():
    for name, opt in optimizers.OPTIMIZERS.items():
        assert (opt.latex and opt.hyperparams) or name == "adadelta"
        for spec in opt.hyperparams:
            assert spec.name in optimizers.SPECS
            assert spec.low <= spec.default <= spec.high
    assert set(optimizers.NOTE_OPTIMIZERS) <= set(optimizers.names())
    assert {"adamw", "nadam", "amsgrad", "lion", "delta_bar_delta"} <= set(optimizers.names())


# ---- no retrace -------------------------------------------------------------------------------
def test_changing_hyperparameters_never_retraces():
    loss = landscapes.get("himmelblau").loss
    optimizers.run("adam", loss, (0.0, 0.0), 50)
    before = optimizers.trace_count()
    for lr in np.geomspace(1e-4, 5.0, 12):
        for beta1 in (0.0, 0.5, 0.99):
            optimizers.run("adam", loss, (0.0, 0.0), 50, lr=float(lr), beta1=beta1)
    for steps in (1, 20, 100, 128):
        optimizers.run(
            "adam", loss, (1.0, -1.0), steps, schedule="cosine", clip=3.0, noise=0.1, seed=steps
        )
    assert optimizers.trace_count() == before


def test_run_batch_mixes_optimizers_without_retracing_and_equals_run():
    loss = ROSEN.loss
    lanes = [dict(name="sgd", start=(-1.5, 2.0), lr=2e-4), dict(name="adam", start=(0.0, 0.0))]
    optimizers.run_batch(loss, 100, lanes)  # 2 and 5 lanes share one padded width
    before = optimizers.trace_count()
    lanes = [
        dict(name="momentum", start=(-1.5, 2.0), lr=1e-4, momentum=0.95),
        dict(name="nesterov", start=(-1.0, 1.0), lr=1e-4),
        dict(name="rmsprop", start=(0.5, 0.5), lr=0.01, schedule="inv_sqrt"),
        dict(name="lion", start=(1.5, 2.5), lr=0.01, noise=0.5, seed=3),
        dict(name="adadelta", start=(-1.5, 2.0)),
    ]
    batch = optimizers.run_batch(loss, 80, lanes)
    assert optimizers.trace_count() == before
    for lane, traj in zip(lanes, batch, strict=True):
        lane = dict(lane)
        single = optimizers.run(lane.pop("name"), loss, lane.pop("start"), 80, **lane)
        assert traj.optimizer == single.optimizer
        np.testing.assert_allclose(traj.points, single.points, rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(traj.effective_lr, single.effective_lr, rtol=1e-6)


def test_run_batch_of_one_rule_on_a_typed_curve_compiles_that_rule_alone_and_equals_run():
    """A typed formula is a surface of its own, so its batch compiles a program; lanes of one
    optimizer take a program of that rule alone (`_compiled_lanes`), not the union of every
    rule (a typed formula on /learning-rate-1d compiled the union: 2.3 s of its page's 4.2 s)."""
    from optimizers import runner

    ls = landscapes.from_expression("x**2/4 + sin(x)", dim=1)
    lanes = [
        dict(name="sgd", start=(2.5,), lr=1.0, bound=ls.far_bound),
        dict(name="sgd", start=(2.5,), lr=0.1, ascent=True, bound=ls.far_bound),
        dict(name="sgd", start=(-1.0,), lr=0.3, schedule="cosine", noise=0.2, seed=4),
        dict(name="sgd", start=(2.5,), lr=10.0, bound=ls.far_bound),  # diverges
    ]
    unions = runner._compiled_union.cache_info().misses
    batch = optimizers.run_batch(ls.loss, 40, lanes)
    assert runner._compiled_union.cache_info().misses == unions
    assert runner._compiled_lanes.cache_info().currsize >= 1
    for lane, traj in zip(lanes, batch, strict=True):
        lane = dict(lane)
        single = optimizers.run(lane.pop("name"), ls.loss, lane.pop("start"), 40, **lane)
        np.testing.assert_array_equal(traj.points, single.points)
        np.testing.assert_array_equal(traj.losses, single.losses)
        np.testing.assert_array_equal(traj.lrs, single.lrs)
        assert traj.diverged_at == single.diverged_at
    assert batch[3].diverged_at is not None


# ---- schedules, clipping, noise, ascent -------------------------------------------------------
def test_schedules_match_their_closed_forms():
    lr, k = 0.5, np.arange(200)
    sched = optimizers.schedules

    def rates(kind, **kw):
        return sched.learning_rates(lr, 200, optimizers.Schedule(kind, **kw))

    np.testing.assert_allclose(rates("constant"), lr)
    linear = rates("linear", tau=100, end_ratio=0.01)
    np.testing.assert_allclose(
        linear[:101], (1 - k[:101] / 100) * lr + (k[:101] / 100) * 0.005, rtol=1e-5
    )
    np.testing.assert_allclose(linear[100:], 0.005, rtol=1e-5)
    np.testing.assert_allclose(rates("inv_sqrt"), lr / np.sqrt(k + 1), rtol=1e-5)
    np.testing.assert_allclose(rates("step", tau=50, gamma=0.5), lr * 0.5 ** (k // 50), rtol=1e-5)
    np.testing.assert_allclose(rates("exponential", gamma=0.99), lr * 0.99**k, rtol=1e-4)
    cosine = rates("cosine", tau=200, end_ratio=0.0)
    np.testing.assert_allclose(cosine, lr * 0.5 * (1 + np.cos(np.pi * k / 200)), atol=1e-6)


@pytest.mark.parametrize("kind", optimizers.schedules.KINDS)
def test_every_schedule_reaches_the_trajectory(kind):
    # The runner precomputes ε_k outside its loop; the plotted schedule uses the per-step form.
    schedule = optimizers.Schedule(kind, tau=30, end_ratio=0.05, gamma=0.9)
    traj = optimizers.run("momentum", BOWL.loss, (-7.0, 2.0), 80, lr=0.2, schedule=schedule)
    expected = optimizers.schedules.learning_rates(0.2, 80, schedule)
    np.testing.assert_allclose(traj.lrs, expected, rtol=1e-6)


def test_scheduled_learning_rate_reaches_the_rule():
    traj = optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 10, lr=0.1, schedule="inv_sqrt")
    np.testing.assert_allclose(traj.lrs, 0.1 / np.sqrt(np.arange(10) + 1), rtol=1e-6)
    x = -7.0
    for k in range(10):
        x -= 0.1 / math.sqrt(k + 1) * x / 5
    assert traj.points[-1, 0] == pytest.approx(x, rel=1e-5)


def test_clipping_bounds_every_step_on_the_cliff():
    # On the face of the wall (x = −0.01) the slope is 2·50·sech²(0.5) ≈ 78.6.
    cliff = landscapes.get("cliff")
    free = optimizers.run("sgd", cliff.loss, (-0.01, 0.5), 50, lr=0.1)
    clipped = optimizers.run("sgd", cliff.loss, (-0.01, 0.5), 50, lr=0.1, clip=1.0)
    slope = 100.0 / np.cosh(0.5) ** 2 + 0.1 * 2.01  # wall + bowl, both pushing toward +x
    assert free.step_lengths[0] == pytest.approx(0.1 * np.hypot(slope, 0.5), rel=1e-5)
    assert free.points[1, 0] > 7.0  # thrown far past the minimum at x = 2
    assert clipped.step_lengths.max() <= 0.1 * 1.0 + 1e-6
    assert np.linalg.norm(clipped.raw_grads[0]) > 50.0 and np.linalg.norm(clipped.grads[0]) == (
        pytest.approx(1.0, rel=1e-5)
    )


def test_noise_is_seeded():
    a = optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 30, noise=0.5, seed=1)
    b = optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 30, noise=0.5, seed=1)
    c = optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 30, noise=0.5, seed=2)
    d = optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 30)
    np.testing.assert_array_equal(a.points, b.points)
    assert not np.allclose(a.points, c.points)
    np.testing.assert_allclose(a.grads - a.raw_grads, a.grads - a.raw_grads)
    assert np.std(a.grads - a.raw_grads) == pytest.approx(0.5, rel=0.3)
    assert not np.allclose(a.points, d.points)


def test_ascent_climbs_to_a_maximum():
    ls = landscapes.get("sin_minus_square")
    traj = optimizers.run("sgd", ls.loss, (1.0,), 200, lr=0.01, ascent=True)
    assert traj.points[-1, 0] == pytest.approx(ls.maxima[1][0], abs=1e-3)
    assert traj.losses[-1] > traj.losses[0]


def test_state_inspector_records():
    traj = optimizers.run("adagrad", BOWL.loss, (-7.0, 2.0), 3, lr=0.5, eps=1e-7)
    np.testing.assert_allclose(traj.states["r"][0], [1.96, 16.0], rtol=1e-6)
    np.testing.assert_allclose(traj.effective_lr[0], [0.5 / 1.4, 0.5 / 4.0], rtol=1e-6)
    np.testing.assert_allclose(traj.updates, np.diff(traj.points, axis=0), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(traj.grads[0], [-1.4, 4.0], rtol=1e-6)


def test_remembered_controls_still_check_every_call():
    """The controls' checks are remembered per value; a bool seed equal to an accepted 1 is
    still refused, and a bad value is refused on every call."""
    optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 5, noise=0.5, seed=1)
    with pytest.raises(ValueError, match="seed"):
        optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 5, noise=0.5, seed=True)
    for _ in range(2):
        with pytest.raises(ValueError, match="clip"):
            optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 5, clip=-1.0)
    with pytest.raises(ValueError, match="clip"):
        optimizers.run("sgd", BOWL.loss, (-7.0, 2.0), 5, clip=[1.0])  # unhashable: checked too
