"""Downloads: offline HTML, PNG through kaleido and Debian's Chromium, GIF of the race,
trajectories as CSV / JSON."""

from __future__ import annotations

import csv
import io
import json
import re

import numpy as np
import pytest
from PIL import Image

import landscapes
import optimizers
from ui import compute, export, figures
from ui.i18n import figure_labels

BOWL = landscapes.get("bowl").loss


@pytest.fixture(scope="module")
def race():
    trajs = [
        optimizers.run("sgd", BOWL, (-7.0, 2.0), 20, lr=0.95),
        optimizers.run("momentum", BOWL, (-7.0, 2.0), 20),
    ]
    paths = [
        figures.PathView(t.optimizer, t.optimizer, t.points, t.losses, t.step_lengths)
        for t in trajs
    ]
    fig = compute.landscape_contour("bowl", paths, figure_labels("en"), grid=120)
    return trajs, fig


def test_html_is_standalone_and_keeps_the_animation(race):
    _, fig = race
    page = export.html(fig)
    assert page.startswith("<!doctype html>") and len(page) > 3_000_000  # plotly.js inlined
    assert not re.search(r"<script[^>]*\bsrc=", page)  # nothing to fetch
    assert "Plotly.addFrames" in page and '"name":"20"' in page  # every step's frame


def test_png_is_drawn_by_chromium_at_projector_size(race):
    _, fig = race
    image = Image.open(io.BytesIO(export.png(fig)))
    assert image.format == "PNG" and image.size == (1280, 720)
    # not blank: the contour background and paths give many colours
    assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50


def test_gif_steps_through_the_race(race):
    _, fig = race
    gif = Image.open(io.BytesIO(export.race_gif(fig, frames=5, size=(480, 300))))
    assert gif.format == "GIF" and gif.size == (480, 300) and gif.n_frames == 5
    first, last = (np.asarray(f.convert("RGB")) for f in (_frame(gif, 0), _frame(gif, 4)))
    assert np.abs(first.astype(int) - last.astype(int)).sum() > 0  # the heads moved


def _frame(gif, i):
    gif.seek(i)
    return gif.copy()


def test_csv_has_every_step_of_every_optimizer(race):
    trajs, _ = race
    rows = list(csv.DictReader(io.StringIO(export.trajectories_csv(trajs))))
    assert len(rows) == 2 * 21
    sgd = [r for r in rows if r["optimizer"] == "sgd"]
    assert float(sgd[1]["x"]) == pytest.approx(-7.0 * 0.81, rel=1e-6)
    assert float(sgd[1]["y"]) == pytest.approx(2.0 * -0.9, rel=1e-6)
    assert {r["diverged"] for r in rows} == {"no"}


def test_json_holds_settings_and_points(race):
    trajs, _ = race
    data = json.loads(export.trajectories_json(trajs, {"landscape": "bowl", "steps": 20}))
    assert data["settings"] == {"landscape": "bowl", "steps": 20}
    assert data["trajectories"][0]["hyperparams"]["lr"] == pytest.approx(0.95)
    np.testing.assert_allclose(data["trajectories"][1]["points"], trajs[1].points, rtol=1e-6)


def test_csv_marks_steps_after_a_divergence():
    traj = optimizers.run("sgd", BOWL, (-7.0, 2.0), 30, lr=1.5)
    rows = list(csv.DictReader(io.StringIO(export.trajectories_csv([traj]))))
    flags = [r["diverged"] for r in rows]
    assert flags.index("yes") == traj.diverged_at


def test_any_figure_gives_its_plotted_values(race):
    trajs, fig = race
    rows = list(csv.DictReader(io.StringIO(export.figure_csv(fig))))
    sgd = [r for r in rows if r["trace"] == "sgd"]
    np.testing.assert_allclose(
        [[float(r["x"]), float(r["y"])] for r in sgd], trajs[0].points, rtol=1e-6
    )
    assert not any(r["trace"] == "click" for r in rows)  # the invisible click grid is left out
    data = json.loads(export.figure_json(fig, {"link": "/playground?opt=sgd"}))
    assert data["settings"] == {"link": "/playground?opt=sgd"}
    names = [t["name"] for t in data["traces"]]
    assert "sgd" in names and "momentum" in names


def test_a_heatmap_exports_its_grid():
    import plotly.graph_objects as go

    fig = go.Figure(go.Heatmap(x=[0.1, 0.2, 0.3], y=[0.0, 0.5], z=[[1, 2, 3], [4, 5, 6]], name="m"))
    rows = list(csv.DictReader(io.StringIO(export.figure_csv(fig))))
    assert len(rows) == 6
    last = rows[-1]
    assert (last["i"], last["j"], float(last["x"]), float(last["y"]), float(last["z"])) == (
        "1",
        "2",
        0.3,
        0.5,
        6.0,
    )
