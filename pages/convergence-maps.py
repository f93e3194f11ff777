"""Convergence maps: every pair of two hyper-parameters swept in one vmapped call, with the
closed-form theory on top and one click back to the Playground; and basins of attraction."""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import landscapes
import optimizers
from optimizers import basins
from ui import claims, compute, map_figures, maps, palette, shell, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)

LANDSCAPES = landscapes.names(dim=2)
MAP_OPTIMIZERS = [n for n in optimizers.names() if maps.mappable(n)]
BASIN_LANDSCAPES = ["himmelblau", "rastrigin", "two_neuron"] + [
    n for n in LANDSCAPES if n not in ("himmelblau", "rastrigin", "two_neuron")
]
BASIN_OPTIMIZERS = optimizers.names()
BEST_COLOUR, CELL_COLOUR, OPTIMUM_COLOUR = "#000000", "#000000", "#F0E442"


# ---- callbacks ---------------------------------------------------------------------------------
def _lr_range(landscape: str, optimizer: str) -> None:
    lo, hi = maps.default_range(optimizers.SPECS["lr"], landscape, optimizer)
    st.session_state["lo_lr"], st.session_state["hi_lr"] = lo, hi
    ls = landscapes.get(landscape)
    st.session_state["m_lr"] = ls.lr_hint[1 if optimizers.get(optimizer).normalised else 0]


def on_map_landscape() -> None:
    ls = landscapes.get(widgets.landscape_ref("map_ls", "map_f", 2, "bowl"))
    st.session_state["mx0"], st.session_state["my0"] = ls.start
    st.session_state["map_tol"] = maps.default_tol_exponent(ls.name)
    _lr_range(ls.name, st.session_state["map_opt"])
    st.session_state.pop("map_cell", None)


def on_map_optimizer() -> None:
    for key in ("ax", "ay"):  # the new optimizer's own default axes
        st.session_state.pop(key, None)
        st.session_state.pop(f"_keep_{key}", None)
        st.query_params.pop(key, None)
    _lr_range(widgets.landscape_ref("map_ls", "map_f", 2, "bowl"), st.session_state["map_opt"])
    st.session_state.pop("map_cell", None)


def on_basin_landscape() -> None:
    ls = landscapes.get(widgets.landscape_ref("b_ls", "b_f", 2, BASIN_LANDSCAPES[0]))
    for slot in ("1", "2"):
        opt = optimizers.get(st.session_state[f"b_opt{slot}"])
        st.session_state[f"b_lr{slot}"] = ls.lr_hint[1 if opt.normalised else 0]


def cell_from_click() -> None:
    event = st.session_state.get("map_chart")
    for point in event.selection.points if event else []:
        if point.get("curve_number") == map_figures.CLICK_TRACE:
            st.session_state["map_cell"] = (float(point["x"]), float(point["y"]))


def nearest(values: np.ndarray, value: float, log: bool) -> int:
    f = np.log if log else np.asarray
    return int(np.argmin(np.abs(f(values) - f(value))))


def hp_text(name: str, value: float) -> str:
    """`ε = 0.5` as inline KaTeX for markdown."""
    return f"${optimizers.SPECS[name].symbol} = {value:.4g}$"


def hp_plain(name: str, value: float) -> str:
    """`ε = 0.5` in plain text (figure titles): the symbol is the label's last word."""
    return f"{t(optimizers.SPECS[name].label_key, lang).split()[-1]} = {value:.4g}"


# ---- page --------------------------------------------------------------------------------------
notice_area = st.container()
st.title(t("page.maps.title", lang))
view_mode = widgets.choice(
    t("maps.view", lang),
    "view",
    ["map", "basins"],
    "map",
    lambda v: t(f"maps.view.{v}", lang),
    widget=st.radio,
    horizontal=True,
    label_visibility="collapsed",
)
labels = figure_labels(lang)


def hyper_map() -> None:
    notice = st.empty()
    top = st.columns([1.5, 1.2, 1.2, 1.2])
    with top[0]:
        landscape = widgets.landscape(
            t("playground.landscape", lang),
            "map_ls",
            LANDSCAPES,
            "bowl",
            lang,
            formula_key="map_f",
            on_change=on_map_landscape,
        )
    with top[1]:
        name = widgets.choice(
            t("maps.optimizer", lang),
            "map_opt",
            MAP_OPTIMIZERS,
            "momentum",
            lambda n: t(optimizers.get(n).title_key, lang),
            on_change=on_map_optimizer,
        )
    ls, opt = landscapes.get(landscape), optimizers.get(name)
    hp_names = list(opt.hp_names)
    ax0, ay0 = maps.default_axes(name)
    hp_label = {n: f"{t(optimizers.SPECS[n].label_key, lang)}" for n in hp_names}
    with top[2]:
        ax = widgets.choice(t("maps.x_axis", lang), "ax", hp_names, ax0, hp_label.get)
    with top[3]:
        ay_options = [n for n in hp_names if n != ax]
        ay = widgets.choice(
            t("maps.y_axis", lang),
            "ay",
            ay_options,
            ay0 if ay0 in ay_options else ay_options[0],
            hp_label.get,
        )
    controls, view = st.columns([1, 2.3], gap="large")
    with controls:
        ranges = {}
        for axis in (ax, ay):
            spec = optimizers.SPECS[axis]
            lo0, hi0 = maps.default_range(spec, landscape, name)
            c1, c2 = st.columns(2)
            with c1:
                lo = widgets.hyperparam(
                    spec,
                    f"lo_{axis}",
                    lang,
                    default=lo0,
                    label=t("maps.from", lang, hp=hp_label[axis]),
                )
            with c2:
                hi = widgets.hyperparam(
                    spec,
                    f"hi_{axis}",
                    lang,
                    default=hi0,
                    label=t("maps.to", lang, hp=hp_label[axis]),
                )
            ranges[axis] = (lo, hi)
        fixed = {}
        for spec in opt.hyperparams:
            if spec.name in (ax, ay):
                continue
            default = None
            if spec.name == "lr":
                default = ls.lr_hint[1 if opt.normalised else 0]
            fixed[spec.name] = widgets.hyperparam(spec, f"m_{spec.name}", lang, default=default)
        st.latex(opt.latex_lines)
        c1, c2 = st.columns(2)
        (xlo, xhi), (ylo, yhi) = ls.domain
        with c1:
            sx = widgets.number_slider(
                t("playground.start_x", lang),
                "mx0",
                low=xlo,
                high=xhi,
                default=ls.start[0],
                step=0.01,
            )
        with c2:
            sy = widgets.number_slider(
                t("playground.start_y", lang),
                "my0",
                low=ylo,
                high=yhi,
                default=ls.start[1],
                step=0.01,
            )
        steps = widgets.number_slider(
            t("playground.steps", lang),
            "map_n",
            low=10,
            high=500,
            default=300,
            step=10,
            integer=True,
        )
        grid = int(
            widgets.choice(
                t("maps.grid", lang),
                "map_grid",
                [str(n) for n in maps.GRID_SIZES],
                "128",
                lambda n: f"{n}²",
                widget=st.radio,
                horizontal=True,
            )
        )
        metric = widgets.choice(
            t("maps.metric", lang),
            "metric",
            list(maps.METRICS),
            "steps",
            lambda m: t(f"maps.metric.{m}", lang),
            widget=st.radio,
            horizontal=True,
        )
        tol_exp = widgets.number_slider(
            t("maps.tol", lang),
            "map_tol",
            low=-30,
            high=-1,
            default=maps.default_tol_exponent(landscape),
            step=1,
            integer=True,
            help=t("maps.tol_help", lang),
        )
        tol = 10.0 ** int(tol_exp)
        st.latex(r"L(\theta_t) - L^{*} < 10^{" + str(int(tol_exp)) + "}")

    xs = maps.axis_values(optimizers.SPECS[ax], *ranges[ax], grid)
    ys = maps.axis_values(optimizers.SPECS[ay], *ranges[ay], grid)
    start = (float(sx), float(sy))
    runs = f"{grid * grid:,}".replace(",", " ")
    res = compute.hyper_sweep(
        landscape,
        name,
        start,
        int(steps),
        ((ax, tuple(xs)), (ay, tuple(ys))),
        tuple(sorted(fixed.items())),
        float(tol),
        t("maps.computing", lang, runs=runs, steps=int(steps)),
    )
    theory = maps.theory_for(landscape, name, (ax, ay), ys if ay == "momentum" else xs)
    best = maps.best_cell(res)
    best_key = "maps.best" if (res.steps_to_tol >= 0).any() else "maps.lowest"
    if theory is not None:
        star = next((px, py) for px, py, key in theory.points if key.endswith("optimum"))
        about_theory = claims.maps_theory(
            star,
            xs,
            ys,
            (optimizers.SPECS[ax].log, optimizers.SPECS[ay].log),
            best,
            lambda x, y: f"({hp_plain(ax, x)}, {hp_plain(ay, y)})",
            lang,
        )
    else:
        about_theory = t("maps.notice.no_theory", lang)
    notice.info(t(f"maps.notice.{metric}", lang) + " " + about_theory, icon=":material/visibility:")
    picked = st.session_state.get("map_cell")
    if picked is not None:
        cell = (
            nearest(xs, picked[0], optimizers.SPECS[ax].log),
            nearest(ys, picked[1], optimizers.SPECS[ay].log),
        )
    else:
        cell = best

    with view:
        x_title = f"{hp_label[ax]}"
        y_title = f"{hp_label[ay]}"
        marks = []
        curves = []
        if theory is not None:
            curves = [
                map_figures.Curve(
                    cx, cy, t(key, lang), "dot" if key.endswith("gd_limit") else "dash"
                )
                for cx, cy, key in theory.curves
            ]
            marks += [
                map_figures.Mark(px, py, t(key, lang), "star", OPTIMUM_COLOUR, 26)
                for px, py, key in theory.points
            ]
        if best is not None:
            marks.append(
                map_figures.Mark(
                    xs[best[0]], ys[best[1]], t(best_key, lang), "square-open", BEST_COLOUR, 20
                )
            )
        if cell is not None and cell != best:
            marks.append(
                map_figures.Mark(
                    xs[cell[0]],
                    ys[cell[1]],
                    t("maps.selected", lang),
                    "circle-open",
                    CELL_COLOUR,
                    22,
                )
            )
        unreached = (
            ~res.diverged & (res.steps_to_tol < 0)
            if metric == "steps"
            else np.zeros_like(res.diverged)
        )
        value = res.steps_to_tol if metric == "steps" else res.final_loss - (ls.min_loss or 0.0)
        map_labels = labels | {
            "diverged": t("maps.diverged", lang),
            "unreached": t("maps.unreached", lang),
        }
        widgets.chart(
            map_figures.sweep_map(
                map_figures.Axis(xs, optimizers.SPECS[ax].log, x_title),
                map_figures.Axis(ys, optimizers.SPECS[ay].log, y_title),
                value.astype(np.float64),
                res.diverged,
                unreached,
                colour_title=t(f"maps.metric.{metric}", lang),
                colour_log=metric == "loss",
                labels=map_labels,
                curves=curves,
                marks=marks,
            ),
            key="map_chart",
            on_select=cell_from_click,
            selection_mode="points",
            theme=None,
            config={"displaylogo": False, "scrollZoom": False},
        )
        st.caption(t("maps.click_hint", lang))
        if cell is None:
            st.error(t("maps.all_diverged", lang), icon=":material/warning:")
        else:
            i, j = cell
            hps = fixed | {ax: float(xs[i]), ay: float(ys[j])}
            reached = int(res.steps_to_tol[i, j])
            if res.diverged[i, j]:
                outcome = t("maps.cell_diverged", lang)
            elif reached >= 0:
                outcome = t("maps.cell_reached", lang, steps=reached)
            else:
                outcome = t("maps.cell_unreached", lang, loss=f"{res.final_loss[i, j]:.3g}")
            which = t(best_key if cell == best else "maps.selected", lang)
            st.markdown(f"**{which}:** {hp_text(ax, xs[i])}, {hp_text(ay, ys[j])} — {outcome}")
            st.page_link(
                "pages/playground.py",
                label=t("maps.open_playground", lang),
                icon=":material/open_in_new:",
                query_params=maps.playground_query(landscape, name, start, int(steps), hps),
            )
        if theory is not None:
            eps_star = theory.points[0] if theory.points else None
            st.markdown(
                t(
                    f"maps.theory.{name}_text",
                    lang,
                    lmin=f"{theory.lam_min:g}",
                    lmax=f"{theory.lam_max:g}",
                )
            )
            st.latex(
                r"0 < \epsilon\lambda < 2(1+\alpha)"
                if name == "momentum"
                else r"0 < \epsilon\lambda < \frac{2(1+\alpha)}{1+2\alpha}"
            )
            if name == "momentum" and eps_star is not None:
                e, a = (eps_star[0], eps_star[1]) if ax == "lr" else (eps_star[1], eps_star[0])
                st.latex(
                    r"\epsilon^* = \Big(\tfrac{2}{\sqrt{\lambda_{\min}}+\sqrt{\lambda_{\max}}}\Big)^2"
                    + f" = {e:.4f},\\quad "
                    + r"\alpha^* = \Big(\tfrac{\sqrt{\kappa}-1}{\sqrt{\kappa}+1}\Big)^2"
                    + f" = {a:.4f}"
                )


def basin_view() -> None:
    notice = st.empty()  # filled once the basins are measured
    top = st.columns([1.2, 1, 1, 1, 1])
    with top[0]:
        landscape = widgets.landscape(
            t("playground.landscape", lang),
            "b_ls",
            BASIN_LANDSCAPES,
            "himmelblau",
            lang,
            formula_key="b_f",
            on_change=on_basin_landscape,
        )
    ls = landscapes.get(landscape)
    chosen = []
    for slot, default, col in (("1", "sgd", top[1]), ("2", "momentum", top[2])):
        with col:
            name = widgets.choice(
                t("maps.basins.optimizer", lang, n=slot),
                f"b_opt{slot}",
                BASIN_OPTIMIZERS,
                default,
                lambda n: t(optimizers.get(n).title_key, lang),
                on_change=on_basin_landscape,
            )
            opt = optimizers.get(name)
            hp = {}
            if "lr" in opt.hp_names:
                hp["lr"] = widgets.hyperparam(
                    optimizers.SPECS["lr"],
                    f"b_lr{slot}",
                    lang,
                    default=ls.lr_hint[1 if opt.normalised else 0],
                )
            chosen.append((name, hp))
    with top[3]:
        steps = widgets.number_slider(
            t("playground.steps", lang),
            "b_n",
            low=10,
            high=1000,
            default=300,
            step=10,
            integer=True,
        )
    with top[4]:
        grid = int(
            widgets.choice(
                t("maps.grid", lang),
                "b_grid",
                [str(n) for n in maps.GRID_SIZES[1:]],
                "128",
                lambda n: f"{n}²",
            )
        )
    results = []
    for name, hp in chosen:
        results.append(
            compute.start_sweep(
                landscape,
                name,
                grid,
                int(steps),
                tuple(sorted(hp.items())),
                t(
                    "maps.computing",
                    lang,
                    runs=f"{grid * grid:,}".replace(",", " "),
                    steps=int(steps),
                ),
            )
        )
    (xlo, xhi), (ylo, yhi) = ls.domain
    span = max(xhi - xlo, yhi - ylo)
    groups = basins.label_ends(
        ls.loss,
        [r.final_points for r in results],
        [r.diverged for r in results],
        radius=0.02 * span,
        minima=ls.minima,
    )
    colours = map_figures.basin_colours(groups.losses)
    # a group whose end is a saddle (two_neuron's origin, reached from its stable line) is
    # named so: the run stalled there, it found no minimum
    saddle = [optimizers.analyse(ls.loss, c).kind == "saddle" for c in groups.centres]
    names = [
        (f"{labels['saddle']} " if at_saddle else "")
        + f"({c[0]:.2f}, {c[1]:.2f}) · L = {v if abs(v) > 1e-9 else 0.0:.3g}"
        for c, v, at_saddle in zip(groups.centres, groups.losses, saddle, strict=True)
    ]
    surface = compute.surface(landscape, 120)
    basin_labels = labels | {
        "diverged": t("maps.diverged", lang),
        "unsettled": t("maps.unsettled", lang),
    }
    cols = st.columns(2)
    for k, ((name, hp), res, col) in enumerate(zip(chosen, results, cols, strict=True)):
        title = t(optimizers.get(name).title_key, lang)
        if hp:
            title += "  " + ", ".join(hp_plain(n, v) for n, v in hp.items())
        with col:
            widgets.chart(
                map_figures.basin_figure(
                    res.xs,
                    res.ys,
                    groups.labels[k],
                    colours,
                    surface=surface,
                    centres=groups.centres,
                    centre_names=names,
                    centre_symbols=["x" if k else "star" for k in saddle],
                    labels=basin_labels,
                    title=title,
                    title_colour=palette.colour(name),
                ),
                key=f"basin_{k}",
                theme=None,
                config={"displaylogo": False, "scrollZoom": False},
            )
    notice.info(
        " ".join(
            [
                t("maps.basins.notice", lang),
                *claims.basins_broken(
                    list(groups.labels),
                    [
                        f"{t(optimizers.get(n).title_key, lang)} ({i + 1})"
                        for i, (n, _) in enumerate(chosen)
                    ],
                    lang,
                ),
            ]
        ),
        icon=":material/visibility:",
    )
    shares = [groups.shares(k) for k in range(len(results))]
    # the lowest minimum first, then the others by how many starts they catch
    rest = np.argsort(-(shares[0] + shares[1]), kind="stable")
    order = [0, *(g for g in rest if g != 0)][:8] if len(rest) else []
    rows = []
    for g in order:
        rows.append(
            {
                t("maps.basins.minimum", lang): names[g],
                **{
                    t(optimizers.get(n).title_key, lang) + f" ({i + 1})": f"{100 * s[g]:.1f} %"
                    for i, ((n, _), s) in enumerate(zip(chosen, shares, strict=True))
                },
            }
        )
    for special, key in ((basins.DIVERGED, "maps.diverged"), (basins.UNSETTLED, "maps.unsettled")):
        fractions = [float(np.mean(lab == special)) for lab in groups.labels]
        if any(fractions):
            rows.append(
                {
                    t("maps.basins.minimum", lang): t(key, lang),
                    **{
                        t(optimizers.get(n).title_key, lang) + f" ({i + 1})": f"{100 * f:.1f} %"
                        for i, ((n, _), f) in enumerate(zip(chosen, fractions, strict=True))
                    },
                }
            )
    if len(groups.centres) > len(map_figures.BASIN_COLOURS):
        st.caption(t("maps.basins.depth", lang))
    st.caption(t("maps.basins.table", lang, groups=len(groups.centres)))
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="basin_table")


if view_mode == "map":
    hyper_map()
else:
    basin_view()

with notice_area:
    widgets.show_url_notices(lang)
