"""Regularisation on a real network (note 002): no regularisation, L2, L1 and dropout on a
small MLP trained on scikit-learn's bundled 8×8 digits; the note's table of accuracies, small
weights and per-layer norms, live; early stopping on the real validation curve."""

from __future__ import annotations

import numpy as np
import streamlit as st

from models import digits
from optimizers.specs import HyperParam
from pages.regularization_network import asks, claims, compute, figures, steps
from ui import kit, shell, study, widgets
from ui.figures import axes_only
from ui.i18n import t

lang = shell.current_language(__file__)


L2 = HyperParam("l2", r"\lambda_2", 0.003, 1e-4, 0.1, log=True)
L1 = HyperParam("l1", r"\lambda_1", 0.003, 1e-4, 0.1, log=True)
DROP = HyperParam("drop", "p", 0.2, 0.0, 0.8)
VIEWS = ["weights", "curves"]


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    title, switch = st.columns([2, 1.3], vertical_alignment="bottom")
    title.title(t("page.regnet.title", lang))
    with switch:
        shown = widgets.view_switch(
            "rn_view",
            VIEWS,
            {v: t(f"regnet.view_{v}", lang) for v in VIEWS},
            t("playground.view", lang),
        )
    figure_col, side = st.columns([2.1, 1], gap="medium")

    def apply_step(name: str) -> None:
        st.session_state.update(steps.PRESETS[name])

    with side:
        step = study.selector("regularization-network", steps.STEPS, lang, apply_step)
        hiding = study.is_open("regularization-network", step)  # the results wait
        study_box = st.container()  # the step's question, under the selector
        l2 = widgets.hyperparam(L2, "rn_l2", lang)
        l1 = widgets.hyperparam(L1, "rn_l1", lang)
        drop = widgets.hyperparam(DROP, "rn_p", lang)
        if shown == "weights":  # its histograms draw no dropout run: p moves nothing there
            st.caption(t("regnet.drop_not_drawn", lang, curves=t("regnet.view_curves", lang)))

    with st.spinner(t("regnet.computing", lang)):
        runs = compute.digits_runs(float(l1), float(l2), float(drop))
    tables = {kind: digits.table(runs, kind) for kind in digits.KINDS}
    names = {kind: t(f"regnet.{kind}", lang) for kind in digits.KINDS}

    def histograms():
        return figures.weight_histograms(
            {k: runs.weights[runs.index(k)] for k in ("none", "l2", "l1")},
            names=names,
            layer_titles=[t("regnet.layer", lang, k=k) for k in range(1, len(digits.LAYERS))],
            x_title=t("regnet.abs_w", lang),
            floor_title=t("regnet.abs_w.floor", lang),
            narrow=kit.narrow(),
        )

    with figure_col:
        if shown == "weights":
            fig = histograms()
            key = "rn_weights"
        else:
            fig = figures.training_curves(
                runs.steps,
                {k: runs.train_loss[runs.index(k)] for k in digits.KINDS},
                {k: runs.valid_loss[runs.index(k)] for k in digits.KINDS},
                names=names,
                early_stop=runs.best_step("none"),
                labels={
                    "step": t("figure.step", lang),
                    "loss": t("regnet.loss", lang),
                    "train": t("regnet.train", lang),
                    "valid": t("regnet.valid", lang),
                    "early_stop": t("regnet.early_stop_mark", lang),
                },
                narrow=kit.narrow(),
            )
            key = "rn_curves"
        if not hiding:
            widgets.chart(fig, key=key, theme=None, config={"displaylogo": False})
        elif not kit.narrow():  # the figure's axes only, until the answer (on a phone
            # they would push the question's answer a screen below the figure)
            frame = axes_only(fig, (0, int(runs.steps[-1])) if key == "rn_curves" else None)
            widgets.chart(frame, key=f"{key}_frame", theme=None, config={"displaylogo": False})

    if step is not None:
        drawn = dict(
            hist={},
            steps=runs.steps,
            valid={k: runs.valid_loss[runs.index(k)] for k in digits.KINDS},
            train={k: runs.train_loss[runs.index(k)] for k in digits.KINDS},
        )
        for trace in histograms().data if step.name == "sparse" else ():  # as drawn
            drawn["hist"].setdefault(trace.legendgroup, []).append(
                (np.asarray(trace.x), np.asarray(trace.y))
            )
        with study_box:
            study.question(
                "regularization-network",
                step,
                lang,
                lambda a: steps.feedback(step, a, drawn, names, lang),
                hidden_key="study.hidden" if kit.narrow() else "regnet.study_hidden",
            )
    if hiding:
        with notice_area:
            widgets.show_url_notices(lang)
        return

    # the findings full width under the figure and its controls: in the side column they were
    # a 230 px wide column 3 000 px tall beside an empty half page (1024×768, projector on)
    st.markdown("\n".join(f"- {s}" for s in claims.regularisation_network(runs, tables, lang)))
    kit.ask_number(
        "regularization-network",
        lambda: asks.regularisation_network(tables, digits.KINDS),
        lang,
    )

    layers = range(len(digits.LAYERS) - 1)
    rows = [
        (t("regnet.row.accuracy", lang), lambda tb: f"{tb.accuracy:.3f}"),
        (t("regnet.row.total", lang), lambda tb: str(tb.total)),
        (t("regnet.row.small", lang), lambda tb: str(tb.small)),
        (t("regnet.row.tiny", lang), lambda tb: str(tb.tiny)),
        *(
            (t("regnet.row.norm1", lang, k=i + 1), lambda tb, i=i: f"{tb.norm1[i]:.2f}")
            for i in layers
        ),
        *(
            (t("regnet.row.norm2", lang, k=i + 1), lambda tb, i=i: f"{tb.norm2[i]:.2f}")
            for i in layers
        ),
    ]
    st.table(
        {
            t("regnet.row", lang): [label for label, _ in rows],
            **{names[k]: [cell(tables[k]) for _, cell in rows] for k in digits.KINDS},
        },
        hide_index=True,
    )
    st.latex(  # one line per penalty: side by side they were wider than a phone
        r"\begin{aligned} J + \tfrac{\lambda_2}{2}\lVert W\rVert_2^2&:\ \ dW + \lambda_2 W \\"
        r" J + \lambda_1\lVert W\rVert_1&:\ \ dW + \lambda_1\,\mathrm{sign}(W)\end{aligned}"
    )
    st.caption(t("regnet.setup", lang))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
