"""A dossier keeps the rules it was begun under, through the store: saved, reopened, judged, sent.

The kiosk's rules in force are 2027.1; a draft begun under 2026.1 reopens with the 2026.1 rules
(`kiosk.visit_store.open_draft`), is judged complete by them when saved, and its submission names
them. A household that withdrew is not listed "at risk" by its deadline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select

from kiosk import domain, dossiers, queries
from kiosk.clock import FakeClock
from kiosk.domain import Dossier, OperatorContext, Withdrawal
from kiosk.models import OutboxEntry, OutboxSealed
from kiosk.outbox import submission_context
from kiosk.rules import Rules, load_rules, load_rules_version
from kiosk.sealing import open_sealed
from kiosk.store import Store, Unlocked
from kiosk.visit import SaveRequest
from kiosk.visit_store import open_draft, save_visit
from sync.encoder import JsonSubmissionEncoder
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import ALL_NO, card, confirmation


@dataclass
class Backend:
    """What the store jobs need: the store, the operator, the rules in force, the clock, the encoder."""

    store: Store
    unlocked: Unlocked | None
    rules: Rules
    clock: FakeClock
    terminal_id: str = "T-1"
    encoder: JsonSubmissionEncoder = field(default_factory=JsonSubmissionEncoder)

    def context(self) -> OperatorContext:
        assert self.unlocked is not None
        return self.unlocked.context(self.terminal_id, "Genk")


def _backend(terminal: Terminal) -> Backend:
    return Backend(terminal.store, terminal.sign_in(), load_rules(terminal.data_dir), FakeClock(NOW))


def _answered_under_2026(backend: Backend) -> Dossier:
    dossier = Dossier(
        kind="confirmation", candidate_number="201905140017", register_checked=True, rules_version="2026.1"
    )
    sofie = domain.member_from_card(card(), "reference_tenant")
    dossier.members.append(sofie)
    domain.record_confirmation(dossier, sofie, confirmation(ALL_NO, about=sofie), backend.context())
    return dossier


def test_a_2026_draft_reopens_with_its_rules_and_completes_under_them(terminal: Terminal) -> None:
    backend = _backend(terminal)
    assert backend.rules.version == "2027.1"
    dossier = _answered_under_2026(backend)
    visit = domain.Visit("coordinator", "T-1", "Genk", NOW)
    saved = save_visit(backend, SaveRequest(dossier, {}, visit, final=True))  # type: ignore[arg-type]
    assert saved.complete  # judged by 2026.1: by 2027.1 its answers would leave conditions open
    assert not domain.is_complete(dossier, backend.rules, NOW.date())
    draft = open_draft(backend, dossier.dossier_id)  # type: ignore[arg-type]
    assert draft.rules.version == "2026.1" and draft.dossier.rules_version == "2026.1"
    with terminal.store.begin() as session:
        (entry,) = session.scalars(select(OutboxEntry).where(OutboxEntry.dossier_id == dossier.dossier_id))
        sealed = session.get(OutboxSealed, entry.id)
        assert sealed is not None
        box, submission_id = sealed.sealed, entry.submission_id
    body = json.loads(open_sealed(terminal.register_private_key, box, submission_context(submission_id)))
    assert (body["schema_version"], body["rules_version"]) == (2, "2026.1")  # the register reads which rules


def test_a_new_dossier_is_stamped_with_the_rules_in_force_when_first_saved(terminal: Terminal) -> None:
    backend = _backend(terminal)
    dossier = Dossier(kind="registration", register_checked=True)
    dossier.members.append(domain.member_from_card(card(), "reference_tenant"))
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, backend.unlocked, dossier, backend.context(), NOW, backend.rules)  # type: ignore[arg-type]
    assert dossier.rules_version == "2027.1"
    snapshot = dossiers.snapshot(
        dossier, submission_id="s", supersedes=None, terminal_id="T-1", now=NOW, on=NOW.date()
    )
    assert json.loads(JsonSubmissionEncoder().encode(snapshot))["rules_version"] == "2027.1"


def test_a_household_that_withdrew_is_not_at_risk(terminal: Terminal) -> None:
    backend = _backend(terminal)
    rules = load_rules_version("2026.1")
    dossier = _answered_under_2026(backend)
    dossier.letter_date = NOW.date() - timedelta(days=29)  # the last day is tomorrow
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, backend.unlocked, dossier, backend.context(), NOW, rules)  # type: ignore[arg-type]
        assert [d.dossier_id for d in queries.due_within(session, NOW.date(), 7)] == [dossier.dossier_id]
    tenant = dossier.members[0]
    dossier.withdrawal = Withdrawal(tenant.member_id, NOW)
    with terminal.store.begin() as session:
        row = dossiers.save_dossier(session, backend.unlocked, dossier, backend.context(), NOW, rules)  # type: ignore[arg-type]
        assert row.status == "withdrawn"
        assert queries.due_within(session, NOW.date(), 7) == []
        assert queries.drafts(session, "T-1") == []  # nothing left to resume
