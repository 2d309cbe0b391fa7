"""Errors of the core, rooted at `KioskError`.

Outline::

    KioskError                  anything the core raises on purpose
    ├── KioskUserError          safe to show to a person (carries no personal data)
    │   ├── PermissionDenied    the signed-in operator's roles do not allow the action
    │   ├── ConfigError         a settings or rules file is invalid (names file, line, problem)
    │   ├── KeystoreError       the OS keyring is missing, locked or unsafe
    │   └── NotBuiltError       a command that this version does not have yet
    └── StoreError              the local database cannot be opened or written

`ui/` turns each of these into words for a person; a message never contains a national number,
a name or an address, so it may also be logged.
"""

from __future__ import annotations


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


class NotBuiltError(KioskUserError):
    """A command exists in the design but not yet in this version."""


class StoreError(KioskError):
    """The local database cannot be opened or written."""
