"""Printing through the real spool and a real `lp` process; only the printer behind it is a stand-in.

The stand-in `lp` is a shell script on PATH that keeps what it is sent (as a printer would) or
refuses it like CUPS does when the printer is out of paper.
"""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

import pytest

from kiosk.documents import Language
from tests.unit.documents import samples
from tests.unit.documents.pdfcheck import all_text
from tests.unit.documents.test_papers import PAPERS
from ui.printing import LpPrinter, PrintFailed, PrintService, PrintSpool, print_test, spool_for

KEY = bytes(range(100, 132))
FAKE_LP = """#!/bin/sh
# Stands in for CUPS' lp: the printer is a directory; a file named JAMMED makes it refuse.
printer="{printer}"
if [ -e "$printer/JAMMED" ]; then
  cat >/dev/null
  echo "lp: Error - printer is out of paper" >&2
  exit 1
fi
n=$(ls "$printer" | grep -c '\\.pdf$')
cat > "$printer/$n.pdf"
echo "$@" > "$printer/$n.args"
echo "request id is Kiosk-$n (1 file(s))"
"""


@pytest.fixture
def printer(tmp_path: Path) -> Path:
    """A directory that receives what `lp` prints."""
    directory = tmp_path / "printer"
    directory.mkdir()
    return directory


@pytest.fixture
def lp(tmp_path: Path, printer: Path) -> Path:
    """The stand-in `lp` command, in a bin directory of its own."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    command = bin_dir / "lp"
    command.write_text(FAKE_LP.format(printer=printer))
    command.chmod(command.stat().st_mode | stat.S_IXUSR)
    return command


def _service(tmp_path: Path, lp: Path, destination: str = "") -> PrintService:
    return PrintService(spool_for(tmp_path / "data", KEY), LpPrinter(destination, command=str(lp)))


def _receipt() -> bytes:
    return PAPERS["provisional-receipt"](samples.context(Language.FRENCH))


def test_a_paper_prints_without_a_dialog_and_leaves_nothing_behind(
    tmp_path: Path, lp: Path, printer: Path
) -> None:
    service = _service(tmp_path, lp)
    pdf = _receipt()
    outcome = service.print_pdf(pdf, "Voorlopig ontvangstbewijs")
    assert outcome.printed, outcome.reason
    assert (printer / "0.pdf").read_bytes() == pdf
    assert (printer / "0.args").read_text().split() == ["-t", "Voorlopig", "ontvangstbewijs"]
    assert service.spool.pending_ids() == []
    assert list((tmp_path / "data" / "print").iterdir()) == []


def test_the_configured_printer_is_named_to_lp(tmp_path: Path, lp: Path, printer: Path) -> None:
    assert _service(tmp_path, lp, destination="WIL-balie-2").print_pdf(_receipt(), "Hulpblad").printed
    assert (printer / "0.args").read_text().split() == ["-t", "Hulpblad", "-d", "WIL-balie-2"]


def test_a_failed_print_is_reported_kept_encrypted_and_retried(
    tmp_path: Path, lp: Path, printer: Path
) -> None:
    (printer / "JAMMED").touch()
    service = _service(tmp_path, lp)
    pdf = _receipt()
    outcome = service.print_pdf(pdf, "Voorlopig ontvangstbewijs")
    assert not outcome.printed
    assert "out of paper" in outcome.reason
    [waiting] = list((tmp_path / "data" / "print").iterdir())
    sealed = waiting.read_bytes()
    assert b"%PDF" not in sealed
    assert b"Janssens" not in sealed
    assert [job.title for job in service.pending()] == ["Voorlopig ontvangstbewijs"]

    assert not service.retry_pending()[0].printed  # still jammed: still waiting
    assert service.spool.pending_ids() == [outcome.job.job_id]

    (printer / "JAMMED").unlink()
    [retried] = service.retry_pending()
    assert retried.printed
    assert (printer / "0.pdf").read_bytes() == pdf
    assert service.spool.pending_ids() == []


def test_a_spooled_paper_survives_a_restart_of_the_service(tmp_path: Path, lp: Path, printer: Path) -> None:
    (printer / "JAMMED").touch()
    _service(tmp_path, lp).print_pdf(_receipt(), "Ontvangstbewijs")
    (printer / "JAMMED").unlink()
    assert [o.printed for o in _service(tmp_path, lp).retry_pending()] == [True]


def test_a_paper_sealed_with_another_key_is_reported_and_kept(tmp_path: Path) -> None:
    job = PrintSpool(tmp_path, KEY).add(b"%PDF-1.4 test", "Test")
    other = PrintSpool(tmp_path, bytes(32))
    with pytest.raises(PrintFailed, match="cannot be decrypted"):
        other.read(job.job_id)
    assert other.pending_ids() == [job.job_id]
    assert PrintSpool(tmp_path, KEY).read(job.job_id)[1] == b"%PDF-1.4 test"


def test_a_damaged_spool_file_is_reported(tmp_path: Path) -> None:
    spool = PrintSpool(tmp_path, KEY)
    job = spool.add(b"%PDF-1.4 test", "Test")
    path = tmp_path / f"{job.job_id}.pdf.enc"
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(PrintFailed, match="cannot be decrypted"):
        spool.read(job.job_id)
    path.write_bytes(b"not ours")
    with pytest.raises(PrintFailed, match="not a kiosk print file"):
        spool.read(job.job_id)


def test_a_spool_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocked = tmp_path / "print"
    blocked.write_text("a file where the directory should be")
    with pytest.raises(PrintFailed, match="cannot keep the paper"):
        PrintSpool(blocked, KEY).add(b"%PDF", "Test")


def test_the_spool_needs_an_aes_256_key(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32-byte"):
        PrintSpool(tmp_path, b"short")


def test_a_missing_lp_names_the_package_to_install(tmp_path: Path) -> None:
    printer = LpPrinter(command=str(tmp_path / "no-such-lp"))
    with pytest.raises(PrintFailed, match="cups-client"):
        printer.submit(b"%PDF", "Test")


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), as_operator=None)


def test_print_test_sends_a_test_page_to_the_printer(
    tmp_path: Path,
    lp: Path,
    printer: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", f"{lp.parent}{os.pathsep}{os.environ['PATH']}")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.toml").write_text('printer = "WIL-balie-1"\nlanguage = "tr"\ntraining = true\n')
    assert print_test(_args(data_dir)) == 0
    text = all_text((printer / "0.pdf").read_bytes())
    assert "Testpagina van de printer" in text
    assert "Türkçe özet" in text
    assert "OEFENMODUS" in text
    assert "-d WIL-balie-1" in (printer / "0.args").read_text()
    assert "test page sent to WIL-balie-1" in capsys.readouterr().out


def test_print_test_reports_a_refusing_printer(
    tmp_path: Path,
    lp: Path,
    printer: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", f"{lp.parent}{os.pathsep}{os.environ['PATH']}")
    (printer / "JAMMED").touch()
    assert print_test(_args(tmp_path / "data")) == 1
    assert "out of paper" in capsys.readouterr().err


@pytest.mark.ui
def test_staff_preview_shows_every_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPdf import QPdfDocument

    from ui.printing import build_preview_dialog

    pdf = PAPERS["paper-form"](samples.context(Language.ARABIC, training=True))
    dialog = build_preview_dialog(pdf, "Formulier")
    qtbot.addWidget(dialog)
    [document] = dialog.findChildren(QPdfDocument)
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 2
    assert dialog.windowTitle() == "Formulier"


def test_kiosk_print_test_is_wired_into_the_command_line(
    tmp_path: Path, lp: Path, printer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.cli import main

    monkeypatch.setenv("PATH", f"{lp.parent}{os.pathsep}{os.environ['PATH']}")
    assert main(["--data-dir", str(tmp_path / "data"), "print-test"]) == 0
    assert (printer / "0.pdf").read_bytes().startswith(b"%PDF")
