"""Encrypted backups of the store: made daily, before a purge and before a migration; and restoring one.

The key. A backup is sealed to the terminal's **backup key pair**, an X25519 pair derived from the
recovery code printed at enrollment (HKDF-SHA256 of the code's key, `kiosk.keys.recovery_key`). The
terminal keeps only the public half (in its SecretStore as `backup-public-key`), so it can make
backups with nobody signed in but cannot open one: opening needs the recovery code from the office
safe. A replacement terminal opens a backup with that code alone; the backup carries the old
terminal's device key and terminal token (the device key never leaves the old machine's keyring
otherwise), so the restored store, its audit chain and its sync work on the new machine.

File format (`<data dir>/backups/kiosk-<UTC time>-<reason>.cirbackup`, optionally copied to a folder
such as a USB stick): `MAGIC`, a 4-byte header length, the header (JSON, no personal data: times,
store and terminal ids, the audit chain's count and head, the recipient public key), the ephemeral
X25519 public key, then a tar stream (`kiosk.db` snapshot, `evidence/*.bin`, `secrets.json`) in
AES-256-GCM chunks of 1 MiB. Each chunk's nonce is its counter and a last-chunk flag (the STREAM
construction of Hoang, Reyhanitabar, Rogaway and Vizar, 2015), the header is associated data of every
chunk: a changed header, a reordered, dropped or truncated chunk does not open. Memory stays bounded
however large the store is.

Restoring (`restore`) re-applies every purge known since the backup (the tombstones of the store it
replaces, the purge journal `purge.PURGE_JOURNAL` here and in the copy folder, then the retention
rules), so nothing purged comes back; it writes a restore declaration for the register, which sync
sends (`sync.engine.RestoreLedger`); and it lists the dossiers saved after the backup, as far as the
replaced store can still be read, with whether the register acknowledged them.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import tarfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select

from kiosk import audit, db, keys, purge
from kiosk.config import Settings
from kiosk.errors import KioskUserError, StoreError
from kiosk.keys import DEVICE_KEY, TERMINAL_TOKEN, DeviceKeys
from kiosk.ports import SecretStore
from kiosk.rules import Rules
from kiosk.statement import utc_timestamp
from kiosk.store import Store

log = logging.getLogger(__name__)

BACKUP_PUBLIC_KEY = "backup-public-key"
BACKUPS_DIR = db.BACKUPS_DIR
SUFFIX = ".cirbackup"
MAGIC = b"CIR-KIOSK-BACKUP"
FORMAT = 1
CHUNK_BYTES = 1 << 20
DAILY = timedelta(days=1)
PENDING_RESTORE_FILE = "restore-pending.json"
STAGING_DIR = "restore-staging"
_INFO = b"cir-kiosk backup v1"
_KEY_INFO = b"cir-kiosk backup key pair v1"
_NAME = re.compile(r"^kiosk-(\d{8}T\d{6}Z)-([a-z-]+)\.cirbackup$")
_EVIDENCE_NAME = re.compile(r"^evidence/[A-Za-z0-9_-]{1,80}\.bin$")
_MAX_HEADER = 64 * 1024


class BackupError(KioskUserError):
    """A backup cannot be made, read or restored; the message says why, without personal data."""


# --- the backup key pair ---------------------------------------------------------------------


def backup_keypair(recovery_code: str) -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys of the backup key pair the recovery code stands for."""
    seed = keys.derive(keys.recovery_key(recovery_code), _KEY_INFO)
    private = X25519PrivateKey.from_private_bytes(seed)
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return seed, public


def enable_backups(secrets: SecretStore, recovery_code: str) -> None:
    """Keep the backup public key of this recovery code (at enrollment, or later by a coordinator)."""
    secrets.set(BACKUP_PUBLIC_KEY, backup_keypair(recovery_code)[1])


def check_recovery_code(store: Store, recovery_code: str) -> None:
    """Raise `WrongSecret` unless the code opens this store's recovery wrap (it is the store's code)."""
    from kiosk.models import DeviceState

    with store.begin() as session:
        state = session.get(DeviceState, 1)
        if state is None:
            raise StoreError("the kiosk database is empty")
        master = keys.double_unwrap(
            store.device.wrap_key, keys.recovery_key(recovery_code), state.recovery_wrap, b"master:recovery"
        )
        keys.decrypt(master, state.master_check, b"master-check")


# --- the header --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's plaintext header says (no personal data)."""

    path: Path
    created_at: datetime
    reason: str
    store_id: str
    terminal_id: str
    audit_count: int
    audit_head: str
    recipient: bytes

    def describe(self) -> str:
        """One line for a person."""
        return (
            f"{self.path.name}: {utc_timestamp(self.created_at)} ({self.reason}), "
            f"audit chain at {self.audit_count} events"
        )


def _header_bytes(info: dict[str, object]) -> bytes:
    return json.dumps(info, sort_keys=True, separators=(",", ":")).encode()


def read_header(path: Path) -> tuple[BackupInfo, bytes]:
    """The header of a backup file and its raw bytes; `BackupError` when it is not a backup."""
    try:
        with path.open("rb") as handle:
            return _read_header(handle, path)
    except OSError as error:
        raise BackupError(f"{path} cannot be read ({error.strerror})") from None


def _read_header(handle: IO[bytes], path: Path) -> tuple[BackupInfo, bytes]:
    not_a_backup = BackupError(f"{path} is not a kiosk backup")
    if handle.read(len(MAGIC)) != MAGIC:
        raise not_a_backup
    size = int.from_bytes(handle.read(4), "big")
    if not 0 < size <= _MAX_HEADER:
        raise not_a_backup
    raw = handle.read(size)
    try:
        fields = json.loads(raw)
        info = BackupInfo(
            path=path,
            created_at=datetime.fromisoformat(fields["created_at"].replace("Z", "+00:00")),
            reason=str(fields["reason"]),
            store_id=str(fields["store_id"]),
            terminal_id=str(fields["terminal_id"]),
            audit_count=int(fields["audit_count"]),
            audit_head=str(fields["audit_head"]),
            recipient=bytes.fromhex(fields["recipient"]),
        )
    except (ValueError, KeyError, TypeError):
        raise not_a_backup from None
    if fields.get("format") != FORMAT:
        raise BackupError(f"{path} is a backup of another format ({fields.get('format')})")
    return info, raw


# --- chunked authenticated encryption ----------------------------------------------------------


def _file_key(shared: bytes, ephemeral_public: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient, info=_INFO)
    return hkdf.derive(shared)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class _ChunkWriter(io.RawIOBase):
    """A write-only stream that encrypts into `sink` chunk by chunk (see the module docstring)."""

    def __init__(self, sink: IO[bytes], key: bytes, associated: bytes) -> None:
        self._sink, self._aead, self._associated = sink, AESGCM(key), associated
        self._buffer = bytearray()
        self._counter = 0
        self._finished = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._buffer += data
        while len(self._buffer) > CHUNK_BYTES:
            self._emit(bytes(self._buffer[:CHUNK_BYTES]), last=False)
            del self._buffer[:CHUNK_BYTES]
        return len(data)

    def finish(self) -> None:
        """Write the last chunk (marked last, possibly empty)."""
        if not self._finished:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._finished = True

    def _emit(self, plaintext: bytes, *, last: bool) -> None:
        box = self._aead.encrypt(_nonce(self._counter, last), plaintext, self._associated)
        self._sink.write(len(box).to_bytes(4, "big") + box)
        self._counter += 1


class _ChunkReader(io.RawIOBase):
    """A read-only stream that opens `_ChunkWriter`'s chunks; truncation or tampering raises."""

    def __init__(self, source: IO[bytes], key: bytes, associated: bytes) -> None:
        self._source, self._aead, self._associated = source, AESGCM(key), associated
        self._buffer = b""
        self._counter = 0
        self._done = False

    def readable(self) -> bool:
        return True

    @property
    def finished(self) -> bool:
        """Whether the chunk marked last has been read (and nothing follows it)."""
        return self._done

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buffer and not self._done:
            self._buffer = self._next_chunk()
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def _next_chunk(self) -> bytes:
        length = int.from_bytes(self._source.read(4) or b"", "big")
        box = self._source.read(length) if 0 < length <= CHUNK_BYTES + 16 else b""
        if len(box) != length or not box:
            raise BackupError("the backup is cut short or damaged")
        for last in (False, True):
            try:
                plaintext = self._aead.decrypt(_nonce(self._counter, last), box, self._associated)
            except InvalidTag:
                continue
            self._counter += 1
            if last:
                if self._source.read(1):
                    raise BackupError("the backup has data after its last part")
                self._done = True
            return plaintext
        raise BackupError("the backup does not open: damaged, or not made for this recovery code")


# --- making a backup ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupSettings:
    """How many days backups are kept, and the folder a copy goes to (a USB stick; None: none)."""

    retention_days: int = 14
    copy_dir: Path | None = None


def backup_settings(settings: Settings) -> BackupSettings:
    """The backup part of a terminal's settings."""
    copy_dir = Path(settings.backup_copy_dir).expanduser() if settings.backup_copy_dir else None
    return BackupSettings(max(1, settings.backup_retention_days), copy_dir)


def backups_dir(data_dir: Path) -> Path:
    """Where this terminal keeps its backups."""
    return data_dir / BACKUPS_DIR


def make_backup(
    store: Store, now: datetime, reason: str, settings: BackupSettings | None = None
) -> BackupInfo:
    """Write an encrypted backup of `store`, copy it to the copy folder, drop backups past retention.

    Raises `BackupError` when no backup key is set (`kiosk db backup-key` with the recovery code).
    """
    settings = settings or BackupSettings()
    recipient = store.secrets.get(BACKUP_PUBLIC_KEY)
    if recipient is None:
        raise BackupError(
            "no backup key on this terminal: a coordinator runs `kiosk db backup-key` once with the "
            "recovery code"
        )
    folder = backups_dir(store.data_dir)
    folder.mkdir(exist_ok=True)
    _remove_leftovers(folder)
    target = folder / f"kiosk-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}-{reason}{SUFFIX}"
    snapshot = folder / f".snapshot-{uuid.uuid4().hex}.db"
    try:
        _snapshot(store, snapshot)
        header = _header_of(store, snapshot, now, reason, recipient)
        _write_backup(target, header, recipient, snapshot, store)
    finally:
        snapshot.unlink(missing_ok=True)
    info, _raw = read_header(target)
    log.info("backup written: %s", target.name)
    if settings.copy_dir is not None and copy_to(settings.copy_dir, target):
        copy_purge_journal(store.data_dir, settings.copy_dir)
        prune(settings.copy_dir, now, settings.retention_days, store_id=info.store_id)
    prune(folder, now, settings.retention_days)
    return info


def copy_purge_journal(data_dir: Path, copy_dir: Path | None) -> None:
    """Copy the purge journal to the copy folder, so a replacement terminal purges again what was purged."""
    journal = data_dir / purge.PURGE_JOURNAL
    if copy_dir is not None and copy_dir.is_dir() and journal.exists():
        copy_to(copy_dir, journal)


def _remove_leftovers(folder: Path) -> None:
    # A backup killed half-way leaves its snapshot or partial file; an hour later it is surely dead.
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    for path in [*folder.glob(".snapshot-*.db"), *folder.glob("*.partial")]:
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(path.stat().st_mtime, UTC) < an_hour_ago:
                path.unlink()


def _snapshot(store: Store, target: Path) -> None:
    # sqlite3's backup API copies a consistent snapshot, WAL included, while others keep writing.
    source = sqlite3.connect(f"file:{store.data_dir / db.DATABASE_FILE}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()


def _header_of(store: Store, snapshot: Path, now: datetime, reason: str, recipient: bytes) -> bytes:
    connection = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        store_id = connection.execute("SELECT store_id FROM device_state WHERE id = 1").fetchone()
        terminal = connection.execute("SELECT terminal_id FROM enrollment WHERE id = 1").fetchone()
        last = connection.execute("SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    count, head = (0, audit.GENESIS) if last is None else (int(last[0]), str(last[1]))
    return _header_bytes(
        {
            "format": FORMAT,
            "created_at": utc_timestamp(now),
            "reason": reason,
            "store_id": store_id[0] if store_id else "",
            "terminal_id": terminal[0] if terminal else "",
            "audit_count": count,
            "audit_head": head,
            "recipient": recipient.hex(),
        }
    )


def _write_backup(target: Path, header: bytes, recipient: bytes, snapshot: Path, store: Store) -> None:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = _file_key(shared, ephemeral_public, recipient)
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as sink:
        sink.write(MAGIC + len(header).to_bytes(4, "big") + header + ephemeral_public)
        writer = _ChunkWriter(sink, key, MAGIC + header)
        with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT) as archive:
            archive.add(snapshot, arcname=db.DATABASE_FILE)
            for path in sorted(store.evidence_dir.glob("*.bin")) if store.evidence_dir.is_dir() else []:
                archive.add(path, arcname=f"evidence/{path.name}")
            _add_bytes(archive, "secrets.json", _secrets_json(store.secrets))
        writer.finish()
        sink.flush()
        os.fsync(sink.fileno())
    partial.replace(target)


def _secrets_json(secrets: SecretStore) -> bytes:
    values = {name: secrets.get(name) for name in (DEVICE_KEY, TERMINAL_TOKEN, BACKUP_PUBLIC_KEY)}
    return json.dumps({k: v.hex() for k, v in values.items() if v is not None}).encode()


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    member = tarfile.TarInfo(name)
    member.size = len(data)
    archive.addfile(member, io.BytesIO(data))


def copy_to(folder: Path | None, path: Path) -> bool:
    """Copy a file to the copy folder when it is there (a USB stick may be out); True when copied."""
    if folder is None:
        return False
    if not folder.is_dir():
        log.warning("the backup copy folder is not there (is the USB stick plugged in?)")
        return False
    partial = folder / (path.name + ".partial")
    shutil.copyfile(path, partial)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(folder / path.name)
    return True


def list_backups(folder: Path) -> list[BackupInfo]:
    """The readable backups in `folder`, oldest first."""
    found = []
    for path in sorted(folder.glob(f"kiosk-*{SUFFIX}")) if folder.is_dir() else []:
        with contextlib.suppress(BackupError):
            found.append(read_header(path)[0])
    return sorted(found, key=lambda info: info.created_at)


def _made_at(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def prune(folder: Path, now: datetime, retention_days: int, store_id: str | None = None) -> list[Path]:
    """Delete backups older than `retention_days`, always keeping the newest one; return what went.

    With `store_id` (a copy folder several terminals may share) only that store's backups count.
    """
    dated = sorted(
        (
            (made, path)
            for path in folder.glob(f"kiosk-*{SUFFIX}")
            if (made := _made_at(path)) is not None and (store_id is None or _store_of(path) == store_id)
        ),
        key=lambda pair: pair[0],
    )
    limit = now - timedelta(days=retention_days)
    removed = [path for made, path in dated[:-1] if made < limit]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _store_of(path: Path) -> str | None:
    try:
        return read_header(path)[0].store_id
    except BackupError:
        return None


def last_backup_at(data_dir: Path) -> datetime | None:
    """When the newest backup here was made (from its file name), None when there is none."""
    times = [made for path in backups_dir(data_dir).glob(f"kiosk-*{SUFFIX}") if (made := _made_at(path))]
    return max(times) if times else None


def backup_if_due(store: Store, now: datetime, settings: BackupSettings | None = None) -> BackupInfo | None:
    """The daily backup: make one when the newest is a day old or more (None when not due or no key)."""
    last = last_backup_at(store.data_dir)
    if last is not None and now - last < DAILY:
        return None
    if store.secrets.get(BACKUP_PUBLIC_KEY) is None:
        log.warning("no daily backup: this terminal has no backup key yet (`kiosk db backup-key`)")
        return None
    return make_backup(store, now, "daily", settings)


# --- opening a backup ----------------------------------------------------------------------------


@dataclass
class OpenedBackup:
    """A backup decrypted into a staging folder: its database, evidence files and secrets."""

    info: BackupInfo
    folder: Path
    secrets: dict[str, bytes] = field(default_factory=dict)

    @property
    def database(self) -> Path:
        """The staged database file."""
        return self.folder / db.DATABASE_FILE


def open_backup(path: Path, recovery_code: str, staging: Path) -> OpenedBackup:
    """Decrypt `path` with the recovery code into `staging` (emptied first) and check what came out."""
    info, header = read_header(path)
    private, public = backup_keypair(recovery_code)
    if public != info.recipient:
        raise BackupError("this recovery code does not open this backup (it belongs to another terminal?)")
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "evidence").mkdir(parents=True)
    opened = OpenedBackup(info, staging)
    with path.open("rb") as source:
        source.seek(len(MAGIC) + 4 + len(header))
        ephemeral_public = source.read(32)
        shared = X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(ephemeral_public)
        )
        key = _file_key(shared, ephemeral_public, public)
        chunks = _ChunkReader(source, key, MAGIC + header)
        try:
            _unpack(io.BufferedReader(chunks), chunks, opened)
            if not opened.database.exists() or DEVICE_KEY not in opened.secrets:
                raise BackupError("the backup is incomplete (no database or no device key)")
            _check_staged(opened)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)  # never leave half a backup lying open
            raise
    return opened


def _unpack(reader: io.BufferedReader, chunks: _ChunkReader, opened: OpenedBackup) -> None:
    try:
        with tarfile.open(fileobj=reader, mode="r|") as archive:
            for member in archive:
                _extract(archive, member, opened)
    except tarfile.TarError:
        raise BackupError("the backup's content is damaged") from None
    while reader.read(CHUNK_BYTES):
        pass  # up to the chunk marked last: a backup cut after the archive's end is refused too
    if not chunks.finished:
        raise BackupError("the backup is cut short or damaged")


def _extract(archive: tarfile.TarFile, member: tarfile.TarInfo, opened: OpenedBackup) -> None:
    # Only the names a backup holds, only regular files, copied by hand: never `extractall`.
    name = member.name
    if not member.isfile() or not (name in (db.DATABASE_FILE, "secrets.json") or _EVIDENCE_NAME.match(name)):
        raise BackupError("the backup holds an unexpected entry")
    content = archive.extractfile(member)
    if content is None:
        raise BackupError("the backup holds an unexpected entry")
    if name == "secrets.json":
        raw = json.loads(content.read())
        opened.secrets = {str(k): bytes.fromhex(v) for k, v in raw.items()}
        return
    with (opened.folder / name).open("wb") as target:
        shutil.copyfileobj(content, target)


def _check_staged(opened: OpenedBackup) -> None:
    engine = db.make_engine(opened.database)
    try:
        if not db.integrity_ok(engine):
            raise BackupError("the database in the backup fails its integrity check")
        with db.session_factory(engine).begin() as session:
            result = audit.verify(session, DeviceKeys(opened.secrets[DEVICE_KEY]))
        if not result.ok:
            raise BackupError(f"the backup's {result.describe()}")
    finally:
        engine.dispose()


# --- restoring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LaterDossier:
    """A dossier saved after the backup, as the replaced store still tells it (no personal data)."""

    local_reference: str
    saved_at: datetime
    acknowledged: bool
    dossier_number: str | None


@dataclass
class RestoreReport:
    """What a restore did and what the coordinator must follow up."""

    backup: BackupInfo
    restore_id: str
    restored_at: datetime
    purges_reapplied: list[str] = field(default_factory=list)
    later_dossiers: list[LaterDossier] | None = None  # None: the replaced store could not be read
    replaced_dir: Path | None = None

    @property
    def window(self) -> tuple[datetime, datetime]:
        """From the backup to the restore: what was done then and not acknowledged must be redone."""
        return self.backup.created_at, self.restored_at


@dataclass(frozen=True)
class _Replaced:
    """What the store being replaced still tells, read without keys (plaintext columns only)."""

    purges: dict[str, str]  # dossier id -> purge reason
    dossiers: list[tuple[str, str, datetime, str | None, str | None]]  # id, ref, saved, submission, number
    acknowledged: set[str]  # submission ids the register acknowledged


def restore(
    data_dir: Path,
    secrets: SecretStore,
    backup_path: Path,
    recovery_code: str,
    now: datetime,
    rules: Rules,
    copy_dir: Path | None = None,
) -> RestoreReport:
    """Restore the store in `data_dir` from a backup (see the module docstring); the old one is kept aside."""
    opened = open_backup(backup_path, recovery_code, data_dir / STAGING_DIR)
    replaced = _read_replaced(data_dir / db.DATABASE_FILE)
    journal = purge.read_purge_journal(data_dir) | (purge.read_purge_journal(copy_dir) if copy_dir else {})
    report = RestoreReport(opened.info, str(uuid.uuid4()), now)
    report.replaced_dir = _move_aside(data_dir, now)
    _install(opened, data_dir, secrets, report.replaced_dir)
    with Store.open(data_dir, secrets) as store:
        purges = {**journal, **(replaced.purges if replaced else {})}
        report.purges_reapplied = _reapply_purges(store, purges, rules, now)
        _record_restore(store, report)
        report.later_dossiers = _later_dossiers(store, replaced, opened.info) if replaced else None
    write_pending_restore(data_dir, report)
    shutil.rmtree(opened.folder, ignore_errors=True)
    return report


def _read_replaced(path: Path) -> _Replaced | None:
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            purges = dict(connection.execute("SELECT dossier_id, reason FROM tombstones").fetchall())
            dossiers = [
                (row[0], row[1], _sqlite_time(row[2]), row[3], row[4])
                for row in connection.execute(
                    "SELECT id, local_reference, updated_at, last_submission_id, dossier_number FROM dossiers"
                )
            ]
            acknowledged = {
                row[0]
                for row in connection.execute(
                    "SELECT submission_id FROM outbox WHERE kind = 'submission' AND state = 'acknowledged'"
                )
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        log.warning("the store being replaced cannot be read; its later dossiers cannot be listed")
        return None
    return _Replaced(purges, dossiers, acknowledged)


def _sqlite_time(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _move_aside(data_dir: Path, now: datetime) -> Path | None:
    # Nothing is deleted: the replaced store stays encrypted as it was, for support to look at.
    names = [db.DATABASE_FILE, db.DATABASE_FILE + "-wal", db.DATABASE_FILE + "-shm", "evidence"]
    present = [data_dir / name for name in names if (data_dir / name).exists()]
    if not present:
        return None
    aside = data_dir / f"replaced-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    aside.mkdir()
    for path in present:
        path.replace(aside / path.name)
    return aside


def _install(opened: OpenedBackup, data_dir: Path, secrets: SecretStore, aside: Path | None) -> None:
    opened.database.replace(data_dir / db.DATABASE_FILE)
    (opened.folder / "evidence").replace(data_dir / "evidence")
    current = secrets.get(DEVICE_KEY)
    if current is not None and current != opened.secrets[DEVICE_KEY]:
        # The replaced store opens only with its own device key: keep it, under another name.
        secrets.set(f"{DEVICE_KEY}:{aside.name if aside else 'replaced'}", current)
    for name in (DEVICE_KEY, TERMINAL_TOKEN, BACKUP_PUBLIC_KEY):
        value = opened.secrets.get(name)
        if value is not None:
            secrets.set(name, value)
    if BACKUP_PUBLIC_KEY not in opened.secrets:
        secrets.set(BACKUP_PUBLIC_KEY, opened.info.recipient)


def _reapply_purges(store: Store, purges: dict[str, str], rules: Rules, now: datetime) -> list[str]:
    from kiosk.dossiers import remove_evidence_files
    from kiosk.models import Dossier

    done: list[str] = []
    file_ids: list[str] = []
    with store.begin() as session:
        for dossier_id, reason in purges.items():
            row = session.get(Dossier, dossier_id)
            if row is None:
                continue
            candidate = purge.PurgeCandidate(row.id, row.local_reference, reason)
            file_ids += purge.purge_dossier(session, store, candidate, now, actor="restore")
            done.append(row.local_reference)
    remove_evidence_files(store, file_ids)
    # Then the rules: whatever passed its retention since the backup goes now too.
    done += [c.local_reference for c in purge.purge(store, rules, now, actor="restore")]
    db.checkpoint(store.engine)
    return done


def _record_restore(store: Store, report: RestoreReport) -> None:
    with store.begin() as session:
        audit.append(
            session,
            store.device,
            actor="-",
            action="store_restored",
            subject=report.restore_id,
            details={
                "backup_created_at": utc_timestamp(report.backup.created_at),
                "backup_audit_count": report.backup.audit_count,
                "purges_reapplied": len(report.purges_reapplied),
            },
            now=report.restored_at,
        )


def _later_dossiers(store: Store, replaced: _Replaced, backup: BackupInfo) -> list[LaterDossier]:
    from kiosk.models import Dossier

    with store.begin() as session:
        restored = {row[0]: row[1] for row in session.execute(select(Dossier.id, Dossier.updated_at))}
    later = []
    for dossier_id, reference, saved_at, submission_id, number in replaced.dossiers:
        if dossier_id in replaced.purges or saved_at <= backup.created_at:
            continue
        if dossier_id in restored and restored[dossier_id] >= saved_at:
            continue
        acknowledged = submission_id is not None and submission_id in replaced.acknowledged
        later.append(LaterDossier(reference, saved_at, acknowledged, number))
    return sorted(later, key=lambda item: item.saved_at)


# --- the restore declaration for the register ---------------------------------------------------


@dataclass(frozen=True)
class PendingRestore:
    """A restore not yet declared to the register."""

    restore_id: str
    backup_count: int
    backup_head: str
    backup_created_at: datetime
    restored_at: datetime


def write_pending_restore(data_dir: Path, report: RestoreReport) -> None:
    """Keep the declaration until sync has delivered it (a file, so it survives anything but a restore)."""
    body = {
        "restore_id": report.restore_id,
        "backup_count": report.backup.audit_count,
        "backup_head": report.backup.audit_head,
        "backup_created_at": utc_timestamp(report.backup.created_at),
        "restored_at": utc_timestamp(report.restored_at),
    }
    path = data_dir / PENDING_RESTORE_FILE
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(body), encoding="utf-8")
    partial.replace(path)


def read_pending_restore(data_dir: Path) -> PendingRestore | None:
    """The restore waiting to be declared, None when there is none."""
    path = data_dir / PENDING_RESTORE_FILE
    if not path.exists():
        return None
    body = json.loads(path.read_text(encoding="utf-8"))
    return PendingRestore(
        body["restore_id"],
        int(body["backup_count"]),
        body["backup_head"],
        _parse_utc(body["backup_created_at"]),
        _parse_utc(body["restored_at"]),
    )


def clear_pending_restore(data_dir: Path, restore_id: str) -> None:
    """Forget the declaration once the register has it (only that one: a newer restore stays)."""
    pending = read_pending_restore(data_dir)
    if pending is not None and pending.restore_id == restore_id:
        (data_dir / PENDING_RESTORE_FILE).unlink(missing_ok=True)


def _parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def iter_backup_folders(data_dir: Path, copy_dir: Path | None) -> Iterator[Path]:
    """The folders that may hold this terminal's backups: its own, then the copy folder."""
    yield backups_dir(data_dir)
    if copy_dir is not None:
        yield copy_dir
