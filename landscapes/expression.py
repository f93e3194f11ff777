"""Typed surfaces: a formula a student types, parsed over a whitelist, never evaluated as code.

>>> ls = from_expression("x^2/10 + y^2")
>>> float(ls.loss(jnp.array([-7.0, 2.0])))
8.9

The text is parsed with `ast.parse` (which builds a syntax tree and runs nothing), every node is
checked against a whitelist, and the `jnp` function is built from the tree. `^` means power.
Numbers are floats from the start, so `9**9**9**9` is `inf`, not a Python integer that never
finishes. Errors are `ExpressionError` (a `ValueError`) with a code, the offending piece and its
column, so a page can say what is wrong and where in either language.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import math
import warnings
from collections.abc import Callable

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import Landscape
from landscapes.lapack import serial

# Every reason a formula can be rejected (ExpressionError.code); pages translate each one.
CODES = (
    "not_text",
    "empty",
    "too_long",
    "bad_char",
    "syntax",
    "too_deep",
    "not_number",
    "unknown_name",
    "bare_function",
    "unknown_function",
    "arity",
    "not_allowed",
)
MAX_LENGTH = 300
MAX_DEPTH = 24
PREFIX = "expr"  # a typed surface's name is "expr2:<text>" (or "expr1:" for f(x))
HALF_WIDTH = 5.0  # the default domain [−5, 5] per coordinate
HALF_WIDTHS = (0.5, 50.0)  # the range a student may choose

FUNCTIONS: dict[str, tuple[Callable[[jax.Array], jax.Array], str]] = {
    "sin": (jnp.sin, r"\sin"),
    "cos": (jnp.cos, r"\cos"),
    "tan": (jnp.tan, r"\tan"),
    "exp": (jnp.exp, r"\exp"),
    "log": (jnp.log, r"\log"),
    "sqrt": (jnp.sqrt, ""),
    "abs": (jnp.abs, ""),
    "tanh": (jnp.tanh, r"\tanh"),
    "sinh": (jnp.sinh, r"\sinh"),
    "cosh": (jnp.cosh, r"\cosh"),
    "arctan": (jnp.arctan, r"\arctan"),
}
CONSTANTS = {"pi": (math.pi, r"\pi"), "e": (math.e, "e")}
_BINARY = {
    ast.Add: (jnp.add, "+"),
    ast.Sub: (jnp.subtract, "-"),
    ast.Mult: (jnp.multiply, "*"),
    ast.Div: (jnp.divide, "/"),
    ast.Pow: (jnp.power, "^"),
}


class ExpressionError(ValueError):
    """A rejected formula. `code` names the reason (a translation key stem); `piece` is the
    offending text and `column` its 1-based position in what the student typed (0: none)."""

    def __init__(self, code: str, message: str, piece: str = "", column: int = 0):
        where = f" at column {column}" if column else ""
        assert code in CODES, code
        super().__init__(f"{message}{where}")
        self.code, self.piece, self.column = code, piece, column


@dataclasses.dataclass(frozen=True)
class Parsed:
    """A checked formula: its tree, the variables it uses and its LaTeX."""

    text: str
    tree: ast.expr
    variables: frozenset[str]
    latex: str


def _columns(text: str) -> Callable[[int], int]:
    """Maps a 0-based column of the `^` → `**` rewritten text back to a 1-based original one."""
    shift = [0] * (len(text) + text.count("^") + 1)
    out = 0
    for i, ch in enumerate(text):
        width = 2 if ch == "^" else 1
        for j in range(width):
            shift[out + j] = i
        out += width
    shift[out] = len(text)
    return lambda col: shift[min(max(col, 0), len(shift) - 1)] + 1


def parse(text: str, variables: tuple[str, ...] = ("x", "y")) -> Parsed:
    """Checks `text` against the whitelist; ExpressionError says what is wrong and where."""
    if not isinstance(text, str):
        raise ExpressionError("not_text", "the formula must be text")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            "too_long", f"the formula has {len(text)} characters, more than {MAX_LENGTH}"
        )
    if not text.strip():
        raise ExpressionError("empty", "the formula is empty")
    for i, ch in enumerate(text):
        if not (ch.isascii() and (ch.isprintable() or ch in " \t")):
            raise ExpressionError("bad_char", f"character {ch!r} is not allowed", ch, i + 1)
    source = text.replace("^", "**")
    column = _columns(text)
    try:
        with warnings.catch_warnings():
            # "2x" or "1if 1 else 0" only warn; for a formula box they are mistakes
            warnings.simplefilter("error", SyntaxWarning)
            tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as err:
        if "nested" in (err.msg or ""):
            raise ExpressionError("too_deep", "the formula is nested too deeply") from None
        col = column((err.offset or 1) - 1 + (len(source) - len(source.lstrip())))
        raise ExpressionError("syntax", "this is not a formula", "", col) from None
    except (RecursionError, MemoryError, ValueError):
        raise ExpressionError("too_deep", "the formula is nested too deeply") from None
    lead = len(source) - len(source.lstrip())
    used: set[str] = set()

    def where(node: ast.AST) -> int:
        return column(getattr(node, "col_offset", 0) + lead)

    def piece(node: ast.AST) -> str:
        seg = ast.get_source_segment(source.strip(), node) or ""
        return seg.replace("**", "^")[:40]

    def check(node: ast.AST, depth: int) -> str:
        if depth > MAX_DEPTH:
            raise ExpressionError("too_deep", "the formula is nested too deeply", "", where(node))
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ExpressionError(
                    "not_number", f"{piece(node)} is not a number", piece(node), where(node)
                )
            return _number_latex(value)
        if isinstance(node, ast.Name):
            if node.id in variables:
                used.add(node.id)
                return node.id
            if node.id in CONSTANTS:
                return CONSTANTS[node.id][1]
            if node.id in FUNCTIONS:
                raise ExpressionError(
                    "bare_function", f"{node.id} needs an argument", node.id, where(node)
                )
            raise ExpressionError("unknown_name", f"unknown name {node.id!r}", node.id, where(node))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner = check(node.operand, depth + 1)
            sign = "-" if isinstance(node.op, ast.USub) else "+"
            if isinstance(node.operand, ast.BinOp) and isinstance(
                node.operand.op, ast.Add | ast.Sub
            ):
                inner = rf"\left({inner}\right)"
            return f"{sign}{inner}"
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left, right = check(node.left, depth + 1), check(node.right, depth + 1)
            return _binary_latex(node, left, right)
        if isinstance(node, ast.Call):
            func = node.func
            if not isinstance(func, ast.Name) or func.id not in FUNCTIONS:
                name = piece(func)
                raise ExpressionError(
                    "unknown_function", f"{name} is not an allowed function", name, where(node)
                )
            if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
                raise ExpressionError(
                    "arity", f"{func.id} takes exactly one argument", func.id, where(node)
                )
            arg = check(node.args[0], depth + 1)
            if func.id == "sqrt":
                return rf"\sqrt{{{arg}}}"
            if func.id == "abs":
                return rf"\left|{arg}\right|"
            return rf"{FUNCTIONS[func.id][1]}\left({arg}\right)"
        what = piece(node) or type(node).__name__
        raise ExpressionError("not_allowed", f"{what} is not allowed", what, where(node))

    latex = check(tree.body, 0)
    return Parsed(text, tree.body, frozenset(used), latex)


def _number_latex(value: float) -> str:
    if isinstance(value, int) and abs(value) < 10**15:
        return str(value)
    f = float(value)
    if not math.isfinite(f):
        return r"\infty"
    return f"{f:g}".replace("e+", r"\cdot 10^{").replace("e-", r"\cdot 10^{-") + (
        "}" if "e" in f"{f:g}" else ""
    )


def _binary_latex(node: ast.BinOp, left: str, right: str) -> str:
    op = type(node.op)

    def paren(child: ast.AST, text: str, weaker: tuple) -> str:
        if isinstance(child, ast.BinOp) and isinstance(child.op, weaker):
            return rf"\left({text}\right)"
        return text

    if op is ast.Div:
        return rf"\frac{{{left}}}{{{right}}}"
    if op is ast.Pow:
        base = left
        if isinstance(node.left, ast.BinOp | ast.UnaryOp) or (
            isinstance(node.left, ast.Constant) and node.left.value < 0
        ):
            base = rf"\left({left}\right)"
        return f"{{{base}}}^{{{right}}}"
    if op is ast.Mult:
        left = paren(node.left, left, (ast.Add, ast.Sub))
        right = paren(node.right, right, (ast.Add, ast.Sub))
        if isinstance(node.right, ast.UnaryOp):
            right = rf"\left({right}\right)"
        return rf"{left} \cdot {right}"
    if op is ast.Sub:
        right = paren(node.right, right, (ast.Add, ast.Sub))
    if isinstance(node.right, ast.UnaryOp):
        right = rf"\left({right}\right)"
    return f"{left} {'+' if op is ast.Add else '-'} {right}"


def _build(node: ast.expr, variables: tuple[str, ...]) -> Callable[[jax.Array], jax.Array]:
    """The `jnp` function of a checked tree: point (d,) → scalar, floats throughout."""
    if isinstance(node, ast.Constant):
        value = float(node.value) if abs(node.value) < 1e300 else math.inf
        return lambda p: _constant(value, p.dtype)
    if isinstance(node, ast.Name):
        if node.id in variables:
            i = variables.index(node.id)
            return lambda p: p[i]
        value = CONSTANTS[node.id][0]
        return lambda p: jnp.asarray(value, p.dtype)
    if isinstance(node, ast.UnaryOp):
        inner = _build(node.operand, variables)
        if isinstance(node.op, ast.USub):
            return lambda p: -inner(p)
        return inner
    if isinstance(node, ast.BinOp):
        fn = _BINARY[type(node.op)][0]
        left, right = _build(node.left, variables), _build(node.right, variables)
        return lambda p: fn(left(p), right(p))
    if isinstance(node, ast.Call):
        fn = FUNCTIONS[node.func.id][0]
        arg = _build(node.args[0], variables)
        return lambda p: fn(arg(p))
    raise AssertionError(f"unchecked node {type(node).__name__}")  # parse() rejects these first


def _constant(value: float, dtype) -> jax.Array:
    """`value` in `dtype`, beyond its range as inf (no overflow warning from the cast)."""
    if abs(value) > float(jnp.finfo(dtype).max):
        value = math.inf
    return jnp.asarray(value, dtype)


def ref(text: str, dim: int = 2, half_width: float = HALF_WIDTH) -> str:
    """The name under which `landscapes.get` finds the typed surface `text` on
    [−half_width, half_width]^dim ("expr2:5:x^2 + y^2"; ":" never occurs in a formula)."""
    return f"{PREFIX}{dim}:{float(half_width):g}:{text.strip()}"


def is_ref(name: str) -> bool:
    return name.startswith((f"{PREFIX}1:", f"{PREFIX}2:"))


def from_ref(name: str) -> Landscape:
    dim = int(name[len(PREFIX)])
    rest = name[len(PREFIX) + 2 :]
    head, sep, text = rest.partition(":")
    try:
        half_width = float(head) if sep else HALF_WIDTH
    except ValueError:
        raise ValueError(f"not a typed-surface reference: {name!r}") from None
    return from_expression(text if sep else rest, dim=dim, half_width=half_width)


def from_expression(text: str, dim: int = 2, half_width: float = HALF_WIDTH) -> Landscape:
    """A landscape from a typed formula f(x, y) (dim 2) or f(x) (dim 1), on the domain
    [−half_width, half_width] per coordinate.

    The same text gives the same object (cached), so its compiled trajectories are reused.

    Raises:
      ExpressionError (a ValueError): the formula is not allowed; the message says why and where.
      ValueError: dim is not 1 or 2, or half_width is outside HALF_WIDTHS.
    """
    if dim not in (1, 2) or isinstance(dim, bool):
        raise ValueError(f"dim must be 1 or 2, got {dim!r}")
    lo, hi = HALF_WIDTHS
    if not (isinstance(half_width, int | float) and lo <= half_width <= hi):
        raise ValueError(f"half_width = {half_width!r} is outside its range [{lo:g}, {hi:g}]")
    if not isinstance(text, str):
        raise ExpressionError("not_text", "the formula must be text")
    return _from_expression(text.strip(), int(dim), float(half_width))


def function(text: str, dim: int = 2) -> Callable[[jax.Array], jax.Array]:
    """Just the checked formula as a `jnp` function of a point (d,) (no critical points)."""
    variables = ("x", "y")[:dim]
    raw = _build(parse(text.strip(), variables).tree, variables)

    def loss(p: jax.Array) -> jax.Array:
        return jnp.asarray(raw(p), p.dtype).reshape(())

    return loss


@functools.lru_cache(maxsize=128)
def _from_expression(text: str, dim: int, half_width: float) -> Landscape:
    variables = ("x", "y")[:dim]
    parsed = parse(text, variables)
    raw = _build(parsed.tree, variables)

    def loss(p: jax.Array) -> jax.Array:
        return jnp.asarray(raw(p), p.dtype).reshape(())

    lo, hi = -half_width, half_width
    start = (round(lo + 0.2 * (hi - lo), 2), round(hi - 0.3 * (hi - lo), 2))[:dim]
    domain = ((lo, hi),) * dim
    points = critical_points(raw, domain)
    return Landscape(
        name=ref(parsed.text, dim, half_width),
        loss=loss,
        dim=dim,
        domain=domain,
        start=start,
        latex=("f(x, y) = " if dim == 2 else "f(x) = ") + parsed.latex,
        minima=points["minimum"],
        saddles=points["saddle"],
        maxima=points["maximum"],
        min_loss=_lowest_minimum(raw, domain, points["minimum"]),
        lr_hint=lr_hint(raw, start, half_width),
        typed=True,
    )


def _nice_floor(v: float) -> float:
    """The largest of 1, 2, 5 × 10ᵏ not above v (values every ε slider has)."""
    k = math.floor(math.log10(v))
    for m in (5.0, 2.0, 1.0):
        if m * 10.0**k <= v * (1 + 1e-9):
            return float(f"{m * 10.0**k:.1g}")
    return float(f"{10.0 ** (k - 1) * 5:.1g}")


def lr_hint(raw, start, half_width: float) -> tuple[float, float]:
    """(ε for gradient-scaled rules, ε for normalised ones) that suit a typed surface: under
    1/λ_max of the Hessian at the start (SGD is stable below 2/λ_max), at most 0.1; and for
    steps of about ε per coordinate, 2% of the domain's width."""
    with jax.enable_x64(True):
        h = jax.hessian(lambda p: jnp.asarray(raw(p), jnp.float64).reshape(()))(
            jnp.asarray(start, jnp.float64)
        )
        lam = float(np.max(np.abs(np.linalg.eigvalsh(0.5 * (np.asarray(h) + np.asarray(h).T)))))
    gradient = 0.1 if not math.isfinite(lam) or lam <= 1.0 else min(0.1, _nice_floor(1.0 / lam))
    gradient = max(gradient, 1e-5)
    return gradient, min(0.1, _nice_floor(0.02 * half_width))


def critical_points(
    raw: Callable[[jax.Array], jax.Array], domain, starts: int = 16, iterations: int = 40
) -> dict[str, tuple[tuple[float, ...], ...]]:
    """Minima, saddles and maxima of a typed surface inside its domain, found by Newton's
    method on ∇f = 0 from a grid of starts (float64), merged and classified by the Hessian's
    eigenvalues. A flat (degenerate) point, where the Hessian is 0 along some direction, is
    named by the surface around it (`_by_its_neighbours`): x⁴'s 0 is a minimum, and a point
    of no clear kind (x³'s 0, the monkey saddle's centre) is left out."""
    dim = len(domain)
    found: dict[str, list[tuple[float, ...]]] = {"minimum": [], "saddle": [], "maximum": []}
    width = max(hi - lo for lo, hi in domain)
    with jax.enable_x64(True):
        axes = [np.linspace(lo, hi, starts + 2)[1:-1] for lo, hi in domain]
        grid = np.stack([a.ravel() for a in np.meshgrid(*axes, indexing="xy")], axis=-1)

        def f(p):
            return jnp.asarray(raw(p), jnp.float64).reshape(())

        grad, hess = jax.grad(f), jax.hessian(f)

        def newton(p):
            def step(p, _):
                h = hess(p)
                delta = jnp.linalg.solve(h + 1e-12 * jnp.eye(dim), grad(p))
                size = jnp.sqrt(jnp.sum(delta * delta))
                delta = delta * jnp.minimum(1.0, 0.25 * width / jnp.maximum(size, 1e-300))
                return p - delta, None

            p, _ = jax.lax.scan(step, p, None, length=iterations)
            return p, grad(p), hess(p)

        ends, grads, hessians = (
            np.asarray(a) for a in serial(jax.jit(jax.vmap(newton)))(jnp.asarray(grid, jnp.float64))
        )
    for p, g, h in zip(ends, grads, hessians, strict=True):
        if not (np.all(np.isfinite(p)) and np.all(np.isfinite(h))):
            continue
        inside = all(lo <= v <= hi for v, (lo, hi) in zip(p, domain, strict=True))
        scale = 1.0 + float(np.max(np.abs(h)))
        if not inside or np.linalg.norm(g) > 1e-7 * scale:
            continue
        eig = np.linalg.eigvalsh(0.5 * (h + h.T))
        tol = 1e-6 * scale
        kind = (
            "minimum"
            if np.all(eig > tol)
            else "maximum"
            if np.all(eig < -tol)
            else "saddle"
            if eig.min() < -tol and eig.max() > tol
            else None
        )
        digits = 6
        if kind is None:
            kind = _by_its_neighbours(f, p, 1e-3 * width)
            digits = 4  # Newton's method closes in on a flat point only linearly: 1 − 10⁻⁷
        point = tuple(round(float(v), digits) + 0.0 for v in p)  # + 0.0: no "-0.0" on a label
        if kind and all(np.max(np.abs(np.subtract(point, q))) > 1e-4 * width for q in found[kind]):
            found[kind].append(point)
    return {kind: tuple(sorted(points)) for kind, points in found.items()}


def _by_its_neighbours(f, p, radius: float, directions: int = 16) -> str | None:
    """A degenerate critical point's kind by the surface around it (the second-derivative test
    says nothing there): "minimum" where f is higher at every point of a small circle (in 1-D,
    on both sides) round p, "maximum" where it is lower at every one; None otherwise."""
    p = np.asarray(p, float)
    if p.size == 1:
        offsets = np.array([[-radius], [radius]])
    else:
        angles = np.linspace(0.0, 2 * np.pi, directions, endpoint=False)
        offsets = radius * np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    with jax.enable_x64(True):
        centre = float(f(jnp.asarray(p, jnp.float64)))
        around = np.array([float(f(jnp.asarray(p + o, jnp.float64))) for o in offsets])
    if not (np.isfinite(centre) and np.all(np.isfinite(around))):
        return None
    if np.all(around > centre):
        return "minimum"
    if np.all(around < centre):
        return "maximum"
    return None


def _lowest_minimum(raw, domain, minima) -> float | None:
    """The lowest found minimum's value when it is also the lowest point of the domain (on a
    grid), so "loss − min" is meaningful; None otherwise (e.g. x² − y² has no minimum)."""
    if not minima:
        return None
    with jax.enable_x64(True):
        f = jax.jit(jax.vmap(lambda p: jnp.asarray(raw(p), jnp.float64).reshape(())))
        values = np.asarray(f(jnp.asarray(minima, jnp.float64)))
        axes = [np.linspace(lo, hi, 201) for lo, hi in domain]
        grid = np.stack([a.ravel() for a in np.meshgrid(*axes, indexing="xy")], axis=-1)
        lowest_on_grid = np.nanmin(np.asarray(f(jnp.asarray(grid, jnp.float64))))
    best = float(np.min(values))
    return best if best <= lowest_on_grid + 1e-9 * (1 + abs(best)) else None


@functools.lru_cache(maxsize=128)
def nonfinite_share(ls: Landscape, n: int = 101) -> float:
    """The share of an n (× n) grid over the domain where the surface or its gradient is not
    finite (log of a negative, division by zero, overflow). Cached: pages ask on every rerun."""
    axes = [np.linspace(lo, hi, n, dtype=np.float32) for lo, hi in ls.domain]
    pts = np.stack([a.ravel() for a in np.meshgrid(*axes, indexing="xy")], axis=-1)
    values, grads = _value_and_grad(ls.loss)(jnp.asarray(pts))
    ok = np.isfinite(np.asarray(values)) & np.all(np.isfinite(np.asarray(grads)), axis=-1)
    return float(1.0 - ok.mean())


@functools.lru_cache(maxsize=128)
def _value_and_grad(loss):
    return jax.jit(jax.vmap(jax.value_and_grad(loss)))
