"""The strip at the bottom of every screen: what waits for the register, alerts, and "send now".

"Send now" says what it did: that it is sending, then how many went, or that the register cannot be
reached. Alerts for the operator (`ui.operator_alerts`) show here too, in short.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.screens.base import set_text
from ui.terminal import Terminal


class SyncStrip(QWidget):
    """The queue's state and the sync button."""

    def __init__(self, terminal: Terminal) -> None:
        super().__init__()
        self.terminal = terminal
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel()
        self.state.setObjectName("syncStrip")
        self.state.setWordWrap(True)
        row.addWidget(self.state, 1)
        self.button = QPushButton()
        self.button.setObjectName("syncButton")
        self.button.clicked.connect(self._send_now)
        row.addWidget(self.button)
        self._counts: dict[str, int] = {}
        self._offline = False
        self._last_sent: int | None = None
        self._sending = False
        terminal.queue_changed.connect(self._queue_changed)
        terminal.sync_finished.connect(self._sync_finished)
        terminal.alerts_changed.connect(self.show_state)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the language on show."""
        set_text(self.button, self.tr("Nu verzenden"))
        self.show_state()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _send_now(self) -> None:
        self._sending, self._last_sent = True, None
        self.show_state()
        self.terminal.sync_now()

    def _queue_changed(self, counts: object) -> None:
        if isinstance(counts, dict):
            self._counts = counts
            self.show_state()

    def _sync_finished(self, report: object) -> None:
        self._offline = isinstance(report, BaseException) or bool(getattr(report, "offline", False))
        if self._sending:
            self._last_sent = len(getattr(report, "acknowledged", []) or [])
        self._sending = False
        self.show_state()

    def show_state(self) -> None:
        """Say where the queue stands, what the last "send now" did, and whether anything needs help."""
        counts = self._counts
        waiting = counts.get("queued", 0) + counts.get("sending", 0)
        if self._sending:
            text = self.tr("Verzenden: bezig…")
        elif self._offline:
            text = self.tr("Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.")
        elif not counts:
            text = self.tr("Verzenden: even kijken…")
        elif waiting:
            text = self.tr("Verzenden: %1 wachten op het register.").replace("%1", str(waiting))
        else:
            text = self.tr("Verzenden: alles is verzonden.")
        if self._last_sent is not None and not self._offline:
            text += " " + self.tr("Zojuist verzonden: %1.").replace("%1", str(self._last_sent))
        if counts.get("quarantined", 0):
            quarantined = str(counts["quarantined"])
            text += " " + self.tr("%1 in quarantaine: roep de coördinator.").replace("%1", quarantined)
        if self.terminal.alerts.current():
            text += " " + self.tr("Er is een melding voor de operator op het startscherm.")
        set_text(self.state, text)
