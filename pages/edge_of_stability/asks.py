"""The edge-of-stability lesson's class question: where the network's sharpness λ_max
settles at each rate, read from the same runs the lesson's figure draws."""

from __future__ import annotations

from models import edge_of_stability as eos
from ui.asks import kept, nice_ceil, number
from ui.rooms import Number


def edge_of_stability(runs: eos.EdgeRuns) -> list[Number]:
    """Per rate that did not diverge: where the network's sharpness λ_max settles (the median
    of the run's last TAIL of measurements, as `eos.fate` reports it). The slider runs from 0
    to twice the limit 2(1+α)/ε; a guess within the lesson's edge band (±15 % of the limit)
    counts as right."""
    out = []
    for i, lr in enumerate(runs.rates):
        fate = eos.fate(runs, i)
        if fate.kind == "diverged":
            continue
        high = nice_ceil(2 * fate.limit)
        step = nice_ceil(high / 200)
        params = dict(lr=f"{lr:g}", steps=eos.STEPS, tail=f"{100 * eos.TAIL:.0f}")
        key = "ask.eos.sharpness"
        if runs.momentum:
            key, params["alpha"] = "ask.eos.sharpness_momentum", f"{runs.momentum:g}"
        out.append(
            number(
                f"sharpness-{lr:g}",
                key,
                params,
                fate.end,
                0.0,
                high,
                step,
                round(eos.EDGE_BAND * fate.limit, 6),
                "λ<sub>max</sub>",  # the room's number line: a Plotly axis title
            )
        )
    return kept(out)
