"""The 1-D learning-rate lesson's strings, in 中文 and English."""

STRINGS: dict[str, dict[str, str]] = {
    "page.lr1d.title": {"zh": "一维中的学习率", "en": "Learning rate in 1-D"},
    # study steps (steps.py): the question, the options, the computed reveal and the why
    "lr1d.step.where.title": {"zh": "终点在哪", "en": "Where it ends"},
    "lr1d.step.where.question": {
        "zh": "f(x) = x + sin x，从 x₀ = 2.5 出发，学习率 ε = 1，走 30 步。你预测最后 x 在哪里？",
        "en": "f(x) = x + sin x, starting at x₀ = 2.5 with learning rate ε = 1 for 30 steps. Where do you predict x ends?",
    },
    "lr1d.step.where.feedback": {
        "zh": "你预测 x = {answer}；ε = {lr} 的那一列走了 {steps} 步，停在 x = {end}（最后 {window} 步每步都小于 {tol}）。",
        "en": "You put it at x = {answer}; the ε = {lr} run stopped at x = {end} after {steps} steps (each of its last {window} steps shorter than {tol}).",
    },
    "lr1d.step.where.feedback_moving": {
        "zh": "你预测 x = {answer}；ε = {lr} 的那一列走了 {steps} 步后在 x = {end}，还在移动（最后一步 {last}）。",
        "en": "You put it at x = {answer}; after {steps} steps the ε = {lr} run is at x = {end}, still moving (last step {last}).",
    },
    "lr1d.step.where.why": {
        "zh": "f′(x) = 1 + cos x 从不为负，所以梯度下降每一步都向左走。f′ 只在 π 的奇数倍（…、−3π、−π、π、…）处降到 0：那里不是极小值，而是平坦的拐点（f″ = −sin x 也为 0）。从 2.5 向左，第一个是 x = −π ≈ −3.14；越靠近它 f′ 越小，步子越走越短，所以 ε = 1 向它爬去，30 步后仍差一点没到（上面给出它最后的位置）；ε = 0.1 与 0.01 在 30 步里离它还远。",
        "en": "f′(x) = 1 + cos x is never negative, so every descent step goes left. f′ falls to 0 only at the odd multiples of π (…, −3π, −π, π, …): not minima but flat inflection points (f″ = −sin x is 0 there too). Going left from 2.5 the first is x = −π ≈ −3.14; the nearer to it, the smaller f′ and the shorter the steps, so ε = 1 creeps towards it and after 30 steps is still a little short (where it ends is given above); ε = 0.1 and 0.01 are still far from it after 30 steps.",
    },
    "lr1d.step.sway.title": {"zh": "怎么走", "en": "How it moves"},
    "lr1d.step.sway.question": {
        "zh": "f(x) = x²，x₀ = 2.5，ε = 0.9（中间一列）：x 会怎样走？",
        "en": "f(x) = x², x₀ = 2.5, ε = 0.9 (middle panel): how does x move?",
    },
    "lr1d.step.sway.opt.one_side": {
        "zh": "一直在同一侧，慢慢靠近 0",
        "en": "stays on one side, creeping towards 0",
    },
    "lr1d.step.sway.opt.shrinking": {
        "zh": "在 0 的两侧来回跳，摆幅越来越小",
        "en": "jumps from side to side of 0, the swings shrinking",
    },
    "lr1d.step.sway.opt.growing": {
        "zh": "在 0 的两侧来回跳，摆幅越来越大",
        "en": "jumps from side to side of 0, the swings growing",
    },
    "lr1d.step.sway.feedback": {
        "zh": "最上面一排图中 ε = {lr} 的那一列{saw}，每步摆幅乘 {rate}。",
        "en": "In the top row of figures the ε = {lr} run {saw}, the swing ×{rate} per step.",
    },
    "lr1d.step.sway.feedback_one_side": {
        "zh": "最上面一排图中 ε = {lr} 的那一列{saw}，每步 |x| 乘 {rate}。",
        "en": "In the top row of figures the ε = {lr} run {saw}, |x| multiplied by {rate} per step.",
    },
    "lr1d.step.sway.feedback_steady": {
        "zh": "最上面一排图中 ε = {lr} 的那一列在 0 的两侧来回跳（x = {low} 与 x = {high}），摆幅不变：每步乘 {rate}，既不缩小也不变大。三个选项都不对。",
        "en": "In the top row of figures the ε = {lr} run jumps from side to side of 0 (x = {low} and x = {high}) with steady swings: ×{rate} per step, neither shrinking nor growing. None of the options fits.",
    },
    "lr1d.step.sway.feedback_lands": {
        "zh": "最上面一排图中 ε = {lr} 的那一列在第 {step} 步落在 0 上并停在那里：没有摆动。三个选项都不对。",
        "en": "In the top row of figures the ε = {lr} run lands on 0 at step {step} and stays there: no swing. None of the options fits.",
    },
    "lr1d.step.left": {
        "zh": "这一步问的是 x² 上的梯度下降；图中现在是 {shown}，所以这里不评判你的答案。在「曲线」中选回 x²（关闭上升）再来对照。",
        "en": "This step asks about gradient descent on x²; the figure now shows {shown}, so your answer is not graded here. Choose x² under Curve (ascent off) to compare.",
    },
    "lr1d.step.left.ascent": {"zh": "{curve}（上升）", "en": "{curve}, climbing (ascent)"},
    "lr1d.step.sway.why": {
        "zh": "在 x² 上 f′(x) = 2x，所以一步是 x ← x − ε·2x = (1 − 2ε)·x。ε = 0.9 时因子是 −0.8：负号让 x 每步换到另一侧，|−0.8| < 1 让摆幅缩小。ε 小于 0.5 时因子为正，x 始终在同一侧。",
        "en": "On x², f′(x) = 2x, so a step is x ← x − ε·2x = (1 − 2ε)·x. At ε = 0.9 the factor is −0.8: the minus sign puts x on the other side every step, and |−0.8| < 1 shrinks the swing. Below ε = 0.5 the factor is positive and x stays on one side.",
    },
    "lr1d.step.threshold.title": {"zh": "多大会发散", "en": "When it blows up"},
    "lr1d.step.threshold.question": {
        "zh": "在 f(x) = x² 上，学习率 ε 超过多少，梯度下降就会越跳越远？",
        "en": "On f(x) = x², above which learning rate ε does gradient descent jump ever further away?",
    },
    "lr1d.step.threshold.feedback": {
        "zh": "你说 ε = {answer}；界线是 ε = 2/f″ = 2/2 = 1.00。图中每列离 0 的距离每步乘：{runs}。",
        "en": "You said ε = {answer}; the threshold is ε = 2/f″ = 2/2 = 1.00. In the figure each run's distance from 0 changes per step: {runs}.",
    },
    "lr1d.step.threshold.run": {"zh": "ε = {lr} 为 ×{rate}", "en": "ε = {lr} ×{rate}"},
    "lr1d.step.threshold.why": {
        "zh": "每步乘 (1 − ε·f″)。只要 |1 − ε·f″| < 1，x 就收缩到 0；这要求 ε < 2/f″。曲率 f″ 越大（曲线越弯），能用的学习率越小：这就是多维时 2/$\\lambda_{\\max}$ 界线的一维版本。",
        "en": "Each step multiplies by (1 − ε·f″). While |1 − ε·f″| < 1, x shrinks to 0; that needs ε < 2/f″. The larger the curvature f″ (the more the curve bends), the smaller the learning rate it allows: the one-dimensional case of the 2/$\\lambda_{\\max}$ rule in many dimensions.",
    },
    "lr1d.notice": {
        "zh": "同一条曲线、同一个起点，只改学习率。切线只在很小的范围内近似曲线（讲义 001）。",
        "en": "Same curve, same start, only the learning rate changes. The tangent only approximates the curve within a small radius (note 001).",
    },
    "lr1d.fate.diverged": {
        "zh": "{lr}：第 {step} 步发散。",
        "en": "{lr}: diverges at step {step}.",
    },
    "lr1d.it": {"zh": "它", "en": "It"},
    "lr1d.fate.stopped_near": {
        "zh": "{lr}：停在 x = {x}（最后 {window} 步每步都小于 {tol}，即坐标轴的 0.01 %，最后一步 {last}），离 x = {c}（{kind}）相距 {dist}；在它的终点 x = {x} 处 f′ = {g}，f″ = {h}。",
        "en": "{lr}: stopped at x = {x} (each of the last {window} steps moved less than {tol}, 0.01 % of the axis, the last {last}), {dist} from x = {c}, {kind}; at its end x = {x}, f′ = {g} and f″ = {h}.",
    },
    # a Taylor prediction (hollow) too far off for the panels' y axis to hold (page.py)
    "lr1d.prediction_off": {
        "zh": "{lr}：预测（空心点）f = {f} 在图外（纵轴从 {lo} 到 {hi}）。",
        "en": "{lr}: the prediction (hollow) at f = {f} is off the chart (its y axis runs from {lo} to {hi}).",
    },
    "lr1d.fate.stopped": {
        "zh": "{lr}：停在 x = {x}（最后 {window} 步每步都小于 {tol}，即坐标轴的 0.01 %，最后一步 {last}），一个驻点：f′ = {g}，f″ = {h}。",
        "en": "{lr}: stopped at x = {x} (each of the last {window} steps moved less than {tol}, 0.01 % of the axis, the last {last}), a critical point: f′ = {g}, f″ = {h}.",
    },
    "lr1d.fate.crawls": {
        "zh": "{lr}：几乎不动（最后 {window} 步每步都小于 {tol}），但 x = {x} 处 f′ = {g} 不为 0：不是驻点，只是步长 ε·f′ 太小。",
        "en": "{lr}: barely moves (each of the last {window} steps is shorter than {tol}), yet f′ = {g} at x = {x} is not 0: no critical point, only a step ε·f′ that small.",
    },
    "lr1d.fate.oscillates_shrinking": {
        "zh": "{lr}：来回振荡，第 1 步之后的 {turns} 步中有 {flips} 步掉头，摆幅在缩小（每步 ×{rate}）；第 {steps} 步 x = {x}，仍在移动（最后一步 {last}）。",
        "en": "{lr}: oscillates, {flips} of its {turns} steps after the first reversing direction, the swings shrinking (×{rate} per step); x = {x} at step {steps}, still moving (last step {last}).",
    },
    "lr1d.fate.oscillates_growing": {
        "zh": "{lr}：来回振荡且越摆越大（每步 ×{rate}），第 1 步之后的 {turns} 步中有 {flips} 步掉头；第 {steps} 步 x = {x}（最后一步 {last}）。",
        "en": "{lr}: oscillates with growing swings (×{rate} per step), {flips} of its {turns} steps after the first reversing direction; x = {x} at step {steps} (last step {last}).",
    },
    "lr1d.fate.oscillates_irregular": {
        "zh": "{lr}：无规律地来回乱跳，摆幅忽大忽小（从 {low} 到 {high}），并非稳定地越摆越大；第 1 步之后的 {turns} 步中有 {flips} 步掉头；第 {steps} 步 x = {x}（最后一步 {last}）。",
        "en": "{lr}: jumps about irregularly, its swings anywhere from {low} to {high}, not growing steadily; {flips} of its {turns} steps after the first reversing direction; x = {x} at step {steps} (last step {last}).",
    },
    "lr1d.fate.oscillates_steady": {
        "zh": "{lr}：在一个循环里来回跳，摆幅不变（每步 ×{rate}），第 1 步之后的 {turns} 步中有 {flips} 步掉头；第 {steps} 步 x = {x}（最后一步 {last}）。",
        "en": "{lr}: bounces in a cycle with steady swings (×{rate} per step), {flips} of its {turns} steps after the first reversing direction; x = {x} at step {steps} (last step {last}).",
    },
    "lr1d.table_missing": {
        "zh": "{lr} 在表中没有一行：它画出的迭代点到第 {last} 步为止，没有第 {k1} 步。",
        "en": "{lr} has no row in the table: its drawn iterates end at step {last}, before step {k1}.",
    },
    "lr1d.fate.moving_one": {
        "zh": "{lr}：{steps} 步从 x = {x0} 走到 x = {x}，还在移动（最后一步 {last}，f′ = {g}）。",
        "en": "{lr}: {steps} step takes it from x = {x0} to x = {x}, still moving (last step {last}, f′ = {g}).",
    },
    # a stop nearer its point than the printed digits tell apart (7×10⁻⁶ from x = 1.45)
    "lr1d.fate.stopped_on": {
        "zh": "{lr}：停在 x = {x}（最后 {window} 步每步都小于 {tol}，即坐标轴的 0.01 %，最后一步 {last}），就在{kind}上（离它 {dist}，比显示的位数还小）；在它的终点 f′ = {g}，f″ = {h}。",
        "en": "{lr}: stopped at x = {x} (each of the last {window} steps moved less than {tol}, 0.01 % of the axis, the last {last}), on {kind} there ({dist} from it, closer than the digits shown); at its end f′ = {g} and f″ = {h}.",
    },
    "lr1d.fate.moving": {
        "zh": "{lr}：{steps} 步从 x = {x0} 走到 x = {x}，还在移动（最后一步 {last}，f′ = {g}）。",
        "en": "{lr}: {steps} steps take it from x = {x0} to x = {x}, still moving (last step {last}, f′ = {g}).",
    },
    "lr1d.fate.climbed": {
        "zh": "{lr}：一路上坡，画出的每一步 f 都不比前一步低（{first} → {last}），这条曲线往这边没有顶（并非不稳定）。",
        "en": "{lr}: kept climbing, no drawn step lowering f ({first} → {last}); the curve has no top that way, and this is no instability.",
    },
    "lr1d.fate.climb_factor": {
        "zh": "每一步 |x| 都 ×{rate}。",
        "en": "Every step multiplies |x| by {rate}.",
    },
    # a list item like the others ("ε = 10：…"): the run's label, a colon, then the slide
    "lr1d.fate.downhill": {
        "zh": "{lr}：一路下坡，画出的每一步损失都不比前一步高（{first} → {last}）。",
        "en": "{lr}: kept going downhill, no drawn step raising the loss ({first} → {last}).",
    },
    "lr1d.typed_blurb": {
        "zh": "你输入的曲线，画在 [{lo}, {hi}] 上（w = {w}，即滑块“定义域 [−w, w] 的 w”）。图中的极小值和极大值是用牛顿法从 16 个起点数值求出的（f″ = 0 的平坦点不标）。",
        "en": "The curve you typed, drawn on [{lo}, {hi}] (w = {w} on the slider “domain [−w, w]: w”). Its minima and maxima are found numerically (Newton's method from 16 starts); flat points (f″ = 0) are not marked.",
    },
    "lr1d.typed_wider": {
        "zh": "为了画出跑到区间外的运行，横轴放宽到 [{a}, {b}]。",
        "en": "To follow the runs off it, the panels widen the axis to [{a}, {b}].",
    },
    "lr1d.fate.undefined": {
        "zh": "{lr}：第 {step} 步走到 x = {x}，那里 f 没有定义（不是有限的数），运行在那里停下，记为发散：图中只画出第 0 到第 {last} 步。",
        "en": "{lr}: step {step} takes it to x = {x}, where f is not defined (not a finite number), and the run stops there, reported as diverged: the panels draw its steps 0 to {last}.",
    },
    "lr1d.fate.start_undefined": {
        "zh": "{lr}：起点 x = {x} 不在 f 有定义的范围内（f 在那里不是有限的数），一步也走不了。",
        "en": "{lr}: the start x = {x} is outside where f is defined (f there is not a finite number), so the run takes no step.",
    },
    "lr1d.fate.escapes": {
        "zh": "{lr}：没有停下来，越过了远界。",
        "en": "{lr}: does not settle, and passes the far bound.",
    },
    "lr1d.fate.rounding_first": {
        "zh": "{lr}：从第 {parted} 步起，画出的路径由舍入误差决定，而不是由数学决定：用 float64 重算同样的步骤，那一步起两者相差超过坐标轴的 1 %（{tol}）；每一步都把微小的差别乘以 |1 {sign} ε f″(x)|。所以它之后走到哪里、停在哪里，都不是数学的结果。",
        "en": "{lr}: from step {parted} on, its drawn path is set by rounding, not by the maths: the same steps in float64 arithmetic are more than 1 % of the axis ({tol}) away from it there, as each step multiplies a tiny difference by |1 {sign} ε f″(x)|. Where it goes after that, and where it ends, are not results of the maths;",
    },
    "lr1d.fate.as_drawn": {"zh": "{lr} 画出的路径", "en": "{lr} as drawn"},
    "lr1d.fate.rounding": {
        "zh": "从第 {parted} 步起，画出的路径由舍入误差决定，而不是由数学决定：用 float64 重算同样的步骤，那一步起两者相差超过坐标轴的 1 %（{tol}）；每一步都把微小的差别乘以 |1 {sign} ε f″(x)|。所以它之后走到哪里、在哪一步越过远界 |x| = {bound}，都不是数学的结果。",
        "en": "From step {parted} on, its drawn path is set by rounding, not by the maths: the same steps in float64 arithmetic are more than 1 % of the axis ({tol}) away from it there, as each step multiplies a tiny difference by |1 {sign} ε f″(x)|. Where it goes after that, and the step at which it passes the far bound |x| = {bound}, are not results of the maths.",
    },
    "lr1d.fate.off_axis": {
        "zh": "它在第 {left} 步离开了画出的坐标轴范围。",
        "en": "It left the drawn axis at step {left}.",
    },
    "lr1d.fate.towards": {
        "zh": "它正朝 x = {c}（{kind}）前进，还差 {dist}。",
        "en": "It is heading for x = {c}, {kind}, still {dist} away.",
    },
    # short: at 1024 px the controls column cuts a longer label; the help says what it is for
    "lr1d.ascent": {"zh": "梯度上升", "en": "gradient ascent"},
    "lr1d.ascent_help": {
        "zh": "讲义 004 也演示了沿梯度方向上升以寻找极大值。",
        "en": "Note 004 also climbs along the gradient to find a maximum.",
    },
    "lr1d.k": {"zh": "查看第 k 步的切线", "en": "inspect the tangent at step k"},
    "lr1d.k_help": {
        "zh": "在第 k 个迭代点画出切线，并比较一阶泰勒预测与真实函数值。",
        "en": "Draws the tangent at iterate k and compares the first-order Taylor prediction with the true value.",
    },
    "lr1d.taylor_caption": {
        "zh": "梯度下降来自一阶泰勒展开，只在 Δ 很小时成立：步子越大，预测（空心点）与真实值（实心点）相差越远。",
        "en": "Gradient descent comes from the first-order Taylor expansion, valid only for small Δ: the bigger the step, the further the prediction (hollow) from the truth (filled).",
    },
    "lr1d.taylor_caption_ascent": {
        "zh": "梯度上升同样来自一阶泰勒展开（沿 +f′ 走，f 升高），只在 Δ 很小时成立：步子越大，预测（空心点）与真实值（实心点）相差越远。",
        "en": "Gradient ascent comes from the same first-order Taylor expansion (a step along +f′ raises f), valid only for small Δ: the bigger the step, the further the prediction (hollow) from the truth (filled).",
    },
    "lr1d.tangent": {"zh": "切线", "en": "tangent"},
    "lr1d.taylor_error": {"zh": "泰勒预测与真实值", "en": "Taylor prediction vs truth"},
    "lr1d.table": {
        "zh": "第 {k} 步：泰勒预测与真实变化",
        "en": "Step {k}: Taylor prediction vs actual change",
    },
    "lr1d.table_none": {
        "zh": "第 {k} 步：没有一个运行画出从第 {k} 个迭代点到第 {k1} 个的那一步，没有泰勒预测可比。",
        "en": "Step {k}: no run draws a step from iterate {k} to iterate {k1}, so there is no Taylor prediction to compare.",
    },
    # a word joiner (U+2060) after f′: a narrow column broke the header as "f′ / (x)Δ"
    "lr1d.col.predicted": {"zh": "预测 f′\u2060(x)Δ", "en": "predicted f′\u2060(x)Δ"},
    "lr1d.col.actual": {"zh": "真实 f(x+Δ) − f(x)", "en": "actual f(x+Δ) − f(x)"},
    "lr1d.col.error": {"zh": "误差", "en": "error"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "lr1d.why": {
        "zh": "一维时梯度下降是 x ← x − ε f′(x)：斜率告诉它往哪边走，学习率 ε 决定走多远。ε 很小时每一步都可信，但要走很多步才能到达谷底；ε 合适时几步就到；ε 太大时一步会越过谷底，落到对面更高的地方，来回振荡甚至越走越远。判断的尺度是曲率：在谷底附近 f′(x) ≈ f″(x*)(x − x*)，每步把误差乘以 1 − ε f″(x*)，只有 ε < 2/f″(x*) 时误差才缩小。在有几个谷的曲线上（例如 25 sin x − x²），起点和步长一起决定最后落在哪个谷里；x + sin x 则一个谷也没有（f′ = 1 + cos x ≥ 0），只有 x = ±π、±3π… 处的平坦拐点，一次运行可能停在拐点附近，也可能一路下降。",
        "en": "In 1-D gradient descent is x ← x − ε f′(x): the slope says which way to go and the learning rate ε how far. With a tiny ε every step is reliable but reaching the bottom takes many of them; with a good ε a few suffice; with too large an ε a step jumps over the valley floor to a higher point on the other side, and the run oscillates or flies away. Curvature sets the scale: near the bottom f′(x) ≈ f″(x*)(x − x*), so each step multiplies the error by 1 − ε f″(x*), and the error shrinks only while ε < 2/f″(x*). On a curve with several valleys (25 sin x − x², for one) the start and the step size together decide which valley a run ends in; x + sin x has no valley at all (f′ = 1 + cos x ≥ 0), only flat inflection points at x = ±π, ±3π, …, where a run may stall, or else it keeps falling.",
    },
}
