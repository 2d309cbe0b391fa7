"""Anonymous statistics for WIL and the city: counts per day and location, small counts hidden.

Counts from 1 to 4 are written as "<5" so that no single household can be recognised (the usual
small-cell rule for published statistics), in every count column. The CSV has no names, numbers or
addresses: only the core's per-day counts (`kiosk.queries.statistics`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the screen loads without sqlalchemy; the rows come from the database worker
    from kiosk.queries import StatisticsRow

SMALL_COUNT = 5
COUNT_COLUMNS = (  # the five the coordinator reads first, then the split by kind and the drafts
    "visits",
    "adults_confirmed",
    "dossiers_complete",
    "waiting",
    "at_risk",
    "confirmations",
    "registrations",
    "drafts",
)
COLUMNS = ("day", "location", *COUNT_COLUMNS)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def shown_count(count: int) -> str:
    """The count as published: "<5" for 1 to 4, the number otherwise (0 reveals nobody)."""
    return "<5" if 0 < count < SMALL_COUNT else str(count)


def shown_cells(row: StatisticsRow) -> list[str]:
    """One row as the screen and the CSV show it: day, location, then every count suppressed."""
    counts = [shown_count(int(getattr(row, column) or 0)) for column in COUNT_COLUMNS]
    return [row.day.isoformat(), _plain(row.location), *counts]


def _plain(text: str) -> str:
    """A location a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def anonymous_csv(rows: Iterable[StatisticsRow]) -> str:
    """The statistics as CSV text with small counts suppressed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(shown_cells(row))
    return out.getvalue()
