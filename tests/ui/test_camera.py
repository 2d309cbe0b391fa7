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
from tests.ui.helpers import leaks, sign_in_and_read
from tests.ui.test_declarations_evidence import answer_all
from ui.camera import LONGEST_SIDE_PX, CameraDialog, camera_available, photo_bytes
from ui.visit_end import VisitSaved


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


def open_evidence(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("declarations")
    answer_all(ki, yes={"still_wants_registration", "foreign_income"})
    ki.controller.go("evidence")


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
    open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    item = ki.controller.required_evidence()[0]
    dialog = CameraDialog(screen, lambda image: screen.attach_photo(item, image))  # as _take_photo does
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
    assert item.state == "attached" and len(item.files) == 1
    page = item.files[0]
    assert page.mime_type == "image/jpeg" and 0 < len(page.data) <= ki.controller.rules.max_file_bytes
    assert len(screen.findChildren(type(screen.title), "evidenceThumbnail")) == 1
    assert "1" in screen.rows[(item.evidence_type, item.member_id)]["state"].text()

    with qtbot.waitSignal(ki.controller.draft_saved, timeout=10_000) as saved:
        ki.controller.save_draft()
    assert isinstance(saved.args[0], VisitSaved)
    backend, dossier_id = ki.backend, saved.args[0].dossier_id
    with backend.store.begin() as s:
        blobs = s.scalars(select(EvidenceBlob).where(EvidenceBlob.dossier_id == dossier_id)).all()
        assert [b.sha256 for b in blobs] == [page.sha256]
        on_disk = (backend.store.evidence_dir / f"{blobs[0].id}.bin").read_bytes()
        assert page.data[:64] not in on_disk and page.data[-64:] not in on_disk  # encrypted at rest
        assert read_evidence_file(s, backend.unlocked, dossier_id, blobs[0].id) == page.data


def test_a_refused_photo_is_not_added(ki, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    item = ki.controller.required_evidence()[0]
    rules = ki.controller.rules
    monkeypatch.setattr(ki.backend, "rules", dataclasses.replace(rules, max_file_bytes=1024))
    assert not screen.attach_photo(item, a_photographed_page())  # the same size check as a file
    assert "te groot" in screen.error.text()
    assert item.files == []


def test_the_photo_is_scaled_to_a_page_and_wiped_with_the_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    big = QImage.fromData(photo_bytes(a_photographed_page(6000, 4000)))
    assert max(big.width(), big.height()) == LONGEST_SIDE_PX

    open_evidence(ki, qtbot)
    screen = ki.window.screens["evidence"]
    item = ki.controller.required_evidence()[0]
    screen.camera_dialog = CameraDialog(screen, lambda image: screen.attach_photo(item, image))
    screen.camera_dialog.image_captured(1, a_photographed_page())
    dialog = screen.camera_dialog
    ki.panel.remove_card()
    qtbot.waitUntil(lambda: ki.controller.current_screen == "awaiting_card")
    assert screen.camera_dialog is None
    assert dialog.photo is None and dialog.preview.pixmap().isNull()
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_a_camera_gone_after_detection_gives_a_hint(ki, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Detection said "camera" (faked: none can run here); the real QCamera then finds none."""
    import ui.screens.evidence

    monkeypatch.setattr(ui.screens.evidence, "_camera_found", lambda: True)
    open_evidence(ki, qtbot)
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
    assert ki.controller.required_evidence()[0].files == []
