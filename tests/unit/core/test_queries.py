"""Queries for the screens: due within 7 days, offline lease, search, statistics, queue health."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk import domain, dossiers, queries
from kiosk.domain import Dossier, Visit
from kiosk.store import record_sync_success
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder, card, confirmation
from tests.unit.core.visits import RULES, full_visit


def _dossier_with_letter(
    terminal: Terminal, national_number: str, letter: date, location: str = "Genk"
) -> str:
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", location)
    dossier = Dossier(kind="confirmation", letter_date=letter)
    dossier.members.append(domain.member_from_card(card(national_number), "reference_tenant"))
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
    return dossier.dossier_id


def test_at_risk_are_the_passed_and_the_due_within_seven_days(terminal: Terminal) -> None:
    today = NOW.date()
    soon = _dossier_with_letter(terminal, "85030511091", today - timedelta(days=25))  # due in 5 days
    last_day = _dossier_with_letter(terminal, "75073010636", today - timedelta(days=30))  # due today
    _dossier_with_letter(terminal, "62122210935", today - timedelta(days=10))  # due in 20 days
    passed = _dossier_with_letter(terminal, "93060911459", today - timedelta(days=31))  # passed yesterday
    with terminal.store.begin() as session:
        due = queries.due_within(session, today, 7)
    # A passed deadline is the most urgent call of all (force majeure, the appeal): listed first.
    assert [d.dossier_id for d in due] == [passed, last_day, soon]
    assert due[2].deadline == today + timedelta(days=5)
    # The home screen lists the nearest and counts them all, without loading every old dossier.
    with terminal.store.begin() as session:
        assert [d.dossier_id for d in queries.due_within(session, today, 7, limit=2)] == [passed, last_day]
        assert queries.count_at_risk(session, today, 7) == 3


def test_search_by_national_number_goes_through_the_hmac(terminal: Terminal) -> None:
    first = _dossier_with_letter(terminal, "85030511091", NOW.date())
    with terminal.store.begin() as session:
        assert queries.search_by_national_number(session, terminal.store.device, "85030511091") == [first]
        assert queries.search_by_national_number(session, terminal.store.device, "85030511092") == []


def test_offline_lease_warns_then_refuses(terminal: Terminal) -> None:
    with terminal.store.begin() as session:
        assert (
            queries.offline_lease(session, NOW, RULES).state == queries.LeaseState.OK
        )  # never synced, no enrollment
        assert (
            queries.offline_lease(session, NOW, RULES, enrolled_at=NOW - timedelta(days=20)).state == "refuse"
        )
        record_sync_success(session, NOW)
    with terminal.store.begin() as session:
        for days, state in [
            (2, "ok"),
            (RULES.offline_warn_days, "warn"),
            (RULES.offline_refuse_days, "refuse"),
        ]:
            lease = queries.offline_lease(session, NOW + timedelta(days=days), RULES)
            assert (lease.state, lease.days_offline) == (state, days)


def test_statistics_per_day_and_location(terminal: Terminal) -> None:
    full_visit(terminal.store, NOW, JsonEncoder())
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Hasselt")
    dossier = Dossier(kind="registration")
    member = domain.member_from_card(card("01011711712"), "reference_tenant")
    dossier.members.append(member)
    with terminal.store.begin() as session:
        dossiers.end_visit(
            session,
            unlocked,
            dossier,
            Visit("coordinator", "T-1", "Hasselt", NOW),
            JsonEncoder(),
            context,
            RULES,
            NOW,
        )
        domain.record_confirmation(dossier, member, confirmation(about=member), context)
        dossiers.end_visit(
            session,
            unlocked,
            dossier,
            Visit("coordinator", "T-1", "Hasselt", NOW + timedelta(days=1)),
            JsonEncoder(),
            context,
            RULES,
            NOW + timedelta(days=1),
        )
    with terminal.store.begin() as session:
        rows = queries.statistics(session, NOW.date(), NOW.date() + timedelta(days=1), at_risk_days=7)
        health = queries.queue_health(session, NOW)
    assert [
        (r.day, r.location, r.visits, r.confirmations, r.registrations, r.adults_confirmed, r.drafts)
        for r in rows
    ] == [
        (NOW.date(), "Genk", 1, 1, 0, 2, 0),
        (NOW.date(), "Hasselt", 1, 0, 1, 0, 1),
        (NOW.date() + timedelta(days=1), "Hasselt", 1, 0, 1, 1, 0),
    ]
    assert health.waiting == 3 and health.oldest_waiting == NOW


def _end_visit(terminal: Terminal, dossier: Dossier, location: str, day_offset: int = 0) -> None:
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", location)
    when = NOW + timedelta(days=day_offset)
    with terminal.store.begin() as session:
        dossiers.end_visit(
            session,
            unlocked,
            dossier,
            Visit("coordinator", "T-1", location, when),
            JsonEncoder(),
            context,
            RULES,
            when,
        )


def test_statistics_count_complete_waiting_and_at_risk_dossiers_once_per_day(terminal: Terminal) -> None:
    full_visit(terminal.store, NOW, JsonEncoder())  # Genk: complete, queued for the register
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Hasselt")
    # Hasselt: two adults, one confirmed, the letter 25 days ago: incomplete and due in 5 days.
    late = Dossier(kind="confirmation", letter_date=NOW.date() - timedelta(days=25))
    first = domain.member_from_card(card("85030511091"), "reference_tenant")
    late.members += [first, domain.member_from_card(card("75073010636"), "partner")]
    domain.record_confirmation(late, first, confirmation(about=first), context)
    _end_visit(terminal, late, "Hasselt")
    _end_visit(terminal, late, "Hasselt")  # a second visit the same day: still one dossier at risk
    # Hasselt: a draft without a letter (no deadline): never at risk, nothing waiting.
    draft = Dossier(kind="registration")
    draft.members.append(domain.member_from_card(card("01011711712"), "reference_tenant"))
    _end_visit(terminal, draft, "Hasselt")
    with terminal.store.begin() as session:
        rows = queries.statistics(session, NOW.date(), NOW.date(), at_risk_days=7)
        long_before = queries.statistics(
            session, NOW.date(), NOW.date(), at_risk_days=7, as_of=NOW.date() - timedelta(days=30)
        )
    assert [(r.location, r.visits, r.drafts, r.dossiers_complete, r.waiting, r.at_risk) for r in rows] == [
        ("Genk", 1, 0, 1, 1, 0),
        ("Hasselt", 3, 1, 0, 1, 1),
    ]
    assert [r.at_risk for r in long_before] == [0, 0]  # 35 days before its deadline it was not at risk


def test_statistics_no_longer_count_a_dossier_the_register_numbered_as_waiting(terminal: Terminal) -> None:
    from kiosk.models import Dossier as DossierRow

    result = full_visit(terminal.store, NOW, JsonEncoder())
    with terminal.store.begin() as session:
        session.get(DossierRow, result.dossier.dossier_id).dossier_number = "201905140017"  # type: ignore[union-attr]
    with terminal.store.begin() as session:
        (row,) = queries.statistics(session, NOW.date(), NOW.date(), at_risk_days=7)
    assert (row.dossiers_complete, row.waiting, row.at_risk) == (1, 0, 0)
