"""Sample papers built from the training fixture (resources/training): the Janssens-De Smet household."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.documents import (
    AbsenceReason,
    AdultStatus,
    DeadlineLetter,
    EvidenceItem,
    EvidenceState,
    FinalReceipt,
    HelpSheet,
    HelpTopic,
    Household,
    Language,
    Member,
    MissingItem,
    MissingKind,
    Office,
    PaperContext,
    PaperForm,
    PaperFormSubject,
    ProvisionalReceipt,
    Role,
    WilCheck,
    WithdrawalReceipt,
    mask_national_number,
)

SOFIE_NN = "90031410231"
PIETER_NN = "88110210514"
NOOR_NN = "15060100273"
ALL_NATIONAL_NUMBERS = (SOFIE_NN, PIETER_NN, NOOR_NN)
LETTER_DATE = date(2026, 11, 16)
DEADLINE = date(2026, 12, 16)  # the core's deadline (letter + 30 days); the papers print what they are given
LOCAL_REFERENCE = "WIL-T01-20261127-0042"
DOSSIER_NUMBER = "201905140017"
RECEIPT_KEY = bytes(range(32))
# A made-up office for the tests: the papers print its address and phone as given.
OFFICE = Office("Wonen in Limburg", "Voorbeeldstraat 1, 3600 Genk", "011 23 45 67")
TAX = "tax_assessment"
TAX_LABEL = "Uw laatste aanslagbiljet van de belastingen (op MyMinfin)"
QUESTIONS = (
    "Wilt u ingeschreven blijven voor een sociale woning?",
    "Woont er iemand anders bij u dan vorig jaar? Of is er iemand weggegaan?",
)


def context(language: Language = Language.DUTCH, training: bool = False) -> PaperContext:
    """Made at a WIL counter terminal on 27 November 2026."""
    return PaperContext(
        language=language,
        training=training,
        terminal_id="T01",
        location="WIL Hasselt",
        printed_at=datetime(2026, 11, 27, 10, 5, tzinfo=UTC),
        office=OFFICE,
    )


def household(pieter: AdultStatus = AdultStatus.PENDING, sofie_first: str = "Sofie") -> Household:
    """Sofie confirmed with her PIN; Pieter pending (or as given); Noor a minor."""
    return Household(
        members=(
            Member(sofie_first, "Janssens", mask_national_number(SOFIE_NN), Role.REFERENCE_TENANT, True,
                   AdultStatus.CONFIRMED, date(2026, 11, 27)),
            Member("Pieter", "De Smet", mask_national_number(PIETER_NN), Role.PARTNER, True, pieter),
            Member("Noor", "De Smet", mask_national_number(NOOR_NN), Role.CHILD, False),
        ),
        letter_date=LETTER_DATE,
        deadline=DEADLINE,
    )  # fmt: skip


MISSING = (
    MissingItem(MissingKind.CONFIRMATION, DEADLINE, "Pieter"),
    MissingItem(MissingKind.EVIDENCE, DEADLINE, "Pieter", evidence_type=TAX, evidence_label=TAX_LABEL),
)
EVIDENCE = (
    EvidenceItem(TAX_LABEL, EvidenceState.ATTACHED, "Sofie"),
    EvidenceItem(TAX_LABEL, EvidenceState.BRING_LATER, "Pieter"),
)


def provisional_receipt() -> ProvisionalReceipt:
    """Offline, Pieter still to confirm."""
    return ProvisionalReceipt(household(), LOCAL_REFERENCE, EVIDENCE, MISSING)


def final_receipt() -> FinalReceipt:
    """Everybody confirmed; the register gave the dossier number."""
    confirmed = household(AdultStatus.ATTESTED)
    evidence = (EVIDENCE[0], EvidenceItem(EVIDENCE[1].label, EvidenceState.SHOWN, "Pieter"))
    return FinalReceipt(confirmed, DOSSIER_NUMBER, date(2026, 11, 27), LOCAL_REFERENCE, evidence)


def paper_form() -> PaperForm:
    """For Pieter, who is in hospital."""
    subject = PaperFormSubject(
        first_name="Pieter",
        last_name="De Smet",
        national_number=PIETER_NN,
        birth_date="02/11/1988",
        nationality="Belg",
        address="Kerkstraat 12, 3500 Hasselt",
    )
    return PaperForm(
        subject, household(AdultStatus.ABSENT), AbsenceReason.HOSPITAL, DOSSIER_NUMBER, QUESTIONS, DEADLINE
    )


def help_sheet() -> HelpSheet:
    """For a candidate without PIN code."""
    return HelpSheet(topics=(HelpTopic.PIN_PUK, HelpTopic.WHERE_HELP), reference=LOCAL_REFERENCE)


def deadline_letter() -> DeadlineLetter:
    """What the household must still do by 16 December 2026."""
    return DeadlineLetter(household(), DOSSIER_NUMBER, MISSING)


def withdrawal_receipt() -> WithdrawalReceipt:
    """Sofie, the reference tenant, stopped the household's registration."""
    return WithdrawalReceipt(household(), LOCAL_REFERENCE, date(2026, 11, 27), "Sofie", "Janssens")


def provisional_receipt_with_checks(threshold: int | None = None) -> ProvisionalReceipt:
    """Sofie has savings (the asset test) and owns a share of a house abroad: WIL checks both."""
    return ProvisionalReceipt(
        household(),
        LOCAL_REFERENCE,
        EVIDENCE,
        MISSING,
        wil_checks=(WilCheck.PROPERTY, WilCheck.ASSETS),
        asset_threshold_eur=threshold,
    )


def household_after_changes() -> Household:
    """Pieter left the household; Noor, a minor, died."""
    return Household(
        members=(
            Member("Sofie", "Janssens", mask_national_number(SOFIE_NN), Role.REFERENCE_TENANT, True,
                   AdultStatus.CONFIRMED, date(2026, 11, 27)),
            Member("Pieter", "De Smet", mask_national_number(PIETER_NN), Role.PARTNER, True,
                   AdultStatus.LEFT),
            Member("Noor", "De Smet", mask_national_number(NOOR_NN), Role.CHILD, False, AdultStatus.DECEASED),
        ),
        letter_date=LETTER_DATE,
        deadline=DEADLINE,
    )  # fmt: skip
