"""The long-term dependencies lesson's ledger checks: the verdict's numbers, read back from
the words, against the drawn norm curve ‖Wᵗv‖ (`ltd_norm`, a log axis: a value float32 or the
log axis cannot show is a gap), its dashed c·|λ|maxᵗ line, and the drawn orbit (`ltd_orbit`)."""

from __future__ import annotations

import re

import numpy as np

from tests import ledger as reader
from tests.lessons import open_page
from ui.claims import sig

TINY = float(np.finfo(np.float32).tiny)
LESSON = "long-term-dependencies"


def norm_curves(view) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Steps, the drawn ‖Wᵗv‖ and the drawn dashed line."""
    fig = view.chart("ltd_norm")
    solid = next(tr for tr in fig["data"] if tr.get("line", {}).get("dash") != "dash")
    dashed = [tr for tr in fig["data"] if tr.get("line", {}).get("dash") == "dash"]
    steps, norms = reader.xy(reader.traces({"data": [solid]})[solid.get("name")])
    if not dashed:  # W = 0: no c·0ᵗ line
        return steps, norms, np.full_like(norms, np.nan)
    _, line = reader.xy(reader.traces({"data": dashed})[dashed[0].get("name")])
    return steps, norms, line


def orbit(view) -> np.ndarray:
    fig = view.chart("ltd_orbit")
    x, y = reader.xy(reader.traces(fig)[fig["data"][0].get("name")])
    return np.stack([x, y], axis=1)


def _shown(drawn: float, said: str) -> bool:
    """A printed 3-significant-figure value ("2.34×10³⁵", never "2.34e+35") against the drawn
    one (a gap or float32's zero where the value is below what float32 holds)."""
    if not np.isfinite(drawn) or drawn == 0.0:
        return reader.number(said) < TINY
    return sig(float(drawn)) == said


def check_verdict(view, said):
    lam1 = float(view.widget("lam1").value)
    lam2 = float(view.widget("lam2").value)
    lam = abs(said.number("lam")) if "lam" in said.fields else 1.0  # "|λ|max = 1"
    assert lam == max(abs(lam1), abs(lam2)), (lam, lam1, lam2)
    steps, norms, line = norm_curves(view)
    t = int(said.number("t"))
    assert int(steps[-1]) == t == int(view.widget("ltd_t").value)
    assert _shown(norms[-1], said["norm"]), (norms[-1], said["norm"])
    assert sig(float(norms[0])) == said["v0"]
    if np.isfinite(norms[-1]) and norms[-1] > 0:
        assert sig(float(norms[-1] / norms[0])) == said["factor"]
    # the dashed line grows by |λ|max per drawn step (where float64 holds both ends to full
    # precision: below 2.2e-308 its subnormal numbers carry fewer digits)
    normal = np.finfo(np.float64).tiny
    ok = np.isfinite(line[:-1]) & np.isfinite(line[1:]) & (np.minimum(line[:-1], line[1:]) > normal)
    if ok.any():
        ratio = line[1:][ok] / line[:-1][ok]
        assert np.allclose(ratio, lam, rtol=1e-4), ratio[:3]
    kind = said.key.rsplit(".", 1)[-1].split("_")[0]
    assert kind == ("explode" if lam > 1 else "vanish" if lam < 1 else "steady")
    # the orbit drawn is Wᵗv of W = V diag(λ₁, λ₂) V⁻¹ (eigenvectors (1, 0), (cos 0.6, sin 0.6))
    v = np.array([[1.0, np.cos(0.6)], [0.0, np.sin(0.6)]])
    w = v @ np.diag([lam1, lam2]) @ np.linalg.inv(v)
    points = orbit(view)
    finite = np.all(np.isfinite(points), axis=1) & (np.abs(points).max(axis=1) < 1e30)
    expected = [np.array([1.0, 1.0])]
    for _ in range(len(points) - 1):
        expected.append(w @ expected[-1])
    expected = np.array(expected)
    assert np.allclose(points[finite], expected[finite], rtol=1e-4, atol=1e-30)
    # (the orbit is drawn in float32: below its smallest normal number it holds fewer digits)
    full = finite & (np.linalg.norm(points, axis=1) > TINY)
    assert np.allclose(np.linalg.norm(points[full], axis=1), norms[full], rtol=1e-4)


def _parts(view) -> np.ndarray:
    """|c₁|, |c₂|: the lengths of the drawn start v = c₁u₁ + c₂u₂ along the page's unit
    eigenvectors u₁ = (1, 0), u₂ = (cos 0.6, sin 0.6), by hand (not the page's function)."""
    x, y = orbit(view)[0]
    c2 = y / np.sin(0.6)
    return np.abs(np.array([x - c2 * np.cos(0.6), c2]))


def check_steady(view, said):
    """ "the part of v along λᵢ = ±1's eigenvector keeps its length k, the other part is
    multiplied by λⱼ each step and fades, so ‖Wᵗv‖ goes from ‖v‖ towards k": λᵢ, λⱼ the
    sliders', k = |cᵢ| of the drawn start, and every drawn ‖Wᵗv‖ within |cⱼ|·|λⱼ|ᵗ of k (the
    triangle inequality: Wᵗv = λᵢᵗcᵢuᵢ + λⱼᵗcⱼuⱼ)."""
    check_verdict(view, said)
    lams = {"₁": float(view.widget("lam1").value), "₂": float(view.widget("lam2").value)}
    i, j = said["i"], said["j"]
    assert {i, j} == {"₁", "₂"} and abs(lams[i]) == 1 and abs(lams[j]) < 1, (i, j, lams)
    assert said.number("one") == lams[i] and said.number("other") == lams[j]
    parts = _parts(view)
    keep, fade = parts[int(i == "₂")], parts[int(j == "₂")]
    assert said["keep"] == sig(keep), (said["keep"], keep)
    steps, norms, _ = norm_curves(view)
    bound = fade * np.abs(lams[j]) ** steps
    assert np.all(np.abs(norms - keep) <= bound * (1 + 1e-4) + 1e-5), (norms[:4], keep)


def check_steady_same(view, said):
    """ "λ₁ = λ₂ = ±1: W = ±I, ‖Wᵗv‖ stays ‖v‖": every drawn norm is the start's."""
    check_verdict(view, said)
    lam = said.number("lam")
    assert lam == float(view.widget("lam1").value) == float(view.widget("lam2").value)
    _, norms, _ = norm_curves(view)
    assert np.allclose(norms, norms[0], rtol=1e-5)


def check_steady_flip(view, said):
    """ "λ₁ = −λ₂: ‖Wᵗv‖ alternates between ‖v‖ and b": the drawn norms at even steps are
    the start's, at odd steps b."""
    check_verdict(view, said)
    assert float(view.widget("lam1").value) == -float(view.widget("lam2").value)
    steps, norms, _ = norm_curves(view)
    assert np.allclose(norms[steps % 2 == 0], norms[0], rtol=1e-5)
    odd = norms[steps % 2 == 1]
    assert np.allclose(odd, odd[0], rtol=1e-5) and said["other"] == sig(float(odd[0]))


def check_vanish_zero(view, said):
    """ "λ₁ = λ₂ = 0: W = 0, Wᵗv = 0 from step 1 on; the chart shows only the start, ‖v‖ at
    t = 0 (the dot), and no dashed line"."""
    assert float(view.widget("lam1").value) == float(view.widget("lam2").value) == 0
    fig = view.chart("ltd_norm")
    assert not [tr for tr in fig["data"] if tr.get("line", {}).get("dash") == "dash"]
    (solid,) = fig["data"]
    assert "markers" in solid.get("mode", "")  # the lone start point is drawn as a dot
    steps, norms, _ = norm_curves(view)
    assert int(steps[-1]) == int(said.number("t")) == int(view.widget("ltd_t").value)
    assert sig(float(norms[0])) == said["v0"]
    assert np.all((norms[1:] == 0) | ~np.isfinite(norms[1:]))
    assert np.all(orbit(view)[1:] == 0)


def largest_rise(norms: np.ndarray) -> tuple[float, int, int] | None:
    """By brute force over every pair: the largest drawn rise ‖Wᵐv‖ / ‖Wᵏv‖ from a low k (the
    start t = 0, or a drawn value below the step before it) to a later step m, with k and m
    (first such pair); None where the drawn curve never falls (it is monotonic)."""
    if not np.any(norms[1:] < norms[:-1]):
        return None
    best = None
    for k in range(len(norms) - 1):
        if (k > 0 and not norms[k] < norms[k - 1]) or not norms[k] > 0:
            continue
        m = k + 1 + int(np.argmax(norms[k + 1 :]))
        ratio = norms[m] / norms[k]
        if best is None or ratio > best[0] * (1 + 1e-12):
            best = (ratio, k, m)
    return best


def check_dip(view, said):
    """ "its largest rise is from l at t = k up to p at t = m, r× the low (the start is v₀)":
    l at a drawn dip k, p drawn at m > k, r their ratio above 1.05, the largest such rise;
    "from the start's v₀ (t = 0) up to p at t = m, r× the start": the same from k = 0."""
    steps, norms, _ = norm_curves(view)
    assert sig(float(norms[0])) == said["v0"]
    k = int(said.number("k")) if "k" in said.fields else 0
    m = int(said.number("m"))
    assert 0 <= k < m <= int(steps[-1]), (k, m)
    assert (k == 0) == (said.key == "ltd.rise"), (k, said.key)
    if k:
        assert norms[k] < norms[k - 1], (k, norms[k - 1 : k + 1])  # a dip
        assert sig(float(norms[k])) == said["low"], (said["low"], norms[k])
    assert np.any(norms[1:] < norms[:-1])  # "not monotonic": it falls somewhere
    # "lower than the step before at f of its t steps (the largest fall, ×1/r, from a to b)"
    falls = np.flatnonzero(norms[1:] < norms[:-1])
    assert int(said["falls"]) == len(falls) and int(said["t"]) == int(steps[-1])
    a, b = int(said["a"]), int(said["b"])
    assert b == a + 1 and a in falls
    assert (
        sig(float(norms[a] / norms[b]))
        == said["fall"]
        == sig(float(np.max(norms[falls] / norms[falls + 1])))
    )
    assert sig(float(norms[m])) == said["peak"], (said["peak"], norms[m])
    ratio, _, _ = largest_rise(norms)
    assert ratio > 1.05 and sig(norms[m] / norms[k]) == said["times"] == sig(ratio)


def check_underflow(view, said):
    """ "from step k on ‖Wᵗv‖ is below the smallest number float64 holds, computed as 0":
    |λ|max > 0, every drawn value before k positive and finite, none from k on."""
    assert max(abs(float(view.widget("lam1").value)), abs(float(view.widget("lam2").value))) > 0
    _steps, norms, _ = norm_curves(view)
    k = int(said.number("k"))
    drawn = np.isfinite(norms) & (norms > 0)
    assert drawn[:k].all() and not drawn[k:].any(), (k, norms[k - 1 : k + 1])


def test_the_curve_s_dip_before_its_limit_is_said():
    """Fresh read, λ₁ = 1, λ₂ = 0.5: "‖Wᵗv‖ goes from 1.41 towards 0.462 and then stays there",
    while the drawn curve falls to 0.268 at t = 2, 42 % below 0.462, before it rises to it;
    the default (λ₁ = 1.1) falls to 0.316 at t = 2 before it explodes. The dip and the rise
    after it are said, in both languages."""
    for lang in ("en", "zh"):
        view = reader.View(open_page("long-term-dependencies", lang, lam1="1"),
                           "long-term-dependencies", lang)  # fmt: skip
        (said,) = view.said("ltd.dip")
        assert (said["low"], said["k"], said["peak"], said["m"]) == ("0.268", "2", "0.462", "40")
        assert not reader.check_view(view)
    view = reader.View(open_page("long-term-dependencies"), "long-term-dependencies")
    assert view.said("ltd.dip")[0]["low"] == "0.316"


def test_every_drawn_rise_of_more_than_5_percent_is_said():
    """Fresh read (中文, projector), λ₁ = 0.99, λ₂ = 0.5, t = 200: "按 0.99ᵗ 缩小到 0" while the
    drawn ‖Wᵗv‖ goes 1.414 → 0.265 (t = 2) → 0.420 (t = 8, 58 % up) → 0.0619; the "not
    monotone" note was only said when the lowest point lay inside the run. Now the largest drawn
    rise from a dip to a later step is said, with both steps and values, whenever it is more
    than 5 %, and never otherwise: over a grid of λ₁, λ₂ and both ends of t."""
    view = reader.View(
        open_page("long-term-dependencies", "zh", lam1="0.99", ltd_t="200"),
        "long-term-dependencies",
        "zh",
    )
    (said,) = view.said("ltd.dip")
    assert (said["low"], said["k"], said["peak"], said["m"]) == ("0.265", "2", "0.42", "8")
    assert not reader.check_view(view)
    for lam1 in ("-1.1", "-0.99", "0.5", "0.99", "1.1"):
        for lam2 in ("-0.5", "0.5", "0.99"):
            for steps in ("5", "200"):
                controls = dict(lam1=lam1, lam2=lam2, ltd_t=steps)
                view = reader.View(open_page("long-term-dependencies", **controls),
                                   "long-term-dependencies")  # fmt: skip
                _, norms, _ = norm_curves(view)
                rise = largest_rise(norms)
                said = bool(rise) and rise[0] > 1.05
                notes = view.said("ltd.dip") + view.said("ltd.rise")
                assert len(notes) == int(said), (controls, rise)
                assert not reader.check_view(view), controls


def _drawn(values: np.ndarray, step: int) -> bool:
    return bool(np.isfinite(values[step]) and values[step] > 0)


def test_every_value_said_at_a_step_is_drawn_there():
    """Fresh read (中文, projector), λ₁ = 0.3, λ₂ = −0.3, t = 200: "200 步后 ‖Wᵗv‖ = 3.76e-105"
    while the drawn (float32) trace fell to 1.4e-45 at t = 87 and was exactly 0 from t = 88,
    the dashed c·0.3ᵗ line too: the log axis drew nothing after t ≈ 87. The log axis now gets
    float64 when float32 cannot hold a value, and where float64 cannot either (|λ| = 0.01) the
    sentence says from which step ‖Wᵗv‖ is computed as 0. Over λ₁, λ₂ at both ends (and near
    0) and t at both ends: every value a sentence names at a step is drawn at that step
    (finite, > 0), or the sentence says why not; the dashed line is drawn wherever ‖Wᵗv‖ is."""
    view = reader.View(
        open_page("long-term-dependencies", "zh", lam1="0.3", lam2="-0.3", ltd_t="200"),
        "long-term-dependencies",
        "zh",
    )
    _, norms, line = norm_curves(view)
    assert sig(float(norms[200])) == view.said("ltd.vanish")[0]["norm"] == "3.76×10⁻¹⁰⁵"
    assert np.all(np.isfinite(line) & (line > 0))
    for lam1 in ("-1.5", "0.01", "0.3", "1.5"):
        for lam2 in ("-1.5", "-0.3", "0.01", "1.5"):
            for t in ("5", "200"):
                controls = dict(lam1=lam1, lam2=lam2, ltd_t=t)
                view = reader.View(open_page("long-term-dependencies", **controls),
                                   "long-term-dependencies")  # fmt: skip
                _steps, norms, line = norm_curves(view)
                kept = view.said("ltd.underflow")
                cut = int(kept[0].number("k")) if kept else len(norms)
                assert all(_drawn(norms, s) for s in range(cut)), (controls, cut)
                assert all(_drawn(line, s) for s in range(cut)), controls
                keys = ("explode", "vanish", "steady", "steady_same", "steady_flip", "dip", "rise")
                for said in [x for key in keys for x in view.said(f"ltd.{key}")]:
                    for name, at in (("norm", "t"), ("low", "k"), ("peak", "m")):
                        if name in said.fields and at in said.fields:  # a value at a step
                            step = int(said.number(at))
                            assert _drawn(norms, step) or step >= cut, (controls, said.key)
                assert not reader.check_view(view), controls


def test_w_zero_says_the_norm_is_zero_and_draws_the_start_as_a_dot():
    """Fresh read, λ₁ = λ₂ = 0, t = 40: ‖Wᵗv‖ is 0 after t = 0, the log chart drew nothing
    (0 on a log axis) and the sentence pointed at "the dashed line", which was not drawn. The
    sentence now says the norm is 0 from step 1, that the log axis cannot draw 0, and the
    start is drawn as a dot; no dashed line is referred to or drawn."""
    for lang, dashed in (("en", "dashed line)"), ("zh", "（虚线）")):
        view = reader.View(open_page("long-term-dependencies", lang, lam1="0", lam2="0"),
                           "long-term-dependencies", lang)  # fmt: skip
        (said,) = view.said("ltd.vanish_zero")
        assert (said["v0"], said["t"]) == ("1.41", "40")
        assert not view.said("ltd.vanish")
        assert not any(dashed in text for text in view.texts)
        assert not reader.check_view(view)


def test_at_lambda_one_the_sentence_says_the_drawn_norm_falls_to_the_kept_part():
    """Fresh read (中文, projector), λ₁ = 1 (λ₂ = 0.5): "既不爆炸也不消失" ("neither explodes nor
    vanishes") beside a drawn norm that falls from 1.41 to 0.46: v = c₁u₁ + c₂u₂ with
    |c₁| = |1 − cos 0.6 / sin 0.6| = 0.462 kept and c₂ fading as 0.5ᵗ. The sentence now says so."""
    for lang, words in (("en", "neither explodes nor vanishes"), ("zh", "既不爆炸也不消失")):
        view = reader.View(open_page("long-term-dependencies", lang, lam1="1"),
                           "long-term-dependencies", lang)  # fmt: skip
        _, norms, _ = norm_curves(view)
        assert f"{norms[0]:.3g}" == "1.41" and f"{norms[-1]:.3g}" == "0.462"
        assert not any(words in text for text in view.texts)
        (said,) = view.said("ltd.steady")
        assert said["keep"] == "0.462" == f"{abs(1 - np.cos(0.6) / np.sin(0.6)):.3g}"
        assert said["v0"] == "1.41" and said["norm"] == "0.462"
        assert not reader.check_view(view)


# ---- the fresh read: a short run said as drawn ---------------------------------------------
def test_a_short_run_is_said_as_drawn_not_as_its_long_run():
    """λ₁ = −0.99, λ₂ = 0.99, t = 5: the page said "after 5 steps ‖Wᵗv‖ = 2.06, vanishing"
    while the drawn norm had grown from 1.41 to 2.06 (W is not normal: v's two eigen-components
    partly cancel at the start). λ₁ = 1.01, t = 5 said "0.441, exploding" beside a norm that
    had shrunk to a third. Now the long run and the drawn value are said apart: 1.46× and
    0.312× the start's."""
    view = reader.View(
        open_page("long-term-dependencies", lam1="-0.99", lam2="0.99", ltd_t="5"),
        "long-term-dependencies",
    )
    said = view.said("ltd.vanish")[0]
    assert (said["norm"], said["factor"]) == ("2.06", "1.46")
    _, norms, _ = norm_curves(view)
    assert norms[-1] > norms[0]  # grown, as drawn
    assert not reader.check_view(view)
    view = reader.View(
        open_page("long-term-dependencies", lam1="1.01", ltd_t="5"), "long-term-dependencies"
    )
    said = view.said("ltd.explode")[0]
    assert (said["norm"], said["factor"]) == ("0.441", "0.312")
    assert not reader.check_view(view)


def test_the_link_to_cliffs_names_the_lesson_it_opens():
    """The link read "悬崖与梯度截断" (and "Cliffs and gradient clipping") and opened the
    lesson titled "悬崖与梯度爆炸": it now carries that lesson's title, in both languages."""
    from tests.lessons import open_page
    from ui import registry
    from ui.i18n import t

    cliffs = next(p for p in registry.every_page() if p.url_path == "cliffs")
    for lang in ("zh", "en"):
        at = open_page("long-term-dependencies", lang=lang)
        links = [e.proto for e in at.get("page_link") if "cliffs" in e.proto.page]
        assert links and {link.label for link in links} == {t(cliffs.title_key, lang)}
        assert "截断" not in " ".join(link.label for link in links)


def test_a_rise_from_the_start_before_the_curve_falls_is_said():
    """Fresh read (中文, projector), λ₁ = 0.5, λ₂ = −0.9, t = 5: the drawn ‖Wᵗv‖ goes 1.414 →
    1.789 at t = 1 (×1.27), then falls to 1.058, but only "按 0.9ᵗ 缩小到 0" was said: the
    "not monotonic" note counted a rise only after a dip. It now counts a rise from the start
    too, in both languages; a curve that never falls (W = 1.5·I) gets no note."""
    for lang in ("zh", "en"):
        view = reader.View(
            open_page(LESSON, lang, lam1="0.5", lam2="-0.9", ltd_t="5"), LESSON, lang
        )
        (said,) = view.said("ltd.rise")
        assert (said["v0"], said["peak"], said["m"], said["times"]) == ("1.41", "1.79", "1", "1.27")
        assert not view.said("ltd.dip")
        assert not reader.check_view(view)
    view = reader.View(open_page(LESSON, lam1="1.5", lam2="1.5", ltd_t="200"), LESSON)
    assert not view.said("ltd.rise") and not view.said("ltd.dip")


def _e_notation(view) -> list[str]:
    """The page's sentences (not its style sheet) that print a number as 1.2e+03."""
    return [x for x in view.texts if "<style" not in x and re.search(r"\de[+-]\d", x)]


def test_large_and_small_numbers_print_as_powers_of_ten():
    """Fresh read (中文, projector), λ₁ = λ₂ = 1.5, t = 200: "‖Wᵗv‖ = 2.34e+35 … 1.65e+35 倍".
    Every number the lesson prints is now as ui.claims.sig prints it: 2.34×10³⁵, 1.65×10³⁵,
    and 3.76×10⁻¹⁰⁵ at λ = 0.3, −0.3 (no "e+" or "e-" anywhere in the page's text)."""
    for lang in ("zh", "en"):
        view = reader.View(
            open_page(LESSON, lang, lam1="1.5", lam2="1.5", ltd_t="200"), LESSON, lang
        )
        (said,) = view.said("ltd.explode")
        assert (said["norm"], said["factor"]) == ("2.34×10³⁵", "1.65×10³⁵")
        assert not _e_notation(view)
        assert not reader.check_view(view)
    view = reader.View(open_page(LESSON, lam1="0.01", lam2="0.01", ltd_t="200"), LESSON)
    assert not _e_notation(view)
    assert view.said("ltd.underflow")[0]["k"]  # "about 5×10⁻³²⁴" in the words, no 5e-324
