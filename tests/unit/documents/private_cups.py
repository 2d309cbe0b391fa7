"""A private CUPS scheduler for the tests: its own configuration directory, a loopback port, a cups-pdf queue.

`cupsd -f` runs as a child of the test (stopped by its PID at the end), listens only on 127.0.0.1 at a
free port, and keeps its spool, logs, cache and printcap in a temporary directory. The queue prints with
Debian's cups-pdf backend, which reads its settings from `/etc/cups/cups-pdf-<name>.conf` (the name in
the device URI `cups-pdf:/<name>`): a file of our own, with a unique name, removed at the end, that
sends the PDFs to our directory. Needs root (the cups-pdf backend runs as root, as CUPS runs any
backend that only root may execute).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")
PACKAGES = "cups, cups-client and cups-pdf (scripts/bootstrap.sh installs them)"


def missing() -> str | None:
    """Why a private CUPS cannot run here, or None."""
    if os.geteuid() != 0:
        return "a private cupsd with the cups-pdf backend needs root"
    tools = [CUPSD, "lp", "lpstat", "lpadmin", "cupsenable", "cupsdisable"]
    if any(shutil.which(tool) is None for tool in tools) or not CUPS_PDF_BACKEND.exists():
        return f"CUPS is not installed: {PACKAGES}"
    return None


@dataclass
class PrivateCups:
    """A running private scheduler with one cups-pdf queue."""

    server: str  # host:port, what CUPS_SERVER takes
    queue: str
    output: Path  # where cups-pdf writes the printed PDFs
    log_dir: Path

    def admin(self, *argv: str) -> str:
        """Run a CUPS command (cupsdisable, lpstat, ...) against this scheduler."""
        done = subprocess.run(
            [*argv], capture_output=True, text=True, timeout=30, check=True, env=self.environment()
        )
        return done.stdout

    def environment(self) -> dict[str, str]:
        """The environment that points the CUPS commands at this scheduler."""
        return {**os.environ, "CUPS_SERVER": self.server, "LC_ALL": "C"}

    def printed(self, count: int = 1, timeout: float = 60.0) -> list[Path]:
        """Wait until cups-pdf has written `count` PDFs; they are returned oldest first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(self.output.glob("*.pdf"), key=lambda path: path.stat().st_mtime)
            if len(found) >= count and not self.admin("lpstat", "-o", self.queue).strip():
                return found
            time.sleep(0.2)
        log = (self.log_dir / "error_log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"cups-pdf wrote {len(list(self.output.glob('*.pdf')))} PDFs; cupsd log:\n{log}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _write_configuration(root: Path, port: int) -> None:
    (root / "cupsd.conf").write_text(
        f"Listen 127.0.0.1:{port}\nLogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow from 127.0.0.1\n  </Limit>\n"
        "</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root / 'spool'}\nTempDir {root / 'tmp'}\n"
        f"CacheDir {root / 'cache'}\nStateDir {root / 'state'}\nPrintcap {root / 'printcap'}\n"
        f"ErrorLog {root / 'log' / 'error_log'}\nAccessLog {root / 'log' / 'access_log'}\n"
        f"PageLog {root / 'log' / 'page_log'}\nUser lp\nGroup lp\nSystemGroup root\nSandboxing Relaxed\n"
    )
    for name in ("spool", "tmp", "cache", "state", "log", "ppd", "out"):
        (root / name).mkdir(exist_ok=True)
    for name in ("tmp", "out"):  # the filters run as lp; the backend writes as root
        (root / name).chmod(0o777)
    shutil.chown(root / "spool", group="lp")
    (root / "spool").chmod(0o770)


@contextmanager
def private_cups() -> Iterator[PrivateCups]:
    """Start cupsd in a new directory with a cups-pdf queue; stop it (by PID) and remove it all at the end.

    The directory is made here, not by pytest: CUPS's filters run as the user lp, and pytest's
    temporary directories are closed to other users.
    """
    root = Path(tempfile.mkdtemp(prefix="cir-kiosk-cups-"))
    root.chmod(0o755)
    port = _free_port()
    _write_configuration(root, port)
    name = f"kiosktest{secrets.token_hex(4)}"
    cups_pdf_config = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{name}.conf"
    cups_pdf_config.write_text(
        f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLog {root / 'log'}\nUserUMask 0077\n"
    )
    with (root / "log" / "stderr").open("wb") as stderr:
        process = subprocess.Popen(  # fixed argument list
            [CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    cups = PrivateCups(f"127.0.0.1:{port}", name, root / "out", root / "log")
    try:
        _wait_until_running(cups, process)
        cups.admin("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(CUPS_PDF_PPD))
        yield cups
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        cups_pdf_config.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


def _wait_until_running(cups: PrivateCups, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"cupsd exited with status {process.returncode}")
        done = subprocess.run(
            ["lpstat", "-r"], capture_output=True, text=True, env=cups.environment(), check=False
        )
        if "scheduler is running" in done.stdout:
            return
        time.sleep(0.1)
    raise AssertionError("cupsd did not answer within 20 s")
