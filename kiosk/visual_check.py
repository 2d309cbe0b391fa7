"""WIL staff's visual check of a doubtful card, written to the audit trail (docs/architecture.md section 3).

The authenticity policy lets WIL staff go on with a *tampered* or *unverifiable* card after looking at
it (and at the person holding it); an *expired* card identifies its holder with a warning and takes the
staff route. That decision is recorded here: who (the signed-in staff operator), which verdict, when
(the event's time), for which visit. The event carries ids and the verdict only, never the card number,
a national number or a name (docs/privacy.md, "audit events").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.domain import Action, OperatorContext
from kiosk.errors import PermissionDenied
from kiosk.models import AuditEvent
from kiosk.ports import Authenticity
from kiosk.store import Unlocked

VISUAL_CHECK_ACTION = "card_visual_check"
VERDICTS_NEEDING_STAFF = frozenset({Authenticity.TAMPERED, Authenticity.UNVERIFIABLE, Authenticity.EXPIRED})


def record_visual_check(
    session: Session,
    unlocked: Unlocked,
    context: OperatorContext,
    *,
    verdict: Authenticity,
    visit_id: str,
    now: datetime,
) -> AuditEvent:
    """Append "WIL staff checked a card with this verdict during this visit" to the audit chain.

    Raises `PermissionDenied` unless the signed-in operator is WIL staff (and is the operator of
    `context`), and `ValueError` for a verdict that needs no staff (a genuine or test card).
    """
    context.require(Action.ACCEPT_AFTER_VISUAL_CHECK)
    if context.operator != unlocked.operator:
        raise PermissionDenied("the visual check is recorded by the signed-in operator only")
    if verdict not in VERDICTS_NEEDING_STAFF:
        raise ValueError("only a tampered, unverifiable or expired card needs a visual check")
    return audit.append(
        session,
        unlocked.store.device,
        actor=context.operator,
        action=VISUAL_CHECK_ACTION,
        subject=visit_id,
        details={"verdict": verdict.value, "outcome": "accepted"},
        now=now,
    )
