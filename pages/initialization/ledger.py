"""The initialisation lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_initialization.py) that holds it against the
histograms the page draws (each layer's bars: its spread within half a bar's width) and the
per-layer table of spreads beside them."""

from ui.ledger import Fixed, Sentence

ZERO = {"init": "zero", "act": "tanh"}  # every unit of a layer identical
EXPLODE = {"init": "normal", "act": "relu"}  # N(0, 1) and ReLU: the spread grows
SHRINK = {"init": "scaled", "act": "relu"}  # N(0, 1/√n) and ReLU: both spreads shrink
STABLE = {"init": "xavier_normal", "act": "tanh"}
SATURATED_TANH = {
    "init": "normal",
    "act": "tanh",
}  # saturated, yet the gradient grows  # the note's 正确 row: stable

LEDGER = (
    Sentence(
        "init.claim.verdict",
        "the verdict named is the first that applies, by the rule stated (×4, 40 %), to the "
        "drawn histograms: every layer in one bar for zero initialisation (units identical); "
        "more than 40 % of layer 6's drawn bars in a flat end (saturated); else the drawn "
        "spreads' change from layer 1 to 6, then the gradient's from 6 back to 1; a stable "
        "verdict shows in the green box, any other in the yellow one",
        "check_verdict",
        fields={"verdict": r"[^\n。.]{1,40}?"},
    ),
    Sentence(
        "init.claim.act.stable",
        "the activations' drawn spread at layer 1 and at layer 6 are the two values named (the "
        "table's), and they are within ×4 of each other, by the factor named",
        "check_trend",
    ),
    Sentence(
        "init.claim.act.grows",
        "the activations' drawn spread grows from layer 1 to layer 6 by the factor named, ×4 "
        "or more, from the first value named to the second (the table's)",
        "check_trend",
        example=EXPLODE,
    ),
    Sentence(
        "init.claim.act.shrinks",
        "the activations' drawn spread shrinks from layer 1 to layer 6 by the factor named, ×4 "
        "or more, from the first value named to the second (the table's)",
        "check_trend",
        example=SHRINK,
    ),
    Sentence(
        "init.claim.grad.stable",
        "the gradient's drawn spread at layer 6 and back at layer 1 are the two values named "
        "(the table's), within ×4 of each other, by the factor named",
        "check_trend",
    ),
    Sentence(
        "init.claim.grad.grows",
        "the gradient's drawn spread grows from layer 6 back to layer 1 by the factor named, "
        "×4 or more (the table's two values)",
        "check_trend",
        example=EXPLODE,
    ),
    Sentence(
        "init.claim.grad.shrinks",
        "the gradient's drawn spread shrinks from layer 6 back to layer 1 by the factor named, "
        "×4 or more (the table's two values)",
        "check_trend",
        example=SHRINK,
    ),
    Sentence(
        "init.claim.saturated",
        "the share named of layer 6's drawn activations lies in the flat ends (sigmoid below "
        "0.05 or above 0.95, |tanh| above 0.95, as the sentence states them), more than 40 %",
        "check_flat_share",
        fields={"share": r"\d+ %", "ends": r"[^()（）]+"},
    ),
    Sentence(
        "init.claim.unsaturated",
        "the share named of layer 6's drawn activations lies in the flat ends (as the sentence "
        "states them), no more than 40 %",
        "check_flat_share",
        fields={"share": r"\d+ %", "ends": r"[^()（）]+"},
        example=STABLE,
    ),
    Sentence(
        "init.ends.sigmoid",
        "where sigmoid's flat ends begin, inside the saturation sentence: below the first "
        "value named and above the second (0.05 and 0.95, where the slope a(1 − a) is under a "
        "fifth of its largest, 1/4); the share that sentence names is the drawn layer-6 "
        "histogram's share beyond these edges",
        "check_flat_ends",
    ),
    Sentence(
        "init.ends.tanh",
        "where tanh's flat ends begin, inside the saturation sentence: |a| above the value "
        "named (0.95, where the slope 1 − a² is under a fifth of its largest, 1); the share "
        "that sentence names is the drawn layer-6 histogram's share beyond this edge",
        "check_flat_ends",
        example=STABLE,
    ),
    Sentence(
        "init.claim.saturated_gain",
        "saturated yet the gradient does not vanish, because each layer back multiplies its "
        "spread by √n × s (the weights) times the slope's root mean square: the rms named is "
        "that of the slope over layers 2–6 of the drawn activation histograms, the products "
        "are right, and the per-layer factor named is the drawn gradients' (layer 1's spread "
        "over layer 6's, to the 1/5), close to (within 10 %) the product it explains",
        "check_saturated_gain",
        fields={"slope": r"[^\n。.;；]{1,30}?"},
        example=SATURATED_TANH,
    ),
    Sentence(
        "init.verdict.symmetric",
        "every layer's activations are one value: each drawn histogram is a single bar; the "
        "layers said to get no gradient are exactly those whose drawn gradient histogram is "
        "one bar at 0, the layer said to get one is the rest (a spread above 0)",
        "check_symmetric",
        example=ZERO,
    ),
    Fixed(
        "init.notice",
        "the network (6 fully connected layers, standard-normal inputs) and what the figure "
        "shows are the page's fixed layout; the controls choose only the initialisation and "
        "the activation",
    ),
    Sentence(
        "init.same_spread",
        "the initialisations named draw weights of the spread named at this width, and the "
        "page drawn with each of them shows every layer's activation and gradient spread "
        "within 10 % of this one's: the histograms look almost the same",
        "check_same_spread",
        example={"init": "scaled", "act": "tanh"},
        fields={"others": r"[^\n：:]{1,80}?"},
    ),
    Fixed("init.or", "the word joining the names of the initialisations with the same spread"),
    Fixed(
        "init.setup",
        "the width (100), the 1000 inputs, the meaning of s and the squared loss are constants "
        "of the model (models/networks.py) for every setting",
    ),
    Fixed(
        "init.table.caption",
        "the note's table is measured by the same rule as the verdict (networks.verdict, "
        "STABLE_BAND = 4, SATURATED = 40 %) and no control changes it",
    ),
    Fixed(
        "init.zero.caption",
        "the 1-3-1 network, its bump and its 2000 steps are fixed (compute.tiny_net); zero "
        "initialisation keeps the 3 hidden units identical for any data (their gradients are "
        "equal by symmetry), and the losses printed beside it are the same for every setting",
    ),
    Fixed(
        "init.zero.loss",
        "the two tiny networks are trained from fixed starts, whatever the controls: the loss "
        "printed is the same for every setting",
    ),
    Fixed(
        "init.why",
        "the mechanism in general terms (the weights' scale sets the spread's growth or "
        "shrinkage; flat ends of sigmoid and tanh; Xavier's variance 2/(n_in + n_out), which "
        "both Xavier options have; He's 2/n_in for ReLU; sigmoid's slope at most σ'(0) = 1/4 "
        "and tanh's 1, so the gradient through sigmoid shrinks under Xavier too, as the page "
        "measures, ×1212 over 6 layers; zero initialisation's symmetry); of saturation it says "
        "only that the saturated units barely learn, and that the gradient's spread depends "
        "on the small slopes against the large weights: N(0, 1) with tanh grows it ×57 "
        "(tests/ledgers/test_initialization.py checks the drawn growth), with sigmoid it stays "
        "about level; it holds for every initialisation and activation",
    ),
)

# The verdicts' names: the words init.claim.verdict fills in (its check reads them back and
# holds them against the drawn histograms) and the note's table prints.
LEDGER += tuple(
    Fixed(
        f"init.short.{name}",
        "a verdict's name: it shows only where the rule (networks.verdict) gives that verdict, "
        "in the verdict sentence (checked by check_verdict against the drawn histograms) or in "
        "the note's table, measured by the same rule",
    )
    for name in (
        "healthy",
        "saturated",
        "vanishing",
        "exploding",
        "grad_vanishing",
        "grad_exploding",
        "symmetric",
        "learns",
    )
)
