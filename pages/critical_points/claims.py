"""The critical-points lesson's sentences: the probe's kind from its gradient and Hessian,
and what each run did near the marked saddles, computed from the numbers (never written for
one setting and shown for all)."""

from __future__ import annotations

import math

import numpy as np

from ui import readings
from ui.claims import divergence
from ui.i18n import t

CURVED = 1e-6  # |λ| above this draws a coloured arrow (green up, red down); below, grey
SADDLE_NEAR = 0.02  # "came within" a marked saddle: 2 % of the domain's width
SADDLE_LEFT = 0.1  # "left it": later more than 10 % of the width away
MARK_NEAR = 0.05  # a run's end "close to" a marked point: within 5 % of the width


def _pt(p) -> str:
    return f"({float(p[0]):.3g}, {float(p[1]):.3g})"


def critical_probe(local, lang: str) -> str:
    """The probe's kind from its gradient and Hessian (`optimizers.analyse`), and what its
    arrows show: a red arrow only where an eigenvalue is negative."""
    lams = [float(v) for v in local.eigenvalues]
    common = dict(
        at=_pt(local.point),
        l1=f"{lams[0]:.3g}",
        l2=f"{lams[1]:.3g}",
        g=_pt(local.gradient),
        norm=f"{float(np.linalg.norm(local.gradient)):.2g}",
    )
    flat = local.kind == "degenerate" and max(abs(v) for v in lams) <= CURVED
    text = t(f"critical.probe.{'flat' if flat else local.kind}", lang, **common)
    negative = [v for v in lams if v < -CURVED]
    sep = "" if lang == "zh" else " "
    if len(negative) == 2:
        low, high = sorted(negative)
        text += sep + t("critical.probe.red_both", lang, l1=f"{low:.3g}", l2=f"{high:.3g}")
    elif negative:
        text += sep + t("critical.probe.red", lang, lam=f"{min(negative):.3g}")
    else:
        text += sep + t("critical.probe.no_red", lang)
    return text


def critical_run(label: str, points, diverged_at, landscape, lang: str) -> str:
    """What one run of the critical-points lesson did, read from its drawn points
    (`ui.readings`): diverged (`divergence`); came within reach of a marked saddle and left
    it (at what angle to its negative-curvature direction); and where it ended: stopped (and
    what the Hessian says there) or still moving (and near which marked point)."""
    import optimizers  # the local analysis where a run stopped

    if diverged_at is not None:
        return divergence(label, points, diverged_at, landscape.domain, landscape.far_bound, lang)
    drawn = np.asarray(points, dtype=np.float64)
    (xlo, xhi), (ylo, yhi) = landscape.domain
    width = max(xhi - xlo, yhi - ylo)
    end = drawn[-1]
    n = len(drawn) - 1
    sentences = []
    for saddle in landscape.saddles:
        s = np.asarray(saddle, dtype=np.float64)
        dist = np.linalg.norm(drawn - s, axis=1)
        k = int(np.argmin(dist))
        if dist[k] > SADDLE_NEAR * width or dist[-1] <= SADDLE_LEFT * width:
            continue
        out = k + int(np.argmax(dist[k:] > SADDLE_LEFT * width))
        common = dict(name=label, d=f"{dist[k]:.2g}", saddle=_pt(s), step=k, out=out)
        there = optimizers.analyse(landscape.loss, tuple(s))
        lam, vec = float(there.eigenvalues[0]), there.eigenvectors[:, 0]
        if lam < -CURVED:
            way = (drawn[out] - s) / np.linalg.norm(drawn[out] - s)
            angle = math.degrees(math.acos(min(1.0, abs(float(way @ vec)))))
            sentences.append(t("critical.run.escaped_along", lang, angle=f"{angle:.0f}", **common))
        else:
            sentences.append(t("critical.run.escaped", lang, **common))
    tol = readings.stop_tolerance(landscape.domain)
    if readings.stopped(drawn, readings.STOP_WINDOW, tol):
        local = optimizers.analyse(landscape.loss, tuple(end))
        kind = t(
            f"critical.at.{local.kind}",
            lang,
            norm=f"{float(np.linalg.norm(local.gradient)):.2g}",
        )
        sentences.append(
            t(
                "critical.run.stopped",
                lang,
                name=label,
                at=_pt(end),
                window=readings.STOP_WINDOW,
                tol=f"{tol:.2g}",
                kind=kind,
            )
        )
    else:
        last = float(np.linalg.norm(drawn[-1] - drawn[-2])) if n else 0.0
        text = t("critical.run.moving", lang, name=label, step=n, at=_pt(end), last=f"{last:.2g}")
        marks = [("minimum", m) for m in landscape.minima]
        marks += [("minimum", m) for curve in landscape.minimum_curves for m in curve]
        marks += [("saddle", m) for m in landscape.saddles]
        marks += [("maximum", m) for m in landscape.maxima]
        near = [
            (float(np.linalg.norm(end - np.asarray(m))), kind, m)
            for kind, m in marks
            if readings.close_to(end, m, MARK_NEAR * width)
        ]
        if near:
            d, kind, m = min(near, key=lambda item: item[0])
            text += t(
                "critical.run.near",
                lang,
                d=f"{d:.2g}",
                kind=t(f"critical.mark.{kind}", lang),
                mark=_pt(m),
            )
        sentences.append(text + ("。" if lang == "zh" else "."))
    return ("" if lang == "zh" else " ").join(sentences)
