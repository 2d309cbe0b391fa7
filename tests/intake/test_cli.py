"""`kiosk intake` as WIL's administrator uses it: the key file, settings, accounts, terminals, migrations."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from intake.keyfile import KeyFileError, create_key_file, read_key_file
from intake.settings import IntakeSettings, SettingsError, load_intake_settings
from sync.simulator import schema

ROOT = Path(__file__).resolve().parents[2]
KIOSK = Path(sys.executable).parent / "kiosk"


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KIOSK), *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_key_file_is_owner_only_never_overwritten_and_refused_when_others_can_read_it(
    tmp_path: Path,
) -> None:
    key_file = tmp_path / "sealing.key"
    create_key_file(key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(read_key_file(key_file)) == 32
    with pytest.raises(KeyFileError, match="exists already"):
        create_key_file(key_file)
    key_file.chmod(0o640)
    with pytest.raises(KeyFileError, match="readable by others"):
        read_key_file(key_file)
    (tmp_path / "junk.key").write_text("hello\n")
    (tmp_path / "junk.key").chmod(0o600)
    with pytest.raises(KeyFileError, match="not an intake sealing key"):
        read_key_file(tmp_path / "junk.key")


def test_settings_name_the_wrong_setting_and_the_example_file_holds_the_defaults(tmp_path: Path) -> None:
    assert load_intake_settings(ROOT / "packaging" / "intake" / "intake.toml") == IntakeSettings()
    for text, error in (
        ("[intake]\nretention_dayz = 3\n", "unknown setting intake.retention_dayz"),
        ("[intake]\nretention_days = '3'\n", "intake.retention_days must be a int"),
        ("[intake]\nlockout_minutes = -1\n", "cannot be negative"),
        ("[intake\n", "cannot read the settings file"),
    ):
        path = tmp_path / "s.toml"
        path.write_text(text)
        with pytest.raises(SettingsError, match=error):
            load_intake_settings(path)


def test_the_command_line_sets_up_a_service(tmp_path: Path) -> None:
    key, db = tmp_path / "sealing.key", f"sqlite:///{tmp_path / 'intake.db'}"
    assert "mode 600" in kiosk("intake", "--key-file", str(key), "init-key").stdout
    assert kiosk("intake", "--key-file", str(key), "init-key").returncode == 1  # never overwrites
    base = ["intake", "--db", db, "--key-file", str(key)]
    assert kiosk(*base, "migrate").returncode == 0
    engine = create_engine(db)
    assert schema.current_revision(engine) == schema.head_revision()
    assert "staff_accounts" in inspect(engine).get_table_names()
    engine.dispose()
    short = kiosk(*base, "staff", "add", "an.peeters", stdin="short\n")
    assert short.returncode == 1 and "at least 12 characters" in short.stderr
    assert kiosk(*base, "staff", "add", "an.peeters", stdin="a long staff passphrase\n").returncode == 0
    added = kiosk(*base, "terminal", "add")
    assert added.returncode == 0 and "enrollment code" in added.stdout
    assert kiosk(*base, "attesters", "add", "123").returncode == 1
    assert kiosk(*base, "attesters", "add", "79052012695").returncode == 0
    assert "purged 0 dossiers" in kiosk(*base, "purge").stdout
    missing = kiosk("intake", "--db", db, "migrate")
    assert missing.returncode == 1 and "--key-file FILE is required" in missing.stderr


def test_a_database_from_before_migrations_is_stamped_and_upgraded(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from sync.simulator import models as m
    from sync.simulator.register import Register

    db = f"sqlite:///{tmp_path / 'old.db'}"
    engine = schema.make_engine(db)
    config = schema.alembic_config()
    with engine.begin() as connection:  # the baseline's tables, as create_all made them: no version table
        config.attributes["connection"] = connection
        command.upgrade(config, schema.BASELINE)
        connection.execute(text("DROP TABLE alembic_version"))
        connection.execute(text("INSERT INTO staff (national_number) VALUES ('79052012695')"))
    engine.dispose()
    register = Register(db)
    try:
        assert schema.current_revision(register.engine) == schema.head_revision()
        with register.session() as s:
            from sqlalchemy import select

            assert "79052012695" in set(s.scalars(select(m.Staff.national_number)))
        with register.engine.connect() as connection:
            stored = connection.execute(text("SELECT national_number FROM staff")).scalars().all()
        assert "79052012695" not in stored  # sealed once the register opened it with its key
    finally:
        register.close()
