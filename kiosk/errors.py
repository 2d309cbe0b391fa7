"""Errors of the core, rooted at `KioskError`.

Outline::

    KioskError                  anything the core raises on purpose
    ├── KioskUserError          safe to show to a person (carries no personal data)
    │   ├── PermissionDenied    the signed-in operator's roles do not allow the action
    │   ├── ConfigError         a settings or rules file is invalid (names file, line, problem)
    │   ├── KeystoreError       the OS keyring is missing, locked or unsafe
    │   ├── StoreDamaged        a file of the store no longer opens: names it, points to the restore
    │   └── NotBuiltError       a command that this version does not have yet
    └── StoreError              the local database cannot be opened or written

`ui/` turns each of these into words for a person; a message never contains a national number,
a name or an address, so it may also be logged.
"""

from __future__ import annotations

from pathlib import Path

# Where a damaged store sends its reader; every "damaged" message ends with it (one place to adjust).
RESTORE_STEPS = (
    "restore the store from its newest backup with `kiosk db restore BACKUP` "
    "(standard input: the recovery code; README.md, section Backups and restoring a store)"
)


class KioskError(Exception):
    """Root of every error the core raises on purpose."""


class KioskUserError(KioskError):
    """An error whose message is safe to show to a person and to log."""


class PermissionDenied(KioskUserError):
    """The operator's roles do not allow this action."""


class ConfigError(KioskUserError):
    """A settings or rules file is invalid."""


class KeystoreError(KioskUserError):
    """The OS keyring cannot hold the device key safely."""


class StoreDamaged(KioskUserError):
    """A file of the store (the database, a dossier's payload, an evidence file) no longer opens.

    Not a wrong key: raised only where the key was proven right, or where SQLite itself says the file
    is not a database or is malformed. The message names the file and points to `RESTORE_STEPS`.
    """

    def __init__(self, path: Path | str, problem: str, *, subject: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.subject = subject  # e.g. "dossier K-ABCD-EFGH": what in that file is damaged
        super().__init__(damaged_message(self.path, problem, subject))


def damaged_message(path: Path, problem: str, subject: str = "") -> str:
    """One line: what is damaged, in which file, why, and where the restore steps are."""
    what = f"{subject} in {path}" if subject else str(path)
    return f"{what} is damaged ({problem}): {RESTORE_STEPS}"


class NotBuiltError(KioskUserError):
    """A command exists in the design but not yet in this version."""


class StoreError(KioskError):
    """The local database cannot be opened or written."""
