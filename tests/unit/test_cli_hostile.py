"""The command line never shows a traceback: bad arguments exit 2, refused paths exit 1, one line each.

Every subcommand is found by walking the real parser (a command added later is covered too) and run
in this process with an unknown option and a garbage value for each option that checks its value.
Then every command that works on a data directory meets a file, an empty folder, a missing folder and
a broken `settings.toml`; the file options meet missing, unreadable and unwritable paths.
"""

from __future__ import annotations

import argparse
import os
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import keys
from kiosk.store import Store
from sync.store_outbox import StoreOutbox
from tests.unit.core.cli_support import Ran, file_keyed_terminal, run_in_process
from ui.cli import build_parser

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
PASSWORD = "lang-genoeg-wachtwoord"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """`kiosk ARGS` in this process, with `stdin` as standard input."""
    return lambda *args, stdin="": run_in_process(args, stdin, capsys, monkeypatch)


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path the parser accepts, e.g. ("register-sim", "terminal", "revoke")."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield prefix
        return
    if prefix and not groups[0].required:
        yield prefix  # e.g. `register-sim` itself serves
    for name, sub in groups[0].choices.items():
        yield from _subcommands(sub, (*prefix, name))


def _parser_of(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        group = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = group.choices[name]
    return parser


SUBCOMMANDS = sorted(_subcommands(build_parser()))


def test_the_walk_finds_every_command() -> None:
    found = {" ".join(path) for path in SUBCOMMANDS}
    assert {"audit verify", "db upgrade", "db check", "sync", "enroll", "register-sim"} <= found
    assert {"register-sim terminal revoke", "card read", "virtual-card", "operator passwd", "demo"} <= found


@pytest.mark.parametrize("path", SUBCOMMANDS, ids=" ".join)
def test_an_unknown_option_is_a_usage_error_of_one_line(
    path: tuple[str, ...], run: Callable[..., Ran]
) -> None:
    ran = run(*path, "--no-such-option", "x")
    line = ran.one_line()
    assert ran.code == 2
    assert line.startswith("kiosk") and "--help" in line  # the option, or a missing argument


def _checked_options(path: tuple[str, ...]) -> list[str]:
    """The options of a command that check their value (a type or a list of choices)."""
    return [
        action.option_strings[-1]
        for action in _parser_of(path)._actions
        if action.option_strings and action.nargs is None and (action.type is not None or action.choices)
    ]


VALUE_CASES = [(path, option) for path in SUBCOMMANDS for option in _checked_options(path)]
GARBAGE = ["abc", "-1", "0", "1e9", "\u00e9\u0000"]  # wrong for every checked option ("" is no faults)


def test_there_are_checked_options_to_try() -> None:
    options = {f"{' '.join(p)} {o}" for p, o in VALUE_CASES}
    assert {
        "register-sim --port",
        "register-sim --faults",
        "virtual-card --port",
        "operator add --role",
    } <= options


@pytest.mark.parametrize(
    ("path", "option"), VALUE_CASES, ids=lambda v: " ".join(v) if isinstance(v, tuple) else v
)
def test_a_garbage_value_is_a_usage_error_of_one_line(
    path: tuple[str, ...], option: str, run: Callable[..., Ran]
) -> None:
    for garbage in GARBAGE:
        ran = run(*path, f"{option}={garbage}")
        ran.one_line()
        assert ran.code == 2, (garbage, ran)


@pytest.mark.parametrize("port", ["0", "65536", "99999", "-1", "80.5"])
@pytest.mark.parametrize("command", [("register-sim",), ("virtual-card", "--profile", "nl-citizen-18")])
def test_a_port_out_of_range_is_a_usage_error(
    command: tuple[str, ...], port: str, run: Callable[..., Ran]
) -> None:
    ran = run(*command, f"--port={port}")
    assert ran.code == 2 and "not a port" in ran.one_line()


@pytest.mark.parametrize(
    "spec",
    ["garbage=1,lost=abc", "lost=abc", "lost=2", "error=-0.5", "latency=soon", "seed=x", "captive,bogus"],
)
def test_a_wrong_fault_spec_names_the_item(spec: str, run: Callable[..., Ran]) -> None:
    ran = run("register-sim", "--faults", spec)
    assert ran.code == 2 and "fault" in ran.one_line()


# --- data directories ---------------------------------------------------------------------------

DATA_DIR_COMMANDS = {
    "audit verify": (["audit", "verify"], ""),
    "db upgrade": (["db", "upgrade"], ""),
    "db check": (["db", "check"], ""),
    "purge": (["purge", "--dry-run"], ""),
    "operator list": (["--as", "c", "operator", "list"], "pw\n"),
    "operator add": (["--as", "c", "operator", "add", "jan", "--role", "volunteer"], "pw\nnew-password-1\n"),
    "operator disable": (["--as", "c", "operator", "disable", "jan"], "pw\n"),
    "operator passwd": (["--as", "c", "operator", "passwd", "jan"], "pw\nnew-password-1\n"),
    "recovery code": (["operator", "passwd", "c", "--recovery-code"], "code\nnew-password-1\n"),
    "sync": (["sync", "--once"], ""),
    "sync export": (["sync", "--export", "EXPORT"], ""),
    "sync import": (["sync", "--import", "EXPORT"], ""),
    "db backup": (["db", "backup"], ""),
    "db backup-key": (["db", "backup-key"], "AAAA-BBBB\n"),
    "kiosk window": ([], ""),
}
# Commands that make their data directory when it is missing (enrollment, the simulator's database).
MAKERS = {
    "enroll": (
        ["enroll", "--register-url", "http://127.0.0.1:9", "--coordinator", "c"],
        "code\npassword-1\n",
    ),
    "register-sim terminal add": (["register-sim", "terminal", "add"], ""),
    "print-test": (["print-test"], ""),
    "demo": (["demo"], ""),
}


def _bad_data_dir(kind: str, tmp_path: Path) -> Path:
    if kind == "a file":
        (tmp_path / "data").write_text("not a folder")
    elif kind == "an empty folder":
        (tmp_path / "data").mkdir()
    elif kind == "broken settings":
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "settings.toml").write_bytes(b"training = = yes\x00\xff")
    return tmp_path / "data"


@pytest.mark.parametrize("kind", ["a file", "an empty folder", "a missing folder", "broken settings"])
@pytest.mark.parametrize("command", DATA_DIR_COMMANDS)
def test_every_data_directory_command_refuses_a_wrong_data_directory_in_one_line(
    command: str, kind: str, run: Callable[..., Ran], tmp_path: Path
) -> None:
    data_dir = _bad_data_dir(kind, tmp_path)
    words, stdin = DATA_DIR_COMMANDS[command]
    words = [str(tmp_path / "export.json") if w == "EXPORT" else w for w in words]
    ran = run("--data-dir", str(data_dir), *words, stdin=stdin)
    line = ran.one_line()
    assert ran.code == 1, ran
    expected = str(data_dir / "settings.toml") if kind == "broken settings" else str(data_dir)
    assert expected in line, line
    if kind == "a missing folder":
        assert not data_dir.exists()  # refusing never leaves a folder behind
    if kind == "an empty folder":
        assert {p.name for p in data_dir.iterdir()} <= {"logs"}  # no database: enrolling stays possible


@pytest.mark.parametrize("kind", ["a file", "broken settings"])
@pytest.mark.parametrize("command", MAKERS)
def test_commands_that_make_their_folder_refuse_a_file_or_broken_settings(
    command: str, kind: str, run: Callable[..., Ran], tmp_path: Path
) -> None:
    data_dir = _bad_data_dir(kind, tmp_path)
    words, stdin = MAKERS[command]
    ran = run("--data-dir", str(data_dir), *words, stdin=stdin)
    assert ran.code == 1 and ("settings.toml" if kind == "broken settings" else "is a file") in ran.one_line()


def test_a_command_needing_an_operator_says_so_before_asking_a_password(
    run: Callable[..., Ran], tmp_path: Path
) -> None:
    ran = run("--data-dir", str(tmp_path), "operator", "list", stdin="")
    assert ran.code == 1 and "--as NAME" in ran.one_line()


# --- files the commands read and write ---------------------------------------------------------


@pytest.fixture
def enrolled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1))
    return file_keyed_terminal(tmp_path / "data", PASSWORD, NOW)


def _queue(data_dir: Path) -> dict[str, int]:
    with Store.open(data_dir, keys.training_secret_store(data_dir)) as store:
        return StoreOutbox(store, NOW).counts()


def _unwritable(tmp_path: Path) -> Path:
    """A path no one may write: under a read-only folder (root ignores modes: then under a file)."""
    if os.geteuid() == 0:
        (tmp_path / "plain-file").write_text("x")
        return tmp_path / "plain-file" / "export.json"
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    return folder / "export.json"


def test_an_export_to_a_path_that_cannot_be_written_loses_nothing(
    enrolled: Path, run: Callable[..., Ran], tmp_path: Path
) -> None:
    before = _queue(enrolled)
    targets = [_unwritable(tmp_path), tmp_path / "no-such-folder" / "export.json", tmp_path]
    for target in targets:
        ran = run("--data-dir", str(enrolled), "sync", "--export", str(target))
        line = ran.one_line()
        assert ran.code == 1 and str(target) in line and "nothing was exported" in line
    assert _queue(enrolled) == before


def test_an_import_of_a_missing_folder_or_garbage_file_names_it(
    enrolled: Path, run: Callable[..., Ran], tmp_path: Path
) -> None:
    garbage = tmp_path / "photo.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0 not an export")
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    for source, words in [
        (tmp_path / "missing.json", "cannot be read"),
        (tmp_path, "cannot be read"),
        (garbage, "is not a kiosk outbox export"),
        (empty, "is not a kiosk outbox export"),
    ]:
        ran = run("--data-dir", str(enrolled), "sync", "--import", str(source))
        line = ran.one_line()
        assert ran.code == 1 and str(source) in line and words in line


def test_the_simulator_refuses_what_it_cannot_serve_with(run: Callable[..., Ran], tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        cases = [
            (["--port", port], f"cannot serve on 127.0.0.1:{port}"),
            (["--host", "no-such-host.invalid", "--port", "8799"], "cannot serve on no-such-host.invalid"),
            (["--test-roots", str(tmp_path / "missing")], "not a folder"),
            (["--db", "nonsense://", "terminal", "add"], "the register database nonsense:// cannot be used"),
            (["--db", f"sqlite:///{tmp_path}/no/such/folder.db", "terminal", "add"], "cannot be used"),
        ]
        for words, expected in cases:
            ran = run("--data-dir", str(tmp_path / "sim"), "register-sim", *words)
            assert ran.code == 1 and expected in ran.one_line(), ran


def test_a_restore_from_a_missing_backup_names_it_before_asking_for_the_code(
    run: Callable[..., Ran], tmp_path: Path
) -> None:
    for backup in (tmp_path / "missing.backup", tmp_path):
        ran = run("--data-dir", str(tmp_path / "data"), "db", "restore", str(backup))
        assert ran.code == 1 and f"no backup file at {backup}" in ran.one_line()


def test_card_read_with_missing_test_roots_and_an_unknown_virtual_card(
    run: Callable[..., Ran], tmp_path: Path
) -> None:
    ran = run("card", "read", "--test-roots", str(tmp_path / "missing"))
    assert ran.code == 1 and "test roots" in ran.one_line()
    ran = run("virtual-card", "--profile", "no-such-profile", "--port", "1")
    assert ran.code == 1 and "no-such-profile" in ran.one_line()


def test_an_unexpected_error_is_one_line_that_names_the_log(
    enrolled: Path, run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.audit

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(kiosk.audit, "verify", broken)
    ran = run("--data-dir", str(enrolled), "audit", "verify")
    line = ran.one_line()
    log = enrolled / "logs" / "commands.log"
    assert ran.code == 1 and "ZeroDivisionError" in line and str(log) in line
    assert "Traceback" in log.read_text() and "a bug" in log.read_text()  # for support, not the console
