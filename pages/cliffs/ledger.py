"""The cliffs lesson's ledger: the "thrown" sentence and the divergence alert, the reading a
student takes from each, and the check (tests/ledgers/test_cliffs.py) against the step-length
and gradient-norm charts and the path the contour draws."""

from ui.ledger import Fixed, Sentence

# "{run}": the run's name in either language (cliffs.run.free / cliffs.run.clipped; the longer
# first: 不裁剪的运行 holds 裁剪的运行); the checks hold it against the catalog's names
_NAMES = ("不裁剪的运行", "裁剪的运行", "The unclipped run", "The clipped run")
RUN = {"run": "(?:" + "|".join(_NAMES) + ")"}
# "{lengths}": "0.0199 to 0.0216" / "0.0199 到 0.0216", one length "10", or "10 = ε·c"
_NUM = r"[^\s；;：:。，,()（）]+"
LENGTHS = {"lengths": rf"{_NUM}(?: (?:to|到) {_NUM}| = ε·c)?"}

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
        "cliffs.thrown_back",
        "after the throw the unclipped run's drawn path is first inside the contour's axis "
        "ranges again at point (step) back, and its last drawn point, step n, is (x, y), inside",
        "check_thrown_after",
        example={"n": "200"},
    ),
    Sentence(
        "cliffs.thrown_gone",
        "the unclipped run's last drawn point, step n, is (x, y), outside the contour's axis "
        "ranges",
        "check_thrown_after",
        example={"n": "9"},
    ),
    Sentence(
        "cliffs.left.gone",
        "the named run's first drawn point outside the picture's drawn x and y ranges (printed) is step `step`, at (x, y), and no later drawn point is inside; its last, step n, is (lx, ly)",
        "check_left",
        example={"cliff_lr": "3", "n": "3"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.left.again_in",
        "the named run's first drawn point outside the picture's drawn ranges (printed) is step `step`, at (x, y); the first inside after it is step `back`, `out` drawn points are outside in all, and its last, step n, (lx, ly), is inside",
        "check_left",
        example={"cliff_lr": "5", "n": "40"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.left.again_out",
        "the named run's first drawn point outside the picture's drawn ranges (printed) is step `step`, at (x, y); the first inside after it is step `back`, `out` drawn points are outside in all, and its last, step n, (lx, ly), is outside",
        "check_left",
        example={"cliff_lr": "5", "n": "3"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.coincide",
        "the clipped and unclipped runs' drawn paths are the same point for point, the "
        "gradient chart's largest drawn ‖g‖ of the clipped run over its n steps is as printed "
        "and at most the slider's c, and the clipped path is drawn dashed",
        "check_coincide",
        example={"sx": "5", "sy": "0"},
    ),
    Sentence(
        "cliffs.clip.foot",
        "the steps listed are exactly the clipped run's drawn steps cut away from the band "
        "whose start x (drawn) gives a wall slope (closed form) of at least half their drawn ‖g‖",
        "check_clip_foot",
        example={"sx": "-0.02", "sy": "0", "cliff_lr": "0.01", "n": "200"},
        fields={"items": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "cliffs.clip.foot_item",
        "at the named step the clipped run's drawn start x, the wall's slope there (closed form) "
        "and the drawn ‖g‖ are as printed",
        "check_clip_foot_item",
        example={"sx": "-0.02", "sy": "0", "cliff_lr": "0.01", "n": "200"},
    ),
    Sentence(
        "cliffs.coincide_still",
        "both runs' drawn paths stay at the start point for all n steps, and the gradient and "
        "step charts draw no value (‖g‖ and the steps 0: nothing on a log axis)",
        "check_coincide_still",
        example={"sx": "2", "sy": "0"},
    ),
    Sentence(
        "cliffs.clip.wall",
        "the clipped run's gradient chart draws ‖g‖ above the slider's c at n steps that start "
        "on the wall (the drawn x they start from within the band stated, |x| < 0.05, where "
        "the wall's slope, closed form, is above the value printed); the first is step k, from "
        "the drawn x printed, with ‖g‖ as printed; the step-length chart draws it ε·c long, "
        "and ε‖g‖ is the length printed",
        "check_clip_wall",
        example={"c": "0.1"},
    ),
    Sentence(
        "cliffs.clip.wall_one",
        "the clipped run's gradient chart draws ‖g‖ above the slider's c at one step that "
        "starts on the wall (as cliffs.clip.wall reads it): step k, from the drawn x printed, "
        "with ‖g‖ as printed, drawn ε·c long on the step-length chart",
        "check_clip_wall",
    ),
    Sentence(
        "cliffs.clip.away",
        "the clipped run's gradient chart draws ‖g‖ above c at exactly the steps named (n of "
        "them) among those that start off the wall (|x| ≥ 0.05, as stated); their ‖g‖ span the range printed, the "
        "drawn x they start from the range printed, and each is drawn ε·c long",
        "check_clip_away",
        example={"sy": "1.5"},
        fields={"steps": r"[\d–, 、]+?"},
    ),
    Sentence(
        "cliffs.clip.away_one",
        "as cliffs.clip.away for a single step: the gradient chart draws ‖g‖ above c at that "
        "step alone among those off the wall, with the ‖g‖ printed, from the drawn x printed, "
        "drawn ε·c long",
        "check_clip_away",
        example={"sy": "1.1"},
        fields={"steps": r"\d+"},
    ),
    Sentence(
        "cliffs.clip.away_same_x",
        "as cliffs.clip.away, and every one of those steps starts at a drawn x that prints as "
        "the one x named (2 significant digits)",
        "check_clip_away",
        example={"cliff_lr": "10"},
        fields={"steps": r"[\d–, 、]+?"},
    ),
    Sentence(
        "cliffs.clip.crossed_free",
        "the clipped run's drawn path first crosses x = 0 on step k, between the drawn x "
        "printed, where the gradient chart draws ‖g‖ at most c (as printed): that step was not "
        "cut; the earlier steps drawn with ‖g‖ above c are the ones named, and the unclipped "
        "run's drawn point where step k starts is another one",
        "check_clip_crossed_free",
        example={"sy": "1.5"},
        fields={"steps": r"[\d–, 、]+?"},
    ),
    Sentence(
        "cliffs.bowl_diverged",
        "the unclipped run's longest drawn step is step k, that long, from a drawn point where "
        "the wall's term of the gradient (closed form) is below half of the drawn ‖g‖; the "
        "drawn path's coordinate along the bowl's curvature h is multiplied by 1 − εh there, "
        "|1 − εh| as printed > 1",
        "check_bowl_diverged",
        example={"cliff_lr": "10"},
    ),
    Sentence(
        "cliffs.fate.stopped",
        "the named run stopped (ui.readings.stopped with stop_tolerance(domain, lr=ε)): each "
        "of its last 5 drawn steps is shorter than the tolerance printed (0.01 % of the "
        "picture's width) and than ε × 0.01, and the gradient chart draws ‖g‖ below 0.01 at "
        "each of those steps; its last drawn point is the one printed (2 decimals, as the figure's ticks)",
        "check_fate_stopped",
        example={"cliff_lr": "1", "n": "200"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.fate.crawls",
        "the named run has not stopped though its steps are short (ui.readings.crawling): each "
        "of its last 5 drawn steps is shorter than the tolerance printed, yet the gradient "
        "chart's last ‖g‖ is the one printed, at least 0.01; its last drawn step is that long "
        "and equals ε‖g‖ (ε·c when ‖g‖ > c on the clipped run), ε the slider's",
        "check_fate_crawls",
        example={"cliff_lr": "1e-05"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.fate.one",
        "the named run drew one step, that long on the step-length chart; n = 1",
        "check_fate_one",
        example={"n": "1"},
        fields=RUN,
    ),
    Sentence(
        "cliffs.fate.bounces",
        "the named run has not stopped: each of its last drawn steps reverses the one before "
        "(their dot product is negative), its last drawn points span the values printed on the "
        "coordinate that moves most, and its last steps are that long (one length when all "
        "print alike; = ε·c, on the clipped run only, when the gradient chart draws ‖g‖ above "
        "c at each of them)",
        "check_fate_bounces",
        example={"cliff_lr": "10"},
        fields=RUN | LENGTHS,
    ),
    Sentence(
        "cliffs.fate.moving",
        "the named run has not stopped (one of its last 5 drawn steps is at least the "
        "tolerance printed, 0.01 % of the picture's width, both printed), its last drawn steps are that long "
        "(one length when all print alike), its last drawn points span the values printed on "
        "the coordinate that moves most",
        "check_fate_moving",
        fields=RUN | LENGTHS,
    ),
    Sentence(
        "playground.diverged",
        "the named run's path on the contour ends after that step: its drawn points are "
        "θ₀ … θ_{k−1}, k of them, fewer than the steps set; its charts stop there too",
        "check_diverged",
        example={"cliff_lr": "10"},
    ),
    Fixed(
        "cliffs.fate.range",
        "the word between the shortest and the longest of the last steps ('to', '到') inside "
        "the fate sentences' {lengths}; its numbers are checked there (check_fate_moving)",
    ),
    Fixed(
        "cliffs.run.clipped",
        "the clipped run's name in the fate sentences; which run it is is checked there",
    ),
    Fixed(
        "cliffs.run.free",
        "the unclipped run's name in the fate sentences; which run it is is checked there",
    ),
    Fixed(
        "cliffs.phone_x",
        "the contour's x-axis title on a phone, where page.py always draws y with scaleratio "
        "PHONE_STRETCH = 1.6, the {s} it prints (test_the_phone_contour_is_stretched_and_says_so "
        "reads it)",
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
        "and what it states holds for every setting the page allows: a step with ‖g‖ ≤ c is "
        "unchanged and every clipped step is at most ε·c long; whether the plateau's ‖g‖ "
        "exceeds c is left to the computed clip sentences (it does from y = 1.5 at c = 1)",
    ),
)
