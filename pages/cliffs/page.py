"""Cliffs and exploding gradients (note 000): one step on the wall throws the parameters far;
gradient clipping keeps the step under control."""

from __future__ import annotations

import contextlib

import numpy as np
import streamlit as st

import landscapes
import optimizers
from pages.cliffs import claims, steps
from ui import compute, figures, kit, lesson_figures, rooms, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


NAME = "cliff"
# walks the plateau with ‖g‖ < 1 (c = 1 cuts no step there) and meets the wall at step 7 with
# ε = 0.2: ‖g‖ = 91.4, the unclipped step 18.3 long, the clipped one ε·c = 0.2. From y = 1.5 the
# plateau's ‖g‖ was 1.52 > c: clipping cut steps 1–3 there, and the clipped run then crossed the
# wall on a step it did not cut (‖g‖ = 0.93), so the figure did not show clipping at the wall
START = (-0.3, 0.8)
CLIPPED_COLOUR = "#009E73"
LEGEND_Y = 1.06  # the contour legend's bottom, clear of the y axis's top tick label
# on a phone a unit of y is drawn 1.6× as tall as a unit of x (cliffs.phone_x says so): at 1.5
# the 264 px wide plot was 148–149 px tall, under the 150 every plotting area needs
PHONE_STRETCH = 1.6


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    ls = landscapes.get(NAME)
    notice_area = st.container()
    st.title(t("page.cliffs.title", lang))

    # a medium gap and a wider figure column: the cliff's 16 × 6 domain is drawn to scale, so
    # its contour is as tall as its column is wide allows (379×142 px at 1024×768 with the
    # projector on, in a 2.6 : 1 column beside a large gap); the controls keep their width
    controls, view = st.columns([1, 2.8], gap="medium")
    with view:
        figure_area = st.container()
        # on a phone the study steps and their question right under the contour (in the
        # controls' column the Check was 1 190 px below its top), then the learning rate and
        # the clipping, not a screen and more down after the start
        study_area = study.phone_area()
        phone = kit.narrow()
        phone_controls = st.container() if phone else None
        # on a phone what the runs did comes after the learning rate (under the figure they
        # pushed the ε slider 960 px down, beyond one screen of the figure's top)
        said_area = st.container() if phone else None
        below = st.container()
    # the ‖g‖ and ‖Δθ‖ charts across the page under the figure row on a desktop (two in the
    # figure's column were 175×159 px at 1024×768 with the projector on); on a phone under
    # the figure's column, before the start and the other controls
    charts_area = below if phone else st.container()
    # what the lesson shows, under the figure row: the figure comes first
    st.info(t("cliffs.notice", lang), icon=":material/visibility:")

    def apply_step(name: str) -> None:
        st.session_state.update(steps.PRESETS[name])

    with controls:
        step = study.selector("cliffs", steps.STEPS, lang, apply_step, study_area)
        hiding = study.is_open("cliffs", step)  # the runs wait for the answer
        sx, sy = kit.start_picker(ls.domain, START, lang, keys=("sx", "sy"))
        with phone_controls if phone_controls is not None else st.container():
            lr = widgets.hyperparam(optimizers.SPECS["lr"], "cliff_lr", lang, default=0.2)
            n_steps = widgets.number_slider(
                t("playground.steps", lang), "n", low=1, high=200, default=40, step=1, integer=True
            )
            clipping = widgets.toggle(t("cliffs.clip_on", lang), "clipping", default=True)
            threshold = widgets.number_slider(
                t("cliffs.threshold", lang),
                "c",
                low=0.1,
                high=20.0,
                default=1.0,
                step=0.1,
                help=t("playground.clip_help", lang),
            )
        st.latex(
            r"\begin{aligned} &\lVert g \rVert > c \;\Rightarrow \\"
            r" &g \leftarrow \frac{c\, g}{\lVert g \rVert} \end{aligned}"
        )
        st.latex(r"\theta \leftarrow \theta - \varepsilon\, g")
        st.caption(t("cliffs.caption", lang))

    lanes = (("sgd", (("lr", float(lr)),)),)
    start = (float(sx), float(sy))
    free = compute.trajectories(NAME, start, int(n_steps), lanes)[0]
    runs = [(free, t("cliffs.free", lang), figures.palette.colour("sgd"), "solid")]
    if clipping:
        clipped = compute.trajectories(
            NAME, start, int(n_steps), lanes, (("clip", float(threshold)),)
        )[0]
        # when clipping never acts the two runs are one path: the clipped one dashed on top,
        # so the unclipped one shows through (solid, green hid blue)
        same = claims.coincide(free, clipped, float(threshold), lang)
        dash = "dash" if same is not None else "solid"
        runs.append((clipped, t("cliffs.clipped", lang, c=f"{threshold:g}"), CLIPPED_COLOUR, dash))

    paths = [
        figures.PathView(
            tr.optimizer,
            label,
            tr.points,
            tr.losses,
            tr.step_lengths,
            tr.diverged_at,
            colour_override=colour,
            dash=dash,
        )
        for tr, label, colour, dash in runs
    ]
    labels = figure_labels(lang)
    if hiding:  # each run at its start only: the question is still open
        paths = [p.at_start() for p in paths]

    with figure_area:
        shown = widgets.view_switch(
            "cliff_view",
            ["contour", "3d"],
            {v: t(f"playground.tab_{v}", lang) for v in ("contour", "3d")},
            t("playground.view", lang),
        )
        if shown == "contour":
            contour = compute.landscape_contour(
                NAME,
                paths,
                # "x", not "x (parameter 1)": at 390 px the longer title was cut at "1.6× tal"
                # (the y axis's title names parameter 2 beside it)
                {**labels, "x": t("cliffs.phone_x", lang, x="x", s=f"{PHONE_STRETCH:g}")}
                if phone
                else labels,
                # a phone: the 16 × 6 domain to scale was a strip 294×110 px even without
                # the colour bar; y drawn PHONE_STRETCH× as tall as to scale (the x axis's title says
                # so: a line under it pushed the study steps' answers off the first
                # screen) makes it 280×158 in the same 300 px, and 24 px on the right keep
                # the x axis's last tick "10" (with 10, Plotly hid it). 440: the colour
                # bar's row under the plot on a desktop
                height=300 if phone else 440,
                colour_bar=not phone,
                y_stretch=PHONE_STRETCH if phone else 1,
                margin_right=24 if phone else None,
                # its width is what sets its height: the colour bar under it, not beside
                # (405×152 px at 1024×768 with the projector on, 398×149 with a scrollbar)
                colour_bar_below=True,
                animate=False,
            )
            # the legend's row a little higher: at 1.01 its box hid the top half of the y
            # axis's top tick "3" (1280×720)
            legend = contour.to_dict()["layout"]["legend"]
            legend.update(y=LEGEND_Y, yanchor="bottom")
            if clipping and same is not None:  # one path: the clipped one a dashed line
                # without markers on top, so the unclipped run's markers show through
                for trace in contour.to_dict()["data"]:
                    if trace.get("name") == runs[1][1] and trace.get("mode") == "lines+markers":
                        trace["mode"] = "lines"
            widgets.chart(
                contour,
                key="cliff_contour",
                theme=None,
                config={"displaylogo": False},
            )
            # the class predicts the unclipped run, the one a cliff throws (on a phone under the
            # study steps: a learner alone meets the steps first)
            with below if phone else contextlib.nullcontext():
                kit.ask_the_class(rooms.Setup(NAME, start, int(n_steps), lanes), lang)
        else:
            surface = figures.surface_figure(
                *compute.surface(NAME, 80), paths, labels=labels, height=420
            )
            # three z ticks, not five: on the long thin cliff box (x 15 wide, y 4) the z
            # labels "8 6 4 2" ran into each other and into the x tick "−5" at 1024×768
            scene = surface.to_dict()["layout"]["scene"]
            scene["zaxis"]["nticks"] = 3
            widgets.chart(
                surface,
                key="cliff_3d",
                theme=None,
                config={"displaylogo": False},
            )
    # which runs diverged, what the throw did and whether the clipped run settles, under the
    # figure (the figure first, in one place at every ε: above it these pushed its bottom off
    # a projector's screen)
    with figure_area, said_area if said_area is not None else contextlib.nullcontext():
        widgets.divergence_alert([(p.label, p.diverged_at) for p in paths], lang)
        thrown = claims.thrown(free, lang, ls.domain)
        if thrown is not None and not hiding:
            st.warning(thrown, icon=":material/bolt:")
        if clipping and same is not None and not hiding:
            st.caption(same)
        # where clipping acted (which steps, where, their ‖g‖), and a wall the clipped run
        # crossed on a step it did not cut
        for said in (
            claims.clip_acted(clipped, float(lr), float(threshold), lang)
            if (clipping and not hiding)
            else ()
        ):
            st.caption(said)
        # what each run did at its end, from its drawn points: stopped, crawling (ε tiny, the
        # gradient not), bouncing or moving (the unclipped run when no throw says it)
        ends = [(free, False)] + ([(clipped, True)] if clipping else [])
        for run, is_clipped in ends if not hiding else ():
            # when and where a run is outside the drawn ranges, and whether it came back
            left = claims.left_picture(run, is_clipped, ls.domain, lang)
            if left is not None:
                st.caption(left)
            said = claims.fate(
                run,
                is_clipped,
                float(lr),
                float(threshold),
                ls.domain,
                lang,
                thrown=not is_clipped and thrown is not None,
            )
            if said is not None:
                st.caption(said)
    with below:
        if step is not None:
            study.question(
                "cliffs",
                step,
                lang,
                lambda answer: steps.feedback(
                    step,
                    answer,
                    free.step_lengths,
                    np.linalg.norm(free.raw_grads, axis=1),
                    clipped.step_lengths if clipping else None,
                    float(lr),
                    float(threshold),
                    lang,
                ),
            )
        if hiding:
            with notice_area:
                widgets.show_url_notices(lang)
            return
        left, right = charts_area.columns(2)
        with left:
            widgets.chart(
                lesson_figures.lines_figure(
                    [
                        lesson_figures.Series(
                            p.label,
                            p.colour,
                            # the gradient step k uses, at step k (as the step chart)
                            np.arange(1, claims.drawn_steps(tr) + 1),
                            np.linalg.norm(tr.raw_grads[: claims.drawn_steps(tr)], axis=1),
                            dash=p.dash,
                        )
                        for p, (tr, *_) in zip(paths, runs, strict=True)
                    ],
                    x_title=t("figure.step", lang),
                    # two lines (cliffs.grad_norm): in one the plot's height cut it at both
                    # ends, on a phone and at 1280×720
                    y_title=t("cliffs.grad_norm", lang),
                    log_y=True,
                    height=300,
                ),
                key="cliff_grad",
                theme=None,
                config={"displaylogo": False},
            )
        with right:
            widgets.chart(
                lesson_figures.lines_figure(
                    [
                        lesson_figures.Series(
                            p.label,
                            p.colour,
                            np.arange(1, claims.drawn_steps(tr) + 1),
                            tr.step_lengths[: claims.drawn_steps(tr)],
                            dash=p.dash,
                        )
                        for p, (tr, *_) in zip(paths, runs, strict=True)
                    ],
                    x_title=t("figure.step", lang),
                    y_title=t("figure.step_length", lang),
                    log_y=True,
                    height=300,
                ),
                key="cliff_step",
                theme=None,
                config={"displaylogo": False},
            )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
