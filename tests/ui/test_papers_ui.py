"""Papers from the receipt screen, reprints for the coordinator, and the print spool across restarts.

Real parts: the training kiosk (encrypted store, register simulator, virtual cards), ReportLab papers
read back with pypdf and rendered to PNG with pdftoppm, the encrypted spool on disk. Only the
printer is replaced (`FakePrinter`), or made to fail the way a kiosk without CUPS fails (`lp` absent).
"""

from __future__ import annotations

import io
import subprocess
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from kiosk.models import AuditEvent
from kiosk.papers import PaperKind
from tests.ui.conftest import END, LOCK, WARN, ExitAnswers, KioskUnderTest, close_kiosk, make_kiosk
from tests.ui.helpers import confirm_with_pin, leaks, sign_in, sign_in_and_read, wait_for_screen
from ui.app import build_kiosk
from ui.printing import LpPrinter
from ui.reprints import ReprintsWidget

pytestmark = pytest.mark.ui

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui-papers"
SOFIE_NN, SOFIE_CANDIDATE = "90031410231", "201905140017"
PAPER_FORM, DEADLINE_LETTER, HELP_SHEET = (
    PaperKind.PAPER_FORM,
    PaperKind.DEADLINE_LETTER,
    PaperKind.HELP_SHEET,
)
# Nobody confirmed: a paper form for Sofie and one for Pieter (the register lists him), then the rest.
UNCONFIRMED_PAPERS = [PAPER_FORM, PAPER_FORM, DEADLINE_LETTER, HELP_SHEET]


class FakePrinter:
    """Stands in for CUPS: keeps what it was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []

    def describe(self) -> str:
        return "fake printer"

    def submit(self, pdf: bytes, title: str) -> str:
        self.sent.append((title, pdf))
        return f"fake-{len(self.sent)}"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def save_png(pdf: bytes, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.pdf"
    path.write_bytes(pdf)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(ARTIFACTS / name)], check=True)


def to_receipt(qtbot, ki: KioskUnderTest, card: str = "nl-citizen-18", confirm: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Read `card` (and confirm with PIN 1234 when asked), review and save the visit, wait for the receipt.

    Without `confirm` the adult goes from her first question back to the household: nobody signs.
    """
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", card)
    ctl = ki.controller
    if confirm:
        confirm_with_pin(qtbot, ki.kiosk)
    else:
        ctl.apply(lambda v: v.identity_confirmed())
        ctl.apply(lambda v: v.back_to_household())
    ctl.apply(lambda v: v.go_to_review())
    wait_for_screen(qtbot, ki.kiosk, "review")
    ki.window.screens["review"].finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")


def reference_of(ki: KioskUnderTest) -> str:
    visit = ki.controller.visit
    assert visit is not None and visit.saved is not None
    return str(visit.saved.local_reference)  # type: ignore[attr-defined]


def row_of(screen, kind: PaperKind):  # type: ignore[no-untyped-def]
    return next(row for row in screen.paper_rows if row[0].kind is kind)


def print_from(qtbot, button, printer: FakePrinter) -> bytes:  # type: ignore[no-untyped-def]
    before = len(printer.sent)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printer.sent) > before, timeout=15000)
    return printer.sent[-1][1]


def test_each_paper_from_the_receipt_screen_has_the_reference_and_the_candidates_language(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Neither Sofie nor Pieter (listed by the register) confirmed here: a paper form for each, the
    deadline letter and the help sheet, each with a summary in Turkish, the candidate's language."""
    to_receipt(qtbot, ki)
    choice = ki.window.bar.language
    choice.setCurrentIndex(choice.findData("tr"))  # the candidate's language, kept by the visit
    assert ki.controller.visit.language == "tr"
    screen = ki.window.screens["receipt"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # the layout settles after the language switch
    assert ki.window.grab().save(str(ARTIFACTS / "screen-receipt-tr.png"))
    ki.kiosk.switcher.switch("nl")  # the screen in Dutch for this test's words; the visit stays Turkish
    reference = reference_of(ki)
    assert [offer.kind for offer, *_ in screen.paper_rows] == UNCONFIRMED_PAPERS
    labels = [label.text() for _offer, label, *_ in screen.paper_rows]
    # Each form names the member's place in the household, never a name.
    assert labels[:2] == [
        "Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)",
        "Papieren formulier voor de partner",
    ]
    printer = FakePrinter()
    ki.controller.terminal.print_service().printer = printer

    papers = {"receipt": text_of(pdf := print_from(qtbot, screen.print_, printer))}
    save_png(pdf, "receipt")
    forms: list[str] = []
    for offer, _label, _preview, print_button in screen.paper_rows:
        pdf = print_from(qtbot, print_button, printer)
        if offer.kind is PAPER_FORM:
            forms.append(text_of(pdf))
            save_png(pdf, f"{offer.kind}-{len(forms)}")
        else:
            papers[offer.kind] = text_of(pdf)
            save_png(pdf, offer.kind)
    qtbot.waitUntil(lambda: screen.print_state.text() == "Afgedrukt. Neem het papier mee.", timeout=5000)
    assert [title for title, _pdf in printer.sent] == [
        "Ontvangstbewijs",
        "Papieren formulier",
        "Papieren formulier",
        "Brief met de uiterste datum",
        "Hulpblad",
    ]
    assert reference in papers["receipt"] and reference in papers[HELP_SHEET]
    assert reference in papers[DEADLINE_LETTER]
    sofie_form, pieter_form = forms
    for form in forms:
        assert SOFIE_CANDIDATE in form  # WIL processes the form by the register's number
    assert "Türkçe özet" in papers[DEADLINE_LETTER] and "Türkçe özet" in papers[HELP_SHEET]
    for fact in ("Janssens", "90.03.14-102.31", "14/03/1990", "3500 Hasselt"):
        assert fact in sofie_form, fact  # the eID's data, the full number only here
        assert fact not in pieter_form, fact  # Pieter's form holds nothing of Sofie's card
    assert "592101234560" not in sofie_form  # the card number: not needed, not printed
    assert "Pieter" in pieter_form
    assert "16 december 2026" in papers[DEADLINE_LETTER]  # letter 16 November + 30 days
    for name in ("Sofie", "Pieter"):  # both still have to confirm: the letter says so
        assert name in papers[DEADLINE_LETTER], name
    for kind in ("receipt", DEADLINE_LETTER, HELP_SHEET):
        assert SOFIE_NN not in papers[kind].replace(".", "").replace("-", "")
    assert all("OEFENMODUS" in text for text in [*papers.values(), *forms])


def test_the_preview_shows_the_paper_and_closes_on_the_wipe(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    to_receipt(qtbot, ki)
    screen = ki.window.screens["receipt"]
    _offer, _label, preview, _print = screen.paper_rows[0]
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible(), timeout=15000)
    assert isinstance(screen.dialog, QDialog)
    screen.ctl.end_visit()  # the visit ends: the preview (a full national number) goes with it
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5000)
    assert screen.paper_rows == []


def test_the_card_pulled_on_the_receipt_screen_closes_the_preview_and_keeps_the_papers(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    to_receipt(qtbot, ki)
    screen = ki.window.screens["receipt"]
    reference = reference_of(ki)
    qtbot.mouseClick(screen.paper_rows[0][2], Qt.MouseButton.LeftButton)  # preview Sofie's paper form
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible(), timeout=15000)
    ki.panel.remove_card()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5000)
    assert leaks(ki.kiosk, "nl-citizen-18") == []
    # The receipt shows no personal data: it stays on screen, so she still gets her papers.
    assert ki.controller.current_screen == "receipt"
    assert reference in screen.reference.text()
    assert [offer.kind for offer, *_ in screen.paper_rows] == UNCONFIRMED_PAPERS
    printer = FakePrinter()
    ki.controller.terminal.print_service().printer = printer
    form = text_of(print_from(qtbot, screen.paper_rows[0][3], printer))
    assert "90.03.14-102.31" in form and "3500 Hasselt" not in form  # the card's address left with it


def test_a_preview_still_rendering_when_the_card_is_pulled_never_opens(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    to_receipt(qtbot, ki)
    screen = ki.window.screens["receipt"]
    held = threading.Event()
    db = ki.controller.terminal.db
    db.submit(lambda: held.wait(15), lambda _r: None, lambda _e: None)  # a busy worker
    qtbot.mouseClick(screen.paper_rows[0][2], Qt.MouseButton.LeftButton)  # preview the paper form
    ki.panel.remove_card()  # the candidate takes the card back while the paper is being made
    held.set()
    qtbot.waitUntil(lambda: not db.busy, timeout=15000)
    QApplication.processEvents()
    assert screen.dialog is None  # the paper form (full national number) never showed
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_a_failed_print_is_kept_encrypted_and_prints_after_a_restart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ki = make_kiosk(tmp_path)
    try:
        to_receipt(qtbot, ki)
        reference = reference_of(ki)
        ki.controller.terminal.print_service().printer = LpPrinter(command="lp-not-installed-here")
        screen = ki.window.screens["receipt"]
        qtbot.mouseClick(screen.print_, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(screen.retry.isVisible, timeout=15000)
        assert screen.print_state.text().startswith("De printer werkt nu niet. Het papier is bewaard")
        assert "lp-not-installed-here" in screen.print_state.toolTip()
        spooled = list((tmp_path / "demo" / "print").glob("*.pdf.enc"))
        assert len(spooled) == 1
        assert reference.encode() not in spooled[0].read_bytes()  # encrypted at rest
        assert b"%PDF" not in spooled[0].read_bytes()
        qtbot.mouseClick(screen.retry, Qt.MouseButton.LeftButton)  # still no printer: nothing is lost
        qtbot.waitUntil(
            lambda: screen.print_state.text().startswith("De printer werkt nu niet"), timeout=10000
        )
        assert list((tmp_path / "demo" / "print").glob("*.pdf.enc")) == spooled
        assert screen.retry.isVisible()
    finally:
        close_kiosk(ki.kiosk)

    # A restart on the same data directory: the spool key comes from the device key again.
    again = build_kiosk(
        training=True,
        kiosk_mode=False,
        data_dir=tmp_path / "demo",
        clock=ki.clock,
        idle_seconds=(WARN, END, LOCK),
        confirm_exit=ExitAnswers(),
    )
    again.window.show()
    try:
        sign_in(qtbot, again, "coordinator")
        widget = ReprintsWidget(again.controller)
        widget.show()
        widget.refresh()
        qtbot.waitUntil(lambda: widget.waiting.text() == "1 papier wacht op de printer.", timeout=10000)
        printer = FakePrinter()
        again.controller.terminal.print_service().printer = printer
        qtbot.mouseClick(widget.retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(printer.sent) == 1, timeout=10000)
        assert reference in text_of(printer.sent[0][1])
        qtbot.waitUntil(
            lambda: widget.waiting.text() == "Er wachten geen papieren op de printer.", timeout=10000
        )
        assert widget.state.text() == "1 papier afgedrukt."
        assert list((tmp_path / "demo" / "print").glob("*.pdf.enc")) == []
        widget.deleteLater()
    finally:
        close_kiosk(again)


def test_retry_on_the_receipt_screen_prints_the_waiting_paper(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    to_receipt(qtbot, ki)
    screen = ki.window.screens["receipt"]
    service = ki.controller.terminal.print_service()
    service.printer = LpPrinter(command="lp-not-installed-here")
    qtbot.mouseClick(row_of(screen, DEADLINE_LETTER)[3], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.retry.isVisible, timeout=15000)
    printer = FakePrinter()
    service.printer = printer
    qtbot.mouseClick(screen.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.print_state.text() == "Afgedrukt. Neem het papier mee.", timeout=10000)
    assert not screen.retry.isVisible()
    assert [title for title, _pdf in printer.sent] == ["Brief met de uiterste datum"]
    assert reference_of(ki) in text_of(printer.sent[0][1])
    assert service.spool.pending_ids() == []


def test_a_reprint_from_the_stored_dossier_equals_the_receipt_and_is_audited(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Marie (alone in her household) confirms: provisional copy before the sync, final copy after."""
    to_receipt(qtbot, ki, "fr-citizen-17-rsa", confirm=True)
    screen = ki.window.screens["receipt"]
    printer = FakePrinter()
    ki.controller.terminal.print_service().printer = printer
    provisional = text_of(print_from(qtbot, screen.print_, printer))
    qtbot.mouseClick(screen.sync, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.dossier.text()), timeout=20000)
    number = ki.controller.visit.dossier_number
    assert number and number in screen.dossier.text()
    final = text_of(pdf := print_from(qtbot, screen.print_, printer))
    save_png(pdf, "final-receipt")
    reference = reference_of(ki)
    screen.ctl.end_visit()
    ki.controller.sign_out()

    sign_in(qtbot, ki.kiosk, "coordinator")
    widget = ReprintsWidget(ki.controller)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.dossiers.count() == 1, timeout=10000)
    line = widget.dossiers.item(0).text()
    assert line.startswith(reference) and line.endswith("definitief")
    assert "Dubois" not in line and "Marie" not in line
    widget.dossiers.setCurrentRow(0)
    widget.resize(900, 500)
    assert widget.grab().save(str(ARTIFACTS / "screen-reprints.png"))
    copy = text_of(pdf := print_from(qtbot, widget.print_, printer))
    save_png(pdf, "reprint")
    assert printer.sent[-1][0] == "Ontvangstbewijs (kopie)"
    assert "KOPIE" in copy and "KOPIE" not in final
    facts = (reference, f"Dossiernummer: {number}", "Marie Dubois", "Datum van bevestiging: 27 november 2026")
    for expected in (*facts, "bevestigd met eigen identiteitskaart en"):
        assert expected in final and expected in copy, expected
    assert "VOORLOPIG" in provisional and "Dossiernummer:" not in provisional
    with ki.backend.store.begin() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "receipt_reprinted")).all()
        assert [(e.actor, e.details) for e in events] == [("coordinator", '{"final":true}')]
    widget.deleteLater()


def test_a_provisional_reprint_carries_the_same_reference_and_code(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    to_receipt(qtbot, ki)
    printer = FakePrinter()
    ki.controller.terminal.print_service().printer = printer
    original = text_of(print_from(qtbot, ki.window.screens["receipt"].print_, printer))
    reference = reference_of(ki)
    ki.window.screens["receipt"].ctl.end_visit()
    ki.controller.sign_out()
    sign_in(qtbot, ki.kiosk, "coordinator")
    widget = ReprintsWidget(ki.controller)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.dossiers.count() == 1, timeout=10000)
    assert widget.dossiers.item(0).text().endswith("voorlopig")
    widget.dossiers.setCurrentRow(0)
    copy = text_of(print_from(qtbot, widget.print_, printer))
    code = next(line for line in original.splitlines() if line.startswith("Controlecode:"))
    assert code in copy and "KOPIE" in copy
    owed = ("Pieter", "Bevestigen met de eigen identiteitskaart", "uiterlijk op 16 december 2026")
    for line in (reference, "Sofie Janssens", *owed):
        assert line in original and line in copy, line  # due by the register's deadline, on both
    widget.deleteLater()


def test_the_printer_setting_chooses_the_cups_queue(ki) -> None:  # type: ignore[no-untyped-def]
    terminal = ki.controller.terminal
    assert terminal.print_service().printer.destination == ""  # the system's default printer
    terminal.use_printer("wil-balie")
    assert terminal.print_service().printer.describe() == "wil-balie"


def test_volunteers_cannot_list_or_reprint(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, "vrijwilliger")
    widget = ReprintsWidget(ki.controller)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.state.text() == "Uw rol laat dit niet toe.", timeout=10000)
    assert widget.dossiers.count() == 0
    widget.deleteLater()
