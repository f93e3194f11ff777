"""Batch size and gradient noise (notes 000, 003): full-batch GD, minibatch and SGD on a real
linear regression's loss; the spread of minibatch gradients; noise that leaves a narrow
minimum but not a wide one."""

from __future__ import annotations

import numpy as np
import streamlit as st

import landscapes
import optimizers
from optimizers import minibatch
from pages.minibatch_noise import asks, claims, steps
from pages.minibatch_noise import compute as lesson_compute
from pages.minibatch_noise import figures as mb_figures
from ui import compute, figures, kit, lesson_figures, palette, readings, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


PROBLEM = "line"
START = (-2.0, 4.0)
DOMAIN = ((-3.0, 5.0), (-2.5, 5.5))
COLOURS = lesson_figures.SERIES_COLOURS
CLOUD = 300  # sampled minibatch gradients
SHARP = "sharp_flat"
LEGEND_ROW = 34  # one legend entry's row under the contour (ui.figures: legend_below)
PHONE_CONTOUR_HEIGHT = 430  # a 218 px square plot over the legend's three rows
SIGMA_1 = 4.0  # σ of one example's gradient noise on the narrow/wide surface
SEEDS = 16
DRAWN = 2  # paths drawn per batch size (all runs' end points are marked)


SMALL_DEFAULT, LARGE_DEFAULT = 1, 16


def sharp_batches(small: int, large: int) -> tuple[int, int]:
    """The (small, large) batch sizes drawn under those labels: the small one must be the
    smaller. Set the other way round they are swapped, set equal the defaults are drawn; either
    way a notice under the sliders names the values set and the values drawn."""
    if small < large:
        return small, large
    drawn = (large, small) if small > large else (SMALL_DEFAULT, LARGE_DEFAULT)
    st.warning(claims.batch_pair(small, large, drawn, lang), icon=":material/swap_horiz:")
    return drawn


def menu_in(area, key: str):
    """A chart's Download menu placed in `area` rather than right under the chart."""

    def menu(shown) -> None:
        with area:
            widgets.downloads(shown, key)

    return menu


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""
    data = compute.problem(PROBLEM)
    labels = figure_labels(lang) | {"x": "w", "y": "b"}
    notice_area = st.container()
    st.title(t("page.minibatch.title", lang))

    # ---- 1. three batch sizes, one budget of epochs -------------------------------------------------
    # the figures first at the page's full width (beside a controls column the contour was
    # 107 px on a 1024×768 projector), the sliders in a row under them: on a phone the batch
    # size follows the figures
    left, right = st.columns([1.5, 1])
    with left:
        contour_area = st.container()
        # on a phone the study steps and their question right under the contour (under the
        # sliders, the notice and the formulas its Check was 2 200 px below the contour's top)
        study_area = study.phone_area()
        phone = kit.narrow()
        # then the batch size (in the sliders' row, under the loss chart, it was 1 202–1 279 px
        # down on a 390×844 phone, the contour at 115: not one screen)
        batch_area = st.container() if phone else None
        # and the contour's Download menu under the question (above it, with the contour 490 px
        # tall, the Check ended 848–934 px below the contour's top)
        menu_area = st.container() if phone else None
    sliders = st.columns(4)
    steps_line = st.container()
    with steps_line:  # under the figures: above them it pushed the contour down by 100 px
        st.info(t("minibatch.notice", lang), icon=":material/visibility:")
    controls, formulas = st.columns([1, 1.4], gap="large")

    def apply_step(name: str) -> None:
        st.session_state.update(steps.PRESETS[name])

    with batch_area if batch_area is not None else sliders[0]:
        batch = widgets.number_slider(
            t("minibatch.batch", lang),
            "mb_batch",
            low=1,
            high=data.n,
            default=5,
            step=1,
            integer=True,
        )
    with sliders[1]:
        lr = widgets.hyperparam(optimizers.SPECS["lr"], "mb_lr", lang, default=0.1)
    with sliders[2]:
        epochs = widgets.number_slider(
            t("minibatch.epochs", lang),
            "mb_epochs",
            low=1,
            high=20,
            default=5,
            step=1,
            integer=True,
        )
    with sliders[3]:
        seed = widgets.number_slider(
            t("playground.seed", lang), "mb_seed", low=0, high=99, default=0, step=1, integer=True
        )
    with controls:
        study_step = study.selector("minibatch-noise", steps.STEPS, lang, apply_step, study_area)
        study_box = st.container()  # the step's question, filled once the runs are drawn
        hiding = study.is_open("minibatch-noise", study_step)
        hide_runs = hiding and study_step.name == "epochs"  # the losses wait for the answer
        hide_ends = hiding and study_step.name != "epochs"  # the end points wait for the answer
    with formulas:
        st.latex(
            r"\begin{gathered} \hat y = w x + b \\"
            r" L = \tfrac{1}{2n}\textstyle\sum_{i} (\hat y_i - y_i)^2 \end{gathered}"
        )
        st.caption(t("minibatch.data", lang, n=data.n))
        st.latex(
            r"\theta \leftarrow \theta - \varepsilon\, \frac{1}{B}\sum_{i \in \mathcal{B}} \nabla L_i(\theta)"
        )
        st.caption(t("minibatch.rule", lang))

    sizes = [data.n, int(batch), 1]
    names = [
        t("minibatch.gd", lang, n=data.n),
        t("minibatch.mini", lang, b=int(batch)),
        t("minibatch.sgd", lang),
    ]
    runs = minibatch.descend(data, START, float(lr), sizes, int(epochs), int(seed))
    # A diverged run holds its last point inside the bound, so every value here is finite;
    # its path and loss curve are drawn up to that point only.
    losses = [data.loss_np(r.points) for r in runs]
    paths = [
        figures.PathView(
            f"batch{i}",
            name,
            r.points,
            loss,
            np.linalg.norm(np.diff(r.points, axis=0), axis=1),
            r.diverged_at,
            colour_override=COLOURS[i],
            dash="dot" if i == 1 else "solid",
        )
        for i, (name, r, loss) in enumerate(zip(names, runs, losses, strict=True))
    ]
    finals = [
        float(loss[len(r.shown) - 1] - data.min_loss) for r, loss in zip(runs, losses, strict=True)
    ]
    if hide_runs:  # each run at its start only: the question is still open
        paths = [p.at_start() for p in paths]
    alert = claims.diverged(
        names,
        runs,
        float(lr),
        minibatch.BOUND,
        data.stable_lr,
        lang,
        curves=[loss[: len(r.shown)] - data.min_loss for r, loss in zip(runs, losses, strict=True)],
        # each run's steepest batch up to its last drawn step (descend seeds run i with seed + i):
        # at ε = 1 < 2/λmax = 1.21 stochastic B = 1 diverged, one example's 1 + xᵢ² being 2.6
        steepest=[
            lesson_compute.steepest_batch(
                data, r.batch, int(epochs), int(seed) + i, r.diverged_at or len(r.points) - 1
            )
            for i, r in enumerate(runs)
        ],
    )
    if alert and not hide_runs:
        with steps_line:
            st.error(alert, icon=":material/warning:")
    # on a projector the legend's entries side by side under the contour (two rows, not
    # three) and both charts a row shorter, the plot the same size: with three rows the
    # sliders' handles (B first) were below a 1024×768 screen (y = 730–826)
    one_row = widgets.projector_on() and not phone
    chart_height = 490 - LEGEND_ROW if one_row else 490
    contour = compute.problem_contour(
        PROBLEM,
        DOMAIN,
        paths,
        labels,
        height=PHONE_CONTOUR_HEIGHT if phone else chart_height,
        legend_below=True,
        colour_bar=not phone,
    )
    if one_row:
        layout = contour.to_dict()["layout"]
        # side by side: two rows at 1024 px (B = 20 and B = 5, then B = 1), not three
        layout["legend"] = dict(layout["legend"], orientation="h")
        layout["margin"] = dict(layout["margin"], b=layout["margin"]["b"] - LEGEND_ROW)
    with contour_area:
        widgets.chart(
            # a phone's square plot is as wide as the screen allows: 490 px left it empty space;
            # there the colour bar's width goes to the surface (beside it the plot was 188 px)
            contour,
            key="mb_contour",
            theme=None,
            config={"displaylogo": False},
            menu=None if menu_area is None else menu_in(menu_area, "mb_contour"),
        )
    with right:
        widgets.chart(
            lesson_figures.lines_figure(
                []
                if hide_runs
                else [
                    lesson_figures.Series(
                        p.label,
                        p.colour,
                        np.arange(len(r.shown)) / r.per_epoch,
                        loss[: len(r.shown)] - data.min_loss,
                        dash=p.dash,
                    )
                    for p, r, loss in zip(paths, runs, losses, strict=True)
                ],
                x_title=t("minibatch.epoch_axis", lang),
                y_title=t("figure.loss_minus_min", lang),
                log_y=True,
                height=400 if phone else chart_height,  # a phone: the batch size within a screen
                legend=False,
            ),
            key="mb_loss",
            theme=None,
            config={"displaylogo": False},
        )
    with steps_line:
        st.markdown(claims.steps(names, runs, lang))
        same = claims.same_batch(names, sizes, runs, lang)
        if same and not hide_runs:
            st.markdown(same)

    # ---- 2. the noise of one minibatch gradient ----------------------------------------------------
    st.subheader(t("minibatch.cloud.title", lang))
    c_controls, c_view = st.columns([1, 2.4], gap="large")
    with c_controls:
        cloud_batch = widgets.number_slider(
            t("minibatch.batch", lang),
            "cloud_b",
            low=1,
            high=data.n,
            default=2,
            step=1,
            integer=True,
        )
        st.latex(  # two lines: one was cut in this column on a projector
            r"\begin{gathered}\mathbb{E}\,\lVert g_{\mathcal B} - \nabla L \rVert^2 \\"
            r" = \frac{\operatorname{tr}\Sigma}{B}\cdot\frac{n-B}{n-1}\end{gathered}"
        )
        st.caption(t("minibatch.cloud.caption", lang))
    grads, full = minibatch.gradient_samples(data, START, int(cloud_batch), CLOUD, seed=1)
    spread = minibatch.minibatch_spread(data, START, int(cloud_batch))
    measured = float(np.sqrt(np.mean(np.sum((grads - full) ** 2, axis=1))))
    step = 0.1  # a fixed ε for the picture: where one step from θ₀ would land
    tips = np.asarray(START) - step * grads
    full_tip = np.asarray(START) - step * full
    extra = [
        dict(
            type="scatter",
            x=tips[:, 0].tolist(),
            y=tips[:, 1].tolist(),
            mode="markers",
            marker=dict(size=7, color=COLOURS[1], opacity=0.45),
            name=t("minibatch.cloud.samples", lang),
            hoverinfo="skip",
        )
    ]
    # no label at its head: there "整批一步" sat on the arrow and the cloud (the caption says
    # what the arrow is)
    arrow = figures.Arrow(*START, *full_tip, COLOURS[0])
    start_only = figures.PathView(
        "start", "", np.asarray([START]), np.asarray([data.loss_np(START)]), np.zeros(0)
    )
    with c_view:
        # the chart alone across this column (beside the numbers its plot was 125 px square
        # on a 1024×768 projector); the numbers under the caption in the controls' column
        widgets.chart(
            compute.problem_contour(
                PROBLEM,
                DOMAIN,
                [start_only],
                labels,
                height=400,
                extra=extra,
                arrows=[arrow],
                legend=False,
            ),
            key="mb_cloud",
            theme=None,
            config={"displaylogo": False},
        )
    with c_controls:
        # label over value as text: a metric's one-line label was cut mid-sentence
        for label, value in (
            (t("minibatch.cloud.measured", lang, k=CLOUD), measured),
            (t("minibatch.cloud.theory", lang), spread),
            (t("minibatch.cloud.full_norm", lang), float(np.linalg.norm(full))),
        ):
            st.markdown(f"{label}  \n**{value:.3f}**")
        st.caption(t("minibatch.cloud.note", lang))

    # ---- 3. narrow valley vs wide basin ------------------------------------------------------------
    st.subheader(t("minibatch.sharp.title", lang))
    ls = landscapes.get(SHARP)
    s_controls, s_view = st.columns([1, 2.4], gap="large")
    with s_controls:
        small = widgets.number_slider(
            t("minibatch.sharp.small", lang),
            "sf_small",
            low=1,
            high=16,
            default=SMALL_DEFAULT,
            step=1,
            integer=True,
        )
        large = widgets.number_slider(
            t("minibatch.sharp.large", lang),
            "sf_large",
            low=4,
            high=256,
            default=LARGE_DEFAULT,
            step=1,
            integer=True,
        )
        small, large = sharp_batches(int(small), int(large))
        st.latex(  # two lines: one was cut in this column on a projector
            r"\begin{gathered} g = \nabla L + \xi \\"
            r" \xi \sim \mathcal{N}\!\left(0, \tfrac{\sigma_1^2}{B}\right)\end{gathered}"
        )
        st.caption(t("minibatch.sharp.caption", lang, sigma=f"{SIGMA_1:g}", seeds=SEEDS))
    lanes = tuple(
        ("sgd", (("lr", 0.05), ("noise", SIGMA_1 / np.sqrt(b)), ("seed", s)))
        for b in (int(small), int(large))
        for s in range(SEEDS)
    )
    sharp_runs = optimizers.run_batch(
        ls.loss,
        300,
        [dict(name=o, start=ls.start, bound=ls.far_bound, **dict(hp)) for o, hp in lanes],
    )
    pass_x = ls.saddles[0][0]
    bottom, reach = claims.valley(ls.minima, ls.saddles[0])
    end_points = {}
    left_counts = []  # left the narrow valley (farther from its bottom than the pass)
    basin_counts = []  # ended right of the pass, in the wide basin (the class question's count)
    outside_counts = []
    paths_out = []
    sharp_paths = []
    ends = []
    counts = []  # how many ends each stacked diamond holds
    for k, b in enumerate((int(small), int(large))):
        group = sharp_runs[k * SEEDS : (k + 1) * SEEDS]
        colour = COLOURS[1 if k == 0 else 0]
        left_counts.append(
            int(claims.left_valley([tr.points[-1] for tr in group], bottom, reach).sum())
        )
        basin_counts.append(sum(tr.points[-1, 0] > pass_x for tr in group))
        drawn_paths = group[: 0 if hide_ends else DRAWN]
        for tr in drawn_paths:
            sharp_paths.append(
                figures.PathView(
                    f"b{b}",
                    f"B = {b}",
                    tr.points,
                    tr.losses,
                    tr.step_lengths,
                    tr.diverged_at,
                    colour_override=colour,
                )
            )
        mine = [p for p in sharp_paths if p.key == f"b{b}"]
        paths_out.append(sum(readings.left_box(p.shown, ls.domain) is not None for p in mine))
        last = np.array([tr.points[-1] for tr in group])
        end_points[b] = last
        inside, edge = claims.split_ends(last, ls.domain)
        outside_counts.append(edge)
        if hide_ends:
            continue
        marker = dict(size=16, color=colour, symbol="diamond", line=dict(width=2, color="white"))
        counts += mb_figures.stack_labels(
            inside, ls.domain, colour, t("minibatch.sharp.stack", lang)
        )
        ends.append(
            dict(
                type="scatter",
                x=inside[:, 0].tolist(),
                y=inside[:, 1].tolist(),
                mode="markers",
                marker=marker,
                name=t("minibatch.sharp.ends", lang, b=b),
                hovertemplate="(%{x:.2f}, %{y:.2f})<extra></extra>",
            )
        )
        if len(edge):  # the ends beyond the axes, held at the edge, their place in the hover
            held = claims.clamp(edge, ls.domain)
            ends.append(
                dict(
                    type="scatter",
                    x=held[:, 0].tolist(),
                    y=held[:, 1].tolist(),
                    customdata=edge.tolist(),
                    mode="markers",
                    marker=dict(marker, symbol="diamond-open", line=dict(width=3, color=colour)),
                    cliponaxis=False,
                    name=t("minibatch.sharp.ends_outside", lang, b=b),
                    hovertemplate="(%{customdata[0]:.2f}, %{customdata[1]:.2f})<extra></extra>",
                )
            )
    # the pass on top of the paths and end points (under them a path hid it)
    ends.append(
        dict(
            type="scatter",
            x=[float(pass_x)],
            y=[float(ls.saddles[0][1])],
            mode="markers",
            marker=dict(
                symbol="x",
                size=18,
                color=palette.CRITICAL_COLOURS["saddle"],
                line=dict(width=1, color="white"),
            ),
            name=figure_labels(lang)["saddle"],
            showlegend=False,
            hovertemplate=figure_labels(lang)["saddle"] + " (%{x:.3f}, %{y:.3f})<extra></extra>",
        )
    )
    sharp_figure = compute.landscape_contour(
        SHARP, sharp_paths, figure_labels(lang), height=440, animate=False, legend=False, extra=ends
    )
    sharp_figure.to_dict()["layout"]["annotations"] = counts
    with s_view:
        # the x title below the tick labels, with room for it (at 1280×720 it sat on "0"):
        # set in the spec the browser gets, as critical points does
        layout = sharp_figure.to_dict()["layout"]
        layout["xaxis"].update(automargin=True, title=dict(layout["xaxis"]["title"], standoff=12))
        widgets.chart(
            sharp_figure,
            key="sf_contour",
            theme=None,
            config={"displaylogo": False},
        )
        for k, b in enumerate((int(small), int(large))):
            if hiding:  # any open question: the counts would answer the valley steps
                break
            colour = COLOURS[1 if k == 0 else 0]
            st.markdown(
                f"<span style='color:{colour};font-weight:700'>B = {b}</span> · "
                + claims.left(
                    left_counts[k],
                    SEEDS,
                    bottom,
                    reach,
                    outside_counts[k],
                    paths_out[k],
                    lang,
                    float(pass_x),
                    basin_counts[k],
                ),
                unsafe_allow_html=True,
            )
        if study_step is not None:
            with study_box:
                study.question(
                    "minibatch-noise",
                    study_step,
                    lang,
                    lambda a: steps.feedback(
                        study_step, a, finals, end_points, float(pass_x), lang, ls.domain
                    ),
                )
        if hiding:
            with notice_area:
                widgets.show_url_notices(lang)
            return
        kit.ask_number(
            "minibatch-noise",
            lambda: asks.minibatch_noise((int(small), int(large)), basin_counts, SEEDS),
            lang,
        )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
