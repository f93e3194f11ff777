"""The regularisation lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_regularization.py) that holds that reading against
what the figures draw: the dotted solution paths over λ, the solution markers, the circle and
diamond, the training loss's contours (its hover grid), and the early-stopping curves."""

from ui.ledger import Fixed, Sentence

LEDGER = (
    Sentence(
        "reg.notice",
        "the drawn L2 path (λ from 0 to the slider's end) starts at length r0 and ends at r1, "
        "the weight named goes from a to b along it, and no drawn point of it has a weight at "
        "exactly 0",
        "check_notice",
        fields={"l1": r"[^\n]+?"},
    ),
    Sentence(
        "reg.notice.l1",
        "along the drawn L1 path, the events named are every change of a weight to exactly 0 "
        "or away from it, in order, each at the λ named and for the weight named, up to the λ "
        "named from which every drawn point is (0, 0) (the one before it is not)",
        "check_notice_l1",
        fields={"events": r"[^\n]+?"},
    ),
    Sentence(
        "reg.contact.corner",
        "at the λ the slider shows, the drawn L1 solution marker is at a corner of the drawn "
        "diamond: the weight named is exactly 0 and the other is not",
        "check_contact",
    ),
    Sentence(
        "reg.contact.edge",
        "at the λ the slider shows, the drawn L1 solution marker lies on the drawn diamond "
        "away from its corners: neither weight is exactly 0",
        "check_contact",
        example={"reg_lam": "0.8"},
    ),
    Sentence(
        "reg.contact.point",
        "at the λ the slider shows, the drawn diamond is the point (0, 0) and the drawn L1 "
        "solution marker is there",
        "check_contact",
        example={"reg_lam": "1.5"},
    ),
    Fixed("reg.l1.and", "a conjunction joining two changes at one λ of reg.notice.l1's events"),
    Fixed("reg.l1.then", "the separator between reg.notice.l1's events"),
    Fixed("reg.l1.zero", "one of reg.notice.l1's events, checked there (check_notice_l1)"),
    Fixed("reg.l1.back", "one of reg.notice.l1's events, checked there (check_notice_l1)"),
    Sentence(
        "reg.step.sets",
        "the step just chosen moved λ: the slider now stands at the first value named, and "
        "the second, the λ the view had before, is another value",
        "check_step_sets",
        example="view_step_sets",
    ),
    Sentence(
        "reg.value",
        "the panel's drawn solution marker, named with the λ set, is at w, and it is the minimiser of the drawn loss "
        "plus the panel's penalty at the λ set (L2: ∇L + λw = 0; L1: the subgradient condition)",
        "check_value",
    ),
    Sentence(
        "reg.zero",
        "the weight named of the drawn L1 solution is exactly 0 and the other is not",
        "check_zero",
        fields={"which": "w[₁₂]"},
    ),
    Sentence(
        "reg.near_zero",
        "the weight named of the panel's drawn solution marker is not 0, prints 0.000 to 3 "
        "decimals, and is the value printed (2 significant digits)",
        "check_near_zero",
        example={"reg_lam": "0.66"},
        fields={"which": "w[₁₂]"},
    ),
    Sentence(
        "reg.zero.both",
        "both weights of the drawn L1 solution are exactly 0 (the diamond is a point)",
        "check_zero_both",
        example={"reg_lam": "1.5"},
    ),
    Sentence(
        "reg.es.text",
        "the drawn validation curve is lowest at step k with value best and ends at end at "
        "step steps, the drawn training curve never rises, the drawn GD path stops at step k "
        "at w, and the nearest point of the drawn L2 path to it is the one at the λ named, d away",
        "check_es",
    ),
    Fixed(
        "reg.data",
        "the training set is one fixed seed of n = 8 points (`datasets.correlated`); a constant",
    ),
    Fixed(
        "reg.shapes",
        "convex duality: for every λ ≥ 0 the penalised minimum is the constrained minimum with "
        "t = ‖w_λ‖, which is where the region touches the lowest contour it reaches; the rest "
        "defines λ, the norms and t",
    ),
    Fixed("reg.lam", "the λ slider's label: a definition"),
    Fixed(
        "reg.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
