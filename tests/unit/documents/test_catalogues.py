"""The papers' gettext catalogues: every language complete, placeholders kept, plurals, built and current."""

from __future__ import annotations

import string
from datetime import date

import pytest
from babel.messages.catalog import Catalog, Message

from kiosk.documents import Language
from kiosk.documents.blocks import APPEAL_DAYS, appeal_lines
from kiosk.documents.catalogues import TEMPLATE, TRANSLATED, extract_messages, read_catalogue
from kiosk.documents.i18n import catalogue, full_date, ntr, tr
from tests.unit.documents import samples


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _forms(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def _ids(catalog: Catalog) -> set[str]:
    return {message.id if isinstance(message.id, str) else message.id[0] for message in catalog if message.id}


@pytest.fixture(scope="module")
def template() -> Catalog:
    """The messages the code and the rules file can print, extracted afresh."""
    return extract_messages()


def test_the_extraction_finds_the_papers_messages_and_the_rules_files_evidence(template: Catalog) -> None:
    ids = _ids(template)
    assert "{what} – uiterlijk op {date}" in ids
    assert samples.TAX_LABEL in ids  # from the rules file
    assert any(isinstance(message.id, tuple) for message in template)  # a plural message


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_the_same_placeholders(
    language: Language, template: Catalog
) -> None:
    translated = read_catalogue(language)
    assert _ids(translated) == _ids(template), "run scripts/build-translations.sh --update and translate"
    for message in template:
        if not message.id:
            continue
        ours = translated.get(message.id)
        assert ours is not None and not ours.fuzzy, message.id
        forms = _forms(ours)
        source = [message.id] if isinstance(message.id, str) else list(message.id)
        assert len(forms) == (translated.num_plurals if len(source) > 1 else 1), message.id
        expected = set().union(*(_fields(text) for text in source))
        for form in forms:
            assert form.strip(), f"{language}: untranslated {message.id!r}"
            assert _fields(form) == expected, f"{language}: {form!r} has not the fields {expected}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalogue_is_built_from_the_current_source(language: Language) -> None:
    compiled = catalogue(language)
    for message in read_catalogue(language):
        if isinstance(message.id, str) and message.id:
            assert compiled.gettext(message.id) == message.string, "run scripts/build-translations.sh"


def test_the_template_for_translators_is_current(template: Catalog) -> None:
    from babel.messages.pofile import read_po

    with TEMPLATE.open("rb") as file:
        assert _ids(read_po(file)) == _ids(template), "run scripts/build-translations.sh --update"


def test_plural_forms_follow_each_language() -> None:
    appeal = appeal_lines(Language.DUTCH, samples.OFFICE)[1]
    assert "binnen 30 dagen" in appeal
    singular, plural = ("Stuur binnen {n} dag nadat", "Stuur binnen {n} dagen nadat")
    assert ntr(Language.DUTCH, singular, plural, 1) == "Stuur binnen 1 dag nadat"
    english = next(line for line in appeal_lines(Language.ENGLISH, samples.OFFICE) if "registered" in line)
    assert f"Within {APPEAL_DAYS} days" in english
    # Arabic counts 3 to 10 (few) and 11 to 99 (many) with different words for "day".
    message = next(m for m in read_catalogue(Language.ARABIC) if isinstance(m.id, tuple))
    few, many = (ntr(Language.ARABIC, message.id[0], message.id[1], n) for n in (3, 30))
    assert "أيام" in few and "يومًا" in many


def test_dates_are_written_per_language() -> None:
    day = date(2026, 12, 16)
    assert full_date(Language.DUTCH, day) == "woensdag 16 december 2026"
    assert full_date(Language.FRENCH, day) == "mercredi 16 décembre 2026"
    assert full_date(Language.TURKISH, day) == "16 Aralık 2026 Çarşamba"
    assert "ديسمبر" in full_date(Language.ARABIC, day) and "2026" in full_date(Language.ARABIC, day)


def test_an_untranslated_text_prints_in_dutch_rather_than_failing() -> None:
    """A newer rules file's evidence label that no catalogue has yet."""
    assert tr(Language.FRENCH, "Een nieuw bewijsstuk") == "Een nieuw bewijsstuk"
