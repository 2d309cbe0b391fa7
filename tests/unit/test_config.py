"""Settings come from the TOML file, then the environment; bad values name the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import load_settings, resolve_data_dir
from kiosk.errors import ConfigError


def test_defaults_then_file_then_environment(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('location = "Genk digipunt"\nidle_end_seconds = 300\n')
    settings = load_settings(tmp_path, environ={"CIR_KIOSK_IDLE_END_SECONDS": "60"})
    assert settings.location == "Genk digipunt"
    assert settings.idle_end_seconds == 60
    assert settings.language == "nl"
    assert settings.database_path == tmp_path / "kiosk.db"


def test_an_unknown_setting_is_named(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("idle_end = 3\n")
    with pytest.raises(ConfigError, match="unknown setting 'idle_end'"):
        load_settings(tmp_path, environ={})


def test_a_wrong_type_is_named(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('training = "yes"\n')
    with pytest.raises(ConfigError, match="training must be true or false"):
        load_settings(tmp_path, environ={})


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text("location = \n")
    with pytest.raises(ConfigError, match=r"settings\.toml"):
        load_settings(tmp_path, environ={})


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {"CIR_KIOSK_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert resolve_data_dir(None, {}).name == "cir-kiosk"
