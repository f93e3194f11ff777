"""The long-term dependencies lesson's ledger: every sentence it shows, the reading a student
takes from it, and the check (tests/ledgers/test_long_term_dependencies.py) that holds that
reading against what the figures draw: the orbit Wᵗv and its norm ‖Wᵗv‖ over t with the
dashed c·|λ|maxᵗ line."""

from ui.ledger import Fixed, Sentence

_VERDICT = (
    "|λ|max is the larger |λ| set, and the dashed line drawn grows by that factor per step "
    "({}); the drawn ‖Wᵗv‖ ends at step t with the value named, that many times its drawn "
    "start ‖v‖; the drawn orbit is Wᵗv for W with those eigenvalues"
)

V0 = {"v0": r"\d+(?:\.\d+)?"}  # the sentence's last number, before its full stop

LEDGER = (
    Sentence(
        "ltd.explode",
        _VERDICT.format("above 1: in the long run it explodes"),
        "check_verdict",
        fields=V0,
    ),
    Sentence(
        "ltd.vanish",
        _VERDICT.format("below 1: in the long run it vanishes"),
        "check_verdict",
        example={"lam1": "0.9"},
        fields=V0,
    ),
    Sentence(
        "ltd.vanish_zero",
        "λ₁ = λ₂ = 0 as set: the drawn ‖Wᵗv‖ is the start's ‖v‖ named at t = 0, drawn as a dot, "
        "and 0 (not drawable on the log axis) at every later step up to the t named; no dashed "
        "line is drawn",
        "check_vanish_zero",
        example={"lam1": "0", "lam2": "0"},
        fields=V0,
    ),
    Sentence(
        "ltd.dip",
        "the drawn ‖Wᵗv‖ has a dip (below the step before) at the value and step named and a "
        "later drawn value and step named above it by the factor named (more than 5 %), the "
        "largest such rise in the drawn run; the start named is the drawn start",
        "check_dip",
        example={"lam1": "1"},
    ),
    Sentence(
        "ltd.rise",
        "the drawn ‖Wᵗv‖ rises from its drawn start (named) to the later drawn value and step "
        "named, by the factor named (more than 5 %), the largest rise from the start or a dip "
        "in the drawn run, and falls somewhere (it is not monotonic)",
        "check_dip",
        example={"lam1": "0.5", "lam2": "-0.9", "ltd_t": "5"},
    ),
    Sentence(
        "ltd.underflow",
        "the drawn ‖Wᵗv‖ is positive up to the step before the one named and 0 or a gap (float64 "
        "cannot hold it) from that step on, while |λ|max > 0",
        "check_underflow",
        example={"lam1": "0.01", "lam2": "0.01", "ltd_t": "200"},
    ),
    Sentence(
        "ltd.steady",
        _VERDICT.format("exactly 1: the dashed line is flat")
        + "; the part of v along the eigenvector of the λ that is ±1 has the length printed "
        "(the drawn start split along u₁ = (1, 0), u₂ = (cos 0.6, sin 0.6)), the other λ is "
        "the slider's, and every drawn ‖Wᵗv‖ is within |cⱼ|·|λⱼ|ᵗ of the kept length",
        "check_steady",
        example={"lam1": "1"},
        fields=V0,
    ),
    Sentence(
        "ltd.steady_same",
        _VERDICT.format("exactly 1: the dashed line is flat")
        + "; λ₁ = λ₂ = the value printed, and every drawn ‖Wᵗv‖ equals the start's",
        "check_steady_same",
        example={"lam1": "1", "lam2": "1"},
        fields=V0,
    ),
    Sentence(
        "ltd.steady_flip",
        _VERDICT.format("exactly 1: the dashed line is flat")
        + "; λ₁ = −λ₂, the drawn ‖Wᵗv‖ is the start's at every even step and the other value "
        "printed at every odd step",
        "check_steady_flip",
        example={"lam1": "1", "lam2": "-1"},
        fields=V0,
    ),
    Fixed(
        "ltd.notice",
        "Wᵗ = V diag(λ₁ᵗ, λ₂ᵗ) V⁻¹: a component along an eigenvector with |λ| > 1 grows as "
        "|λ|ᵗ and one with |λ| < 1 shrinks so, for every λ₁, λ₂ and t",
    ),
    Fixed(
        "ltd.setup",
        "the definitions of λ₁, λ₂, |λ|max, V and t, and the page's fixed eigenvectors and "
        "start (`networks.recurrence_matrix`, angle 0.6; V0 = (1, 1))",
    ),
    Fixed(
        "ltd.gradients",
        "for the linear recurrence h_t = W h_{t−1}, ∂h_t/∂h_0 = Wᵗ, so the gradient is "
        "multiplied by (Wᵀ)ᵗ: the same eigenvalues, for every setting",
    ),
    Fixed(
        "ltd.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
