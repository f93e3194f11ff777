"""The network-landscape lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_network_landscape.py) that holds it against the
slice the figure draws and the table of the two networks beside it."""

from ui.ledger import Fixed, Sentence

ADAM = {"nl_opt": "adam", "nl_lr": "0.01", "nl_n": "1000"}  # θ* is the slice's lowest point
MOMENTUM = {"nl_opt": "momentum"}
SAME = {
    "nl_opt": "adam"
}  # Adam ε = 0.01: 24.9 with, 25 without  # both networks below the edge 2(1 + α)/ε
# the slider's top: without residual connections training fails (50.0 %, chance), with them
# it classifies 93.5 % but ends at loss 0.9634 > ln 2 (its misclassified 6.5 % carry it)
HIGH = {"nl_lr": "10", "nl_n": "1000"}
# heavy ball ε = 0.05, 1000 steps: both runs fit 100 % and sit far below the edge 76 (26.9
# without residual connections, 4.10 with): both finished, the end with them flatter
FINISHED = {"nl_opt": "momentum", "nl_lr": "0.05", "nl_n": "1000"}
IDLE = {"nl_lr": "1e-05"}  # neither network trains in 300 steps (loss within 10 % of its start)

# the marks' names, present on the contour only (empty on the 3-D surface)
MARKS = {"dot": r"(?:○ on the map, |图中的 ○，)?", "star": r"(?: \(☆ on the map\)|（图中的 ☆）)?"}

LEDGER = (
    Sentence(
        "netland.claim.slice.below",
        "θ* is where the shown network's run ended, at the step named; "
        "the drawn slice's loss at its centre θ* (a = b = 0) is the value named, and the slice "
        "goes lower: its lowest drawn point is the value named, at the (a, b) named, marked; "
        "on the contour the sentence names θ*'s mark ○ and the lowest point's mark ☆, the "
        "markers drawn there (the 3-D surface draws none and names none)",
        "check_slice",
        fields=MARKS,
    ),
    Sentence(
        "netland.claim.slice.edge",
        "the drawn slice's lowest point (the ☆ on the contour, the lowest node of the 3-D "
        "surface) lies on the slice's border: its a or b is the drawn grid's first or last",
        "check_slice_edge",
        example={"nl_span": "0.1"},
    ),
    Sentence(
        "netland.claim.slice.lowest",
        "no point of the drawn slice is lower than its centre θ*, whose loss is the value named; "
        "on the contour the sentence names θ*'s mark ○, the marker drawn there",
        "check_slice",
        fields=MARKS,
        example=ADAM,
    ),
    Sentence(
        "netland.claim.flatter",
        "the table's sharpness with residual connections is lower than without, by the factor "
        "named (more than 10 % apart)",
        "check_compare",
        example=FINISHED,
    ),
    Sentence(
        "netland.claim.open",
        "not both runs finished: exactly the runs whose table accuracy is under 95 % are named "
        "as fitting under 95 % (with that accuracy), and exactly those (gradient descent, heavy "
        "ball) whose table λ_max is more than 10 % above the edge 2(1 + α)/ε are named as above "
        "it (at the ratio named); the comparison after it is of where training stopped",
        "check_open",
        fields={"reasons": r"[^()（）]{1,400}"},
    ),
    *(
        Fixed(
            f"netland.claim.open.{kind}",
            "why a run is not finished, filled into netland.claim.open: check_open holds the "
            "run named, its accuracy or its λ_max against the edge, against the table",
        )
        for kind in ("fit", "edge")
    ),
    Sentence(
        "netland.claim.finished.gd",
        "both runs' table accuracies are at least 95 % and both table λ_max are at most 10 % "
        "above the edge 2(1 + α)/ε (gradient descent, heavy ball)",
        "check_finished",
        example=FINISHED,
    ),
    Sentence(
        "netland.claim.finished.adaptive",
        "both runs' table accuracies are at least 95 % (an adaptive rule: no edge is computed)",
        "check_finished",
        example=SAME,
    ),
    Sentence(
        "netland.claim.sharper",
        "the table's sharpness with residual connections is higher than without, by the factor "
        "named (more than 10 % apart)",
        "check_compare",
        example="view_sharper",
    ),
    Sentence(
        "netland.claim.failed.diverged",
        "the network named ended with the table's final loss, not a finite number: it "
        "diverged, its training failed; its accuracy is the table's",
        "check_failed",
        example="view_diverged",
    ),
    Sentence(
        "netland.claim.confident",
        "the network named has the table's accuracy, above 50 % (it learned the task, it did "
        "not fail), and the table's final loss, above ln 2 = 0.693; the share it gets wrong is "
        "100 % minus that accuracy, and (loss − accuracy·ln 2)/(1 − accuracy) is the bound named",
        "check_confident",
        example=HIGH,
    ),
    Sentence(
        "netland.claim.failed.chance",
        "the network named has the table's accuracy, at or below 50 % (chance): its training "
        "failed; its final loss is the table's",
        "check_failed",
        example=HIGH,
    ),
    Sentence(
        "netland.claim.failed_compare",
        "at least one of the two runs in the table failed (accuracy ≤ 50 %, or a final loss "
        "that is not finite)",
        "check_failed_compare",
        example=HIGH,
    ),
    Sentence(
        "netland.claim.edge.failed",
        "the λ_max named is the table's for a network whose training failed",
        "check_edge_failed",
        example=HIGH,
    ),
    Sentence(
        "netland.claim.same",
        "the table's two sharpness values are within ±10 % of each other, the % named apart",
        "check_compare",
        example=SAME,
    ),
    Sentence(
        "netland.claim.unknown",
        "a run diverged or a sharpness in the table is not a positive finite number",
        "check_unknown",
        example="view_unknown",
    ),
    Sentence(
        "netland.claim.loss",
        "the final losses with and without residual connections are the table's",
        "check_loss",
    ),
    Sentence(
        "netland.claim.step.gd",
        "the edge is 2/ε for the step ε the slider shows",
        "check_edge",
    ),
    Sentence(
        "netland.claim.step.momentum",
        "the edge is 2(1 + α)/ε for the step ε the slider shows and heavy ball's α",
        "check_edge",
        example=MOMENTUM,
    ),
    Sentence(
        "netland.claim.step.adaptive",
        "the optimizer named is the adaptive one chosen: no edge on λ_max(H) is given",
        "check_adaptive",
        example=ADAM,
    ),
    Sentence(
        "netland.claim.step.here",
        "the two λ_max named are the table's, with residual connections first",
        "check_here",
        fields={"on": r"[^\n;；]+?", "off": r"[^\n。]+?(?=[.。](?:\s|$))"},
    ),
    Sentence(
        "netland.claim.edge.at",
        "that λ_max over the edge 2(1+α)/ε is the ratio named, within ±10 % of 1",
        "check_edge_ratio",
    ),
    Sentence(
        "netland.claim.edge.below",
        "that λ_max over the edge is the ratio named, below 0.9",
        "check_edge_ratio",
        example=MOMENTUM,
    ),
    Sentence(
        "netland.claim.edge.above",
        "that λ_max over the edge is the ratio named, above 1.1; θ* is where that network's "
        "run ended, at the step named; its last step's length is the move named, ε (named) times "
        "|∇L| at the point that step started from (named); |∇L| at θ* is the last value named "
        "(both > 0: it had not come to rest)",
        "check_edge_ratio",
    ),
    Sentence(
        "netland.claim.edge.above.momentum",
        "as above for heavy ball, whose step is α·v − ε∇L: the last step's length, |∇L| where it "
        "started and |∇L| at θ* are as named",
        "check_edge_ratio",
        example="view_momentum_above",
    ),
    Sentence(
        "netland.claim.edge.untrained",
        "the λ_max named is the table's for a network whose loss ended within 10 % of its "
        "start: it did not train, and it is not held against the edge",
        "check_edge_untrained",
        example=IDLE,
    ),
    Sentence(
        "netland.claim.untrained",
        "the network named ended with the table's final loss and accuracy; its loss at step 0 "
        "is the start named, and it moved by the % named, under 10 %, in the steps named",
        "check_untrained",
        example=IDLE,
    ),
    Sentence(
        "netland.claim.untrained_compare",
        "at least one of the two runs did not train (its loss within 10 % of its start)",
        "check_untrained_compare",
        example=IDLE,
    ),
    Fixed(
        "netland.mark.theta",
        "names θ*'s marker on the contour (a white circle at a = b = 0): it states nothing else",
    ),
    Fixed(
        "netland.mark.low",
        "names the slice's lowest point's marker on the contour (a white star): it states "
        "nothing else",
    ),
    Fixed("netland.with", "a network's name, the table's row label: it states nothing"),
    Fixed("netland.without", "a network's name, the table's row label: it states nothing"),
    Fixed(
        "netland.notice",
        "what the two views slice and what the table compares are the page's fixed layout; the "
        "network has 1,425 parameters (6 tanh layers of 16) whatever the controls",
    ),
    Fixed(
        "netland.setup",
        "shown on the random-direction and 3-D views (the PCA view has its own, "
        "netland.setup.pca): the architecture is filled in from the model the page builds, and "
        "the data, loss, initialisation and filter normalisation are fixed in the model for "
        "every setting",
    ),
    Fixed(
        "netland.setup.pca",
        "shown on the PCA view only: the directions are networks.pca_directions (the top two "
        "right singular vectors of θₖ − θ*, unit length, no mean removed, the shares s²/Σ m²), "
        "the plane's reach is 1.25 × the largest |coordinate| (compute.trained_landscape) and "
        "the path is the offsets' coordinates along them, for every setting",
    ),
    Fixed(
        "netland.sharpness_help",
        "λ_max(H) is defined as the Hessian's largest eigenvalue at θ*; the Lanczos tolerance "
        "is the model's constant",
    ),
    Fixed(
        "netland.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
