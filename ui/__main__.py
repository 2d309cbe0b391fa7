"""`python -m ui` runs the `kiosk` command."""

from ui.cli import run

run()
