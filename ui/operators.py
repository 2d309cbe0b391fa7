"""The coordinator's operator management: checking the form, and naming the core's refusals.

The core (`kiosk.store`) decides: it checks the role, the name, the roles and the password length,
refuses to disable the last active coordinator, and audits every change. This module only checks
what the core cannot see (the password typed twice the same) and maps the core's refusals to a
short code the screen shows in the operator's language. Nothing heavy is imported here: the
screen module must load without the store.
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
    """Name the core's refusal of an operator change (its messages are English and fixed)."""
    from kiosk.errors import KioskUserError, PermissionDenied

    message = str(error)
    if isinstance(error, PermissionDenied):
        return Problem.LAST_COORDINATOR if "last coordinator" in message else Problem.NOT_ALLOWED
    if isinstance(error, KioskUserError):
        for fragment, problem in (
            ("exists already", Problem.EXISTS),
            ("printable characters", Problem.NAME),
            ("at least one role", Problem.NO_ROLE),
            ("password needs at least", Problem.PASSWORD_SHORT),
            ("is disabled", Problem.DISABLED),
        ):
            if fragment in message:
                return problem
    return Problem.OTHER
