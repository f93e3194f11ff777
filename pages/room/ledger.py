"""The room page's ledger: the sentences its reveal shows, the reading a student takes from
each, and the check (tests/ledgers/test_room.py) that holds it against the reveal's figure (the
asked run's drawn path, the class's drawn answers)."""

from ui.ledger import Sentence

NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
NUMBERS = {name: NUM for name in ("x", "y", "r", "miss", "d", "last")}

LEDGER = (
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
        "room.summary_moving_near_minimum",
        "not stopped (ui.readings) and close to the minimum: the asked run's drawn path ends "
        "at the distance named from the minimum, within r, after the steps named, and its last "
        "drawn step is as long as named, not all of its last steps shorter than the stop "
        "tolerance",
        "check_moving_near_minimum",
        example="view_playground_reveal",
        fields=NUMBERS,
    ),
)
