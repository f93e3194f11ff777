"""The second-order lesson's ledger: every sentence under its three views (1-D: Newton's g/h
beside AdaGrad; 2-D: Newton, saddle-free Newton and gradient descent near a saddle; the cost),
the reading a student takes from it, and the check (tests/ledgers/test_second_order.py) that
holds it against what the view's chart draws: the 1-D paths and divisors ("so_1d"), the 2-D
paths and marked points ("so_contour"), the loss per step ("so_loss"), the race ("so_race")."""

from ui.ledger import Fixed, Sentence

TWO_D = {"so_view": "2d"}
SADDLE = {"so_view": "2d", "so_surface": "saddle"}
BOWL = {"so_view": "2d", "so_surface": "bowl"}
COST = {"so_view": "cost"}
XY = {"x": r"[^,()\s]+", "y": r"[^,()\s]+"}  # a start's coordinates, "(0.3, 0.2)"
# a duration as printed: "440 ms", "2.58 × 10⁹ years", "10⁹ years", "5 天"
DURATION = {"solve": r"(?:[\d.]+ × )?(?:10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+|[\d.]+) [^\s\d.。，,]+"}
STEPS = {"steps": r"\d+ (?:steps?|步)"}  # a count of steps: "8 steps", "1 step", "8 步"
# a loss as printed: a number, or "≈ 0 (at float32 precision: below …)"
LOSS = {"loss": r"≈ 0 ?[（(][^）)]*[）)]|[^\s；;：:。，）)]+?(?=[\s。；;，,）)]|[.:](?:\s|$)|$)"}
LABEL = "a run's name: the same text as its drawn trace's name in the legend, on every view"

LEDGER = (
    # ---- 1-D: the first Newton step, where each run ends, AdaGrad's stand-in for f″ ----------
    Sentence(
        "so.1d.first_up",
        "Newton's first drawn step starts at x₀ and has that length and sign; the drawn "
        "divisor at step 0 is h = f″(x₀) < 0, the slope g at x₀ has the step's sign (uphill), "
        "and the drawn f rises from f₀ to f₁",
        "check_first_step",
    ),
    Sentence(
        "so.1d.first_down",
        "Newton's first drawn step has that length, against the slope g (downhill, h > 0), "
        "and the drawn f falls from f₀ to f₁",
        "check_first_step",
        example={"so_curve": "parabola", "so_x0": "2.5"},
    ),
    Sentence(
        "so.1d.first_up_lands_lower",
        "Newton's first drawn step goes with the slope g (uphill, h < 0) yet the drawn f at "
        "its end is lower than at x₀",
        "check_first_step",
        example={"so_curve": "sin_minus_square", "so_x0": "3"},
    ),
    Sentence(
        "so.1d.first_level",
        "Newton's first drawn step has that length and points uphill or downhill as said (the "
        "slope g at x₀ against the step's sign); the drawn f₀ and f₁ print alike even with "
        "the digits that would part them (their change is below float32's resolution there)",
        "check_first_step",
        example={"so_x0": "3.14"},
    ),
    Sentence(
        "so.1d.first_still",
        "the drawn divisor at step 0 is h = 0 and Newton's first drawn point is its start: "
        "it did not move, and f is unchanged",
        "check_first_step",
        example={"so_x0": "0"},
    ),
    Sentence(
        "so.1d.first_critical",
        "the drawn divisor at step 0 is h ≠ 0, f′ at the start is 0 (float64), and Newton's "
        "first drawn point is its start: it did not move, and f is unchanged",
        "check_first_step",
        example={"so_curve": "parabola", "so_x0": "0"},
    ),
    Sentence(
        "so.1d.on",
        "every drawn point of that run from that step on is within tol (0.001, or else 1 % of "
        "the axis: the tightest that holds) of the point x, the one before is not; the drawn curve has that kind of point at x, and "
        "the run's last drawn point and f are the ones printed",
        "check_1d_on",
    ),
    Sentence(
        "so.loss_floor",
        "a drawn run's last loss is at or below the float32 resolution printed: the largest "
        "change of the drawn surface's float32 loss when one coordinate of its last drawn point "
        "moves by one float32 spacing",
        "check_loss_floor",
        example=TWO_D,
    ),
    Sentence(
        "so.1d.exact",
        "every drawn point of that run from that step on is exactly the point x (distance 0), "
        "the one before is not; the drawn curve has that kind of point at x, and the run's last "
        "drawn point and f are the ones printed",
        "check_1d_exact",
        example={"so_curve": "parabola"},
    ),
    Sentence(
        "so.1d.creeping",
        "as so.1d.closing, except that the distances at the window's ends print alike even "
        "with the digits that would part them; the drawn x moved the distance printed over the "
        "last `window` steps",
        "check_1d_creeping",
        example={"so_curve": "parabola", "so_lr": "1e-05", "so_n1": "30"},
    ),
    Sentence(
        "so.1d.closing",
        "the run's last drawn point and f are the ones printed, no critical point of the drawn "
        "curve is within 1 % of the axis of it, the marked point x* printed is the drawn "
        "curve's critical point nearest it, and the distance to it shrank at each of the last "
        "`window` drawn steps, from d0 to d1",
        "check_1d_closing",
        example={"so_curve": "parabola"},
        fields=STEPS,
    ),
    Sentence(
        "so.1d.ends",
        "the run has that many drawn steps, its last drawn point and f are the ones printed, "
        "and the drawn curve has no critical point within 1 % of the axis of it",
        "check_1d_ends",
        example={"so_n1": "3"},
        fields=STEPS,
    ),
    Sentence(
        "so.1d.left",
        "that run's first drawn point outside the curve's axis is at that step (or its drawn "
        "path stops before it)",
        "check_1d_left",
        example={"so_curve": "x_plus_sin", "so_x0": "-5.95", "so_n1": "30"},
    ),
    Sentence(
        "so.1d.off",
        "that run's first drawn point outside the drawn x axis [lo, hi] is at that step, at x "
        "= left; its last drawn point, after that many steps, is outside the axis too, at x "
        "with that f",
        "check_1d_off",
        example={"so_x0": "-6"},
        fields=STEPS,
    ),
    Sentence(
        "so.1d.off_back",
        "that run's first drawn point outside the drawn x axis [lo, hi] is at that step, at x "
        "= left; every drawn point from the step `back` on is inside the axis, the one before "
        "is not",
        "check_1d_off",
        example={"so_curve": "parabola", "so_lr": "10"},
    ),
    Sentence(
        "so.1d.standin",
        "AdaGrad's drawn divisor has that many steps and its last value is the one printed; "
        "f″ at AdaGrad's drawn point of that step is the true f″ printed",
        "check_standin",
    ),
    Sentence(
        "so.1d.table",
        "the table under it has that many rows, one per step, numbered from 0",
        "check_table_heading",
        example={"so_n1": "1"},
        fields=STEPS,
    ),
    # ---- 2-D: where each run is, when it leaves the saddle, the bowl's counts --------------
    Sentence(
        "so.2d.on",
        "that run's drawn points from that step on are all within tol, 1 % of the width, of "
        "the drawn marked point of that kind at (x, y), the one before is not; its last drawn "
        "loss is the one printed (0 only where the drawn loss is exactly 0)",
        "check_2d_on",
        example=TWO_D,
        fields=LOSS,
    ),
    Sentence(
        "so.2d.on_below",
        "as so.2d.on (within tol, 1 % of the width, of the drawn minimum from that step on, "
        "the one before not), and the run's drawn loss is within 10⁻⁶ of the minimum from the "
        "second step printed on, the one before not: the bowl count's reading of the same run",
        "check_2d_on",
        example=BOWL,
        fields=LOSS,
    ),
    Sentence(
        "so.log.zero",
        "the loss chart's y axis is a log axis",
        "check_log_axis",
        example=BOWL,
        fields={"runs": r"[^\n]+?"},
    ),
    Sentence(
        "so.log.run",
        "that run's drawn loss − min has no point at that many steps, the first of them the "
        "step printed, while its drawn path has a finite point at each: a gap of 0",
        "check_log_gap",
        example=BOWL,
    ),
    *(
        Sentence(
            f"so.2d.nstep.{kind}",
            "Newton's drawn first step beside the drawn saddle: H + λI at its drawn start (λ "
            "its label's) has that smallest eigenvalue; "
            + {
                "past": "along its eigenvector the step moves a towards the saddle, which "
                "is b away that way, and a > b",
                "short": "along its eigenvector the step moves a towards the saddle, which "
                "is b away that way, and a ≤ b",
                "downhill": "it is > 0, the step is a descent direction (g·Δ < 0 at the "
                "start) and the drawn loss falls from l0 at step 0 to l1 at step 1",
                "overshoot": "it is > 0, the step is a descent direction (g·Δ < 0 at the "
                "start) and yet the drawn loss rises from l0 at step 0 to l1 at step 1",
            }[kind]
            + "; the drawn start and first point are d0 and d1 from the saddle, nearer or "
            "farther as said",
            "check_newton_step",
            example={
                "past": TWO_D | {"so_damping": "1"},
                "short": SADDLE,
                "downhill": SADDLE | {"so_damping": "10"},
                "overshoot": TWO_D | {"so_damping": "2"},
            }[kind],
        )
        for kind in ("past", "short", "downhill", "overshoot")
    ),
    Sentence(
        "so.2d.nstep.gone",
        "Newton's drawn path is its start alone and the divergence notice names it at step 1; "
        "H + λI at the drawn start (λ its label's) has those two eigenvalues, and the step "
        "−(H + λI)⁻¹g from there lands at a point or a loss beyond 10⁶",
        "check_newton_gone",
        example=TWO_D | {"so_damping": "1.63"},
    ),
    Sentence(
        "so.2d.nstep.none",
        "Newton's drawn first step beside the drawn saddle: H + λI at its drawn start has that "
        "smallest eigenvalue < 0, the step's part along its eigenvector is float noise (≤ 1e-6 "
        "of the step), the start is b from the saddle that way; the drawn start and first point "
        "are d0 and d1 from the saddle, nearer, farther or unchanged as printed",
        "check_newton_step",
        example=TWO_D | {"so_x": "2", "so_y": "-2"},
    ),
    Sentence(
        "so.2d.nstep.singular",
        "Newton's drawn first step beside the drawn saddle: H + λI at its drawn start (λ its "
        "label's) has the smallest eigenvalue 0 (≤ 1e-6 of the largest), and the step's part "
        "along its eigenvector is 0 (≤ 1e-6 of the step); the drawn start and first point are "
        "d0 and d1 from the saddle, nearer, farther or unchanged as printed",
        "check_newton_step",
        example=SADDLE | {"so_damping": "2"},
    ),
    Sentence(
        "so.2d.nstep.on_saddle",
        "Newton's drawn start and first point are both exactly the drawn saddle",
        "check_newton_on_saddle",
        example=TWO_D | {"so_x": "0", "so_y": "0"},
    ),
    Sentence(
        "so.2d.ends",
        "the run has that many drawn steps, ends at (x, y) with that loss, near no marked point",
        "check_2d_ends",
        example=SADDLE | {"so_damping": "1"},
        fields=STEPS | LOSS,
    ),
    Sentence(
        "so.2d.valley",
        "that run's drawn points from that step on are within tol of the dashed valley of "
        "minima, the one before is not; its last drawn point and loss are the ones printed "
        '("ending at", not stopped; a loss at or below the float32 resolution at the drawn end '
        "point, one ulp of a coordinate, printed as ≈ 0 below it)",
        "check_2d_valley",
        example=TWO_D,
        fields=LOSS,
    ),
    Sentence(
        "so.2d.left_back",
        "that run's first drawn point outside the plotted area is at that step, and every "
        "drawn point from the step named on is inside it, the one before it outside",
        "check_2d_left",
        example=TWO_D | {"so_sfn_damping": "0"},
    ),
    Sentence(
        "so.2d.left_area",
        "that run's first drawn point outside the plotted area is at that step (or its drawn "
        "path stops before it)",
        "check_2d_left",
        example=TWO_D | {"so_sigma": "1", "so_n2": "171"},
    ),
    Sentence(
        "so.2d.left_downhill",
        "that run's first drawn point outside the picture is at that step, the surface draws "
        "no minimum, and its drawn loss falls over its last steps",
        "check_2d_left",
        example=SADDLE,
    ),
    Sentence(
        "so.2d.escape",
        "the radius printed is 1/8 of the plotted width, and the drawn start is within it of "
        "the drawn saddle",
        "check_escape",
        example=TWO_D,
        fields={"runs": r"[^\n]+?"},
    ),
    Sentence(
        "so.2d.escape.at",
        "that run's first drawn point farther than the radius from the drawn saddle is at "
        "that step; or every drawn point is within it, the drawn path stops just before that "
        "step and the divergence notice names the run at it (past the far bound, 10⁶: farther)",
        "check_escape_at",
        example=TWO_D,
    ),
    Sentence(
        "so.2d.escape.never",
        "every drawn point of that run, that many steps, is within the radius of the saddle",
        "check_escape_never",
        example=SADDLE,
        fields=STEPS,
    ),
    Sentence(
        "so.2d.bowl",
        "κ is the ratio of the bowl's Hessian eigenvalues (x²/10 + y²: 2 and 0.2), ε is the "
        "best fixed step 2/(μ_min + μ_max) and the gradient-descent run's drawn ε; on the drawn "
        "loss curves, Newton's and gradient descent's losses are within 10⁻⁶ of the minimum "
        "from those steps on (the step before is not), of that many drawn steps",
        "check_bowl",
        example=BOWL,
    ),
    Sentence(
        "so.2d.start_near",
        "the drawn start is at (x, y), within r of the drawn saddle (sx, sy); r is the "
        "escape radius, 1/8 of the plotted width",
        "check_start",
        example=TWO_D,
        fields=XY,
    ),
    Sentence(
        "so.2d.start",
        "the drawn start is at (x, y), and it is not within the escape radius of a saddle",
        "check_start",
        example=BOWL,
        fields=XY,
    ),
    # ---- the cost ----------------------------------------------------------------------------
    Sentence(
        "so.race.end",
        "that optimizer's drawn loss-per-step curve has that many steps and ends at that loss; "
        "its drawn loss-per-second curve ends at those seconds; ms a step is their ratio",
        "check_race_end",
        example=COST,
        fields=STEPS,
    ),
    Sentence(
        "so.race.same_time",
        "at the shorter run's last drawn time, each drawn loss-per-second curve reads the loss "
        "printed (its last point not after it), and the one named is the lower",
        "check_same_time",
        example=COST,
    ),
    Sentence(
        "so.cost.rate",
        "the digits MLP's row of the table has that d and Hessian size (4 d² bytes), and one "
        "solve takes ⅔d³ flop at the printed speed",
        "check_cost_rate",
        example=COST,
        fields=DURATION,
    ),
    Sentence(
        "so.cost.billion",
        "the 10⁹-parameter row's Hessian is 4·10¹⁸ bytes, d = 10⁹ times its gradient, and one "
        "solve takes ⅔·10²⁷ flop at the printed speed",
        "check_cost_billion",
        example=COST,
        fields=DURATION,
    ),
    # ---- fixed text ---------------------------------------------------------------------------
    Fixed(
        "second.why",
        "the Taylor-model step θ − H⁻¹g (g/h in 1-D) and its indifference to the condition "
        "number are algebra; undamped Newton solves H Δ = −g, so a negative eigenvalue sends "
        "the step towards the critical point along it, while with λ above the most negative "
        "eigenvalue's size H + λI is positive definite and −(H + λI)⁻¹g is a descent direction "
        "(the page's λ slider reaches 10; on x² − y² from (0.3, 0.1) λ = 10 leaves the saddle); "
        "|H|'s step is a descent direction for every H; AdaGrad and Adam divide by past "
        "squared gradients for every setting",
    ),
    Fixed(
        "so.1d.note",
        "note 001's second-order expansion: the quadratic's vertex is at −f′/f″, a minimum when "
        "f″ > 0 and a maximum when f″ < 0, for every x; √Σg² ≥ 0 for every run",
    ),
    Fixed(
        "so.2d.note",
        "(H + λI)Δθ = −g is the page's rule for every λ; on a quadratic its part along an "
        "eigenvector points towards the critical point exactly when H + λI's eigenvalue there is "
        "negative (λ below |μ|), its length g/(μ + λ) may be more than the distance (it says "
        "it may overshoot, and so.2d.nstep says which, computed), "
        "and is a descent direction when H + λI is positive definite (not a lower loss: it "
        "says a long step can overshoot, and so.2d.nstep.overshoot says when, from the drawn "
        "losses); |H| + λI with λ > 0 is never singular",
    ),
    Fixed(
        "so.cost.note",
        "d, d² and ⅔d³ (LU) are the sizes and flop count of a dense solve for every d",
    ),
    Fixed("so.2d.markers", "the marker key: the same symbols on every 2-D view"),
    Fixed("so.kappa.title", "the table's title: what its rows count, on every bowl view"),
    Fixed(
        "so.cost.table",
        "the table's title: float32 bytes, and every time in it is ⅔d³ divided by the speed "
        "measured once on a 1000 × 1000 solve (model.costs), an estimate for every row",
    ),
    Fixed("so.unit.under_us", "an estimate below 10⁻⁶ s, printed as such for every row"),
    Fixed(
        "so.race.what",
        "the digits MLP's layers, d and training set are the model's constants; the cost view "
        "has no control",
    ),
    Fixed("so.newton", LABEL),
    Fixed("so.adagrad", LABEL),
    Fixed("so.lbfgs", LABEL),
    Fixed("so.adam", LABEL),
    Fixed("so.valley.two_neuron", "the two-neuron surface's valley of minima is w₁w₂ = 1"),
    Fixed("lr1d.kind.minimum", "a kind of point, its meaning checked where a sentence names it"),
    Fixed("lr1d.kind.maximum", "a kind of point, its meaning checked where a sentence names it"),
    Fixed("lr1d.kind.flat", "a kind of point, its meaning checked where a sentence names it"),
    Fixed(
        "lr1d.kind.flat_ascent", "a kind of point, its meaning checked where a sentence names it"
    ),
    Fixed("lr1d.kind.critical", "a kind of point, its meaning checked where a sentence names it"),
    Fixed("kind.minimum", "a kind of point, its meaning checked where a sentence names it"),
    Fixed("kind.saddle", "a kind of point, its meaning checked where a sentence names it"),
    Fixed("so.steps.one", 'a count\'s unit: "1 step"'),
    Fixed("so.steps.many", 'a count\'s unit: "n steps"'),
    Fixed(
        "so.steps.beyond",
        "in so.2d.bowl, for a run not within 10⁻⁶ at its last drawn step: check_bowl reads it "
        "(the bowl with λ = 10 shows it)",
    ),
    Fixed("so.col.model", "a column's title"),
    Fixed("so.col.gradient", "a column's title: d floats, the gradient's size for every d"),
    Fixed("so.col.hessian", "a column's title: d² floats, the Hessian's size for every d"),
    Fixed("so.col.solve", "a column's title: ⅔d³ flop, an LU solve for every d"),
    Fixed("so.col.newton", "a column's title"),
    Fixed("so.col.gd", "a column's title: the step counted is 2/(μ_min + μ_max) on each row"),
    *(
        Fixed(f"so.model.{m}", "a model's name in the cost table")
        for m in ("two_neuron", "edge", "moons", "digits", "deep", "million", "billion")
    ),
    *(
        Fixed(f"so.unit.{u}", "a unit of time, its number computed")
        for u in ("ns", "us", "ms", "s", "min", "h", "days", "years")
    ),
)
