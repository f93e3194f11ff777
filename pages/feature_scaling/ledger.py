"""The feature-scaling lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_feature_scaling.py) that holds that reading against
what the panels draw: the loss under the pointer (each contour's hover grid), the minimum ★,
the gradient-descent path, and the excess-loss curves."""

from ui.ledger import Fixed, Sentence

LEDGER = (
    Sentence(
        "scaling.notice",
        "the three panels draw one loss: the least value of each panel's drawn loss surface is "
        "the L* named, the same in all three, and each drawn loss at the start w = (0, 0) is the "
        "L named",
        "check_notice",
        fields={"per": r"[^\n]+?"},
    ),
    Sentence(
        "scaling.per",
        "the panel named has the condition number κ named (largest over smallest curvature of "
        "its drawn loss; for the panel the switch leaves out, its drawn excess-loss curve stays "
        "under that κ's bound ((κ−1)/(κ+1))^{2t}), and its drawn excess-loss curve first falls "
        "below the tolerance at the step named (none before it); “> 10 000” means no drawn "
        "point falls below it",
        "check_per",
    ),
    Sentence(
        "scaling.facts",
        "under each panel: the κ of that panel's drawn loss, ε* = 2/(λ_min + λ_max) of it, the "
        "drawn path's steps are gradient descent at that ε*, and the steps are where that "
        "panel's drawn excess-loss curve first falls below the tolerance",
        "check_facts",
    ),
    Sentence(
        "scaling.floor",
        "the named drawn excess-loss curve is flat from the step named to its last drawn step "
        "(the one named): every drawn value from there within the stated share of its lowest, "
        "the value named, and the value just before it outside that band; κ is that of the "
        "curve's drawn panel; the curves named after it (every other drawn curve whose lowest "
        "drawn value is below the floor, and only those) reach the values named, so the floor "
        "is this run's rounding, not float32's limit; the exact-arithmetic value is the closed "
        "form of gradient descent on the panel's quadratic after as many steps, far below the "
        "drawn floor",
        "check_floor",
        fields={"lower": r"[^\n]+?"},
    ),
    Fixed("scaling.floor.lower", "one of scaling.floor's pieces, checked there (check_floor)"),
    Fixed("scaling.floor.and", "the conjunction joining scaling.floor's and scaling.cut's pieces"),
    Sentence(
        "scaling.cut",
        "every drawn excess-loss curve that ends before the last step is named, and only those: "
        "each named curve's last drawn point is at the step and value named, under the share "
        "named, and every earlier drawn point of it is not under that share",
        "check_cut",
        # greedy: to the sentence's final stop (its values hold decimal points)
        fields={"ends": r"[^\n]+"},
    ),
    Fixed("scaling.cut.end", "one of scaling.cut's pieces, checked there (check_cut)"),
    Sentence(
        "scaling.data",
        "the data set the panels are fitted to has the number of flats, the ranges of rooms and "
        "area and the noise named (nothing draws the data: checked against the data set itself)",
        "check_data",
    ),
    Sentence(
        "scaling.fit.within",
        "the raw panel's drawn minimum ★ is the w named; each standard error is "
        "σ̂·√diag(H⁻¹/n) of the raw panel's drawn loss (σ̂² = 2nL*/(n − 3)); w is within k "
        "of them of (3, 0.05); each panel's drawn ★ is at the point named, in panel order",
        "check_fit",
        fields={"minima": r"(?:\([^()\n]+\)(?:, )?)+"},
    ),
    Fixed(
        "scaling.beside",
        "the panel switch's label: the left panel is the raw features on every view",
    ),
    Fixed("scaling.raw", "a panel's name: the same on every view"),
    Fixed("scaling.standard", "a panel's name: the same on every view"),
    Fixed("scaling.minmax", "a panel's name: the same on every view"),
    Fixed(
        "scaling.path_steps",
        "the path slider's label: it sets the number of gradient-descent steps drawn on the "
        "three contour panels and nothing else, on every view",
    ),
    Fixed(
        "scaling.path_steps.help",
        "the path slider's help: the convergence curves and every step count come from "
        "steps_to_tol over SCALING_MAX_STEPS (10 000) steps, which no control changes; "
        "test_the_steps_slider_sets_the_drawn_paths_only_and_says_so",
    ),
    Fixed(
        "scaling.tol",
        "the tolerance slider's label: it names what k is (10ᵏ of the start's excess loss), "
        "which is how steps_to_tol counts for every k",
    ),
    Fixed(
        "scaling.excess",
        "the excess-loss axis title: the curves drawn are (L − L*)/(L₀ − L*) on every view",
    ),
    Fixed(
        "scaling.terms",
        "definitions (κ = λ_max/λ_min, ε* = 2/(λ_min + λ_max), the excess loss, L*) that are "
        "the same for every setting; the bound (κ−1)/(κ+1) per step is the closed form for "
        "gradient descent at ε* on any quadratic",
    ),
    Fixed(
        "scaling.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
