"""The rule families, one module per block (and one for the format and the method).

Importing this package fills :data:`relcanvas.lint.rule.REGISTRY`.
"""

from relcanvas.lint.rules import (  # noqa: F401
    canvas,
    evolution,
    format,
    interaction,
    involvement,
    loyalty,
    tools,
    touchpoints,
)
