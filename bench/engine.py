"""Engine benchmark: prints figures, asserts nothing. Run with `make bench`.

1. compile time per note optimizer (first `optimizers.run`);
2. ms for the 7 note optimizers × 1000 steps through `optimizers.run` (after warm-up);
3. the same with the plain NumPy loop of `optimizers.reference`, and the ratio;
4. one vmapped `run_batch` call of 8 optimizers × 1000 steps;
5. a vmapped run_batch of 4096 lanes × 1000 steps (every rule in the switch, full records);
6. `optimizers.sweep`: 256 × 256 (lr, momentum) × 500 steps (≈ 33 M optimizer steps), in
   one call and in the page's progress-bar chunks; a 256 × 256 start sweep (basins).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

import landscapes
import optimizers
from optimizers import reference

STEPS = 1000
START = (-7.0, 2.0)
BOWL = landscapes.get("bowl").loss


def bowl_grad(p: np.ndarray) -> np.ndarray:
    return np.array([p[0] / 5.0, 2.0 * p[1]])


def best_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1e3 * min(times)


def main() -> None:
    names = optimizers.NOTE_OPTIMIZERS
    print(f"engine benchmark: bowl from {START}, {STEPS} steps\n")

    print("compile time (first run, includes tracing and XLA compile):")
    for name in names:
        t0 = time.perf_counter()
        optimizers.run(name, BOWL, START, STEPS)
        print(f"  {name:<16} {1e3 * (time.perf_counter() - t0):8.0f} ms")

    def jax_all():
        for name in names:
            optimizers.run(name, BOWL, START, STEPS)

    def numpy_all():
        for name in names:
            reference.run(name, bowl_grad, START, STEPS, **optimizers.get(name).defaults())

    jax_ms = best_ms(jax_all)
    numpy_ms = best_ms(numpy_all, repeat=3)
    print(f"\n7 note optimizers x {STEPS} steps, optimizers.run : {jax_ms:8.2f} ms")
    print(f"7 note optimizers x {STEPS} steps, NumPy loop      : {numpy_ms:8.2f} ms")
    print(f"ratio NumPy / JAX                                : {numpy_ms / jax_ms:8.1f} x")

    floor_figures(numpy_ms)

    per_opt = {}
    for name in names:
        per_opt[name] = best_ms(lambda name=name: optimizers.run(name, BOWL, START, STEPS))
    print("  per optimizer (ms):", ", ".join(f"{k} {v:.2f}" for k, v in per_opt.items()))

    lanes = [dict(name=n, start=START) for n in (*names, "adamw")]
    t0 = time.perf_counter()
    optimizers.run_batch(BOWL, STEPS, lanes)
    compile_ms = 1e3 * (time.perf_counter() - t0)
    batch_ms = best_ms(lambda: optimizers.run_batch(BOWL, STEPS, lanes))
    print(
        f"\none vmapped run_batch, 8 optimizers x {STEPS} steps: {batch_ms:8.2f} ms "
        f"(first call with compile {compile_ms:.0f} ms)"
    )

    rng = np.random.default_rng(0)
    wide = [
        dict(name="momentum", start=START, lr=float(lr), momentum=float(m))
        for lr, m in zip(10 ** rng.uniform(-3, 0.3, 4096), rng.uniform(0, 0.99, 4096), strict=True)
    ]
    optimizers.run_batch(BOWL, STEPS, wide)
    wide_ms = statistics.median(
        [best_ms(lambda: optimizers.run_batch(BOWL, STEPS, wide), repeat=1) for _ in range(3)]
    )
    rate = 4096 * STEPS / (wide_ms / 1e3)
    print(
        f"vmapped run_batch, 4096 lanes x {STEPS} steps       : {wide_ms:8.1f} ms "
        f"= {rate / 1e6:.1f} M optimizer steps/s ({1e9 / rate:.0f} ns/step, "
        f"all {len(optimizers.OPTIMIZERS)} rules in the switch)"
    )


def floor_figures(numpy_ms: float) -> None:
    """Where the time of `optimizers.run` goes, and what bounds the ratio on this machine.

    - dispatch: one trivial jitted call;
    - bare rules: each rule alone in a 1024-step `lax.scan`, no records, no divergence check,
      no traced schedule, noise or clipping (what the issue's contract asks beyond the rule
      costs the difference);
    - compiled runs: the runner's own compiled functions called directly, all 7 in a row,
      without the Python around them (argument checks, the Trajectory).
    """
    import jax
    import jax.numpy as jnp

    from optimizers import runner

    trivial = jax.jit(lambda a: a + 1.0)
    one = np.ones(2, np.float32)
    dispatch = best_ms(lambda: trivial(one).block_until_ready(), repeat=300)
    bare = 0.0
    calls = []
    for name in optimizers.NOTE_OPTIMIZERS:
        opt = optimizers.get(name)
        hp = {k: jnp.float32(v) for k, v in opt.defaults().items()}

        @jax.jit
        def scan(theta0, hp=hp, opt=opt):
            def body(carry, _):
                theta, state = carry
                g = jax.grad(BOWL)(opt.eval_point(theta, state, hp))
                delta, state, _ = opt.step(g, state, theta, hp)
                return (theta + delta, state), None

            return jax.lax.scan(body, (theta0, opt.init(theta0)), None, length=1024)[0][0]

        start = np.array(START, np.float32)
        bare += best_ms(lambda scan=scan, start=start: scan(start).block_until_ready(), 300)
        fn = runner._compiled_single(name, BOWL, runner._bucket(STEPS, runner._LENGTH_BUCKETS))
        ctrl = runner._control_values("constant", None, 0.0, 0, False, runner.DEFAULT_BOUND)
        args = np.array([*START, *opt.defaults().values(), *ctrl], np.float32)
        calls.append((fn, args))
    compiled = best_ms(lambda: [np.asarray(fn(args)) for fn, args in calls], repeat=50)
    print(f"  where it goes: one jitted dispatch {1e3 * dispatch:.0f} µs")
    print(
        f"    the 7 bare rules in 1024-step scans: {bare:.2f} ms in all "
        f"(bounds the ratio at {numpy_ms / bare:.0f}x)"
    )
    print(
        f"    the runner's 7 compiled runs alone (records, divergence, traced controls, "
        f"no Python): {compiled:.2f} ms (bounds it at {numpy_ms / compiled:.0f}x)"
    )


def sweep_figure() -> None:
    lrs, moms = np.geomspace(1e-3, 3.0, 256), np.linspace(0.0, 0.99, 256)
    t0 = time.perf_counter()
    optimizers.sweep("momentum", BOWL, START, 500, {"lr": lrs, "momentum": moms})
    first = time.perf_counter() - t0
    times = []
    for scale in (1.0, 0.999, 0.998):
        t0 = time.perf_counter()
        optimizers.sweep("momentum", BOWL, START, 500, {"lr": lrs * scale, "momentum": moms})
        times.append(time.perf_counter() - t0)
    best = min(times)
    print(
        f"sweep momentum 256 x 256 x 500 (33 M steps)    : {best:8.3f} s = "
        f"{256 * 256 * 500 / best / 1e6:.1f} M steps/s ({1e9 * best / (256 * 256 * 500):.0f} "
        f"ns/step); first call with compile {first:.2f} s"
    )


def chunked_and_basin_figures() -> None:
    """The page's paths: the same map in chunks with a progress bar, and a 256² start sweep."""
    lrs, moms = np.geomspace(1e-3, 3.0, 256), np.linspace(0.0, 0.99, 256)
    axes = {"lr": lrs, "momentum": moms}
    optimizers.sweep("momentum", BOWL, START, 500, axes, on_progress=lambda d, n: None)
    t0 = time.perf_counter()
    optimizers.sweep("momentum", BOWL, START, 500, axes, on_progress=lambda d, n: None)
    chunked = time.perf_counter() - t0
    print(
        f"same map in chunks of {optimizers.sweeps.CHUNK} (progress bar)  : {chunked:8.3f} s = "
        f"{256 * 256 * 500 / chunked / 1e6:.1f} M steps/s"
    )
    himmelblau = landscapes.get("himmelblau")
    xs = ys = np.linspace(-5.0, 5.0, 256)
    optimizers.sweep_starts("momentum", himmelblau.loss, xs, ys, 500, lr=0.01)
    t0 = time.perf_counter()
    optimizers.sweep_starts("momentum", himmelblau.loss, xs * 0.999, ys, 500, lr=0.01)
    starts = time.perf_counter() - t0
    print(
        f"basins: himmelblau 256 x 256 starts x 500      : {starts:8.3f} s = "
        f"{256 * 256 * 500 / starts / 1e6:.1f} M steps/s"
    )


if __name__ == "__main__":
    main()
    sweep_figure()
    chunked_and_basin_figures()
