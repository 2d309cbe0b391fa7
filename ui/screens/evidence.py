"""Evidence checklist: what the answers require; attach files (several pages), or "bring later".

Files are checked by content (type) and size against the rules file; images get a thumbnail.
When Qt finds a camera, a page can also be a photo taken here (ui/camera.py), checked the same way.
"Shown at the counter" is for WIL staff only. Files stay in memory until the visit is sealed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain import Action
from ui.controller import CONFIRM, EVIDENCE
from ui.evidence_files import RefusedFile, checked_evidence, load_evidence_file
from ui.screens.base import Screen, set_text
from ui.session import EvidenceFile, EvidenceItem

if TYPE_CHECKING:
    from ui.camera import CameraDialog

THUMB_PX = 64


class EvidenceScreen(Screen):
    """The bewijsstukken this household and this adult need."""

    key = EVIDENCE
    candidate_facing = True

    def build(self) -> None:
        self.intro = self.label()
        self.none_needed = self.label()
        self.error = self.label(role="warning")
        self.error.setObjectName("evidenceError")
        self.error.hide()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.layout_.addWidget(self.scroll, 1)
        self.proceed = self.button(lambda: self.ctl.go(CONFIRM), primary=True)
        self.rows: dict[tuple[str, str | None], dict[str, QWidget]] = {}
        self.camera_found = False
        self.camera_checked = False  # whether Qt was asked for cameras yet
        self.camera_dialog: CameraDialog | None = None

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Bewijsstukken"))
        set_text(
            self.intro,
            self.tr("Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen."),
        )
        set_text(self.none_needed, self.tr("Voor uw antwoorden zijn geen papieren nodig."))
        set_text(self.proceed, self.tr("Verder"))
        self.enter_if_visible()

    def enter(self) -> None:
        self.error.hide()
        items = self.ctl.required_evidence()
        self.none_needed.setVisible(not items)
        self._rebuild(items)
        self.proceed.setFocus()
        if items:
            # Loading QtMultimedia takes ~0.2 s the first time: after the screen is painted, not before.
            QTimer.singleShot(0, self._check_camera)

    def _check_camera(self) -> None:
        """Show or hide the photo buttons; a camera may also be plugged in or out between visits."""
        found = _camera_found()
        self.camera_checked = True
        if found != self.camera_found and self.isVisible() and self.rows:
            self.camera_found = found
            self._rebuild(self.ctl.required_evidence())
        self.camera_found = found

    def _rebuild(self, items: list[EvidenceItem]) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        self.rows = {}
        staff = self.ctl.operator is not None and self.ctl.operator.may(Action.SHOWN_AT_COUNTER)
        for item in items:
            column.addWidget(self._row(item, staff))
        column.addStretch(1)
        self.scroll.setWidget(container)

    def _row(self, item: EvidenceItem, staff: bool) -> QWidget:
        box = QWidget()
        box.setObjectName(f"evidence-{item.evidence_type}")
        column = QVBoxLayout(box)
        name = QLabel(self.ctl.evidence_text(item.evidence_type))
        name.setWordWrap(True)
        column.addWidget(name)
        state = QLabel(self._state_text(item))
        state.setObjectName("evidenceState")
        column.addWidget(state)
        thumbs = QHBoxLayout()
        for index, file in enumerate(item.files):
            thumbs.addWidget(self._thumbnail(file.mime_type, file.data, index))
        thumbs.addStretch(1)
        column.addLayout(thumbs)
        buttons = QHBoxLayout()
        attach = QPushButton(self.tr("Bestand toevoegen") if not item.files else self.tr("Nog een pagina"))
        attach.setAccessibleName(attach.text())
        attach.clicked.connect(lambda _=False, i=item: self._choose_file(i))
        later = QPushButton(self.tr("Later brengen"))
        later.setAccessibleName(later.text())
        later.clicked.connect(lambda _=False, i=item: self._set_state(i, "bring_later"))
        buttons.addWidget(attach)
        if self.camera_found:
            photo = QPushButton(self.tr("Foto nemen"))
            photo.setObjectName("takePhoto")
            photo.setAccessibleName(photo.text())
            photo.clicked.connect(lambda _=False, i=item: self._take_photo(i))
            buttons.addWidget(photo)
        buttons.addWidget(later)
        if staff:
            shown = QPushButton(self.tr("Getoond aan de balie (WIL)"))
            shown.setAccessibleName(shown.text())
            shown.clicked.connect(lambda _=False, i=item: self._set_state(i, "shown_at_counter"))
            buttons.addWidget(shown)
        column.addLayout(buttons)
        self.rows[(item.evidence_type, item.member_id)] = {"attach": attach, "later": later, "state": state}
        return box

    def _thumbnail(self, mime: str, data: bytes, index: int) -> QLabel:
        label = QLabel()
        label.setObjectName("evidenceThumbnail")
        label.setFixedSize(THUMB_PX, THUMB_PX)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if mime.startswith("image/") and pixmap.loadFromData(data):
            label.setPixmap(pixmap.scaled(THUMB_PX, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            label.setText("PDF")
        label.setAccessibleName(self.tr("Pagina %1").replace("%1", str(index + 1)))
        return label

    def _state_text(self, item: EvidenceItem) -> str:
        if item.state == "attached":
            return self.tr("Toegevoegd: %1 pagina's").replace("%1", str(len(item.files)))
        if item.state == "bring_later":
            return self.tr("U brengt dit later.")
        if item.state == "shown_at_counter":
            return self.tr("Getoond aan de balie.")
        return self.tr("Nog niet toegevoegd.")

    def _choose_file(self, item: EvidenceItem) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies een bestand"),
            str(Path.home()),
            self.tr("PDF of foto (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff)"),
        )
        if path:
            self.attach_file(item, Path(path))

    def attach_file(self, item: EvidenceItem, path: Path) -> bool:
        """Check and add one file as the next page of `item`; False (with a message) when refused."""
        return self._attach(item, lambda: load_evidence_file(path, self.ctl.rules))

    def attach_photo(self, item: EvidenceItem, image: QImage) -> bool:
        """Add a camera photo as the next page of `item`, checked like a file (what "use" calls)."""
        from ui.camera import photo_bytes

        return self._attach(item, lambda: checked_evidence(photo_bytes(image), self.ctl.rules))

    def _take_photo(self, item: EvidenceItem) -> None:
        from ui.camera import CameraDialog

        self._close_camera()
        self.camera_dialog = CameraDialog(self, lambda image: self.attach_photo(item, image))
        self.camera_dialog.start()

    def _close_camera(self) -> None:
        dialog, self.camera_dialog = self.camera_dialog, None
        if dialog is not None:
            dialog.reject()  # stops the camera and forgets the photo
            dialog.deleteLater()

    def _attach(self, item: EvidenceItem, load: Callable[[], EvidenceFile]) -> bool:
        self.error.hide()
        rules = self.ctl.rules
        if len(item.files) >= rules.max_files_per_item:
            return self._refuse(self.tr("Er zijn al genoeg pagina's voor dit stuk."))
        try:
            file = load()
        except RefusedFile as refused:
            if refused.reason == "size":
                limit = str(rules.max_file_bytes // (1024 * 1024))
                return self._refuse(self.tr("Dit bestand is te groot (meer dan %1 MB).").replace("%1", limit))
            return self._refuse(self.tr("Dit soort bestand kan niet. Kies een PDF of een foto."))
        except OSError:
            return self._refuse(self.tr("Dit bestand kan niet gelezen worden."))
        item.files.append(file)
        item.state = "attached"
        self.enter()
        return True

    def _set_state(self, item: EvidenceItem, state: str) -> None:
        if state == "shown_at_counter":
            operator = self.ctl.operator
            self.ctl.require(operator is not None and operator.may(Action.SHOWN_AT_COUNTER))
        item.state = state  # type: ignore[assignment]
        item.files.clear() if state != "attached" else None
        self.enter()

    def _refuse(self, text: str) -> bool:
        set_text(self.error, text)
        self.error.show()
        return False

    def wipe(self) -> None:
        self._close_camera()
        self.scroll.setWidget(QWidget())
        self.rows = {}


def _camera_found() -> bool:
    """Whether Qt finds a camera; QtMultimedia is loaded here, on the first evidence screen, not at start."""
    try:
        from ui.camera import camera_available
    except ImportError:  # QtMultimedia cannot load (libpulse0 missing): no camera button
        return False
    return camera_available()
