"""Evidence checklist: what the answers require; attach files (several pages), or "bring later".

The core checks every page by what it holds and its size (`kiosk.visit.Visit.attach`); images get a
thumbnail. When Qt finds a camera, a page can also be a photo taken here (ui/camera.py). "Shown at
the counter" is for WIL staff only. An item left as it is stays missing, with its due date.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain import Action
from kiosk.ports import EvidenceState
from kiosk.visit import EvidenceRefused, Visit
from kiosk.visit_views import EvidenceLine, evidence_lines
from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import evidence_name

if TYPE_CHECKING:
    from ui.camera import CameraDialog

THUMB_PX = 64


class EvidenceScreen(Screen):
    """The bewijsstukken this household and this adult need."""

    key = ScreenKey.EVIDENCE
    candidate_facing = True

    def build(self) -> None:
        self.intro = self.label()
        self.none_needed = self.label()
        self.error = self.label(role="warning")
        self.error.setObjectName("evidenceError")
        self.error.hide()
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        self.layout_.addWidget(self.items_area, 1)
        self.proceed = self.button(lambda: self.ctl.apply(lambda v: v.evidence_done()), primary=True)
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

    def enter(self) -> None:
        visit = self.visit
        if visit is None:
            return
        lines = evidence_lines(visit)
        self.none_needed.setVisible(not lines)
        self._rebuild(visit, lines)
        self.proceed.setFocus()
        if lines:
            # Loading QtMultimedia takes ~0.2 s the first time: after the screen is painted, not before.
            QTimer.singleShot(0, self._check_camera)

    def _check_camera(self) -> None:
        """Show or hide the photo buttons; a camera may also be plugged in or out between visits."""
        found = _camera_found()
        self.camera_checked = True
        changed = found != self.camera_found
        self.camera_found = found
        if changed and self.isVisible():
            self.enter()

    def _rebuild(self, visit: Visit, lines: list[EvidenceLine]) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        self.rows = {}
        staff = self.operator is not None and self.operator.may(Action.SHOWN_AT_COUNTER)
        for line in lines:
            column.addWidget(self._row(visit, line, staff))
        column.addStretch(1)
        self.items_area.setWidget(container)

    def _row(self, visit: Visit, line: EvidenceLine, staff: bool) -> QWidget:
        box = QWidget()
        box.setObjectName(f"evidence-{line.evidence_type}")
        column = QVBoxLayout(box)
        name = QLabel(evidence_name(visit.rules, line.evidence_type))
        name.setWordWrap(True)
        column.addWidget(name)
        state = QLabel(self._state_text(line))
        state.setObjectName("evidenceState")
        column.addWidget(state)
        thumbs = QHBoxLayout()
        item = visit.evidence_item(line.evidence_type, line.member_id)
        for index, file in enumerate(item.files if item is not None else []):
            thumbs.addWidget(self._thumbnail(file.mime_type, visit.files.get(file.file_id, b""), index))
        thumbs.addStretch(1)
        column.addLayout(thumbs)
        buttons = QHBoxLayout()
        attach = self._action(
            buttons, self.tr("Nog een pagina") if line.pages else self.tr("Bestand toevoegen")
        )
        attach.clicked.connect(lambda _=False, li=line: self._choose_file(li))
        if self.camera_found:
            photo = self._action(buttons, self.tr("Foto nemen"))
            photo.setObjectName("takePhoto")
            photo.clicked.connect(lambda _=False, li=line: self._take_photo(li))
        later = self._action(buttons, self.tr("Later brengen"))
        later.clicked.connect(lambda _=False, li=line: self._set_state(li, "bring_later"))
        if staff:
            shown = self._action(buttons, self.tr("Getoond aan de balie (WIL)"))
            shown.clicked.connect(lambda _=False, li=line: self._set_state(li, "shown_at_counter"))
        column.addLayout(buttons)
        self.rows[(line.evidence_type, line.member_id)] = {"attach": attach, "later": later, "state": state}
        return box

    @staticmethod
    def _action(row: QHBoxLayout, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        row.addWidget(button)
        return button

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

    def _state_text(self, line: EvidenceLine) -> str:
        if line.state == "attached":
            return self.tr("Toegevoegd: %1 pagina's").replace("%1", str(line.pages))
        if line.state == "bring_later":
            return self.tr("U brengt dit later.")
        if line.state == "shown_at_counter":
            return self.tr("Getoond aan de balie.")
        return self.tr("Nog niet toegevoegd.")

    def _choose_file(self, line: EvidenceLine) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies een bestand"),
            str(Path.home()),
            self.tr("PDF of foto (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff)"),
        )
        if path:
            self.attach_file(line.evidence_type, line.member_id, Path(path))

    def attach_file(self, evidence_type: str, member_id: str | None, path: Path) -> bool:
        """Check and add one file as the next page; False (with a message) when refused."""
        try:
            content = path.read_bytes()
        except OSError:
            return self._refuse(self.tr("Dit bestand kan niet gelezen worden."))
        return self._attach(evidence_type, member_id, content)

    def attach_photo(self, evidence_type: str, member_id: str | None, image: QImage) -> bool:
        """Add a camera photo as the next page, checked like a file (what "use" calls)."""
        from ui.camera import photo_bytes

        return self._attach(evidence_type, member_id, photo_bytes(image))

    def _take_photo(self, line: EvidenceLine) -> None:
        from ui.camera import CameraDialog

        self._close_camera()
        self.camera_dialog = CameraDialog(
            self, lambda image: self.attach_photo(line.evidence_type, line.member_id, image)
        )
        self.camera_dialog.start()

    def _close_camera(self) -> None:
        dialog, self.camera_dialog = self.camera_dialog, None
        if dialog is not None:
            dialog.reject()  # stops the camera and forgets the photo
            dialog.deleteLater()

    def _attach(self, evidence_type: str, member_id: str | None, content: bytes) -> bool:
        self.error.hide()
        visit = self.visit
        if visit is None:
            return False
        try:
            self.ctl.apply(lambda v: v.attach(evidence_type, member_id, content))
        except EvidenceRefused as refused:
            if refused.reason == "too_many_pages":
                return self._refuse(self.tr("Er zijn al genoeg pagina's voor dit stuk."))
            if refused.reason == "size":
                limit = str(visit.rules.max_file_bytes // (1024 * 1024))
                return self._refuse(self.tr("Dit bestand is te groot (meer dan %1 MB).").replace("%1", limit))
            return self._refuse(self.tr("Dit soort bestand kan niet. Kies een PDF of een foto."))
        return True

    def _set_state(self, line: EvidenceLine, state: EvidenceState) -> None:
        if state == "shown_at_counter":
            operator = self.operator
            self.terminal.require(operator is not None and operator.may(Action.SHOWN_AT_COUNTER))
        self.ctl.apply(lambda v: v.set_evidence_state(line.evidence_type, line.member_id, state))

    def _refuse(self, text: str) -> bool:
        set_text(self.error, text)
        self.error.show()
        return False

    def wipe(self) -> None:
        self._close_camera()
        self.items_area.setWidget(QWidget())
        self.rows = {}


def _camera_found() -> bool:
    """Whether Qt finds a camera; QtMultimedia is loaded here, on the first evidence screen, not at start."""
    try:
        from ui.camera import camera_available
    except ImportError:  # QtMultimedia cannot load (libpulse0 missing): no camera button
        return False
    return camera_available()
