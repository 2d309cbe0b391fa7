"""The evidence picker shows only the scan folder and USB sticks, and only files the rules accept.

Qt's own file dialog let the candidate browse `/` and `/root` in English. The picker lists allowed
places and allowed files only, never goes above a place, and speaks the language on show. USB sticks
cannot be mounted here, so the test hands the terminal a stick's folder as the one mounted medium
(`Terminal.removable_media`); the scan folder is the real `scan_folder` setting's folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import QWidget

from tests.e2e.scripted_visit import tiny_png
from tests.ui.helpers import answer_questions, sign_in_and_read, texts_of, wait_for_screen
from ui.evidence_picker import (
    MEDIA_PARENTS,
    EvidencePicker,
    Place,
    allowed_files,
    allowed_places,
    extensions_for,
    removable_media,
)

pytestmark = pytest.mark.ui

ACCEPTED = ("application/pdf", "image/jpeg", "image/png", "image/tiff", "image/gif")
PAYSLIPS = frozenset({"still_wants_registration", "registered", "still_in_household", "has_income_now"})


def _names(files) -> list[str]:  # type: ignore[no-untyped-def]
    """The file names a picker's list shows (without their date)."""
    return [files.item(i).text().split("  (")[0] for i in range(files.count())]


def _lines(household) -> list[str]:  # type: ignore[no-untyped-def]
    return [household.members.item(i).text() for i in range(household.members.count())]


def _folder_with_scans(base: Path) -> Path:
    """A scan folder as a scanner leaves it, with things that must not be offered."""
    folder = base / "scans"
    (folder / "2026-11").mkdir(parents=True)
    (folder / "loonbrief.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "2026-11" / "pagina2.PNG").write_bytes(tiny_png())
    (folder / "notities.txt").write_text("not evidence")
    (folder / "run.sh").write_text("#!/bin/sh\n")
    (folder / ".verborgen.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "buiten.pdf").symlink_to("/etc/hostname")  # a link out of the folder
    (folder / "wortel").symlink_to("/")  # a link to the whole file system
    os.utime(folder / "loonbrief.pdf", (1_700_000_000, 1_700_000_000))  # older than the PNG
    return folder


def test_only_accepted_files_inside_the_place_newest_first(tmp_path: Path) -> None:
    folder = _folder_with_scans(tmp_path)
    found = allowed_files(Place("scans", "", folder), extensions_for(ACCEPTED))
    names = [p.relative_to(folder.resolve()).as_posix() for p in found]
    assert names == ["2026-11/pagina2.PNG", "loonbrief.pdf"]


def test_the_file_system_is_never_a_place(tmp_path: Path) -> None:
    for root in (Path("/"), Path("/root"), Path.home()):
        assert allowed_places(root, []) == []
        assert allowed_places(None, [Place("media", "x", root)]) == []
    assert allowed_places(tmp_path / "missing", []) == []  # a scan folder that is not there
    stick = tmp_path / "stick"
    stick.mkdir()
    assert [p.root for p in allowed_places(tmp_path, [Place("media", "STICK", stick)])] == [tmp_path, stick]


def test_removable_media_are_only_what_udisks_mounted() -> None:
    """This machine has no stick in: nothing is offered, and certainly not / or the home folder."""
    media = removable_media()
    assert all(any(parent in p.root.parents for parent in MEDIA_PARENTS) for p in media)
    assert removable_media([QStorageInfo("/")]) == []


def _to_evidence(ki, qtbot):  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.identity_confirmed())
    answer_questions(ki.kiosk, PAYSLIPS)
    wait_for_screen(qtbot, ki.kiosk, "evidence")
    return ki.window.screens["evidence"]


def test_adding_a_scan_shows_the_scan_folder_and_the_stick_only(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "volmacht-scan.jpg").write_bytes(b"\xff\xd8\xff\xe0not really a jpeg")
    terminal = ki.controller.terminal
    terminal.use_scan_folder(str(_folder_with_scans(tmp_path)))
    terminal.removable_media = lambda: [Place("media", "KINGSTON", stick)]
    screen = _to_evidence(ki, qtbot)
    evidence_type, member_id = ki.controller.visit.evidence_wanted()[0]

    screen.rows[(evidence_type, member_id)]["attach"].click()  # "Bestand toevoegen"
    picker = screen.picker
    assert isinstance(picker, EvidencePicker) and picker.isVisible()
    places = [picker.places.item(i).text() for i in range(picker.places.count())]
    assert places == ["Scanmap van deze kiosk", "USB-stick: KINGSTON"]
    assert _names(picker.files) == ["2026-11/pagina2.PNG", "loonbrief.pdf"]
    shown = " ".join(text for widget in [picker, *picker.findChildren(QWidget)] for text in texts_of(widget))
    for english in ("Look in", "Cancel", "File name", "Open"):
        assert english not in shown
    picker.places.setCurrentRow(1)
    assert _names(picker.files) == ["volmacht-scan.jpg"]

    picker.places.setCurrentRow(0)
    picker.files.setCurrentRow(0)
    picker.choose.click()  # "Deze scan toevoegen"
    item = ki.controller.visit.evidence_item(evidence_type, member_id)
    assert item is not None and item.state == "attached" and len(item.files) == 1
    assert not picker.isVisible()


def test_an_empty_place_says_what_to_do_and_closes_with_the_card(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    terminal = ki.controller.terminal
    terminal.use_scan_folder(str(tmp_path))  # nothing scanned yet
    terminal.removable_media = list
    screen = _to_evidence(ki, qtbot)
    evidence_type, member_id = ki.controller.visit.evidence_wanted()[0]
    screen.rows[(evidence_type, member_id)]["attach"].click()
    picker = screen.picker
    assert picker.files.count() == 0 and picker.empty.isVisible() and not picker.choose.isEnabled()
    assert "USB-stick" in picker.empty.text()
    ki.panel.remove_card()  # the candidate takes the card: the list of scans goes too
    assert screen.picker is None and not picker.isVisible()


def test_the_picker_speaks_arabic(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ki.controller.terminal.use_scan_folder(str(_folder_with_scans(tmp_path)))
    ki.controller.terminal.removable_media = list
    screen = _to_evidence(ki, qtbot)
    choice = ki.window.bar.language
    choice.setCurrentIndex(choice.findData("ar"))
    evidence_type, member_id = ki.controller.visit.evidence_wanted()[0]
    screen.rows[(evidence_type, member_id)]["attach"].click()
    picker = screen.picker
    assert picker.choose.text() != "Deze scan toevoegen"
    assert picker.places.item(0).text() != "Scanmap van deze kiosk"


def test_a_volmacht_scan_comes_through_the_picker_too(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "volmacht.png").write_bytes(tiny_png())
    ki.controller.terminal.use_scan_folder(str(folder))
    ki.controller.terminal.removable_media = list
    sign_in_and_read(qtbot, ki.kiosk, "wil")
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    household = ki.window.screens["household"]
    for row in range(household.members.count()):
        if household.members.item(row).text().startswith("Pieter"):
            household.members.setCurrentRow(row)
    household.absence.mark_absent.click()
    household.absence.volmacht_number.setText("88.11.02-105.14")
    household.absence.volmacht_file.click()
    picker = household.picker
    assert _names(picker.files) == ["volmacht.png"]
    picker.files.setCurrentRow(0)
    picker.choose.click()
    assert any("volmacht ontvangen" in line for line in _lines(household))
