"""The edge of stability (Cohen et al., ICLR 2021; note 001's stability rule ελ_max < 2):
full-batch gradient descent on a small network, its sharpness λ_max rising to 2/ε and hovering
there while the loss keeps falling; beside it a quadratic, whose λ_max never moves."""

from __future__ import annotations

import contextlib
import math

import streamlit as st

from models import edge_of_stability as eos
from pages.edge_of_stability import asks, claims, compute, figures, steps
from ui import kit, shell, study, widgets
from ui.i18n import t

lang = shell.current_language(__file__)


RATES = [f"{r:g}" for r in eos.RATES]
DEFAULT = [f"{r:g}" for r in eos.DEFAULT_RATES]


def linked_alpha() -> float:
    """The link's α before its slider exists (a link that opens a step), else 0."""
    try:
        alpha = float(st.query_params.get("eos_alpha", 0.0))
    except ValueError:
        return 0.0
    return alpha if 0.0 <= alpha <= 0.9 else 0.0


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.eos.title", lang))
    figure_area = st.container()  # the figure first, controls under it (also on a phone)
    # on a phone the rates right under the figure, the study steps after them (after the steps
    # the rates began a screen below the figure's top)
    phone_controls = st.container() if kit.narrow() else None

    def apply_step(name: str) -> None:
        # the steps ask about plain gradient descent (2/ε, 2/λ): α held at 0 while one is
        # chosen, the α it replaced kept to be given back when the steps are closed
        st.session_state.setdefault(steps.PINNED, st.session_state.get("eos_alpha", linked_alpha()))
        st.session_state["eos_lr"], st.session_state["eos_alpha"] = steps.PRESETS[name]

    step = study.selector("edge-of-stability", steps.STEPS, lang, apply_step)
    before = st.session_state.get(steps.PINNED)
    if step is None and before is not None:  # the steps closed: the α they held at 0 back
        st.session_state["eos_alpha"] = st.session_state.pop(steps.PINNED)
    elif step is not None:  # whatever the link or a stale slider says, the steps' α
        st.session_state["eos_alpha"] = steps.PRESETS[step.preset][1]
    # on a phone the held α's line under the step's question (beside the slider it pushed the
    # question's answer 911 px below the figure's top)
    held_area = st.container() if kit.narrow() else None
    hiding = study.is_open("edge-of-stability", step)  # the curves wait for the answer
    with phone_controls if phone_controls is not None else contextlib.nullcontext():
        pick, slide, rule = st.columns([2.2, 1, 1.2], gap="medium")
    with pick:
        chosen = widgets.choices(
            t("eos.rates", lang), "eos_lr", RATES, DEFAULT, str, widget=st.pills
        )
    with slide:
        momentum = widgets.number_slider(
            t("eos.momentum", lang),
            "eos_alpha",
            low=0.0,
            high=0.9,
            default=0.0,
            step=0.1,
            help=t("eos.momentum_help", lang),
            disabled=step is not None,
        )
        if step is not None:  # said beside the slider: the step set α, and what it was
            momentum = steps.PRESETS[step.preset][1]
            (held_area or st).caption(steps.alpha_notice(momentum, float(before or 0.0), lang))
    with rule:
        if momentum == 0:
            st.latex(r"\theta \leftarrow \theta - \varepsilon \nabla L(\theta)")
            st.latex(r"\varepsilon\,\lambda_{\max} < 2")
        else:
            st.latex(r"v \leftarrow \alpha v - \varepsilon \nabla L(\theta)")
            st.latex(r"\theta \leftarrow \theta + v")
            st.latex(r"\varepsilon\,\lambda_{\max} < 2(1+\alpha)")

    # how λ_max is measured, full width: in the rule column its formulas were cut
    with st.expander(t("eos.rule.title", lang)):
        st.markdown(t("eos.rule.body", lang))
        st.latex(
            r"\lambda_{\max} \approx \hat\lambda = \max_{y \in \mathcal{K}_k}"
            r"\frac{y^{\top} H y}{y^{\top} y}"
        )
        st.latex(r"\mathcal{K}_k = \operatorname{span}\{v, Hv, \dots, H^{k-1}v\}")
        tol = round(math.log10(eos.TOL))
        st.latex(
            # two lines: on one, a 中文 phone cut it at 390 px
            rf"\begin{{gathered}}\text{{{t('eos.lanczos_until', lang)}}} \\"
            rf" \lVert H y - \hat\lambda y \rVert \le 10^{{{tol}}}\,\hat\lambda\end{{gathered}}"
        )
        st.latex(r"H v = \frac{\partial}{\partial r}\,\nabla L(\theta + r v)\Big|_{r=0}")
        st.caption(t("eos.setup", lang))

    rates = sorted(float(r) for r in chosen)
    if len(rates) > eos.MAX_RATES:
        rates = rates[: eos.MAX_RATES]
        notice_area.warning(
            t("eos.too_many", lang, rates=", ".join(f"{r:g}" for r in rates)),
            icon=":material/info:",
        )
    with figure_area:
        if not rates:
            st.info(t("eos.none", lang), icon=":material/info:")
        else:
            runs = compute.edge_runs(tuple(rates), float(momentum), t("eos.computing", lang))
            diverged = [eos.fate(runs, i).diverged_at for i in range(len(runs.rates))]
            fig = figures.edge_figure(
                runs,
                compute.edge_quadratic(runs),
                labels={
                    "network": t("eos.network", lang),
                    "loss": t("eos.loss", lang),
                    "step": t("figure.step", lang),
                    "limit": "2/ε" if momentum == 0 else "2(1+α)/ε",
                },
                quadratic_steps=compute.QUADRATIC_STEPS,
                diverged_at=diverged,
                narrow=kit.narrow(),
            )
            if not hiding:
                widgets.chart(fig, key="eos_chart", theme=None, config={"displaylogo": False})
                beyond = claims.off_chart(fig.to_dict(), lang)
                if beyond:  # a dashed limit line above the λ axis: say where it is
                    st.caption(beyond)
        if step is not None and rates:  # the question, or its reveal read from the drawn figure
            study.question(
                "edge-of-stability",
                step,
                lang,
                lambda answer: steps.feedback(step, answer, fig.to_dict(), lang),
            )
    if rates and not hiding:
        fates, quadratic = claims.edge_of_stability(runs, lang)
        widgets.divergence_alert(
            [(f"ε = {lr:g}", step) for lr, step in zip(runs.rates, diverged, strict=True)], lang
        )
        st.markdown("\n".join(f"- {sentence}" for sentence in fates))
        st.caption(quadratic)
        kit.ask_number("edge-of-stability", lambda: asks.edge_of_stability(runs), lang)

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
