"""A real network's loss landscape (note 004; Li et al. 2018): a small MLP trained on a
generated moons dataset; its loss along two filter-normalised random directions (contour and
3-D) and along the two PCA directions of its training trajectory; residual connections on/off."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import optimizers
from models import network_landscape as model
from pages.network_landscape import asks, claims, compute
from pages.network_landscape import steps as study_steps
from ui import figures, kit, registry, shell, study, widgets
from ui.claims import digits3
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


OPTIMIZERS = list(model.OPTIMIZERS)
GRIDS = [str(n) for n in compute.GRIDS]
NETLAND_HEIGHT = 420  # with the view switch above it, wholly on a 1280×720 or 1024×768 screen
SURFACE_HEIGHT = 460
# on a phone the plot is width-bound (a square contour ~200 px wide): the blank above and
# below it cut, so the learning-rate slider is on the first screen (at 420 it was at 797–874)
PHONE_HEIGHT = 360
PHONE_SURFACE_HEIGHT = 340
DEFAULT_LR = compute.DEFAULT_LR


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    def smooth(xs: np.ndarray, ys: np.ndarray, z: np.ndarray, factor: int = 5):
        """The sampled grid linearly interpolated for drawing (the contour picture is a raster)."""
        fine_x = np.linspace(xs[0], xs[-1], (len(xs) - 1) * factor + 1)
        fine_y = np.linspace(ys[0], ys[-1], (len(ys) - 1) * factor + 1)
        rows = np.stack([np.interp(fine_x, xs, row) for row in z])
        cols = np.stack([np.interp(fine_y, ys, col) for col in rows.T]).T
        return fine_x, fine_y, cols

    def below_ticks(fig) -> None:
        """The x title under the tick labels, with room for it: in the spec that is drawn. Not
        on a phone: there automargin shrank the square contour to 64×64 px, ticks turned."""
        if kit.narrow():
            return
        layout = fig.to_dict()["layout"]
        layout["xaxis"].update(automargin=True, title=dict(layout["xaxis"]["title"], standoff=12))
        layout["margin"] = dict(layout["margin"], b=max(66, layout["margin"].get("b", 0)))

    def reset_lr() -> None:
        st.session_state["nl_lr"] = DEFAULT_LR[st.session_state["nl_opt"]]

    notice_area = st.container()
    st.title(t("page.netland.title", lang))
    if kit.narrow():
        # on a phone the figure first, the optimizer, learning rate, steps and the residual
        # toggle right under it, then the numbers and sentences, then the rest of the controls
        # (in two stacked columns the whole controls column came first, the figure 1740 px on)
        view = st.container()
        controls = st.container()
        # the study steps under the main controls: with the rest of the controls they were
        # 2 553 px down, under the numbers and sentences
        steps_area = study.phone_area()
        after = st.container()
        more = st.container()
    else:
        controls, view = st.columns([1.5, 2.5], gap="large")
        after = more = steps_area = None
    # what the lesson shows, under the figure row: the figure comes first
    st.info(
        t(
            "netland.notice",
            lang,
            without=t("netland.without", lang),
            with_=t("netland.with", lang),
        ),
        icon=":material/visibility:",
    )

    def apply_step(name: str) -> None:
        st.session_state["nl_view"] = study_steps.PRESETS[name]

    more = more or controls  # beside the figure: one column
    after = after or view
    with more:  # the study steps head the controls column (on a phone: under the numbers)
        step = study.selector("network-landscape", study_steps.STEPS, lang, apply_step, steps_area)
        hiding = study.is_open("network-landscape", step)  # the results wait for the answer
    with controls:
        name = widgets.choice(
            t("maps.optimizer", lang),
            "nl_opt",
            OPTIMIZERS,
            compute.DEFAULT_OPTIMIZER,
            lambda n: t(optimizers.get(n).title_key, lang),
            on_change=reset_lr,
        )
        lr = widgets.hyperparam(optimizers.SPECS["lr"], "nl_lr", lang, default=DEFAULT_LR[name])
        steps = widgets.number_slider(
            t("playground.steps", lang),
            "nl_n",
            low=50,
            high=model.MAX_STEPS,
            default=compute.DEFAULT_STEPS,
            step=50,
            integer=True,
        )
        residual = widgets.toggle(t("netland.residual", lang), "nl_res", default=False)
        st.latex(r"h \leftarrow h + \tanh(W h + b)" if residual else r"h \leftarrow \tanh(W h + b)")
    with more:
        grid = int(
            widgets.choice(
                t("maps.grid", lang), "nl_grid", GRIDS, str(compute.DEFAULT_GRID), lambda n: f"{n}²"
            )
        )
        span = widgets.number_slider(
            t("netland.span", lang),
            "nl_span",
            low=0.1,
            high=2.0,
            default=compute.DEFAULT_SPAN,
            step=0.1,
        )
        setup_area = st.container()  # the plane's formulas and caption, once the view is known

    def setup(view_name: str) -> None:
        """The plane the shown view slices, in formulas and words: filter-normalised random
        directions (random, 3-D) or the training path's two principal directions (PCA)."""
        with setup_area:
            st.latex(r"L(\theta^{*} + a\,d_1 + b\,d_2)")
            net = compute.mlp(False)  # both architectures have the same layers
            arch = " → ".join(str(n) for n in (2, *[net.width] * net.hidden, 1))
            if view_name == "pca":
                st.latex(
                    r"[\theta_k - \theta^{*}]_{k=0}^{T} \approx \textstyle\sum_i s_i\,u_i\,d_i^{\top}"
                )
                st.caption(
                    t("netland.setup.pca", lang, arch=arch, hidden=net.hidden, width=net.width)
                )
                return
            st.latex(
                r"d_{i,j} \leftarrow \frac{d_{i,j}}{\lVert d_{i,j}\rVert}\,\lVert \theta^{*}_{i,j}\rVert"
            )
            st.caption(t("netland.setup", lang, arch=arch, hidden=net.hidden, width=net.width))

    def sampled_hover(fig, a, b, z) -> None:
        """The contour's hover grid is the sampled grid itself (its nodes, with θ* at the
        centre node a = b = 0), not a 40 × 40 resampling that missed θ*: the loss a pointer
        reads at the centre is the one the words give, at the grid the caption counts."""
        for trace in fig.to_dict()["data"]:
            if trace.get("type") == "heatmap" and trace.get("name") == "hover":
                trace.update(x=figures.f32(a), y=figures.f32(b), z=figures.f32(z))

    with st.spinner(t("netland.computing", lang, n=grid * grid)):
        res = compute.trained_landscape(
            bool(residual), name, float(lr), int(steps), grid, float(span)
        )
        other = compute.trained_landscape(
            not residual, name, float(lr), int(steps), grid, float(span)
        )

    labels = figure_labels(lang)
    on, off = (res, other) if residual else (other, res)
    table = {  # the table under the figure, as shown: without, then with residual connections
        # 3 significant digits, trailing zeros kept: 3.90 beside 9.69, as the sentences print them
        "sharpness": [digits3(off["sharpness"]), digits3(on["sharpness"])],
        "loss": [f"{off['losses'][-1]:.4f}", f"{on['losses'][-1]:.4f}"],
        "accuracy": [f"{100 * off['accuracy']:.1f} %", f"{100 * on['accuracy']:.1f} %"],
    }
    drawn: dict[str, dict] = {}  # the PCA figure, once drawn: what the PCA step reads

    def ask() -> None:
        """The step's question, or once answered its reveal read from the drawn results."""
        if step is not None:
            study.question(
                "network-landscape",
                step,
                lang,
                lambda answer: study_steps.feedback(step, answer, table, drawn.get("pca"), lang),
                # the question names the run it is graded on: the optimizer and steps chosen
                asked=study_steps.asked(step, t(optimizers.get(name).title_key, lang), steps),
            )

    phone = kit.narrow()
    height = PHONE_HEIGHT if phone else NETLAND_HEIGHT
    with view:
        widgets.divergence_alert(
            [(t(optimizers.get(name).title_key, lang), res["diverged_at"])], lang
        )
        shown = widgets.view_switch(
            "nl_view",
            ["random", "3d", "pca"],
            {
                "random": t("netland.tab_random", lang),
                "3d": t("playground.tab_3d", lang),
                "pca": t("netland.tab_pca", lang),
            },
            t("playground.view", lang),
        )
        setup(shown)
        if hiding:  # no picture, number or sentence until the question is answered
            ask()
            with notice_area:
                widgets.show_url_notices(lang)
            return
        xs, ys, z = smooth(*res["random"])
        centre = figures.PathView(
            name,
            t("netland.theta_star", lang),
            np.zeros((1, 2)),
            np.asarray([z[len(ys) // 2, len(xs) // 2]]),
            np.zeros(0),
        )
        random_labels = labels | {"x": "a (d₁)", "y": "b (d₂)"}
        middle, low, low_a, low_b = claims.slice_lowest(xs, ys, z)
        if shown == "random":
            contour = figures.contour_figure(
                xs,
                ys,
                z,
                [centre],
                domain=((xs[0], xs[-1]), (ys[0], ys[-1])),
                # the plane's origin is θ*, the end of training; where training started is
                # not on this plane (was labelled "start" on hover, at the same point as θ*)
                labels=random_labels | {"start": t("netland.theta_star", lang)},
                log_levels=True,
                animate=False,
                height=height,
                legend=False,
            )
            if low < middle:  # the slice's lowest point, where it is not θ*
                name_low = t("netland.slice_low", lang)
                contour.to_dict()["data"].append(
                    dict(
                        type="scatter",
                        x=[low_a],
                        y=[low_b],
                        customdata=[low],
                        mode="markers",
                        marker=dict(symbol="star", size=16, color="white",
                                    line=dict(width=1.5, color="#222222")),
                        name=name_low,
                        showlegend=False,
                        hovertemplate=name_low
                        + " (%{x:.2f}, %{y:.2f}) · L %{customdata:.4g}<extra></extra>",
                    )
                )  # fmt: skip
                # the whole star inside the plot: on the slice's edge (momentum, span 0.1: its
                # top corner) Plotly cut it at the plot's edge. 240 px: the plot at its
                # narrowest (a phone); on a wider one a little more room than it needs
                layout = contour.to_dict()["layout"]
                radius = figures.marker_radius(16, 1.5)
                for axis, at in (("xaxis", low_a), ("yaxis", low_b)):
                    layout[axis]["range"] = figures.room_for_markers(
                        layout[axis]["range"], [at], radius, 240
                    )
            # the x title below the tick labels (at 1280×720 it sat on "0"), set in the spec
            # the browser gets (a prepared figure's update_xaxes changes an undrawn copy)
            sampled_hover(contour, *res["random"])
            below_ticks(contour)
            widgets.chart(
                contour,
                key="nl_random",
                theme=None,
                config={"displaylogo": False},
            )
        elif shown == "3d":
            # the slice as computed, its top unclipped (cut at the 95th percentile it was flat
            # at 2.23 where the grid reaches 2.51), named as the contour names its axes, and
            # the box small enough that it and its labels are whole at every width
            surface = figures.surface_figure(
                xs,
                ys,
                z,
                [],
                labels=random_labels,
                height=PHONE_SURFACE_HEIGHT if phone else SURFACE_HEIGHT,
                clip=False,
                titles=(random_labels["x"], random_labels["y"]),
                fit=figures.FIT_BOX_NARROW if phone else figures.FIT_BOX,
            )
            widgets.chart(
                surface,
                key="nl_3d",
                theme=None,
                config={"displaylogo": False},
            )
        else:
            pa, pb, pz = smooth(*res["pca"])
            coords = res["coords"]
            path = figures.PathView(
                name,
                t(optimizers.get(name).title_key, lang),
                coords,
                res["losses"],
                np.linalg.norm(np.diff(coords, axis=0), axis=1),
            )
            pca_fig = figures.contour_figure(
                pa,
                pb,
                pz,
                [path],
                domain=((pa[0], pa[-1]), (pb[0], pb[-1])),
                labels=labels
                | {
                    "x": t("netland.pc", lang, k="₁", share=f"{100 * res['explained'][0]:.0f}"),
                    "y": t("netland.pc", lang, k="₂", share=f"{100 * res['explained'][1]:.0f}"),
                },
                log_levels=True,
                animate=False,
                height=height,
            )
            sampled_hover(pca_fig, *res["pca"])
            below_ticks(pca_fig)
            drawn["pca"] = pca_fig.to_dict()
            widgets.chart(pca_fig, key="nl_pca", theme=None, config={"displaylogo": False})
    with after:  # the numbers and sentences under the figure
        if shown in ("random", "3d"):
            st.caption(claims.slice_minimum(xs, ys, z, lang, res["end_step"], shown == "random"))
        # under the figure, two by two: four side by side cut their labels and values with
        # the projector on at 1024×768
        c = [*st.columns(2), *st.columns(2)]
        c[0].metric(t("netland.accuracy", lang), f"{100 * res['accuracy']:.1f} %")
        c[1].metric(t("netland.final_loss", lang), f"{res['losses'][-1]:.4f}")
        c[2].metric(
            t("netland.sharpness", lang),
            digits3(res["sharpness"]),
            help=t("netland.sharpness_help", lang),
        )
        c[3].metric(t("netland.params", lang), f"{res['params']:,}".replace(",", " "))
        ask()
        st.markdown(claims.residual_sharpness(on, off, lang))
        title = t(optimizers.get(name).title_key, lang)
        st.markdown(claims.step_size(on, off, name, title, lang, float(lr)))
        st.page_link(
            registry.page_file("edge-of-stability"),
            label=t("netland.to_edge", lang),
            icon=":material/show_chart:",
        )
        kit.ask_number(
            "network-landscape",
            lambda: asks.network_landscape(on, off, optimizers.get(name).title_key, int(steps)),
            lang,
        )
        st.table(
            pd.DataFrame(
                {
                    "": [t("netland.without", lang), t("netland.with", lang)],
                    t("netland.sharpness_full", lang): table["sharpness"],
                    t("netland.final_loss", lang): table["loss"],
                    t("netland.accuracy", lang): table["accuracy"],
                }
            ),
            hide_index=True,
        )
        st.caption(
            t(
                "netland.timing",
                lang,
                n=grid,
                cells=grid * grid,
                grid=f"{res['grid_seconds']:.2f}",
                train=f"{res['train_seconds']:.2f}",
            )
        )

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
