"""Downloads: a figure as standalone offline HTML or PNG, trajectories as CSV / JSON with their
settings, and the Playground's race as an animated GIF. No Streamlit here.

PNGs are drawn by kaleido 1.x in Debian's Chromium (`BROWSER_PATH`), kept running between
downloads: the first image costs about 2 s, later ones about 0.2 s.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import shutil
import threading
import warnings
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.io as pio
from PIL import Image

from optimizers.runner import Trajectory
from ui.figures import decode

PNG_SIZE = (1280, 720)
GIF_FRAMES = 40
_kaleido_lock = threading.Lock()
_kaleido_started = False


def html(fig) -> str:
    """The figure as one HTML file that works offline: plotly.js inlined, animation kept."""
    return pio.to_html(
        fig,
        include_plotlyjs=True,
        full_html=True,
        auto_play=False,
        config={"displaylogo": False},
    )


def _ensure_kaleido() -> None:
    global _kaleido_started
    if _kaleido_started:
        return
    import kaleido  # imported late: only downloads need it

    if "BROWSER_PATH" not in os.environ:
        path = shutil.which("chromium") or shutil.which("chromium-browser")
        if path:
            os.environ["BROWSER_PATH"] = path
    kaleido.start_sync_server(silence_warnings=True)
    _kaleido_started = True


def png(fig, size: tuple[int, int] = PNG_SIZE) -> bytes:
    """The figure as a PNG of `size` pixels (projector 1280 × 720 by default)."""
    spec = fig.to_dict() if hasattr(fig, "to_dict") else fig
    spec = {k: v for k, v in spec.items() if k != "frames"}
    with _kaleido_lock, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        _ensure_kaleido()
        return pio.to_image(spec, format="png", width=size[0], height=size[1], validate=False)


def _static_frame(spec: dict, frame: dict) -> dict:
    """The figure as it looks at one animation frame, without the player controls."""
    out = copy.deepcopy({k: v for k, v in spec.items() if k != "frames"})
    for trace, index in zip(frame.get("data", ()), frame.get("traces", ()), strict=True):
        out["data"][index] = {**out["data"][index], **trace}
    layout = out.setdefault("layout", {})
    layout.pop("updatemenus", None)
    layout.pop("sliders", None)
    return out


def race_gif(fig, frames: int = GIF_FRAMES, size: tuple[int, int] = (960, 600)) -> bytes:
    """The animated race as a GIF: up to `frames` evenly spaced animation frames."""
    spec = fig.to_dict() if hasattr(fig, "to_dict") else fig
    all_frames = spec.get("frames") or []
    if not all_frames:
        return _gif([png(spec, size)])
    picks = np.unique(np.linspace(0, len(all_frames) - 1, min(frames, len(all_frames))).round())
    return _gif([png(_static_frame(spec, all_frames[int(i)]), size) for i in picks])


def _gif(pngs: Sequence[bytes], ms: int = 150) -> bytes:
    images = [Image.open(io.BytesIO(b)).convert("RGB") for b in pngs]
    palette = [im.quantize(colors=128, method=Image.Quantize.MEDIANCUT) for im in images]
    buffer = io.BytesIO()
    durations = [ms] * (len(palette) - 1) + [ms * 8]  # linger on the last frame
    palette[0].save(
        buffer,
        format="GIF",
        save_all=True,
        append_images=palette[1:],
        duration=durations if len(palette) > 1 else ms,
        loop=0,
        optimize=False,
    )
    return buffer.getvalue()


def trajectories_csv(trajs: Sequence[Trajectory]) -> str:
    """One row per optimizer and step: optimizer, step, coordinates, loss, diverged."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    dim = trajs[0].points.shape[1] if trajs else 2
    coords = ["x", "y"][:dim] if dim <= 2 else [f"x{i + 1}" for i in range(dim)]
    writer.writerow(["optimizer", "step", *coords, "loss", "diverged"])
    for tr in trajs:
        last = tr.steps if tr.diverged_at is None else tr.diverged_at - 1
        for k in range(tr.steps + 1):
            row = [f"{v:.7g}" for v in tr.points[k]]  # float32: 7 significant digits
            writer.writerow(
                [tr.optimizer, k, *row, f"{tr.losses[k]:.7g}", "yes" if k > last else "no"]
            )
    return buffer.getvalue()


def trajectories_json(trajs: Sequence[Trajectory], settings: Mapping[str, object]) -> str:
    """The settings of the view and every trajectory (points, losses, hyper-parameters)."""
    return json.dumps(
        {
            "settings": dict(settings),
            "trajectories": [
                {
                    "optimizer": tr.optimizer,
                    "hyperparams": {k: float(v) for k, v in tr.hyperparams.items()},
                    "diverged_at": tr.diverged_at,
                    "points": [[float(f"{v:.7g}") for v in p] for p in tr.points],
                    "losses": [float(f"{v:.7g}") for v in tr.losses],
                }
                for tr in trajs
            ],
        },
        ensure_ascii=False,
        indent=1,
        allow_nan=True,
    )


# ---- the data behind any figure ---------------------------------------------------------------
def _values(v) -> np.ndarray | None:
    if v is None:
        return None
    if isinstance(v, dict) and "bdata" in v:
        return decode(v)
    try:
        return np.asarray(v, dtype=np.float64)
    except (TypeError, ValueError):
        return np.asarray(v, dtype=object)


def _shown_traces(fig) -> list[dict]:
    """The traces a reader sees: not the invisible click grids, not background images."""
    spec = fig.to_dict() if hasattr(fig, "to_dict") else fig
    out = []
    for trace in spec.get("data", ()):
        marker = trace.get("marker") or {}
        if (
            trace.get("visible") is False
            or (trace.get("mode") == "markers" and marker.get("opacity") == 0)
            or (trace.get("type") == "heatmap" and trace.get("opacity") == 0)  # a hover grid
        ):
            continue
        if trace.get("x") is None and trace.get("z") is None:
            continue
        out.append(trace)
    return out


def figure_rows(fig) -> list[dict]:
    """One row per plotted value: trace name, index (i, j for grids), x, y, z."""
    rows = []
    for n, trace in enumerate(_shown_traces(fig)):
        name = trace.get("name") or f"{trace.get('type', 'scatter')} {n + 1}"
        x, y, z = (_values(trace.get(k)) for k in ("x", "y", "z"))
        if z is not None and z.ndim == 2:  # a grid: heatmap, surface
            for i in range(z.shape[0]):
                for j in range(z.shape[1]):
                    rows.append(
                        dict(
                            trace=name,
                            i=i,
                            j=j,
                            x=x[j] if x is not None and x.ndim == 1 else j,
                            y=y[i] if y is not None and y.ndim == 1 else i,
                            z=z[i, j],
                        )
                    )
            continue
        for i in range(len(x) if x is not None else 0):
            rows.append(
                dict(
                    trace=name,
                    i=i,
                    j="",
                    x=x[i],
                    y=y[i] if y is not None and i < len(y) else "",
                    z=z[i] if z is not None and i < len(z) else "",
                )
            )
    return rows


def _cell(v) -> str:
    if isinstance(v, float | np.floating):
        return f"{v:.7g}"
    return str(v)


def figure_csv(fig) -> str:
    """The figure's plotted values as CSV: trace, i, j, x, y, z."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["trace", "i", "j", "x", "y", "z"])
    for row in figure_rows(fig):
        writer.writerow([_cell(row[k]) for k in ("trace", "i", "j", "x", "y", "z")])
    return buffer.getvalue()


def figure_json(fig, settings: Mapping[str, object]) -> str:
    """The view's settings (its link and parameters) and every plotted trace's values."""
    traces = []
    for trace in _shown_traces(fig):
        entry = {"name": trace.get("name"), "type": trace.get("type", "scatter")}
        for k in ("x", "y", "z"):
            v = _values(trace.get(k))
            if v is not None:
                entry[k] = [_jsonable(a) for a in v.tolist()] if v.dtype != object else v.tolist()
        traces.append(entry)
    return json.dumps({"settings": dict(settings), "traces": traces}, ensure_ascii=False)


def _jsonable(v):
    if isinstance(v, list):
        return [_jsonable(a) for a in v]
    if isinstance(v, float):
        return float(f"{v:.7g}") if np.isfinite(v) else None
    return v
