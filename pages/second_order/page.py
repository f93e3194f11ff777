"""Second-order steps (note 001 【结论1】, note 003; Goodfellow 8.6): the step g/h in 1-D beside
AdaGrad's g/√Σg², Newton jumping onto a saddle where noisy gradient descent and saddle-free
Newton escape, and what a Newton step costs on a network."""

from __future__ import annotations

import numpy as np
import streamlit as st

import landscapes
from models import digits
from models import second_order as model
from optimizers.specs import DAMPING, LR
from pages.second_order import claims
from pages.second_order import compute as so
from pages.second_order import figures as sofig
from pages.second_order import steps as study_steps
from ui import compute, figures, kit, lesson_figures, palette, rooms, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)

VIEWS = ("1d", "2d", "cost")
TABLE_ROWS = 8
CONFIG = {"displaylogo": False}


def ask(step, asking, x, f, name: str = "") -> None:
    """A study step's question in `asking` (above the figure while open, under it once
    answered); its reveal read from the drawn Newton path."""
    if step is not None:
        with asking:
            study.question(
                "second-order",
                step,
                lang,
                lambda answer: study_steps.feedback(step, answer, x, f, lang, name),
                compact=widgets.projector_on(),  # projector type: the answer beside its Check
            )


def phone_downloads(rest, key: str):
    """On a phone the chart's Download menu in `rest` (under the study question); None on a wider
    screen: under the chart."""
    if rest is None:
        return None

    def menu(shown) -> None:
        with rest:
            widgets.downloads(shown, key)

    return menu


def one_d(view, controls, below, asking, step=None, rest=None) -> None:
    """Newton's g/h and AdaGrad's g/√Σg² on a curve, step by step. `rest` (a phone's): where the
    curve and the Download menu go, under the study question."""

    def reset_start() -> None:
        st.session_state["so_x0"] = landscapes.get(st.session_state["so_curve"]).start[0]

    with view:  # the figure, then its main control right under it (a phone's first screen)
        figure_area = st.container()
    with view if rest is None else rest:
        name = widgets.choice(
            t("lr1d.curve", lang),
            "so_curve",
            so.CURVES_1D,
            so.CURVES_1D[0],
            lambda n: t(landscapes.get(n).title_key, lang),
            on_change=reset_start,
        )
    hiding = study.is_open("second-order", step)  # the runs wait for the answer
    with controls:
        curve = landscapes.get(name)
        ((lo, hi),) = curve.domain
        x0 = widgets.number_slider(
            t("lr1d.start", lang), "so_x0", low=lo, high=hi, default=curve.start[0], step=0.01
        )
        steps = widgets.number_slider(
            t("lr1d.iters", lang), "so_n1", low=1, high=30, default=8, step=1, integer=True
        )
        lr = widgets.hyperparam(LR, "so_lr", lang, default=1.0, label=t("so.adagrad_lr", lang))
        # one short formula a line: the controls column is ~200 px at 1024 px with the projector
        st.latex(r"x \leftarrow x - \frac{g}{h}")
        st.latex(r"g = f'(x)")
        st.latex(r"h = f''(x)")
        st.latex(r"r \leftarrow r + g^2")
        small = r"\small " if widgets.projector_on() else ""  # projector type: a narrow column
        st.latex(small + r"x \leftarrow x - \frac{\varepsilon\, g}{\delta + \sqrt{r}}")
        if not hiding:  # it says where −f′/f″ goes where f″ < 0: the steps' answers
            st.caption(t("so.1d.note", lang))

    newton, adagrad = so.one_d(name, float(x0), int(steps), float(lr))
    shown = slice(0, 1) if hiding else slice(None)  # while hiding, each run at its start
    xs, fx = compute.surface(name, 600)
    labels_run = (t("so.newton", lang), t("so.adagrad", lang, lr=f"{lr:g}"))
    colours = (palette.colour("newton"), palette.colour("adagrad"))
    paths = [
        sofig.Line(label, colour, run.x[: run.last + 1][shown], run.f[: run.last + 1][shown])
        for label, colour, run in zip(labels_run, colours, (newton, adagrad), strict=True)
    ]
    divisors = [
        sofig.Line(label, colour, np.arange(len(run.h))[shown], run.h[shown])
        for label, colour, run in zip(labels_run, colours, (newton, adagrad), strict=True)
    ]
    with figure_area:
        widgets.chart(
            sofig.steps_1d(
                xs,
                fx,
                paths,
                divisors,
                domain=(lo, hi),
                labels={"step": t("figure.step", lang), "h": t("so.1d.divisor", lang)},
                narrow=kit.narrow(),
            ),
            key="so_1d",
            theme=None,
            config=CONFIG,
            menu=phone_downloads(rest, "so_1d"),
        )
    ask(step, asking, newton.x[: newton.last + 1], newton.f[: newton.last + 1])
    if hiding:
        return
    with below:
        sentences = claims.sentences_1d(name, newton, adagrad, float(lr), lang)
        st.markdown("\n".join(f"- {s}" for s in sentences))
        rows = claims.table_1d(newton, adagrad, TABLE_ROWS)
        if rows:  # both runs stopped at their start: no step to tabulate
            st.markdown(f"**{claims.table_heading(len(rows), lang)}**")
            st.table(rows, hide_index=True)


def two_d(view, controls, below, asking, step=None, rest=None) -> None:
    """Newton, saddle-free Newton and gradient descent (with and without noise) from one start.
    `rest` (a phone's): where the surface, the markers' caption and the Download menu go, under
    the study question."""

    def reset_start() -> None:
        st.session_state["so_x"], st.session_state["so_y"] = so.STARTS_2D[
            st.session_state["so_surface"]
        ]

    with view:  # the figure, then its main control right under it (a phone's first screen)
        figure_area = st.container()
    with view if rest is None else rest:
        name = widgets.choice(
            t("playground.landscape", lang),
            "so_surface",
            so.SURFACES_2D,
            so.SURFACES_2D[0],
            lambda n: t(landscapes.get(n).title_key, lang),
            on_change=reset_start,
        )
        caption_area = st.container()
    hiding = study.is_open("second-order", step)  # the runs wait for the answer
    with controls:
        ls = landscapes.get(name)
        start = kit.start_picker(ls.domain, so.STARTS_2D[name], lang, keys=("so_x", "so_y"))
        damping = widgets.hyperparam(
            DAMPING, "so_damping", lang, default=0.0, label=t("so.damping_newton", lang)
        )
        sfn_damping = widgets.hyperparam(
            DAMPING,
            "so_sfn_damping",
            lang,
            default=so.SFN_DAMPING,
            label=t("so.damping_sfn", lang),
        )
        sigma = widgets.number_slider(
            t("playground.noise", lang),
            "so_sigma",
            low=0.0,
            high=1.0,
            default=0.1,
            step=0.01,
            help=t("playground.noise_help", lang),
        )
        steps = widgets.number_slider(
            t("playground.steps", lang), "so_n2", low=1, high=200, default=60, step=1, integer=True
        )
        # short lines (the column is ~180 px at 1024 px with the projector), each Δ in its
        # rule's colour: Newton's, then saddle-free Newton's
        # ε = 1 here: both Newton rules take their whole step (the runs pass lr = 1)
        st.latex(r"\theta \leftarrow \theta - \Delta")
        st.latex(r"M\Delta = g")
        size = r"\small" if widgets.projector_on() else ""  # projector type: ~9 symbols a line
        for rule, h in (("newton", "H"), ("saddle_free_newton", "|H|")):
            colour = palette.colour(rule)
            st.latex(rf"{size} \color{{{colour}}}{{M = {h} + \lambda I}}")
        if not hiding:  # it says undamped Newton steps towards the saddle: the step's answer
            st.caption(t("so.2d.note", lang))

    lr = so.gd_lr(name)
    runs = so.runs_2d(name, start, int(steps), float(damping), float(sfn_damping), float(sigma))
    labels_run = [
        t("so.gd", lang, lr=f"{lr:g}"),
        t("so.sfn", lang, damping=f"{sfn_damping:g}"),
        t("so.newton_damped", lang, damping=f"{damping:g}"),
        t("so.gd_noise", lang, lr=f"{lr:g}", sigma=f"{sigma:g}")
        if sigma > 0
        else t("so.gd_noise_none", lang),
    ]
    paths = [
        figures.PathView(
            tr.optimizer, label, tr.points, tr.losses, tr.step_lengths, tr.diverged_at, dash=dash
        )
        for tr, label, dash in zip(
            runs, labels_run, ["solid", "solid", "solid", "dot"], strict=True
        )
    ]
    newton = paths[2]  # undamped by default: the step's path, as the contour draws it
    ask(step, asking, newton.shown.astype(np.float32).astype(float), newton.losses, newton.label)
    if hiding:  # each run at its start only
        paths = [p.at_start() for p in paths]
    with figure_area:
        # with no bottom, leaving the picture is the lesson: said below
        if not claims.unbounded(name):
            widgets.divergence_alert([(p.label, p.diverged_at) for p in paths], lang)
        widgets.chart(
            sofig.distinguish(
                compute.landscape_contour(
                    name,
                    paths,
                    figure_labels(lang),
                    animate=False,
                    # a phone: 390 px (at 420 the saddle step's Check ended 865 px below its top)
                    height=390 if kit.narrow() else 520,
                    colour_bar=False,  # the paths are the lesson, not the loss levels
                    # wider than a phone: the four names one a row in a band above the plot
                    # (Plotly's two wrapped rows covered the top y tick and the contour's top)
                    legend_rows=None if kit.narrow() else len(paths),
                ),
                labels_run,
            ),
            key="so_contour",
            theme=None,
            config=CONFIG,
            menu=phone_downloads(rest, "so_contour"),
        )
    with caption_area:
        st.caption(t("so.2d.markers", lang) + " · " + claims.start_line(name, start, lang))
    if hiding:
        return
    with below:
        sentences = claims.sentences_2d(name, paths, lang)
        escape = claims.escapes(name, paths, lang)
        first = claims.newton_step(name, paths[2], float(damping), lang)
        if first:
            sentences.append(first)
        if name == "bowl":
            sentences.insert(0, claims.bowl_count(paths, lr, lang))
        if escape:
            sentences.append(escape)
        st.markdown("\n".join(f"- {s}" for s in sentences))
        if name == "bowl":  # whatever the condition number: the same start on x²/κ + y²
            st.markdown(f"**{t('so.kappa.title', lang)}**")
            st.table(claims.kappa_rows(start, lang), hide_index=True)
        kit.ask_the_class(
            rooms.Setup(
                name, tuple(map(float, start)), int(steps), so.lanes_2d(name, damping, sfn_damping)
            ),
            lang,
        )
        floor = ls.min_loss
        widgets.chart(
            lesson_figures.lines_figure(
                [
                    lesson_figures.Series(
                        p.label,
                        p.colour,
                        np.arange(len(p.shown)),
                        p.losses[: len(p.shown)] - (floor or 0.0),
                        dash=p.dash,
                    )
                    for p in paths
                ],
                x_title=t("figure.step", lang),
                y_title=t("figure.loss_minus_min" if floor is not None else "figure.loss", lang),
                log_y=floor is not None,
                height=400,  # four names in the legend row: the plot keeps ≥ 150 px
            ),
            key="so_loss",
            theme=None,
            config=CONFIG,
        )
        gaps = claims.log_gaps(paths, floor, lang)
        if gaps:
            st.markdown(f"- {gaps}")


def cost(view, controls, below, step=None) -> None:
    """What a Newton step costs, and L-BFGS against Adam on the digits MLP, measured."""
    with controls:
        st.latex(r"H \in \mathbb{R}^{d \times d}:\ d^2")
        st.latex(r"\Delta\theta = -H^{-1} g")
        st.latex(r"\tfrac{2}{3} d^3\ \text{flop}")
        st.caption(t("so.cost.note", lang))
    with view:
        with st.spinner(t("so.race.computing", lang)):
            r = so.race()
        colours = {"lbfgs": lesson_figures.SERIES_COLOURS[0], "adam": palette.colour("adam")}
        names = {n: t(f"so.{n}", lang, lr=f"{model.ADAM_LR:g}") for n in r.names}
        by_step = [
            sofig.Line(names[n], colours[n], np.arange(len(loss)), loss, markers=False)
            for n, loss in zip(r.names, r.losses, strict=True)
        ]
        by_time = [
            sofig.Line(names[n], colours[n], sec, loss, markers=False)
            for n, loss, sec in zip(r.names, r.losses, r.seconds, strict=True)
        ]
        widgets.chart(
            sofig.race(
                by_step,
                by_time,
                labels={
                    "step": t("figure.step", lang),
                    "seconds": t("so.race.seconds", lang),
                    "loss": t("so.race.loss", lang, n=r.n_train),
                    "loss_short": t("so.race.loss_short", lang),
                    "by_time": t("so.race.by_time", lang),
                },
                narrow=kit.narrow(),
            ),
            key="so_race",
            theme=None,
            config=CONFIG,
        )
        layers = " → ".join(map(str, digits.LAYERS))
        d = dict(model.app_networks())["digits"]
        st.caption(
            t("so.race.what", lang, layers=layers, d=f"{d:,}".replace(",", " "), n=r.n_train)
        )
    with below:
        st.markdown("\n".join(f"- {s}" for s in claims.race_sentences(r, lang)))
        rate = so.flops()
        costs = model.costs(rate)
        st.markdown(f"**{t('so.cost.table', lang)}**")
        st.table(claims.cost_table(costs, lang), hide_index=True)
        st.markdown("\n".join(f"- {s}" for s in claims.cost_sentences(costs, rate, lang)))


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.second.title", lang))
    shown = widgets.view_switch(
        "so_view", VIEWS, {v: t(f"so.view.{v}", lang) for v in VIEWS}, t("playground.view", lang)
    )
    # the figure, its controls beside it (under it on a phone), what it shows under both
    view, controls = st.columns([3, 1], gap="medium")
    below = st.container()

    def apply_step(name: str) -> None:
        """A study step's view: every widget it names set to its value."""
        st.session_state.update(study_steps.VIEWS[name])

    # on a phone the study steps and their question right under the figure (in the controls'
    # column, the question under the figure's sentences was 1 900 px below the figure's top),
    # then the view's curve or surface and the Download menu (above the steps, the Check of the
    # 2-D view's step stood 1 141 px below the figure's top, the 1-D view's 964 px)
    with view:
        asked = st.container()  # an open step's question: first, in the figure's place
        stage = st.container()  # the view's figure and main control
        revealed = st.container()  # an answered step's reveal: under the drawn paths
        study_area = study.phone_area()
        rest = st.container() if kit.narrow() else None
    with controls:  # the study steps head the controls beside the figure
        step = study.selector("second-order", study_steps.STEPS, lang, apply_step, study_area)
    if step is not None and study_steps.VIEWS[step.preset]["so_view"] != shown:
        step = None  # a step of another view: this view stays the free explorer
    # the question on the first screen, above the figure at its start (under the figure's
    # sentences it stood at y = 2 058 px at 1024×768, its Check at 2 182)
    asking = asked if study.is_open("second-order", step) else revealed
    if shown == "cost":
        cost(stage, controls, below)
    else:
        {"1d": one_d, "2d": two_d}[shown](stage, controls, below, asking, step, rest)
    with notice_area:
        widgets.show_url_notices(lang)


lesson()
