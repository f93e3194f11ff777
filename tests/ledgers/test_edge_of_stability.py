"""The edge-of-stability lesson's ledger checks: each sentence's numbers, read back from the
words, against the λ_max series the figure draws (the trace "ε = …" on the top-left panel),
its loss (bottom left) and the quadratic's loss (bottom right). Pinned views of issue 31's
cases 1–3 follow the checks."""

from __future__ import annotations

import re

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from models import edge_of_stability as eos
from tests import ledger as reader
from tests.lessons import open_page

BAND = 0.1 + 1e-9  # "within 10 %", as the sentence prints pct = 10 (read back below)


# ---- reading the drawn figure --------------------------------------------------------------
def _trace(view: reader.View, lr: str, xaxis: str) -> tuple[np.ndarray, np.ndarray]:
    fig = view.chart("eos_chart")
    group = next((tr["legendgroup"] for tr in fig["data"] if tr.get("name") == f"ε = {lr}"), None)
    if group is None:
        raise AssertionError(f"no curve drawn for ε = {lr}")
    for trace in fig["data"]:
        if trace.get("legendgroup") == group and trace.get("xaxis") == xaxis:
            x, y = reader.xy(reader.traces({"data": [trace]})[trace.get("name")])
            if x.size > 2:  # not the dashed limit line
                return x, y
    raise AssertionError(f"no trace on {xaxis} for ε = {lr}")


def sharpness(view: reader.View, lr: str) -> tuple[np.ndarray, np.ndarray]:
    """The drawn λ_max series of rate `lr` (as the sentence prints it): steps and values."""
    fig = view.chart("eos_chart")
    for trace in fig["data"]:
        if trace.get("name") == f"ε = {lr}" and trace.get("yaxis") == "y":
            return reader.xy(reader.traces({"data": [trace]})[trace["name"]])
    raise AssertionError(f"no λ_max curve drawn for ε = {lr}")


def loss(view: reader.View, lr: str) -> tuple[np.ndarray, np.ndarray]:
    """The drawn training loss of rate `lr`: steps and values (NaN where it is not drawn)."""
    return _trace(view, lr, "x")


def quadratic(view: reader.View, lr: str) -> np.ndarray:
    """The drawn loss of rate `lr` on the quadratic (NaN where it left the panel)."""
    return _trace(view, lr, "x3")[1]


def drawn_rates(view: reader.View) -> list[str]:
    fig = view.chart("eos_chart")
    return [
        tr["name"][4:]
        for tr in fig["data"]
        if (tr.get("name") or "").startswith("ε = ") and tr.get("yaxis") == "y"
    ]


def prints(text: str, value: float) -> None:
    """The number `text` is `value` as printed: within half a unit of its last digit."""
    shown = reader.number(text)
    s = text.strip().replace("\u2212", "-").removesuffix("×").strip()
    mantissa, _, power = s.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    unit = 10.0 ** (int(power or 0) - decimals)
    assert abs(shown - value) <= 0.5 * unit + 1e-5 * abs(value), (text, value)


def alpha(view: reader.View) -> float:
    return float(view.widget("eos_alpha").value)


def _rate_of(said: reader.Said) -> str:
    """The rate of the line (one bullet, "ε = 0.2: …") the sentence is on."""
    line_start = said.text.rfind("\n", 0, said.start) + 1
    m = re.match(r"-?\s*ε = ([\d.]+)[:：]", said.text[line_start:])
    if not m:
        raise AssertionError("no rate at the start of the sentence's line")
    return m.group(1)


def _limit(view, said: reader.Said) -> float:
    """The limit 2(1+α)/ε of the sentence's rate, for the page's α (the printed one is rounded)."""
    return 2 * (1 + alpha(view)) / float(said["lr"])


def _check_limit(view, said) -> float:
    """The printed limit is 2(1+α)/ε for the page's α and the sentence's rate."""
    limit = 2 * (1 + alpha(view)) / float(said["lr"])
    prints(said["limit"], limit)
    assert said["limit_name"] == ("2/ε" if alpha(view) == 0 else "2(1+α)/ε")
    return limit


# ---- the checks --------------------------------------------------------------------------
def check_reached(view, said):
    steps, sharp = sharpness(view, said["lr"])
    prints(said["start"], sharp[0])
    limit = _check_limit(view, said)
    pct = said.number("pct") / 100
    inside = np.abs(sharp - limit) <= pct * limit
    first = int(np.flatnonzero(inside)[0]) if inside.any() else None
    assert first is not None, "no drawn point is within the band"
    assert int(steps[first]) == int(said.number("step")), (steps[first], said["step"])
    over = sharp[:first] / limit > 1 + pct  # "rose … and first came within": no overshoot
    assert (said.key == "eos.fate.open.overshot") == bool(over.any()), sharp[:first] / limit
    if over.any():  # "shot past … to r × at step s": the highest drawn point before the band
        j = int(np.argmax(sharp[:first]))
        prints(said["over"], sharp[j] / limit)
        assert int(steps[j]) == int(said.number("over_step")), (steps[j], said["over_step"])


def check_start(view, said):
    _steps, sharp = sharpness(view, said["lr"])
    limit = _check_limit(view, said)
    prints(said["start"], sharp[0])
    prints(said["now"], sharp[0] / limit)
    assert abs(sharp[0] / limit - 1) <= BAND, "the first point is not in the band"


def check_past(view, said):
    steps, sharp = sharpness(view, said["lr"])
    limit = _check_limit(view, said)
    pct = said.number("pct") / 100
    prints(said["start"], sharp[0])
    ratio = sharp / limit
    assert not np.any(np.abs(ratio - 1) <= pct + 1e-9), "a drawn point lies in the band"
    above = np.flatnonzero(ratio > 1 + pct)
    assert above.size and int(steps[above[0]]) == int(said.number("step"))


_OPENINGS = (
    "eos.fate.open.reached",
    "eos.fate.open.overshot",
    "eos.fate.open.start",
    "eos.fate.open.past",
    "eos.fate.open.above",
    "eos.fate.below",
)
_ENTRIES = ("eos.fate.above.dip", "eos.fate.above.reached", "eos.fate.above.never")


def _opening(view, said) -> reader.Said:
    """The opening of the sentence a continuation (", and stayed …") belongs to: the last one
    before it on its line."""
    line_start = said.text.rfind("\n", 0, said.start) + 1
    before = said.text[line_start : said.start]
    for key in _OPENINGS:
        found = [s for s in reader.said([before], key, view.lang)]
        if found:
            return found[-1]
    raise AssertionError("no opening before the continuation")


def _line(said: reader.Said) -> str:
    start = said.text.rfind("\n", 0, said.start) + 1
    end = said.text.find("\n", said.start)
    return said.text[start : end if end >= 0 else len(said.text)]


def _from_step(opening: reader.Said, view=None) -> int:
    """The step the sentence's "afterwards" starts at: the step named (for a run that started
    above the band, in the clause after the opening: "… rose back to within 10 % of it at step
    80"), else step 0."""
    if opening.key in ("eos.fate.open.reached", "eos.fate.open.overshot", "eos.fate.open.past"):
        return int(opening.number("step"))
    if opening.key == "eos.fate.open.above":
        line = _line(opening)
        for key in _ENTRIES:
            found = reader.said([line], key, view.lang) if view is not None else []
            if found and key != "eos.fate.above.never":
                return int(found[0].number("step"))
        return 0
    return 0


def check_above(view, said):
    _steps, sharp = sharpness(view, said["lr"])
    limit = _check_limit(view, said)
    prints(said["start"], sharp[0])
    prints(said["now"], sharp[0] / limit)
    assert sharp[0] / limit > 1 + BAND, "the first drawn point is not above the band"


def _above_opening(view, said) -> tuple[np.ndarray, np.ndarray, float, float]:
    """The drawn λ_max (steps, ratio to the limit) of the run a clause after "started above"
    belongs to, its limit and the band's half-width read from the words."""
    opening = _opening(view, said)
    assert opening.key == "eos.fate.open.above", opening.key
    steps, sharp = sharpness(view, opening["lr"])
    limit = _limit(view, opening)
    assert sharp[0] / limit > 1 + BAND, "it did not start above the band"
    return steps, sharp / limit, limit, said.number("pct") / 100


def _first_in(ratio: np.ndarray, pct: float) -> int | None:
    inside = np.flatnonzero(np.abs(ratio - 1) <= pct + 1e-9)
    return int(inside[0]) if inside.size else None


def check_above_dip(view, said):
    steps, ratio, limit, pct = _above_opening(view, said)
    m = _first_in(ratio, pct)
    assert m is not None and int(steps[m]) == int(said.number("step")), "not first in the band"
    k = int(np.flatnonzero(steps == int(said.number("dip_step")))[0])
    assert k < m and ratio[k] == ratio[:m].min(), "the dip named is not the lowest point before"
    prints(said["dip"], ratio[k] * limit)
    prints(said["dip_ratio"], ratio[k])
    assert np.all(ratio[k:m] < 1 - pct), "it did not rise back from below the band"


def check_above_reached(view, said):
    steps, ratio, _limit, pct = _above_opening(view, said)
    m = _first_in(ratio, pct)
    assert m is not None and int(steps[m]) == int(said.number("step"))


def check_above_never(view, said):
    _steps, ratio, _limit, pct = _above_opening(view, said)
    assert _first_in(ratio, pct) is None, "a drawn point lies in the band"


def check_stayed(view, said):
    opening = _opening(view, said)
    steps, sharp = sharpness(view, opening["lr"])
    limit, pct = _limit(view, opening), said.number("pct") / 100
    later = sharp[steps >= _from_step(opening, view)] / limit
    assert int(steps[-1]) == int(said.number("last_step"))
    outside = np.flatnonzero(np.abs(later - 1) > pct + 1e-9)
    assert not outside.size, f"drawn points leave the band: {later[outside][:5]}"
    prints(said["lo"], later.min())
    prints(said["hi"], later.max())


def check_ranged(view, said):
    opening = _opening(view, said)
    steps, sharp = sharpness(view, opening["lr"])
    limit, pct = _limit(view, opening), said.number("pct") / 100
    later = sharp[steps >= _from_step(opening, view)] / limit
    prints(said["lo"], later.min())
    prints(said["hi"], later.max())
    inside = np.abs(later - 1) <= pct + 1e-9
    assert not inside.all(), "every later point is in the band: it stayed"
    prints(said["share"], 100 * inside.mean())
    hover = said.key.endswith("hover")
    assert hover == (inside.mean() >= 0.5), (said.key, inside.mean())
    if hover:  # how many of those drawn measurements lie below the limit, and above it
        assert int(said.number("below")) == int(np.sum(later < 1)), (said["below"], later)
        assert int(said.number("above")) == int(np.sum(later > 1)), (said["above"], later)


def check_end(view, said):
    opening = _opening(view, said)
    steps, sharp = sharpness(view, opening["lr"])
    limit = _limit(view, opening)
    assert int(steps[-1]) == int(said.number("last_step"))
    prints(said["last"], sharp[-1])
    prints(said["ratio"], sharp[-1] / limit)
    ratio = sharp[-1] / limit
    where = "in" if abs(ratio - 1) <= BAND else ("below" if ratio < 1 else "above")
    assert said.key.endswith(where), (said.key, ratio)


def check_below(view, said):
    steps, sharp = sharpness(view, said["lr"])
    limit = _check_limit(view, said)
    pct = said.number("pct") / 100
    ratio = sharp / limit
    assert np.all(ratio < 1 - pct + 1e-9), f"a drawn point reaches the band: {ratio.max():.3f}"
    prints(said["start"], sharp[0])
    prints(said["last"], sharp[-1])
    prints(said["ratio"], ratio[-1])
    prints(said["peak"], ratio.max())
    assert int(steps[-1]) == int(said.number("last_step"))


def check_diverged(view, said):
    _check_limit(view, said)
    _steps, sharp = sharpness(view, said["lr"])
    prints(said["start"], sharp[0])
    x, y = loss(view, said["lr"])
    step = int(said.number("step"))
    assert np.all(np.isfinite(y[x < step])), "the drawn loss breaks off before the step named"
    assert not np.any(np.isfinite(y[x >= step])), "the loss is still drawn after it blew up"


def check_loss(view, said):
    lr = _rate_of(said)
    opening = _opening(view, said)
    x, y = loss(view, lr)
    trace = y[x >= _from_step(opening, view)]
    assert np.all(np.isfinite(trace)), "the drawn loss has gaps"
    # the steps counted are named: from the step the opening names (else 0) to the last drawn
    assert int(said.number("first")) == _from_step(opening, view), (said["first"], opening.text)
    assert int(said.number("last")) == int(x[-1])
    prints(said["start"], trace[0])
    prints(said["end"], trace[-1])
    rises = int(np.sum(np.diff(trace) > 0))
    if said.key == "eos.loss.up":
        assert trace[-1] >= trace[0], "the loss ended lower"
    else:
        assert trace[-1] < trace[0], "the loss did not fall"
        assert (rises == 0) == (said.key == "eos.loss.every"), rises
    if "rises" in said.fields:
        assert int(said.number("rises")) == rises
        assert int(said.number("steps")) == trace.size - 1
    if said.key == "eos.loss.bumpy":  # "not steadily": its largest spike follows, on its line
        rest = said.text[said.end : said.text.find("\n", said.end) % (len(said.text) + 1)]
        spikes = [s for key in _SPIKES for s in reader.said([rest], key, view.lang)]
        assert spikes and spikes[0].start == 0, "the bumpy loss hides its largest spike"


_SPIKES = ("eos.loss.spike", "eos.loss.spike.zero", "eos.loss.spike.start", "eos.loss.spike.small")


def _counted_loss(view, said) -> tuple[np.ndarray, np.ndarray, reader.Said]:
    """The drawn loss (steps, values) of the line's rate from the step its bumpy loss sentence
    counts from, and that sentence (the last one before `said` on its line)."""
    lr = _rate_of(said)
    line_start = said.text.rfind("\n", 0, said.start) + 1
    (bumpy,) = reader.said([said.text[line_start : said.start]], "eos.loss.bumpy", view.lang)
    x, y = loss(view, lr)
    first = int(bumpy.number("first"))
    return x[x >= first], y[x >= first], bumpy


def check_spike(view, said):
    """ "its largest spike reached 0.650 at step 244, 4.0 × the loss at step 120 and above even
    its step-0 value 0.381": the highest drawn loss after the counted step, where and how high;
    or, where it never went back above its first value, its largest one-step rise."""
    x, trace, bumpy = _counted_loss(view, said)
    start = trace[0]
    prints(bumpy["start"], start)
    zero = loss(view, _rate_of(said))[1][0]
    if said.key == "eos.loss.spike.small":
        assert trace[1:].max() <= start, "the drawn loss went back above its first value"
        prints(said["start"], start)
        d = np.diff(trace)
        j = int(np.argmax(d))
        prints(said["rise"], d[j])
        prints(said["to"], trace[j + 1])
        assert int(said.number("at")) == int(x[j + 1]), (said["at"], x[j + 1])
        return
    k = 1 + int(np.argmax(trace[1:]))
    assert trace[k] > start, "the drawn loss never went above its first value: no spike"
    assert int(said.number("at")) == int(x[k]), (said["at"], x[k])
    prints(said["peak"], trace[k])
    prints(said["ratio"], trace[k] / start)
    if said.key == "eos.loss.spike.start":
        assert int(x[0]) == 0, "counted from a later step than 0"
        return
    assert int(said.number("first")) == int(x[0]) > 0
    prints(said["zero"], zero)
    assert (said.key == "eos.loss.spike.zero") == (trace[k] > zero), (said.key, trace[k], zero)


def check_quad_intro(view, said):
    fig = view.chart("eos_chart")
    line = next(tr for tr in fig["data"] if tr.get("name") == "λ₀")
    _x, lam = reader.xy(reader.traces({"data": [line]})["λ₀"])
    assert np.ptp(lam) == 0
    for lr in drawn_rates(view):
        prints(said["lam"], sharpness(view, lr)[1][0])
    prints(said["lam"], lam[0])


def _named(said) -> list[str]:
    return [r.strip() for r in said["rates"].split(",") if r.strip()]


def check_quad_rates(view, said):
    lam = float(sharpness(view, drawn_rates(view)[0])[1][0])
    converge = said.key.endswith("converge")
    for lr in _named(said):
        q = quadratic(view, lr)
        shown = q[np.isfinite(q)]
        ends_lower = shown[-1] < shown[0]
        assert ends_lower == converge, (lr, shown[0], shown[-1])
        assert (float(lr) * lam < 2 * (1 + alpha(view))) == converge


def check_quad_same_pace(view, said):
    """The rates said to share √α's pace are the drawn ones that spiral in, and each drawn
    quadratic loss's peaks fall by α a step (heavy ball's complex roots have modulus √α)."""
    a = alpha(view)
    assert said.number("alpha") == a and 0.5 <= a < 1
    prints(said["rho"], a**0.5)
    lam = float(sharpness(view, drawn_rates(view)[0])[1][0])
    spiral = [
        lr for lr in drawn_rates(view) if (1 - a**0.5) ** 2 < float(lr) * lam < (1 + a**0.5) ** 2
    ]
    assert len(spiral) > 1 and _named(said) == spiral, (_named(said), spiral, lam)
    for lr in spiral:
        q = quadratic(view, lr)
        q = q[np.isfinite(q)]
        peaks = np.array([i for i in range(1, len(q) - 1) if q[i - 1] <= q[i] >= q[i + 1]])
        assert len(peaks) >= 3, (lr, peaks)
        # a sampled peak sits up to half a step from the true one: 1.7 % off at α = 0.5
        factor = float(np.exp(np.polyfit(peaks, np.log(q[peaks]), 1)[0]))
        assert factor == pytest.approx(a, rel=0.03), (lr, factor)


def _entry(view, lr: str) -> str:
    """Where the drawn λ_max of `lr` starts: below, in or above the band."""
    ratio = sharpness(view, lr)[1][0] / (2 * (1 + alpha(view)) / float(lr))
    return "above" if ratio > 1 + BAND else ("in" if ratio >= 1 - BAND else "below")


def _hovered(view, lr: str) -> bool:
    steps, sharp = sharpness(view, lr)
    limit = 2 * (1 + alpha(view)) / float(lr)
    inside = np.abs(sharp / limit - 1) <= BAND
    if not inside.any():
        return False
    first = int(np.flatnonzero(inside)[0])
    x, y = loss(view, lr)
    trace = y[x >= steps[first]]
    fell = bool(np.all(np.isfinite(trace)) and trace[-1] < trace[0])
    later = sharp[first:] / limit  # "around it": measured on both sides of the limit
    return bool(inside[first:].mean() >= 0.5) and later.min() < 1 <= later.max() and fell


_CONTRASTS = {
    "eos.quad.contrast": "below",
    "eos.quad.contrast.above": "above",
    "eos.quad.contrast.start": "in",
}


def check_contrast(view, said):
    """The rates named are exactly those whose drawn λ_max started where the words say
    (climbed from below the band, came down from above it, was in it from the start) and
    then hovered in the band, on both sides of the limit, while the loss fell; every hovering
    rate is named by one of
    the three sentences. "Where the quadratic diverges": their drawn quadratic loss grows."""
    entry = _CONTRASTS[said.key]
    named = set(_named(said))
    hovered = {lr for lr in drawn_rates(view) if _hovered(view, lr)}
    assert named == {lr for lr in hovered if _entry(view, lr) == entry}, (named, hovered)
    every = {
        lr for key in _CONTRASTS for s in view.said(key, rates=r"[\d., ]+?") for lr in _named(s)
    }
    assert every == hovered, (every, hovered)
    if entry == "above":
        for lr in named:
            q = quadratic(view, lr)
            shown = q[np.isfinite(q)]
            assert shown.size < q.size or shown[-1] > shown[0], (lr, "the quadratic converges")


def check_no_edge(view, said):
    hovered = [lr for lr in drawn_rates(view) if _hovered(view, lr)]
    assert not hovered, hovered


def _dashed_limits(view) -> tuple[float, dict[str, float]]:
    """The drawn λ axis's top and each rate's dashed limit line on the top-left panel."""
    fig = view.chart("eos_chart")
    top = float(fig["layout"]["yaxis"]["range"][1])
    names = {tr.get("legendgroup"): tr["name"][4:] for tr in fig["data"]
             if tr.get("yaxis") == "y" and (tr.get("name") or "").startswith("ε = ")}  # fmt: skip
    lines = {}
    for tr in fig["data"]:
        if (tr.get("xaxis") == "x2" and tr.get("line", {}).get("dash") == "dash"
                and tr.get("x") != [None]):  # fmt: skip
            _x, y = reader.xy(reader.traces({"data": [tr]})[tr.get("name")])
            lines[names[tr["legendgroup"]]] = float(y[0])
    return top, lines


def check_off_chart(view, said):
    """ "The λ axis stops at 64: the limit 2/ε = 100 of ε = 0.02 lies above it": the drawn
    axis's top, and exactly the dashed lines drawn above it, with their heights."""
    top, lines = _dashed_limits(view)
    prints(said["top"], top)
    named = {}
    for part in said["items"].split(";"):
        m = re.search(r"of ε = ([\d.]+)", part) or re.search(r"^\s*ε = ([\d.]+)", part)
        value = re.search(r"/ε = ([\d.]+)", part)
        assert m and value, part
        named[m.group(1)] = value.group(1)
    above = {lr for lr, y in lines.items() if y > top}
    assert set(named) == above, (named, above, top)
    for lr, text in named.items():
        prints(text, lines[lr])


def check_off_chart_item(view, said):
    top, lines = _dashed_limits(view)
    lr = said["rate"].strip().removeprefix("ε = ")
    assert lines[lr] > top, (lr, lines[lr], top)
    prints(said["limit"], lines[lr])
    assert said["limit_name"] == ("2/ε" if alpha(view) == 0 else "2(1+α)/ε")


def check_too_many(view, said):
    assert _named(said) == drawn_rates(view), (said["rates"], drawn_rates(view))


# ---- a view only a series of another shape reaches ------------------------------------------
def _jumping_runs() -> eos.EdgeRuns:
    """ε = 0.1 (limit 2/ε = 20): λ_max climbs from 5 to 15, jumps over the band to 25 and stays
    above it, while the loss falls and then climbs back past where it was: the shapes the
    trained network does not draw on any setting the page allows ("went past", "the last is
    above it", "no lower")."""
    n = eos.STEPS // eos.EVERY + 1
    sharp = np.where(np.arange(n) < 40, np.linspace(5, 15, n), 25.0) + 0.5 * np.sin(np.arange(n))
    k = np.arange(eos.STEPS + 1)
    losses = 0.5 * np.exp(-k / 300) + 0.3 * (k / eos.STEPS) ** 2
    return eos.EdgeRuns(
        rates=(0.1,),
        momentum=0.0,
        losses=losses[None].astype(np.float32),
        sharpness=sharp[None].astype(np.float32),
        sharp_steps=np.arange(0, eos.STEPS + 1, eos.EVERY),
        params=np.zeros((1, 1)),
    )


def view_past(lang: str):
    """The page as it draws and words a run whose λ_max jumps over the band (a series of a
    shape the trained network never gives): the sentences' other branches, read off a chart."""
    from pages.edge_of_stability import compute

    runs = _jumping_runs()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compute, "edge_runs", lambda *args, **kwargs: runs)
        return open_page("edge-of-stability", lang, eos_lr=["0.1"])


def _above_runs(never: bool) -> eos.EdgeRuns:
    """ε = 0.1 (limit 2/ε = 20): λ_max starts at 25, above the band, and comes down into it
    without first dropping below it (or, `never`, drops from 25 straight to 15 and stays
    below): shapes the trained network does not draw on a setting the page allows."""
    n = eos.STEPS // eos.EVERY + 1
    i = np.arange(n)
    if never:
        sharp = np.where(i < 10, 25.0, 15.0) + 0.3 * np.sin(i)
    else:
        sharp = np.where(i < 10, 25.0 - 0.5 * i, 20.0) + 0.3 * np.sin(i)
    k = np.arange(eos.STEPS + 1)
    losses = 0.5 * np.exp(-k / 300) + 0.01
    return eos.EdgeRuns(
        rates=(0.1,),
        momentum=0.0,
        losses=losses[None].astype(np.float32),
        sharpness=sharp[None].astype(np.float32),
        sharp_steps=np.arange(0, eos.STEPS + 1, eos.EVERY),
        params=np.zeros((1, 1)),
    )


def _patched(runs: eos.EdgeRuns, lang: str):
    from pages.edge_of_stability import compute

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compute, "edge_runs", lambda *args, **kwargs: runs)
        return open_page("edge-of-stability", lang, eos_lr=["0.1"])


def view_above(lang: str):
    """A run that starts above the band and comes down into it directly."""
    return _patched(_above_runs(never=False), lang)


def view_above_never(lang: str):
    """A run that starts above the band and jumps below it, never inside."""
    return _patched(_above_runs(never=True), lang)


def view_bump(lang: str):
    """A run whose λ_max stays below the band (so its loss is counted from step 0) and whose
    loss spikes above its step-0 value on the way down: a shape the trained network does not
    draw on the settings the sweep reaches ("its largest spike … × its step-0 loss")."""
    n = eos.STEPS // eos.EVERY + 1
    sharp = 5.0 + 0.3 * np.sin(np.arange(n))
    k = np.arange(eos.STEPS + 1)
    losses = 0.5 * np.exp(-k / 300) + 0.01 + 0.6 * np.exp(-(((k - 500) / 20.0) ** 2))
    runs = eos.EdgeRuns(
        rates=(0.1,),
        momentum=0.0,
        losses=losses[None].astype(np.float32),
        sharpness=sharp[None].astype(np.float32),
        sharp_steps=np.arange(0, eos.STEPS + 1, eos.EVERY),
        params=np.zeros((1, 1)),
    )
    return _patched(runs, lang)


# ---- issue 31's cases, pinned ----------------------------------------------------------------
def _view(lang="en", **query) -> reader.View:
    at = open_page("edge-of-stability", lang, **query)
    assert not at.exception, [e.value for e in at.exception]
    return reader.View(at, "edge-of-stability", lang)


def test_case_1_the_default_view_says_ranged_over_the_drawn_overshoot_not_stayed():
    """Issue 31, case 1: "reached 2/ε = 40 by step 380 and stayed there (0.98–1.03 × 2/ε)"
    beside a curve that overshoots to 1.25× and dips to 0.88×. The default view's sentences
    name the drawn extremes, and every one of them reads true against the chart."""
    view = _view()
    assert not view.said("eos.fate.stayed")
    ranged = view.said("eos.fate.ranged.hover")
    assert len(ranged) == 3
    for said in ranged:  # the drawn overshoot and dip are in the words
        assert said.number("hi") > 1.08 and said.number("lo") < 0.92
    assert not reader.check_view(view)


def test_case_2_heavy_momentum_says_what_is_drawn_without_contradicting_itself():
    """Issue 31, case 2: `?eos_alpha=0.9&eos_lr=0.01&eos_lr=0.05&eos_lr=0.3` read "within 10 %
    of 2(1+α)/ε = 76 by step 1540 and stayed there (0.64–1.00 × 2(1+α)/ε)"."""
    view = _view(eos_alpha="0.9", eos_lr=["0.01", "0.05", "0.3"])
    for said in view.said("eos.fate.stayed"):  # "stayed" only with every later point inside
        assert said.number("lo") >= 0.9 and said.number("hi") <= 1.1
    assert view.said("eos.fate.ranged.away") and view.said("eos.fate.diverged")
    assert not reader.check_view(view)


def test_case_3_the_drawn_last_lambda_max_is_the_dense_hessians_largest_eigenvalue():
    """Issue 31, case 3: ε = 0.2's last λ_max read 9.865 where a dense float64 Hessian at the same
    parameters gives 9.974. The last point the chart draws is the dense value to TOL (0.1 %)."""
    view = _view()
    runs = eos.train(eos.DEFAULT_RATES, 0.0)  # the same deterministic runs the page draws
    net = eos.network()
    for i, lr in enumerate(runs.rates):
        _steps, sharp = sharpness(view, f"{lr:g}")
        h = np.asarray(jax.hessian(net.loss)(jnp.asarray(runs.params[i])), dtype=np.float64)
        top = float(np.linalg.eigvalsh((h + h.T) / 2).max())
        assert sharp[-1] == pytest.approx(top, rel=eos.TOL), (lr, sharp[-1], top)


def test_the_stopping_rule_formula_speaks_the_pages_language():
    """The reviewer: in 中文 the formula read "\\text{Lanczos, until } ‖Hy − λ̂y‖ ≤ …"; its
    words come from the catalog now."""
    from tests.lessons import open_page

    for lang, words in (("zh", "Lanczos 迭代，直到"), ("en", "Lanczos, until")):
        at = open_page("edge-of-stability", lang=lang)
        rule = [e.value for e in at.get("latex") if r"\hat\lambda y" in e.value]
        assert len(rule) == 1 and f"\\text{{{words}}}" in rule[0], rule
        if lang == "zh":
            assert "until" not in rule[0]


@pytest.mark.parametrize("alpha", ["0", "0.9"])
def test_the_why_panel_names_the_drawn_limit(alpha):
    """The "Why?" panel (fixed text, kit.study_aids) said only "2/ε", also beside α = 0.9's
    dashed lines at 2(1 + α)/ε, and its 中文 "超过 2 它的绝对值就大于 1" read as if 1 − ελ
    exceeded 2. In both languages it must name the limit the dashed lines are drawn at for
    this α (their legend's formula, evaluated with the page's ε and α, is the drawn height),
    and say |1 − ελ_max| > 1 once ελ_max > 2."""
    from ui.i18n import t

    for lang in ("en", "zh"):
        view = _view(lang, eos_alpha=alpha, eos_lr=["0.1"])
        fig = view.chart("eos_chart")
        (legend,) = [tr["name"] for tr in fig["data"] if tr.get("x") == [None]]
        a, lr = float(alpha), 0.1
        formula = {"2/ε": 2 / lr, "2(1+α)/ε": 2 * (1 + a) / lr}
        heights = [
            float(reader.xy(reader.traces({"data": [tr]})[tr.get("name")])[1][0])
            for tr in fig["data"]
            if tr.get("line", {}).get("dash") == "dash" and tr.get("x") != [None]
        ]
        assert heights and all(h == pytest.approx(formula[legend], rel=1e-6) for h in heights)
        # read as drawn: the inline formula $\varepsilon\lambda_{\max}$ shows as ελ_max
        why = t("eos.why", lang).replace("$\\varepsilon\\lambda_{\\max}$", "ελ_max")
        why = why.replace(" ", "")
        assert legend.replace(" ", "") in why, f"the Why panel never names {legend} ({lang})"
        if a:  # the momentum case states its own limit, not 2/ε alone
            assert "2(1+α)/ε" in why and "α=0" in why, why
        assert "|1−ελ_max|>1" in why, f"no |1 − ελ_max| > 1 in the {lang} Why panel"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_eps_03_says_it_started_above_the_limit_fell_and_came_back(lang):
    """A fresh reader: `?eos_lr=0.3` read "λ_max rose from 8.48 …", beside a drawn curve that
    starts ABOVE 2/ε = 6.67 (1.27 ×), falls to 5.24 (0.79 ×) and only then comes back up into
    the band; and the closing sentence had ε = 0.3's λ_max "climb to the limit by itself".
    Now the words say what is drawn, each number read back from the chart."""
    view = _view(lang, eos_lr=["0.1", "0.3"])
    steps, sharp = sharpness(view, "0.3")
    ratio = sharp / (2 / 0.3)
    assert ratio[0] > 1.1 and ratio[1:10].min() < 0.9  # the drawn shape the reader saw
    rose = [s for s in view.said("eos.fate.open.reached") if s["lr"] == "0.3"]
    assert not rose, f"it says λ_max rose from {rose[0]['start']}; it started above 2/ε"
    for climbed in view.said("eos.quad.contrast", rates=r"[\d., ]+?"):  # "climbed to the limit"
        assert "0.3" not in _named(climbed), "ε = 0.3 did not climb to the limit: it started above"
    (opening,) = view.said("eos.fate.open.above")
    assert opening["lr"] == "0.3" and opening["start"] == "8.48" and opening["now"] == "1.27"
    (dip,) = view.said("eos.fate.above.dip")
    k = int(np.argmin(sharp[: int(np.flatnonzero(np.abs(ratio - 1) <= 0.1)[0])]))
    assert dip["dip"] == "5.24" and int(dip.number("dip_step")) == int(steps[k])
    (climbed,) = view.said("eos.quad.contrast", rates=r"[\d., ]+?")
    assert _named(climbed) == ["0.1"]
    (above,) = view.said("eos.quad.contrast.above", rates=r"[\d., ]+?")
    assert _named(above) == ["0.3"]
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_bumpy_loss_names_its_largest_drawn_spike(lang):
    """A fresh lecturer: "From step 120 to step 3000 the loss still fell (0.164 → 0.0345), but
    not steadily" beside a drawn loss that rises to 0.650 at step 244, 4 × its step-120 value
    and above its start 0.381 (the default ε = 0.1); at α = 0.9, ε = 0.05's "0.0131 → 0.0016"
    hid a jump to 0.303 at step 1714 (23 ×). Each bumpy loss sentence now names its largest
    spike, read here off the drawn loss."""
    for query, lr, peak, at in (
        ({}, "0.1", 0.650, 244),
        ({"eos_alpha": "0.9"}, "0.05", 0.303, 1714),
    ):
        view = _view(lang, **query, eos_lr=["0.05", "0.1"])
        x, y = loss(view, lr)
        spikes = [s for key in _SPIKES for s in view.said(key) if _rate_of(s) == lr]
        assert len(spikes) == 1, f"ε = {lr}'s loss sentence names no spike"
        (spike,) = spikes
        (bumpy,) = [s for s in view.said("eos.loss.bumpy") if _rate_of(s) == lr]
        counted = y[x >= int(bumpy.number("first"))]
        k = int(np.argmax(counted[1:])) + 1
        assert (
            round(float(counted[k]), 3) == peak and int(x[x >= int(bumpy.number("first"))][k]) == at
        )
        assert spike.number("peak") == pytest.approx(peak, abs=5e-4)
        assert int(spike.number("at")) == at
        check_spike(view, spike)
        if not query:  # above its start: the words say so
            assert spike.key == "eos.loss.spike.zero" and spike["zero"] == "0.381"
            assert spike["ratio"] == "4.0" and spike["peak"] == "0.650"
        else:
            assert spike["ratio"] == "23.2"
    assert not reader.check_view(view)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_limit_above_the_lambda_axis_is_said_to_be_off_the_chart(lang):
    """A fresh lecturer: the default view's ε = 0.02 has its dashed 2/ε = 100 above the λ axis
    (0–64), so no "2/ε" dash of that colour is ever seen. The caption under the figure names
    it, read here against the drawn axis and dashed lines."""
    view = _view(lang)
    top, lines = _dashed_limits(view)
    assert lines["0.02"] == pytest.approx(100) and top < 100  # the drawn case
    (said,) = view.said("eos.off_chart", items=r"[^\n]+?")
    check_off_chart(view, said)
    view = _view(lang, eos_lr=["0.1", "0.2"])  # every limit in view: nothing to say
    top, lines = _dashed_limits(view)
    assert max(lines.values()) <= top and not view.said("eos.off_chart", items=r"[^\n]+?")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ratio_to_the_limit_does_not_read_as_an_equation(lang):
    """Fresh read (default view): "went from 8.48 to 57 (0.57 × 2/ε = 100)" read as 0.57 × 2/ε
    equals 100. The limit's value is now named apart: "(0.57 × 2/ε, where 2/ε = 100)"; the
    ratio and the limit still read true against the chart."""
    view = _view(lang)
    (said,) = view.said("eos.fate.below")
    where = ", where " if lang == "en" else "，其中 "
    shown = said.text[said.start : said.end]
    assert f"× {said['limit_name']}{where}{said['limit_name']} = {said['limit']}" in shown
    assert said["limit"] == "100" and said["ratio"] == "0.57"
    assert not any(re.search(r"× 2/ε = \d", text) for text in view.texts)
    assert not reader.check_view(view)


@pytest.mark.parametrize("alpha_", ["0.3", "0.5", "0.9"])
def test_rates_that_spiral_in_on_the_quadratic_are_said_to_share_one_pace(alpha_):
    """At α = 0.9 the quadratic panel's four curves (ε = 0.02 … 0.2) lay on top of each other
    with nothing said: heavy ball's roots are complex there, modulus √α whatever ε is, and the
    drawn peaks fall by 0.900 a step for each. From α = 0.5 a sentence names them; at 0.3 the
    curves leave the panel within about 20 steps and none is said."""
    view = reader.View(
        open_page("edge-of-stability", "en", eos_alpha=alpha_), "edge-of-stability", "en"
    )
    found = view.said("eos.quad.same_pace", rates=r"[\d., ]+?")
    if alpha_ == "0.3":
        assert not found
        return
    (said,) = found
    if alpha_ == "0.9":
        assert _named(said) == ["0.02", "0.05", "0.1", "0.2"]
    check_quad_same_pace(view, said)


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"eos_lr": ["0.3"]}, "On it gradient descent diverges at ε = 0.3."),
        (
            {"eos_lr": ["0.3"], "eos_alpha": "0.9"},
            "On it gradient descent converges at ε = 0.3 (ελ below the limit).",
        ),
    ],
)
def test_the_quadratic_caption_agrees_with_one_rate(query, said):
    """ "ε = 0.3 diverge on it" (a plural verb for one rate): the verb now follows
    "gradient descent", whatever the number of rates named."""
    at = open_page("edge-of-stability", "en", **query)
    texts = reader.texts(at)
    assert any(said in text for text in texts), texts
    assert not any("0.3 diverge on it" in x or "0.3 converge on it" in x for x in texts)
