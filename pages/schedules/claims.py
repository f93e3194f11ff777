"""The schedules lesson's sentences: its verdict on the schedules, from the runs' losses."""

from __future__ import annotations

from ui.i18n import t


def schedule_ranking(
    finals: dict[str, float], labels: dict[str, str], k: int, sigma: float, lang: str
) -> list[str]:
    """The schedules lesson's verdict: every chosen schedule's mean loss over the last `k`
    steps, lowest first, and whether decay beat the constant rate, from those numbers."""
    order = sorted(finals, key=finals.__getitem__)
    ranking = " < ".join(f"{labels[kind]} {finals[kind]:.3g}" for kind in order)
    sentences = [t("schedules.ranking", lang, k=k, sigma=f"{sigma:g}", ranking=ranking)]
    decays = [kind for kind in finals if kind != "constant"]
    if "constant" in finals and decays:
        below = [kind for kind in decays if finals[kind] < finals["constant"]]
        key = (
            ("schedules.decay_wins" if sigma > 0 else "schedules.decay_wins_quiet")
            if len(below) == len(decays)
            else ("schedules.constant_wins" if sigma > 0 else "schedules.constant_wins_quiet")
            if not below
            else "schedules.mixed"
        )
        sentences.append(t(key, lang))
    return sentences
