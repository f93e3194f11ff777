"""The basins lesson's ledger: every sentence it shows, the reading a student takes from it,
and the check (tests/ledgers/test_basins.py) that holds it against the two start grids the
figures draw (each heatmap cell coloured by where its run ended)."""

from ui.ledger import Fixed, Sentence

MAP = {"name": r"[^\s.。:：;；](?:[^.。:：;；\n])*?\(\d\)"}

LEDGER = (
    Sentence(
        "maps.basins.broken",
        "across the named share of the drawn map's cell borders (horizontal and vertical "
        "neighbours) the two starts are coloured differently",
        "check_broken",
        fields=MAP,
    ),
    Sentence(
        "maps.basins.more_broken",
        "the first named map's share of differing borders, as drawn, is the named factor times "
        "the second's, and at least 2×",
        "check_more_broken",
        fields={"more": MAP["name"], "less": MAP["name"]},
    ),
    Sentence(
        "maps.basins.only_broken",
        "the second named map draws no border with different colours on its two sides; the "
        "first named map draws some",
        "check_only_broken",
        example={"b_ls": "monkey_saddle"},
        fields={"more": MAP["name"], "less": MAP["name"]},
    ),
    Sentence(
        "maps.basins.alike",
        "the two drawn maps' shares of differing borders are less than 2× apart",
        "check_alike",
        example={"b_opt2": "sgd"},
    ),
    Fixed(
        "maps.basins.notice",
        "says how the pictures are coloured: by the end group of each start, one colour per "
        "group in both (map_figures.basin_colours is computed once for both maps)",
    ),
    Fixed(
        "basins.why",
        "the lesson's reasoning in words (its Why? panel): no number in it depends on a control, "
        "and what it states holds for every setting the page allows",
    ),
)
