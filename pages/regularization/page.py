"""L1 vs L2 regularisation (note 002): the data loss with the L2 circle and the L1 diamond,
the regularised minimum's path as λ grows, and early stopping on the same model."""

from __future__ import annotations

import numpy as np
import streamlit as st

import optimizers
from optimizers import minibatch
from pages.regularization import asks, claims, steps
from pages.regularization import compute as reg
from ui import compute, kit, lesson_figures, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


SET_BY_STEP = "_reg_set_by_step"  # (λ before, λ the step set) when a step moved λ
DOMAIN = ((-0.6, 3.0), (-1.3, 2.3))
COLOURS = lesson_figures.SERIES_COLOURS
ES_STEPS = 300
LEGEND_ROWS = 4  # the L2 contour's entries: stopped gradient descent, path, circle, solution


def menu_in(area, key: str):
    """A chart's Download menu placed in `area` rather than right under the chart."""

    def menu(shown) -> None:
        with area:
            widgets.downloads(shown, key)

    return menu


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    train, validation = compute.problem("train"), compute.problem("validation")
    labels = figure_labels(lang) | {"x": "w₁", "y": "w₂"}

    def line(points, name, colour, dash="solid", width=3) -> dict:
        return dict(
            type="scatter",
            x=np.asarray(points)[:, 0].tolist(),
            y=np.asarray(points)[:, 1].tolist(),
            mode="lines",
            line=dict(color=colour, width=width, dash=dash),
            name=name,
            hoverinfo="skip",
        )

    def marker(point, name, colour) -> dict:
        return dict(
            type="scatter",
            x=[float(point[0])],
            y=[float(point[1])],
            mode="markers",
            marker=dict(size=18, color=colour, line=dict(width=2, color="white")),
            name=name,
            hovertemplate=name + " (%{x:.3f}, %{y:.3f})<extra></extra>",
        )

    notice_area = st.container()
    # the stage: the title and λ in one row, the two contours right under it
    title, lam_col = st.columns([2, 1], vertical_alignment="bottom")
    title.title(t("page.reg.title", lang))
    with lam_col:
        lam = widgets.number_slider(
            t("reg.lam", lang), "reg_lam", low=0.0, high=1.5, default=0.3, step=0.01
        )

    l2_all, l1_all = reg.regularisation_paths()
    w2 = minibatch.l2_path(train, [float(lam)])[0]
    w1 = minibatch.l1_path(train, [float(lam)])[0]
    w1 = np.where(np.abs(w1) < 1e-6, 0.0, w1)  # soft thresholding gives exact zeros; drop −0.0

    angle = np.linspace(0, 2 * np.pi, 241)
    circle = np.linalg.norm(w2) * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    r1 = np.abs(w1).sum()
    diamond = r1 * np.array([[1, 0], [0, 1], [-1, 0], [0, -1], [1, 0]], dtype=float)

    # early stopping: plain GD on the training loss from 0, the same model
    gd = optimizers.run("sgd", train.loss, (0.0, 0.0), ES_STEPS, lr=1.0)
    train_curve = train.loss_np(gd.points)
    val_curve = validation.loss_np(gd.points)
    best_step = int(np.argmin(val_curve))

    def apply_step(name: str) -> None:
        # a step's preset that moves a control the learner had set says so (SET_BY_STEP)
        preset = steps.PRESETS[name]
        before = st.session_state.get("reg_lam", st.query_params.get("reg_lam"))
        try:
            moved = before is not None and abs(float(before) - preset["reg_lam"]) > 1e-9
        except ValueError:  # a bad link value: its own notice says so
            moved = False
        st.session_state[SET_BY_STEP] = (float(before), preset["reg_lam"]) if moved else None
        st.session_state.update(preset)

    # the two contours side by side, right under the title; the study steps under them
    phone = kit.narrow()
    if phone:  # a phone: the L2 contour, the study steps and question, then L1 (under
        # both contours the question's Check was 1 600 px below the first one's top); the L2
        # contour's Download menu under the question (above it the Check ended 896–929 px
        # below the contour's top)
        left, stage, l2_menu, right = (st.container() for _ in range(4))
    else:
        left, right = st.columns(2, gap="medium")
        stage, l2_menu = st.container(), None
    with stage:
        step = study.selector("regularization", steps.STEPS, lang, apply_step)
        moved = st.session_state.get(SET_BY_STEP)
        if step is not None and moved and float(st.session_state.get("reg_lam", -1)) == moved[1]:
            st.caption(t("reg.step.sets", lang, new=f"{moved[1]:g}", old=f"{moved[0]:g}"))
        elif moved:  # the learner moved λ again, or left the steps: the notice has done its job
            st.session_state[SET_BY_STEP] = None
    hiding = study.is_open("regularization", step)  # the solutions wait for the answer
    for col, norm, w, shape, path, colour in (
        (left, "l2", w2, circle, l2_all, COLOURS[0]),
        (right, "l1", w1, diamond, l1_all, COLOURS[1]),
    ):
        # the objective each panel minimises, short enough for one line beside the title (with
        # "min_w" the L2 title wrapped at 1024×768 with the projector on, 中文, and its plot
        # sat 35 px below L1's)
        objective = {
            "l2": r"L(w) + \tfrac{\lambda}{2}\lVert w\rVert_2^2",
            "l1": r"L(w) + \lambda \lVert w\rVert_1",
        }[norm]
        extra = [
            line(path, t("reg.path", lang), colour, dash="dot"),
            line(shape, t(f"reg.{norm}_shape", lang), colour, width=4),
            marker(w, t("reg.solution", lang, lam=f"{lam:g}"), colour),
        ]
        if hiding:  # the data loss's contours only
            extra = []
        elif norm == "l2":
            extra.insert(0, line(gd.points[: best_step + 1], t("reg.gd", lang), COLOURS[2]))
        with col:
            st.markdown(f"**{t(f'reg.{norm}', lang)}** · ${objective}$")
            key = f"reg_{norm}"
            widgets.chart(
                # a phone's square plot is as wide as the screen allows: 455 px left it empty
                # space above and below
                # both legends in a band of as many rows as the longer one (L2's four): a
                # legend that wrapped made L2's plot 274 px to L1's 327 at 1280×720; without
                # the projector's larger title row 500 px still end on the first screen
                compute.problem_contour(
                    "train",
                    DOMAIN,
                    [],
                    labels,
                    height=400 if phone else 455 if widgets.projector_on() else 500,
                    extra=extra,
                    legend_rows=LEGEND_ROWS,
                ),
                key=key,
                theme=None,
                config={"displaylogo": False},
                menu=menu_in(l2_menu, key) if norm == "l2" and l2_menu is not None else None,
            )
            if hiding:
                continue
            st.markdown(claims.value(w, float(lam), lang))
    if step is not None:
        drawn = dict(
            lam=float(lam),
            l2=w2,
            l1=w1,
            l2_path=l2_all,
            l1_path=l1_all,
            val=val_curve,
            stopped=gd.points[best_step],
        )
        with stage:
            study.question(
                "regularization", step, lang, lambda a: steps.feedback(step, a, drawn, lang)
            )
    if hiding:
        with notice_area:
            widgets.show_url_notices(lang)
        return
    st.info(
        claims.notice(reg.REG_LAMBDAS, l2_all, l1_all, w1, float(lam), lang),
        icon=":material/visibility:",
    )
    kit.ask_number(
        "regularization",
        lambda: asks.regularisation(reg.REG_LAMBDAS, l1_all, val_curve, ES_STEPS),
        lang,
    )
    st.caption(t("reg.data", lang, n=train.n) + " " + t("reg.shapes", lang))
    st.latex(r"\hat y = w^\top x,\qquad L = \tfrac{1}{2n}\textstyle\sum_i (\hat y_i - y_i)^2")
    st.subheader(t("reg.es.title", lang))
    left, right = st.columns([1.6, 1])
    with left:
        widgets.chart(
            lesson_figures.lines_figure(
                [
                    lesson_figures.Series(
                        t("reg.es.train", lang), COLOURS[0], np.arange(ES_STEPS + 1), train_curve
                    ),
                    lesson_figures.Series(
                        t("reg.es.val", lang), COLOURS[1], np.arange(ES_STEPS + 1), val_curve
                    ),
                    lesson_figures.Series(
                        t("reg.es.best", lang, k=best_step),
                        "#000000",
                        np.array([best_step, best_step]),
                        np.array([min(train_curve.min(), val_curve.min()), val_curve.max()]),
                        dash="dash",
                    ),
                ],
                x_title=t("figure.step", lang),
                y_title=t("figure.loss", lang),
                height=340,
            ),
            key="reg_es",
            theme=None,
            config={"displaylogo": False},
        )
    with right:
        st.markdown(claims.early_stopping(gd.points, val_curve, l2_all, reg.REG_LAMBDAS, lang))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
