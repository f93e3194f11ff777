"""Initialising from a pre-trained network (note 000): train on task A (the ten digits), start
task B (even or odd, from a few examples) from those hidden layers, and compare with a random
start: validation curves, test accuracies and both runs on a slice of task B's loss."""

from __future__ import annotations

import numpy as np
import streamlit as st

from models import digits
from pages.pretraining import asks, claims, compute, figures, steps
from ui import kit, lesson_figures, shell, study, widgets
from ui.i18n import t

lang = shell.current_language(__file__)


COLOURS = {"pretrained": "#009E73", "random": "#555555"}


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.pretrain.title", lang))
    # the steps and the control side by side under a one-line title: stacked beside the title
    # they pushed the figure below a projector's 720 px
    study_col, pick = st.columns([1.5, 1], vertical_alignment="bottom")

    def apply_step(name: str) -> None:
        st.session_state["pt_n"] = steps.PRESETS[name]

    with study_col:
        step = study.selector("pretraining", steps.STEPS, lang, apply_step)
        hiding = study.is_open("pretraining", step)  # the curves wait for the answer
    with pick:
        n = widgets.choice(
            t("pretrain.n", lang),
            "pt_n",
            [str(k) for k in digits.N_EXAMPLES],
            "50",
            str,
            widget=st.radio,
            horizontal=True,
        )
    with st.spinner(t("pretrain.computing", lang)):
        ft = compute.fine_tuning(int(n))
    names = {k: t(f"pretrain.{k}", lang) for k in digits.STARTS}

    def valid_figure(run: digits.FineTuning):
        return lesson_figures.lines_figure(
            [
                lesson_figures.Series(names[k], COLOURS[k], run.steps, run.valid[k])
                for k in digits.STARTS
            ],
            x_title=t("figure.step", lang),
            y_title=t("pretrain.valid_loss", lang),
            log_y=True,
            height=420,
        )

    def curves_of(count: int) -> dict:
        """The validation curves as the figure draws them with `count` examples."""
        return valid_figure(compute.fine_tuning(count)).to_dict()

    curves = valid_figure(ft)

    def ask() -> None:
        """The step's question, or once answered its reveal read from the drawn curves."""
        if step is not None:
            study.question(
                "pretraining",
                step,
                lang,
                lambda answer: steps.feedback(
                    step, answer, curves.to_dict(), int(n), lang, curves_of(50)
                ),
            )

    if hiding:  # no curve, no sentence until the question is answered
        ask()
        with notice_area:
            widgets.show_url_notices(lang)
        return
    slice_col, curve_col = st.columns([1.25, 1], gap="medium")
    with slice_col:
        widgets.chart(
            figures.slice_figure(
                ft.grid,
                ft.grid_y,
                ft.slice_loss,
                [(names[k], COLOURS[k], ft.path[k]) for k in digits.STARTS],
                labels={
                    "x": t("pretrain.slice_x", lang),
                    "y": t("pretrain.slice_y", lang),
                    "loss": t("pretrain.loss", lang),
                    "start": t("figure.start", lang),
                },
            ),
            key="pt_slice",
            theme=None,
            config={"displaylogo": False},
        )
    with curve_col:
        # round ticks inside the drawn range: whole decades alone label a range under one
        # decade once, or not at all
        drawn = np.concatenate([np.asarray(ft.valid[k], np.float64) for k in digits.STARTS])
        ticks = figures.loss_ticks(np.log10(drawn[np.isfinite(drawn) & (drawn > 0)]))
        yaxis = curves.to_dict()["layout"]["yaxis"]
        yaxis.pop("dtick", None)
        yaxis.update(tickvals=[10.0**v for v in ticks["tickvals"]], ticktext=ticks["ticktext"])
        widgets.chart(
            curves,
            key="pt_curves",
            theme=None,
            config={"displaylogo": False},
        )
    ask()
    st.markdown(
        "\n".join(f"- {s}" for s in [*claims.fine_tuning(ft, lang), *claims.overfitting(ft, lang)])
    )
    kit.ask_number("pretraining", lambda: asks.pretraining(ft), lang)
    st.caption(t("pretrain.setup", lang))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
