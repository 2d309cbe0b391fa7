"""Anonymous statistics for WIL and the city: counts per day and location, small counts hidden.

Counts from 1 to 4 are written as "<5" so that no single household can be recognised (the usual
small-cell rule for published statistics). The CSV has no names, numbers or addresses: only the
core's per-day counts (`kiosk.queries.statistics`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.queries import StatisticsRow  # SQLAlchemy: loaded with the back end, not at start-up


SMALL_COUNT = 5
COLUMNS = ("day", "location", "visits", "confirmations", "registrations", "adults_confirmed", "drafts")


def shown_count(count: int) -> str:
    """The count as published: "<5" for 1 to 4, the number otherwise (0 reveals nobody)."""
    return "<5" if 0 < count < SMALL_COUNT else str(count)


def anonymous_csv(rows: Iterable[StatisticsRow]) -> str:
    """The statistics as CSV text with small counts suppressed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        counts = (row.visits, row.confirmations, row.registrations, row.adults_confirmed, row.drafts)
        writer.writerow([row.day.isoformat(), row.location, *(shown_count(int(c or 0)) for c in counts)])
    return out.getvalue()
