"""The release number, read by the packaging (pyproject's dynamic version) and by ``--version``.

A plain assignment in a module of its own: ``relcanvas --version`` prints it without
importing anything else, where ``importlib.metadata`` would cost about 20 ms a start.
"""

VERSION = "0.2.0"
