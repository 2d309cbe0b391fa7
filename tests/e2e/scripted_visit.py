"""The scripted household of three, driven through the real widgets, counting every action.

Shared by the end-to-end tests and `benchmarks/visit_effort.py`. An action is what a hand does: a
click, a key press (Tab, Enter), a card inserted or taken out; typed text (names, passwords, a file
name) and PIN digits are not counted. Each action is booked to the operator or the candidate, by who
does it at the counter, and to the adult whose turn it is (`Visit.turn`; "" for the visit's own
steps: starting it, the review, the receipt).

The household (the training fixture, resources/training): Sofie Janssens confirms with her PIN on a
1.8 card; Pieter De Smet has no PIN and is attested by the WIL staff operator with Griet's staff card;
Noor, their child, is listed by the register's lookup (it lists every member of a household it knows),
so nobody adds her by hand.
Pieter joins after Sofie: he sees the privacy notice once his card is in, before his identity shows.

`household_with_a_bijwoner` adds a third adult for `benchmarks/visit_effort.py`: Anna Kowalska, whom
the register lists in the same household as another adult (role "other", a bijwoner), confirms with
her PIN after Pieter. `add_bijwoner_to_register` lists her there, in a copy of the training data.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QDeadlineTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from kiosk.store import TRAINING_PASSWORD
from ui.app import Kiosk
from ui.evidence_picker import PATH_ROLE

OPERATOR, CANDIDATE = "operator", "candidate"
# Household answers: no change, so no household papers; every adult still belongs to the household and
# is registered at a municipality; each has a tax assessment; Sofie's income dropped since, so she adds
# her payslips (the evidence attached in this visit). Ids a rules file does not ask are never asked
# (rules 2026.1 asks `income_changed`; rules 2027.1 asks whether the assessment was above the limit
# and whether she earns less now, and asks a bijwoner only whether they still belong).
YES = {"still_wants_registration", "still_in_household", "registered", "has_tax_assessment"}
SOFIE_YES = YES | {"income_changed", "assessment_above_limit", "current_income_lower"}
SOFIE, PIETER, ANNA, GRIET = "nl-citizen-18", "nl-partner-17-ec", "eu-foreigner-long", "staff-wil-1"
HOUSEHOLD_OF_THREE = "201905140017"  # the register's candidate number of Sofie's household
# The receipt's dossier number: the register's day (its own clock, not the kiosk's fake one) and sequence.
DOSSIER_NUMBER_SHOWN = re.compile(r"Uw dossiernummer: \d{8}\d{4}")


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


@dataclass(frozen=True)
class Action:
    """One counted action: whose turn, who made it, what kind ("click", "answer", "key", "card")."""

    turn: str
    who: str
    kind: str
    what: str


@dataclass
class Visit:
    """Drives one kiosk and counts actions per role."""

    kiosk: Kiosk
    files: Path
    actions: Counter[str] = field(default_factory=Counter)  # by who: OPERATOR, CANDIDATE
    turn: str = ""  # the adult whose turn it is (their card's profile); "" for the visit's own steps
    log: list[Action] = field(default_factory=list)  # every counted action, in order
    roles: dict[str, str] = field(default_factory=dict)  # card profile -> role in the household
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

    def count(self, who: str, kind: str, what: str) -> None:
        """Book one action to `who` and to the adult whose turn it is."""
        self.actions[who] += 1
        self.log.append(Action(self.turn, who, kind, what))

    def click(self, button: QPushButton, who: str, kind: str = "click") -> None:
        """One counted click on a visible, enabled button."""
        assert button.isVisible() and button.isEnabled(), button.text()
        self.count(who, kind, button.text())  # first: a file dialog it opens books its Enter after
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def press(self, widget: QWidget, key: Qt.Key, who: str) -> None:
        """One counted key press (Tab, Enter) on the widget that has the focus."""
        self.count(who, "key", key.name)
        QTest.keyClick(widget, key)

    def type_text(self, field_: QLineEdit, text: str, who: str = OPERATOR) -> None:
        """Typed text is not counted; clicking into a field that does not have the focus is."""
        if field_.window().focusWidget() is not field_:
            self.count(who, "click", field_.objectName() or "a text field")
            QTest.mouseClick(field_, Qt.MouseButton.LeftButton)
            field_.setFocus()  # offscreen, a click focuses only an active window
        QTest.keyClicks(field_, text)

    def type_pin(self, digits: str, who: str) -> None:
        """PIN digits on the keypad are not counted; OK is."""
        pad = self.kiosk.window.screens["confirm"].pad
        self.wait(pad.isVisible)
        for digit in digits:
            QTest.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
        self.click(pad.ok, who)

    def card(self, profile: str | None, who: str = CANDIDATE) -> None:
        """Insert a card (or take it out): one counted hand movement of its holder."""
        self.count(who, "card", f"{profile} in" if profile else "card out")
        if self.cards is not None:
            self.cards(profile)
            return
        panel = self.kiosk.panel
        assert panel is not None
        if profile is None:
            panel.remove_card()
        else:
            panel.insert_card(profile)

    def pick_file(self, button: QPushButton, path: Path, who: str) -> None:
        """Click `button`, which opens the evidence picker, and pick `path` in the scan folder.

        Two counted actions, as at the counter, when the scan is the newest (the picker selects it):
        the click and "Deze scan toevoegen"; a tap on the scan in the list first when it is not. The
        kiosk's scan folder is where the scanner puts its pages: here the folder of `path`.
        """
        self.kiosk.controller.terminal.use_scan_folder(str(path.parent))
        self.click(button, who)
        screen = self.kiosk.window.screens[self.kiosk.controller.current_screen]
        self.wait(lambda: screen.picker is not None and screen.picker.isVisible())
        picker = screen.picker
        assert picker is not None
        def listed() -> list[Path]:
            return [Path(str(picker.files.item(i).data(PATH_ROLE))) for i in range(picker.files.count())]

        self.wait(lambda: path in listed())
        if picker.selected_path() != path:
            item = picker.files.item(listed().index(path))
            self.count(who, "click", "a scan in the list")
            spot = picker.files.visualItemRect(item).center()
            QTest.mouseClick(picker.files.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert picker.selected_path() == path
        self.click(picker.choose, who)

    # -- the steps -----------------------------------------------------------------------------
    def sign_in_only(self, name: str) -> None:
        """The name field has the focus; Tab to the password, Enter to sign in."""
        screen = self.kiosk.window.screens["sign_in"]
        self.screen("sign_in")
        self.type_text(screen.name, name)
        self.press(screen.name, Qt.Key.Key_Tab, OPERATOR)
        self.type_text(screen.password, TRAINING_PASSWORD)
        self.press(screen.password, Qt.Key.Key_Return, OPERATOR)
        self.screen("home")

    def sign_in(self, name: str, first_adult: str = "") -> None:
        """Sign in, start a visit, and let the first adult (a card profile) read the privacy notice."""
        self.sign_in_only(name)
        self.click(self.kiosk.window.screens["home"].start, OPERATOR)
        self.screen("privacy")
        self.turn = first_adult  # the notice is the first adult's, before their card goes in
        if self.language != "nl":
            choice = self.kiosk.window.bar.language
            choice.setCurrentIndex(choice.findData(self.language))  # the candidate picks a language
            self.count(CANDIDATE, "click", "the language list")
            self.count(CANDIDATE, "click", self.language)
            self.on_screen("privacy")
        self.click(self.kiosk.window.screens["privacy"].agree, CANDIDATE)
        self.screen("insert_card")

    def read_card(self, profile: str, notice: bool = False) -> None:
        """Insert a card; with `notice`, an adult joining later reads the privacy notice first.

        The first adult saw the notice before inserting their card; every adult after them sees it
        once their card is in, before their identity shows. Their turn begins with their card.
        """
        self.turn = profile
        self.card(profile)
        if notice:
            self.screen("privacy")
            self.click(self.kiosk.window.screens["privacy"].agree, CANDIDATE)
        self.screen("identity")
        self.click(self.kiosk.window.screens["identity"].proceed, CANDIDATE)
        visit = self.kiosk.controller.visit
        member = visit.card_member if visit is not None else None
        self.roles[profile] = member.role if member is not None else ""

    def choose_role_if_asked(self, role: str = "reference_tenant") -> None:
        """A new registration (or no register at hand): the operator chooses the card holder's role.

        The household screen asks it before the questions; with the register's household the role
        is known and the questions follow the identity straight away.
        """
        visit = self.kiosk.controller.visit
        assert visit is not None
        self.wait(lambda: visit.lookup_settled)
        if self.kiosk.controller.current_screen != "household":
            return
        household = self.kiosk.window.screens["household"]
        holder = visit.card_member
        if holder is not None and not holder.role_chosen:
            self.click(household.roles.buttons[role], OPERATOR)  # type: ignore[attr-defined]
        self.click(household.proceed, OPERATOR)  # type: ignore[attr-defined]

    def answer(self, yes: set[str]) -> None:
        """Answer the questions on screen (yes for the ids in `yes`); an outcome that informs is read."""
        self.choose_role_if_asked()
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
            self.click(questions.yes if pending[1].id in yes else questions.no, CANDIDATE, "answer")
        self.click(questions.proceed, CANDIDATE)

    def answer_and_attach(self, yes: set[str]) -> None:
        self.answer(yes)
        visit = self.kiosk.controller.visit
        assert visit is not None
        # A kiosk may go straight to what the adult signs when the answers want no papers.
        self.wait(lambda: self.kiosk.controller.current_screen in ("evidence", "confirm"))
        if self.kiosk.controller.current_screen == "evidence":
            self.on_screen("evidence")
            evidence = self.kiosk.window.screens["evidence"]
            # The screen looks for a camera once painted and rebuilds its rows when one is found.
            self.wait(lambda: bool(getattr(evidence, "camera_checked", True)))
            for evidence_type, member_id in visit.evidence_wanted():
                if visit.evidence_item(evidence_type, member_id) is not None:
                    continue  # added before this screen (a court decision on the household screen)
                page = self.files / f"{evidence_type}-{member_id}.png"
                page.write_bytes(tiny_png())
                # The volunteer clicks "add a file" and picks the scan in the kiosk's scan folder.
                attach = evidence.rows[(evidence_type, member_id)]["attach"]
                self.wait(attach.isVisible)
                self.pick_file(attach, page, OPERATOR)
                self.wait(lambda t=evidence_type, m=member_id: visit.evidence_item(t, m) is not None)
            self.click(evidence.proceed, CANDIDATE)
        self.screen("confirm")

    def confirm_with_pin(self) -> None:
        confirm = self.kiosk.window.screens["confirm"]
        self.wait(confirm.sign.isEnabled)  # the register's answer (the household key) comes first
        self.click(confirm.sign, CANDIDATE)
        self.type_pin("1234", CANDIDATE)
        self.screen("household")

    def attest_by_staff(self, staff_card: str) -> None:
        """The candidate takes their card out; WIL staff insert their own and sign with their PIN."""
        confirm = self.kiosk.window.screens["confirm"]
        self.click(confirm.attest, OPERATOR)
        self.card(None)
        self.screen("awaiting_card")
        self.card(staff_card, OPERATOR)
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
        """Review and "Klaar"; the kiosk sends the dossier at once and the dossier number shows."""
        self.turn = ""  # the household's own steps
        household = self.kiosk.window.screens["household"]
        self.click(household.review, OPERATOR)
        self.screen("review")
        self.click(self.kiosk.window.screens["review"].finish, CANDIDATE)
        self.screen("receipt")
        receipt = self.kiosk.window.screens["receipt"]
        self.wait(lambda: bool(receipt.dossier.text()))
        self.on_screen("receipt")
        return receipt.dossier.text()

    def end(self) -> None:
        self.click(self.kiosk.window.screens["receipt"].finish, OPERATOR)
        self.screen("end")


def household_of_three(visit: Visit) -> str:
    """The whole scripted visit; returns the dossier number text shown on the receipt."""
    visit.sign_in("wil")
    visit.read_card(SOFIE)
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")
    visit.read_card(PIETER, notice=True)  # no PIN
    visit.answer_and_attach(YES)
    visit.attest_by_staff(GRIET)
    number = visit.finish_and_sync()
    visit.end()
    return number


def household_with_a_bijwoner(visit: Visit) -> str:
    """Sofie, Pieter (attested by WIL staff) and Anna, a bijwoner, confirm; the dossier number text.

    The register must list Anna in Sofie's household (`add_bijwoner_to_register`). Every card that
    went in comes out again: Griet takes hers before Anna inserts hers, Anna takes hers back at the
    receipt.
    """
    visit.sign_in("wil", first_adult=SOFIE)
    visit.read_card(SOFIE)
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")
    visit.read_card(PIETER, notice=True)
    visit.answer_and_attach(YES)
    visit.attest_by_staff(GRIET)
    visit.card(None, OPERATOR)  # Griet takes her staff card back
    visit.screen("awaiting_card")
    visit.read_card(ANNA, notice=True)
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    number = visit.finish_and_sync()
    visit.turn = ANNA
    visit.card(None)  # Anna takes her card back; the receipt stays on screen
    visit.turn = ""
    visit.end()
    return number


def add_bijwoner_to_register(data_dir: Path) -> None:
    """List Anna in Sofie's household at the training register of `data_dir` (before the kiosk starts).

    The register lists her as an adult of role "other" (a bijwoner: neither reference tenant nor
    partner), with the key its lookup matches her card by (her national number), as it lists the
    members of resources/training/register/households.json.
    """
    from sqlalchemy import select

    from cardreader.virtual.people import PROFILES
    from sync.simulator import models
    from sync.simulator.register import Register, RegisterSettings

    national_number = PROFILES[ANNA].national_number
    # Through the register itself: its personal columns are sealed at rest with its own keys.
    register = Register(f"sqlite:///{data_dir / 'register-sim.db'}", RegisterSettings(seed_training=False))
    try:
        with register.session() as session:
            household = session.scalars(
                select(models.Household).where(
                    models.Household.household_key == HOUSEHOLD_OF_THREE,
                    models.Household.practice.is_(False),
                )
            ).one()
            session.add(
                models.Member(
                    household_id=household.id,
                    member_key=national_number,
                    member_id=national_number[-5:],
                    first_name="Anna",
                    role="other",
                    adult=True,
                )
            )
    finally:
        register.close()
