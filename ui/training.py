"""Training mode's demo operators: `vrijwilliger`, `wil` and `coordinator`, password `oefen`.

`ui.backend.start_training` adds them to the training store (the core's operators, argon2id).
"""

from __future__ import annotations

from kiosk.domain import Role
from kiosk.errors import KioskUserError

DEMO_PASSWORD = "oefen"  # noqa: S105 (training mode only, documented in the README)
DEMO_OPERATORS: dict[str, frozenset[Role]] = {
    "vrijwilliger": frozenset({Role.VOLUNTEER}),
    "wil": frozenset({Role.WIL_STAFF}),
    "coordinator": frozenset({Role.COORDINATOR}),
}


class SignInRefused(KioskUserError):
    """Wrong name or password (the message never says which)."""
