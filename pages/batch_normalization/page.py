"""Batch and input normalisation (note 000): a network like the initialisation lesson's (five
hidden layers of 100 units and an output layer) with and without BN — every hidden layer's
activations, the range of learning rates that train, the landscape along the gradient
(Santurkar et al. 2018) — and raw, zero-centred and unit-normalised inputs."""

from __future__ import annotations

import numpy as np
import streamlit as st

from models import batchnorm, networks
from pages.batch_normalization import asks, claims, compute, figures, steps
from ui import kit, lesson_figures, network_figures, shell, study, widgets
from ui.i18n import t

lang = shell.current_language(__file__)


VIEWS = ["layers", "rates", "smoothness", "inputs"]
COLOURS = {"plain": "#555555", "bn": "#0072B2"}
# one colour per tried rate, no two of one hue (the series' sky blue beside its blue read as
# one colour in the 12-entry legend: ε = 0.01 and ε = 3)
RATE_COLOURS = tuple(c for c in lesson_figures.SERIES_COLOURS if c != "#56B4E9")
HIST_HEIGHT = 520  # px: a network's five layers in rows of three, each ≥ 150 px tall
# note 000's BN rule, its last line H = φ(γẐ + β) with the activation the lesson runs; δ is
# the small constant against division by 0 (as Goodfellow 8.7.1 and /formulas): ε is the
# learning rate on this page
_BN_RULE = (
    r"\begin{aligned} Z &= XW,\quad \tilde Z = Z - \tfrac{1}{m}\textstyle\sum_i Z_{i,:} \\"
    r" \hat Z &= \tilde Z \big/ \sqrt{\delta + \tfrac{1}{m}\textstyle\sum_i \tilde Z_{i,:}^2} \\"
    r" H &= %s \end{aligned}"
)
_U = r"\gamma \hat Z + \beta"
PHI_LATEX = {
    "sigmoid": rf"\sigma({_U}),\quad \sigma(z) = \frac{{1}}{{1 + e^{{-z}}}}",
    "tanh": rf"\tanh({_U})",
    "relu": rf"\max\{{0,\ {_U}\}}",
    "leaky_relu": rf"\max\{{{networks.LEAK:g}\,({_U}),\ {_U}\}}",
}


def _positive(losses: np.ndarray) -> bool:
    """Whether every finite loss is positive (a log axis can draw them); a run that blew up
    (NaN) no longer turns the other runs' axis linear."""
    finite = np.asarray(losses, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    return bool(finite.size and np.all(finite > 0))


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    title, switch = st.columns([1.6, 2], vertical_alignment="bottom")
    title.title(t("page.bn.title", lang))
    with switch:
        shown = widgets.view_switch(
            "bn_view",
            VIEWS,
            {v: t(f"bn.view_{v}", lang) for v in VIEWS},
            t("playground.view", lang),
        )
    # the figure full width, the controls and sentences under it: beside the controls, five
    # histograms a row were 74 px wide at 1024×768 on a projector
    figure_col = st.container()
    side, words = st.columns([1, 2.2], gap="medium")

    def apply_step(name: str) -> None:
        keys = ("bn_view", "bn_init", "bn_act", "bn_lr")
        for key, value in zip(keys, steps.PRESETS[name], strict=True):
            st.session_state[key] = value

    with side:
        step = study.selector("batch-normalization", steps.STEPS, lang, apply_step)
        hiding = study.is_open("batch-normalization", step)  # the figure waits for the answer
        init = widgets.choice(
            t("init.init", lang),
            "bn_init",
            list(networks.INITS),
            "normal",
            lambda k: t(f"init.{k}", lang),
        )
        act = widgets.choice(
            t("init.activation", lang),
            "bn_act",
            list(networks.ACTIVATIONS),
            "sigmoid",
            lambda k: t(f"init.act.{k}", lang),
        )
        lr = widgets.choice(
            t("bn.probe_lr", lang), "bn_lr", [f"{r:g}" for r in batchnorm.RATES], "0.1", str
        )
        ask_area = st.container()  # "Ask the class first", once the statistics are in

    names = {k: t(f"bn.{k}", lang) for k in ("plain", "bn")}
    with st.spinner(t("bn.computing", lang)):
        stats = compute.bn_stats(init, act)
        training = compute.bn_training(init, act)
        probes = compute.bn_probes(init, act, float(lr))
    sentences = claims.batch_norm(stats, training, probes, act, lang)
    with ask_area:
        kit.ask_number("batch-normalization", lambda: asks.batch_norm(stats, act, init), lang)

    drawn: dict[str, dict] = {}  # the figures drawn, by name: what a step's reveal reads

    def draw(name: str, fig, **kwargs) -> None:
        drawn[name] = fig.to_dict()
        if not hiding:
            widgets.chart(fig, **kwargs)

    with figure_col:
        if shown == "layers":
            for which in ("plain", "bn"):
                draw(
                    which,
                    network_figures.layer_histograms(
                        stats[which],
                        titles=[t("bn.layer", lang, k=k + 1) for k in range(len(stats[which]))],
                        row_title=names[which],
                        colour=COLOURS[which],
                        x_title=t("bn.activation", lang),
                        height=HIST_HEIGHT,
                        narrow=kit.narrow(),
                        cols=3,
                        # each layer on its own axis: ReLU's layers without BN spread 5.87 to
                        # 1.4e4, and on one shared axis layers 1–3 were one bar at 0
                        own_range=True,
                    ),
                    key=f"bn_hist_{which}",
                    menu=(lambda shown: None) if which == "plain" else None,
                    theme=None,
                    config={"displaylogo": False},
                )
        elif shown == "rates":
            series = [
                lesson_figures.Series(
                    f"ε = {r:g} · {names[which]}",
                    RATE_COLOURS[i],
                    training.steps,
                    getattr(training, which)[i],
                    dash="solid" if which == "bn" else "dot",
                    # a run whose loss overflows after its first logged point: a line needs two
                    markers=claims.lone_points(getattr(training, which)[i]),
                )
                for which in ("plain", "bn")
                for i, r in enumerate(batchnorm.RATES)
            ]
            draw(
                "rates",
                lesson_figures.lines_figure(
                    series,
                    x_title=t("figure.step", lang),
                    y_title=t("bn.train_loss", lang),
                    log_y=True,
                    height=430,
                ),
                key="bn_rates",
                theme=None,
                config={"displaylogo": False},
            )
            if not hiding:  # why the two start apart
                st.caption(claims.start(training, compute.bn_start_spreads(init, act), lang))
        elif shown == "smoothness":
            draw(
                "smoothness",
                figures.smoothness_figure(
                    probes.steps,
                    {"plain": probes.plain, "bn": probes.bn},
                    names=names,
                    colours=COLOURS,
                    titles=[
                        t("bn.loss_band", lang),
                        t("bn.predictiveness", lang),
                        t("bn.beta", lang),
                    ],
                    x_title=t("figure.step", lang),
                ),
                key="bn_smooth",
                theme=None,
                config={"displaylogo": False},
            )
        else:
            draw(
                "inputs",
                lesson_figures.lines_figure(
                    [
                        lesson_figures.Series(
                            t(f"bn.{how}", lang),
                            lesson_figures.SERIES_COLOURS[i],
                            training.steps,
                            training.preprocessing[i],
                            # raw pixels under He + ReLU: 13.9 at step 0, then NaN
                            markers=claims.lone_points(training.preprocessing[i]),
                        )
                        for i, how in enumerate(batchnorm.PREPROCESSING)
                    ],
                    x_title=t("figure.step", lang),
                    y_title=t("bn.train_loss", lang),
                    log_y=_positive(training.preprocessing),
                    height=430,
                ),
                key="bn_inputs",
                theme=None,
                config={"displaylogo": False},
            )

        if step is not None:  # the question, or its reveal read from the drawn figure
            study.question(
                "batch-normalization",
                step,
                lang,
                lambda answer: steps.feedback(step, answer, drawn, lang),
            )
    with words:
        if not hiding:  # the lesson's sentences wait while a question is open
            st.markdown(sentences[shown])
        st.latex(_BN_RULE % PHI_LATEX[act])
    if not hiding:
        st.markdown("\n".join(f"- {sentences[v]}" for v in VIEWS if v != shown))
    st.caption(t("bn.setup", lang, hidden=len(stats["bn"]), width=batchnorm.WIDTH))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
