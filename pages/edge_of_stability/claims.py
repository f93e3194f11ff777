"""The edge-of-stability lesson's sentences: one per rate (where λ_max went relative to
2(1 + α)/ε, and what the loss did meanwhile) and one for the quadratic beside it, each read
from the series the lesson's figure draws."""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from models import edge_of_stability as eos
from ui import readings
from ui.claims import digits3, number
from ui.i18n import t

# From this momentum up, the rates that spiral in on the quadratic draw curves that run together
# for the panel's steps (at α = 0.9 four lay on top of each other); below it they fall out of
# the panel within about 20 steps, a few peaks each, and no sentence is needed for them.
SAME_PACE_ALPHA = 0.5

EDGE_TOL = 0.1  # "within 10 % of 2/ε": the band the edge-of-stability sentences read


@dataclasses.dataclass(frozen=True)
class EdgeReading:
    """What one rate's drawn λ_max series and loss curve say, in the reading words
    (`ui.readings`) of its sentence; the band is ±EDGE_TOL around the limit 2(1+α)/ε.

    kind: "diverged"; "below" (no measurement reached the band); "past" (it went from below
    the band to above it with none inside); "stayed" (first within the band at `reached`,
    every later measurement in it); "ranged" (first within it at `reached`, not every later
    one in it). lo/hi: the least and largest measurement from `reached` on, over the limit;
    share: the share of those in the band; last: the last measurement; peak: the largest.
    """

    kind: str
    limit: float
    start: float
    reached: int | None  # index of the measurement (its step: runs.sharp_steps[reached])
    lo: float
    hi: float
    share: float
    last: float
    peak: float
    entry: str  # where the first measurement lies: "below", "in" or "above" the band
    dip: int | None  # started above: the lowest measurement before `reached`, if below the band
    loss_from: float  # the loss at the step reached (else step 0) and at the last step
    loss_to: float
    rises: int  # steps after it at which the loss went up
    steps: int
    diverged_at: int | None
    # the loss's largest spike from the step counted from: its highest point after that step
    # (value, step), and its largest one-step rise (size, step, value it rose to)
    spike: float = math.nan
    spike_at: int = 0
    rise: float = 0.0
    rise_at: int = 0
    rise_to: float = math.nan


def edge_entry(sharp, limit: float) -> tuple[int | None, str]:
    """Where a drawn λ_max series meets its limit: the first measurement within EDGE_TOL of it
    ("stayed", refined later), else the first above that band ("past"), else none ("below").
    The run's loss sentence and the loss question's reveal both count from there."""
    sharp = np.asarray(sharp, dtype=np.float64)
    reached = readings.first_within(sharp, limit, EDGE_TOL)
    if reached is not None:
        return reached, "stayed"
    above = np.flatnonzero(sharp > readings.band(limit, EDGE_TOL)[1])
    return (int(above[0]), "past") if above.size else (None, "below")


def start_entry(sharp, limit: float) -> str:
    """Where a drawn λ_max series starts against the band ±EDGE_TOL around its limit: "below",
    "in" or "above" it. A run that starts above it is one the quadratic beside it (whose λ is
    that first value) diverges on."""
    low, high = readings.band(limit, EDGE_TOL)
    first = float(np.asarray(sharp, dtype=np.float64)[0])
    return "above" if first > high else ("in" if first >= low else "below")


def edge_reading(runs, i: int) -> EdgeReading:
    """Run i's reading, from the series the figure draws (`runs.sharpness[i]`, `runs.losses[i]`)."""
    sharp, losses = np.asarray(runs.sharpness[i]), np.asarray(runs.losses[i])
    limit = runs.threshold(i)
    nan = math.nan
    diverged_at = eos.diverged_step(losses)
    if diverged_at is not None:
        return EdgeReading(
            "diverged", limit, float(sharp[0]), None, nan, nan, 0.0, nan, nan,
            start_entry(sharp, limit), None, float(losses[0]), nan, 0, 0, diverged_at,
        )  # fmt: skip
    reached, kind = edge_entry(sharp, limit)
    if reached is not None and kind != "past":
        kind = "stayed" if readings.stayed_within(sharp, limit, EDGE_TOL, reached) else "ranged"
    later = sharp[reached or 0 :] / limit
    entry = start_entry(sharp, limit)
    dip = None
    if entry == "above" and kind != "past" and reached:
        low = readings.band(limit, EDGE_TOL)[0]
        lowest = int(np.argmin(sharp[:reached]))
        # "fell to d at step k, then rose back to within 10 %": the lowest point before the
        # band is below it, and every point from there to the band is below it too
        if np.all(sharp[lowest:reached] < low):
            dip = lowest
    first = int(runs.sharp_steps[reached]) if reached is not None else 0
    trace = losses[first:]
    return EdgeReading(
        kind=kind,
        limit=limit,
        start=float(sharp[0]),
        reached=reached,
        lo=float(later.min()),
        hi=float(later.max()),
        share=readings.share_within(sharp, limit, EDGE_TOL, reached or 0),
        last=float(sharp[-1]),
        peak=float(sharp.max()),
        entry=entry,
        dip=dip,
        loss_from=float(trace[0]),
        loss_to=float(trace[-1]),
        rises=int(np.sum(np.diff(trace) > 0)),
        steps=len(trace) - 1,
        diverged_at=None,
        spike=float(trace[1:].max()) if trace.size > 1 else math.nan,
        spike_at=first + 1 + int(np.argmax(trace[1:])) if trace.size > 1 else first,
        rise=float(np.diff(trace).max()) if trace.size > 1 else 0.0,
        rise_at=first + 1 + int(np.argmax(np.diff(trace))) if trace.size > 1 else first,
        rise_to=float(trace[1 + int(np.argmax(np.diff(trace)))]) if trace.size > 1 else math.nan,
    )


def loss_spike(r: EdgeReading, zero: float, lang: str, **said) -> str:
    """The end of a bumpy loss sentence: its largest spike, from the drawn loss. If the loss
    rose above its value at the step counted from: the highest point after that step, its step
    and its ratio to that value (and, counted from a later step, whether it went above even the
    loss at step 0, `zero`, or stayed below it); else its largest one-step rise."""
    if r.spike > r.loss_from:
        if said["first"] == 0:
            key = "eos.loss.spike.start"
        else:
            key = "eos.loss.spike.zero" if r.spike > zero else "eos.loss.spike"
        return t(
            key,
            lang,
            **said,
            peak=digits3(r.spike),
            at=r.spike_at,
            ratio=f"{r.spike / r.loss_from:.1f}",
            zero=digits3(zero),
        )
    return t(
        "eos.loss.spike.small",
        lang,
        **said,
        rise=number(r.rise),
        at=r.rise_at,
        to=number(r.rise_to),
    )


def edge_of_stability(runs, lang: str) -> tuple[list[str], str]:
    """The edge-of-stability lesson: one sentence per rate (where λ_max went relative to
    2(1 + α)/ε, and what the loss did meanwhile), and one for the quadratic beside it, whose
    λ_max is the network's at step 0 and never moves. Each from the drawn series, in the
    reading words of `ui.readings`: "within 10 %" is the band ±EDGE_TOL, "stayed within" is
    every later measurement in it, "hovered around" at least half of them."""
    name = "2/ε" if runs.momentum == 0 else "2(1+α)/ε"
    pct = f"{100 * EDGE_TOL:.0f}"
    sentences = []
    edge: dict[str, list[str]] = {"below": [], "above": [], "in": []}  # by where λ_max started
    for i, lr in enumerate(runs.rates):
        r = edge_reading(runs, i)
        common = dict(
            lr=f"{lr:g}", limit_name=name, limit=number(r.limit), start=number(r.start), pct=pct
        )
        if r.kind == "diverged":
            sentences.append(t("eos.fate.diverged", lang, step=r.diverged_at, **common))
            continue
        last_step = int(runs.sharp_steps[-1])
        numbers = dict(
            step=int(runs.sharp_steps[r.reached]) if r.reached is not None else 0,
            last_step=last_step,
            now=f"{r.start / r.limit:.2f}",
            lo=f"{r.lo:.2f}",
            hi=f"{r.hi:.2f}",
            share=f"{100 * r.share:.0f}",
            # of the measurements from the entry on, how many below and above the limit:
            # "hovering around it" at α = 0.9 was 122 below and 17 above
            below=int(np.sum(np.asarray(runs.sharpness[i][r.reached or 0 :]) < r.limit)),
            above=int(np.sum(np.asarray(runs.sharpness[i][r.reached or 0 :]) > r.limit)),
            last=number(r.last),
            ratio=f"{r.last / r.limit:.2f}",
            peak=f"{r.peak / r.limit:.2f}",
            steps=r.steps,
        )
        if r.kind == "below":
            text = t("eos.fate.below", lang, **common, **numbers)
        elif r.entry == "above":  # it started above the band: say so, and how it came down
            text = t("eos.fate.open.above", lang, **common, **numbers)
            if r.kind == "past":
                text += t("eos.fate.above.never", lang, **common, **numbers)
            elif r.dip is not None:
                dip = float(runs.sharpness[i][r.dip])
                text += t(
                    "eos.fate.above.dip",
                    lang,
                    **common,
                    **numbers,
                    dip=number(dip),
                    dip_ratio=f"{dip / r.limit:.2f}",
                    dip_step=int(runs.sharp_steps[r.dip]),
                )
            else:
                text += t("eos.fate.above.reached", lang, **common, **numbers)
        else:
            opening = "past" if r.kind == "past" else ("start" if r.reached == 0 else "reached")
            before = np.asarray(runs.sharpness[i][: r.reached or 0], dtype=np.float64) / r.limit
            if opening == "reached" and before.size and before.max() > 1 + EDGE_TOL:
                # it overshot the band between two measurements before it first came within
                # it (α = 0.7, ε = 0.2: 0.75× at step 120, 1.48× at 140, 0.35× at 160)
                j = int(np.argmax(before))
                opening = "overshot"
                numbers |= dict(over=f"{before[j]:.2f}", over_step=int(runs.sharp_steps[j]))
            text = t(f"eos.fate.open.{opening}", lang, **common, **numbers)
        if r.kind != "below":
            if r.kind == "stayed":
                text += t("eos.fate.stayed", lang, **common, **numbers)
            else:
                low, high = readings.band(r.limit, EDGE_TOL)
                where = "in" if low <= r.last <= high else ("below" if r.last < low else "above")
                mood = "hover" if r.share >= readings.HOVER_SHARE else "away"
                text += t(f"eos.fate.ranged.{mood}", lang, **common, **numbers)
                text += t(f"eos.fate.end.{where}", lang, **common, **numbers)
            hovered = r.kind == "stayed" or (r.kind == "ranged" and r.share >= readings.HOVER_SHARE)
            # "around it": on both sides of the limit (ε = 0.03 stayed at 0.90–0.91 × 2/ε, still
            # climbing: in the band, yet never at the limit)
            if hovered and r.lo < 1 <= r.hi and r.loss_to < r.loss_from:
                edge[r.entry].append(f"{lr:g}")
        loss = "up" if r.loss_to >= r.loss_from else ("bumpy" if r.rises else "every")
        first = int(runs.sharp_steps[r.reached]) if r.reached is not None else 0
        said = dict(
            first=first,
            last=len(runs.losses[i]) - 1,
            start=number(r.loss_from),
            end=number(r.loss_to),
            rises=r.rises,
            steps=r.steps,
        )
        text += " " + t(f"eos.loss.{loss}", lang, **said)
        if loss == "bumpy":  # "not steadily": how high the loss went on the way down, and where
            text += loss_spike(r, float(runs.losses[i][0]), lang, **said)
        sentences.append(text)
    curvature = float(runs.sharpness[0, 0])
    fine = [f"{lr:g}" for lr in runs.rates if eos.quadratic_stable(curvature, lr, runs.momentum)]
    wild = [f"{lr:g}" for lr in runs.rates if f"{lr:g}" not in fine]
    quad = [t("eos.quad.intro", lang, lam=number(curvature))]
    if fine:
        quad.append(t("eos.quad.converge", lang, rates=", ".join(fine)))
    # with momentum every rate that spirals in shrinks at √α a step: their drawn curves run
    # together (at α = 0.9 four curves lay on top of each other, unexplained)
    spiral = [
        f"{lr:g}"
        for lr in runs.rates
        if f"{lr:g}" in fine and eos.quadratic_spirals(curvature, lr, runs.momentum)
    ]
    if len(spiral) > 1 and runs.momentum >= SAME_PACE_ALPHA:
        quad.append(
            t(
                "eos.quad.same_pace",
                lang,
                rates=", ".join(spiral),
                alpha=f"{runs.momentum:g}",
                rho=f"{math.sqrt(runs.momentum):.3g}",
            )
        )
    if wild:
        quad.append(t("eos.quad.diverge", lang, rates=", ".join(wild)))
    # the network's λ_max at the edge, by where it started: it climbed to the limit from below,
    # came down to it from above (where the quadratic diverges), or was there from the start
    keys = {"below": "eos.quad.contrast", "above": "eos.quad.contrast.above",
            "in": "eos.quad.contrast.start"}  # fmt: skip
    for entry, key in keys.items():
        if edge[entry]:
            quad.append(t(key, lang, rates=", ".join(edge[entry]), pct=pct))
    if not any(edge.values()):
        quad.append(t("eos.quad.no_edge", lang, limit_name=name))
    return sentences, " ".join(quad)


def off_chart(fig: dict, lang: str) -> str | None:
    """The limits the drawn figure's λ axis does not reach: its dashed 2(1+α)/ε line is drawn
    above the axis's top (the axis stops short of a limit far above every curve, or the curves
    would be squashed), so the words say where it is. Read from the drawn figure: the top-left
    panel's range and each rate's dashed line on it. None if every limit is in view."""
    top = float(fig["layout"]["yaxis"]["range"][1])
    names = {tr.get("legendgroup"): tr["name"] for tr in fig["data"]
             if tr.get("yaxis") == "y" and str(tr.get("name", "")).startswith("ε = ")}  # fmt: skip
    limit_name = next(tr["name"] for tr in fig["data"] if tr.get("x") == [None])
    items = [
        t("eos.off_chart.item", lang, rate=names[tr["legendgroup"]], limit_name=limit_name,
          limit=number(float(tr["y"][0])))
        for tr in fig["data"]
        if tr.get("xaxis") == "x2" and tr.get("line", {}).get("dash") == "dash"
        and tr.get("x") != [None] and float(tr["y"][0]) > top
    ]  # fmt: skip
    if not items:
        return None
    return t(
        "eos.off_chart", lang, top=number(top), items=("；" if lang == "zh" else "; ").join(items)
    )
