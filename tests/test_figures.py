"""Figure builders: arrays in, figure JSON out, checked without Streamlit."""

import base64
import io
import itertools

import numpy as np
import pytest
from PIL import Image

import landscapes
import optimizers
from ui import figures
from ui.i18n import FIGURE_LABELS

LABELS = {k: k for k in FIGURE_LABELS}


def bowl_paths(steps=20):
    loss = landscapes.get("bowl").loss
    out = []
    for name in ("sgd", "adam"):
        tr = optimizers.run(name, loss, (-7.0, 2.0), steps)
        out.append(
            figures.PathView(
                name, name.upper(), tr.points, tr.losses, tr.step_lengths, tr.diverged_at
            )
        )
    return out


def test_typed_arrays_round_trip():
    a = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    np.testing.assert_array_equal(figures.decode(figures.f32(a)), a.astype(np.float64))
    assert figures.f32([]) == []


def test_values_beyond_float32_become_infinite_with_no_warning():
    """1e39 and −1e300 do not fit a float32: they are sent as ±inf (a gap), on purpose, and
    the cast says nothing in the server log."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        v = figures.decode(figures.f32(np.array([1.0, 1e39, -1e300, np.nan, 3.4e38])))
    assert v[0] == 1.0 and v[1] == np.inf and v[2] == -np.inf and np.isnan(v[3])
    assert v[4] == pytest.approx(3.4e38, rel=1e-6)


def test_contour_image_bands_follow_the_surface():
    _, _, z = landscapes.grid.sample(landscapes.get("bowl"), 64)
    uri = figures.contour_image(z, log_levels=True, min_loss=0.0)
    png = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    assert png.size == (64, 64)
    rgb = np.asarray(png, dtype=float)
    bands = figures.contour_bands(z, log_levels=True, min_loss=0.0)
    assert bands.min() == 0 and bands.max() == figures.N_LEVELS - 1
    assert bands[0, 0] == figures.N_LEVELS - 1  # a corner of the bowl is the highest band
    centre = np.unravel_index(np.argmin(z), z.shape)
    assert bands[centre] == 0
    # the corner is drawn in the darkest colour of the scale, and the image is not blank
    assert rgb[0, 0].sum() < rgb.reshape(-1, 3).sum(axis=1).max()
    # row 0 of z is the lowest y, but the image's top row must be the highest y
    ramp = np.repeat(np.linspace(0, 1, 48)[:, None], 48, axis=1)  # z = y
    uri = figures.contour_image(ramp)
    img = np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))), float)
    assert img[0].sum() < img[-1].sum()  # top (high loss) darker than bottom


def test_play_reveals_every_path_step_by_step():
    paths = bowl_paths()
    fig = figures.contour_figure(
        *landscapes.grid.sample(landscapes.get("bowl"), 32),
        paths,
        domain=((-8, 8), (-4, 4)),
        labels=LABELS,
        click_grid=10,
    )
    spec = fig.to_dict()
    heads = [i for i, t in enumerate(spec["data"]) if t.get("name") == "head"]
    drawn = [i for i, t in enumerate(spec["data"]) if t.get("name") in ("SGD", "ADAM")]
    assert len(heads) == 2 and spec["data"][figures.CLICK_GRID_TRACE]["name"] == "click"
    assert len(spec["frames"]) == 21
    for frame in spec["frames"]:
        assert frame["traces"] == drawn + heads
        k = int(frame["name"])
        for path, trace in zip(paths, frame["data"][:2], strict=True):
            xs, ys = figures.decode(trace["x"]), figures.decode(trace["y"])
            assert len(xs) == k + 1  # the path so far, not its future
            np.testing.assert_allclose(xs, path.points[: k + 1, 0], rtol=1e-6)
            np.testing.assert_allclose(ys, path.points[: k + 1, 1], rtol=1e-6)
    # before Play the whole paths are drawn
    np.testing.assert_allclose(figures.decode(spec["data"][drawn[0]]["x"]), paths[0].points[:, 0])


def test_a_long_zig_zag_stays_a_zig_zag_in_every_frame():
    tr = optimizers.run("sgd", landscapes.get("bowl").loss, (-7.0, 2.0), 500, lr=0.95)
    path = figures.PathView("sgd", "SGD", tr.points, tr.losses, tr.step_lengths, tr.diverged_at)
    assert np.all(np.diff(np.sign(tr.points[:40, 1])) != 0)  # y changes side every step
    fig = figures.contour_figure(
        *landscapes.grid.sample(landscapes.get("bowl"), 16),
        [path],
        domain=((-8, 8), (-4, 4)),
        labels=LABELS,
    )
    frames = fig.to_dict()["frames"]
    for frame in frames[:-1]:
        k = int(frame["name"])
        ys = figures.decode(frame["data"][0]["y"])
        assert len(ys) <= figures.REVEAL_POINTS + 1
        assert ys[-1] == pytest.approx(tr.points[k, 1], rel=1e-5)  # ends at step k
        early = ys[: min(len(ys) - 1, 10)]
        assert np.all(np.diff(np.sign(early)) != 0)  # thinned by an odd stride: still zig-zags
    assert len(figures.decode(frames[-1]["data"][0]["x"])) == 501  # the last frame: every point


def test_diverged_paths_stop_at_divergence():
    loss = landscapes.get("bowl").loss
    tr = optimizers.run("sgd", loss, (-7.0, 2.0), 30, lr=1.5, bound=800.0)
    path = figures.PathView("sgd", "SGD", tr.points, tr.losses, tr.step_lengths, tr.diverged_at)
    fig = figures.contour_figure(
        *landscapes.grid.sample(landscapes.get("bowl"), 16),
        [path],
        domain=((-8, 8), (-4, 4)),
        labels=LABELS,
        animate=False,
    )
    line = next(t for t in fig.to_dict()["data"] if t.get("name") == "SGD")
    assert len(figures.decode(line["x"])) == tr.diverged_at  # points 0 … diverged_at − 1


def test_every_image_contour_has_a_colour_bar_and_tells_the_loss_under_the_pointer():
    xs, ys, z = landscapes.grid.sample(landscapes.get("bowl"), 64)
    for log_levels, click_grid in ((False, 0), (True, 12)):
        spec = figures.contour_figure(
            xs, ys, z, [], domain=((-8, 8), (-4, 4)), labels=LABELS, log_levels=log_levels,
            min_loss=0.0, click_grid=click_grid, animate=False,
        ).to_dict()  # fmt: skip
        grid = spec["data"][figures.CLICK_GRID_TRACE]
        assert grid["type"] == "heatmap" and grid["opacity"] == 0  # invisible, hoverable
        gx, gy = np.meshgrid(figures.decode(grid["x"]), figures.decode(grid["y"]))
        loss = figures.decode(grid["z"])
        assert loss.shape == (click_grid or figures.HOVER_GRID,) * 2
        np.testing.assert_allclose(loss, gx**2 / 10 + gy**2, rtol=1e-2, atol=0.02)  # the bowl
        assert "%{z" in grid["hovertemplate"]
        bar = next(t for t in spec["data"] if t.get("name") == "scale")["marker"]
        assert bar["showscale"] and bar["colorscale"]
        values = [float(v) for v in bar["colorbar"]["ticktext"]]
        assert values == sorted(values) and values[0] >= -1e-3 and values[-1] <= z.max() * 1.01
        if log_levels:  # whole decades of the loss
            assert all(abs(np.log10(v) - round(np.log10(v))) < 1e-2 for v in values if v > 0)


def test_guesses_sit_where_they_are_and_stack_when_close():
    labels = {"axis": "λ_max", "class": "Class", "you": "You"}
    fig = figures.guesses_figure(
        [2.0, 2.1, 7.5, 2.0], low=0, high=40, labels=labels, truth=(39.0, 3.0, "answer 39.0")
    ).to_dict()
    (dots,) = fig["data"]
    np.testing.assert_allclose(figures.decode(dots["x"]), [2.0, 2.1, 7.5, 2.0], rtol=1e-6)
    # 2.0 and 2.1 share a column (40/40 = 1 wide): they stack; 7.5 stands alone
    assert figures.decode(dots["y"]).tolist() == [1, 2, 1, 3]
    band, line = fig["layout"]["shapes"]
    assert (band["x0"], band["x1"], line["x0"]) == (36.0, 42.0, 39.0)
    (note,) = fig["layout"]["annotations"]
    assert note["xanchor"] == "right"  # near the right end the label leans inwards
    before = figures.guesses_figure([], low=0, high=40, labels=labels, own=12.0).to_dict()
    (mine,) = before["data"]  # before the reveal: only the student's own guess
    assert mine["x"] == [12.0] and not before["layout"].get("shapes")


def test_a_phones_layer_histograms_put_their_range_in_the_title_not_upright_ticks():
    from ui import network_figures

    values = np.array([[-0.005, 0.0, 0.004], [0.001, -0.002, 0.003]])
    wide = network_figures.layer_histograms(
        values, titles=["1", "2"], colour="#000", x_title="gradient", symmetric=True
    ).to_dict()
    phone = network_figures.layer_histograms(
        values, titles=["1", "2"], colour="#000", x_title="gradient", symmetric=True, narrow=True
    ).to_dict()
    axes = [k for k in phone["layout"] if k.startswith("xaxis")]
    assert len(axes) == 2 and all(phone["layout"][k]["showticklabels"] is False for k in axes)
    assert all(wide["layout"][k].get("showticklabels") is not False for k in axes)
    titles = [a["text"] for a in phone["layout"]["annotations"] if a["text"].startswith("grad")]
    assert titles == ["gradient: ±0.005"]  # the shared, symmetric range
    one_sided = network_figures.layer_histograms(
        np.array([[1e-20, 0.5, 1.0]]), titles=["1"], colour="#000", x_title="a", narrow=True
    ).to_dict()
    assert one_sided["layout"]["annotations"][-1]["text"] == "a: 0 … 1"  # 1e-20 reads as 0


def test_a_log_colour_bar_has_no_labels_crowded_at_its_floor():
    """Issue 32: a loss whose floor is 0.0925 was labelled 0.0926, 0.0935, 0.102, 0.192, 1.09
    (floor + 10⁻⁴, 10⁻³, ...): the first two read alike and overlapped on a short bar. Each
    label now differs from the floor by at least 5 % of it, and neighbouring labels are at
    least a sixth of the bar apart."""
    from ui.figures import _colour_bar, contour_levels

    z = 0.0925 + np.geomspace(1e-9, 20.0, 400).reshape(20, 20)
    bar = _colour_bar(z, True, 0.0925, "L")["marker"]
    ticks, texts = bar["colorbar"]["tickvals"], bar["colorbar"]["ticktext"]
    values = [float(s) for s in texts]
    assert len(ticks) >= 2 and len(set(texts)) == len(texts)
    assert all(v - 0.0925 >= 0.05 * 0.0925 for v in values), texts
    span = bar["cmax"] - bar["cmin"]
    assert all(b - a >= span / 6 - 1e-9 for a, b in itertools.pairwise(ticks)), (ticks, span)
    levels = contour_levels(z, True, 0.0925)
    assert bar["cmin"] == pytest.approx(float(np.min(levels)))


def test_a_log_axis_is_labelled_by_whole_numbers():
    """Issue 32: edge of stability's loss axis read "5, 2, 0.1, 5, 2". Over 10⁻⁶ … 1 the
    labels are decades written as text (Plotly's own power labels are 1.25× the size of every
    other tick: edge of stability's lower-right panel); over 0.022 … 0.65 they are 0.05, 0.1,
    0.2 and 0.5 written out."""
    from ui.lesson_figures import log_axis_ticks

    assert log_axis_ticks([1e-6, 0.3, 1.0]) == {
        "tickvals": [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1.0],
        "ticktext": ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "1"],
    }
    twelve = log_axis_ticks(np.geomspace(1e-12, 1.0, 50))  # 12 decades, 6 labels
    assert twelve["ticktext"] == ["10⁻¹²", "10⁻¹⁰", "10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²", "1"]
    assert log_axis_ticks(np.geomspace(1e-12, 1.0, 50), 2)["ticktext"] == ["10⁻¹²", "10⁻⁶", "1"]
    assert log_axis_ticks([3.0, 4e3])["ticktext"] == ["1", "10", "10²", "10³", "10⁴"]
    assert log_axis_ticks([0.022, 0.65])["ticktext"] == ["0.05", "0.1", "0.2", "0.5"]


def test_edge_of_stabilitys_loss_axis_is_labelled_by_whole_numbers():
    from tests.lessons import chart, decode, open_page

    fig = chart(open_page("edge-of-stability"), "eos_chart")
    ys = np.concatenate([decode(tr["y"]) for tr in fig["data"] if tr.get("yaxis") == "y2"])
    ys = ys[np.isfinite(ys) & (ys > 0)]
    axis = fig["layout"]["yaxis2"]
    assert axis["type"] == "log"
    shown = [float(s) for s in axis["ticktext"]]  # whole values, each inside the data
    assert len(shown) >= 3 and all(ys.min() <= v <= ys.max() for v in shown)
    assert shown == pytest.approx(axis["tickvals"])


def test_a_log_colour_bar_far_above_its_floor_is_labelled_at_round_losses():
    """Gradient geometry's zoomed window on Himmelblau (floor 0) saw losses 150 … 170: no
    1, 2 or 5 × 10ᵏ lay on the bar, the tick list was empty and the page crashed (zip() in
    _tick_texts). The bar is now labelled at round steps of the loss, where they sit on it."""
    from ui.figures import _colour_bar, contour_levels

    z = np.linspace(150.0, 170.0, 400).reshape(20, 20)
    bar = _colour_bar(z, True, 0.0, "L")["marker"]
    ticks, texts = bar["colorbar"]["tickvals"], bar["colorbar"]["ticktext"]
    values = [float(s) for s in texts]
    assert len(ticks) >= 3 and values == sorted(values) and len(set(texts)) == len(texts)
    assert all(150.0 <= v <= 170.0 and v % 5 == 0 for v in values), texts
    span = 170.0 - 0.0
    assert ticks == pytest.approx([np.log10(v + 1e-4 * span + 1e-12) for v in values])
    levels = contour_levels(z, True, 0.0)
    assert all(np.min(levels) - 1e-9 <= k <= np.max(levels) + 1e-9 for k in ticks)


def test_the_step_length_chart_labels_its_short_log_axis_with_three_or_more_numbers():
    """A fresh read of /playground?lang=zh&proj=1&view=curves: the step-length axis over
    0.027 … 0.68 (less than two decades) was labelled "10⁻¹" alone (decades only); the shared
    series chart now labels it 0.05, 0.1, 0.2, 0.5, and over two decades or more by decades."""
    from ui import figures
    from ui.i18n import figure_labels

    def chart(lengths):
        lengths = np.asarray(lengths, dtype=np.float64)
        pts = np.zeros((len(lengths) + 1, 2))
        view = figures.PathView("sgd", "SGD", pts, np.zeros(len(pts)), lengths, None)
        fig = figures.series_figure(
            [view], {"sgd": lengths}, labels=figure_labels("zh"), y_title="‖Δθ‖", log_y=True
        )
        return fig.to_plotly_json()["layout"]["yaxis"]

    axis = chart(np.geomspace(0.027, 0.68, 25))
    assert "dtick" not in axis
    assert axis["ticktext"] == ["0.05", "0.1", "0.2", "0.5"]
    assert len(chart(np.geomspace(1e-4, 1.0, 25))["ticktext"]) >= 3


def test_a_layers_own_axis_gets_two_round_ticks_that_fit_a_narrow_plot():
    """Three nticks labels ran into each other ("0.005" over "−0.005") on initialisation's
    per-layer axes at 1024×768 with the projector on: two round ticks inside the range."""
    from ui.network_figures import _short, own_ticks

    assert own_ticks(-0.0078, 0.0078) == [0.0, 0.004]
    assert own_ticks(0.0, 953_599.0) == [200_000.0, 600_000.0]
    assert own_ticks(-3e-5, 2e-5) == pytest.approx([0.0, 1e-5])
    assert own_ticks(9e-12, 1.0) == pytest.approx([0.2, 0.8])  # not at the next layer's "0"
    for lo, hi in [(-0.0078, 0.0078), (0.0, 953_599.0), (0.02, 0.98), (-1.0, 3.0)]:
        ticks = own_ticks(lo, hi)
        assert 1 <= len(ticks) <= 2
        assert all(lo + 0.2 * (hi - lo) - 1e-12 <= v <= hi - 0.2 * (hi - lo) + 1e-12 for v in ticks)
    assert [_short(v) for v in (0.0, 0.004, 6e5, -2e-5)] == ["0", "0.004", "6e+5", "−2e−5"]
    # a phone's 80-px plot (batch normalisation's sigmoid layers with BN, 0.03 … 0.97): "0.4"
    # and "0.6" 21 % of the range apart read "0.40.6"; at least 35 % apart, on a finer grid
    assert own_ticks(0.03, 0.97) == pytest.approx([0.4, 0.6])
    assert own_ticks(0.03, 0.97, apart=0.35) == pytest.approx([0.3, 0.7])
    assert own_ticks(-0.0078, 0.0078, apart=0.35) == pytest.approx([-0.004, 0.004])
    for lo, hi in [(-0.0078, 0.0078), (0.0, 953_599.0), (0.03, 0.97), (-1.0, 3.0)]:
        ticks = own_ticks(lo, hi, apart=0.35)
        assert len(ticks) == 1 or ticks[1] - ticks[0] >= 0.35 * (hi - lo) - 1e-12
