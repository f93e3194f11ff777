"""The regularisation-network lesson's sentences: note 002's comparison, from the trained
weights and their tables."""

from __future__ import annotations

import numpy as np

from models import digits
from ui.claims import number
from ui.i18n import t


def regularisation_network(runs, tables: dict, lang: str) -> list[str]:
    """Note 002's comparison on the digits network (`models.digits`), from the trained
    weights: how many weights each variant leaves small, whose norms are smallest, the test
    accuracies, early stopping on the unregularised run and dropout's train–validation gap."""
    none, l2, l1 = tables["none"], tables["l2"], tables["l1"]
    layers = len(none.norm1)
    l1_smallest = sum(l1.norm1[i] <= min(none.norm1[i], l2.norm1[i]) for i in range(layers))
    l2_smallest = sum(l2.norm2[i] <= min(none.norm2[i], l1.norm2[i]) for i in range(layers))
    sentences = [
        t(
            "regnet.small",
            lang,
            l1=l1.small,
            l2=l2.small,
            none=none.small,
            total=none.total,
        ),
        t("regnet.norms", lang, n1=l1_smallest, n2=l2_smallest, layers=layers),
        t(
            "regnet.tiny",
            lang,
            tiny=l1.tiny,
            small=l1.small,
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
    d = runs.index("dropout")
    gap_none = runs.valid_loss[i, -1] - runs.train_loss[i, -1]
    gap_drop = runs.valid_loss[d, -1] - runs.train_loss[d, -1]
    sentences.append(
        t(
            "regnet.dropout_gap",
            lang,
            p=f"{runs.drop:g}",
            gap_none=number(gap_none),
            gap_drop=number(gap_drop),
            valid_none=number(runs.valid_loss[i, -1]),
            valid_drop=number(runs.valid_loss[d, -1]),
        )
    )
    return sentences
