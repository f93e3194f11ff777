"""The float64 rerun of a 1-D gradient path (`optimizers.precision`) against hand-worked paths,
and where a drawn float32 run parts from it (note 004's x + sin x at ε = 10)."""

import math

import jax.numpy as jnp
import numpy as np
import pytest

import landscapes
import optimizers
from optimizers import precision

PARABOLA = landscapes.get("parabola").loss  # f(x) = x², f′(x) = 2x


@pytest.mark.parametrize(("x0", "lr"), [(3.0, 0.1), (-2.5, 0.01), (1.0, 0.45)])
def test_descent_on_x_squared_is_the_closed_form_in_float64(x0, lr):
    # x_{t+1} = x_t − ε·2x_t = (1 − 2ε) x_t, so x_t = (1 − 2ε)ᵗ x₀. Float32 would be ~1e-6
    # off after 100 steps (each factor rounded to 24 bits); float64 holds to ~1e-14.
    xs = precision.rerun64(PARABOLA, x0, lr, 100, bound=1e6, ascent=False)
    assert xs.dtype == np.float64 and xs.shape == (101,)
    exact = np.array([x0 * (1.0 - 2.0 * lr) ** t for t in range(101)])
    np.testing.assert_allclose(xs, exact, rtol=1e-13, atol=0.0)


def test_ascent_on_x_squared_stops_at_the_first_iterate_past_the_bound():
    # ascent: x_{t+1} = (1 + 2ε) x_t = 3ᵗ from 1 at ε = 1; 3⁶ = 729 is the first past 600 and
    # the last returned, though 20 steps were asked for
    xs = precision.rerun64(PARABOLA, 1.0, 1.0, 20, bound=600.0, ascent=True)
    assert xs.tolist() == [1.0, 3.0, 9.0, 27.0, 81.0, 243.0, 729.0]


def test_descent_on_x_squared_past_eps_one_doubles_and_flips_until_the_bound():
    # ε = 1.5: x_{t+1} = (1 − 3) x_t = −2 x_t; |−128| is the first past 100
    xs = precision.rerun64(PARABOLA, 1.0, 1.5, 50, bound=100.0, ascent=False)
    assert xs.tolist() == [1.0, -2.0, 4.0, -8.0, 16.0, -32.0, 64.0, -128.0]


def test_a_non_finite_iterate_stops_the_rerun_and_is_the_last_returned():
    # ascent on eˣ from 1 at ε = 1: x ← x + eˣ gives 1 + e, then + e^(1+e), then e^x overflows
    def exp(p):
        return jnp.exp(p[0])

    xs = precision.rerun64(exp, 1.0, 1.0, 10, bound=1e300, ascent=True)
    x1 = 1.0 + math.e
    x2 = x1 + math.exp(x1)
    assert xs[:3] == pytest.approx([1.0, x1, x2], rel=1e-15)
    assert len(xs) == 5 and math.isinf(xs[-1])  # x₃ = x₂ + e^x₂ ≈ 3.2e19, x₄ = inf


def test_no_step_and_a_start_past_the_bound_return_the_start_alone():
    assert precision.rerun64(PARABOLA, 2.0, 0.1, 0, bound=1.0, ascent=False).tolist() == [2.0]


def test_another_start_rate_length_or_direction_reuses_the_compiled_rerun():
    traces = 0

    def quartic(p):
        nonlocal traces
        traces += 1  # runs only while tracing
        return p[0] ** 4

    precision.rerun64(quartic, 1.0, 0.01, 10, bound=1e6, ascent=False)
    first = traces
    for x0, lr, steps, ascent in [(0.5, 0.1, 30, False), (-1.0, 0.2, 99, True)]:
        precision.rerun64(quartic, x0, lr, steps, bound=1e3, ascent=ascent)
    assert first > 0 and traces == first


def test_a_float32_run_on_x_squared_never_parts_from_float64():
    tr = optimizers.run("sgd", PARABOLA, (9.0,), 100, lr=0.45, bound=1e3)
    assert precision.parted_at(tr, PARABOLA, 0.45, (-10.0, 10.0), 1e3, False) is None


# note 004's run, in 300-digit arithmetic (mpmath): x₅ and x₁₀ of x ← x − 10(1 + cos x) from 2.5
EXACT = {5: -47.242280287494005, 10: -53.94263241986264}


def test_note_004_x_plus_sin_x_at_eps_10_parts_at_step_10_before_float32_passes_the_bound():
    # x + sin x from 2.5 at ε = 10: float32 passes |x| = 600 at step 65 (exact arithmetic at
    # 89); float64 holds the exact path to 1e-9 at step 10, where float32 is 0.13 off: more
    # than 1 % of the axis (−6, 4), so the drawn path is rounding's from step 10 on
    ls = landscapes.get("x_plus_sin")
    tr = optimizers.run("sgd", ls.loss, (2.5,), 100, lr=10.0, bound=ls.far_bound)
    assert ls.far_bound == 600.0 and tr.diverged_at == 65
    exact = precision.rerun64(ls.loss, 2.5, 10.0, 100, ls.far_bound, ascent=False)
    for step, value in EXACT.items():
        assert exact[step] == pytest.approx(value, abs=1e-9)
    assert len(exact) == 101 and np.all(np.abs(exact) <= 600.0)  # float64 passes no bound
    drawn = tr.points[:, 0].astype(np.float64)
    assert abs(drawn[10] - EXACT[10]) == pytest.approx(0.127, abs=0.001)
    assert precision.parted_at(tr, ls.loss, 10.0, (-6.0, 4.0), ls.far_bound, False) == 10
    gap = np.abs(exact[:11] - drawn[:11])
    assert gap[10] > precision.PART * 10.0 and np.all(gap[:10] <= precision.PART * 10.0)
