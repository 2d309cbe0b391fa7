"""Each paper read back with pypdf: the data it must show, and never a full national number."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import get_args, get_type_hints

import pytest

from kiosk.documents import (
    AdultStatus,
    DeadlineLetter,
    Household,
    Language,
    MissingItem,
    MissingKind,
    PaperContext,
    render_deadline_letter,
    render_final_receipt,
    render_help_sheet,
    render_paper_form,
    render_provisional_receipt,
    render_test_page,
    render_withdrawal_receipt,
)
from kiosk.receipt_code import check_code, verification_code
from tests.unit.documents import samples
from tests.unit.documents.pdfcheck import all_text, page_texts, save_png, shows_national_number

Render = Callable[[PaperContext], bytes]

PAPERS: dict[str, Render] = {
    "provisional-receipt": lambda c: render_provisional_receipt(
        samples.provisional_receipt(), c, samples.RECEIPT_KEY
    ),
    "final-receipt": lambda c: render_final_receipt(samples.final_receipt(), c),
    "paper-form": lambda c: render_paper_form(samples.paper_form(), c),
    "help-sheet": lambda c: render_help_sheet(samples.help_sheet(), c),
    "deadline-letter": lambda c: render_deadline_letter(samples.deadline_letter(), c),
    "withdrawal-receipt": lambda c: render_withdrawal_receipt(
        samples.withdrawal_receipt(), c, samples.RECEIPT_KEY
    ),
    "test-page": render_test_page,
}


def test_provisional_receipt_shows_household_code_and_what_is_missing() -> None:
    pdf = PAPERS["provisional-receipt"](samples.context())
    text = all_text(pdf)
    assert "VOORLOPIG" in text
    assert "nog geen dossiernummer" in text
    assert samples.LOCAL_REFERENCE in text
    for name in ("Sofie Janssens", "Pieter De Smet", "Noor De Smet"):
        assert name in text
    assert "xx.xx.xx-xxx.31" in text  # Sofie, masked
    assert "bevestigd met eigen identiteitskaart en pincode (27 november 2026)" in text
    # Pieter's row says what he still owes, each with the date.
    pieter = text.split("Pieter De Smet", 1)[1].split("Noor De Smet", 1)[0]
    assert "Bevestigen met de eigen identiteitskaart en pincode – uiterlijk op 16 december 2026" in pieter
    assert f"Bewijsstuk brengen: {samples.TAX_LABEL} – uiterlijk op 16 december 2026" in pieter
    assert "Breng alles in orde uiterlijk op woensdag 16 december 2026. Die dag telt nog mee." in text
    assert "Er ontbreekt niets meer" not in text
    code = re.search(r"Controlecode: ([0-9A-Z]{4}-[0-9A-Z]{4})", text)
    assert code is not None
    assert check_code(samples.RECEIPT_KEY, samples.LOCAL_REFERENCE, code.group(1))
    assert not check_code(bytes(32), samples.LOCAL_REFERENCE, code.group(1))


def test_final_receipt_shows_the_dossier_number_and_the_appeal() -> None:
    text = all_text(PAPERS["final-receipt"](samples.context()))
    assert f"Dossiernummer: {samples.DOSSIER_NUMBER}" in text
    assert "Datum van bevestiging: 27 november 2026" in text
    assert "verhaalrecht" in text
    assert "binnen 30 dagen" in text
    assert "aangetekende brief" in text
    assert "toezichthouder" in text
    assert "bevestigd bij een medewerker van Wonen in Limburg" in text  # Pieter, attested by staff
    assert "VOORLOPIG" not in text


def test_paper_form_is_prefilled_with_the_full_national_number_of_its_member_only() -> None:
    pdf = PAPERS["paper-form"](samples.context())
    text = all_text(pdf)
    assert "88.11.02-105.14" in text
    assert shows_national_number(pdf, samples.PIETER_NN)
    assert not shows_national_number(pdf, samples.SOFIE_NN)
    assert not shows_national_number(pdf, samples.NOOR_NN)
    for expected in ("De Smet", "Pieter", "Kerkstraat 12, 3500 Hasselt", "02/11/1988", "in het ziekenhuis"):
        assert expected in text
    assert "Handtekening van Pieter De Smet" in text
    assert "Ontvangen op" in text  # WIL's part
    assert "uiterlijk op woensdag 16 december 2026 naar Wonen in Limburg" in text


def test_help_sheet_has_the_routes_and_numbers_with_the_candidates_topic_first() -> None:
    text = all_text(PAPERS["help-sheet"](samples.context()))
    for expected in (
        "gemeentehuis",
        "pukcode",
        "itsme",
        "vervallen",
        "digipunt",
        "OCMW",
        "02 740 79 91",
        "1700",
    ):
        assert expected in text
    pin = text.index("Pincode vergeten")
    assert (
        pin
        < text.index("Waar krijgt u hulp?")
        < text.index("itsme: zelf bevestigen van thuis uit")
        < text.index("Identiteitskaart vervallen")
    )


def test_deadline_letter_after_the_first_letter_prints_the_cores_date() -> None:
    text = all_text(PAPERS["deadline-letter"](samples.context()))
    assert "Uiterlijk op woensdag 16 december 2026" in text
    assert "U kreeg een brief van Wonen in Limburg op 16 november 2026" in text
    assert "Die dag telt nog mee." in text
    assert "Bevestigen met de eigen identiteitskaart en pincode – uiterlijk op 16 december 2026" in text
    assert "geschrapt" in text
    assert "HERINNERING" not in text and "herinneringsbrief" not in text


def test_deadline_letter_after_a_reminder_says_it_is_the_last_chance() -> None:
    household = Household(
        samples.household().members, date(2026, 10, 20), date(2026, 11, 20), deadline=date(2026, 12, 5)
    )
    text = all_text(render_deadline_letter(DeadlineLetter(household, "201211080003"), samples.context()))
    assert "HERINNERING – laatste kans" in text
    assert "U kreeg een herinneringsbrief op 20 november 2026. Dit is uw laatste kans." in text
    assert "Uiterlijk op zaterdag 5 december 2026" in text
    assert "U kreeg een brief van" not in text  # the reminder's date counts, not the first letter's


def test_deadline_letter_counts_no_days_of_its_own() -> None:
    """Letter dates without the core's deadline: the letter points to the letter, it invents no date."""
    household = replace(samples.household(), deadline=None)
    text = all_text(render_deadline_letter(DeadlineLetter(household, "L-1"), samples.context()))
    assert "Uw uiterste datum staat in de brief van Wonen in Limburg" in text
    assert "Uiterlijk op" not in text
    assert "december 2026" not in text  # 16 November + 30 would be 16 December: never computed here


def test_deadline_letter_of_a_new_registration_has_no_deadline() -> None:
    household = replace(samples.household(), letter_date=None, deadline=None, new_registration=True)
    text = all_text(render_deadline_letter(DeadlineLetter(household, "L-1"), samples.context()))
    assert "Voor een nieuwe inschrijving is er geen uiterste datum." in text
    assert "Uiterlijk op" not in text


@pytest.mark.parametrize("paper", [p for p in PAPERS if p != "paper-form"])
@pytest.mark.parametrize("language", list(Language))
def test_no_paper_but_the_form_shows_a_full_national_number(paper: str, language: Language) -> None:
    pdf = PAPERS[paper](samples.context(language, training=True))
    for number in samples.ALL_NATIONAL_NUMBERS:
        assert not shows_national_number(pdf, number)


@pytest.mark.parametrize("paper", list(PAPERS))
def test_training_mode_marks_every_page(paper: str) -> None:
    pdf = PAPERS[paper](samples.context(Language.TURKISH, training=True))
    pages = page_texts(pdf)
    assert all("OEFENMODUS" in page for page in pages)
    assert all(
        "OEFENMODUS" not in page for page in page_texts(PAPERS[paper](samples.context(Language.TURKISH)))
    )


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH, Language.TURKISH])
def test_every_paper_has_a_summary_in_the_candidates_language(paper: str, language: Language) -> None:
    headings = {Language.FRENCH: "Résumé en français", Language.ENGLISH: "Summary in English",
                Language.TURKISH: "Türkçe özet"}  # fmt: skip
    text = all_text(PAPERS[paper](samples.context(language)))
    assert headings[language] in text
    for other in set(headings) - {language}:
        assert headings[other] not in text


def test_summary_carries_the_data_in_the_candidates_language() -> None:
    text = all_text(PAPERS["provisional-receipt"](samples.context(Language.FRENCH)))
    assert "accusé de réception PROVISOIRE" in text
    assert "Pieter De Smet : doit encore confirmer" in text
    assert "au plus tard le mercredi 16 décembre 2026" in text
    final = all_text(PAPERS["final-receipt"](samples.context(Language.ENGLISH)))
    assert f"File number: {samples.DOSSIER_NUMBER}" in final
    assert "Within 30 days" in final


def test_a_dutch_speaking_candidate_gets_no_summary() -> None:
    text = all_text(PAPERS["provisional-receipt"](samples.context(Language.DUTCH)))
    assert "Summary" not in text
    assert "Résumé" not in text


@pytest.mark.parametrize("paper", list(PAPERS))
def test_each_paper_renders_to_png(paper: str) -> None:
    pngs = save_png(PAPERS[paper](samples.context(Language.DUTCH)), paper)
    pngs += save_png(PAPERS[paper](samples.context(Language.ARABIC, training=True)), f"{paper}-ar-training")
    pngs += save_png(PAPERS[paper](samples.context(Language.TURKISH)), f"{paper}-tr")
    assert len(pngs) >= 3
    for png in pngs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_member_takes_only_a_masked_national_number() -> None:
    sofie = samples.household().members[0]
    with pytest.raises(ValueError, match="masked"):
        replace(sofie, masked_national_number=samples.SOFIE_NN)
    with pytest.raises(ValueError, match="masked"):
        replace(sofie, masked_national_number="90.03.14-102.31")


def test_pending_adult_status_reads_back_on_each_receipt() -> None:
    household = samples.household(AdultStatus.ABSENT)
    receipt = replace(samples.provisional_receipt(), household=household)
    text = all_text(render_provisional_receipt(receipt, samples.context(), samples.RECEIPT_KEY))
    assert "kon niet komen: papieren formulier" in text


def test_the_qr_code_on_the_provisional_receipt_reads_back_as_the_local_reference(tmp_path: Path) -> None:
    if shutil.which("zbarimg") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("zbarimg (zbar-tools) missing", pytrace=False)
        pytest.skip("zbarimg (zbar-tools) missing; scripts/bootstrap.sh installs it")
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(PAPERS["provisional-receipt"](samples.context(Language.ARABIC, training=True)))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
    )
    [png] = tmp_path.glob("p-*.png")
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == samples.LOCAL_REFERENCE


@pytest.mark.parametrize("language", [Language.ARABIC, Language.TURKISH])
def test_a_large_household_flows_over_several_pages(language: Language) -> None:
    sofie = samples.household().members[0]
    members = tuple(replace(sofie, first_name=f"Lid{n}", last_name="Groot") for n in range(14))
    missing = tuple(
        replace(samples.MISSING[1], evidence_label=f"Bewijsstuk nummer {n}", member_first_name=f"Lid{n % 14}")
        for n in range(30)
    )
    household = replace(samples.household(), members=members)
    receipt = replace(samples.provisional_receipt(), household=household, missing=missing)
    context = samples.context(language, training=True)
    pdf = render_provisional_receipt(receipt, context, samples.RECEIPT_KEY)
    pages = page_texts(pdf)
    assert len(pages) >= 3
    assert all("OEFENMODUS" in page for page in pages)
    text = all_text(pdf)
    assert "Lid13 Groot" in text
    assert "Bewijsstuk brengen: Bewijsstuk nummer 29 – uiterlijk op 16 december 2026" in text
    letter = render_deadline_letter(DeadlineLetter(household, "R", missing), context)
    assert "Bewijsstuk nummer 29" in all_text(letter)


def test_every_missing_kind_of_the_core_prints_in_every_language() -> None:
    from kiosk.documents.blocks import missing_line
    from kiosk.domain import Missing

    core_kinds = set(get_args(get_type_hints(Missing)["kind"]))
    assert core_kinds and core_kinds <= {kind.value for kind in MissingKind}
    for kind in MissingKind:
        is_evidence = kind is MissingKind.EVIDENCE
        evidence = {"evidence_type": samples.TAX, "evidence_label": samples.TAX_LABEL} if is_evidence else {}
        item = MissingItem(kind, samples.DEADLINE, "Pieter", **evidence)
        lines = {language: missing_line(language, item, samples.OFFICE) for language in Language}
        assert len(set(lines.values())) == len(Language), lines  # each language its own words
        assert all("Pieter" in line for line in lines.values())


def test_an_evidence_item_names_its_type() -> None:
    with pytest.raises(ValueError, match="evidence type"):
        MissingItem(MissingKind.EVIDENCE, samples.DEADLINE)
    with pytest.raises(ValueError, match="evidence type"):
        MissingItem(MissingKind.CONFIRMATION, samples.DEADLINE, evidence_type="x", evidence_label="X")


def test_the_papers_print_the_cores_deadline_when_given() -> None:
    # The core counts with the rules file's days (WIL may publish others); the papers follow it.
    household = replace(samples.household(), deadline=date(2026, 12, 31))
    letter = all_text(
        render_deadline_letter(replace(samples.deadline_letter(), household=household), samples.context())
    )
    assert "Uiterlijk op donderdag 31 december 2026" in letter
    assert "16 december 2026" not in letter.split("Uw gezin")[0]
    receipt = all_text(
        render_provisional_receipt(
            replace(samples.provisional_receipt(), household=household),
            samples.context(),
            samples.RECEIPT_KEY,
        )
    )
    assert "uiterlijk op donderdag 31 december 2026" in receipt


@pytest.mark.parametrize("paper", ["provisional-receipt", "final-receipt"])
def test_a_reprint_says_kopie_on_every_page_and_the_original_does_not(paper: str) -> None:
    reprint = PAPERS[paper](replace(samples.context(Language.ENGLISH, training=True), copy=True))
    assert all("KOPIE" in page for page in page_texts(reprint))
    assert all("KOPIE" not in page for page in page_texts(PAPERS[paper](samples.context(Language.ENGLISH))))
    save_png(reprint, f"{paper}-copy")


def test_a_paper_form_without_a_national_number_leaves_its_line_blank() -> None:
    """An adult added by hand without a card: WIL fills the number in; the form still renders."""
    form = samples.paper_form()
    form = replace(form, subject=replace(form.subject, national_number=""))
    text = all_text(render_paper_form(form, samples.context()))
    assert "Pieter" in text and "Rijksregisternummer" in text
    assert not shows_national_number(render_paper_form(form, samples.context()), samples.PIETER_NN)


def test_the_withdrawal_receipt_says_what_was_asked_and_what_it_costs_never_a_confirmation() -> None:
    pdf = PAPERS["withdrawal-receipt"](samples.context())
    text = " ".join(all_text(pdf).split())
    assert "STOPZETTING" in text and "dit is geen bevestiging" in text
    assert "Sofie Janssens vroeg op 27 november 2026 om de inschrijving van het gezin te stoppen" in text
    assert "tweede keer bevestigd en ondertekend" in text
    assert "verliest zijn plaats op de wachtlijst en de wachttijd" in text
    assert "Was dit een vergissing?" in text and "011 23 45 67" in text
    assert samples.LOCAL_REFERENCE in text
    code = verification_code(samples.RECEIPT_KEY, samples.LOCAL_REFERENCE)
    assert f"Controlecode: {code}" in text and check_code(samples.RECEIPT_KEY, samples.LOCAL_REFERENCE, code)
    for wrong in ("Ontvangstbewijs", "bevestigd met eigen identiteitskaart", "VOORLOPIG"):
        assert wrong not in text  # not a confirmation receipt
    french = " ".join(all_text(PAPERS["withdrawal-receipt"](samples.context(Language.FRENCH))).split())
    assert "Sofie Janssens" in french and "liste d'attente" in french


def test_the_receipt_says_what_wil_still_checks_and_that_the_kiosk_decides_nothing() -> None:
    office = samples.OFFICE.name
    text = " ".join(all_text(render_provisional_receipt(
        samples.provisional_receipt_with_checks(), samples.context(), samples.RECEIPT_KEY
    )).split())  # fmt: skip
    assert f"Wat kijkt {office} nog na?" in text
    assert "middelentoets). De grens is nog niet bevestigd." in text
    assert f"{office} kijkt na of er een uitzondering is." in text
    assert f"De kiosk beslist hier niets over. Alleen {office} beslist." in text
    with_limit = " ".join(all_text(render_provisional_receipt(
        samples.provisional_receipt_with_checks(30000), samples.context(Language.ENGLISH), samples.RECEIPT_KEY
    )).split())  # fmt: skip
    assert "De grens is 30000 euro." in with_limit and "30000" in with_limit.split("Samenvatting")[-1]
    plain = " ".join(all_text(PAPERS["provisional-receipt"](samples.context())).split())
    assert "nog na?" not in plain  # nothing to check: nothing said


def test_who_left_or_died_owes_nothing_on_the_papers() -> None:
    receipt = replace(samples.provisional_receipt(), household=samples.household_after_changes(), missing=())
    pdf = render_provisional_receipt(receipt, samples.context(), samples.RECEIPT_KEY)
    text = " ".join(all_text(pdf).split())
    assert "woont niet meer in het gezin: hoeft niet te bevestigen" in text
    assert "overleden" in text
    assert "minderjarig" not in text  # Noor's row says she died, not that she is a minor
