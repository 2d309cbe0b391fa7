"""Evidence checklist: what to add for the answers given, attach files or "bring later"."""

from __future__ import annotations

from ui.controller import CONFIRM, EVIDENCE
from ui.screens.base import Screen, set_text


class EvidenceScreen(Screen):
    """The bewijsstukken this household needs."""

    key = EVIDENCE
    candidate_facing = True

    def build(self) -> None:
        self.intro = self.label()
        self.missing = self.label(role="warning")
        self.layout_.addStretch(1)
        self.proceed = self.button(lambda: self.ctl.go(CONFIRM), primary=True)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Bewijsstukken"))
        set_text(
            self.intro, self.tr("Hier voegt u de papieren toe die nodig zijn, of u kiest: later brengen.")
        )
        # INTERIM: the checklist and encrypted evidence files come with the core (rules, store).
        set_text(
            self.missing,
            self.tr(
                "De lijst van bewijsstukken en het veilig bewaren van bestanden zijn nog niet gebouwd "
                "in deze "
                "versie. Er wordt nu niets toegevoegd."
            ),
        )
        set_text(self.proceed, self.tr("Verder"))

    def enter(self) -> None:
        self.proceed.setFocus()
