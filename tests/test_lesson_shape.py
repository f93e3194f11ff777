"""The shape of the code (STYLE.md, issue 30): a lesson is one folder under `pages/`, the
layers only import downwards, and nothing imports in a circle.

    landscapes, models ──► optimizers ──► ui ──► pages/<lesson>/

Read from the source with `ast`, so a test fails on the import itself, not on its effect.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ui import i18n, registry, warmup

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("landscapes", "models", "optimizers", "ui", "pages")
LESSONS = registry.every_page()
# The parts a lesson may have, each with what it must not import.
PARTS = {
    "__init__": ("streamlit", "plotly", "jax", "numpy", "ui", "pages"),
    "page": (),
    "strings": ("streamlit", "plotly", "jax", "numpy", "ui", "pages"),
    # its own data (the formula sheet's): a model computed with JAX goes in models/
    "model": ("streamlit", "plotly", "ui", "jax", "optax"),
    "compute": ("plotly",),
    "figures": ("streamlit",),
    "claims": ("streamlit", "plotly"),
    "asks": ("streamlit", "plotly"),
    "ledger": ("streamlit", "plotly", "jax", "numpy", "pages"),
    "steps": ("streamlit", "plotly"),
}
REQUIRED = ("__init__", "page", "strings")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in it (a function's import counts too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = {f"{node.module}.{a.name}" for a in node.names} & MODULES.keys()
            found |= subs
            if len(subs) < len(node.names):
                found.add(node.module)
    return found


def _graph() -> dict[str, set[str]]:
    return {name: _imports(path) & MODULES.keys() - {name} for name, path in MODULES.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return circles


def test_nothing_imports_in_a_circle():
    assert _circles(_graph()) == []


def test_the_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _top(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("package", ["landscapes", "models", "optimizers", "ui"])
def test_the_shared_layers_never_import_a_lesson(package):
    # The registry names the lessons' folders as data; ui/i18n.py and ui/warmup.py load their
    # parts through it (importlib), so no shared module imports a lesson by name.
    upward = {
        name: sorted(m for m in _imports(path) if _top(m) == "pages")
        for name, path in MODULES.items()
        if _top(name) == package
    }
    assert {k: v for k, v in upward.items() if v} == {}


@pytest.mark.parametrize("package", ["landscapes", "models", "optimizers"])
def test_the_math_imports_no_streamlit_plotly_or_ui(package):
    bad = {
        name: sorted(m for m in _imports(path) if _top(m) in ("streamlit", "plotly", "ui"))
        for name, path in MODULES.items()
        if _top(name) == package
    }
    assert {k: v for k, v in bad.items() if v} == {}


def test_landscapes_hold_surfaces_only():
    # trained networks and data sets live in models/; a lesson's own model in its folder
    # (compile_cache and lapack: how the surfaces' programs are compiled and run)
    assert {p.stem for p in (ROOT / "landscapes").glob("*.py")} == {
        "__init__", "base", "compile_cache", "expression", "grid", "lapack", "surfaces",
    }  # fmt: skip


def test_every_folder_under_pages_is_a_registered_lesson_and_back():
    folders = {p.name for p in (ROOT / "pages").iterdir() if p.is_dir() and p.name[0] != "_"}
    assert {lesson.folder for lesson in LESSONS} == folders
    assert [p.name for p in (ROOT / "pages").glob("*.py")] == ["__init__.py"]


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_a_lesson_has_its_parts_and_imports_no_other_lesson(lesson):
    folder = ROOT / "pages" / lesson.folder
    assert lesson.folder == lesson.url_path.replace("-", "_")
    assert lesson.file == f"pages/{lesson.folder}/page.py"
    files = {p.stem: p for p in folder.glob("*.py")}
    assert set(REQUIRED) <= files.keys() <= PARTS.keys(), sorted(files)
    assert ast.get_docstring(ast.parse(files["__init__"].read_text(encoding="utf-8")))
    own = f"pages.{lesson.folder}"
    for part, path in files.items():
        imported = _imports(path)
        others = sorted(m for m in imported if _top(m) == "pages" and not m.startswith(own))
        assert not others, f"{part}.py imports another lesson: {others}"
        banned = sorted(m for m in imported if _top(m) in PARTS[part])
        assert not banned, f"{part}.py must not import {banned}"


KEY = re.compile(r"""\bt\(\s*f?["']([\w.{}]+)["']""")


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_every_string_a_lesson_uses_is_in_both_languages(lesson):
    folder = ROOT / "pages" / lesson.folder
    used = set()
    for path in folder.glob("*.py"):
        used |= {k for k in KEY.findall(path.read_text(encoding="utf-8")) if "{" not in k}
    for key in sorted(used):
        assert key in i18n.CATALOG, f"{key} is used by {lesson.folder} and in no catalog"
        entry = i18n.CATALOG[key]
        assert all(entry.get(lang, "").strip() for lang in i18n.LANGS), key


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.url_path for lesson in LESSONS])
def test_a_lessons_own_strings_are_used_by_it_alone(lesson):
    strings = __import__(lesson.module("strings"), fromlist=["STRINGS"]).STRINGS
    assert all(set(entry) == set(i18n.LANGS) for entry in strings.values())
    elsewhere = [
        p
        for p in [ROOT / "app.py", *(ROOT / "ui").glob("*.py"), *(ROOT / "pages").rglob("*.py")]
        if lesson.folder not in p.relative_to(ROOT).parts and p.name != "registry.py"
    ]  # (the registry names each lesson's title key: the sidebar shows it)
    text = "\n".join(p.read_text(encoding="utf-8") for p in elsewhere)
    borrowed = sorted(key for key in strings if f'"{key}"' in text or f"'{key}'" in text)
    assert not borrowed, f"keys of {lesson.folder} used elsewhere: {borrowed}"


def test_a_key_written_twice_is_refused(monkeypatch):
    lesson = next(x for x in LESSONS if x.has("strings") and x.url_path == "playground")
    strings = __import__(lesson.module("strings"), fromlist=["STRINGS"]).STRINGS
    monkeypatch.setitem(strings, "app.title", {"zh": "x", "en": "x"})
    with pytest.raises(ValueError, match=r"app\.title"):
        i18n._with_lessons(i18n.SHARED)


def test_the_warm_up_finds_each_lessons_default_view_through_the_registry():
    expected = ["first-chart", "engine"] + [
        lesson.url_path
        for lesson in registry.lessons()
        if lesson.has("compute") and hasattr(
            __import__(lesson.module("compute"), fromlist=["warm"]), "warm"
        )
    ]  # fmt: skip
    assert list(warmup.warmups()) == expected
    assert len(expected) > 10
    assert not hasattr(warmup, "_NOT_MOVED")
