"""The regularisation lesson's ledger checks: each sentence's numbers, read back from the
words, against what the figures draw. The training loss is read from a contour's hover grid,
fitted as the quadratic it is (z = c + g·w + ½wᵀHw); the solution paths over λ are the dotted
lines, whose i-th point is λ = i/(N − 1) of the slider's range."""

from __future__ import annotations

import numpy as np
import pytest

from tests import ledger as reader
from tests.lessons import open_page
from ui.claims import sig

NAMES = ("w₁", "w₂")
TITLES = {"l2": ("L2 (weight decay)", "L2（权重衰减）"), "l1": ("L1 (sparse)", "L1（稀疏）")}
PATH = {"en": "solution as λ grows", "zh": "λ 增大时的解"}
GD = {"en": "gradient descent (stopped early)", "zh": "梯度下降（提前停止）"}
CURVES = {"en": ("training loss", "validation loss"), "zh": ("训练损失", "验证损失")}


def _trace(view, chart, name) -> np.ndarray:
    fig = view.chart(chart)
    for trace in fig["data"]:
        if trace.get("name") == name:
            x, y = reader.xy(reader.traces({"data": [trace]})[name])
            return np.stack([x, y], axis=1)
    raise AssertionError(f"no {name!r} on {chart}")


def solution_path(view, norm) -> tuple[np.ndarray, np.ndarray]:
    """The drawn path of solutions and the λ of each point (the slider's range, evenly)."""
    points = _trace(view, f"reg_{norm}", PATH[view.lang])
    lam_max = float(view.widget("reg_lam").max)
    return points, np.linspace(0.0, lam_max, len(points))


def marker(view, norm) -> np.ndarray:
    fig = view.chart(f"reg_{norm}")
    lam = float(view.widget("reg_lam").value)
    for trace in fig["data"]:
        if trace.get("mode") == "markers" and f"{lam:g}" in str(trace.get("name")):
            x, y = reader.xy(reader.traces({"data": [trace]})[trace["name"]])
            return np.array([x[0], y[0]])
    raise AssertionError(f"no solution marker at λ = {lam:g} on {norm}")


def drawn_loss(view) -> tuple[np.ndarray, np.ndarray]:
    """The training loss's Hessian and gradient coefficients, from the hover grid."""
    fig = view.chart("reg_l2")
    grid = next(tr for tr in fig["data"] if tr.get("type") == "heatmap")
    grid = reader.traces({"data": [grid]})[grid.get("name")]
    x, y = np.meshgrid(np.asarray(grid["x"], float), np.asarray(grid["y"], float))
    z = np.asarray(grid["z"], float)
    x, y, z = x.ravel(), y.ravel(), z.ravel()
    design = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=1)
    _c, gx, gy, a, b, d = np.linalg.lstsq(design, z, rcond=None)[0]
    return np.array([[2 * a, b], [b, 2 * d]]), np.array([gx, gy])


def check_notice(view, said):
    path, _ = solution_path(view, "l2")
    norms = np.linalg.norm(path, axis=1)
    assert float(f"{norms[0]:.2f}") == said.number("r0"), (norms[0], said["r0"])
    assert float(f"{norms[-1]:.2f}") == said.number("r1"), (norms[-1], said["r1"])
    assert said.number("lmax") == float(view.widget("reg_lam").max)
    assert np.all(np.diff(norms) <= 1e-6), "the drawn L2 path's length does not only shrink"
    i = NAMES.index(said["w"].strip())
    assert float(f"{path[0, i]:.2f}") == said.number("a"), (path[0, i], said["a"])
    assert float(f"{path[-1, i]:.2f}") == said.number("b"), (path[-1, i], said["b"])
    assert not np.any(path == 0.0), "a drawn L2 solution has a weight at exactly 0"


def check_notice_l1(view, said):
    path, lams = solution_path(view, "l1")
    # a weight is 0 where the readout prints it so (3 decimals: "0.000"); where it is 0 at
    # all λ from `both` on, exactly
    zero = np.round(np.abs(path), 3) == 0.0
    both = int(np.flatnonzero(np.isclose(lams, said.number("both")))[0])
    assert (path[both:] == 0.0).all(), "a drawn point after it is not (0, 0)"
    assert not zero[both - 1].all(), "the point before it is already (0, 0)"
    # every change of a weight to 0 or away from it before that point, in order
    drawn = [
        (f"{lams[k]:.2f}", NAMES[i], bool(zero[k, i]))
        for k in range(1, both)
        for i in range(2)
        if zero[k, i] != zero[k - 1, i]
    ]
    lang = view.lang
    named = sorted(
        [(s.start, s["lam"], s["which"].strip(), True)
         for s in reader.said([said["events"]], "reg.l1.zero", lang)]
        + [(s.start, s["lam"], s["which"].strip(), False)
           for s in reader.said([said["events"]], "reg.l1.back", lang)]
    )  # fmt: skip
    assert [n[1:] for n in named] == drawn, (named, drawn)


def check_contact(view, said):
    """ "At λ = 0.8, L1's diamond meets the contours on an edge …": the λ is the slider's, and
    the drawn L1 marker sits on the drawn diamond ‖w‖₁ = t at a corner (one weight exactly 0),
    on an edge (neither), or the diamond is the point (0, 0) with the marker on it."""
    assert said.number("lam") == float(view.widget("reg_lam").value), said["lam"]
    w = marker(view, "l1")
    diamond = _trace(view, "reg_l1", "‖w‖₁ = t")
    radius = float(np.abs(diamond).sum(axis=1).max())
    corners = {(radius, 0.0), (0.0, radius), (-radius, 0.0), (0.0, -radius)}
    assert np.allclose(np.abs(diamond).sum(axis=1), radius), "the drawn diamond is no diamond"
    kind = said.key.removeprefix("reg.contact.")
    if kind == "point":
        assert radius == 0.0 and np.all(w == 0.0), (radius, w)
        return
    assert radius > 0.0 and abs(np.abs(w).sum() - radius) <= 1e-9 * radius, (w, radius)
    at_corner = any(np.allclose(w, c, rtol=0, atol=1e-12) for c in corners)
    if kind == "corner":
        which = NAMES.index(said["which"].strip())
        assert w[which] == 0.0 and w[1 - which] != 0.0 and at_corner, (w, said["which"])
    else:
        assert np.all(w != 0.0) and not at_corner, w


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("lam", "kind"),
    [("0", "edge"), ("0.01", "edge"), ("0.3", "corner"), ("0.8", "edge"), ("0.94", "edge"),
     ("0.95", "corner"), ("1.5", "point")],
)  # fmt: skip
def test_the_l1_contact_is_said_as_drawn(lang, lam, kind):
    """Fresh read of ?reg_lam=0.8 (en): "L1's diamond meets the contours at a corner, where a
    weight is exactly 0", while the drawn L1 solution (0.387, 0.091) sits on the diamond's
    edge (so for λ in 0.67–0.94 and 0–0.01; at λ = 0 it is (2.544, −0.428)). The notice now
    says where the diamond meets the contours at the λ set, read from the drawn solution."""
    view = reader.View(open_page("regularization", lang, reg_lam=lam), "regularization", lang)
    said = [s for k in ("corner", "edge", "point") for s in view.said(f"reg.contact.{k}")]
    assert [s.key for s in said] == [f"reg.contact.{kind}"], [s.key for s in said]
    check_contact(view, said[0])
    assert "meets the contours at a corner, where a weight" not in " ".join(view.texts)


def _panel(view, said) -> str:
    shown = view.texts
    title = shown[shown.index(said.text) - 1]
    for norm, names in TITLES.items():
        if any(title.startswith(f"**{n}**") for n in names):
            return norm
    raise AssertionError(f"no panel title before {said.text!r}")


def check_value(view, said):
    norm = _panel(view, said)
    assert said.number("lam") == float(view.widget("reg_lam").value)
    w = marker(view, norm)
    assert [float(f"{v:.3f}") for v in w] == [said.number("w1"), said.number("w2")], w
    h, g = drawn_loss(view)
    lam = float(view.widget("reg_lam").value)
    grad = h @ w + g
    scale = 1e-2 * (1.0 + np.abs(g).max())
    if norm == "l2":
        assert np.allclose(grad + lam * w, 0.0, atol=scale), grad + lam * w
    else:
        for i in range(2):
            if w[i] != 0.0:
                assert abs(grad[i] + lam * np.sign(w[i])) <= scale, (i, grad, lam)
            else:
                assert abs(grad[i]) <= lam + scale, (i, grad, lam)


def check_zero(view, said):
    w = marker(view, "l1")
    i = NAMES.index(said["which"].strip())
    assert w[i] == 0.0 and w[1 - i] != 0.0, w


def check_near_zero(view, said):
    w = marker(view, "l1")
    i = NAMES.index(said["which"].strip())
    assert w[i] != 0.0 and f"{abs(w[i]):.3f}" == "0.000", w
    assert said["value"] == sig(float(w[i]), 2), (said["value"], w[i])


def check_zero_both(view, said):
    w = marker(view, "l1")
    assert np.all(w == 0.0), w
    diamond = _trace(view, "reg_l1", "‖w‖₁ = t")
    assert np.all(np.abs(diamond) == 0.0), "the diamond is not a point"


def check_es(view, said):
    fig = view.chart("reg_es")
    train_name, val_name = CURVES[view.lang]
    steps, val = reader.xy(reader.traces(fig)[val_name])
    _, train = reader.xy(reader.traces(fig)[train_name])
    k = int(reader.number(said["k"].strip("*")))
    assert int(steps[np.argmin(val)]) == k, (steps[np.argmin(val)], said["k"])
    assert float(f"{val.min():.3f}") == said.number("best")
    assert float(f"{val[-1]:.3f}") == said.number("end") and val[-1] > val.min()
    assert int(steps[-1]) == int(said.number("steps"))
    assert np.all(np.diff(train) <= 1e-7), "the drawn training loss rises somewhere"
    gd = _trace(view, "reg_l2", GD[view.lang])
    assert len(gd) == k + 1, (len(gd), k)
    w = gd[-1]
    assert [float(f"{v:.2f}") for v in w] == [said.number("w1"), said.number("w2")], w
    path, lams = solution_path(view, "l2")
    dist = np.linalg.norm(path - w, axis=1)
    j = int(np.argmin(dist))
    assert float(f"{dist[j]:.2f}") == said.number("d"), (dist[j], said["d"])
    assert float(f"{lams[j]:.2f}") == said.number("lam"), (lams[j], said["lam"])


# ---- the fresh read: the words against the paths -------------------------------------------
def test_the_notice_says_how_the_paths_move_over_lambda():
    """The notice said "L2 shrinks both weights together" and "one weight becomes exactly 0";
    the drawn L2 path takes w₂ from −0.43 up to 0.40 (it changes sign), and the drawn L1 path
    sets w₂ to 0 from λ = 0.02, frees it again, and is (0, 0) from λ = 1.05 on. At λ = 1.5 the
    L1 panel said "w₁, w₂ is exactly 0". The words now say what the paths draw."""
    view = reader.View(open_page("regularization", reg_lam="1.5"), "regularization")
    notice = " ".join(view.texts)
    assert "shrinks both weights together" not in notice
    said = view.said("reg.notice", l1=r"[^\n]+?")[0]
    assert (said["w"], said["a"], said["b"]) == ("w₂", "-0.43", "0.40")
    l1 = view.said("reg.notice.l1", events=r"[^\n]+?")[0]
    assert l1["both"] == "1.05"
    path, _ = solution_path(view, "l1")
    gone = path[:, 1] == 0.0
    assert gone[2] and not gone[80] and gone[110]  # 0 at λ = 0.02, back at 0.8, 0 at 1.1
    assert view.said("reg.zero.both")
    assert not reader.check_view(view)


def test_the_notice_names_every_turn_of_the_drawn_l1_path():
    """`?proj=1&reg_lam=0.9`: the drawn L1 path brings w₂ back from 0 while w₁ goes to 0
    (w = (0.117, 0.156) at λ = 0.9), and the page said only "w₂ 首先变成 0". The notice now
    names every change the drawn path makes: w₂ to 0 at 0.02, back at 0.67 (where the readout
    first prints it non-zero), w₁ to 0 at 0.95, both 0 from 1.05."""
    for lang in ("zh", "en"):
        view = reader.View(open_page("regularization", lang, reg_lam="0.9", proj="1"),
                           "regularization", lang)  # fmt: skip
        l1 = view.said("reg.notice.l1", events=r"[^\n]+?")
        assert len(l1) == 1, view.texts
        back = reader.said([l1[0]["events"]], "reg.l1.back", lang)
        assert [(b["which"].strip(), b["lam"]) for b in back] == [("w₂", "0.67")]
        check_notice_l1(view, l1[0])


def view_step_sets(lang: str):
    """λ set to 0.9 by the link, then a study step (its preset: λ = 0.3) chosen."""
    at = open_page("regularization", lang, reg_lam="0.9")
    pills = next(b for b in at.get("button_group") if b.key == "study-regularization")
    return pills.set_value("zero").run()


def check_step_sets(view, said):
    new = said.number("new")
    assert float(view.widget("reg_lam").value) == new
    assert said.number("old") != new


def test_a_step_that_moves_lambda_says_so():
    """`?reg_lam=0.9`, then a study step: its preset set λ back to 0.3 without a word. The
    page now says "this step sets λ = 0.3 (you had set 0.9)", and the slider is at 0.3."""
    for lang in ("zh", "en"):
        at = view_step_sets(lang)
        assert not at.exception
        view = reader.View(at, "regularization", lang)
        said = view.said("reg.step.sets")
        assert len(said) == 1, view.texts
        assert (said[0].number("new"), said[0].number("old")) == (0.3, 0.9)
        check_step_sets(view, said[0])


def test_the_l1_breakpoints_agree_with_the_readout():
    """Fresh read (`?lang=zh&proj=1&reg_lam=0.66`): the L1 readout printed "λ = 0.66 时：w =
    (0.764, 0.000)" (the drawn w₂ is 7.3×10⁻⁵) while the notice said "λ = 0.66 时 w₂ 又离开 0".
    Now every breakpoint the notice names is where the readout's printed w changes: at the λ
    it names the drawn marker's w prints non-zero (or 0.000), one slider step before it the
    other way."""
    for lang in ("zh", "en"):
        events = None
        for lam in ("0.66", "0.67"):
            view = reader.View(
                open_page("regularization", lang, reg_lam=lam, proj="1"), "regularization", lang
            )
            (l1,) = view.said("reg.notice.l1", events=r"[^\n]+?")
            events = reader.said([l1["events"]], "reg.l1.back", lang)
            (value,) = [s for s in view.said("reg.value") if _panel(view, s) == "l1"]
            printed_w2 = value["w2"]
            assert printed_w2 == f"{marker(view, 'l1')[1]:.3f}"
            assert (printed_w2 == "0.000") == (lam == "0.66"), (lam, printed_w2)
            check_notice_l1(view, l1)
        assert [(b["which"].strip(), b["lam"]) for b in events] == [("w₂", "0.67")]
