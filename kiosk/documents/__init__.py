"""The printed papers: pure functions that turn view models into PDF bytes (ReportLab).

Papers: the provisional receipt (offline, with a verification code and a QR code), the final receipt
(the dossier number, proof for an appeal), the withdrawal receipt (the household stopped its
registration), the pre-filled paper form, the help sheet, the deadline letter, the appointment slip (a
household without a readable eID) and the information sheet of a new registration; each in Dutch with a
summary in the candidate's language. The view models in `model` are filled in by the composition root in
`ui/` from a dossier; printing itself lives in `ui/printing.py`.
"""

from __future__ import annotations

from kiosk.documents import fonts, i18n
from kiosk.documents.appointment_slip import render_appointment_slip
from kiosk.documents.deadline_letter import render_deadline_letter
from kiosk.documents.help_sheet import render_help_sheet
from kiosk.documents.model import (
    AbsenceReason,
    AdultStatus,
    AppointmentSlip,
    DeadlineLetter,
    DwellingType,
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
    NoCardReason,
    Office,
    PaperContext,
    PaperForm,
    PaperFormSubject,
    ProvisionalReceipt,
    RegistrationInfo,
    Role,
    SlipPerson,
    WilCheck,
    WithdrawalReceipt,
    format_national_number,
    mask_national_number,
)
from kiosk.documents.paper_form import render_paper_form
from kiosk.documents.receipts import render_final_receipt, render_provisional_receipt
from kiosk.documents.registration_info import render_registration_info
from kiosk.documents.test_page import render_test_page
from kiosk.documents.withdrawal import render_withdrawal_receipt


def warm_up() -> None:
    """Load the fonts, catalogues and date formats ahead of the first paper, e.g. when the kiosk starts."""
    fonts.register_fonts()
    i18n.warm_up()
    fonts.visual_rtl(i18n.tr(Language.ARABIC, "Samenvatting in uw taal"))


__all__ = [
    "AbsenceReason",
    "AdultStatus",
    "AppointmentSlip",
    "DeadlineLetter",
    "DwellingType",
    "EvidenceItem",
    "EvidenceState",
    "FinalReceipt",
    "HelpSheet",
    "HelpTopic",
    "Household",
    "Language",
    "Member",
    "MissingItem",
    "MissingKind",
    "NoCardReason",
    "Office",
    "PaperContext",
    "PaperForm",
    "PaperFormSubject",
    "ProvisionalReceipt",
    "RegistrationInfo",
    "Role",
    "SlipPerson",
    "WilCheck",
    "WithdrawalReceipt",
    "format_national_number",
    "mask_national_number",
    "render_appointment_slip",
    "render_deadline_letter",
    "render_final_receipt",
    "render_help_sheet",
    "render_paper_form",
    "render_provisional_receipt",
    "render_registration_info",
    "render_test_page",
    "render_withdrawal_receipt",
    "warm_up",
]
