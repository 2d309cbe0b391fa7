"""What the papers say: only what the kiosk can back, in plain Dutch, and the same in every language.

Each test reads a rendered paper back (pypdf), or for Arabic the lines as drawn on the paper.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest

from kiosk.documents import (
    AdultStatus,
    DeadlineLetter,
    Language,
    MissingItem,
    MissingKind,
    Office,
    render_deadline_letter,
    render_help_sheet,
    render_paper_form,
    render_provisional_receipt,
)
from kiosk.documents.blocks import deadline_text
from kiosk.documents.catalogues import TRANSLATED, read_catalogue
from kiosk.documents.i18n import full_date
from tests.unit.documents import samples
from tests.unit.documents.pdfcheck import all_text, drawn_lines
from tests.unit.documents.test_papers import PAPERS

AT_THE_LATEST = {
    Language.DUTCH: "uiterlijk op woensdag 16 december 2026",
    Language.FRENCH: "au plus tard le mercredi 16 décembre 2026",
    Language.ENGLISH: "no later than Wednesday, 16 December 2026",
    Language.TURKISH: "en geç 16 Aralık 2026 Çarşamba günü",
    Language.ARABIC: "في موعد أقصاه " + full_date(Language.ARABIC, samples.DEADLINE),
}
# "Before the date" where the last day still counts: the words the papers must not use for a deadline.
BEFORE = {
    Language.DUTCH: ("vóór", "voor "),
    Language.FRENCH: ("avant",),
    Language.ENGLISH: ("before",),
    Language.TURKISH: ("önce",),
    Language.ARABIC: ("قبل",),
}
NO_CLAIMS = (
    "Uw dossier is in orde",
    "U hoeft daarvoor niets te doen",
    "dossier est complet",
    "Vous ne devez rien faire",
    "file is complete",
    "do not need to do anything",
)


def _render(paper: str, language: Language) -> str:
    return all_text(PAPERS[paper](samples.context(language)))


def _provisional(language: Language = Language.DUTCH, **changes: object) -> str:
    receipt = replace(samples.provisional_receipt(), **changes)  # type: ignore[arg-type]
    return all_text(render_provisional_receipt(receipt, samples.context(language), samples.RECEIPT_KEY))


@pytest.mark.parametrize("language", list(Language))
def test_the_deadline_reads_at_the_latest_on_in_every_language(language: Language) -> None:
    assert AT_THE_LATEST[language] in deadline_text(language, samples.household(), samples.OFFICE)
    if language is Language.ARABIC:
        return  # read back in visual order in test_arabic_keeps_numbers_dates_and_phones_in_order
    for paper in ("provisional-receipt", "paper-form", "deadline-letter"):
        text = _render(paper, language)
        assert AT_THE_LATEST[language] in text or AT_THE_LATEST[language].capitalize() in text, paper


@pytest.mark.parametrize("language", list(Language))
def test_no_deadline_text_says_before(language: Language) -> None:
    """'Vóór 16 december' means the 15th is the last day; the papers mean the 16th counts."""
    if language is Language.DUTCH:
        texts = [m.id if isinstance(m.id, str) else m.id[1] for m in read_catalogue(Language.FRENCH) if m.id]
    else:
        texts = [f for m in read_catalogue(language) if m.id for f in ([m.string] if isinstance(m.string, str)
                 else m.string)]  # fmt: skip
    with_dates = [text for text in texts if "{date}" in text]
    assert len(with_dates) >= 6
    for text in with_dates:
        assert not any(word in text.lower() for word in BEFORE[language]), text


@pytest.mark.parametrize("paper", ["provisional-receipt", "deadline-letter", "final-receipt"])
def test_force_majeure_and_the_appeal_are_on_every_paper_for_people_at_risk(paper: str) -> None:
    text = _render(paper, Language.DUTCH)
    assert "overmacht" in text and "Zeg het meteen aan Wonen in Limburg" in text
    assert "verhaalrecht" in text
    assert "binnen 30 dagen nadat u de beslissing kreeg een aangetekende brief" in text
    assert "Schrijf erin waarom u het niet eens bent, anders wordt hij niet behandeld" in text  # reasoned
    assert "toezichthouder (verhaalrecht): de dienst van de Vlaamse overheid die" in text  # explained, B1
    french = _render(paper, Language.FRENCH)
    assert "force majeure" in french and "recours (verhaalrecht)" in french


def test_the_pin_and_puk_help_says_where_the_codes_go_and_how_long_it_takes() -> None:
    text = _render("help-sheet", Language.DUTCH)
    assert "naar het gemeentehuis, niet naar u thuis" in text
    assert "1 tot 3 weken" in text
    assert "Is uw kaart van 2022 of later? Dan kan de gemeente uw pincode meteen aan de balie" in text
    assert "U krijgt een brief met een nieuwe pincode" not in text  # the old, wrong route
    french = _render("help-sheet", Language.FRENCH)
    assert "1 à 3 semaines" in french and "pas chez vous" in french and "2022" in french


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("language", list(Language))
def test_no_paper_claims_what_the_kiosk_cannot_back(paper: str, language: Language) -> None:
    text = _render(paper, language)
    for claim in NO_CLAIMS:
        assert claim not in text


def test_nothing_is_missing_only_when_the_core_says_complete() -> None:
    undecided = _provisional(missing=(), complete=False)
    assert "Er ontbreekt niets meer" not in undecided
    assert "Vraag aan Wonen in Limburg wat er nog ontbreekt." in undecided
    assert "Il ne manque plus rien" not in _provisional(Language.FRENCH, missing=(), complete=False)
    complete = _provisional(missing=(), complete=True)
    assert "Er ontbreekt niets meer." in complete
    assert "uiterlijk op" not in complete  # nothing left to do by a date


def test_an_offline_receipt_says_the_household_could_not_be_checked() -> None:
    check = MissingItem(MissingKind.REGISTER_CHECK, samples.DEADLINE)
    text = _provisional(household_checked=False, missing=(*samples.MISSING, check))
    assert "Deze computer had geen internet. Hij kon niet nakijken wie er in het register bij" in text
    assert "Daarom is dit ontvangstbewijs voorlopig." in text
    assert "Vragen aan Wonen in Limburg of nog iemand van uw gezin moet bevestigen" in text
    assert "niet nakijken" not in _provisional()  # checked online: not said
    french = _provisional(Language.FRENCH, household_checked=False, missing=(check,))
    assert "Il n'a pas pu vérifier qui fait partie de votre ménage dans le registre." in french


def test_an_overdue_item_says_so_and_to_call_at_once() -> None:
    late = tuple(replace(item, overdue=True) for item in samples.MISSING)
    text = _provisional(missing=late)
    assert "De uiterste datum is voorbij. Neem vandaag nog contact op met Wonen in Limburg." in text
    assert "Telefoon: 011 23 45 67." in text
    assert "de uiterste datum (16 december 2026) is voorbij" in text
    assert "Breng alles in orde uiterlijk op" not in text
    english = samples.context(Language.ENGLISH)
    letter = all_text(render_deadline_letter(DeadlineLetter(samples.household(), "R", late), english))
    assert "The deadline has passed. Contact Wonen in Limburg today." in letter
    assert "Uiterlijk op" not in letter and "overmacht" in letter


def test_an_item_without_a_known_date_points_to_the_letter() -> None:
    unknown = tuple(replace(item, due=None) for item in samples.MISSING)
    household = replace(samples.household(), deadline=None)
    text = _provisional(household=household, missing=unknown)
    assert "kijk in uw brief of vraag de datum aan Wonen in Limburg" in text
    assert "Uw uiterste datum staat in de brief van Wonen in Limburg" in text
    assert "december 2026" not in text.split("Uw gezin")[1].split("Te laat")[0]  # no date of its own


def test_the_new_statuses_say_how_an_adult_confirmed() -> None:
    earlier = _provisional(household=samples.household(AdultStatus.CONFIRMED_EARLIER), missing=())
    assert "had al eerder bevestigd" in earlier
    volmacht = _provisional(household=samples.household(AdultStatus.CONFIRMED_BY_VOLMACHT), missing=())
    assert "bevestigd met een volmacht, door een ander gezinslid" in volmacht
    assert "confirmé par un autre membre du ménage, avec une procuration" in _provisional(
        Language.FRENCH, household=samples.household(AdultStatus.CONFIRMED_BY_VOLMACHT), missing=()
    )


def test_the_paper_form_names_the_office_asks_the_given_questions_and_nothing_more() -> None:
    text = _render("paper-form", Language.DUTCH)
    assert "Adres: Voorbeeldstraat 1, 3600 Genk. Telefoon: 011 23 45 67." in text
    for question in samples.QUESTIONS:
        assert question in text
    assert text.count("☐ Ja ☐ Nee") == len(samples.QUESTIONS)
    assert "Geslacht" not in text and "Kaartnummer" not in text
    assert "Mijn gezin is nog hetzelfde" not in text  # the old fixed tick box
    no_questions = replace(samples.paper_form(), questions=("Woont u nog op hetzelfde adres?",))
    other = all_text(render_paper_form(no_questions, samples.context()))
    assert "Woont u nog op hetzelfde adres?" in other and samples.QUESTIONS[0] not in other


def test_without_an_address_in_the_settings_the_form_points_to_the_website() -> None:
    context = replace(samples.context(Language.TURKISH), office=Office())
    text = all_text(render_paper_form(samples.paper_form(), context))
    assert "Het adres en telefoonnummer van Wonen in Limburg staan op www.wil.be." in text
    assert "Wonen in Limburg adresi ve telefon numarası www.wil.be sitesinde yer alıyor." in text


@pytest.mark.parametrize("paper", list(PAPERS))
def test_plain_dutch(paper: str) -> None:
    text = _render(paper, Language.DUTCH)
    assert not re.search(r"\b[Kk]an u\b", text)  # "kunt u"
    assert "Stand" not in text  # an unclear column header
    assert "vóór" not in text


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_summary_translates_what_is_missing(language: Language) -> None:
    """The summary adds no Dutch: each Dutch phrase is as often on the paper as on the Dutch-only one."""
    text = _render("provisional-receipt", language)
    for dutch in ("Bevestigen met de eigen identiteitskaart", "Bewijsstuk brengen", "uiterlijk op"):
        assert text.count(dutch) == _render("provisional-receipt", Language.DUTCH).count(dutch), dutch
    if language is Language.FRENCH:
        assert "Apporter le document : Votre dernier avertissement-extrait de rôle (sur MyMinfin)" in text
    if language is Language.ARABIC:
        folded = unicodedata.normalize("NFKC", text)
        assert "آخر إشعار ضريبي لك" in folded  # the evidence type, translated from the rules file's label


def test_arabic_keeps_numbers_dates_and_phones_in_order() -> None:
    """Visual order, left to right, as printed: each number reads as it is written."""
    final = replace(samples.final_receipt(), dossier_number="20261206-0007")
    from kiosk.documents import render_final_receipt

    lines = drawn_lines(render_final_receipt(final, samples.context(Language.ARABIC)))
    lines += drawn_lines(render_help_sheet(samples.help_sheet(), samples.context(Language.ARABIC)))
    lines += drawn_lines(PAPERS["provisional-receipt"](samples.context(Language.ARABIC)))
    lines += drawn_lines(PAPERS["paper-form"](samples.context(Language.ARABIC)))
    arabic = [line for line in lines if re.search("[\ufe70-\ufeff]", line)]  # shaped Arabic: the summary
    joined = "\n".join(arabic)
    assert "20261206-0007" in joined and "0007-20261206" not in joined
    assert "02 740 79 91" in joined and "91 79 740 02" not in joined
    assert samples.LOCAL_REFERENCE in joined
    assert "011 23 45 67" in joined  # the office's phone on the paper form
    dates = [line for line in arabic if "2026" in line and "16" in line and "ﺮﺒﻤﺴﻳﺩ" in line]
    assert dates  # 16 December 2026 in Arabic: "16" reads first, so it stands to the right of "2026"
    assert all(line.index("2026") < line.rindex("16") for line in dates)
