"""Taking a photo of a paper as an evidence page, when Qt finds a camera.

A small dialog: a live viewfinder, then "take" shows the photo, "retake" goes back to the viewfinder,
"use" hands the photo to the evidence screen, which adds it as the next page of the item exactly like
an attached file (same type and size check, a thumbnail, encrypted by the core when the visit is
saved). QtMultimedia is imported here only, and this module only when the evidence screen asks for
it: it stays out of the kiosk's start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import QCamera, QCameraDevice, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.widgets import WrapButton

JPEG_QUALITY = 85  # a paper stays readable; a full-HD photo stays well under a megabyte
LONGEST_SIDE_PX = 3000  # more than an A4 page at 300 dpi needs


def camera_available() -> bool:
    """Whether Qt finds a camera on this machine (asked each time: a camera may be plugged in later)."""
    return bool(QMediaDevices.videoInputs())


def photo_bytes(image: QImage) -> bytes:
    """The photo as JPEG bytes, scaled down when it is larger than a page needs."""
    if max(image.width(), image.height()) > LONGEST_SIDE_PX:
        image = image.scaled(
            LONGEST_SIDE_PX,
            LONGEST_SIDE_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # On failure: no bytes, refused as a file would be. (The stubs want bytes, PySide6 wants str.)
    image.save(buffer, "JPEG", JPEG_QUALITY)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """Viewfinder, take, retake, use. `on_use` gets the photo and says whether it was added."""

    def __init__(
        self, parent: QWidget, on_use: Callable[[QImage], bool], device: QCameraDevice | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.setModal(True)
        self._on_use = on_use
        self._device = device
        self.photo: QImage | None = None
        self._problem = False
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._capture.imageCaptured.connect(self.image_captured)
        self._capture.errorOccurred.connect(lambda *_: self._show_problem())
        self._build()
        self.retranslate()
        self._show_viewfinder()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.hint)
        self.pages = QStackedWidget()
        self.viewfinder = QVideoWidget()
        self.viewfinder.setMinimumSize(480, 360)
        self._session.setVideoOutput(self.viewfinder)
        self.preview = QLabel()
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 360)
        self.pages.addWidget(self.viewfinder)
        self.pages.addWidget(self.preview)
        column.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        self.take = self._button(buttons, self._take, primary=True)
        self.retake = self._button(buttons, self._show_viewfinder)
        self.use = self._button(buttons, self._use, primary=True)
        self.cancel = self._button(buttons, self.reject)
        column.addLayout(buttons)

    def _button(self, row: QHBoxLayout, on_click: Callable[[], None], primary: bool = False) -> QPushButton:
        button = WrapButton()
        button.setProperty("primary", primary)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(on_click)
        row.addWidget(button)
        return button

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Foto nemen"))
        for button, text in (
            (self.take, self.tr("Foto nemen")),
            (self.retake, self.tr("Opnieuw")),
            (self.use, self.tr("Deze foto gebruiken")),
            (self.cancel, self.tr("Annuleren")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.viewfinder.setAccessibleName(self.tr("Camerabeeld"))
        self.preview.setAccessibleName(self.tr("De foto"))
        self._set_hint()

    def changeEvent(self, event: QEvent) -> None:
        """The candidate may switch language while the dialog is open."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_hint(self) -> None:
        if self._problem:
            text = self.tr(
                "De camera werkt nu niet. Voeg het papier toe als bestand, of kies: later brengen."
            )
        elif self.photo is None:
            text = self.tr(
                "Leg het papier plat onder de camera. Alles moet leesbaar zijn. Druk dan op: Foto nemen."
            )
        else:
            text = self.tr("Kunt u alles goed lezen? Druk op: Deze foto gebruiken. Anders: Opnieuw.")
        self.hint.setText(text)
        self.hint.setAccessibleName(text)

    def start(self) -> None:
        """Start the camera (the default one, unless a device was given) and show the dialog."""
        device = self._device or QMediaDevices.defaultVideoInput()
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(lambda *_: self._show_problem())
        self._session.setCamera(self._camera)
        self._camera.start()
        self.open()

    # -- the steps -----------------------------------------------------------------------------
    def _take(self) -> None:
        if self._capture.isReadyForCapture():
            self._capture.capture()
        else:
            self._show_problem()

    def image_captured(self, _request_id: int, image: QImage) -> None:
        """QImageCapture.imageCaptured: show the photo, with "retake" and "use"."""
        self.photo = image
        keep, smooth = Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        shown = QPixmap.fromImage(image).scaled(self.preview.size(), keep, smooth)
        self.preview.setPixmap(shown)
        self.pages.setCurrentWidget(self.preview)
        self.take.hide()
        self.retake.show()
        self.use.show()
        self.use.setFocus()
        self._set_hint()

    def _show_viewfinder(self) -> None:
        self.photo = None
        self.preview.clear()
        self.pages.setCurrentWidget(self.viewfinder)
        self.take.show()
        self.retake.hide()
        self.use.hide()
        self.take.setFocus()
        self._set_hint()

    def _use(self) -> None:
        photo = self.photo
        if photo is not None:
            self._on_use(photo)
        self.accept()

    def _show_problem(self) -> None:
        self._problem = True
        self._set_hint()

    def done(self, result: int) -> None:
        """Closing in any way stops the camera and forgets the photo (it may show personal data)."""
        if self._camera is not None:
            self._camera.stop()
        self.photo = None
        self.preview.clear()
        super().done(result)
