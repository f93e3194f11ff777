"""The cliffs lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.cliffs.title": {"zh": "悬崖与梯度爆炸", "en": "Cliffs and exploding gradients"},
    # ---- cliffs --------------------------------------------------------------------------------
    "cliffs.notice": {
        "zh": "在平缓的高原上步子很小；一旦踩到悬崖，梯度暴增，一步就把参数抛到远处。梯度裁剪把梯度长度限制在 c 以内，步长受控（讲义 000）。",
        "en": "On the gentle plateau the steps are small; one step onto the cliff meets a huge gradient and throws the parameters far away. Gradient clipping caps the gradient's length at c and keeps the step under control (note 000).",
    },
    "cliffs.clip_on": {"zh": "梯度裁剪", "en": "clip gradients"},
    "cliffs.threshold": {"zh": "裁剪阈值 c", "en": "clipping threshold c"},
    "cliffs.caption": {
        "zh": "裁剪只改变梯度的长度、不改变方向，所以每一步最多走 ε·c。",
        "en": "Clipping changes the gradient's length, not its direction, so no step is longer than ε·c.",
    },
    "cliffs.free": {"zh": "SGD（不裁剪）", "en": "SGD (no clipping)"},
    "cliffs.clipped": {"zh": "SGD，裁剪到 c = {c}", "en": "SGD, clipped at c = {c}"},
    "cliffs.thrown": {
        "zh": "不裁剪时，第 {step} 步撞上悬崖：梯度长度 {norm}，这一步走了 {length}。",
        "en": "Without clipping, step {step} hits the cliff: the gradient is {norm} long and the step travels {length}.",
    },
    "cliffs.thrown_out": {
        "zh": "它落在 ({x}, {y})，离开了画面（超出图中画出的 x、y 范围，看不到）。",
        "en": "It lands at ({x}, {y}), outside the picture (beyond the drawn x and y ranges).",
    },
    "cliffs.thrown_back": {
        "zh": "之后它在第 {back} 步回到画面内，最后一点（第 {n} 步）在 ({x}, {y})。",
        "en": "It comes back into the picture at step {back}; its last point (step {n}) is ({x}, {y}).",
    },
    "cliffs.thrown_gone": {
        "zh": "它的最后一点（第 {n} 步）在 ({x}, {y})，仍在画面之外。",
        "en": "Its last point (step {n}), ({x}, {y}), is still outside the picture.",
    },
    "cliffs.left.gone": {
        "zh": "{run}在第 {step} 步离开画面，到了 ({x}, {y})（画出的范围是 x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}]），之后没有回来：画出的最后一点（第 {n} 步）({lx}, {ly}) 仍在画面之外。",
        "en": "{run} leaves the picture at step {step}, at ({x}, {y}) (the drawn ranges are x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}]) and does not come back: its last point (step {n}), ({lx}, {ly}), is still outside the picture.",
    },
    "cliffs.left.again_in": {
        "zh": "{run}在第 {step} 步离开画面，到了 ({x}, {y})（画出的范围是 x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}]），在第 {back} 步回到画面内；画出的点里共有 {out} 个在画面外；最后一点（第 {n} 步）({lx}, {ly}) 在画面内。",
        "en": "{run} leaves the picture at step {step}, at ({x}, {y}) (the drawn ranges are x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}]); it comes back into the picture at step {back}; {out} of its drawn points are outside in all; its last point (step {n}), ({lx}, {ly}), is inside.",
    },
    "cliffs.left.again_out": {
        "zh": "{run}在第 {step} 步离开画面，到了 ({x}, {y})（画出的范围是 x ∈ [{x0}, {x1}]、y ∈ [{y0}, {y1}]），在第 {back} 步回到画面内；画出的点里共有 {out} 个在画面外；最后一点（第 {n} 步）({lx}, {ly}) 在画面外。",
        "en": "{run} leaves the picture at step {step}, at ({x}, {y}) (the drawn ranges are x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}]); it comes back into the picture at step {back}; {out} of its drawn points are outside in all; its last point (step {n}), ({lx}, {ly}), is outside.",
    },
    "cliffs.coincide_still": {
        "zh": "两次运行完全重合，而且都没有动：{m} 步中每一步 ‖g‖ = 0，步长也都是 0，对数坐标上画不出来，所以梯度图和步长图是空的；裁剪（c = {c}）从未起作用。",
        "en": "The two runs coincide and never move: ‖g‖ = 0 at each of the {m} steps and every step is 0 long, nothing to draw on a log axis, so the gradient and step charts are empty; clipping (c = {c}) never acts.",
    },
    "cliffs.coincide": {
        "zh": "两次运行完全重合：{m} 步中梯度最长也只有 ‖g‖ = {gmax}，从未超过 c = {c}，裁剪一次也没有起作用；裁剪的运行画成虚线，叠在不裁剪的运行上。",
        "en": "The two runs coincide: over the {m} steps the longest gradient is ‖g‖ = {gmax}, never above c = {c}, so clipping never acts; the clipped run is drawn dashed over the unclipped one.",
    },
    # where clipping acted on the clipped run (claims.clip_acted): on the wall, away from it,
    # and a wall crossed by a step clipping did not cut
    "cliffs.clip.wall": {
        "zh": "裁剪在悬崖壁上（|x| < {band}，那里悬崖壁的坡度大于 {slope}）截短了 {n} 步：第一次是第 {step} 步，从 x = {x} 出发，梯度长度 ‖g‖ = {norm} > c = {c}，被截到 c，这一步只走 ε·c = {cap}，不裁剪会走 ε‖g‖ = {free}。",
        "en": "{n} steps were clipped on the wall (|x| < {band}, where its slope is above {slope}); the first, step {step}, starts at x = {x}, where ‖g‖ = {norm} > c = {c}: cut to c, it travels ε·c = {cap} instead of ε‖g‖ = {free}.",
    },
    # one step clipped on the wall ("Steps clipped on the wall: 1. The first, step 7, …" read
    # as a numbered list)
    "cliffs.clip.wall_one": {
        "zh": "裁剪在悬崖壁上（|x| < {band}，那里悬崖壁的坡度大于 {slope}）截短了 1 步：第 {step} 步，从 x = {x} 出发，梯度长度 ‖g‖ = {norm} > c = {c}，被截到 c，这一步只走 ε·c = {cap}，不裁剪会走 ε‖g‖ = {free}。",
        "en": "One step was clipped on the wall (|x| < {band}, where its slope is above {slope}): step {step}, which starts at x = {x}, where ‖g‖ = {norm} > c = {c}: cut to c, it travels ε·c = {cap} instead of ε‖g‖ = {free}.",
    },
    "cliffs.clip.away": {
        "zh": "裁剪在悬崖壁之外（|x| ≥ {band}）截短了 {n} 步（第 {steps} 步）：它们从 x = {x0} 到 {x1} 出发，‖g‖ 在 {lo} 到 {hi} 之间，大于 c = {c}。",
        "en": "Steps clipped away from the wall (|x| ≥ {band}): {n} (steps {steps}), starting at x from {x0} to {x1}, with ‖g‖ from {lo} to {hi}, above c = {c}.",
    },
    # the same, every clipped step starting at the same printed x ("从 x = 2 到 2 出发")
    "cliffs.clip.away_same_x": {
        "zh": "裁剪在悬崖壁之外（|x| ≥ {band}）截短了 {n} 步（第 {steps} 步）：它们都从 x = {x} 出发，‖g‖ 在 {lo} 到 {hi} 之间，大于 c = {c}。",
        "en": "Steps clipped away from the wall (|x| ≥ {band}): {n} (steps {steps}), all starting at x = {x}, with ‖g‖ from {lo} to {hi}, above c = {c}.",
    },
    # one step ("Steps clipped away from the wall: 1 (steps 3)" read as a count of a list)
    "cliffs.clip.away_one": {
        "zh": "裁剪在悬崖壁之外（|x| ≥ {band}）截短了 1 步：第 {steps} 步，从 x = {x} 出发，那里 ‖g‖ = {norm}，大于 c = {c}。",
        "en": "One step was clipped away from the wall (|x| ≥ {band}): step {steps}, which starts at x = {x}, where ‖g‖ = {norm} > c = {c}.",
    },
    "cliffs.clip.foot": {
        "zh": "这些步子仍在悬崖壁的脚下，梯度大半来自悬崖壁的坡度：{items}。",
        "en": "Still at the wall's foot, most of that gradient the wall's slope: {items}.",
    },
    "cliffs.clip.foot_item": {
        "zh": "第 {step} 步（x = {x}）的 ‖g‖ = {norm} 中，悬崖壁贡献 {wall}",
        "en": "step {step} (x = {x}), the wall's {wall} of ‖g‖ = {norm}",
    },
    "cliffs.clip.crossed_free": {
        "zh": "裁剪的运行在第 {step} 步越过悬崖（x 从 {x0} 到 {x1}）时没有被裁剪：那里 ‖g‖ = {norm} ≤ c = {c}。所以这次不是裁剪驯服了悬崖：它的路径与不裁剪的运行不同，只是因为前面被裁剪的第 {steps} 步把它带到了薄薄的悬崖壁旁的另一点。",
        "en": "The clipped run crossed the wall at step {step} (x from {x0} to {x1}) without being clipped: ‖g‖ there is {norm} ≤ c = {c}. So clipping did not tame the cliff in this run: its path differs from the unclipped run's only because its earlier clipped steps ({steps}) put it at another point beside the thin wall.",
    },
    # the contour's x-axis title on a phone, where y is drawn PHONE_STRETCH ({s}) times as
    # tall as to scale (page.py): the title says so
    "cliffs.phone_x": {
        "zh": "{x}；纵轴拉高 {s} 倍",
        "en": "{x}; y drawn {s}× tall",
    },
    # two lines on every screen: in one it was cut at both ends by a 192 px tall plot at
    # 1280×720 ("|radient norm ‖g‖ before clippir") and a 170 px one on a phone
    "cliffs.grad_norm": {
        "zh": "裁剪前的梯度长度<br>‖g‖",
        "en": "gradient norm ‖g‖<br>before clipping",
    },
    "cliffs.bowl_diverged": {
        "zh": "不裁剪时，第 {step} 步最长：梯度长度 {norm}，这一步走了 {length}。但这一步不在悬崖上：它从 ({x}, {y}) 出发，那里悬崖项的梯度只有 {wall}。这是碗里的发散：ε = {lr} 时沿曲率 {h} 的方向每步乘 |1 − ε·{h}| = {factor} > 1。",
        "en": "Without clipping, step {step} is the longest: the gradient is {norm} long and the step travels {length}. That step was not on the cliff: it started at ({x}, {y}), where the wall's part of the gradient is only {wall}. This is the bowl diverging: at ε = {lr}, along the curvature {h} each step multiplies by |1 − ε·{h}| = {factor} > 1.",
    },
    # what each run did at its end (claims.fate): stopped means the gradient is (near) zero,
    # not only that ε is tiny; a run whose steps are short because ε is small crawls
    "cliffs.run.clipped": {"zh": "裁剪的运行", "en": "The clipped run"},
    "cliffs.run.free": {"zh": "不裁剪的运行", "en": "The unclipped run"},
    "cliffs.fate.stopped": {
        "zh": "{run}停在 ({x}, {y})：最后 {window} 步每步都短于 {tol}，推动它的梯度已小于 {grad}。",
        "en": "{run} stopped at ({x}, {y}): each of its last {window} steps is shorter than {tol}, and the gradient moving it is below {grad}.",
    },
    "cliffs.fate.crawls": {
        "zh": "{run}在爬行，并没有停下：梯度仍有 ‖g‖ = {norm}，但 ε = {lr} 时最后一步只走 {rule} = {step}（最后 {window} 步每步都短于 {tol}）。",
        "en": "{run} crawls, it has not stopped: the gradient is still ‖g‖ = {norm} long, but at ε = {lr} its last step is only {rule} = {step} (each of its last {window} steps shorter than {tol}).",
    },
    "cliffs.fate.one": {
        "zh": "{run}只走了一步，长 {length}：是否停下要看最后 5 步。",
        "en": "{run} took one step, {length} long: whether a run stops is judged on its last 5 steps.",
    },
    "cliffs.fate.bounces": {
        "zh": "{run}没有停下：它在 {axis} = {lo} 与 {hi} 之间来回弹跳，最后 {window} 步每步长 {lengths}。",
        "en": "{run} has not stopped: it bounces between {axis} = {lo} and {hi}, each of its last {window} steps {lengths} long.",
    },
    "cliffs.fate.moving": {
        "zh": "{run}没有停下：最后 {window} 步每步长 {lengths}（停下要求每步都短于 {tol}，即画面宽度 {width} 的 {share} %），最后这些点在 {axis} = {lo} 与 {hi} 之间。",
        "en": "{run} has not stopped: each of its last {window} steps is {lengths} long (stopping needs each shorter than {tol}, {share} % of the picture's width {width}), its last points between {axis} = {lo} and {hi}.",
    },
    "cliffs.fate.range": {"zh": "{short} 到 {long}", "en": "{short} to {long}"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "cliffs.why": {
        "zh": "当许多大权重相乘时，损失曲面上会出现悬崖：一段几乎平坦的地面突然陡升。梯度在悬崖上极大，而梯度下降的步长正比于梯度，所以撞上悬崖的一步会把参数抛得很远，之前的进展一下子丢掉。梯度裁剪只在梯度长度超过阈值 c 时把它缩短到 c，方向不变：梯度不超过 c 的步完全不变，而再大的梯度（悬崖上的）也只能走 ε·c。平地上的梯度是否超过 c，要看起点和 c：图下的句子说出这次运行裁剪了哪几步。它不让优化器更聪明，只是不让一个极端的梯度毁掉整个训练。",
        "en": "When many large weights multiply, the loss surface grows cliffs: nearly flat ground that suddenly rises steeply. The gradient on a cliff is enormous, and gradient descent's step is proportional to it, so the step that hits the cliff throws the parameters far away and undoes the progress so far. Gradient clipping shortens the gradient to the threshold c only when it is longer, keeping its direction: a step whose gradient is at most c is unchanged, and however large the gradient (on a cliff) the step is at most ε·c. Whether a gradient on the plateau exceeds c depends on the start and on c: the sentences under the figure say which steps of this run were clipped. It does not make the optimizer smarter; it keeps one extreme gradient from ruining the run.",
    },
    # study steps (ui/study.py): the questions, their options and the why; the feedback
    # sentences are computed from the drawn curves (steps.py, its LEDGER)
    "cliffs.step.throw.title": {"zh": "悬崖抛多远", "en": "How far the cliff throws"},
    "cliffs.step.throw.question": {
        "zh": "不裁剪的 SGD（ε = 0.2）从 (−0.3, 0.8) 出发，先在平地上走小步，然后撞上悬崖。它最长的一步有多长（参数空间中的距离）？",
        "en": "Unclipped SGD (ε = 0.2) starts at (−0.3, 0.8), takes small steps across the plateau, then meets the cliff. How long is its longest step (a distance in parameter space)?",
    },
    "cliffs.step.throw.feedback": {
        "zh": "你估计 {answer}；不裁剪的运行最长的一步是第 {step} 步，长 {length}，此时梯度长度为 {norm}：相差 {off}。",
        "en": "You said {answer}; the unclipped run's longest drawn step is step {step}, {length} long, where the gradient is {norm} long: {off} away.",
    },
    "cliffs.step.throw.before": {
        "zh": "在它之前，第 1–{last} 步长 {lengths}（‖g‖ = {norms}）；第 {step} 步的 ‖g‖ 是它们的 {times} 倍，ε 不变，这一步也就长了同样的倍数。",
        "en": "Before it, steps 1–{last} were {lengths} long (‖g‖ = {norms}); step {step}'s ‖g‖ is {times}× theirs, and with the same ε its step is that many times longer.",
    },
    "cliffs.step.throw.why": {
        "zh": "梯度下降的步长是 ε 乘以梯度长度。平地上梯度很小，步子也小；悬崖壁上梯度大了许多倍，同一个 ε 就让步长也大了同样的倍数（上面给出了这次画出的步长和倍数）。学习率是按平地选的，它对悬崖毫无准备。",
        "en": "A gradient-descent step is ε times the gradient's length. On the plateau the gradient is small and so are the steps; on the wall it is many times larger, and the same ε makes the step that many times longer (the drawn lengths and multiple are above). The learning rate was chosen for the plateau and is not ready for the cliff.",
    },
    "cliffs.step.cap.title": {"zh": "裁剪后的上限", "en": "The cap with clipping"},
    "cliffs.step.cap.question": {
        "zh": "同样的运行，把梯度裁剪到长度不超过 c = 1。裁剪后的运行中最长的一步有多长？",
        "en": "The same run with the gradient clipped to a length of at most c = 1. How long is the clipped run's longest step?",
    },
    "cliffs.step.cap.feedback": {
        "zh": "你估计 {answer}；裁剪后的运行最长的一步长 {longest}，而 ε·c = {lr} × {c} = {cap}：相差 {off}。",
        "en": "You said {answer}; the clipped run's longest drawn step is {longest}, and ε·c = {lr} × {c} = {cap}: {off} away.",
    },
    "cliffs.step.cap.cut": {
        "zh": "裁剪把它 {m} 步中的 {n} 步截成 ε·c = {cap}（第 {steps} 步）：这些步的 ‖g‖ 大于 c = {c}；其余各步的 ‖g‖ 不超过 c，步长仍是 ε·‖g‖。",
        "en": "Clipping cut {n} of its {m} steps to ε·c = {cap} (steps {steps}): their ‖g‖ is above c = {c}; every other step's ‖g‖ is at most c, and it keeps its length ε·‖g‖.",
    },
    # one step cut ("这些步" and "their" of one step)
    "cliffs.step.cap.cut_one": {
        "zh": "裁剪把它 {m} 步中的 1 步截成 ε·c = {cap}（第 {steps} 步）：这一步的 ‖g‖ 大于 c = {c}；其余各步的 ‖g‖ 不超过 c，步长仍是 ε·‖g‖。",
        "en": "Clipping cut 1 of its {m} steps to ε·c = {cap} (step {steps}): its ‖g‖ is above c = {c}; every other step's ‖g‖ is at most c, and it keeps its length ε·‖g‖.",
    },
    "cliffs.step.cap.uncut": {
        "zh": "它的 {m} 步中没有一步的 ‖g‖ 大于 c = {c}：裁剪一步也没有改变，每步都是 ε·‖g‖。",
        "en": "None of its {m} steps has ‖g‖ above c = {c}: clipping changed no step, each is ε·‖g‖.",
    },
    "cliffs.step.need_clip": {
        "zh": "请先打开梯度裁剪，才能看到裁剪后的运行。",
        "en": "Switch gradient clipping on to see the clipped run.",
    },
    "cliffs.step.cap.why": {
        "zh": "裁剪后梯度的长度最多是 c，方向不变，所以无论起点处的梯度多大，每一步最多走 ε·c；梯度本来就不超过 c 的步完全不受影响。哪几步被截短，取决于这次运行在哪里遇到多大的梯度：上面一句从梯度图读出。",
        "en": "After clipping, the gradient is at most c long and points the same way, so no step travels more than ε·c, however large the gradient where it starts; a step whose gradient is already at most c is not touched. Which steps get cut depends on where this run meets which gradients: the sentence above reads them from the gradient chart.",
    },
    "cliffs.step.loose.title": {"zh": "阈值放宽到 20", "en": "A loose threshold, 20"},
    "cliffs.step.loose.question": {
        "zh": "把裁剪阈值放宽到 c = 20。在撞上悬崖的那一步，裁剪后的步长和不裁剪时相比如何？",
        "en": "Loosen the threshold to c = 20. At the step that meets the cliff, how does the clipped step compare with the unclipped one?",
    },
    "cliffs.step.loose.opt.unchanged": {
        "zh": "一样长（阈值太大，不起作用）",
        "en": "just as long (the threshold is too loose to act)",
    },
    "cliffs.step.loose.opt.shorter": {
        "zh": "更短（仍被裁剪）",
        "en": "shorter (it is still clipped)",
    },
    "cliffs.step.loose.feedback": {
        "zh": "你选了“{answer}”。第 {step} 步时梯度长度为 {norm}（c = {c}），裁剪后的运行这一步走了 {clipped}，不裁剪的走了 {free}：是“{saw}”。",
        "en": "You picked “{answer}”. At step {step} the drawn gradient is {norm} long (c = {c}); the clipped run's step there is {clipped}, the unclipped one's {free}: “{saw}”.",
    },
    # which steps the runs share and where they part, from the drawn step lengths
    "cliffs.step.loose.same_until": {
        "zh": "到第 {last} 步为止，两次运行走的每一步都相同（梯度都不长于 c）。",
        "en": "Up to step {last} the two runs take the same steps (no gradient longer than c).",
    },
    "cliffs.step.loose.first_cut": {
        "zh": "第 {step} 步是裁剪截短的第一步：‖g‖ = {norm} > c = {c}，所以它只走 ε·c = {cap}，不裁剪会走 ε‖g‖ = {free}。",
        "en": "Step {step} is the first that clipping cuts: ‖g‖ = {norm} > c = {c}, so it travels ε·c = {cap} instead of ε‖g‖ = {free}.",
    },
    "cliffs.step.loose.part": {
        "zh": "第 {cut} 步被截短之后，裁剪的运行从另一个点出发，两次运行就分开了：第 {step} 步裁剪的走了 {clipped}，不裁剪的走了 {free}。",
        "en": "After the cut at step {cut} the clipped run sets off from another point, so the two runs part: step {step} travels {clipped} in the clipped run against {free} in the unclipped one.",
    },
    "cliffs.step.loose.same_all": {
        "zh": "没有一个画出的梯度长于 c = {c}：两次运行的 {m} 步全都相同。",
        "en": "No drawn gradient is longer than c = {c}: the two runs take the same {m} steps.",
    },
    "cliffs.step.loose.why": {
        "zh": "裁剪只看梯度长度是否超过 c。悬崖上的梯度比 20 还大得多，所以仍被截到 20，步长是 ε·c。在第一次被截短之前，梯度都不超过 c，两次运行的每一步都相同；被截短之后，裁剪的运行从另一个点出发，此后的步子就与不裁剪时不同了。阈值越大，能通过的步子越长：c 要按你愿意接受的最大步长 ε·c 来选。",
        "en": "Clipping only asks whether the gradient is longer than c. The gradient on the cliff is far longer than 20, so it is still cut to 20 and the step is ε·c. Until that first cut no gradient is longer than c and the two runs take the same steps; after it, the clipped run sets off from another point, and its later steps differ from the unclipped run's. The looser the threshold, the longer the step it lets through: choose c from the largest step ε·c you are willing to take.",
    },
}
