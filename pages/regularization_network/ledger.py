"""The regularisation-network lesson's ledger: every sentence it shows, the reading a student
takes from it, and the check (tests/ledgers/test_regularization_network.py) that holds it
against the table of the four trained networks and the training curves the page draws."""

from ui.ledger import Fixed, Sentence

CURVES = {"rn_view": "curves"}
UNDERFIT = {"rn_l1": "0.01", "rn_p": "0.5", "rn_view": "curves"}  # the link
NO_DROPOUT = {"rn_p": "0", "rn_view": "curves"}  # p = 0: the unregularised run itself

LEDGER = (
    Sentence(
        "regnet.small",
        "L1, L2 and the unregularised network leave the counts named of weights below 10⁻² "
        "out of the total named: the table's 'small weights' and 'weights in all' rows",
        "check_small",
    ),
    Sentence(
        "regnet.norms",
        "the layers named for L1 are exactly those where the table's Norm1 of L1 is the "
        "smallest of none, L2 and L1; the layers named for L2 those where L2's Norm2 is",
        "check_norms",
        fields={"l1": r"[^\n;；]{1,60}?", "l2": r"[^\n]{1,60}?\)?(?=[.。]\s?[(（])"},
    ),
    Sentence(
        "regnet.norms.l1_shrinks",
        "L1 is not the smallest Norm1 in every layer; the sums of the table's Norm1 rows (as "
        "printed) for L1, none and L2 are the three named, and L1's is below none's",
        "check_l1_shrinks",
        example={"rn_l1": "0.1", "rn_l2": "0.1", "rn_p": "0.8"},
    ),
    Sentence(
        "regnet.tiny",
        "the table's tiny (< 10⁻⁵) and small (< 10⁻²) counts for L1 are the two named, the "
        "share is tiny/small and under half ('only'), and ελ₁ is the step ε = 0.1 times the "
        "λ₁ the slider shows",
        "check_tiny",
        fields={"share": r"\d+ %"},
    ),
    Sentence(
        "regnet.tiny_most",
        "the table's tiny (< 10⁻⁵) and small (< 10⁻²) counts for L1 are the two named, the "
        "share is tiny/small and at least half ('most'), and ελ₁ is the step ε = 0.1 times "
        "the λ₁ the slider shows",
        "check_tiny",
        fields={"share": r"\d+ %"},
        example={"rn_l1": "0.0001"},
    ),
    Sentence(
        "regnet.accuracy",
        "the four test accuracies named are the table's",
        "check_accuracy",
        fields={k: r"\d\.\d{3}" for k in ("none", "l2", "l1", "dropout")},
    ),
    Sentence(
        "regnet.early_stop",
        "the drawn unregularised validation curve is lowest at the step named, with the value "
        "named, and ends higher, at the value named; the drawn training curve fell from the "
        "first value named (at that step) to the second (at the end)",
        "check_early_stop",
        example=CURVES,
    ),
    Sentence(
        "regnet.early_stop_plain",
        "the drawn unregularised validation curve is lowest at the step named and ends higher, "
        "at the value named; its training curve did not fall after that step",
        "check_early_stop",
        example="view_plain_stop",
    ),
    Sentence(
        "regnet.no_early_stop",
        "the drawn unregularised validation curve is lowest at its last step",
        "check_early_stop",
        example="view_no_stop",
    ),
    Sentence(
        "regnet.fit.lead",
        "the drawn unregularised curves end at the validation loss named, the gap named above "
        "the training curve, at the last step named; its test accuracy is the table's",
        "check_fit_lead",
        example=CURVES,
    ),
    Sentence(
        "regnet.fit.gain",
        "at the last drawn step the variant's validation − training gap is the value named and "
        "smaller than the unregularised run's, its validation loss the ratio named of the "
        "unregularised run's and no higher; test accuracy the table's, not below the "
        "unregularised run's as printed",
        "check_fit",
        example=CURVES,
    ),
    Sentence(
        "regnet.fit.gain.acc_falls",
        "as 'a benefit in validation loss', and the table's test accuracy of the variant is "
        "below the unregularised run's, the two values named",
        "check_fit",
        example=CURVES,
    ),
    Sentence(
        "regnet.fit.above",
        "follows a 'lower at step k' clause: that variant's drawn validation curve lies below "
        "the unregularised one at the first number of drawn points named and above it at the "
        "second, of all drawn (so it was not lower all the way); at the step "
        "named its drawn value is the one named, the largest ratio named of the "
        "unregularised curve's value at that step, which is the other value named (no claim "
        "that the curve rose there)",
        "check_fit_above",
        example=CURVES,
    ),
    Sentence(
        "regnet.fit.above.spike",
        "as regnet.fit.above, and that drawn point is a one-point spike: at least 3× both its "
        "drawn neighbours on the same curve, which are the two values named last (a point that "
        "is not is never called a spike)",
        "check_fit_above",
        example=CURVES,
    ),
    Sentence(
        "regnet.fit.no_gain",
        "smaller drawn gap, but a validation loss above the unregularised run's and below "
        "1.5×, and test accuracy less than 0.10 below",
        "check_fit",
        example="view_no_gain",
    ),
    Sentence(
        "regnet.fit.underfits",
        "smaller drawn gap, but a validation loss 1.5× the unregularised run's or more, or a "
        "test accuracy 0.10 or more below it: underfitting",
        "check_fit",
        example=UNDERFIT,
    ),
    Sentence(
        "regnet.fit.underfits.chance",
        "as 'it underfits', and the table's test accuracy of the variant is at most 0.15 "
        "(guessing one of the 10 digits scores about 0.1)",
        "check_fit",
        example={"rn_l2": "0.1", "rn_l1": "0.1", "rn_p": "0.8", "rn_view": "curves"},
    ),
    Sentence(
        "regnet.fit.wider",
        "the variant's drawn validation − training gap at the last step is not smaller than "
        "the unregularised run's",
        "check_fit",
        example="view_wider",
    ),
    Sentence(
        "regnet.fit.same",
        "the variant's strength the slider shows is 0: its drawn curves are the unregularised "
        "run's",
        "check_same",
        example=NO_DROPOUT,
    ),
    Sentence(
        "regnet.fit.underfit_rule",
        "the rule's numbers are 1.5× and 0.10; it is its own sentence right after the "
        "comparison, one of whose clauses says 'it underfits'",
        "check_underfit_rule",
        example=UNDERFIT,
    ),
    Fixed(
        "regnet.drop_not_drawn",
        "shown under the dropout slider in the weights view only, whose histograms draw the "
        "none, L2 and L1 runs and no dropout run (every setting)",
    ),
    Fixed(
        "regnet.norms.some",
        "a fragment of regnet.norms (which layers): check_norms reads it back there",
    ),
    Fixed(
        "regnet.norms.all",
        "a fragment of regnet.norms (which layers): check_norms reads it back there",
    ),
    Fixed(
        "regnet.norms.none",
        "a fragment of regnet.norms (which layers): check_norms reads it back there",
    ),
    Fixed(
        "regnet.fit.name.l2",
        "a variant's name with the slider's λ₂: check_fit reads the value back there",
    ),
    Fixed(
        "regnet.fit.name.l1",
        "a variant's name with the slider's λ₁: check_fit reads the value back there",
    ),
    Fixed(
        "regnet.fit.name.dropout",
        "a variant's name with the slider's p: check_fit reads the value back there",
    ),
    Fixed(
        "regnet.setup",
        "the data split (300/400/1097), the network, ReLU, Xavier, SGD's batch 10, ε = 0.1 and "
        "4000 steps, and the shared start and minibatches are constants of models/digits.py; "
        "the sliders set only λ₂, λ₁ and p",
    ),
    Fixed(
        "regnet.why",
        "the mechanisms in general terms (L2's proportional pull, L1's constant pull with "
        "its subgradient, which jitters by about ελ₁ rather than reaching exactly 0, as the "
        "page's tiny count shows; dropout's scaling by 1/(1−p); early stopping at the lowest "
        "validation loss, the page's own criterion): no setting's outcome is named",
    ),
)
