"""A diverged run's sentence (`ui.claims.divergence`), read back against the points drawn:
"became unstable from step k" (every later drawn step is longer than step k, growing ×g per
step), the quadratic's |1 − ελ| (the drawn distance along that eigenvector grows by it every
step), "left the picture at step m" (the first drawn point outside the domain) and where the
run stopped (the last drawn point is step diverged_at − 1). Issue 31, case 8."""

import re

import numpy as np
import pytest

import landscapes
import optimizers
from ui import claims, readings

RUNS = [
    (name, opt, lr)
    for name in landscapes.names(dim=2)
    for opt in ("sgd", "momentum", "adam")
    for lr in (0.1, 1.05, 3.0)
]


def unstable_step(text: str) -> int | None:
    m = re.search(r"became unstable from step (\d+):", text)
    return int(m[1]) if m else None


def check_reading(text: str, drawn: np.ndarray, domain, diverged_at: int) -> None:
    """Every reading of the sentence, against the drawn points."""
    lengths = np.linalg.norm(np.diff(drawn, axis=0), axis=1)
    step = unstable_step(text)
    if step is not None:
        assert np.all(lengths[step:] > lengths[step - 1]), text
        growth = float(re.search(r"×([\d.]+) per step on average", text)[1])
        n = len(lengths) - step
        assert growth == pytest.approx((lengths[-1] / lengths[step - 1]) ** (1 / n), abs=0.006)
        assert growth > 1
    elif "kept going downhill" not in text and "kept climbing" not in text:
        # a slide's (or an ascent's climb's) values are read where they are drawn
        assert any(f"{verb} at step {diverged_at}." in text for verb in ("diverged", "diverges"))
    lo = np.array([a for a, _ in domain])
    hi = np.array([b for _, b in domain])
    inside = np.all((drawn >= lo) & (drawn <= hi), axis=1)
    left = re.search(r"left the picture at step (\d+)", text)
    if left:
        m = int(left[1])
        assert inside[:m].all() and not inside[m], text
    else:
        assert inside.all(), text
    stop = re.search(r"far bound \|[θx]\| = \d+ at step (\d+)|At step (\d+) it passed", text)
    assert int(stop[1] or stop[2]) == diverged_at == len(drawn)


@pytest.mark.parametrize(("name", "opt", "lr"), RUNS)
def test_a_diverged_runs_sentence_holds_on_its_drawn_points(name, opt, lr):
    ls = landscapes.get(name)
    tr = optimizers.run(opt, ls.loss, ls.start, 100, lr=lr, bound=ls.far_bound)
    if tr.diverged_at is None:
        return
    drawn = tr.points[: tr.diverged_at]
    quad = (lr, optimizers.analyse(ls.loss, ls.start).eigenvalues) if opt == "sgd" else None
    quad = quad if ls.quadratic else None
    text = claims.divergence("X", tr.points, tr.diverged_at, ls.domain, ls.far_bound, "en", quad)
    check_reading(text, drawn, ls.domain, tr.diverged_at)
    assert claims.divergence("X", tr.points, tr.diverged_at, ls.domain, ls.far_bound, "zh", quad)


@pytest.mark.parametrize("lr", [1.01, 1.05, 1.5, 9.5])
def test_gradient_descent_on_the_bowl_is_unstable_from_step_1_by_its_factor(lr):
    """x²/10 + y²: λ = 0.2, 2; ε > 1 makes |1 − 2ε| > 1, so |y| grows ×(2ε − 1) every step."""
    ls = landscapes.get("bowl")
    tr = optimizers.run("sgd", ls.loss, ls.start, 500, lr=lr, bound=ls.far_bound)
    drawn = tr.points[: tr.diverged_at]
    text = claims.divergence(
        "SGD", tr.points, tr.diverged_at, ls.domain, ls.far_bound, "en", (lr, (0.2, 2.0))
    )
    check_reading(text, drawn, ls.domain, tr.diverged_at)
    factor = float(re.search(r"= ([\d.]+) > 1", text)[1])
    assert factor == pytest.approx(2 * lr - 1, rel=1e-3)
    y = np.abs(drawn[:, 1])
    np.testing.assert_allclose(y[1:] / y[:-1], factor, rtol=2e-3)  # from step 1, every step
    # the step lengths mix a shrinking x with a growing y: they may dip once before growing
    assert unstable_step(text) in (1, 2)


def test_the_case_of_the_issue_reads_step_1_step_8_step_63():
    ls = landscapes.get("bowl")
    tr = optimizers.run("sgd", ls.loss, ls.start, 100, lr=1.05, bound=ls.far_bound)
    text = claims.divergence(
        "SGD", tr.points, tr.diverged_at, ls.domain, ls.far_bound, "en", (1.05, (0.2, 2.0))
    )
    assert text.startswith("SGD became unstable from step 1: ")
    assert "×1.10 per step" in text and "= 1.1 > 1" in text
    assert "left the picture at step 8 and passed the far bound |θ| = 800 at step 63" in text


def test_a_run_that_settles_never_became_unstable():
    ls = landscapes.get("bowl")
    tr = optimizers.run("sgd", ls.loss, ls.start, 100, lr=0.5, bound=ls.far_bound)
    assert tr.diverged_at is None
    assert readings.became_unstable(tr.points) is None
