"""A damaged store says so: which file, that it is damaged, where the restore steps are; exit 1.

Real SQLite files damaged the ways disks and people damage them (a garbage header, a malformed
page, an empty file, half a file), every command run in-process through the real `kiosk` entry
point, and `kiosk db check` finding a dossier payload, an evidence file and the audit chain that no
longer open, as damage and never as a wrong key or password.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from kiosk import keys
from kiosk.dossiers import load_dossier, read_evidence_file
from kiosk.errors import RESTORE_STEPS, StoreDamaged
from kiosk.store import Store, holds_store
from sync.encoder import JsonSubmissionEncoder
from sync.simulator.server import running_simulator
from tests.unit.core.cli_support import Ran, file_keyed_terminal, run_in_process
from tests.unit.core.conftest import FAST_KDF, NOW
from tests.unit.core.visits import full_visit

PASSWORD = "oefen-coordinator"  # the fixture's coordinator (tests/unit/core/visits.py)
PAGE = 4096


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """`kiosk ARGS` in this process, with `stdin` as standard input."""
    return lambda *args, stdin="": run_in_process(args, stdin, capsys, monkeypatch)


def _terminal(data_dir: Path) -> Path:
    """An enrolled data directory (secrets in its own file, as training keeps them) with one visit."""
    file_keyed_terminal(data_dir, PASSWORD, NOW)
    store = Store.open(data_dir, keys.training_secret_store(data_dir))
    full_visit(store, NOW, JsonSubmissionEncoder())
    store.close()
    return data_dir


@pytest.fixture
def terminal_dir(tmp_path: Path) -> Path:
    return _terminal(tmp_path / "data")


def _garbage_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"this is no SQLite header at all" * 3)


def _malformed_schema_page(path: Path) -> None:
    with path.open("r+b") as handle:  # the page after the 100-byte header holds the schema
        handle.seek(100)
        handle.write(b"\x55" * (PAGE - 100))


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // PAGE * PAGE + 1000])


DAMAGE = {
    "garbage header": _garbage_header,
    "malformed page": _malformed_schema_page,
    "empty file": _emptied,
    "half a file": _cut_in_half,
}
COMMANDS = {
    "audit verify": (["audit", "verify"], ""),
    "sync --once": (["sync", "--once"], ""),
    "operator list": (["--as", "coordinator", "operator", "list"], f"{PASSWORD}\n"),
    "operator add": (
        ["--as", "coordinator", "operator", "add", "jan", "--role", "volunteer"],
        f"{PASSWORD}\nx\n",
    ),
    "db upgrade": (["db", "upgrade"], ""),
    "db check": (["db", "check"], ""),
    "purge --dry-run": (["purge", "--dry-run"], ""),
    "sync --export": (["sync", "--export", "OUT"], ""),
}


def _checkpointed(data_dir: Path) -> Path:
    """The database file with its WAL folded in, as after a clean shutdown."""
    path = data_dir / "kiosk.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@pytest.fixture(scope="module")
def damaged_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One enrolled data directory per kind of damage (made once: every command reads them)."""
    made = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_KDF", FAST_KDF)
        for name, damage in DAMAGE.items():
            data_dir = _terminal(tmp_path_factory.mktemp(name.replace(" ", "-")) / "data")
            damage(_checkpointed(data_dir))
            made[name] = data_dir
    return made


def _says_damaged(ran: Ran, path: Path) -> None:
    lines = ran.err.strip().splitlines()
    assert ran.code == 1, ran
    assert len(lines) == 1, ran.err
    assert "damaged" in lines[0] and str(path) in lines[0] and "kiosk db restore BACKUP" in lines[0]
    assert "Traceback" not in ran.out + ran.err
    assert "does not open the box" not in ran.out + ran.err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("damage", DAMAGE)
def test_every_command_names_the_damaged_database_and_the_restore_steps(
    damaged_dirs: dict[str, Path], run: Callable[..., Ran], damage: str, command: str, tmp_path: Path
) -> None:
    data_dir = damaged_dirs[damage]
    words, stdin = COMMANDS[command]
    words = [str(tmp_path / "export.json") if w == "OUT" else w for w in words]
    ran = run("--data-dir", str(data_dir), *words, stdin=stdin)
    if command == "db check":  # the report on stdout, the one line on stderr
        assert "DAMAGED: database" in ran.out or "DAMAGED: store" in ran.out, ran.out
        _says_damaged(ran, data_dir)
    else:
        _says_damaged(ran, data_dir / "kiosk.db")


def test_an_empty_database_file_stays_empty(terminal_dir: Path, run: Callable[..., Ran]) -> None:
    path = terminal_dir / "kiosk.db"
    _checkpointed(terminal_dir).write_bytes(b"")
    ran = run("--data-dir", str(terminal_dir), "db", "upgrade")
    _says_damaged(ran, path)
    assert "empty (0 bytes)" in ran.err
    assert path.stat().st_size == 0  # SQLite would have built a new, empty store in it


def test_db_upgrade_never_creates_a_store_where_none_was_enrolled(
    tmp_path: Path, run: Callable[..., Ran]
) -> None:
    for data_dir in (tmp_path / "empty-folder", tmp_path / "no-folder"):
        if data_dir.name == "empty-folder":
            data_dir.mkdir()
        ran = run("--data-dir", str(data_dir), "db", "upgrade")
        assert ran.code == 1 and "kiosk enroll" in ran.err and len(ran.err.strip().splitlines()) == 1
        assert not (data_dir / "kiosk.db").exists()
    assert not (tmp_path / "no-folder").exists()


def test_a_schema_without_a_store_does_not_block_enrollment(tmp_path: Path, run: Callable[..., Ran]) -> None:
    # What `kiosk db upgrade` left in an empty folder before this version: tables, no terminal.
    data_dir = tmp_path / "data"
    from kiosk import db

    db.upgrade(data_dir / "kiosk.db")
    (data_dir / "settings.toml").write_text("training = true\n")
    assert not holds_store(data_dir)
    with running_simulator(f"sqlite:///{tmp_path / 'register.db'}") as simulator:
        _terminal_id, code = simulator.register.add_terminal()
        ran = run(
            "--data-dir",
            str(data_dir),
            "enroll",
            "--register-url",
            simulator.base_url,
            "--coordinator",
            "eerste",
            stdin=f"{code}\nEerste-coordinator-2026\n",
        )
    assert ran.code == 0, ran.err
    assert holds_store(data_dir)


def _flip_byte(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]


def _first_dossier(data_dir: Path) -> tuple[str, str]:
    with closing(sqlite3.connect(data_dir / "kiosk.db")) as connection:
        row = connection.execute("select id, local_reference from dossiers").fetchone()
    return row[0], row[1]


def _damage_payload(data_dir: Path, dossier_id: str) -> None:
    with closing(sqlite3.connect(data_dir / "kiosk.db")) as connection:
        (payload,) = connection.execute("select payload from dossiers where id = ?", (dossier_id,)).fetchone()
        connection.execute(
            "update dossiers set payload = ? where id = ?",
            (_flip_byte(payload, len(payload) // 2), dossier_id),
        )
        connection.commit()


def test_a_damaged_payload_is_damage_not_a_wrong_key(terminal_dir: Path, run: Callable[..., Ran]) -> None:
    dossier_id, reference = _first_dossier(terminal_dir)
    _damage_payload(terminal_dir, dossier_id)
    store = Store.open(terminal_dir, keys.training_secret_store(terminal_dir))
    try:
        unlocked = store.sign_in("coordinator", PASSWORD, NOW)  # the password is right
        with store.begin() as session, pytest.raises(StoreDamaged) as raised:
            load_dossier(session, unlocked, dossier_id)
    finally:
        store.close()
    message = str(raised.value)
    assert f"dossier {reference}" in message and str(terminal_dir / "kiosk.db") in message
    assert "no longer opens" in message and RESTORE_STEPS in message
    assert "does not open the box" not in message and "wrong" not in message

    ran = run("--data-dir", str(terminal_dir), "--as", "coordinator", "db", "check", stdin=f"{PASSWORD}\n")
    assert ran.code == 1
    assert f"DAMAGED: dossier {reference}: its encrypted content no longer opens" in ran.out
    assert "ok: audit chain" in ran.out and "ok: database" in ran.out
    assert "1 damaged" in ran.out
    assert ran.err.strip().startswith("kiosk: the store in") and "kiosk db restore BACKUP" in ran.err


def _evidence(data_dir: Path) -> tuple[str, Path]:
    with closing(sqlite3.connect(data_dir / "kiosk.db")) as connection:
        (file_id,) = connection.execute("select id from evidence_files").fetchone()
    return file_id, data_dir / "evidence" / f"{file_id}.bin"


def test_a_damaged_evidence_file_is_named_with_its_dossier(
    terminal_dir: Path, run: Callable[..., Ran]
) -> None:
    dossier_id, reference = _first_dossier(terminal_dir)
    file_id, path = _evidence(terminal_dir)
    path.write_bytes(_flip_byte(path.read_bytes(), 40))
    store = Store.open(terminal_dir, keys.training_secret_store(terminal_dir))
    try:
        unlocked = store.sign_in("coordinator", PASSWORD, NOW)
        with store.begin() as session, pytest.raises(StoreDamaged) as raised:
            read_evidence_file(session, unlocked, dossier_id, file_id)
    finally:
        store.close()
    assert str(path) in str(raised.value) and f"dossier {reference}" in str(raised.value)

    without_operator = run("--data-dir", str(terminal_dir), "db", "check")
    assert without_operator.code == 0  # same length: only decrypting it tells
    assert "not checked: dossier contents" in without_operator.out

    ran = run("--data-dir", str(terminal_dir), "--as", "coordinator", "db", "check", stdin=f"{PASSWORD}\n")
    assert ran.code == 1
    assert (
        f"DAMAGED: evidence file {file_id} of dossier {reference}: an evidence file no longer opens"
        in ran.out
    )


def test_a_missing_or_cut_evidence_file_shows_without_an_operator(
    terminal_dir: Path, run: Callable[..., Ran]
) -> None:
    _file_id, path = _evidence(terminal_dir)
    _dossier_id, reference = _first_dossier(terminal_dir)
    path.write_bytes(path.read_bytes()[:-10])
    ran = run("--data-dir", str(terminal_dir), "db", "check")
    assert ran.code == 1
    assert f"DAMAGED: evidence files on disk: {path} of dossier {reference} has" in ran.out
    path.unlink()
    ran = run("--data-dir", str(terminal_dir), "db", "check")
    assert f"{path} of dossier {reference} is missing" in ran.out and ran.code == 1


def test_a_rewritten_audit_event_is_reported_by_db_check(terminal_dir: Path, run: Callable[..., Ran]) -> None:
    with closing(sqlite3.connect(terminal_dir / "kiosk.db")) as connection:
        connection.execute("update audit_events set actor = 'someone-else' where seq = 2")
        connection.commit()
    ran = run("--data-dir", str(terminal_dir), "db", "check")
    assert ran.code == 1
    assert "DAMAGED: audit chain: audit chain broken at event 2" in ran.out


def test_db_check_of_a_sound_store_opens_everything(terminal_dir: Path, run: Callable[..., Ran]) -> None:
    ran = run("--data-dir", str(terminal_dir), "--as", "coordinator", "db", "check", stdin=f"{PASSWORD}\n")
    assert ran.code == 0, ran
    assert ran.err == ""
    assert "ok: database" in ran.out and "integrity_check ok" in ran.out
    assert "ok: audit chain: audit chain ok" in ran.out
    assert "ok: evidence files on disk: 1 present" in ran.out
    assert "ok: dossier contents: 1 dossiers and 1 evidence files decrypted, 0 damaged" in ran.out


def test_db_check_decrypts_for_coordinators_only(terminal_dir: Path, run: Callable[..., Ran]) -> None:
    ran = run("--data-dir", str(terminal_dir), "--as", "wil", "db", "check", stdin="oefen-wil\n")
    assert ran.code == 1 and "DAMAGED" not in ran.out
    assert len(ran.err.strip().splitlines()) == 1


def test_db_check_finds_a_damaged_page_that_other_commands_do_not_read(
    terminal_dir: Path, run: Callable[..., Ran]
) -> None:
    path = _checkpointed(terminal_dir)
    with closing(sqlite3.connect(path)) as connection:  # the visits table: no command here reads it
        (root,) = connection.execute("select rootpage from sqlite_master where name = 'visits'").fetchone()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * PAGE)
        handle.write(b"\x00" * 12)
    assert run("--data-dir", str(terminal_dir), "audit", "verify").code == 0
    ran = run("--data-dir", str(terminal_dir), "db", "check")
    assert ran.code == 1
    assert f"DAMAGED: database {path}: integrity_check: " in ran.out
    with pytest.raises(StoreDamaged, match="is damaged"):  # the kiosk reads every page at start-up
        Store.open(terminal_dir, keys.training_secret_store(terminal_dir), check_pages=True).close()
