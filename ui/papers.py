"""The papers of a visit or a stored dossier, rendered on the database worker through the core.

`kiosk.papers` decides which papers fit and maps the dossier onto the papers; this module only
copies what a paper is made from on the GUI thread (`paper_source`) and adds what the store holds
(the terminal's receipt key) on the worker. ReportLab and the store load only when a paper is made.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.errors import PermissionDenied

if TYPE_CHECKING:
    from kiosk.domain import Dossier
    from kiosk.papers import PaperOffer, PaperSource
    from kiosk.ports import CardIdentity
    from kiosk.visit import Visit
    from ui.backend import Backend


@dataclass(frozen=True)
class VisitPapers:
    """A copy of a visit's dossier taken when a paper was asked for; `render` runs on the worker."""

    backend: Backend
    dossier: Dossier
    local_reference: str
    language: str
    card: CardIdentity | None = field(default=None, repr=False)  # the card in the reader, if any

    def render(self, offer: PaperOffer) -> bytes:
        """The paper's PDF bytes (database worker)."""
        from kiosk.papers import render

        now = self.backend.clock.now()
        return render(
            offer, _source(self.backend, self.dossier, self.local_reference, self.language, now, self.card)
        )


def paper_source(backend: Backend, visit: Visit) -> VisitPapers:
    """What the visit's papers are made from, copied now (a wipe cannot change a paper halfway)."""
    reference = str(getattr(visit.saved, "local_reference", ""))
    card = visit.card.identity if visit.card is not None and not visit.card.staff_card else None
    return VisitPapers(backend, copy.deepcopy(visit.dossier), reference, visit.language, card)


def _source(
    backend: Backend,
    dossier: Dossier,
    reference: str,
    language: str,
    now: datetime,
    card: CardIdentity | None = None,
    reprint: bool = False,
) -> PaperSource:
    from kiosk.papers import PaperSource
    from kiosk.store import load_enrollment

    with backend.store.begin() as session:
        record = load_enrollment(session, backend.store)
    if record is None:
        raise ValueError("the terminal is not enrolled")
    from kiosk.rules import rules_for_version

    return PaperSource(
        dossier=dossier,
        rules=rules_for_version(dossier.rules_version, backend.rules, backend.store.data_dir),
        today=backend.clock.today(),
        printed_at=now,
        local_reference=reference,
        language=language,
        training=backend.training,
        terminal_id=backend.terminal_id,
        receipt_key=record.receipt_key,
        card=card,
        copy=reprint,
        office=backend.office,
    )


def reprint_pdf(backend: Backend, dossier_id: str, language: str = "nl") -> tuple[str, bytes]:
    """The receipt of a stored dossier again, marked KOPIE: (local reference, PDF).

    The core opens the dossier for the signed-in operator and writes the reprint to the audit log
    (`kiosk.reprints.open_for_reprint`, coordinators only): the final receipt once the register gave
    a dossier number, else the provisional one, with what is missing as the core reckons it today.
    """
    from kiosk.papers import PaperKind, PaperOffer, render
    from kiosk.reprints import open_for_reprint

    unlocked = backend.unlocked
    if unlocked is None:
        raise PermissionDenied("nobody is signed in")
    now = backend.clock.now()
    with backend.store.begin() as session:
        opened = open_for_reprint(session, unlocked, dossier_id, now)
    source = _source(backend, opened.dossier, opened.local_reference, language, now, reprint=True)
    return opened.local_reference, render(PaperOffer(PaperKind.RECEIPT), source)
