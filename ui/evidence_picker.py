"""Choosing a scan for the evidence or a volmacht: only allowed places, only allowed kinds of file.

Qt's file dialog lets anyone at the kiosk browse the whole disk (`/`, `/root`, the home folder) and
speaks English. This picker shows only two kinds of place: removable media the system mounted (a
USB stick under `/media` or `/run/media`) and the terminal's scan folder (the `scan_folder`
setting), and in them only files of the kinds the rules file accepts. It never goes above a
place's folder, and a link that leads out of it is not listed. The newest files come first, so
the page just scanned is on top.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.screens.base import set_text
from ui.screens.wording import day_text, isolated
from ui.widgets import FlowLayout, WrapButton

# The file name endings of each accepted kind of file (the rules file names the kinds).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/tiff": (".tif", ".tiff"),
    "image/gif": (".gif",),
}
MEDIA_PARENTS = (Path("/media"), Path("/run/media"))  # where udisks mounts removable media on Linux
MAX_FILES = 300  # a stick full of holiday photos: the newest are listed, not all
MAX_DEPTH = 4
PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Place:
    """A folder the picker may show: a USB stick, or the scan folder."""

    kind: str  # "media" or "scans"
    name: str
    root: Path


def extensions_for(mime_types: Iterable[str]) -> tuple[str, ...]:
    """The file name endings of the accepted kinds of file."""
    return tuple(ext for mime in mime_types for ext in EXTENSIONS.get(mime, ()))


def removable_media(volumes: Iterable[QStorageInfo] | None = None) -> list[Place]:
    """The mounted removable media: on Linux what udisks mounted under /media or /run/media.

    On Windows every drive but the system drive (a USB stick gets its own letter).
    """
    found: list[Place] = []
    system_drive = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    for volume in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        if not (volume.isValid() and volume.isReady()):
            continue
        root = Path(volume.rootPath())
        if sys.platform == "win32":
            removable = str(root).rstrip("\\/").upper() != system_drive
        else:
            removable = any(parent in root.parents for parent in MEDIA_PARENTS)
        if removable:
            found.append(Place("media", volume.displayName() or root.name, root))
    return found


def allowed_places(scan_folder: Path | None, media: Iterable[Place]) -> list[Place]:
    """The scan folder (when set and there) and the removable media; never the file system itself."""
    places = [Place("scans", "", scan_folder)] if scan_folder is not None and scan_folder.is_dir() else []
    places += list(media)
    forbidden = {Path("/"), Path("/root"), Path.home()}
    return [place for place in places if place.root.resolve() not in forbidden]


def allowed_files(place: Place, extensions: tuple[str, ...], limit: int = MAX_FILES) -> list[Path]:
    """The files of an accepted kind inside `place`, newest first; nothing hidden, nothing outside it."""
    root = place.root.resolve()
    found: list[tuple[float, Path]] = []

    def walk(folder: Path, depth: int) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:  # a stick pulled out, a folder without permission
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                real = path.resolve()
                if real != root and root not in real.parents:
                    continue  # a link out of the place
                if entry.is_dir() and depth < MAX_DEPTH:
                    walk(path, depth + 1)
                elif entry.is_file() and path.suffix.lower() in extensions:
                    found.append((entry.stat().st_mtime, path))
            except OSError:
                continue

    walk(root, 0)
    found.sort(key=lambda item: item[0], reverse=True)
    return [path for _mtime, path in found[:limit]]


class EvidencePicker(QDialog):
    """A list of places and the scans in the chosen one; emits `chosen(path)`."""

    chosen = Signal(object)  # Path

    def __init__(
        self,
        parent: QWidget,
        scan_folder: Path | None,
        mime_types: Iterable[str],
        media: Callable[[], list[Place]] = removable_media,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePicker")
        self.setModal(True)
        self._scan_folder, self._media = scan_folder, media
        self.extensions = extensions_for(mime_types)
        self.places_list: list[Place] = []
        column = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        column.addWidget(self.intro)
        self.places = QListWidget()
        self.places.setObjectName("pickerPlaces")
        self.places.currentRowChanged.connect(self._place_chosen)
        column.addWidget(self.places, 1)
        self.files = QListWidget()
        self.files.setObjectName("pickerFiles")
        self.files.setWordWrap(True)
        self.files.itemSelectionChanged.connect(self._file_selected)
        self.files.itemActivated.connect(lambda _item: self._choose())
        column.addWidget(self.files, 3)
        self.empty = QLabel()
        self.empty.setObjectName("pickerEmpty")
        self.empty.setProperty("role", "warning")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        row = FlowLayout(at_end=True)
        column.addLayout(row)
        self.look_again = self._button(row, self.refresh)
        self.cancel = self._button(row, self.reject)
        self.choose = self._button(row, self._choose)
        self.choose.setProperty("primary", True)
        self.retranslate()
        self.refresh()
        self._fit()

    @staticmethod
    def _button(row: FlowLayout, on_click: Callable[[], None]) -> WrapButton:
        button = WrapButton()
        button.setAutoDefault(False)
        button.clicked.connect(on_click)
        row.addWidget(button)
        return button

    def _fit(self) -> None:
        screen = self.screen()
        if screen is not None:
            self.resize(screen.availableGeometry().size() * 0.8)

    def retranslate(self) -> None:
        """Texts in the language on show."""
        self.setWindowTitle(self.tr("Kies een scan"))
        set_text(
            self.intro,
            self.tr("Kies waar de scan staat, en dan de scan. De nieuwste staan bovenaan."),
        )
        set_text(
            self.empty,
            self.tr(
                "Hier staat geen scan. Steek de USB-stick in, of scan het papier opnieuw, "
                "en kies dan 'Opnieuw kijken'."
            ),
        )
        set_text(self.look_again, self.tr("Opnieuw kijken"))
        set_text(self.cancel, self.tr("Terug"))
        set_text(self.choose, self.tr("Deze scan toevoegen"))
        self.places.setAccessibleName(self.tr("Plaatsen"))
        self.files.setAccessibleName(self.tr("Scans"))
        self._show_places()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def place_name(self, place: Place) -> str:
        """A place in plain words."""
        if place.kind == "scans":
            return self.tr("Scanmap van deze kiosk")
        return self.tr("USB-stick: %1").replace("%1", isolated(place.name))

    def refresh(self) -> None:
        """Look again for sticks and scans (a stick was just put in, a page just scanned)."""
        self.places_list = allowed_places(self._scan_folder, self._media())
        self._show_places()

    def _show_places(self) -> None:
        if not hasattr(self, "places_list"):
            return
        keep = self.places.currentRow()
        self.places.blockSignals(True)
        self.places.clear()
        for place in self.places_list:
            self.places.addItem(self.place_name(place))
        self.places.blockSignals(False)
        self.places.setCurrentRow(min(max(keep, 0), self.places.count() - 1))
        self._place_chosen(self.places.currentRow())

    def _place_chosen(self, row: int) -> None:
        self.files.clear()
        place = self.places_list[row] if 0 <= row < len(self.places_list) else None
        for path in allowed_files(place, self.extensions) if place is not None else []:
            item = QListWidgetItem(self._file_text(place, path) if place is not None else path.name)
            item.setData(PATH_ROLE, str(path))
            self.files.addItem(item)
        self.empty.setVisible(self.files.count() == 0)
        if self.files.count():
            self.files.setCurrentRow(0)  # the newest scan, most often the page just scanned
        self._file_selected()

    def _file_text(self, place: Place, path: Path) -> str:
        root = place.root.resolve()
        relative = path.relative_to(root) if path.is_relative_to(root) else path
        try:
            moment = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return isolated(str(relative))
        when = f"{day_text(moment.date())} {isolated(moment.strftime('%H:%M'))}"
        return f"{isolated(str(relative))}  ({when})"

    def _file_selected(self) -> None:
        self.choose.setEnabled(bool(self.files.selectedItems()))

    def selected_path(self) -> Path | None:
        """The scan chosen in the list."""
        items = self.files.selectedItems()
        return Path(str(items[0].data(PATH_ROLE))) if items else None

    def _choose(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        self.accept()
        self.chosen.emit(path)
