"""The schedules lesson's sentences: its verdict on the schedules, from the runs' losses."""

from __future__ import annotations

import numpy as np

from ui.i18n import t

# Two means within this share of the larger one are a tie ("≈"): a 0.1 % gap is no ranking.
TIE = 0.01
# A run whose mean over the last steps is within this share of its starting loss did not train.
MOVED = 0.01
# A decay whose expected tail loss is this many times its late rate's noise floor or more stalled
# short of it (exponential decay at n = 200: ≈1,400×): the floor does not explain where it ends.
# Linear and cosine decay to 0.01 ε₀ end ≈20× theirs at 60 steps, ε₀/√(k+1) ≈2×.
STALLED = 100.0
# A decay whose expected gap to the constant rate is at least this share noise-free ends lower
# mainly along the noise-free path, not by damping the noise (n = 3: ε₀/√(k+1)'s expected 2.02
# against 4.11, of which 3.51 − 1.91 = 1.60 noise-free, 77 %; σ = 0 gives the same order).
PATH_SHARE = 0.5
# A decay whose expected noise part is this many times its late rate's floor or more has not
# reached that floor: the noise gathered at its earlier, larger rates has not died away
# (default: linear decay's 0.0221 against 0.00119, 19×).
UNREACHED = 2.0


def _listing(names: list[str], lang: str) -> str:
    """ "a, b and c" / "a、b、c"."""
    if lang == "zh" or len(names) < 2:
        return "、".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _opening(text: str) -> str:
    """A list of names that opens a sentence: its first letter a capital ("Step decay and
    exponential decay equal …"; a formula such as ε₀/√(k+1) is unchanged)."""
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def tied(a: float, b: float) -> bool:
    """Whether two mean losses are a tie: they print the same (3 significant digits) or lie
    within `TIE` of the larger."""
    return f"{a:.3g}" == f"{b:.3g}" or abs(a - b) <= TIE * max(abs(a), abs(b))


def coinciding(curves: dict[str, tuple[np.ndarray, ...]]) -> list[list[str]]:
    """The runs in groups whose drawn curves (learning rates and losses) are the same at every
    step, in the order given; a run alone is a group of one."""
    groups: list[list[str]] = []
    for kind, arrays in curves.items():
        for group in groups:
            other = curves[group[0]]
            if all(
                a.shape == b.shape and np.allclose(a, b, rtol=1e-6, atol=0.0)
                for a, b in zip(arrays, other, strict=True)
            ):
                group.append(kind)
                break
        else:
            groups.append([kind])
    return groups


def noise_floor(eps: float, sigma: float, curvatures: tuple[float, ...]) -> float:
    """SGD's stationary mean loss under gradient noise of spread `sigma` on a quadratic with
    these `curvatures` at a constant rate `eps`: each axis z ← (1 − ελ) z − ε σ ξ settles at
    E[z²] = ε σ² / (λ (2 − ε λ)), a loss λ z² / 2 = ε σ² / (2 (2 − ε λ)), summed; inf where
    some |1 − ε λ| ≥ 1 (no floor: the run does not settle)."""
    if any(eps * lam >= 2 for lam in curvatures):
        return float("inf")
    return float(sum(eps * sigma**2 / (2 * (2 - eps * lam)) for lam in curvatures))


def expected_losses(
    lrs: np.ndarray, start: tuple[float, ...], curvatures: tuple[float, ...], sigma: float
) -> tuple[np.ndarray, np.ndarray]:
    """SGD's loss on the quadratic Σ λ z²/2 (the axes along `curvatures`) from `start` at the
    drawn rates `lrs` (ε_k takes θ_k to θ_{k+1}), with Gaussian noise of spread `sigma` added
    to each gradient coordinate: z ← (1 − ε_k λ) z − ε_k σ ξ. Its mean follows the noise-free
    path, its variance v ← (1 − ε_k λ)² v + ε_k² σ². Returns the noise-free loss and the
    expected loss (noise-free plus Σ λ v / 2) at each of the len(lrs) + 1 points."""
    lam = np.asarray(curvatures, dtype=float)
    z = np.asarray(start, dtype=float)
    v = np.zeros_like(lam)
    clean, mean = [float(lam @ z**2 / 2)], [float(lam @ z**2 / 2)]
    for eps in np.asarray(lrs, dtype=float):
        factor = 1 - eps * lam
        z, v = factor * z, factor**2 * v + (eps * sigma) ** 2
        clean.append(float(lam @ z**2 / 2))
        mean.append(clean[-1] + float(lam @ v / 2))
    return np.asarray(clean), np.asarray(mean)


def floor_explains(floor: float, floor_constant: float, mean: float, mean_constant: float):
    """Whether a decay's lower predicted noise floor accounts for its lower mean loss: the
    floor falls at least half as far as the loss on a log scale (a 5 % smaller rate far from
    2/λmax lowers the floor by 5 % and cannot explain a 40 % lower loss). A late rate of 0 (a
    decay to ε_τ = 0) has floor 0: the noise makes no steps at all, which explains any lower
    loss (it was said to have "fallen too little" at s_end = 0)."""
    if not (0 <= floor < floor_constant and 0 < mean < mean_constant):
        return False
    return floor / floor_constant <= (mean / mean_constant) ** 0.5


def stalled(expected: tuple[float, float], floor: float) -> bool:
    """Whether a run stalled short of its noise floor: its expected tail loss at its drawn rates
    (noise-free part, expected: `expected_losses`) is at least `STALLED` times the floor of its
    late rate. Its rate fell too far too early: the path still to go and the noise gathered at
    its earlier, larger rates no longer shrink, so the floor does not say where it ends. A
    floor of 0 (a rate of 0) is not: the noise makes no steps there, which explains any lower
    loss."""
    return 0 < floor < float("inf") and expected[1] >= STALLED * floor


def path_led(expected: dict[str, tuple[float, float]], kind: str) -> bool:
    """Whether a decay's expected loss is below the constant rate's mainly along the noise-free
    path: at least `PATH_SHARE` of the expected gap is the noise-free parts' gap."""
    if kind not in expected or "constant" not in expected:
        return False
    (clean_c, mean_c), (clean, mean) = expected["constant"], expected[kind]
    return mean < mean_c and clean_c - clean >= PATH_SHARE * (mean_c - mean)


def _floors(
    kinds, labels, means, tail_rates, sigma, curvatures, k, lang, expected=None
) -> tuple[list[str], list[str], list[str], list[str], str]:
    """The floors sentence and which lower decays it explains, which stalled short of the
    minimum (their expected loss mostly noise-free: `stalled`), which end lower mainly along
    the noise-free path (`path_led`) and which none of these."""
    fc = noise_floor(tail_rates["constant"], sigma, curvatures)
    explained, stuck, luck, path = [], [], [], []
    for kind in kinds:
        f = noise_floor(tail_rates[kind], sigma, curvatures)
        if expected and kind in expected and stalled(expected[kind], f):
            stuck.append(kind)
        elif expected and path_led(expected, kind):
            path.append(kind)
        elif floor_explains(f, fc, means[kind], means["constant"]):
            explained.append(kind)
        else:
            luck.append(kind)

    def item(kind):
        f = noise_floor(tail_rates[kind], sigma, curvatures)
        value = "∞" if f == float("inf") else f"{f:.3g}"
        return f"{labels[kind]} {value} (ε {tail_rates[kind]:.3g})"

    sep = "；" if lang == "zh" else "; "
    listing = sep.join(item(kind) for kind in ("constant", *kinds))
    lams = ("、" if lang == "zh" else ", ").join(f"{lam:g}" for lam in curvatures)
    floors = t("schedules.floor", lang, k=k, floors=listing, lams=lams)
    return explained, stuck, luck, path, floors


def _path_note(kinds, labels, expected, eps0, curvatures, lang) -> str:
    """The sentence naming the decays that end lower mainly along the noise-free path, each
    with its noise-free part, the constant rate's, and the share of the expected gap."""
    clean_c, mean_c = expected["constant"]
    items = []
    for kind in kinds:
        clean, mean = expected[kind]
        share = 100 * (clean_c - clean) / (mean_c - mean)
        items.append(
            t(
                "schedules.floor_path_item",
                lang,
                name=labels[kind],
                clean=f"{clean:.3g}",
                share=f"{share:.0f}",
            )
        )
    factor = max(abs(1 - eps0 * lam) for lam in curvatures)
    sep = "；" if lang == "zh" else "; "
    return t(
        "schedules.floor_path",
        lang,
        names=_listing([labels[kind] for kind in kinds], lang),
        items=sep.join(items),
        base=f"{clean_c:.3g}",
        eps0=f"{eps0:g}",
        factor=f"{factor:.3g}",
    )


def unreached(expected: tuple[float, float], floor: float) -> bool:
    """Whether a run's expected noise part (expected minus noise-free) is still `UNREACHED`
    times its late rate's floor or more: the noise of its earlier, larger rates lingers."""
    return 0 < floor < float("inf") and expected[1] - expected[0] >= UNREACHED * floor


def _unreached_note(kinds, labels, tail_rates, sigma, curvatures, expected, lang) -> str:
    """The sentence naming the decays credited with damping the noise whose expected noise part
    is still far above their late rate's floor, with the steps the flattest axis takes to
    settle at that rate (variance shrinks by (1 − ελ)² ≈ 1 − 2ελ a step)."""
    lam = min(curvatures)
    items = []
    for kind in kinds:
        f = noise_floor(tail_rates[kind], sigma, curvatures)
        noise = expected[kind][1] - expected[kind][0]
        eps = tail_rates[kind]
        items.append(
            t(
                "schedules.floor_unreached_item",
                lang,
                name=labels[kind],
                noise=f"{noise:.3g}",
                times=f"{noise / f:,.0f}",
                floor=f"{f:.3g}",
                eps=f"{eps:.3g}",
                lam=f"{lam:g}",
                steps=f"{1 / (2 * eps * lam):,.0f}",
            )
        )
    sep = "；" if lang == "zh" else "; "
    return t("schedules.floor_unreached", lang, items=sep.join(items))


def _stalled_note(kinds, labels, means, tail_rates, sigma, curvatures, expected, lang) -> str:
    """The sentence naming the decays that stalled, each with its drawn mean, how many times
    its noise floor that is, and its expected loss with the noise-free part."""
    items = []
    for kind in kinds:
        f = noise_floor(tail_rates[kind], sigma, curvatures)
        times = f"{expected[kind][1] / f:,.0f}"
        items.append(
            t(
                "schedules.stalled_item",
                lang,
                name=labels[kind],
                drawn=f"{means[kind]:.3g}",
                times=times,
                floor=f"{f:.3g}",
                mean=f"{expected[kind][1]:.3g}",
                clean=f"{expected[kind][0]:.3g}",
            )
        )
    sep = "；" if lang == "zh" else "; "
    return t("schedules.floor_stalled", lang, items=sep.join(items))


def _grew(kinds, labels, curves, curvatures, bound, lang) -> str:
    """The sentence naming the runs that stayed within the bound but did not train: their mean
    over the last steps is above their start, or their last rate is still unstable along the
    steepest axis (ε λmax > 2), each with its start, peak and last drawn loss."""
    items = []
    lam = max(curvatures) if curvatures else 0.0
    for kind in kinds:
        lrs, losses = curves[kind]
        peak = int(np.argmax(losses))
        item = t(
            "schedules.grew_item",
            lang,
            name=labels[kind],
            start=f"{losses[0]:.3g}",
            peak=f"{losses[peak]:.3g}",
            step=peak,
            end=f"{losses[-1]:.3g}",
            n=len(losses) - 1,
        )
        if lam and lrs[-1] * lam > 2:
            item += t("schedules.unstable_tail", lang, eps=f"{lrs[-1]:.3g}", limit=f"{2 / lam:g}")
        zero = np.flatnonzero(np.asarray(lrs) != 0)
        frozen = int(zero[-1]) + 1 if zero.size else 0  # ε_k = 0 from this step on
        if 0 < frozen < len(lrs):  # τ = 1, ε_τ = 0: one noisy step at ε₀, then no more steps
            item += t("schedules.frozen_tail", lang, k=frozen)
        items.append(item)
    sep = "；" if lang == "zh" else "; "
    return t("schedules.grew", lang, bound=f"{bound:g}", items=sep.join(items))


def grew(lrs: np.ndarray, losses: np.ndarray, mean: float, curvatures: tuple[float, ...]) -> bool:
    """Whether a run drawn to the last step did not train: its mean over the last steps is
    above its start, or its last rate is unstable along the steepest axis (ε λmax > 2)."""
    lam = max(curvatures) if curvatures else 0.0
    return mean > losses[0] or bool(lam and lrs[-1] * lam > 2)


def _why_same(group: list[str], n: int, tau: float, end_ratio: float, gamma: float, lang: str):
    """Why these schedules draw the same ε_k at every step, from the settings."""
    if n == 1:
        return t("schedules.same_one_step", lang)
    reasons = []
    if end_ratio == 1 and {"linear", "cosine"} & set(group):
        reasons.append(t("schedules.same_end", lang))
    if gamma == 1 and {"step", "exponential"} & set(group):
        reasons.append(t("schedules.same_gamma", lang))
    if gamma < 1 and "step" in group and tau >= n:
        reasons.append(t("schedules.same_tau", lang, tau=f"{tau:g}", n=n))
    if not reasons:  # e.g. linear and cosine decay with τ = 1: both reach ε_τ at step 1
        return t("schedules.same_every_step", lang, n=n)
    return "；".join(reasons) if lang == "zh" else "; ".join(reasons)


SLOW_SHARE = 0.9  # the constant rate's expected loss at least this noise-free: slow, not noisy


def _constant_wins(decays: list[str], expected: dict[str, tuple[float, float]]):
    """Which sentence the model backs where the constant rate is drawn lowest with noise: "the
    decays' smaller late steps cost more than they save" where every decay's expected mean is
    above the constant rate's; else the noise's luck, naming the decays expected at or below."""
    lower = [kind for kind in decays if expected[kind][1] <= expected["constant"][1]]
    if lower:
        return "schedules.constant_wins_luck", lower
    clean, mean = expected["constant"]
    if mean > 0 and clean >= SLOW_SHARE * mean:
        # the noise is a sliver of it (ε₀ = 0.01: 4.29, all of it noise-free): the runs are
        # still on their way down, and decay only slows them; no trade-off with noise to speak of
        return "schedules.constant_wins_slow", []
    return "schedules.constant_wins", []


def _mixed_luck(decays, below, labels, expected, lang: str) -> str:
    """The decays drawn on one side of the constant rate whose expected loss at the drawn rates
    (`expected_losses`) puts them on the other (the values printing apart), each with the two
    expected losses; "" where the expected losses split them as drawn."""
    base = expected["constant"][1]
    items = []
    for kind in decays:
        if kind not in expected:
            continue
        e = expected[kind][1]
        if f"{e:.3g}" == f"{base:.3g}":
            continue
        if kind in below and e > base:
            key = "schedules.mixed_luck_below"
        elif kind not in below and e < base:
            key = "schedules.mixed_luck_above"
        else:
            continue
        items.append(t(key, lang, name=labels[kind], e=f"{e:.3g}", base=f"{base:.3g}"))
    return ("；" if lang == "zh" else "; ").join(items)


def _expected_order(finals, expected) -> list[str]:
    """Every run drawn to the last step with an expected loss, the constant rate first."""
    return ["constant", *(kind for kind in finals if kind != "constant" and kind in expected)]


def _expected_note(kinds, labels, expected, k: int, lang: str) -> str:
    sep = "；" if lang == "zh" else "; "
    items = sep.join(
        f"{labels[kind]} {expected[kind][1]:.3g} ({expected[kind][0]:.3g})" for kind in kinds
    )
    return t("schedules.expected", lang, k=k, items=items)


def luck_pairs(finals, groups, expected) -> list[tuple[str, str]]:
    """Every pair the ranking orders (drawn means not tied, curves not the same) whose expected
    losses print in the other order: (drawn lower, drawn higher). With noise the drawn order of
    two schedules is one draw's; where the model expects the other order it is that draw's luck
    (cosine 0.00596 < linear 0.0177 was ranked while linear's expected loss, 0.0231, is below
    cosine's, 0.0241)."""
    out = []
    order = [group[0] for group in groups]
    for i, low in enumerate(order):
        for high in order[i + 1 :]:
            if low not in expected or high not in expected or tied(finals[low], finals[high]):
                continue
            e_low, e_high = expected[low][1], expected[high][1]
            if e_low > e_high and f"{e_low:.3g}" != f"{e_high:.3g}":
                out.append((low, high))
    return out


def schedule_ranking(*args, **kwargs) -> list[str]:
    """`_schedule_ranking`'s sentences, and (with noise and `expected`) one naming every ranked
    pair whose drawn order the expected losses reverse as the noise's luck (`luck_pairs`); the
    pairs "the constant rate ends lowest ... the noise's luck" already names are left out."""
    covered: set[tuple[str, str]] = set()
    sentences = _schedule_ranking(*args, covered=covered, **kwargs)
    finals, labels, _k, sigma, lang = args[:5]
    expected, curves = kwargs.get("expected"), kwargs.get("curves")
    if not finals or not expected or sigma <= 0:
        return sentences
    groups = (
        coinciding({kind: curves[kind] for kind in finals})
        if curves
        else [[kind] for kind in finals]
    )
    groups.sort(key=lambda g: finals[g[0]])
    pairs = [pair for pair in luck_pairs(finals, groups, expected) if pair not in covered]
    if not pairs:
        return sentences
    sep = "；" if lang == "zh" else "; "
    items = sep.join(
        t(
            "schedules.order_luck_item",
            lang,
            low=labels[low],
            high=labels[high],
            e_low=f"{expected[low][1]:.3g}",
            e_high=f"{expected[high][1]:.3g}",
        )
        for low, high in pairs
    )
    said = kwargs.get("notes")
    (said if said is not None else sentences).append(t("schedules.order_luck", lang, pairs=items))
    return sentences


def _schedule_ranking(
    finals: dict[str, float],
    labels: dict[str, str],
    k: int,
    sigma: float,
    lang: str,
    diverged: dict[str, int] | None = None,
    bound: float = 0.0,
    curves: dict[str, tuple[np.ndarray, ...]] | None = None,
    start: float | None = None,
    settings: tuple[int, float, float, float, float] | None = None,
    tail_rates: dict[str, float] | None = None,
    curvatures: tuple[float, ...] = (),
    notes: list[str] | None = None,
    expected: dict[str, tuple[float, float]] | None = None,
    covered: set[tuple[str, str]] | None = None,
) -> list[str]:
    """The schedules lesson's verdict: which runs diverged (left |x|, |y| ≤ `bound`, the same
    bound for every schedule) and at which step, then every other schedule's mean loss over the
    last `k` steps, lowest first, and whether decay beat the constant rate, from those numbers.

    A diverged run has no average: its curve ends at its last point inside the bound, so it is
    named with its step and left out of the ranking. `finals` holds the runs that did not.
    Runs whose `curves` (drawn learning rates, losses) are the same are named together as one
    ("linear decay = constant"), with why; means within `TIE` are a tie ("≈"), never ranked;
    when every run ended within `MOVED` of the `start` loss, the verdict says nothing trained.
    `settings` is (steps, ε₀, τ, end rate / ε₀, γ). With noise, a decay that ends lower than
    the constant rate is credited with shrinking the noise's steps only where its mean drawn
    rate over the last k steps (`tail_rates`) lowers the noise floor on a quadratic with these
    `curvatures` enough to explain it (`floor_explains`); otherwise the gap is the noise's luck.
    Those floor sentences go into `notes` when given (else into the verdict).
    With noise, "the constant rate ends lowest" gives decay's cost as the reason only where the
    model agrees: `expected` holds each run's (noise-free, expected) mean loss over the last k
    steps (`expected_losses`), and every decay's expected one must be above the constant
    rate's; where some decay's is not, the drawn gap is named the noise's luck.
    """
    diverged = diverged or {}
    sentences = []
    if diverged:
        gone = ("、" if lang == "zh" else ", ").join(
            t("schedules.diverged_item", lang, name=labels[kind], step=step)
            for kind, step in sorted(diverged.items(), key=lambda item: item[1])
        )
        sentences.append(t("schedules.diverged", lang, runs=gone, bound=f"{bound:g}"))
    if not finals:
        return sentences
    n, eps0, tau, end_ratio, gamma = settings or (0, 0.0, 0.0, 0.0, 0.0)
    groups = (
        coinciding({kind: curves[kind] for kind in finals})
        if curves
        else [[kind] for kind in finals]
    )
    groups.sort(key=lambda g: finals[g[0]])
    ranking, ties = "", False
    for i, group in enumerate(groups):
        if i:
            same = tied(finals[groups[i - 1][0]], finals[group[0]])
            ties = ties or same
            ranking += " ≈ " if same else " < "
        ranking += " = ".join(labels[kind] for kind in group) + f" {finals[group[0]]:.3g}"
    ranking_said = t("schedules.ranking", lang, k=k, sigma=f"{sigma:g}", ranking=ranking)
    tie_said = t("schedules.tie_note", lang, tie=f"{TIE * 100:g}")
    sentences.append(ranking_said)
    if ties:
        sentences.append(tie_said)
    for group in groups:
        if len(group) < 2:
            continue
        names = [labels[kind] for kind in group if kind != "constant"]
        why = _why_same(group, n, tau, end_ratio, gamma, lang)
        if "constant" in group:  # "step decay equals", "linear and cosine decay equal"
            key = "schedules.same_as_constant" + ("" if len(names) > 1 else "_one")
        else:
            names = [labels[kind] for kind in group]
            key = "schedules.same"
        sentences.append(t(key, lang, names=_opening(_listing(names, lang)), why=why))
    if start is not None and all(abs(v - start) <= MOVED * abs(start) for v in finals.values()):
        low, high = min(finals.values()), max(finals.values())
        end = f"{low:.3g}" if f"{low:.3g}" == f"{high:.3g}" else f"{low:.3g}–{high:.3g}"
        sentences.append(
            t("schedules.untrained", lang, start=f"{start:.3g}", end=end, n=n, eps0=f"{eps0:g}")
        )
        if notes is not None:  # the ranking of ties under the charts: above them, with six
            # schedules, it pushed the learning-rate chart past a 1280×720 projector's screen
            ranked = [s for s in sentences if s in (ranking_said, tie_said)]
            notes[:0] = ranked
            sentences = [s for s in sentences if s not in ranked]
        return sentences
    decays = [kind for kind in (*finals, *diverged) if kind != "constant"]
    if "constant" in diverged:
        # name exactly the decays that reached the last step, and those that diverged as well:
        # "the decays ranked above did not" was read as covering cosine, which had diverged
        order = [kind for group in groups for kind in group]
        # a run inside the bound whose loss ended above its start (step decay at ε₀ = 1.05:
        # 8.9 → 1.64e4 → 1.4e4) was said to have "not diverged", read as "trained fine"
        grown = [
            kind
            for kind in order
            if kind != "constant" and curves and grew(*curves[kind], finals[kind], curvatures)
        ]
        kept = _listing(
            [labels[kind] for kind in order if kind != "constant" and kind not in grown], lang
        )
        gone = _listing(
            [
                t("schedules.gone_item", lang, name=labels[kind], step=step)
                for kind, step in sorted(diverged.items(), key=lambda item: item[1])
                if kind != "constant"
            ],
            lang,
        )
        if kept:
            key = "schedules.constant_diverged_too" if gone else "schedules.constant_diverged"
            sentences.append(t(key, lang, kept=kept, gone=gone))
        elif grown:
            sentences.append(t("schedules.constant_diverged_none", lang))
        if grown:
            sentences.append(_grew(grown, labels, curves, curvatures, bound, lang))
    elif "constant" in finals and decays:
        # a decay whose curves are the constant rate's was said to equal it: not compared
        same = next(group for group in groups if "constant" in group)
        decays = [kind for kind in decays if kind not in same]
        base = finals["constant"]
        below = [
            k for k in decays if k in finals and not tied(finals[k], base) and finals[k] < base
        ]
        even = [k for k in decays if k in finals and tied(finals[k], base)]
        if not decays:
            return sentences
        # runs inside the bound whose loss ended above its start: named with their numbers;
        # where a decay is among them, no decay "settles" or wins (σ = 0, ε₀ = 1.05: step
        # decay 8.9 → 6.88e3 was said to settle where the constant rate does not)
        order = [kind for group in groups for kind in group]
        grown = [kind for kind in order if curves and grew(*curves[kind], finals[kind], curvatures)]
        if grown:
            sentences.append(_grew(grown, labels, curves, curvatures, bound, lang))
            if any(kind in grown for kind in decays):
                return sentences
        explained, stuck, luck, path = [], [], [], []
        said = notes if notes is not None else sentences
        if sigma > 0 and below and tail_rates and curvatures:
            explained, stuck, luck, path, floors = _floors(
                below, labels, finals, tail_rates, sigma, curvatures, k, lang, expected
            )
            # under the charts (`notes`): in the verdict above them they pushed the figure
            # off a 1024×768 projector's first screen
            said.append(floors)
            if expected:  # the model the stalled ones are read from, with its numbers
                said.append(
                    _expected_note(_expected_order(finals, expected), labels, expected, k, lang)
                )
            for names, part in ((explained, "explained"), (luck, "luck")):
                if names:
                    listed = _listing([labels[kind] for kind in names], lang)
                    said.append(t(f"schedules.floor_{part}", lang, names=listed))
            late = [
                kind
                for kind in explained
                if expected
                and kind in expected
                and unreached(expected[kind], noise_floor(tail_rates[kind], sigma, curvatures))
            ]
            if late:  # credited, yet not at its floor: the earlier noise has not died away
                said.append(
                    _unreached_note(late, labels, tail_rates, sigma, curvatures, expected, lang)
                )
            if path:
                said.append(_path_note(path, labels, expected, eps0, curvatures, lang))
            if stuck:
                said.append(
                    _stalled_note(
                        stuck, labels, finals, tail_rates, sigma, curvatures, expected, lang
                    )
                )
        # the decays the verdict is about: those said to equal the constant rate are not
        # one decay left is named alone, in the singular ("The decays … (Step decay) end")
        subject = (
            _opening(labels[decays[0]])
            if len(decays) == 1
            else t(
                "schedules.decays_named", lang, names=_listing([labels[k] for k in decays], lang)
            )
            if len(same) > 1
            else t("schedules.decays_all", lang)
        )
        if len(below) == len(decays):
            if sigma == 0:
                key = "schedules.decay_wins_quiet"
            elif path and len(path) == len(below):  # mainly the noise-free path: not the noise
                key = "schedules.decay_path"
            else:  # credited with the noise's steps only where the floors explain it
                key = "schedules.decay_lower" if luck or stuck or path else "schedules.decay_wins"
            key += "_one" if len(decays) == 1 else ""
            sentences.append(t(key, lang, names=subject))
            return sentences
        elif not below and not even:
            key = "schedules.constant_wins" if sigma > 0 else "schedules.constant_wins_quiet"
            if sigma > 0 and expected:
                key, names = _constant_wins([d for d in decays if d in expected], expected)
                said.append(
                    _expected_note(_expected_order(finals, expected), labels, expected, k, lang)
                )
                if names:
                    listed = _listing([labels[kind] for kind in names], lang)
                    sentences.append(t(key, lang, names=listed))
                    if covered is not None:
                        covered.update(("constant", kind) for kind in names)
                    return sentences
        elif len(even) == len(decays):
            key = "schedules.all_tied"
        elif below and not even:
            key = "schedules.mixed"
            if sigma > 0 and expected:
                # "how fast they decay" only where the expected losses split the decays the same
                # way: at n = 8, ε₀/√(k+1) was drawn above the constant rate (1.57 > 1.33) while
                # expected below it (0.895 < 1.94), an order the caption calls the draw's luck
                items = _mixed_luck(decays, below, labels, expected, lang)
                if items:
                    sentences.append(t("schedules.mixed_luck", lang, items=items))
                    return sentences
        else:
            above = [k for k in decays if k not in below and k not in even]
            parts = [
                t(
                    f"schedules.split_{part}",
                    lang,
                    names=_listing([labels[k] for k in kinds], lang),
                    tie=f"{TIE * 100:g}",
                )
                for part, kinds in (("below", below), ("even", even), ("above", above))
                if kinds
            ]
            sep = "；" if lang == "zh" else "; "
            sentences.append(t("schedules.split", lang, parts=sep.join(parts)))
            return sentences
        sentences.append(t(key, lang, tie=f"{TIE * 100:g}"))
    return sentences
