"""Critical points: the numbers shown equal closed forms and the engine (note 003)."""

import math
import re

import numpy as np
import pytest

import landscapes
import optimizers
from tests.lessons import chart, lines, no_exceptions, open_page
from tests.test_divergence import check_reading

PAGE = "critical-points"


def facts(at) -> str:
    return " ".join(m.value for m in at.markdown)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_runs_in_both_languages(lang):
    at = open_page(PAGE, lang)
    no_exceptions(at)
    assert "saddle" in facts(at).lower() or "鞍点" in facts(at)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_open_question_says_what_is_hidden_once(lang):
    """While a study step's question is open, the study box says the runs wait for the answer;
    the readout beside the figure said it a second time. No text is shown twice."""
    from collections import Counter

    from pages.critical_points import steps
    from tests.ledger import texts
    from ui.i18n import t

    for step in steps.STEPS:
        at = open_page(PAGE, lang)
        pills = next(b for b in at.get("button_group") if b.key == f"study-{PAGE}")
        pills.set_value(step.name).run()
        no_exceptions(at)
        shown = Counter(texts(at))
        assert shown[t("study.hidden", lang)] == 1, (step.name, shown[t("study.hidden", lang)])
        assert not [text for text, n in shown.items() if n > 1], step.name


def test_two_neuron_saddle_hessian_and_escape():
    at = open_page(PAGE)
    no_exceptions(at)
    text = facts(at)
    assert "Saddle point" in text
    assert "λ₁ = -2.000" in text and "λ₂ = 2.000" in text
    latex = " ".join(x.value for x in at.get("latex"))
    assert r"0.000 & -2.000 \\ -2.000 & 0.000" in latex  # H at the origin
    fig = chart(at, "cp_contour")
    # eigenvector arrows from the probe: the negative-curvature one is ±(1, 1)/√2
    arrows = fig["layout"]["annotations"]
    red = next(a for a in arrows if a["arrowcolor"] == "#BB5566")
    direction = np.array([red["x"] - red["ax"], red["y"] - red["ay"]])
    direction /= np.linalg.norm(direction)
    assert abs(direction[0]) == pytest.approx(math.sqrt(0.5), abs=1e-3)
    assert direction[0] * direction[1] > 0
    paths = lines(fig, "lines+markers")
    # started on the stable line w₁ = −w₂: plain gradient descent stalls at the saddle …
    gd = paths["Gradient descent"]
    assert gd[0][0] == pytest.approx(-gd[1][0], abs=1e-6)
    assert np.hypot(gd[0][-1], gd[1][-1]) < 1e-3
    # … while a little noise escapes to a minimum on w₁w₂ = 1
    noisy = next(v for k, v in paths.items() if k.startswith("Gradient descent + noise"))
    assert noisy[0][-1] * noisy[1][-1] == pytest.approx(1.0, abs=0.05)
    loss = lines(chart(at, "cp_loss"))
    assert loss["Gradient descent"][1][-1] == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    ("landscape", "px", "py", "kind"),
    [
        ("saddle", "0", "0", "Saddle point"),
        ("monkey_saddle", "0", "0", "Degenerate critical point"),
        ("two_neuron", "1", "1", "Minimum"),  # degenerate, on the valley of minima at its L
        ("himmelblau", "3", "2", "Minimum"),
        ("himmelblau", "1", "1", "Not a critical point"),
        ("plateau", "0", "0", "Minimum"),
    ],
)
def test_probe_kinds(landscape, px, py, kind):
    at = open_page(PAGE, landscape=landscape, px=px, py=py)
    no_exceptions(at)
    assert kind in facts(at)


def test_switching_surface_moves_probe_start_and_step_size():
    at = open_page(PAGE)
    at.selectbox(key="landscape").set_value("himmelblau").run()
    no_exceptions(at)
    assert at.slider(key="px").value == pytest.approx(0.087, abs=1e-3)
    assert at.select_slider(key="gd_lr").value == 0.01
    assert "Saddle point" in facts(at)
    assert not at.error


# ---- the notice, read against the drawn figure (issue 31, case 4) -----------------------------
RED = "#BB5566"
# longest first; at σ = 0 the noisy run is named for what it is: no noise
LABELS = (
    "Gradient descent + noise",
    "Gradient descent with no noise",
    "Gradient descent",
    "Momentum",
)
NUM = r"(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)"
POINT = r"\(" + NUM + ", " + NUM + r"\)"


def point(m, i: int = 1) -> np.ndarray:
    return np.array([float(m[i]), float(m[i + 1])])


def run_sentences(notice: str) -> dict[str, str]:
    """The notice's sentences by run: each run has a paragraph of its own that begins with its
    name ("It left the picture …" goes on in the same paragraph); the probe's paragraph comes
    first and names no run. A run told of twice, or a sentence about another run inside a
    run's paragraph (or the probe's), fails."""
    out: dict[str, str] = {}
    for paragraph in notice.split("\n\n"):
        label = next((lab for lab in LABELS if paragraph.startswith(lab)), None)
        sentences = re.split(r"(?<=\.) (?=[A-Z])", paragraph)
        others = [lab for lab in LABELS if lab != label and not (label or "").startswith(lab)]
        assert not [s for s in sentences if any(s.startswith(lab) for lab in others)], paragraph
        if label is not None:
            assert label not in out, (label, notice)
            out[label] = paragraph.strip()
    return out


def check_escaping(text: str, drawn: np.ndarray, ls) -> None:
    """ "… is escaping downhill, not unstable: every step after step k is longer than step k
    …, while its drawn loss falls at every step …. It left the picture at step j and passed the
    far bound … at step n": the drawn steps from k grow, the surface at the drawn points falls
    at every step from point k − 1, j is the first point outside the picture and n points
    are drawn."""
    lengths = np.linalg.norm(np.diff(drawn, axis=0), axis=1)
    k = int(re.search(r"every step after step (\d+) is longer", text)[1])
    assert np.all(lengths[k:] > lengths[k - 1]), text
    losses = np.array([float(ls.loss(np.asarray(q, np.float32))) for q in drawn])
    assert np.all(np.diff(losses[k - 1 :]) <= 0), text
    (xlo, xhi), (ylo, yhi) = ls.domain
    inside = (
        (drawn[:, 0] >= xlo) & (drawn[:, 0] <= xhi) & (drawn[:, 1] >= ylo) & (drawn[:, 1] <= yhi)
    )
    j = int(re.search(r"left the picture at step (\d+)", text)[1])
    assert inside[:j].all() and not inside[j], text
    n = int(re.search(r"far bound \|θ\| = \d+ at step (\d+)", text)[1])
    assert n == len(drawn), (n, len(drawn))


def check_notice(notice: str, fig: dict, ls) -> None:
    """Every reading of the notice against the contour as drawn: its arrows and its paths."""
    assert "stall at the saddle" not in notice  # the old fixed text
    reds = [a for a in fig["layout"]["annotations"] if a.get("arrowcolor") == RED]
    assert ("The red arrow" in notice) == bool(reds), notice
    assert ("no arrow is red" in notice) == (not reds), notice
    (xlo, xhi), (ylo, yhi) = ls.domain
    width = max(xhi - xlo, yhi - ylo)
    drawn = {}
    for name, (x, y) in lines(fig, "lines+markers").items():
        label = next(lab for lab in LABELS if name.startswith(lab))
        drawn[label] = np.stack([np.asarray(x, float), np.asarray(y, float)], axis=1)
    said = run_sentences(notice)
    assert set(said) == set(drawn), (said, list(drawn))
    assert {"Gradient descent", "Momentum"} < set(drawn) and len(drawn) == 3, list(drawn)
    for label, text in said.items():
        p = drawn[label]
        if "is escaping downhill, not unstable" in text:
            check_escaping(text, p, ls)
            continue
        if "passed the far bound" in text or "diverged at step" in text:
            check_reading(text, p, ls.domain, len(p))
            continue
        for m in re.finditer(
            r"came within " + NUM + " of the saddle " + POINT + r" at step (\d+) and left it "
            r"from step (\d+) on \(every later point more than \S+ from it\)"
            r"(?:; the way from the saddle to its end \([^()]*\) is (\d+)° off)?",
            text,
        ):
            # the marked saddle the sentence names (printed to 3 digits)
            s = min(
                (np.asarray(c) for c in ls.saddles), key=lambda c: np.linalg.norm(c - point(m, 2))
            )
            dist = np.linalg.norm(p - s, axis=1)
            k, out = int(m[4]), int(m[5])
            assert int(np.argmin(dist)) == k and dist[k] == pytest.approx(float(m[1]), rel=0.06)
            assert dist[k] <= 0.02 * width and dist[out - 1] <= 0.1 * width
            assert np.all(dist[out:] > 0.1 * width)  # left for good from step `out`
            if m[6] is not None:
                there = optimizers.analyse(ls.loss, tuple(s))
                way = (p[-1] - s) / np.linalg.norm(p[-1] - s)  # towards the drawn end
                angle = math.degrees(math.acos(min(1.0, abs(way @ there.eigenvectors[:, 0]))))
                assert angle == pytest.approx(float(m[6]), abs=1.0)
        steps = np.linalg.norm(np.diff(p, axis=0), axis=1)
        still = len(steps) >= 5 and bool(np.all(steps[-5:] < 1e-4 * width))
        stop = re.search(r"stopped at " + POINT, text)
        creeping = re.search(
            r"(?:is at|stays at) " + POINT + r" (and barely moves|\().*?but this is no critical "
            r"point",
            text,
        )
        if creeping:  # short steps where the slope is shallow: no critical point
            assert still and ((steps[-1] > 0) == ("barely moves" in creeping[0])), text
            np.testing.assert_allclose(point(creeping), p[-1], rtol=0.006, atol=1e-6)
            assert optimizers.analyse(ls.loss, tuple(p[-1])).kind == "not_critical", text
        elif stop:
            assert still, text
            np.testing.assert_allclose(point(stop), p[-1], rtol=0.006, atol=1e-6)
            kind = optimizers.analyse(ls.loss, tuple(p[-1])).kind
            word = {
                "saddle": "a saddle point",
                "minimum": "a minimum",
                "maximum": "a maximum",
                "degenerate": "degenerate",
            }[kind]
            assert word in text, (kind, text)
        else:
            moving = re.search(
                r"is still moving at step (\d+): at " + POINT + r", last step " + NUM, text
            )
            assert moving and not still, text
            assert int(moving[1]) == len(p) - 1
            np.testing.assert_allclose(point(moving, 2), p[-1], rtol=0.006, atol=1e-6)
            assert float(moving[4]) == pytest.approx(steps[-1], rel=0.06) if len(steps) else True
            near = re.search(r"last step \S+, " + NUM + r" from the \w+ " + POINT, text)
            if near:
                d = np.linalg.norm(p[-1] - point(near, 2))
                assert d <= 0.05 * width and d == pytest.approx(
                    float(near[1]), rel=0.06, abs=0.008
                )  # printed to 3 digits


SURFACE_OPTIONS = ["two_neuron", "saddle", "monkey_saddle", "himmelblau", "plateau", "typed"]
ONE_AT_A_TIME = [
    {},
    {"n": "1"},
    {"n": "300"},
    {"sigma": "0"},
    {"sigma": "1"},
    {"gd_lr": "1e-05"},
    {"gd_lr": "10"},
    {"alpha": "0"},
    {"alpha": "0.999"},
]


@pytest.mark.parametrize("surface", SURFACE_OPTIONS)
@pytest.mark.parametrize(
    "change", ONE_AT_A_TIME, ids=lambda c: "-".join(f"{k}={v}" for k, v in c.items()) or "default"
)
def test_the_notice_reads_true_of_the_figure(surface, change):
    query = dict(landscape=surface, **change)
    if surface == "typed":
        query["f"] = "x^3 - 3*x*y^2 + y^2"
        ls = landscapes.from_expression(query["f"])
    else:
        ls = landscapes.get(surface)
    at = open_page(PAGE, **query)
    no_exceptions(at)
    check_notice(at.info[0].value, chart(at, "cp_contour"), ls)


def test_the_monkey_saddle_notice_says_what_is_drawn():
    """Issue 31, case 4: H = 0 at the monkey saddle, no red arrow, and both runs diverge."""
    at = open_page(PAGE, landscape="monkey_saddle", px="0", py="0")
    no_exceptions(at)
    notice = at.info[0].value
    check_notice(notice, chart(at, "cp_contour"), landscapes.get("monkey_saddle"))
    assert "H = 0" in notice and "no arrow is red" in notice
    said = run_sentences(notice)
    assert "passed the far bound |θ| = 200 at step 18" in said["Gradient descent"]
    assert "passed the far bound |θ| = 200 at step 12" in said["Momentum"]


def test_the_two_neuron_notice_says_which_run_stopped_at_the_saddle():
    at = open_page(PAGE)
    no_exceptions(at)
    notice = at.info[0].value
    check_notice(notice, chart(at, "cp_contour"), landscapes.get("two_neuron"))
    said = run_sentences(notice)
    assert "stopped at" in said["Gradient descent"] and "a saddle point" in said["Gradient descent"]
    assert "still moving at step 60" in said["Momentum"]  # not yet stalled after 60 steps
    assert "The red arrow" in notice


@pytest.mark.parametrize(
    "surface", ["two_neuron", "saddle", "monkey_saddle", "himmelblau", "plateau"]
)
def test_the_readout_never_prints_a_negative_zero(surface):
    """The readout's ∇L, H, λ and v print 3 decimals; a component that rounds to zero prints
    "0.000", never "-0.000" (the saddle's v₂ read "(-1.000, -0.000)")."""
    from ui.claims import fixed

    assert fixed(-1e-17) == "0.000" and fixed(-0.0004) == "0.000" and fixed(-0.0005) == "-0.001"
    at = open_page(PAGE, "zh", landscape=surface)
    no_exceptions(at)
    shown = facts(at) + " ".join(x.value for x in at.get("latex"))
    assert "v₁ = (" in shown, shown
    assert not re.search(r"-0\.0+(?![0-9])", shown), shown
    if surface == "saddle":
        assert "v₂ = (-1.000, 0.000)" in shown, shown


def _printed_matrix(at, name: str) -> np.ndarray:
    """The readout's printed ∇L or H (LaTeX pmatrix), as a reader reads its entries."""
    from tests.ledger import number

    tex = next(x.value for x in at.get("latex") if re.search(rf"{re.escape(name)} = ", x.value))
    head, rest = tex.split(r"\begin{pmatrix}")
    body = rest.split(r"\end{pmatrix}")[0]
    power = re.search(r"= 10\^\{(-?\d+)\}", head)  # a small H: 10^e times the matrix
    rows = [r.split("&") for r in body.split(r"\\")]
    plain = [[re.sub(r"\s*\\times 10\^\{(-?\d+)\}", r"e\1", c).strip() for c in r] for r in rows]
    return np.array([[number(c) for c in r] for r in plain]) * 10.0 ** int(power[1] if power else 0)


@pytest.mark.parametrize(("lang", "query"), [("zh", {"landscape": "plateau"}), ("en", {})])
def test_the_printed_hessian_has_the_eigenvalue_signs_the_sentence_states(lang, query):
    """The printed H's own eigenvalues have the signs of the λ the probe sentence and the λ
    lines state, and the printed ∇L is the sentence's: on the plateau, 3 fixed decimals printed
    H = [[−0.002, −0.002], [−0.002, −0.003]] (eigenvalues both negative), "λ₂ = 0.000" and
    ∇L = (0.001, 0.001) beside eigenvalues −0.00475, 0.000279 and ∇L = (0.00061, 0.000814)."""
    from tests.ledger import number, said

    at = open_page(PAGE, lang, **query)
    no_exceptions(at)
    h = _printed_matrix(at, "H")
    printed = np.linalg.eigvalsh((h + h.T) / 2)
    kinds = ("saddle", "minimum", "maximum", "degenerate", "not_critical")
    (sentence,) = [
        found
        for kind in kinds
        for found in said(at, f"critical.probe.{kind}", lang, g=r"\([^)]*\)", at=r"\([^)]*\)")
    ]
    stated = sorted([sentence.number("l1"), sentence.number("l2")])
    assert all(s != 0 for s in stated), stated
    assert list(np.sign(sorted(printed))) == list(np.sign(stated)), (h, printed, stated)
    lams = sorted(number(m) for m in re.findall(r"λ[₁₂] = ([^*]+)\*\*", facts(at)))
    assert lams == pytest.approx(stated, rel=5e-3), (lams, stated)
    if "g" in sentence.fields:  # a critical point's sentence prints no ∇L
        g_said = [number(v) for v in sentence["g"].strip("()").split(",")]
        assert _printed_matrix(at, r"\nabla L").ravel() == pytest.approx(g_said, rel=5e-3)
