"""The rule families, one module per block (and one for the format and the method).

Importing this package fills :data:`relcanvas.lint.rule.REGISTRY`: every module in it is
imported, in name order, so a new family needs no registration here.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
