"""The edge-of-stability lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_edge_of_stability.py) that holds that reading
against the λ_max and loss curves the figure draws."""

from ui.ledger import Fixed, Sentence

# Views that show a sentence the default view does not (found with the control sweep).
SMALL_RATES = {"eos_lr": ["0.01", "0.02", "0.03", "0.05"]}  # ε = 0.03 stays in the band
HEAVY = {"eos_alpha": "0.9", "eos_lr": ["0.01", "0.05", "0.3"]}  # issue 31, case 2
LIGHT = {"eos_alpha": "0.3", "eos_lr": ["0.05", "0.1", "0.2", "0.3"]}
FIVE = {"eos_lr": ["0.01", "0.02", "0.05", "0.1", "0.2"]}
ABOVE = {"eos_lr": ["0.1", "0.3"]}  # ε = 0.3 starts at 1.27 × 2/ε, dips to 0.79 × and comes back

LEDGER = (
    Sentence(
        "eos.fate.open.reached",
        "the drawn λ_max of ε starts at the value named, and its first point within ±pct % of "
        "the limit is at the step named: none before it is",
        "check_reached",
    ),
    Sentence(
        "eos.fate.open.overshot",
        "the drawn λ_max of ε starts at the value named, a drawn point before the band is above "
        "it (the highest, at the ratio and step named), and its first point within ±pct % of "
        "the limit is at the step named",
        "check_reached",
        example={"eos_alpha": "0.7", "eos_lr": ["0.01", "0.2"]},
    ),
    Sentence(
        "eos.fate.open.start",
        "the first drawn λ_max point of ε is the value named, already within ±pct % of the "
        "limit, at the ratio named",
        "check_start",
        example=LIGHT,
    ),
    Sentence(
        "eos.fate.open.past",
        "no drawn λ_max point of ε lies within ±pct % of the limit, and the first above the "
        "band is at the step named",
        "check_past",
        example="view_past",
    ),
    Sentence(
        "eos.fate.open.above",
        "the first drawn λ_max point of ε is the value named, above the band ±pct % around "
        "the limit, at the ratio named",
        "check_above",
        example=ABOVE,
    ),
    Sentence(
        "eos.fate.above.dip",
        "the drawn λ_max of that ε, which started above the band, has its lowest point before "
        "it first enters the band at the step and value named, below the band; every point from "
        "there to the step named last is below the band, and that one is the first in it",
        "check_above_dip",
        example=ABOVE,
    ),
    Sentence(
        "eos.fate.above.reached",
        "the drawn λ_max of that ε, which started above the band, has its first point within "
        "±pct % of the limit at the step named",
        "check_above_reached",
        example="view_above",
    ),
    Sentence(
        "eos.fate.above.never",
        "the drawn λ_max of that ε, which started above the band, has no point within ±pct % "
        "of the limit",
        "check_above_never",
        example="view_above_never",
    ),
    Sentence(
        "eos.fate.stayed",
        "every drawn λ_max point of that ε from the step it reached the band to the end lies "
        "within ±pct % of the limit, between lo and hi times it",
        "check_stayed",
        example=SMALL_RATES,
    ),
    Sentence(
        "eos.fate.ranged.hover",
        "from the step named on, the drawn λ_max points of that ε range from lo to hi times the "
        "limit, not all in the band; the share named (at least half) lies within ±pct %",
        "check_ranged",
    ),
    Sentence(
        "eos.fate.ranged.away",
        "from the step named on, the drawn λ_max points of that ε range from lo to hi times the "
        "limit; the share named (less than half) lies within ±pct %",
        "check_ranged",
        example=HEAVY,
    ),
    Sentence(
        "eos.fate.end.in",
        "the last drawn λ_max point of that ε is at the step named, prints as the value named, "
        "and lies within ±pct % of the limit",
        "check_end",
    ),
    Sentence(
        "eos.fate.end.below",
        "the last drawn λ_max point of that ε is at the step named, prints as the value named, "
        "and lies below the band",
        "check_end",
        example=LIGHT,
    ),
    Sentence(
        "eos.fate.end.above",
        "the last drawn λ_max point of that ε is at the step named, prints as the value named, "
        "and lies above the band",
        "check_end",
        example="view_past",
    ),
    Sentence(
        "eos.fate.below",
        "every drawn λ_max point of ε lies below the band ±pct % around the limit; the first, "
        "the last and the largest print as named",
        "check_below",
    ),
    Sentence(
        "eos.fate.diverged",
        "the drawn loss of ε is finite up to the step named and not drawn from it on (it blew "
        "up there); the first λ_max and the limit 2(1+α)/ε print as named",
        "check_diverged",
        example=HEAVY,
    ),
    Sentence(
        "eos.loss.every",
        "the drawn loss of that ε, from the first step named (where its λ_max reached the band, "
        "else 0) to the last step named, falls at every step, from the first value named to "
        "the last",
        "check_loss",
    ),
    Sentence(
        "eos.loss.bumpy",
        "the drawn loss of that ε, from the first step named (the opening's step, else 0) to "
        "the last step named, ends lower than it starts and goes up from one drawn step to the "
        "next at the number of the steps named: the count the loss question's reveal gives; "
        "it is followed by its largest spike (eos.loss.spike*)",
        "check_loss",
    ),
    Sentence(
        "eos.loss.spike",
        "after the step the bumpy loss sentence counts from (a later one than 0), the drawn loss "
        "of that ε is highest at the step named, with the value named, the ratio named times its "
        "value at that first step (above it), and not above the drawn loss at step 0, named",
        "check_spike",
    ),
    Sentence(
        "eos.loss.spike.start",
        "counted from step 0, the drawn loss of that ε is highest (after step 0) at the step "
        "named, with the value named, the ratio named times its step-0 value (above it)",
        "check_spike",
        example="view_bump",
    ),
    Sentence(
        "eos.loss.spike.zero",
        "after the step the bumpy loss sentence counts from (a later one than 0), the drawn loss "
        "of that ε is highest at the step named, with the value named, the ratio named times its "
        "value at that first step, and above the drawn loss at step 0, whose value is named",
        "check_spike",
    ),
    Sentence(
        "eos.loss.spike.small",
        "after the step the bumpy loss sentence counts from, the drawn loss of that ε never goes "
        "above its value there (named); its largest rise from one drawn step to the next is the "
        "size named, to the value named, at the step named",
        "check_spike",
        example=HEAVY,
    ),
    Sentence(
        "eos.loss.up",
        "the drawn loss of that ε, from the first step named (the opening's step, else 0) to "
        "the last step named, ends no lower than it starts, rising at the number named",
        "check_loss",
        example="view_past",
    ),
    Sentence(
        "eos.quad.intro",
        "the quadratic's λ is the network's first drawn λ_max point, and its drawn line is flat",
        "check_quad_intro",
    ),
    Sentence(
        "eos.quad.converge",
        "the drawn quadratic loss of each rate named ends lower than it starts, and ε·λ is "
        "below the limit 2(1+α)",
        "check_quad_rates",
        fields={"rates": r"[\d., ]+?"},
    ),
    Sentence(
        "eos.quad.same_pace",
        "α is the slider's, at least 0.5; the named rates are exactly the drawn rates whose ελ "
        "(λ the drawn λ₀) lies strictly between (1 − √α)² and (1 + √α)², at least two; √α "
        "prints as the number given; each named rate's drawn quadratic loss has peaks whose "
        "log falls by log α a step (a line fitted through them, within 3 %)",
        "check_quad_same_pace",
        example={"eos_alpha": "0.9"},
        fields={"rates": r"[\d., ]+?"},
    ),
    Sentence(
        "eos.quad.diverge",
        "the drawn quadratic loss of each rate named ends higher than it starts, and ε·λ is at "
        "or above the limit 2(1+α)",
        "check_quad_rates",
        example={"eos_lr": ["0.01", "0.15", "0.3"]},
        # the rates end the sentence: each whole ("0.3.", not "0")
        fields={"rates": r"\d+(?:\.\d+)?(?:, \d+(?:\.\d+)?)*"},
    ),
    Sentence(
        "eos.quad.contrast",
        "exactly the rates named have a drawn λ_max that started below the band (it climbed), "
        "reached it and then had at least half of its points in it, while their drawn loss "
        "ended lower than there",
        "check_contrast",
        fields={"rates": r"[\d., ]+?"},
    ),
    Sentence(
        "eos.quad.contrast.above",
        "exactly the rates named have a drawn λ_max whose first point is above the band, that "
        "later came into it and then had at least half of its points in it, while their drawn "
        "loss ended lower than there; their drawn quadratic loss ends higher than it starts",
        "check_contrast",
        example=ABOVE,
        fields={"rates": r"[\d., ]+?"},
    ),
    Sentence(
        "eos.quad.contrast.start",
        "exactly the rates named have a drawn λ_max whose first point is in the band and at "
        "least half of whose points are in it, while their drawn loss ended lower",
        "check_contrast",
        example=LIGHT,
        fields={"rates": r"[\d., ]+?"},
    ),
    Sentence(
        "eos.quad.no_edge",
        "no drawn λ_max curve reached the band and then had at least half of its points in it "
        "with its loss falling",
        "check_no_edge",
        example=HEAVY,
    ),
    Sentence(
        "eos.off_chart",
        "the drawn λ axis's top prints as named, and the dashed limit lines drawn above it are "
        "exactly those of the rates named, at the limits named; every other dashed line is in "
        "view",
        "check_off_chart",
        fields={"items": r"[^\n]+?"},
    ),
    Sentence(
        "eos.off_chart.item",
        "the dashed limit line of the rate named is drawn at the height named, above the drawn "
        "λ axis's top",
        "check_off_chart_item",
        fields={"rate": r"ε = [\d.]+"},
    ),
    Sentence(
        "eos.too_many",
        "the chart draws the first four rates chosen, exactly the ones named",
        "check_too_many",
        example=FIVE,
        fields={"rates": r"[\d., ]+?"},
    ),
    Fixed(
        "eos.rule.body",
        "the quadratic's stability condition ελ_max < 2 (2(1+α) with momentum) is a closed "
        "form that holds for every rate and α the page allows",
    ),
    Fixed(
        "eos.momentum_help",
        "heavy ball on ½λx² is stable exactly when ελ < 2(1+α) for 0 ≤ α < 1, and the slider "
        "stops at 0.9; α = 0 is the plain update",
    ),
    Fixed(
        "eos.setup",
        "the network, data, loss and the Lanczos stopping rule are the model's constants "
        "(models/edge_of_stability.py: WIDTH, HIDDEN, TOL); no control changes them",
    ),
    Fixed(
        "eos.lanczos_until",
        "the words inside the stopping-rule formula: Lanczos runs until the residual is within "
        "10^log10(TOL) of λ̂, a model constant no control changes",
    ),
    Fixed(
        "eos.computing",
        "every run trains STEPS = 3000 steps and measures λ_max every EVERY = 20 steps, "
        "whatever the rates and α",
    ),
    Fixed(
        "eos.why",
        "the lesson's reasoning in words (its Why? panel): it states the limit for both cases "
        "the momentum slider allows, ελ_max < 2 (2/ε) without momentum and 2(1 + α)/ε with "
        "α ∈ [0, 0.9], and |1 − ελ_max| > 1 once ελ_max > 2; a run whose λ_max starts above "
        "the limit is pushed down to it (ε = 0.3 at α = 0 and 0.1, the only such settings: "
        "1.27 × → 0.79 × and 1.16 × → 0.73 ×, then back into the band); test_the_why_panel_names_the_"
        "drawn_limit holds it against the dashed limit lines drawn at α = 0 and α = 0.9",
    ),
)
