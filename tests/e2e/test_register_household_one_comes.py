"""The register knows a household of two adults and a child; only one adult comes to the kiosk.

Sofie Janssens confirms with her card and PIN. Pieter De Smet, her partner, whom the register lists
in the same household, does not come. The kiosk never lets that look finished: the household and
the review list Pieter as still to confirm by the register's date, the receipt screen offers a
paper form for him and the deadline letter, and the provisional receipt names him as still to
confirm. Real parts: the training kiosk's encrypted store, the register simulator on 127.0.0.1
(its seeded Janssens household), the virtual eID card in-process, ReportLab read back with pypdf.
Screenshots of the three screens go to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain import MemberStatus
from kiosk.papers import PaperKind, PaperOffer
from kiosk.visit import LookupState
from kiosk.visit_views import visit_overview
from tests.ui.conftest import KioskUnderTest, close_kiosk, make_kiosk
from tests.ui.helpers import confirm_with_pin, leaks, sign_in_and_read, wait_for_screen

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEADLINE = "16 december 2026"  # the register's letter of 16 November 2026 + 30 days
CANDIDATE_NUMBER = "201905140017"


@pytest.fixture
def ki(qtbot: object, tmp_path: Path) -> Iterator[KioskUnderTest]:
    """A windowed training kiosk with the register simulator and the virtual cards."""
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)


def _lines(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def _grab(qtbot, widget: QWidget, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(300)  # the layout settles (the receipt's paper rows are built when it shows)
    QApplication.processEvents()
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000  # real pixels, not an empty grab
    return path


def _text(pdf: bytes) -> str:
    """The PDF's words with single spaces (it wraps lines where it likes)."""
    return " ".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _render(qtbot, ki: KioskUnderTest, offer: PaperOffer) -> str:  # type: ignore[no-untyped-def]
    """A paper as the receipt screen's buttons make it: through the controller, on the worker."""
    papers: list[bytes] = []
    failures: list[BaseException] = []
    ki.controller.render_paper(offer, papers.append, failures.append)
    qtbot.waitUntil(lambda: bool(papers or failures), timeout=15000)
    assert not failures, failures
    return _text(papers[0])


def test_only_one_adult_of_a_known_household_comes_and_nothing_says_it_is_done(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "nl-citizen-18")  # Sofie
    ctl = ki.controller
    visit = ctl.visit
    assert visit is not None and visit.lookup_state is LookupState.FOUND
    confirm_with_pin(qtbot, ki.kiosk)  # her questions, the evidence step, her PIN: the household

    # The household: Sofie done; Pieter, whom nobody read a card of, still to confirm, with the date.
    household = ki.window.screens["household"]
    lines = _lines(household.members)
    assert lines == [
        "Sofie Marie Janssens: bevestigd met PIN",
        f"Pieter: moet nog bevestigen; uiterlijk op {DEADLINE}",
        "Noor: kind",
    ]
    assert household.notice.text() == "Gelukt: de bevestiging is ondertekend."
    assert f"kandidaatnummer {CANDIDATE_NUMBER}" in household.register_state.text()
    assert DEADLINE in household.deadline.text()
    statuses = {row.first_names.split()[0]: row.status for row in visit_overview(visit).members}
    assert statuses == {
        "Sofie": MemberStatus.CONFIRMED,
        "Pieter": MemberStatus.TO_CONFIRM,
        "Noor": MemberStatus.MINOR,
    }
    assert not household.proceed.isVisible()  # Sofie has nothing left to confirm
    _grab(qtbot, ki.window, "one-adult-comes-household.png")

    # The review: not done; Pieter listed with what he owes and by when.
    household.review.click()
    wait_for_screen(qtbot, ki.kiosk, "review")
    review = ki.window.screens["review"]
    summary = review.summary.text()
    assert summary.startswith("Nog niet klaar: nog 1 volwassene moet bevestigen."), summary
    assert "Alle volwassenen hebben bevestigd" not in summary and "ontbreekt niets" not in summary
    assert f"Pieter: moet nog bevestigen; uiterlijk op {DEADLINE}" in _lines(review.members)
    assert DEADLINE in review.deadline.text()
    assert not visit_overview(visit).complete
    _grab(qtbot, ki.window, "one-adult-comes-review.png")

    # The receipt screen: saved and queued (Sofie's signature goes to the register), provisional;
    # a paper form for Pieter, the deadline letter and the help sheet.
    review.finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    receipt = ki.window.screens["receipt"]
    assert visit.saved is not None and visit.saved.queued and not visit.saved.complete
    # Sent at once (the register is at hand): on its way, or received without a number.
    assert receipt.state.text().startswith(("Bewaard. Even geduld", "Verzonden"))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    offers = [offer for offer, *_ in receipt.paper_rows]
    assert offers == [
        PaperOffer(PaperKind.PAPER_FORM, pieter.member_id),
        PaperOffer(PaperKind.DEADLINE_LETTER),
        PaperOffer(PaperKind.HELP_SHEET),
    ]
    labels = [label.text() for _offer, label, *_ in receipt.paper_rows]
    assert labels[:2] == [
        "Papieren formulier voor de partner",
        "Brief: wat nog moet gebeuren, en tegen wanneer",
    ]
    qtbot.waitUntil(
        lambda: all(p.isVisible() and q.isVisible() for _o, _l, p, q in receipt.paper_rows), timeout=5000
    )
    _grab(qtbot, ki.window, "one-adult-comes-receipt.png")

    # The provisional receipt, read back: Pieter still to confirm by the date; never "nothing missing".
    text = _render(qtbot, ki, PaperOffer(PaperKind.RECEIPT))
    assert "VOORLOPIG" in text and visit.saved.local_reference in text
    assert "Er ontbreekt niets meer" not in text
    pieter_row = text.split("Pieter partner", 1)[1].split("Noor", 1)[0]  # his row, up to the next member's
    assert "Bevestigen met de eigen identiteitskaart en pincode" in pieter_row and DEADLINE in pieter_row
    assert "Sofie Janssens referentiehuurder" in text
    assert "bevestigd met eigen identiteitskaart en pincode" in text
    assert DEADLINE in text
    assert "90031410231" not in text.replace(".", "").replace("-", "")  # masked on the receipt

    # The deadline letter names Pieter and the day too, and his form carries the register's number.
    letter = _render(qtbot, ki, PaperOffer(PaperKind.DEADLINE_LETTER))
    assert "Pieter" in letter and DEADLINE in letter
    form = _render(qtbot, ki, PaperOffer(PaperKind.PAPER_FORM, pieter.member_id))
    assert "Pieter" in form and CANDIDATE_NUMBER in form and "Janssens" not in form

    # Sofie takes her card: nothing of her stays on screen; the receipt and its papers stay.
    ki.panel.remove_card()
    qtbot.waitUntil(lambda: leaks(ki.kiosk, "nl-citizen-18") == [], timeout=5000)
    assert ctl.current_screen == "receipt" and len(receipt.paper_rows) == 3
