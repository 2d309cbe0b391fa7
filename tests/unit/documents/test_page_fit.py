"""How the papers fall on A4: a household of up to four on one page in Dutch, summaries never split."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.documents import (
    AdultStatus,
    DeadlineLetter,
    Household,
    Language,
    Member,
    MissingItem,
    MissingKind,
    ProvisionalReceipt,
    Role,
    fonts,
    mask_national_number,
    render_deadline_letter,
    render_provisional_receipt,
)
from kiosk.documents.i18n import tr
from tests.unit.documents import samples
from tests.unit.documents.pdfcheck import drawn_pages, page_texts, save_png
from tests.unit.documents.test_papers import PAPERS

D = samples.DEADLINE


def _member(first: str, role: Role, adult: bool, status: AdultStatus | None, number: str) -> Member:
    return Member(first, "Janssens", mask_national_number(number), role, adult, status)


FOUR = {
    # Two adults and two children, offline: the register's household was not checked.
    "offline-two-adults": (
        (
            _member("Sofie", Role.REFERENCE_TENANT, True, AdultStatus.CONFIRMED, samples.SOFIE_NN),
            _member("Pieter", Role.PARTNER, True, AdultStatus.PENDING, samples.PIETER_NN),
            _member("Noor", Role.CHILD, False, None, samples.NOOR_NN),
            _member("Lucas", Role.CHILD, False, None, "17020300181"),
        ),
        (
            *samples.MISSING,
            MissingItem(MissingKind.REGISTER_CHECK, D),
        ),
        False,
    ),
    # Four adults, each with something still to do, checked online.
    "four-adults": (
        (
            _member("Sofie", Role.REFERENCE_TENANT, True, AdultStatus.CONFIRMED, samples.SOFIE_NN),
            _member("Pieter", Role.PARTNER, True, AdultStatus.PENDING, samples.PIETER_NN),
            _member("Amira", Role.OTHER, True, AdultStatus.ABSENT, "01020300112"),
            _member("Yusuf", Role.OTHER, True, AdultStatus.PENDING, "03040500133"),
        ),
        (
            *samples.MISSING,
            MissingItem(MissingKind.ABSENT_ADULT, D, "Amira"),
            MissingItem(MissingKind.CONFIRMATION, D, "Yusuf"),
            MissingItem(MissingKind.DECLARATIONS, D),
        ),
        True,
    ),
}


def _receipt(case: str) -> ProvisionalReceipt:
    members, missing, checked = FOUR[case]
    household = Household(members, samples.LETTER_DATE, deadline=D)
    return ProvisionalReceipt(household, samples.LOCAL_REFERENCE, samples.EVIDENCE, missing, checked)


@pytest.mark.parametrize("case", list(FOUR))
def test_the_provisional_receipt_of_a_household_of_four_fits_one_page_in_dutch(case: str) -> None:
    pdf = render_provisional_receipt(_receipt(case), samples.context(training=True), samples.RECEIPT_KEY)
    save_png(pdf, f"fit-{case}")
    [page] = page_texts(pdf)
    assert "Yusuf" in page or "Lucas" in page
    assert "Bewaar dit papier. Neem het mee" in page  # the last line made it onto the page


def _render(paper: str, language: Language) -> bytes:
    if paper == "four-adults":
        return render_provisional_receipt(_receipt(paper), samples.context(language), samples.RECEIPT_KEY)
    return PAPERS[paper](samples.context(language))


def _summary_pages(paper: str, language: Language) -> set[int]:
    """The pages holding a line that the Dutch-only paper does not have: the summary's lines."""
    dutch = {line for page in drawn_pages(_render(paper, Language.DUTCH)) for line in page}
    pages = drawn_pages(_render(paper, language))
    return {n for n, page in enumerate(pages) for line in page
            if line not in dutch and not line.startswith("Gemaakt op")}  # fmt: skip


@pytest.mark.parametrize("language", [Language.FRENCH, Language.TURKISH, Language.ARABIC])
@pytest.mark.parametrize("paper", ["provisional-receipt", "four-adults", "deadline-letter", "paper-form"])
def test_the_summary_box_is_never_split_over_a_page(paper: str, language: Language) -> None:
    assert len(_summary_pages(paper, language)) == 1


def test_a_summary_too_long_for_what_is_left_of_the_page_starts_on_the_next() -> None:
    receipt = _receipt("four-adults")
    pdf = render_provisional_receipt(receipt, samples.context(Language.ARABIC), samples.RECEIPT_KEY)
    save_png(pdf, "fit-four-adults-ar")
    assert len(page_texts(pdf)) == 2
    assert _summary_pages("four-adults", Language.ARABIC) == {1}  # all of it on page 2
    heading = fonts.visual_rtl(tr(Language.ARABIC, "Samenvatting in uw taal"))
    assert heading in drawn_pages(pdf)[1]


def test_the_deadline_letter_of_four_adults_keeps_its_appeal_together() -> None:
    members, missing, _ = FOUR["four-adults"]
    household = Household(members, samples.LETTER_DATE, date(2026, 12, 1), deadline=date(2026, 12, 16))
    pdf = render_deadline_letter(DeadlineLetter(household, "R", missing), samples.context())
    pages = page_texts(pdf)
    holding = [n for n, text in enumerate(pages) if "Te laat, of geschrapt?" in text]
    assert holding and all("Adres: Agentschap Wonen in Vlaanderen" in pages[n] for n in holding)
