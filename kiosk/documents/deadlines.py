"""The confirmation deadline printed on the papers (ARCHITECTURE.md section 4).

Calendar days, the last day included: confirm by letter date + 30; after a reminder, by reminder
date + 15. The core applies the same rule from the rules file; the papers only print the date.
"""

from __future__ import annotations

from datetime import date, timedelta

LETTER_DAYS = 30
REMINDER_DAYS = 15
APPEAL_DAYS = 30  # verhaalrecht: registered letter to the toezichthouder within 30 days


def confirmation_deadline(letter_date: date | None, reminder_date: date | None) -> date | None:
    """The last day (included) to confirm, or None when there is no letter (a new registration)."""
    if reminder_date is not None:
        return reminder_date + timedelta(days=REMINDER_DAYS)
    if letter_date is not None:
        return letter_date + timedelta(days=LETTER_DAYS)
    return None
