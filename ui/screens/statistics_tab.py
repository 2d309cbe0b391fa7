"""The coordinator's statistics tab: per day and location, small counts hidden, saved as an anonymous CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.screens.base import set_text
from ui.statistics import COLUMNS, anonymous_csv, shown_cells

if TYPE_CHECKING:  # the rows come from the database worker; this module loads without sqlalchemy
    from kiosk.queries import StatisticsRow


class StatisticsTab(QWidget):
    """The table of the last 30 days and the CSV export."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(240)
        column.addWidget(self.table, 10)  # the table takes the room, not the blank below
        self.export = QPushButton()
        self.export.clicked.connect(self._choose_csv)
        column.addWidget(self.export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        column.addWidget(self.message)
        column.addStretch(1)
        self.rows: list[StatisticsRow] = []
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the language on show."""
        self.table.setAccessibleName(self.tr("Statistieken"))
        set_text(
            self.hint,
            self.tr(
                "Bezoeken per dag en plaats, de laatste 30 dagen: volwassenen bevestigd, dossiers "
                "volledig, wachtend op het register en in gevaar (termijn voorbij of bijna voorbij, "
                "zoals op het startscherm). Aantallen van 1 tot 4 staan er als '<5', ook in de CSV."
            ),
        )
        set_text(self.export, self.tr("Bewaren als anonieme CSV"))
        # Headers on two lines where they have two words: the ten columns fit without cutting words.
        headers = [text.replace(" ", "\n", 1) for text in self._headers()]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.resizeColumnsToContents()

    def _headers(self) -> list[str]:
        names = {
            "day": self.tr("Dag"),
            "location": self.tr("Plaats"),
            "visits": self.tr("Bezoeken"),
            "confirmations": self.tr("Bevestigingen"),
            "registrations": self.tr("Inschrijvingen"),
            "adults_confirmed": self.tr("Volwassenen bevestigd"),
            "drafts": self.tr("Klad"),
            "dossiers_complete": self.tr("Dossiers volledig"),
            "waiting": self.tr("Wachtend op register"),
            "at_risk": self.tr("In gevaar"),
        }
        return [names[column] for column in COLUMNS]

    def show_rows(self, rows: list[StatisticsRow]) -> None:
        """Fill the table with the core's counts (small ones hidden)."""
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(shown_cells(row)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _choose_csv(self) -> None:
        suggested = str(Path.home() / "statistieken.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bewaren als CSV"), suggested, "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> bool:
        """Write the anonymous CSV of the statistics on show; say on screen whether it worked."""
        try:
            path.write_text(anonymous_csv(self.rows), encoding="utf-8")
        except OSError:  # a read-only stick, a full disk, a folder that went away
            self.message.setProperty("role", "warning")
            text = self.tr("De CSV kon niet bewaard worden in %1. Kies een andere plaats.")
            ok = False
        else:
            self.message.setProperty("role", "status")
            text = self.tr("Bewaard: %1")
            ok = True
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        set_text(self.message, text.replace("%1", str(path)))
        self.message.show()
        return ok
