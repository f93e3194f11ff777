"""The convergence maps' ledger: every sentence they show, the reading a student takes from it,
and the check (tests/ledgers/test_convergence_maps.py) that holds it against the map as drawn
(its steps heatmap, the theory's star and limit lines, the fastest-cell marker)."""

from ui.ledger import Fixed, Sentence

POINT = {"best": r"\([^()]*\)", "star": r"\([^()]*\)", "cell": r"\([^()]*\)"}

LEDGER = (
    Sentence(
        "maps.notice.theory",
        "a yellow star (the theory's optimum) is drawn at the point named",
        "check_star",
        fields=POINT,
    ),
    Sentence(
        "maps.theory.on_best",
        "the drawn fastest-cell marker is at the cell named, no drawn cell needs fewer steps, "
        "and the star lies on it or one cell from it",
        "check_on_best",
        fields=POINT,
    ),
    Sentence(
        "maps.theory.off_best",
        "the drawn fastest cell is at the cell named, no drawn cell needs fewer steps, and the "
        "star lies the named number of cells from it",
        "check_off_best",
        example={"map_n": "10"},
        fields=POINT,
    ),
    Sentence(
        "maps.theory.outside",
        "the star lies outside the drawn map's axes ranges; the fastest cell is as named",
        "check_outside",
        example={"hi_lr": "0.5"},
        fields=POINT,
    ),
    Sentence(
        "maps.theory.best_only",
        "the drawn fastest-cell marker is at the cell named and no drawn cell needs fewer steps",
        "check_best",
        example={"map_opt": "nesterov"},
        fields=POINT,
    ),
    Sentence(
        "maps.theory.no_best",
        "no drawn cell reached the tolerance without diverging: every cell is drawn diverged",
        "check_no_best",
        example={"lo_lr": "5", "hi_lr": "10"},
    ),
    Sentence(
        "maps.notice.theory_limits_only",
        "a dashed limit line and a dotted GD limit line are drawn, and no star",
        "check_limits_only",
        example={"map_opt": "nesterov"},
    ),
    Sentence(
        "maps.newton.one_step",
        "the drawn dashed limit line is ε = 2 + cλ with c as named (2/μ_max), and at λ = 0, "
        "ε = 1 every factor 1 − εμᵢ/(μᵢ + λ) is the named value, 0",
        "check_newton_limit",
        example={"map_opt": "newton"},
    ),
    Sentence(
        "maps.newton.cell",
        "the drawn grid has a cell at λ = 0, ε = 1, and what it says of it matches the drawn "
        "heatmaps there",
        "check_newton_cell",
        example={"map_opt": "newton", "lo_lr": "1"},
        fields={"outcome": r"(?:[^.。]|(?<=\d)\.(?=\d))*"},
    ),
    Sentence(
        "maps.newton.rounding",
        "the drawn cell at λ = 0, ε = 1 needs the steps named, more than one; the same run in "
        "float32 (optimizers.run) ends step 1 with loss − L* at or above the tolerance named, "
        "and is within it from that many steps on",
        "check_newton_rounding",
        example={"map_opt": "newton", "map_grid": "64"},
    ),
    Sentence(
        "maps.newton.no_cell",
        "the drawn grid has no cell at ε = 1; the nearest cell named is drawn, and what it says "
        "of it matches the drawn heatmaps there",
        "check_newton_cell",
        example={"map_opt": "newton"},
        fields={"outcome": r"(?:[^.。]|(?<=\d)\.(?=\d))*"},
    ),
    Sentence(
        "maps.counts",
        "the map is coloured by steps; of the drawn grid's cells (its total), the number named "
        "have a drawn step count (reached the tolerance), the number named are drawn diverged, "
        "and the rest are drawn as not reached; the steps are the slider's",
        "check_counts",
    ),
    Sentence(
        "maps.loss_ties",
        "the map is coloured by final loss; the number named of drawn cells share the lowest "
        "drawn value, which prints as the floor named",
        "check_loss_ties",
        example={"metric": "loss"},
    ),
    Sentence(
        "maps.notice.no_minimum",
        "the surface declares no minimum; the map's colour is the step each run left |x|, |y| ≤ "
        "the surface's far bound (named): of the drawn grid's cells (its total) the number named "
        "have a drawn step (left), the earliest drawn step is the one named, and the number "
        "named are drawn grey (stayed inside for the slider's steps); none is drawn as "
        "reaching a tolerance",
        "check_no_minimum",
        example={"map_ls": "saddle"},
    ),
    Sentence(
        "maps.notice.no_minimum_stayed",
        "the surface declares no minimum and no drawn cell has a step at which it left: every "
        "one of the drawn grid's cells (its total) is grey after the slider's steps",
        "check_no_minimum",
        example={"map_ls": "saddle", "hi_lr": "0.002", "map_n": "10"},
    ),
    Sentence(
        "maps.cell_left",
        "the cell the line names (its ε and α) is drawn with the step named as the step its run "
        "left |x|, |y| ≤ the bound named (the surface's far bound)",
        "check_cell_left",
        example={"map_ls": "saddle"},
    ),
    Sentence(
        "maps.best_among",
        "the named cell needs the drawn map's fewest steps, as many drawn cells as named need "
        "that few, and of their final losses (rerun) as printed the named cell's, as named, is "
        "strictly the lowest",
        "check_fastest_ties",
        example={"map_ls": "himmelblau"},
    ),
    Sentence(
        "maps.best_among_same",
        "the named cell needs the drawn map's fewest steps, as many drawn cells as named need "
        "that few, all end (rerun) at the named final loss as printed, and the named cell is "
        "the first of them in the grid's order (smallest x, then y: the axes named)",
        "check_fastest_ties",
    ),
    Sentence(
        "maps.best_among_some",
        "the named cell needs the drawn map's fewest steps, as many drawn cells as named need "
        "that few, the number named of them end (rerun) at the lowest final loss as printed, "
        "the one named, and the named cell is the first of those in the grid's order",
        "check_fastest_ties",
        example={"map_ls": "himmelblau", "map_tol": "-3"},
    ),
    Sentence(
        "maps.lowest_among",
        "no drawn cell reached the tolerance; as many drawn, not diverged cells as named end "
        "(rerun) at the named cell's final loss as printed, the lowest, and the named cell is "
        "the first of them in the grid's order (smallest x, then y: the axes named)",
        "check_lowest_ties",
        example={"map_ls": "two_neuron"},
    ),
    Sentence(
        "maps.left_among",
        "the named cell left the far bound at the drawn map's earliest step, as many drawn "
        "cells as named left at that step, and the named cell is the first of them in the "
        "grid's order (smallest x, then y: the axes named)",
        "check_left_ties",
        example={"map_ls": "saddle", "map_grid": "32"},
    ),
    Sentence(
        "maps.range_swapped",
        "the axis named was given an upper end below its lower end (the two controls' values, "
        "named); the drawn axis runs from the lower value named to the higher",
        "check_range_swapped",
        example={"hi_lr": "1e-05"},
        fields={"hp": r"[^\n:：]{1,40}?", "lo": r"[^,，。\n]+?", "hi": r"[^,，。\n]+?"},
    ),
    Fixed(
        "maps.study_hidden",
        "while a step's question is open the page draws the axes only (no cell values, lines or "
        "marks) and shows no notice: page.py's `hiding` branch, for every setting",
    ),
    Fixed("maps.notice.steps", "says how the map is coloured: by steps to tolerance, every view"),
    Fixed("maps.notice.loss", "says how the map is coloured: by final loss, every view"),
    Fixed(
        "maps.notice.no_theory",
        "shown only where the page has no closed-form theory for the surface and optimizer",
    ),
    Fixed(
        "maps.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
