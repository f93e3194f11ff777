"""Pages use Material icons and plain symbols: classroom PCs (and Debian's Chromium) often
lack an emoji font, and an emoji then shows as an empty box."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMOJI = re.compile("[\U0001f000-\U0001faff\ufe0f\u2600-\u26ff\u2700-\u27bf]")
ALLOWED = set("★❚")  # plain symbols the installed fonts draw (seen in the screenshots)


def test_no_emoji_in_user_facing_source():
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")]:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = set(EMOJI.findall(line)) - ALLOWED
            assert not found, f"{path.name}:{lineno} uses {found}"
