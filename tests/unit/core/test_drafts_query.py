"""The home screen's list of resumable dossiers: drafts and incomplete ones of this terminal only."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk import domain, dossiers, queries
from kiosk.domain import Dossier
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import ALL_NO, card, confirmation
from tests.unit.core.visits import RULES

# Answers that ask for no evidence at all, so one confirmed adult makes the dossier complete.
NOTHING_TO_PROVE = ALL_NO


def _save(
    terminal: Terminal,
    national_numbers: list[str],
    *,
    confirmed: int = 0,
    letter: date | None = None,
    terminal_id: str = "T-1",
    minutes: int = 0,
    dossier_number: str | None = None,
) -> Dossier:
    unlocked = terminal.sign_in()
    context = unlocked.context(terminal_id, "Genk")
    dossier = Dossier(
        kind="confirmation" if letter else "registration",
        letter_date=letter,
        dossier_number=dossier_number,
        register_checked=True,
    )
    for index, number in enumerate(national_numbers):
        member = domain.member_from_card(card(number), "reference_tenant" if index == 0 else "partner")
        dossier.members.append(member)
        if index < confirmed:
            domain.record_confirmation(dossier, member, confirmation(ALL_NO, about=member), context)
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW + timedelta(minutes=minutes), RULES)
    return dossier


def test_drafts_lists_draft_and_incomplete_dossiers_of_this_terminal_last_saved_first(
    terminal: Terminal,
) -> None:
    letter = NOW.date() - timedelta(days=10)
    draft = _save(terminal, ["85030511091", "75073010636"], letter=letter, minutes=1)
    incomplete = _save(terminal, ["62122210935", "93060911459"], confirmed=1, minutes=2)
    _save(terminal, ["01011711712"], terminal_id="T-2", minutes=3)  # another terminal's draft
    _save(terminal, ["50040112154"], confirmed=1, dossier_number="D-1", minutes=4)  # definitive
    with terminal.store.begin() as session:
        listed = queries.drafts(session, "T-1")
    assert [d.dossier_id for d in listed] == [incomplete.dossier_id, draft.dossier_id]
    newest, oldest = listed
    assert newest.status == "incomplete"
    assert (newest.adults_confirmed, newest.adults_total) == (1, 2)
    assert newest.deadline is None  # a new registration has no letter
    assert oldest.status == "draft"
    assert (oldest.adults_confirmed, oldest.adults_total) == (0, 2)
    assert oldest.deadline == letter + timedelta(days=RULES.letter_days)
    assert oldest.saved_at == NOW + timedelta(minutes=1)
    assert oldest.local_reference.startswith("K-")


def test_a_complete_dossier_is_not_resumable(terminal: Terminal) -> None:
    dossier = _save(terminal, ["85030511091"])
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    domain.record_confirmation(
        dossier, dossier.members[0], confirmation(NOTHING_TO_PROVE, about=dossier.members[0]), context
    )
    assert domain.dossier_status(dossier, RULES, NOW.date()) is domain.DossierStatus.COMPLETE
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
        assert queries.drafts(session, "T-1") == []


def test_saving_a_resumed_draft_keeps_its_reference_and_leaves_one_row(terminal: Terminal) -> None:
    dossier = _save(terminal, ["85030511091", "75073010636"])
    with terminal.store.begin() as session:
        (before,) = queries.drafts(session, "T-1")
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    with terminal.store.begin() as session:
        loaded = dossiers.load_dossier(session, unlocked, dossier.dossier_id)
    domain.record_confirmation(
        loaded, loaded.members[0], confirmation(ALL_NO, about=loaded.members[0]), context
    )
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, loaded, context, NOW + timedelta(hours=1), RULES)
    with terminal.store.begin() as session:
        (after,) = queries.drafts(session, "T-1")
    assert after.dossier_id == before.dossier_id
    assert after.local_reference == before.local_reference
    assert (after.adults_confirmed, after.status) == (1, "incomplete")
