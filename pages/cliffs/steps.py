"""The cliffs lesson's study steps: predict how far the cliff throws plain SGD, how long the
clipped run's longest step can be, and whether a loose threshold still clips at the cliff; each
reveal read from the step lengths and gradient norms the figures draw."""

from __future__ import annotations

import numpy as np

from ui.claims import sig
from ui.i18n import t
from ui.ledger import Fixed, Sentence
from ui.study import Choice, Number, Reveal, Step

STEPS = (
    # ε = 0.2 from (−0.3, 0.8): the unclipped run's longest step, where it meets the wall
    Step(
        "cliffs",
        "throw",
        "tight",
        Number(low=0.0, high=100.0, step=0.1, tolerance=0.1, relative=True),
    ),
    # the same with clipping at c = 1: the clipped run's longest step (ε·c)
    Step("cliffs", "cap", "tight", Number(low=0.0, high=20.0, step=0.01, tolerance=0.05)),
    # c = 20: does clipping still shorten the step at the cliff?
    Step("cliffs", "loose", "loose", Choice(("unchanged", "shorter"))),
)

_VIEW = {
    "sx": -0.3,
    "sy": 0.8,
    "cliff_lr": 0.2,
    "n": 40,
    "clipping": True,
    "cliff_view": "contour",
}
# one click sets the view: the lesson's defaults (c = 1), or a loose threshold c = 20
PRESETS = {"tight": _VIEW | {"c": 1.0}, "loose": _VIEW | {"c": 20.0}}


def feedback(
    step: Step,
    answer,
    free_steps: np.ndarray,
    free_grads: np.ndarray,
    clipped_steps: np.ndarray | None,
    lr: float,
    c: float,
    lang: str,
) -> str:
    """The sentence about the learner's `answer`, read from the drawn curves: the unclipped
    run's step lengths (step 1 …) and gradient norms (step 0 …), the clipped run's step lengths
    (None when clipping is off), and the rate ε and threshold c the runs used."""
    free_steps = np.asarray(free_steps, dtype=float)
    big = int(np.argmax(free_steps))  # the step that meets the cliff: step big + 1
    if step.name == "throw":
        text = t(
            "cliffs.step.throw.feedback",
            lang,
            answer=f"{float(answer):.1f}",
            length=f"{free_steps[big]:.1f}",
            step=big + 1,
            norm=f"{float(free_grads[big]):.1f}",
            off=f"{abs(float(answer) - free_steps[big]):.1f}",
        )
        if big > 0:  # the steps before it and how many times theirs its gradient is
            text += ("" if lang == "zh" else " ") + before(free_steps, free_grads, big, lang)
        return Reveal(text, float(free_steps[big]))
    if clipped_steps is None:
        return t("cliffs.step.need_clip", lang)
    clipped_steps = np.asarray(clipped_steps, dtype=float)
    if step.name == "cap":
        longest = float(clipped_steps.max())
        text = t(
            "cliffs.step.cap.feedback",
            lang,
            answer=f"{float(answer):.2f}",
            longest=f"{longest:.2f}",
            lr=f"{lr:g}",
            c=f"{c:g}",
            cap=f"{lr * c:.2f}",
            off=f"{abs(float(answer) - longest):.2f}",
        )
        return Reveal(text, longest, after=cut(clipped_steps, lr, c, lang))
    saw = "shorter" if clipped_steps[big] < free_steps[big] * (1 - 1e-3) else "unchanged"
    said = t(
        "cliffs.step.loose.feedback",
        lang,
        answer=t(step.key(f"opt.{answer}"), lang),
        step=big + 1,
        norm=f"{float(free_grads[big]):.1f}",
        c=f"{c:g}",
        clipped=f"{clipped_steps[big]:.2f}",
        free=f"{free_steps[big]:.2f}",
        saw=t(step.key(f"opt.{saw}"), lang),
    )
    # which steps the two runs share and where they part (the why said every plateau step
    # matches at c = 20; from step 8 on the runs are at other points: 0.0566 against 0.327)
    sep = "" if lang == "zh" else " "
    said += sep + parted(free_steps, free_grads, clipped_steps, c, lang, said_step=big)
    return Reveal(said, saw)  # the shared 答对了 / 不对 first


def _span(lo: float, hi: float, whole: bool = False) -> str:
    """ "0.089–0.17" (2 significant digits; `whole`: a multiple of 10 or more as a whole
    number, "110–234"), or one number where both print the same."""

    def one(x: float) -> str:
        return f"{x:.0f}" if whole and x >= 10 else sig(x, 2)

    a, b = one(lo), one(hi)
    return a if a == b else f"{a}–{b}"


def before(free_steps, free_grads, big: int, lang: str) -> str:
    """The unclipped run's drawn steps 1 … `big` (before its longest, index `big`): their
    lengths and gradient norms, and the longest step's ‖g‖ as a multiple of theirs (the step
    is ε‖g‖ with the same ε, so it is that many times longer)."""
    steps = np.asarray(free_steps, dtype=float)[:big]
    grads = np.asarray(free_grads, dtype=float)[:big]
    norm = float(np.asarray(free_grads, dtype=float)[big])
    return t(
        "cliffs.step.throw.before",
        lang,
        last=big,
        lengths=_span(float(steps.min()), float(steps.max())),
        norms=_span(float(grads.min()), float(grads.max())),
        step=big + 1,
        times=_span(norm / float(grads.max()), norm / float(grads.min()), whole=True),
    )


def parted(
    free_steps, free_grads, clipped_steps, c: float, lang: str, said_step: int | None = None
) -> str:
    """Which drawn steps the two runs share, from their drawn step lengths: up to the first
    step clipping cut (‖g‖ > c: the runs were at the same point until then, so the unclipped
    run's ‖g‖ is the clipped one's) every step is the same; that step is ε·c long, so the
    clipped run sets off from another point and the next steps differ (the next one's two
    lengths). All of them, when no drawn step was cut. The cut itself is not said again when
    it is `said_step` (index), whose ‖g‖ and lengths the feedback names already."""
    free = np.asarray(free_steps, dtype=float)
    clip = np.asarray(clipped_steps, dtype=float)
    m = min(len(free), len(clip))
    first = next(
        (k for k in range(m) if not np.isclose(free[k], clip[k], rtol=1e-5, atol=1e-9)), None
    )
    if first is None:
        return t("cliffs.step.loose.same_all", lang, m=m, c=f"{c:g}")
    out = []
    if first > 0:
        out.append(t("cliffs.step.loose.same_until", lang, last=first))
    norm = float(np.asarray(free_grads, dtype=float)[first])
    if norm > c and first != said_step:
        out.append(
            t(
                "cliffs.step.loose.first_cut",
                lang,
                step=first + 1,
                norm=sig(norm, 3),
                c=f"{c:g}",
                cap=sig(float(clip[first]), 3),
                free=sig(float(free[first]), 3),
            )
        )
    if norm > c and first + 1 < m:
        out.append(
            t(
                "cliffs.step.loose.part",
                lang,
                cut=first + 1,
                step=first + 2,
                clipped=sig(float(clip[first + 1]), 3),
                free=sig(float(free[first + 1]), 3),
            )
        )
    return ("" if lang == "zh" else " ").join(out)


def spans(steps: list[int], lang: str = "en") -> str:
    """Step numbers as runs: [1, 2, 3, 7] → "1–3, 7" ("1–3、7" in 中文)."""
    runs: list[list[int]] = []
    for k in steps:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    sep = "、" if lang == "zh" else ", "
    return sep.join(f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


def cut(clipped_steps: np.ndarray, lr: float, c: float, lang: str) -> str:
    """Which of the clipped run's steps clipping cut: a step of length ε·c had ‖g‖ above c
    (cut to c), a shorter one kept ε·‖g‖ (float32: within 10⁻⁴ of ε·c counts as ε·c)."""
    lengths = np.asarray(clipped_steps, dtype=float)
    cuts = [k + 1 for k, s in enumerate(lengths) if s >= lr * c * (1 - 1e-4)]
    said = dict(m=len(lengths), c=f"{c:g}")
    if not cuts:
        return t("cliffs.step.cap.uncut", lang, **said)
    return t(
        "cliffs.step.cap.cut" if len(cuts) > 1 else "cliffs.step.cap.cut_one",
        lang,
        n=len(cuts),
        cap=f"{lr * c:.2f}",
        steps=spans(cuts, lang),
        **said,
    )


LEDGER = (
    Sentence(
        "cliffs.step.throw.feedback",
        "the unclipped run's longest drawn step has the length and step number named, the "
        "drawn gradient norm before it is the one named, and the distance is the answer's",
        "check_throw",
        example="view_throw",
    ),
    Sentence(
        "cliffs.step.throw.before",
        "the unclipped run's drawn steps before its longest: their lengths and the drawn ‖g‖ "
        "they used span the printed ranges, and the longest step's drawn ‖g‖ over theirs spans "
        "the printed multiples",
        "check_throw_before",
        example="view_throw",
        fields={"lengths": r"[\d.–×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+", "norms": r"[\d.–×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+"},
    ),
    Sentence(
        "cliffs.step.cap.feedback",
        "the clipped run's longest drawn step is the length named, no longer than ε·c, and "
        "the distance is the answer's",
        "check_cap",
        example="view_cap",
    ),
    Sentence(
        "cliffs.step.cap.cut",
        "the clipped run's drawn gradient norm is above c at exactly the steps named (and their "
        "count), those drawn steps have length ε·c, and every other drawn step is shorter",
        "check_cut",
        example="view_cap_many",
        fields={"steps": r"[\d–, 、]+?"},
    ),
    Sentence(
        "cliffs.step.cap.cut_one",
        "as cliffs.step.cap.cut, with exactly one drawn step above c",
        "check_cut",
        example="view_cap",
        fields={"steps": r"\d+"},
    ),
    Sentence(
        "cliffs.step.cap.uncut",
        "the clipped run's drawn gradient norm is at most c at every drawn step",
        "check_uncut",
        example="view_cap_uncut",
    ),
    Sentence(
        "cliffs.step.loose.feedback",
        "at the unclipped run's longest drawn step, the drawn gradient norm and both runs' "
        "drawn step lengths are the ones named; the option named says whether clipping "
        "shortened that step",
        "check_loose",
        example="view_loose",
    ),
    Sentence(
        "cliffs.step.loose.same_until",
        "the two runs' drawn step lengths and contour points are the same for steps 1 to the "
        "one named, and the next drawn step's lengths differ",
        "check_parted",
        example="view_loose",
    ),
    Sentence(
        "cliffs.step.loose.first_cut",
        "the named step is the first whose two drawn lengths differ; the drawn ‖g‖ there is "
        "the one printed, above c; the clipped step is drawn ε·c long and the unclipped one "
        "ε‖g‖, both as printed",
        "check_parted",
        example="view_loose_plateau",
    ),
    Sentence(
        "cliffs.step.loose.part",
        "the step after the first cut (the step named, its drawn ‖g‖ above c): the two runs' "
        "drawn points where it starts differ, and its drawn lengths are the two printed",
        "check_parted",
        example="view_loose",
    ),
    Sentence(
        "cliffs.step.loose.same_all",
        "no drawn ‖g‖ of the clipped run is above c, and the two runs' drawn step lengths and "
        "points are the same at each of the m drawn steps",
        "check_parted",
        example="view_loose_uncut",
    ),
    Fixed("cliffs.step.need_clip", "asks to switch clipping on; names no number"),
    # the questions, options and whys: fixed text, the same for every setting
    *(
        Fixed(step.key(part), "a step's question, option or why names no drawn number")
        for step in STEPS
        for part in (
            "title",
            "question",
            "why",
            *(f"opt.{o}" for o in getattr(step.ask, "options", ())),
        )
    ),
)
