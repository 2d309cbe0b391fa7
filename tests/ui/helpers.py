"""Walking the kiosk through a visit, and looking for personal data in every widget."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from cardreader.reading import read_card
from cardreader.virtual import VirtualCardConnection, load_profile
from kiosk.store import TRAINING_PASSWORD
from ui.adapters import TRAINING_DIR, training_trust_roots
from ui.app import Kiosk


def wait_for_screen(qtbot: object, kiosk: Kiosk, key: str) -> None:
    """Wait until the controller shows `key` (card reads run on the worker thread)."""
    qtbot.waitUntil(lambda: kiosk.controller.current_screen == key, timeout=10000)  # type: ignore[attr-defined]


def sign_in(qtbot: object, kiosk: Kiosk, operator: str = "vrijwilliger") -> None:
    """Sign an operator in (the store unlocks on the database worker) and wait for the home screen."""
    kiosk.controller.terminal.sign_in(operator, TRAINING_PASSWORD)
    wait_for_screen(qtbot, kiosk, "home")


def start_visit(qtbot: object, kiosk: Kiosk) -> None:
    """Start a visit (the offline lease is checked on the database worker) and pass the privacy notice."""
    kiosk.controller.start_visit()
    wait_for_screen(qtbot, kiosk, "privacy")
    kiosk.controller.apply(lambda v: v.acknowledge_privacy())


def sign_in_and_read(
    qtbot: object,
    kiosk: Kiosk,
    operator: str = "vrijwilliger",
    card: str = "nl-citizen-18",
    wait_for_register: bool = True,
) -> None:
    """Sign in, acknowledge the privacy notice, insert a card, and wait for the identity screen.

    Then, unless told not to, wait for the register's answer about the household too: signing waits
    for it (the statement carries the household key), as a real visit does while the adult reads.
    """
    sign_in(qtbot, kiosk, operator)
    start_visit(qtbot, kiosk)
    assert kiosk.panel is not None
    kiosk.panel.insert_card(card)
    wait_for_screen(qtbot, kiosk, "identity")
    if wait_for_register:
        visit = kiosk.controller.visit
        assert visit is not None
        qtbot.waitUntil(lambda: visit.lookup_settled, timeout=10000)  # type: ignore[attr-defined]


# Rules 2027.1 answers that ask for no evidence and carry no outcome: the household stays, the adult
# is registered in a register, has a tax assessment under the limit; a bijwoner still belongs.
STAYING = frozenset({"still_wants_registration", "registered", "has_tax_assessment", "still_in_household"})


def answer_questions(kiosk: Kiosk, yes: frozenset[str] = STAYING) -> None:
    """Answer every open question of the current adult (yes for `yes`, no otherwise), then go on.

    An outcome that only informs (e.g. "WIL checks your savings") is read and passed.
    """
    visit = kiosk.controller.visit
    assert visit is not None
    while (pending := visit.pending_question()) is not None:
        answer = pending[1].id in yes
        kiosk.controller.apply(lambda v, a=answer: v.answer(a))  # type: ignore[misc]
        if visit.outcome is not None and not visit.outcome.needs_confirmation:
            kiosk.controller.apply(lambda v: v.acknowledge_outcome())
    kiosk.controller.apply(lambda v: v.questions_done())


def choose_role(kiosk: Kiosk, role: str = "reference_tenant") -> None:
    """A new registration: the operator chooses the card holder's role on the household screen."""
    assert kiosk.controller.current_screen == "household"
    panel = kiosk.window.screens["household"].roles  # type: ignore[attr-defined]
    assert panel.isVisible(), "the household screen offers the roles of a new registration"
    panel.buttons[role].click()


def pass_evidence(kiosk: Kiosk) -> None:
    """On from the evidence screen to the confirm screen (the visit skips it when nothing is wanted)."""
    if kiosk.controller.current_screen == "evidence":
        kiosk.controller.apply(lambda v: v.evidence_done())
    assert kiosk.controller.current_screen == "confirm"


def type_pin(qtbot: object, kiosk: Kiosk, pin: str = "1234") -> None:
    """Type the PIN on the confirm screen's keypad once it asks, and press OK."""
    pad = kiosk.window.screens["confirm"].pad  # type: ignore[attr-defined]
    qtbot.waitUntil(pad.isVisible, timeout=10000)  # type: ignore[attr-defined]
    for digit in pin:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def confirm_with_pin(qtbot: object, kiosk: Kiosk) -> None:
    """From the identity screen: answer, pass the evidence, sign with PIN 1234; back on the household."""
    controller = kiosk.controller
    if controller.current_screen == "identity":
        controller.apply(lambda v: v.identity_confirmed())
    if controller.current_screen == "questions":
        answer_questions(kiosk)
    if controller.current_screen == "evidence":
        controller.apply(lambda v: v.evidence_done())
    wait_for_screen(qtbot, kiosk, "confirm")
    kiosk.window.screens["confirm"].sign.click()  # type: ignore[attr-defined]
    type_pin(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, "household")


def texts_of(widget: QWidget) -> list[str]:
    """Every string a widget exposes: text, tooltip, accessible name and description, items."""
    found = [
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.windowTitle(),
        widget.statusTip(),
        widget.whatsThis(),
    ]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, QListWidget):
        found += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    return found


def personal_data_of(card: str) -> list[str]:
    """The strings that must not be visible once this card is out."""
    connection = VirtualCardConnection(load_profile(card, TRAINING_DIR))
    person = read_card(connection, training_trust_roots(), date(2026, 1, 5)).identity
    return [person.national_number.digits, person.surname, person.first_names]


def leaks(kiosk: Kiosk, card: str) -> list[str]:
    """Where the card holder's personal data still shows: widgets, title, clipboard, pixmaps."""
    secrets = personal_data_of(card)
    found: list[str] = []
    window = kiosk.window
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        for text in texts_of(widget):
            for secret in secrets[:3]:
                if text and secret in text:
                    found.append(f"{type(widget).__name__}#{widget.objectName()}: {secret[:1]}…")
        if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            found.append(f"picture in {widget.objectName()}")
    clipboard = QGuiApplication.clipboard().text()
    found += [f"clipboard: {s[:1]}…" for s in secrets[:3] if s in clipboard]
    return found
