"""The intake service's settings: a TOML file (packaging/intake/intake.toml is an example)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any


class SettingsError(ValueError):
    """The settings file cannot be used; the message says which setting and why."""


@dataclass(frozen=True)
class IntakeSettings:
    """How the service behaves; every value has a default that suits WIL."""

    retention_days: int = 400  # a dossier never entered in the CIR is purged after this many days
    purge_after_entry_days: int = 30  # entered in the CIR: kept this long for a reprint, then purged
    withdrawn_purge_days: int = 30  # withdrawn: kept this long, then purged
    session_minutes: int = 20  # a worklist session ends after this long without a request
    session_max_hours: int = 10  # and after this long in all (one working day)
    lockout_attempts: int = 5  # wrong passwords in a row before the account locks
    lockout_minutes: int = 15
    max_attachment_bytes: int = 10 * 1024 * 1024
    lookups_per_minute: int = 30
    assign_dossier_numbers: bool = False  # True only for tests and training: WIL staff enter numbers
    secure_cookies: bool = True  # TLS in front (README): the session cookie is sent over HTTPS only
    office_name: str = "Wonen in Limburg"
    office_address: str = ""
    office_phone: str = ""


def load_intake_settings(path: Path | None) -> IntakeSettings:
    """Read the `[intake]` table of a TOML file; defaults for anything left out; None: all defaults."""
    if path is None:
        return IntakeSettings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"cannot read the settings file {path}: {error}") from None
    table = data.get("intake", {})
    if not isinstance(table, dict):
        raise SettingsError("[intake] must be a table")
    return IntakeSettings(**_checked(table))


def _checked(table: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in fields(IntakeSettings)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise SettingsError(f"unknown setting intake.{name}")
        default = getattr(IntakeSettings(), name)
        if type(value) is not type(default):
            raise SettingsError(f"intake.{name} must be a {type(default).__name__}")
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise SettingsError(f"intake.{name} cannot be negative")
        values[name] = value
    return values
