"""The room page's ledger: the sentences its reveal shows, the reading a student takes from
each, and the check (tests/ledgers/test_room.py) that holds it against the reveal's figure (the
asked run's drawn path, the class's drawn answers, the votes' drawn bars, the number line)."""

from ui.ledger import Sentence

NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
NUMBERS = {
    name: NUM
    for name in ("x", "y", "r", "miss", "d", "last", "tol", "loss", "value", "median", "k")
}
NAMES = {"opt": r"[^\n；;：:。]{1,60}?", "truth": r"[^\n“”；;。]{1,60}?"}

LEDGER = (
    Sentence(
        "room.summary_none",
        "nobody answered: the reveal draws no answer",
        "check_nobody",
        example="view_nobody",
    ),
    Sentence(
        "room.summary_where",
        "the asked run's drawn path has the steps named and ends at the point named; of the "
        "drawn answers, the number named lie within r of that end, and their median distance "
        "to it is as named",
        "check_where",
        example="view_playground_reveal",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_where_1d",
        "the asked run's drawn points on the curve have the steps named and end at the x "
        "named; of the drawn answers, the number named lie within r of that x, and their "
        "median distance to it is as named",
        "check_where",
        example="view_where_1d",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_where_diverged",
        "diverged (ui.readings) at step k: the asked run's drawn path stops after k points, "
        "short of the steps asked, its steps growing; every drawn answer lies on the surface",
        "check_where_diverged",
        example="view_where_diverged",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_unstable",
        "became unstable (ui.readings) at the step named: from that drawn step on every drawn "
        "step of the asked run is longer than it, and the steps grew by the factor named per "
        "step on average (the last drawn step over that one, to the power 1/steps between)",
        "check_unstable",
        example="view_where_diverged",
        fields=NUMBERS | {"growth": NUM},
    ),
    Sentence(
        "room.summary_at_minimum",
        "stopped (ui.readings: each of its last drawn steps shorter than the tolerance named) "
        "and close to a minimum: its drawn end is the distance named from the nearest minimum, "
        "within r; the number named of the drawn answers lie within r of a minimum",
        "check_at_minimum",
        example="view_stopped_at_minimum",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_moving_near_minimum",
        "not stopped (ui.readings) and close to the minimum: the asked run's drawn path ends "
        "at the distance named from the minimum, within r, after the steps named, and its last "
        "drawn step is as long as named, not all of its last steps shorter than the stop "
        "tolerance",
        "check_moving_near_minimum",
        example="view_playground_reveal",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_stopped_elsewhere",
        "stopped (ui.readings), but not close to any minimum: its drawn end is the distance "
        "named from the nearest minimum, farther than r",
        "check_stopped_elsewhere",
        example="view_stopped_elsewhere",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_not_at_minimum",
        "neither stopped (ui.readings) nor close to a minimum: its drawn end is the distance "
        "named from the nearest minimum, farther than r, its last drawn steps still moving",
        "check_not_at_minimum",
        example="view_not_at_minimum",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_all_diverged",
        "every drawn run stops short of the steps asked (diverged, ui.readings); the bars "
        "count the number of answers named",
        "check_all_diverged",
        example="view_all_diverged",
    ),
    Sentence(
        "room.summary_all_runs_diverged",
        "one optimizer at several rates: every drawn run stops short of the steps asked "
        "(diverged, ui.readings); the bars count the number of answers named",
        "check_all_diverged",
        example="view_all_runs_diverged",
    ),
    Sentence(
        "room.summary_lowest",
        "the run named ends lowest: of the runs drawn to their last step, its drawn end has "
        "the lowest loss, the loss named; its bar counts the number right, the longest bar "
        "is the one named, alone",
        "check_lowest",
        example="view_lowest",
        fields=NUMBERS | NAMES,
    ),
    Sentence(
        "room.summary_lowest_split",
        "the run named ends lowest (as above); no bar is longer than every other: the "
        "longest is shared, and as long as named",
        "check_lowest_split",
        example="view_lowest_split",
        fields=NUMBERS | NAMES,
    ),
    Sentence(
        "room.summary_diverged",
        "diverged (ui.readings) at step k: the asked run's drawn path stops after k points, "
        "its steps growing; the green bar is “Yes” and counts the number right",
        "check_diverged",
        example="view_diverged",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_stayed",
        "did not diverge: the asked run is drawn to its last step, every point within the far "
        "bound; the green bar is “No” and counts the number right",
        "check_stayed",
        example="view_stayed",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_basin",
        "the asked run's drawn path ends at the point named, and the answer named is the "
        "minimum close to it (within r; “none” when no minimum is); its bar, green, counts "
        "the number right",
        "check_basin",
        example="view_basin",
        fields=NUMBERS | NAMES,
    ),
    Sentence(
        "room.summary_basin_1d",
        "the asked run's drawn points end at the x named, and the answer named is the minimum "
        "close to it (within r; “none” when no minimum is); its bar counts the number right",
        "check_basin_1d",
        example="view_basin_1d",
        fields=NUMBERS | NAMES,
    ),
    Sentence(
        "room.summary_number",
        "the drawn guesses: the number named lie inside the drawn band of ±tol around the "
        "drawn true value, and their median is as named",
        "check_number",
        example="view_number",
        fields=NUMBERS,
    ),
    Sentence(
        "room.summary_number_sides",
        "of the drawn guesses outside the band, the number named lie above it and the number "
        "named below",
        "check_number_sides",
        example="view_number",
    ),
)
