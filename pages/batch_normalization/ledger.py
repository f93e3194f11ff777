"""The batch-normalisation lesson's ledger: every sentence it shows, the reading a student
takes from it, and the check (tests/ledgers/test_batch_normalization.py) that holds it against
the figure the page draws. The page states all four views' sentences and draws one view's
figure: each check holds its sentence against that figure where it is drawn, and against the
controls and its own numbers where it is not."""

from ui.ledger import Fixed, Sentence

RATES = {"bn_view": "rates"}
SMOOTH = {"bn_view": "smoothness"}
INPUTS = {"bn_view": "inputs"}
RELU = {"bn_act": "relu"}  # no flat end
ZERO = {"bn_init": "zero", "bn_view": "smoothness"}

LEDGER = (
    Sentence(
        "bn.start",
        "the two losses named are the first drawn points of the 'without BN' and 'with BN' "
        "curves (every rate's, which start together); the spreads named are those of the last "
        "hidden layer and of the logits at the start on the training inputs; the wider logits "
        "go with the higher first loss",
        "check_start",
        example=RATES,
    ),
    Sentence(
        "bn.start.other",
        "the two losses named are the first drawn points of the two curves; the spreads named "
        "are those of the last hidden layer and of the logits at the start",
        "check_start",
        example={"bn_view": "rates", "bn_init": "scaled"},
    ),
    Sentence(
        "bn.start.same",
        "both networks' drawn curves start at the loss named",
        "check_start",
        example={"bn_view": "rates", "bn_init": "zero"},
    ),
    Sentence(
        "bn.layers",
        "for each network, its drawn histograms' spread goes from the first value named (layer "
        "1) to the second (the last layer), the largest over the smallest layer spread is the "
        "factor named, and (sigmoid, tanh) the share named of the last layer's drawn values "
        "lies in a flat end; 'every activation the same' where every drawn layer is one bar",
        "check_layers",
        fields={"plain": r"[^\n;；]+?", "bn": r"[^\n]+?(?=[.。](?:\s|$))"},
    ),
    Sentence(
        "bn.layers.no_flat",
        "the activation named is the one chosen, ReLU or leaky ReLU, which has no flat end",
        "check_no_flat",
        example=RELU,
        fields={"act": r"[Ll]eaky ReLU|ReLU"},  # the menu's names of the two, en and 中文
    ),
    Sentence(
        "bn.rates",
        "for each network, the rate named is the largest of the tried rates whose drawn "
        "training loss ends below 50 % of its first drawn value after the steps named; 'at least' "
        "when that is the largest rate tried; 'no rate' where none does",
        "check_rates",
        example=RATES,
        fields={"plain": r"[^\n;；]+?", "bn": r"[^\n]+?(?=[.。](?:\s|$))"},
    ),
    Sentence(
        "bn.rates.blew_up",
        "every drawn loss curve of the network named (one per rate tried) is not finite at the "
        "step named or before, the latest of them first at that step, and a curve with a lone "
        "finite point draws it as a marker",
        "check_rates_blew_up",
        example={"bn_view": "rates", "bn_act": "relu"},
    ),
    Sentence(
        "bn.smoothness",
        "the two medians named are the medians of the drawn β lines over their finite probes; "
        "BN's drawn loss band is narrower at the count named of the probes where both are "
        "finite; the verdict follows from those two measures; ε is the control's",
        "check_smoothness",
        example=SMOOTH,
        fields={"verdict": r"[^\n]+?(?=[.。](?:\s|$))"},
    ),
    Sentence(
        "bn.smoothness.one_diverged",
        "no drawn probe of the network named first is finite; the β named is the median of "
        "the other's drawn β line",
        "check_smoothness",
        example="view_one_diverged",
    ),
    Sentence(
        "bn.smoothness.both_diverged",
        "no drawn probe of either network is finite",
        "check_smoothness",
        example="view_both_diverged",
    ),
    Sentence(
        "bn.diverged",
        "the network named has finite drawn probes before the step named and none from it on",
        "check_diverged",
        example="view_one_blew_up",
    ),
    Sentence(
        "bn.inputs",
        "the three drawn preprocessing curves end at the three losses named (or, where 'not "
        "finite from step k on' is said, the curve's first non-finite drawn point is at k, and "
        "a lone finite point is drawn as a marker), after the steps named, with ε = 0.1",
        "check_inputs",
        example=INPUTS,
    ),
    Sentence(
        "bn.inputs_none_learn",
        "every drawn preprocessing curve ends finite within 5 % of its drawn step-0 loss, and "
        "those step-0 losses are the ones printed, in the legend's order",
        "check_inputs_stuck",
        example={"bn_view": "inputs", "bn_init": "xavier_normal"},
    ),
    Fixed(
        "bn.setup",
        "the hidden-layer count and width are filled in from the model the page builds; the "
        "1000 inputs, the 700 digits, SGD's batch 32 and 200 steps and the probes' minibatch of "
        "128 are constants of models/batchnorm.py",
    ),
)

_FRAGMENTS = {
    "bn.layers.spread": "check_layers",
    "bn.layers.spread.open": "check_layers",
    "bn.layers.band": "check_layers",
    "bn.layers.some_same": "check_layers",
    "bn.layers.same": "check_layers",
    "bn.rate.found": "check_rates",
    "bn.rate.none": "check_rates",
    "bn.rate.top": "check_rates",
    "bn.smooth.agree.bn": "check_smoothness",
    "bn.smooth.agree.plain": "check_smoothness",
    "bn.smooth.disagree": "check_smoothness",
    "bn.blew_up": "check_inputs",
    "bn.view_layers": "check_start (the layers view's name on its switch: whose histograms use other inputs)",
    "bn.plain": "every check (the network's name)",
    "bn.bn": "every check (the network's name)",
}
LEDGER += tuple(
    Fixed(key, f"a fragment of a sentence above, read back and held against the figure by {by}")
    for key, by in _FRAGMENTS.items()
)
LEDGER += tuple(
    Fixed(f"init.act.{act}", "an activation's name, the one the menu shows (check_no_flat)")
    for act in ("sigmoid", "tanh", "relu", "leaky_relu")
)
LEDGER += (
    Fixed(
        "bn.why",
        "the mechanism in general terms (normalising by the batch's mean and spread, except "
        "where every value is the same, as after zero initialisation, which it says; γ and β; "
        "running averages at test time; Santurkar et al.'s finding, hedged 'usually', with the "
        "note that the page's two measures can disagree); saturation only bounded, not always "
        "below the share without BN (Xavier + tanh: 0 % without, 7 % with, as "
        "tests/ledgers/test_batch_normalization.py reads from the drawn sentence)",
    ),
)
