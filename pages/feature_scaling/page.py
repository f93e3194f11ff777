"""Feature scaling (note 001): one regression, its centred features in raw, standardised and
min-max units; the same least loss in every panel, elongated vs round contours, and the steps
gradient descent needs on each at its best step size 2/(λ_min + λ_max)."""

from __future__ import annotations

import numpy as np
import streamlit as st

import optimizers
from models import datasets
from pages.feature_scaling import asks, claims, steps
from pages.feature_scaling import compute as fs
from ui import compute, figures, kit, lesson_figures, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


START = fs.SCALING_START
SHOWN_DOWN_TO = 1e-10  # an excess curve is drawn down to this share of the start's
COLOURS = lesson_figures.SERIES_COLOURS
PAIRED = ("standard", "minmax")  # what the switch can draw beside the raw features


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    def view_box(problem) -> tuple:
        """A square box around the start and the minimum (the contours keep their true shape)."""
        lo = np.minimum(START, problem.minimum)
        hi = np.maximum(START, problem.minimum)
        centre, half = (lo + hi) / 2, 0.65 * max(hi - lo) + 1e-3
        return tuple((float(c - half), float(c + half)) for c in centre)

    notice_area = st.container()
    # the stage: the title and the two controls in one row, the three contours right under it
    title, top_steps, top_tol = st.columns([1.3, 1, 1], vertical_alignment="bottom")
    title.title(t("page.scaling.title", lang))
    features, _ = datasets.two_scales()
    with top_steps:
        n_steps = widgets.number_slider(
            t("scaling.path_steps", lang),
            "fs_n",
            low=1,
            high=500,
            default=50,
            step=1,
            integer=True,
            help=t(
                "scaling.path_steps.help", lang, max=f"{fs.SCALING_MAX_STEPS:,}".replace(",", " ")
            ),
        )
    with top_tol:
        exponent = widgets.number_slider(
            t("scaling.tol", lang), "fs_tol", low=-8, high=-1, default=-4, step=1, integer=True
        )
    rel_tol = 10.0 ** int(exponent)

    def apply_step(name: str) -> None:
        st.session_state.update(steps.PRESETS[name])

    # two contours side by side, raw always on the left: three in a row were 97 px wide on a
    # projector at 1024×768, too small to see the elongation the lesson is about
    beside = widgets.view_switch(
        "fs_vs",
        PAIRED,
        {how: t(f"scaling.{how}", lang) for how in PAIRED},
        t("scaling.beside", lang),
    )
    panels = ("raw", beside)
    phone = kit.narrow()
    if phone:  # the raw contour, the study steps and their question (with the reveal's curve)
        # within a screen of it, then the second contour: stacked, the two contours put the
        # question's Check 1 200 px below the first and its curve 950 px below the reveal
        raw_col, stage, reveal_slot, beside_col = (st.container() for _ in range(4))
        cols = {"raw": raw_col, beside: beside_col}
    else:
        cols = dict(zip(panels, st.columns(2), strict=True))
        stage = st.container()  # under the panels: the study steps, so the figure stays first
        reveal_slot = None
    with stage:
        step = study.selector("feature-scaling", steps.STEPS, lang, apply_step)
    hiding = study.is_open("feature-scaling", step)  # the step counts wait for the answer
    curves = []
    hits = {}
    for k, how in enumerate(datasets.SCALINGS):
        p = compute.problem(how)
        hit, excess = fs.steps_to_tol(how, rel_tol)
        hits[how] = hit
        # the curve until it reaches float32's floor (a flat line after that says nothing).
        # At the best ε these curves lie on the bound under the formula, up to rounding: below
        # 10⁻¹⁰ the rounding showed (standardised 1.26×, min–max 1.85× the bound at 10⁻¹⁴)
        floor = np.flatnonzero(excess <= SHOWN_DOWN_TO * excess[0])
        shown = excess[: floor[0] + 1] if floor.size else excess
        traj = optimizers.run("sgd", p.loss, START, int(n_steps), lr=p.best_lr)
        path = figures.PathView(
            how,
            t(f"scaling.{how}", lang),
            traj.points,
            traj.losses,
            traj.step_lengths,
            traj.diverged_at,
            colour_override=COLOURS[k],
        )
        curves.append(
            lesson_figures.Series(
                t(f"scaling.{how}", lang),
                COLOURS[k],
                np.arange(1, len(shown)),
                shown[1:] / excess[0],
            )
        )
        if how not in panels:
            continue
        with cols[how]:
            formula = {
                "raw": r"x_j - \mu_j",
                "standard": r"\tfrac{x_j - \mu_j}{\sigma_j}",
                "minmax": r"\tfrac{2(x_j - \mu_j)}{\max_j - \min_j}",
            }[how]
            # name and formula on one line: two panels leave room for it, and the line saved
            # keeps the contours on a 1280×720 projector's screen
            st.markdown(f"**{t(f'scaling.{how}', lang)}** ${formula}$")
            widgets.chart(
                compute.problem_contour(
                    how,
                    view_box(p),
                    # while a question is open each path is its start only: the notice says the
                    # paths wait for the answer (both were drawn, the standardised one at ★ in a
                    # step, giving away the next step's answer too)
                    [path.at_start() if hiding else path],
                    figure_labels(lang) | {"x": "w₁", "y": "w₂"},
                    height=320,
                    legend=False,
                ),
                key=f"fs_{how}",
                theme=None,
                config={"displaylogo": False},
            )
            if hiding:
                continue
            st.markdown(claims.facts(p, hit, fs.SCALING_MAX_STEPS, lang))
    notice, data = claims.feature_scaling(
        features,
        {how: compute.problem(how) for how in datasets.SCALINGS},
        hits,
        fs.SCALING_MAX_STEPS,
        lang,
    )
    if step is not None:
        drawn = {how: (c.x, c.y) for how, c in zip(datasets.SCALINGS, curves, strict=True)}
        with stage:
            study.question(
                "feature-scaling",
                step,
                lang,
                lambda answer: steps.feedback(step, answer, drawn, lang),
            )
    if hiding:  # no step counts, no curves: the question is still open
        with notice_area:
            widgets.show_url_notices(lang)
        return
    st.info(notice, icon=":material/visibility:")
    kit.ask_number("feature-scaling", lambda: asks.feature_scaling(hits, int(exponent)), lang)
    st.caption(data)
    st.latex(  # two lines: one was wider than a phone
        r"\begin{gathered}\kappa = \frac{\lambda_{\max}}{\lambda_{\min}},\qquad "
        r"\varepsilon^{*} = \frac{2}{\lambda_{\min} + \lambda_{\max}}\\ "
        r"\frac{L_t - L^{*}}{L_0 - L^{*}} \le \Big(\frac{\kappa - 1}{\kappa + 1}\Big)^{2t}"
        r"\end{gathered}"
    )
    st.caption(t("scaling.terms", lang))
    # on a phone the reveal's curve right under the reveal that reads it
    with reveal_slot if reveal_slot is not None and step is not None else st.container():
        widgets.chart(
            lesson_figures.lines_figure(
                curves,
                x_title=t("figure.step", lang),
                y_title=t("scaling.excess", lang),
                log_y=True,
                log_x=True,
                height=320,
            ),
            key="fs_curves",
            theme=None,
            config={"displaylogo": False},
        )
        # a curve that ends early says why: it is drawn down to SHOWN_DOWN_TO, no further
        ends = {
            c.label: (int(c.x[-1]), float(c.y[-1]))
            for c in curves
            if len(c.x) and c.y[-1] <= SHOWN_DOWN_TO
        }
        if ends:
            st.caption(claims.cut(ends, SHOWN_DOWN_TO, lang))
        for how, c in zip(datasets.SCALINGS, curves, strict=True):
            # a curve that stops falling says why: float32's rounding on this problem, not the
            # maths (its closed form keeps falling) nor float32 itself (the others go lower)
            flat_at = fs.flat_from(c.y)
            if flat_at is not None:
                exact = fs.exact_excess(how, int(c.x[-1]))
                others = {o.label: float(np.nanmin(o.y)) for o in curves if o is not c}
                kappa = compute.problem(how).condition
                st.caption(
                    claims.floor(c.label, c.x, c.y, flat_at, fs.FLAT, exact, kappa, others, lang)
                )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
