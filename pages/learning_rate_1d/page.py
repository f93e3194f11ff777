"""Learning rate in 1-D (notes 001, 004): the same curve, several step sizes side by side."""

from __future__ import annotations

import dataclasses

import numpy as np
import streamlit as st

import landscapes
from optimizers.specs import LR
from pages.learning_rate_1d import claims, steps
from pages.learning_rate_1d import compute as lesson_compute
from ui import compute, kit, lesson_figures, presets, rooms, shell, study, widgets
from ui.claims import sig
from ui.i18n import t

lang = shell.current_language(__file__)


CURVES = landscapes.names(dim=1)
PRESETS = presets.LR1D_PRESETS
DEFAULT = PRESETS["note004"]


# the panels' y axis widens to hold a Taylor prediction (hollow) at most this many times the
# curve's drawn f range beyond it; one further off is said off the chart (a caption)
PREDICTION_REACH = 2.0


def fit_predictions(layout: dict, runs, k: int) -> list[tuple[str, float, tuple[float, float]]]:
    """Widen the panels' shared y range (in `layout`, the figure's spec) to hold each run's
    Taylor prediction at step k, the hollow marker (x² at ε = 0.9 and 1.1 from 4.5: −16.25
    and −21.25 under a range from −7.1): within `PREDICTION_REACH` ranges of the curve's. The
    runs whose prediction lies further, with it and the range drawn, for a caption."""
    y0, y1 = (float(v) for v in layout["yaxis"]["range"])
    span = y1 - y0
    if not np.isfinite(span):  # no range set (a curve not defined everywhere): Plotly fits
        return []
    held, off = [], []
    for run in runs:
        check = lesson_figures.taylor_check(run, k)
        if check is None:
            continue
        value = float(run.f[k]) + float(check["predicted"])
        if not np.isfinite(value):  # f not defined there (a typed log x): nothing drawn
            continue
        if y0 - PREDICTION_REACH * span <= value <= y1 + PREDICTION_REACH * span:
            held.append(value)
        else:
            off.append((run.label, value))
    pad = 0.05 * span
    low, high = min([y0, *(v - pad for v in held)]), max([y1, *(v + pad for v in held)])
    for name, axis in layout.items():
        if name.startswith("yaxis"):
            axis["range"] = [low, high]
    return [(label, value, (low, high)) for label, value in off]


@kit.fragment
def lesson() -> None:
    """The lesson: a control moved in it reruns this, not the app around it."""

    def apply_preset() -> None:
        name = st.session_state.get("lr1d_preset")
        if name is None:
            return
        st.session_state["lr1d_preset"] = None
        preset = PRESETS[name]
        st.session_state["fn"] = preset.curve
        st.session_state["start"] = preset.start
        st.session_state["iters"] = preset.iters
        st.session_state["ascent"] = preset.ascent
        st.session_state["k"] = 0
        for i, lr in enumerate(preset.lrs, 1):
            st.session_state[f"lr{i}"] = lr

    def reset_start() -> None:
        ls = landscapes.get(widgets.landscape_ref("fn", "fx", 1, DEFAULT.curve))
        st.session_state["start"] = ls.start[0]

    notice_area = st.container()
    title_col, preset_col = st.columns([1.85, 2.2], vertical_alignment="bottom")
    title_col.title(t("page.lr1d.title", lang))
    preset_col.pills(
        t("playground.presets", lang),
        list(PRESETS),
        selection_mode="single",
        format_func=lambda n: t(PRESETS[n].title_key, lang),
        key="lr1d_preset",
        on_change=apply_preset,
    )

    def apply_step(name: str) -> None:
        st.session_state["lr1d_preset"] = name
        apply_preset()

    # the panels over the page's whole width (side by side in a column beside the controls they
    # were 137 px wide at 1024×768 with the projector on); the controls and the rest under them
    stage = st.container()
    # on a phone the study steps (their question opens under them) and the learning rates right
    # under the panels, not two screens down with the rest (the column with the iterates chart
    # comes first there, so a question in it stood a screen above the steps)
    study_area = study.phone_area()
    lr_slot = st.container() if kit.narrow() else None
    controls, view = st.columns([1, 1.7], gap="large")
    # the Taylor table under both columns, over the page's width: in the right-hand column its
    # six columns of numbers ran past it (25 sin x − x² at 1024×768, 中文, projector on: the
    # error column cut), and at other steps or rates on any desktop view
    taylor = st.container()
    notice = st.empty()  # under the stage (the figure first), filled from the runs
    with controls:
        step = study.selector("learning-rate-1d", steps.STEPS, lang, apply_step, study_area)
        hiding = study.is_open("learning-rate-1d", step)  # the runs wait for the answer
        fn = widgets.landscape(
            t("lr1d.curve", lang),
            "fn",
            CURVES,
            DEFAULT.curve,
            lang,
            dim=1,
            formula_key="fx",
            on_change=reset_start,
        )
        curve = landscapes.get(fn)
        lo, hi = curve.domain[0]
        start = widgets.number_slider(
            t("lr1d.start", lang), "start", low=lo, high=hi, default=curve.start[0], step=0.01
        )
        iters = widgets.number_slider(
            t("lr1d.iters", lang),
            "iters",
            low=1,
            high=100,
            default=DEFAULT.iters,
            step=1,
            integer=True,
        )
        with lr_slot if lr_slot is not None else st.container():
            # labels coloured like their panels by a style, not ":blue[…]" in the label: a
            # screen reader read that markup aloud (the slider's aria-label is its label)
            st.html(
                "<style>"
                + "".join(
                    f'.st-key-lr{i} [data-testid="stWidgetLabel"] p '
                    f"{{color: {colour} !important; font-weight: 600}}"
                    for i, colour in enumerate(lesson_figures.SERIES_COLOURS[:3], 1)
                )
                + "</style>"
            )
            lrs = [
                widgets.hyperparam(
                    LR, f"lr{i}", lang, default=default, label=f"{t('hp.lr', lang)}{sub}"
                )
                for i, (default, sub) in enumerate(zip(DEFAULT.lrs, "₁₂₃", strict=True), 1)
            ]
        ascent = widgets.toggle(t("lr1d.ascent", lang), "ascent", help=t("lr1d.ascent_help", lang))
        k = widgets.number_slider(
            t("lr1d.k", lang),
            "k",
            low=0,
            high=max(int(iters) - 1, 1),
            default=0,
            step=1,
            integer=True,
            help=t("lr1d.k_help", lang),
        )
        # step k, as in the Taylor table below and the slider "inspect the tangent at step k"
        st.latex(r"x_{k+1} = x_k %s \varepsilon\, f'(x_k)" % ("+" if ascent else "-"))
        # two lines: on one, the controls column at 1024 px cuts the formula's end
        st.latex(
            r"\begin{gathered} f(x_k + \Delta) \approx f(x_k) \\ {} + f'(x_k)\,\Delta \end{gathered}"
        )
        st.caption(t("lr1d.taylor_caption_ascent" if ascent else "lr1d.taylor_caption", lang))

    lanes = tuple(("sgd", (("lr", float(lr)),)) for lr in lrs)
    trajs = compute.trajectories(
        fn, (float(start),), int(iters), lanes, (("ascent", bool(ascent)),)
    )
    # the panels' x range: the curve's domain, widened to follow runs that stay off it
    axis = (lo, hi) if hiding else claims.drawn_axis((lo, hi), trajs)
    xs, fx = compute.surface(fn, 600, **({} if axis == (lo, hi) else {"window": (axis,)}))
    sign = -1.0 if ascent else 1.0
    runs = [
        lesson_figures.Run1D(
            label=f"ε = {lr:g}",
            colour=lesson_figures.SERIES_COLOURS[i],
            x=tr.points[:, 0],
            f=tr.losses,
            slope=sign * tr.raw_grads[:, 0],  # raw_grads are of the objective ±f
            diverged_at=tr.diverged_at,
        )
        for i, (lr, tr) in enumerate(zip(lrs, trajs, strict=True))
    ]
    labels = {"tangent": t("lr1d.tangent", lang), "taylor_error": t("lr1d.taylor_error", lang)}

    if not hiding:  # the curve's blurb answers the open questions ("ε > 1 diverges" on x²)
        # a typed curve's note names its interval in numbers ("[−w, w]" left w undefined)
        blurb = claims.typed_blurb(curve, axis, lang) if curve.typed else t(curve.blurb_key, lang)
        notice.info(blurb, icon=":material/visibility:")
    # the step from which rounding, not the maths, sets each drawn path (None: never)
    parts = [claims.parted(tr, curve, axis, bool(ascent)) for tr in trajs]
    fates = [
        claims.descent_1d(tr, curve, r.label, lang, axis, ascent=bool(ascent), parted_step=p)
        for tr, r, p in zip(trajs, runs, parts, strict=True)
    ]
    # the red box names a divergence the maths sets: not a slide downhill, not a far-bound
    # step only float32 rounding produces (the sentences under the panels say what those did)
    alerts = [
        (r.label, claims.alerted(tr, curve, bool(ascent), p))
        for tr, r, p in zip(trajs, runs, parts, strict=True)
    ]
    drawn = [r.x[: r.last + 1] for r in runs]  # what the panels draw, for the step's reveal
    if hiding:  # each run at its start only, no sentence: the question is still open
        runs = [dataclasses.replace(r, x=r.x[:1], f=r.f[:1], diverged_at=None) for r in runs]
        fates = []
        alerts = []
    config = {"displaylogo": False}
    with stage:
        widgets.divergence_alert(alerts, lang)
        panels = lesson_figures.curve_panels(
            xs,
            fx,
            runs,
            k=int(k),
            domain=axis,
            labels=labels,
            narrow=kit.narrow(),
            # on a phone shorter: the study question under it within a screen of its top
            height=330 if kit.narrow() else 430,
        )
        off_chart = fit_predictions(panels.to_dict()["layout"], runs, int(k))
        widgets.chart(
            panels,
            key="curves",
            theme=None,
            config=config,
        )
    with view:
        # what each panel's run did, computed from its numbers, right under the panels
        st.markdown("\n".join(f"- {fate}" for fate in fates))
        for label, value, (y0, y1) in off_chart:  # a prediction the panels cannot hold
            st.caption(
                t(
                    "lr1d.prediction_off",
                    lang,
                    lr=label,
                    f=sig(value, 3),
                    lo=sig(y0, 3),
                    hi=sig(y1, 3),
                )
            )
        if step is not None:
            study.question(
                "learning-rate-1d",
                step,
                lang,
                lambda answer: steps.feedback(
                    step,
                    answer,
                    [float(lr) for lr in lrs],
                    drawn,
                    lang,
                    curve.domain,
                    fn=fn,
                    ascent=bool(ascent),
                ),
            )
        kit.ask_the_class(
            rooms.Setup(fn, (float(start),), int(iters), lanes, (("ascent", bool(ascent)),)), lang
        )
        st.caption(t("lr1d.notice", lang))
        widgets.chart(
            lesson_figures.lines_figure(
                [
                    lesson_figures.Series(
                        r.label, r.colour, np.arange(r.last + 1), r.x[: r.last + 1], markers=True
                    )
                    for r in runs
                ],
                x_title=t("figure.step", lang),
                y_title="xₖ",  # Plotly shows "x_k" as typed
                height=300,
            ),
            key="iterates",
            theme=None,
            config=config,
        )
    with taylor:
        rows = []
        for lr, r in zip(lrs, runs, strict=True):
            check = lesson_figures.taylor_check(r, int(k), exact=lesson_compute.exact(curve))
            if check is None:
                continue
            if kit.narrow():  # four short columns fit a phone's width (six were cut at 390 px)
                rows.append(
                    {
                        "ε": f"{lr:g}",
                        "f′\u2060(x)Δ": check["predicted"],  # no break after f′
                        "f(x+Δ)−f(x)": check["actual"],
                        t("lr1d.col.error", lang): check["error"],
                    }
                )
                continue
            rows.append(
                {
                    # "ε", not "学习率": at 1024×768 in 中文 with the projector on the squeezed
                    # column broke that header one character a line
                    "ε": f"{lr:g}",
                    "xₖ": round(check["x"], 4),
                    "Δ": check["delta"],
                    t("lr1d.col.predicted", lang): check["predicted"],
                    t("lr1d.col.actual", lang): check["actual"],
                    t("lr1d.col.error", lang): check["error"],
                }
            )
        # a run with no drawn step k → k+1 (it diverged before, or k is its last iterate) has no
        # row; with none at all the table is left out (an empty one reads "empty"), and while
        # the question is open (each run at its start only) nothing is said
        if rows:
            st.markdown(f"**{t('lr1d.table', lang, k=int(k))}**")
            st.table(lesson_figures.taylor_table(rows, fixed=("xₖ",)), hide_index=True)
            # a run left out of the table says why: its drawn iterates end before step k + 1
            # (x² at ε = 2 passes the far bound at step 5: no row at k = 4)
            for r in runs:
                if not hiding and r.last <= int(k):
                    st.caption(
                        t("lr1d.table_missing", lang, lr=r.label, last=r.last, k1=int(k) + 1)
                    )
        elif not hiding:
            st.caption(t("lr1d.table_none", lang, k=int(k), k1=int(k) + 1))

    with notice_area:
        widgets.show_url_notices(lang)


lesson()
