"""The worklist in a real headless Chromium (Debian's chromium and chromedriver, driven by selenium).

A kiosk enrolled at the intake service saves a dossier and syncs it; a WIL employee signs in, opens
the dossier, sees its verification, enters the CIR's dossier number; the kiosk's next sync brings
the number into its own store. Screenshots of each page go to test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from kiosk import domain, dossiers, reprints
from kiosk import outbox as core
from kiosk.clock import FakeClock
from kiosk.domain import Dossier, Role
from kiosk.keys import FileSecretStore
from kiosk.models import Dossier as DossierRow
from kiosk.rules import load_rules
from kiosk.store import Store, add_operator, load_enrollment, load_terminal_token
from sync.client import RegisterClient
from sync.encoder import JsonSubmissionEncoder
from sync.engine import SyncEngine
from sync.enrollment import enroll_terminal
from sync.protocol import sha256_hex
from sync.store_outbox import StoreOutbox
from sync.testing import Adult, TestPki, household
from tests.intake.conftest import STAFF_NAME, STAFF_PASSWORD, RunningIntake, answered
from tests.unit.core.factories import card, confirmation

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMEDRIVER, CHROMIUM = Path("/usr/bin/chromedriver"), Path("/usr/bin/chromium")
CANDIDATE_NUMBER, DOSSIER_NUMBER = "201905140017", "202603180042"
SOFIE = "90031410231"
COORDINATOR_PASSWORD = "a long coordinator passphrase"
PAYSLIP = b"%PDF-1.4 payslip of Sofie Janssens, March " * 40


@pytest.fixture
def chromium() -> Iterator[webdriver.Chrome]:
    """Headless Chromium through Debian's chromedriver (Selenium Manager would try to download one)."""
    if not (CHROMEDRIVER.exists() and CHROMIUM.exists()):
        message = "Debian's chromium and chromium-driver are not installed (make test installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(15)  # a page after a form post may still be loading on a busy machine
    try:
        yield driver
    finally:
        driver.quit()


def kiosk_with_a_synced_dossier(intake: RunningIntake, data_dir: Path, pki: TestPki, now: datetime) -> Store:
    """A kiosk enrolled at the intake service that saved Sofie's dossier and synced it."""
    _tid, code = intake.register.add_terminal("digipunt Genk")
    secrets = FileSecretStore(data_dir.parent / "secrets.json")
    enroll_terminal(
        data_dir,
        secrets,
        register_url=intake.base_url,
        code=code,
        coordinator="coordinator",
        password=COORDINATOR_PASSWORD,
        now=now,
    )
    store = Store.open(data_dir, secrets)
    dossier_id = save_dossier(store, now)
    with store.begin() as session:
        record = load_enrollment(session, store)
        assert record is not None
        snapshot = household(
            pki,
            terminal_id=record.terminal_id,
            household_key=CANDIDATE_NUMBER,
            adults=[Adult(SOFIE, "Sofie")],
            attachments=[PAYSLIP],
            candidate_number=CANDIDATE_NUMBER,
            declarations=answered(),
        )
        core.enqueue_visit_end(
            session,
            snapshot,
            JsonSubmissionEncoder(),
            record.sealing_public_key,
            household_ref="sofie",
            dossier_id=dossier_id,
            attachments=[(sha256_hex(PAYSLIP), PAYSLIP)],
            now=now,
        )
    report = sync_once(store, now)
    assert len(report.acknowledged) == 1 and not report.quarantined
    return store


def save_dossier(store: Store, now: datetime) -> str:
    """Sofie's dossier as the kiosk keeps it (encrypted in its store)."""
    coordinator = store.sign_in("coordinator", COORDINATOR_PASSWORD, now)
    with store.begin() as session:
        add_operator(session, coordinator, "wil", frozenset({Role.WIL_STAFF}), "a long staff passphrase", now)
    staff = store.sign_in("wil", "a long staff passphrase", now)
    context = staff.context("T-1", "Genk")
    dossier = Dossier(kind="confirmation", candidate_number=CANDIDATE_NUMBER, letter_date=now.date())
    sofie = domain.member_from_card(card(), "reference_tenant")
    dossier.members.append(sofie)
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), context)
    with store.begin() as session:
        dossiers.save_dossier(session, staff, dossier, context, now, load_rules())
    assert dossier.dossier_id is not None
    return dossier.dossier_id


def sync_once(store: Store, now: datetime) -> object:
    """One pass of the kiosk's real sync engine over its store's outbox."""
    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    assert record is not None and token is not None
    outbox = StoreOutbox(store, now)
    with RegisterClient(record.register_url, token.decode()) as client:
        engine = SyncEngine(
            client, outbox, FakeClock(now), terminal_id=record.terminal_id, audit_head=outbox.audit_head
        )
        return engine.run_once()


def shot(driver: webdriver.Chrome, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"intake-{name}.png"))


def test_staff_enter_the_dossier_number_in_a_browser_and_it_reaches_the_kiosk(
    intake: RunningIntake, chromium: webdriver.Chrome, tmp_path: Path, pki: TestPki
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    store = kiosk_with_a_synced_dossier(intake, tmp_path / "kiosk", pki, now)
    driver = chromium
    driver.get(intake.base_url + "/worklist/")
    assert driver.current_url.endswith("/worklist/sign-in")
    shot(driver, "1-sign-in")
    driver.find_element(By.ID, "username").send_keys(STAFF_NAME)
    driver.find_element(By.ID, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    table = driver.find_element(By.ID, "worklist")
    assert CANDIDATE_NUMBER in table.text and "Sofie" in table.text
    shot(driver, "2-worklist")
    driver.find_element(By.LINK_TEXT, CANDIDATE_NUMBER).click()
    members = driver.find_element(By.ID, "members").text
    assert "Sofie Test" in members and "geldig" in members and "vertrouwd" in members
    assert SOFIE not in driver.page_source  # the national number is masked on the page
    shot(driver, "3-dossier")
    driver.find_element(By.ID, "dossier_number").send_keys(DOSSIER_NUMBER)
    driver.find_element(By.ID, "enter").click()
    assert driver.find_element(By.ID, "dossier-number").text == DOSSIER_NUMBER
    assert "ingevoerd in het CIR" in driver.find_element(By.ID, "status").text
    shot(driver, "4-entered")
    with store:
        sync_once(store, now)  # the kiosk's next sync
        with store.begin() as session:
            rows = session.execute(select(DossierRow.dossier_number, DossierRow.status)).all()
        assert rows == [(DOSSIER_NUMBER, "definitive")]
        # At a later visit the coordinator reprints it: now the final receipt, with the number.
        coordinator = store.sign_in("coordinator", COORDINATOR_PASSWORD, now)
        with store.begin() as session:
            (entry,) = reprints.reprint_entries(session, coordinator)
            source = reprints.open_for_reprint(session, coordinator, entry.dossier_id, now)
        assert entry.final and source.dossier.dossier_number == DOSSIER_NUMBER
    driver.find_element(By.ID, "sign-out").click()
    WebDriverWait(driver, 15).until(expected_conditions.url_matches(r"/worklist/sign-in$"))
    driver.get(intake.base_url + "/worklist/")
    assert driver.current_url.endswith("/worklist/sign-in")  # signed out: nothing to see


def test_chromedriver_is_debians_own() -> None:
    """Selenium must use the installed driver: nothing can be downloaded here."""
    if shutil.which("chromedriver") is None and os.environ.get("CI") != "true":
        pytest.skip("chromium-driver not installed")
    assert CHROMEDRIVER.exists() and CHROMIUM.exists()
