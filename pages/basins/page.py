"""Basins of attraction: every start point of a surface coloured by the minimum two optimizers
end in, side by side, and how broken up each map is. (Once a view of the convergence maps;
`/convergence-maps?view=basins` links forward here.)"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

import landscapes
import optimizers
from optimizers import basins
from pages.basins import asks, claims
from pages.basins import compute as sweeps
from pages.basins import steps as study_steps
from ui import compute, kit, map_figures, maps, optimizer_ui, palette, shell, study, widgets
from ui.claims import sig
from ui.i18n import figure_labels, t

lang = shell.current_language(__file__)


LANDSCAPES = landscapes.names(dim=2)
BASIN_LANDSCAPES = ["himmelblau", "rastrigin", "two_neuron"] + [
    n for n in LANDSCAPES if n not in ("himmelblau", "rastrigin", "two_neuron")
]
BASIN_OPTIMIZERS = optimizers.names()
MARKS = {"minimum": "★", "saddle": "×", "maximum": "▲"}  # as the maps mark each end
broken_step = next(s for s in study_steps.STEPS if s.name == "broken")


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    # ---- callbacks ---
    def on_basin_landscape() -> None:
        ls = landscapes.get(widgets.landscape_ref("b_ls", "b_f", 2, BASIN_LANDSCAPES[0]))
        for slot in ("1", "2"):
            opt = optimizers.get(st.session_state[f"b_opt{slot}"])
            st.session_state[f"b_lr{slot}"] = optimizer_ui.suggested_lr(opt.name, ls.lr_hint)

    def apply_step(name: str) -> None:
        """A study step's view: every widget it names set to its value."""
        st.session_state.update(study_steps.VIEWS[name])

    def phone_downloads(shown, key: str, area) -> None:
        """A map's Download menu in `area` (a phone: under the study question)."""
        with area:
            widgets.downloads(shown, key)

    def basin_view() -> None:
        # the stage: the two maps first, what they show under them, then the controls
        phone = kit.narrow()
        # on a phone the study steps' buttons over the first map, then map 1, map 2 and the
        # question under both (it asks which is more broken up: no scrolling between them),
        # then the controls (their answer within a screen of the first map's top)
        first, then = st.container(), st.container()
        # the study steps: on a phone over the maps, on a wider screen under them
        study_area, figures_area = (first, then) if phone else (then, first)
        second_map = st.container() if phone else None
        question_area = st.container() if phone else None
        # on a phone the maps' Download menus under the question
        menu_area = st.container() if phone else None
        phone_controls = st.container() if phone else None
        notice = st.empty()  # filled once the basins are measured
        ask_area = st.container()  # "Ask the class first", once the shares are in
        with study_area:
            step = study.selector(
                "basins", study_steps.STEPS, lang, apply_step, question_area=question_area
            )
            hiding = study.is_open("basins", step)  # the maps' colours wait for the answer
        controls_area = phone_controls if phone_controls is not None else st.container()
        # two rows: five in one cut "Himmelblau (four minima)" and "Momentum" at 1024 px
        top = [*controls_area.columns([1.2, 1, 1]), *controls_area.columns(2)]
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
                        default=optimizer_ui.suggested_lr(name, ls.lr_hint),
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
                sweeps.start_sweep(
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
        # a run is credited to an end point only when it ends within 2 % of the map's width
        # of it; a curve of minima (two_neuron's w₁w₂ = 1) is one end per branch
        groups = basins.label_ends(
            ls.loss,
            [r.final_points for r in results],
            [r.diverged for r in results],
            radius=0.02 * span,
            minima=ls.minima,
            starts=[sweeps.starts(r) for r in results],
            curves=ls.minimum_curves,
            min_loss=float(ls.min_loss or 0.0),
        )
        colours = map_figures.basin_colours(groups.losses)
        # each end group by the Hessian at its point: a minimum (★), a saddle where a run stalled
        # (two_neuron's origin, Himmelblau's four) or a maximum (Himmelblau's peak, where Newton's
        # method and L-BFGS stop too); on a surface with no minimum every group is a saddle's
        kinds = sweeps.end_kinds(landscape, groups.centres, groups.curve_index)
        saddle = [k != "minimum" for k in kinds]
        surface = compute.surface(landscape, 120)
        # a loss within float32's resolution of the surface's values reads as the minimum's
        finite = surface[2][np.isfinite(surface[2])]
        # (on a surface that overflows everywhere in view no value is finite: the scale is 1)
        spread = float(np.ptp(finite)) if finite.size else 0.0
        resolution = float(np.finfo(np.float32).eps) * max(1.0, spread)
        names = [
            t("maps.basins.curve", lang, curve=t(f"landscape.{landscape}.curve{curve}", lang))
            if curve >= 0
            else (f"{labels[kind]} " if kind != "minimum" else "")
            + f"({c[0]:.2f}, {c[1]:.2f}) · "
            + claims.loss_text(float(v), float(ls.min_loss or 0.0), resolution)
            for c, v, kind, curve in zip(
                groups.centres, groups.losses, kinds, groups.curve_index, strict=True
            )
        ]
        # on a surface with no minimum, runs that all left lower than they started went out
        # downhill (saddle-free Newton on x² − y²), named so in the key and the table
        slid = [sweeps.went_downhill(landscape, r) for r in results]
        out_key = (
            "maps.basins.downhill"
            if any(slid)
            and all(
                s or not np.asarray(r.diverged).any() for s, r in zip(slid, results, strict=True)
            )
            else "maps.diverged"
        )
        basin_labels = labels | {
            "diverged": t(out_key, lang),
            "unsettled": t("maps.unsettled", lang),
            "stayed": t("maps.basins.stayed", lang),
            "moved": t("maps.basins.moved", lang),
        }
        map_names = [
            f"{t(optimizers.get(n).title_key, lang)} ({i + 1})" for i, (n, _) in enumerate(chosen)
        ]
        if step is not None:
            with study_area:
                study.question(
                    "basins",
                    step,
                    lang,
                    lambda answer: study_steps.feedback(
                        step,
                        answer,
                        results[0].xs,
                        results[0].ys,
                        list(groups.labels),
                        groups.centres,
                        map_names,
                        lang,
                    ),
                    hidden_key="basins.study_hidden",
                )
        cols = [figures_area, second_map] if phone else figures_area.columns(2)
        for k, ((name, hp), res, col) in enumerate(zip(chosen, results, cols, strict=True)):
            title = t(optimizers.get(name).title_key, lang)
            if hp:
                title += "  " + ", ".join(maps.hp_plain(n, v, lang) for n, v in hp.items())
            with col:
                figure = map_figures.basin_figure(
                    res.xs,
                    res.ys,
                    # while a question is open, every start "did not settle": no colours
                    np.full_like(groups.labels[k], -2) if hiding else groups.labels[k],
                    colours,
                    surface=surface,
                    centres=groups.centres,
                    centre_names=names,
                    centre_symbols=[sweeps.KIND_SYMBOLS[k] for k in kinds],
                    labels=basin_labels
                    # while hiding, the grey of every start is a wait, not a fate
                    | ({"unsettled": t("basins.step.hidden_label", lang)} if hiding else {}),
                    title=title,
                    title_colour=palette.colour(name),
                    # a phone: 270 px with narrow margins, a 4:3 plot ≥ 200×150, so the
                    # two maps and the open question's Check fit one screen
                    height=270 if phone else 470,
                    compact=phone,
                    moved=None if hiding else sweeps.travelled(res),
                )
                if step is not None and step.name == "start":  # the question's start, on both
                    # (a prepared figure: its drawn dict takes the trace, as its builder's do)
                    figure.to_dict().setdefault("data", []).append(
                        dict(
                            type="scatter",
                            x=[study_steps.START[0]],
                            y=[study_steps.START[1]],
                            mode="markers",  # no text: the end marks are the one with text
                            marker=dict(
                                symbol="circle-open", size=16, color="#000000", line=dict(width=2)
                            ),
                            name=t("basins.step.start_mark", lang),
                            showlegend=False,
                            hovertemplate=t("basins.step.start_mark", lang)
                            + f" ({study_steps.START[0]:g}, {study_steps.START[1]:g})<extra></extra>",
                        )
                    )
                widgets.chart(
                    figure,
                    key=f"basin_{k}",
                    menu=(lambda shown, k=k: phone_downloads(shown, f"basin_{k}", menu_area))
                    if phone  # both maps' menus under the question, not between the maps
                    else None,
                    theme=None,
                    config={"displaylogo": False, "scrollZoom": False},
                )
        if hiding:  # the maps' measures and shares answer the question
            return
        if len(groups.centres) <= len(map_figures.BASIN_COLOURS):
            # the colour key under both maps: each end point's colour, its mark and where it is
            # (by its own colour each basin's boundary can be compared between the two maps)
            figures_area.markdown(
                map_figures.basin_key(
                    [
                        f"{MARKS[kind]} "
                        + (names[g] if curve >= 0 else f"({c[0]:.2f}, {c[1]:.2f})")
                        for g, (c, kind, curve) in enumerate(
                            zip(groups.centres, kinds, groups.curve_index, strict=True)
                        )
                    ]
                    + [
                        t(key, lang)
                        for key, special in (
                            ("maps.basins.stayed", basins.STAYED),
                            ("maps.unsettled", basins.UNSETTLED),
                            ("maps.diverged", basins.DIVERGED),
                        )
                        if any((lab == special).any() for lab in groups.labels)
                    ],
                    colours
                    + [
                        colour
                        for colour, special in (
                            (map_figures.STAYED_COLOUR, basins.STAYED),
                            (map_figures.UNSETTLED_COLOUR, basins.UNSETTLED),
                            (map_figures.BASIN_DIVERGED_COLOUR, basins.DIVERGED),
                        )
                        if any((lab == special).any() for lab in groups.labels)
                    ],
                ),
                unsafe_allow_html=True,
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
                        minimum_groups=[not s for s in saddle],
                        has_minimum=bool(ls.minima),
                        bound=ls.far_bound,
                        steps=int(steps),
                        moved=[sweeps.travelled(r) for r in results],
                        width=float(span),
                        gaps=[
                            sweeps.gaps(landscape, r, lab)
                            for r, lab in zip(results, groups.labels, strict=True)
                        ],
                        tolerance=float(groups.tolerance),
                        sign_lrs=[hp.get("lr") if n == "lion" else None for n, hp in chosen],
                        downhill=slid,
                        # a study step still asks which map is more broken up: not given here
                        compare=step is None or not study.is_open("basins", broken_step),
                    ),
                    # α is not a control here: the rule runs with its default, said once
                    *(
                        t(
                            "maps.basins.momentum",
                            lang,
                            name=f"{t(optimizers.get(n).title_key, lang)} ({i + 1})",
                            alpha=f"{optimizers.SPECS['momentum'].default:g}",
                        )
                        for i, (n, _) in enumerate(chosen)
                        if "momentum" in optimizers.get(n).hp_names
                    ),
                ]
            ),
            icon=":material/visibility:",
        )
        shares = [groups.shares(k) for k in range(len(results))]
        with ask_area:
            kit.ask_number(
                "basins",
                # no question when the lowest end is a saddle or a whole curve of minima
                lambda: asks.basins(
                    chosen, groups, bool(saddle and saddle[0]) or groups.curve_index[0] >= 0
                ),
                lang,
            )
        # the lowest minimum first, then the others by how many starts they catch
        rest = np.argsort(-(shares[0] + shares[1]), kind="stable")
        order = [0, *(g for g in rest if g != 0)][:8] if len(rest) else []
        rows = []
        for g in order:
            rows.append(
                {
                    t("maps.basins.end" if any(saddle) else "maps.basins.minimum", lang): names[g],
                    **{
                        t(optimizers.get(n).title_key, lang)
                        + f" ({i + 1})": f"{claims.percent(s[g])} %"
                        for i, ((n, _), s) in enumerate(zip(chosen, shares, strict=True))
                    },
                }
            )
        for special, key in (
            (basins.DIVERGED, out_key),
            (basins.UNSETTLED, "maps.unsettled"),
            (basins.STAYED, "maps.basins.stayed"),
        ):
            fractions = [float(np.mean(lab == special)) for lab in groups.labels]
            if any(fractions):
                rows.append(
                    {
                        t("maps.basins.end" if any(saddle) else "maps.basins.minimum", lang): t(
                            key, lang
                        ),
                        **{
                            t(optimizers.get(n).title_key, lang)
                            + f" ({i + 1})": f"{claims.percent(f)} %"
                            for i, ((n, _), f) in enumerate(zip(chosen, fractions, strict=True))
                        },
                    }
                )
        if len(groups.centres) > len(map_figures.BASIN_COLOURS):
            st.caption(claims.depth(kinds, lang))
        if not ls.minima:
            st.caption(t("maps.basins.table_none", lang))
        elif any(saddle):
            st.caption(
                t(
                    "maps.basins.table_kinds",
                    lang,
                    groups=len(kinds),
                    minima=kinds.count("minimum"),
                    saddles=kinds.count("saddle"),
                    maxima=kinds.count("maximum"),
                )
            )
        else:
            st.caption(t("maps.basins.table", lang, groups=len(groups.centres)))
        # how near an end point a run must end to count for it (and a curve's loss tolerance)
        st.caption(
            t(
                "maps.basins.tolerance_curve"
                if (groups.curve_index >= 0).any()
                else "maps.basins.tolerance",
                lang,
                tol=f"{groups.tolerance:g}",
                loss=sig(basins.CURVE_LOSS),
            )
        )
        st.table(pd.DataFrame(rows), hide_index=True)

    notice_area = st.container()
    st.title(t("page.basins.title", lang))
    labels = figure_labels(lang)
    basin_view()

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
