"""The network-landscape lesson's ledger checks: the slice sentence against the slice the
figure draws (the contour's hover grid and the marked lowest point, or the 3-D surface), the
sharpness sentences against the table of the two networks the page shows, and the edge
against 2(1 + α)/ε for the step the slider shows."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

import optimizers
from pages.network_landscape.ledger import MARKS
from tests import ledger as reader
from tests.lessons import open_page
from ui.i18n import t


def prints(text: str, value: float, rel: float = 1e-5) -> None:
    """The number `text` is `value` as printed (3 significant digits, or 2 decimals); `rel`
    widens it for a value computed here from numbers the table prints to 3 digits."""
    shown = reader.number(text)
    s = text.strip().replace("\u2212", "-").removesuffix("×").strip()
    mantissa, _, power = s.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    unit = 10.0 ** (int(power or 0) - decimals)
    assert abs(shown - value) <= 0.5 * unit + rel * abs(value), (text, value)


def unit(text: str) -> float:
    """Half a unit of the printed number's last digit: how far the value may be from it."""
    s = text.strip().replace("\u2212", "-")
    mantissa, _, power = s.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 0.5 * 10.0 ** (int(power or 0) - decimals)


def _from_printed(said, name: str, value: float, *printed: str) -> None:
    """`name` prints `value`, computed from the printed numbers `printed`: within their
    rounding (and its own)."""
    slack = unit(said[name]) + sum(unit(said[p]) for p in printed)
    assert abs(said.number(name) - value) <= slack, (said[name], value)


# ---- the drawn slice -------------------------------------------------------------------------
def _drawn_slice(view: reader.View):
    """The slice as drawn: ("surface", x, y, z) on the 3-D view (the computed slice, unclipped),
    or ("contour", x, y, z) from the contour's hover grid (a
    resampling of the drawn image: no value below the slice's lowest), and its traces."""
    try:
        fig = view.chart("nl_3d")
        kind = "surface"
    except KeyError:
        fig = view.chart("nl_random")
        kind = "contour"
    for trace in fig["data"]:
        if trace.get("type") in ("surface", "heatmap"):
            decoded = reader.traces({"data": [trace]})[trace.get("name")]
            x = np.asarray(decoded["x"], np.float64)
            y = np.asarray(decoded["y"], np.float64)
            z = np.asarray(decoded["z"], np.float64).reshape(y.size, x.size)
            return kind, x, y, z, fig
    raise AssertionError("no slice drawn")


def check_slice_edge(view, said):
    """ "that point lies on the slice's edge": the drawn lowest point's a or b is the drawn
    grid's first or last (the ☆ on the contour, the lowest node of the 3-D surface)."""
    kind, x, y, z, fig = _drawn_slice(view)
    if kind == "surface":
        row, col = np.unravel_index(int(np.argmin(z)), z.shape)
        a, b = x[col], y[row]
    else:
        (star,) = [tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star"]
        a, b = float(star["x"][0]), float(star["y"][0])
    step = float(np.ptp(x)) / (x.size - 1)
    border = [abs(a - e) < 0.5 * step for e in (x[0], x[-1])] + [
        abs(b - e) < 0.5 * step for e in (y[0], y[-1])
    ]
    assert any(border), (a, b, x[[0, -1]], y[[0, -1]])


def _train(view, residual: bool):
    """The shown settings' training run of one network, retrained here: points, losses, the
    step it diverged at (or None) and the model."""
    from models import network_landscape as training
    from models import networks

    model = networks.MLP(*networks.moons(), residual=residual)
    name, lr = view.widget("nl_opt").value, float(view.widget("nl_lr").value)
    steps = int(view.widget("nl_n").value)
    points, losses, dead = training.train(model.loss, model.init, name, steps, lr)
    return points, losses, dead, model


def _run_end(view, residual: bool) -> tuple[int, float, float, float]:
    """The shown settings' training run of one network, retrained here: the step it ended at,
    |∇L| at that point θ*, the length of its last step, and |∇L| where that step started."""
    import jax

    points, _losses, dead, model = _train(view, residual)
    end = len(points) - 1 if dead is None else dead - 1

    def grad(p):
        return float(np.linalg.norm(np.asarray(jax.grad(model.loss)(p), np.float64)))

    move = float(np.linalg.norm(points[end] - points[end - 1])) if end else 0.0
    return end, grad(points[end]), move, grad(points[end - 1]) if end else 0.0


def _loss_moved(view, residual: bool) -> tuple[float, float]:
    """The run's loss at step 0 and at its end (the table's final loss, retrained here)."""
    _points, losses, _dead, _model = _train(view, residual)
    return float(losses[0]), float(losses[-1])


def _trained(view, residual: bool) -> bool:
    """It trained: its loss ended more than 10 % away from where it started (or blew up)."""
    first, last = _loss_moved(view, residual)
    return not np.isfinite(last) or abs(last - first) > 0.10 * abs(first)


def check_slice(view, said):
    if said.key.endswith("below"):  # θ* is where the shown network's run ended: its step
        residual = bool(view.widget("nl_res").value)
        assert int(said.number("steps")) == _run_end(view, residual)[0], said["steps"]
    kind, x, y, z, fig = _drawn_slice(view)
    # the sentence names the marks the figure draws: θ* (○, a white circle at the centre) and
    # the lowest point (☆, a white star) on the contour; the 3-D surface draws none
    below = said.key.endswith("below")
    marked = kind == "contour"
    assert said["dot"] == (t("netland.mark.theta", view.lang) if marked else ""), said["dot"]
    if below:
        assert said["star"] == (t("netland.mark.low", view.lang) if marked else ""), said["star"]
    if marked:
        name = t("netland.theta_star", view.lang)
        dots = [tr for tr in fig["data"] if tr.get("name") == name and tr.get("mode") == "markers"
                and tr.get("marker", {}).get("symbol", "circle") == "circle"]  # fmt: skip
        assert len(dots) == 1, "θ* is not marked ○"
        at = reader.traces({"data": dots})[name]
        assert list(np.asarray(at["x"], float)) == [0] == list(np.asarray(at["y"], float))
        stars = [tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star"]
        assert len(stars) == (1 if below else 0), "☆ named but not drawn (or drawn, not named)"
    if kind == "surface":  # the drawn nodes themselves: the centre is the middle one
        assert x[x.size // 2] == 0 and y[y.size // 2] == 0
        prints(said["centre"], z[y.size // 2, x.size // 2])
    if said.key.endswith("lowest"):
        centre = said.number("centre")
        assert z.min() >= centre - 0.5e-2 * abs(centre), (z.min(), centre)
        if kind == "surface":
            assert z.min() >= z[y.size // 2, x.size // 2]
        return
    low, centre = said.number("low"), said.number("centre")
    assert low < centre
    _from_printed(said, "drop", centre - low, "centre", "low")
    pct = 100 * (centre - low) / centre
    slack = 100 * (unit(said["centre"]) + unit(said["low"])) / centre
    assert abs(said.number("pct") - pct) <= unit(said["pct"]) + 2 * slack, (said["pct"], pct)
    assert z.min() >= low - 0.5e-2 * abs(low), "the drawn slice goes lower than the words say"
    a, b = said.number("a"), said.number("b")
    if kind == "surface":
        row, col = np.unravel_index(int(np.argmin(z)), z.shape)
        prints(said["low"], z[row, col])
        prints(said["a"], x[col])
        prints(said["b"], y[row])
    else:  # the marked lowest point, where the words put it, with the loss they name
        star = [tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star"]
        assert len(star) == 1, "the lowest point is not marked"
        prints(said["a"], star[0]["x"][0])
        prints(said["b"], star[0]["y"][0])
        prints(said["low"], star[0]["customdata"][0])
        # the hover grid around the marked point reads about as low (bilinear resampling)
        near = (np.abs(x[None, :] - a) <= 2 * np.ptp(x) / x.size) & (
            np.abs(y[:, None] - b) <= 2 * np.ptp(y) / y.size
        )
        # (a dip smaller than the printed centre's last digit is within its rounding there)
        assert z[near].min() < centre + unit(said["centre"]), "the slice is not lower there"


# ---- the table of the two networks -------------------------------------------------------------
def _table(view):
    """(with, without) rows of the page's comparison table: {column: printed value}."""
    frame = view.at.table[0].value
    rows = [dict(zip(frame.columns, row, strict=True)) for row in frame.itertuples(index=False)]
    without, with_res = rows
    return with_res, without


def _sharpness(row: dict) -> float:
    return reader.number(_sharpness_text(row))


def _sharpness_text(row: dict) -> str:
    return str(next(v for k, v in row.items() if "λₘₐₓ" in k))


def _three_digits(text: str) -> None:
    """A finite sharpness is printed to 3 significant digits, trailing zeros kept (3.90 beside
    9.69, never 3.9), so that the two networks' values read alike."""
    mantissa = text.strip().replace("\u2212", "-").lower().partition("e")[0]
    digits = mantissa.lstrip("-").replace(".", "").lstrip("0")
    assert len(digits) == 3, (text, "not 3 significant digits")


def _loss(row: dict) -> str:
    return str(list(row.values())[2])


EVEN = math.log(2)  # an even guess's cross-entropy


def _accuracy(row: dict) -> float:
    return reader.number(str(list(row.values())[3]).removesuffix("%").strip())


def _failed(row: dict) -> bool:
    """The table's row reads as a failed run, one that did not learn the task: accuracy at or
    below chance (50 %, a constant guess on two classes of 100 points), or a final loss that is
    not a finite number. A high final loss beside a high accuracy is not a failure."""
    loss = reader.number(_loss(row))
    return not np.isfinite(loss) or _accuracy(row) <= 50


def _row(view, said):
    with_res, without = _table(view)
    names = {t("netland.with", view.lang): with_res, t("netland.without", view.lang): without}
    return names[said["which"].strip()]


def _residual(view, said) -> bool:
    return said["which"].strip() == t("netland.with", view.lang)


def check_untrained(view, said):
    """ "did not train in 300 steps: its loss went from 1.8800 to 1.7974, a change of only
    4.4 % (under 10 %)": the named network's run, its final loss the table's."""
    row = _row(view, said)
    first, last = _loss_moved(view, _residual(view, said))
    assert said["end"] == _loss(row) and said.number("acc") == _accuracy(row)
    prints(said["start"], first)
    prints(said["end"], last)
    pct = 100 * abs(last - first) / abs(first)
    prints(said["pct"], pct, rel=1e-3)
    assert pct <= said.number("band") == 10, ("it trained", pct)
    assert int(said.number("steps")) == int(view.widget("nl_n").value)


def check_untrained_compare(view, said):
    assert not all(_trained(view, residual) for residual in (True, False))


def check_edge_untrained(view, said):
    rows = [(r, row) for r, row in zip((True, False), _table(view), strict=True)
            if _sharpness(row) == said.number("value")]  # fmt: skip
    assert rows and all(not _trained(view, r) for r, _row in rows), rows


def check_failed(view, said):
    assert _trained(view, _residual(view, said)), "a run that did not train is said to have failed"
    row = _row(view, said)
    assert said["end"] == _loss(row) and said.number("acc") == _accuracy(row)
    assert said.number("chance") == 50
    if said.key.endswith("diverged"):
        assert not np.isfinite(reader.number(_loss(row))), row
    else:
        assert _accuracy(row) <= 50, row


def check_confident(view, said):
    """ "classifies 97.0 % correctly, but its final loss 1.5165 is above ln 2: the 3.0 % it
    gets wrong carry a mean loss of at least 28.1": from the table's printed accuracy and loss
    (a correct point's logit is on the right side of 0, so it costs at most ln 2)."""
    row = _row(view, said)
    acc, loss = _accuracy(row), reader.number(_loss(row))
    assert said.number("acc") == acc and said["end"] == _loss(row)
    assert not _failed(row) and acc > 50, ("a run that failed is called accurate", row)
    assert loss > EVEN and said["even"] == f"{EVEN:.3f}", row
    prints(said["wrong"], 100 - acc, rel=1e-9)
    share = acc / 100
    # the bound from the printed numbers: accuracy to 0.1 %, loss to 1e-4
    corners = [
        (loss + dl - (share + da) * EVEN) / (1 - share - da)
        for dl in (-5e-5, 5e-5)
        for da in (-5e-4, 5e-4)
    ]
    # a lower bound, rounded down to 3 significant digits: never above what the numbers allow
    assert len(said["bound"].replace(".", "").lstrip("0")) == 3, said["bound"]
    assert min(corners) - 0.05 <= said.number("bound") <= max(corners), (said, corners)
    # against the run itself (retrained here): its exact bound, rounded down, not up
    _points, losses, _dead, _model = _train(view, _residual(view, said))
    exact = (float(losses[-1]) - share * EVEN) / (1 - share)
    assert exact - 2 * unit(said["bound"]) < said.number("bound") <= exact, (said["bound"], exact)


def test_a_lower_bound_is_rounded_down():
    """Fresh read (zh, momentum): "分错的 16.5 % 的点平均每个损失至少 1.0", where
    (0.743713 − 0.835·ln 2)/0.165 = 0.9996: a bound rounded up claimed more than it holds.
    Now 0.999, at most the run's own bound (retrained) and within its last digit."""
    view = reader.View(open_page("network-landscape", "zh", nl_opt="momentum"),
                       "network-landscape", "zh")  # fmt: skip
    (said,) = view.said("netland.claim.confident")
    assert said["wrong"] == "16.5" and said["bound"] == "0.999", said
    check_confident(view, said)


def check_failed_compare(view, said):
    assert any(_failed(row) for row in _table(view))


def check_edge_failed(view, said):
    rows = [row for row in _table(view) if _sharpness(row) == said.number("value")]
    assert rows and all(_failed(row) for row in rows), rows


def check_compare(view, said):
    with_res, without = _table(view)
    # a failed run's sharpness is no stable state's: it is not compared
    assert not _failed(with_res) and not _failed(without), (with_res, without)
    a, b = _sharpness(with_res), _sharpness(without)
    assert said.number("on") == a and said.number("off") == b
    # the sentence prints the table's text, both to the same precision
    assert said["on"] == _sharpness_text(with_res) and said["off"] == _sharpness_text(without)
    for text in (said["on"], said["off"]):
        _three_digits(text)
    # "about the same" as study step 1 reads it: the larger, as printed, under 1.25 × the
    # smaller (at ±10 % the sentence said "flatter" beside the step's "about the same")
    ratio = max(a, b) / min(a, b)
    if said.key.endswith("same"):
        assert ratio < 1.25, (a, b)
        assert said.number("band") == 25
        # the percentage of the printed numbers, as the step's reveal gives it
        assert said["pct"] == f"{100 * (ratio - 1):.1f}", (said["pct"], ratio)
        return
    assert ratio >= 1.25, (a, b)
    assert (a < b) == said.key.endswith("flatter")
    factor = max(a, b) / min(a, b)
    assert abs(said.number("factor") - factor) <= 0.05 * factor + 0.05


def _unfinished(view, row: dict) -> tuple[bool, bool]:
    """Whether the table's row fits under 95 % of the training points, and whether (gradient
    descent, heavy ball) its λ_max is more than 10 % above the edge 2(1 + α)/ε."""
    above = False
    if view.widget("nl_opt").value in ("sgd", "momentum"):
        above = _sharpness(row) > 1.1 * _edge(view) * (1 + 5e-3)
    return _accuracy(row) < 95, above


def check_open(view, said):
    with_res, without = _table(view)
    text = said["reasons"]
    for which, row in (("netland.with", with_res), ("netland.without", without)):
        name = t(which, view.lang)
        low_fit, above = _unfinished(view, row)
        fit = reader.pattern("netland.claim.open.fit", view.lang)
        edge = reader.pattern("netland.claim.open.edge", view.lang)
        fits = [m for m in fit.finditer(text) if m["which"].strip() == name]
        edges = [m for m in edge.finditer(text) if m["which"].strip() == name]
        assert bool(fits) == low_fit, (name, text, _accuracy(row))
        assert bool(edges) == above, (name, text, _sharpness(row), _edge(view))
        for m in fits:
            assert reader.number(m["acc"]) == _accuracy(row) and reader.number(m["fit"]) == 95
        for m in edges:
            ratio = _sharpness(row) / _edge(view)
            assert reader.number(m["ratio"]) == pytest.approx(ratio, rel=0.01), (m["ratio"], ratio)
            assert reader.number(m["band"]) == 10
    assert any(_unfinished(view, row) != (False, False) for row in (with_res, without))


def check_finished(view, said):
    with_res, without = _table(view)
    assert said.number("fit") == 95
    for row in (with_res, without):
        assert _unfinished(view, row) == (False, False), row
    assert said.key.endswith("gd") == (view.widget("nl_opt").value in ("sgd", "momentum"))
    if said.key.endswith("gd"):
        assert said.number("band") == 10


def check_unknown(view, said):
    with_res, without = _table(view)
    values = [_sharpness(with_res), _sharpness(without)]
    assert said["on"] == _sharpness_text(with_res) and said["off"] == _sharpness_text(without)
    assert not all(np.isfinite(v) and v > 0 for v in values), values


def check_loss(view, said):
    with_res, without = _table(view)
    assert said["on"] == _loss(with_res) and said["off"] == _loss(without)


def _edge(view) -> float:
    name = view.widget("nl_opt").value
    lr = float(view.widget("nl_lr").value)
    alpha = optimizers.get("momentum").defaults()["momentum"] if name == "momentum" else 0.0
    return 2 * (1 + alpha) / lr


def check_edge(view, said):
    prints(said["edge"], _edge(view))
    # ε and α named with their values (α was named and shown nowhere, lecturer read 2026-12)
    assert float(said["lr"]) == pytest.approx(float(view.widget("nl_lr").value), rel=1e-9)
    if said.key.endswith("momentum"):
        alpha = optimizers.get("momentum").defaults()["momentum"]
        assert float(said["alpha"]) == pytest.approx(alpha, rel=1e-9)


def check_adaptive(view, said):
    assert view.widget("nl_opt").value in ("adam", "rmsprop")


def check_here(view, said):
    # the two halves are edge sentences, each checked by check_edge_ratio; here their order
    with_res, without = _table(view)
    for part, row in ((said["on"], with_res), (said["off"], without)):
        value = re.search(r"\$\\lambda_\{\\max\}\$ = ([^,，\s]+)[,，\s]", part)
        assert value, part
        assert reader.number(value.group(1)) == _sharpness(row)
        assert value.group(1) == _sharpness_text(row)
        if np.isfinite(_sharpness(row)):
            _three_digits(value.group(1))


def check_edge_ratio(view, said):
    value = said.number("value")
    with_res, without = _table(view)
    assert value in (_sharpness(with_res), _sharpness(without))
    row = with_res if value == _sharpness(with_res) else without
    assert not _failed(row), ("a failed run's λ_max read against the edge", row)
    residual = value == _sharpness(with_res)
    assert _trained(view, residual), "an untrained run's λ_max read against the edge"
    ratio = value / _edge(view)
    prints(said["ratio"], ratio, rel=6e-3)  # λ_max printed to 3 digits
    where = "at" if abs(ratio - 1) <= 0.10 else ("below" if ratio < 1 else "above")
    assert said.key.removesuffix(".momentum").endswith(where), (said.key, ratio)
    if where == "above":  # θ* there is where the run ended, still moving: its numbers
        end, grad, move, prev = _run_end(view, residual)
        assert int(said.number("steps")) == end, (said["steps"], end)
        prints(said["grad"], grad, rel=2e-2)
        prints(said["prev"], prev, rel=2e-2)
        prints(said["move"], move, rel=2e-2)
        assert grad > 0 and move > 0, "a run that came to rest is called still moving"
        sgd = view.widget("nl_opt").value == "sgd"
        assert said.key.endswith("momentum") != sgd, said.key
        if sgd:  # a lecturer checks step = ε·|∇L| with the numbers printed: it holds
            lr = float(view.widget("nl_lr").value)
            assert said.number("lr") == lr
            gap = abs(said.number("move") - lr * said.number("prev"))
            assert gap <= unit(said["move"]) + lr * unit(said["prev"]), (
                said["move"],
                lr,
                said["prev"],
            )


# ---- branches no setting reaches: the page with one network's numbers changed ---------------
def _patched(lang: str, change) -> object:
    from pages.network_landscape import compute

    real = compute.trained_landscape

    def fake(residual, *args):
        res = dict(real(residual, *args))
        return change(res) if residual else res

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compute, "trained_landscape", fake)
        return open_page("network-landscape", lang)


def view_momentum_above(lang: str):
    """Heavy ball with both networks' λ_max above its edge 2(1 + α)/ε (no setting the page
    allows puts heavy ball there: its λ_max ends far below 2·1.9/ε): the momentum wording of
    "its last step moved θ by …", whose numbers are the real run's."""
    from pages.network_landscape import compute

    real = compute.trained_landscape

    def fake(residual, *args):
        res = dict(real(residual, *args))
        return res | {"sharpness": (3 if residual else 4) * res["edge"]}

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compute, "trained_landscape", fake)
        return open_page("network-landscape", lang, nl_opt="momentum")


def view_sharper(lang: str):
    """With residual connections sharper than without, both runs trained: "sharper"."""
    return _patched(lang, lambda res: res | {"sharpness": 50.0})


def view_chance(lang: str):
    """A run whose loss fell below ln 2 but whose accuracy is chance: failed by its accuracy."""
    return _patched(lang, lambda res: res | {"accuracy": 0.5})


def view_diverged(lang: str):
    """A run whose final loss is not a number: it diverged."""
    return _patched(
        lang, lambda res: res | {"losses": np.append(res["losses"][:-1], np.nan), "diverged_at": 57}
    )


def test_runs_that_broke_down_are_said_to_have_failed_and_the_plane_s_origin_is_theta_star():
    """Fresh read (nl_lr=10, nl_res=true): both networks were called 'below the edge' and the
    residual one 'sharper (601× higher)'. Without residual connections training failed (final
    loss 15.92 at 50 % accuracy, chance): it is said to have failed, and no sharpness is
    compared. With them it classifies 97.0 % with a loss of 1.52 > ln 2: not a failure, but
    its loss is high because of the 3.0 % it gets wrong (a mean loss of at least 28.1 each),
    and said so with the numbers. And the
    random slice's marker at (0, 0) was named 'start' on hover: it is θ*, the end of training."""
    for lang in ("zh", "en"):
        view = reader.View(
            open_page("network-landscape", lang, nl_lr="10", nl_res="true"),
            "network-landscape",
            lang,
        )
        failed = [f for f in reader.check_view(view) if "slice" not in f.split()[0]]
        assert failed == []  # (the slice sentence, not read here, is another item's)
        # a fresh reader: "training failed: final loss 1.5165 not below ln 2" beside 97.0 %
        # accuracy. Failed is the run at chance (without: 50.0 %); the other learned the task
        # and its high loss is put down to the 3.0 % it misclassifies
        with_res, _without = _table(view)
        assert _accuracy(with_res) == 97.0 and _loss(with_res) == "1.5165"
        (failure,) = view.said("netland.claim.failed.chance")
        assert (
            failure["which"].strip() == t("netland.without", lang) and failure["end"] == "15.9233"
        )
        assert failure["acc"] == "50.0"
        (confident,) = view.said("netland.claim.confident")
        assert confident["which"].strip() == t("netland.with", lang)
        assert confident["acc"] == "97.0" and confident["wrong"] == "3.0"
        assert confident["bound"] == "28.1"  # (1.5165 − 0.97 · ln 2) / 0.03
        for key in ("netland.claim.sharper", "netland.claim.flatter", "netland.claim.same"):
            assert not view.said(key), key  # no comparison with a failed run
        text = " ".join(view.texts)
        assert t("netland.with", lang) + ("的训练失败" if lang == "zh" else " failed") not in text
        fig = view.chart("nl_random")
        at_origin = []
        for tr in fig["data"]:
            if tr.get("mode") != "markers" or tr.get("x") is None:
                continue
            x, y = reader.xy(next(iter(reader.traces({"data": [tr]}).values())))
            if list(np.asarray(x, float)) == [0.0] and list(np.asarray(y, float)) == [0.0]:
                at_origin.append(tr)
        assert at_origin
        for tr in at_origin:
            assert tr["name"] == t("netland.theta_star", lang), tr["name"]
            assert t("figure.start", lang) not in tr.get("hovertemplate", "")


def view_unknown(lang: str):
    """A sharpness that is not a number: "cannot be compared"."""
    return _patched(lang, lambda res: res | {"sharpness": float("nan")})


def test_the_default_slice_says_its_centre_is_not_a_minimum_and_how_far_below_it_goes():
    """Fresh read: the slice's trained point θ* is not a minimum, and nothing said so. On the
    default 3-D view the drawn surface goes below its centre (0.0902) to 0.0674 at
    (0.10, −0.10); the words say so, with those numbers, in both languages."""
    for lang in ("en", "zh"):
        at = open_page("network-landscape", lang, nl_view="3d")
        assert not at.exception
        view = reader.View(at, "network-landscape", lang)
        _kind, x, y, z, _fig = _drawn_slice(view)
        centre = z[y.size // 2, x.size // 2]
        assert z.min() < 0.9 * centre  # the drawn slice goes well below θ*
        # the marks' names (○, ☆) are empty here: the 3-D surface draws no marks
        said = view.said("netland.claim.slice.below", **MARKS)
        assert len(said) == 1 and not view.said("netland.claim.slice.lowest", **MARKS)
        assert said[0]["dot"] == "" and said[0]["star"] == ""
        check_slice(view, said[0])
        assert said[0]["centre"] == "0.0902" and said[0]["low"] == "0.0674"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_theta_star_is_where_training_ended_with_its_step_and_gradient(lang):
    """A reader saw "θ* is where training ended" beside "gradient descent cannot settle here"
    (the network without residual connections, λ_max 2.42 × the edge). Both sentences now say
    θ* is where the run was after its steps (300 by default), and the one above the edge gives
    |∇L| and the last step's length there: neither zero, so not a point it came to rest at."""
    view = reader.View(open_page("network-landscape", lang), "network-landscape", lang)
    (below,) = view.said("netland.claim.slice.below")
    steps = int(view.widget("nl_n").value)
    assert int(below.number("steps")) == steps
    fields = {"on": r"[^\n;；]+?", "off": r"[^\n。]+?(?=[.。](?:\s|$))"}
    (here,) = view.said("netland.claim.step.here", **fields)
    (above,) = reader.said([here["off"]], "netland.claim.edge.above", lang)
    assert int(above.number("steps")) == steps
    assert above.number("grad") > 0 and above.number("move") > 0
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_a_tiny_rate_neither_network_trained_and_neither_is_read_against_the_edge(lang):
    """A fresh lecturer at `?nl_lr=1e-05`: "training with residual connections failed: final
    loss 1.7974 …" and the network without them (0.6714, 63.5 %) "below the edge", where in
    300 steps neither moved: their losses ended within 10 % of where they started (1.8800 →
    1.7974, 0.6720 → 0.6714). Both are said not to have trained, neither failed, and no
    λ_max is held against the edge."""
    view = reader.View(
        open_page("network-landscape", lang, nl_lr="1e-05"), "network-landscape", lang
    )
    for residual in (True, False):
        first, last = _loss_moved(view, residual)
        assert abs(last - first) < 0.05 * first, (residual, first, last)  # the drawn case
    idle = view.said("netland.claim.untrained")
    assert sorted(s["which"].strip() for s in idle) == sorted(
        [t("netland.with", lang), t("netland.without", lang)]
    )
    for key in ("netland.claim.failed.chance", "netland.claim.failed.diverged"):
        assert not view.said(key), key
    for key in ("at", "below", "above", "above.momentum"):
        assert not view.said(f"netland.claim.edge.{key}"), key
    assert len(view.said("netland.claim.edge.untrained")) == 2
    assert not reader.check_view(view)


@pytest.mark.parametrize(
    "query", [{}, {"nl_n": "1000"}, {"nl_n": "50"}], ids=["default", "n1000", "n50"]
)
def test_the_last_step_is_epsilon_times_the_gradient_it_was_taken_with(query):
    """A fresh lecturer checked "there |∇L| = 0.745, and its last step still moved θ by 0.164"
    against step = ε·|∇L| (0.5 × 0.745 = 0.37 ≠ 0.164; nl_n=1000: 0.027 vs 0.0772; nl_n=50:
    0.363 vs 0.0888): the gradient was θ*'s, the step was taken from the point before. The
    words now name the gradient the step was taken with, and ε times it is the step printed."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("network-landscape", lang, **query), "network-landscape", lang)
        fields = {"on": r"[^\n;；]+?", "off": r"[^\n。]+?(?=[.。](?:\s|$))"}
        (here,) = view.said("netland.claim.step.here", **fields)
        (above,) = reader.said([here["off"]], "netland.claim.edge.above", lang)
        lr = float(view.widget("nl_lr").value)
        assert above.number("lr") == lr
        step = above.number("move")
        assert abs(step - lr * above.number("prev")) <= unit(above["move"]) + lr * unit(
            above["prev"]
        )
        check_edge_ratio(view, above)


def test_the_hover_grid_is_the_sampled_grid_with_theta_star_at_its_centre():
    """A fresh lecturer: the contour's hover grid was 40 × 40 and had no node at (0, 0),
    hovering the centre read 0.088 while the words said 41 × 41 = 1681 grid points and θ*'s
    loss 0.0902. The hover grid is now the sampled one: as many nodes as the caption counts,
    θ* among them, its loss the one the slice sentence names."""
    for query in ({}, {"nl_view": "pca"}):
        view = reader.View(open_page("network-landscape", "en", **query), "network-landscape", "en")
        fig = view.chart("nl_pca" if query else "nl_random")
        (hover,) = [tr for tr in fig["data"] if tr.get("type") == "heatmap"]
        decoded = reader.traces({"data": [hover]})[hover.get("name")]
        x, y = np.asarray(decoded["x"], float), np.asarray(decoded["y"], float)
        z = np.asarray(decoded["z"], float).reshape(y.size, x.size)
        n = int(view.widget("nl_grid").value)
        timing = next(s for s in view.texts if f"{n} × {n} = {n * n}" in s)
        assert timing and x.size == y.size == n, (x.size, n)
        assert x[n // 2] == 0 and y[n // 2] == 0, "no hover node at θ*"
        if not query:
            (said,) = view.said("netland.claim.slice.below")
            prints(said["centre"], z[n // 2, n // 2])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pca_view_has_its_own_caption(lang):
    """A fresh lecturer at `?nl_view=pca`: the caption still described the random directions'
    filter normalisation. The PCA view's caption names its directions; the random view's
    keeps the filter normalisation."""
    pca = reader.View(
        open_page("network-landscape", lang, nl_view="pca"), "network-landscape", lang
    )
    random = reader.View(open_page("network-landscape", lang), "network-landscape", lang)
    norm = "滤波器" if lang == "zh" else "filter"
    words = {"zh": ("入权重", "主方向"), "en": ("incoming weights", "principal directions")}[lang]
    assert not any(words[0] in s for s in pca.texts), "the PCA view says filter normalisation"
    assert any(words[1] in s and "θₖ − θ*" in s for s in pca.texts)
    assert any(words[0] in s for s in random.texts)
    assert not any(r"\lVert \theta^{*}_{i,j}" in e.value for e in pca.at.get("latex"))
    assert norm


def test_a_lowest_point_on_the_slice_s_edge_is_said_to_be_no_minimum_inside_it():
    """Fresh read (`?lang=zh&proj=1&nl_span=0.1`): "切片在 (a, b) = (0.09, -0.10) 处降到 0.0674
    （图中的 ☆）" while that point is on the slice's border b = −0.100, so it is no minimum inside
    the slice, and the minus was a hyphen. The sentence now says the point is on the edge and
    prints "−0.10" (U+2212), in both languages; the colour bar has 3 or more ticks (it had
    one, "0.1"). The default span (its lowest point inside) says nothing of an edge."""
    from tests.test_colour_bars import colour_bars, read, round_labels

    for lang in ("zh", "en"):
        view = reader.View(open_page("network-landscape", lang, nl_span="0.1"),
                           "network-landscape", lang)  # fmt: skip
        (below,) = view.said("netland.claim.slice.below", **MARKS)
        assert (below["a"], below["b"]) == ("0.09", "\u22120.10"), (below["a"], below["b"])
        assert "-" not in below["a"] + below["b"]
        (edge,) = view.said("netland.claim.slice.edge")
        check_slice_edge(view, edge)
        fig = view.chart("nl_random")
        (bar,) = colour_bars(fig)
        values = [read(s) for s in bar["ticktext"]]
        assert len(values) >= 3 and values == sorted(values), bar["ticktext"]
        assert round_labels(values), bar["ticktext"]
        (scale,) = [tr["marker"] for tr in fig["data"] if tr.get("name") == "scale"]
        tenth = (scale["cmax"] - scale["cmin"]) / 10  # ticks a tenth of the bar apart at least
        assert all(g >= tenth - 1e-9 for g in np.diff(bar["tickvals"])), bar["tickvals"]
        assert not reader.check_view(view)
    view = reader.View(open_page("network-landscape", "en"), "network-landscape", "en")
    assert view.said("netland.claim.slice.below", **MARKS) and not view.said(
        "netland.claim.slice.edge"
    )


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"nl_n": "50"},
        {"nl_opt": "momentum", "nl_lr": "0.5"},
        {"nl_opt": "rmsprop", "nl_lr": "0.1"},
    ],
)
def test_a_sharpness_comparison_of_unfinished_runs_says_so(query):
    """'With residual connections the end point is flatter' was said of runs that had not
    finished: at 50 steps both sat above the edge (2.15 × and 3.33 ×), with heavy ball ε = 0.5
    and RMSProp ε = 0.1 the network without them fit 77 % and 80.5 %; at the default its
    λ_max 9.69 is 2.42 × the edge 4. The comparison now first says which runs did not finish."""
    view = reader.View(open_page("network-landscape", "en", **query), "network-landscape")
    (said,) = view.said("netland.claim.open", reasons=r"[^()（）]{1,400}")
    check_open(view, said)
    assert not view.said("netland.claim.finished.gd") and not view.said(
        "netland.claim.finished.adaptive"
    )


def test_the_why_hedges_smoother_with_residual_connections_as_rmsprop_shows():
    """The Why? panel said residual connections make the slices smoother, more like a bowl, as
    a rule; the page's own ?nl_opt=rmsprop says the end point is sharper with them (11.4
    against 3.87). It now says "often … not always", naming that run, which the page shows."""
    for lang in ("en", "zh"):
        why = t("netland.why", lang)
        assert ("often" in why and "not always" in why) or ("常常" in why and "并非总是" in why)
        assert "RMSProp（ε = 0.01）" in why or "RMSProp (ε = 0.01)" in why
    view = reader.View(
        open_page("network-landscape", "en", nl_opt="rmsprop", nl_lr="0.01"), "network-landscape"
    )
    (said,) = view.said("netland.claim.sharper")
    check_compare(view, said)


def test_the_residual_question_asks_about_where_training_ends_not_a_minimum():
    """Study step 1 asked about "the minimum it ends in" while the page says θ* is only where
    training ended after 300 steps (|∇L| 0.745), not a point it came to rest at."""
    assert "point where training ends" in t("netland.step.residual.question", "en")
    assert "minimum" not in t("netland.step.residual.question", "en")
    assert "极小值" not in t("netland.step.residual.question", "zh")


def test_the_chinese_factor_says_which_is_how_many_times_the_other():
    """zh ?proj=1 read "尖锐程度 3.90，无残差时 9.69（小 2.5 倍）": "小 2.5 倍" is poor Chinese for
    a reduction; it now reads "（后者是前者的 2.5 倍）", the larger named as the multiple."""
    view = reader.View(open_page("network-landscape", "zh"), "network-landscape", "zh")
    (said,) = view.said("netland.claim.flatter")
    check_compare(view, said)
    shown = said.text[said.start : said.end]
    assert "（后者是前者的 " in shown and "小 " not in shown, shown


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pca_caption_says_what_the_ring_marks(lang):
    """?nl_view=pca: the ○ ring marks where training started, where the random-directions view
    draws θ* with it, and no legend said so. The PCA caption now says it: the ring is drawn at
    the path's first point, and the path ends at θ* = (0, 0)."""
    view = reader.View(
        open_page("network-landscape", lang, nl_view="pca"), "network-landscape", lang
    )
    assert any("θ₀" in s and "○" in s for s in view.texts)
    fig = view.chart("nl_pca")
    name = t(optimizers.get(view.widget("nl_opt").value).title_key, lang)
    x, y = reader.xy(reader.traces(fig)[name])
    (ring,) = [
        tr
        for tr in fig["data"]
        if tr.get("mode") == "markers" and tr.get("marker", {}).get("color") == "white"
    ]
    rx, ry = reader.xy(reader.traces({"data": [ring]})[ring.get("name")])
    assert (rx[0], ry[0]) == pytest.approx((x[0], y[0]))
    assert (x[-1], y[-1]) == pytest.approx((0.0, 0.0), abs=1e-9)


def test_the_sentence_and_study_step_one_read_about_the_same_alike():
    """Second fresh read (SGD ε = 0.1): under the figure "the end point is flatter: sharpness
    20.2 against 22.7 (1.1× lower)", while study step 1 graded "flatter" wrong: "the larger only
    12.4 % above the smaller (within 25 %: about the same)". Both now read "about the same" as
    the step does (the larger, as printed, under 1.25 × the smaller), with one percentage."""
    view = reader.View(open_page("network-landscape", nl_lr="0.1"), "network-landscape")
    assert not view.at.exception
    assert not view.said("netland.claim.flatter") and not view.said("netland.claim.sharper")
    (same,) = view.said("netland.claim.same")
    a, b = same.number("on"), same.number("off")
    assert same["pct"] == f"{100 * (max(a, b) / min(a, b) - 1):.1f}" == "12.4"
    assert not reader.check_view(view)
