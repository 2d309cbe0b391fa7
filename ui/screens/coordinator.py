"""Coordinator: operators, quarantined items with requeue, reprints, anonymous statistics.

Every list is read on the database worker through the back end, where the core checks the role
again (`PermissionDenied` for anyone but a coordinator). Each tab is its own widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import Action
from ui.navigation import ScreenKey
from ui.reprints import ReprintsWidget
from ui.screens.base import Screen, set_text
from ui.screens.operators_tab import OperatorsTab
from ui.screens.statistics_tab import StatisticsTab

ENTRY_ID = 256


class CoordinatorScreen(Screen):
    """Management tabs for coordinators."""

    key = ScreenKey.COORDINATOR

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.operators_tab = OperatorsTab(self.ctl)
        self.tabs.addTab(self.operators_tab, "")
        self.quarantine = QListWidget()
        self.quarantine_hint = QLabel()
        self.quarantine_hint.setWordWrap(True)
        self.requeue = QPushButton()
        self.requeue.clicked.connect(self._requeue)
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in (self.quarantine_hint, self.quarantine, self.requeue):
            column.addWidget(widget)
        self.tabs.addTab(page, "")
        self.reprints = ReprintsWidget(self.ctl)
        self.tabs.addTab(self.reprints, "")
        self.statistics_tab = StatisticsTab()
        self.tabs.addTab(self.statistics_tab, "")
        self.denied = self.label(role="warning")
        self.denied.hide()
        self.back = self.button(lambda: self.ctl.go(ScreenKey.HOME))

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Beheer"))
        names = [self.tr("Operators"), self.tr("Quarantaine"), self.tr("Herdrukken"), self.tr("Statistieken")]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.quarantine.setAccessibleName(self.tr("Quarantaine"))
        set_text(
            self.quarantine_hint,
            self.tr(
                "Zendingen die het register weigerde, met de reden. "
                "Kies er een en zet ze opnieuw in de wachtrij."
            ),
        )
        set_text(self.requeue, self.tr("Opnieuw in de wachtrij"))
        set_text(self.denied, self.tr("Alleen een coördinator mag dit scherm gebruiken."))
        set_text(self.back, self.tr("Terug"))

    def wipe(self) -> None:
        """Signed out or locked: no typed password, half-filled form or list stays behind."""
        self.operators_tab.wipe()
        self.reprints.wipe()

    def enter(self) -> None:
        operator = self.operator
        allowed = operator is not None and operator.may(Action.STATISTICS)
        self.tabs.setVisible(allowed)
        self.denied.setVisible(not allowed)
        self.tabs.setTabVisible(0, operator is not None and operator.may(Action.MANAGE_OPERATORS))
        self.tabs.setTabVisible(2, operator is not None and operator.may(Action.REPRINT))
        if allowed:
            self.reload()

    def reload(self) -> None:
        """Read the lists on the database worker."""
        backend = self.terminal.backend
        if self.tabs.isTabVisible(0):
            self.operators_tab.refresh()
        self._load(backend.quarantined, self._show_quarantine)
        self._load(backend.statistics, self.statistics_tab.show_rows)
        if self.tabs.isTabVisible(2):
            self.reprints.refresh()

    def _load(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read a list on the database worker; a list that arrives after a sign-out is not shown."""
        wipes = self.ctl.wipes

        def arrived(result: Any) -> None:
            if self.ctl.wipes == wipes:
                show(result)

        self.terminal.db.submit(work, arrived, self._failed)

    def _show_quarantine(self, entries: list[tuple[int, str, Any]]) -> None:
        self.quarantine.clear()
        for entry_id, reason, created in entries:
            item = QListWidgetItem(f"#{entry_id} {created:%Y-%m-%d %H:%M}: {reason}")
            item.setData(ENTRY_ID, entry_id)
            self.quarantine.addItem(item)
        self.requeue.setEnabled(bool(entries))

    def _failed(self, error: BaseException) -> None:
        set_text(self.denied, self.tr("Dit kan niet: %1").replace("%1", type(error).__name__))
        self.denied.show()

    def _requeue(self) -> None:
        item = self.quarantine.currentItem()
        if item is None:
            return
        entry_id, backend = item.data(ENTRY_ID), self.terminal.backend
        self.terminal.db.submit(lambda: backend.requeue(entry_id), lambda _r: self.reload(), self._failed)
