"""Playground: several optimizers race on one surface. Thin: widgets → math → figures."""

from __future__ import annotations

import contextlib
import dataclasses

import numpy as np
import streamlit as st

import landscapes
import optimizers
from pages.playground import claims as lesson_claims
from pages.playground import steps as study_steps
from ui import (
    claims,
    compute,
    explain,
    export,
    figures,
    kit,
    optimizer_ui,
    palette,
    presets,
    rooms,
    shell,
    study,
    widgets,
)
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)

LANDSCAPES = landscapes.names(dim=2)
OPTIMIZERS = optimizers.names()
DEFAULT_LANDSCAPE = presets.PLAYGROUND_LANDSCAPE
DEFAULT_OPTIMIZERS = list(presets.PLAYGROUND_OPTIMIZERS)
DEFAULT_STEPS = presets.PLAYGROUND_STEPS
MAX_STEPS = 500
GRID = 400  # contour picture resolution: sharp on a projector, ~30 kB as a banded PNG
CONTOUR_HEIGHT = 470  # with the title row (and a wrapped view switch) above it, wholly on a
# 1280×720 or 1024×768 screen
CONTOUR_HEIGHT_PROJECTOR = 460  # projector type makes the rows above it taller
CONTOUR_HEIGHT_NARROW = 460  # a phone: the width sets the plot; no blank band around it
GRID_3D = 64
VIEWS = ["contour", "step", "3d", "curves"]


PHONE_PLOT_WIDTH = 298  # a 390 px phone: the chart's width less its margins (no colour bar)
# A domain wider than this (x span over y span) is drawn with y stretched to it, and the x
# axis's title says so: the cliff's 16 × 6 to scale was a 372×140 px plot at 1024×768 with the
# projector on, under the 150 px every plotting area needs (a desktop's: a phone's plot is
# drawn to scale)
MAX_ASPECT = 2.0


def y_stretch(domain) -> float | int:
    """How many times as tall as a unit of x a unit of y is drawn: 1 (to scale) unless the
    domain is wider than MAX_ASPECT, then to about MAX_ASPECT (one decimal, as printed)."""
    (xlo, xhi), (ylo, yhi) = domain
    aspect = (xhi - xlo) / (yhi - ylo)
    return round(aspect / MAX_ASPECT, 1) if aspect > MAX_ASPECT else 1


def contour_height(domain=None, animate: bool = True) -> int:
    """A phone's width sets the plot, drawn to scale: a wide surface (the elongated bowl,
    16 × 8) gets a plot as tall as it needs, not a blank band above and below it (460 px
    pushed the study question's Check past a screen); on a projector the rows above it are
    taller."""
    if kit.narrow():
        if domain is None:
            return CONTOUR_HEIGHT_NARROW
        (xlo, xhi), (ylo, yhi) = domain
        plot = PHONE_PLOT_WIDTH * (yhi - ylo) / (xhi - xlo)
        # the legend row above; below the axis, and Play with the step slider when animated
        frame = 40 + (157 + 30 if animate else 50 + 10)
        return int(min(CONTOUR_HEIGHT_NARROW, frame + plot))
    return CONTOUR_HEIGHT_PROJECTOR if widgets.projector_on() else CONTOUR_HEIGHT


HEAD_SIZE, HEAD_STEP = 22, 6  # the last run's head (px), and each earlier run's larger by


def nested_heads(fig) -> None:
    """Each run's head (its end marker, and its current point in every frame) one size: the
    first run's the largest, each later one `HEAD_STEP` px smaller, drawn on top of it. All
    22 px, a head at nearly the same point hid the one under it (the default race: SGD's end
    (−2.549, 0.00003) under Adam's (−2.575, −0.076), four runs in the legend, three ends);
    nested, each shows as a ring round the next."""
    spec = fig.to_dict()
    data = spec.get("data", [])
    heads = [i for i, tr in enumerate(data) if tr.get("name") == "head"]

    def sized(marker: dict, k: int) -> dict:
        sizes = list(marker.get("size", []))
        if sizes:
            sizes[-1] = HEAD_SIZE + HEAD_STEP * (len(heads) - 1 - k)
        return {**marker, "size": sizes}

    for k, i in enumerate(heads):
        data[i] = {**data[i], "marker": sized(data[i]["marker"], k)}
    for frame in spec.get("frames", []):
        at = {index: n for n, index in enumerate(frame.get("traces", []))}
        for k, i in enumerate(heads):
            if i in at and "marker" in frame["data"][at[i]]:
                entry = frame["data"][at[i]]
                frame["data"][at[i]] = {**entry, "marker": sized(entry["marker"], k)}


def hp_key(opt: str, hp: str) -> str:
    return f"{opt}-{hp}"


SHOWN_HPS = ("lr", "momentum")  # the settings named beside the figure: ε, and α where it has one


def settings_line(chosen, hps: dict[str, dict[str, float]], lang: str) -> str:
    """Which ε (and α) each drawn run uses, as one line under the figure: each optimizer's
    ε lives on its own tab, so the one tab in view need not be the one every run uses
    (the default's SGD at ε = 0.1 beside momentum at its own ε)."""
    sep, comma = ("；", "，") if lang == "zh" else ("; ", ", ")
    runs = []
    for name in chosen:
        own = hps.get(name, {})
        # a rule with neither ε nor α (AdaDelta: ρ and δ) names its own settings: it read
        # "AdaDelta ; Delta-bar-Delta ε = 0.05", nothing after its name
        shown = [hp for hp in SHOWN_HPS if hp in own] or list(own)
        values = [f"${optimizers.SPECS[hp].symbol} = {own[hp]:g}$" for hp in shown]
        runs.append(" ".join([t(optimizers.get(name).title_key, lang), comma.join(values)]).strip())
    return t("playground.settings_line", lang, runs=sep.join(runs))


def reset_start() -> None:
    """A new surface starts from its own start point with step sizes that suit it."""
    ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, DEFAULT_LANDSCAPE))
    st.session_state["x0"], st.session_state["y0"] = ls.start
    for opt in OPTIMIZERS:
        if "lr" in optimizers.get(opt).hp_names:
            st.session_state[hp_key(opt, "lr")] = optimizer_ui.suggested_lr(opt, ls.lr_hint)


def apply_preset() -> None:
    name = st.session_state.get("preset")
    if name is None:
        return
    st.session_state["preset"] = None  # the pills are one-click actions, not a state
    use_preset(presets.PRESETS[name])


def apply_step(name: str) -> None:
    """A study step's view: a lecture preset, or one of the steps' own."""
    use_preset(presets.PRESETS.get(name) or study_steps.VIEWS[name])


def use_preset(preset: presets.Preset) -> None:
    st.session_state["landscape"] = preset.landscape
    st.session_state["opt"] = list(preset.optimizers)
    st.session_state["steps"] = preset.steps
    st.session_state["x0"], st.session_state["y0"] = preset.start
    for opt in OPTIMIZERS:
        for spec in optimizers.get(opt).hyperparams:
            value = preset.optimizers.get(opt, {}).get(spec.name, spec.default)
            st.session_state[hp_key(opt, spec.name)] = value
    st.session_state["noise"] = preset.noise
    st.session_state["clip"] = 0.0
    st.session_state["schedule"] = "constant"


def start_from_tap() -> None:
    """A click or a finger on the contour: the start goes there (a marked point near it is
    that point); while a study step asks for a point, the learner's guess goes there instead.
    Runs before the start sliders and the guess's inputs exist in this run."""
    ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, DEFAULT_LANDSCAPE))
    asking = study.point_step("playground", study_steps.STEPS)
    if asking is not None:
        point = kit.tap("contour", ls.domain)
        if point is not None:
            study.take_tap("playground", asking, point)
        return
    point = kit.tap_on_surface("contour", ls)
    if point is not None:
        st.session_state["x0"], st.session_state["y0"] = (round(v, 2) for v in point)


def matching_preset(landscape, chosen, steps, start, hps) -> presets.Preset | None:
    for preset in presets.PRESETS.values():
        if (preset.landscape, list(preset.optimizers), preset.steps, preset.start) != (
            landscape,
            chosen,
            steps,
            start,
        ):
            continue
        wanted = {
            opt: optimizers.get(opt).defaults() | dict(values)
            for opt, values in preset.optimizers.items()
        }
        if all(wanted[opt] == hps[opt] for opt in chosen):
            return preset
    return None


def race_downloads(shown, trajs, settings: dict, setup: rooms.Setup | None, area=None) -> None:
    """The contour's downloads beside the race's own: trajectories with their settings, and
    an animated GIF. `shown` is the figure as drawn (projector style included). Then the
    button that asks the class about this view (`setup`) before it is revealed. In `area`
    when given (a phone: under the study question)."""
    with area if area is not None else contextlib.nullcontext():
        _race_downloads(shown, trajs, settings, setup)


def _race_downloads(shown, trajs, settings: dict, setup: rooms.Setup | None) -> None:
    if setup is not None:  # on a row of its own: projector type at 1024 px fits no third menu
        kit.ask_the_class(setup, lang)
    figure_menu, race_menu, _ = st.columns([1, 1.25, 0.5])  # wide enough for projector type
    with figure_menu:
        widgets.downloads(shown, "contour")
    with race_menu:
        widgets.download_menu(
            t("export.race", lang),
            ":material/movie:",
            "race",
            [
                (t("export.csv", lang), lambda: export.trajectories_csv(trajs), "csv"),
                (t("export.json", lang), lambda: export.trajectories_json(trajs, settings), "json"),
                (t("export.gif", lang), lambda: export.race_gif(shown), "gif"),
            ],
        )


def step_by_step(landscape, domain, labels, chosen, trajs, paths, chart_config) -> None:
    """One update at a time: arrows at θ_k and the rule with the numbers it used."""
    pick, slide = st.columns([1, 2])
    with pick:
        who = widgets.choice(
            t("explain.optimizer", lang),
            "ex_opt",
            chosen,
            chosen[0],
            lambda n: t(optimizers.get(n).title_key, lang),
        )
    index = chosen.index(who)
    traj, path = trajs[index], paths[index]
    with slide:
        k = widgets.number_slider(
            t("explain.step", lang),
            "ex_k",
            low=0,
            high=max(explain.last_step(traj), 1),
            default=0,
            step=1,
            integer=True,
        )
    s = explain.step(traj, int(k))
    drawn = explain.arrows(who, s)
    colours = {
        explain.GRADIENT: "#000000",
        explain.MOMENTUM: "#777777",
        explain.UPDATE: path.colour,
    }
    arrows = [
        figures.Arrow(
            *tail,
            *head,
            colours[role],
            t(f"explain.{role}", lang),
            side="left" if role == explain.GRADIENT else "right",
        )
        for role, tail, head in drawn
    ]
    shown = dataclasses.replace(
        path,
        points=path.points[: s.k + 2],
        losses=path.losses[: s.k + 2],
        step_lengths=path.step_lengths[: s.k + 1],
        diverged_at=None,
    )
    fig = compute.landscape_contour(
        landscape,
        [shown],
        labels,
        grid=GRID,
        animate=False,
        arrows=arrows,
        legend=False,
        height=480,
        view=explain.zoom_box(s, drawn, domain),
    )
    widgets.chart(fig, key="explain_contour", theme=None, config=chart_config)
    # the grey arrow αv only for a rule that draws a momentum carry
    carry = t("explain.caption.carry", lang) if optimizer_ui.get(who).momentum_arrow else ""
    st.caption(
        t(
            "explain.caption",
            lang,
            k=explain.subscript(s.k),
            next=explain.subscript(s.k + 1),
            carry=carry,
        )
    )
    st.latex(explain.display(explain.latex(who, s)))
    if s.after:
        st.table(
            {
                t("explain.field", lang): [row[0] for row in explain.state_rows(s)],
                t("explain.before", lang): [row[1] for row in explain.state_rows(s)],
                t("explain.after", lang): [row[2] for row in explain.state_rows(s)],
            },
            hide_index=True,
        )


notice_area = st.container()
# the title at the top of its row: at the bottom it stood beside the presets' second row at
# 1024 px, a gap above it
title_col, preset_col = st.columns(
    [1.6 if widgets.projector_on() else 1.35, 2.2], vertical_alignment="top"
)
title_col.title(t("page.playground.title", lang))
preset_col.pills(
    t("playground.presets", lang),
    list(presets.PRESETS),
    selection_mode="single",
    format_func=lambda n: t(presets.PRESETS[n].title_key, lang),
    key="preset",
    on_change=apply_preset,
)


@kit.fragment
def stage() -> None:
    """The controls and the figure they drive: a slider move reruns this, not the page around
    it (title, presets, navigation, sidebar)."""
    start_from_tap()
    # ---- the stage: controls on the left, the figure at the top right ------------------------------
    # without the projector the controls' column wide enough for a study question and its
    # answer beside the figure, within the first screen (at [1, 2.3] the Check ended at 841 px
    # at 1024×768); projector type keeps the figure's share (its controls are taller than a
    # screen's height beside it) until a study question is open: then the question's column
    # is the wider (at [1, 2.3] its Check ended at 1077 px at 1280×720, at [1.5, 2.3] 918)
    asking = study.question_open("playground")
    controls, view = st.columns(
        [(1.8 if asking else 1) if widgets.projector_on() else 1.5, 2.3], gap="medium"
    )
    with view:
        view_top = st.container()  # the view switch, the figure and what it shows
        # on a phone the study steps and their question right under the figure (after the
        # first controls, the Check was 980 px below the figure's top); elsewhere they head
        # the controls' column
        study_area = study.phone_area()
        # on a phone the first chosen optimizer's ε (the lesson's main control) right under
        # the figure and its study steps: in its tab it was 2 366 px down, the figure ending
        # at 750; the other settings follow in the controls
        lr_area = st.container() if kit.narrow() else None
        # on a phone the contour's menus (ask the class, downloads) under the question: over
        # it they pushed its Check 200 px further down
        menu_area = st.container() if kit.narrow() else None
    with controls:
        study_slot = st.container()
        # Projector type makes the view switch a tall row over the figure: it heads the
        # controls instead, and the contour takes its height.
        switch_slot = st.container() if widgets.projector_on() else None
        alert_slot = st.container()  # a diverged run's alert, beside the figure's top
        landscape = widgets.landscape(
            t("playground.landscape", lang),
            "landscape",
            LANDSCAPES,
            DEFAULT_LANDSCAPE,
            lang,
            on_change=reset_start,
        )
        chosen = widgets.choices(
            t("playground.optimizers", lang),
            "opt",
            OPTIMIZERS,
            DEFAULT_OPTIMIZERS,
            lambda n: t(optimizers.get(n).title_key, lang),
        )
        steps = widgets.number_slider(
            t("playground.steps", lang),
            "steps",
            low=1,
            high=MAX_STEPS,
            default=DEFAULT_STEPS,
            step=1,
            integer=True,
        )
        # on a phone what the view shows under the first controls: in the figure's column,
        # with the study steps, it pushed the steps slider 910 px below the figure
        shows_area = st.container() if kit.narrow() else view_top
        with study_slot:
            step = study.selector("playground", study_steps.STEPS, lang, apply_step, study_area)
            hiding = study.is_open("playground", step)  # the paths wait for the answer
            # the question and its answer right under the steps, beside the figure: under the
            # figure its Check ended 1134 px down at 1280×720 (a phone has its own place)
            question_slot = st.container()

    ls = landscapes.get(landscape)

    # ---- controls: start, each optimizer's hyper-parameters with its rule ----------------------
    with controls:
        x0, y0 = kit.start_picker(ls.domain, ls.start, lang)
        st.caption(t("playground.click_hint", lang))
        st.markdown(t("playground.markers", lang))

        hps: dict[str, dict[str, float]] = {}
        if chosen:
            tabs = st.tabs([t(optimizers.get(n).title_key, lang) for n in chosen])
            for tab, name in zip(tabs, chosen, strict=True):
                opt = optimizers.get(name)
                with tab:
                    st.markdown(
                        f"<span style='display:inline-block;width:1.6em;height:0.5em;"
                        f"background:{palette.colour(name)};border-radius:3px'></span> "
                        f"{t(opt.title_key, lang)}",
                        unsafe_allow_html=True,
                    )
                    st.latex(opt.latex_lines)
                    if name == "lbfgs":  # η in its rule: what sets it, and 1 by default
                        st.caption(t("playground.lbfgs_eta", lang))
                    hps[name] = {}
                    for spec in opt.hyperparams:
                        key = hp_key(name, spec.name)
                        if lr_area is not None and name == chosen[0] and spec.name == "lr":
                            st.caption(t("playground.lr_under_figure", lang))
                            with lr_area:
                                hps[name]["lr"] = widgets.hyperparam(
                                    spec,
                                    key,
                                    lang,
                                    label=t(
                                        "playground.lr_of",
                                        lang,
                                        name=t(opt.title_key, lang),
                                        label=t(spec.label_key, lang),
                                    ),
                                )
                        else:
                            hps[name][spec.name] = widgets.hyperparam(spec, key, lang)

        with st.expander(t("playground.extras", lang)):
            schedule = widgets.choice(
                t("playground.schedule", lang),
                "schedule",
                optimizers.schedules.KINDS,
                "constant",
                lambda k: t(f"schedule.{k}", lang),
            )
            st.latex(optimizers.schedules.LATEX[schedule])
            tau = widgets.number_slider(
                "τ",
                "tau",
                low=1,
                high=MAX_STEPS,
                default=100,
                step=1,
                integer=True,
                help=t("playground.tau_help", lang),
            )
            gamma = widgets.number_slider(
                "γ",
                "gamma",
                low=0.5,
                high=1.0,
                default=0.95,
                step=0.005,
                help=t("playground.gamma_help", lang),
            )
            end_ratio = widgets.number_slider(
                t("playground.end_ratio", lang),
                "end_ratio",
                low=0.0,
                high=1.0,
                default=0.01,
                step=0.01,
                help=t("playground.end_ratio_help", lang),
            )
            noise = widgets.number_slider(
                t("playground.noise", lang),
                "noise",
                low=0.0,
                high=5.0,
                default=0.0,
                step=0.01,
                help=t("playground.noise_help", lang),
            )
            seed = widgets.number_slider(
                t("playground.seed", lang),
                "seed",
                low=0,
                high=9999,
                default=0,
                step=1,
                integer=True,
            )
            clip = widgets.number_slider(
                t("playground.clip", lang),
                "clip",
                low=0.0,
                high=50.0,
                default=0.0,
                step=0.1,
                help=t("playground.clip_help", lang),
            )

    # ---- compute -----------------------------------------------------------------------------------
    lanes = tuple((name, tuple(sorted(hps[name].items()))) for name in chosen)
    extras = (
        ("schedule", (schedule, float(tau), float(end_ratio), float(gamma))),
        ("noise", float(noise)),
        ("seed", int(seed)),
        ("clip", float(clip) if clip > 0 else None),
    )
    # no spinner: a compiled race takes milliseconds, and a spinner costs each rerun a thread
    trajs = compute.trajectories(landscape, (float(x0), float(y0)), int(steps), lanes, extras)
    settings = {
        "landscape": landscape,
        "formula": ls.latex if ls.typed else None,
        "start": [float(x0), float(y0)],
        "steps": int(steps),
        "schedule": {"kind": schedule, "tau": tau, "end_ratio": end_ratio, "gamma": gamma},
        "noise": float(noise),
        "seed": int(seed),
        "clip": float(clip) if clip > 0 else None,
        "link": st.context.url,
    }
    paths = [
        figures.PathView(
            key=tr.optimizer,
            label=t(optimizers.get(tr.optimizer).title_key, lang),
            points=tr.points,
            losses=tr.losses,
            step_lengths=tr.step_lengths,
            diverged_at=tr.diverged_at,
        )
        for tr in trajs
    ]

    # what the contour draws of each path, for a study step's reveal (float32, as sent)
    drawn = {
        p.key: (p.label, p.shown.astype("float32").astype(float)) for p in paths if len(p.shown)
    }
    if hiding:  # each path at its start only, no alert: the step's question is still open
        paths = [p.at_start() for p in paths]

    # ---- a diverged run, or one still inside the far bound whose steps grow: when it became
    # unstable, why, where it left (SGD at ε = 1.05 on the bowl grows ×1.1 a step from step 1,
    # and is named from step 1 on, not only once it passes the far bound at step 63)
    def why(path: figures.PathView) -> tuple[float, np.ndarray] | None:
        plain = schedule == "constant" and noise == 0 and clip == 0
        if ls.quadratic and path.key == "sgd" and plain:
            return hps[path.key]["lr"], optimizers.analyse(ls.loss, (x0, y0)).eigenvalues
        return None

    runaway = [
        path
        for path in paths
        if not hiding
        and (path.diverged_at is not None or claims.unstable_run(path.points, ls.domain, why(path)))
    ]

    # the marked minima (a valley of minima's vertices too): a run speeding downhill toward
    # one is coming back, not escaping (momentum thrown off the cliff runs back to (2, 0))
    minima = [*ls.minima, *(p for curve in ls.minimum_curves for p in curve)]

    def back(path: figures.PathView) -> bool:  # growing steps, falling loss, nearing a minimum
        drawn = path.points[: path.diverged_at]
        return claims.returning_to(drawn, path.losses, minima) is not None

    def downhill(path: figures.PathView) -> bool:  # growing steps, falling loss: not unstable
        drawn = path.points[: path.diverged_at]
        return claims.speeding_downhill(drawn, path.losses) is not None

    def saddle_of(path: figures.PathView):
        """The saddle nearest the run's start, with its Hessian's eigen-pairs, or None."""
        if not ls.saddles:
            return None
        near = min(ls.saddles, key=lambda s: float(np.hypot(s[0] - x0, s[1] - y0)))
        found = optimizers.analyse(ls.loss, near)
        return np.asarray(near), found.eigenvalues, found.eigenvectors

    diverged = [
        claims.divergence(
            path.label,
            path.points,
            path.diverged_at,
            ls.domain,
            ls.far_bound,
            lang,
            quadratic=why(path),
        )
        for path in runaway
        if not downhill(path)
    ]
    escaped = [
        claims.escaped(
            path.label,
            path.points,
            path.losses,
            path.diverged_at,
            ls.domain,
            ls.far_bound,
            lang,
            saddle=saddle_of(path),
        )
        for path in runaway
        if downhill(path) and not back(path)
    ]
    coming = [
        claims.returning(
            path.label,
            path.points,
            path.losses,
            path.diverged_at,
            ls.domain,
            ls.far_bound,
            lang,
            minima=minima,
        )
        for path in runaway
        if back(path)
    ]
    # a run named by neither that still leaves the picture (RMSProp at ε = 10 on the bowl:
    # its steps stay about ε long, so they never grow, yet it jumps out and back)
    wandered = [
        said
        for path in paths
        if not hiding and path not in runaway
        for said in [
            claims.outside(
                path.label, path.points[: path.diverged_at], ls.domain, ls.far_bound, lang
            )
        ]
        if said is not None
    ]
    # a run that stopped at a marked maximum or saddle, not a minimum (L-BFGS on Himmelblau
    # from (0, 0), its line search off, climbs 170 → 181.6 to the maximum and stays there)
    stuck = [
        said
        for path in paths
        if not hiding and path not in runaway and path.diverged_at is None
        for said in [lesson_claims.stopped_sentence(path.label, path.points, path.losses, ls, lang)]
        if said is not None
    ]
    if diverged:
        alert_slot.error("\n\n".join(diverged), icon=":material/warning:")
    if escaped:
        alert_slot.info("\n\n".join(escaped), icon=":material/trending_down:")
    if coming:
        alert_slot.info("\n\n".join(coming), icon=":material/u_turn_left:")
    if wandered:
        alert_slot.info("\n\n".join(wandered), icon=":material/open_in_full:")
    if stuck:
        alert_slot.info("\n\n".join(stuck), icon=":material/location_on:")

    # ---- figures -------------------------------------------------------------------------------------
    labels = figure_labels(lang)
    labels["uirevision"] = landscape
    with view_top:
        chart_config = {"displaylogo": False, "scrollZoom": False}
        # One view at a time: a view that is not on screen is neither computed nor sent.
        with switch_slot if switch_slot is not None else st.container():
            shown_view = widgets.view_switch(
                "view",
                VIEWS,
                {v: t(f"playground.tab_{v}", lang) for v in VIEWS},
                t("playground.view", lang),
            )
        if shown_view == "contour":
            # on a phone no Play and step slider while a question hides the runs (each is
            # its start point only): 100 px less between the figure and the question's Check
            race = not (hiding and kit.narrow())
            # a phone keeps the surface to scale: the stretched title ran past its width
            # and the taller plot put ▶ on the step slider
            stretch = 1 if kit.narrow() else y_stretch(ls.domain)
            fig = compute.landscape_contour(
                landscape,
                paths,
                # a phone: the y title "y" alone ("y (parameter 2)" ran over the −4 and −2
                # tick labels at 390 px; the x title under the axis has the room)
                ({**labels, "y": "y"} if kit.narrow() else labels)
                if stretch == 1
                else {
                    **labels,
                    "x": t("playground.x_stretched", lang, x=labels["x"], s=f"{stretch:g}"),
                },
                y_stretch=stretch,
                grid=GRID,
                click_grid=figures.CLICK_GRID,
                height=contour_height(ls.domain, animate=race),
                animate=race,
                # a phone's width goes to the surface, and so does a projector's while its
                # question takes the wider column (at 1024×768 the plot was 266×133 px)
                colour_bar=not kit.narrow() and not (hiding and widgets.projector_on()),
                extra=study.guess_traces("playground", step, lang),  # a point question's guess
            )
            nested_heads(fig)
            widgets.chart(
                fig,
                key="contour",
                theme=None,
                config=chart_config,
                menu=lambda shown: race_downloads(
                    shown,
                    trajs,
                    settings,
                    rooms.Setup(landscape, (float(x0), float(y0)), int(steps), lanes, extras)
                    if chosen
                    else None,
                    menu_area,
                ),
            )
        elif shown_view == "step":
            if chosen and not hiding:
                step_by_step(landscape, ls.domain, labels, chosen, trajs, paths, chart_config)
        elif shown_view == "3d":
            xs3, ys3, z3 = compute.surface(landscape, GRID_3D)
            widgets.chart(
                figures.surface_figure(xs3, ys3, z3, paths, labels=labels),
                key="surface",
                theme=None,
                config=chart_config,
            )
        else:
            shift = ls.min_loss if ls.min_loss is not None else 0.0
            positive = all(
                (p.losses[: (p.diverged_at or len(p.losses))] - shift > 0).all() for p in paths
            )
            loss_title = t(
                "figure.loss_minus_min" if ls.min_loss is not None else "figure.loss", lang
            )
            widgets.chart(
                figures.series_figure(
                    paths,
                    {p.key: p.losses - shift for p in paths},
                    labels=labels,
                    y_title=loss_title,
                    log_y=positive or ls.min_loss is not None,
                ),
                key="loss",
                theme=None,
                config=chart_config,
            )
            widgets.chart(
                figures.series_figure(
                    paths,
                    {p.key: p.step_lengths for p in paths},
                    labels=labels,
                    y_title=t("figure.step_length", lang),
                    log_y=True,
                ),
                key="steplen",
                theme=None,
                config=chart_config,
            )

        # under the figure: which ε each run uses, then what this view demonstrates
        # (on a phone both under the first controls, `shows_area`: the ε line between the
        # figure and the study steps pushed their answer controls to 858 px, 844 allowed)
        if chosen:
            shows_area.caption(settings_line(chosen, hps, lang))
        if not chosen:
            st.warning(t("playground.no_optimizer", lang))
        if step is not None:
            with question_slot:
                study.question(
                    "playground",
                    step,
                    lang,
                    lambda answer: study_steps.feedback(step, answer, drawn, lang, ls.domain),
                    area=ls.domain,
                    # projector type: x, y and Check in one row, within the first screen
                    compact=widgets.projector_on(),
                )
        # a lecture preset's notice tells the outcome: the surface's own words while asking
        preset = None if hiding else matching_preset(landscape, chosen, steps, (x0, y0), hps)
        shows_area.info(
            t(preset.notice_key if preset else ls.blurb_key, lang), icon=":material/visibility:"
        )


stage()

with notice_area:
    widgets.show_url_notices(lang)
