"""The initialisation lesson's ledger checks: each sentence's numbers, read back from the
words, against the histograms the page draws. A layer's histogram is drawn on bins of width
h shared by all layers; moving every value to its bar's centre moves it by h/2 at most, so
the drawn spread is within ±h/2 of the true one, and a share of values beyond a threshold
lies between the bars wholly beyond it and the bars reaching past it."""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest

from models import networks
from tests import ledger as reader
from tests.lessons import open_page
from ui.claims import digits3, factor
from ui.i18n import CATALOG, t


def unit(text: str) -> float:
    """Half a unit of the printed number's last digit."""
    s = text.strip().replace("\u2212", "-").removesuffix("%").strip()
    mantissa, _, power = s.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 0.5 * 10.0 ** (int(power or 0) - decimals)


def _bars(fig: dict) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each layer's drawn bars: (centres, fractions), layer 1 first."""
    out = []
    for trace in fig["data"]:
        decoded = reader.traces({"data": [trace]})[trace.get("name")]
        out.append(reader.xy(decoded))
    return out


def _width(bars) -> float:
    """The widest drawn bar (each layer is binned on its own range)."""
    return max(float(x[1] - x[0]) for x, _ in bars)


def _spread(x: np.ndarray, p: np.ndarray) -> float:
    p = p / p.sum()
    mean = float(np.sum(p * x))
    return float(np.sqrt(np.sum(p * (x - mean) ** 2)))


def drawn_spreads(view, which: str) -> tuple[np.ndarray, float]:
    """Each layer's spread as its histogram draws it, and the half-width h/2 it may be off."""
    bars = _bars(view.chart(f"init_{which}"))
    return np.array([_spread(x, p) for x, p in bars]), _width(bars) / 2


def _allows(kind: str, start: float, end: float, half: float) -> bool:
    """Whether spreads drawn as start and end (each ±half) allow a change of `kind`: "stable"
    less than ×band either way, "grows"/"shrinks" ×band or more."""
    band = networks.STABLE_BAND
    s_lo, s_hi = max(start - half, 0.0), start + half
    e_lo, e_hi = max(end - half, 0.0), end + half
    if kind == "grows":
        return e_hi >= band * s_lo
    if kind == "shrinks":
        return s_hi >= band * e_lo
    return e_lo < band * s_hi and s_lo < band * e_hi


def drawn_flat_share(view, lo: float = 0.05, hi: float = 0.95) -> tuple[float, float]:
    """The share of layer 6's drawn activations in the activation's flat ends (sigmoid below
    lo or above hi, |tanh| above hi): (at least, at most), from the bars wholly in them and the
    bars reaching into them."""
    act = view.widget("act").value
    bars = _bars(view.chart("init_acts"))
    x, p = bars[-1]
    half = _width(bars[-1:]) / 2
    if act == "sigmoid":
        inside = (x + half < lo) | (x - half > hi)
        touching = (x - half < lo) | (x + half > hi)
    else:
        inside = np.abs(x) - half > hi
        touching = np.abs(x) + half > hi
    return float(p[inside].sum()), float(p[touching].sum())


def _table(view) -> tuple[list[str], list[str]]:
    """The per-layer table's printed spreads: (activations, gradients), layer 1 first."""
    frame = view.at.table[0].value
    return [str(v) for v in frame.iloc[0, 1:]], [str(v) for v in frame.iloc[1, 1:]]


def _in_box(view, said) -> str:
    for kind in ("success", "warning"):
        if any(said.text == str(e.value) for e in view.at.get(kind)):
            return kind
    raise AssertionError("the verdict is in neither box")


def _one_bar_each(view, which: str) -> bool:
    return all(p.max() >= 1 - 1e-6 for _, p in _bars(view.chart(f"init_{which}")))


# ---- the checks ----------------------------------------------------------------------------
def check_verdict(view, said):
    lang = view.lang
    names = {t(f"init.short.{k}", lang): k for k in _VERDICTS}
    verdict = names[said["verdict"]]
    assert said.number("band") == networks.STABLE_BAND
    assert said.number("limit") == 100 * networks.SATURATED
    assert _in_box(view, said) == ("success" if verdict == "healthy" else "warning")
    if view.widget("init").value == "zero":
        assert verdict == "symmetric"
        assert _one_bar_each(view, "acts"), "a layer's units are not all one value"
        return
    assert verdict != "symmetric"
    limit = networks.SATURATED
    if view.widget("act").value in ("sigmoid", "tanh"):
        low, high = drawn_flat_share(view)
        if verdict == "saturated":
            assert high > limit, (low, high)
            return
        assert low <= limit, (low, high)
    else:
        assert verdict != "saturated"
    acts, half_a = drawn_spreads(view, "acts")
    grads, half_g = drawn_spreads(view, "grads")
    act_kind = {"exploding": "grows", "vanishing": "shrinks"}.get(verdict, "stable")
    assert _allows(act_kind, acts[0], acts[-1], half_a), (verdict, acts, half_a)
    if act_kind == "stable":
        grad_kind = {"grad_exploding": "grows", "grad_vanishing": "shrinks"}.get(verdict, "stable")
        assert _allows(grad_kind, grads[-1], grads[0], half_g), (verdict, grads, half_g)


_VERDICTS = ("healthy", "saturated", "vanishing", "exploding", "grad_vanishing",
             "grad_exploding", "symmetric")  # fmt: skip


def check_trend(view, said):
    which = "acts" if ".act." in said.key else "grads"
    kind = said.key.rsplit(".", 1)[1]
    acts, grads = _table(view)
    column = acts if which == "acts" else grads
    first, last = (column[0], column[-1]) if which == "acts" else (column[-1], column[0])
    # the two values named are the table's first and last spreads, in the direction of flow
    assert (digits3(said.number("start")), digits3(said.number("end"))) == (first, last), (
        said["start"],
        said["end"],
    )
    # the printed ends' ratio prints as the factor named (0.00133 → 0.00365 is not ×2.8)
    p_lo, p_hi = sorted((said.number("start"), said.number("end")))
    if p_lo > 0:
        assert factor(p_hi / p_lo) == said["factor"], (said["start"], said["end"], said["factor"])
    spreads, half = drawn_spreads(view, which)
    drawn_start, drawn_end = (
        (spreads[0], spreads[-1]) if which == "acts" else (spreads[-1], spreads[0])
    )
    for name, drawn in (("start", drawn_start), ("end", drawn_end)):
        value = said.number(name)
        assert abs(drawn - value) <= half + unit(said[name]) + 1e-3 * value, (name, value, drawn)
    assert _allows(kind, drawn_start, drawn_end, half), (kind, drawn_start, drawn_end, half)
    start, end = said.number("start"), said.number("end")
    lo, hi = sorted((start, end))
    times = hi / lo if lo > 0 else math.inf
    shown = said.number("factor")
    if math.isinf(times):
        assert math.isinf(shown)
    else:
        slack = unit(said["factor"]) + times * (
            unit(said["start"]) / start + unit(said["end"]) / end
        )
        assert abs(shown - times) <= slack, (said["factor"], times)
    band = networks.STABLE_BAND
    assert said.number("band") == band
    if kind == "stable":
        assert times < band * (1 + 2e-3), times
    else:
        assert times >= band * (1 - 2e-3), times
        assert (end > start) == (kind == "grows"), (start, end)


def check_flat_share(view, said):
    assert view.widget("act").value in ("sigmoid", "tanh")
    share = said.number("share") / 100
    limit = said.number("limit") / 100
    assert limit == networks.SATURATED
    # where the flat ends begin, as the sentence states them: sigmoid "a below 0.05 or above
    # 0.95", tanh "|a| above 0.95"; the drawn share is read at those edges
    edges = [float(v) for v in re.findall(r"\d+(?:\.\d+)?", said["ends"])]
    act = view.widget("act").value
    if act == "sigmoid":
        assert len(edges) == 2 and math.isclose(edges[0], 1 - edges[1]), edges
        lo, hi = edges
    else:
        assert said["ends"].startswith("|") and len(edges) == 1, said["ends"]
        lo, hi = 1 - edges[0], edges[0]
    assert 0 < lo <= 0.1, lo  # a flat end, not the curved middle
    low, high = drawn_flat_share(view, lo, hi)
    assert low - 0.005 <= share <= high + 0.005, (share, low, high)
    if said.key.endswith("unsaturated"):
        assert share <= limit and low <= limit, (share, low)
    else:
        assert share > limit and high > limit, (share, high)


def check_flat_ends(view, said):
    """init.ends.*, the fragment of the saturation sentence that says where the flat ends
    begin: it names the activation shown, its edges are flat (the slope there under a fifth of
    its largest: σ′ = a(1 − a) of at most 1/4, tanh′ = 1 − a² of at most 1), and the share the
    enclosing sentence names is the drawn layer-6 histogram's share beyond those edges."""
    act = said.key.rsplit(".", 1)[1]
    assert view.widget("act").value == act, (view.widget("act").value, said.key)
    hi = said.number("hi")
    if act == "sigmoid":
        lo = said.number("lo")
        assert math.isclose(lo, 1 - hi), (lo, hi)
        slope = hi * (1 - hi) / 0.25
    else:
        lo = 1 - hi
        slope = 1 - hi**2
    assert lo > 0 and slope < 0.2, (lo, hi, slope)  # a flat end, not the curved middle
    enclosing = [
        s
        for key in ("init.claim.saturated", "init.claim.unsaturated")
        for s in view.said(key, share=r"\d+ %", ends=r"[^()（）]+")
        if s.text == said.text and s.start <= said.start and said.end <= s.end
    ]
    assert len(enclosing) == 1, "not inside one saturation sentence"
    share = enclosing[0].number("share") / 100
    low, high = drawn_flat_share(view, lo, hi)
    assert low - 0.005 <= share <= high + 0.005, (share, low, high)


def check_symmetric(view, said):
    assert view.widget("init").value == "zero"
    assert _one_bar_each(view, "acts"), "a layer's activations are not one value"
    acts, _ = _table(view)
    assert all(reader.number(v) == 0 for v in acts), acts
    # "no gradient reaches layers 1–5 … only layer 6 gets one": read from the drawn gradient
    # histograms (it said "the gradients flow back symmetrically", with 5 of 6 at 0)
    bars = _bars(view.chart("init_grads"))
    at_zero = [
        k
        for k, (x, p) in enumerate(bars, 1)
        if p.max() >= 1 - 1e-6 and abs(float(x[np.argmax(p)])) < 1e-12
    ]
    rest = [k for k in range(1, len(bars) + 1) if k not in at_zero]
    assert _layers(said["blocked"]) == at_zero, (said["blocked"], at_zero)
    assert _layers(said["last"]) == rest, (said["last"], rest)
    for k in rest:
        x, p = bars[k - 1]
        assert _spread(x, p) > 0, k


def _layers(text: str) -> list[int]:
    """Layer numbers as written: "1–5", "6", "1, 3"."""
    out = []
    for part in text.split(", "):
        lo, _, hi = part.partition("–")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def _slope_bounds(act: str, x: np.ndarray, half: float) -> tuple[np.ndarray, np.ndarray]:
    """Each bar's least and greatest squared slope over its bin (the slope read from the
    output a: tanh′ = 1 − a², σ′ = a(1 − a)), from the bin's ends and the turning points."""

    def sq(a):
        return ((1 - a**2) if act == "tanh" else a * (1 - a)) ** 2

    turns = (0.0, 1 / math.sqrt(3), -1 / math.sqrt(3), 1.0, -1.0) if act == "tanh" else (0.5,)
    lo, hi = [], []
    for c in x:
        pts = [c - half, c + half] + [z for z in turns if c - half <= z <= c + half]
        vals = [sq(z) for z in pts]
        lo.append(min(vals))
        hi.append(max(vals))
    return np.array(lo), np.array(hi)


def check_saturated_gain(view, said):
    init, act = view.widget("init").value, view.widget("act").value
    assert act in ("sigmoid", "tanh")
    n = said.number("n")
    assert n == 100  # the setup's width
    std = said.number("s")
    assert abs(std - {"normal": 1.0, "he": math.sqrt(2 / n)}.get(init, 1 / math.sqrt(n))) <= unit(
        said["s"]
    )
    wgain = said.number("wgain")
    assert abs(wgain - math.sqrt(n) * std) <= unit(said["wgain"]) + math.sqrt(n) * unit(said["s"])
    # the slope's rms over layers 2–6, from the drawn bars: each value moved within its bar
    bars = _bars(view.chart("init_acts"))
    half = _width(bars) / 2
    lo = hi = 0.0
    for x, p in bars[1:]:
        p = p / p.sum()
        a, b = _slope_bounds(act, x, half)
        lo += float(np.sum(p * a)) / (len(bars) - 1)
        hi += float(np.sum(p * b)) / (len(bars) - 1)
    rms = said.number("rms")
    assert math.sqrt(lo) - unit(said["rms"]) <= rms <= math.sqrt(hi) + unit(said["rms"]), (
        rms,
        math.sqrt(lo),
        math.sqrt(hi),
    )
    gain = said.number("gain")
    assert abs(gain - wgain * rms) <= unit(said["gain"]) + wgain * unit(said["rms"]), gain
    # the per-layer factor named is the drawn gradients': layer 1's spread over layer 6's
    grads, half_g = drawn_spreads(view, "grads")
    steps = said.number("steps")
    assert steps == len(grads) - 1
    low = (max(grads[0] - half_g, 0) / (grads[-1] + half_g)) ** (1 / steps)
    high = (grads[0] + half_g) / max(grads[-1] - half_g, 1e-300)
    high = high ** (1 / steps)
    measured = said.number("measured")
    assert low - unit(said["measured"]) <= measured <= high + unit(said["measured"]), (
        measured,
        low,
        high,
    )
    # "does not vanish": the drawn gradient does not shrink ×4 or more from layer 6 to 1
    assert not _allows("shrinks", grads[-1], grads[0], half_g) or grads[0] >= grads[-1] / 4
    # "about": the product explains the drawn factor, within 10 %
    assert abs(gain - measured) <= 0.1 * measured, (gain, measured)
    assert drawn_flat_share(view)[1] > networks.SATURATED  # saturated, as the verdict says


def test_saturated_tanh_explains_the_growing_gradient():
    """N(0, 1) + tanh: the heading said "饱和：分布成凹形" beside "标准差放大 57 倍 … 梯度爆炸"
    with nothing tying the two together. The box now says why the gradient grows though the
    layers are saturated: a per-layer factor √n·s × rms slope that the drawn gradients show."""
    from tests.lessons import open_page

    for lang in ("zh", "en"):
        at = open_page("initialization", lang, init="normal", act="tanh")
        assert not at.exception
        view = reader.View(at, "initialization", lang)
        said = view.said("init.claim.saturated_gain")
        assert len(said) == 1, (lang, view.texts)
        assert said[0].number("gain") > 1  # grows a layer, as the ×57 sentence says
        check_saturated_gain(view, said[0])


def test_the_choices_are_kept_in_the_link():
    """A reader found `/initialization?proj=1` unchanged after choosing an initialisation and
    an activation: both live in the link (`?init=…&act=…`), so a view can be bookmarked."""
    from tests.lessons import open_page

    at = open_page("initialization", "zh")
    at.selectbox(key="init").set_value("normal")
    at.selectbox(key="act").set_value("tanh").run()
    assert not at.exception
    assert at.query_params.get("act") == "tanh", dict(at.query_params)
    at.selectbox(key="init").set_value("he").run()
    assert at.query_params.get("init") == "he", dict(at.query_params)
    assert at.query_params.get("act") == "tanh", dict(at.query_params)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_saturation_sentence_says_where_the_flat_ends_begin(lang):
    """Fresh read (`?lang=zh&proj=1`): "第 6 层有 73 % 的激活值挤在平坦的两端" never said where
    the flat ends begin; 73 % holds for a < 0.05 or a > 0.95. The sentence now states those
    edges, and its share is read from the drawn layer-6 histogram at the stated edges."""
    view = reader.View(open_page("initialization", lang), "initialization", lang)
    (said,) = view.said("init.claim.saturated", share=r"\d+ %", ends=r"[^()（）]+")
    assert said["share"] == "73 %"
    assert said["ends"] == {"en": "a below 0.05 or above 0.95", "zh": "a < 0.05 或 a > 0.95"}[lang]
    check_flat_share(view, said)
    low, high = drawn_flat_share(view, 0.05, 0.95)
    assert low - 0.005 <= 0.73 <= high + 0.005
    # edges that do not hold the stated share read false
    moved = {"en": "a below 0.3 or above 0.7", "zh": "a < 0.3 或 a > 0.7"}[lang]
    with pytest.raises(AssertionError):
        check_flat_share(view, dataclasses.replace(said, fields=said.fields | {"ends": moved}))
    assert not reader.check_view(view)


@pytest.mark.parametrize(
    "query",
    [
        {"act": "tanh"},
        {"act": "relu"},
        {"init": "scaled"},
        {"act": "sigmoid", "init": "xavier_uniform"},
    ],
)
def test_each_layer_s_histogram_resolves_its_own_spread(query):
    """Fresh read (`act=tanh` and others): the histograms shared one x-axis (±0.954, bins
    0.048 wide) across layers whose spreads differ ×57, so every layer sat in the two central
    bars. Each layer is now binned on its own axis: at least 8 of its drawn bars lie within
    ±2 of its spreads, and the spreads drawn match the table's."""
    for which in ("acts", "grads"):
        view = reader.View(open_page("initialization", **query), "initialization")
        fig = view.chart(f"init_{which}")
        acts, grads = _table(view)
        table = [float(v) for v in (acts if which == "acts" else grads)]
        bars = _bars(fig)
        for k, (x, p) in enumerate(bars):
            s = table[k]
            if s == 0:
                continue
            width = float(x[1] - x[0])
            drawn = _spread(x, p)
            assert abs(drawn - s) <= width / 2 + 0.01 * s + unit(str(table[k])), (
                which,
                k,
                drawn,
                s,
            )
            mean = float(np.sum(p / p.sum() * x))
            assert np.sum(np.abs(x - mean) <= 2 * s) >= 8, (which, k, width, s)
            axis = fig["layout"]["xaxis" + (str(k + 1) if k else "")]
            lo, hi = axis["range"]
            assert lo <= x[0] and x[-1] <= hi and (hi - lo) <= 2 * len(x) * width


@pytest.mark.parametrize("act", list(networks.ACTIVATIONS))
def test_each_spread_change_s_factor_reads_from_its_printed_ends(act):
    """Fresh read (`?lang=zh&proj=1&init=he&act=leaky_relu`): "标准差变化 2.8 倍：0.00133 →
    0.00365" read ×2.7 from its ends, and `xavier_uniform` + relu "缩小 5.5 倍：0.588 →
    0.108" ×5.44. Over every initialisation, each "×factor: start → end" sentence's factor
    is its printed ends' ratio, and the ends are the table's spreads."""
    for init in networks.INITS:
        view = reader.View(
            open_page("initialization", "zh", init=init, act=act), "initialization", "zh"
        )
        said = [
            s
            for which in ("act", "grad")
            for kind in ("stable", "grows", "shrinks")
            for s in view.said(f"init.claim.{which}.{kind}")
        ]
        if init == "zero":
            assert not said
            continue
        assert len(said) == 2, (init, act, view.texts)
        for s in said:
            lo, hi = sorted((s.number("start"), s.number("end")))
            assert factor(hi / lo) == s["factor"], (init, act, s.text)
            check_trend(view, s)


def check_same_spread(view, said):
    """Each initialisation named, drawn at this activation, has every layer's spreads within
    10 % of this view's, and the spread named is 1/√n."""
    n = int(said["n"])
    assert abs(said.number("std") - 1 / math.sqrt(n)) <= unit(said["std"])
    init, act = view.widget("init").value, view.widget("act").value
    names = {t(f"init.{k}", view.lang): k for k in networks.INITS}
    named = re.findall(r"[“\"]([^”\"]+)[”\"]", said["others"])
    assert named and all(name in names for name in named), said["others"]
    acts, _ = drawn_spreads(view, "acts")
    grads, _ = drawn_spreads(view, "grads")
    for name in named:
        other = reader.View(
            open_page("initialization", view.lang, init=names[name], act=act),
            "initialization",
            view.lang,
        )
        assert names[name] != init
        np.testing.assert_allclose(drawn_spreads(other, "acts")[0], acts, rtol=0.1)
        np.testing.assert_allclose(drawn_spreads(other, "grads")[0], grads, rtol=0.1)


def test_the_why_says_sigmoid_divides_the_gradient_by_at_least_4_as_drawn():
    """The Why? panel said the gradient through sigmoid "shrinks by up to ×4 a layer": its
    slope ≤ 1/4 divides it by at least 4. The drawn gradient spreads, layer 6 back to layer 1,
    at the three scales the panel names (Xavier ×4.1, He ×3.1, N(0, 1) ×1.04 a layer)."""
    for lang in ("en", "zh"):
        text = CATALOG["init.why"][lang]
        assert "up to ×4" not in text and "仍可能缩小到 1/4" not in text
    named = {"xavier_normal": 4.1, "he": 3.1, "normal": 1.04}
    for init, shrink in named.items():
        at = open_page("initialization", "en", init=init, act="sigmoid")
        view = reader.View(at, "initialization")
        _, grads = _table(view)
        g = [reader.number(v) for v in grads]
        per_layer = (g[-1] / g[0]) ** (1 / (len(g) - 1))
        assert per_layer == pytest.approx(shrink, abs=0.051 if shrink > 2 else 0.0051), (init, g)
        if init == "xavier_normal":
            assert per_layer >= 4


def _order(node, out: list) -> list:
    """The widgets' keys in page order (the element tree walked depth first)."""
    key = getattr(node, "key", None)
    if key:
        out.append(key)
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for i in sorted(children):
            _order(children[i], out)
    return out


def test_on_a_phone_the_initialisation_menu_comes_right_under_the_figure():
    """At 390×844 the Initialisation menu (the lesson's main control) began at 840 px, under
    the study steps' pills: on a phone the two menus come first under the figure (736–813 px
    measured in Chromium), the steps after them."""
    from ui import screen

    at = open_page("initialization", "en")
    at.session_state[screen.SCREEN_KEY] = {"narrow": True}
    keys = _order(at.run().main, [])
    assert keys.index("init") < keys.index("act") < keys.index("study-initialization"), keys
