"""Declarations one per screen from the rules file, and the evidence checklist they lead to."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.rules import load_rules
from tests.e2e.scripted_visit import tiny_png
from tests.ui.helpers import sign_in_and_read
from ui.i18n_rules import TARGET
from ui.i18n_rules import rule_texts as texts_of_rules

pytestmark = pytest.mark.ui


def answer_all(ki, yes: set[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer every question (yes for the ids in `yes`); return the ids asked, in order."""
    screen = ki.window.screens["declarations"]
    asked = []
    while screen.yes.isVisibleTo(screen):
        _scope, declaration = screen._pending()
        asked.append(declaration.id)
        (screen.yes if declaration.id in yes else screen.no).click()
    return asked


def test_rule_texts_module_matches_the_rules_file() -> None:
    """`python -m ui.i18n_rules` was run after the rules file changed (ruff may reformat the file)."""
    from ui import rule_texts

    assert TARGET.name == "rule_texts.py"
    assert list(rule_texts.TEXTS) == texts_of_rules(load_rules())


def test_questions_one_at_a_time_with_conditions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("declarations")
    screen = ki.window.screens["declarations"]
    assert screen.progress.text().startswith("Vraag 1 van ")
    assert screen.question.text() == "Wilt u ingeschreven blijven voor een sociale woning?"
    asked = answer_all(ki, yes={"still_wants_registration", "has_tax_assessment"})
    assert "separated" not in asked  # asked only after "composition changed: yes"
    assert asked[0] == "still_wants_registration" and "income_changed" in asked
    assert ki.controller.session.household_answers["still_wants_registration"] is True
    assert ki.controller.current_member().answers["has_tax_assessment"] is True
    assert screen.proceed.isVisibleTo(screen)
    screen.back.click()
    assert screen.yes.isVisibleTo(screen)


def test_household_questions_are_asked_once(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("declarations")
    answer_all(ki, yes={"still_wants_registration", "has_tax_assessment"})
    ki.panel.insert_card("nl-partner-17-ec")
    qtbot.waitUntil(lambda: ki.controller.current_screen == "identity")
    ki.controller.go("declarations")
    asked = answer_all(ki, yes={"has_tax_assessment"})
    assert "still_wants_registration" not in asked and "has_tax_assessment" in asked


def test_evidence_attach_pages_refuse_wrong_files_bring_later(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("declarations")
    answer_all(ki, yes={"still_wants_registration", "foreign_income"})
    ki.controller.go("evidence")
    screen = ki.window.screens["evidence"]
    items = ki.controller.required_evidence()
    assert [i.evidence_type for i in items] == ["income_last_3_months", "foreign_income"]

    page = tmp_path / "loonfiche.png"
    page.write_bytes(tiny_png())
    assert screen.attach_file(items[0], page)
    assert screen.attach_file(items[0], page)
    assert items[0].state == "attached" and len(items[0].files) == 2
    assert len(screen.findChildren(type(screen.title), "evidenceThumbnail")) == 2

    fake = tmp_path / "virus.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    assert not screen.attach_file(items[1], fake)
    assert "Kies een PDF of een foto" in screen.error.text()
    assert items[1].files == []

    screen.rows[("foreign_income", items[1].member_id)]["later"].click()
    assert items[1].state == "bring_later"


def test_evidence_thumbnails_are_wiped_with_the_card(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import leaks

    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("declarations")
    answer_all(ki, yes={"still_wants_registration", "foreign_income"})
    ki.controller.go("evidence")
    page = tmp_path / "p.png"
    page.write_bytes(tiny_png())
    assert ki.window.screens["evidence"].attach_file(ki.controller.required_evidence()[1], page)
    ki.panel.remove_card()
    qtbot.waitUntil(lambda: ki.controller.current_screen == "awaiting_card")
    assert leaks(ki.kiosk, "nl-citizen-18") == []
