"""The coordinator's operator management: checking the form, and naming the core's refusals.

The core (`kiosk.store`) decides: it checks the role, the name, the roles and the password length,
refuses to disable the last active coordinator, and audits every change. This module only checks
what the core cannot see (the password typed twice the same) and maps the core's refusals
(`kiosk.store.OperatorRefused.problem`, `LastCoordinator`) to a short code the screen shows in the
operator's language. Nothing heavy is imported at module level: the screen loads without the store.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

ROLE_VALUES = ("volunteer", "wil_staff", "coordinator")  # kiosk.domain.Role values, in screen order


class Problem(enum.StrEnum):
    """Why an operator change cannot go ahead (the screen has a sentence for each)."""

    NO_NAME = "no_name"
    NAME = "name"
    NO_ROLE = "no_role"
    PASSWORD_SHORT = "password_short"  # noqa: S105 - a problem code, not a password
    PASSWORDS_DIFFER = "passwords_differ"
    EXISTS = "exists"
    LAST_COORDINATOR = "last_coordinator"
    NOT_ALLOWED = "not_allowed"
    DISABLED = "disabled"
    OTHER = "other"


def check_new_operator(
    name: str, roles: Iterable[str], password: str, repeated: str, min_length: int
) -> Problem | None:
    """The first problem of the add-operator form, or None (the core checks all of it again)."""
    if not name.strip():
        return Problem.NO_NAME
    if not set(roles):
        return Problem.NO_ROLE
    return check_password(password, repeated, min_length)


def check_password(password: str, repeated: str, min_length: int) -> Problem | None:
    """A new password: long enough, and typed twice the same."""
    if len(password) < min_length:
        return Problem.PASSWORD_SHORT
    if password != repeated:
        return Problem.PASSWORDS_DIFFER
    return None


def refusal(error: BaseException) -> Problem:
    """Name the core's refusal of an operator change (the core says which rule by type and code)."""
    from kiosk.errors import PermissionDenied
    from kiosk.store import LastCoordinator, OperatorRefused

    if isinstance(error, LastCoordinator):
        return Problem.LAST_COORDINATOR
    if isinstance(error, PermissionDenied):
        return Problem.NOT_ALLOWED
    if isinstance(error, OperatorRefused) and error.problem in Problem.__members__.values():
        return Problem(error.problem)
    return Problem.OTHER
