"""``python -m relcanvas`` runs the command line."""

from relcanvas.cli import main

main()
