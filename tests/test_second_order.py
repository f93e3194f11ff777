"""Newton, saddle-free Newton and L-BFGS (issue 34): one step on any quadratic, |H|⁻¹g by hand,
optax's lbfgs as the oracle step by step, the two-neuron saddle that attracts Newton and that
saddle-free Newton leaves, and a singular Hessian that is data, not an error."""

from __future__ import annotations

import functools
import math

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

import landscapes
import optimizers
from optimizers.rules import grad_and_hessian
from tests.lessons import APP, chart, no_exceptions, open_page
from ui import explain, room_store, rooms
from ui.figures import decode
from ui.i18n import t

TWO_NEURON = landscapes.get("two_neuron")
BOWL = landscapes.get("bowl")


# ---- Newton lands on the minimum of any quadratic in one step -------------------------------
@functools.partial(jax.jit, static_argnames="name")
def _one_step(name, a, c, theta, damping):
    """One step of rule `name` on ½(θ − c)ᵀA(θ − c), from the rule's own H and g."""
    opt = optimizers.get(name)

    def loss(p):
        d = p - c
        return 0.5 * d @ (a @ d)

    g, h = grad_and_hessian(loss, theta)
    hp = {"lr": jnp.ones((), theta.dtype), "damping": damping}
    return opt.update(g, opt.init(theta), theta, hp, h)[0]


def _spd(angle: float, log_mu: tuple[float, float]) -> np.ndarray:
    q = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    return q @ np.diag(10.0 ** np.asarray(log_mu)) @ q.T


coordinate = st.floats(-5.0, 5.0)


@settings(max_examples=200, deadline=None)
@given(
    angle=st.floats(0.0, math.pi),
    log_mu=st.tuples(st.floats(-2.0, 2.0), st.floats(-2.0, 2.0)),  # κ up to 10⁴
    centre=st.tuples(coordinate, coordinate),
    start=st.tuples(coordinate, coordinate),
)
def test_newton_lands_on_any_quadratics_minimum_in_one_step(angle, log_mu, centre, start):
    with jax.enable_x64(True):
        a, c = _spd(angle, log_mu), np.asarray(centre)
        theta1 = _one_step("newton", a, c, np.asarray(start), np.float64(0.0))
        # saddle-free Newton with λ = 0 is Newton wherever H is positive definite
        free1 = _one_step("saddle_free_newton", a, c, np.asarray(start), np.float64(0.0))
    np.testing.assert_allclose(np.asarray(theta1), c, atol=1e-6)
    np.testing.assert_allclose(np.asarray(free1), c, atol=1e-6)


@pytest.mark.parametrize("batched", [False, True])
def test_newton_in_the_float32_runner_lands_on_the_bowls_minimum_in_one_step(batched):
    # H = diag(0.2, 2): κ = 10, where gradient descent needs dozens of steps
    if batched:
        traj = optimizers.run_batch(
            BOWL.loss,
            3,
            [dict(name="sgd", start=BOWL.start), dict(name="newton", start=BOWL.start)],
        )[1]
    else:
        traj = optimizers.run("newton", BOWL.loss, BOWL.start, 3)
    np.testing.assert_allclose(traj.points[1], (0.0, 0.0), atol=1e-6)
    np.testing.assert_allclose(traj.hessians[0], np.diag([0.2, 2.0]), rtol=1e-6)
    np.testing.assert_allclose(traj.curvatures[0], (0.2, 2.0), rtol=1e-6)
    np.testing.assert_allclose(traj.effective_lr[0], (5.0, 0.5), rtol=1e-6)  # diag H⁻¹


def test_newton_on_a_parabola_in_1d_and_levenberg_marquardt_damping():
    parabola = landscapes.get("parabola")
    start = (2.0,)
    h = float(jax.hessian(parabola.loss)(jnp.asarray(start, jnp.float32))[0, 0])
    g = float(jax.grad(parabola.loss)(jnp.asarray(start, jnp.float32))[0])
    traj = optimizers.run("newton", parabola.loss, start, 2)
    np.testing.assert_allclose(traj.points[1], start[0] - g / h, rtol=1e-6)
    np.testing.assert_allclose(traj.grads[1], 0.0, atol=1e-5)  # landed on f′ = 0
    damped = optimizers.run("newton", parabola.loss, start, 1, lr=0.5, damping=1.0)
    np.testing.assert_allclose(damped.points[1], start[0] - 0.5 * g / (h + 1.0), rtol=1e-6)


def test_newton_climbs_where_the_curvature_is_negative_in_1d():
    # x + sin x at 2.5: f″ = −sin 2.5 < 0, so −g/h points uphill (note 004's surface)
    ls = landscapes.get("x_plus_sin")
    traj = optimizers.run("newton", ls.loss, (2.5,), 1)
    g, h = 1.0 + math.cos(2.5), -math.sin(2.5)
    np.testing.assert_allclose(traj.points[1], 2.5 - g / h, rtol=1e-6)
    assert traj.curvatures[0, 0] < 0
    assert traj.losses[1] > traj.losses[0]


# ---- saddle-free Newton by hand ---------------------------------------------------------------
# f(θ) = ½θᵀHθ + (1, 1)ᵀθ with H = [[1, 2], [2, −2]]: μ = 2 along (2, 1)/√5 and −3 along
# (1, −2)/√5, so |H| = [[11/5, −2/5], [−2/5, 14/5]] (det 6) and at θ = 0, with g = (1, 1):
#   −|H|⁻¹g = −(1/6)[[14/5, 2/5], [2/5, 11/5]](1, 1) = −(8/15, 13/30),
#   −H⁻¹g   = −[[1/3, 1/3], [1/3, −1/6]](1, 1)    = −(2/3, 1/6): the saddle itself.
H_BY_HAND = np.array([[1.0, 2.0], [2.0, -2.0]])


def _indefinite(p):
    return 0.5 * p @ (jnp.asarray(H_BY_HAND, p.dtype) @ p) + p[0] + p[1]


def test_saddle_free_newtons_step_is_minus_abs_h_inverse_g_by_hand():
    free = optimizers.run("saddle_free_newton", _indefinite, (0.0, 0.0), 1, damping=0.0)
    np.testing.assert_allclose(free.points[1], (-8 / 15, -13 / 30), rtol=1e-6)
    np.testing.assert_allclose(free.curvatures[0], (-3.0, 2.0), rtol=1e-6)
    newton = optimizers.run("newton", _indefinite, (0.0, 0.0), 1)
    np.testing.assert_allclose(newton.points[1], (-2 / 3, -1 / 6), rtol=1e-6)
    # the saddle is a stationary point: Newton lands on it, where f went *up* from θ = 0's
    # neighbourhood along −3's direction; saddle-free Newton's step went downhill
    assert free.losses[1] < free.losses[0]
    lines = explain.latex("saddle_free_newton", explain.step(free, 0))
    assert any(r"|H| = Q |\Lambda| Q^\top" in line and "2.2" in line for line in lines)
    assert any(r"\mu_{\min} < 0 < \mu_{\max}" in line for line in lines)


# ---- the two-neuron saddle: Newton is drawn onto it, saddle-free Newton leaves --------------
def _ring(radius: float, n: int = 16) -> list[tuple[float, float]]:
    # half-step angles: never on w₁ = −w₂, the saddle's attracting line for every method
    return [
        (
            radius * math.cos((k + 0.5) * 2 * math.pi / n),
            radius * math.sin((k + 0.5) * 2 * math.pi / n),
        )
        for k in range(n)
    ]


@pytest.mark.parametrize("radius", [0.05, 0.3])
def test_newton_converges_onto_the_two_neuron_saddle_and_saddle_free_newton_leaves(radius):
    starts = _ring(radius)
    lanes = [dict(name="newton", start=s) for s in starts]
    lanes += [dict(name="saddle_free_newton", start=s) for s in starts]
    runs = optimizers.run_batch(TWO_NEURON.loss, 30, lanes)
    newton, free = runs[: len(starts)], runs[len(starts) :]
    for traj in newton:
        assert traj.diverged_at is None
        np.testing.assert_allclose(traj.points[-1], (0.0, 0.0), atol=1e-6)
        assert traj.losses[-1] == pytest.approx(1.0, abs=1e-6)  # L at the saddle
        assert traj.curvatures[-1, 0] < 0 < traj.curvatures[-1, 1]  # indefinite to the end
    for traj in free:
        assert traj.diverged_at is None
        assert np.linalg.norm(traj.points[-1]) > 1.0  # out on the valley w₁w₂ = 1
        assert traj.losses[-1] < 1e-4


# ---- a singular Hessian is data ---------------------------------------------------------------
def _half_pipe(p):
    """x + y²: H = diag(0, 2) everywhere, singular, with g = (1, 2y) never zero."""
    return p[0] + p[1] ** 2


def test_a_singular_hessian_raises_nothing_and_is_reported():
    traj = optimizers.run("newton", _half_pipe, (1.0, 3.0), 5)
    assert traj.diverged_at is None and np.isfinite(traj.points).all()
    # the pseudo-inverse step: nothing along the flat x, Newton's exact step along y
    np.testing.assert_allclose(traj.points[1], (1.0, 0.0), atol=1e-6)
    np.testing.assert_allclose(traj.curvatures[:, 0], 0.0)
    assert explain.curvature_kind(traj.curvatures[0]) == "singular"
    assert any(r"\det H = 0" in line for line in explain.latex("newton", explain.step(traj, 0)))
    # on the two-neuron valley of minima H is singular and g = 0: the run stays, finite
    for name in ("newton", "saddle_free_newton"):
        stay = optimizers.run(name, TWO_NEURON.loss, (2.0, 0.5), 3, damping=0.0)
        assert stay.diverged_at is None
        np.testing.assert_allclose(stay.points, [(2.0, 0.5)] * 4)
        assert explain.curvature_kind(stay.curvatures[0]) == "singular"


def test_a_singular_hessian_in_a_mixed_batch_and_a_sweep_raises_nothing():
    runs = optimizers.run_batch(
        _half_pipe, 4, [dict(name="sgd", start=(0.0, 1.0)), dict(name="newton", start=(0.0, 1.0))]
    )
    assert all(r.diverged_at is None for r in runs)
    np.testing.assert_allclose(runs[1].points[-1], (0.0, 0.0), atol=1e-6)
    assert runs[0].hessians is None
    lr = np.array([0.5, 1.0], np.float32)
    res = optimizers.sweep("newton", _half_pipe, (0.0, 1.0), 4, {"lr": lr, "damping": lr * 0})
    assert np.isfinite(res.final_loss).all() and not res.diverged.any()


# ---- L-BFGS: optax.lbfgs step by step ---------------------------------------------------------
def _optax_steps(loss, traj, lr, memory, linesearch):
    """optax's update at each of our points, fed our points and gradients in turn (so a
    difference cannot grow from step to step: each step is compared on its own)."""
    ls = optax.scale_by_backtracking_linesearch(max_backtracking_steps=15) if linesearch else None
    opt = optax.lbfgs(learning_rate=lr, memory_size=memory, linesearch=ls)
    state = opt.init(jnp.asarray(traj.points[0]))
    out = []
    for k in range(traj.steps):
        p = jnp.asarray(traj.points[k])
        value, g = jax.value_and_grad(loss)(p)
        u, state = opt.update(g, state, p, value=value, grad=g, value_fn=loss)
        out.append(np.asarray(u))
    return np.array(out)


@pytest.mark.parametrize(
    "landscape, lr, memory, linesearch",
    [
        ("bowl", 1.0, 10, 0),
        ("rosenbrock", 1.0, 10, 0),
        ("rosenbrock", 0.5, 3, 0),
        ("himmelblau", 1.0, 1, 0),
        ("rosenbrock", 1.0, 10, 1),
        ("rosenbrock", 1.0, 2, 1),
        ("himmelblau", 0.3, 5, 1),
        ("two_neuron", 1.0, 4, 1),
    ],
)
def test_lbfgs_is_optax_lbfgs_step_by_step(landscape, lr, memory, linesearch):
    ls = landscapes.get(landscape)
    start = (0.4, 0.3) if landscape == "two_neuron" else ls.start
    traj = optimizers.run("lbfgs", ls.loss, start, 25, lr=lr, memory=memory, linesearch=linesearch)
    assert traj.diverged_at is None
    expected = _optax_steps(ls.loss, traj, lr, memory, linesearch)
    scale = 1.0 + np.abs(traj.points[:-1])
    np.testing.assert_allclose(traj.updates / scale, expected / scale, atol=2e-5)
    assert np.abs(traj.updates).max() > 1e-2  # it moved: the comparison is not of zeros


def test_lbfgs_memory_and_line_search_are_traced_not_compiled():
    ls = landscapes.get("rosenbrock")
    optimizers.run("lbfgs", ls.loss, ls.start, 20)
    before = optimizers.trace_count()
    ends = {
        (m, s): optimizers.run("lbfgs", ls.loss, ls.start, 20, memory=m, linesearch=s).points[-1]
        for m in (1, 4, 10)
        for s in (0, 1)
    }
    assert optimizers.trace_count() == before
    assert len({tuple(np.round(v, 6)) for v in ends.values()}) == len(ends)  # each one counts
    # a memory between two whole numbers is the lower one
    mid = optimizers.run("lbfgs", ls.loss, ls.start, 20, memory=4.7)
    np.testing.assert_array_equal(mid.points[-1], ends[(4, 0)])


def test_the_line_search_makes_lbfgs_descend_where_the_plain_step_climbs():
    ls = landscapes.get("rosenbrock")
    plain = optimizers.run("lbfgs", ls.loss, ls.start, 40)
    searched = optimizers.run("lbfgs", ls.loss, ls.start, 40, linesearch=1)
    assert (np.diff(plain.losses) > 0).any()  # the unsearched step sometimes climbs
    assert (np.diff(searched.losses) <= 1e-6 * (1 + searched.losses[:-1])).all()  # Armijo
    assert 0 < searched.states["eta"].min() <= searched.states["eta"].max() <= 1.0


# ---- the pages that take optimizers -----------------------------------------------------------
def _paths(fig: dict) -> dict[str, np.ndarray]:
    return {
        tr["name"]: np.stack([decode(tr["x"]), decode(tr["y"])], axis=1)
        for tr in fig["data"]
        if tr.get("mode") == "lines+markers" and tr.get("name") not in (None, "head")
    }


def test_the_playground_races_the_new_rules_and_explains_a_newton_step():
    at = AppTest.from_file(APP, default_timeout=180)
    query = dict(
        landscape="two_neuron",
        opt=["sgd", "newton", "saddle_free_newton", "lbfgs", "nonlinear_cg"],
        x0="0.3",
        y0="0.2",
        steps="20",
    )
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    no_exceptions(at)
    plotted = _paths(chart(at, "contour"))
    for name in ("newton", "saddle_free_newton", "lbfgs", "nonlinear_cg"):
        expected = optimizers.run(name, TWO_NEURON.loss, (0.3, 0.2), 20)
        title = t(optimizers.get(name).title_key, "en")
        np.testing.assert_allclose(plotted[title], expected.points, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(plotted["Newton"][-1], (0.0, 0.0), atol=1e-6)  # on the saddle
    at.radio(key="view").set_value("step").run()
    no_exceptions(at)
    next(s for s in at.selectbox if s.key == "ex_opt").set_value("newton").run()
    no_exceptions(at)
    rule = " ".join(e.value for e in at.latex)
    # explain.display writes H = ∇²L = (…) as an aligned chain, one row a quantity
    assert r"H &= \nabla^2 L \\ &= \begin{pmatrix} 0.08 & -1.76" in rule
    assert r"\mu_{\min} < 0 < \mu_{\max}" in rule
    next(s for s in at.selectbox if s.key == "ex_opt").set_value("lbfgs").run()
    no_exceptions(at)
    assert any(r"m &= 10" in e.value for e in at.latex)  # an aligned row (explain.display)
    next(s for s in at.selectbox if s.key == "ex_opt").set_value("nonlinear_cg").run()
    no_exceptions(at)
    assert any(r"d \leftarrow -g + \beta d" in e.value for e in at.latex)


def test_a_convergence_map_of_newton_sweeps_damping_against_the_learning_rate():
    at = open_page("convergence-maps", map_opt="newton", map_grid="32", map_ls="bowl")
    no_exceptions(at)
    assert not at.error, [e.value for e in at.error]
    heat = next(tr for tr in chart(at, "map_chart")["data"] if tr["type"] == "heatmap")
    xs, ys = decode(heat["x"]), decode(heat["y"])
    assert xs.min() == 0.0 and xs.max() == 10.0  # damping λ across
    assert ys.min() == pytest.approx(0.01) and ys.max() == 10.0  # ε up, around ε = 1
    z = decode(heat["z"])
    # pure Newton (λ = 0) on a quadratic multiplies the error by |1 − ε| per step: fastest at
    # the cell nearest ε = 1 (1.077: 10 steps to the 1e-20 tolerance), never below 2 < ε
    pure = z[:, 0]
    assert int(np.nanargmin(pure)) == int(np.argmin(np.abs(np.log(ys))))
    assert np.isnan(pure[ys > 2.0]).all() and not np.isnan(pure[(ys > 0.3) & (ys < 1.9)]).any()


@pytest.mark.parametrize("name", ["newton", "saddle_free_newton", "lbfgs", "nonlinear_cg"])
def test_the_basins_page_maps_the_new_rules(name):
    at = open_page("basins", b_opt1=name, b_grid="32")
    no_exceptions(at)
    assert not at.error, [e.value for e in at.error]
    assert at.select_slider(key="b_lr1").value == optimizers.get(name).spec("lr").default


def test_a_room_asks_the_class_where_newton_ends_from_near_the_two_neuron_saddle():
    """The issue's prediction question, through the Playground's `ask=` link: the room's
    setup is the view, and the truth it reveals is the saddle Newton converged onto."""
    at = AppTest.from_file(APP, default_timeout=180)
    query = dict(
        landscape="two_neuron",
        opt=["sgd", "newton"],
        x0="0.3",
        y0="0.2",
        steps="20",
        ask="where",
        about="newton",
    )
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    no_exceptions(at)
    code = at.query_params["code"]
    room = room_store.ROOMS.get(code[0] if isinstance(code, list) else code)
    assert room.question.kind == "where"
    assert room.setup.lanes[room.question.lane][0] == "newton"
    runs = optimizers.run_batch(
        TWO_NEURON.loss,
        20,
        [dict(name=n, start=(0.3, 0.2), **dict(v)) for n, v in room.setup.lanes],
    )
    found = rooms.truth(room.question, runs, TWO_NEURON.minima, TWO_NEURON.domain)
    np.testing.assert_allclose(found.point, (0.0, 0.0), atol=1e-6)


# ---- nonlinear conjugate gradients --------------------------------------------------------------
def test_conjugate_gradients_with_its_line_search_solves_a_2d_quadratic_in_two_steps():
    # step 1 on the bowl from (−7, 2): d = −g = (1.4, −4), α = gᵀg / dᵀHd = 17.96 / 32.392
    traj = optimizers.run("nonlinear_cg", BOWL.loss, (-7.0, 2.0), 3)
    alpha = 17.96 / 32.392
    np.testing.assert_allclose(traj.points[1], (-7.0 + 1.4 * alpha, 2.0 - 4.0 * alpha), rtol=1e-6)
    np.testing.assert_allclose(traj.states["alpha"][0], alpha, rtol=1e-6)
    np.testing.assert_allclose(traj.points[2], (0.0, 0.0), atol=1e-5)  # conjugate: d steps
    # gradient descent with the same exact line search zig-zags instead
    g1 = np.array([traj.points[1][0] / 5, 2 * traj.points[1][1]])
    assert traj.states["d"][1] @ g1 < 0 and not np.allclose(traj.states["d"][1], -g1)


def _pr_reference(grad, start, steps, lr):
    """Polak–Ribière+ with a fixed step, restarted every d steps, in NumPy (float64)."""
    theta = np.asarray(start, np.float64)
    g_prev, d, points = np.zeros_like(theta), np.zeros_like(theta), [theta.copy()]
    for k in range(steps):
        g = grad(theta)
        beta = 0.0 if k % theta.size == 0 else max(0.0, g @ (g - g_prev) / (g_prev @ g_prev))
        d = -g + beta * d
        if d @ g >= 0:
            d = -g
        theta = theta + lr * d
        g_prev = g
        points.append(theta.copy())
    return np.array(points)


def test_conjugate_gradients_without_its_line_search_is_the_plain_recursion():
    rosen = landscapes.get("rosenbrock")

    def rosen_grad(p):
        x, y = p
        return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])

    traj = optimizers.run("nonlinear_cg", rosen.loss, rosen.start, 30, lr=5e-4, linesearch=0)
    expected = _pr_reference(rosen_grad, rosen.start, 30, 5e-4)
    np.testing.assert_allclose(traj.points, expected, rtol=1e-4, atol=1e-5)
    assert (traj.states["d"] != -traj.grads).any()  # β > 0 somewhere: not plain descent


def test_conjugate_gradients_line_search_never_climbs_and_finds_rosenbrocks_minimum():
    rosen = landscapes.get("rosenbrock")
    traj = optimizers.run("nonlinear_cg", rosen.loss, rosen.start, 200)
    assert (np.diff(traj.losses) <= 1e-6 * (1 + traj.losses[:-1])).all()  # Armijo
    assert traj.losses[-1] < 1e-8
    np.testing.assert_allclose(traj.points[-1], (1.0, 1.0), atol=1e-3)


def test_the_race_clock_is_each_steps_shortest_time_and_the_losses_one_runs():
    """The race is timed three times and each step keeps its shortest time (a busy server's
    one-off 0.25 s stall was 55 % of L-BFGS's clock): the clock starts at 0 and rises at every
    step, and the losses are those of one run, the same in another race (the steps are
    deterministic)."""
    from models import second_order as so

    a, b = so.lbfgs_vs_adam(12, 30), so.lbfgs_vs_adam(12, 30)
    for name, steps in (("lbfgs", 12), ("adam", 30)):
        i = a.names.index(name)
        clock = a.seconds[i]
        assert len(clock) == steps + 1 and clock[0] == 0.0 and np.all(np.diff(clock) > 0)
        assert len(a.losses[i]) == steps + 1 and np.all(np.isfinite(a.losses[i]))
        assert np.array_equal(a.losses[i], b.losses[i]), name
    assert a.losses[a.names.index("lbfgs")][-1] < a.losses[a.names.index("lbfgs")][0]
