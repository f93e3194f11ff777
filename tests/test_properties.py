"""Property tests: every optimizer on every landscape across the specs' full ranges."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import landscapes
import optimizers


def spec_values(spec):
    inner = (
        st.floats(np.log10(spec.low), np.log10(spec.high)).map(lambda e: float(10**e))
        if spec.log
        else st.floats(spec.low, spec.high)
    )
    clamp = lambda v: float(min(max(v, spec.low), spec.high))  # noqa: E731
    return st.one_of(st.sampled_from([spec.low, spec.high, spec.default]), inner).map(clamp)


def lane_for(name, domain):
    opt = optimizers.get(name)
    start = st.tuples(*(st.floats(lo, hi) for lo, hi in domain))
    return st.fixed_dictionaries(
        {
            "name": st.just(name),
            "start": start,
            **{s.name: spec_values(s) for s in opt.hyperparams},
        },
        optional={
            "schedule": st.sampled_from(optimizers.schedules.KINDS),
            "clip": st.floats(1e-3, 1e3),
            "noise": st.floats(0.0, 10.0),
            "seed": st.integers(0, 2**20),
        },
    )


@pytest.mark.parametrize("landscape", landscapes.names())
def test_every_optimizer_never_raises_and_is_finite_until_divergence(landscape):
    ls = landscapes.get(landscape)
    lanes = st.tuples(*(lane_for(n, ls.domain) for n in optimizers.names()))

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(lanes)
    def check(lanes):
        trajs = optimizers.run_batch(ls.loss, 60, lanes)
        for traj in trajs:
            end = traj.diverged_at or traj.steps + 1
            assert np.all(np.isfinite(traj.points[:end]))
            assert np.all(np.isfinite(traj.losses[:end]))
            # plotted points stay finite even after divergence: the last finite point is held
            assert np.all(np.isfinite(traj.points)) and np.all(np.isfinite(traj.losses))
            assert traj.points.shape == (61, ls.dim)

    check()
