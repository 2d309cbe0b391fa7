"""Training mode and sign-in errors of the screens.

The demo operators (`vrijwilliger`, `wil`, `coordinator`, password `oefenmodus`) are the core's
(`kiosk.store.TRAINING_*`); `ui.backend.start_training` has sync enroll the terminal.
"""

from __future__ import annotations

from kiosk.errors import KioskUserError


class SignInRefused(KioskUserError):
    """Wrong name or password (the message never says which)."""
