"""Update rules, schedules, the `lax.scan` runner and local (Hessian) analysis.

>>> import landscapes, optimizers
>>> traj = optimizers.run("adam", landscapes.get("bowl").loss, start=(-7.0, 2.0), steps=20,
...                       lr=0.5, beta1=0.9, beta2=0.999, eps=1e-8)
>>> traj.points.shape
(21, 2)
"""

from landscapes import compile_cache  # noqa: F401  (JAX's disk cache on before any compile)
from optimizers import analysis, precision, schedules, theory
from optimizers.analysis import LocalAnalysis, analyse, gradient, hessian
from optimizers.rules import NOTE_OPTIMIZERS, OPTIMIZERS, Optimizer, get, names
from optimizers.runner import MAX_STEPS, Trajectory, run, run_batch, trace_count
from optimizers.schedules import Schedule
from optimizers.specs import SPECS, HyperParam
from optimizers.sweeps import StartSweepResult, SweepResult, sweep, sweep_starts

__all__ = [
    "MAX_STEPS",
    "NOTE_OPTIMIZERS",
    "OPTIMIZERS",
    "SPECS",
    "HyperParam",
    "LocalAnalysis",
    "Optimizer",
    "Schedule",
    "StartSweepResult",
    "SweepResult",
    "Trajectory",
    "analyse",
    "analysis",
    "get",
    "gradient",
    "hessian",
    "names",
    "precision",
    "run",
    "run_batch",
    "schedules",
    "sweep",
    "sweep_starts",
    "theory",
    "trace_count",
]
