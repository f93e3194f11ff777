"""The basins lesson's ledger: every sentence it shows, the reading a student takes from it,
and the check (tests/ledgers/test_basins.py) that holds it against the two start grids the
figures draw (each heatmap cell coloured by where its run ended)."""

from ui.ledger import Fixed, Sentence

MAP = {"name": r"[^\s.。:：;；](?:[^.。:：;；\n])*?\(\d\)"}

LEDGER = (
    Sentence(
        "maps.basins.broken",
        "across the named share of the drawn map's cell borders (horizontal and vertical "
        "neighbours) the two starts are coloured differently",
        "check_broken",
        fields=MAP,
    ),
    Sentence(
        "maps.basins.more_broken",
        "the first named map's share of differing borders, as drawn, is the named factor times "
        "the second's, and at least 2×",
        "check_more_broken",
        fields={"more": MAP["name"], "less": MAP["name"]},
    ),
    Sentence(
        "maps.basins.only_broken",
        "the second named map draws no border with different colours on its two sides; the "
        "first named map draws some",
        "check_only_broken",
        example={"b_ls": "bowl", "b_lr1": "0.9", "b_opt2": "adam", "b_n": "150"},
        fields={"more": MAP["name"], "less": MAP["name"]},
    ),
    Sentence(
        "maps.basins.alike",
        "the two drawn maps' shares of differing borders are less than 2× apart",
        "check_alike",
        example={"b_opt2": "sgd"},
    ),
    Sentence(
        "maps.basins.no_basins",
        "fewer than half of the drawn map's start cells are coloured by a minimum (a group whose "
        "end is marked with a star, not a saddle's × or a maximum's ▲); the named shares of cells "
        "drawn at a minimum, stayed where they started (−3), diverged (−1) and not settled (−2) "
        "are the drawn map's, after the named number of steps (the steps control); a share that "
        "is not 0 never reads 0.0 (it reads < 0.1)",
        "check_no_basins",
        example={"b_lr1": "0.025"},
        fields=MAP,
    ),
    Sentence(
        "maps.basins.short_runs",
        "at least half the named drawn map's start cells did not settle, and those runs ended a "
        "median distance (the drawn hover data: each start's distance from its run's end) as "
        "named, under 5 % of the drawn map's width (named): the runs went almost nowhere in the "
        "named steps, so the map does not show the basins, not that there are none",
        "check_short_runs",
        example={"b_lr1": "1e-05", "b_lr2": "1e-05"},
        fields=MAP,
    ),
    Sentence(
        "maps.basins.hovering",
        "at least half the named drawn map's start cells did not settle, and their runs ended "
        "in a minimum's bowl (the Hessian at the end positive definite): the named share of "
        "them within the named radius (2 % of the drawn width, the credit radius) of the "
        "minimum a Newton step from the end aims at, a median distance as named; they moved "
        "the named median (the drawn hover data) in the named steps",
        "check_hovering",
        example={"b_ls": "rastrigin", "b_opt1": "adam", "b_opt2": "lion"},
        fields=MAP,
    ),
    Sentence(
        "maps.basins.sign_step",
        "the named map's rule is Lion, whose step is −ε(sign(c) + λθ) with λ = 0 (not a "
        "control here): ±ε in each coordinate, ε its slider's, whatever the gradient",
        "check_sign_step",
        example={"b_ls": "rastrigin", "b_opt1": "adam", "b_opt2": "lion"},
        fields=MAP,
    ),
    Sentence(
        "maps.basins.depth",
        "more end groups are drawn than there are distinct colours; the named counts of end "
        "marks drawn as ★ (a minimum), × (a saddle) and ▲ (a maximum) are the drawn map's, and "
        "each mark is at a point whose Hessian has that kind; the groups' colours darken with "
        "their ends' loss",
        "check_depth",
        # more than the 12 distinct colours: Rastrigin's lattice of pits (Newton's method
        # against the saddle-free one on Himmelblau ends at 9 points, each its own colour now)
        example={"b_ls": "rastrigin"},
    ),
    Sentence(
        "maps.basins.no_minimum",
        "the chosen surface declares no minimum, and neither drawn map marks one (no star: every "
        "end group drawn is a saddle's ×), so no drawn cell is coloured by a minimum",
        "check_no_minimum",
        example={"b_ls": "saddle"},
    ),
    Sentence(
        "maps.basins.ends",
        "on a surface with no minimum, the named shares of the drawn map's start cells are those "
        "coloured diverged (the run left |x|, |y| ≤ the surface's far bound, the bound named), "
        "did not settle, stayed where it started, and by an end group marked × (a saddle); they "
        "add up to 100 %",
        "check_ends",
        # Newton's runs stop at the saddle: none goes out (SGD's and momentum's all slide out
        # downhill, maps.basins.ends_downhill)
        example={"b_ls": "saddle", "b_opt1": "newton", "b_opt2": "saddle_free_newton"},
        fields=MAP,
    ),
    Sentence(
        "maps.basins.ends_downhill",
        "as maps.basins.ends, the cells coloured as gone out (the run left |x|, |y| ≤ the far "
        "bound named) on a surface with no minimum; each of those runs, rerun from the drawn "
        "grid, is lower at its last point inside the bound than at its start: it slid out down "
        "a slope with no bottom, not thrown out",
        "check_ends_downhill",
        example={"b_ls": "saddle", "b_opt1": "newton", "b_opt2": "saddle_free_newton"},
        fields=MAP,
    ),
    Fixed(
        "maps.basins.downhill",
        "the table's row and the maps' key for runs gone out past the far bound, used instead of "
        "'diverged' only when compute.went_downhill holds for every map with such runs (a "
        "surface with no minimum, each lower where it left than where it started), which "
        "check_ends_downhill reads on the drawn grid",
    ),
    Sentence(
        "maps.basins.tolerance",
        "the named tolerance is 2 % of the drawn map's width, and every drawn cell coloured by an "
        "end point's group ended within it of the mark (its drawn hover distance moved differs "
        "from the start's distance to the mark by at most the tolerance); every cell drawn as "
        "stayed where it started moved less than the tolerance",
        "check_tolerance",
    ),
    Sentence(
        "maps.basins.tolerance_curve",
        "as maps.basins.tolerance for the groups at one point; a group named as a curve of "
        "minima is marked at a point of the surface whose loss is within the named tolerance "
        "of the surface's minimum loss, on that branch",
        "check_tolerance",
        example={"b_ls": "two_neuron"},
    ),
    Sentence(
        "maps.basins.no_compare",
        "at least one drawn map has fewer than the named share of starts at a minimum, so no "
        "fragmentation is compared",
        "check_no_compare",
        example={"b_lr1": "0.025"},
    ),
    Sentence(
        "maps.basins.momentum",
        "the named map's optimizer is one with a momentum term and α is the rule's default "
        "(no control sets it on this page)",
        "check_momentum",
        fields=MAP,
    ),
    Fixed(
        "maps.basins.notice",
        "says how the pictures are coloured: by the end group of each start (a minimum, marked "
        "★, or a saddle the run stalled near, marked × — the page marks a group × when its end "
        "is a saddle or the surface has no minimum — or diverged, or not settled), one colour "
        "per group in both (map_figures.basin_colours is computed once for both maps); with "
        "no more groups than distinct colours the key under both maps names each group's "
        "colour by its end's mark and coordinates, as drawn",
    ),
    Fixed(
        "maps.basins.deferred",
        "shown only while a study step is chosen and the step 'More broken up?' is unanswered: "
        "it states no result, only that the comparison waits for that answer",
    ),
    Fixed(
        "basins.study_hidden",
        "while a step's question is open the page draws every start grey (its hiding branch "
        "passes no group colours) and returns before the sentences under the maps: what the "
        "caption says stays hidden, for every setting",
    ),
    Fixed(
        "basins.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
