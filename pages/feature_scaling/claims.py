"""The feature-scaling lesson's sentences: its notice and data caption, from the three
problems and the steps gradient descent needed on each."""

from __future__ import annotations

import numpy as np

from ui.asks import SUPERSCRIPT
from ui.i18n import t

NOISE_SE = 3.0  # "to within the noise": every weight within 3 standard errors of the rule's


def plain(x: float, digits: str) -> str:
    """A number with a thin space between thousands ("1 029.0")."""
    return f"{x:,{digits}}".replace(",", " ")


def kappa_said(kappa: float) -> str:
    """A condition number as printed: whole from 100 up ("1 029", not "1 029.0"), else three
    significant digits ("1.03", "12.3")."""
    return plain(round(kappa), "d") if kappa >= 100 else f"{kappa:.3g}"


def steps_said(hit: int | None, max_steps: int) -> str:
    """The steps to the tolerance as printed: "2 370", or "> 10 000" when not within budget."""
    return plain(hit, "d") if hit is not None else f"> {plain(max_steps, 'd')}"


def facts(problem, hit: int | None, max_steps: int, lang: str) -> str:
    """The line under a panel: its κ, its best step 2/(λ_min + λ_max) and the steps GD at that
    step needed to bring the excess loss under the tolerance."""
    return t(
        "scaling.facts",
        lang,
        kappa=kappa_said(problem.condition),
        lr=f"{problem.best_lr:.3g}",
        steps=steps_said(hit, max_steps),
    )


def feature_scaling(features, problems: dict, hits: dict, max_steps: int, lang: str):
    """The feature-scaling lesson's notice and data caption, from its three problems (one
    least-squares problem in three units, `datasets.scaled`) and the steps GD needed on each
    (`hits`, None beyond `max_steps`): the least loss and the start's loss they share, κ and
    the steps per panel, the weights least squares finds on the raw scale against the rule
    the data came from (within NOISE_SE standard errors), and each panel's minimum."""
    from models import datasets

    first = next(iter(problems.values()))
    per = ("；" if lang == "zh" else "; ").join(
        t(
            "scaling.per",
            lang,
            name=t(f"scaling.{how}", lang),
            kappa=kappa_said(p.condition),
            steps=steps_said(hits[how], max_steps),
        )
        for how, p in problems.items()
    )
    notice = t(
        "scaling.notice",
        lang,
        lstar=f"{first.min_loss:.3g}",
        l0=f"{float(first.loss_np(np.zeros(2))):.3g}",
        per=per,
    )
    raw = problems["raw"]
    w, se = raw.minimum, datasets.standard_errors(raw)
    true = np.asarray(datasets.TRUE_WEIGHTS)
    # The data are fixed (one seed): the fit lies within the noise of the rule on every view;
    # a change to the data that broke this must change the sentence too.
    assert np.all(np.abs(w - true) <= NOISE_SE * se), (w, se)
    minima = ", ".join(f"({p.minimum[0]:.3g}, {p.minimum[1]:.3g})" for p in problems.values())
    fit = t(
        "scaling.fit.within",
        lang,
        w1=f"{w[0]:.3g}",
        w2=f"{w[1]:.3g}",
        se1=f"{se[0]:.2g}",
        se2=f"{se[1]:.2g}",
        k=f"{NOISE_SE:g}",
        minima=minima,
    )
    data = t(
        "scaling.data",
        lang,
        n=len(features),
        r_lo=f"{features[:, 0].min():.1f}",
        r_hi=f"{features[:, 0].max():.1f}",
        a_lo=f"{features[:, 1].min():.0f}",
        a_hi=f"{features[:, 1].max():.0f}",
        noise=f"{datasets.NOISE:g}",
    )
    return notice, data + " " + fit


def sci(x: float) -> str:
    """A small number as the curves' axis reads it: "4.56×10⁻¹⁰"."""
    mantissa, _, power = f"{x:.2e}".partition("e")
    return f"{float(mantissa):.3g}×10{str(int(power)).translate(SUPERSCRIPT)}"


def floor(
    name: str,
    steps,
    excess,
    flat_at: int,
    flat: float,
    exact: float,
    kappa: float,
    others: dict[str, float],
    lang: str,
) -> str:
    """A drawn excess-loss curve that stops falling (`compute.flat_from`): from which step,
    at what value (its lowest; every later one within `flat` of it), the κ of its problem,
    the other drawn curves (name → their lowest drawn value) that fall below it in the same
    float32 (so the floor is this run's rounding, not float32's limit), and where exact
    arithmetic would be after as many steps (`exact`)."""
    low = float(np.nanmin(excess))
    lower = {other: v for other, v in others.items() if v < low}
    # the curves are fixed (one data set, one seed): the scaled ones always fall below the
    # raw floor; a change that broke this must change the sentence too
    assert lower, (name, low, others)
    return t(
        "scaling.floor",
        lang,
        name=name,
        step=plain(int(steps[flat_at]), "d"),
        value=sci(low),
        flat=f"{100 * flat:g}",
        end=plain(int(steps[-1]), "d"),
        kappa=kappa_said(kappa),
        lower=t("scaling.floor.and", lang).join(
            t("scaling.floor.lower", lang, name=other, value=sci(v)) for other, v in lower.items()
        ),
        exact=sci(exact),
    )


def cut(ends: dict[str, tuple[int, float]], share: float, lang: str) -> str:
    """Why drawn curves end before the last step: each is drawn until it first falls under
    `share` of the start's excess loss; `ends` names each curve that did (name → its last
    drawn step and value)."""
    return t(
        "scaling.cut",
        lang,
        cut=sci(share).removeprefix("1×"),
        ends=t("scaling.floor.and", lang).join(
            t("scaling.cut.end", lang, name=name, step=plain(step, "d"), value=sci(value))
            for name, (step, value) in ends.items()
        ),
    )
