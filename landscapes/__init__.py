"""Loss surfaces: pure `jnp` functions plus the metadata the lessons draw.

>>> import landscapes
>>> bowl = landscapes.get("bowl")
>>> float(bowl.loss(jnp.array([-7.0, 2.0])))
8.9
"""

from landscapes import compile_cache  # first: JAX's disk cache on before anything compiles
from landscapes import expression as expression
from landscapes import grid as grid
from landscapes import surfaces as surfaces
from landscapes.base import Landscape, Loss, Point, names, register, registered
from landscapes.expression import ExpressionError, from_expression


def get(name: str) -> Landscape:
    """The landscape registered under `name`, or a typed surface's reference
    (`landscapes.expression.ref`); ValueError naming the known ones otherwise."""
    if isinstance(name, str) and expression.is_ref(name):
        return expression.from_ref(name)
    return registered(name)


__all__ = [
    "ExpressionError",
    "Landscape",
    "Loss",
    "Point",
    "compile_cache",
    "expression",
    "from_expression",
    "get",
    "grid",
    "names",
    "register",
    "registered",
    "surfaces",
]
