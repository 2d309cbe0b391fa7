"""The register's household as the visit's to-do list.

The register's lookup answer (`kiosk.ports.HouseholdLookup`) lists every member it knows with an
opaque reference, their role, an adult flag, whether they confirmed already, and a keyed hash of
their national number. `apply_lookup` lays that list over the dossier being built, so a known adult
who has not confirmed is never missing from the household; `member_for_card` recognises the card of
a listed member when it is inserted.

The match code is HMAC-SHA256 under a key the register draws afresh for each answer (`match_salt`):
the kiosk can test a card it holds against the list, and learns nothing about the other members'
numbers (docs/privacy.md, "The household lookup").
"""

from __future__ import annotations

import hashlib
import hmac

from kiosk.domain import Dossier, Member
from kiosk.ports import CardIdentity, HouseholdLookup, MemberRole

ROLES: frozenset[str] = frozenset({"reference_tenant", "partner", "child", "other"})


def match_code(match_salt: str, national_number: str) -> str:
    """The keyed hash of a national number under one lookup answer's key (hex)."""
    return hmac.new(bytes.fromhex(match_salt), national_number.encode("ascii"), hashlib.sha256).hexdigest()


def apply_lookup(dossier: Dossier, lookup: HouseholdLookup | None) -> None:
    """Record the register's answer: its numbers and dates, and every member it lists.

    None means the register does not know the household: a new registration. A listed member who
    is already in the dossier (same reference, or a card that matches) takes the register's
    reference, role and confirmation state; the others are added with their first name only.
    """
    dossier.register_checked = True
    if lookup is None:
        dossier.kind = "registration"
        return
    dossier.kind = "confirmation"
    dossier.candidate_number = lookup.candidate_number
    dossier.letter_date, dossier.reminder_date = lookup.letter_date, lookup.reminder_date
    dossier.match_salt = lookup.match_salt or None
    for listed in lookup.members:
        member = _known(dossier, listed.ref, listed.match)
        if member is None:
            member = Member(
                surname="",
                first_names=listed.first_name,
                birth_date=None,
                role=_role(listed.role),
                adult_override=listed.adult,
            )
            dossier.members.append(member)
        member.register_ref, member.register_match = listed.ref, listed.match
        member.role, member.role_chosen = _role(listed.role), True  # the register decides the roles
        member.confirmed_at_register = listed.confirmed


def _known(dossier: Dossier, ref: str, match: str | None) -> Member | None:
    for member in dossier.members:
        if member.register_ref == ref:
            return member
        if (
            match
            and member.national_number
            and dossier.match_salt
            and hmac.compare_digest(match_code(dossier.match_salt, member.national_number), match)
        ):
            return member
    return None


def _role(value: str) -> MemberRole:
    return value if value in ROLES else "other"  # type: ignore[return-value]


def member_for_card(dossier: Dossier, national_number: str) -> Member | None:
    """The dossier's member this card belongs to: by national number, or by the register's match code."""
    known = dossier.member_by_national_number(national_number)
    if known is not None or not dossier.match_salt:
        return known
    code = match_code(dossier.match_salt, national_number)
    return next(
        (
            m
            for m in dossier.members
            if m.national_number is None and m.register_match and hmac.compare_digest(m.register_match, code)
        ),
        None,
    )


def fill_from_card(member: Member, card: CardIdentity) -> None:
    """A listed member's card was read: their identity now comes from the card."""
    member.surname, member.first_names = card.surname, card.first_names
    member.birth_date, member.national_number = card.birth_date, card.national_number
    member.adult_override = None  # the card's birth date decides from now on


def matches_listed_member(dossier: Dossier, member: Member, national_number: str) -> bool:
    """Whether a typed national number is the one the register lists for `member` (WIL staff typing)."""
    if not (dossier.match_salt and member.register_match):
        return True  # nothing to check against: not a member the register listed
    return hmac.compare_digest(match_code(dossier.match_salt, national_number), member.register_match)
