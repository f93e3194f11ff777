"""The cliffs lesson's ledger: the "thrown" sentence and the divergence alert, the reading a
student takes from each, and the check (tests/ledgers/test_cliffs.py) against the step-length
and gradient-norm charts and the path the contour draws."""

from ui.ledger import Fixed, Sentence

LEDGER = (
    Sentence(
        "cliffs.thrown",
        "on the step-length chart the unclipped run's longest drawn step is step k, that "
        "long (more than 1); the gradient chart shows the gradient that step used, ‖g‖ as "
        "printed, at the same step k",
        "check_thrown",
    ),
    Sentence(
        "cliffs.thrown_out",
        "the unclipped run's drawn point after its longest drawn step is at (x, y), and it left "
        "the picture (ui.readings.left_box against the contour's drawn axis ranges)",
        "check_thrown_out",
    ),
    Sentence(
        "playground.diverged",
        "the named run's path on the contour ends after that step: its drawn points are "
        "θ₀ … θ_{k−1}, k of them, fewer than the steps set; its charts stop there too",
        "check_diverged",
        example={"cliff_lr": "10"},
    ),
    Fixed(
        "cliffs.notice",
        "the cliff surface is fixed (a plateau with slope about 1.5 ending in a wall where "
        "‖∇f‖ reaches about 100); what clipping does (‖g‖ capped at c) holds for every c",
    ),
    Fixed(
        "cliffs.caption",
        "clip(g) = g·min(1, c/‖g‖) keeps g's direction and ‖clip(g)‖ ≤ c, so the SGD step "
        "ε·clip(g) is at most ε·c long for every ε and c the page allows",
    ),
    Fixed("cliffs.clip_on", "a control's label"),
    Fixed(
        "cliffs.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
