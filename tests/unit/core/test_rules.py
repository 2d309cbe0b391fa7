"""The rules file: the bundled files validate, errors name file and line, newer downloads win.

Rules 2027.1 asks the conditions of the reference tenant and partner only, in the right direction;
rules 2026.1 stays loadable for the dossiers begun under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import rules as rules_module
from kiosk.errors import ConfigError
from kiosk.rules import (
    bundled_rules_path,
    load_rules,
    load_rules_version,
    parse_rules,
    rules_for_version,
    save_downloaded_rules,
)

BUNDLED = bundled_rules_path().read_text(encoding="utf-8")
LEGACY = load_rules_version("2026.1")
RULES_2027 = load_rules_version("2027.1")


def test_the_newest_bundled_rules_are_2027_1_and_2026_1_stays_loadable() -> None:
    assert load_rules().version == "2027.1" and load_rules().per_role
    assert LEGACY.version == "2026.1" and not LEGACY.per_role
    assert {d.applies_to for d in LEGACY.declarations} == {"household", "every_adult"}
    assert {d.applies_to for d in RULES_2027.declarations} == {"household", "applicant", "other_adult"}


def test_the_2026_1_rules_hold_the_real_declarations_and_evidence() -> None:
    rules = LEGACY
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
    rules = LEGACY
    asked = [d.id for d in rules.applicable({"owns_property": False}, "every_adult")]
    assert "property_exception" not in asked
    asked = [d.id for d in rules.applicable({"owns_property": True}, "every_adult")]
    assert "property_exception" in asked
    needed = rules.required_evidence(
        {"owns_property": True, "property_exception": True, "has_tax_assessment": False}, "every_adult"
    )
    assert needed == ["income_last_3_months", "property_deed", "property_exception"]


def test_every_2027_declaration_names_its_source_and_whether_it_is_confirmed() -> None:
    for declaration in RULES_2027.declarations:
        assert declaration.source.startswith(("https://", "http://")), declaration.id
    unconfirmed = {d.id for d in RULES_2027.declarations if not d.confirmed}
    assert unconfirmed == {"still_in_household", "current_income_lower", "has_assets"}
    assert RULES_2027.asset_test is not None and not RULES_2027.asset_test.confirmed
    assert RULES_2027.asset_test.threshold_eur is None  # WIL fills it in


def test_only_the_reference_tenant_and_partner_are_asked_the_conditions() -> None:
    applicant = {d.id for d in RULES_2027.declarations if d.applies_to == "applicant"}
    assert {"registered", "has_tax_assessment", "owns_property", "has_assets", "debt_settlement"} <= applicant
    asked_of_a_bijwoner = [d.id for d in RULES_2027.applicable({}, "other_adult")]
    assert asked_of_a_bijwoner == ["still_in_household"]
    assert RULES_2027.required_evidence({"still_in_household": True}, "other_adult") == []


def test_income_runs_the_right_way_the_assessment_counts_first() -> None:
    def proof(answers: dict[str, object]) -> list[str]:
        return RULES_2027.required_evidence(answers, "applicant")

    # An assessment under the limit counts: no proof of current income, however income changed.
    assert proof({"has_tax_assessment": True, "assessment_above_limit": False}) == []
    asked = [d.id for d in RULES_2027.applicable({"has_tax_assessment": True}, "applicant")]
    assert "assessment_above_limit" in asked and "current_income_lower" not in asked
    # Only above the limit does current income count instead, with its proof.
    above = {"has_tax_assessment": True, "assessment_above_limit": True, "current_income_lower": True}
    assert proof(above) == ["current_income"]
    lower = RULES_2027.declaration("current_income_lower")
    assert lower.outcome_for(False) == "income_above_limit" and lower.outcome_for(True) is None
    # Without an assessment the current income counts, or a sworn statement of none.
    assert proof({"has_tax_assessment": False, "has_income_now": True}) == ["current_income"]
    assert proof({"has_tax_assessment": False, "has_income_now": False}) == ["no_income_statement"]


def test_property_covers_erfpacht_and_opstal_with_the_exceptions_as_a_follow_up() -> None:
    owns = RULES_2027.declaration("owns_property")
    wording = f"{owns.text_nl} {owns.help_nl}"
    for right in ("vruchtgebruik", "erfpacht", "opstal", "buitenland"):
        assert right in wording
    asked = [d.id for d in RULES_2027.applicable({"owns_property": True}, "applicant")]
    assert "property_exception" in asked
    answers = {"owns_property": True, "property_exception": True}
    assert RULES_2027.required_evidence(answers, "applicant") == ["property_deed", "property_exception"]
    assert RULES_2027.declaration("property_exception").outcome_for(False) == "owns_property"


def test_registration_in_a_register_is_asked_plainly_and_a_no_is_answered_kindly() -> None:
    registered = RULES_2027.declaration("registered")
    for register in ("bevolkingsregister", "vreemdelingenregister", "referentieadres"):
        assert register in registered.text_nl
    asked = [d.id for d in RULES_2027.applicable({"registered": False}, "applicant")]
    assert "refugee_protection" in asked
    refugee = RULES_2027.declaration("refugee_protection")
    assert refugee.evidence_if_yes == ("residence_papers",) and refugee.outcome_for(False) == "not_registered"


def test_questions_carry_no_double_negative() -> None:
    negations = ("geen", "niet", "nooit", "niemand", "niets")
    for rules in (RULES_2027,):
        for declaration in rules.declarations:
            words = declaration.text_nl.lower().replace("?", " ").replace(",", " ").split()
            assert sum(words.count(n) for n in negations) <= 1, declaration.id


def test_the_rules_file_says_what_became_of_each_2026_declaration() -> None:
    header = "\n".join(line for line in BUNDLED.splitlines() if line.startswith("#"))
    for declaration in LEGACY.declarations:
        line = next((x for x in header.splitlines() if x.startswith(f"# - {declaration.id}:")), None)
        assert line is not None, declaration.id
        assert any(word in line for word in ("kept", "dropped", "moved")), declaration.id


def test_a_version_is_found_downloaded_or_bundled(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    newer = BUNDLED.replace('version = "2027.1"', 'version = "2027.5"')
    save_downloaded_rules(tmp_path, "2027.5", newer)
    assert load_rules_version("2027.5", tmp_path).version == "2027.5"
    assert load_rules_version("2026.1", tmp_path).version == "2026.1"  # bundled
    with pytest.raises(ConfigError, match=r"no rules file of version 2019\.1"):
        load_rules_version("2019.1", tmp_path)
    current = load_rules()
    assert rules_for_version("2026.1", current) is LEGACY
    assert rules_for_version("", current) is current
    assert rules_for_version("2019.1", current) is current  # nothing lost: the rules in force judge
    assert "rules 2019.1 not found" in caplog.text


def test_schema_2_wants_a_source_and_per_role_scopes_schema_1_the_legacy_ones() -> None:
    without_source = BUNDLED.replace(
        'source = "https://www.arkwonen.be/pagina/kom-ik-in-aanmerking"\n', "", 1
    )
    with pytest.raises(ConfigError, match="'source' is a required property"):
        parse_rules(without_source, "r.toml")
    every_adult = BUNDLED.replace('applies_to = "applicant"', 'applies_to = "every_adult"', 1)
    with pytest.raises(ConfigError, match="applies_to"):
        parse_rules(every_adult, "r.toml")
    legacy = bundled_rules_path().with_name("rules-2026.1.toml").read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="applies_to"):
        parse_rules(legacy.replace('applies_to = "every_adult"', 'applies_to = "applicant"', 1), "r.toml")
    unknown_outcome = BUNDLED.replace('no = "withdrawal"', 'no = "strike_off"')
    with pytest.raises(ConfigError, match="outcome"):
        parse_rules(unknown_outcome, "r.toml")


def test_a_condition_on_another_scopes_answer_is_refused() -> None:
    broken = BUNDLED.replace(
        'when = { declaration = "owns_property", answer = true }',
        'when = { declaration = "composition_changed", answer = true }',
    )
    with pytest.raises(ConfigError, match="asked in another scope"):
        parse_rules(broken, "r.toml")


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
        'applies_to = "applicant"\ntext_key = "declaration.has_income_now"',
        'applies_to = "everyone"\ntext_key = "declaration.has_income_now"',
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
    newer = BUNDLED.replace('version = "2027.1"', 'version = "2027.2"').replace(
        "letter_days = 30", "letter_days = 31"
    )
    save_downloaded_rules(tmp_path, "2027.2", newer)
    rules = load_rules(tmp_path)
    assert (rules.version, rules.letter_days) == ("2027.2", 31)


def test_an_invalid_or_older_download_is_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / rules_module.RULES_DIR
    folder.mkdir()
    (folder / "rules-2028.1.toml").write_text("not toml at all [", encoding="utf-8")
    (folder / "rules-2025.1.toml").write_text(BUNDLED.replace('"2027.1"', '"2025.1"'), encoding="utf-8")
    assert load_rules(tmp_path).version == "2027.1"
    assert "ignoring an invalid downloaded rules file" in caplog.text


def test_save_refuses_a_version_mismatch(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"says version 2027\.1"):
        save_downloaded_rules(tmp_path, "2027.3", BUNDLED)
    assert not (tmp_path / "rules" / "rules-2027.3.toml").exists()
