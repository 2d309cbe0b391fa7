"""Median time to render a provisional receipt, against a bare ReportLab page in the same run.

Target: a receipt renders in 150 ms or less. The baseline is one A4 page drawn straight on
a ReportLab canvas with the same embedded DejaVu Sans, so the ratio shows what our layout costs on
top of ReportLab itself on this machine. Run: `.venv/bin/python benchmarks/documents.py [ROUNDS]`.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents import (
    AdultStatus,
    EvidenceItem,
    EvidenceState,
    Household,
    Language,
    Member,
    MissingItem,
    MissingKind,
    PaperContext,
    ProvisionalReceipt,
    Role,
    fonts,
    mask_national_number,
    render_provisional_receipt,
)

TARGET_MS = 150.0
DUE = date(2026, 12, 16)


def receipt() -> ProvisionalReceipt:
    """The fixture household: Sofie confirmed, Pieter pending, Noor a minor; two items missing."""
    members = (
        Member("Sofie", "Janssens", mask_national_number("90031410231"), Role.REFERENCE_TENANT, True,
               AdultStatus.CONFIRMED, date(2026, 11, 27)),
        Member("Pieter", "De Smet", mask_national_number("88110210514"), Role.PARTNER, True,
               AdultStatus.PENDING),
        Member("Noor", "De Smet", mask_national_number("15060100273"), Role.CHILD, False),
    )  # fmt: skip
    evidence = (EvidenceItem("Aanslagbiljet personenbelasting 2025", EvidenceState.BRING_LATER, "Pieter"),)
    missing = (MissingItem(MissingKind.CONFIRMATION, DUE, "Pieter"),)
    return ProvisionalReceipt(
        Household(members, date(2026, 11, 16), deadline=DUE), "WIL-T01-20261127-0042", evidence, missing
    )


def bare_page() -> bytes:
    """The baseline: one page of text on a canvas, same font, invariant mode."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont(fonts.REGULAR, 12)
    for line in range(40):
        canvas.drawString(50, 800 - 18 * line, f"Voorlopig ontvangstbewijs – regel {line} – Janssens ş ğ İ")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(work: Callable[[], bytes], rounds: int) -> float:
    """Median wall time of `work` in milliseconds, after one warm-up call."""
    work()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def first_render_ms() -> float:
    """The first receipt of a fresh process, fonts not yet loaded (what `warm_up()` takes away)."""
    code = (
        "import sys, time; sys.path.insert(0, 'benchmarks'); import documents as b;"
        "from kiosk.documents import render_provisional_receipt, PaperContext, Language;"
        "from datetime import datetime, UTC;"
        "c = PaperContext(Language.ARABIC, True, 'T01', 'WIL', datetime(2026, 11, 27, tzinfo=UTC));"
        "t = time.perf_counter(); render_provisional_receipt(b.receipt(), c, bytes(32));"
        "print((time.perf_counter() - t) * 1000)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def main(rounds: int = 30) -> int:
    """Print the figures; exit 1 when the receipt misses the target."""
    fonts.register_fonts()
    context = PaperContext(
        Language.FRENCH, True, "T01", "WIL Hasselt", datetime(2026, 11, 27, 10, 5, tzinfo=UTC)
    )
    arabic = PaperContext(
        Language.ARABIC, True, "T01", "WIL Hasselt", datetime(2026, 11, 27, 10, 5, tzinfo=UTC)
    )
    key = bytes(32)
    baseline = median_ms(bare_page, rounds)
    french = median_ms(lambda: render_provisional_receipt(receipt(), context, key), rounds)
    with_arabic = median_ms(lambda: render_provisional_receipt(receipt(), arabic, key), rounds)
    print(f"rounds: {rounds}")
    print(f"baseline (bare ReportLab page, DejaVu Sans): {baseline:.1f} ms")
    print(
        f"provisional receipt (French summary, training): {french:.1f} ms ({french / baseline:.1f}x baseline)"
    )
    print(
        f"provisional receipt (Arabic summary, training): {with_arabic:.1f} ms "
        f"({with_arabic / baseline:.1f}x baseline)"
    )
    print(f"first receipt in a fresh process (fonts not loaded yet): {first_render_ms():.1f} ms")
    worst = max(french, with_arabic)
    print(f"target <= {TARGET_MS:.0f} ms: {'met' if worst <= TARGET_MS else 'MISSED'}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
