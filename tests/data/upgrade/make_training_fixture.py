"""Write a training-mode data directory at the schema revision of this checkout (upgrade tests).

Run from the repository root with the code of the release whose data the next release must open:
    .venv/bin/python tests/data/upgrade/make_training_fixture.py tests/data/upgrade/training-0001
The result is committed; `tests/packaging/test_upgrade.py` opens a copy with the newer code.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk import db, domain, dossiers
from kiosk.domain import Dossier
from kiosk.rules import load_rules
from kiosk.store import TRAINING_PASSWORD, create_training_store
from tests.unit.core.factories import card

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def main(target: Path) -> None:
    store, _ = create_training_store(target, NOW, production_data_dir=target.parent / "not-production")
    staff = store.sign_in("wil", TRAINING_PASSWORD, NOW)
    dossier = Dossier(kind="confirmation", candidate_number="201905140017", letter_date=NOW.date())
    dossier.members.append(domain.member_from_card(card(), "reference_tenant"))
    with store.begin() as session:
        dossiers.save_dossier(session, staff, dossier, staff.context("T-1", "Genk"), NOW, load_rules())
    store.close()
    print(f"{target}: revision {db.head_revision()}, dossier {dossier.dossier_id}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
