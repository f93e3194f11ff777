"""The edge-of-stability lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_edge_of_stability.py) that holds that reading
against the λ_max and loss curves the figure draws."""

from ui.ledger import Fixed, Sentence

TWO_RATES = {"eos_lr": ["0.01", "0.2"]}

LEDGER = (
    Sentence(
        "eos.fate.open.reached",
        "the drawn λ_max of ε starts at the value named, and its first point within ±pct % of "
        "the limit is at the step named: none before it is",
        "check_reached",
    ),
    Sentence(
        "eos.fate.stayed",
        "every drawn λ_max point of that ε from the step it reached the band to the end lies "
        "within ±pct % of the limit, between lo and hi times it",
        "check_stayed",
    ),
    Fixed(
        "eos.rule.body",
        "the quadratic's stability condition ελ_max < 2 (2(1+α) with momentum) is a closed "
        "form that holds for every rate and α the page allows",
    ),
)
