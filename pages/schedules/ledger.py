"""The schedules lesson's ledger: its verdict on the schedules, the reading a student takes from
it, and the check (tests/ledgers/test_schedules.py) against the loss curves the figure draws."""

from ui.ledger import Fixed, Sentence

RANKING = {"ranking": r"[^\n]+?(?=\.(?:\s|$)|。)"}
KEPT = {"kept": r"[^;；\n]+?"}
WHY = (
    "every drawn decaying schedule's mean loss over the last k drawn steps is below the "
    "constant rate's"
)

LEDGER = (
    Sentence(
        "schedules.ranking",
        "each schedule's drawn loss curve, averaged over its last k drawn points, is the value "
        "printed after its name, and the names are in increasing order of it; σ is the slider's; "
        "only the curves drawn to the last step (not diverged) are ranked",
        "check_ranking",
        fields=RANKING,
    ),
    Sentence(
        "schedules.diverged",
        "each named schedule's drawn loss curve ends at step k − 1, before the last step, its "
        "drawn path's steps grew (became unstable), and the bound is the bowl's far bound 800 "
        "(100 × its half-width 8); every curve that ends early is named",
        "check_diverged",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={"runs": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "schedules.diverged_item",
        "one entry of the diverged list: this schedule's drawn loss curve ends at step k − 1, "
        "before the last step",
        "check_diverged_item",
        example={"s_noise": "0", "eps0": "1.5"},
    ),
    Sentence(
        "schedules.constant_diverged",
        "the constant rate's drawn curve ends early (diverged); the schedules named as not "
        "diverged are exactly the other drawn curves, and each reaches the last step",
        "check_constant_diverged",
        example={"s_noise": "0", "eps0": "1.2"},
        fields=KEPT,
    ),
    Sentence(
        "schedules.constant_diverged_too",
        "the constant rate's drawn curve ends early (diverged); the schedules named as not "
        "diverged are exactly the drawn curves that reach the last step, and those named as "
        "diverged too are exactly the other decays' curves, each ending at its named step − 1",
        "check_constant_diverged",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={**KEPT, "gone": r"[^\n]+?"},
    ),
    Sentence(
        "schedules.gone_item",
        "one entry of the diverged-too list: this schedule's drawn loss curve ends at step "
        "k − 1, before the last step",
        "check_gone_item",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={"name": r"[^,、;；:：\n]+?"},
    ),
    Sentence("schedules.decay_wins", WHY + ", with σ > 0", "check_decay_wins"),
    Sentence(
        "schedules.decay_wins_quiet",
        WHY + ", with σ = 0 (no noise)",
        "check_decay_wins",
        example={"s_noise": "0", "eps0": "1.05"},
    ),
    Sentence(
        "schedules.constant_wins",
        "the constant rate's mean drawn loss over the last k steps is below every decaying "
        "one's, with σ > 0 (there is noise)",
        "check_constant_wins",
        example="view_constant_wins_noisy",
    ),
    Sentence(
        "schedules.constant_wins_quiet",
        "the constant rate's mean drawn loss over the last k steps is below every decaying "
        "one's, with σ = 0 (no noise)",
        "check_constant_wins",
        example={"s_noise": "0"},
    ),
    Sentence(
        "schedules.mixed",
        "some decaying schedules' mean drawn loss over the last k steps is below the constant "
        "rate's and some is not",
        "check_mixed",
        example="view_mixed",
    ),
    Fixed(
        "schedules.notice",
        "every run is SGD from the same start with the same ε₀ and the same noise seed; only "
        "the schedule differs, for every setting",
    ),
    Fixed(
        "adaptive.notice",
        "AdaGrad's r only grows (a sum of squares), so ε/(δ+√r) only shrinks; RMSProp's and "
        "Adam's r are decaying averages; Delta-bar-Delta's rule: closed forms, no settings",
    ),
    Fixed("adaptive.eff_caption", "the rules' effective step sizes, as the optimizers define them"),
    Fixed("adaptive.table", "the table's title; its rows are the first three steps' numbers"),
    Fixed("schedules.why", "the reasoning of notes 000-002, true of the rules themselves"),
)
