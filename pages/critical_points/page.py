"""Critical points (notes 003, 000): gradient, Hessian and the kind of any point; escaping a
saddle along its negative-curvature direction."""

from __future__ import annotations

import numpy as np
import streamlit as st

import landscapes
import optimizers
from pages.critical_points import claims
from pages.critical_points import steps as study_steps
from ui import claims as shared_claims
from ui import compute, figures, kit, lesson_figures, palette, rooms, shell, study, widgets
from ui.claims import fixed as f3
from ui.claims import readout as shown_number
from ui.claims import sig, tex_number
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


SURFACES = ["two_neuron", "saddle", "monkey_saddle", "himmelblau", "plateau"]
KIND_COLOURS = {
    "minimum": "#117733",
    "maximum": "#BB5566",
    "saddle": "#AA3377",
    "degenerate": "#555555",
    "not_critical": "#0072B2",
}
NOISE_COLOUR = "#000000"
# gradient descent's path and dots, wider than the others' (palette.LINE_WIDTH 4, MARKER_SIZE 8)
GD_WIDTH, GD_MARKER = 10, 14
ARROW_LENGTH = 0.25  # of the surface's width: at 0.14 the arrows hid in ~30 px around the saddle


def phone_downloads(shown, area) -> None:
    """The contour's Download menu in `area` (a phone: under the study question)."""
    with area:
        widgets.downloads(shown, "cp_contour")


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    def defaults(ls: landscapes.Landscape) -> tuple[tuple[float, float], tuple[float, float]]:
        """(probe, start): the first saddle, and a start on its stable (positive-curvature) line."""
        if not ls.saddles:
            return ls.start, ls.start
        saddle = np.asarray(ls.saddles[0], dtype=float)
        stable = optimizers.analyse(ls.loss, saddle).eigenvectors[:, -1]
        radius = 0.15 * (ls.domain[0][1] - ls.domain[0][0])
        start = saddle + radius * stable
        if not ls.contains(tuple(start)):
            start = saddle - radius * stable
        probe = tuple(round(float(v), 3) for v in saddle)  # 2 decimals leave a steep saddle
        return probe, tuple(round(float(v), 2) for v in start)

    def reset_points() -> None:
        """A new surface: its saddle, a start on its stable line, and a step size that suits it."""
        ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, SURFACES[0]))
        st.session_state["gd_lr"] = ls.lr_hint[0]
        (
            (st.session_state["px"], st.session_state["py"]),
            (st.session_state["sx"], st.session_state["sy"]),
        ) = defaults(ls)

    def nudge() -> None:
        """The second lesson: a start a hair off the stable line."""
        st.session_state["sy"] = round(st.session_state["sy"] + 0.01, 2)

    def apply_step(name: str) -> None:
        """A study step's view: every widget it names set to its value."""
        st.session_state.update(study_steps.VIEWS[name])

    notice_area = st.container()
    st.title(t("page.critical.title", lang))
    tapped_ls = landscapes.get(widgets.landscape_ref("landscape", "f", 2, SURFACES[0]))
    start = (
        st.session_state.get("sx", tapped_ls.start[0]),
        st.session_state.get("sy", tapped_ls.start[1]),
    )
    asking = study.point_step("critical-points", study_steps.STEPS)  # then a tap is the guess
    if asking is not None:
        guessed = kit.tap("cp_contour", tapped_ls.domain)
        if guessed is not None:
            study.take_tap("critical-points", asking, guessed)
    point = None if asking else kit.tap_on_surface("cp_contour", tapped_ls, also=[start])
    if point is not None:  # the probe slider's step is 0.001: a marked point exactly
        st.session_state["px"], st.session_state["py"] = (round(v, 3) for v in point)

    # the contour's column the widest (at 2.0 of 4.25 it was 188 px square at 1024×768 projector
    # in 中文); on a phone the columns stack in order, the readout right under the contour
    controls, view, facts = st.columns([1.1, 2.1, 1.2], gap="small")
    with view:
        figure_area = st.container()
        # on a phone the study steps and their question right under the contour (in the
        # controls' column they came after the loss chart: the Check 920 px below the contour)
        study_area = study.phone_area()
        # on a phone the contour's Download menu under the question (over the study steps it
        # pushed the Check 65 px further down)
        menu_area = st.container() if kit.narrow() else None
    # what the lesson shows, under the figure row (the figure comes first): computed below
    notice = st.empty()
    with controls:
        step = study.selector("critical-points", study_steps.STEPS, lang, apply_step, study_area)
        hiding = study.is_open("critical-points", step)  # the kind and the runs wait
        name = widgets.landscape(
            t("playground.landscape", lang),
            "landscape",
            SURFACES,
            SURFACES[0],
            lang,
            on_change=reset_points,
        )
        ls = landscapes.get(name)
        # the two-neuron net's weights are w₁, w₂ (as its questions and notes name them): its
        # axes, probe and start say so; the other surfaces keep x, y
        n1, n2 = ("w₁", "w₂") if name == "two_neuron" else ("x", "y")
        (probe0, start0) = defaults(ls)
        (xlo, xhi), (ylo, yhi) = ls.domain
        st.markdown(f"**{t('critical.probe', lang)}**")
        c1, c2 = st.columns(2)
        with c1:
            px = widgets.number_slider(n1, "px", low=xlo, high=xhi, default=probe0[0], step=0.001)
        with c2:
            py = widgets.number_slider(n2, "py", low=ylo, high=yhi, default=probe0[1], step=0.001)
        st.caption(t("critical.click_hint", lang))
        st.markdown(f"**{t('critical.escape', lang)}**")
        sx, sy = kit.start_picker(
            ls.domain,
            start0,
            lang,
            keys=("sx", "sy"),
            labels=(t("critical.start", lang, v=n1), t("critical.start", lang, v=n2)),
        )
        st.button(
            t("critical.nudge", lang, v=n2), on_click=nudge, help=t("critical.nudge_help", lang)
        )
        lr = widgets.hyperparam(optimizers.SPECS["lr"], "gd_lr", lang, default=ls.lr_hint[0])
        alpha = widgets.hyperparam(optimizers.SPECS["momentum"], "alpha", lang, default=0.9)
        sigma = widgets.number_slider(
            t("playground.noise", lang),
            "sigma",
            low=0.0,
            high=1.0,
            default=0.05,
            step=0.01,
            help=t("playground.noise_help", lang),
        )
        steps = widgets.number_slider(
            t("playground.steps", lang), "n", low=1, high=300, default=60, step=1, integer=True
        )

    local = optimizers.analyse(ls.loss, (px, py))
    lanes = (
        ("sgd", (("lr", float(lr)),)),
        ("momentum", (("lr", float(lr)), ("momentum", float(alpha)))),
    )
    plain = compute.trajectories(name, (float(sx), float(sy)), int(steps), lanes)
    noisy = compute.trajectories(
        name, (float(sx), float(sy)), int(steps), lanes[:1], (("noise", float(sigma)), ("seed", 0))
    )[0]
    labels_run = [
        t("critical.gd", lang),
        t("optimizer.momentum.title", lang),
        # σ = 0 adds no noise: that run is gradient descent's own path, and named so
        t("critical.gd_noise", lang, sigma=f"{sigma:g}")
        if float(sigma) > 0
        else t("critical.gd_no_noise", lang),
    ]
    paths = [
        figures.PathView(
            tr.optimizer,
            label,
            tr.points,
            tr.losses,
            tr.step_lengths,
            tr.diverged_at,
            dash=dash,
            colour_override=colour,
        )
        # the noisy run in a colour of its own (in gradient descent's blue, only its dots told
        # it apart on a phone): black, clear of the arrows' green and red and the saddle's purple
        for tr, label, dash, colour in zip(
            [*plain, noisy],
            labels_run,
            ["solid", "solid", "dot"],
            [None, None, NOISE_COLOUR],
            strict=True,
        )
    ]

    drawn_gd = paths[0].shown.astype("float32").astype(float)  # as the contour draws it
    if hiding:  # each run at its start only, while the step's question is open
        paths = [p.at_start() for p in paths]

    width = xhi - xlo
    # the arrows and the printed v₁, v₂ share one sign (`claims.arrow_directions`)
    directions = claims.arrow_directions(
        local.eigenvectors,
        (px, py),
        (sx, sy),
        [p.shown[-1] for p in paths],
        gradient=local.gradient,
        eigenvalues=local.eigenvalues,
        length=ARROW_LENGTH * width,
    )
    # the red arrow as drawn (the most negative eigenvalue's): a run's sentence says on which
    # side of it the run left the saddle the probe sits on
    red = [
        (np.array([px, py]), vector)
        for value, vector in sorted(
            zip(local.eigenvalues, directions, strict=True), key=lambda pair: float(pair[0])
        )
        if value < -claims.CURVED
    ][:1]

    # the probe's kind and each run's fate, from the analysis and the drawn paths
    sentences = [t("critical.intro", lang), claims.critical_probe(local, lang, ls)]
    for path in paths:
        sentences.append(
            claims.critical_run(
                path.label,
                path.points,
                path.diverged_at,
                ls,
                lang,
                losses=path.losses,
                lr=lr,
                red=red[0] if red else None,
            )
        )
    if hiding:  # the probe's kind and the runs' fates would answer the question
        sentences = sentences[:1]
    # the probe point's paragraph, then one per run: each Hessian named by its own point
    head = ("" if lang == "zh" else " ").join(sentences[:2])
    notice.info("\n\n".join([head, *sentences[2:]]), icon=":material/visibility:")

    arrows = []
    for value, vector in zip(local.eigenvalues, directions, strict=True):
        if hiding:  # the arrows' colours tell the curvature's signs
            break
        colour = (
            KIND_COLOURS["minimum"]
            if value > claims.CURVED
            else (KIND_COLOURS["maximum"] if value < -claims.CURVED else KIND_COLOURS["degenerate"])
        )
        tip = np.array([px, py]) + ARROW_LENGTH * width * vector
        arrows.append(figures.Arrow(px, py, float(tip[0]), float(tip[1]), colour))
    probe_trace = dict(
        type="scatter",
        x=[px],
        y=[py],
        mode="markers",
        name=t("critical.probe", lang),
        marker=dict(
            symbol="diamond",
            size=20,
            color="white",
            line=dict(width=4, color="#555555" if hiding else KIND_COLOURS[local.kind]),
        ),
        showlegend=False,
        hoverinfo="skip",
    )
    labels = figure_labels(lang) | ({"x": n1, "y": n2} if name == "two_neuron" else {})

    with figure_area:
        # a run going downhill on a surface with no bottom that way is no failure: its
        # sentence says so; the red box names only the runs that diverged otherwise
        widgets.divergence_alert(
            [
                (p.label, p.diverged_at)
                for p in paths
                if not claims.no_bottom(p.points, p.diverged_at, p.losses, ls)
            ],
            lang,
        )
        contour = compute.landscape_contour(
            name,
            paths,
            labels,
            click_grid=figures.CLICK_GRID,
            animate=False,
            # a phone's square plot is as wide as the screen allows: 520 px left 90 px empty;
            # without the colour bar the legend takes two rows, not three, and the plot its
            # width: 348 px keep it nearly as large as it was (a 205 px square) with the
            # study question's Check within a screen of its top
            # a phone: at 348 its plot was 192 px square; 356 with a narrower bottom margin
            # keeps step 3's answer within a screen of the contour's top
            height=356 if kit.narrow() else 520,
            colour_bar=not kit.narrow(),
            extra=[probe_trace, *study.guess_traces("critical-points", step, lang)],
            arrows=arrows,
        )
        # the x title below the tick labels (at 1280×720 it sat on "0"), with room for it under
        # them; set in the figure's spec, which is what the browser gets (a prepared figure's
        # update_xaxes / update_layout change a copy nobody draws)
        layout = contour.to_dict()["layout"]
        # gradient descent's path under the others, wider: at the default the noisy run (black,
        # dotted) and momentum (orange) lay on it and hid the blue path study step 2 asks about;
        # drawn wider with larger dots it shows as a blue band around them
        for trace in contour.to_dict()["data"]:
            if trace.get("mode") == "lines+markers" and trace.get("name") == paths[0].label:
                trace["line"] = dict(trace["line"], width=GD_WIDTH)
                trace["marker"] = dict(trace["marker"], size=GD_MARKER)
        layout["xaxis"].update(automargin=True, title=dict(layout["xaxis"]["title"], standoff=12))
        layout["margin"] = dict(layout["margin"], b=50 if kit.narrow() else 66)
        if kit.narrow():  # the three runs' legend in two rows, not three, above the contour
            # and clear of the top tick label (at y=1.01 it covered "2")
            layout["legend"] = dict(layout["legend"], font=dict(size=palette.FONT_SIZE - 3), y=1.06)
        widgets.chart(
            contour,
            key="cp_contour",
            menu=None if menu_area is None else lambda shown: phone_downloads(shown, menu_area),
            theme=None,
            config={"displaylogo": False},
        )
        # the kind and the Hessian a tap produces: beside the contour, and on a phone (where the
        # columns stack) right under it, not three screens down after the controls
        readout = st.container(key="cp_readout") if kit.narrow() else None
    if readout is None:
        readout = facts.container(key="cp_readout")
    with view:
        if step is not None:
            study.question(
                "critical-points",
                step,
                lang,
                lambda answer: study_steps.feedback(step, answer, ls, (px, py), drawn_gd, lang),
                area=ls.domain,
            )
        kit.ask_the_class(rooms.Setup(name, (float(sx), float(sy)), int(steps), lanes), lang)
        shift = ls.min_loss if ls.min_loss is not None else 0.0
        widgets.chart(
            lesson_figures.lines_figure(
                [
                    lesson_figures.Series(
                        p.label,
                        p.colour,
                        np.arange(len(p.shown)),
                        p.losses[: len(p.shown)] - shift,
                        dash=p.dash,
                    )
                    for p in paths
                ],
                x_title=t("figure.step", lang),
                y_title=t(
                    "figure.loss_minus_min" if ls.min_loss is not None else "figure.loss_no_min",
                    lang,
                ),
                log_y=ls.min_loss is not None,
                height=400,  # at 300 the plot was 131 px tall beside its legend on a projector
            ),
            key="cp_loss",
            theme=None,
            config={"displaylogo": False},
        )
        # a run exactly at the minimum loss has no point on the log axis: say so (the
        # plateau's momentum at 300 steps: 69 steps undrawn, the curve simply ended)
        gaps = shared_claims.log_gaps(
            paths, ls.min_loss, lang, "cp.log.zero", "cp.log.run", one_key="cp.log.run_one"
        )
        if gaps:
            st.caption(gaps)

    with readout:
        # the kind, the Hessian and its eigenvalues wait for the answer; the study box already
        # says what is hidden (a second "study.hidden" here showed the hint twice)
        if not hiding:
            # a degenerate probe on the curve of minima at the minimum's L is a minimum, as the
            # probe's sentence says (at (1, 1) the box read "cannot decide" beside it)
            at_min = local.kind == "degenerate" and claims.at_minimum(local, ls)
            kind = "minimum" if at_min else local.kind
            st.markdown(
                f"<div style='font-size:1.6rem;font-weight:700;color:{KIND_COLOURS[kind]}'>"
                f"{t(f'kind.{kind}', lang)}</div>",
                unsafe_allow_html=True,
            )
            st.caption(t("kind.degenerate.at_min" if at_min else f"kind.{kind}.why", lang))
            g, h = local.gradient, local.hessian
            # projector type is larger and this column narrow: the matrix a size smaller there
            size = r"\scriptsize" if widgets.projector_on() else r"\footnotesize"
            # 3 significant digits below 0.1 (`ui.claims.readout`): 3 fixed decimals printed a plateau's
            # H = [[−0.002, −0.002], [−0.002, −0.003]] (both its eigenvalues negative) beside
            # λ₂ = 0.000279, and λ₂ as a green "0.000"
            # a small H as 10^e times a matrix of entries from 1 to 10: with "−0.00244" four
            # times the matrix ran past this column's edge at 1024×768 projector
            top = float(np.max(np.abs(h)))
            power = int(np.floor(np.log10(top))) if 0 < top < 0.1 else 0
            factor = rf"10^{{{power}}}" if power else ""
            g3 = [tex_number(shown_number(v)) for v in np.ravel(g)]
            h3 = [
                tex_number(sig(v / 10.0**power, 3) if power else shown_number(v))
                for v in np.ravel(h)
            ]
            st.latex(rf"{size} \nabla L = \begin{{pmatrix}} {g3[0]} \\ {g3[1]} \end{{pmatrix}}")
            matrix = rf"\begin{{pmatrix}} {h3[0]} & {h3[1]} \\ {h3[2]} & {h3[3]} \end{{pmatrix}}"
            if power:  # the factor on a line of its own: beside the matrix it still ran past
                st.latex(
                    rf"{size} \begin{{gathered}} H = {factor} \times \\ {matrix} \end{{gathered}}"
                )
            else:
                st.latex(rf"{size} H = {matrix}")
            for i, (value, vector) in enumerate(zip(local.eigenvalues, directions, strict=True), 1):
                colour = "green" if value > 1e-6 else ("red" if value < -1e-6 else "gray")
                sub = "₁₂"[i - 1]
                st.markdown(
                    f":{colour}[**λ{sub} = {shown_number(value)}**]  \n"
                    f":{colour}[v{sub} = ({f3(vector[0])}, {f3(vector[1])})]"
                )
            if local.escape_direction is not None and local.kind == "saddle":
                st.markdown(t("critical.escape_direction", lang))
            # four lines: on two, this column cut the second-order term
            st.latex(
                rf"{size} \begin{{aligned}} L(\theta) \approx\ & L(\theta') \\"
                r" & + (\theta-\theta')^{\top} g \\"
                r" & + \tfrac12 (\theta-\theta')^{\top} H \\"
                r" & \quad\ (\theta-\theta') \end{aligned}"
            )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
