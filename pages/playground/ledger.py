"""The Playground's ledger: every sentence it shows, the reading a student takes from it, and
the check (tests/ledgers/test_playground.py) that holds that reading against the race's drawn
paths on the contour and the step-by-step view's drawn arrows. The surfaces' and presets'
descriptions are fixed texts: each holds for every setting it is shown with."""

import landscapes
from ui import presets
from ui.ledger import Fixed, Sentence

RUN = {"name": r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"}
ISSUE_8 = {"opt": ["sgd"], "sgd-lr": "1.05", "steps": "100"}

LEDGER = (
    Sentence(
        "playground.unstable",
        "became unstable (ui.readings): every drawn step of the run after step k is longer "
        "than step k, growing by the named factor per step on average between the two lengths "
        "named",
        "check_unstable",
        example=ISSUE_8,
        fields=RUN,
    ),
    Sentence(
        "playground.unstable.quadratic",
        "|1 − ελ| is the named factor for the rate set and an eigenvalue λ of the surface's "
        "Hessian, and the drawn steps' components along λ's eigenvector grow by that factor "
        "every step",
        "check_quadratic",
        example=ISSUE_8,
    ),
    Sentence(
        "playground.left",
        "left the picture at step j (the first drawn point outside the contour's axes); the "
        "drawn path has k points, all within the far bound named",
        "check_left",
        example=ISSUE_8,
    ),
    Sentence(
        "playground.left_not_yet",
        "a run that became unstable (named before it) left the picture at step j (the first "
        "drawn point outside the contour's axes); all its points to the last step k are drawn, "
        "all within the far bound named (it has not diverged yet)",
        "check_left_not_yet",
        example={"opt": ["sgd"], "sgd-lr": "1.05"},
    ),
    Sentence(
        "playground.escaped",
        "escaping downhill, not unstable: every drawn step after step k is longer than step k "
        "(growing by the named factor per step on average between the two lengths named, step "
        "k's and the last one's), and the surface at the drawn points falls at every step "
        "from the point after step k − 1 to the last, between the two losses named",
        "check_escaped",
        example={
            "landscape": "saddle",
            "opt": ["sgd", "momentum"],
            "steps": "25",
            "sgd-lr": "0.05",
        },
        fields=RUN,
    ),
    Sentence(
        "playground.returning",
        "coming back toward a minimum, not unstable: every drawn step after step k is longer "
        "than step k (by the named factor per step on average between the two lengths named), "
        "the surface at the drawn points falls at every step from the point after step k − 1 "
        "to the last, and the drawn distance to the named marked minimum shrinks from the "
        "first distance named (step k − 1) to the second (the last drawn point)",
        "check_returning",
        example={"landscape": "cliff", "opt": ["momentum"]},
        fields=RUN,
    ),
    Sentence(
        "playground.escaped.saddle",
        "the named curvature is the negative eigenvalue of the Hessian at the saddle; the last "
        "drawn point lies the named distance from the saddle along its eigenvector and the "
        "named distance across, at least three times as far along",
        "check_escaped_saddle",
        example={
            "landscape": "saddle",
            "opt": ["sgd", "momentum"],
            "steps": "25",
            "sgd-lr": "0.05",
        },
    ),
    Sentence(
        "playground.unstable_inside",
        "a run that became unstable (named before it) is drawn to the last step k, every drawn "
        "point inside the picture and the far bound named",
        "check_unstable_inside",
        example={"opt": ["sgd"], "sgd-lr": "1.2", "y0": "0.01", "steps": "15"},
    ),
    Sentence(
        "playground.outside_back",
        "a run named as neither unstable nor escaping left the picture at step j (the first "
        "drawn point outside the contour's axes) and every drawn point from step m to the "
        "last, k, is inside it (m − 1 is outside)",
        "check_outside_back",
        example={"opt": ["adam"], "adam-lr": "10"},
        fields=RUN,
    ),
    Sentence(
        "playground.outside_end",
        "a run named as neither unstable nor escaping left the picture at step j (the first "
        "drawn point outside the contour's axes); its last drawn point, at step k, is the "
        "named point, outside the picture and within the far bound",
        "check_outside_end",
        example={"opt": ["rmsprop"], "rmsprop-lr": "10"},
        fields=RUN,
    ),
    Sentence(
        "playground.stopped_at",
        "a run stopped at the named marked maximum or saddle, not at a minimum: every drawn "
        "step from step k on is shorter than the tolerance named (step k − 1 is not), the "
        "last drawn point is the distance named from that point, and the surface at the last "
        "and the first drawn points is the two losses named",
        "check_stopped_at",
        example={"landscape": "himmelblau", "opt": ["lbfgs"]},
        fields=RUN,
    ),
    Fixed(
        "playground.kind.maximum",
        "a word playground.stopped_at fills: check_stopped_at reads that the point named is a "
        "marked maximum of the surface",
    ),
    Fixed(
        "playground.kind.saddle",
        "a word playground.stopped_at fills: check_stopped_at reads that the point named is a "
        "marked saddle of the surface",
    ),
    Sentence(
        "playground.diverged",
        "diverged at step k: points 0 … k − 1 are drawn, all within the far bound",
        "check_diverged",
        example={"landscape": "saddle", "opt": ["rmsprop"], "rmsprop-lr": "3", "steps": "100"},
        fields=RUN,
    ),
    Sentence(
        "explain.caption",
        "the step-by-step view draws the run up to θ_{k+1}; its coloured arrow Δθ goes from "
        "the drawn θ_k to θ_{k+1}, a black arrow −εg starts at θ_k, and a grey arrow αv is "
        "drawn exactly when the caption names one",
        "check_explain",
        example={"view": "step", "ex_k": "3"},
        fields={"carry": r"(?:[^\n。]*?; |[^\n。]*?；)?"},
    ),
    Fixed(
        "explain.caption.carry",
        "a phrase explain.caption fills for a rule that draws a momentum carry: check_explain "
        "reads whether the grey arrow is drawn",
    ),
    *(
        Fixed(
            f"landscape.{name}.blurb",
            "describes the surface itself (its formula, marked points and shape, true for every "
            "start, rate and optimizer); what it says an optimizer does is hedged ('can', 'near "
            "1') or a closed form of the surface",
        )
        for name in (*landscapes.names(dim=2), "typed")
    ),
    *(
        Fixed(
            preset.notice_key,
            "shown only while every setting equals the preset's (matching_preset): it is the "
            "one view it describes; test_preset_notices_read_true_of_their_views reads it "
            "against that view's drawn paths",
        )
        for preset in presets.PRESETS.values()
    ),
    Fixed(
        "playground.x_stretched",
        "the contour's x-axis title for a domain wider than MAX_ASPECT, which page.py draws "
        "with y's scaleratio the {s} it prints (test_a_wide_surface_is_stretched_and_says_so "
        "reads it)",
    ),
    Fixed(
        "playground.lbfgs_eta",
        "what η in L-BFGS's rule is, as optimizers.rules._backtrack computes it: 1 with the "
        "line search off (its default, LINESEARCH 0), else the first of min(1.5 η_prev, 1) × "
        "0.8ⁱ (i ≤ 15) meeting Armijo's condition; true for every setting",
    ),
    Fixed(
        "playground.lr_of",
        "a phone's label of the first chosen optimizer's ε slider under the figure: its name "
        "and the rate's own label, no number",
    ),
    Fixed(
        "playground.lr_under_figure",
        "in the first chosen optimizer's tab on a phone, where its ε slider is (page.py puts "
        "it under the figure exactly then)",
    ),
    Fixed(
        "playground.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
