"""Home: start a visit, resume a draft, the queue's health and the sync button."""

from __future__ import annotations

from kiosk.domain import Action
from ui.controller import COORDINATOR, HOME
from ui.screens.base import Screen, set_text


class HomeScreen(Screen):
    """The operator's start screen between visits."""

    key = HOME

    def build(self) -> None:
        self.greeting = self.label()
        self.start = self.button(self.ctl.start_visit, primary=True)
        self.resume = self.button(lambda: None)
        self.resume.setEnabled(False)
        self.resume_hint = self.label(role="hint")
        self.queue = self.label()
        self.sync_now = self.button(self.ctl.sync_now)
        self.ctl.queue_changed.connect(self._show_queue)
        self.coordinator = self.button(lambda: self.ctl.go(COORDINATOR))
        self.layout_.addStretch(1)
        self.sign_out = self.button(self.ctl.sign_out)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Start"))
        set_text(self.start, self.tr("Nieuw bezoek starten"))
        set_text(self.resume, self.tr("Concept hervatten"))
        # INTERIM: the core saves drafts; reopening one from this screen is not built yet.
        set_text(
            self.resume_hint,
            self.tr("Een concept weer openen kan nog niet in deze versie. Start een nieuw bezoek."),
        )
        set_text(self.queue, self.tr("Wachtrij: even kijken…"))
        set_text(self.sync_now, self.tr("Nu verzenden"))
        set_text(self.coordinator, self.tr("Beheer (coördinator)"))
        set_text(self.sign_out, self.tr("Afmelden"))

    def _show_queue(self, counts: object) -> None:
        if not isinstance(counts, dict):
            return
        waiting = counts.get("queued", 0) + counts.get("sending", 0)
        text = self.tr("Wachtrij: %1 wachten op verzending, %2 in quarantaine.")
        set_text(
            self.queue, text.replace("%1", str(waiting)).replace("%2", str(counts.get("quarantined", 0)))
        )

    def enter(self) -> None:
        operator = self.ctl.operator
        name = operator.name if operator else ""
        set_text(self.greeting, self.tr("Aangemeld als %1").replace("%1", name))
        self.coordinator.setVisible(operator is not None and operator.may(Action.STATISTICS))
        self.start.setFocus()
