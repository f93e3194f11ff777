"""The batch-normalisation lesson's sentences, one per view, computed from the statistics,
training runs and probes with their numbers; tests hold them against the figures' data."""

from __future__ import annotations

import numpy as np

from models import batchnorm as bn
from ui.claims import digits3, factor, number
from ui.i18n import t

# The networks' names by key: whole catalog keys, so that the ledger's shape test can read
# which keys the sentences fill.
NAMES = {"plain": "bn.plain", "bn": "bn.bn"}
ACT_NAMES = {
    "sigmoid": "init.act.sigmoid",
    "tanh": "init.act.tanh",
    "relu": "init.act.relu",
    "leaky_relu": "init.act.leaky_relu",
}


def batch_norm(stats: dict, training, probes, act: str, lang: str) -> dict[str, str]:
    """One sentence per view of the batch-normalisation lesson (`models.batchnorm`)."""
    plain, normed = bn.spreads(stats["plain"]), bn.spreads(stats["bn"])

    def spread(which: str, s: np.ndarray) -> str:
        if s.max() == 0:  # zero weights: every activation the same, no ratio to print
            return t("bn.layers.same", lang)
        band = (
            t(
                "bn.layers.band",
                lang,
                band=factor(float(s.max() / s.min())),
                kmax=int(np.argmax(s)) + 1,  # "from 0.459 to 0.439 (×1.1)" named neither end:
                kmin=int(np.argmin(s)) + 1,  # the narrowest was layer 3 (0.427)
            )
            if s.min() > 0
            else t("bn.layers.some_same", lang)
        )
        if act not in ("sigmoid", "tanh"):  # ReLU and leaky ReLU have no flat ends
            return t(
                "bn.layers.spread.open",
                lang,
                s0=digits3(s[0]),
                s1=digits3(s[-1]),
                band=band,
            )
        return t(
            "bn.layers.spread",
            lang,
            s0=digits3(s[0]),
            s1=digits3(s[-1]),
            band=band,
            sat=f"{bn.saturated_share(stats[which][-1], act):.0%}",
        )

    layers = t("bn.layers", lang, plain=spread("plain", plain), bn=spread("bn", normed))
    if act not in ("sigmoid", "tanh"):
        layers += " " + t("bn.layers.no_flat", lang, act=t(ACT_NAMES[act], lang))
    tried = ", ".join(f"{r:g}" for r in bn.RATES)

    def rate(which: str) -> str:
        largest = training.largest_rate(which)
        name = t(NAMES[which], lang)
        if largest is None:
            return t("bn.rate.none", lang, name=name, tried=tried)
        # the largest rate tried still trains: the largest that trains lies at or above it
        top = largest >= max(bn.RATES)
        return t("bn.rate.top" if top else "bn.rate.found", lang, name=name, rate=f"{largest:g}")

    rates = t(
        "bn.rates",
        lang,
        plain=rate("plain"),
        bn=rate("bn"),
        share=f"{bn.TRAINS:.0%}",
        steps=int(training.steps[-1]),
    )
    for which in ("plain", "bn"):
        step = blew_up(training.steps, getattr(training, which))
        if step is not None:
            rates += " " + t("bn.rates.blew_up", lang, name=t(NAMES[which], lang), step=step)
    # the probes taken during training, up to the first that is not finite (a blow-up)
    rows = {"plain": probes.plain[1:], "bn": probes.bn[1:]}
    finite = {k: np.isfinite(r).all(axis=1) for k, r in rows.items()}
    both = finite["plain"] & finite["bn"]
    beta = {k: float(np.median(rows[k][finite[k], 4])) for k in rows if finite[k].any()}
    names = {k: t(NAMES[k], lang) for k in rows}
    if both.any():
        width_p = rows["plain"][both, 1] - rows["plain"][both, 0]
        width_b = rows["bn"][both, 1] - rows["bn"][both, 0]
        narrower, n = int(np.sum(width_b < width_p)), int(both.sum())
        # two measures of a smoother landscape: a smaller median β (the gradient changes less
        # along the step) and a narrower loss band at most probes (the loss changes less)
        by_beta = "bn" if beta["bn"] < beta["plain"] else "plain"
        by_band = "bn" if 2 * narrower > n else "plain"
        if by_beta == by_band:
            verdict = t(f"bn.smooth.agree.{by_beta}", lang)
        else:
            verdict = t(
                "bn.smooth.disagree",
                lang,
                beta=names[by_beta],
                band=names[by_band],
            )
        smooth = t(
            "bn.smoothness",
            lang,
            lr=f"{probes.lr:g}",
            beta_p=digits3(beta["plain"]),
            beta_b=digits3(beta["bn"]),
            narrower=narrower,
            n=n,
            verdict=verdict,
        )
    elif beta:  # one network's every probe diverged: nothing to compare
        (alive,) = beta
        dead = "bn" if alive == "plain" else "plain"
        smooth = t(
            "bn.smoothness.one_diverged",
            lang,
            lr=f"{probes.lr:g}",
            dead=names[dead],
            alive=names[alive],
            beta=digits3(beta[alive]),
        )
    else:
        smooth = t("bn.smoothness.both_diverged", lang, lr=f"{probes.lr:g}")
    for which in ("plain", "bn"):
        if finite[which].any() and not finite[which].all():
            step = int(probes.steps[1:][np.argmin(finite[which])])
            smooth += " " + t("bn.diverged", lang, name=names[which], step=step)
    inputs = t(
        "bn.inputs",
        lang,
        steps=int(training.steps[-1]),
        lr=f"{bn.PREPROCESSING_LR:g}",
        **{
            name: number(run[-1])
            if np.isfinite(run[-1])
            else t("bn.blew_up", lang, step=int(training.steps[int(np.argmin(np.isfinite(run)))]))
            for name, run in zip(bn.PREPROCESSING, training.preprocessing, strict=True)
        },
    )
    inputs += stuck_inputs(training, lang)
    return {"layers": layers, "rates": rates, "smoothness": smooth, "inputs": inputs}


STUCK = 0.05  # a run ending within 5 % of its step-0 loss did not learn in the drawn steps


def stuck_inputs(training, lang: str) -> str:
    """ " " and a sentence when the preprocessing runs that end finite end within `STUCK` of
    their first drawn loss, when every one does (Xavier + sigmoid: 2.31, 2.31, 2.31, an even
    guess among 10 digits, read as "the preprocessing does not matter"); "" otherwise."""
    starts = []
    for run in training.preprocessing:
        run = np.asarray(run, dtype=np.float64)
        if np.isfinite(run[-1]) and abs(run[-1] - run[0]) <= STUCK * abs(run[0]):
            starts.append(number(run[0]))
    if len(starts) < len(bn.PREPROCESSING):  # some learn: their numbers say it
        return ""
    sep = "、" if lang == "zh" else ", "
    return " " + t("bn.inputs_none_learn", lang, starts=sep.join(starts))


def lone_points(losses: np.ndarray) -> bool:
    """Whether a drawn loss curve has a finite point with no finite neighbour (a line cannot
    show it: the point is drawn as a marker)."""
    ok = np.isfinite(np.asarray(losses, dtype=np.float64))
    before = np.concatenate([[False], ok[:-1]])
    after = np.concatenate([ok[1:], [False]])
    return bool(np.any(ok & ~before & ~after))


def blew_up(steps: np.ndarray, runs: np.ndarray) -> int | None:
    """The logged step by which every rate's training loss is no longer finite (NaN or ±inf:
    it overflowed), or None when some run stays finite throughout."""
    bad = ~np.isfinite(np.asarray(runs, dtype=np.float64))
    if not bad.any(axis=1).all():
        return None
    return int(max(steps[int(np.argmax(row))] for row in bad))


def start(training, spreads: dict[str, tuple[float, float]], lang: str) -> str:
    """Why the two networks' first drawn losses differ though their weights are the same: BN
    changes the spread of what reaches the output layer, so the initial logits differ."""
    plain0, bn0 = float(training.plain[0, 0]), float(training.bn[0, 0])
    if f"{plain0:.2f}" == f"{bn0:.2f}":
        return t("bn.start.same", lang, loss=f"{plain0:.2f}")
    (hp, lp), (hb, lb) = spreads["plain"], spreads["bn"]
    # the wider the random logits, the higher the starting cross-entropy: said only where so
    agrees = (lp > lb) == (plain0 > bn0)
    return t(
        "bn.start" if agrees else "bn.start.other",
        lang,
        plain=f"{plain0:.2f}",
        bn=f"{bn0:.2f}",
        hp=f"{hp:.2f}",
        hb=f"{hb:.2f}",
        lp=f"{lp:.2f}",
        lb=f"{lb:.2f}",
        # measured on the training digits: the layers view's histograms (N(0,1) inputs) show
        # other spreads for the same layer (He + ReLU: 0.67 here, 0.804 there)
        view=t("bn.view_layers", lang),
    )
