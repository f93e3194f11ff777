"""The gradient-geometry lesson's ledger: its sentences under the figure, the reading a student
takes from each, and the check (tests/ledgers/test_gradient_geometry.py) against the polar
chart of D_u L, the circle and the step the contour draws."""

from ui.ledger import Fixed, Sentence

STEP = (
    "the step drawn from θ to 'after the step' is that long, inside (outside) the drawn "
    "circle and drawn green (red) as the caption says; the prediction is −‖δ‖‖∇L‖ with the drawn ∇L, and the share is the two numbers' ratio"
)

LEDGER = (
    Sentence(
        "geometry.directions",
        "the drawn D_u L curve peaks at that value at that angle, within 1° of the drawn ∇L "
        "marker (its angle and length as printed); the two drawn contour markers are at the "
        "angles printed (0.1°), 90° from ∇L, and the drawn curve is 0 there; its lowest drawn "
        "value is the one printed",
        "check_directions",
    ),
    Sentence(
        "geometry.kink",
        "L is not differentiable at θ: its one-sided rates along u and −u do not cancel, by "
        "as much at the largest radius printed as at the smallest (a kink, not curvature); "
        "the radii are the smallest checked and 100 times it; ∇L's angle and length are the "
        "drawn ∇L marker's",
        "check_kink",
        example={"landscape": "typed", "f": "abs(x) + y^2", "gx": "0", "gy": "1"},
    ),
    Sentence(
        "geometry.radius",
        "the drawn dashed circle around θ has that radius; τ is the slider's",
        "check_radius",
    ),
    Sentence(
        "geometry.radius_at_least",
        "the drawn dashed circle around θ has that radius; τ is the slider's",
        "check_radius",
        example={"landscape": "typed", "f": "x + 2*y"},
    ),
    Sentence(
        "geometry.radius_none",
        "no dashed circle is drawn around θ: the radius is smaller than the smallest one "
        "checked (a thousandth of half the domain's width), not 0; τ is the slider's",
        "check_radius_none",
        example={"landscape": "sharp_flat"},
    ),
    Sentence("geometry.step_inside", STEP, "check_step"),
    Sentence(
        "geometry.step_outside",
        STEP + "; the step's own error |actual − predicted| / |predicted| is the one printed, "
        "more than τ",
        "check_step",
        example={"g_lr": "0.3"},
    ),
    Sentence(
        "geometry.step_outside_within",
        STEP + "; the step's own error |actual − predicted| / |predicted| is the one printed, "
        "within τ though the step is outside the radius (a guarantee for every direction)",
        "check_step",
        example={"landscape": "himmelblau"},
    ),
    Sentence(
        "geometry.step_beyond_smallest",
        "no circle is drawn; the drawn step, red, is at least as long as the smallest radius "
        "checked (so beyond the radius, which is smaller); prediction, share and own error as printed",
        "check_step_unmeasured",
        example={"landscape": "sharp_flat", "g_lr": "1"},
    ),
    Sentence(
        "geometry.step_below_smallest",
        "no circle is drawn; the drawn step, grey (the caption's 'not measured'), is shorter "
        "than the smallest radius checked, so whether it lies within the (smaller) radius is "
        "not claimed; prediction, share and own "
        "error as printed",
        "check_step_unmeasured",
        example={"landscape": "sharp_flat"},
    ),
    Sentence(
        "geometry.step_outside_up", STEP + "; the loss rose", "check_step", example={"g_lr": "3"}
    ),
    Sentence(
        "geometry.critical",
        "the drawn D_u L curve is within ±‖∇L‖ printed of 0 in every direction",
        "check_critical",
        example={"gx": "0", "gy": "0"},
    ),
    Sentence(
        "geometry.near_critical",
        "the drawn D_u L curve is within ±‖∇L‖ printed of 0 in every direction, and that "
        "‖∇L‖ is not 0",
        "check_critical",
        example={"landscape": "plateau", "gx": "3", "gy": "4"},
    ),
    Fixed("geometry.caption_plane", "what the contour's marks are, drawn for every setting"),
    Fixed("geometry.caption_3d", "what the 3-D view's marks are, drawn for every setting"),
    Fixed("geometry.tau_help", "the definition of the radius r_τ (optimizers.taylor)"),
    Fixed("geometry.click_hint", "what a click does, for every setting"),
    Fixed("geometry.polar_title", "how the polar chart is drawn: r is D_u L, for every setting"),
    Fixed("geometry.why", "first-order Taylor reasoning, true of every differentiable surface"),
)
