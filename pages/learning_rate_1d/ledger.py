"""The 1-D learning-rate lesson's ledger: each run's fate under the panels, the reading a
student takes from it, and the check (tests/ledgers/test_learning_rate_1d.py) that holds it
against the iterates the "xₖ per step" chart draws and the curve the panels draw."""

from ui.ledger import Fixed, Sentence

PARABOLA = {
    "fn": "parabola",
    "start": "2.5",
    "iters": "20",
    "lr1": "0.1",
    "lr2": "0.9",
    "lr3": "1.1",
}
STOPS = {
    "fn": "parabola",
    "start": "2.5",
    "iters": "100",
    "lr1": "0.3",
    "lr2": "0.5",
    "lr3": "1e-05",
}
CLIMB = {"fn": "sin_minus_square", "start": "3", "iters": "100", "ascent": "true", "lr1": "0.05"}
TOO_FAR = {"fn": "x_plus_sin", "lr1": "10", "iters": "100"}
# 25 sin x − x² from 3 with ε = 10: slides off downhill, past ±1000 at step 2 in float32 and
# float64 alike (x + sin x at ε = 10 no longer names its far-bound step: rounding sets it)
# x + sin x from −6 at ε = 10: float32 "stops" at −304.73 (0.0027 from −97π), float64 ends at
# −537.21; rounding sets the path from step 9 on and the drawn run never passes ±600
ROUNDED_STOP = {
    "fn": "x_plus_sin",
    "start": "-6",
    "iters": "100",
    "k": "29",
    "lr1": "10",
    "lr2": "2",
    "lr3": "1e-05",
}
SLIDE_OFF = {"fn": "sin_minus_square", "start": "3", "lr1": "10"}
# 25 sin x − x² climbed with ε = 1.05 from 3: unstable from step 3, the path rounding-set from
# step 6, past ±1000 at step 34 in float32 and 47 in float64
ROUNDING = {"fn": "sin_minus_square", "start": "3", "ascent": "true", "lr1": "1.05", "iters": "100"}
# a run's name ("ε = 8.5", or "It" in a fate): never the " · " that joins several in one alert
RUN = {"name": r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"}

LEDGER = (
    Sentence(
        "lr1d.fate.moving",
        "the drawn run of that ε starts at x0 and its last drawn point is x after that many "
        "steps; it has not stopped (one of its last 5 drawn steps is at least 0.01 % of the "
        "axis), its last drawn step is that long, and the drawn curve's slope there is f′; x0 and "
        "x print differently where they differ (ui.claims.compared: a unit of their last place "
        "at most their difference)",
        "check_moving",
    ),
    Sentence(
        "lr1d.fate.off_axis",
        "the first drawn iterate of that run outside the panels' axis is at that step",
        "check_off_axis",
        example=TOO_FAR | {"iters": "30", "lr1": "5"},
    ),
    Sentence(
        "lr1d.fate.towards",
        "the last drawn step points towards x = c, the drawn curve has that kind of point at "
        "c (a minimum, a maximum, or flat: f′ = f″ = 0), and the last drawn point is that far "
        "from it; the x printed before it and c read as that distance (ui.claims.compared)",
        "check_towards",
    ),
    Sentence(
        "lr1d.fate.stopped_near",
        "each of the last 5 drawn steps of that ε is shorter than 0.01 % of the axis (stopped), "
        "its last drawn point is x, close to (within 1 % of the axis) the point c of that kind "
        "on the drawn curve, and the drawn curve's f′ and f″ there are the ones printed; x and c "
        "print differently, their printed difference reading as the distance (ui.claims.compared)",
        "check_stopped_near",
        example=STOPS,
    ),
    Sentence(
        "lr1d.prediction_off",
        "in the run's panel the hollow marker (the Taylor prediction at step k) is at the f "
        "named, outside the y axis drawn, whose range is the one named; the hollow markers "
        "within reach are inside it",
        "check_prediction_off",
        example={"fn": "parabola", "lr1": "3", "k": "0"},
        fields={"lr": r"ε = [\d.e+-]+"},
    ),
    Sentence(
        "lr1d.table_missing",
        "the run of that ε has no row in the step-k table, and its drawn iterates end at the "
        "step named, at most k (no step k → k + 1 drawn)",
        "check_table_missing",
        example={"fn": "parabola", "lr1": "2", "k": "4"},
        fields={"lr": r"ε = [\d.e+-]+"},
    ),
    Sentence(
        "lr1d.fate.moving_one",
        "as lr1d.fate.moving, for a run of one drawn step",
        "check_moving",
        example={"iters": "1"},
    ),
    Sentence(
        "lr1d.fate.stopped_on",
        "as lr1d.fate.stopped_near, the stop nearer the point of that kind than the printed "
        "digits tell apart: the drawn last point prints as x, at the distance named from it",
        "check_stopped_near",
        example={
            "fn": "sin_minus_square",
            "ascent": "true",
            "start": "3",
            "iters": "40",
            "lr1": "0.01",
            "lr2": "0.05",
            "lr3": "0.08",
        },
    ),
    Sentence(
        "lr1d.fate.stopped",
        "stopped (each of the last 5 drawn steps shorter than 0.01 % of the axis) at x, away "
        "from every marked point, where the drawn curve's slope is 0 (f′ as printed)",
        "check_stopped",
        example="view_stopped_unmarked",
    ),
    Sentence(
        "lr1d.fate.crawls",
        "each of the last 5 drawn steps is shorter than 0.01 % of the axis, yet the drawn "
        "curve's slope at the last drawn x is not 0 (f′ as printed)",
        "check_crawls",
        example=STOPS,
    ),
    Sentence(
        "lr1d.fate.oscillates_shrinking",
        "of its drawn steps after the first, that many reverse direction; its last swings "
        "shrink by the factor printed per step, and it has not stopped",
        "check_oscillates",
        example=PARABOLA,
    ),
    Sentence(
        "lr1d.fate.oscillates_growing",
        "of its drawn steps after the first, that many reverse direction; its last swings grow "
        "by the factor printed, and its drawn steps became unstable (ui.readings, any growth)",
        "check_oscillates",
        example="view_growing",
    ),
    Sentence(
        "lr1d.fate.oscillates_steady",
        "of its drawn steps after the first, that many reverse direction, and its last swings "
        "keep their length (within 1 % per step): a cycle",
        "check_oscillates",
        example=CLIMB | {"lr1": "0.08"},
    ),
    Sentence(
        "lr1d.fate.oscillates_irregular",
        "of its drawn steps after the first, that many reverse direction; its drawn swings "
        "range from the shortest to the longest printed, and they did not become unstable "
        "(ui.readings.became_unstable, any growth, does not hold): no steady growth",
        "check_oscillates",
        example={"fn": "sin_minus_square", "ascent": "true"},
    ),
    Sentence(
        "lr1d.fate.climbed",
        "gradient ascent: no drawn f(x_t) of the run is lower than the one before, from the first "
        "value printed to the last (climbed, not an instability); no red box names the run",
        "check_climbed",
        example={"fn": "parabola", "ascent": "true"},
    ),
    Sentence(
        "lr1d.fate.climb_factor",
        "every drawn |x_{k+1}| / |x_k| of the run named before it is the factor printed",
        "check_climb_factor",
        example={"fn": "parabola", "ascent": "true"},
    ),
    Sentence(
        "lr1d.fate.diverged",
        "the drawn run of that ε ends after that step: its points x₀ … x_{step−1} are drawn, "
        "fewer than the iterations set, and the run was stopped there",
        "check_diverged",
        example=PARABOLA | {"lr3": "1.5", "iters": "30"},
    ),
    Sentence(
        "lr1d.typed_blurb",
        "the typed curve's interval is [lo, hi] = [−w, w] with w the range slider's value; the "
        "panels' curve spans it (or, with lr1d.typed_wider after it, the wider axis named)",
        "check_typed_blurb",
        example={"fn": "typed"},
    ),
    Sentence(
        "lr1d.typed_wider",
        "the panels' drawn curve spans [a, b], wider than the typed interval",
        "check_typed_wider",
        example={"fn": "typed", "fx": "x^2", "start": "4.5", "lr1": "1.05", "iters": "10"},
    ),
    Sentence(
        "lr1d.fate.undefined",
        "the drawn run of that ε has exactly `step` points (steps 0 … last); one more step "
        "x ← x ∓ εf′(x) from its last drawn point lands at the x printed, where the curve's f "
        "is not finite; the red box names the run as diverged at that step",
        "check_undefined",
        example={"fn": "typed", "fx": "log(x)", "start": "2"},
    ),
    Sentence(
        "lr1d.fate.start_undefined",
        "the drawn run of that ε is its start alone, at the x printed, where the curve's f is "
        "not finite",
        "check_start_undefined",
        example={"fn": "typed", "fx": "log(x)", "start": "-3"},
    ),
    Sentence(
        "lr1d.fate.escapes",
        "the drawn run of that ε ends before the iterations set (it passed the far bound) and "
        "had not stopped",
        "check_escapes",
        example=ROUNDING,
    ),
    Sentence(
        "lr1d.fate.rounding_first",
        "the run named (it stays within the far bound): from the step named on, its drawn "
        "iterates lie more than 1 % of the drawn axis (the width named) from the same steps "
        "redone in float64, and not before; the sign is the update's",
        "check_rounding",
        example=ROUNDED_STOP,
    ),
    Sentence(
        "lr1d.fate.as_drawn",
        "the run named, after the rounding caveat on its line: its drawn iterates, never past "
        "the far bound",
        "check_as_drawn",
        example=ROUNDED_STOP,
    ),
    Sentence(
        "lr1d.fate.rounding",
        "the run named before it: from the step named on, its drawn iterates lie more than 1 % "
        "of the drawn axis (the width named) from the same steps x ← x ∓ εf′(x) redone in "
        "float64 (closed forms of the registered curves), and not before; the far bound |x| is "
        "100 times the domain's farthest end; the sign is the update's",
        "check_rounding",
        example=TOO_FAR,
    ),
    Sentence(
        "playground.diverged",
        "the run named has exactly that many drawn points: it stops before the step named",
        "check_alert",
        example=PARABOLA | {"lr3": "1.5", "iters": "30"},
        fields=RUN,
    ),
    Sentence(
        "playground.unstable",
        "every drawn step after that one is longer than it and each lies within ×10 of the "
        "growth line (became unstable), growing by the factor printed per step on average, "
        "from the first length to the last",
        "check_unstable",
        example=PARABOLA | {"lr3": "1.5", "iters": "30"},
    ),
    Sentence(
        "lr1d.fate.downhill",
        "the run of that ε slid downhill: no drawn f(x_t) on its panel is higher than the one "
        "before, from the first value printed to the last (not an instability)",
        "check_downhill",
        example=TOO_FAR,
    ),
    Sentence(
        "playground.left",
        "the first drawn point outside the axis's range is at that step, and the run's drawn "
        "points end at the step named; the far bound |x| is 100 times the domain's farthest end",
        "check_left",
        example=SLIDE_OFF,
    ),
    Sentence(
        "playground.left_at_end",
        "every drawn point is on the axis, and the drawn points end at the step named",
        "check_left_at_end",
        example="view_left_at_end",
    ),
    Sentence(
        "lr1d.table",
        "the table's rows are the drawn runs at iterate k: each row's xₖ is the drawn x at step k",
        "check_table",
    ),
    Sentence(
        "lr1d.table_none",
        "no drawn run has both iterate k and iterate k + 1 (each diverged before, or ends at "
        "k), so no table is shown; k is the slider's",
        "check_table_none",
        example="view_no_step_k",
    ),
    Fixed(
        "lr1d.it", "the pronoun the divergence sentence starts with; its reading is checked there"
    ),
    Fixed(
        "lr1d.kind.minimum",
        "a kind name filled into the stopped/heading sentences; their checks hold it against "
        "the drawn curve at the point named",
    ),
    Fixed(
        "lr1d.kind.maximum",
        "a kind name filled into the stopped/heading sentences; their checks hold it against "
        "the drawn curve at the point named",
    ),
    Fixed(
        "lr1d.kind.flat",
        "a kind name filled into the stopped/heading sentences; their checks hold f′ = f″ = 0 "
        "against the drawn curve at the point named",
    ),
    Fixed(
        "lr1d.kind.flat_ascent",
        "a kind name filled into the stopped/heading sentences under ascent; their checks hold "
        "f′ = f″ = 0 against the drawn curve at the point named",
    ),
    Fixed(
        "lr1d.kind.critical",
        "a kind name filled into the stopped/heading sentences; their checks hold f′ = 0 "
        "against the drawn curve at the point named",
    ),
    Fixed(
        "lr1d.notice",
        "the three panels share the curve and the start slider; only ε₁, ε₂, ε₃ differ; a "
        "tangent is a first-order approximation on every curve",
    ),
    Fixed(
        "lr1d.taylor_caption",
        "x_{k+1} = x_k ∓ εf′(x_k) is the minimiser of the first-order expansion, whose error "
        "is f″(ξ)Δ²/2: it grows with |Δ| at a point for every curve the page allows",
    ),
    Fixed(
        "lr1d.taylor_caption_ascent",
        "shown with the ascent toggle on: x_{k+1} = x_k + εf′(x_k) maximises the first-order "
        "expansion within a step of that length; its error is the same f″(ξ)Δ²/2",
    ),
    Fixed("lr1d.ascent_help", "note 004 climbs 25 sin x − x²; the toggle flips the update's sign"),
    Fixed("lr1d.k_help", "what the k slider draws (the tangent and the table's row), for every k"),
    Fixed(
        "landscape.x_plus_sin.blurb",
        "f′ = 1 + cos x = 0 and f″ = −sin x = 0 at every odd multiple of π, and f → −∞ as "
        "x → −∞: closed forms, the same for every setting",
    ),
    Fixed(
        "landscape.sin_minus_square.blurb",
        "25 sin x − x² has three minima and three maxima on [−10, 10] (marked on the curve)",
    ),
    Fixed(
        "landscape.parabola.blurb",
        "descent x ← (1 − 2ε)x on x²: |1 − 2ε| > 1 exactly when ε > 1, from every start but 0; "
        "ascent x ← (1 + 2ε)x: 1 + 2ε > 1 for every ε > 0, so |x| and x² grow from every start "
        "but 0 (the lr slider's range is ε > 0)",
    ),
    Fixed(
        "landscape.typed.blurb_1d",
        "a typed curve's minima and maxima are searched by Newton's method from 16 starts "
        "(landscapes.expression.critical_points: 16 per axis), and a point with f″ ≈ 0 is "
        "classified as neither",
    ),
    Fixed(
        "lr1d.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows; the curves it names have "
        "what it says: 25 sin x − x² three valleys, x + sin x none (f′ = 1 + cos x ≥ 0, flat "
        "inflection points at odd multiples of π; test_the_why_panel_gives_x_plus_sin_no_valleys)",
    ),
)
