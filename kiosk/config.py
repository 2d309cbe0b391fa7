"""Settings: a TOML file in the data directory, overridden by environment variables.

Precedence, lowest first: built-in defaults, `<data dir>/settings.toml`, `CIR_KIOSK_<NAME>`
environment variables, then command-line options (applied by the caller). The data directory itself
comes from `--data-dir`, else `CIR_KIOSK_DATA_DIR`, else platformdirs.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import ConfigError
from kiosk.offices import DEFAULT_OFFICES, OfficeSetting, choose_office, parse_offices

APP_NAME = "cir-kiosk"
APP_AUTHOR = "WonenInLimburg"
ENV_PREFIX = "CIR_KIOSK_"
SETTINGS_FILE = "settings.toml"


@dataclass(frozen=True)
class Settings:
    """Every setting of a terminal, with its default."""

    data_dir: Path
    register_url: str = ""
    ca_bundle: str = ""  # a PEM file to trust a WIL gateway's own CA; empty = system trust
    location: str = "unknown"
    language: str = "nl"
    training: bool = False
    kiosk_mode: bool = True
    allow_virtual_readers: bool = False
    idle_warning_seconds: int = 90
    idle_end_seconds: int = 120
    operator_lock_seconds: int = 600
    offline_warn_days: int = 3
    offline_refuse_days: int = 14
    sync_interval_seconds: int = 60
    printer: str = ""  # empty = the system's default printer
    log_level: str = "INFO"
    backup_retention_days: int = 14  # encrypted backups in <data dir>/backups/ (kiosk/backup.py)
    backup_copy_dir: str = ""  # a folder (USB stick) that gets a copy of each backup; empty = none
    # The woonmaatschappij's offices, printed on the papers (kiosk/offices.py); `office` chooses this
    # terminal's by location or name (empty: the first).
    offices: tuple[OfficeSetting, ...] = DEFAULT_OFFICES
    office: str = ""

    def __post_init__(self) -> None:
        choose_office(self.offices, self.office)  # a name that matches no office is refused at start-up

    @property
    def chosen_office(self) -> OfficeSetting:
        """The office this terminal works for, named on every paper."""
        return choose_office(self.offices, self.office)

    @property
    def database_path(self) -> Path:
        """The SQLite file of this terminal."""
        return self.data_dir / "kiosk.db"

    @property
    def logs_dir(self) -> Path:
        """Where log files go (never personal data)."""
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    """The per-user data directory platformdirs gives for this application."""
    import platformdirs  # only when no data directory is given

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """Pick the data directory: the command line, then the environment, then platformdirs.

    `ConfigError` when that path is a file: every command then says so the same way.
    """
    env = os.environ if environ is None else environ
    chosen = cli_value or env.get(ENV_PREFIX + "DATA_DIR")
    data_dir = Path(chosen).expanduser().resolve() if chosen else default_data_dir()
    if data_dir.exists() and not data_dir.is_dir():
        raise ConfigError(f"the data directory {data_dir} is a file, not a folder")
    return data_dir


def load_settings(data_dir: Path, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Read `settings.toml` from `data_dir`, apply environment and keyword overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = _read_settings_file(data_dir / SETTINGS_FILE)
    values.update(_environment_values(env))
    values.update({k: v for k, v in overrides.items() if v is not None})
    values["data_dir"] = data_dir
    return Settings(**values)


def _fields() -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(Settings) if f.name != "data_dir"}


def _read_settings_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"the settings file {path} is not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"the settings file {path} cannot be read ({error.strerror or error})") from None
    known = _fields()
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in known:
            raise ConfigError(f"the settings file {path}: unknown setting {name!r}")
        if name == "offices":
            values[name] = parse_offices(value, f"the settings file {path}")
            continue
        values[name] = _check_value(f"the settings file {path}", name, value)
    return values


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _check_value(source: str, name: str, value: object) -> object:
    expected = type(getattr(_defaults(), name))
    if expected is bool and not isinstance(value, bool):
        raise ConfigError(f"{source}: {name} must be true or false")
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ConfigError(f"{source}: {name} must be a whole number")
    if expected is str and not isinstance(value, str):
        raise ConfigError(f"{source}: {name} must be text")
    if name == "log_level" and str(value).upper() not in LOG_LEVELS:
        raise ConfigError(f"{source}: log_level must be one of {', '.join(LOG_LEVELS)}")
    return str(value).upper() if name == "log_level" else value


def _defaults() -> Settings:
    return Settings(data_dir=Path())


def _environment_values(env: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _fields():
        if name == "offices":
            continue  # tables live in settings.toml only
        raw = env.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _parse_env(name, raw)
    return values


def _parse_env(name: str, raw: str) -> object:
    expected = type(getattr(_defaults(), name))
    source = ENV_PREFIX + name.upper()
    if expected is bool:
        if raw.lower() not in {"1", "0", "true", "false", "yes", "no"}:
            raise ConfigError(f"{source} must be true or false")
        return raw.lower() in {"1", "true", "yes"}
    if expected is int:
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{source} must be a whole number") from None
    return _check_value(source, name, raw)
