"""Questions one per screen from the rules file, and the evidence checklist they lead to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.rules import bundled_rules, load_rules
from tests.e2e.scripted_visit import tiny_png
from tests.ui.helpers import STAYING, leaks, sign_in_and_read, wait_for_screen
from ui.i18n_rules import TARGET
from ui.i18n_rules import rule_texts as texts_of_rules

pytestmark = pytest.mark.ui


# No tax assessment and no income now (a sworn statement), and income from abroad: two documents.
NO_INCOME_AND_FOREIGN = {"still_wants_registration", "registered", "foreign_income"}


def answer_all(ki, yes: set[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer every question on the screen (yes for the ids in `yes`); return the ids asked, in order."""
    screen = ki.window.screens["questions"]
    visit = ki.controller.visit
    asked = []
    while screen.yes.isVisibleTo(screen) or screen.outcome_ok.isVisibleTo(screen):
        if screen.outcome_ok.isVisibleTo(screen):  # an answer that only informs: read, then on
            screen.outcome_ok.click()
            continue
        _scope, declaration = visit.pending_question()
        asked.append(declaration.id)
        (screen.yes if declaration.id in yes else screen.no).click()
    return asked


def open_questions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sofie's card read; "yes, this is right" leads an adult still to confirm to the questions."""
    sign_in_and_read(qtbot, ki.kiosk)
    ki.window.screens["identity"].proceed.click()
    assert ki.controller.current_screen == "questions"


def open_evidence(ki, qtbot, yes: set[str]) -> None:  # type: ignore[no-untyped-def]
    """The questions answered (yes for `yes`), then the evidence screen."""
    open_questions(ki, qtbot)
    answer_all(ki, yes)
    ki.window.screens["questions"].proceed.click()
    assert ki.controller.current_screen == "evidence"


def test_rule_texts_module_matches_the_rules_file() -> None:
    """`python -m ui.i18n_rules` was run after the rules file changed (ruff may reformat the file)."""
    from ui import rule_texts

    assert TARGET.name == "rule_texts.py"
    assert list(rule_texts.TEXTS) == texts_of_rules(bundled_rules())


def test_questions_one_at_a_time_with_conditions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_questions(ki, qtbot)
    screen = ki.window.screens["questions"]
    assert screen.progress.text().startswith("Vraag 1 van ")
    assert screen.question.text() == "Wilt u ingeschreven blijven voor een sociale woning?"
    assert not screen.back.isEnabled()  # nothing to go back to yet
    asked = answer_all(ki, yes=set(STAYING))
    assert "refugee_protection" not in asked  # asked only after "registered: no"
    assert "current_income_lower" not in asked  # only above the limit does current income count
    assert asked[0] == "still_wants_registration" and "assessment_above_limit" in asked
    assert "still_in_household" not in asked  # a bijwoner's question; Sofie is the reference tenant
    visit = ki.controller.visit
    assert visit.household_answers["composition_changed"] is False
    own = visit.answers[visit.current_member.member_id]
    assert own["still_wants_registration"] is True and own["has_tax_assessment"] is True
    assert screen.proceed.isVisibleTo(screen) and screen.done.isVisibleTo(screen)
    screen.back.click()
    assert screen.yes.isVisibleTo(screen)
    assert visit.pending_question()[1].id == asked[-1]  # the last answer is asked again


def test_household_questions_are_asked_once(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_questions(ki, qtbot)
    answer_all(ki, yes=set(STAYING))
    ki.panel.insert_card("nl-partner-17-ec")
    wait_for_screen(qtbot, ki.kiosk, "privacy")  # Pieter reads the notice before his data shows
    ki.controller.apply(lambda v: v.acknowledge_privacy())
    wait_for_screen(qtbot, ki.kiosk, "identity")
    ki.window.screens["identity"].proceed.click()
    screen = ki.window.screens["questions"]
    assert ki.controller.current_screen == "questions"
    assert screen.progress.text().startswith("Vraag 1 van ")  # numbering starts again for every adult
    asked = answer_all(ki, yes=set(STAYING))
    # Pieter is the partner: the conditions are his too, the household's questions were Sofie's.
    assert "still_wants_registration" in asked and "has_tax_assessment" in asked
    household_ids = {d.id for d in load_rules().declarations if d.applies_to == "household"}
    assert not household_ids & set(asked)


def test_evidence_attach_pages_refuse_wrong_files_bring_later(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_evidence(ki, qtbot, yes=NO_INCOME_AND_FOREIGN)
    screen = ki.window.screens["evidence"]
    visit = ki.controller.visit
    wanted = visit.evidence_wanted()
    assert [evidence_type for evidence_type, _ in wanted] == ["no_income_statement", "foreign_income"]
    (income, member_id), (foreign, _) = wanted

    page = tmp_path / "loonfiche.png"
    page.write_bytes(tiny_png())
    assert screen.attach_file(income, member_id, page)
    assert screen.attach_file(income, member_id, page)
    item = visit.evidence_item(income, member_id)
    assert item is not None and item.state == "attached" and len(item.files) == 2
    assert len(screen.findChildren(type(screen.title), "evidenceThumbnail")) == 2
    assert "2" in screen.rows[(income, member_id)]["state"].text()

    fake = tmp_path / "virus.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    assert not screen.attach_file(foreign, member_id, fake)
    assert "Kies een PDF of een foto" in screen.error.text()
    foreign_item = visit.evidence_item(foreign, member_id)
    assert foreign_item is None or foreign_item.files == []

    screen.rows[(foreign, member_id)]["later"].click()
    assert visit.evidence_item(foreign, member_id).state == "bring_later"
    assert "later" in screen.rows[(foreign, member_id)]["state"].text()


def test_evidence_thumbnails_are_wiped_with_the_card(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_evidence(ki, qtbot, yes=NO_INCOME_AND_FOREIGN)
    page = tmp_path / "p.png"
    page.write_bytes(tiny_png())
    evidence_type, member_id = ki.controller.visit.evidence_wanted()[1]
    assert ki.window.screens["evidence"].attach_file(evidence_type, member_id, page)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert leaks(ki.kiosk, "nl-citizen-18") == []
    assert ki.window.findChildren(QLabel, "evidenceThumbnail") == []


def test_the_confirm_screen_lists_the_answers_and_evidence_before_the_pin(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Behaviour on purpose: the adult sees what they sign (their answers, each document's state)."""
    open_evidence(ki, qtbot, yes=NO_INCOME_AND_FOREIGN)
    visit = ki.controller.visit
    (income, member_id), (foreign, _) = visit.evidence_wanted()
    page = tmp_path / "loonfiche.png"
    page.write_bytes(tiny_png())
    evidence = ki.window.screens["evidence"]
    assert evidence.attach_file(income, member_id, page)
    evidence.rows[(foreign, member_id)]["later"].click()
    evidence.proceed.click()
    assert ki.controller.current_screen == "confirm"
    screen = ki.window.screens["confirm"]
    lines = [screen.summary.item(i).text() for i in range(screen.summary.count())]
    names = {e: load_rules().evidence_types[e].text_nl for e in (income, foreign)}
    assert lines[0] == "Wilt u ingeschreven blijven voor een sociale woning? Ja"
    answered = {**visit.household_answers, **visit.answers[member_id]}
    assert len(lines) == len(answered) + 2  # every answer, then both documents
    assert sum(line.endswith(" Ja") for line in lines) == 3  # staying, registered, foreign income
    assert lines[-2:] == [
        f"Bewijsstuk {names[income]}: toegevoegd",
        f"Bewijsstuk {names[foreign]}: brengt u later",
    ]
    assert screen.sign.isEnabled() and not screen.pad.isVisible()  # the PIN only after reading this
