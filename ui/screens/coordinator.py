"""Coordinator: operators, quarantined items with requeue, reprints, anonymous statistics.

Every list is read on the database worker through the back end, where the core checks the role
again (`PermissionDenied` for anyone but a coordinator).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import Action
from ui.controller import COORDINATOR, HOME
from ui.screens.base import Screen, set_text
from ui.statistics import COLUMNS, anonymous_csv, shown_count

if TYPE_CHECKING:
    from kiosk.queries import StatisticsRow  # SQLAlchemy: loaded with the back end, not at start-up


class CoordinatorScreen(Screen):
    """Management tabs for coordinators."""

    key = COORDINATOR

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.operators = QListWidget()
        self.operators_hint = QLabel()
        self.tabs.addTab(self._page(self.operators_hint, self.operators), "")
        self.quarantine = QListWidget()
        self.quarantine_hint = QLabel()
        self.requeue = QPushButton()
        self.requeue.clicked.connect(self._requeue)
        self.tabs.addTab(self._page(self.quarantine_hint, self.quarantine, self.requeue), "")
        self.reprints_hint = QLabel()
        self.tabs.addTab(self._page(self.reprints_hint), "")
        self.statistics = QTableWidget(0, len(COLUMNS))
        self.statistics_hint = QLabel()
        self.export = QPushButton()
        self.export.clicked.connect(self._choose_csv)
        self.tabs.addTab(self._page(self.statistics_hint, self.statistics, self.export), "")
        self.denied = self.label(role="warning")
        self.denied.hide()
        self.back = self.button(lambda: self.ctl.go(HOME))
        self.rows: list[StatisticsRow] = []

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in widgets:
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            column.addWidget(widget)
        column.addStretch(1)
        return page

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Beheer"))
        names = [self.tr("Operators"), self.tr("Quarantaine"), self.tr("Herdrukken"), self.tr("Statistieken")]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.operators.setAccessibleName(self.tr("Operators"))
        set_text(
            self.operators_hint,
            self.tr(
                "Operators toevoegen of uitschakelen kan nog niet op dit scherm: "
                "gebruik `kiosk operator add` of `kiosk operator disable`."
            ),
        )
        self.quarantine.setAccessibleName(self.tr("Quarantaine"))
        set_text(
            self.quarantine_hint,
            self.tr(
                "Zendingen die het register weigerde, met de reden. "
                "Kies er een en zet ze opnieuw in de wachtrij."
            ),
        )
        set_text(self.requeue, self.tr("Opnieuw in de wachtrij"))
        # INTERIM: reprinting a receipt needs the documents area's receipt wired to the store.
        set_text(
            self.reprints_hint, self.tr("Een ontvangstbewijs opnieuw afdrukken kan nog niet in deze versie.")
        )
        self.statistics.setAccessibleName(self.tr("Statistieken"))
        set_text(
            self.statistics_hint,
            self.tr(
                "Bezoeken per dag en plaats, de laatste 30 dagen. Aantallen van 1 tot 4 staan er als '<5'."
            ),
        )
        set_text(self.export, self.tr("Bewaren als anonieme CSV"))
        self.statistics.setHorizontalHeaderLabels(list(COLUMNS))
        set_text(self.denied, self.tr("Alleen een coördinator mag dit scherm gebruiken."))
        set_text(self.back, self.tr("Terug"))

    def enter(self) -> None:
        operator = self.ctl.operator
        allowed = operator is not None and operator.may(Action.STATISTICS)
        self.tabs.setVisible(allowed)
        self.denied.setVisible(not allowed)
        if allowed:
            self.reload()

    def reload(self) -> None:
        """Read the three lists on the database worker."""
        backend = self.ctl.backend
        self.ctl.db.submit(backend.operators, self._show_operators, self._failed)
        self.ctl.db.submit(backend.quarantined, self._show_quarantine, self._failed)
        self.ctl.db.submit(backend.statistics, self._show_statistics, self._failed)

    def _show_operators(self, operators: list) -> None:  # type: ignore[type-arg]
        self.operators.clear()
        for info in operators:
            roles = ", ".join(sorted(r.value for r in info.roles))
            state = self.tr(" (uitgeschakeld)") if info.disabled else ""
            self.operators.addItem(f"{info.name}: {roles}{state}")

    def _show_quarantine(self, entries: list) -> None:  # type: ignore[type-arg]
        self.quarantine.clear()
        for entry_id, reason, created in entries:
            item = QListWidgetItem(f"#{entry_id} {created:%Y-%m-%d %H:%M}: {reason}")
            item.setData(256, entry_id)
            self.quarantine.addItem(item)
        self.requeue.setEnabled(bool(entries))

    def _show_statistics(self, rows: list[StatisticsRow]) -> None:
        self.rows = rows
        self.statistics.setRowCount(len(rows))
        for r, row in enumerate(rows):
            counts = (row.visits, row.confirmations, row.registrations, row.adults_confirmed, row.drafts)
            cells = [row.day.isoformat(), row.location, *(shown_count(int(c or 0)) for c in counts)]
            for c, text in enumerate(cells):
                self.statistics.setItem(r, c, QTableWidgetItem(text))

    def _failed(self, error: BaseException) -> None:
        set_text(self.denied, self.tr("Dit kan niet: %1").replace("%1", type(error).__name__))
        self.denied.show()

    def _requeue(self) -> None:
        item = self.quarantine.currentItem()
        if item is None:
            return
        entry_id = item.data(256)
        self.ctl.db.submit(lambda: self.ctl.backend.requeue(entry_id), lambda _r: self.reload(), self._failed)

    def _choose_csv(self) -> None:
        suggested = str(Path.home() / "statistieken.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bewaren als CSV"), suggested, "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the anonymous CSV of the statistics on show."""
        path.write_text(anonymous_csv(self.rows), encoding="utf-8")
