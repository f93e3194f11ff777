"""The second-order lesson's strings, in 中文 and English (see `ui/i18n.py`)."""

STRINGS: dict[str, dict[str, str]] = {
    "so.view.1d": {"zh": "一维：g/h 与 AdaGrad", "en": "1-D: g/h and AdaGrad"},
    "so.view.2d": {"zh": "二维：牛顿法与鞍点", "en": "2-D: Newton and saddles"},
    "so.view.cost": {"zh": "代价：为何少用", "en": "Cost: why it is rare"},
    "so.adagrad_lr": {"zh": "AdaGrad 的学习率 ε", "en": "AdaGrad's learning rate ε"},
    "so.newton": {"zh": "牛顿法 g/h", "en": "Newton g/h"},
    "so.adagrad": {"zh": "AdaGrad（ε = {lr}）", "en": "AdaGrad (ε = {lr})"},
    "so.1d.note": {
        "zh": "讲义 001（泰勒展开）【结论1】：在 x 处把 f 展开到二阶，当 f″ > 0（碗形）时，最佳步长是 −f′/f″，一阶导数除以二阶导数再取负，一步落到这个二阶近似的最低点。f″ < 0 时同一步 −f′/f″ 指向上坡，落到近似的最高点。AdaGrad 的分母 √Σg² 总为正，代替了二阶导数 h。",
        "en": "Note 001's conclusion 1 (Taylor expansion): expanding f to second order at x, where f″ > 0 (a bowl) the best step is −f′/f″, minus the first derivative over the second: it lands on the bottom of that quadratic in one step. Where f″ < 0 the same step −f′/f″ points uphill, to the top of the approximation. AdaGrad's denominator √Σg², always positive, stands in for the second derivative h.",
    },
    "so.1d.divisor": {"zh": "h：f″(xₜ) 或 (δ + √Σg²)/ε", "en": "h: f″(xₜ) or (δ + √Σg²)/ε"},
    "so.1d.table": {
        "zh": "前 {steps}的数值（N：牛顿法，A：AdaGrad）",
        "en": "The first {steps} (N: Newton, A: AdaGrad)",
    },
    "so.1d.first_up": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向上坡：f 从 {f0} 升到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points uphill: f rises from {f0} to {f1}.",
    },
    "so.1d.first_down": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向下坡：f 从 {f0} 降到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points downhill: f falls from {f0} to {f1}.",
    },
    "so.1d.first_up_lands_lower": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h} < 0，牛顿步 −g/h = {step} 指向上坡（与 −g 反向），越过山顶落到另一侧更低处：f 从 {f0} 到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h} < 0, so Newton's step −g/h = {step} points uphill (against −g), jumps over the hilltop and lands lower on the far side: f from {f0} to {f1}.",
    },
    "so.1d.first_down_lands_higher": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向下坡，但走过了头：f 从 {f0} 升到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points downhill but overshoots: f rises from {f0} to {f1}.",
    },
    # f's change below what the drawn float32 f resolves (x + sin x from 3.14: both 3.1415927)
    "so.1d.first_level": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}，牛顿步 −g/h = {step} 指向{way}；f 的变化小于 float32 能分辨的：f 从 {f0} 到 {f1}。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}, so Newton's step −g/h = {step} points {way}; the change of f is below what float32 resolves: f from {f0} to {f1}.",
    },
    "so.1d.way_up": {"zh": "上坡", "en": "uphill"},
    "so.1d.way_down": {"zh": "下坡", "en": "downhill"},
    "so.1d.first_still": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}：g/h 没有定义，牛顿法（伪逆）走了 {step}，f 从 {f0} 到 {f1}，没有移动。",
        "en": "Step 1: at x₀ = {x0}, g = {g} but h = f″(x₀) = {h}: g/h is undefined, and Newton (by the pseudo-inverse) moves by {step}, f from {f0} to {f1}: it does not move.",
    },
    "so.1d.first_critical": {
        "zh": "第 1 步：在 x₀ = {x0}，g = {g}，h = f″(x₀) = {h}：起点已是临界点，牛顿步 −g/h = {step}，f 从 {f0} 到 {f1}，没有移动。",
        "en": "Step 1: at x₀ = {x0}, g = {g} and h = f″(x₀) = {h}: the start is already a critical point, so Newton's step −g/h = {step}, f from {f0} to {f1}: it does not move.",
    },
    "so.1d.on": {
        "zh": "{run}：从第 {step} 步起都在 x = {x} 的 {tol} 以内，{kind}（最后 x = {end}，f = {f}）。",
        "en": "{run}: within {tol} of x = {x} from step {step} on, {kind} (last x = {end}, f = {f}).",
    },
    "so.loss_floor": {
        "zh": "≈ 0（float32 精度内：低于 {floor}）",
        "en": "≈ 0 (at float32 precision: below {floor})",
    },
    "so.1d.exact": {
        "zh": "{run}：从第 {step} 步起正好在 x = {x} 上（距离为 0），{kind}（最后 x = {end}，f = {f}）。",
        "en": "{run}: exactly on x = {x} from step {step} on (distance 0), {kind} (last x = {end}, f = {f}).",
    },
    "so.1d.closing": {
        "zh": "{run}：{steps}后在 x = {x}，f = {f}，还在靠近 x = {c}（{kind}）：最后 {window} 步里离它的距离每步都在缩小，从 {d0} 降到 {d1}。",
        "en": "{run}: after {steps} at x = {x}, f = {f}, still closing in on x = {c}, {kind}: over the last {window} steps its distance from it shrank at every step, from {d0} to {d1}.",
    },
    # closing in by less than the printed distance shows (ε = 1e-5: "from 2.5 to 2.5")
    "so.1d.creeping": {
        "zh": "{run}：{steps}后在 x = {x}，f = {f}，几乎没动：它朝 x = {c}（{kind}）挪动，但最后 {window} 步一共只走了 {moved}。",
        "en": "{run}: after {steps} at x = {x}, f = {f}, it has hardly moved: it creeps towards x = {c}, {kind}, but its last {window} steps took it {moved} in all.",
    },
    "so.1d.ends": {
        "zh": "{run}：{steps}后在 x = {x}，f = {f}，不在任何驻点上。",
        "en": "{run}: after {steps} at x = {x}, f = {f}, on no critical point.",
    },
    "so.1d.left": {
        "zh": "{run}：第 {step} 步离开了曲线的范围。",
        "en": "{run}: step {step} left the curve's range.",
    },
    "so.1d.off": {
        "zh": "{run}：第 {step} 步离开画面（x = {left}，横轴只画 [{lo}, {hi}]），{steps}后在画面外的 x = {x}，f = {f}。",
        "en": "{run}: left the picture at step {step} (x = {left}; the x axis shows [{lo}, {hi}] only), and after {steps} it is off it at x = {x}, f = {f}.",
    },
    "so.1d.off_back": {
        "zh": "{run}：第 {step} 步离开画面（x = {left}，横轴只画 [{lo}, {hi}]），从第 {back} 步起回到画面内。",
        "en": "{run}: left the picture at step {step} (x = {left}; the x axis shows [{lo}, {hi}] only) and is back in it from step {back} on.",
    },
    "so.1d.standin": {
        "zh": "在 t = {step}（AdaGrad 画出的最后一步），它除以 (δ + √Σg²)/ε = {h_tilde}，而它所在的 x = {x} 处真正的 f″ = {h}（f″ 这条线画的是牛顿法所在处的值）。",
        "en": "At t = {step}, its last drawn step, AdaGrad divides by (δ + √Σg²)/ε = {h_tilde}, where the true f″ at its x = {x} is {h} (the f″ line is drawn at Newton's x).",
    },
    "so.gd": {"zh": "梯度下降（ε = {lr}）", "en": "Gradient descent (ε = {lr})"},
    "so.damping_newton": {"zh": "牛顿法的阻尼 λ", "en": "Newton's damping λ"},
    "so.damping_sfn": {"zh": "无鞍牛顿法的阻尼 λ", "en": "saddle-free Newton's damping λ"},
    "so.gd_noise": {
        "zh": "梯度下降 + 噪声 σ = {sigma}",
        "en": "Gradient descent + noise σ = {sigma}",
    },
    # σ = 0: the run is gradient descent itself, drawn dotted over its path (no colon or
    # bracket: a run's name is read back up to one)
    "so.gd_noise_none": {
        "zh": "无噪声的梯度下降，σ = 0",
        "en": "Gradient descent with no noise, σ = 0",
    },
    "so.sfn": {"zh": "无鞍牛顿法（λ = {damping}）", "en": "Saddle-free Newton (λ = {damping})"},
    "so.newton_damped": {"zh": "牛顿法（λ = {damping}）", "en": "Newton (λ = {damping})"},
    "so.2d.note": {
        "zh": "牛顿法解 (H + λI)Δθ = −g；H + λI 有负特征值时（λ 小于 H 最负特征值的大小），这一步沿那个方向的分量指向鞍点（可能走过头，越过鞍点：见下面算出的第 1 步）；λ 更大时 H + λI 正定，这一步的方向是下降方向（步子太长时仍可能走过头、损失反而升高：见下面的第 1 步）。无鞍牛顿法用 |H|（特征值取绝对值），沿负曲率方向离开（Dauphin 等 2014）；它的 λ 让 |H| + λI 在曲率为 0 处（如两神经元曲面上极小值组成的谷）不至于奇异。",
        "en": "Newton solves (H + λI)Δθ = −g; where H + λI has a negative eigenvalue (λ below the size of H's most negative one) the step's part along it points towards the saddle (it may overshoot past it: see the first step worked out below); with a larger λ, H + λI is positive definite and the step's direction is a descent direction (a step too long can still overshoot and raise the loss: see the first step below). Saddle-free Newton uses |H| (eigenvalues made positive) and leaves along the negative-curvature direction (Dauphin et al. 2014); its λ keeps |H| + λI away from singular where the curvature is 0, as along the two-neuron valley of minima.",
    },
    "so.2d.nstep.past": {
        "zh": "{run}的第 1 步：起点处 H + λI 有特征值 {mu} < 0；沿它的方向这一步朝鞍点走了 {a}，而鞍点在这个方向上只有 {b} 远：越过了鞍点。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI has the eigenvalue {mu} < 0; along its direction the step moves {a} towards the saddle, which is only {b} away that way: it overshoots past the saddle. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.nstep.short": {
        "zh": "{run}的第 1 步：起点处 H + λI 有特征值 {mu} < 0；沿它的方向这一步朝鞍点走了 {a}（鞍点在这个方向上 {b} 远），没有越过。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI has the eigenvalue {mu} < 0; along its direction the step moves {a} towards the saddle ({b} away that way), not past it. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.nstep.on_saddle": {
        "zh": "{run}的第 1 步：它从鞍点出发，那里 ∇L = 0，牛顿步是 0：它停在鞍点上。",
        "en": "{run}, step 1: it starts on the saddle, where ∇L = 0, so Newton's step is 0: it stays on the saddle.",
    },
    # a step with no part along the negative eigenvalue's direction (its part is float noise)
    "so.2d.nstep.none": {
        "zh": "{run}的第 1 步：起点处 H + λI 有特征值 {mu} < 0，但这一步在它的方向上没有分量（起点与鞍点在这个方向上相距 {b}）：牛顿法只沿另一个方向走。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI has the eigenvalue {mu} < 0, but the step has no part along its direction (the start is {b} from the saddle that way): Newton moves along the other direction only. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.nstep.downhill": {
        "zh": "{run}的第 1 步：起点处 H + λI 正定（最小特征值 {mu}），所以这一步的方向是下降方向（g·Δ < 0）；图中损失从 {l0} 降到 {l1}。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI is positive definite (smallest eigenvalue {mu}), so the step's direction is a descent direction (g·Δ < 0); the drawn loss falls from {l0} to {l1}. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.nstep.overshoot": {
        "zh": "{run}的第 1 步：起点处 H + λI 正定（最小特征值 {mu}），所以这一步的方向是下降方向（g·Δ < 0），但步子太长、走过了头：图中损失反而从 {l0} 升到 {l1}。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI is positive definite (smallest eigenvalue {mu}), so the step's direction is a descent direction (g·Δ < 0), but the step is too long and overshoots: the drawn loss rises from {l0} to {l1}. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.nstep.gone": {
        "zh": "{run}的第 1 步没有画出：起点处 H + λI 的特征值是 {mu} 和 {mu2}，解出的这一步落到远界之外（点或损失超过 10⁶），运行在第 1 步停下，两张图只画出它的起点。",
        "en": "{run}, step 1 is not drawn: at the start H + λI has the eigenvalues {mu} and {mu2}, and the step it solves for lands beyond the far bound (a point or a loss past 10⁶): the run stops at step 1 and both charts draw only its start.",
    },
    "so.2d.nstep.singular": {
        "zh": "{run}的第 1 步：起点处 H + λI 是奇异的（最小特征值为 0，只是半正定，不是正定）：沿这个特征值的方向牛顿步没有定义，（伪逆的）这一步在那个方向上不动，只沿另一个方向走。离鞍点的距离从 {d0} 变为 {d1}（{closer}）。",
        "en": "{run}, step 1: at the start H + λI is singular (its smallest eigenvalue is 0: positive semidefinite, not definite): along that eigenvalue's direction Newton's step is undefined, and (by the pseudo-inverse) it does not move that way, only along the other direction. Its distance from the saddle goes from {d0} to {d1} ({closer}).",
    },
    "so.2d.dist.nearer": {"zh": "更近了", "en": "nearer"},
    "so.2d.dist.farther": {"zh": "更远了", "en": "farther"},
    "so.2d.dist.same": {"zh": "不变", "en": "unchanged"},
    "so.2d.on": {
        "zh": "{run}：从第 {step} 步起都在{kind} ({x}, {y}) 的 {tol} 以内，损失 {loss}。",
        "en": "{run}: within {tol} of the {kind} ({x}, {y}) from step {step} on, loss {loss}.",
    },
    "so.2d.on_below": {
        "zh": "{run}：从第 {step} 步起都在{kind} ({x}, {y}) 的 {tol} 以内，从第 {below} 步起损失在最小值之上 10⁻⁶ 以内，最后损失 {loss}。",
        "en": "{run}: within {tol} of the {kind} ({x}, {y}) from step {step} on, and its loss within 10⁻⁶ of the minimum from step {below} on; last loss {loss}.",
    },
    "so.log.zero": {
        "zh": "损失图的对数坐标画不出 0：{runs}。",
        "en": "The loss chart's log axis cannot draw 0: {runs}.",
    },
    "so.log.run": {
        "zh": "{run}在 {n} 个画出的步上损失正好是最小值（差为 0），第一次在第 {step} 步：这些点没有画出",
        "en": "{run} is exactly at the minimum loss (a gap of 0) at {n} drawn steps, the first at step {step}: those points are not drawn",
    },
    "so.2d.ends": {
        "zh": "{run}：{steps}后在 ({x}, {y})，损失 {loss}。",
        "en": "{run}: after {steps} at ({x}, {y}), loss {loss}.",
    },
    "so.2d.valley": {
        "zh": "{run}：从第 {step} 步起都在极小值组成的谷 {curve} 的 {tol} 以内，最后在 ({x}, {y})，损失 {loss}。",
        "en": "{run}: within {tol} of the valley of minima {curve} from step {step} on, ending at ({x}, {y}), loss {loss}.",
    },
    "so.valley.two_neuron": {"zh": "w₁w₂ = 1", "en": "w₁w₂ = 1"},
    "so.2d.left_downhill": {
        "zh": "{run}：在第 {step} 步走出画面，一路往下坡走：这个曲面没有最低点。",
        "en": "{run}: went out of the picture at step {step}, still going downhill: the surface has no bottom.",
    },
    "so.2d.start_near": {
        "zh": "起点 ({x}, {y})，在鞍点 ({sx}, {sy}) 的 {r} 以内（每个曲面有自己的起点，可用起点滑块移动）。",
        "en": "Start ({x}, {y}), within {r} of the saddle ({sx}, {sy}) (each surface has its own start; the start sliders move it).",
    },
    "so.2d.start": {
        "zh": "起点 ({x}, {y})（每个曲面有自己的起点，可用起点滑块移动）。",
        "en": "Start ({x}, {y}) (each surface has its own start; the start sliders move it).",
    },
    "so.2d.markers": {
        "zh": "○ 起点 · × 鞍点 · ★ 极小值 · 虚线：极小值组成的谷 · 每条路径的记号不同（●、◇、■、▲）",
        "en": "○ start · × saddle · ★ minimum · dashed line: valley of minima · each path has its own marker (●, ◇, ■, ▲)",
    },
    "so.steps.one": {"zh": "{n} 步", "en": "{n} step"},
    "so.steps.many": {"zh": "{n} 步", "en": "{n} steps"},
    # not within (and staying within) the tolerance by the last drawn step (it read "needs —")
    "so.steps.beyond": {"zh": "超过画出的 {n} 步", "en": "more than the {n} drawn steps"},
    "so.2d.left_back": {
        "zh": "{run}：第 {step} 步走出画出的区域，从第 {back} 步起回到区域内。",
        "en": "{run}: went out of the plotted area at step {step} and is back inside from step {back} on.",
    },
    "so.2d.left_area": {
        "zh": "{run}：第 {step} 步离开了画出的区域。",
        "en": "{run}: left the plotted area at step {step}.",
    },
    "so.2d.escape": {
        "zh": "离开鞍点（距离超过 {r}）：{runs}。",
        "en": "Away from the saddle (farther than {r}): {runs}.",
    },
    "so.2d.escape.at": {"zh": "{run} 到第 {step} 步已离开", "en": "{run} by step {step}"},
    "so.2d.escape.never": {"zh": "{run} {steps}内没有", "en": "{run} not within {steps}"},
    "so.2d.bowl": {
        "zh": "碗形的 κ = $\\mu_{\\max}$/$\\mu_{\\min}$ = {kappa}（μ：H 的特征值）。损失降到最小值之上 10⁻⁶ 以内：牛顿法需要 {newton}，梯度下降（最佳固定步长 ε = {lr}）需要 {gd}（共画 {steps} 步）。",
        "en": "The bowl's κ = $\\mu_{\\max}$/$\\mu_{\\min}$ = {kappa} (μ: the eigenvalues of H). To bring the loss within 10⁻⁶ of its minimum, Newton needs {newton}, gradient descent with its best fixed step ε = {lr} needs {gd} (of {steps} drawn).",
    },
    "so.kappa.title": {
        "zh": "同一起点、在 x²/κ + y² 上把损失降到 10⁻⁶ 以内所需的步数（二次函数上精确计算）",
        "en": "Steps to bring the loss within 10⁻⁶ on x²/κ + y² from the same start (exact on a quadratic)",
    },
    "so.col.newton": {"zh": "牛顿法", "en": "Newton"},
    "so.col.gd": {"zh": "梯度下降（最佳固定 ε）", "en": "gradient descent (best fixed ε)"},
    "so.cost.note": {
        "zh": "d 个参数：梯度 d 个数，Hessian d² 个数，解线性方程约 ⅔d³ 次浮点运算（LU 分解）。",
        "en": "With d parameters: the gradient is d numbers, the Hessian d², and solving for the step about ⅔d³ floating-point operations (LU).",
    },
    "so.cost.table": {
        "zh": "一个牛顿步的内存与时间（float32；时间是估计值：⅔d³ 除以本服务器实测的求解速度，不是逐个测得）",
        "en": "Memory and time of one Newton step (float32; the times are estimates, ⅔d³ divided by this server's measured solve speed, not each measured)",
    },
    "so.col.model": {"zh": "模型", "en": "model"},
    "so.col.gradient": {"zh": "梯度（d 个数）", "en": "gradient (d floats)"},
    "so.col.hessian": {"zh": "Hessian（d² 个数）", "en": "Hessian (d² floats)"},
    "so.col.solve": {"zh": "解一次（⅔d³，估计）", "en": "one solve (⅔d³, estimate)"},
    "so.model.two_neuron": {
        "zh": "两神经元网络（讲义 003：驻点与 Hessian）",
        "en": "two-neuron network (note 003: critical points and the Hessian)",
    },
    "so.model.edge": {"zh": "稳定性边缘的网络", "en": "edge-of-stability network"},
    "so.model.moons": {"zh": "真实网络曲面的 MLP", "en": "network-landscape MLP"},
    "so.model.digits": {"zh": "手写数字 MLP", "en": "digits MLP"},
    "so.model.deep": {"zh": "初始化课的 6 × 100 网络", "en": "initialisation lesson's 6 × 100 net"},
    "so.model.million": {"zh": "10⁶ 参数的模型", "en": "a 10⁶-parameter model"},
    "so.model.billion": {"zh": "10⁹ 参数的模型", "en": "a 10⁹-parameter model"},
    "so.cost.rate": {
        "zh": "本服务器解稠密方程的速度为 {gflops} GFLOP/s（实测）：手写数字 MLP（d = {d}）的 Hessian 占 {hessian}，按此速度估计解一次需 {solve}。",
        "en": "This server solves dense systems at {gflops} GFLOP/s (measured): the digits MLP (d = {d}) has a Hessian of {hessian}, and at that speed one solve would take an estimated {solve}.",
    },
    "so.cost.billion": {
        "zh": "10⁹ 个参数：Hessian 占 {hessian}，是梯度的 {ratio} 倍；以同样速度估计解一次需 {solve}。",
        "en": "At 10⁹ parameters the Hessian is {hessian}, {ratio} times the gradient, and one solve at the same speed would take an estimated {solve}.",
    },
    "so.lbfgs": {"zh": "L-BFGS（记忆 10，线搜索）", "en": "L-BFGS (memory 10, line search)"},
    "so.adam": {"zh": "Adam（学习率 ε = {lr}）", "en": "Adam (learning rate ε = {lr})"},
    "so.race.what": {
        "zh": "L-BFGS 是拟牛顿法：不算 Hessian，而用最近 m = 10 个梯度之差估计曲率。曲线来自手写数字 MLP（{layers}，d = {d} 个参数），在 {n} 个样本上训练。",
        "en": "L-BFGS is a quasi-Newton method: instead of the Hessian it builds a curvature estimate from the last m = 10 gradient differences. The curves come from the digits MLP ({layers}, d = {d} parameters) trained on {n} examples.",
    },
    "so.race.by_time": {"zh": "损失随时间", "en": "loss against time"},
    "so.race.computing": {
        "zh": "在手写数字上训练 L-BFGS 与 Adam 并计时……",
        "en": "Training L-BFGS and Adam on the digits, with a clock…",
    },
    "so.race.seconds": {"zh": "秒（本服务器测得）", "en": "seconds (measured here)"},
    "so.race.loss": {"zh": "训练损失（{n} 个样本）", "en": "training loss ({n} examples)"},
    "so.race.loss_short": {"zh": "训练损失", "en": "training loss"},
    "so.race.end": {
        "zh": "{run}：{steps}，{seconds} 秒（每步 {per_step} 毫秒），损失降到 {loss}。",
        "en": "{run}: {steps} in {seconds} s ({per_step} ms a step), loss down to {loss}.",
    },
    "so.race.same_time": {
        "zh": "同样用 {seconds} 秒：L-BFGS 的损失 {lbfgs}，Adam 的 {adam}；{lower} 更低。",
        "en": "After the same {seconds} s: L-BFGS at loss {lbfgs}, Adam at {adam}; {lower} is lower.",
    },
    "so.unit.ns": {"zh": "{n} 纳秒", "en": "{n} ns"},
    "so.unit.under_us": {"zh": "< 1 微秒", "en": "< 1 µs"},
    "so.unit.us": {"zh": "{n} 微秒", "en": "{n} µs"},
    "so.unit.ms": {"zh": "{n} 毫秒", "en": "{n} ms"},
    "so.unit.s": {"zh": "{n} 秒", "en": "{n} s"},
    "so.unit.min": {"zh": "{n} 分钟", "en": "{n} min"},
    "so.unit.h": {"zh": "{n} 小时", "en": "{n} h"},
    "so.unit.days": {"zh": "{n} 天", "en": "{n} days"},
    "so.unit.years": {"zh": "{n} 年", "en": "{n} years"},
    # the lesson's reasoning in words, under its figure (kit.study_aids): fixed text that
    # holds for every setting the page allows
    "second.why": {
        "zh": "梯度只说哪边向下，曲率才说应该走多远。牛顿法用二阶泰勒模型的极小点作为下一步，θ ← θ − H⁻¹g：在一维就是 g/h，平的方向走大步，弯的方向走小步，条件数再大也不怕。但不加阻尼时它把每个临界点都当作极小值：在鞍点附近，负曲率会让牛顿步直接跳到鞍点上。阻尼 H + λI 的 λ 若超过最负特征值的大小，矩阵就是正定的，这一步改为下坡，像一个较短的梯度步。把 Hessian 的特征值取绝对值（无鞍牛顿法，saddle-free Newton）就能沿负曲率方向逃离。AdaGrad、Adam 用梯度平方的历史近似对角曲率，是便宜得多的“半个二阶方法”；对大网络，真正的 Hessian 太大，存不下也解不动。",
        "en": "The gradient says which way is down; the curvature says how far to go. Newton's method steps to the minimum of the second-order Taylor model, θ ← θ − H⁻¹g: in 1-D that is g/h, a long step where the surface is flat and a short one where it bends, whatever the condition number. But undamped it treats every critical point as a minimum: near a saddle the negative curvature sends the Newton step straight onto it. Damping it, H + λI with λ above the size of the most negative eigenvalue, makes the matrix positive definite, and the step goes downhill instead, like a shorter gradient step. Taking the absolute values of the Hessian's eigenvalues (saddle-free Newton) turns the step away along the negative curvature. AdaGrad and Adam estimate a diagonal curvature from past squared gradients, a far cheaper half-way house; for a large network the true Hessian is too big to store, let alone solve.",
    },
    # ---- study steps (steps.py): the question, the options, the computed reveal and the why ----
    "so.step.uphill.title": {"zh": "牛顿法往哪走", "en": "Which way Newton goes"},
    "so.step.uphill.question": {
        "zh": "f(x) = x + sin x，从 x₀ = 2.5 出发。那里 f′ = 1 + cos x > 0（往左是下坡），f″ = −sin x < 0。牛顿法 x ← x − f′/f″ 的第一步往哪边走？",
        "en": "f(x) = x + sin x from x₀ = 2.5. There f′ = 1 + cos x > 0 (downhill is to the left) and f″ = −sin x < 0. Which way does Newton's first step x ← x − f′/f″ go?",
    },
    "so.step.uphill.opt.left": {"zh": "向左，下坡", "en": "left, downhill"},
    "so.step.uphill.opt.right": {"zh": "向右，上坡", "en": "right, uphill"},
    "so.step.uphill.feedback": {
        "zh": "你选的是“{chosen}”。图中牛顿法从 x = {x0} 走到 x = {x1}，f 从 {f0} 变为 {f1}：{saw}。",
        "en": "You chose “{chosen}”. The drawn Newton path goes from x = {x0} to x = {x1}, f from {f0} to {f1}: {saw}.",
    },
    "so.step.uphill.why": {
        "zh": "牛顿法把 f 近似成一条抛物线，直接跳到它的顶点。f″ > 0 时抛物线开口向上，顶点是极小值；f″ < 0 时开口向下，顶点是极大值，于是 −f′/f″ 与 f′ 同号（与 −f′ 反号），这一步顺着梯度 f′ 走、逆着 −f′，往上坡去。牛顿法找的是临界点，不分极小还是极大。",
        "en": "Newton models f as a parabola and jumps to its vertex. Where f″ > 0 the parabola opens upwards and its vertex is a minimum; where f″ < 0 it opens downwards and the vertex is a maximum, so −f′/f″ has the same sign as f′ (the opposite of −f′): the step goes with the gradient, against −f′, uphill. Newton looks for a critical point, minimum or maximum alike.",
    },
    "so.step.parabola.title": {"zh": "抛物线上要几步", "en": "Steps on a parabola"},
    "so.step.parabola.question": {
        "zh": "f(x) = x²，从 x₀ = 2.5 出发。牛顿法要走几步才到极小值 x = 0（误差 0.001 以内）？",
        "en": "f(x) = x² from x₀ = 2.5. How many steps does Newton need to reach the minimum x = 0 (within 0.001)?",
    },
    "so.step.parabola.feedback": {
        "zh": "你说 {answer} 步；图中牛顿法从第 {k} 步起一直在 0 的 0.001 以内（x₁ = {x1}）。",
        "en": "You said {answer}; the drawn Newton path is within 0.001 of 0 from step {k} on (x₁ = {x1}).",
    },
    "so.step.parabola.never": {
        "zh": "你说 {answer} 步；图中牛顿法在 {n} 步内没有停在 0 的 0.001 以内。",
        "en": "You said {answer}; the drawn Newton path does not stay within 0.001 of 0 in {n} steps.",
    },
    "so.step.parabola.why": {
        "zh": "在 x² 上 f′ = 2x，f″ = 2，所以一步是 x − 2x/2 = 0：不管从哪里出发，一步就到。牛顿法用的抛物线模型在这里不是近似，而是 f 本身。梯度下降要选学习率，最好也只能做到 ε = 1/f″；牛顿法自动用了这个值。",
        "en": "On x², f′ = 2x and f″ = 2, so one step is x − 2x/2 = 0: one step from anywhere. Newton's parabola is not an approximation here but f itself. Gradient descent needs a learning rate and at best matches ε = 1/f″; Newton uses exactly that by itself.",
    },
    "so.step.saddle.title": {"zh": "鞍点旁的牛顿法", "en": "Newton near a saddle"},
    "so.step.saddle.question": {
        "zh": "两个权重的网络 (1 − w₁w₂)²，从鞍点 (0, 0) 附近的 (0.3, 0.2) 出发，不加阻尼的牛顿法走 60 步后在哪里？",
        "en": "The two-weight network (1 − w₁w₂)² from (0.3, 0.2), near its saddle (0, 0). Where is undamped Newton after 60 steps?",
    },
    "so.step.saddle.opt.saddle": {
        "zh": "在鞍点 (0, 0) 的 0.2 以内",
        "en": "within 0.2 of the saddle (0, 0)",
    },
    "so.step.saddle.opt.minimum": {
        "zh": "在极小值谷 w₁w₂ = 1 的 0.2 以内",
        "en": "within 0.2 of the valley of minima w₁w₂ = 1",
    },
    "so.step.saddle.opt.away": {"zh": "两者都不是", "en": "neither"},
    "so.step.saddle.feedback": {
        "zh": "你选的是“{chosen}”。图中{name}走了 {steps} 步，停在 ({x}, {y})，离鞍点 {ds}：{saw}。",
        "en": "You chose “{chosen}”. The drawn path of {name} ends at ({x}, {y}) after {steps} steps, {ds} from the saddle: {saw}.",
    },
    "so.step.saddle.why": {
        "zh": "牛顿法解 HΔθ = −g，跳到二次模型的临界点。鞍点附近二次模型的临界点就是鞍点本身，所以牛顿法被鞍点吸引，而不是被推开。梯度下降和无鞍牛顿法（用 |H| 代替 H，把负曲率方向翻成下坡）则沿负曲率方向离开，落到 w₁w₂ = 1 的谷里。",
        "en": "Newton solves HΔθ = −g and jumps to the quadratic model's critical point. Near a saddle that point is the saddle itself, so Newton is drawn into it rather than pushed away. Gradient descent and saddle-free Newton (|H| in place of H, which turns the negative-curvature direction downhill) leave along that direction and reach the valley w₁w₂ = 1.",
    },
}
