"""Training mode's operators: `vrijwilliger`, `wil` and `coordinator`, password `oefen`.

INTERIM: the core's operator store (argon2id password keys that unlock the store) has not landed
on this branch; until it does, training mode signs these demo operators in without unlocking any
store. The production kiosk refuses to start without the store (see `ui.cli`).
"""

from __future__ import annotations

import hmac

from kiosk.domain import Role
from kiosk.errors import KioskUserError
from ui.session import Operator

DEMO_PASSWORD = "oefen"  # noqa: S105 (training mode only, documented in the README)
DEMO_OPERATORS: dict[str, frozenset[Role]] = {
    "vrijwilliger": frozenset({Role.VOLUNTEER}),
    "wil": frozenset({Role.WIL_STAFF}),
    "coordinator": frozenset({Role.COORDINATOR}),
}


class SignInRefused(KioskUserError):
    """Wrong name or password (the message never says which)."""


class TrainingOperators:
    """The demo operators of training mode; unlocks no store (none exists on this branch yet)."""

    def sign_in(self, name: str, password: str) -> Operator:
        """Return the operator or raise `SignInRefused`."""
        roles = DEMO_OPERATORS.get(name.strip().lower())
        if roles is None or not hmac.compare_digest(password.encode(), DEMO_PASSWORD.encode()):
            raise SignInRefused("name or password not right")
        return Operator(name.strip().lower(), roles)
