"""Long-term dependencies (note 000): a recurrence multiplies by the same W at every step, so
Wᵗv explodes along eigenvalues |λ| > 1 and vanishes along |λ| < 1."""

from __future__ import annotations

import numpy as np
import streamlit as st

from models import networks
from pages.long_term_dependencies import asks, claims
from pages.long_term_dependencies import steps as study_steps
from ui import kit, lesson_figures, registry, shell, study, widgets
from ui.figures import axes_only
from ui.i18n import t

lang = shell.current_language(__file__)


V0 = (1.0, 1.0)
COLOURS = lesson_figures.SERIES_COLOURS


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.ltd.title", lang))
    # the two charts first, side by side across the page: beside the controls each was
    # 139 px wide at 1024×768 on a projector, and the norm's legend ran onto its plot
    left, right = st.columns(2)
    controls, view = st.columns([1.45, 2.55], gap="large")
    # what the lesson shows, under the figure row: the figure comes first
    st.info(t("ltd.notice", lang), icon=":material/visibility:")

    def apply_step(name: str) -> None:
        keys = ("lam1", "lam2", "ltd_t")
        for key, value in zip(keys, study_steps.PRESETS[name], strict=True):
            st.session_state[key] = value

    with controls:
        step = study.selector("long-term-dependencies", study_steps.STEPS, lang, apply_step)
        hiding = study.is_open("long-term-dependencies", step)  # the curves wait for the answer
        lam1 = widgets.number_slider("λ₁", "lam1", low=-1.5, high=1.5, default=1.1, step=0.01)
        lam2 = widgets.number_slider("λ₂", "lam2", low=-1.5, high=1.5, default=0.5, step=0.01)
        steps = widgets.number_slider(
            "t", "ltd_t", low=5, high=200, default=40, step=1, integer=True
        )
        st.caption(t("ltd.setup", lang))

    w = networks.recurrence_matrix(float(lam1), float(lam2))
    path = networks.orbit(w, V0, int(steps))
    norms = np.linalg.norm(path, axis=1)
    lam_max = max(abs(lam1), abs(lam2))
    ts = np.arange(len(norms))
    # the asymptote c·|λ_max|ᵗ, c fitted at the last step with a nonzero norm (the other
    # eigen-component has faded), in log space: |λ|⁻²⁰⁰ alone overflows at small |λ|
    reference = claims.reference_line(norms, lam_max)

    # W = 0 (λ₁ = λ₂ = 0): ‖Wᵗv‖ is exactly 0 from step 1, which a log axis cannot draw; the
    # start is then a lone point, drawn as a dot, and there is no c·0ᵗ line to draw
    zeros = bool(np.any(norms == 0))
    series = [lesson_figures.Series(t("ltd.norm", lang), COLOURS[1], ts, norms, markers=zeros)]
    if lam_max > 0:
        series.append(
            lesson_figures.Series(
                t("ltd.reference", lang, lam=f"{lam_max:g}"),
                "#000000",
                ts,
                reference,
                dash="dash",
            )
        )
    norm_fig = lesson_figures.lines_figure(
        series,
        x_title="t",
        y_title="‖Wᵗv‖",
        log_y=True,
        height=420,
    )

    def ask() -> None:
        """The step's question, or once answered its reveal read from the drawn ‖Wᵗv‖."""
        if step is not None:
            study.question(
                "long-term-dependencies",
                step,
                lang,
                lambda answer: study_steps.feedback(step, answer, norm_fig.to_dict(), lang),
                hidden_key="study.hidden" if kit.narrow() else "ltd.study_hidden",
            )

    with view:
        # the rule in the wide column: in the controls' it was cut at 1024×768
        st.latex(r"W = V \begin{pmatrix} \lambda_1 & 0 \\ 0 & \lambda_2 \end{pmatrix} V^{-1}")
        st.latex(r"W^t = V \begin{pmatrix} \lambda_1^t & 0 \\ 0 & \lambda_2^t \end{pmatrix} V^{-1}")
        if hiding:  # no verdict and no curve until the question is answered: their axes only
            with left:
                st.empty()
            with right:
                if not kit.narrow():  # on a phone the answer stays right under the steps
                    widgets.chart(
                        axes_only(norm_fig, (0, int(steps))),
                        key="ltd_norm_frame",
                        theme=None,
                        config={"displaylogo": False},
                    )
            ask()
            with notice_area:
                widgets.show_url_notices(lang)
            return
        kind, verdict = claims.verdict(float(lam1), float(lam2), norms, lang, start=V0)
        alert = {"explode": st.error, "vanish": st.warning, "steady": st.success}[kind]
        icon = {"explode": "trending_up", "vanish": "trending_down", "steady": "trending_flat"}
        alert(verdict, icon=f":material/{icon[kind]}:")
        with left:
            fig = lesson_figures.lines_figure(
                [
                    lesson_figures.Series(
                        t("ltd.orbit", lang), COLOURS[0], path[:, 0], path[:, 1], markers=True
                    )
                ],
                x_title="x",
                y_title="y",
                height=420,
            )
            widgets.chart(fig, key="ltd_orbit", theme=None, config={"displaylogo": False})
        with right:
            widgets.chart(norm_fig, key="ltd_norm", theme=None, config={"displaylogo": False})
        ask()
        st.markdown(t("ltd.gradients", lang))
        kit.ask_number(
            "long-term-dependencies",
            lambda: asks.long_term(lam1, lam2, int(steps), float(norms[-1])),
            lang,
        )
        cliffs = next(p for p in registry.every_page() if p.url_path == "cliffs")
        st.page_link(
            cliffs.file,
            label=t(cliffs.title_key, lang),  # the lesson it opens, named by its own title
            icon=":material/landslide:",
        )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
