"""Camera capture on the evidence screen.

No camera can run here: the real QMediaDevices finds none, so the "take a photo" button must be hidden.
The path from a captured photo to an encrypted evidence page is driven through the dialog's own
handler of QImageCapture.imageCaptured (the one seam a camera would feed), then "use".
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from kiosk.dossiers import read_evidence_file
from kiosk.models import EvidenceBlob
from kiosk.visit_store import VisitSaved
from tests.ui.helpers import leaks, wait_for_screen
from tests.ui.test_questions_evidence import NO_INCOME_AND_FOREIGN
from tests.ui.test_questions_evidence import open_evidence as open_evidence_with
from ui.camera import LONGEST_SIDE_PX, CameraDialog, camera_available, photo_bytes


def a_photographed_page(width: int = 1280, height: int = 960) -> QImage:
    """A stand-in for a camera frame: a white page with dark bars (text lines) on grey."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#888888"))
    painter = QPainter(image)
    painter.fillRect(width // 8, height // 10, width * 3 // 4, height * 8 // 10, QColor("white"))
    for line in range(12):
        top = height // 6 + line * height // 20
        painter.fillRect(width // 5, top, width // 2, height // 80, QColor("black"))
    painter.end()
    return image


def open_evidence(ki, qtbot) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    """The evidence screen of an adult with foreign income: (type, member) of the first item."""
    open_evidence_with(ki, qtbot, yes=NO_INCOME_AND_FOREIGN)
    wanted = ki.controller.visit.evidence_wanted()
    assert len(wanted) == 2
    return wanted[0]


def test_no_camera_no_photo_button(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    if camera_available():
        pytest.skip("this machine has a camera")
    open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    qtbot.waitUntil(lambda: screen.camera_checked, timeout=5000)
    assert screen.rows  # the items are there, with their other buttons
    assert not screen.camera_found
    assert screen.findChildren(QPushButton, "takePhoto") == []


def test_a_photo_becomes_an_encrypted_page_of_the_item(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    evidence_type, member_id = open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    visit = ki.controller.visit
    dialog = CameraDialog(screen, lambda image: screen.attach_photo(evidence_type, member_id, image))
    assert dialog.take.isVisibleTo(dialog) and not dialog.use.isVisibleTo(dialog)

    dialog.image_captured(1, a_photographed_page())
    assert dialog.use.isVisibleTo(dialog) and dialog.retake.isVisibleTo(dialog)
    assert not dialog.preview.pixmap().isNull()
    dialog.retake.click()  # back to the viewfinder, the photo is dropped
    assert dialog.photo is None and dialog.take.isVisibleTo(dialog)
    dialog.image_captured(2, a_photographed_page())
    dialog.use.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.photo is None and dialog.preview.pixmap().isNull()
    item = visit.evidence_item(evidence_type, member_id)
    assert item is not None and item.state == "attached" and len(item.files) == 1
    page = item.files[0]
    data = visit.files[page.file_id]
    assert page.mime_type == "image/jpeg" and 0 < len(data) == page.size <= visit.rules.max_file_bytes
    assert len(screen.findChildren(type(screen.title), "evidenceThumbnail")) == 1
    assert "1" in screen.rows[(evidence_type, member_id)]["state"].text()

    with qtbot.waitSignal(ki.controller.draft_saved, timeout=10_000) as saved:
        ki.controller.end_visit(keep=True)  # kept as a draft, the page with it
    assert isinstance(saved.args[0], VisitSaved)
    backend, dossier_id = ki.backend, saved.args[0].dossier_id
    with backend.store.begin() as s:
        blobs = s.scalars(select(EvidenceBlob).where(EvidenceBlob.dossier_id == dossier_id)).all()
        assert [b.sha256 for b in blobs] == [page.sha256]
        on_disk = (backend.store.evidence_dir / f"{blobs[0].id}.bin").read_bytes()
        assert data[:64] not in on_disk and data[-64:] not in on_disk  # encrypted at rest
        assert read_evidence_file(s, backend.unlocked, dossier_id, blobs[0].id) == data


def test_a_refused_photo_is_not_added(ki, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # A rules file with a low size limit (the visit keeps the rules it began with).
    monkeypatch.setattr(ki.backend, "rules", dataclasses.replace(ki.backend.rules, max_file_bytes=1024))
    evidence_type, member_id = open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    assert not screen.attach_photo(evidence_type, member_id, a_photographed_page())  # as a file is
    assert "te groot" in screen.error.text()
    item = ki.controller.visit.evidence_item(evidence_type, member_id)
    assert item is None or item.files == []


def test_the_photo_is_scaled_to_a_page_and_wiped_with_the_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    big = QImage.fromData(photo_bytes(a_photographed_page(6000, 4000)))
    assert max(big.width(), big.height()) == LONGEST_SIDE_PX

    evidence_type, member_id = open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    screen.camera_dialog = CameraDialog(
        screen, lambda image: screen.attach_photo(evidence_type, member_id, image)
    )
    screen.camera_dialog.image_captured(1, a_photographed_page())
    dialog = screen.camera_dialog
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert screen.camera_dialog is None
    assert dialog.photo is None and dialog.preview.pixmap().isNull()
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_a_camera_gone_after_detection_gives_a_hint(ki, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Detection said "camera" (faked: none can run here); the real QCamera then finds none."""
    import ui.screens.evidence

    monkeypatch.setattr(ui.screens.evidence, "_camera_found", lambda: True)
    evidence_type, member_id = open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    qtbot.waitUntil(lambda: screen.camera_checked, timeout=5000)
    buttons = screen.findChildren(QPushButton, "takePhoto")
    assert len(buttons) == len(screen.rows) == 2
    buttons[0].click()
    dialog = screen.camera_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.take.click()
    qtbot.waitUntil(lambda: "camera werkt nu niet" in dialog.hint.text(), timeout=5000)
    dialog.cancel.click()
    assert not dialog.isVisible()
    item = ki.controller.visit.evidence_item(evidence_type, member_id)
    assert item is None or item.files == []
