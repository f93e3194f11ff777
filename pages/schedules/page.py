"""Schedules and adaptive steps (notes 000, 001, 002): how the step size changes over time,
globally (schedules) and per coordinate (AdaGrad, RMSProp, Adam, Delta-bar-Delta)."""

from __future__ import annotations

import numpy as np
import streamlit as st

import landscapes
import optimizers
from optimizers import schedules
from pages.schedules import claims, steps
from ui import compute, figures, kit, lesson_figures, palette, rooms, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


NAME = "bowl"
START = (-7.0, 2.0)
ADAPTIVE = ("adagrad", "rmsprop", "adam", "delta_bar_delta")
DEFAULT_KINDS = ["constant", "linear", "inv_sqrt", "cosine"]
SCHEDULE_CHART_HEIGHT = 280  # under the verdict and key, wholly on a 1280×720 or 1024×768 screen
# (310 put the plot's bottom at 798 px at 1024×768 projector with six schedules at ε₀ = 10⁻⁵)
# the adaptive chart's legend beside it: eight entries one a line in projector type
ADAPTIVE_CHART_HEIGHT = 400
CURVATURES = (0.2, 2.0)  # the bowl z = x²/10 + y²: its Hessian's eigenvalues
NOISE = 0.5  # σ of the gradient noise: the case for decay (without noise constant ε wins)


def compact_ticks(top: float) -> dict:
    """Tick values from 0 to `top` at a 1, 2 or 5 × 10ⁿ step, labelled "2e−6" (0 as "0"):
    Plotly's own labels for rates near 10⁻⁵ ("0.000002", "2×10⁻⁶") took a third of a
    1024×768 projector's plot width."""
    raw = top / 6
    power = 10.0 ** np.floor(np.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    values = np.arange(0, top + 1e-12 * top, step)

    def label(v: float) -> str:
        if v == 0:
            return "0"
        mantissa, exponent = f"{v:.0e}".split("e")
        return f"{mantissa}e{int(exponent)}".replace("-", "\u2212")

    return {"tickvals": [float(v) for v in values], "ticktext": [label(v) for v in values]}


def menu_in(area, key: str):
    """A chart's Download menu placed in `area` rather than right under the chart."""

    def menu(shown) -> None:
        with area:
            widgets.downloads(shown, key)

    return menu


def bracketing_log_ticks(values) -> dict:
    """A log axis's 1, 2, 5 × 10ᵏ labels from the largest at or below the smallest value to the
    smallest at or above the largest, and its range between those two: every value lies between
    two labels (where Plotly's own stopped inside the data, values below it read unlabelled)."""
    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v) & (v > 0)]
    if v.size == 0:
        return {}
    low, high = np.floor(np.log10(v.min())), np.ceil(np.log10(v.max()))
    ticks = [m * 10.0**k for k in np.arange(low - 1, high + 1) for m in (1, 2, 5)]
    below = max(x for x in ticks if x <= v.min() * (1 + 1e-9))
    above = min(x for x in ticks if x >= v.max() * (1 - 1e-9))
    kept = [x for x in ticks if below <= x <= above]
    if len(kept) > 7:  # over two decades or so: the powers of ten between the two ends
        kept = [
            below,
            *(
                x
                for x in kept
                if below < x < above and np.isclose(np.log10(x), np.round(np.log10(x)))
            ),
            above,
        ]
    return {
        "tickvals": kept,
        "ticktext": [f"{x:g}" for x in kept],
        "range": [float(np.log10(below)), float(np.log10(above))],
    }


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    notice_area = st.container()
    st.title(t("page.schedules.title", lang))
    shown = widgets.view_switch(
        "s_view",
        ["schedules", "adaptive"],
        {"schedules": t("schedules.tab", lang), "adaptive": t("adaptive.tab", lang)},
        t("playground.view", lang),
    )
    config = {"displaylogo": False}

    def apply_step(name: str) -> None:
        st.session_state.update(steps.PRESETS[name])

    def ask(step: study.Step | None, drawn: dict, sigma: float) -> None:
        if step is not None:
            labels = {k: t(f"schedule.{k}", lang) for k in drawn if k in schedules.KINDS}
            study.question(
                "schedules",
                step,
                lang,
                lambda a: steps.feedback(step, a, drawn, sigma, labels, lang),
            )

    if shown == "schedules":
        # the charts' column wider: two charts side by side were 173×132 at 1024×768 projector
        controls, view = st.columns([0.7, 3], gap="medium")
        # what the view shows, under the figure row: the figure comes first
        st.info(t("schedules.notice", lang), icon=":material/visibility:")
        with view:
            verdict_area = st.container()
            key_area = st.container()
            left, right = st.columns(2, gap="small")
        with left:
            lr_chart_area = st.container()
            # on a phone the study steps and their question right under the learning-rate
            # chart (in the controls' column they came after both charts and the contour)
            study_area = study.phone_area()
            # on a phone the schedules and their shape right under the learning-rate chart:
            # in the controls column they came after both charts and the contour
            phone_slot = st.container() if kit.narrow() else None
            noise_slot = phone_slot.container() if phone_slot is not None else None
        with controls:
            step = study.selector("schedules", steps.STEPS, lang, apply_step, study_area)
            hiding = study.is_open("schedules", step)  # the losses wait for the answer
        with phone_slot if phone_slot is not None else controls:
            kinds = widgets.choices(
                t("schedules.kinds", lang),
                "sched",
                schedules.KINDS,
                DEFAULT_KINDS,
                lambda k: t(f"schedule.{k}", lang),
            )
            eps0 = widgets.hyperparam(
                optimizers.SPECS["lr"], "eps0", lang, default=0.95, label=t("schedules.eps0", lang)
            )
            tau = widgets.number_slider(
                "τ",
                "s_tau",
                low=1,
                high=200,
                default=40,
                step=1,
                integer=True,
                help=t("playground.tau_help", lang),
            )
            end_ratio = widgets.number_slider(
                t("playground.end_ratio", lang),
                "s_end",
                low=0.0,
                high=1.0,
                default=0.01,
                step=0.01,
                help=t("playground.end_ratio_help", lang),
            )
            gamma = widgets.number_slider(
                "γ",
                "s_gamma",
                low=0.5,
                high=1.0,
                default=0.95,
                step=0.005,
                help=t("playground.gamma_help", lang),
            )
        # on a phone the noise and steps right under the learning-rate chart, above the
        # schedules: after all three charts (y = 2939 at 390×844) the lesson's "set σ to 0 to
        # compare" sent the reader three screens down
        with noise_slot if noise_slot is not None else controls:
            n_steps = widgets.number_slider(
                t("playground.steps", lang), "n", low=1, high=200, default=60, step=1, integer=True
            )
            sigma = widgets.number_slider(
                t("schedules.noise", lang),
                "s_noise",
                low=0.0,
                high=3.0,
                default=NOISE,
                step=0.05,
                help=t("playground.noise_help", lang),
            )
        runs = []
        for kind in kinds:
            extra = (
                ("schedule", (kind, float(tau), float(end_ratio), float(gamma))),
                ("noise", float(sigma)),
                ("seed", 0),
            )
            traj = compute.trajectories(
                NAME, START, int(n_steps), (("sgd", (("lr", float(eps0)),)),), extra
            )[0]
            # one colour per schedule, whatever else is selected (by its place in the
            # selection, cosine decay turned from pink to light blue when step decay was added)
            colour = lesson_figures.SERIES_COLOURS[schedules.KINDS.index(kind) % 7]
            runs.append((kind, colour, traj))
        if kinds:  # the class predicts these runs: SGD under each schedule, the same noise
            lanes = tuple(
                (
                    "sgd",
                    (
                        ("lr", float(eps0)),
                        ("schedule", (kind, float(tau), float(end_ratio), float(gamma))),
                    ),
                )
                for kind in kinds
            )
            setup = rooms.Setup(
                NAME, START, int(n_steps), lanes, (("noise", float(sigma)), ("seed", 0))
            )
        with view:
            last = max(1, int(n_steps) // 10)
            # a run that left the far bound (the same for every schedule) ends there: its curve
            # stops at its last point inside, and it is named as diverged, not averaged
            verdict = claims.schedule_ranking(
                {k: float(tr.losses[-last:].mean()) for k, _, tr in runs if tr.diverged_at is None},
                {k: t(f"schedule.{k}", lang) for k, _, _ in runs},
                last,
                float(sigma),
                lang,
                diverged={k: tr.diverged_at for k, _, tr in runs if tr.diverged_at is not None},
                bound=landscapes.get(NAME).far_bound,
                # what is drawn: runs with the same curves are said to coincide, not ranked
                curves={k: (tr.lrs, tr.losses) for k, _, tr in runs},
                start=float(runs[0][2].losses[0]) if runs else None,
                settings=(int(n_steps), float(eps0), float(tau), float(end_ratio), float(gamma)),
                # the rates of the steps into the last k drawn points: the noise floor they set
                tail_rates={k: float(np.mean(tr.lrs[-last:])) for k, _, tr in runs},
                curvatures=CURVATURES,
                notes=(floor_notes := []),
                # what the model expects at the drawn rates: backs "decay only slows" or not
                expected={
                    k: tuple(
                        float(np.mean(part[-last:]))
                        for part in claims.expected_losses(tr.lrs, START, CURVATURES, sigma)
                    )
                    for k, _, tr in runs
                    if tr.diverged_at is None
                },
            )
            if runs and not hiding:
                verdict_area.success(" ".join(verdict), icon=":material/analytics:")
            if runs:  # one colour key for both charts, on one row across them: as a Plotly
                # legend above the learning-rate chart it took 126 of its 352 px at 1024×768
                # projector (a 203×153 plot) and, with six schedules, scrolled
                key_area.markdown(
                    " &nbsp; ".join(
                        f"<span style='color:{c};font-weight:900'>━━</span>&nbsp;"
                        f"{t(f'schedule.{k}', lang)}"
                        for k, c, _ in runs
                    ),
                    unsafe_allow_html=True,
                )
            with lr_chart_area:
                rates = lesson_figures.lines_figure(
                    [
                        lesson_figures.Series(
                            t(f"schedule.{k}", lang), c, np.arange(len(tr.lrs)), tr.lrs
                        )
                        for k, c, tr in runs
                    ],
                    x_title="k",
                    y_title=t("schedules.lr_axis", lang),
                    height=SCHEDULE_CHART_HEIGHT,
                    legend=False,  # the colour key above both charts names the lines
                )
                spec = rates.to_dict()["layout"]
                # no legend above it; a narrow right margin (the x ticks' automargin keeps
                # "200" whole): at 1024×768 projector the plot was 170 px wide at ε₀ = 10⁻⁵
                spec["margin"].update(t=14, r=6)
                if runs:  # headroom above the largest rate: its tick ("1") sat on the top edge
                    top = max(float(np.max(tr.lrs)) for _, _, tr in runs)
                    spec["yaxis"]["range"] = [0, 1.08 * top]
                    if top < 0.01:  # "2e−6", not "0.000002" or "2×10⁻⁶" eating the plot's width
                        spec["yaxis"].update(compact_ticks(1.08 * top))
                widgets.chart(
                    rates,
                    key="sched_lr",
                    theme=None,
                    config=config,
                    # on a phone its Download menu under the study question and the schedules
                    menu=None if phone_slot is None else menu_in(phone_slot, "sched_lr"),
                )
            if floor_notes and not hiding:  # why a decay ends lower (or not), from its rates
                st.caption(" ".join(floor_notes))
            # each schedule's formula under the two charts, a size smaller: in the controls
            # column, and under the learning-rate chart alone, the cosine formula ran past its edge
            # on a projector full size, with display fractions: \scriptsize and \tfrac drew
            # linear, 1/√(k+1) and cosine decay with ~10 px glyphs at 1024×768 (the view
            # column is wide enough for the widest, cosine decay's two lines)
            projector = widgets.projector_on()
            for kind in kinds:
                formula = schedules.LATEX[kind]
                if projector:
                    st.latex(formula.replace(r"\tfrac", r"\frac"))
                else:
                    st.latex(r"\small " + formula)
            if kinds:  # beside the figure: in the controls column 'Ask the class first' was cut
                kit.ask_the_class(setup, lang)
            ask(step, {k: tr.losses for k, _, tr in runs}, float(sigma))
            if hiding:  # the schedules only: the losses and paths would give the answer away
                with notice_area:
                    widgets.show_url_notices(lang)
                return
            with right:
                losses = lesson_figures.lines_figure(
                    [
                        lesson_figures.Series(
                            t(f"schedule.{k}", lang), c, np.arange(len(drawn)), drawn
                        )
                        for k, c, tr in runs
                        for drawn in [tr.losses[: tr.diverged_at]]
                    ],
                    x_title=t("figure.step", lang),
                    y_title=t("figure.loss_minus_min", lang),
                    log_y=True,
                    height=SCHEDULE_CHART_HEIGHT,
                    legend=False,  # the colour key above both charts names the lines
                )
                # no legend above it; a narrow right margin: 195 px wide at n = 200 (1024×768)
                losses.to_dict()["layout"]["margin"].update(t=14, r=6)
                widgets.chart(
                    losses,
                    key="sched_loss",
                    theme=None,
                    config=config,
                )
            paths = [
                figures.PathView(
                    "sgd",
                    t(f"schedule.{k}", lang),
                    tr.points,
                    tr.losses,
                    tr.step_lengths,
                    tr.diverged_at,
                    colour_override=c,
                )
                for k, c, tr in runs
            ]
            labels = figure_labels(lang)
            phone = kit.narrow()
            # a phone: no colour bar, its width to the plot (the 2:1 bowl drawn to scale was
            # 213×106 beside it)
            contour = compute.landscape_contour(
                NAME,
                paths,
                labels,
                height=260 if phone else 360,
                animate=False,
                legend=False,
                colour_bar=not phone,
                # and a little more of y: the bowl 16 × 9 rather than 16 × 8 (292×146 with
                # the whole width)
                **({"view": ((-8.0, 8.0), (-4.5, 4.5))} if phone else {}),
            )
            # the x title below the tick labels (at 1280×720 it sat on "0"): a prepared
            # figure's spec is what the browser gets, so it is set there
            layout = contour.to_dict()["layout"]
            xaxis = layout["xaxis"]
            xaxis.update(automargin=True, title=dict(xaxis["title"], standoff=12))
            if phone:  # narrow side margins: the plot's width sets its height (≥ 150 px)
                layout["margin"] = dict(layout["margin"], l=36, r=4)
            widgets.chart(
                contour,
                key="sched_contour",
                theme=None,
                config=config,
            )

    else:
        # the chart's column wider, its legend beside the plot (see below)
        controls, view = st.columns([0.7, 3], gap="medium")
        with view:
            adaptive_view = st.container()
            # on a phone the study steps and their question right under the chart (in the
            # controls' column they came after it, the question above it)
            study_area = study.phone_area()
            adaptive_rest = st.container()
        # what the view shows, under the figure row: the figure comes first
        st.info(t("adaptive.notice", lang), icon=":material/visibility:")
        with controls:
            step = study.selector("schedules", steps.STEPS, lang, apply_step, study_area)
            hiding = study.is_open("schedules", step)  # the curves wait for the answer
            n_adaptive = widgets.number_slider(
                t("playground.steps", lang), "m", low=3, high=200, default=50, step=1, integer=True
            )
            # each rule's own default ε, stated: AdaGrad's curve sat ~10× RMSProp's, mostly
            # because its ε is 0.5 and RMSProp's 0.05, not because of the rule
            own_eps = {n: f"{optimizers.get(n).defaults()['lr']:g}" for n in ADAPTIVE}
            if not hiding:  # it reads the curves, which wait for the answer
                st.caption(
                    t(
                        "adaptive.eff_caption",
                        lang,
                        adagrad=own_eps["adagrad"],
                        rmsprop=own_eps["rmsprop"],
                        adam=own_eps["adam"],
                        dbd=own_eps["delta_bar_delta"],
                    )
                )
        lanes = tuple((name, ()) for name in ADAPTIVE)
        trajs = dict(
            zip(ADAPTIVE, compute.trajectories(NAME, START, int(n_adaptive), lanes), strict=True)
        )
        with controls:  # the class predicts the four adaptive runs on the bowl
            kit.ask_the_class(rooms.Setup(NAME, START, int(n_adaptive), lanes), lang)
        with adaptive_view:
            ask(
                step,
                {name: trajs[name].effective_lr[:, 1] for name in ("adagrad", "rmsprop")},
                0.0,
            )
            series = []
            for name, traj in trajs.items():
                title = t(optimizers.get(name).title_key, lang)
                eff_x, eff_y = traj.effective_lr[:, 0], traj.effective_lr[:, 1]
                if np.allclose(eff_x, eff_y, rtol=1e-6, atol=0.0):
                    # one line, named so: drawn twice, the y line lay exactly on the x one and
                    # the legend listed a line no one could see (Delta-bar-Delta's, 0.05 …)
                    series.append(
                        lesson_figures.Series(
                            f"{title} (x = y)",
                            palette.colour(name),
                            np.arange(1, len(eff_x) + 1),
                            eff_x,
                        )
                    )
                    continue
                for coord, dash in ((0, "solid"), (1, "dash")):
                    series.append(
                        lesson_figures.Series(
                            f"{title} ({'xy'[coord]})",
                            palette.colour(name),
                            np.arange(1, len(traj.effective_lr) + 1),
                            traj.effective_lr[:, coord],
                            dash=dash,
                        )
                    )
            eff = lesson_figures.lines_figure(
                [s for s in series if not hiding],
                x_title=t("figure.step", lang),
                y_title=t("adaptive.eff_axis", lang),
                log_y=True,
                height=ADAPTIVE_CHART_HEIGHT,
            )
            drawn = [s.y for s in series if not hiding]
            if drawn:  # the lowest and highest drawn values between labels: with 0.05, 0.1 and
                # 0.2 alone RMSProp (y)'s 0.0205 and Adam (y)'s 0.025 lay below every label
                eff.to_dict()["layout"]["yaxis"].update(bracketing_log_ticks(np.concatenate(drawn)))
            if not kit.narrow():
                # its eight entries in a column beside the plot: above it they took most of the
                # height at 1024×768 projector (a 439×104 plot) and scrolled, hiding
                # Delta-bar-Delta's entries while its lines were drawn
                layout = eff.to_dict()["layout"]
                layout["legend"] = dict(
                    orientation="v", yanchor="top", y=1, xanchor="left", x=1.02, tracegroupgap=0
                )
                layout["margin"] = dict(layout["margin"], t=20)
            widgets.chart(
                eff,
                key="adaptive_eff",
                theme=None,
                config=config,
                # on a phone its Download menu under the study question (above it, the third
                # step's Check ended 852 px below the chart's top)
                menu=menu_in(adaptive_rest, "adaptive_eff") if kit.narrow() else None,
            )
            with adaptive_rest:  # on a phone under the study steps, the chart above them
                ada, rms = trajs["adagrad"], trajs["rmsprop"]
                rows = [
                    {
                        "t": k + 1,
                        "gₜ": f"({ada.grads[k, 0]:.3f}, {ada.grads[k, 1]:.3f})",
                        t(
                            "adaptive.col.adagrad_r", lang
                        ): f"({ada.states['r'][k, 0]:.3f}, {ada.states['r'][k, 1]:.3f})",
                        "gₜ (RMSProp)": f"({rms.grads[k, 0]:.3f}, {rms.grads[k, 1]:.3f})",
                        t(
                            "adaptive.col.rmsprop_r", lang
                        ): f"({rms.states['r'][k, 0]:.3f}, {rms.states['r'][k, 1]:.3f})",
                    }
                    for k in range(3)
                ]
                st.markdown(f"**{t('adaptive.table', lang)}**")
                # one r per row, as in the table below (on one line each, the RMSProp sums ran
                # past the column's edge at 1024 px); a phone stacks the two optimizers
                sums = {
                    r"\text{AdaGrad}": ("g_1^2", "g_1^2 + g_2^2", "g_1^2 + g_2^2 + g_3^2"),
                    r"\text{RMSProp } (\rho = 0.9)": (
                        "0.1 g_1^2",
                        "0.09 g_1^2 + 0.1 g_2^2",
                        "0.081 g_1^2 + 0.09 g_2^2 + 0.1 g_3^2",
                    ),
                }
                if kit.narrow():
                    for name, rs in sums.items():
                        lines = [name, *(f"r_{i + 1} = {v}" for i, v in enumerate(rs))]
                        st.latex(r"\begin{gathered} " + r" \\ ".join(lines) + r" \end{gathered}")
                else:
                    header = " & ".join(["", *sums])
                    lines = [
                        f"r_{i + 1} & " + " & ".join(rs[i] for rs in sums.values())
                        for i in range(3)
                    ]
                    st.latex(
                        r"\begin{array}{lll} " + r" \\ ".join([header, *lines]) + r" \end{array}"
                    )
                st.table(rows, hide_index=True)
                for name in ADAPTIVE:
                    opt = optimizers.get(name)
                    st.markdown(
                        f"<span style='color:{palette.colour(name)};font-weight:700'>"
                        f"{t(opt.title_key, lang)}</span>",
                        unsafe_allow_html=True,
                    )
                    st.latex(opt.latex_lines)

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
