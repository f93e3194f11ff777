"""Shared ledger checks for sentences about a drawn optimizer path on a contour (the
Playground, critical points): the path is read back from the chart's spec by its legend name,
and each reading ("became unstable from step k", "left the picture at step k", "diverged at
step k", "stopped at") is held against the drawn points with the shared definitions of
`ui.readings`. Not a test module: the lessons' `test_<folder>.py` import it."""

from __future__ import annotations

import numpy as np

import landscapes
import optimizers
from tests import ledger as reader
from ui import readings

# A run's name as a sentence begins with it: no sentence punctuation, a dot only inside a
# number ("σ=0.05"), never starting with a space.
NAME = r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"
RUN_FIELDS = {"name": NAME}


def path(view: reader.View, chart: str, name: str) -> np.ndarray:
    """The drawn points (n, 2) of the path named `name` on the chart `chart`."""
    fig = view.chart(chart)
    for trace in fig["data"]:
        if trace.get("mode") == "lines+markers" and trace.get("name") == name.strip():
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return np.stack([x, y], axis=1)
    names = [tr.get("name") for tr in fig["data"] if tr.get("mode") == "lines+markers"]
    raise AssertionError(f"no path {name!r} drawn among {names}")


def picture(view: reader.View, chart: str) -> tuple[tuple[float, float], tuple[float, float]]:
    """The drawn picture's box: the chart's x and y axis ranges."""
    layout = view.chart(chart)["layout"]
    (x0, x1), (y0, y1) = layout["xaxis"]["range"], layout["yaxis"]["range"]
    return (min(x0, x1), max(x0, x1)), (min(y0, y1), max(y0, y1))


def surface(view: reader.View, key: str = "landscape"):
    """The surface the view runs on (its menu's value; a typed one from its formula)."""
    name = view.widget(key).value
    if name == "typed":
        half = view.widget("f_w").value
        return landscapes.from_expression(view.widget("f").value, dim=2, half_width=float(half))
    return landscapes.get(name)


def opening(view: reader.View, said: reader.Said, keys: tuple[str, ...]) -> reader.Said:
    """The sentence (one of `keys`) that a continuation without a name belongs to: the last
    one shown before it in the same text."""
    before = said.text[: said.start]
    found = []
    for key in keys:
        found += [s for s in reader.said([before], key, view.lang, **RUN_FIELDS)]
    if not found:
        raise AssertionError("no run named before the continuation")
    return max(found, key=lambda s: s.start)


def close(printed: str, value: float, digits: int = 3) -> bool:
    """Whether `printed` is `value` as printed to `digits` significant digits (or fewer)."""
    shown = reader.number(printed)
    return abs(shown - value) <= 0.5 * 10 ** (np.floor(np.log10(abs(value) or 1)) - digits + 1) + (
        1e-12 + 5e-4 * abs(value)
    )


# ---- a diverged run -----------------------------------------------------------------------------
def check_unstable(view, said, chart: str) -> None:
    """ "became unstable from step k: every step after it was longer than step k, ×g per step
    on average (step length a → b)": read against the drawn step lengths (and the growth
    holds: `readings.became_unstable`, each step within ×10 of the growth line, the last the longest)."""
    drawn = path(view, chart, said["name"])
    lengths = readings.step_lengths(drawn)
    k = int(said.number("step"))
    assert np.all(lengths[k:] > lengths[k - 1]), f"a later drawn step is not longer than step {k}"
    onset = readings.became_unstable(drawn)
    assert onset is not None and onset.step == k, (onset, k)
    assert close(said["first"], lengths[k - 1]), (said["first"], lengths[k - 1])
    assert close(said["last"], lengths[-1]), (said["last"], lengths[-1])
    growth = (lengths[-1] / lengths[k - 1]) ** (1 / (len(lengths) - k))
    assert abs(said.number("growth") - growth) <= 0.006, (said["growth"], growth)
    assert growth > 1


def check_downhill(view, said, loss_chart: str) -> None:
    """ "kept going downhill: no drawn step raised the loss (a → b)": the run's drawn losses
    (its line on the loss chart, by legend name) never rise, from a to b."""
    name = said["name"].strip()
    traces = reader.traces(view.chart(loss_chart))
    assert name in traces, f"no drawn loss for {name!r} among {list(traces)}"
    losses = reader.xy(traces[name])[1]
    assert readings.slid_downhill(losses), f"a drawn step of {name} raised the loss"
    assert close(said["first"], float(losses[0])), (said["first"], losses[0])
    assert close(said["last"], float(losses[-1])), (said["last"], losses[-1])


def drawn_losses(view: reader.View, drawn: np.ndarray) -> np.ndarray:
    """The loss at each drawn point: the contour's surface there."""
    loss = surface(view).loss
    return np.array([float(loss(np.asarray(p, dtype=np.float32))) for p in drawn])


def _speeding(view, said, chart: str) -> tuple[np.ndarray, int]:
    """The readings the escaping and coming-back sentences share, held against the drawn path
    named: "every step after step k is longer than step k, ×g per step on average (step length
    f → l), [as] its drawn loss falls at every step, from a at step k − 1 to b at step n".
    Returns the drawn points and k."""
    drawn = path(view, chart, said["name"])
    lengths = readings.step_lengths(drawn)
    k = int(said.number("step"))
    onset = readings.became_unstable(drawn)
    assert onset is not None and onset.step == k, (onset, k)
    growth = (lengths[-1] / lengths[k - 1]) ** (1 / (len(lengths) - k))
    assert abs(said.number("growth") - growth) <= 0.006, (said["growth"], growth)
    assert close(said["first"], lengths[k - 1]) and close(said["last"], lengths[-1])
    # "every step after step k is longer than step k": the drawn lengths, not a steady growth
    assert np.all(lengths[k:] > lengths[k - 1])
    # "from a at step k − 1 to b at step n": the drawn point after step k − 1 and the last one
    assert int(said.number("from_step")) == k - 1
    assert int(said.number("to_step")) == len(drawn) - 1
    losses = drawn_losses(view, drawn)[k - 1 :]
    assert readings.slid_downhill(losses), f"a drawn step from {k} on raised the loss"
    assert close(said["high"], losses[0]) and close(said["low"], losses[-1])
    return drawn, k


def check_escaped(view, said, chart: str) -> None:
    """ "escaping downhill, not unstable: every step after step k is longer than step k, ×g per
    step on average (step length f → l), while its drawn loss falls at every step, from a at
    step k − 1 to b at step n": every drawn step after k is longer than step k
    (`readings.became_unstable` from k), f and l are step k's and the last step's drawn
    lengths, and the surface at the drawn points falls at every step from x_{k−1} (a) to the
    last, x_n (b)."""
    drawn, k = _speeding(view, said, chart)
    # "escaping": moving away from every marked minimum, not running back to one (momentum
    # thrown off the cliff to x = 12.61 comes back toward (2, 0): 10.6 → 9.63 by step 50)
    for m in marked_minima(surface(view)):
        assert np.linalg.norm(drawn[-1] - m) >= np.linalg.norm(drawn[k - 1] - m), (
            f"it is coming back toward the minimum {tuple(m)}"
        )


def marked_minima(ls) -> list[np.ndarray]:
    """The surface's marked minima, a valley of minima's vertices included."""
    points = [*ls.minima, *(p for curve in ls.minimum_curves for p in curve)]
    return [np.asarray(p, dtype=np.float64) for p in points]


def check_returning(view, said, chart: str) -> None:
    """ "coming back toward the minimum m, not unstable: every step after step k is longer
    than step k, ×g per step on average (step length f → l), as its drawn loss falls at every
    step, from a at step k − 1 to b at step n, and its distance to m shrinks from d to e": the
    step readings as `check_escaped`'s, m a marked minimum of the surface, and the drawn
    points' distances to m at step k − 1 and at the last, d > e."""
    drawn, k = _speeding(view, said, chart)
    m = np.array([reader.number(v) for v in said["point"].strip("()（）").split(",")])
    marked = marked_minima(surface(view))
    assert any(np.allclose(m, p, atol=5e-3 * (1 + np.abs(p).max())) for p in marked), m
    m = min(marked, key=lambda p: float(np.linalg.norm(p - m)))
    far, near = (float(np.linalg.norm(drawn[i] - m)) for i in (k - 1, -1))
    assert close(said["far"], far) and close(said["near"], near), (far, near)
    assert near < far


def check_escaped_saddle(view, said, chart: str) -> None:
    """ "along the saddle's negative-curvature direction (curvature λ): at the last drawn step,
    k, it is a from the saddle that way and b across": λ the smallest eigenvalue of the
    Hessian at the surface's saddle, negative; the last drawn point's components along its
    eigenvector and across are a and b, a ≥ 3b."""
    first = opening(view, said, ("playground.escaped",))
    drawn = path(view, chart, first["name"])
    ls = surface(view)
    assert int(said.number("step")) == len(drawn) - 1
    start = drawn[0]
    saddle = min(ls.saddles, key=lambda s: float(np.hypot(s[0] - start[0], s[1] - start[1])))
    found = optimizers.analyse(ls.loss, saddle)
    k = int(np.argmin(found.eigenvalues))
    assert found.eigenvalues[k] < 0 and close(said["lam"], float(found.eigenvalues[k]))
    d = drawn[-1] - np.asarray(saddle)
    along = abs(float(d @ found.eigenvectors[:, k]))
    across = float(np.linalg.norm(d - (d @ found.eigenvectors[:, k]) * found.eigenvectors[:, k]))
    assert close(said["along"], along) and close(said["across"], across, digits=2)
    assert along >= 3 * across


def check_diverged(view, said, chart: str) -> None:
    """ "diverged at step k": points 0 … k − 1 are drawn, all within the far bound; the run
    stopped drawing where it passed it."""
    drawn = path(view, chart, said["name"])
    ls = surface(view)
    k = int(said.number("step"))
    assert len(drawn) == k, (len(drawn), k)
    assert readings.diverged(drawn, ls.far_bound) is None, "a drawn point is past the far bound"


def _diverged_run(view, said, chart: str) -> tuple[np.ndarray, object]:
    first = opening(
        view,
        said,
        (
            "playground.unstable",
            "playground.diverged",
            "playground.downhill",
            "playground.escaped",
            "playground.returning",
        ),
    )
    return path(view, chart, first["name"]), surface(view)


def check_left(view, said, chart: str) -> None:
    """ "left the picture at step j and passed the far bound at step k": the first drawn point
    outside the picture is j; k points are drawn, all within the bound."""
    drawn, ls = _diverged_run(view, said, chart)
    assert readings.left_box(drawn, picture(view, chart)) == int(said.number("left"))
    assert len(drawn) == int(said.number("step"))
    assert said.number("bound") == ls.far_bound
    assert readings.diverged(drawn, ls.far_bound) is None


def check_left_not_yet(view, said, chart: str) -> None:
    """ "It left the picture at step j; at the last drawn step, k, it is still within the far
    bound": the first drawn point outside the picture is j, k + 1 points (every step) are
    drawn, all within the bound, and the run's drawn steps grow (`became_unstable`)."""
    drawn, ls = _diverged_run(view, said, chart)
    assert readings.left_box(drawn, picture(view, chart)) == int(said.number("left"))
    assert len(drawn) == int(said.number("step")) + 1 == int(view.widget("steps").value) + 1
    assert said.number("bound") == ls.far_bound
    assert readings.diverged(drawn, ls.far_bound) is None
    assert readings.became_unstable(drawn) is not None


def check_unstable_inside(view, said, chart: str) -> None:
    """ "At the last drawn step, k, it is still inside the picture": every drawn point is in
    the picture, k + 1 drawn, and its drawn steps grow."""
    drawn, ls = _diverged_run(view, said, chart)
    assert readings.left_box(drawn, picture(view, chart)) is None
    assert len(drawn) == int(said.number("step")) + 1 == int(view.widget("steps").value) + 1
    assert said.number("bound") == ls.far_bound
    assert readings.became_unstable(drawn) is not None


def check_left_at_end(view, said, chart: str) -> None:  # pragma: no cover - no view found yet
    """ "At step k it passed the far bound": every drawn point is inside the picture, k drawn."""
    drawn, ls = _diverged_run(view, said, chart)
    assert readings.left_box(drawn, picture(view, chart)) is None
    assert len(drawn) == int(said.number("step"))
    assert said.number("bound") == ls.far_bound


def check_outside_back(view, said, chart: str) -> None:
    """ "Left the picture at step j; from step m to the last drawn step, k, it is back inside":
    point j is the first drawn outside the chart's axes, m − 1 is outside, every point from m
    to k inside, and k + 1 points are drawn."""
    drawn = path(view, chart, said["name"])
    box = picture(view, chart)
    inside = readings.inside_box(drawn, box)
    j, m, k = (int(said.number(f)) for f in ("left", "back", "step"))
    assert readings.left_box(drawn, box) == j
    assert not inside[m - 1] and inside[m:].all(), (m, inside.astype(int))
    assert len(drawn) == k + 1 == int(view.widget("steps").value) + 1


def check_outside_end(view, said, chart: str) -> None:
    """ "Left the picture at step j; at the last drawn step, k, it is outside it at (x, y),
    still within the far bound": the drawn path's last point, outside the axes, printed."""
    drawn = path(view, chart, said["name"])
    box = picture(view, chart)
    j, k = int(said.number("left")), int(said.number("step"))
    assert readings.left_box(drawn, box) == j
    assert len(drawn) == k + 1 == int(view.widget("steps").value) + 1
    assert not readings.inside_box(drawn[-1:], box)[0]
    x, y = (reader.number(v) for v in said["point"].strip("()").split(","))
    assert close(str(x), float(drawn[-1, 0])) and close(str(y), float(drawn[-1, 1]))
    assert np.abs(drawn).max() <= surface(view).far_bound == said.number("bound")


def check_quadratic(view, said, chart: str) -> None:
    """ "|1 − ελ| = |1 − ε × λ| = f > 1, so the distance along λ's direction grows ×f every
    step": the arithmetic as printed, λ an eigenvalue of the surface's Hessian, and the drawn
    steps' components along its eigenvector growing ×f from step 1 (θ_{k+1} − θ_k is
    multiplied by I − εH every step on a quadratic).

    The instability is a positive curvature's: λ > 0 and 1 − ελ < −1, so the drawn steps'
    component along it flips sign every step (the run overshoots), and no other positive
    curvature has a larger |1 − ελ|. A negative curvature's growth ×(1 + ε|λ|) is the run going
    downhill (the saddle x² − y² at ε = 1.5 named λ = −2, ×4, while the drawn x flipped ×−2
    and carried the run past the far bound)."""
    drawn, ls = _diverged_run(view, said, chart)
    lr, lam, f = said.number("lr"), said.number("lam"), said.number("factor")
    assert f > 1 and close(said["factor"], abs(1 - lr * lam))
    assert lam > 0, f"λ = {lam}: growth along a negative curvature is downhill, not unstable"
    there = optimizers.analyse(ls.loss, tuple(drawn[0]))
    lams = np.asarray(there.eigenvalues, dtype=np.float64)
    i = int(np.argmin(np.abs(lams - lam)))
    assert close(said["lam"], float(lams[i]))
    assert all(abs(1 - lr * m) <= f + 1e-6 for m in lams[lams > 0]), (lams, lr, f)
    moved = np.diff(drawn, axis=0) @ np.asarray(there.eigenvectors)[:, i]
    along = np.abs(moved)
    ratios = along[1:] / along[:-1]
    np.testing.assert_allclose(ratios, f, rtol=5e-3)
    assert np.all(np.sign(moved[1:]) == -np.sign(moved[:-1])), "the drawn steps do not overshoot"
