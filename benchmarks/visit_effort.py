"""Visit effort: every physical action of a household of three adults, per adult and per role.

The scripted visit (tests/e2e/scripted_visit.py, `household_with_a_bijwoner`) runs through the real
screens of a training kiosk, offscreen, with the in-process virtual cards and the register simulator:
the WIL staff operator signs in and starts the visit; Sofie, the reference tenant, confirms with her
PIN and her payslips are added (the operator picks the scan in the file dialog); Pieter, her partner,
has no PIN and WIL staff attest for him with Griet's staff card; Anna, whom the register lists in the
household as another adult (a bijwoner), confirms with her PIN; review, "Klaar", "send now" until
the dossier number shows, the end of the visit.

Counted: every click (answers included), every key press except typed text and PIN digits (Tab and
Enter at sign-in, Enter in the file dialog), every card inserted or taken out. Each is booked to the
operator or the candidate and to the adult whose turn it is. The household's own candidate steps
("Klaar" on the review) are added to the reference tenant's figure.

Targets (per adult, by the role the register gives them): <= 14 candidate actions for the reference
tenant and the partner, <= 8 for any other adult (who, under rules that ask the registration
conditions only of the reference tenant and the partner, only confirms still belonging to the
household); <= 4 operator actions per adult (all of the visit's operator actions, the sign-in
included, over the adults who confirmed). The rules file in force is the kiosk's own (`load_rules`:
the newest bundled or published); the figures name its version. Exits 1 when a target is missed.

Run: `.venv/bin/python benchmarks/visit_effort.py` (QT_QPA_PLATFORM defaults to offscreen).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_CANDIDATE = {"reference_tenant": 14, "partner": 14}  # the registration's applicants
TARGET_OTHER_ADULT = 8  # a bijwoner: any other adult
TARGET_OPERATOR_PER_ADULT = 4.0
ROLE_WORDS = {"reference_tenant": "reference tenant", "partner": "partner", "other": "other adult"}


@dataclass
class Adult:
    """One adult's share of the visit."""

    profile: str
    role: str
    candidate: Counter[str]  # by kind: answer, click, card, key
    operator: int

    @property
    def total(self) -> int:
        return sum(self.candidate.values())

    @property
    def target(self) -> int:
        return TARGET_CANDIDATE.get(self.role, TARGET_OTHER_ADULT)


@dataclass
class Effort:
    """What one scripted visit took."""

    rules_version: str
    dossier: str
    adults: list[Adult]
    household_candidate: Counter[str]  # the household's own steps, added to the reference tenant
    operator: Counter[str]  # the whole visit's operator actions by kind
    steps: list[str]  # every action, in order, for the reader of the output


def run_visit(workdir: Path) -> Effort:
    """Run the scripted household once in a fresh training kiosk and count."""
    from tests.e2e.scripted_visit import (
        CANDIDATE,
        OPERATOR,
        Visit,
        add_bijwoner_to_register,
        household_with_a_bijwoner,
    )
    from tests.ui.conftest import close_kiosk, make_kiosk
    from ui.app import application

    application()  # the kiosk's own: its garbage collection on the GUI thread included
    under_test = make_kiosk(workdir, prepare=add_bijwoner_to_register)
    try:
        rules_version = under_test.kiosk.backend.rules.version
        visit = Visit(under_test.kiosk, workdir)
        dossier = household_with_a_bijwoner(visit)
    finally:
        close_kiosk(under_test.kiosk)
    adults = [
        Adult(
            profile,
            role,
            Counter(a.kind for a in visit.log if a.turn == profile and a.who == CANDIDATE),
            sum(1 for a in visit.log if a.turn == profile and a.who == OPERATOR),
        )
        for profile, role in visit.roles.items()
    ]
    return Effort(
        rules_version,
        dossier,
        adults,
        Counter(a.kind for a in visit.log if a.turn == "" and a.who == CANDIDATE),
        Counter(a.kind for a in visit.log if a.who == OPERATOR),
        [f"{a.turn or 'household'} / {a.who}: {a.kind} {a.what!r}" for a in visit.log],
    )


def _kinds(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))


def report(effort: Effort) -> bool:
    """Print each adult's figures against the target of their role; True when all are met."""
    met = True
    print(f"rules in force: {effort.rules_version}; {effort.dossier}")
    reference = next((a for a in effort.adults if a.role == "reference_tenant"), None)
    for adult in effort.adults:
        counts = Counter(adult.candidate)
        if adult is reference:
            counts.update(effort.household_candidate)
        total = sum(counts.values())
        ok = total <= adult.target
        met &= ok
        shared = " (with the household's own steps)" if adult is reference else ""
        print(
            f"  {ROLE_WORDS.get(adult.role, adult.role)} ({adult.profile}): {total} candidate actions"
            f"{shared} [{_kinds(counts)}] (target <= {adult.target}) {'met' if ok else 'MISSED'}; "
            f"operator actions in their turn: {adult.operator}"
        )
    operator = sum(effort.operator.values())
    per_adult = operator / len(effort.adults)
    ok = per_adult <= TARGET_OPERATOR_PER_ADULT
    met &= ok
    print(
        f"  operator: {operator} actions [{_kinds(effort.operator)}] for {len(effort.adults)} adults, "
        f"{per_adult:.2f} per adult (target <= {TARGET_OPERATOR_PER_ADULT:g}) {'met' if ok else 'MISSED'}"
    )
    return met


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="visit-effort-"))
    try:
        effort = run_visit(work / "visit")
        print("every counted action, in order:")
        for step in effort.steps:
            print(f"  {step}")
        met = report(effort)
        roles = sorted(a.role for a in effort.adults)
        if roles != ["other", "partner", "reference_tenant"]:
            print(f"the visit did not have the three roles: {roles}")
            met = False
        print("targets met" if met else "targets NOT all met")
        return 0 if met else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
