"""Home: start a visit, resume a draft, dossiers at risk by deadline, the queue's health, sync.

The next candidate may see this screen: drafts and dossiers at risk show only the local reference,
counts and dates, never a name or national number. The store is read on the database worker
(`VisitController.refresh_home`); the screen shows what comes back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from kiosk.domain import Action
from ui.controller import COORDINATOR, HOME
from ui.screens.base import Screen, set_text

AT_RISK_SHOWN = 5  # the nearest deadlines listed; the count says how many there are in all
DRAFT_ID = Qt.ItemDataRole.UserRole


def _isolated(text: str) -> str:
    # In a right-to-left language the bidi algorithm would turn 16-12-2026 into 2026-12-16:
    # a left-to-right isolate keeps dates as written (Unicode UAX #9, LRI ... PDI).
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


def _day(value: date) -> str:
    return _isolated(value.strftime("%d-%m-%Y"))


def _moment(value: datetime) -> str:
    local = value.astimezone() if value.tzinfo is not None else value
    return _isolated(local.strftime("%d-%m-%Y %H:%M"))


class HomeScreen(Screen):
    """The operator's start screen between visits."""

    key = HOME

    def build(self) -> None:
        self.greeting = self.label()
        self.start = self.button(self.ctl.start_visit, primary=True)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.layout_.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.drafts_title = self._label(left, "subtitle")
        self.drafts = QListWidget()
        self.drafts.setObjectName("drafts")
        self.drafts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.drafts.setWordWrap(True)  # long lines wrap instead of hiding behind a scroll bar
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts.itemSelectionChanged.connect(self._selection_changed)
        self.drafts.itemActivated.connect(lambda _item: self._resume())
        left.addWidget(self.drafts, 1)
        self.resume_hint = self._label(left, "hint")
        self.resume = self.button(self._resume, row=left)
        self.resume.setEnabled(False)

        self.at_risk_title = self._label(right, "subtitle")
        self.at_risk = self._label(right)
        self.at_risk.setObjectName("atRisk")
        self.queue = self._label(right)
        self.queue.setObjectName("queueHealth")
        right.addStretch(1)
        self.sync_now = self.button(self.ctl.sync_now, row=right)

        row = self.row()
        self.coordinator = self.button(lambda: self.ctl.go(COORDINATOR), row=row)
        self.sign_out = self.button(self.ctl.sign_out, row=row)
        self.overview: Any = None  # ui.drafts.HomeOverview, or an exception
        self.resume_error = False
        self.ctl.home_changed.connect(self._show_overview)
        self.ctl.draft_resume_failed.connect(self._resume_failed)
        self.ctl.queue_changed.connect(lambda _counts: self._refresh_if_visible())
        self.ctl.sync_finished.connect(lambda _report: self._refresh_if_visible())

    def _label(self, column: QVBoxLayout, role: str = "") -> QLabel:
        widget = QLabel()
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            widget.setProperty("role", role)
        column.addWidget(widget)
        return widget

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Start"))
        set_text(self.start, self.tr("Nieuw bezoek starten"))
        set_text(self.drafts_title, self.tr("Concepten van deze kiosk"))
        self.drafts.setAccessibleName(self.tr("Concepten van deze kiosk"))
        set_text(self.resume, self.tr("Concept hervatten"))
        set_text(self.at_risk_title, self.tr("Dossiers in gevaar (termijn bijna voorbij)"))
        set_text(self.sync_now, self.tr("Nu verzenden"))
        set_text(self.coordinator, self.tr("Beheer (coördinator)"))
        set_text(self.sign_out, self.tr("Afmelden"))
        self._show_overview(self.overview)

    def enter(self) -> None:
        operator = self.ctl.operator
        name = operator.name if operator else ""
        set_text(self.greeting, self.tr("Aangemeld als %1").replace("%1", name))
        self.coordinator.setVisible(operator is not None and operator.may(Action.STATISTICS))
        self.resume_error = False
        self.start.setFocus()
        if operator is not None:
            self.ctl.refresh_home()

    def _refresh_if_visible(self) -> None:
        if self.isVisible() and self.ctl.operator is not None:
            self.ctl.refresh_home()

    # -- what the database worker found --------------------------------------------------------
    def _show_overview(self, overview: object) -> None:
        self.overview = overview
        if overview is None:
            self._show_waiting()
            return
        if isinstance(overview, BaseException):
            self._show_unreadable()
            return
        self._show_drafts(overview)
        self._show_at_risk(overview)
        self._show_queue(overview)

    def _show_waiting(self) -> None:
        self.drafts.clear()
        set_text(self.resume_hint, self.tr("Even kijken welke concepten er zijn…"))
        set_text(self.at_risk, self.tr("Even kijken…"))
        set_text(self.queue, self.tr("Wachtrij: even kijken…"))
        self._selection_changed()

    def _show_unreadable(self) -> None:
        self.drafts.clear()
        text = self.tr("Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator.")
        set_text(self.resume_hint, text)
        set_text(self.at_risk, "")
        set_text(self.queue, "")
        self._selection_changed()

    def _show_drafts(self, overview: Any) -> None:
        selected = self._selected_id()
        self.drafts.clear()
        for draft in overview.drafts:
            item = QListWidgetItem(self._draft_text(draft))
            item.setData(DRAFT_ID, draft.dossier_id)
            self.drafts.addItem(item)
            if draft.dossier_id == selected:
                item.setSelected(True)
                self.drafts.setCurrentItem(item)
        if self.resume_error:
            hint = self.tr("Dit concept kon niet geopend worden. Probeer opnieuw of vraag de coördinator.")
        elif not overview.drafts:
            hint = self.tr("Er zijn geen concepten. Start een nieuw bezoek.")
        else:
            hint = self.tr(
                "Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in."
            )
        set_text(self.resume_hint, hint)
        self._selection_changed()

    def _draft_text(self, draft: Any) -> str:
        status = self.tr("concept") if draft.status == "draft" else self.tr("onvolledig")
        text = (
            self.tr("%1 (%2)\n%3 van %4 volwassenen bevestigd, bewaard op %5")
            .replace("%1", draft.local_reference)
            .replace("%2", status)
            .replace("%3", str(draft.adults_confirmed))
            .replace("%4", str(draft.adults_total))
            .replace("%5", _moment(draft.saved_at))
        )
        if draft.deadline is not None:
            text += self.tr(", uiterlijk %1").replace("%1", _day(draft.deadline))
        return text

    def _show_at_risk(self, overview: Any) -> None:
        due = overview.at_risk
        if not due:
            set_text(self.at_risk, self.tr("Geen dossiers met een termijn die bijna voorbij is."))
            return
        if len(due) == 1:
            count = self.tr("1 dossier heeft een termijn die bijna voorbij is. Bel dit gezin:")
        else:
            count = self.tr("%1 dossiers hebben een termijn die bijna voorbij is. Bel deze gezinnen:")
        lines = [count.replace("%1", str(len(due)))]
        for dossier in due[:AT_RISK_SHOWN]:
            days = (dossier.deadline - overview.today).days
            if days <= 0:
                left = self.tr("vandaag de laatste dag")
            elif days == 1:
                left = self.tr("nog 1 dag")
            else:
                left = self.tr("nog %1 dagen").replace("%1", str(days))
            lines.append(f"• {dossier.local_reference}: {left} ({_day(dossier.deadline)})")
        if len(due) > AT_RISK_SHOWN:
            lines.append(self.tr("en nog %1 andere").replace("%1", str(len(due) - AT_RISK_SHOWN)))
        set_text(self.at_risk, "\n".join(lines))

    def _show_queue(self, overview: Any) -> None:
        health = overview.queue
        waiting = health.waiting + health.sending
        if waiting == 0 or health.oldest_waiting is None:
            text = self.tr("Wachtrij: niets wacht op verzending.")
        else:
            days = max(0, (overview.now - health.oldest_waiting).days)
            text = (
                self.tr("Wachtrij: %1 wachten, de oudste %2 dagen.")
                .replace("%1", str(waiting))
                .replace("%2", str(days))
            )
        if health.quarantined:
            text += " " + self.tr("%1 in quarantaine: vraag de coördinator.").replace(
                "%1", str(health.quarantined)
            )
        set_text(self.queue, text)

    # -- resuming ------------------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        items = self.drafts.selectedItems()
        return str(items[0].data(DRAFT_ID)) if items else None

    def _selection_changed(self) -> None:
        self.resume.setEnabled(self._selected_id() is not None)

    def _resume(self) -> None:
        dossier_id = self._selected_id()
        if dossier_id is None:
            return
        self.resume_error = False
        self.resume.setEnabled(False)  # one click opens one draft
        self.ctl.resume_draft(dossier_id)

    def _resume_failed(self, _error: object) -> None:
        self.resume_error = True
        self._show_overview(self.overview)
