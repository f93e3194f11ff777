"""The regularisation-network lesson's sentences: note 002's comparison, from the trained
weights and their tables."""

from __future__ import annotations

import numpy as np

from models import digits
from ui.claims import number
from ui.i18n import t

# A smaller validation − training gap is a benefit only if the validation loss did not pay for
# it: a variant is underfitting when, at the last step, its validation loss is UNDERFIT_LOSS
# times the unregularised run's or more, or its test accuracy UNDERFIT_ACCURACY or more below.
UNDERFIT_LOSS = 1.5
UNDERFIT_ACCURACY = 0.10
CHANCE = 0.15  # test accuracy at most this: no better than guessing one of the 10 digits
# a drawn validation point at least this many times both its neighbours is a one-point spike
# (L1 at step 3100: 6.63 between 0.341 and 0.62, the training loss jumping to 6.53 with it)
SPIKE = 3.0


def smallest_in(found: list[int], layers: int, lang: str) -> str:
    """ "in 3 of the 4 layers (layers 1, 2, 3)": how many layers and which, never "in 3 layers",
    which a reader takes for "in layer 3"."""
    if not found:
        return t("regnet.norms.none", lang, layers=layers)
    key = "regnet.norms.all" if len(found) == layers else "regnet.norms.some"
    which = ("、" if lang == "zh" else ", ").join(str(k) for k in found)
    return t(key, lang, n=len(found), layers=layers, which=which)


def regularisation_network(runs, tables: dict, lang: str) -> list[str]:
    """Note 002's comparison on the digits network (`models.digits`), from the trained
    weights: how many weights each variant leaves small, whose norms are smallest, the test
    accuracies, early stopping on the unregularised run and each variant's validation–training gap
    against the validation loss that paid for it (`fit_comparison`)."""
    none, l2, l1 = tables["none"], tables["l2"], tables["l1"]
    layers = len(none.norm1)
    l1_smallest = [i + 1 for i in range(layers) if l1.norm1[i] <= min(none.norm1[i], l2.norm1[i])]
    l2_smallest = [i + 1 for i in range(layers) if l2.norm2[i] <= min(none.norm2[i], l1.norm2[i])]
    sentences = [
        t(
            "regnet.small",
            lang,
            l1=l1.small,
            l2=l2.small,
            none=none.small,
            total=none.total,
        ),
        t(
            "regnet.norms",
            lang,
            l1=smallest_in(l1_smallest, layers, lang),
            l2=smallest_in(l2_smallest, layers, lang),
        ),
        *(
            # L1 not smallest in every layer reads as "L1 does not shrink" (λ₁ = λ₂ = 0.1,
            # p = 0.8: none of the 4 layers, as L2 drove its weights to 0.00)
            [
                t(
                    "regnet.norms.l1_shrinks",
                    lang,
                    l1=f"{sum(round(float(v), 2) for v in l1.norm1):.2f}",
                    none=f"{sum(round(float(v), 2) for v in none.norm1):.2f}",
                    l2=f"{sum(round(float(v), 2) for v in l2.norm1):.2f}",
                )
            ]
            if len(l1_smallest) < layers and sum(l1.norm1) < sum(none.norm1)
            else []
        ),
        t(
            # "only" for a minority of the small weights; a majority is said as one
            "regnet.tiny" if 2 * l1.tiny < l1.small else "regnet.tiny_most",
            lang,
            tiny=l1.tiny,
            small=l1.small,
            share=_percent(100 * l1.tiny / max(l1.small, 1)),
            jitter=f"{digits.LR * runs.l1:.1e}",
        ),
        t(
            "regnet.accuracy",
            lang,
            **{k: f"{tables[k].accuracy:.3f}" for k in digits.KINDS},
        ),
    ]
    i = runs.index("none")
    best, best_loss = runs.best_step("none")
    end_valid, end_train = runs.valid_loss[i, -1], runs.train_loss[i, -1]
    k = int(np.searchsorted(runs.steps, best))
    if end_valid > best_loss and end_train < runs.train_loss[i, k]:
        sentences.append(
            t(
                "regnet.early_stop",
                lang,
                step=best,
                best=number(best_loss),
                end=int(runs.steps[-1]),
                end_valid=number(end_valid),
                train_then=number(runs.train_loss[i, k]),
                train_end=number(end_train),
            )
        )
    elif end_valid > best_loss:
        sentences.append(
            t(
                "regnet.early_stop_plain",
                lang,
                step=best,
                best=number(best_loss),
                end=int(runs.steps[-1]),
                end_valid=number(end_valid),
            )
        )
    else:
        sentences.append(t("regnet.no_early_stop", lang, end=int(runs.steps[-1])))
    sentences.append(fit_comparison(runs, tables, lang))
    return sentences


def fit_verdict(
    gap: float, gap0: float, valid: float, valid0: float, acc: float, acc0: float
) -> str:
    """One regularised variant against the unregularised run at the last step (gap =
    validation − training loss): "wider" (the gap is not smaller), "underfits" (smaller gap,
    but validation loss ≥ UNDERFIT_LOSS × the plain run's or test accuracy UNDERFIT_ACCURACY or
    more below it), "gain" (smaller gap and validation loss at or below the plain run's) or
    "no_gain" (smaller gap, validation loss a little higher)."""
    if not gap < gap0:
        return "wider"
    if valid >= UNDERFIT_LOSS * valid0 or acc <= acc0 - UNDERFIT_ACCURACY:
        return "underfits"
    return "gain" if valid <= valid0 else "no_gain"


def _percent(p: float) -> str:
    """A share in per cent: whole numbers, one significant digit under 1 % ("5 (0 %)" of 1696
    read as none, beside "only 5"; it is 0.3 %)."""
    return f"{p:.0f} %" if p >= 1 or p == 0 else f"{p:.1g} %"


def above_on_the_way(valid, valid0, steps, lang: str) -> str:
    """A variant lower than the unregularised run at the last step whose drawn validation
    curve was above it on the way (L1's spiking to 13× the plain run's at step 3100 while
    ending at 0.74×): at how many drawn points, and its largest spike (its highest multiple
    of the plain run's) and where, with the plain run's value there: the largest multiple can
    sit where the plain run dips while this curve still falls (dropout at step 350: 1.04 against
    0.545), which "spikes to 1.04" misdescribed; empty when it never was above."""
    valid, valid0 = np.asarray(valid, dtype=float), np.asarray(valid0, dtype=float)
    above = valid > valid0 * (1 + 1e-6)  # the start is one point for all: the same weights
    below = valid < valid0 * (1 - 1e-6)
    if not above.any():
        return ""
    j = int(np.argmax(valid / valid0))  # the largest multiple of the unregularised run
    spike = 0 < j < len(valid) - 1 and valid[j] >= SPIKE * max(valid[j - 1], valid[j + 1])
    extra = (
        {"before": number(float(valid[j - 1])), "after": number(float(valid[j + 1]))}
        if spike
        else {}
    )
    return t(
        "regnet.fit.above.spike" if spike else "regnet.fit.above",
        lang,
        **extra,
        above=int(above.sum()),
        below=int(below.sum()),
        points=len(valid),
        peak=number(float(valid[j])),
        base=number(float(valid0[j])),
        peak_step=int(steps[j]),
        times=f"{valid[j] / valid0[j]:.2g}",
    )


def fit_comparison(runs, tables: dict, lang: str) -> str:
    """Each regularised variant against the unregularised run at the last step: its
    validation − training gap, its validation loss as a multiple of the plain run's and its
    test accuracy, with the verdict of `fit_verdict` (a smaller gap bought with a much worse
    validation loss is underfitting, not a benefit)."""
    i = runs.index("none")
    gap0 = runs.valid_loss[i, -1] - runs.train_loss[i, -1]
    valid0 = runs.valid_loss[i, -1]
    acc0 = tables["none"].accuracy
    strength = {"l2": runs.l2, "l1": runs.l1, "dropout": runs.drop}
    clauses, underfit = [], False
    for kind in ("l2", "l1", "dropout"):
        name = t(f"regnet.fit.name.{kind}", lang, value=f"{strength[kind]:g}")
        if strength[kind] == 0:  # the same initial weights and minibatches: the same run
            clauses.append(t("regnet.fit.same", lang, name=name))
            continue
        k = runs.index(kind)
        gap = runs.valid_loss[k, -1] - runs.train_loss[k, -1]
        valid = runs.valid_loss[k, -1]
        acc = tables[kind].accuracy
        verdict = fit_verdict(gap, gap0, valid, valid0, acc, acc0)
        # a benefit in validation loss is not one in test accuracy: when that fell, say so
        falls = verdict == "gain" and round(acc, 3) < round(acc0, 3)
        # at chance (λ₁ = λ₂ = 0.1, p = 0.8: all three 0.096) it learnt nothing: said so
        chance = verdict == "underfits" and acc <= CHANCE
        clauses.append(
            t(
                f"regnet.fit.{verdict}"
                + (".acc_falls" if falls else "")
                + (".chance" if chance else ""),
                lang,
                name=name,
                gap=number(gap),
                ratio=f"{valid / valid0:.2g}",
                acc=f"{acc:.3f}",
                acc0=f"{acc0:.3f}",
                end=int(runs.steps[-1]),
            )
        )
        if verdict == "gain":  # lower at the end is no benefit when the curve was above on the way
            clauses[-1] += above_on_the_way(
                runs.valid_loss[k], runs.valid_loss[i], runs.steps, lang
            )
        underfit = underfit or verdict == "underfits"
    lead = t(
        "regnet.fit.lead",
        lang,
        end=int(runs.steps[-1]),
        valid0=number(valid0),
        gap0=number(gap0),
        acc0=f"{acc0:.3f}",
    )
    sep, stop = ("；", "。") if lang == "zh" else ("; ", ".")
    rule = (
        t(
            "regnet.fit.underfit_rule",
            lang,
            loss_rule=f"{UNDERFIT_LOSS:g}",
            acc_rule=f"{UNDERFIT_ACCURACY:.2f}",
        )
        if underfit
        else ""
    )
    # the rule is its own sentence after the comparison: in brackets after the last clause it
    # read as that clause's ("dropout p = 0 is the unregularised run itself (underfitting …)")
    return lead + sep.join(clauses) + stop + rule
