"""Weight initialisation (notes 002, 000): per-layer activation and gradient histograms of a
6-layer network for each initialisation and activation; the note's table, measured live; and
zero initialisation leaving every unit of a layer identical."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import streamlit as st

from models import networks
from pages.initialization import asks, compute, steps
from pages.initialization import claims as claims_module
from pages.initialization.claims import initialisation as claims_of
from ui import kit, lesson_figures, network_figures, shell, study, widgets
from ui.claims import digits3
from ui.i18n import t

lang = shell.current_language(__file__)


LATEX = {
    "zero": r"W = 0",
    "normal": r"W \sim N(0, 1)",
    "scaled": r"W \sim N\!\left(0, \tfrac{1}{\sqrt{n_{in}}}\right)",
    "xavier_normal": r"W \sim N\!\left(0, \sqrt{\tfrac{2}{n_{in} + n_{out}}}\right)",
    "xavier_uniform": r"W \sim U\!\left(\pm\sqrt{\tfrac{6}{n_{in} + n_{out}}}\right)",
    "he": r"W \sim N\!\left(0, \sqrt{\tfrac{2}{n_{in}}}\right)",
}
ACT_LATEX = {
    "sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"\tanh z",
    "relu": r"\max(0, z)",
    "leaky_relu": r"\max(0.01 z, z)",
}
COLOURS = lesson_figures.SERIES_COLOURS
HEIGHT = 540  # px: two rows of histograms, each ≥ 150 px tall, under the title at 1280×720


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.init.title", lang))
    # the histograms first and full width, two rows of three layers: six side by side beside
    # the controls were 60 px wide at 1024×768 on a projector
    figure_area = st.container()
    controls, verdict_area = st.columns([1.3, 2.7], gap="large")
    # what the lesson shows, under the figure row: the figure comes first
    st.info(t("init.notice", lang), icon=":material/visibility:")

    def apply_step(name: str) -> None:
        st.session_state["init"], st.session_state["act"] = steps.PRESETS[name]

    with controls:
        # on a phone the two menus right under the figure, above the study steps: the
        # initialisation menu began at 840 px on a 844 px screen, under the steps' pills
        menus = st.container() if kit.narrow() else None
        step = study.selector("initialization", steps.STEPS, lang, apply_step)
        hiding = study.is_open("initialization", step)  # the histograms wait for the answer
        with menus if menus is not None else st.container():
            init = widgets.choice(
                t("init.init", lang),
                "init",
                list(networks.INITS),
                "normal",
                lambda k: t(f"init.{k}", lang),
            )
            act = widgets.choice(
                t("init.activation", lang),
                "act",
                list(networks.ACTIVATIONS),
                "sigmoid",
                lambda k: t(f"init.act.{k}", lang),
            )
        # the projector's larger type in this narrow column: Xavier's formula was 237 px in a
        # 217 px column at 1024×768 and scrolled its ")" out of sight
        st.latex((r"\footnotesize " if widgets.projector_on() else "") + LATEX[init])
        st.latex(ACT_LATEX[act])
        same = claims_module.same_spread(
            init, networks.DEEP_WIDTH, lang, lambda k: t(f"init.{k}", lang)
        )
        st.caption(t("init.setup", lang) + (f" {same}" if same else ""))
        ask_area = st.container()  # "Ask the class first", once the statistics are in

    result = compute.init_stats(init, act)
    claims, healthy = claims_of(result, act, init, lang)
    layers = [t("init.layer", lang, k=k + 1) for k in range(len(result.activations))]
    with ask_area:
        kit.ask_number("initialization", lambda: asks.initialisation(result, act, init), lang)
    acts_fig = network_figures.layer_histograms(
        result.activations,
        titles=layers,
        colour=COLOURS[0],
        x_title=t("init.activations", lang),
        narrow=kit.narrow(),
        cols=3,
        height=HEIGHT,
        own_range=True,  # layers' spreads differ up to ×57: each on its own axis
    )

    def ask(step: study.Step | None) -> None:
        """The step's question, or once answered its reveal read from the drawn histograms."""
        if step is not None:
            study.question(
                "initialization",
                step,
                lang,
                lambda answer: steps.feedback(
                    step, answer, acts_fig, result.act_std, lang, result.grad_std
                ),
                hidden_key="init.study_hidden",
            )

    if hiding:  # no histogram, verdict or table until the question is answered
        with figure_area:
            ask(step)
        with notice_area:
            widgets.show_url_notices(lang)
        return
    with figure_area:
        widgets.chart(
            acts_fig,
            key="init_acts",
            theme=None,
            config={"displaylogo": False},
        )
    with verdict_area:  # the verdict beside the controls, under the figure
        (st.success if healthy else st.warning)(" ".join(claims), icon=":material/analytics:")
        ask(step)
    widgets.chart(
        network_figures.layer_histograms(
            result.gradients,
            titles=layers,
            colour=COLOURS[1],
            x_title=t("init.gradients", lang),
            symmetric=True,
            narrow=kit.narrow(),
            cols=3,
            height=HEIGHT,
            own_range=True,
        ),
        key="init_grads",
        theme=None,
        config={"displaylogo": False},
    )
    st.table(
        pd.DataFrame(
            {
                "": [t("init.std_act", lang), t("init.std_grad", lang)],
                **{
                    name: [digits3(a), digits3(g)]
                    for name, a, g in zip(layers, result.act_std, result.grad_std, strict=True)
                },
            }
        ),
        hide_index=True,
    )

    st.subheader(t("init.table.title", lang))
    rows = compute.init_table()
    st.table(
        pd.DataFrame(
            [
                {
                    t("init.table.id", lang): rid,
                    t("init.table.depth", lang): t("init.table.layers", lang, n=depth),
                    t("init.init", lang): t(f"init.{kind}", lang),
                    t("init.activation", lang): t(f"init.act.{a}", lang),
                    t("init.table.note", lang): t(f"init.note.{note}", lang),
                    t("init.table.measured", lang): t(f"init.short.{measured}", lang),
                }
                for rid, depth, kind, a, note, measured in rows
            ]
        ),
        hide_index=True,
    )
    st.caption(
        t(
            "init.table.caption",
            lang,
            band=f"{networks.STABLE_BAND:g}",
            limit=f"{100 * networks.SATURATED:.0f} %",
        )
    )

    st.subheader(t("init.zero.title", lang))
    left, right = st.columns(2)
    for col, kind in ((left, "zero"), (right, "normal")):
        w = compute.tiny_net(kind)
        with col:
            st.markdown(
                f"**{t(f'init.{kind}', lang)}** · "
                + t("init.zero.loss", lang, loss=f"{w['loss']:.4f}")
            )
            # plain preformatted text: a code block would load a syntax highlighter (half a
            # second of the browser's time on the lesson's first visit) for four arrays
            weights = "\n".join(
                f"{name}= {np.array2string(w[name], precision=8, floatmode='fixed')}"
                for name in ("W1", "B1", "W2", "B2")
            )
            st.html(
                "<pre style='font-size:0.85rem;background:#F0F2F6;padding:0.6rem 0.8rem;"
                f"border-radius:0.4rem;white-space:pre-wrap'>{html.escape(weights)}</pre>"
            )
    st.caption(t("init.zero.caption", lang))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
