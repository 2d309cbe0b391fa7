"""Printing through a real CUPS: a private cupsd on loopback with a cups-pdf queue, read back as PDF.

Nothing stands in here: `lp` and `lpstat` talk to the private scheduler (`CUPS_SERVER`), which runs
pdftopdf and the cups-pdf backend (Ghostscript) and writes what it printed to a directory. Under
`CI=true` a missing CUPS fails the tests; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.documents import Language
from tests.unit.documents import private_cups, samples
from tests.unit.documents.pdfcheck import all_text
from tests.unit.documents.test_papers import PAPERS
from ui.printing import LpPrinter, PrintService, print_test, spool_for

KEY = bytes(range(7, 39))


@pytest.fixture(scope="module")
def cups() -> Iterator[private_cups.PrivateCups]:
    """One private scheduler for this module's tests, stopped at the end."""
    reason = private_cups.missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    with private_cups.private_cups() as running:
        yield running


@pytest.fixture
def service(
    cups: private_cups.PrivateCups, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrintService]:
    """The kiosk's print service on the private queue; the queue running and emptied afterwards."""
    monkeypatch.setenv("CUPS_SERVER", cups.server)
    for old in cups.output.glob("*.pdf"):
        old.unlink()
    yield PrintService(spool_for(tmp_path / "data", KEY), LpPrinter(cups.queue))
    cups.admin("cupsenable", cups.queue)
    cups.admin("cupsaccept", cups.queue)
    cups.admin("cancel", "-a", cups.queue)


def _receipt() -> bytes:
    return PAPERS["provisional-receipt"](samples.context(Language.FRENCH, training=True))


def test_a_receipt_printed_through_cups_comes_out_of_cups_pdf(
    cups: private_cups.PrivateCups, service: PrintService
) -> None:
    outcome = service.print_pdf(_receipt(), "Voorlopig ontvangstbewijs")
    assert outcome.printed, outcome.reason
    [printed] = cups.printed()
    text = all_text(printed.read_bytes())  # re-made by CUPS and Ghostscript, still text
    assert samples.LOCAL_REFERENCE in text
    assert "VOORLOPIG ontvangstbewijs" in text
    assert "Gardez bien ce document" in text  # the French summary
    assert service.spool.pending_ids() == []


@pytest.mark.parametrize(("stop", "start"), [("cupsdisable", "cupsenable"), ("cupsreject", "cupsaccept")])
def test_with_the_queue_stopped_the_paper_waits_encrypted_and_a_retry_prints_it(
    cups: private_cups.PrivateCups, service: PrintService, stop: str, start: str
) -> None:
    cups.admin(stop, cups.queue)
    outcome = service.print_pdf(_receipt(), "Voorlopig ontvangstbewijs")
    assert not outcome.printed
    assert cups.queue in outcome.reason
    [waiting] = service.spool.pending_ids()
    sealed = (service.spool.directory / f"{waiting}.pdf.enc").read_bytes()
    assert b"%PDF" not in sealed and samples.LOCAL_REFERENCE.encode() not in sealed
    assert cups.admin("lpstat", "-o", cups.queue).strip() == ""  # nothing left in CUPS's own spool
    assert list(cups.output.glob("*.pdf")) == []

    assert not service.retry_pending()[0].printed  # still stopped: still waiting, once
    assert service.spool.pending_ids() == [waiting]

    cups.admin(start, cups.queue)
    [retried] = service.retry_pending()  # "Opnieuw afdrukken"
    assert retried.printed, retried.reason
    [printed] = cups.printed()
    assert samples.LOCAL_REFERENCE in all_text(printed.read_bytes())
    assert service.spool.pending_ids() == []


def test_kiosk_print_test_prints_through_cups(
    cups: private_cups.PrivateCups, service: PrintService, tmp_path: Path
) -> None:
    import argparse

    data_dir = tmp_path / "settings"
    data_dir.mkdir()
    (data_dir / "settings.toml").write_text(f'printer = "{cups.queue}"\nlanguage = "ar"\n')
    assert print_test(argparse.Namespace(data_dir=str(data_dir), as_operator=None)) == 0
    [printed] = cups.printed()
    assert "Testpagina van de printer" in all_text(printed.read_bytes())
