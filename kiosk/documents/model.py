"""View models of the printed papers: small frozen values, independent of the core's domain.

The composition root in `ui/` (or, later, a helper of the core) maps a dossier onto these values
when a paper is printed. They hold exactly what a paper shows, already decided by the core:
statuses, deadlines, what is missing and whether it is overdue, the national number masked. The
papers compute no date of their own: a deadline they are not given is printed as "see your letter".
The enum values equal the core's (`kiosk.ports` MemberRole, AbsenceReason, EvidenceState, and the
kinds of `kiosk.domain.Missing`), so `Role(member.role)` and the like map them one to one. Only
`PaperFormSubject` carries a full national number, because only the pre-filled paper form may show
it (WIL must process that form); no other paper can receive one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")


class Language(StrEnum):
    """The candidate's language: the language of the summary under the Dutch text."""

    DUTCH = "nl"
    FRENCH = "fr"
    ENGLISH = "en"
    TURKISH = "tr"
    ARABIC = "ar"


class Role(StrEnum):
    """A member's place in the household."""

    REFERENCE_TENANT = "reference_tenant"
    PARTNER = "partner"
    CHILD = "child"
    OTHER = "other"


class AdultStatus(StrEnum):
    """Where an adult stands with the confirmation."""

    CONFIRMED = "confirmed"  # signed with their own eID and PIN during this visit
    ATTESTED = "attested"  # confirmed by WIL staff (no PIN), signed with the staff member's eID
    CONFIRMED_EARLIER = "confirmed_earlier"  # the register says they confirmed before this visit
    CONFIRMED_BY_VOLMACHT = "confirmed_by_volmacht"  # absent; another adult signed under their volmacht
    CONFIRMED_BY_REPRESENTATIVE = "confirmed_by_representative"  # an administrator or volmacht holder signed
    PENDING = "pending"  # still has to confirm
    ABSENT = "absent"  # could not come (hospital, abroad, ...): the paper route, not done yet
    TO_CHECK = "to_check"  # no readable eID, recorded by hand: the office checks the documents first
    LEFT = "left"  # no longer lives in the household (moved out, separated): need not confirm
    DECEASED = "deceased"  # died since the last round: need not confirm


class NoCardReason(StrEnum):
    """Why an adult has no readable Belgian eID; chooses what the appointment slip says to bring."""

    PASSPORT = "passport"
    REFUGEE_PAPERS = "refugee_papers"
    LOST = "lost"
    BROKEN = "broken"
    RENEWING = "renewing"
    OTHER = "other"


class DwellingType(StrEnum):
    """A kind of dwelling the household would like (`kiosk.registration.DwellingType`)."""

    HOUSE = "house"
    APARTMENT = "apartment"
    STUDIO = "studio"


class WilCheck(StrEnum):
    """Something the answers leave for the office to check; the kiosk judges none of it.

    The values are the rules file's outcomes (`kiosk.rules.Outcome`).
    """

    REGISTER = "not_registered"  # not in a population or foreigners' register, no reference address
    INCOME = "income_above_limit"  # the income that counts seems above the limit
    PROPERTY = "owns_property"  # owns a dwelling or land without an exception
    ASSETS = "asset_test"  # savings or investments: the asset test (middelentoets)


class AbsenceReason(StrEnum):
    """Why an adult could not come; chooses the wording on the paper form."""

    HOSPITAL = "hospital"
    CARE_HOME = "care_home"
    ABROAD = "abroad"
    PRISON = "prison"
    NO_PIN = "no_pin"
    NO_CARD = "no_card"  # no readable Belgian eID: recorded by hand, the office checks the documents
    OTHER = "other"


class EvidenceState(StrEnum):
    """Where one evidence document stands."""

    ATTACHED = "attached"  # scanned or uploaded at the kiosk
    SHOWN = "shown_at_counter"  # shown at the WIL counter
    BRING_LATER = "bring_later"  # still missing


class HelpTopic(StrEnum):
    """A section of the help sheet; the ones that apply to this candidate come first."""

    PIN_PUK = "pin_puk"
    ITSME = "itsme"
    RENEW_EID = "renew_eid"
    WHERE_HELP = "where_help"


@dataclass(frozen=True)
class Member:
    """A household member as the papers show them (minors have no status)."""

    first_name: str = field(repr=False)
    last_name: str = field(repr=False)
    masked_national_number: str = field(repr=False)
    role: Role
    adult: bool
    status: AdultStatus | None = None
    confirmed_on: date | None = None
    absence_reason: AbsenceReason | None = None

    def __post_init__(self) -> None:
        if _ELEVEN_DIGITS.search(self.masked_national_number.replace(".", "").replace("-", "")):
            raise ValueError("Member takes a masked national number (use mask_national_number)")

    @property
    def full_name(self) -> str:
        """First name and last name."""
        return f"{self.first_name} {self.last_name}"


class MissingKind(StrEnum):
    """What is missing, as the core names it (`kiosk.domain.Missing.kind`)."""

    NO_ADULT = "no_adult"  # nobody of age in the household has confirmed
    CONFIRMATION = "confirmation"  # an adult still has to confirm
    ABSENT_ADULT = "absent_adult"  # an absent adult's paper form is not back yet
    DECLARATIONS = "declarations"  # the questions about the household are not answered
    EVIDENCE = "evidence"  # an evidence document is still to bring
    REGISTER_CHECK = "register_check"  # offline: the register's household could not be checked


@dataclass(frozen=True)
class Office:
    """The office that handles the candidate's file: named on every paper, its address on the form.

    The terminal's settings give it (`kiosk.offices`, `[[offices]]` in settings.toml). The defaults
    are Wonen in Limburg's; the address, phone and hours are left empty until the settings give
    them (they could not be confirmed from a public source), and the papers then point to the
    website instead of printing a guess.
    """

    name: str = "Wonen in Limburg"
    address: str = ""
    phone: str = ""
    website: str = "www.wil.be"
    hours: str = ""
    location: str = ""

    @property
    def label(self) -> str:
        """The office with its location, as an address block starts: "Wonen in Limburg, Genk"."""
        return f"{self.name}, {self.location}" if self.location else self.name


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence document (bewijsstuk), labelled in Dutch as the rules file names it."""

    label: str
    state: EvidenceState
    member_first_name: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class MissingItem:
    """Something still to do, for whom and by when, as the core decided it.

    `due` is None when the register's date is not known here: the papers then say to look at the
    letter or ask the office, never a date of their own. `overdue` means the deadline has passed:
    the papers say so plainly and tell the candidate to contact the office at once. An evidence
    item names its type as the rules file does (`evidence_type`, and `evidence_label` in Dutch), so
    the summaries can translate it.
    """

    kind: MissingKind
    due: date | None
    member_first_name: str | None = field(default=None, repr=False)
    overdue: bool = False
    evidence_type: str = ""
    evidence_label: str = ""

    def __post_init__(self) -> None:
        if (self.kind is MissingKind.EVIDENCE) != bool(self.evidence_type and self.evidence_label):
            raise ValueError("an evidence item, and only one, names its evidence type and Dutch label")


@dataclass(frozen=True)
class PaperContext:
    """Where, when and for whom a paper is made."""

    language: Language
    training: bool
    terminal_id: str
    location: str
    printed_at: datetime
    copy: bool = False  # a reprint: every page says KOPIE at the top
    office: Office = field(default_factory=Office)


@dataclass(frozen=True)
class Household:
    """The household, the register's letter dates, and the deadline the core decided."""

    members: tuple[Member, ...]
    letter_date: date | None = None
    reminder_date: date | None = None  # set: the deadline comes from a reminder (the last chance)
    new_registration: bool = False
    # The core's deadline (the last day included); None when it is not known here (offline, or a
    # new registration): the papers then point to the letter and never print a date of their own.
    deadline: date | None = None
    # The register could not check the household and the deadline is close: the papers say to call
    # the office or hand in the paper form now, not to wait for this computer to send it.
    act_now: bool = False

    @property
    def adults(self) -> tuple[Member, ...]:
        """The members who must each confirm."""
        return tuple(m for m in self.members if m.adult)

    @property
    def reference_tenant(self) -> Member | None:
        """The reference tenant, when known."""
        return next((m for m in self.members if m.role is Role.REFERENCE_TENANT), None)


@dataclass(frozen=True)
class ProvisionalReceipt:
    """What the provisional receipt shows (made offline, before the register answered)."""

    household: Household
    local_reference: str
    evidence: tuple[EvidenceItem, ...] = ()
    missing: tuple[MissingItem, ...] = ()
    # False when the visit was offline: the register's household could not be checked, and the
    # receipt says that is why it is provisional.
    household_checked: bool = True
    # The core's completeness; only then does the receipt say that nothing is missing.
    complete: bool = False
    # What the answers leave for the office to check, and the asset test's threshold once WIL set it.
    wil_checks: tuple[WilCheck, ...] = ()
    asset_threshold_eur: int | None = None


@dataclass(frozen=True)
class FinalReceipt:
    """What the final receipt shows: the register gave a dossier number."""

    household: Household
    dossier_number: str
    confirmed_on: date
    local_reference: str = ""
    evidence: tuple[EvidenceItem, ...] = ()
    wil_checks: tuple[WilCheck, ...] = ()
    asset_threshold_eur: int | None = None


@dataclass(frozen=True)
class WithdrawalReceipt:
    """What the withdrawal receipt shows: the reference tenant stopped the household's registration.

    Not a confirmation receipt: it says what was asked, that it was confirmed twice and signed, what it
    costs (the place and the waiting time), and that the office processes it.
    """

    household: Household
    local_reference: str
    requested_on: date
    tenant_first_name: str = field(repr=False)
    tenant_last_name: str = field(repr=False)
    household_checked: bool = True  # False offline: the register's household could not be checked


@dataclass(frozen=True)
class PaperFormSubject:
    """The member the paper form is for, as read from their eID (the full national number)."""

    first_name: str = field(repr=False)
    last_name: str = field(repr=False)
    national_number: str = field(repr=False)
    birth_date: str = field(repr=False)
    nationality: str = field(repr=False)
    address: str = field(repr=False)


@dataclass(frozen=True)
class PaperForm:
    """The pre-filled paper form for a member who could not confirm at the kiosk."""

    subject: PaperFormSubject
    household: Household
    reason: AbsenceReason
    reference: str  # the dossier number, else the register's candidate number, else the local reference
    # The questions the member answers, in Dutch, as the caller takes them from the rules file.
    questions: tuple[str, ...] = ()
    due: date | None = None  # the core's deadline; None: "as soon as possible, see your letter"


@dataclass(frozen=True)
class SlipPerson:
    """An adult the office must still see, and why they have no readable eID."""

    first_name: str = field(repr=False)
    last_name: str = field(repr=False)
    no_card: NoCardReason

    @property
    def full_name(self) -> str:
        """First name and last name."""
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class AppointmentSlip:
    """What to bring, where and by when, for a household recorded without a readable eID.

    `documents` are the evidence documents the core says are still missing, in Dutch as the rules
    file names them; `due` is the core's deadline (None: as soon as possible, see the letter).
    """

    household: Household
    reference: str
    people: tuple[SlipPerson, ...]
    documents: tuple[str, ...] = ()
    due: date | None = None


@dataclass(frozen=True)
class RegistrationInfo:
    """The information sheet of a new registration: what was registered, and what the candidate must know.

    Holds the household's own choices (they take the sheet home): preferences, priority facts, how
    the office can reach them and where letters go.
    """

    reference: str
    municipalities: tuple[str, ...] = ()
    dwelling_types: tuple[DwellingType, ...] = ()
    max_rent: int | None = None
    informal_care_municipality: str = ""
    adapted_dwelling: bool = False
    phone: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    letters_to: tuple[str, ...] = field(default=(), repr=False)  # another address for letters, line by line
    address_is_reference: bool = False


@dataclass(frozen=True)
class HelpSheet:
    """The help sheet; `topics` are the sections that apply to this candidate, printed first."""

    topics: tuple[HelpTopic, ...] = ()
    reference: str = ""


@dataclass(frozen=True)
class DeadlineLetter:
    """The deadline letter: what must be done, by which date."""

    household: Household
    reference: str
    missing: tuple[MissingItem, ...] = field(default_factory=tuple)


def mask_national_number(national_number: str) -> str:
    """Return the number with only its last two digits (the check digits) visible: xx.xx.xx-xxx.31."""
    digits = re.sub(r"[^0-9]", "", national_number)
    if len(digits) != 11:
        raise ValueError("a national number has 11 digits")
    return f"xx.xx.xx-xxx.{digits[-2:]}"


def format_national_number(national_number: str) -> str:
    """Return the number in its usual printed form YY.MM.DD-SSS.CC (for the paper form only)."""
    d = re.sub(r"[^0-9]", "", national_number)
    if len(d) != 11:
        raise ValueError("a national number has 11 digits")
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"
