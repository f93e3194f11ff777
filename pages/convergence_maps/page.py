"""Convergence maps: every pair of two hyper-parameters swept in one vmapped call, with the
closed-form theory on top and one click back to the Playground. (Basins of attraction, once a
view of this page, are `/basins`; `?view=basins` links forward there.)"""

from __future__ import annotations

import math

import numpy as np
import streamlit as st

import landscapes
import optimizers
from pages.convergence_maps import asks, claims
from pages.convergence_maps import compute as sweeps
from pages.convergence_maps import steps as study_steps
from ui import figures, kit, map_figures, maps, optimizer_ui, registry, shell, study, widgets
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)

LANDSCAPES = landscapes.names(dim=2)
MAP_OPTIMIZERS = [n for n in optimizers.names() if maps.mappable(n)]
BEST_COLOUR, CELL_COLOUR, OPTIMUM_COLOUR = "#000000", "#000000", "#F0E442"
# the fastest cell's hollow square round the theory's star, drawn after it: at 20 px inside the
# 26 px star (the bowl's fastest cell is one cell from the star) its sides ran along the star's
# outline and no one saw it; 38 px across, it clears the star's points and both outlines by 3 px
STAR_SIZE, BEST_SIZE = 26, 38


# ---- callbacks ---------------------------------------------------------------------------------
def _lr_range(landscape: str, optimizer: str) -> None:
    lo, hi = maps.default_range(optimizers.SPECS["lr"], landscape, optimizer)
    st.session_state["lo_lr"], st.session_state["hi_lr"] = lo, hi
    ls = landscapes.get(landscape)
    st.session_state["m_lr"] = optimizer_ui.suggested_lr(optimizer, ls.lr_hint)


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


def cell_from_click() -> None:
    event = st.session_state.get("map_chart")
    for point in event.selection.points if event else []:
        if point.get("curve_number") == map_figures.CLICK_TRACE:
            st.session_state["map_cell"] = (float(point["x"]), float(point["y"]))


def apply_step(name: str) -> None:
    """A study step's view: every widget it names set to its value, no cell picked."""
    st.session_state.update(study_steps.VIEWS[name])
    st.session_state.pop("map_cell", None)


def nearest(values: np.ndarray, value: float, log: bool) -> int:
    f = np.log if log else np.asarray
    return int(np.argmin(np.abs(f(values) - f(value))))


def hp_text(name: str, value: float) -> str:
    """`ε = 0.5` as inline KaTeX for markdown."""
    return f"${optimizers.SPECS[name].symbol} = {value:.4g}$"


def bar_title(text: str) -> str:
    """The colour bar's title, in two lines when it is long in Chinese: along the bar in one
    line, "进入并保持在容差内的步数" ran past the chart's top at 1024×768 with the projector
    on, its last character cut in half (a line of Latin words is shorter at the same count)."""
    if len(text) <= 8 or not any("\u4e00" <= c <= "\u9fff" for c in text):
        return text
    half = (len(text) + 1) // 2
    return text[:half] + "<br>" + text[half:]


# ---- page --------------------------------------------------------------------------------------
def phone_downloads(shown, area) -> None:
    """The map's Download menu in `area` (a phone: under the study question)."""
    with area:
        widgets.downloads(shown, "map_chart")


notice_area = st.container()
if st.query_params.get("view") == "basins":
    # The basins were a view of this page; they are a lesson of their own now, and the links
    # lecturers put in their slides (`/convergence-maps?view=basins&…`) still open them.
    kept = {k: st.query_params.get_all(k) for k in st.query_params if k != "view"}
    st.switch_page(registry.page_file("basins"), query_params=kept)
st.title(t("page.maps.title", lang))
labels = figure_labels(lang)


@kit.fragment
def hyper_map() -> None:
    # the stage: the map on the left with what it shows under it, the controls on the right (on
    # a phone the columns stack in this order: the map first, its controls after it)
    # a study step chosen: a wider controls column, so its question (under the step buttons)
    # fits the first screen beside the map at 1024×768 with the projector on
    studying = bool(st.session_state.get("study-convergence-maps") or st.query_params.get("step"))
    view, controls = st.columns([1.6, 1] if studying else [2.3, 1], gap="large")
    map_area = view.container()
    # on a phone the study steps and their question right under the map (in the controls'
    # column the Check was 1 400 px below its top)
    with view:
        study_area = study.phone_area()
    # on a phone the surface, optimizer and axes right under the map, not after all it shows
    picks = view.container() if kit.narrow() else None
    chart_area = view.container()
    notice = view.empty()
    range_area = view.container()  # a range whose ends were swapped says so here
    # on a phone the map's Download menu under the question, not over the study steps
    menu_area = view.container() if kit.narrow() else None
    with controls:
        step = study.selector("convergence-maps", study_steps.STEPS, lang, apply_step, study_area)
        # the question right under the step buttons, within the first screen beside the map
        # (under the map it began at y ≈ 800 at 1280×720); on a phone under the buttons anyway
        question_box = st.container()
        hiding = study.is_open("convergence-maps", step)  # the map waits for the answer
        # an earlier step's reveal while a later step is unanswered: what answers it waits
        later_open = step is not None and any(
            study.is_open("convergence-maps", s)
            for s in study_steps.STEPS[study_steps.STEPS.index(step) + 1 :]
        )
        top_area = picks if picks is not None else st.container()
        top = [top_area.container() for _ in range(4)]  # one a row: no name cut at 1024 px
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
    with controls:
        ranges, swapped = {}, []
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
            if lo > hi:  # the upper end set below the lower: the map runs the two swapped
                swapped.append((axis, lo, hi))
                lo, hi = hi, lo
            ranges[axis] = (lo, hi)
        fixed = {}
        for spec in opt.hyperparams:
            if spec.name in (ax, ay):
                continue
            default = None
            if spec.name == "lr":
                default = optimizer_ui.suggested_lr(name, ls.lr_hint)
            fixed[spec.name] = widgets.hyperparam(spec, f"m_{spec.name}", lang, default=default)
        st.latex(opt.latex_lines)
        sx, sy = kit.start_picker(ls.domain, ls.start, lang, keys=("mx0", "my0"))
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
        if ls.minima:
            metric = widgets.choice(
                t("maps.metric", lang),
                "metric",
                list(maps.METRICS),
                "steps",
                lambda m: t(f"maps.metric.{m}", lang),
                widget=st.radio,
                horizontal=True,
            )
        else:  # no minimum, no tolerance, no final loss above it: every cell is coloured by
            # the step its run left the picture, and the menu says so (it said "steps to
            # tolerance" over a colour bar of "step it left the picture"); the URL's choice
            # is kept for the next surface
            metric = "steps"
            st.radio(
                t("maps.metric", lang),
                [t("maps.metric.left", lang)],
                horizontal=True,
                disabled=True,
                key="metric_left",
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
        # two lines: one was cut in this column on a 1024×768 projector
        st.latex(
            r"\begin{gathered}L(\theta_t) - L^{*} \\ < 10^{"
            + str(int(tol_exp))
            + r"}\end{gathered}"
        )

    xs = maps.axis_values(optimizers.SPECS[ax], *ranges[ax], grid)
    ys = maps.axis_values(optimizers.SPECS[ay], *ranges[ay], grid)
    start = (float(sx), float(sy))
    runs = f"{len(xs) * len(ys):,}".replace(",", " ")
    res = sweeps.hyper_sweep(
        landscape,
        name,
        start,
        int(steps),
        ((ax, tuple(xs)), (ay, tuple(ys))),
        tuple(sorted(fixed.items())),
        float(tol),
        t("maps.computing", lang, runs=runs, steps=int(steps)),
    )
    theory = maps.theory_for(landscape, name, (ax, ay), xs if ay == "lr" else ys)
    best = claims.fastest_cell(res.steps_to_tol, res.diverged, res.final_loss)
    best_key = "maps.best" if (res.steps_to_tol >= 0).any() else "maps.lowest"
    # a surface with no minimum (the saddles) has no tolerance to reach: a run's loss only
    # passes the saddle's level on its way out. Each cell is coloured by the step its run left
    # |x|, |y| ≤ the far bound, and the best cell is the first to leave.
    no_minimum = not ls.minima
    left_at = np.where(res.diverged, res.diverged_at, -1)
    if no_minimum:
        left = left_at > 0
        best_key = "maps.earliest"
        best = None
        if left.any():
            i, j = np.unravel_index(
                np.argmin(np.where(left, left_at, np.iinfo(np.int32).max)), left.shape
            )
            best = (int(i), int(j))
    if theory is not None and theory.kind == "newton":
        grid_of = {ax: xs, ay: ys}

        def outcome(i: int, j: int) -> str:
            """What the run at damping index i, ε index j did (res is indexed [x, y])."""
            cell = (j, i) if ax == "lr" else (i, j)
            if res.diverged[cell]:
                return t("maps.cell_diverged", lang)
            if res.steps_to_tol[cell] >= 0:
                return t("maps.cell_reached", lang, steps=int(res.steps_to_tol[cell]))
            return t("maps.cell_unreached", lang, loss=f"{res.final_loss[cell]:.3g}")

        about_theory = claims.maps_newton(
            np.array([theory.lam_min, theory.lam_max]),
            grid_of["damping"],
            grid_of["lr"],
            lambda lam, e: f"{maps.hp_plain('damping', lam, lang)}, {maps.hp_plain('lr', e, lang)}",
            outcome,
            lang,
            rounding_steps=lambda i, j: int(res.steps_to_tol[(j, i) if ax == "lr" else (i, j)]),
            tol_text=figures.decade(int(tol_exp)),
        )
    elif theory is not None:
        # Heavy-ball momentum has a closed-form fastest pair (the star); Nesterov's theory here
        # is its divergence limit only, so its overlay is the two limit lines and no star.
        star = next(((px, py) for px, py, key in theory.points if key.endswith("optimum")), None)
        about_theory = claims.maps_theory(
            star,
            xs,
            ys,
            (optimizers.SPECS[ax].log, optimizers.SPECS[ay].log),
            best,
            lambda x, y: f"({maps.hp_plain(ax, x, lang)}, {maps.hp_plain(ay, y, lang)})",
            lang,
        )
    else:
        about_theory = t("maps.notice.no_theory", lang)
    # how many cells the best cell is chosen among, from the map as drawn: the count of cells
    # that reach the tolerance (by steps), or the cells tied at the loss colouring's floor
    drawn_loss = None
    if metric == "loss":
        with np.errstate(divide="ignore", invalid="ignore"):
            shown_loss = np.where(res.diverged, np.nan, res.final_loss - (ls.min_loss or 0.0))
            drawn_loss = np.log10(np.maximum(shown_loss, 1e-12)).astype(np.float32)
    counts = claims.maps_counts(
        int(np.sum(~res.diverged & (res.steps_to_tol >= 0))),
        int(np.sum(res.diverged)),
        int(res.diverged.size),
        int(steps),
        drawn_loss,
        lang,
    )
    colouring = t(f"maps.notice.{metric}", lang)
    if no_minimum:
        colouring, counts = claims.maps_no_minimum(left_at, int(steps), ls.far_bound, lang), ""
    if swapped:
        with range_area:
            for axis, lo, hi in swapped:
                st.warning(
                    t(
                        "maps.range_swapped",
                        lang,
                        hp=hp_label[axis],
                        lo=maps.hp_plain(axis, lo, lang),
                        hi=maps.hp_plain(axis, hi, lang),
                        low=f"{hi:g}",
                        high=f"{lo:g}",
                    ),
                    icon=":material/swap_horiz:",
                )
    if later_open:  # an earlier step's reveal: the theory's edge and fastest pair wait
        about_theory = ""
    if not hiding:  # the theory's sentence names the edge and the fastest pair
        notice.info(
            " ".join(s for s in (colouring, about_theory, counts) if s),
            icon=":material/visibility:",
        )
    with controls:  # the lecturer's room menu, once the map is in: after the study steps
        kit.ask_number(
            "convergence-maps",
            lambda: (
                []
                if no_minimum  # no minimum to come within a tolerance of
                else asks.convergence_map(
                    res, optimizers.get(name).title_key, int(steps), int(tol_exp)
                )
            ),
            lang,
        )
    tapped = kit.tap("map_chart", ((-math.inf, math.inf),) * 2, touch_only=True)  # a finger
    if tapped is not None:
        st.session_state["map_cell"] = tapped
    picked = st.session_state.get("map_cell")
    if picked is not None:
        cell = (
            nearest(xs, picked[0], optimizers.SPECS[ax].log),
            nearest(ys, picked[1], optimizers.SPECS[ay].log),
        )
    else:
        cell = best

    with chart_area:
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
                map_figures.Mark(px, py, t(key, lang), "star", OPTIMUM_COLOUR, STAR_SIZE)
                for px, py, key in theory.points
            ]
        if best is not None:
            marks.append(
                map_figures.Mark(
                    xs[best[0]],
                    ys[best[1]],
                    t(best_key, lang),
                    "square-open",
                    BEST_COLOUR,
                    BEST_SIZE,
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
        colour_title, colour_log = t(f"maps.metric.{metric}", lang), metric == "loss"
        map_labels = labels | {
            "diverged": t("maps.diverged", lang),
            "unreached": t("maps.unreached", lang),
        }
        if no_minimum:  # the step each run left the picture; grey: still in it at the end
            value, unreached = left_at, left_at <= 0
            colour_title, colour_log = t("maps.metric.left", lang), False
            map_labels["unreached"] = t("maps.stayed", lang, steps=int(steps))
        # the drawn map, (row α, column ε) as the heatmap draws it, for a step's reveal
        shown_steps = np.where(~res.diverged & (res.steps_to_tol >= 0), res.steps_to_tol, np.nan)
        drawn = (xs, ys, res.diverged.T, shown_steps.T.astype(np.float32).astype(float))
        if hiding:  # the axes only: every cell, line and mark waits for the answer
            value = np.full(res.diverged.shape, np.nan)
            unreached = diverged = np.zeros_like(res.diverged)
            curves, marks = [], []
        else:
            diverged = np.zeros_like(res.diverged) if no_minimum else res.diverged
        map_figure = map_figures.sweep_map(
            map_figures.Axis(xs, optimizers.SPECS[ax].log, x_title),
            map_figures.Axis(ys, optimizers.SPECS[ay].log, y_title),
            value.astype(np.float64),
            diverged,
            unreached,
            colour_title=colour_title,
            colour_log=colour_log,
            labels=map_labels,
            curves=curves,
            marks=marks,
            narrow=kit.narrow(),
        )
        # the upright bar's title only (a phone's bar lies across the top, its title fits): the
        # trace's name and hover keep one line
        for trace in map_figure.to_dict()["data"]:
            if "colorbar" in trace and not kit.narrow():
                title = trace["colorbar"]["title"]
                trace["colorbar"] = {
                    **trace["colorbar"],
                    "title": {**title, "text": bar_title(title["text"])},
                }
        if kit.narrow():  # a phone's legend rows are short: the 26 px star and the 38 px
            # square at their drawn sizes overlapped; in the legend every symbol one size
            layout = map_figure.to_dict()["layout"]
            layout["legend"] = {**layout.get("legend", {}), "itemsizing": "constant"}
        with map_area:
            widgets.chart(
                map_figure,
                key="map_chart",
                menu=None if menu_area is None else lambda shown: phone_downloads(shown, menu_area),
                on_select=cell_from_click,
                selection_mode="points",
                theme=None,
                config={"displaylogo": False, "scrollZoom": False},
            )
        st.caption(t("maps.click_hint", lang))
        if step is not None:
            with question_box:
                study.question(
                    "convergence-maps",
                    step,
                    lang,
                    lambda answer: study_steps.feedback(step, answer, *drawn, lang),
                    hidden_key="maps.study_hidden",
                )
        if hiding:
            return
        if cell is None and not no_minimum:
            st.error(t("maps.all_diverged", lang), icon=":material/warning:")
        elif cell is not None and not (later_open and cell == best):
            # (while a later step is open, the fastest cell's settings answer it: they wait)
            i, j = cell
            hps = fixed | {ax: float(xs[i]), ay: float(ys[j])}
            reached = int(res.steps_to_tol[i, j])
            symbols = tuple(f"${optimizers.SPECS[a].symbol}$" for a in (ax, ay))
            if no_minimum:
                outcome = (
                    t("maps.cell_left", lang, step=int(left_at[i, j]), bound=f"{ls.far_bound:g}")
                    if left_at[i, j] > 0
                    else t("maps.cell_stayed", lang, steps=int(steps))
                )
                if cell == best:  # which of the cells leaving at that step is named
                    outcome += claims.earliest_ties(left_at, best, symbols, lang)
            elif res.diverged[i, j]:
                outcome = t("maps.cell_diverged", lang)
            elif reached >= 0:
                outcome = t(
                    "maps.cell_reached_one" if reached == 1 else "maps.cell_reached",
                    lang,
                    steps=reached,
                )
                if cell == best:  # which of the ties is named, and why
                    outcome += claims.fastest_ties(
                        res.steps_to_tol, res.diverged, res.final_loss, best, symbols, lang
                    )
            else:
                outcome = t(
                    "maps.cell_unreached", lang, loss=claims.loss_text(res.final_loss[i, j])
                )
                if cell == best:  # the lowest final loss, and the cells that print the same
                    outcome += claims.fastest_ties(
                        res.steps_to_tol, res.diverged, res.final_loss, best, symbols, lang
                    )
            which = t(best_key if cell == best else "maps.selected", lang)
            # a colon, not a dash: "1.018 — 7" reads as a minus in a projector's font
            where = f"{hp_text(ax, xs[i])}, {hp_text(ay, ys[j])}"
            st.markdown(t("maps.cell_line", lang, which=which, hps=where, outcome=outcome))
            st.page_link(
                registry.page_file("playground"),
                label=t("maps.open_playground", lang),
                icon=":material/open_in_new:",
                query_params=maps.playground_query(landscape, name, start, int(steps), hps),
            )
        if theory is not None and not later_open:  # the limits and the optimum answer them
            eps_star = theory.points[0] if theory.points else None
            st.markdown(
                t(
                    f"maps.theory.{theory.kind}_text",
                    lang,
                    lmin=f"{theory.lam_min:g}",
                    lmax=f"{theory.lam_max:g}",
                )
            )
            st.latex(
                {
                    "heavy_ball": r"0 < \varepsilon\lambda < 2(1+\alpha)",
                    "nesterov": r"0 < \varepsilon\lambda < \frac{2(1+\alpha)}{1+2\alpha}",
                    "newton": r"0 < \varepsilon < 2\Big(1 + \frac{\lambda}{\mu_{\max}}\Big)",
                }[theory.kind]
            )
            if theory.kind == "heavy_ball" and eps_star is not None:
                e, a = (eps_star[0], eps_star[1]) if ax == "lr" else (eps_star[1], eps_star[0])
                st.latex(  # one line each: side by side they were cut on a projector
                    r"\begin{gathered}\varepsilon^* = \Big(\tfrac{2}{\sqrt{\lambda_{\min}}+\sqrt{\lambda_{\max}}}\Big)^2"
                    + f" = {e:.4g}\\\\ "  # as the star and its caption print it
                    + r"\alpha^* = \Big(\tfrac{\sqrt{\kappa}-1}{\sqrt{\kappa}+1}\Big)^2"
                    + f" = {a:.4g}"
                    + r"\end{gathered}"
                )


hyper_map()

with notice_area:
    widgets.show_url_notices(lang)
