"""Check URL query values against what the widgets accept. Pure: no Streamlit.

Streamlit silently drops a bound value it cannot use; we check first so the page can say which
value was ignored and what it fell back to.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Sequence

import numpy as np

from optimizers.specs import HyperParam

# A "nice" logarithmic grid: these mantissas in every decade (0.95 and 0.5 are the notes';
# 1.1 is just past x²'s stability limit ε = 1).
_MANTISSAS = (1.0, 1.1, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 9.5)


def log_options(spec: HyperParam) -> list[float]:
    """The values a log-scale slider offers for `spec`: a 1-1.5-2-…-9.5 grid plus the default."""
    lo, hi = math.floor(math.log10(spec.low)), math.ceil(math.log10(spec.high))
    decade_only = spec.high / spec.low > 1e6  # δ: 1e-10 … 1 is enough by decades
    mantissas = (1.0, 3.0) if decade_only else _MANTISSAS
    values = {float(f"{m * 10.0**e:.6g}") for e in range(lo, hi + 1) for m in mantissas}
    values.add(spec.default)
    return sorted(v for v in values if spec.low <= v <= spec.high)


def format_number(value: float) -> str:
    """How a number appears on a slider and in a URL: shortest round-trip form."""
    return f"{value:g}"


def linear_step(spec: HyperParam) -> float:
    """Slider resolution for a linear spec: 1/1000 of the range, rounded to a power of ten
    (1 for a whole-number spec such as L-BFGS's memory m)."""
    if spec.integer:
        return 1.0
    return 10.0 ** math.floor(math.log10((spec.high - spec.low) / 1000.0))


@dataclasses.dataclass(frozen=True)
class Notice:
    """A URL value that was ignored: the key, what it said, and what is used instead."""

    key: str
    raw: str
    fallback: str
    kind: str = "invalid"  # "repeated": the key came more than once, the first counts;
    # "unused": a formula given while the landscape is not "your own formula"
    page: str | None = None  # the page it belongs to; None for the app's own controls
    fallback_title: str | None = None  # the string key a reader sees for `fallback` (a
    # landscape's menu title, not its internal name), translated when shown


# A number in a link is written as plain decimal text: an optional sign, ASCII digits with at
# most one point, an optional exponent. Python's float() takes more ("1_0" is 10, " 1 " is 1,
# "١" is 1, "inf"): a link that says so is a typo or tampering, and gets a notice.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")

SHOWN_LENGTH = 40  # characters of an ignored value a notice quotes
# Characters that Streamlit's Markdown would read as markup ($ starts a formula).
_MARKUP = re.compile(r"([\\`*_\[\]<>$~&|#!{}()])")


def shown(raw: str, limit: int = SHOWN_LENGTH) -> str:
    """An ignored URL value as a notice quotes it: every character visible (a zero-width
    space, a control character, a line break or a space at either end as `\\u200b`-style
    escapes), at most `limit`
    characters and then "…", and no Markdown markup.

    >>> shown("5\u200b")
    '5\\\\u200b'
    """
    last = len(raw) - 1
    text = "".join(
        ch
        if (ch == " " and 0 < i < last) or unicodedata.category(ch)[0] not in "CZ"
        else f"\\u{ord(ch):04x}"
        if ord(ch) <= 0xFFFF
        else f"\\U{ord(ch):08x}"
        for i, ch in enumerate(raw)
    )
    if len(text) > limit:
        text = f"{text[:limit]}…"
    return _MARKUP.sub(r"\\\1", text)


def check_number(
    raw: str,
    *,
    low: float,
    high: float,
    options: Sequence[float] | None = None,
    integer: bool = False,
) -> float | None:
    """The number `raw` stands for, or None if it is not a valid value for this control:
    plain decimal text (`0.5`, `.5`, `5e-1`, `-1`, `30.0`), finite and in range.

    An integer control takes a fractional value's integer part, as Streamlit's slider does.
    """
    if not isinstance(raw, str) or not _PLAIN_NUMBER.fullmatch(raw):
        return None
    value = float(raw)
    if not math.isfinite(value) or not low <= value <= high:
        return None
    if options is not None:
        matches = [o for o in options if np.isclose(o, value, rtol=1e-6, atol=0)]
        return matches[0] if matches else None
    return int(value) if integer else value


def check_hyperparam(spec: HyperParam, raw: str) -> float | None:
    """A log-scale value need not be on the slider's grid (a convergence map links to any
    ε): it is kept to 4 significant digits and the slider offers it as an extra stop."""
    value = check_number(raw, low=spec.low, high=spec.high)
    if value is None or not spec.log:
        return value
    value = float(f"{value:.4g}")
    return value if spec.low <= value <= spec.high else None


def slider_options(spec: HyperParam, *extra: float | None) -> list[float]:
    """A log slider's stops: the grid plus any valid `extra` values (from the URL)."""
    options = set(log_options(spec))
    options.update(v for v in extra if v is not None and spec.low <= v <= spec.high)
    return sorted(options)


def check_choice(raw: str, options: Sequence[str]) -> str | None:
    return raw if raw in options else None


def check_choices(raws: Sequence[str], options: Sequence[str]) -> tuple[list[str], list[str]]:
    """(the valid choices in order without repeats, the invalid ones)."""
    good, bad = [], []
    for raw in raws:
        if raw in options:
            if raw not in good:
                good.append(raw)
        else:
            bad.append(raw)
    return good, bad
