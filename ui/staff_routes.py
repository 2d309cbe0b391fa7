"""Staff routes that write through the core on the database worker (issue 6).

Heavy imports (the store, SQLAlchemy) stay inside the functions: this module is imported lazily by
the controller, and the functions run on the database worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity

if TYPE_CHECKING:
    from ui.backend import Backend


def audit_visual_check(backend: Backend, verdict: Authenticity, visit_id: str) -> None:
    """Write WIL staff's visual check of the card in the reader to the audit trail (the core checks roles)."""
    from kiosk.visual_check import record_visual_check

    unlocked = backend.unlocked
    if unlocked is None:
        raise PermissionDenied("nobody is signed in")
    with backend.store.begin() as session:
        record_visual_check(
            session, unlocked, backend.context(), verdict=verdict, visit_id=visit_id, now=backend.clock.now()
        )
