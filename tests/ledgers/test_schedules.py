"""The schedules lesson's ledger checks: the verdict's numbers, read back from the words, against
the loss curves the figure draws (`sched_loss`, one trace per schedule)."""

from __future__ import annotations

import numpy as np

from tests import ledger as reader
from tests.lessons import open_page

PAGE = "schedules"


def drawn_means(view, k: int) -> dict[str, float]:
    """Each drawn loss curve's mean over its last `k` drawn points, by schedule name."""
    out = {}
    for name, trace in reader.traces(view.chart("sched_loss")).items():
        _, loss = reader.xy(trace)
        out[name] = float(np.mean(loss[-k:]))
    return out


def _last_k(view) -> int:
    found = view.said("schedules.ranking", **{"ranking": r"[^\n]+?(?=\.(?:\s|$)|。)"})
    if not found:
        raise AssertionError("no ranking shown")
    return int(found[0].number("k"))


def check_ranking(view, said):
    k = int(said.number("k"))
    assert k == max(1, int(view.widget("n").value) // 10)
    assert said.number("sigma") == float(view.widget("s_noise").value)
    means = drawn_means(view, k)
    items = [item.rsplit(" ", 1) for item in said["ranking"].split(" < ")]
    assert sorted(name for name, _ in items) == sorted(means), (items, list(means))
    for name, value in items:
        assert value == f"{means[name]:.3g}", (name, value, means[name])
    order = [means[name] for name, _ in items]
    assert order == sorted(order)


def _constant_and_decays(view) -> tuple[float, list[float]]:
    means = drawn_means(view, _last_k(view))
    constant = view.widget("sched").format_func("constant")
    if constant not in means:
        raise AssertionError("no constant rate drawn")
    return means[constant], [v for name, v in means.items() if name != constant]


def check_decay_wins(view, said):
    constant, decays = _constant_and_decays(view)
    assert decays and all(v < constant for v in decays), (constant, decays)
    quiet = said.key.endswith("quiet")
    assert (float(view.widget("s_noise").value) == 0) == quiet


def check_constant_wins(view, said):
    constant, decays = _constant_and_decays(view)
    assert decays and all(v >= constant for v in decays), (constant, decays)
    # "at this noise level" only with noise; with σ = 0 the sentence says there is none
    quiet = said.key.endswith("quiet")
    assert (float(view.widget("s_noise").value) == 0) == quiet, (said.key, view.widget("s_noise"))


def check_mixed(view, said):
    constant, decays = _constant_and_decays(view)
    assert any(v < constant for v in decays) and any(v >= constant for v in decays)


def view_mixed(lang):
    return open_page(PAGE, lang, s_noise="0.05")


def view_constant_wins_noisy(lang):
    return open_page(PAGE, lang, s_noise="0.01")


def test_with_no_noise_decay_wins_without_crediting_the_noise():
    """σ = 0, ε₀ = 1.05: the constant rate diverges along y (|1 − 2ε₀| = 1.1) while the decays
    settle; the verdict said "they shrink the steps the noise makes" with no noise drawn."""
    at = open_page(PAGE, s_noise="0", eps0="1.05")
    view = reader.View(at, PAGE)
    shown = " ".join(view.texts)
    assert view.said("schedules.decay_wins_quiet") and "noise makes" not in shown
    assert not reader.check_view(view)
