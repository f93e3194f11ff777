"""The critical-points lesson's ledger checks: each sentence's numbers, read back from the
words, against the contour as drawn (the probe marker, the arrows from it, the runs' paths by
their legend names) and the gradient and Hessian the facts panel prints."""

from __future__ import annotations

import math

import numpy as np
import pytest

import optimizers
from tests import ledger as reader
from tests.ledgers import paths
from ui import readings

CHART = "cp_contour"
RED = "#BB5566"
GREY = "#555555"
CURVED = 1e-6
NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
RUN_NAME = r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"


def _point(text: str) -> np.ndarray:
    return np.array([reader.number(v) for v in text.strip().strip("()").split(",")])


def derivatives(view: reader.View) -> tuple[np.ndarray, np.ndarray]:
    """The surface's gradient and Hessian at the drawn probe marker, in float64 (the page
    computes them in float32): the oracle the probe's sentence is read against."""
    import jax
    import jax.numpy as jnp

    ls = paths.surface(view)
    with jax.enable_x64(True):
        p = jnp.asarray(probe_marker(view), dtype=jnp.float64)
        grad = np.asarray(jax.grad(ls.loss)(p), dtype=np.float64)
        hess = np.asarray(jax.hessian(ls.loss)(p), dtype=np.float64)
    return grad, 0.5 * (hess + hess.T)


def zero_gradient(grad: np.ndarray, hess: np.ndarray) -> bool:
    """ "∇L ≈ 0" as the page defines it (optimizers.analyse): |∇L| at most 10⁻³ scaled by the
    size of the Hessian's entries, 1 + max|Hᵢⱼ| (float32 derivatives)."""
    return float(np.linalg.norm(grad)) <= 1e-3 * (1.0 + float(np.max(np.abs(hess))))


def probe_marker(view: reader.View) -> np.ndarray:
    fig = view.chart(CHART)
    for trace in fig["data"]:
        if trace.get("mode") == "markers" and trace.get("marker", {}).get("symbol") == "diamond":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            return np.array([x[0], y[0]])
    raise AssertionError("no probe marker drawn")


def arrows(view: reader.View, colour: str | None = None) -> list[dict]:
    drawn = view.chart(CHART)["layout"].get("annotations", [])
    return [
        a for a in drawn if a.get("showarrow") and (colour is None or a["arrowcolor"] == colour)
    ]


def drawn_curves(view: reader.View) -> list[np.ndarray]:
    """The curves of minima as drawn: the contour's dashed lines (every point a minimum)."""
    out = []
    for trace in view.chart(CHART)["data"]:
        if trace.get("mode") == "lines" and trace.get("line", {}).get("dash") == "dash":
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            out.append(np.stack([x, y], axis=1))
    return out


def to_curve(point: np.ndarray, curve: np.ndarray) -> tuple[float, np.ndarray]:
    """The distance from `point` to the drawn polyline `curve`, and its nearest point there
    (on a segment, not only at a vertex)."""
    a, b = curve[:-1], curve[1:]
    best = (math.inf, curve[0])
    for p0, p1 in zip(a, b, strict=True):
        ab = p1 - p0
        u = min(1.0, max(0.0, float((point - p0) @ ab) / float(ab @ ab)))
        q = p0 + u * ab
        d = float(np.linalg.norm(point - q))
        if d < best[0]:
            best = (d, q)
    return best


def _near(printed_value: str, value: float, scale: float) -> bool:
    """A number printed to 3 significant digits from float32 derivatives, against the float64
    oracle: within the printing and 10⁻⁴ of the Hessian's scale."""
    shown = reader.number(printed_value)
    return abs(shown - value) <= 5e-3 * abs(value) + 1e-4 * scale + 1e-6


def check_probe(view, said):
    at = _point(said["at"])
    np.testing.assert_allclose(at, probe_marker(view), atol=6e-4 + 5e-3 * np.abs(at).max())
    grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    kind = said.key.rsplit(".", 1)[1]
    if kind == "not_critical":
        assert not zero_gradient(grad, hess), grad
        assert paths.close(said["norm"], float(np.linalg.norm(grad)), 2), said["norm"]
        np.testing.assert_allclose(_point(said["g"]), grad, atol=1e-4 * scale, rtol=6e-3)
    else:
        assert zero_gradient(grad, hess), f"∇L = {grad} is not ≈ 0 here"
    if kind == "flat":
        assert np.all(np.abs(lams) <= 1e-4 * scale), lams
        assert not arrows(view, RED) and all(a["arrowcolor"] == GREY for a in arrows(view))
        return
    l1, l2 = said.number("l1"), said.number("l2")
    assert _near(said["l1"], lams[0], scale) and _near(said["l2"], lams[1], scale), (l1, l2, lams)
    flat = 1e-4 * scale  # an eigenvalue this small counts as zero (optimizers.analyse)
    if kind == "saddle":
        assert lams[0] < -flat and lams[1] > flat
    elif kind == "minimum":
        assert lams[0] > flat
    elif kind == "maximum":
        assert lams[1] < -flat
    elif kind == "degenerate":
        assert min(abs(lams)) <= flat * 1.01, lams


def _along(hess: np.ndarray, arrow: dict, lam: float) -> bool:
    """Whether the drawn arrow points along an eigenvector of `lam` (any direction of its
    eigenspace when it is repeated)."""
    way = np.array([arrow["x"] - arrow["ax"], arrow["y"] - arrow["ay"]])
    way /= np.linalg.norm(way)
    return np.linalg.norm(hess @ way - lam * way) <= 2e-3 * max(1.0, float(np.abs(hess).max()))


def check_red(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    lam = said.number("lam")
    assert lam < 0 and _near(said["lam"], lams[0], scale), (lam, lams)
    reds = arrows(view, RED)
    assert len(reds) == 1, f"{len(reds)} red arrows drawn: 'the red arrow' names one"
    assert np.allclose([reds[0]["ax"], reds[0]["ay"]], probe_marker(view), atol=1e-6)
    assert _along(hess, reds[0], lams[0]), "the red arrow is no eigenvector of λ"


def check_red_both(view, said):
    _grad, hess = derivatives(view)
    lams = np.linalg.eigvalsh(hess)
    scale = 1.0 + float(np.max(np.abs(hess)))
    l1, l2 = said.number("l1"), said.number("l2")
    assert l1 < 0 and l2 < 0
    assert _near(said["l1"], lams[0], scale) and _near(said["l2"], lams[1], scale), lams
    reds = arrows(view, RED)
    assert len(reds) == 2 and len(arrows(view)) == 2, "not both arrows are red"
    for red in reds:
        assert any(_along(hess, red, lam) for lam in lams), red


def check_no_red(view, said):
    assert not arrows(view, RED), "a red arrow is drawn"
    _grad, hess = derivatives(view)
    assert np.linalg.eigvalsh(hess)[0] >= -1e-4 * (1.0 + float(np.max(np.abs(hess))))


def check_escaped(view, said):
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    s = min(
        (np.asarray(c, float) for c in ls.saddles),
        key=lambda c: np.linalg.norm(c - _point(said["saddle"])),
    )
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    dist = np.linalg.norm(drawn - s, axis=1)
    k, out = int(said.number("step")), int(said.number("out"))
    assert int(np.argmin(dist)) == k, (int(np.argmin(dist)), k)
    assert paths.close(said["d"], dist[k], 2) and dist[k] <= 0.02 * width
    assert dist[out] > 0.1 * width and dist[-1] > 0.1 * width
    assert np.all(dist[k:out] <= 0.1 * width), "well away before the step named"
    if "angle" in said.fields:
        there = optimizers.analyse(ls.loss, tuple(s))
        way = (drawn[out] - s) / np.linalg.norm(drawn[out] - s)
        angle = math.degrees(math.acos(min(1.0, abs(float(way @ there.eigenvectors[:, 0])))))
        assert abs(angle - said.number("angle")) <= 1.0, (angle, said["angle"])


KIND_WORDS = ("saddle", "minimum", "maximum", "degenerate", "not_critical")


def check_stopped(view, said):
    from ui.i18n import t

    fields = {"name": RUN_NAME, "flat": NUM, "steep": NUM, "d": NUM}
    if any(
        s.start == said.start
        for s in reader.said([said.text], "critical.run.stopped_curve", view.lang, **fields)
    ):
        return  # the stop on a curve of minima: check_stopped_curve reads it
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    tol = readings.stop_tolerance(ls.domain)
    window = int(said.number("window"))
    assert window == readings.STOP_WINDOW and paths.close(said["tol"], tol, 2)
    assert readings.stopped(drawn, window, reader.number(said["tol"]) * 1.05)
    assert readings.stopped(drawn, window, tol)
    np.testing.assert_allclose(_point(said["at"]), drawn[-1], rtol=6e-3, atol=1e-6)
    kind = optimizers.analyse(ls.loss, tuple(drawn[-1])).kind
    # a stop on a drawn curve of minima is a minimum there, never "a degenerate critical
    # point" (nor a saddle): critical.run.stopped_curve says so
    (xlo, xhi), (ylo, yhi) = ls.domain
    on = min((to_curve(drawn[-1], c)[0] for c in drawn_curves(view)), default=math.inf)
    assert on > 0.005 * max(xhi - xlo, yhi - ylo), (
        f"stopped {on:.2g} from the drawn curve of minima, yet named {said['kind']!r}"
    )
    word = t(f"critical.at.{kind}", view.lang, norm="")
    head = word.split("{")[0].split("（")[0].split("(")[0].strip()
    assert said["kind"].startswith(head), (kind, said["kind"])


def check_stopped_curve(view, said):
    """Stopped on the drawn curve of minima: at the distance named from it, ∇L ≈ 0 there, and
    the Hessian's eigenvalues are the two named, the one ≈ 0 along the curve's tangent and
    the other > 0 (a minimum whose Hessian is singular along the curve)."""
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    tol = readings.stop_tolerance(ls.domain)
    assert int(said.number("window")) == readings.STOP_WINDOW and paths.close(said["tol"], tol, 2)
    assert readings.stopped(drawn, readings.STOP_WINDOW, tol)
    end = drawn[-1]
    np.testing.assert_allclose(_point(said["at"]), end, rtol=6e-3, atol=1e-6)
    (xlo, xhi), (ylo, yhi) = ls.domain
    curves = drawn_curves(view)
    assert curves, "no curve of minima drawn"
    d, q = min((to_curve(end, c) for c in curves), key=lambda item: item[0])
    assert d <= 0.005 * max(xhi - xlo, yhi - ylo), d
    assert paths.close(said["d"], d, 2) or abs(said.number("d") - d) < 2e-4, (said["d"], d)
    import jax
    import jax.numpy as jnp

    with jax.enable_x64(True):
        p = jnp.asarray(end, dtype=jnp.float64)
        grad = np.asarray(jax.grad(ls.loss)(p))
        hess = np.asarray(jax.hessian(ls.loss)(p))
        on_curve = float(ls.loss(jnp.asarray(q, dtype=jnp.float64)))
    assert zero_gradient(grad, hess), grad
    assert on_curve <= 1e-4 + (ls.min_loss or 0.0), "the drawn curve is no curve of minima here"
    lams, vecs = np.linalg.eigh(0.5 * (hess + hess.T))
    k = int(np.argmin(np.abs(lams)))
    flat, steep = lams[k], lams[1 - k]
    scale = 1.0 + float(np.max(np.abs(hess)))
    assert abs(flat) <= 1e-2 * scale and steep > 0.1, lams
    assert _near(said["flat"], flat, scale) or abs(said.number("flat") - flat) < 1e-3, flat
    assert _near(said["steep"], steep, scale), (said["steep"], steep)
    seg = min(curves, key=lambda c: to_curve(end, c)[0])
    i = int(np.argmin(np.linalg.norm(seg - q, axis=1)))
    tangent = seg[min(i + 1, len(seg) - 1)] - seg[max(i - 1, 0)]
    tangent /= np.linalg.norm(tangent)
    assert abs(float(vecs[:, k] @ tangent)) > 0.99, "the ≈ 0 eigenvector is not along the curve"


def check_moving(view, said):
    drawn = paths.path(view, CHART, said["name"])
    ls = paths.surface(view)
    assert int(said.number("step")) == len(drawn) - 1
    np.testing.assert_allclose(_point(said["at"]), drawn[-1], rtol=6e-3, atol=1e-6)
    lengths = readings.step_lengths(drawn)
    assert paths.close(said["last"], lengths[-1], 2), (said["last"], lengths[-1])
    assert not readings.stopped(drawn, readings.STOP_WINDOW, readings.stop_tolerance(ls.domain))


def check_near(view, said):
    first = paths.opening(view, said, ("critical.run.moving",))
    drawn = paths.path(view, CHART, first["name"])
    ls = paths.surface(view)
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    mark = _point(said["mark"])
    end = drawn[-1]
    d = float(np.linalg.norm(end - mark))
    assert readings.close_to(end, mark, 0.05 * width * 1.01), d
    assert paths.close(said["d"], d, 2) or abs(reader.number(said["d"]) - d) < 0.006, (said["d"], d)
    # the mark is the nearest marked point (a curve of minima counts at its nearest drawn
    # point, not only at a vertex): no nearer minimum, saddle or maximum is drawn
    points = [np.asarray(m, float) for m in (*ls.minima, *ls.saddles, *ls.maxima)]
    points += [to_curve(end, c)[1] for c in drawn_curves(view)]
    nearest = min(float(np.linalg.norm(end - m)) for m in points)
    assert reader.number(said["d"]) <= nearest * 1.06 + 6e-4, (
        f"named {said['d']} from {said['mark']}, but a marked minimum is {nearest:.2g} away"
    )
    if said.key == "critical.run.near_curve":
        assert min(to_curve(mark, c)[0] for c in drawn_curves(view)) < 6e-3 * max(
            1.0, float(np.abs(mark).max())
        ), f"{said['mark']} is not on a drawn curve of minima"
        return
    tol = 6e-3 * max(1.0, float(np.abs(mark).max()))
    assert any(np.linalg.norm(m - mark) < tol for m in points), mark


def check_unstable(view, said):
    paths.check_unstable(view, said, CHART)


def check_diverged(view, said):
    paths.check_diverged(view, said, CHART)


def check_left(view, said):
    paths.check_left(view, said, CHART)


def check_left_at_end(view, said):
    paths.check_left_at_end(view, said, CHART)


# ---- pinned views of issue 31 ------------------------------------------------------------------
def test_monkey_saddle_probe_reads_true_of_what_is_drawn():
    """Issue 31, case 4: at the monkey saddle H = 0 (no red arrow, the probe 'flat'), and both
    runs diverge: each sentence is held against the drawn contour."""
    from tests.lessons import open_page

    at = open_page("critical-points", landscape="monkey_saddle", px="0", py="0")
    view = reader.View(at, "critical-points")
    seen: set[str] = set()
    assert not reader.check_view(view, seen)
    assert {"critical.probe.flat", "critical.probe.no_red", "playground.unstable",
            "playground.left"} <= seen  # fmt: skip
    assert not arrows(view, RED)
    assert [int(s.number("step")) for s in view.said("playground.left")] == [18, 12, 18]


def test_a_nudged_start_stops_on_the_curve_of_minima_and_noise_ends_near_it():
    """The button "Start y + 0.01" on (1 − w₁w₂)² (start (−0.42, 0.43)): gradient descent
    stops at (0.999, 1), on the drawn curve w₁w₂ = 1 (a minimum, not "a degenerate critical
    point"); the noisy run ends about 0.002 from the curve (not 0.016 from its vertex
    (−1, −1)). Every sentence read back against the drawn contour, in both languages."""
    from tests.lessons import open_page

    for lang in ("en", "zh"):
        at = open_page("critical-points", lang=lang, sy="0.43")
        view = reader.View(at, "critical-points", lang)
        seen: set[str] = set()
        assert not reader.check_view(view, seen)
        assert {"critical.run.stopped_curve", "critical.run.near_curve"} <= seen, seen
        (stop,) = view.said("critical.run.stopped_curve", name=RUN_NAME)
        assert stop.number("d") < 1e-3 and stop["at"] == "(0.999, 1)"
        nears = view.said(
            "critical.run.near_curve", mark=r"\([^()]*\)", d=NUM
        )  # momentum's and the noisy run's ends
        assert len(nears) == 2 and all(n.number("d") < 0.005 for n in nears), nears


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_hessian_is_named_by_its_own_point_in_its_own_paragraph(lang):
    """After the probe's sentence ("Probe point (0, 0): … a saddle") the paragraph went on "One
    eigenvalue of H is ≈ 0 (2.1e-07), the other 4": that H is at gradient descent's end, not at
    the probe. The runs' sentences are paragraphs of their own, and that one names its point."""
    from tests import ledger as reader
    from tests.lessons import open_page

    view = reader.View(open_page("critical-points", lang, sy="0.43"), "critical-points", lang)
    (said,) = view.said("critical.run.stopped_curve")
    paragraph = said.text[: said.start].rsplit("\n\n", 1)
    assert len(paragraph) == 2, "the run's sentence shares the probe's paragraph"
    assert not reader.said([paragraph[1] + said.text[said.start :]], "critical.probe.saddle", lang)
    words = said.text[said.start : said.end]
    assert ("not the probe point" if lang == "en" else "不是检查点的") in words
    assert not reader.check_view(view)
