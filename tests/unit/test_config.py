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


def test_offices_come_from_the_settings_and_one_is_chosen(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        'office = "Hasselt"\n'
        "[[offices]]\n"
        'name = "Wonen in Limburg"\nlocation = "Genk"\naddress = "Stationsstraat 1, 3600 Genk"\n'
        "[[offices]]\n"
        'name = "Wonen in Limburg"\nlocation = "Hasselt"\nphone = "011 00 00 00"\n'
        'hours = "maandag tot vrijdag 9 tot 12 uur"\n'
    )
    settings = load_settings(tmp_path, environ={})
    assert [o.location for o in settings.offices] == ["Genk", "Hasselt"]
    assert settings.chosen_office.phone == "011 00 00 00"
    assert settings.chosen_office.hours == "maandag tot vrijdag 9 tot 12 uur"


def test_without_offices_the_papers_name_wil_and_its_website(tmp_path: Path) -> None:
    office = load_settings(tmp_path, environ={}).chosen_office
    assert (office.name, office.website, office.address, office.phone) == (
        "Wonen in Limburg",
        "www.wil.be",
        "",
        "",
    )


def test_a_terminal_outside_limburg_names_its_own_woonmaatschappij(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('[[offices]]\nname = "Woonmaatschappij Kempen"\n')
    assert load_settings(tmp_path, environ={}).chosen_office.name == "Woonmaatschappij Kempen"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            'office = "Maasmechelen"\n[[offices]]\nname = "WIL"\nlocation = "Genk"\n',
            "'Maasmechelen' is not one",
        ),
        ('[[offices]]\nlocation = "Genk"\n', r"offices\[0\]: name is required"),
        ('[[offices]]\nname = "WIL"\nfax = "1"\n', "unknown field 'fax'"),
        ('[[offices]]\nname = "WIL"\nphone = 11\n', "phone must be text"),
        ('[[offices]]\nname = "WIL"\n[[offices]]\nname = "WIL"\n', "both called 'WIL'"),
        ('offices = "WIL"\n', r"\[\[offices\]\] tables"),
    ],
)
def test_a_wrong_office_is_named(tmp_path: Path, text: str, problem: str) -> None:
    (tmp_path / "settings.toml").write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_settings(tmp_path, environ={})
