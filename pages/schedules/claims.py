"""The schedules lesson's sentences: its verdict on the schedules, from the runs' losses."""

from __future__ import annotations

from ui.i18n import t


def _listing(names: list[str], lang: str) -> str:
    """ "a, b and c" / "a、b、c"."""
    if lang == "zh" or len(names) < 2:
        return "、".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def schedule_ranking(
    finals: dict[str, float],
    labels: dict[str, str],
    k: int,
    sigma: float,
    lang: str,
    diverged: dict[str, int] | None = None,
    bound: float = 0.0,
) -> list[str]:
    """The schedules lesson's verdict: which runs diverged (left |x|, |y| ≤ `bound`, the same
    bound for every schedule) and at which step, then every other schedule's mean loss over the
    last `k` steps, lowest first, and whether decay beat the constant rate, from those numbers.

    A diverged run has no average: its curve ends at its last point inside the bound, so it is
    named with its step and left out of the ranking. `finals` holds the runs that did not.
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
    order = sorted(finals, key=finals.__getitem__)
    ranking = " < ".join(f"{labels[kind]} {finals[kind]:.3g}" for kind in order)
    sentences.append(t("schedules.ranking", lang, k=k, sigma=f"{sigma:g}", ranking=ranking))
    decays = [kind for kind in (*finals, *diverged) if kind != "constant"]
    if "constant" in diverged:
        # name exactly the decays that reached the last step, and those that diverged as well:
        # "the decays ranked above did not" was read as covering cosine, which had diverged
        kept = _listing([labels[kind] for kind in order if kind != "constant"], lang)
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
    elif "constant" in finals and decays:
        # a decay that diverged did not end below the constant rate
        below = [kind for kind in decays if kind in finals and finals[kind] < finals["constant"]]
        key = (
            ("schedules.decay_wins" if sigma > 0 else "schedules.decay_wins_quiet")
            if len(below) == len(decays)
            else ("schedules.constant_wins" if sigma > 0 else "schedules.constant_wins_quiet")
            if not below
            else "schedules.mixed"
        )
        sentences.append(t(key, lang))
    return sentences
