"""Prints every lesson's layout measurements (issue 32): the smallest plotting area of its main
figure in every view, and every problem found (small or off-screen areas, cut text, overlaps,
a phone's control far from its figure).

    .venv/bin/python -m tests.layout_report [--url http://127.0.0.1:8501] [lesson ...]

Without --url it serves the app itself on a free port."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM_ARGS, chromium_path, served_app
from tests.layout import (
    EXTRA,
    SCROLLBAR_ARGS,
    VIEWS,
    measure_lesson,
    named_views,
    problems,
    smallest,
)
from ui.registry import lessons


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url")
    parser.add_argument("--json", help="also write every measurement to this file")
    parser.add_argument("lessons", nargs="*")
    args = parser.parse_args()
    paths = args.lessons or [lesson.url_path for lesson in lessons()]
    server = contextlib.nullcontext(args.url) if args.url else served_app(clean_log=False)
    measured = {}
    with server as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_context(locale="en-US").new_page()
        shown = pw.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS, **SCROLLBAR_ARGS
        )
        scrollbar_page = shown.new_context(locale="en-US").new_page()
        for path in paths:
            measured[path] = measure_lesson(page, url, path, scrollbar_page)
            print(f"measured {path}", file=sys.stderr, flush=True)
        shown.close()
        browser.close()
    names = [view.name for view in VIEWS]
    width = max(map(len, paths))
    print("smallest plotting area of the main figure")
    print(f"{'lesson':<{width}}  " + "  ".join(f"{n:>16}" for n in names))
    for path in paths:
        cells = [smallest(measured[path][n]) for n in names]
        print(f"{path:<{width}}  " + "  ".join(f"{c:>16}" for c in cells))
        for query in EXTRA.get(path, ()):
            cells = [smallest(measured[path][f"{n} · {query}"]) for n in names]
            print(f"{'  · ' + query:<{width}}  " + "  ".join(f"{c:>16}" for c in cells))
    print()
    for path in paths:
        for name, view in named_views(path):
            found = problems(view, measured[path][name], path)
            if found:
                print(f"{path} @ {name}: " + "; ".join(found))
    if args.json:
        with open(args.json, "w") as out:
            json.dump(measured, out, indent=1)


if __name__ == "__main__":
    main()
