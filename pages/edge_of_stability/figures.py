"""The edge-of-stability lesson's figure: the network's λ_max and loss beside the quadratic's.
Arrays in, a figure out; no Streamlit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ui import palette
from ui.figures import base_layout, decode, f32, prepared_figure
from ui.lesson_figures import SERIES_COLOURS, log_axis_ticks


def _inner_ticks(end: float) -> list[float]:
    """Round ticks from 0 that stop short of `end` (the left panels' right edge, where the
    right panels' tick labels would run into the last one): about two or three of them."""
    power = 10 ** np.floor(np.log10(end / 2.5))
    step = min((m * power for m in (1, 2, 5, 10)), key=lambda d: abs(d - end / 2.5))
    return [float(v) for v in np.arange(0, 0.85 * end, step)]


# On a phone: each panel's plotting height, and the figure's rows around them (px): above
# (the legend and the network's title), between a panel and its loss panel, between the
# network's loss and the quadratic's title (tick labels, the step title, the title), below.
PHONE_PANEL = 158
PHONE_TOP, PHONE_PAIR, PHONE_BETWEEN, PHONE_BOTTOM = 116, 10, 66, 44


def phone_rows() -> tuple[int, list[list[float]]]:
    """The phone's figure height and its four panels' y domains (paper fractions), top down:
    the network's λ_max, its loss, the quadratic's λ_max, its loss."""
    height = PHONE_TOP + PHONE_BOTTOM + 4 * PHONE_PANEL + 2 * PHONE_PAIR + PHONE_BETWEEN
    plot = height - PHONE_TOP - PHONE_BOTTOM
    rows, top = [], plot
    for gap in (PHONE_PAIR, PHONE_BETWEEN, PHONE_PAIR, 0):
        rows.append([(top - PHONE_PANEL) / plot, top / plot])
        top -= PHONE_PANEL + gap
    return height, rows


def edge_figure(
    runs,
    quadratic: Sequence[np.ndarray],
    *,
    labels: Mapping[str, str],
    quadratic_steps: int,
    diverged_at: Sequence[int | None] = (),
    height: int = 500,
    narrow: bool = False,
) -> object:
    """The edge-of-stability lesson's figure, four panels: the network's λ_max over the steps
    with each rate's limit 2(1 + α)/ε dashed (top left) and its loss (bottom left); the
    quadratic beside it, whose λ_max is the network's at step 0 and never moves (top right), and
    its loss per rate (bottom right, cut where it blows up or has converged to nothing).

    `labels`: network, loss, step and limit (the dashed lines' legend text). A run that
    diverged (`diverged_at[i]`, a step) is drawn up to that step: its blow-up would squash the
    other runs' losses into one line. `narrow` (a phone): the four panels stacked in one column
    at full width, the network's two over the quadratic's two, each PHONE_PANEL px high (side by
    side they were 130 and 72 px wide, and the quadratic's 10⁻¹² touched the network's 100); the
    figure's height is then theirs, not `height`.
    """
    data = []
    curvature = float(runs.sharpness[0, 0])
    shown_sharp = runs.sharpness.copy()
    for i, cut in enumerate(diverged_at):
        if cut is not None:
            shown_sharp[i, runs.sharp_steps >= cut] = np.nan
    finite = shown_sharp[np.isfinite(shown_sharp)]
    peak = float(finite.max()) if finite.size else curvature
    limits = [runs.threshold(i) for i in range(len(runs.rates))]
    shown = [lim for lim in limits if lim <= 1.5 * peak]
    top = 1.12 * max([peak, curvature, *shown])
    k_quad = np.arange(quadratic_steps + 1)
    last = int(runs.sharp_steps[-1])
    for i, lr in enumerate(runs.rates):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        name = f"ε = {lr:g}"
        group = dict(legendgroup=f"rate{i}")
        losses = np.where(np.isfinite(runs.losses[i]), runs.losses[i], np.nan)
        sharp = shown_sharp[i]
        cut = diverged_at[i] if i < len(diverged_at) else None
        if cut is not None:
            losses[cut:] = np.nan
        data.append(
            dict(type="scatter", x=f32(runs.sharp_steps), y=f32(sharp),
                 xaxis="x2", yaxis="y", mode="lines", name=name, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: λ<sub>max</sub> %{y:.4g}<extra></extra>")
        )  # fmt: skip
        for xaxis, yaxis, span in (("x2", "y", last), ("x4", "y3", quadratic_steps)):
            data.append(
                dict(type="scatter", x=[0, span], y=[limits[i], limits[i]], xaxis=xaxis,
                     yaxis=yaxis, mode="lines", showlegend=False, **group,
                     line=dict(color=colour, width=palette.LINE_WIDTH - 1, dash="dash"),
                     hovertemplate=f"{name} · {labels['limit']} = {limits[i]:.4g}<extra></extra>")
            )  # fmt: skip
        data.append(
            dict(type="scatter", x=f32(np.arange(losses.size)), y=f32(losses), xaxis="x",
                 yaxis="y2", mode="lines", showlegend=False, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: L %{y:.4g}<extra></extra>")
        )  # fmt: skip
        q = np.asarray(quadratic[i], dtype=np.float64)
        q = np.where((q > 1e-12 * q[0]) & (q < 1e6 * q[0]) & np.isfinite(q), q, np.nan)
        data.append(
            dict(type="scatter", x=f32(k_quad), y=f32(q), xaxis="x3", yaxis="y4",
                 mode="lines", showlegend=False, **group,
                 line=dict(color=colour, width=palette.LINE_WIDTH),
                 hovertemplate=name + " · %{x}: L %{y:.4g}<extra></extra>")
        )  # fmt: skip
    data.append(
        dict(type="scatter", x=[0, quadratic_steps], y=[curvature, curvature], xaxis="x4",
             yaxis="y3", mode="lines", name="λ₀", showlegend=False,
             line=dict(color="#555555", width=palette.LINE_WIDTH),
             hovertemplate=f"λ<sub>max</sub> = {curvature:.4g}<extra></extra>")
    )  # fmt: skip
    data.append(  # a legend entry for the dashed lines
        dict(type="scatter", x=[None], y=[None], xaxis="x2", yaxis="y", mode="lines",
             name=labels["limit"], line=dict(color="#555555", dash="dash"))
    )  # fmt: skip
    if narrow:  # a phone: one column, the network's panels over the quadratic's
        height, (net_sharp, net_loss, quad_sharp, quad_loss) = phone_rows()
        left = right = [0.0, 1.0]
    else:
        left, right = [0.0, 0.58], [0.68, 1.0]
        net_sharp = quad_sharp = [0.54, 1.0]
        net_loss = quad_loss = [0.0, 0.44]
    layout = base_layout({}, height=height)
    layout["margin"] = (dict(l=60, r=12, t=PHONE_TOP, b=PHONE_BOTTOM) if narrow
                        else dict(l=60, r=20, t=70, b=50))  # fmt: skip
    grid = dict(showgrid=True, gridcolor="#E5E8EC", automargin=True)
    layout.update(
        xaxis=dict(domain=left, anchor="y2",
                   title=dict(text=labels["step"], **(dict(standoff=0) if narrow else {})),
                   # side by side: short of the right edge, where the quadratic's 0 begins
                   tickvals=_inner_ticks(last), **grid),
        xaxis2=dict(domain=left, anchor="y", matches="x", showticklabels=False, **grid),
        xaxis3=dict(domain=right, anchor="y4", title=dict(text=labels["step"]), nticks=3,
                    **grid),
        xaxis4=dict(domain=right, anchor="y3", matches="x3", showticklabels=False, **grid),
        yaxis=dict(domain=net_sharp, anchor="x2", range=[0, top], title=dict(text="λ<sub>max</sub>"), **grid),
        yaxis2=dict(domain=net_loss, anchor="x", type="log", title=dict(text=labels["loss"]),
                    **log_axis_ticks(np.concatenate([decode(tr["y"]) for tr in data
                                                     if tr.get("yaxis") == "y2"])),
                    **grid),
        yaxis3=dict(domain=quad_sharp, anchor="x4", range=[0, top], showticklabels=True,
                    **(dict(title=dict(text="λ<sub>max</sub>")) if narrow else {}), **grid),
        yaxis4=dict(domain=quad_loss, anchor="x3", type="log", side="left",
                    **(dict(title=dict(text=labels["loss"])) if narrow else {}),
                    **log_axis_ticks(np.concatenate([decode(tr["y"]) for tr in data
                                                     if tr.get("yaxis") == "y4"]), 2),
                    **grid),
        annotations=[
            dict(text=f"<b>{labels['network']}</b>", x=0.0, y=1.0, xref="paper", yref="paper",
                 xanchor="left", yanchor="bottom", showarrow=False),
            # λ named in the panel's title: beside its grey line it sat on the dashed 2/ε
            # of a rate whose limit is just above it (2/0.2 = 10 over λ = 8.48)
            dict(text=f"<b>½λx²</b>, λ = {curvature:.3g}", x=right[0], y=quad_sharp[1],
                 xref="paper", yref="paper", xanchor="left", yanchor="bottom", showarrow=False),
        ],
        # on a phone just above the network's title (a fraction of the taller plot), begun
        # left of the plot, under the axis titles: from the plot's edge it took three rows
        legend=(dict(orientation="h", yanchor="bottom", xanchor="left", x=-0.25,
                     y=1 + 24 / (height - PHONE_TOP - PHONE_BOTTOM)) if narrow else
                dict(orientation="h", yanchor="bottom", y=1.07, xanchor="left", x=0)),
    )  # fmt: skip
    return prepared_figure(data=data, layout=layout)
