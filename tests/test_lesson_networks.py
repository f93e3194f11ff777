"""The network lessons through AppTest: the plotted numbers against the math."""

import html
import itertools
import re

import numpy as np
import pytest

from models import networks
from tests.lessons import chart, lines, no_exceptions, open_page
from ui.claims import digits3
from ui.figures import decode

PAGES = ["initialization", "long-term-dependencies", "network-landscape"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pages_run_in_both_languages(page, lang):
    at = open_page(page, lang)
    no_exceptions(at)
    assert len(at.get("plotly_chart")) >= 1


def test_initialization_histograms_and_table():
    at = open_page("initialization", init="he", act="relu")
    no_exceptions(at)
    stats = networks.deep_stats("he", "relu")
    fig = chart(at, "init_acts")
    assert len(fig["data"]) == 6
    for trace in fig["data"]:
        assert decode(trace["y"]).sum() == pytest.approx(1.0, abs=1e-6)  # fractions per layer
    table = at.table[0].value
    assert list(table.iloc[0, 1:]) == [digits3(v) for v in stats.act_std]
    # He with ReLU trains: the activations' spread changes ×1.1, the gradient's ×2.8, both
    # within the table's ×4: stable, as the note's row 7 says
    assert at.success and "): stable." in at.success[0].value
    assert "changes by a factor of 2.8 from layer 6 back to layer 1" in at.success[0].value
    assert "grows" not in at.success[0].value
    note = at.table[1].value
    assert list(note["measured here"]) == [
        "learns",
        "units identical",
        "learns",
        "saturated: U-shaped",
        "stable",
        "activations shrink toward 0",
        "stable",
    ]
    # zero init: three identical values per row (a plain preformatted block)
    code = html.unescape(at.get("html")[0].proto.body)
    w1 = code.splitlines()[0].split("[[")[1].split("]]")[0].split()
    assert len(set(w1)) == 1


def test_zero_init_is_flagged_as_symmetric():
    at = open_page("initialization", init="zero", act="tanh")
    assert "identical" in at.warning[0].value


def test_long_term_norms():
    at = open_page("long-term-dependencies", lam1="1.2", lam2="0.4", ltd_t="60")
    no_exceptions(at)
    drawn = lines(chart(at, "ltd_norm"))
    path = networks.orbit(networks.recurrence_matrix(1.2, 0.4), (1.0, 1.0), 60)
    np.testing.assert_allclose(drawn["‖Wᵗv‖"][1], np.linalg.norm(path, axis=1), rtol=1e-5)
    ratio = drawn["‖Wᵗv‖"][1][-1] / drawn["‖Wᵗv‖"][1][-2]
    assert ratio == pytest.approx(1.2, rel=1e-5)
    assert "it explodes" in at.error[0].value
    at = open_page("long-term-dependencies", lam1="0.9", lam2="-0.5")
    assert "it vanishes" in at.warning[0].value


def test_network_landscape_numbers():
    at = open_page("network-landscape", nl_grid="21")
    no_exceptions(at)
    metrics = {m.label: m.value for m in at.metric}
    assert float(metrics["training accuracy"].rstrip(" %")) > 90
    assert metrics["parameters"] == "1 425"
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λₘₐₓ(H)"])
    assert float(metrics["sharpness"]) == pytest.approx(without, rel=1e-3)
    assert with_res < without  # residual connections: a flatter minimum here
    assert not any(e.proto.id.endswith("-nl_pca") for e in at.get("plotly_chart"))  # not shown
    at.radio(key="nl_view").set_value("pca").run()
    pca = chart(at, "nl_pca")
    path = next(tr for tr in pca["data"] if tr.get("mode") == "lines+markers")
    assert len(path["x"]["bdata"]) > 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_network_landscape_architecture_text_counts_the_tiles_parameters(lang):
    """ "2 → 16 → 6 个 16 单元的 tanh 隐藏层 → 1" read as seven hidden layers (1 697
    parameters); the tile shows 1 425. The caption's layer sizes, weights and biases counted
    by hand, must give the tile's number, and its count of hidden layers must match them."""
    at = open_page("network-landscape", lang, nl_grid="21")
    no_exceptions(at)
    setup = next(c.value for c in at.caption if "→" in c.value)
    chain = re.search(r"\d+(?: → \d+)+", setup).group(0)
    sizes = [int(n) for n in chain.split(" → ")]
    assert sizes == [2, 16, 16, 16, 16, 16, 16, 1], setup
    by_hand = sum((a + 1) * b for a, b in itertools.pairwise(sizes))  # weights and biases
    assert by_hand == 1425
    tile = next(m.value for m in at.metric if m.label in ("parameters", "参数个数"))
    assert int(tile.replace(" ", "")) == by_hand
    hidden = len(sizes) - 2
    stated = "6 hidden tanh layers of 16 units in all" if lang == "en" else "共 6 个 16 单元"
    assert stated in setup and hidden == 6, setup


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_network_landscape_notice_names_the_table_without_saying_where_it_is(lang):
    """The blue box said "the table below" while the table sits above it: it names the
    table by its rows instead, and those are the rows the table shows."""
    at = open_page("network-landscape", lang, nl_grid="21")
    notice = next(i.value for i in at.info if "Li " in i.value)
    for word in ("below", "above", "下方", "上方", "下面", "上面"):
        assert word not in notice, notice
    rows = list(at.table[0].value.iloc[:, 0])
    assert len(rows) == 2
    for row in rows:
        assert f"“{row}”" in notice, (row, notice)


def test_network_landscape_states_what_residual_connections_did_to_the_sharpness():
    at = open_page("network-landscape", nl_grid="21")
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λₘₐₓ(H)"])
    text = " ".join(m.value for m in at.markdown)
    if abs(with_res / without - 1) <= 0.10:
        assert (
            "barely change" in text
            and f"{digits3(with_res)} with, {digits3(without)} without" in text
        )
    else:
        word = "flatter" if with_res < without else "sharper"
        assert f"the end point is {word}" in text
    assert "watch the largest curvature" not in text  # no promise the numbers may not keep
    fig = chart(at, "nl_random")
    scale = next(tr for tr in fig["data"] if tr.get("name") == "scale")
    assert scale["marker"]["showscale"] and scale["marker"]["colorbar"]["ticktext"]
    hover = next(tr for tr in fig["data"] if tr.get("name") == "hover")
    assert "loss %{z" in hover["hovertemplate"]


@pytest.mark.parametrize(
    ("on", "off", "expected"),
    [
        (24.88, 25.01, "barely change"),
        (5.81, 1.27, "sharper: sharpness 5.81 against 1.27 without (4.6× higher)"),
        (1.0, 30.0, "flatter: sharpness 1.00 against 30.0 without (30× lower)"),
        (float("nan"), 3.0, "cannot be compared"),
    ],
)
def test_the_residual_sentence_follows_the_numbers(on, off, expected):
    from pages.network_landscape import claims

    losses = np.array([0.5, 0.1])  # both trained: below ln 2, better than chance
    runs = (
        {"sharpness": on, "losses": losses, "accuracy": 1.0},
        {"sharpness": off, "losses": losses, "accuracy": 1.0},
    )
    text = claims.residual_sharpness(*runs, "en")
    assert expected in text
    assert claims.residual_sharpness(*runs, "zh")


# ---- the initialisation verdicts: the sentence, the note's table and the drawn histograms ----
def _verdict_of(sentence: str) -> str:
    """The verdict a reader takes from the lesson's first sentence: the words after the rule."""
    head = sentence.split(". ")[0] if sentence.startswith("By the table's rule") else ""
    assert head, sentence
    return head.rsplit("): ", 1)[1].rstrip(".")


def _drawn_spreads(fig: dict) -> tuple[np.ndarray, float]:
    """Each layer's standard deviation as its histogram draws it (bar centres, fractions), and
    the bar width h: moving every value to its bar's centre moves it by h/2 at most, so the
    true spread is within ±h/2 of the drawn one."""
    out = []
    for trace in fig["data"]:
        x, p = decode(trace["x"]), decode(trace["y"])
        mean = float(np.sum(p * x))
        out.append(float(np.sqrt(np.sum(p * (x - mean) ** 2))))
    x = decode(fig["data"][0]["x"])
    return np.array(out), float(x[1] - x[0])


def _drawn_allows(kind: str, start: float, end: float, h: float) -> bool:
    """Whether the drawn spreads (each ±h/2) allow a change from start to end of `kind`:
    "stable" less than ×4 either way, "grows"/"shrinks" ×4 or more."""
    s_lo, s_hi = max(start - h / 2, 0.0), start + h / 2
    e_lo, e_hi = max(end - h / 2, 0.0), end + h / 2
    if kind == "grows":
        return e_hi >= 4 * s_lo
    if kind == "shrinks":
        return s_hi >= 4 * e_lo
    return e_lo < 4 * s_hi and s_lo < 4 * e_hi


def _drawn_flat_share(fig: dict, act: str) -> float:
    """The share of the last layer's drawn histogram in the activation's flat ends."""
    x, p = decode(fig["data"][-1]["x"]), decode(fig["data"][-1]["y"])
    ends = (x < 0.05) | (x > 0.95) if act == "sigmoid" else np.abs(x) > 0.95
    return float(p[ends].sum())


def _change(start: float, end: float) -> str:
    """A spread's change from start to end as the rule reads it: "stable" within ×4, else
    "grows" or "shrinks" (from or to 0: ×∞)."""
    lo, hi = sorted((abs(start), abs(end)))
    times = hi / lo if lo > 0 else (np.inf if hi > 0 else 1.0)
    if times < 4:
        return "stable"
    return "grows" if abs(end) > abs(start) else "shrinks"


def test_every_verdict_is_the_tables_and_the_drawn_spreads():
    """Every (initialisation, activation) the page offers: the sentence's verdict is the one
    the note's table shows for the same network (rows 4–7); it follows, by the rule the
    sentence states (×4 over the 6 layers, 40 % in the flat ends), from the per-layer spreads
    the page prints, and the histograms drawn allow it; a change within ×4 is not worded as
    growing or shrinking."""
    at = open_page("initialization")
    no_exceptions(at)
    note = at.table[1].value
    table_verdict = {
        (init, act): note["measured here"][k]
        for k, (_, depth, init, act, _) in enumerate(networks.NOTE_TABLE)
        if depth == 6
    }
    assert table_verdict[("xavier_normal", "tanh")] == "stable"  # the note: 正确
    assert table_verdict[("he", "relu")] == "stable"  # the note: 正确
    seen = set()
    for init in networks.INITS:
        for act in networks.ACTIVATIONS:
            at.selectbox(key="init").set_value(init)
            at.selectbox(key="act").set_value(act)
            at.run()
            no_exceptions(at)
            box = (at.success or at.warning)[0].value
            verdict = _verdict_of(box)
            assert bool(at.success) == (verdict == "stable"), (init, act, box)
            if (init, act) in table_verdict:
                seen.add((init, act))
                assert verdict == table_verdict[(init, act)], (init, act, box)
            spreads = at.table[0].value
            act_std = [float(v) for v in spreads.iloc[0, 1:]]
            grad_std = [float(v) for v in spreads.iloc[1, 1:]]
            acts_fig, grads_fig = chart(at, "init_acts"), chart(at, "init_grads")
            if init == "zero":
                assert verdict == "units identical" and act_std == [0.0] * 6, box
                continue
            act_kind = _change(act_std[0], act_std[-1])
            grad_kind = _change(grad_std[-1], grad_std[0])
            drawn, h = _drawn_spreads(acts_fig)
            assert _drawn_allows(act_kind, drawn[0], drawn[-1], h), (init, act, drawn, h)
            drawn, h = _drawn_spreads(grads_fig)
            assert _drawn_allows(grad_kind, drawn[-1], drawn[0], h), (init, act, drawn, h)
            flat = _drawn_flat_share(acts_fig, act) if act in ("sigmoid", "tanh") else 0.0
            saturated = "more than 40 %: saturated" in box
            assert saturated == (flat > 0.4), (init, act, flat, box)
            if saturated:
                expected = "saturated: U-shaped"
            elif act_kind != "stable":
                expected = {
                    "grows": "activations explode",
                    "shrinks": "activations shrink toward 0",
                }[act_kind]
            elif grad_kind != "stable":
                expected = {"grows": "gradients explode", "shrinks": "gradients vanish"}[grad_kind]
            else:
                expected = "stable"
            assert verdict == expected, (init, act, box, act_std, grad_std, flat)
            # a change within the band is not worded as a problem
            words = {
                "stable": "changes by a factor of ",
                "grows": "grows ×",
                "shrinks": "shrinks ×",
            }
            act_sentence = box.split("The activations'")[1].split(". ")[0]
            grad_sentence = box.split("The gradient's")[1].split(". ")[0]
            assert f"spread {words[act_kind]}" in act_sentence, box
            assert f"spread {words[grad_kind]}" in grad_sentence, box
            assert ("within ×4" in act_sentence) == (act_kind == "stable"), box
            assert ("within ×4" in grad_sentence) == (grad_kind == "stable"), box
            # the numbers quoted are the per-layer table's first and last spreads
            # the numbers quoted are the per-layer table's first and last spreads, printed as
            # the table prints them (3 significant digits each)
            quoted = act_sentence.split("(")[1].split(")")[0]
            assert quoted.split(" → ") == [spreads.iloc[0, 1], spreads.iloc[0, -1]], box
            quoted = grad_sentence.split("(")[1].split(")")[0]
            assert quoted.split(" → ") == [spreads.iloc[1, -1], spreads.iloc[1, 1]], box
            for cell in [*spreads.iloc[0, 1:], *spreads.iloc[1, 1:]]:
                digits = cell.split("e")[0].replace(".", "").lstrip("0")
                assert len(digits) == 3 or float(cell) == 0, (init, act, cell)
    assert seen == set(table_verdict)


# ---- the network landscape: the sharpness sentences against the table the page draws -------
def _sharpness_table(at) -> tuple[float, float]:
    """(with, without) λ_max(H) as the page's table prints them."""
    compare = at.table[0].value
    without, with_res = (float(v) for v in compare["sharpness λₘₐₓ(H)"])
    return with_res, without


def _failed_rows(at) -> tuple[bool, bool]:
    """(with, without): whether the table's run failed to train, read from its final loss and
    training accuracy: the accuracy no better than chance, 50 %, or a loss that is not finite.
    (A run at 97.0 % with a loss of 1.52 > ln 2 learned the task: it did not fail.)"""
    compare = at.table[0].value
    losses = [float(v) for v in compare["final loss"]]
    accs = [float(str(v).rstrip(" %")) for v in compare["training accuracy"]]
    without, with_res = (
        not np.isfinite(loss) or acc <= 50.0 for loss, acc in zip(losses, accs, strict=True)
    )
    return with_res, without


def _untrained_rows(at, text: str, steps: int) -> tuple[bool, bool]:
    """(with, without): whether the page says the run did not train (its loss moved under
    10 % of its start), each such sentence checked against the table: its end is the table's
    final loss, its change the stated start's to it, under 10 %, over the drawn steps."""
    compare = at.table[0].value
    without_loss, with_loss = (str(v) for v in compare["final loss"])
    idle = []
    for which, loss in (("with", with_loss), ("without", without_loss)):
        said = re.search(
            f"The network {which} residual connections did not train in (\\d+) steps: its "
            r"loss went from ([\d.]+) to ([\d.]+), a change of only ([\d.]+) % \(under 10 %\)",
            text,
        )
        if said:
            first, last = float(said.group(2)), float(said.group(3))
            assert said.group(3) == loss, (said.group(0), loss)
            pct = 100 * abs(last - first) / abs(first)
            assert pct < 10 and float(said.group(4)) == pytest.approx(pct, abs=0.06), said.group(0)
            assert int(said.group(1)) == steps
        idle.append(bool(said))
    return idle[0], idle[1]


@pytest.mark.parametrize(
    "query",
    [
        {},  # the default view: SGD ε = 0.5, 300 steps
        {"nl_opt": "sgd", "nl_lr": "1e-05", "nl_n": "50"},  # both slider ends
        {"nl_opt": "sgd", "nl_lr": "10", "nl_n": "1000"},
        {"nl_opt": "momentum", "nl_lr": "0.3"},  # λ of largest magnitude −3.44 here
        {"nl_opt": "adam", "nl_lr": "0.01", "nl_n": "1000"},
    ],
    ids=["default", "sgd-low", "sgd-high", "momentum", "adam"],
)
def test_the_sharpness_sentences_hold_for_the_drawn_table(query):
    from pages.network_landscape import claims

    at = open_page("network-landscape", nl_grid="21", **query)
    no_exceptions(at)
    with_res, without = _sharpness_table(at)
    text = " ".join(m.value for m in at.markdown)
    # a run whose loss moved under 10 % of its start did not train: not 'failed'
    steps = int(query.get("nl_n", 300))
    idle = dict(zip(("with", "without"), _untrained_rows(at, text, steps), strict=True))
    failed = {
        which: bad and not idle[which]
        for which, bad in zip(("with", "without"), _failed_rows(at), strict=True)
    }
    if any(failed.values()) or any(idle.values()):  # their sharpness is not compared
        for which, bad in failed.items():
            said = f"Training {which} residual connections failed"
            assert (said in text) == bad, text
        assert "its sharpness is not compared" in text
        assert "barely change" not in text and "the end point is" not in text
    else:
        assert f"{digits3(with_res)} with" in text or f"sharpness {digits3(with_res)}" in text
        if claims.same_sharpness(with_res, without):
            assert "barely change" in text
        else:
            word = "flatter" if with_res < without else "sharper"
            assert f"the end point is {word}" in text
    opt = query.get("nl_opt", "sgd")
    lr = float(query.get("nl_lr", 0.5))
    if opt == "adam":
        assert "no edge for $\\lambda_{\\max}(H)$" in text and "× the edge" not in text
        return
    edge = 2 * (1.9 if opt == "momentum" else 1.0) / lr  # 2/ε, heavy ball α = 0.9: 2(1 + α)/ε
    assert f"= {edge:.3g};" in text
    for which, value, bad, still in (
        ("with residual connections", with_res, failed["with"], idle["with"]),
        ("without,", without, failed["without"], idle["without"]),
    ):
        if still:  # no reading against the edge: it is about where it started
            assert (
                f"{which} it did not train, so $\\lambda_{{\\max}}$ = {digits3(value)} is" in text
            )
            continue
        if bad:  # no reading against the edge: its end is no stable state
            assert f"{which} training failed, so $\\lambda_{{\\max}}$ = {digits3(value)} is" in text
            continue
        ratio = value / edge
        said = re.search(
            which + r" \$\\lambda_\{\\max\}\$ = ([\d.e+-]+), ([\d.e+-]+) × the edge: (\w+)", text
        )
        assert said, text
        assert float(said.group(2)) == pytest.approx(ratio, rel=0.01)  # 3 digits of 3 digits
        word = "at" if 0.9 <= ratio <= 1.1 else ("below" if ratio < 0.9 else "above")
        assert said.group(3) == word
    if not query:  # the lesson's point shows in its default view
        assert with_res < without / 2
        assert 0.9 <= with_res / 4 <= 1.1  # residual: at the edge 2/ε = 4


def test_the_drawn_sharpness_is_the_dense_hessians_largest_eigenvalue():
    """Momentum ε = 0.3 without residual connections ends where the eigenvalue of largest
    magnitude is negative (−3.44): power iteration printed that as λ_max."""
    import jax
    import jax.numpy as jnp

    import optimizers
    from pages.network_landscape import compute

    at = open_page("network-landscape", nl_grid="21", nl_opt="momentum", nl_lr="0.3")
    _, without = _sharpness_table(at)
    model = compute.mlp(False)
    end = optimizers.run("momentum", model.loss, model.init, 300, lr=0.3).points[-1]
    h = np.asarray(jax.jit(jax.hessian(model.loss))(jnp.asarray(end)), np.float64)
    top = np.linalg.eigvalsh((h + h.T) / 2)[-1]
    assert without == pytest.approx(top, rel=5e-3)  # the table prints 3 digits
    assert without > 0


def test_the_lessons_training_is_the_optimizers_rule():
    """One program for every optimizer and step count, step for step what `optimizers.run`
    computes."""
    import optimizers
    from models import network_landscape as model
    from pages.network_landscape import compute

    net = compute.mlp(True)
    for name, lr in (("sgd", 0.5), ("momentum", 0.1), ("adam", 0.01), ("rmsprop", 0.01)):
        points, losses, dead = model.train(net.loss, net.init, name, 60, lr)
        ref = optimizers.run(name, net.loss, net.init, 60, lr=lr)
        np.testing.assert_allclose(points, ref.points, atol=1e-5)
        np.testing.assert_allclose(losses, ref.losses, rtol=1e-5)
        assert dead is None and ref.diverged_at is None


_programs: list[str] = []


def _count(event, duration, **kw):
    if event == "/jax/core/compile/jaxpr_to_mlir_module_duration":
        _programs.append(event)


def test_no_control_of_the_network_landscape_compiles_after_its_warm_up():
    """The step slider's far end, another optimizer, another rate or another grid size:
    each used to compile a program of its own (about 10 s on a warm server)."""
    import jax

    from pages.network_landscape import compute

    jax.monitoring.register_event_duration_secs_listener(_count)
    compute.warm()
    before = len(_programs)
    for residual in (False, True):
        compute.trained_landscape(residual, "sgd", 0.5, 1000, 41, 1.0)
        compute.trained_landscape(residual, "momentum", 0.1, 550, 41, 1.0)
        compute.trained_landscape(residual, "rmsprop", 0.03, 300, 41, 1.0)
        compute.trained_landscape(residual, "adam", 0.01, 50, 81, 1.0)
        compute.trained_landscape(residual, "sgd", 0.5, 300, 21, 0.5)
    assert len(_programs) == before, f"{len(_programs) - before} new programs"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "ReLU and leaky ReLU do not saturate for positive inputs"),
        ("zh", "ReLU 和 Leaky ReLU 对正的输入不饱和"),
    ],
)
def test_the_rule_does_not_give_relu_a_saturated_region(lang, words):
    """Fresh read: the rule counted "flat ends" (饱和) for every activation, ReLU's too; ReLU
    does not saturate for positive inputs. The rule says the flat-end count is sigmoid's and
    tanh's, and why ReLU has none."""
    at = open_page("initialization", lang)
    no_exceptions(at)
    rule = next(w.value for w in at.get("warning") + at.get("success") + at.get("info")
                if words in w.value)  # fmt: skip
    assert "sigmoid" in rule and "tanh" in rule


def test_the_slices_lowest_point_is_drawn_whole_on_its_edge():
    """Momentum, span 0.1: the slice's lowest point is its top-left corner (a, b) = (−0.1,
    0.1), and its star was cut at the plot's top edge. Now the axes leave the star's whole
    size (projector size) on every side, at the narrowest the plot is drawn (240 px)."""
    from ui.figures import marker_radius

    at = open_page("network-landscape", nl_opt="momentum", nl_lr="0.1", nl_span="0.1")
    no_exceptions(at)
    fig = chart(at, "nl_random")
    (star,) = [tr for tr in fig["data"] if tr.get("marker", {}).get("symbol") == "star"]
    x, y = float(decode(star["x"])[0]), float(decode(star["y"])[0])
    assert (x, y) == (pytest.approx(-0.1), pytest.approx(0.1))  # the corner
    radius = marker_radius(star["marker"]["size"], star["marker"]["line"]["width"])
    for at_, (lo, hi) in (
        (x, fig["layout"]["xaxis"]["range"]),
        (y, fig["layout"]["yaxis"]["range"]),
    ):
        per_px = (hi - lo) / 240
        assert at_ - lo >= 0.999 * radius * per_px and hi - at_ >= 0.999 * radius * per_px


def _sampled(fig: dict, name: str = "hover") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    trace = next(tr for tr in fig["data"] if tr.get("name") == name)
    x, y = decode(trace["x"]).astype(float), decode(trace["y"]).astype(float)
    return x, y, decode(trace["z"]).astype(float).reshape(y.size, x.size)


def test_the_3d_view_draws_the_computed_slice_whole_with_the_contours_axis_names():
    """Fresh read (zh, projector, nl_view=3d): the surface's top was flat at 2.2255 (its 95th
    percentile) where the 41² grid reaches 2.5055 at (a, b) = (1, −1), 68 nodes off by up to
    0.28; its axes were "x"/"y" beside the contour's "a (d₁)"/"b (d₂)"; and the camera cut
    the box at every size. Now the surface at every sampled node is the contour's grid, its
    top included, the axes are named alike, and the box is the fitted one."""
    from ui import figures

    contour = chart(open_page("network-landscape", "zh"), "nl_random")
    a, b, grid = _sampled(contour)
    at = open_page("network-landscape", "zh", nl_view="3d")
    no_exceptions(at)
    fig = chart(at, "nl_3d")
    xs, ys, z = _sampled(fig, "surface")
    # the surface's nodes on the sampled grid (every 5th of the drawn ones) are the grid
    cols = [int(np.argmin(np.abs(xs - v))) for v in a]
    rows = [int(np.argmin(np.abs(ys - v))) for v in b]
    assert np.allclose(xs[cols], a, atol=1e-6) and np.allclose(ys[rows], b, atol=1e-6)
    assert np.abs(z[np.ix_(rows, cols)] - grid).max() < 1e-5
    row, col = np.unravel_index(int(np.argmax(grid)), grid.shape)
    assert (a[col], b[row]) == (1.0, -1.0) and z.max() == pytest.approx(grid.max(), abs=1e-5)
    assert grid.max() == pytest.approx(2.5055, abs=1e-4)
    scene = fig["layout"]["scene"]
    assert scene["zaxis"]["range"][1] >= z.max()  # nothing drawn above the box
    for axis in ("xaxis", "yaxis"):
        assert scene[axis]["title"]["text"] == contour["layout"][axis]["title"]["text"]
    assert [scene["xaxis"]["title"]["text"], scene["yaxis"]["title"]["text"]] == [
        "a (d₁)",
        "b (d₂)",
    ]
    assert scene["aspectratio"]["x"] == figures.FIT_BOX


def _phone(**query):
    """The lesson as a phone's screen reports itself (the screen reporter's state)."""
    from ui import screen

    at = open_page("network-landscape", "zh", **query)
    at.session_state[screen.SCREEN_KEY] = {"narrow": True}
    return at.run()


def test_on_a_phone_the_figure_is_short_enough_for_the_learning_rate_on_the_first_screen():
    """Fresh read (390×844, zh): the learning-rate slider at 797–874 px, below the fold. The
    contour on a phone is width-bound (its square ~200 px): its blank above and below cut
    (420 → 360 px), the 3-D view likewise (460 → 340 px) with its smaller box."""
    from ui import figures

    at = _phone()
    no_exceptions(at)
    assert chart(at, "nl_random")["layout"]["height"] == 360
    at = _phone(nl_view="3d")
    fig = chart(at, "nl_3d")
    assert fig["layout"]["height"] == 340
    assert fig["layout"]["scene"]["aspectratio"]["x"] == figures.FIT_BOX_NARROW
