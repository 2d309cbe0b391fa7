"""The production logs after a whole visit and a sync: written, useful, and without personal data.

Real parts: `kiosk register-sim` as its own process (its log `register-sim.log`), a terminal
enrolled with `kiosk enroll` (`commands.log`), the kiosk's logging and back end in this process
(`kiosk.log`) running a visit through the core with two virtual eID cards signing with their PIN, a
household lookup and an evidence file, the kiosk's own sync pass, then `kiosk sync --once` as its own
process (`sync.log`). Every log file is then searched for the people's national numbers (plain and
written YY.MM.DD-SSS.CC), names and addresses as read from their cards.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from kiosk import domain
from kiosk.clock import FakeClock
from kiosk.config import load_settings
from kiosk.confirming import confirm_with_eid
from kiosk.dossiers import add_evidence_file, end_visit, save_dossier
from kiosk.keys import training_secret_store
from kiosk.logsetup import stop_logging
from kiosk.ports import CardIdentity
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment, load_terminal_token
from sync.encoder import JsonSubmissionEncoder
from sync.enrollment import training_pki_dir
from sync.simulator.server import free_port
from ui.adapters import VirtualCardReader
from ui.app import start_logging
from ui.backend import Backend

pytestmark = pytest.mark.e2e

KIOSK = [sys.executable, "-m", "ui"]
CARDS = ("nl-citizen-18", "nl-partner-17-ec")
ANSWERS = {"still_wants_registration": True, "has_tax_assessment": True, "income_changed": False}
PAYSLIP = b"%PDF-1.4\nLoonfiche oktober 2026 - netto 1834,55 EUR\n%%EOF\n"

# Within every training card's validity: the test must not start failing once a card expires.
VISIT_DAY = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class Pin:
    """The person at the card reader types 1234 (the training cards' PIN)."""

    def request(self, tries_left: int | None, on_pinpad: bool) -> str | None:
        return "1234"


def _kiosk(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIOSK, "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _trust(folder: Path) -> Path:
    """The simulator's test roots: the training root and the CAs that issued the cards' certificates."""
    folder.mkdir()
    pki = training_pki_dir()
    for source in [*sorted((pki / "roots").glob("*.pem")), pki / "citizen-ca.pem", pki / "foreigner-ca.pem"]:
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def _serve(sim_dir: Path, port: int, trust: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [*KIOSK, "--data-dir", str(sim_dir), "register-sim", "--port", str(port), "--test-roots", str(trust)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health").status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    process.wait(timeout=10)
    raise AssertionError("the register simulator did not start")


def _enroll(kiosk_dir: Path, sim_dir: Path, url: str) -> None:
    added = _kiosk(sim_dir, "register-sim", "terminal", "add")
    code = re.search(r"enrollment code (\S+)", added.stdout)
    assert code is not None, added.stderr
    kiosk_dir.mkdir()
    (kiosk_dir / "settings.toml").write_text('training = true\nlog_level = "DEBUG"\n')
    enrolled = _kiosk(
        kiosk_dir,
        "enroll",
        "--register-url",
        url,
        "--coordinator",
        "coordinator",
        stdin=f"{code.group(1)}\n{TRAINING_PASSWORD}\n",
    )
    assert enrolled.returncode == 0, enrolled.stderr


def _backend(kiosk_dir: Path) -> Backend:
    store = Store.open(kiosk_dir, training_secret_store(kiosk_dir), check_pages=True)
    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    assert record is not None and token is not None
    return Backend(
        store, FakeClock(VISIT_DAY), record.register_url, record.terminal_id, token.decode(), training=True
    )


def _visit(backend: Backend) -> list[CardIdentity]:
    """Two adults confirm with their own card and PIN; one payslip; the visit ends (the core's path)."""
    backend.sign_in("coordinator", TRAINING_PASSWORD)
    reader = VirtualCardReader(Pin(), backend.clock.today)
    context, now = backend.context(), backend.clock.now()
    visit = domain.Visit(context.operator, backend.terminal_id, context.location, now)
    identities, dossier = [], None
    for profile in CARDS:
        reader.insert(profile)
        identity, _photo = reader.read()
        identities.append(identity)
        if dossier is None:
            lookup = backend.lookup(identity.national_number)
            assert lookup is not None  # the seeded household of the training register
            dossier = domain.Dossier(
                kind="confirmation",
                candidate_number=lookup.candidate_number,
                letter_date=lookup.letter_date,
                practice=True,
            )
        member = domain.member_from_card(identity, "reference_tenant" if not dossier.members else "partner")
        dossier.members.append(member)
        signer = reader.signer()
        assert signer is not None
        confirm_with_eid(
            dossier,
            member,
            card=identity,
            signer=signer,
            visit=visit,
            declarations=ANSWERS,
            context=context,
            now=now,
        )
        reader.remove()
    assert dossier is not None
    with backend.store.begin() as session:
        save_dossier(session, backend.unlocked, dossier, context, now, backend.rules)  # type: ignore[arg-type]
        payslip = domain.Evidence("income_last_3_months", dossier.members[0].member_id)
        add_evidence_file(
            session,
            backend.unlocked,
            dossier,
            payslip,
            PAYSLIP,
            "application/pdf",
            backend.rules,
            now,  # type: ignore[arg-type]
        )
        end_visit(
            session,
            backend.unlocked,  # type: ignore[arg-type]
            dossier,
            visit,
            JsonSubmissionEncoder(),
            context,
            backend.rules,
            now,
        )
    return identities


def _personal_data(identities: list[CardIdentity]) -> list[str]:
    """What must never be in a log: numbers in both notations, names, street and town."""
    found = []
    for person in identities:
        number = person.national_number
        found += [number, f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"]
        found += [person.surname, *person.first_names.split()]
        found += [person.address.street_and_number, person.address.municipality]
        found += [word for word in re.findall(r"[^\W\d]{4,}", person.address.street_and_number)]
    return sorted({value for value in found if value})


def test_logs_after_a_whole_visit_and_a_sync_hold_no_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim_dir, kiosk_dir = tmp_path / "register", tmp_path / "kiosk"
    sim_dir.mkdir()
    port = free_port()
    simulator = _serve(sim_dir, port, _trust(tmp_path / "trust"))
    try:
        _enroll(kiosk_dir, sim_dir, f"http://127.0.0.1:{port}")
        monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the kiosk's start_logging replaces both
        monkeypatch.setattr(threading, "excepthook", threading.excepthook)
        start_logging(load_settings(kiosk_dir))  # the kiosk window's logging, as `kiosk demo` has it
        backend = _backend(kiosk_dir)
        try:
            identities = _visit(backend)
            report = backend.sync_once()  # the kiosk's sync worker
            assert report.acknowledged and not report.quarantined, report
        finally:
            backend.close()
            stop_logging()
        synced = _kiosk(kiosk_dir, "sync", "--once")  # a second pass by the command: pulls the number
        assert synced.returncode == 0, synced.stderr
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)

    logs = {path.relative_to(tmp_path).as_posix(): path.read_text() for path in tmp_path.rglob("logs/*.log*")}
    assert set(logs) == {
        "kiosk/logs/kiosk.log",
        "kiosk/logs/sync.log",
        "kiosk/logs/commands.log",
        "register/logs/register-sim.log",
    }, sorted(logs)
    # Useful to support: what happened, by ids and counts.
    assert re.search(
        r"visit ended: dossier K-\w{4}-\w{4}, \w+, 2 entries queued", logs["kiosk/logs/kiosk.log"]
    )
    assert re.search(
        r"sync online: [1-9]\d* acknowledged, 0 retried, 0 quarantined", logs["kiosk/logs/kiosk.log"]
    )
    assert "POST http://127.0.0.1" in logs["kiosk/logs/kiosk.log"]  # httpx's request lines (DEBUG on)
    assert "sync online: 0 acknowledged" in logs["kiosk/logs/sync.log"]
    assert '"POST /v1/households/lookup HTTP/1.1" 200' in logs["register/logs/register-sim.log"]
    assert "/v1/submissions/" in logs["register/logs/register-sim.log"]
    # And nobody's personal data, whatever the notation.
    private = _personal_data(identities)
    assert len(private) >= 10
    for name, text in logs.items():
        leaked = [value for value in private if value.lower() in text.lower()]
        assert leaked == [], f"{name} holds personal data: {len(leaked)} value(s)"
