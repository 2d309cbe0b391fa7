"""Entry point of the frozen bundle: the same `kiosk` command as the console script."""

from ui.cli import run

run()
