"""The scripted household of three, driven through the real widgets, counting every action.

Shared by the end-to-end test and `benchmarks/visit_effort.py`. An action is a click or a key
press; typed text (names, passwords) and PIN digits are not counted. Each action is
booked to the operator or the candidate, by who does it at the counter.

The household (the training fixture, resources/training): Sofie Janssens confirms with her PIN on a
1.8 card; Pieter De Smet has no PIN and is attested by the WIL staff operator with Griet's staff card;
Noor, their child, is listed by the register's lookup (it lists every member of a household it knows),
so nobody adds her by hand.
Pieter joins after Sofie: he sees the privacy notice once his card is in, before his identity shows.
"""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QDeadlineTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.store import TRAINING_PASSWORD
from ui.app import Kiosk

OPERATOR, CANDIDATE = "operator", "candidate"
# Answers (rules 2027.1): both stay registered, are in a population register and have a tax
# assessment; no household change. Sofie's assessment was above the limit and she earns less now, so
# her current income counts: she adds her payslips (the evidence attached in this visit).
YES = {"still_wants_registration", "registered", "has_tax_assessment", "still_in_household"}
SOFIE_YES = YES | {"assessment_above_limit", "current_income_lower"}


def tiny_png() -> bytes:
    """A real 2x2 PNG: a scanned page stands in for a payslip."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x20\x40\x60" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class Visit:
    """Drives one kiosk and counts actions per role."""

    kiosk: Kiosk
    files: Path
    actions: Counter[str] = field(default_factory=Counter)
    on_screen: Callable[[str], None] = lambda _key: None  # e.g. take a screenshot
    language: str = "nl"  # the candidate's language, chosen on the privacy screen
    cards: Callable[[str | None], None] | None = None  # another way to insert cards (vpcd)

    def wait(self, condition: Callable[[], bool], timeout_ms: int = 15000) -> None:
        """Process events until `condition` holds (card reads, saving and sync run on workers)."""
        deadline = QDeadlineTimer(timeout_ms)
        while not condition():
            if deadline.hasExpired():
                raise TimeoutError(f"waited in vain on screen {self.kiosk.controller.current_screen}")
            QApplication.processEvents()
            QTest.qWait(5)

    def screen(self, key: str) -> None:
        """Wait for a screen, then let the hook look at it."""
        self.wait(lambda: self.kiosk.controller.current_screen == key)
        self.on_screen(key)

    def click(self, button: QPushButton, who: str) -> None:
        """One counted click on a visible, enabled button."""
        assert button.isVisible() and button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.actions[who] += 1

    def type_text(self, field_: QLineEdit, text: str) -> None:
        """Typed text is not counted."""
        field_.setFocus()
        QTest.keyClicks(field_, text)

    def type_pin(self, digits: str, who: str) -> None:
        """PIN digits on the keypad are not counted; OK is."""
        pad = self.kiosk.window.screens["confirm"].pad
        self.wait(pad.isVisible)
        for digit in digits:
            QTest.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
        self.click(pad.ok, who)

    def card(self, profile: str | None) -> None:
        """Insert a card (or take it out): a hand movement, not a click."""
        if self.cards is not None:
            self.cards(profile)
            return
        panel = self.kiosk.panel
        assert panel is not None
        if profile is None:
            panel.remove_card()
        else:
            panel.insert_card(profile)

    # -- the steps -----------------------------------------------------------------------------
    def sign_in_only(self, name: str) -> None:
        screen = self.kiosk.window.screens["sign_in"]
        self.screen("sign_in")
        self.type_text(screen.name, name)
        self.type_text(screen.password, TRAINING_PASSWORD)
        self.click(screen.submit, OPERATOR)
        self.screen("home")

    def sign_in(self, name: str) -> None:
        self.sign_in_only(name)
        self.click(self.kiosk.window.screens["home"].start, OPERATOR)
        self.screen("privacy")
        if self.language != "nl":
            choice = self.kiosk.window.bar.language
            choice.setCurrentIndex(choice.findData(self.language))  # the candidate picks a language
            self.actions[CANDIDATE] += 2
            self.on_screen("privacy")
        self.click(self.kiosk.window.screens["privacy"].agree, CANDIDATE)
        self.screen("insert_card")

    def read_card(self, profile: str, notice: bool = False) -> None:
        """Insert a card; with `notice`, an adult joining later reads the privacy notice first.

        The first adult saw the notice before inserting their card; every adult after them sees it
        once their card is in, before their identity shows.
        """
        self.card(profile)
        if notice:
            self.screen("privacy")
            self.click(self.kiosk.window.screens["privacy"].agree, CANDIDATE)
        self.screen("identity")
        self.click(self.kiosk.window.screens["identity"].proceed, CANDIDATE)

    def answer(self, yes: set[str]) -> None:
        """Answer the questions on screen (yes for the ids in `yes`); an outcome that informs is read."""
        self.screen("questions")
        questions = self.kiosk.window.screens["questions"]
        visit = self.kiosk.controller.visit
        assert visit is not None
        # The questions follow the register's answer (it decides the role): it may still be on its way.
        self.wait(lambda: questions.yes.isVisible() or questions.proceed.isVisible())
        if self.language == "nl":  # every adult's questions are numbered from 1
            assert questions.progress.text().startswith("Vraag 1 van "), questions.progress.text()
        while questions.yes.isVisible() or questions.outcome_ok.isVisible():
            if questions.outcome_ok.isVisible():
                self.click(questions.outcome_ok, CANDIDATE)
                continue
            pending = visit.pending_question()
            assert pending is not None
            self.click(questions.yes if pending[1].id in yes else questions.no, CANDIDATE)
        self.click(questions.proceed, CANDIDATE)

    def answer_and_attach(self, yes: set[str]) -> None:
        self.answer(yes)
        visit = self.kiosk.controller.visit
        assert visit is not None
        if not visit.evidence_wanted():
            self.screen("confirm")  # nothing to add: straight to what the adult signs
            return
        self.screen("evidence")
        evidence = self.kiosk.window.screens["evidence"]
        for evidence_type, member_id in visit.evidence_wanted():
            page = self.files / f"{evidence_type}-{member_id}.png"
            page.write_bytes(tiny_png())
            # The volunteer clicks "add a file" and picks the scan in the file dialog: two actions.
            assert evidence.attach_file(evidence_type, member_id, page)
            self.actions[OPERATOR] += 2
        self.click(evidence.proceed, CANDIDATE)
        self.screen("confirm")

    def confirm_with_pin(self) -> None:
        confirm = self.kiosk.window.screens["confirm"]
        self.wait(confirm.sign.isEnabled)  # the register's answer (the household key) comes first
        self.click(confirm.sign, CANDIDATE)
        self.type_pin("1234", CANDIDATE)
        self.screen("household")

    def attest_by_staff(self, staff_card: str) -> None:
        confirm = self.kiosk.window.screens["confirm"]
        self.click(confirm.attest, OPERATOR)
        self.card(None)
        self.screen("awaiting_card")
        self.card(staff_card)
        self.screen("confirm")
        self.wait(confirm.sign.isEnabled)
        self.click(confirm.sign, OPERATOR)
        self.type_pin("1234", OPERATOR)
        self.screen("household")

    def add_minor(self, first: str, last: str, born: QDate) -> None:
        household = self.kiosk.window.screens["household"]
        self.click(household.add_minor, OPERATOR)
        form = household.form
        self.type_text(form.first_name, first)
        self.type_text(form.surname, last)
        form.birth.setDate(born)  # typed into the date field: text, not counted
        self.click(form.save, OPERATOR)

    def finish_and_sync(self) -> str:
        household = self.kiosk.window.screens["household"]
        self.click(household.review, OPERATOR)
        self.screen("review")
        self.click(self.kiosk.window.screens["review"].finish, CANDIDATE)
        self.screen("receipt")
        receipt = self.kiosk.window.screens["receipt"]
        self.click(receipt.sync, OPERATOR)
        self.wait(lambda: bool(receipt.dossier.text()))
        self.on_screen("receipt")
        return receipt.dossier.text()

    def end(self) -> None:
        self.click(self.kiosk.window.screens["receipt"].finish, OPERATOR)
        self.screen("end")


def household_of_three(visit: Visit) -> str:
    """The whole scripted visit; returns the dossier number text shown on the receipt."""
    visit.sign_in("wil")
    visit.read_card("nl-citizen-18")  # Sofie
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")
    visit.read_card("nl-partner-17-ec", notice=True)  # Pieter: no PIN
    visit.answer_and_attach(YES)
    visit.attest_by_staff("staff-wil-1")  # Griet's staff card
    number = visit.finish_and_sync()
    visit.end()
    return number
