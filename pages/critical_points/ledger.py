"""The critical-points lesson's ledger: every sentence it shows, the reading a student takes
from it, and the check (tests/ledgers/test_critical_points.py) that holds that reading against
the contour's drawn paths, probe and arrows, and the gradient and Hessian the facts panel
prints."""

from ui.ledger import Fixed, Sentence

RUN = {"name": r"[^\s.。:：;；()（）·](?:[^.。:：;；()（）\n]|(?<=\d)\.(?=\d))*?"}
PROBE = "the drawn probe marker is at the point named; the gradient the panel prints is "
NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"
NUMS = {"l1": NUM, "l2": NUM, "norm": NUM, "lam": NUM}
ZERO = {"norm": NUM, "h": NUM, "limit": NUM}
CREEP = {"norm": NUM, "lr0": NUM, "s0": NUM, "lr": NUM, "s": NUM}
MONKEY = {"landscape": "monkey_saddle", "px": "0", "py": "0"}
ESCAPE = {"landscape": "saddle", "sy": "0.01"}  # momentum escapes down −y², the others leave
BACK = {
    "landscape": "himmelblau",
    "alpha": "0.99",
    "sx": "0.5",
    "sy": "-1.5",
}  # momentum, out and back
FAST = {"landscape": "bowl", "gd_lr": "1.5"}  # |1 − 1.5·2| = 2: unstable from step 1

LEDGER = (
    Sentence(
        "cp.log.zero",
        "the loss chart's y axis is a log axis",
        "check_log_axis",
        example={"landscape": "plateau", "n": "300"},
        fields={"runs": r"[^\n]+?"},
    ),
    Sentence(
        "cp.log.run",
        "that run's drawn loss − min has no point at that many steps, the first of them the "
        "step printed, while its drawn path has a finite point at each: a gap of 0",
        "check_log_gap",
        example={"landscape": "plateau", "n": "300"},
    ),
    Sentence(
        "cp.log.run_one",
        "as cp.log.run, at one drawn step, the one printed",
        "check_log_gap",
        example={"sx": "1", "sy": "1"},
    ),
    Sentence(
        "critical.run.bouncing",
        "the run's last m drawn points alternate between the two points named: each within the "
        "stop tolerance of the one two before it, the two more than it apart, the last drawn "
        "point the first named",
        "check_bouncing",
        example={"landscape": "saddle", "gd_lr": "1"},
        fields={"a": r"\([^()]*\)", "b": r"\([^()]*\)"},
    ),
    Sentence(
        "critical.probe.saddle",
        PROBE + "≈ 0 and the printed Hessian's eigenvalues are the two named, one < 0 < other",
        "check_probe",
        fields=NUMS,
    ),
    Sentence(
        "critical.probe.minimum",
        PROBE + "≈ 0 and both eigenvalues of the printed Hessian are the named, positive",
        "check_probe",
        fields=NUMS,
        example={"landscape": "himmelblau", "px": "3", "py": "2"},
    ),
    Sentence(
        "critical.probe.maximum",
        PROBE + "≈ 0 and both eigenvalues of the printed Hessian are the named, negative",
        "check_probe",
        fields=NUMS,
        example={"landscape": "typed", "f": "-(x^2 + y^2)", "px": "0", "py": "0"},
    ),
    Sentence(
        "critical.probe.degenerate",
        PROBE + "≈ 0 and one eigenvalue of the printed Hessian is ≈ 0 (its arrow grey)",
        "check_probe",
        fields=NUMS,
        example={"landscape": "two_neuron", "px": "1", "py": "1"},
    ),
    Sentence(
        "critical.probe.flat",
        PROBE + "≈ 0 and the printed Hessian is 0: both eigenvalues ≈ 0, every arrow grey",
        "check_probe",
        fields=NUMS,
        example=MONKEY,
    ),
    Sentence(
        "critical.probe.not_critical",
        PROBE + "the gradient named, of the norm named (not ≈ 0), and the Hessian's eigenvalues",
        "check_probe",
        fields=NUMS,
        example={"landscape": "himmelblau", "px": "1", "py": "1"},
    ),
    Sentence(
        "critical.probe.zero_yes",
        "at the drawn probe |∇L| is as named and at most 10⁻³ × (1 + the largest |Hᵢⱼ| of the "
        "surface's Hessian there, named) = the bound named: what optimizers.analyse counts ≈ 0",
        "check_zero",
        fields=ZERO,
    ),
    Sentence(
        "critical.probe.zero_no",
        "at the drawn probe |∇L| is as named and above 10⁻³ × (1 + the largest |Hᵢⱼ|, named) = "
        "the bound named",
        "check_zero",
        fields=ZERO,
        example={"landscape": "plateau"},
    ),
    Sentence(
        "critical.probe.mark_near",
        "the point named is a marked minimum, saddle or maximum of the kind named, the one "
        "nearest the drawn probe marker, at the distance named (within 5 % of the width)",
        "check_probe_mark",
        fields={"mark": r"\([^()]*\)", "d": NUM, "kind": r"\w+"},
        example={"landscape": "himmelblau", "px": "0.087", "py": "2.884"},
    ),
    Sentence(
        "critical.probe.mark_on",
        "the drawn probe marker is at the marked point named, of the kind named",
        "check_probe_mark",
        fields={"mark": r"\([^()]*\)", "kind": r"\w+"},
    ),
    Sentence(
        "critical.probe.at_min_curve",
        "the surface's L at the drawn probe marker is the value named, within 10⁻⁶ × (1 + |min|) "
        "of the surface's minimum value, also named, and the probe lies on the drawn curve of "
        "minima (within 0.5 % of the width)",
        "check_probe_at_min",
        fields={"loss": NUM, "min": NUM},
        example={"landscape": "two_neuron", "px": "1", "py": "1"},
    ),
    Sentence(
        "critical.probe.red",
        "a red arrow is drawn from the probe along the eigenvector of the printed Hessian's "
        "negative eigenvalue, λ as named",
        "check_red",
        fields=NUMS,
    ),
    Sentence(
        "critical.probe.red_both",
        "both arrows drawn from the probe are red, each along an eigenvector of the printed "
        "Hessian, whose two eigenvalues are the named, both negative",
        "check_red_both",
        fields=NUMS,
        example={"landscape": "himmelblau", "px": "1", "py": "1"},
    ),
    Sentence(
        "critical.probe.no_red",
        "no arrow drawn from the probe is red, and no eigenvalue of the printed Hessian is < 0",
        "check_no_red",
        example=MONKEY,
    ),
    Sentence(
        "critical.run.escaped_along",
        "the run's drawn path comes nearest the named saddle at the step named, at the distance "
        "named (within 2 % of the width); the step before the one named is the last within r "
        "(10 % of the width) of it, every point from the one named on is beyond r, and the "
        "direction from the saddle to the drawn end (the point named) is the angle named off "
        "the line of the saddle's negative-curvature eigenvector (either way along it)",
        "check_escaped",
        example={"landscape": "saddle", "sx": "0.3", "sy": "0.001", "gd_lr": "0.1"},
        fields=RUN | {"end": r"\([^()]*\)"},
    ),
    Sentence(
        "critical.run.side_with",
        "a red arrow is drawn from the saddle named in the run's sentence before it, and the "
        "way from that saddle to the run's drawn end points the arrow's way (a positive dot "
        "product with it)",
        "check_side",
        example={"sy": "0.43"},
    ),
    Sentence(
        "critical.run.side_against",
        "a red arrow is drawn from the saddle named in the run's sentence before it, and the "
        "way from that saddle to the run's drawn end points against it (a negative dot product)",
        "check_side",
        example={"landscape": "saddle", "sx": "0.3", "sy": "0.001", "gd_lr": "0.1"},
    ),
    Sentence(
        "critical.run.escaped_along_on",
        "as critical.run.escaped_along, the run's first drawn point on the saddle named",
        "check_escaped",
        example={"sx": "0", "sy": "0", "sigma": "0.5"},
        fields=RUN | {"end": r"\([^()]*\)"},
    ),
    Sentence(
        "critical.run.escaped_on",
        "as critical.run.escaped, the run's first drawn point on the saddle named",
        "check_escaped",
        example={"landscape": "monkey_saddle", "sx": "0", "sy": "0", "sigma": "0.7"},
        fields=RUN,
    ),
    Sentence(
        "critical.run.escaped",
        "the run's drawn path comes nearest the named saddle at the step named; the step before "
        "the one named is the last within r (10 % of the width) of it, every point from the one "
        "named on is beyond r",
        "check_escaped",
        example={"landscape": "monkey_saddle", "sx": "0.2", "sy": "0.001", "gd_lr": "0.3"},
        fields=RUN,
    ),
    Sentence(
        "critical.run.back",
        "between its nearest approach and the step it left, the run's drawn path first went "
        "beyond r of the saddle at step o (at the distance `far`), and came back nearest, "
        "`back` from it, at step b, before it left for good",
        "check_back",
        example={"sy": "0.43"},
        fields=RUN,
    ),
    Sentence(
        "critical.probe.green",
        "a green arrow is drawn from the probe along the eigenvector of the printed Hessian's "
        "one positive eigenvalue, λ as named",
        "check_green",
        fields=NUMS,
        example={"landscape": "two_neuron", "px": "1", "py": "1"},
    ),
    Sentence(
        "critical.probe.green_stable",
        "the probe is a saddle; a green arrow is drawn from it along the eigenvector of the "
        "printed Hessian's positive eigenvalue, λ as named",
        "check_green",
        fields=NUMS,
    ),
    Sentence(
        "critical.probe.green_both",
        "both arrows drawn from the probe are green, each along an eigenvector of the printed "
        "Hessian, whose two eigenvalues are the named, both positive",
        "check_green_both",
        fields=NUMS,
        example={"landscape": "himmelblau", "px": "3", "py": "2"},
    ),
    Sentence(
        "critical.run.stopped",
        "stopped (ui.readings): each of the run's last drawn steps is shorter than the "
        "tolerance named, its last drawn point is the point named, and the kind named is the "
        "kind of the surface's Hessian there",
        "check_stopped",
        fields=RUN,
    ),
    Sentence(
        "critical.run.creeping",
        "each of the run's last drawn steps is shorter than the tolerance named and its last "
        "drawn point is the point named, yet ∇L there is not ≈ 0 (|∇L| as named), and its last "
        "drawn step is not 0: it still moves; the slope is shallow: at the surface's default "
        "ε (named) and at the ε set, a step ε|∇L| there is under the tolerance",
        "check_creeping",
        fields=RUN | CREEP,
        example={"landscape": "plateau"},
    ),
    Sentence(
        "critical.run.creeping_lr",
        "as critical.run.creeping, but the slope is not shallow: at the surface's default ε "
        "(named) a step ε|∇L| there, as named, is at least the tolerance; the ε set, named, is "
        "smaller, ε|∇L| at it is under the tolerance, and the run's last drawn step is as named",
        "check_creeping",
        fields=RUN | CREEP | {"last": NUM},
        example={"gd_lr": "0.00001"},
    ),
    Sentence(
        "critical.run.stuck",
        "each of the run's last drawn steps is shorter than the tolerance named, the last one "
        "0, and its last drawn point is the point named, yet ∇L there is not ≈ 0 (|∇L| as "
        "named); the slope is shallow, as in critical.run.creeping",
        "check_creeping",
        fields=RUN | CREEP,
        example={"landscape": "plateau", "gd_lr": "0.00001"},
    ),
    Sentence(
        "critical.run.stuck_lr",
        "as critical.run.stuck, but the slope is not shallow, as in critical.run.creeping_lr",
        "check_creeping",
        fields=RUN | CREEP,
        example={"landscape": "plateau", "gd_lr": "0.00001", "sx": "-0.5", "sy": "-2.75"},
    ),
    Sentence(
        "critical.run.stopped_curve",
        "stopped (ui.readings) on the drawn curve of minima: each of the run's last drawn "
        "steps is shorter than the tolerance named, its last drawn point is the point named, "
        "at the distance named from the drawn curve (within 0.5 % of the width), ∇L ≈ 0 there, "
        "and the Hessian's eigenvalues are the two named, the one ≈ 0 along the curve",
        "check_stopped_curve",
        example={"sy": "0.43"},
        fields=RUN | {"flat": NUM, "steep": NUM, "d": NUM},
    ),
    Sentence(
        "critical.run.moving",
        "not stopped (ui.readings): the run's drawn path has the steps named, ends at the "
        "point named, and its last drawn step is as long as named and not every one of its "
        "last steps is shorter than the stop tolerance",
        "check_moving",
        fields=RUN,
    ),
    Sentence(
        "critical.run.near",
        "close to (ui.readings): the run's last drawn point is within 5 % of the width of the "
        "marked point named, at the distance named, and that point is drawn as a marker of "
        "its kind",
        "check_near",
        fields={"mark": r"\([^()]*\)", "d": r"[\d.e+-]+", "kind": r"\w+"},
    ),
    Sentence(
        "critical.run.near_curve",
        "close to (ui.readings): the run's last drawn point is within 5 % of the width of the "
        "point named, which lies on a drawn curve of minima and is its nearest point, at the "
        "distance named; no marked point is nearer",
        "check_near",
        example={"sy": "0.43"},
        fields={"mark": r"\([^()]*\)", "d": r"[\d.e+-]+"},
    ),
    Sentence(
        "playground.unstable",
        "became unstable (ui.readings): every drawn step after step k is longer than step k "
        "and within ×10 of the growth line, growing by the named factor per step on average "
        "between the two lengths named",
        "check_unstable",
        example=FAST,
        fields=RUN,
    ),
    Sentence(
        "playground.downhill",
        "kept going downhill (ui.readings.slid_downhill): the run's line on the loss chart "
        "never rises, from the first loss named to the last",
        "check_downhill",
        example=MONKEY,
        fields=RUN,
    ),
    Sentence(
        "playground.left",
        "left the picture at step j (the first drawn point outside the axes); the drawn path "
        "has k points, all within the far bound named",
        "check_left",
        example=MONKEY,
    ),
    Sentence(
        "playground.diverged",
        "diverged at step k: points 0 … k − 1 are drawn, all within the far bound",
        "check_diverged",
        example=FAST,
        fields=RUN,
    ),
    Sentence(
        "playground.escaped",
        "escaping downhill (ui.readings): every drawn step after step k is longer than step k, "
        "growing by the named factor on average between the lengths named, and the surface at "
        "the drawn points falls at every step from step k − 1 (the first value named) to the "
        "last (the second), the run not nearing any marked minimum",
        "check_escaped_downhill",
        example=ESCAPE,
        fields=RUN,
    ),
    Sentence(
        "playground.escaped.saddle",
        "the drawn last point lies along the negative-curvature eigenvector of the saddle "
        "nearest the start (its eigenvalue as named), at the distances named along and across "
        "it, along ≥ 3 × across",
        "check_escaped_saddle",
        example=ESCAPE,
    ),
    Sentence(
        "playground.outside_end",
        "the run's drawn path first leaves the contour's axes at step j, and its last drawn "
        "point, step k (the view's steps), is outside them at the point named, within the far "
        "bound named",
        "check_outside_end",
        example=ESCAPE,
        fields=RUN,
    ),
    Sentence(
        "playground.outside_back",
        "the run's drawn path first leaves the contour's axes at step j; the point before step "
        "m is outside them and every drawn point from m to the last, k, is inside",
        "check_outside_back",
        example=BACK,
        fields=RUN,
    ),
    Fixed(
        "critical.intro",
        "a zero gradient with a Hessian that is not positive definite is no minimum: the "
        "second-order test of note 003, true of every surface",
    ),
    Fixed(
        "critical.escape_direction",
        "shown only when the probe's kind is a saddle (an eigenvalue below −10⁻⁴ scaled), where "
        "the page draws that eigenvalue's eigenvector red; along it the second-order term "
        "½λ‖d‖² < 0 lowers the loss",
    ),
    Fixed(
        "critical.nudge_help",
        "says what the button does (0.01 added to the start's second coordinate, the vertical axis) and the general fact that a "
        "start exactly on a saddle's stable line stays on it under gradient descent",
    ),
    Fixed(
        "kind.degenerate.at_min",
        "shown in the kind box exactly where critical.probe.at_min_curve is said (claims."
        "at_minimum), whose check reads the probe's L and place on the drawn curve; the "
        "second-order test cannot decide at a zero eigenvalue, true everywhere",
    ),
    Fixed("critical.at.saddle", "a word critical.run.stopped fills: check_stopped reads it"),
    Fixed("critical.at.minimum", "a word critical.run.stopped fills: check_stopped reads it"),
    Fixed("critical.at.maximum", "a word critical.run.stopped fills: check_stopped reads it"),
    Fixed("critical.at.degenerate", "a word critical.run.stopped fills: check_stopped reads it"),
    Fixed("critical.mark.minimum", "a word critical.run.near fills: check_near reads it"),
    Fixed("critical.mark.saddle", "a word critical.run.near fills: check_near reads it"),
    Fixed("critical.mark.maximum", "a word critical.run.near fills: check_near reads it"),
    Fixed(
        "critical.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
