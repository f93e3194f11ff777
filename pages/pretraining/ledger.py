"""The pre-training lesson's ledger: every sentence it shows, the reading a student takes from
it, and the check (tests/ledgers/test_pretraining.py) that holds it against the validation
curves the page draws and the control it ran with."""

from ui.ledger import Fixed, Sentence

# a run's name at a sentence's start: not the list's "- " before it
START = r"[^\s\-（(,，][^\n（(,，]{0,39}?"

LEDGER = (
    Sentence(
        "pretrain.accuracy_better",
        "from the number of task B examples the control shows, the pre-trained start's test "
        "accuracy (first) is higher than the random start's (second), as printed",
        "check_accuracy",
    ),
    Sentence(
        "pretrain.accuracy_not_better",
        "the pre-trained start's test accuracy is no higher than the random start's, as "
        "printed: pre-training did not help here",
        "check_accuracy",
        example="view_not_better",
    ),
    Sentence(
        "pretrain.curves_even",
        "both drawn validation curves start at ln 2 = 0.693 (the value named); the pre-trained "
        "curve's lowest drawn point is the value named at the step named, the random curve's "
        "likewise",
        "check_curves",
    ),
    Sentence(
        "pretrain.curves",
        "the drawn curves start at the two values named (pre-trained, random); each curve's "
        "lowest drawn point is the value named at the step named",
        "check_curves",
        example="view_uneven",
    ),
    Sentence(
        "pretrain.overfit",
        "overfitting: the named run's drawn validation curve (after step 0), averaged over "
        "the number named of neighbouring drawn points, is lowest around the step named (the "
        "window's middle), at the value named, and its last average (around the step named) "
        "is the value named, the rise named (absolute and in per cent) above that lowest; a "
        "single drawn point from the lowest average on (at least that many points) scatters "
        "about the average by the amount named (one standard deviation), and the rise is the "
        "named multiple of it, more than the stated multiple",
        "check_overfitting",
        fields={"start": START},
    ),
    Sentence(
        "pretrain.no_overfit",
        "no overfitting in the drawn steps: the named run's drawn validation curve, averaged "
        "over the number named of neighbouring points, is lowest around the step named, at "
        "the value named, and its last average is the value named, the rise named above it; "
        "a single drawn point from the lowest average on scatters about the average by the "
        "amount named, and the rise is the named multiple of it, not more than the stated "
        "multiple",
        "check_overfitting",
        example={"pt_n": "200"},
        fields={"start": START},
    ),
    Fixed(
        "pretrain.setup",
        "task A (800 images, 3000 SGD steps), task B (even or odd), the new two-way output "
        "layer starting at zero, SGD with batch 10, ε = 0.1 and 1000 steps, and the slice's "
        "plane are constants of models/digits.py; the control sets only how many examples "
        "task B has. That the map under a projected path is not the run's loss holds by "
        "construction (the map is the loss on the plane; a run off it is drawn by its "
        "projection), and that the random run's real end loss is far below the map under its "
        "projected end is checked for every size by test_the_map_under_the_random_runs_end_"
        "is_not_its_loss (0.0002–0.0024 against 0.68)",
    ),
    Fixed(
        "pretrain.why",
        "it states the general mechanism (features learnt on a related task, only adjusted "
        "for the new one) and hedges its outcome ('tend to'); it says both runs start at the "
        "same loss, ln 2, which holds for every size (the new output layer starts at zero)",
    ),
)
