"""The rules file: the bundled file validates, errors name file and line, newer downloads win."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import rules as rules_module
from kiosk.errors import ConfigError
from kiosk.rules import bundled_rules_path, load_rules, parse_rules, save_downloaded_rules

BUNDLED = bundled_rules_path().read_text(encoding="utf-8")


def test_the_bundled_rules_hold_the_real_declarations_and_evidence() -> None:
    rules = load_rules()
    assert rules.version == "2026.1"
    ids = {d.id for d in rules.declarations}
    assert {
        "owns_property",
        "debt_settlement",
        "residence_papers",
        "co_parenting",
        "disability_in_household",
        "has_tax_assessment",
        "income_changed",
    } <= ids
    assert set(rules.accepted_mime_types) == {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "image/tiff",
        "image/gif",
    }
    assert (rules.letter_days, rules.reminder_days) == (30, 15)
    assert rules.campaign_start == (1, 2) and rules.campaign_end == (2, 15)
    assert any(d.changes_yearly for d in rules.declarations)
    assert rules.evidence_types["tax_assessment"].changes_yearly
    for declaration in rules.declarations:
        assert declaration.text_key.startswith("declaration.")


def test_conditions_and_required_evidence() -> None:
    rules = load_rules()
    asked = [d.id for d in rules.applicable({"owns_property": False}, "every_adult")]
    assert "property_exception" not in asked
    asked = [d.id for d in rules.applicable({"owns_property": True}, "every_adult")]
    assert "property_exception" in asked
    needed = rules.required_evidence(
        {"owns_property": True, "property_exception": True, "has_tax_assessment": False}, "every_adult"
    )
    assert needed == ["income_last_3_months", "property_deed", "property_exception"]


def test_file_limits() -> None:
    rules = load_rules()
    assert rules.accepts_file("application/pdf", 1000)
    assert not rules.accepts_file("application/zip", 1000)
    assert not rules.accepts_file("image/png", rules.max_file_bytes + 1)
    assert not rules.accepts_file("image/png", 0)


def test_a_schema_error_names_file_line_and_problem() -> None:
    broken = BUNDLED.replace("letter_days = 30", 'letter_days = "thirty"')
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if text.startswith("letter_days"))
    with pytest.raises(ConfigError) as caught:
        parse_rules(broken, "rules-9.toml")
    message = str(caught.value)
    assert message.startswith(f"rules-9.toml, line {line}: deadlines.letter_days:")
    assert "not of type 'integer'" in message


def test_an_error_inside_the_nth_declaration_points_at_it() -> None:
    broken = BUNDLED.replace(
        'applies_to = "every_adult"\ntext_key = "declaration.no_income"',
        'applies_to = "everyone"\ntext_key = "declaration.no_income"',
    )
    lines = broken.splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text == 'applies_to = "everyone"')
    with pytest.raises(ConfigError, match=rf"line {line}: declarations\.\d+\.applies_to"):
        parse_rules(broken, "r.toml")


def test_unknown_evidence_reference_is_refused() -> None:
    broken = BUNDLED.replace('yes = ["debt_settlement"]', 'yes = ["debt_letter"]')
    with pytest.raises(ConfigError, match="unknown evidence type 'debt_letter'"):
        parse_rules(broken, "r.toml")


def test_a_condition_must_refer_to_an_earlier_declaration() -> None:
    broken = BUNDLED.replace(
        'when = { declaration = "owns_property", answer = true }',
        'when = { declaration = "nothing_like_it", answer = true }',
    )
    with pytest.raises(ConfigError, match="not an earlier declaration"):
        parse_rules(broken, "r.toml")


def test_toml_syntax_errors_name_the_file() -> None:
    with pytest.raises(ConfigError, match=r"^bad\.toml: .*line 1"):
        parse_rules("version = = 3", "bad.toml")


def test_a_newer_valid_download_takes_precedence(tmp_path: Path) -> None:
    newer = BUNDLED.replace('version = "2026.1"', 'version = "2026.2"').replace(
        "letter_days = 30", "letter_days = 31"
    )
    save_downloaded_rules(tmp_path, "2026.2", newer)
    rules = load_rules(tmp_path)
    assert (rules.version, rules.letter_days) == ("2026.2", 31)


def test_an_invalid_or_older_download_is_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / rules_module.RULES_DIR
    folder.mkdir()
    (folder / "rules-2027.1.toml").write_text("not toml at all [", encoding="utf-8")
    (folder / "rules-2025.1.toml").write_text(BUNDLED.replace('"2026.1"', '"2025.1"'), encoding="utf-8")
    assert load_rules(tmp_path).version == "2026.1"
    assert "ignoring an invalid downloaded rules file" in caplog.text


def test_save_refuses_a_version_mismatch(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"says version 2026\.1"):
        save_downloaded_rules(tmp_path, "2026.3", BUNDLED)
    assert not (tmp_path / "rules" / "rules-2026.3.toml").exists()
