"""The coordinator's operator management: checking the form, and naming the core's refusals.

The core (`kiosk.store`) decides: it checks the role, the name, the roles and the password rules,
refuses to disable the last active coordinator, and audits every change. This module only checks
the same password rules first (`kiosk.passwords`, so the form answers at once), what the core cannot
see (the password typed twice the same), and maps the core's refusals
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
    # The core's password rules (kiosk.passwords), same codes.
    PASSWORD_SHORT = "password_short"  # noqa: S105 - a problem code, not a password
    PASSWORD_LONG = "password_long"  # noqa: S105
    PASSWORD_COMMON = "password_common"  # noqa: S105
    PASSWORD_CONTEXT = "password_context"  # noqa: S105
    PASSWORD_PATTERN = "password_pattern"  # noqa: S105
    PASSWORDS_DIFFER = "passwords_differ"
    EXISTS = "exists"
    LAST_COORDINATOR = "last_coordinator"
    NOT_ALLOWED = "not_allowed"
    DISABLED = "disabled"
    OTHER = "other"


def check_new_operator(name: str, roles: Iterable[str], password: str, repeated: str) -> Problem | None:
    """The first problem of the add-operator form, or None (the core checks all of it again)."""
    if not name.strip():
        return Problem.NO_NAME
    if not set(roles):
        return Problem.NO_ROLE
    return check_password(password, repeated, name.strip())


def check_password(password: str, repeated: str, operator: str) -> Problem | None:
    """A new password: the core's rules (`kiosk.passwords`), and typed twice the same."""
    from kiosk.passwords import password_problem  # light: no store, no database

    problem = password_problem(password, operator)
    if problem is not None:
        return Problem(problem)
    if password != repeated:
        return Problem.PASSWORDS_DIFFER
    return None


def password_sentences() -> dict[Problem, str]:
    """What each password problem means, in the operator's language (sign-in and coordinator screens)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH

    translate = QCoreApplication.translate  # with the context written out each time, for lupdate
    return {
        Problem.PASSWORD_SHORT: translate(
            "PasswordRules", "Een wachtwoord heeft minstens %1 tekens."
        ).replace("%1", str(MIN_PASSWORD_LENGTH)),
        Problem.PASSWORD_LONG: translate(
            "PasswordRules", "Een wachtwoord heeft hoogstens %1 tekens."
        ).replace("%1", str(MAX_PASSWORD_LENGTH)),
        Problem.PASSWORD_COMMON: translate(
            "PasswordRules",
            "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.",
        ),
        Problem.PASSWORD_CONTEXT: translate(
            "PasswordRules", "Een wachtwoord mag niet uw naam of een woord van de kiosk zijn. Kies een ander."
        ),
        Problem.PASSWORD_PATTERN: translate(
            "PasswordRules", "Een wachtwoord mag geen reeks zijn zoals 12345678 of aaaaaaaa. Kies een ander."
        ),
        Problem.PASSWORDS_DIFFER: translate(
            "PasswordRules", "De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw."
        ),
    }


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
