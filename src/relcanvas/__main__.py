"""``python -m relcanvas`` runs the command line."""

from relcanvas.launch import main

main()
