"""`kiosk --self-test`: checks that this installation (or bundle) has everything it needs.

It opens a database in a temporary directory with throwaway keys (never the keyring), renders a
receipt, loads every translation catalogue and lists the card readers (or says plainly that pcscd
is not running: that is a state of the machine, not a broken installation). Exit 0 only when every
check worked. Nothing here touches the real data directory.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

Check = Callable[[], str]


def check_database() -> str:
    """Create a store with throwaway keys in a temporary directory, sign in, and query it."""
    from kiosk import keys, outbox
    from kiosk.store import create_store

    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="cir-kiosk-selftest-") as directory:
        data_dir = Path(directory)
        throwaway = keys.FileSecretStore(data_dir / "selftest-secrets.json")
        password = secrets.token_urlsafe(16)
        store, _ = create_store(data_dir, throwaway, "selftest", password, now, practice=True)
        unlocked = store.sign_in("selftest", password, now)
        with store.begin() as session:
            health = outbox.queue_health(session, now)
        store.close()
        del unlocked
    return f"database: migrations applied, store opened, {health.waiting} waiting"


def check_receipt() -> str:
    """Render a provisional receipt with the shipped fonts."""
    from kiosk import documents as d

    member = d.Member(
        "Test", "Zelftest", d.mask_national_number("00010100101"), d.Role.REFERENCE_TENANT, True
    )
    receipt = d.ProvisionalReceipt(
        household=d.Household(members=(member,), letter_date=date(2026, 1, 5)),
        local_reference="SELFTEST-0001",
    )
    context = d.PaperContext(d.Language.FRENCH, True, "selftest", "selftest", datetime.now(UTC))
    pdf = d.render_provisional_receipt(receipt, context, b"\x00" * 32)
    if not pdf.startswith(b"%PDF") or b"DejaVuSans" not in pdf:
        raise RuntimeError("the receipt did not render with the shipped font")
    return f"receipt: rendered ({len(pdf) // 1024} KiB)"


def check_translations() -> str:
    """Load every compiled catalogue: the kiosk's (Dutch plurals included) and Qt's own."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, QT_CATALOGUES, catalogue_path, qt_catalogue_path

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    loaded = []
    for language in LANGUAGES:
        translator = QTranslator()
        if not translator.load(str(catalogue_path(language.code))):
            raise RuntimeError(f"the {language.code} translations could not be loaded")
        loaded.append(language.code if language.code != DEFAULT_LANGUAGE else "nl (plurals)")
    for code in QT_CATALOGUES:
        path = qt_catalogue_path(code)
        if path is None or not QTranslator().load(str(path)):
            raise RuntimeError(f"Qt's own {code} translations (qtbase_{code}.qm) could not be loaded")
    return "translations: " + ", ".join(loaded) + "; Qt's own: " + ", ".join(QT_CATALOGUES)


def check_card_readers() -> str:
    """List the PC/SC readers, or say that pcscd is not running."""
    from cardreader.errors import CardError
    from cardreader.pcsc import list_readers

    try:
        names = list_readers(allow_virtual=True)
    except CardError:
        return "card readers: pcscd is not running (start pcscd or pcscd.socket to use a reader)"
    if not names:
        return "card readers: pcscd runs, no reader plugged in"
    return "card readers: " + "; ".join(names)


CHECKS: tuple[Check, ...] = (check_database, check_receipt, check_translations, check_card_readers)


def run_self_test(checks: tuple[Check, ...] = CHECKS) -> int:
    """Run every check, print one line each; 0 when all worked, 1 otherwise."""
    failures = 0
    for check in checks:
        try:
            print(f"ok    {check()}")
        except Exception as error:  # a self-test reports every failure, whatever it is
            failures += 1
            name = check.__name__.removeprefix("check_")
            print(f"FAIL  {name}: {type(error).__name__}: {error}")
    print("self-test: all checks passed" if failures == 0 else f"self-test: {failures} check(s) failed")
    return 0 if failures == 0 else 1
