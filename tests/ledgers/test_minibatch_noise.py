"""The minibatch-noise lesson's ledger checks: each sentence's numbers, read back from the
words, against what the figures draw: the paths on the line's loss (`mb_contour`), their loss
curves over epochs (`mb_loss`), and the noisy runs' end points on the narrow/wide surface
(`sf_contour`). The loss itself is read from the contour's hover grid, fitted as the quadratic
it is: z = c + g·θ + ½θᵀHθ."""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest

from pages.minibatch_noise import claims
from pages.minibatch_noise.ledger import DIVERGING, UNSTABLE_NAME
from pages.minibatch_noise.ledger import NAME as NAME_RX
from tests import ledger as reader
from tests.lessons import open_page
from ui import readings
from ui.claims import sig
from ui.i18n import figure_labels


def path(view: reader.View, name: str) -> np.ndarray:
    """The drawn path (points, 2) of the run named."""
    fig = view.chart("mb_contour")
    for trace in fig["data"]:
        if trace.get("mode") == "lines+markers" and trace.get("name") == name.strip():
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return np.stack([x, y], axis=1)
    raise AssertionError(f"no path drawn for {name!r}")


def loss_curve(view: reader.View, name: str) -> tuple[np.ndarray, np.ndarray]:
    fig = view.chart("mb_loss")
    return reader.xy(reader.traces(fig)[name.strip()])


def drawn_loss(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The drawn loss's Hessian and gradient coefficients (H, g) from the hover grid."""
    fig = view.chart("mb_contour")
    grid = next(tr for tr in fig["data"] if tr.get("type") == "heatmap")
    grid = reader.traces({"data": [grid]})[grid.get("name")]
    x, y = np.meshgrid(np.asarray(grid["x"], float), np.asarray(grid["y"], float))
    z = np.asarray(grid["z"], float)
    x, y, z = x.ravel(), y.ravel(), z.ravel()
    design = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=1)
    _c, gx, gy, a, b, d = np.linalg.lstsq(design, z, rcond=None)[0]
    return np.array([[2 * a, b], [b, 2 * d]]), np.array([gx, gy])


def _full_batch(name: str) -> bool:
    """The full-batch run's name ("full batch B = 20", "整批 B = 20")."""
    return name.strip().startswith(("full batch", "整批"))


def _why(view, said) -> reader.Said:
    found = reader.said([said.text], "minibatch.diverged.why", view.lang)
    assert found, "no reason after the diverged runs"
    return found[0]


def check_diverged(view, said):
    step = int(said.number("step"))
    points = path(view, said["name"])
    bound = reader.number(_why(view, said)["bound"])
    assert len(points) == step, (len(points), step)  # steps 0 … k − 1
    assert readings.diverged(points, bound) is None, "a drawn point is beyond the bound"
    _x, curve = loss_curve(view, said["name"])
    assert len(curve) == step and np.all(np.isfinite(curve)), (len(curve), step)
    assert curve[-1] > curve[0], "its drawn loss ends below its start: not a blow-up"
    if _full_batch(said["name"]):
        h, g = drawn_loss(view)
        lr = float(view.widget("mb_lr").value)
        nxt = points[-1] - lr * (h @ points[-1] + g)
        assert np.max(np.abs(nxt)) > bound, (nxt, bound)


def _names(view) -> list[str]:
    return [
        tr["name"] for tr in view.chart("mb_contour")["data"] if tr.get("mode") == "lines+markers"
    ]


UNSTABLE_KEYS = (
    "minibatch.unstable",
    "minibatch.unstable.peaked",
    "minibatch.unstable.dipped",
    "minibatch.unstable.swings",
)


def _unstable_steps(view, said) -> tuple[np.ndarray, np.ndarray]:
    """The steps' part of an unstable run's sentence against its drawn path; its drawn loss
    curve (epochs, loss − min), drawn to the last epoch, starting and ending as named."""
    name = said["name"]
    points = path(view, name)
    x, curve = loss_curve(view, name)
    epochs = int(view.widget("mb_epochs").value)
    assert len(curve) == len(points) and np.isclose(x[-1], epochs), "not drawn to the end"
    onset = readings.became_unstable(points)
    assert onset is not None and onset.step == int(said.number("step")), (onset, said.fields)
    assert abs(onset.growth - said.number("growth")) <= 0.006
    assert said["start"] == shown(curve[0]) and said["end"] == shown(curve[-1]), said.fields
    assert curve[-1] > curve[0]
    # "has not passed ±1,000,000": the named bound, every drawn point of the run inside it
    bound = reader.number(said["bound"])
    assert bound == 1e6 and np.all(np.abs(points) <= bound), (said["bound"], points)
    return x, curve


def shown(value: float) -> str:
    """A loss as the sentences print it: 3 significant digits, 6.22×10⁴ beyond 1000."""
    return sig(float(value), 3)


def above(value: float, ref: float) -> bool:
    """Visibly above: higher, and not printed the same."""
    return value > ref and shown(value) != shown(ref)


def check_unstable(view, said):
    _x, curve = _unstable_steps(view, said)
    # "its loss rose from 16 to 43.3": no drawn value visibly below the start or above the end
    # (B = 5 at ε = 1.5 falls to 0.0779 at step 13 after a peak of 85.1, and the words hid it)
    low, high = int(np.argmin(curve)), int(np.argmax(curve))
    assert not above(curve[0], curve[low]), f"the drawn loss falls to {shown(curve[low])} at {low}"
    assert not above(curve[high], curve[-1]), f"the drawn loss peaks at {shown(curve[high])}"
    _others_named(view, said)


def _lowest(x, curve, said) -> int:
    low = int(np.argmin(curve))
    assert said["low"] == shown(curve[low]) and above(curve[0], curve[low]), (low, said.fields)
    assert int(said.number("low_step")) == low, (low, said["low_step"])
    assert said["epoch"] == f"{x[low]:.3g}", (x[low], said["epoch"])  # where the eye finds it
    return low


def check_unstable_dipped(view, said):
    """ "fell from 16 to 0.0547 by step 1 (epoch 0.1), then rose to 6.22×10⁴": the lowest
    drawn value is at that step, nothing before it visibly above the start, nothing after it
    above the end."""
    x, curve = _unstable_steps(view, said)
    low = _lowest(x, curve, said)
    assert not above(curve[: low + 1].max(), curve[0]), "it rose above its start on the way down"
    assert not above(curve[low:].max(), curve[-1]), "it rose above its end on the way up"
    _others_named(view, said)


def _highest(x, curve, said) -> int:
    high = int(np.argmax(curve))
    assert said["high"] == shown(curve[high]), (shown(curve[high]), said["high"])
    assert int(said.number("high_step")) == high and said["high_epoch"] == f"{x[high]:.3g}"
    return high


def check_unstable_peaked(view, said):
    """ "climbed from 16 to 109 by step 3 (epoch 0.75) and ended at 86.2": nothing drawn visibly
    below the start; the highest drawn value at that step."""
    x, curve = _unstable_steps(view, said)
    assert not above(curve[0], curve.min()), f"the drawn loss falls to {shown(curve.min())}"
    _highest(x, curve, said)
    _others_named(view, said)


def check_unstable_swings(view, said):
    """ "went up and down from 16 to 43.3: lowest 0.0779 at step 13 (epoch 3.25), highest 85.1
    at step 7 (epoch 1.75)": the drawn curve's extremes, where they are drawn."""
    x, curve = _unstable_steps(view, said)
    _lowest(x, curve, said)
    _highest(x, curve, said)
    _others_named(view, said)


def view_dipped(lang):
    """ε = 1.22, B = 2, 2 epochs, seed 0: B = 2's drawn loss falls from 16 to 0.0547 at step 1,
    then rises to 6.22×10⁴, never above its start before its lowest or above its end after."""
    return open_page(
        "minibatch-noise", lang, mb_lr="1.22", mb_batch="2", mb_epochs="2", mb_seed="0"
    )


def _others_named(view, said):
    epochs = int(view.widget("mb_epochs").value)
    # every run the drawn data shows diverging or growing so is named in the alert
    alert = said.text
    for other in _names(view):
        p = path(view, other)
        _ox, oc = loss_curve(view, other)
        if not np.isclose(_ox[-1], epochs):
            assert any(
                s["name"] == other
                for s in reader.said([alert], "minibatch.diverged", view.lang, name=NAME_RX)
            ), other
        elif readings.became_unstable(p) is not None and oc[-1] > oc[0]:
            assert any(
                s["name"] == other
                for key in UNSTABLE_KEYS
                for s in reader.said([alert], key, view.lang, name=UNSTABLE_NAME)
            ), other


def check_unstable_why(view, said):
    lr = said.number("lr")
    assert lr == float(view.widget("mb_lr").value)
    h, _ = drawn_loss(view)
    stable = 2.0 / float(np.linalg.eigvalsh(h)[-1])
    assert float(f"{stable:.3g}") == said.number("stable"), (stable, said["stable"])
    bound = reader.number(said["bound"])
    for name in _names(view):
        assert np.all(np.abs(path(view, name)) <= bound), name


def view_unstable_only(lang):
    return open_page("minibatch-noise", lang, mb_lr="1.22", mb_epochs="1", mb_seed="5")


def check_why(view, said):
    bound = reader.number(said["bound"])
    fig = view.chart("mb_contour")
    for trace in fig["data"]:
        if trace.get("mode") == "lines+markers":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            assert np.all(np.abs(x) <= bound) and np.all(np.abs(y) <= bound), trace.get("name")
    lr = said.number("lr")
    assert lr == float(view.widget("mb_lr").value)
    h, _ = drawn_loss(view)
    stable = 2.0 / float(np.linalg.eigvalsh(h)[-1])
    assert float(f"{stable:.3g}") == said.number("stable"), (stable, said["stable"])
    # ε above full-batch 2/λmax, or inside it with the batches' own curvature said to explain
    # it (ε = 1 < 1.21: stochastic B = 1 diverged, its steepest example's λ 4.96)
    batch = reader.said(
        [said.text], "minibatch.batch_why", view.lang, items=r"[^\n]+?(?=\. Along|。沿)"
    )
    assert stable < lr or batch, said.text


def _replayed(view, name: str) -> tuple[np.ndarray, np.ndarray]:
    """The named run replayed in float64 from the model with its batch rows (run i of the
    three is seeded seed + i), up to its last drawn step and the step after (the one that
    diverged, if any): its points, checked against the drawn path, and its batch rows."""
    from models import datasets
    from optimizers import minibatch

    data = datasets.line()
    names = [
        tr["name"] for tr in view.chart("mb_contour")["data"] if tr.get("mode") == "lines+markers"
    ]
    i = names.index(name.strip())
    batch = _batch(name)
    epochs, seed = int(view.widget("mb_epochs").value), int(view.widget("mb_seed").value)
    lr = float(view.widget("mb_lr").value)
    rows = minibatch.batch_weights(data.n, batch, epochs, seed + i)
    drawn = path(view, name)
    steps = min(len(rows), len(drawn))  # the drawn steps and the one that left the bound
    theta, points = np.array(drawn[0], dtype=np.float64), [np.array(drawn[0], dtype=np.float64)]
    a, y = np.asarray(data.a, np.float64), np.asarray(data.y, np.float64)
    for w in rows[:steps]:
        theta = theta - lr * a.T @ (w * (a @ theta - y))
        points.append(theta)
    points = np.asarray(points)
    m = min(len(drawn), 8)  # float32 runs part from float64 as they grow: the first steps
    np.testing.assert_allclose(points[:m], drawn[:m], rtol=1e-3, atol=1e-3)
    return points, rows[:steps]


def _steepest(view, name: str) -> float:
    from models import datasets

    a = np.asarray(datasets.line().a, np.float64)
    _, rows = _replayed(view, name)
    return max(float(np.linalg.eigvalsh(a.T @ (w[:, None] * a))[-1]) for w in rows)


def check_batch_why(view, said):
    lr = float(view.widget("mb_lr").value)
    assert said.number("lr") == lr
    h, _ = drawn_loss(view)
    assert lr < 2.0 / float(np.linalg.eigvalsh(h)[-1])
    named = [
        one["name"].strip()
        for item in re.split(r"; |；", said["items"])
        for one in reader.said(
            [item], "minibatch.batch_why_item", view.lang, name=r"[^·：:；;。\n]*?B = \d+"
        )
    ]
    went = []
    for tr in view.chart("mb_contour")["data"]:
        if tr.get("mode") != "lines+markers":
            continue
        name = tr["name"]
        text = " ".join(view.texts)
        said = re.search(re.escape(name) + r" (diverged|has not passed|在第|还没有越过)", text)
        if said and lr > 2 / _steepest(view, name):
            went.append(name)
    assert sorted(named) == sorted(went), (named, went)


def check_batch_why_item(view, said):
    lam = _steepest(view, said["name"])
    lr = float(view.widget("mb_lr").value)
    assert said["lam"] == f"{lam:.3g}" and said["limit"] == f"{2 / lam:.3g}", (said.text, lam)
    assert lr > 2 / lam


def _per_epoch(view, name) -> int:
    x, _ = loss_curve(view, name)
    assert len(x) >= 2, "one point: no spacing to read"
    return round(1.0 / float(x[1] - x[0]))


def _batch(name: str) -> int:
    return int(re.search(r"B = (\d+)", name).group(1))


def check_steps(view, said):
    points = path(view, said["name"])
    epochs = int(view.widget("mb_epochs").value)
    assert int(said.number("steps")) == epochs * int(said.number("k"))
    if len(points) == 1 and not view.chart("mb_loss").get("data"):
        # a study question is open: every run is drawn at its start only and no loss curve
        # is drawn; k is the data's size (the full batch's B, in its name) over this B
        full = next(n for n in reader.traces(view.chart("mb_contour")) if _full_batch(n))
        assert int(said.number("k")) == _batch(full) // _batch(said["name"])
        return
    assert len(points) - 1 == int(said.number("steps")), (len(points) - 1, said["steps"])
    assert _per_epoch(view, said["name"]) == int(said.number("k"))


def check_stopped(view, said):
    points = path(view, said["name"])
    assert len(points) - 1 == int(said.number("last")), (len(points) - 1, said["last"])
    k = int(said.number("k"))
    if len(points) >= 2:
        assert _per_epoch(view, said["name"]) == k
    epochs = int(view.widget("mb_epochs").value)
    assert int(said.number("steps")) == epochs * k
    assert int(said.number("last")) < int(said.number("steps"))


def ends(
    view: reader.View, which: tuple[str, ...] = ("diamond", "diamond-open")
) -> dict[int, np.ndarray]:
    """The drawn end points per batch size, in drawing order: the filled diamonds (inside the
    axes) and the open ones (beyond them, held at the edge), as drawn."""
    fig = view.chart("sf_contour")
    out: dict[int, np.ndarray] = {}
    for trace in fig["data"]:
        if trace.get("marker", {}).get("symbol") in which:
            b = int(re.search(r"B = (\d+)", trace["name"]).group(1))
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            out[b] = np.concatenate([out.get(b, np.zeros((0, 2))), np.stack([x, y], axis=1)])
    return out


def axes(view: reader.View) -> tuple[tuple[float, float], tuple[float, float]]:
    layout = view.chart("sf_contour")["layout"]
    return tuple(layout["xaxis"]["range"]), tuple(layout["yaxis"]["range"])


def inside(points: np.ndarray, box) -> np.ndarray:
    (xlo, xhi), (ylo, yhi) = box
    p = np.asarray(points, float).reshape(-1, 2)
    eps = 1e-6
    return (
        (p[:, 0] >= xlo - eps)
        & (p[:, 0] <= xhi + eps)
        & (p[:, 1] >= ylo - eps)
        & (p[:, 1] <= yhi + eps)
    )


def saddle_x(view: reader.View) -> float:
    fig = view.chart("sf_contour")
    name = figure_labels(view.lang)["saddle"]
    trace = next(tr for tr in fig["data"] if tr.get("name") == name)
    return float(reader.xy(reader.traces({"data": [trace]})[name])[0][0])


def _batch_before(said) -> int:
    return int(re.findall(r"B = (\d+)", said.text[: said.start])[-1])


def check_left(view, said):
    b = _batch_before(said)
    drawn = ends(view)[b]
    assert len(drawn) == int(said.number("total")), (len(drawn), said["total"])
    # a reader counts what is on screen: every end point is drawn within the axes
    assert np.all(inside(drawn, axes(view))), drawn[~inside(drawn, axes(view))]
    # "left the narrow valley": farther from its drawn bottom (the minimum marker nearest the
    # pass, left of it) than the pass is; an end beyond the axes counts at its real place
    sx = saddle_x(view)
    bottom = valley_bottom(view)
    reach = float(np.hypot(sx - bottom[0], saddle_y(view) - bottom[1]))
    assert said.number("bx") == round(bottom[0], 2) and said.number("by") == round(bottom[1], 2)
    assert said.number("reach") == round(reach, 2)
    real = real_ends(view)[b]
    far = int(np.sum(np.linalg.norm(real - bottom, axis=1) > reach))
    assert far == int(said.number("left")), (far, said["left"])
    right = int(np.sum(real[:, 0] > sx))
    assert right == int(said.number("basin")), (right, said["basin"])
    assert said.number("pass_x") == round(sx, 2)


def saddle_y(view: reader.View) -> float:
    fig = view.chart("sf_contour")
    name = figure_labels(view.lang)["saddle"]
    trace = next(tr for tr in fig["data"] if tr.get("name") == name)
    return float(reader.xy(reader.traces({"data": [trace]})[name])[1][0])


def test_an_end_far_below_the_valley_has_left_it():
    """A fresh read: an end at (−1.89, −4.08), left of the pass at x = −1.15 but far below the
    valley, was counted as "did not leave the valley". The valley is the disc around its
    bottom (−1.98, 0) out to the pass, 0.83 away."""
    import landscapes
    from pages.minibatch_noise import claims

    ls = landscapes.get("sharp_flat")
    bottom, reach = claims.valley(ls.minima, ls.saddles[0])
    assert np.allclose(bottom, (-1.98, 0.0), atol=0.01) and abs(reach - 0.83) < 0.01
    ends = np.array([[-1.89, -4.08], [-1.90, 0.10], [1.70, 0.2]])
    assert claims.left_valley(ends, bottom, reach).tolist() == [True, False, True]


def valley_bottom(view: reader.View) -> np.ndarray:
    """The drawn minimum marker nearest the pass on its left: the narrow valley's bottom."""
    fig = view.chart("sf_contour")
    name = figure_labels(view.lang)["minimum"]
    trace = next(tr for tr in fig["data"] if tr.get("name") == name)
    xs, ys = reader.xy(reader.traces({"data": [trace]})[name])
    sx = saddle_x(view)
    pts = [(x, y) for x, y in zip(xs, ys, strict=True) if x < sx]
    return np.array(min(pts, key=lambda p: abs(sx - p[0])), dtype=float)


def real_ends(view: reader.View) -> dict[int, np.ndarray]:
    """Each batch size's end points at their real places: the filled diamonds as drawn and
    the open ones (held at the edge) at the place their hover gives."""
    fig = view.chart("sf_contour")
    out: dict[int, list] = {}
    for trace in fig["data"]:
        symbol = trace.get("marker", {}).get("symbol")
        if symbol not in ("diamond", "diamond-open"):
            continue
        b = int(re.findall(r"B = (\d+)", trace["name"])[0])
        shown = reader.traces({"data": [trace]})[trace["name"]]
        if symbol == "diamond-open":
            pts = np.asarray(shown["customdata"], dtype=float).reshape(-1, 2)
        else:
            x, y = reader.xy(shown)
            pts = np.stack([x, y], axis=1)
        out.setdefault(b, []).extend(pts.tolist())
    return {b: np.asarray(p, dtype=float) for b, p in out.items()}


def check_outside(view, said):
    b = _batch_before(said)
    fig = view.chart("sf_contour")
    held = [
        tr
        for tr in fig["data"]
        if tr.get("marker", {}).get("symbol") == "diamond-open" and f"B = {b}" in tr["name"]
    ]
    assert len(held) == 1, [tr.get("name") for tr in held]
    (trace,) = held
    where = np.asarray(reader.traces({"data": [trace]})[trace["name"]]["customdata"], float)
    at = ends(view, ("diamond-open",))[b]
    assert len(at) == len(where) == int(said.number("out")), (len(at), len(where), said["out"])
    assert not np.any(inside(where, axes(view)))  # truly beyond the axes …
    assert np.all(inside(at, axes(view)))  # … and drawn at their edge
    assert np.allclose(at, claims.clamp(where, axes(view)), atol=1e-4)
    # on which side of the pass each really lies (its hover), as the sentence splits them
    right = int(np.sum(where[:, 0] > saddle_x(view)))
    assert (right, len(where) - right) == (int(said.number("right")), int(said.number("left")))


def _end(text: str) -> np.ndarray:
    return np.array([reader.number(v) for v in text.strip().strip("()").split(",")])


def check_same(view, said):
    """B = 1: the minibatch run and SGD are both B = 1, their drawn paths differ and end where
    named; B = n: the minibatch run and the full batch are both B = n and their drawn paths
    coincide."""
    mini = path(view, said["mini"])
    other_name = said["sgd"] if said.key == "minibatch.same.sgd" else said["gd"]
    other = path(view, other_name)
    assert _batch(said["mini"]) == _batch(other_name) == int(view.widget("mb_batch").value)
    np.testing.assert_allclose(_end(said["mini_end"]), mini[-1], atol=0.006)
    if said.key == "minibatch.same.sgd":
        np.testing.assert_allclose(_end(said["sgd_end"]), other[-1], atol=0.006)
        assert _batch(other_name) == 1
        assert mini.shape != other.shape or np.max(np.abs(mini - other)) > 1e-3, "paths coincide"
    else:
        assert mini.shape == other.shape and np.allclose(mini, other, atol=1e-4), "paths differ"


def check_paths_out(view, said):
    b = _batch_before(said)
    fig = view.chart("sf_contour")
    drawn = [
        np.stack(reader.xy(reader.traces({"data": [tr]})[tr["name"]]), axis=1)
        for tr in fig["data"]
        if tr.get("mode") == "lines+markers" and tr.get("name") == f"B = {b}"
    ]
    gone = sum(readings.left_box(p, axes(view)) is not None for p in drawn)
    assert gone == int(said.number("n")), (gone, said["n"])


def check_pair(view, said):
    small = int(said.number("small"))
    large = int(said.number("large")) if "large" in said.fields else small  # "both B = 8"
    assert small == int(view.widget("sf_small").value)
    assert large == int(view.widget("sf_large").value)
    assert small >= large, "a pair drawn as set needs no notice"
    drawn = (int(said.number("drawn_small")), int(said.number("drawn_large")))
    assert list(ends(view)) == list(drawn), (list(ends(view)), drawn)
    assert drawn[0] < drawn[1]
    assert drawn == ((large, small) if small > large else (1, 16))


# ---- issue 31: the view that logged RuntimeWarnings -------------------------------------------
def test_a_diverging_run_stops_at_the_bound_and_is_said():
    """Issue 31's tampered link (ε = 10 on the line's loss, where 2/λ_max = 1.21) logged
    overflow and invalid-value RuntimeWarnings. Now it logs none; each run is drawn up to the
    step before it passed ±10⁶ (full batch: steps 0 … 4, x = −2, 60.4, −896, 13 884,
    −215 365), the alert names where each diverged, and the steps line says the full batch was
    set 20 steps and is drawn up to step 4 (it said "20 steps in all"). Every ledger sentence
    on the view reads true."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        at = open_page("minibatch-noise", **DIVERGING)
    assert not at.exception
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)], [
        f"{w.filename}:{w.lineno} {w.message}" for w in caught
    ]
    view = reader.View(at, "minibatch-noise")
    full = path(view, "full batch B = 20")
    np.testing.assert_allclose(full[:, 0], [-2.0, 60.364, -896.44, 13884.1, -215364.5], rtol=1e-4)
    said = {s["name"]: s for s in view.said("minibatch.diverged")}
    assert said["full batch B = 20"]["step"] == "5"
    stopped = {s["name"]: s for s in view.said("minibatch.steps.stopped")}
    assert stopped["full batch B = 20"]["last"] == "4"
    assert stopped["full batch B = 20"]["steps"] == "20"
    assert "20 steps in all" not in " ".join(view.texts)
    assert not reader.check_view(view)


def test_every_run_that_diverged_or_grew_is_named():
    """mb_lr = 1.5 (2/λ_max = 1.21): the alert named only 'stochastic B = 1 diverged at step
    17', while the full batch's drawn loss goes 16.0 → 25.4 → 53.9 → 119 → 264 → 586 (×2.2 a
    step; |1 − 1.5 λ_max| = 1.48 on the distance) inside the bound: it is named as unstable
    from step 1 too."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("minibatch-noise", lang, mb_lr="1.5"), "minibatch-noise", lang)
        full = next(n for n in _names(view) if _full_batch(n))
        _x, curve = loss_curve(view, full)
        assert [f"{v:.3g}" for v in curve] == ["16", "25.4", "53.9", "119", "264", "586"]
        named = [s["name"] for s in view.said("minibatch.unstable", name=UNSTABLE_NAME)]
        assert full in named, named
        (said,) = [
            s for s in view.said("minibatch.unstable", name=UNSTABLE_NAME) if s["name"] == full
        ]
        assert said["step"] == "1" and (said["start"], said["end"]) == ("16", "586")
        assert not reader.check_view(view)


def test_a_run_that_fell_before_it_rose_says_so():
    """mb_lr = 1.5, B = 5: the alert said "its loss rose from 16 to 43.3", while the drawn
    curve falls to 0.21 at step 1, peaks at 85.1 at step 7 (epoch 1.75), falls to its lowest,
    0.0779, at step 13 (epoch 3.25) and only then rises to 43.3. It now says it went up and
    down, with both extremes, read from the drawn curve; the full batch, which only rose
    (16 → 586), keeps "rose"."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("minibatch-noise", lang, mb_lr="1.5"), "minibatch-noise", lang)
        mini = next(n for n in _names(view) if re.search(r"B = 5\b", n))
        _x, curve = loss_curve(view, mini)
        low = int(np.argmin(curve))
        assert (f"{curve[0]:.3g}", f"{curve[low]:.3g}", low, f"{curve[-1]:.3g}") == (
            "16",
            "0.0779",
            13,
            "43.3",
        )
        assert int(np.argmax(curve)) == 7 and f"{curve[7]:.3g}" == "85.1"
        (said,) = [
            s
            for s in view.said("minibatch.unstable.swings", name=UNSTABLE_NAME)
            if s["name"] == mini
        ]
        assert (said["start"], said["end"]) == ("16", "43.3")
        assert (said["low"], said["low_step"], said["epoch"]) == ("0.0779", "13", "3.25")
        assert (said["high"], said["high_step"], said["high_epoch"]) == ("85.1", "7", "1.75")
        assert mini not in [s["name"] for s in view.said("minibatch.unstable", name=UNSTABLE_NAME)]
        assert not reader.check_view(view)


# ---- a student's read: B = 1's end points beyond the axes, the pass under the path -------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_counted_end_point_is_on_screen_and_the_pass_on_top(lang):
    """Default view: 11 of B = 1's 16 end points lie right of the pass at x = −1.15, but three
    end points ((0.12, 3.08), (−0.64, 4.17), (−1.89, −4.08)) lie beyond y ∈ [−3, 3]: a reader
    counted about 8. Each is now drawn at the edge (an open diamond), and the line says so."""
    view = reader.View(open_page("minibatch-noise", lang), "minibatch-noise", lang)
    box = axes(view)
    assert box == ((-4.0, 4.0), (-3.0, 3.0))
    drawn = ends(view)[1]
    assert len(drawn) == 16 and np.all(inside(drawn, box))
    assert int(np.sum(drawn[:, 0] > saddle_x(view))) == 11
    (said,) = view.said("minibatch.sharp.outside")
    assert said.number("out") == 3
    fig = view.chart("sf_contour")
    names = [tr.get("name") for tr in fig["data"]]
    saddle = figure_labels(lang)["saddle"]
    last_path = max(i for i, tr in enumerate(fig["data"]) if tr.get("mode") == "lines+markers")
    assert max(i for i, n in enumerate(names) if n == saddle) > last_path  # drawn on top
    assert not reader.check_view(view)


# ---- a lecturer's fresh read (1024×768 中文 projector) -----------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_end_points_beyond_the_axes_are_split_at_the_pass(lang):
    """Default view: "11 of 16 left the narrow valley. 其中 3 个终点在画出的范围之外" read as
    3 of those 11, but the three open diamonds' real places are x = 0.12, −0.64 and −1.89:
    the last is left of the pass at x = −1.15 (it stayed). The sentence now splits them: 2
    right of the pass, 1 left, read from the open diamonds' hover (their real places)."""
    view = reader.View(open_page("minibatch-noise", lang, proj="1"), "minibatch-noise", lang)
    fig = view.chart("sf_contour")
    (trace,) = [
        tr
        for tr in fig["data"]
        if tr.get("marker", {}).get("symbol") == "diamond-open" and "B = 1" in tr["name"]
    ]
    where = np.asarray(reader.traces({"data": [trace]})[trace["name"]]["customdata"], float)
    np.testing.assert_allclose(sorted(where[:, 0]), [-1.89, -0.64, 0.12], atol=0.01)
    (said,) = view.said("minibatch.sharp.outside")
    right = int(np.sum(where[:, 0] > saddle_x(view)))
    assert (said.number("out"), said.number("right"), said.number("left")) == (3, right, 1)
    assert right == 2
    assert "其中" not in said.text
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_two_runs_of_one_batch_size_are_told_apart(lang):
    """`mb_batch=1`: the legend shows "minibatch B = 1" and "stochastic B = 1" with different
    paths, ending at (1.92, 1.18) and (1.97, 1.21), and nothing said why. A sentence now says
    they differ only in the shuffle, with both drawn ends; at B = n (20) it says the minibatch
    run is the full batch, the two drawn paths coinciding."""
    view = reader.View(
        open_page("minibatch-noise", lang, proj="1", mb_batch="1"), "minibatch-noise", lang
    )
    names = _names(view)
    ones = [n for n in names if _batch(n) == 1]
    assert len(ones) == 2
    a, b = (path(view, n) for n in ones)
    assert np.max(np.abs(a[-1] - b[-1])) > 0.01  # two different drawn paths
    (said,) = view.said("minibatch.same.sgd", mini=NAME_RX, sgd=NAME_RX)
    assert {said["mini"], said["sgd"]} == set(ones)
    assert not reader.check_view(view)
    view = reader.View(
        open_page("minibatch-noise", lang, proj="1", mb_batch="20"), "minibatch-noise", lang
    )
    (said,) = view.said("minibatch.same.gd", mini=NAME_RX, gd=NAME_RX)
    np.testing.assert_allclose(path(view, said["mini"]), path(view, said["gd"]), atol=1e-4)
    assert not reader.check_view(view)


PAGE = "minibatch-noise"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("lr", ["1", "1.1"])
def test_a_run_diverging_inside_the_full_batch_bound_is_given_its_batches_curvature(lang, lr):
    """Fresh read (ε = 1 and 1.1): "stochastic B = 1 diverged at step 47 … full-batch gradient
    descent on this loss is stable only for ε < 2/λmax = 1.21", with ε inside the bound and no
    reason. One example's curvature 1 + xᵢ² (4.96) is far above λmax = 1.66: the page now says
    B = 1 steps on a batch stable only below 2/λ = 0.404, recomputed from the replayed run."""
    view = reader.View(open_page(PAGE, lang, mb_lr=lr), PAGE, lang)
    (said,) = view.said("minibatch.batch_why", items=r"[^\n]+?(?=\. Along|。沿)")
    check_batch_why(view, said)
    assert "0.404" in said["items"] and "4.96" in said["items"]
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_bound_an_unstable_run_has_not_passed_is_named(lang):
    """Fresh read (ε = 2): "full batch B = 20 has not passed the bound but became unstable"
    right after "stable only for ε < … 1.21": "the bound" was ±1,000,000, now named."""
    view = reader.View(open_page(PAGE, lang, mb_lr="2"), PAGE, lang)
    text = " ".join(view.texts)
    named = {
        "en": "full batch B = 20 has not passed ±1,000,000",
        "zh": "整批 B = 20 还没有越过 ±1,000,000",
    }
    assert named[lang] in text, text
    assert "passed the bound" not in text and "越过边界" not in text
    assert not reader.check_view(view)


def test_on_a_projector_the_legend_is_side_by_side_and_the_charts_a_row_shorter():
    """Fresh read (中文 projector, 1024×768): the four main sliders sat at y = 730–826, their
    handles below the screen, under the contour's legend of three rows. On a projector the
    legend's entries now run side by side (two rows) and both charts are one legend row
    (34 px) shorter with the contour's plot the same size (the browser layout test holds the
    figure whole); off the projector nothing changed."""
    for proj, height, orientation in (("1", 456, "h"), ("0", 490, "v")):
        view = reader.View(open_page(PAGE, "zh", proj=proj), PAGE, "zh")
        contour, losses = view.chart("mb_contour")["layout"], view.chart("mb_loss")["layout"]
        assert contour["legend"]["orientation"] == orientation
        assert contour["height"] == losses["height"] == height, (contour["height"], proj)
