"""Home: start a visit, resume a draft, alerts, dossiers at risk by deadline, the queue's health, sync.

The next candidate may see this screen: drafts and dossiers at risk show only the local reference,
counts and dates, never a name or national number. The store is read on the database worker
(`kiosk.visit_store.home_overview`, the same at-risk rule as the statistics); the screen shows what
comes back. Every alert of the last sync and the offline lease are listed at the top.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from kiosk.domain import Action
from ui.navigation import ScreenKey
from ui.screens.alert_words import alert_text
from ui.screens.base import Screen, set_text
from ui.screens.wording import day_text, isolated, moment_text

if TYPE_CHECKING:
    from kiosk.queries import DraftDossier
    from kiosk.visit_store import HomeOverview

DRAFTS_MIN_HEIGHT = 132
DRAFT_ID = Qt.ItemDataRole.UserRole


class HomeScreen(Screen):
    """The operator's start screen between visits."""

    key = ScreenKey.HOME

    def build(self) -> None:
        self.greeting = self.label()
        self.alerts = self.label(role="warning")
        self.alerts.setObjectName("operatorAlerts")
        self.alerts.hide()
        self.start_refused = self.label(role="warning")
        self.start_refused.setObjectName("startRefused")
        self.start_refused.hide()
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.layout_.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.drafts_title = self._label(left, "subtitle")
        self.drafts = QListWidget()
        self.drafts.setObjectName("drafts")
        self.drafts.setWordWrap(True)  # long lines wrap instead of hiding behind a scroll bar
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts.itemSelectionChanged.connect(self._selection_changed)
        self.drafts.itemActivated.connect(lambda _item: self._resume())
        self.drafts.setMinimumHeight(DRAFTS_MIN_HEIGHT)
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
        self.sync_now = self.button(self.terminal.send_now, row=right)
        row = self.action_row()
        self.coordinator = self.button(lambda: self.ctl.go(ScreenKey.COORDINATOR), row=row)
        self.sign_out = self.button(self.ctl.sign_out, row=row)
        # Nobody of the household has a readable Belgian eID: the visit starts without a card.
        self.start_without_card = self.button(self._start_without_card, row=row)
        self.start_without_card.setObjectName("startWithoutCard")
        self.start = self.button(self._start, primary=True, row=row)
        self.overview: HomeOverview | BaseException | None = None
        self.terminal.home_changed.connect(self._show_overview)
        self.terminal.alerts_changed.connect(self._show_alerts)
        self.terminal.queue_changed.connect(lambda _counts: self._refresh_if_visible())
        self.ctl.start_refused.connect(self._refused)

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
        set_text(
            self.start_without_card,
            self.tr("Bezoek zonder leesbare identiteitskaart"),
            self.tr("Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd"),
        )
        set_text(self.drafts_title, self.tr("Concepten van deze kiosk"))
        self.drafts.setAccessibleName(self.tr("Concepten van deze kiosk"))
        set_text(self.resume, self.tr("Concept hervatten"))
        set_text(self.at_risk_title, self.tr("Dossiers in gevaar (termijn bijna of al voorbij)"))
        set_text(self.sync_now, self.tr("Nu verzenden"))
        set_text(self.coordinator, self.tr("Beheer (coördinator)"))
        set_text(self.sign_out, self.tr("Afmelden"))
        self._show_overview(self.overview)
        self._show_alerts()

    def primary_action(self) -> QAbstractButton:
        return self.start

    def enter(self) -> None:
        operator = self.operator
        set_text(self.greeting, self.tr("Aangemeld als %1").replace("%1", operator.name if operator else ""))
        self.coordinator.setVisible(operator is not None and operator.may(Action.STATISTICS))
        self.start_refused.hide()
        self.start.setFocus()
        self._show_alerts()
        if operator is not None:
            self.terminal.refresh_home()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.terminal.refresh_home()

    def _start(self) -> None:
        self.start_refused.hide()
        self.ctl.start_visit()

    def _start_without_card(self) -> None:
        self.start_refused.hide()
        self.ctl.start_visit(without_card=True)

    def _refused(self, error: object) -> None:
        from kiosk.visit import OfflineTooLong

        if isinstance(error, OfflineTooLong):
            text = self.tr(
                "Er kan geen nieuw bezoek starten: deze kiosk heeft te lang niet kunnen verzenden."
            )
        else:
            text = self.tr("Dit kon niet geopend worden. Probeer opnieuw of vraag de coördinator.")
        set_text(self.start_refused, text)
        self.start_refused.show()
        self._selection_changed()

    def _show_alerts(self) -> None:
        alerts = self.terminal.alerts.current()
        set_text(self.alerts, "\n".join(alert_text(a) for a in alerts))
        self.alerts.setVisible(bool(alerts))

    # -- what the database worker found --------------------------------------------------------
    def _show_overview(self, overview: object) -> None:
        if overview is None:
            self.overview = None
            self.drafts.clear()
            set_text(self.resume_hint, self.tr("Even kijken welke concepten er zijn…"))
            set_text(self.at_risk, self.tr("Even kijken…"))
            set_text(self.queue, self.tr("Wachtrij: even kijken…"))
        elif isinstance(overview, BaseException):
            self.overview = overview
            self.drafts.clear()
            set_text(
                self.resume_hint,
                self.tr("Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator."),
            )
            set_text(self.at_risk, "")
            set_text(self.queue, "")
        else:
            home = cast("HomeOverview", overview)
            self.overview = home
            self._show_drafts(home)
            self._show_at_risk(home)
            self._show_queue(home)
            self.start.setEnabled(not home.visits_refused)
            self.start_without_card.setEnabled(not home.visits_refused)
        self._selection_changed()

    def _show_drafts(self, overview: HomeOverview) -> None:
        selected = self._selected_id()
        self.drafts.clear()
        for draft in overview.drafts:
            item = QListWidgetItem(self._draft_text(draft))
            item.setData(DRAFT_ID, draft.dossier_id)
            self.drafts.addItem(item)
            if draft.dossier_id == selected:
                self.drafts.setCurrentItem(item)
        if not overview.drafts:
            hint = self.tr("Er zijn geen concepten. Start een nieuw bezoek.")
        else:
            hint = self.tr(
                "Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in."
            )
        set_text(self.resume_hint, hint)

    def _draft_text(self, draft: DraftDossier) -> str:
        status = self.tr("concept") if draft.status == "draft" else self.tr("onvolledig")
        text = (
            self.tr("%1 (%2)\n%3 van %n volwassene(n) bevestigd, bewaard op %4", "", draft.adults_total)
            .replace("%1", isolated(draft.local_reference))
            .replace("%2", status)
            .replace("%3", str(draft.adults_confirmed))
            .replace("%4", moment_text(draft.saved_at))
        )
        if draft.deadline is not None:
            text += self.tr(", uiterlijk op %1").replace("%1", day_text(draft.deadline))
        return text

    def _show_at_risk(self, overview: HomeOverview) -> None:
        due, total = overview.at_risk, overview.at_risk_count
        if not due:
            set_text(self.at_risk, self.tr("Geen dossiers met een termijn die bijna of al voorbij is."))
            return
        count = self.tr(
            "%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:", "", total
        )
        lines = [count]
        for dossier in due:
            reference = isolated(dossier.local_reference)
            lines.append(f"• {reference}: {self._left(dossier.deadline, overview.today)}")
        if total > len(due):
            lines.append(self.tr("en nog %n andere", "", total - len(due)))
        set_text(self.at_risk, "\n".join(lines))

    def _left(self, deadline: date, today: date) -> str:
        days = (deadline - today).days
        if days < 0:
            return self.tr("termijn voorbij sinds %1").replace("%1", day_text(deadline))
        if days == 0:
            return self.tr("vandaag de laatste dag")
        return self.tr("nog %n dag(en), tot en met %1", "", days).replace("%1", day_text(deadline))

    def _show_queue(self, overview: HomeOverview) -> None:
        health = overview.queue
        waiting = health.waiting + health.sending
        if waiting == 0 or health.oldest_waiting is None:
            text = self.tr("Wachtrij: niets wacht op verzending.")
        else:
            days = max(0, (overview.now - health.oldest_waiting).days)
            text = self.tr("Wachtrij: %n zending(en) wachten.", "", waiting)
            if days:
                text += " " + self.tr("De oudste wacht al %n dag(en).", "", days)
            else:
                text += " " + self.tr("De oudste wacht sinds vandaag.")
        if health.quarantined:
            quarantined = health.quarantined
            text += " " + self.tr("%n zending(en) in quarantaine: vraag de coördinator.", "", quarantined)
        set_text(self.queue, text)

    # -- resuming ------------------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        items = self.drafts.selectedItems()
        return str(items[0].data(DRAFT_ID)) if items else None

    def _selection_changed(self) -> None:
        self.resume.setEnabled(self._selected_id() is not None and self.start.isEnabled())

    def _resume(self) -> None:
        dossier_id = self._selected_id()
        if dossier_id is None or not self.start.isEnabled():
            return
        self.resume.setEnabled(False)  # one click opens one draft
        self.start_refused.hide()
        self.ctl.resume_draft(dossier_id)
