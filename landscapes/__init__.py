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
from landscapes.base import Landscape, Loss, Point, get, names, register
from landscapes.expression import ExpressionError, from_expression

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
    "surfaces",
]
