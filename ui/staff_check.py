"""WIL staff's visual check of a doubtful card: written to the audit trail first, then the visit goes on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.domain import Action
from kiosk.errors import PermissionDenied

if TYPE_CHECKING:
    from ui.controller import VisitController


def record_visual_check(
    ctl: VisitController, on_done: Callable[[], None], on_error: Callable[[BaseException], None]
) -> None:
    """Audit WIL staff's look at the card in the reader (database worker), then let the visit go on.

    The card counts as checked only once the core wrote the audit event, and only while that same
    card stays in the reader.
    """
    from kiosk.visit_store import audit_visual_check

    visit = ctl.visit
    if visit is None or not visit.running:
        raise PermissionDenied("no visit is running")
    visit.context.require(Action.ACCEPT_AFTER_VISUAL_CHECK)
    card = visit.card
    if card is None:
        raise PermissionDenied("no card in the reader to check")
    backend, verdict, visit_id = ctl.terminal.backend, card.identity.authenticity, visit.meta.visit_id

    def audited(_result: object) -> None:
        if ctl.visit is visit and visit.card is card:
            visit.visual_check_recorded()
            on_done()
            ctl.visit_changed.emit()

    ctl.terminal.db.submit(lambda: audit_visual_check(backend, verdict, visit_id), audited, on_error)
