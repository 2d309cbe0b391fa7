"""Anonymous statistics for WIL and the city: counts per day and location, small counts hidden.

Counts under 5 are written as "<5" so that no single household can be recognised (the usual
small-cell rule for published statistics). The CSV has no names, numbers or addresses.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

SMALL_COUNT = 5
COLUMNS = ("day", "location", "visits", "adults_confirmed", "dossiers_complete", "waiting", "at_risk")


@dataclass(frozen=True)
class DayStatistics:
    """One row: what happened on one day at one location."""

    day: str
    location: str
    visits: int
    adults_confirmed: int
    dossiers_complete: int
    waiting: int
    at_risk: int


def shown_count(count: int) -> str:
    """The count as published: "<5" for 1 to 4, the number otherwise (0 reveals nobody)."""
    return "<5" if 0 < count < SMALL_COUNT else str(count)


def anonymous_csv(rows: Iterable[DayStatistics]) -> str:
    """The statistics as CSV text with small counts suppressed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        counts = (row.visits, row.adults_confirmed, row.dossiers_complete, row.waiting, row.at_risk)
        writer.writerow([row.day, row.location, *(shown_count(c) for c in counts)])
    return out.getvalue()
