"""The reading words (ui/readings.py) against hand-worked sequences."""

import math

from ui import readings


def test_band_is_symmetric_whatever_the_sign():
    assert readings.band(40.0, 0.1) == (36.0, 44.0)
    assert readings.band(-10.0, 0.5) == (-15.0, -5.0)


def test_first_within_is_the_first_value_in_the_band():
    values = [1.0, 30.0, 37.0, 50.0, 40.0]
    assert readings.first_within(values, 40.0, 0.1) == 2
    assert readings.first_within(values, 40.0, 0.1, from_index=3) == 4
    assert readings.first_within(values, 40.0, 0.01) == 4
    assert readings.first_within(values, 100.0, 0.1) is None


def test_stayed_within_needs_every_later_value_in_the_band():
    # the case of issue 31: in the 10–90 % band, but one value at 1.25× leaves it
    values = [10.0, 39.0, 40.5, 50.0, 41.0]
    assert not readings.stayed_within(values, 40.0, 0.1, from_index=1)
    assert readings.stayed_within(values, 40.0, 0.1, from_index=4)
    assert readings.stayed_within(values, 40.0, 0.25, from_index=1)
    # the band's edges count as inside
    assert readings.stayed_within([36.0, 44.0], 40.0, 0.1, from_index=0)
    # nothing after the index, or a value that is not finite, is not staying
    assert not readings.stayed_within(values, 40.0, 0.5, from_index=5)
    assert not readings.stayed_within([40.0, math.nan, 40.0], 40.0, 0.5, from_index=0)
    assert not readings.stayed_within([40.0, math.inf], 40.0, 0.5, from_index=0)


def test_share_within_and_hovered_around_count_the_later_values_in_the_band():
    values = [10.0, 39.0, 50.0, 41.0, 30.0, 40.0]
    assert readings.share_within(values, 40.0, 0.1, from_index=1) == 3 / 5
    assert readings.hovered_around(values, 40.0, 0.1, from_index=1)
    assert readings.share_within(values, 40.0, 0.1, from_index=2) == 2 / 4
    assert readings.hovered_around(values, 40.0, 0.1, from_index=2)  # exactly half counts
    assert not readings.hovered_around([50.0, 41.0, 30.0], 40.0, 0.1, from_index=0)
    assert readings.share_within(values, 40.0, 0.1, from_index=6) == 0.0
