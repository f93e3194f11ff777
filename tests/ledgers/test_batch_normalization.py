"""The batch-normalisation lesson's ledger checks. The page states all four views' sentences
and draws one view's figure: a check holds its sentence against that figure where it is
drawn (the layer histograms, the training curves at every rate, the probes' loss bands and β
lines, the preprocessing curves) and against the controls and its own numbers elsewhere."""

from __future__ import annotations

import re

import numpy as np
import pytest

from models import batchnorm as bn
from tests import ledger as reader
from tests.lessons import open_page
from ui.i18n import t

WHICH = ("plain", "bn")
LESSON = "batch-normalization"


def unit(text: str) -> float:
    s = text.strip().replace("\u2212", "-").removesuffix("%").removesuffix("×").strip()
    mantissa, _, power = s.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 0.5 * 10.0 ** (int(power or 0) - decimals)


def prints(text: str, value: float, slack: float = 0.0) -> None:
    shown = reader.number(text)
    assert abs(shown - value) <= unit(text) + 1e-5 * abs(value) + slack, (text, value)


def _chart(view, key: str) -> dict | None:
    try:
        return view.chart(key)
    except KeyError:
        return None


# a fragment's placeholders that run to its end or hold spaces: any text (the fragment is
# matched whole, so the rest of the template delimits them)
_NUMBER = r"[\d.]+(?:e[+-]?\d+)?"
_WHOLE = (
    ("band", ".*?"),
    ("name", ".+?"),
    ("rate", _NUMBER),
    ("s0", _NUMBER),
    ("s1", _NUMBER),
    ("tried", ".+?"),
)


def _fragment(text: str, keys: tuple[str, ...], lang: str) -> tuple[str, dict[str, str]]:
    """Which fragment template `text` is, and its fields."""
    for key in keys:
        rx = reader.pattern(key, lang, _WHOLE)
        found = rx.fullmatch(text.strip()) or rx.fullmatch(" " + text.strip())
        if found:
            return key, {k: v.strip() for k, v in found.groupdict().items()}
    raise ValueError(f"no fragment matches {text!r}")


# ---- the layers ----------------------------------------------------------------------------
def _bars(fig):
    """Each drawn layer's (bar centres, fractions), and each layer's half bar width (every
    layer is binned on its own range)."""
    out = []
    for trace in fig["data"]:
        decoded = reader.traces({"data": [trace]})[trace.get("name")]
        out.append(reader.xy(decoded))
    half = np.array([float(x[1] - x[0]) / 2 if len(x) > 1 else 0.5 for x, _ in out])
    return out, half


def _spread(x, p) -> float:
    p = p / p.sum()
    mean = float(np.sum(p * x))
    return float(np.sqrt(np.sum(p * (x - mean) ** 2)))


def check_layers(view, said):
    lang = view.lang
    act = view.widget("bn_act").value
    for which in WHICH:
        key, fields = _fragment(
            said[which],
            ("bn.layers.same", "bn.layers.spread", "bn.layers.spread.open"),
            lang,
        )
        assert (key == "bn.layers.spread") == (act in ("sigmoid", "tanh")) or key.endswith("same")
        fig = _chart(view, f"bn_hist_{which}")
        if fig is None:
            continue
        bars, half = _bars(fig)
        spreads = np.array([_spread(x, p) for x, p in bars])
        if key == "bn.layers.same":
            assert all(p.max() >= 1 - 1e-6 for _, p in bars), "a layer has more than one value"
            continue
        prints(fields["s0"], spreads[0], slack=half[0])
        prints(fields["s1"], spreads[-1], slack=half[-1])
        band = fields["band"]
        lo, hi = np.maximum(spreads - half, 0), spreads + half
        if band.strip() == t("bn.layers.some_same", lang).strip():
            assert lo.min() == 0, "no drawn layer can be one value"
        else:
            _, b = _fragment(band, ("bn.layers.band",), lang)
            shown = reader.number(b["band"])
            assert hi.max() / max(lo.min(), 1e-300) >= shown - unit(b["band"])
            assert lo.max() / hi.min() <= shown + unit(b["band"]), (shown, spreads, half)
            # the layers named widest and narrowest are, within a bin, the drawn ones
            kmax, kmin = int(b["kmax"]) - 1, int(b["kmin"]) - 1
            assert hi[kmax] >= lo.max() and lo[kmin] <= hi.min(), (b, spreads, half)
        if key == "bn.layers.spread":
            x, p = bars[-1]
            half = half[-1]
            if act == "sigmoid":
                inside = (x + half < bn.SATURATED[0]) | (x - half > bn.SATURATED[1])
                touching = (x - half < bn.SATURATED[0]) | (x + half > bn.SATURATED[1])
            else:
                inside = np.abs(x) - half > bn.SATURATED[1]
                touching = np.abs(x) + half > bn.SATURATED[1]
            share = reader.number(fields["sat"]) / 100
            assert p[inside].sum() - 0.005 <= share <= p[touching].sum() + 0.005, share


def check_no_flat(view, said):
    act = view.widget("bn_act").value
    assert act in ("relu", "leaky_relu")
    assert said["act"] == t(f"init.act.{act}", view.lang)


# ---- the rates -----------------------------------------------------------------------------
def check_rates(view, said):
    lang = view.lang
    assert said["share"].replace(" ", "") == f"{bn.TRAINS:.0%}"
    tried = ", ".join(f"{r:g}" for r in bn.RATES)
    fig = _chart(view, "bn_rates")
    drawn = reader.traces(fig) if fig else {}
    for which in WHICH:
        name = t(f"bn.{which}", lang)
        key, fields = _fragment(said[which], ("bn.rate.none", "bn.rate.top", "bn.rate.found"), lang)
        assert fields["name"] == name
        if key == "bn.rate.none":
            assert fields["tried"] == tried
        if not drawn:
            continue
        trains = []
        for r in bn.RATES:
            steps, loss = reader.xy(drawn[f"ε = {r:g} · {name}"])
            assert said.number("steps") == steps[-1]
            if np.isfinite(loss).all() and loss[-1] < bn.TRAINS * loss[0]:
                trains.append(r)
        if key == "bn.rate.none":
            assert not trains, trains
        else:
            assert trains and reader.number(fields["rate"]) == max(trains), trains
            # "the largest rate is 3" reads as a limit found; when 3 is the largest tried and
            # still trains, the words say "at least 3 (the largest tried)"
            assert (key == "bn.rate.top") == (max(trains) == max(bn.RATES)), (key, trains)


def check_rates_blew_up(view, said):
    """ "for the network N, every rate's training loss has overflowed by step k": each drawn
    curve of N is not finite at some step ≤ k, the latest first at k; a lone finite point is
    drawn with a marker."""
    names = {t(f"bn.{w}", view.lang): w for w in WHICH}
    name = said["name"].strip()
    assert name in names
    fig = _chart(view, "bn_rates")
    if fig is None:  # another view: the sentence stands in the list under it
        return
    drawn = reader.traces(fig)
    firsts = []
    for r in bn.RATES:
        trace = drawn[f"ε = {r:g} · {name}"]
        steps, loss = reader.xy(trace)
        bad = ~np.isfinite(loss)
        assert bad.any(), r
        firsts.append(steps[int(np.argmax(bad))])
        ok = np.isfinite(loss)
        lone = ok & ~np.r_[False, ok[:-1]] & ~np.r_[ok[1:], False]
        if lone.any():
            assert "markers" in trace.get("mode", ""), (r, trace.get("mode"))
    assert max(firsts) == said.number("step"), (firsts, said["step"])


# ---- the probes ----------------------------------------------------------------------------
def _drawn_probes(view):
    fig = _chart(view, "bn_smooth")
    if fig is None:
        return None
    out = {}
    for which in WHICH:
        name = t(f"bn.{which}", view.lang)
        traces = [tr for tr in fig["data"] if tr.get("name") == name]
        band = reader.traces({"data": [next(tr for tr in traces if tr.get("fill") == "toself")]})
        beta = reader.traces(
            {"data": [next(tr for tr in traces if tr.get("mode") == "lines+markers")]}
        )
        (band,), (beta,) = band.values(), beta.values()
        y = np.asarray(band["y"], np.float64)
        n = len(y) // 2
        steps, b = reader.xy(beta)
        out[which] = {"width": y[:n] - y[::-1][:n], "beta": b, "steps": steps}
    return out


def _names(lang):
    return {t(f"bn.{k}", lang): k for k in WHICH}


def check_smoothness(view, said):
    lang = view.lang
    assert said["lr"] == view.widget("bn_lr").value
    drawn = _drawn_probes(view)
    if drawn is None:
        return
    finite = {k: np.isfinite(d["width"]) & np.isfinite(d["beta"]) for k, d in drawn.items()}
    both = finite["plain"] & finite["bn"]
    if said.key == "bn.smoothness.both_diverged":
        assert not finite["plain"].any() and not finite["bn"].any()
        return
    if said.key == "bn.smoothness.one_diverged":
        dead, alive = _names(lang)[said["dead"]], _names(lang)[said["alive"]]
        assert not finite[dead].any() and finite[alive].any()
        prints(said["beta"], np.median(drawn[alive]["beta"][finite[alive]]), slack=1e-3)
        return
    beta = {k: float(np.median(d["beta"][finite[k]])) for k, d in drawn.items()}
    prints(said["beta_p"], beta["plain"], slack=1e-4 * beta["plain"])
    prints(said["beta_b"], beta["bn"], slack=1e-4 * beta["bn"])
    narrower = int(np.sum(drawn["bn"]["width"][both] < drawn["plain"]["width"][both]))
    assert said.number("narrower") == narrower and said.number("n") == int(both.sum())
    by_beta = "bn" if beta["bn"] < beta["plain"] else "plain"
    by_band = "bn" if 2 * narrower > both.sum() else "plain"
    if by_beta == by_band:
        assert said["verdict"].strip().rstrip(".。") == t(
            f"bn.smooth.agree.{by_beta}", lang
        ).rstrip(".。")
    else:
        _, fields = _fragment(said["verdict"] + ".", ("bn.smooth.disagree",), lang)
        assert fields["beta"] == t(f"bn.{by_beta}", lang)
        assert fields["band"] == t(f"bn.{by_band}", lang)


def check_diverged(view, said):
    drawn = _drawn_probes(view)
    if drawn is None:
        return
    which = _names(view.lang)[said["name"]]
    d = drawn[which]
    finite = np.isfinite(d["width"]) & np.isfinite(d["beta"])
    step = said.number("step")
    at = d["steps"] >= step
    assert finite[~at].all() and not finite[at].any(), (step, d["steps"], finite)


# ---- the preprocessing ---------------------------------------------------------------------
def check_inputs(view, said):
    assert said.number("lr") == bn.PREPROCESSING_LR
    fig = _chart(view, "bn_inputs")
    if fig is None:
        return
    drawn = reader.traces(fig)
    for how in bn.PREPROCESSING:
        trace = drawn[t(f"bn.{how}", view.lang)]
        steps, loss = reader.xy(trace)
        assert said.number("steps") == steps[-1]
        ok = np.isfinite(loss)
        found = reader.pattern("bn.blew_up", view.lang).fullmatch(said[how].strip())
        if found:  # "not finite from step k on": the first drawn non-finite point is at k
            assert not ok[-1]
            assert steps[int(np.argmin(ok))] == reader.number(found["step"]), (how, steps, loss)
        else:
            prints(said[how], loss[-1])
        lone = ok & ~np.r_[False, ok[:-1]] & ~np.r_[ok[1:], False]
        if lone.any():  # a finite point no line can show is drawn as a dot
            assert "markers" in trace.get("mode", ""), (how, trace.get("mode"))


def check_inputs_stuck(view, said):
    fig = _chart(view, "bn_inputs")
    if fig is None:
        return
    drawn = reader.traces(fig)
    stuck, starts = [], []
    for how in bn.PREPROCESSING:
        name = t(f"bn.{how}", view.lang)
        _, loss = reader.xy(drawn[name])
        if np.isfinite(loss[-1]) and abs(loss[-1] - loss[0]) <= 0.05 * abs(loss[0]):
            stuck.append(name)
            starts.append(loss[0])
    printed = re.split(r"、|, ", said["starts"])
    assert len(printed) == len(starts), (said.text, starts)
    for shown, value in zip(printed, starts, strict=True):
        prints(shown, value)
    assert len(stuck) == len(bn.PREPROCESSING), (said.text, stuck)


def test_xavier_with_sigmoid_says_no_preprocessing_learns():
    """A fresh read: Xavier + sigmoid, inputs view: "the training loss from raw pixels is 2.31,
    zero-centred 2.31 and unit-normalised 2.31" read as "preprocessing does not matter"; no
    run moved from its start. Now it says none of the three learns."""
    page = "batch-normalization"
    view = reader.View(open_page(page, "en", bn_view="inputs", bn_init="xavier_normal"), page)
    (said,) = view.said("bn.inputs_none_learn")
    assert len(said["starts"].split(", ")) == 3
    assert not reader.check_view(view)
    plain = reader.View(open_page(page, "en", bn_view="inputs"), page)
    assert not plain.said("bn.inputs_none_learn")


# ---- branches no default reaches: the page with the probes changed --------------------------
def _patched(lang: str, change, **query):
    from pages.batch_normalization import compute

    real = compute.bn_probes

    def fake(*args):
        return change(real(*args))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compute, "bn_probes", fake)
        return open_page("batch-normalization", lang, bn_view="smoothness", **query)


def _blank(probes, which: str, start: int = 0):
    import dataclasses

    rows = np.array(getattr(probes, which), copy=True)
    rows[1 + start :] = np.nan
    return dataclasses.replace(probes, **{which: rows})


def view_one_diverged(lang: str):
    return _patched(lang, lambda p: _blank(p, "plain"))


def view_both_diverged(lang: str):
    return _patched(lang, lambda p: _blank(_blank(p, "plain"), "bn"))


def view_one_blew_up(lang: str):
    return _patched(lang, lambda p: _blank(p, "plain", start=len(p.steps) // 2))


def test_the_why_panel_says_bn_cannot_spread_identical_values():
    """Fresh read: 'Why?' said every unit's input keeps unit variance 'whatever the earlier
    layers do'; with zero initialisation every drawn histogram with BN is one bar (spread 0).
    It now says so, in both languages."""
    view = reader.View(open_page("batch-normalization", bn_init="zero"), "batch-normalization")
    bars, _ = _bars(view.chart("bn_hist_bn"))
    assert all(p.max() >= 1 - 1e-6 for _, p in bars)
    assert "zero initialisation" in t("bn.why", "en") and "零初始化" in t("bn.why", "zh")
    assert re.search(r"spread stays 0", t("bn.why", "en"))


def test_the_why_panel_does_not_promise_bn_removes_saturation():
    """A fresh read: "Why?" said with BN "activations no longer drift into saturation"; with
    Xavier and tanh the page draws 0 % of the last layer in a flat end without BN and 7 % with
    it. It now says the share stays bounded, not always below the share without BN, and the
    drawn sentence shows that case."""
    view = reader.View(
        open_page("batch-normalization", bn_init="xavier_normal", bn_act="tanh"),
        "batch-normalization",
    )
    (text,) = [x for x in view.texts if x.startswith("Without BN the layers' spread")]
    plain, bn = re.findall(r"([\d.]+) ?% of the last layer sits in a flat end", text)
    assert float(plain) < float(bn), text
    assert "not always below the share without BN" in t("bn.why", "en")
    assert "不一定比没有 BN 时少" in t("bn.why", "zh")
    assert "no longer drift into saturation" not in t("bn.why", "en")


def _hue(colour: str) -> float | None:
    import colorsys

    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    return None if s < 0.2 or lightness < 0.1 else 360 * h


def test_bn_trains_at_the_largest_rate_tried_and_says_at_least_that_with_a_colour_per_rate():
    """Fresh read (bn_view=rates): '有 BN 为 3' named 3 as the largest rate that trains, while
    3 is the largest tried and still trains: the words now say 'at least 3 (the largest rate
    tried)'. And ε = 0.01 and ε = 3 were both blue (#0072B2, #56B4E9) in the 12-entry legend."""
    for lang in ("zh", "en"):
        page = "batch-normalization"
        view = reader.View(open_page(page, lang, bn_view="rates"), page, lang)
        (said,) = view.said("bn.rates", plain=r"[^\n;；]+?", bn=r"[^\n]+?(?=[.。](?:\s|$))")
        check_rates(view, said)
        assert _fragment(said["bn"], ("bn.rate.top",), lang)[1]["rate"] == "3"
    fig = view.chart("bn_rates")
    colours = {tr["name"].split(" · ")[0]: tr["line"]["color"] for tr in fig["data"]}
    assert len(colours) == len(bn.RATES) and len(set(colours.values())) == len(bn.RATES)
    hues = [h for h in map(_hue, colours.values()) if h is not None]
    assert len(bn.RATES) - len(hues) <= 1  # at most one without a hue (black)
    for i, a in enumerate(hues):
        for b in hues[i + 1 :]:
            assert min(abs(a - b), 360 - abs(a - b)) >= 10, colours


def _start_spreads(init: str, act: str) -> dict[str, tuple[float, float]]:
    """The last hidden layer's and the logits' spread at the start, by the model directly."""
    import jax

    x, _y = bn.inputs("unit")
    params = bn.init(jax.random.PRNGKey(0), init, x.shape[1], 10)
    out = {}
    for which, flag in (("plain", 0.0), ("bn", 1.0)):
        logits, kept = bn.forward(params, x, flag, act, keep=True)
        out[which] = (float(np.std(np.asarray(kept[-1]))), float(np.std(np.asarray(logits))))
    return out


def check_start(view, said):
    lang = view.lang
    drawn = reader.traces(view.chart("bn_rates"))
    first = {}
    for which in WHICH:
        name = t(f"bn.{which}", lang)
        starts = {float(reader.xy(drawn[f"ε = {r:g} · {name}"])[1][0]) for r in bn.RATES}
        assert max(starts) - min(starts) < 1e-6, starts  # every rate starts together
        first[which] = starts.pop()
    if said.key == "bn.start.same":
        assert f"{first['plain']:.2f}" == f"{first['bn']:.2f}" == said["loss"]
        return
    assert (said["plain"], said["bn"]) == (f"{first['plain']:.2f}", f"{first['bn']:.2f}")
    spreads = _start_spreads(view.widget("bn_init").value, view.widget("bn_act").value)
    (hp, lp), (hb, lb) = spreads["plain"], spreads["bn"]
    assert [said[k] for k in ("hp", "lp", "hb", "lb")] == [f"{v:.2f}" for v in (hp, lp, hb, lb)]
    assert said["view"] == t("bn.view_layers", lang)  # whose inputs differ: named by the view
    # "the more spread out the random logits, the higher the starting loss": only where so
    assert ((lp > lb) == (first["plain"] > first["bn"])) == (said.key == "bn.start")


def test_the_two_curves_starting_apart_is_explained():
    """The "有 BN" curve starts at 7.40 and "无 BN" at 9.93 with nothing saying why. A caption
    now says why, with the first drawn losses and the start's spreads: the logits spread 4.99
    without BN and 4.25 with it (BN normalises each hidden layer's input)."""
    for lang in ("zh", "en"):
        view = reader.View(open_page("batch-normalization", lang, bn_view="rates"),
                           "batch-normalization", lang)  # fmt: skip
        said = view.said("bn.start")
        assert len(said) == 1, view.texts
        assert (said[0]["plain"], said[0]["bn"]) == ("9.93", "7.40")
        check_start(view, said[0])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_smoothness_panels_share_their_steps_and_label_full_numbers(lang):
    """Fresh read (`?lang=zh&proj=1&bn_view=smoothness`, 1024×768): the middle title ran past
    its 200-px panel, the log axes' minor labels read "9 8 7 6 5 4 3" and "2, 5, 2", and the
    third panel's x-range (8–246) differed from the first two (10–200) for the same steps.
    Now: the formula on its own line, one x-range from the first drawn step to the last, and
    every axis labelled with full 1-2-5 (or decade) numbers."""
    from tests.lessons import open_page

    view = reader.View(open_page("batch-normalization", lang, bn_view="smoothness"),
                       "batch-normalization", lang)  # fmt: skip
    fig = view.chart("bn_smooth")
    layout = fig["layout"]
    titles = [a["text"] for a in layout["annotations"]][:3]
    assert "<br>‖∇L" in titles[1], titles
    steps = np.concatenate([np.asarray(reader.xy(tr)[0]) for tr in reader.traces(fig).values()])
    ranges = [tuple(layout[f"xaxis{k}"]["range"]) for k in ("", "2", "3")]
    assert len(set(ranges)) == 1, ranges
    assert 10 ** ranges[0][0] == pytest.approx(steps.min()) and 10 ** ranges[0][1] == pytest.approx(
        steps.max()
    )
    for name in ("xaxis", "xaxis2", "xaxis3", "yaxis", "yaxis2", "yaxis3"):
        axis = layout[name]
        vals, text = axis["tickvals"], axis["ticktext"]
        assert 2 <= len(vals) <= 5, (name, vals)
        assert text == [f"{v:g}" for v in vals], (name, text)
        mantissas = {round(v / 10 ** np.floor(np.log10(v)), 6) for v in vals}
        assert mantissas <= {1.0, 2.0, 5.0}, (name, vals)
    said = [text for text in view.texts if "×" in text]
    words = {"en": "has ×", "zh": "标准差最大的第"}[lang]
    assert any(words in text for text in said)
    assert not reader.check_view(view)


ACTS = ("sigmoid", "tanh", "relu", "leaky_relu")


@pytest.mark.parametrize("act", ACTS)
def test_a_network_whose_every_rate_overflows_says_so_and_draws_its_lone_points(act):
    """Fresh read (中文, projector), rates view, ReLU (leaky ReLU too): each "ε = … · 无 BN"
    curve had 21 points, only the first finite (1.585e5), so six legend entries drew nothing
    and no sentence said why. The sentence now says by which logged step every rate's loss
    overflowed (computed), and a lone finite point is drawn as a marker; for every activation:
    the sentence is shown exactly when every drawn curve of a network has a non-finite loss."""
    for lang in ("zh", "en"):
        view = reader.View(open_page(LESSON, lang, bn_view="rates", bn_act=act), LESSON, lang)
        drawn = reader.traces(view.chart("bn_rates"))
        said = {s["name"].strip(): s for s in view.said("bn.rates.blew_up")}
        for which in WHICH:
            name = t(f"bn.{which}", lang)
            curves = [reader.xy(drawn[f"ε = {r:g} · {name}"])[1] for r in bn.RATES]
            every = all((~np.isfinite(c)).any() for c in curves)
            assert (name in said) == every, (act, which)
            for r in bn.RATES:  # a finite point no line can show is drawn as a dot
                trace = drawn[f"ε = {r:g} · {name}"]
                ok = np.isfinite(reader.xy(trace)[1])
                if ok.sum() == 1:
                    assert "markers" in trace["mode"], (act, which, r)
        if act in ("relu", "leaky_relu"):
            assert said[t("bn.plain", lang)]["step"] == "10"
        assert not reader.check_view(view)


def test_the_bn_rule_names_its_small_constant_delta_not_the_learning_rate_s_epsilon():
    """Fresh read: ε is the learning rate on the page ("探测时的学习率 ε", "ε = 0.1 训练过程中")
    but the BN rule wrote the stabilising constant as ε too (√(ε + …)); /formulas and
    Goodfellow 8.7.1 call it δ. The rule now uses δ, and no shown formula uses ε."""
    at = open_page(LESSON, "zh")
    rules = [e.value for e in at.get("latex") if r"\hat Z" in e.value]
    assert rules and all(r"\sqrt{\delta +" in r and r"\varepsilon" not in r for r in rules)


def _layers_view(act: str, lang: str = "en"):
    return reader.View(open_page(LESSON, lang, bn_view="layers", bn_act=act), LESSON, lang)


@pytest.mark.parametrize("act", ACTS)
def test_every_layer_histogram_is_readable_on_its_own_axis(act):
    """Fresh read, ReLU, the activations view: the panels shared one x axis to ~124k, so
    layers 1–3 without BN (spread 5.87) were each one bar at 0. Each layer now has its own
    range (as /initialization): every drawn histogram has at least 8 bars with values within
    ±2 of its drawn spreads of its drawn mean, and the drawn spreads agree with the sentence
    (check_layers)."""
    view = _layers_view(act)
    for which in WHICH:
        bars, _ = _bars(view.chart(f"bn_hist_{which}"))
        for k, (x, p) in enumerate(bars):
            q = p / p.sum()
            mean = float(np.sum(q * x))
            spread = _spread(x, p)
            near = (np.abs(x - mean) <= 2 * spread) & (p > 0)
            assert near.sum() >= 8, (act, which, k + 1, int(near.sum()), spread)
    fields = {"plain": r"[^\n;；]+?", "bn": r"[^\n]+?(?=[.。](?:\s|$))"}  # the ledger's
    (said,) = view.said("bn.layers", **fields)
    check_layers(view, said)
    assert not reader.check_view(view)


def test_raw_pixels_that_blow_up_draw_their_lone_point_and_say_the_step():
    """Fresh read (`?lang=zh&proj=1&bn_init=he&bn_act=relu&bn_view=inputs`): the "原始像素"
    curve is one finite point (13.91 at step 0), then NaN, drawn lines-only: the legend listed
    it and nothing showed. Now the lone point is a marker, the other two curves keep a log axis,
    and the sentence says from which step the run is not finite (10), in both languages."""
    query = {"bn_init": "he", "bn_act": "relu", "bn_view": "inputs"}
    for lang in ("zh", "en"):
        view = reader.View(open_page(LESSON, lang, **query), LESSON, lang)
        fig = view.chart("bn_inputs")
        trace = reader.traces(fig)[t("bn.raw", lang)]
        _steps, loss = reader.xy(trace)
        assert np.isfinite(loss).sum() == 1 and loss[0] == pytest.approx(13.91, abs=0.01)
        assert "markers" in trace["mode"]
        assert fig["layout"]["yaxis"]["type"] == "log"
        (said,) = view.said("bn.inputs")
        found = reader.pattern("bn.blew_up", lang).fullmatch(said["raw"].strip())
        assert found and found["step"] == "10", said["raw"]
        check_inputs(view, said)
        assert not reader.check_view(view)


def test_the_start_spreads_say_they_are_on_the_digits_not_the_histograms_inputs():
    """Fresh read (He + ReLU): the rates view said the last hidden layer's spread is 0.67
    without BN and 0.59 with, while the layers view draws layer 5 at 0.804 / 0.588: the first
    is on the 700 training digits, the histograms on 1000 N(0,1) inputs. The sentence now says
    which inputs it measures on and that the histograms use others, in both languages."""
    query = {"bn_init": "he", "bn_act": "relu"}
    for lang in ("zh", "en"):
        view = reader.View(open_page(LESSON, lang, bn_view="rates", **query), LESSON, lang)
        (said,) = view.said("bn.start")
        check_start(view, said)
        assert (said["hp"], said["hb"]) == ("0.67", "0.59")
        words = {"zh": ("700 张训练用的手写数字", "1000 个 N(0,1) 输入"),
                 "en": ("on the 700 training digits", "1000 N(0,1) inputs")}[lang]  # fmt: skip
        assert all(w in said.text for w in words), said.text
    # the layers view's drawn layer 5 (N(0,1) inputs) has another spread: 0.804 without BN
    layers = reader.View(open_page(LESSON, "en", bn_view="layers", **query), LESSON, "en")
    bars, _ = _bars(layers.chart("bn_hist_plain"))
    assert _spread(*bars[-1]) == pytest.approx(0.804, abs=0.05)  # binned: 0.775
