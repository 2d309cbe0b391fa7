"""Printing the papers: an encrypted spool, CUPS `lp`, a preview for staff, and `kiosk print-test`.

How a paper reaches the printer:
1. `PrintService.print_pdf` first stores the PDF in `<data dir>/print/` encrypted with AES-256-GCM
   under a key the caller gives (the core's key management decides which key), so a paper that
   cannot print now (no paper, printer off) survives a crash and can be retried;
2. it pipes the PDF to CUPS with `lp` on standard input (no plain-text copy on disk), to the
   configured printer or the system's default one, without any dialog (kiosk mode); a queue that
   is stopped (`cupsdisable`) would accept the paper and keep it in CUPS's own spool, unencrypted,
   to print whenever the queue starts again: the paper is then not sent, it waits here;
3. once `lp` accepted the job, the spooled file is removed; when `lp` fails the file stays and the
   outcome carries a reason a person can read; `retry_pending` sends what is waiting.
Staff can look at a paper first with `preview_and_confirm` (Qt's PDF viewer). Qt is imported only
inside the preview, so `kiosk print-test` and the CLI load no Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.config import load_settings, resolve_data_dir
from kiosk.errors import KioskUserError

log = logging.getLogger(__name__)

SPOOL_DIR = "print"
_MAGIC = b"CIRPRINT1"
_NONCE_BYTES = 12
_SUFFIX = ".pdf.enc"
LP_TIMEOUT_SECONDS = 60.0


class PrintFailed(KioskUserError):
    """A paper could not be stored or sent to the printer (the message names no person)."""


@dataclass(frozen=True)
class PrintJob:
    """A paper waiting in the spool."""

    job_id: str
    title: str


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one paper: printed, or still waiting with the reason."""

    job: PrintJob
    printed: bool
    reason: str = ""


class PrintSpool:
    """Encrypted PDFs waiting for the printer, one file per paper in `<data dir>/print/`."""

    def __init__(self, directory: Path, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the print spool needs a 32-byte AES-256 key")
        self.directory = directory
        self._aead = AESGCM(key)

    def add(self, pdf: bytes, title: str) -> PrintJob:
        """Store `pdf` encrypted (written to a temporary file, synced, then renamed)."""
        job = PrintJob(f"{time.time_ns():020d}-{secrets.token_hex(4)}", title)
        nonce = os.urandom(_NONCE_BYTES)
        payload = len(title.encode()).to_bytes(2, "big") + title.encode() + pdf
        sealed = _MAGIC + nonce + self._aead.encrypt(nonce, payload, job.job_id.encode())
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomically(self._path(job.job_id), sealed)
        except OSError as error:
            raise PrintFailed(f"cannot keep the paper for the printer: {error.strerror}") from None
        return job

    def read(self, job_id: str) -> tuple[PrintJob, bytes]:
        """The job and its PDF; `PrintFailed` when the file is damaged or was sealed with another key."""
        try:
            sealed = self._path(job_id).read_bytes()
        except OSError as error:
            raise PrintFailed(f"a waiting paper cannot be read: {error.strerror}") from None
        if not sealed.startswith(_MAGIC):
            raise PrintFailed("a waiting paper is not a kiosk print file")
        nonce = sealed[len(_MAGIC) : len(_MAGIC) + _NONCE_BYTES]
        try:
            payload = self._aead.decrypt(nonce, sealed[len(_MAGIC) + _NONCE_BYTES :], job_id.encode())
        except InvalidTag:
            raise PrintFailed("a waiting paper cannot be decrypted (damaged, or another key)") from None
        title_length = int.from_bytes(payload[:2], "big")
        title = payload[2 : 2 + title_length].decode()
        return PrintJob(job_id, title), payload[2 + title_length :]

    def remove(self, job_id: str) -> None:
        """Forget a printed paper."""
        self._path(job_id).unlink(missing_ok=True)

    def pending_ids(self) -> list[str]:
        """The waiting papers, oldest first (needs no key)."""
        if not self.directory.is_dir():
            return []
        return sorted(p.name.removesuffix(_SUFFIX) for p in self.directory.glob(f"*{_SUFFIX}"))

    def _path(self, job_id: str) -> Path:
        if not job_id or "/" in job_id or job_id.startswith("."):
            raise PrintFailed("not a print job id")
        return self.directory / f"{job_id}{_SUFFIX}"


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


class LpPrinter:
    """Sends a PDF to CUPS with `lp` (the configured destination, else the default printer).

    `CUPS_SERVER` in the environment chooses the scheduler, as for every CUPS command.
    """

    def __init__(
        self,
        destination: str = "",
        command: str = "lp",
        timeout: float = LP_TIMEOUT_SECONDS,
        lpstat: str = "lpstat",
    ) -> None:
        self.destination = destination
        self.command = command
        self.timeout = timeout
        self.lpstat = lpstat

    def describe(self) -> str:
        """The printer's name for messages."""
        return self.destination or "the default printer"

    def submit(self, pdf: bytes, title: str) -> str:
        """Hand `pdf` to CUPS; returns lp's answer (the request id); `PrintFailed` when refused."""
        executable = shutil.which(self.command)
        if executable is None:
            raise PrintFailed(f"'{self.command}' is not installed (Debian: apt-get install cups-client)")
        stopped = self._stopped_queue()
        if stopped:
            raise PrintFailed(f"the printer queue {stopped} is stopped in CUPS (cupsenable {stopped})")
        argv = [executable, "-t", title]
        if self.destination:
            argv += ["-d", self.destination]
        try:
            # An argument list, no shell: the destination and title cannot inject anything.
            done = subprocess.run(  # noqa: S603
                argv, input=pdf, capture_output=True, timeout=self.timeout, check=False
            )
        except subprocess.TimeoutExpired:
            raise PrintFailed(f"{self.describe()} did not answer within {self.timeout:.0f} s") from None
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip() or f"lp exit status {done.returncode}"
            raise PrintFailed(f"{self.describe()} refused the paper: {reason}")
        return done.stdout.decode(errors="replace").strip()


    def _stopped_queue(self) -> str:
        """The destination's name when CUPS says its queue is stopped; "" when running or unknown."""
        destination = self.destination or self._lpstat("-d").rpartition(": ")[2].strip()
        if not destination or destination.startswith("no system default"):
            return ""
        # "printer NAME disabled since ..." (the C locale, so the words can be read)
        return destination if f"printer {destination} disabled" in self._lpstat("-p", destination) else ""

    def _lpstat(self, *argv: str) -> str:
        """lpstat's answer, or "" when it is missing or fails (then lp itself says what is wrong)."""
        executable = shutil.which(self.lpstat)
        if executable is None:
            return ""
        try:
            done = subprocess.run(  # noqa: S603  # an argument list, no shell
                [executable, *argv],
                capture_output=True,
                timeout=min(self.timeout, 10.0),
                check=False,
                env={**os.environ, "LC_ALL": "C"},
            )
        except subprocess.TimeoutExpired:
            return ""
        return done.stdout.decode(errors="replace") if done.returncode == 0 else ""


class PrintService:
    """Spool first, then print; what fails stays spooled for a retry."""

    def __init__(self, spool: PrintSpool, printer: LpPrinter) -> None:
        self.spool = spool
        self.printer = printer

    def print_pdf(self, pdf: bytes, title: str) -> PrintOutcome:
        """Keep `pdf` encrypted, send it to the printer, forget it once printed.

        `title` names the kind of paper ("Ontvangstbewijs"), never a person: CUPS shows it in its queue.
        """
        job = self.spool.add(pdf, title)
        return self.send(job.job_id)

    def send(self, job_id: str) -> PrintOutcome:
        """Send one waiting paper; on failure it stays waiting and the outcome says why."""
        try:
            job, pdf = self.spool.read(job_id)
        except PrintFailed as error:
            return PrintOutcome(PrintJob(job_id, ""), printed=False, reason=str(error))
        try:
            answer = self.printer.submit(pdf, job.title)
        except PrintFailed as error:
            log.warning("print job %s not printed: %s", job_id, error)
            return PrintOutcome(job, printed=False, reason=str(error))
        self.spool.remove(job_id)
        log.info("print job %s accepted: %s", job_id, answer)
        return PrintOutcome(job, printed=True)

    def retry_pending(self) -> list[PrintOutcome]:
        """Send every waiting paper again, oldest first."""
        return [self.send(job_id) for job_id in self.spool.pending_ids()]

    def pending(self) -> list[PrintJob]:
        """The waiting papers that can still be read, oldest first."""
        jobs = []
        for job_id in self.spool.pending_ids():
            try:
                jobs.append(self.spool.read(job_id)[0])
            except PrintFailed:
                jobs.append(PrintJob(job_id, ""))
        return jobs


def preview_and_confirm(pdf: bytes, title: str, parent: Any = None) -> bool:
    """Show the paper to staff in a window; True when they choose to print it."""
    dialog = build_preview_dialog(pdf, title, parent)
    return bool(dialog.exec())


def build_preview_dialog(pdf: bytes, title: str, parent: Any = None) -> Any:
    """A modal dialog with every page of `pdf` and the buttons Afdrukken / Annuleren."""
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    buffer = QBuffer(dialog)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(dialog)
    document.load(buffer)
    view = QPdfView(dialog)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    buttons = QDialogButtonBox(dialog)
    # In the language on show (the receipt screen's words: "Wording" is translated for candidates).
    role = QDialogButtonBox.ButtonRole
    buttons.addButton(QCoreApplication.translate("Wording", "Afdrukken"), role.AcceptRole)
    buttons.addButton(QCoreApplication.translate("Wording", "Niet afdrukken"), role.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    size = QSize(720, 900)  # an A4 page at a readable width, never taller than the screen
    screen = dialog.screen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size() * 0.92)
    dialog.resize(size)
    return dialog


def spool_for(data_dir: Path, key: bytes) -> PrintSpool:
    """The spool of a data directory."""
    return PrintSpool(data_dir / SPOOL_DIR, key)


def print_test(args: argparse.Namespace) -> int:
    """`kiosk print-test`: send a test page to the configured printer, without a dialog."""
    from kiosk.documents import Language, PaperContext, render_test_page  # ReportLab loads only here

    settings = load_settings(resolve_data_dir(args.data_dir))
    try:
        language = Language(settings.language)
    except ValueError:
        language = Language.DUTCH
    context = PaperContext(
        language=language,
        training=settings.training,
        terminal_id="print-test",
        location=settings.location,
        printed_at=datetime.now().astimezone(),
    )
    printer = LpPrinter(settings.printer)
    waiting = len(PrintSpool(settings.data_dir / SPOOL_DIR, bytes(32)).pending_ids())
    try:
        answer = printer.submit(render_test_page(context), "Testpagina")
    except PrintFailed as error:
        print(f"kiosk: print-test failed: {error}", file=sys.stderr)
        return 1
    print(f"kiosk: test page sent to {printer.describe()} ({answer or 'accepted'})")
    if waiting:
        print(
            f"kiosk: {waiting} paper(s) still wait in {settings.data_dir / SPOOL_DIR}; the kiosk retries them"
        )
    return 0
