"""Sentences that depend on the settings, computed from the result with its numbers (never
written for one setting and shown for all). Each returns the sentences and whether the
picture is a healthy one; tests hold every sentence against the numbers it came from."""

from __future__ import annotations

import decimal
import math

import numpy as np

from ui import readings
from ui.i18n import t


def number(x: float) -> str:
    """3 significant digits, the way the page's tables print them."""
    return "∞" if math.isinf(x) else f"{x + 0.0:.3g}"  # + 0.0: −0 prints "0", not "-0"


def _kept(x: float, digits: int) -> str:
    """`digits` significant digits, trailing zeros kept."""
    if math.isinf(x) or x == 0:
        return "∞" if x else "0"
    return f"{x:#.{digits}g}".rstrip(".").replace(".e", "e")


def digits3(x: float) -> str:
    """3 significant digits, trailing zeros kept (0.210, 3.70, 0.00101), so that two numbers
    side by side are printed alike."""
    return _kept(x, 3)


def at_least(x: float, digits: int = 3) -> str:
    """A lower bound printed with `digits` significant digits, rounded down (trailing zeros
    kept): 0.9996 prints 0.999, not 1.00 (which would claim more than the bound says)."""
    if not math.isfinite(x) or x == 0:
        return number(x)
    exact = decimal.Decimal(repr(float(x)))
    quantum = decimal.Decimal(1).scaleb(exact.adjusted() - digits + 1)
    return f"{exact.quantize(quantum, rounding=decimal.ROUND_FLOOR):f}"


def fixed(x: float, decimals: int = 3) -> str:
    """`decimals` fixed decimals, never "-0.000": a value that rounds to zero prints without
    a sign (an eigenvector's (-1, -1e-17) printed "(-1.000, -0.000)")."""
    s = f"{float(x):.{decimals}f}"
    return s[1:] if s.startswith("-") and float(s) == 0 else s


def factor(x: float) -> str:
    return "∞" if math.isinf(x) else (f"{x:.0f}" if x >= 10 else f"{x:.1f}")


def ratio_ends(start: float, end: float, digits: int = 3) -> tuple[str, str, str]:
    """A change "×factor: start → end" printed so that it reads: the two ends with `digits`
    significant digits, and the factor (the larger end over the smaller, as `factor` prints
    it) of the ends as printed. 0.00133 → 0.00365 reads ×2.7, though the unrounded ends'
    ratio, 2.75, would print ×2.8; more digits for the ends instead made "109.134 →
    7.75505e+06" of a ×71060."""
    a, b = (_kept(v, digits) for v in (start, end))
    lo, hi = sorted((abs(float(a)), abs(float(b))))
    ratio = float("inf") if lo == 0 and hi > 0 else (hi / lo if lo > 0 else 1.0)
    return a, b, factor(ratio)


NEAR = 0.01  # "close to" a marked critical point: within 1 % of the domain's width of it


def quadratic_factor(eigenvalues, lr: float) -> tuple[float, float]:
    """Plain gradient descent on a quadratic: (λ, |1 − ελ|) for the positive-curvature
    eigenvalue whose factor is largest. Along that eigenvector the distance from the critical
    point is multiplied by (1 − ελ) every step, so it grows from step 1 (overshooting, its sign
    flipping) when the factor exceeds 1: the instability. Along a negative curvature the
    distance grows ×(1 + ε|λ|) at any ε: that is the run going downhill, not an instability
    (the saddle x² − y² at ε = 1.5: x, λ = 2, flips ×−2 a step and passes the far bound; y,
    λ = −2, grows ×4 from 0.01 and is 41 at step 7). No positive curvature: (0, 1), nothing
    unstable."""
    lams = np.asarray(eigenvalues, dtype=np.float64)
    lams = lams[lams > 0]
    if not lams.size:
        return 0.0, 1.0
    factors = np.abs(1.0 - lr * lams)
    i = int(np.argmax(factors))
    return float(lams[i]), float(factors[i])


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def sig(x: float, digits: int = 3) -> str:
    """`digits` significant digits as a sentence prints them: where Python would write
    "1.8e+02" or "1.56e+07", "1.8×10²" and "1.56×10⁷" (the ledger reader reads both)."""
    s = f"{x:.{digits}g}"
    if "e" not in s or not math.isfinite(x):
        return s
    mantissa, exponent = s.split("e")
    return f"{mantissa}×10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def readout(x: float, zero: float = 1e-6) -> str:
    """A readout number (a gradient, Hessian entry or eigenvalue) that keeps small values: 3
    fixed decimals from 0.1 up ("−2.000"), 3 significant digits below ("−0.00475", "2.79×10⁻⁴"
    as `sig` writes it), "0.000" at most `zero` in magnitude (float32 derivatives' noise). Fixed
    decimals alone printed a plateau's H as [[−0.002, −0.002], [−0.002, −0.003]], whose own
    eigenvalues are both negative, beside λ = −0.00475 and 0.000279."""
    x = float(x)
    if not math.isfinite(x) or abs(x) >= 0.1:
        return fixed(x) if math.isfinite(x) else f"{x}"
    return "0.000" if abs(x) <= zero else sig(x)


def tex_number(text: str) -> str:
    """A printed number for LaTeX: "2.79×10⁻⁴" as "2.79 \\times 10^{-4}"."""
    if "×10" not in text:
        return text
    mantissa, power = text.split("×10")
    return rf"{mantissa} \times 10^{{{power.translate(_PLAIN)}}}"


_PLAIN = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


COMPARED_MOST = 6  # significant digits at most: the drawn iterates are float32 (about 7)


def _decimals(x: float, digits: int) -> int:
    """The decimals that print `x` with `digits` significant digits (none for ≥ 10^digits), as
    rounded (−9.99999 prints −10.0: one decimal)."""
    if x == 0 or not math.isfinite(x):
        return digits - 1
    x = float(f"{x:.{digits}g}")
    return max(0, digits - 1 - math.floor(math.log10(abs(x))))


def compared(
    values,
    pairs=None,
    *,
    digits: int = 3,
    least=None,
) -> list[str]:
    """Numbers a sentence compares, printed so that the comparison reads: each at least as
    `sig(…, digits)` prints it (and with `least[i]` decimals), and each compared pair `(i, j)`
    (all pairs when `pairs` is None) with decimals enough that a unit of their last place is at
    most their difference, so two values that differ print differently and the printed ends'
    difference is at most twice the true one, as a printed distance between them says
    ("stopped at x = −21.97, 0.023 from x = −21.99", where "x = −22 … 0.022 from x = −21.99"
    read as beyond it; "from x = 2.500 to x = 2.498" where "from x = 2.5 to x = 2.5"). At most
    `COMPARED_MOST` significant digits: below that the ends print alike, and the distance
    printed with them is under a unit of their last place. A value printed with more decimals
    than `sig` gives keeps its trailing zeros, so both ends read alike."""
    vals = [float(v) for v in values]
    n = len(vals)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)] if pairs is None else pairs
    own = [_decimals(v, digits) for v in vals]
    if least is not None:
        own = [max(o, int(extra)) for o, extra in zip(own, least, strict=True)]
    cap = [max(o, _decimals(v, COMPARED_MOST)) for o, v in zip(own, vals, strict=True)]
    dec = list(own)
    for i, j in pairs:
        a, b = vals[i], vals[j]
        gap = abs(a - b)
        if gap == 0 or not math.isfinite(gap):
            continue
        # a unit of the last place at most the gap (2.5 → 2.498: "2.500 to 2.498"), with a
        # slack for float32 iterates
        need = max(0, math.ceil(-math.log10(gap) - 1e-3))
        if need > min(cap[i], cap[j]):
            continue  # closer than the drawing resolves: alike, the distance says how close
        for k in (i, j):
            if vals[k] != 0:  # a marked 0 prints "0", exactly (not "0.000")
                dec[k] = max(dec[k], need)
    out = []
    for v, d in zip(vals, dec, strict=True):
        if d == _decimals(v, digits) and not math.isinf(v):
            out.append(sig(v, digits))
        else:
            out.append(f"{v:.{d}f}" if math.isfinite(v) else sig(v, digits))
    return out


def _length(x: float) -> str:
    """A step length (or a loss) as a student reads it: 3 significant digits, no exponent
    below 10⁶, and beyond it m×10ᵏ (not "1.56e+07")."""
    return f"{x:.0f}" if 1000 <= abs(x) < 1e6 else sig(x, 3)


def divergence(
    label: str,
    points: np.ndarray,
    diverged_at: int | None,
    domain,
    far_bound: float,
    lang: str,
    quadratic: tuple[float, np.ndarray] | None = None,
    losses: np.ndarray | None = None,
    var: str = "θ",
) -> str:
    """A diverged run, from its drawn points (up to the last finite one, `diverged_at` of
    them): when it kept going downhill (`readings.slid_downhill` on its drawn `losses`: a
    surface with no minimum that way, not an instability), or else when it became unstable
    and how fast its steps grew (`readings.became_unstable`), on a quadratic why
    (|1 − ελ| > 1, `quadratic` = (ε, the Hessian's eigenvalues), plain gradient descent only),
    where it left the picture and where the run stopped (past the far bound |`var`|).

    `diverged_at` None: a run still inside the far bound whose drawn steps grow
    (`unstable_run` says which): it is named before it leaves the bound, with where it left
    the picture (or that it is still in it) at the last drawn step."""
    drawn = np.asarray(points)[:diverged_at]
    onset = readings.became_unstable(drawn)
    slid = losses is not None and readings.slid_downhill(np.asarray(losses)[:diverged_at])
    if diverged_at is None and onset is None and not slid:
        raise ValueError("a run still inside the far bound is named only once it became unstable")
    if slid:
        lows = np.asarray(losses, dtype=np.float64)[:diverged_at]
        text = t(
            "playground.downhill",
            lang,
            name=label,
            first=_length(float(lows[0])),
            last=_length(float(lows[-1])),
        )
        onset = None
    elif onset is None:
        text = t("playground.diverged", lang, name=label, step=diverged_at)
        text += "。" if lang == "zh" else "."
    else:
        text = t(
            "playground.unstable",
            lang,
            name=label,
            step=onset.step,
            growth=f"{onset.growth:.2f}",
            first=_length(onset.first),
            last=_length(onset.last),
        )
    sep = "" if lang == "zh" else " "
    if quadratic is not None and not slid:
        lr, eigenvalues = quadratic
        lam, f = quadratic_factor(eigenvalues, lr)
        if f > 1:
            text += sep + t(
                "playground.unstable.quadratic",
                lang,
                lam=f"{lam:.3g}",
                lr=f"{lr:g}",
                factor=f"{f:.3g}",
            )
    left = readings.left_box(drawn, domain)
    bound = f"{far_bound:g}"
    if diverged_at is None:  # still inside the far bound at the last drawn step
        last = len(drawn) - 1
        if left is None:
            return text + sep + t("playground.unstable_inside", lang, step=last, bound=bound)
        return text + sep + t("playground.left_not_yet", lang, left=left, step=last, bound=bound)
    if left is None:
        text += sep + t("playground.left_at_end", lang, step=diverged_at, bound=bound, var=var)
    else:
        text += sep + t("playground.left", lang, left=left, step=diverged_at, bound=bound, var=var)
    return text


def speeding_downhill(points: np.ndarray, losses: np.ndarray) -> readings.Instability | None:
    """A run whose drawn steps grow (`readings.became_unstable`) while its drawn loss falls at
    every step from the first growing one on (`readings.slid_downhill`): it is speeding down a
    slope, not unstable. Its onset, or None."""
    drawn = np.asarray(points)
    onset = readings.became_unstable(drawn)
    if onset is None:
        return None
    v = np.asarray(losses, dtype=np.float64)[: len(drawn)]
    return onset if readings.slid_downhill(v[onset.step - 1 :]) else None


def returning_to(
    points: np.ndarray, losses: np.ndarray, minima=()
) -> tuple[readings.Instability, np.ndarray] | None:
    """A run speeding downhill (`speeding_downhill`) that is coming back toward a marked
    minimum: its drawn distance to it is shorter at the last drawn point than at the point
    before its growing steps (step k − 1). The onset and that minimum (of those it nears, the
    nearest at the last drawn point), or None. The cliff with momentum: thrown to x = 12.61
    at step 43, its steps grow while it runs back down toward (2, 0), 10.6 → 9.6 by step 50,
    and it is back in the picture at step 56."""
    drawn = np.asarray(points, dtype=np.float64)
    onset = speeding_downhill(drawn, losses)
    if onset is None or not len(minima):
        return None
    before, last = drawn[onset.step - 1], drawn[-1]
    nearing = [
        m
        for m in np.asarray(minima, dtype=np.float64).reshape(-1, drawn.shape[1])
        if np.linalg.norm(last - m) < np.linalg.norm(before - m)
    ]
    if not nearing:
        return None
    return onset, min(nearing, key=lambda m: float(np.linalg.norm(last - m)))


def escaping_downhill(
    points: np.ndarray, losses: np.ndarray, minima=()
) -> readings.Instability | None:
    """A run speeding downhill (`speeding_downhill`) that is not coming back toward any marked
    minimum (`returning_to`): it is escaping down a slope (a saddle's negative-curvature side,
    a surface with no minimum that way), not unstable. Its onset, or None."""
    if returning_to(points, losses, minima) is not None:
        return None
    return speeding_downhill(points, losses)


def returning(
    label: str,
    points: np.ndarray,
    losses: np.ndarray,
    diverged_at: int | None,
    domain,
    far_bound: float,
    lang: str,
    minima=(),
    var: str = "θ",
) -> str:
    """A run coming back toward a minimum (`returning_to`): from which step its steps grew
    while its drawn loss fell at every step, and how much; the minimum it is nearing and its
    drawn distance to it at step k − 1 and at the last drawn step; then where it left the
    picture."""
    drawn = np.asarray(points)[:diverged_at]
    found = returning_to(drawn, losses, minima)
    if found is None:
        raise ValueError("only a run nearing a minimum while its steps grow is coming back")
    onset, minimum = found
    v = np.asarray(losses, dtype=np.float64)[: len(drawn)]
    p = np.asarray(drawn, dtype=np.float64)
    far = float(np.linalg.norm(p[onset.step - 1] - minimum))
    near = float(np.linalg.norm(p[-1] - minimum))
    text = t(
        "playground.returning",
        lang,
        name=label,
        point="(" + ", ".join(f"{float(c):.3g}" for c in minimum) + ")",
        **_onset_fields(onset, v),
        far=_length(far),
        near=_length(near),
    )
    sep = "" if lang == "zh" else " "
    return text + sep + _where(drawn, diverged_at, domain, far_bound, lang, var)


def _onset_fields(onset, v: np.ndarray) -> dict[str, object]:
    """The numbers the escaping and coming-back sentences share: from which step the steps
    grew (`onset`), how much, and the drawn loss `v` from the step before it to the last."""
    return dict(
        step=onset.step,
        growth=f"{onset.growth:.2f}",
        first=_length(onset.first),
        last=_length(onset.last),
        high=_length(float(v[onset.step - 1])),
        from_step=onset.step - 1,
        low=_length(float(v[-1])),
        to_step=len(v) - 1,
    )


def escaped(
    label: str,
    points: np.ndarray,
    losses: np.ndarray,
    diverged_at: int | None,
    domain,
    far_bound: float,
    lang: str,
    saddle: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    var: str = "θ",
) -> str:
    """A run escaping downhill (`escaping_downhill`): from which step its steps grew while its
    drawn loss fell at every step, and how much; along a saddle's negative-curvature direction
    when `saddle` = (the saddle point, its Hessian's eigenvalues, eigenvectors as columns) has
    one and the last drawn point lies mostly (3 to 1) along it; then where it left the
    picture."""
    drawn = np.asarray(points)[:diverged_at]
    onset = speeding_downhill(drawn, losses)
    if onset is None:
        raise ValueError("only a run whose drawn loss falls while its steps grow escaped")
    v = np.asarray(losses, dtype=np.float64)[: len(drawn)]
    text = t("playground.escaped", lang, name=label, **_onset_fields(onset, v))
    sep = "" if lang == "zh" else " "
    if saddle is not None:
        at, eigenvalues, eigenvectors = (np.asarray(a, dtype=np.float64) for a in saddle)
        k = int(np.argmin(eigenvalues))
        d = np.asarray(drawn[-1], dtype=np.float64) - at
        along = abs(float(d @ eigenvectors[:, k]))
        across = float(np.linalg.norm(d - (d @ eigenvectors[:, k]) * eigenvectors[:, k]))
        if eigenvalues[k] < 0 and along >= 3 * across:
            text += sep + t(
                "playground.escaped.saddle",
                lang,
                lam=f"{float(eigenvalues[k]):.3g}",
                step=len(drawn) - 1,
                along=f"{along:.3g}",
                across=f"{across:.3g}",
            )
    return text + sep + _where(drawn, diverged_at, domain, far_bound, lang, var)


def _where(drawn, diverged_at, domain, far_bound, lang, var) -> str:
    """Where a run left the picture, and whether it is still inside the far bound."""
    left = readings.left_box(drawn, domain)
    bound = f"{far_bound:g}"
    if diverged_at is None:  # still inside the far bound at the last drawn step
        last = len(drawn) - 1
        if left is None:
            return t("playground.unstable_inside", lang, step=last, bound=bound)
        return t("playground.left_not_yet", lang, left=left, step=last, bound=bound)
    if left is None:
        return t("playground.left_at_end", lang, step=diverged_at, bound=bound, var=var)
    return t("playground.left", lang, left=left, step=diverged_at, bound=bound, var=var)


def outside(label: str, points: np.ndarray, domain, far_bound: float, lang: str) -> str | None:
    """A run named nowhere else (not unstable, not escaping, not past the far bound) whose
    drawn path leaves the picture: where it first left, and whether it is back inside from
    some step to its last (every point from there on inside) or outside at its last step
    (RMSProp at ε = 10 on the bowl: its steps stay about ε long, out at step 1, in and out,
    outside at step 50). None when every drawn point is inside the picture."""
    drawn = np.asarray(points, dtype=np.float64)
    left = readings.left_box(drawn, domain)
    if left is None:
        return None
    last = len(drawn) - 1
    inside = readings.inside_box(drawn, domain)
    if inside[-1]:
        back = int(np.flatnonzero(~inside)[-1]) + 1
        return t("playground.outside_back", lang, name=label, left=left, back=back, step=last)
    x, y = (float(v) for v in drawn[-1][:2])
    return t(
        "playground.outside_end",
        lang,
        name=label,
        left=left,
        step=last,
        point=f"({x:.3g}, {y:.3g})",
        bound=f"{far_bound:g}",
    )


def unstable_run(
    points: np.ndarray, domain, quadratic: tuple[float, np.ndarray] | None = None
) -> bool:
    """Whether a run that has not passed the far bound is to be warned about: its drawn steps
    grow (`readings.became_unstable`) and either it is outside the picture at its last drawn
    point or, plain gradient descent on a quadratic, |1 − ελ| > 1 for some positive
    eigenvalue (it grows from step 1 whatever the number of steps). A run speeding up down a slope inside the
    picture is not named, nor one that left the picture and came back to wobble in a minimum
    inside it (20 sin x cos y + x: momentum's steps 0.036 → 0.122 at steps 49–50 of a wobble
    around (−4.78, 3.11), Adam's 0.0057 → 0.025 as it circles the same minimum)."""
    drawn = np.asarray(points)
    if readings.became_unstable(drawn) is None:
        return False
    if drawn.size and readings.left_box(drawn[-1:], domain) is not None:
        return True
    return quadratic is not None and quadratic_factor(quadratic[1], quadratic[0])[1] > 1


LIST_SEP = {"zh": "；", "en": "; "}  # between the runs a sentence lists


def log_gaps(
    paths,
    floor: float | None,
    lang: str,
    zero_key: str,
    run_key: str,
    one_key: str | None = None,
) -> str | None:
    """A loss chart draws loss − min on a log axis, which cannot draw 0: per run whose drawn
    gap is 0 (or below) at some steps, how many and the first (`run_key`: run, step, n; at one
    step `one_key`, if given: run, step), in one sentence (`zero_key`: runs): its line has no
    point there. None when every drawn gap is above 0, or the axis is linear (`floor` None).
    `paths` have `label`, `losses`, `shown`."""
    if floor is None:
        return None
    parts = []
    for p in paths:
        gap = np.asarray(p.losses[: len(p.shown)], dtype=float) - floor
        zero = np.flatnonzero(np.isfinite(gap) & (gap <= 0))
        if zero.size:
            key = one_key if one_key is not None and zero.size == 1 else run_key
            parts.append(t(key, lang, run=p.label, step=int(zero[0]), n=int(zero.size)))
    return t(zero_key, lang, runs=LIST_SEP[lang].join(parts)) if parts else None
