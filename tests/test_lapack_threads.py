"""Batched LAPACK calls from many threads at once must not hang the server.

jaxlib 0.10's CPU `eigh` splits a batch over XLA's intra-op pool and blocks a pool thread
until the parts are done; with as many such calls at once as the pool has threads, the
process hung at 0 % CPU (two browser tabs on /edge-of-stability beside the warm-up, in CI).
`landscapes.lapack.serial` runs those programs one at a time. These tests start more
concurrent trainings than the machine has cores and require every one to finish with the
numbers a lone training gives.
"""

from __future__ import annotations

import os
import threading

import numpy as np

from landscapes import expression
from models import edge_of_stability as eos

RATES = (0.01, 0.05, 0.1, 0.2)  # a full batch of MAX_RATES lanes: the eigh is batched
# Far longer than the work takes on any machine (each call is a few seconds alone); a hang
# never ends, so any bound tells the two apart.
PATIENCE_S = 900


def _in_threads(work, n):
    results: list = [None] * n
    errors: list = []

    def one(i):
        try:
            results[i] = work()
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(PATIENCE_S)
    hung = sum(t.is_alive() for t in threads)
    return results, errors, hung


def test_concurrent_edge_trainings_all_finish_with_a_lone_trainings_numbers():
    alone = eos.train(RATES, steps=eos.CHUNK)
    n = (os.cpu_count() or 2) + 2
    results, errors, hung = _in_threads(lambda: eos.train(RATES, steps=eos.CHUNK), n)
    assert not errors, errors
    assert hung == 0, f"{hung} of {n} concurrent trainings never finished (a pool deadlock)"
    for run in results:
        np.testing.assert_array_equal(run.sharpness, alone.sharpness)
        np.testing.assert_array_equal(run.losses, alone.losses)


def test_concurrent_critical_point_searches_all_finish_alike():
    raw = expression.function("x**3 - 3*x + y**2")
    domain = ((-3.0, 3.0), (-3.0, 3.0))
    alone = expression.critical_points(raw, domain)
    n = (os.cpu_count() or 2) + 2
    results, errors, hung = _in_threads(lambda: expression.critical_points(raw, domain), n)
    assert not errors, errors
    assert hung == 0, f"{hung} of {n} concurrent searches never finished (a pool deadlock)"
    assert all(r == alone for r in results)
    # x³ − 3x + y²: a minimum at (1, 0), a saddle at (−1, 0)
    assert alone["minimum"] == ((1.0, 0.0),)
    assert alone["saddle"] == ((-1.0, 0.0),)
    assert alone["maximum"] == ()
