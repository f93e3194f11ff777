"""The movement words of `ui.readings`, hand-worked: stopped, close to, became unstable, left
the picture."""

import numpy as np
import pytest

from ui import readings


def test_stopped_needs_every_one_of_the_last_steps_short():
    x = [0.0, 1.0, 1.5, 1.5005, 1.501, 1.501, 1.501, 1.5015]  # last steps 5e-4 or 0
    assert readings.stopped(x, 5, tol=1e-3)
    assert not readings.stopped(x, 6, tol=1e-3)  # the sixth step back moved 0.5
    assert not readings.stopped(x, 5, tol=4e-4)
    assert not readings.stopped(x[:5], 5, tol=1.0)  # fewer than 5 steps drawn
    assert not readings.stopped([*x, np.nan], 1, tol=1.0)


def test_stopped_is_not_near_a_spiral_close_to_its_centre():
    t = np.arange(60)
    spiral = 0.4 * 0.97 ** t[:, None] * np.stack([np.cos(t), np.sin(t)], axis=1)
    assert np.linalg.norm(spiral[-1]) < 0.7  # close to (0, 0) …
    assert readings.close_to(spiral[-1], (0, 0), 0.8)
    assert not readings.stopped(spiral, 5, readings.stop_tolerance(((-8, 8), (-4, 4))))  # … moving


def test_stop_tolerance_is_a_share_of_the_widest_side():
    assert readings.stop_tolerance(((-8.0, 8.0), (-4.0, 4.0))) == pytest.approx(16e-4)
    assert readings.stop_tolerance(((-6.0, 4.0),), share=0.01) == pytest.approx(0.1)


def test_close_to_is_a_closed_ball():
    assert readings.close_to((3.0, 4.0), (0.0, 0.0), 5.0)
    assert not readings.close_to((3.0, 4.0), (0.0, 0.0), 4.999)
    assert not readings.close_to((np.nan, 0.0), (0.0, 0.0), 1e9)


def test_became_unstable_at_the_last_shortest_step():
    # steps 1 … 6 of lengths 4, 2, 1, 2, 4, 8: shortest at step 3, then ×2 per step
    x = np.cumsum([0.0, 4, -2, 1, -2, 4, -8])
    onset = readings.became_unstable(x)
    assert onset == readings.Instability(step=3, growth=pytest.approx(2.0), first=1.0, last=8.0)
    assert readings.became_unstable(x[:4]) is None  # 4, 2, 1: settling
    assert readings.became_unstable(np.cumsum([0.0, 1, 1.5])) is None  # ×1.5 < the ×2 asked


def test_became_unstable_needs_steps_that_keep_growing():
    """x + sin x with ε = 10 (the lecturer's case): steps −ε(1 + cos x) between 0 and 20 jump
    up and down as the run slides over the flat points; every one after the shortest is
    longer than it, but 19.9 comes long before the last 3.18: not unstable."""
    x = np.cumsum([0.0, -0.035, -0.07, -0.18, -0.66, -4.8, -0.8, -19.9, -0.1, -3.18])
    assert readings.became_unstable(x) is None
    assert readings.became_unstable(np.cumsum([0.0, 1, 18])).step == 1  # all it drew grew
    # momentum's wobble on the way out (the Playground's Himmelblau), and minibatch noise
    # (B = 1 at ε = 10: 22, 102, 94.5, 1885, 35548): within ×10 of the line, the last longest
    wobble = readings.became_unstable(np.cumsum([0.0, 1.3, 3.9, 8.7, 7.7, 6.9, 21.9]))
    assert wobble is not None and wobble.step == 1
    assert wobble.growth == pytest.approx((21.9 / 1.3) ** 0.2)
    noisy = readings.became_unstable(np.cumsum([0.0, 22.1, 102.4, 94.5, 1885, 35548]))
    assert noisy is not None and noisy.step == 1
    assert readings.became_unstable(np.cumsum([0.0, 1.3, 3.9, 25, 7.7, 6.9, 21.9])) is None
    assert readings.became_unstable(np.cumsum([0.0, 1.0, 1.1, 1.2, 1000])) is None  # 1.2 vs 100


def test_slid_downhill_is_every_loss_at_most_the_one_before():
    assert readings.slid_downhill([3.0, 2.0, 2.0, -5.0])
    assert not readings.slid_downhill([3.0, 2.0, 2.5, -5.0])  # one step uphill
    assert not readings.slid_downhill([1.0, 1.0])  # no lower
    assert not readings.slid_downhill([3.0, np.nan])
    assert not readings.slid_downhill([3.0])


def test_left_box_is_the_first_point_outside():
    pts = [(0, 0), (1, 1), (2.5, 0), (0, 0)]
    assert readings.left_box(pts, ((-2, 2), (-2, 2))) == 2
    assert readings.left_box(pts, ((-3, 3), (-3, 3))) is None


def test_diverged_is_the_first_point_past_the_bound_or_not_finite():
    assert readings.diverged([[0.0, 0.0], [1.0, 2.0], [5.0, 0.0], [1.0, 0.0]], 4.0) == 2
    assert readings.diverged([[0.0], [np.inf]], 1e9) == 1
    assert readings.diverged([[0.0], [np.nan]], 1e9) == 1
    assert readings.diverged([[0.0], [3.9]], 4.0) is None


def test_at_the_minimum_needs_stopped_and_close():
    settled = [[1.0, 1.0], [0.5, 0.5], *([[0.01, 0.0]] * 6)]
    assert readings.at_minimum(settled, (0, 0), radius=0.05, tol=1e-3)
    assert not readings.at_minimum(settled, (1, 0), radius=0.05, tol=1e-3)  # stopped elsewhere
    t = np.arange(60)
    spiral = 0.04 * 0.97 ** t[:, None] * np.stack([np.cos(t), np.sin(t)], axis=1)
    assert not readings.at_minimum(spiral, (0, 0), radius=0.05, tol=1e-3)  # close, still moving


def test_a_run_whose_steps_are_short_because_eps_is_tiny_crawls_it_does_not_stop():
    """ε = 10⁻⁵ on a slope ‖g‖ = 1.52: steps of 1.52×10⁻⁵, far below 0.01 % of a 16-wide
    picture (0.0016), yet the gradient is not near zero: with ε the tolerance is
    min(0.0016, ε × 0.01) = 10⁻⁷ and the run crawls. Near a minimum (‖g‖ = 0.005) it stops."""
    domain = ((-6.0, 10.0), (-3.0, 3.0))
    assert readings.stop_tolerance(domain, lr=1e-5) == pytest.approx(1e-7)
    assert readings.stop_tolerance(domain, lr=0.2) == pytest.approx(16e-4)  # the share binds
    slope = np.array([[0.0, 1.5 - 1.52e-5 * k] for k in range(10)])
    assert readings.stopped(slope, 5, readings.stop_tolerance(domain))  # the old reading
    assert not readings.stopped(slope, 5, readings.stop_tolerance(domain, lr=1e-5))
    assert readings.crawling(slope, 5, domain, lr=1e-5)
    settled = np.array([[2.0 - 1e-5 * 0.005 * k, 0.0] for k in range(10)])
    assert readings.stopped(settled, 5, readings.stop_tolerance(domain, lr=1e-5))
    assert not readings.crawling(settled, 5, domain, lr=1e-5)
