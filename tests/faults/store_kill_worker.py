"""Records confirmations in a loop until killed; prints "committed <id>" after each commit.

Run by test_store_kill.py with the session's Secret Service in its environment.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk import domain, dossiers, sealing
from kiosk.domain import Dossier, Role, Visit
from kiosk.keys import KeyringSecretStore
from kiosk.ports import Authenticity, CardAddress, CardIdentity, EidSignature, PartialDate
from kiosk.rules import load_rules
from kiosk.statement import statement_fields
from kiosk.store import EnrollmentRecord, Store, load_enrollment, save_enrollment


class JsonEncoder:
    schema_version = 1

    def encode(self, snapshot: object) -> bytes:
        return json.dumps(dataclasses.asdict(snapshot), default=str).encode()  # type: ignore[call-overload]


def card(number: int) -> CardIdentity:
    national_number = f"{number:011d}"
    return CardIdentity(
        national_number=national_number,
        surname=f"Achternaam{number}",
        first_names="Voornaam",
        birth_date=PartialDate(1980, 1, 1),
        sex="F",
        nationality="BE",
        address=CardAddress("Straat 1", "3600", "Genk"),
        document_type="01",
        card_number="1",
        validity_begin=datetime(2020, 1, 1).date(),
        validity_end=datetime(2030, 1, 1).date(),
        applet_version="1.8",
        authenticity=Authenticity.GENUINE,
        authenticity_reason="",
    )


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    store = Store.open(data_dir, KeyringSecretStore(data_dir))
    now = datetime.now(UTC)
    with store.begin() as session:
        if load_enrollment(session, store) is None:
            _, public = sealing.generate_keypair()
            save_enrollment(
                session, store, EnrollmentRecord("T-KILL", "https://127.0.0.1", public, b"k" * 32, now)
            )
    unlocked = store.sign_in("coord", "eerste-wachtwoord", now)
    context = domain.OperatorContext("coord", frozenset({Role.COORDINATOR}), "T-KILL", "Genk")
    rules = load_rules()
    print("ready", flush=True)
    number = start
    while True:
        number += 1
        now = datetime.now(UTC)
        dossier = Dossier(kind="registration")
        member = domain.member_from_card(card(number), "reference_tenant")
        dossier.members.append(member)
        signature = EidSignature("signature", "ecdsa-p384-sha384", b"sig", b"cert")
        statement = statement_fields(
            kind="confirmation",
            visit_id="kill-visit",
            household_key=member.national_number or "",
            national_number=member.national_number or "",
            subject_national_number=member.national_number or "",
            declarations_sha256="0" * 64,
            evidence_sha256=(),
            confirmed_at=now,
            terminal_id="T-KILL",
        )
        confirmation = domain.Confirmation(
            "eid_signature",
            statement,
            signature,
            {"still_wants_registration": True},
            now,
            "T-KILL",
            "coord",
        )
        domain.record_confirmation(dossier, member, confirmation, context)
        with store.begin() as session:
            dossiers.end_visit(
                session,
                unlocked,
                dossier,
                Visit("coord", "T-KILL", "Genk", now),
                JsonEncoder(),
                context,
                rules,
                now,
            )
        print(f"committed {dossier.dossier_id} {number}", flush=True)


if __name__ == "__main__":
    main()
