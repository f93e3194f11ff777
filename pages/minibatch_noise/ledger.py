"""The minibatch-noise lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_minibatch_noise.py) that holds that reading against
what the figures draw: the three paths on the loss's contours and their loss curves, the cloud
of one-step landings, and the end points of the noisy runs on the narrow/wide surface."""

from ui.ledger import Fixed, Sentence

DIVERGING = {
    "mb_batch": "20",
    "mb_lr": "10",
    "mb_epochs": "20",
    "mb_seed": "99",
    "cloud_b": "20",
    "sf_small": "16",
    "sf_large": "4",
}

NAME = r"[^·\s][^·\n]*?"  # a run's name: one item of a " · "-separated list
# … one that may follow a sentence in the same alert: it holds no full stop or bracket
UNSTABLE_NAME = r"[^·\s.。)）][^·\n.。)）]*?"

LEDGER = (
    Sentence(
        "minibatch.diverged",
        "the run named diverged at step k: its path and loss curve are drawn for steps 0 … k − 1, "
        "every drawn point inside ±bound, its drawn loss ending above where it started (the "
        "next step left the bound); for "
        "the full batch, one more gradient step on the drawn loss from the last drawn point "
        "lands beyond ±bound",
        "check_diverged",
        example=DIVERGING,
        fields={"name": NAME},
    ),
    Sentence(
        "minibatch.diverged.why",
        "the bound is the one every drawn path stays inside, ε is the rate set, and 2/λ_max of "
        "the drawn loss (its largest curvature) is the value named, below ε",
        "check_why",
        example=DIVERGING,
    ),
    Sentence(
        "minibatch.batch_why",
        "ε is the rate set, below full-batch 2/λ_max; the runs listed are exactly the diverged "
        "or unstable ones whose own batches (replayed from the drawn path's start with the "
        "run's seed) include one whose top curvature λ puts ε above 2/λ",
        "check_batch_why",
        example={"mb_lr": "1"},
        fields={"items": r"[^\n]+?(?=\. Along|。沿)"},
    ),
    Sentence(
        "minibatch.batch_why_item",
        "the steepest batch the named run stepped on up to its last drawn step (replayed, its "
        "steps matching the drawn path) has the top curvature printed, and 2/λ is below ε",
        "check_batch_why_item",
        example={"mb_lr": "1"},
        fields={"name": r"[^·：:；;。\n]*?B = \d+"},
    ),
    Sentence(
        "minibatch.unstable",
        "the run named is drawn to its last step, inside ±bound; it became unstable at step k "
        "(ui.readings: every later drawn step longer, the last at least twice step k) growing "
        "by the factor named per step; its drawn loss curve starts and ends at the values "
        "named, the end above the start, and it rose: no drawn value visibly below the start or "
        "above the end (printed the same at 3 digits, or beyond); and every drawn run that ends early is named as "
        "diverged, every other whose steps so grow and whose loss ends above its start as "
        "unstable",
        "check_unstable",
        example={"mb_lr": "1.5"},
        fields={"name": UNSTABLE_NAME},
    ),
    Sentence(
        "minibatch.unstable.dipped",
        "as 'minibatch.unstable' for the steps; its drawn loss curve starts at the value named, "
        "falls to the value named, the lowest drawn, at the step named (the point at the epoch "
        "named, step / steps per epoch), and ends at the value named, above its start; no "
        "drawn value before the lowest is visibly above the start, none after it above the end",
        "check_unstable_dipped",
        example="view_dipped",
        fields={"name": UNSTABLE_NAME},
    ),
    Sentence(
        "minibatch.unstable.peaked",
        "as 'minibatch.unstable' for the steps; its drawn loss curve starts and ends at the "
        "values named (the end above the start), no drawn value is visibly below the start, "
        "and its highest drawn value is the one named, at the step (and epoch) named",
        "check_unstable_peaked",
        example="view_unstable_only",
        fields={"name": UNSTABLE_NAME},
    ),
    Sentence(
        "minibatch.unstable.swings",
        "as 'minibatch.unstable' for the steps; its drawn loss curve starts and ends at the "
        "values named (the end above the start), its lowest and highest drawn values are the "
        "ones named, at the steps (and epochs) named",
        "check_unstable_swings",
        example={"mb_lr": "1.5"},
        fields={"name": UNSTABLE_NAME},
    ),
    Sentence(
        "minibatch.unstable.why",
        "ε is the rate set, 2/λ_max of the drawn loss is the value named, and the bound is the "
        "one every drawn path stays inside",
        "check_unstable_why",
        example="view_unstable_only",
    ),
    Sentence(
        "minibatch.steps_per_epoch",
        "the run named takes k steps per epoch (its loss curve's points are 1/k epoch apart) "
        "and its path draws that many steps in all",
        "check_steps",
        fields={"name": NAME},
    ),
    Sentence(
        "minibatch.steps.stopped",
        "the run named takes k steps per epoch, was set to take epochs × k steps, and its path "
        "is drawn up to the step named, the one before it diverged",
        "check_stopped",
        example=DIVERGING,
        fields={"name": NAME},
    ),
    Sentence(
        "minibatch.sharp.left",
        "of the end points (diamonds, filled inside the axes and open at the edge for those "
        "beyond them, at the real place their hover gives) of that batch size, `left` lie "
        "farther from the drawn bottom of the narrow valley (the minimum marker nearest the "
        "pass, left of it) than the drawn saddle (the pass) is, `reach`, and `basin` of them "
        "lie right of the saddle at the x named, out of the total drawn; every one is drawn "
        "within the axes' ranges",
        "check_left",
        fields={"left": r"\d+", "total": r"\d+"},
    ),
    Sentence(
        "minibatch.sharp.outside",
        "that many of the batch size's end points lie beyond the drawn axes: the open diamonds "
        "held at the edge, whose hover gives the real place, outside the axes' ranges; of "
        "those real places, `right` lie right of the drawn saddle (the pass) and `left` left of it",
        "check_outside",
        fields={"out": r"\d+", "right": r"\d+", "left": r"\d+"},
    ),
    Sentence(
        "minibatch.same.sgd",
        "the minibatch slider is at B = 1: the two drawn paths named are both of batch size 1, "
        "differ, and end at the two points named",
        "check_same",
        example={"mb_batch": "1"},
        fields={"mini": NAME, "sgd": NAME, "mini_end": r"\([^()]*\)", "sgd_end": r"\([^()]*\)"},
    ),
    Sentence(
        "minibatch.same.gd",
        "the minibatch slider is at B = n: the two drawn paths named are both of batch size n "
        "and coincide, ending at the point named",
        "check_same",
        example={"mb_batch": "20"},
        fields={"mini": NAME, "gd": NAME, "mini_end": r"\([^()]*\)"},
    ),
    Sentence(
        "minibatch.sharp.paths_out",
        "that many of the batch size's drawn paths left the picture (ui.readings.left_box "
        "against the drawn axes' ranges)",
        "check_paths_out",
    ),
    Sentence(
        "minibatch.sharp.swapped",
        "the sliders are set to the small and large values named; the drawn end points belong "
        "to the two batch sizes named as drawn, the smaller first: the set pair swapped",
        "check_pair",
        example={"sf_small": "16", "sf_large": "4"},
    ),
    Sentence(
        "minibatch.sharp.equal",
        "both sliders are set to the value named; the drawn end points belong to the default "
        "pair named as drawn",
        "check_pair",
        example={"sf_small": "8", "sf_large": "8"},
    ),
    Fixed(
        "minibatch.notice",
        "with the same epochs, full-batch GD takes one step per epoch and a batch of B takes "
        "⌊n/B⌋ (the steps line below states them per run); a smaller batch averages fewer "
        "examples, so its gradient's variance (tr Σ/B · (n−B)/(n−1)) is larger for every ε",
    ),
    Fixed(
        "minibatch.rule",
        "what the code does for every B: `batch_weights` shuffles each epoch and cuts ⌊n/B⌋ "
        "batches; the names B = n and B = 1 are definitions",
    ),
    Fixed(
        "minibatch.data",
        "the data set is one fixed seed with n = 20 points (`datasets.line`); n is a constant",
    ),
    Fixed(
        "minibatch.cloud.caption",
        "the cloud is drawn with the fixed step ε = 0.1 for every B; at B = n every batch is "
        "the whole data set, so every landing is the full-batch one: (n−B)/(n−1) = 0",
    ),
    Fixed(
        "minibatch.cloud.note",
        "definitions of g_B, ∇L, Σ, tr Σ and the without-replacement factor",
    ),
    Fixed(
        "minibatch.cloud.measured",
        "a metric's label: k is the fixed 300 sampled batches the cloud draws",
    ),
    Fixed(
        "minibatch.sharp.caption",
        "the seeds (16), ε = 0.05, 300 steps and σ₁ = 4 are the page's constants; σ₁/√B is "
        "the noise model the runs use, and the cloud's spread √(tr Σ/B · (n−B)/(n−1)) goes as "
        "1/√B while B ≪ n, for every B",
    ),
    Fixed(
        "minibatch.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
