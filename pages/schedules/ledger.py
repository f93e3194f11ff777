"""The schedules lesson's ledger: its verdict on the schedules, the reading a student takes from
it, and the check (tests/ledgers/test_schedules.py) against the loss curves the figure draws."""

from ui.ledger import Fixed, Sentence

ALL_KINDS = ["constant", "linear", "inv_sqrt", "step", "exponential", "cosine"]

RANKING = {"ranking": r"[^\n]+?(?=\.(?:\s|$)|。)"}
KEPT = {"kept": r"[^;；\n]+?"}
PART = r"(?:(?![.。](?:\s|$))[^:：;；\n])+?(?=[;；.。]|$|与它|比它)"
NAMES = r"(?:(?![.。] )[^:：<≈=\n])+?"
FLOOR_NAMES = r"[^:：。.\n]+?"  # after the floors' sentence, not across it
SUBJECT = {"names": r"[^\s.。:：][^.。:：\n]*?"}  # the decays a win sentence is about
ITEMS = {"items": r"[^\n]+?(?=。|\.(?:\s|$))"}
WHY_SAME = r"[^)）\n]+?(?=\)|）)"
WHY = (
    "every drawn decaying schedule's mean loss over the last k drawn steps (those whose curves "
    "are not the constant rate's: said to equal it) is below the constant rate's by more than "
    "1 % and prints lower, and none of them grew (ended above its start)"
)

LEDGER = (
    Sentence(
        "schedules.ranking",
        "each schedule's drawn loss curve, averaged over its last k drawn points, is the value "
        "printed after its name, and the names are in increasing order of it; σ is the slider's; "
        "only the curves drawn to the last step (not diverged) are ranked",
        "check_ranking",
        fields=RANKING,
    ),
    Sentence(
        "schedules.diverged",
        "each named schedule's drawn loss curve ends at step k − 1, before the last step, its "
        "drawn path's steps grew (became unstable), and the bound is the bowl's far bound 800 "
        "(100 × its half-width 8); every curve that ends early is named",
        "check_diverged",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={"runs": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "schedules.diverged_item",
        "one entry of the diverged list: this schedule's drawn loss curve ends at step k − 1, "
        "before the last step",
        "check_diverged_item",
        example={"s_noise": "0", "eps0": "1.5"},
    ),
    Sentence(
        "schedules.constant_diverged",
        "the constant rate's drawn curve ends early (diverged); the schedules named as not "
        "diverged are exactly the other drawn curves that reach the last step and trained (their "
        "mean over the last k steps is not above their start, their last rate stable)",
        "check_constant_diverged",
        example={"s_noise": "0", "eps0": "1.2"},
        fields=KEPT,
    ),
    Sentence(
        "schedules.constant_diverged_too",
        "the constant rate's drawn curve ends early (diverged); the schedules named as not "
        "diverged are exactly the drawn curves that reach the last step and trained, and those "
        "named as "
        "diverged too are exactly the other decays' curves, each ending at its named step − 1",
        "check_constant_diverged",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={**KEPT, "gone": r"[^\n]+?"},
    ),
    Sentence(
        "schedules.constant_diverged_none",
        "the constant rate's drawn curve ends early (diverged), and no other drawn curve both "
        "reaches the last step and trained",
        "check_constant_diverged_none",
        example="view_constant_diverged_none",
    ),
    Sentence(
        "schedules.grew",
        "the runs listed are exactly the drawn curves that reach the last step inside the "
        "bound 800 but did not train: their mean "
        "over the last k steps is above their drawn start, or their last drawn rate is above "
        "2/λmax = 1 (became unstable)",
        "check_grew",
        example={"sched": ALL_KINDS, "eps0": "1.05"},
        fields=ITEMS,
    ),
    Sentence(
        "schedules.grew_item",
        "the run's drawn loss starts at the first value, peaks at the second at that step (its "
        "highest drawn point) and is the third at the last step n",
        "check_grew_item",
        example={"sched": ALL_KINDS, "eps0": "1.05"},
        fields={"name": r"[^;；:：\n]+?"},
    ),
    Sentence(
        "schedules.unstable_tail",
        "some run listed as grown has this last drawn rate, and it is above 2/λmax = 1",
        "check_unstable_tail",
        example="view_unstable_tail",
    ),
    Sentence(
        "schedules.frozen_tail",
        "some run listed as grown draws ε_k = 0 from step k on (a rate above 0 before it) and "
        "its drawn loss is the same from point k to the last",
        "check_frozen_tail",
        example={"s_tau": "1", "s_end": "0"},
    ),
    Sentence(
        "schedules.gone_item",
        "one entry of the diverged-too list: this schedule's drawn loss curve ends at step "
        "k − 1, before the last step",
        "check_gone_item",
        example={"s_noise": "0", "eps0": "1.5"},
        fields={"name": r"[^,、;；:：\n]+?"},
    ),
    Sentence(
        "schedules.tie_note",
        "neighbours in the ranking joined by ≈ have drawn means within 1 % of the larger (or "
        "printed the same): a tie; the ranking has at least one ≈",
        "check_tie_note",
        example={"eps0": "0.00001"},
    ),
    Sentence(
        "schedules.same_as_constant",
        "the named schedules' drawn learning-rate and loss curves are the constant rate's at "
        "every step, they are every drawn curve that is, and the reason given holds for the "
        "settings (final rate / ε₀ = 1, γ = 1, τ ≥ the steps, or one step)",
        "check_same_as_constant",
        example={"s_end": "1"},
        fields={"names": NAMES, "why": WHY_SAME},
    ),
    Sentence(
        "schedules.same_as_constant_one",
        "as schedules.same_as_constant, for the one drawn decay whose curves are the constant "
        "rate's",
        "check_same_as_constant",
        example={"s_tau": "200", "sched": ["constant", "step"]},
        fields={"names": NAMES, "why": WHY_SAME},
    ),
    Sentence(
        "schedules.same",
        "the named schedules (not the constant rate) draw the same learning-rate and loss "
        "curves at every step, no other drawn schedule does, and the reason given holds",
        "check_same",
        example={"s_tau": "1", "n": "2"},
        fields={"names": NAMES, "why": WHY_SAME},
    ),
    Sentence(
        "schedules.same_one_step",
        "one step: every named schedule's single drawn learning rate is ε₀",
        "check_why_part",
        example={"n": "1"},
    ),
    Sentence(
        "schedules.same_end",
        "the final rate / ε₀ slider is at 1, and linear or cosine decay is among the named",
        "check_why_part",
        example={"s_end": "1"},
    ),
    Sentence(
        "schedules.same_gamma",
        "the γ slider is at 1, and step or exponential decay is among the named",
        "check_why_part",
        example={"s_gamma": "1", "sched": ["constant", "exponential"]},
    ),
    Sentence(
        "schedules.same_tau",
        "τ is the slider's and not below the steps, so step decay's drawn rate stays ε₀",
        "check_why_part",
        example={"s_tau": "200", "sched": ["constant", "step"]},
    ),
    Sentence(
        "schedules.same_every_step",
        "the named schedules' drawn learning rates are equal at each of the n steps",
        "check_why_part",
        example={"s_tau": "1", "n": "2"},
    ),
    Sentence(
        "schedules.untrained",
        "every drawn loss curve's mean over the last k steps is within 1 % of its drawn start "
        "(the printed start); the lowest and highest of those means print as the end; n and ε₀ "
        "are the sliders'",
        "check_untrained",
        example={"eps0": "0.00001"},
        fields={"end": r"[^\s]+?"},
    ),
    Sentence(
        "schedules.all_tied",
        "every drawn decay's mean (those not equal to the constant rate) is within 1 % of the "
        "constant rate's",
        "check_all_tied",
        example="view_all_tied",
    ),
    Sentence(
        "schedules.split",
        "the decays named lower, tied (within 1 %) and higher than the constant rate are exactly "
        "the drawn decays in each class, each drawn decay not equal to the constant named once",
        "check_split",
        example="view_split",
        fields={"parts": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "schedules.split_below",
        "one class of the split",
        "check_split_part",
        example="view_split",
        fields={"names": PART},
    ),
    Sentence(
        "schedules.split_even",
        "one class of the split",
        "check_split_part",
        example="view_split",
        fields={"names": PART},
    ),
    Sentence(
        "schedules.split_above",
        "one class of the split",
        "check_split_part",
        example="view_split_above",
        fields={"names": PART},
    ),
    Sentence(
        "schedules.decay_wins",
        WHY + ", with σ > 0, and every one's noise floor at its drawn late rates explains it "
        "(none stalled); the decays it names are the drawn ones not equal to the constant rate",
        "check_decay_wins",
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_lower",
        WHY + ", with σ > 0, and some one's noise floor at its drawn late rates does not "
        "explain it or it stalled (so the noise is not credited to the schedule)",
        "check_decay_wins",
        example={"eps0": "0.8", "sched": ["constant", "step", "linear"], "n": "45"},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_wins_one",
        WHY + ", with σ > 0, where exactly one drawn decay is not the constant rate's curve: it "
        "is the one named, and its floor explains it",
        "check_decay_wins",
        example={"sched": ["constant", "step"]},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_lower_one",
        WHY + ", with σ > 0, for the one decay named (not the constant rate's curve), whose "
        "floor does not explain it or which stalled",
        "check_decay_wins",
        example={"eps0": "0.8", "sched": ["constant", "step"], "n": "45"},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_wins_quiet_one",
        WHY + ", with σ = 0 (no noise), for the one decay named",
        "check_decay_wins",
        example={"s_noise": "0", "eps0": "1", "sched": ["constant", "exponential"]},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_path",
        WHY + ", with σ > 0, and for every one the expected loss at its drawn rates (recomputed) "
        "is below the constant rate's with at least half of that gap in the noise-free parts: "
        "the noise is not credited",
        "check_decay_wins",
        example={"n": "3"},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.decay_path_one",
        WHY + ", with σ > 0, for the one decay named (not the constant rate's curve), whose "
        "expected gap to the constant rate is at least half noise-free",
        "check_decay_wins",
        example={"n": "3", "sched": ["constant", "inv_sqrt"]},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.floor_path",
        "the named decays are exactly those drawn below the constant rate, not stalled, whose "
        "expected gap to the constant rate (recomputed from the drawn rates) is at least half "
        "noise-free; the constant rate's noise-free part is the one printed, ε₀ the slider's and "
        "the factor max |1 − ε₀λ| over the bowl's curvatures",
        "check_floor_path",
        example={"n": "3"},
        fields={"names": FLOOR_NAMES, "items": r"[^\n]+?(?=\): |）：)"},
    ),
    Sentence(
        "schedules.floor_path_item",
        "the decay's noise-free expected part (recomputed from its drawn rates) is below the "
        "constant rate's, and their gap is the printed share (at least 50 %) of the expected gap",
        "check_floor_path_item",
        example={"n": "3"},
        # an item opens the list or follows "; " (its name may be ε₀/√(k+1), with brackets)
        fields={
            "name": r"(?:(?<=\()|(?<=（)|(?<=; )|(?<=；))(?:[^;；:：.。()（）\n]|\(k\+1\))+?",
            "clean": r"[^\s,，]+",
        },
    ),
    Sentence(
        "schedules.floor_unreached",
        "the runs listed are exactly the decays credited with damping the noise (floor_explained) "
        "whose expected noise part (expected minus noise-free, recomputed) is at least twice "
        "their late rate's floor",
        "check_floor_unreached",
        fields=ITEMS,
    ),
    Sentence(
        "schedules.floor_unreached_item",
        "the run's expected noise part, its late rate's floor and their ratio (at least 2), its "
        "mean drawn rate over the last k steps, and 1/(2ελ) at the flattest curvature 0.2",
        "check_floor_unreached_item",
        fields={"name": r"[^;；:：\n]+?"},
    ),
    Sentence(
        "schedules.decays_named",
        "some drawn decays equal the constant rate (said so); the named decays are exactly the "
        "drawn ones that do not",
        "check_decays_named",
        example={"sched": ALL_KINDS, "s_tau": "200", "s_gamma": "1"},
        fields={"names": r"[^\n]+?(?=\) end |）比)"},
    ),
    Sentence(
        "schedules.floor",
        "each listed run's ε is the mean of its drawn ε_k over the last k steps, its floor "
        "εσ²/(2(2 − ελ)) summed over the bowl's curvatures 0.2 and 2 with the slider's σ; the "
        "constant rate and exactly the decays drawn below it (not tied) are listed",
        "check_floor",
        fields={"floors": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "schedules.floor_explained",
        "the named decays are exactly those drawn below the constant rate, not stalled, whose "
        "listed floor falls at least half as far as their drawn mean loss on a log scale",
        "check_floor_names",
        fields={"names": FLOOR_NAMES},
    ),
    Sentence(
        "schedules.floor_luck",
        "the named decays are exactly those drawn below the constant rate, not stalled, whose "
        "listed floor falls less than half as far as their drawn mean loss on a log scale",
        "check_floor_names",
        example={"eps0": "0.8", "sched": ["constant", "step"], "n": "45"},
        fields={"names": FLOOR_NAMES},
    ),
    Sentence(
        "schedules.floor_stalled",
        "the runs listed are exactly the decays drawn below the constant rate whose expected "
        "loss at their drawn rates (recomputed) is at least 100 times the noise floor of their "
        "mean drawn rate over the last k steps (a floor above 0)",
        "check_floor_stalled",
        example={"n": "200", "sched": ALL_KINDS},
        fields=ITEMS,
    ),
    Sentence(
        "schedules.stalled_item",
        "the run's drawn mean over the last k steps, its expected loss and its noise-free part "
        "(recomputed from the drawn rates), that expected loss over its floor, and the floor",
        "check_stalled_item",
        example={"n": "200", "sched": ALL_KINDS},
        fields={"name": r"[^;；:：\n]+?"},
    ),
    Sentence(
        "schedules.decay_wins_quiet",
        WHY + ", with σ = 0 (no noise)",
        "check_decay_wins",
        example={"s_noise": "0", "eps0": "1.05"},
        fields=SUBJECT,
    ),
    Sentence(
        "schedules.constant_wins",
        "the constant rate's mean drawn loss over the last k steps is below every decaying "
        "one's (not equal to it) by more than 1 %, with σ > 0 (there is noise), and the "
        "expected loss at the drawn rates (the noise-free path plus the noise's variance, "
        "recomputed) puts every decay above the constant rate too",
        "check_constant_wins",
        example="view_constant_wins_noisy",
    ),
    Sentence(
        "schedules.constant_wins_slow",
        "as schedules.constant_wins, and the constant rate's expected loss (recomputed from its "
        "drawn rates) is at least 90 % noise-free: the runs are slow, the noise hardly matters",
        "check_constant_wins",
        example={"eps0": "0.01"},
    ),
    Sentence(
        "schedules.constant_wins_luck",
        "the constant rate's mean drawn loss over the last k steps is below every decaying "
        "one's by more than 1 %, with σ > 0, and the named decays are exactly those whose "
        "expected loss at the drawn rates (recomputed) is at or below the constant rate's",
        "check_constant_wins_luck",
        example={"eps0": "0.95", "s_noise": "0.5", "n": "20"},
        fields={"names": FLOOR_NAMES},
    ),
    Sentence(
        "schedules.order_luck",
        "the pairs listed are exactly the pairs of runs drawn to the last step, ranked apart "
        "(drawn means over the last k steps not tied, curves not the same), whose expected "
        "losses at the drawn rates (recomputed) print in the other order, with σ > 0; pairs "
        "the constant rate's luck sentence already names are left out",
        "check_order_luck",
        fields={"pairs": r"[^\n]+?(?=。|\.(?:\s|$))"},
    ),
    Sentence(
        "schedules.order_luck_item",
        "the first run's drawn mean over the last k steps is below the second's (not tied), and "
        "their expected losses at the drawn rates (recomputed) print as given, the first's "
        "above the second's",
        "check_order_luck_item",
        fields={"low": r"[^<;；\n]+?", "high": r"[^,，;；\n]+?"},
    ),
    Sentence(
        "schedules.expected",
        "each listed value is the run's expected loss at its drawn rates from the start "
        "(−7, 2): the mean over the last k steps of the noise-free loss plus Σ λ v / 2, with "
        "v ← (1 − ελ)² v + ε² σ², recomputed from the drawn ε_k; the bracket is the noise-free "
        "part; every run drawn to the last step is listed, the constant rate first",
        "check_expected",
        example="view_constant_wins_noisy",
        fields={"items": r"[^\n]+?(?=\.(?:\s|$)|。)"},
    ),
    Sentence(
        "schedules.constant_wins_quiet",
        "the constant rate's mean drawn loss over the last k steps is below every decaying "
        "one's (not equal to it) by more than 1 %, with σ = 0 (no noise)",
        "check_constant_wins",
        example={"s_noise": "0"},
    ),
    Sentence(
        "schedules.mixed",
        "some decaying schedules' mean drawn loss over the last k steps is below the constant "
        "rate's and the others' above it, each by more than 1 % (none tied)",
        "check_mixed",
        example="view_mixed",
    ),
    Sentence(
        "schedules.mixed_luck",
        "some decays' mean drawn loss over the last k steps is below the constant rate's and "
        "the others' above it (none tied), with σ > 0, and the decays listed are exactly those "
        "whose expected loss at the drawn rates (recomputed) is on the other side of the "
        "constant rate's: which side they were drawn on is the draw's luck, not decay speed",
        "check_mixed_luck",
        example={"n": "8"},
        fields=ITEMS,
    ),
    Sentence(
        "schedules.mixed_luck_above",
        "this decay's drawn mean over the last k steps is above the constant rate's, its "
        "expected loss (recomputed) below it, both printed as given",
        "check_mixed_luck_item",
        example={"n": "8"},
        fields={"name": r"[^;；:：\n]+?"},
    ),
    Sentence(
        "schedules.mixed_luck_below",
        "this decay's drawn mean over the last k steps is below the constant rate's, its "
        "expected loss (recomputed) above it, both printed as given",
        "check_mixed_luck_item",
        example={"eps0": "0.2", "s_noise": "3", "n": "40"},
        fields={"name": r"[^;；:：\n]+?"},
    ),
    Fixed(
        "schedules.notice",
        "every run is SGD from the same start with the same ε₀ and the same noise seed; only "
        "the schedule differs, for every setting",
    ),
    Fixed(
        "adaptive.notice",
        "AdaGrad's r only grows (a sum of squares), so ε/(δ+√r) only shrinks; RMSProp's and "
        "Adam's r are decaying averages; Delta-bar-Delta's rule: closed forms, no settings",
    ),
    Sentence(
        "adaptive.eff_caption",
        "each rule's ε is the one its drawn effective-step curve starts from: step 1's drawn "
        "value is AdaGrad's ε/(δ+|g₁|), RMSProp's ε/√(δ+0.1 g₁²), Adam's ε/(|g₁|+δ) and "
        "Delta-bar-Delta's ε, with g₁ the bowl's gradient at the start (−7, 2)",
        "check_eff_caption",
        example={"s_view": "adaptive"},
    ),
    Fixed("adaptive.table", "the table's title; its rows are the first three steps' numbers"),
    Fixed(
        "schedules.decays_all", "names every drawn decay: used only where none equals the constant"
    ),
    Fixed("schedules.why", "the reasoning of notes 000-002, true of the rules themselves"),
)
