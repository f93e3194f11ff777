"""What the batch-size lesson adds to its figures: the count on end points stacked on one
another (16 runs of a large batch end within a marker's width: one diamond on the screen)."""

from __future__ import annotations

import numpy as np

STACK = 0.04  # ends within this share of the domain's larger side sit under one diamond


def stacks(points: np.ndarray, domain) -> list[tuple[float, float, int]]:
    """Groups of end points drawn on one another: (x, y, how many) of each group of two or
    more, at its first point. Greedy, in the runs' order: a point joins the first group whose
    first point is within reach (STACK of the domain's larger side), else starts its own."""
    reach = STACK * max(hi - lo for lo, hi in domain)
    groups: list[list[np.ndarray]] = []
    for point in np.asarray(points, dtype=float).reshape(-1, 2):
        home = next((g for g in groups if np.hypot(*(point - g[0])) <= reach), None)
        if home is None:
            groups.append([point])
        else:
            home.append(point)
    return [(float(g[0][0]), float(g[0][1]), len(g)) for g in groups if len(g) > 1]


def stack_labels(points: np.ndarray, domain, colour: str, text: str) -> list[dict]:
    """A label on each stack of ends ("16 ends"), in the ends' colour on a light box (it
    reads over the paths under it), with an arrow to the stack from the side of the plot's
    middle (right above it, it hid the other batch's ends beside; up and to the left of a
    stack near the left edge, it lay on a phone's y ticks): `text` holds `{n}`."""
    (xlo, xhi), (ylo, yhi) = domain
    return [
        dict(
            x=x,
            y=y,
            xref="x",
            yref="y",
            text=f"<b>{text.format(n=n)}</b>",
            showarrow=True,
            arrowcolor=colour,
            arrowwidth=2,
            arrowhead=0,
            standoff=10,
            ax=40 if x < (xlo + xhi) / 2 else -40,
            ay=-55 if y < (ylo + yhi) / 2 else 55,  # pixels down: up is negative
            font=dict(color=colour),
            bgcolor="rgba(255,255,255,0.9)",
            bordercolor=colour,
            borderwidth=2,
            borderpad=3,
        )
        for x, y, n in stacks(points, domain)
    ]
