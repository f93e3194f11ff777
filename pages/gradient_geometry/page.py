"""The gradient's geometry (notes 004 and 001): at any point of a surface, the directional
derivative D_u L = ∇L·u over every direction, the contour's tangent where it is zero, and the
radius within which the first-order Taylor model behind gradient descent holds."""

from __future__ import annotations

import streamlit as st

import landscapes
import optimizers
from pages.gradient_geometry import asks, claims
from pages.gradient_geometry import compute as geo
from pages.gradient_geometry import figures as taylor_figures
from pages.gradient_geometry import steps as study_steps
from ui import compute, figures, kit, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


SURFACES = landscapes.names(dim=2)
VIEWS = ["plane", "3d"]
CONTOUR_HEIGHT = 440
POLAR_HEIGHT = 330  # its disc ≥ 200 px across under the figure in every desktop view
GRID_3D = 64


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    def reset_point() -> None:
        ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, SURFACES[0]))
        st.session_state["gx"], st.session_state["gy"] = ls.start
        st.session_state["g_lr"] = ls.lr_hint[0]

    def apply_step(name: str) -> None:
        """A study step's view: every widget it names set to its value."""
        st.session_state.update(study_steps.VIEWS[name])

    notice_area = st.container()
    tapped_ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, SURFACES[0]))
    box = st.session_state.get("_g_box", tapped_ls.domain)  # the zoomed window as drawn
    point = kit.tap_on_surface("g_contour", tapped_ls, box)  # moves the point
    if point is not None:
        st.session_state["gx"], st.session_state["gy"] = (round(v, 2) for v in point)
    figure_col, side = st.columns([1.6, 1], gap="medium")
    with figure_col:
        # the title and the view switch over the figure, not in a row over both columns: the
        # column beside the figure starts at the top, and its sliders end within the first
        # screen at 1280×720 with the projector on (τ ended at 728 px)
        st.title(t("page.geometry.title", lang))
        shown = widgets.view_switch(
            "g_view",
            VIEWS,
            {v: t(f"geometry.view_{v}", lang) for v in VIEWS},
            t("playground.view", lang),
        )
        figure_area = st.container()
        # on a phone the study steps and their question right under the figure (in the column
        # beside it they came after its sliders: the Check 1 600 px below the figure's top)
        study_area = study.phone_area()
        # on a phone what the figure's marks mean under the study steps (above them it put the
        # Check 1 020 px below the figure's top)
        caption_area = st.container() if kit.narrow() else figure_area
        # on a phone the surface and the point's sliders right under the figure: in their row
        # under both columns they came after the polar and its sentences, a screen and more down
        phone_slot = st.container() if kit.narrow() else None
        # on a phone the figure's Download menu under its sliders: over the study steps it
        # pushed the question's Check to 855 px below the figure's top
        menu_area = st.container() if kit.narrow() else None
        # the polar and its sentences under the figure: in the column beside it the polar's
        # disc was 159 px across at 1024×768 with the projector on (200 wanted) and pushed
        # the point's sliders and τ a screen down
        polar_area = st.container()

    def menu(key: str):
        """The chart's downloads: in place, or on a phone in `menu_area`."""
        if menu_area is None:
            return None

        def draw(shown) -> None:
            with menu_area:
                widgets.downloads(shown, key)

        return draw

    with side:  # the study steps head the column beside the figure
        step = study.selector("gradient-geometry", study_steps.STEPS, lang, apply_step, study_area)
        hiding = study.is_open("gradient-geometry", step)  # the directions and step wait
        question_area = st.container()  # an open question under its step buttons
        # the surface, θ, ε and τ beside the figure, under the study steps, two to a row: in a
        # row under both columns they sat a screen below the fold at 1024×768 with the
        # projector on, the figure out of sight while they moved
        side_slot = st.container() if phone_slot is None else None
        # "Ask the class first" after the study steps (under the polar it came before them)
        ask_area = st.container()
    if phone_slot is not None:
        controls = [phone_slot.container() for _ in range(5)]
    else:
        surface_slot = side_slot.container()
        point_row = side_slot.columns(2, gap="small", vertical_alignment="bottom")
        rate_row = side_slot.columns(2, gap="small", vertical_alignment="bottom")
        controls = [surface_slot, point_row[0], point_row[1], rate_row[0], rate_row[1]]

    with controls[0]:
        name = widgets.landscape(
            t("playground.landscape", lang),
            "landscape",
            SURFACES,
            SURFACES[0],
            lang,
            on_change=reset_point,
        )
    ls = landscapes.get(name)
    (xlo, xhi), (ylo, yhi) = ls.domain
    with controls[1]:
        x = widgets.number_slider("θ₁ (x)", "gx", low=xlo, high=xhi, default=ls.start[0], step=0.01)
    with controls[2]:
        y = widgets.number_slider("θ₂ (y)", "gy", low=ylo, high=yhi, default=ls.start[1], step=0.01)
    with controls[3]:
        lr = widgets.hyperparam(optimizers.SPECS["lr"], "g_lr", lang, default=ls.lr_hint[0])
    with controls[4]:
        tau = widgets.number_slider(
            t("geometry.tau", lang),
            "g_tau",
            low=0.01,
            high=1.0,
            default=0.2,
            step=0.01,
            help=t("geometry.tau_help", lang),
        )

    geom = geo.geometry(name, (float(x), float(y)), float(lr))
    radius = geom.trust_radius(float(tau))
    labels = (
        figure_labels(lang)
        | {
            key: t(f"geometry.{key}", lang)
            for key in (
                "trust",
                "tangent",
                "gradient",
                "descent",
                "step",
                "landing",
                "predicted",
                "plane",
                "directional",
                "zero",
            )
        }
        | {"point": t("geometry.point", lang)}
    )
    width = xhi - xlo

    with figure_area:
        if shown == "plane":
            box = st.session_state["_g_box"] = taylor_figures.view_box(geom, radius, ls.domain)
            traces, arrows = taylor_figures.contour_overlay(
                geom, radius, width=box[0][1] - box[0][0], labels=labels, box=box
            )
            if hiding:  # the point only: the gradient, tangent and step answer the question
                traces, arrows = traces[-1:], []
            widgets.chart(
                geo.window_contour(
                    name,
                    box,
                    [],
                    labels,
                    click_grid=figures.CLICK_GRID,
                    animate=False,
                    height=CONTOUR_HEIGHT,
                    extra=traces,
                    arrows=arrows,
                    legend=False,
                ),
                key="g_contour",
                menu=menu("g_contour"),
                theme=None,
                config={"displaylogo": False, "scrollZoom": False},
            )
            # while the question is open the caption names only what is drawn: θ (it named
            # the arrows the question hides)
            caption = "geometry.caption_hidden" if hiding else "geometry.caption_plane"
            caption_area.caption(t(caption, lang) + " " + t("geometry.click_hint", lang))
        else:
            xs, ys, z = compute.surface(name, GRID_3D)
            # θ, the step's ends and the circle at their true heights: the z axis holds them
            keep = (
                []
                if hiding
                else taylor_figures.marked_heights(geom, radius, ls.domain, width=width)
            )
            bounds = figures.surface_range(z, keep=keep)
            widgets.chart(
                figures.surface_figure(
                    xs,
                    ys,
                    z,
                    [],
                    labels=labels,
                    height=CONTOUR_HEIGHT,
                    keep=keep,
                    extra=[]
                    if hiding
                    else taylor_figures.tangent_plane(
                        geom, radius, ls.domain, bounds, width=width, labels=labels
                    ),
                ),
                key="g_surface",
                menu=menu("g_surface"),
                theme=None,
                config={"displaylogo": False},
            )
            if not hiding:  # open, the surface alone is drawn: nothing for it to name
                caption_area.caption(t("geometry.caption_3d", lang))

    with question_area:
        if step is not None:
            study.question(
                "gradient-geometry",
                step,
                lang,
                lambda answer: study_steps.feedback(
                    step,
                    answer,
                    geom.angles,
                    geom.directional.astype("float32").astype(float),  # as the polar draws
                    geom.loss,
                    geom.loss + geom.step.actual,
                    geom.step.landing.astype("float32").astype(float),
                    -geom.step.predicted,
                    lang,
                ),
                # what this page hides: the arrows and the polar (it said "the runs", and this
                # page draws none)
                hidden_key="geometry.study_hidden",
            )
    with polar_area:
        if not hiding:  # the polar and its sentences wait for the answer
            st.markdown(f"**{t('geometry.polar_title', lang)}**")
            widgets.chart(
                taylor_figures.directional_polar(geom, labels=labels, height=POLAR_HEIGHT),
                key="g_polar",
                menu=lambda shown: None,  # the directions are in the sentences under it
                theme=None,
                config={"displaylogo": False, "displayModeBar": False},
            )
            st.markdown(
                "\n".join(f"- {s}" for s in claims.gradient_geometry(geom, float(tau), lang))
            )
            with ask_area:
                kit.ask_number(
                    "gradient-geometry", lambda: asks.gradient_geometry(geom, float(tau)), lang
                )

    with st.expander(t("geometry.rule", lang)):
        st.latex(r"D_u L(\theta) = \nabla L(\theta)^{\top} u = \lVert \nabla L \rVert \cos\varphi")
        st.latex(r"L(\theta + \delta) \approx L(\theta) + \nabla L(\theta)^{\top} \delta")
        st.latex(
            r"\delta = -\varepsilon \nabla L:\quad \Delta L \approx -\varepsilon \lVert \nabla L \rVert^2"
        )
        # on three lines: on one it ran past a phone's width and the projector's at 1024×768
        st.latex(
            r"\begin{aligned} &r_\tau = \max\{ r : \\"
            r"&\quad |L(\theta + s u) - L(\theta) - s \nabla L^{\top} u| \\"
            r"&\quad \le \tau\, s \lVert \nabla L \rVert,\ \forall s \le r,\ \lVert u \rVert = 1 \}"
            r" \end{aligned}"
        )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
