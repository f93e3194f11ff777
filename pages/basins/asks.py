"""The basins lesson's class question: the share of the grid's starts each optimizer brings to
the lowest minimum, read from the same groups the maps show."""

from __future__ import annotations

from collections.abc import Sequence

from ui.asks import SHARE_AXIS, kept, share
from ui.rooms import Key, Number


def basins(
    chosen: Sequence[tuple[str, dict]], groups, lowest_is_saddle: bool = False
) -> list[Number]:
    """Per optimizer of the basins lesson (`chosen`: its name and hyper-parameters, `groups`
    the `optimizers.basins.Basins` of their ends): the share of the grid's starts that end in
    the lowest minimum; within 5 points counts. None when the lowest end is a saddle (a run
    that stalled there found no minimum) or nothing ended anywhere."""
    if not len(groups.centres) or lowest_is_saddle:
        return []
    x, y = groups.centres[0][:2]
    out = []
    for i, (name, hp) in enumerate(chosen):
        hps = f" ({', '.join(f'ε = {v:g}' for v in hp.values())})" if hp else ""
        params = dict(opt=Key(f"optimizer.{name}.title"), hps=hps, x=f"{x:.2f}", y=f"{y:.2f}")
        fraction = float(groups.shares(i)[0])
        out.append(share(f"share-{i + 1}", "ask.basins.share", params, fraction, SHARE_AXIS))
    return kept(out)
