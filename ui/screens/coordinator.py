"""Coordinator: operators, quarantined items with requeue, reprints, anonymous statistics.

Every list is read on the database worker through the back end, where the core checks the role
again (`PermissionDenied` for anyone but a coordinator).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import Action
from ui.controller import COORDINATOR, HOME
from ui.operators import ROLE_VALUES, Problem, check_new_operator, check_password, password_sentences, refusal
from ui.reprints import ReprintsWidget
from ui.screens.base import Screen, set_text
from ui.statistics import COLUMNS, anonymous_csv, shown_cells

if TYPE_CHECKING:  # the rows come from the database worker; this module loads without sqlalchemy
    from kiosk.queries import StatisticsRow
    from kiosk.store import OperatorInfo

NAME_ROLE = Qt.ItemDataRole.UserRole
DISABLED_ROLE = Qt.ItemDataRole.UserRole + 1


class CoordinatorScreen(Screen):
    """Management tabs for coordinators."""

    key = COORDINATOR

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.addTab(self._operators_page(), "")
        self.quarantine = QListWidget()
        self.quarantine_hint = QLabel()
        self.requeue = QPushButton()
        self.requeue.clicked.connect(self._requeue)
        self.tabs.addTab(self._page(self.quarantine_hint, self.quarantine, self.requeue), "")
        self.reprints = ReprintsWidget(self.ctl)
        self.tabs.addTab(self.reprints, "")
        self.statistics = QTableWidget(0, len(COLUMNS))
        self.statistics_hint = QLabel()
        self.export = QPushButton()
        self.export.clicked.connect(self._choose_csv)
        self.export_message = QLabel()
        self.export_message.hide()
        statistics_page = self._page(self.statistics_hint, self.statistics, self.export, self.export_message)
        self.tabs.addTab(statistics_page, "")
        self.statistics.verticalHeader().hide()
        self.statistics.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.statistics.setMinimumHeight(240)
        statistics_column = statistics_page.layout()
        if isinstance(statistics_column, QVBoxLayout):  # the table takes the room, not the blank below
            statistics_column.setStretchFactor(self.statistics, 10)
        self.denied = self.label(role="warning")
        self.denied.hide()
        self.back = self.button(lambda: self.ctl.go(HOME))
        self.rows: list[StatisticsRow] = []

    # -- the operators tab -------------------------------------------------------------------------
    def _operators_page(self) -> QWidget:
        """The list with disable / new password, a confirmation row, and the add form."""
        self.operators_hint = QLabel()
        self.operators = QListWidget()
        self.operators.setMinimumHeight(132)
        self.operators.setMaximumHeight(200)
        self.operators.currentItemChanged.connect(lambda *_: self._selection_changed())
        actions = QHBoxLayout()
        self.disable = self._small_button(self._ask_disable, actions)
        self.change_password = self._small_button(self._ask_password, actions)
        self.operator_message = QLabel()
        self.operator_message.setProperty("role", "warning")
        self.operator_message.hide()
        # Disabling asks first, on the screen itself (no pop-up to lose behind a full-screen kiosk).
        self.confirm_box = QGroupBox()
        confirm = QVBoxLayout(self.confirm_box)
        self.confirm_text = QLabel()
        confirm.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        confirm.addLayout(confirm_row)
        self.confirm_yes = self._small_button(self._disable_confirmed, confirm_row)
        self.confirm_no = self._small_button(self._close_panels, confirm_row)
        self.confirm_box.hide()
        self.password_box = QGroupBox()
        password_form = QFormLayout(self.password_box)
        password_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow
        self.new_password, self.new_password_again = self._password_field(), self._password_field()
        self.new_password_label, self.new_password_again_label = QLabel(), QLabel()
        password_form.addRow(self.new_password_label, self.new_password)
        password_form.addRow(self.new_password_again_label, self.new_password_again)
        password_row = QHBoxLayout()
        password_form.addRow(password_row)
        self.password_save = self._small_button(self._save_password, password_row)
        self.password_cancel = self._small_button(self._close_panels, password_row)
        self.password_box.hide()
        self.add_box = QGroupBox()
        add_form = QFormLayout(self.add_box)
        add_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(100)
        self.new_name_label = QLabel()
        add_form.addRow(self.new_name_label, self.new_name)
        self.role_boxes = {role: QCheckBox() for role in ROLE_VALUES}
        self.roles_label = QLabel()
        roles = QVBoxLayout()
        for box in self.role_boxes.values():
            box.setMinimumHeight(44)
            roles.addWidget(box)
        add_form.addRow(self.roles_label, roles)
        self.add_password, self.add_password_again = self._password_field(), self._password_field()
        self.add_password_label, self.add_password_again_label = QLabel(), QLabel()
        add_form.addRow(self.add_password_label, self.add_password)
        add_form.addRow(self.add_password_again_label, self.add_password_again)
        add_row = QHBoxLayout()
        add_form.addRow(add_row)
        self.add = self._small_button(self._add_operator, add_row)
        for label, field in (
            (self.new_password_label, self.new_password),
            (self.new_password_again_label, self.new_password_again),
            (self.new_name_label, self.new_name),
            (self.add_password_label, self.add_password),
            (self.add_password_again_label, self.add_password_again),
        ):
            label.setBuddy(field)
        left = self._page(
            self.operators_hint, self.operators, self.operator_message, self.confirm_box, self.password_box
        )
        column = left.layout()
        if not isinstance(column, QVBoxLayout):  # _page builds a column
            raise TypeError("the operators page is a column")
        column.insertLayout(2, actions)
        # The list and its actions on the left, the add form beside it: both in sight at once.
        page = QWidget()
        sides = QHBoxLayout(page)
        sides.addWidget(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.add_box)
        right.addStretch(1)
        sides.addLayout(right, 2)
        self.add_box.setMaximumWidth(420)
        self.operators_scroll = QScrollArea()
        self.operators_scroll.setWidgetResizable(True)
        self.operators_scroll.setWidget(page)
        self._selection_changed()
        return self.operators_scroll

    def _small_button(self, on_click: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(on_click)
        row.addWidget(button)
        return button

    @staticmethod
    def _password_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumHeight(44)
        return field

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
        self._retranslate_operators()
        self.quarantine.setAccessibleName(self.tr("Quarantaine"))
        set_text(
            self.quarantine_hint,
            self.tr(
                "Zendingen die het register weigerde, met de reden. "
                "Kies er een en zet ze opnieuw in de wachtrij."
            ),
        )
        set_text(self.requeue, self.tr("Opnieuw in de wachtrij"))
        self.statistics.setAccessibleName(self.tr("Statistieken"))
        set_text(
            self.statistics_hint,
            self.tr(
                "Bezoeken per dag en plaats, de laatste 30 dagen: volwassenen bevestigd, dossiers "
                "volledig, wachtend op het register en in gevaar (termijn voorbij of binnen 7 dagen). "
                "Aantallen van 1 tot 4 staan er als '<5', ook in de CSV."
            ),
        )
        set_text(self.export, self.tr("Bewaren als anonieme CSV"))
        # Headers on two lines where they have two words: the ten columns fit without cutting words.
        headers = [text.replace(" ", "\n", 1) for text in self._statistics_headers()]
        self.statistics.setHorizontalHeaderLabels(headers)
        self.statistics.resizeColumnsToContents()
        set_text(self.denied, self.tr("Alleen een coördinator mag dit scherm gebruiken."))
        set_text(self.back, self.tr("Terug"))

    def wipe(self) -> None:
        """Signed out or locked: no typed password, half-filled form or list stays behind."""
        self._close_panels()
        self.reprints.wipe()
        for field in (self.new_name, self.add_password, self.add_password_again):
            field.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
        self.operator_message.hide()
        self.operators.clear()

    def _retranslate_operators(self) -> None:
        self.operators.setAccessibleName(self.tr("Operators"))
        set_text(
            self.operators_hint,
            self.tr(
                "Kies een operator om die uit te schakelen of een nieuw wachtwoord te geven. "
                "Een nieuwe operator voegt u toe bij 'Nieuwe operator'."
            ),
        )
        set_text(self.disable, self.tr("Uitschakelen"))
        set_text(self.change_password, self.tr("Nieuw wachtwoord"))
        set_text(self.confirm_yes, self.tr("Ja, uitschakelen"))
        set_text(self.confirm_no, self.tr("Annuleren"))
        self.password_box.setTitle(self.tr("Nieuw wachtwoord"))
        set_text(self.new_password_label, self.tr("Nieuw wachtwoord"))
        set_text(self.new_password_again_label, self.tr("Nog eens hetzelfde wachtwoord"))
        self.new_password.setAccessibleName(self.tr("Nieuw wachtwoord"))
        self.new_password_again.setAccessibleName(self.tr("Nog eens hetzelfde wachtwoord"))
        set_text(self.password_save, self.tr("Wachtwoord bewaren"))
        set_text(self.password_cancel, self.tr("Annuleren"))
        self.add_box.setTitle(self.tr("Nieuwe operator"))
        set_text(self.new_name_label, self.tr("Naam om aan te melden"))
        self.new_name.setAccessibleName(self.tr("Naam om aan te melden"))
        set_text(self.roles_label, self.tr("Rollen"))
        for role, box in self.role_boxes.items():
            box.setText(self._role_name(role))
            box.setAccessibleName(self._role_name(role))
        set_text(self.add_password_label, self.tr("Wachtwoord"))
        set_text(self.add_password_again_label, self.tr("Nog eens hetzelfde wachtwoord"))
        self.add_password.setAccessibleName(self.tr("Wachtwoord"))
        self.add_password_again.setAccessibleName(self.tr("Nog eens hetzelfde wachtwoord"))
        set_text(self.add, self.tr("Operator toevoegen"))

    def _role_name(self, role: str) -> str:
        names = {
            "volunteer": self.tr("vrijwilliger"),
            "wil_staff": self.tr("WIL-medewerker"),
            "coordinator": self.tr("coördinator"),
        }
        return names.get(role, role)

    def _statistics_headers(self) -> list[str]:
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

    def enter(self) -> None:
        operator = self.ctl.operator
        allowed = operator is not None and operator.may(Action.STATISTICS)
        self.tabs.setVisible(allowed)
        self.denied.setVisible(not allowed)
        manages = operator is not None and operator.may(Action.MANAGE_OPERATORS)
        self.tabs.setTabVisible(0, manages)
        self.tabs.setTabVisible(2, operator is not None and operator.may(Action.REPRINT))
        self._close_panels()
        self.operator_message.hide()
        if allowed:
            self.reload()

    def reload(self) -> None:
        """Read the three lists on the database worker."""
        backend = self.ctl.backend
        self._load(backend.operators, self._show_operators)
        self._load(backend.quarantined, self._show_quarantine)
        self._load(backend.statistics, self._show_statistics)
        if self.tabs.isTabVisible(2):
            self.reprints.refresh()

    def _load(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read a list on the database worker; a list that arrives after a sign-out is not shown."""
        wipes = self.ctl.wipes

        def arrived(result: Any) -> None:
            if self.ctl.wipes == wipes:
                show(result)

        self.ctl.db.submit(work, arrived, self._failed)

    def _show_operators(self, operators: list[OperatorInfo]) -> None:
        self.operators.clear()
        now = self.ctl.services.clock.now()
        for info in operators:
            roles = ", ".join(self._role_name(role) for role in ROLE_VALUES if role in info.roles)
            item = QListWidgetItem(f"{info.name}: {roles} · {self._state(info, now)}")
            item.setData(NAME_ROLE, info.name)
            item.setData(DISABLED_ROLE, info.disabled)
            self.operators.addItem(item)
        self._selection_changed()

    def _state(self, info: OperatorInfo, now: datetime) -> str:
        if info.disabled:
            return self.tr("uitgeschakeld")
        if info.locked_until is not None and info.locked_until > now:
            until = info.locked_until.astimezone().strftime("%H:%M")
            return self.tr("vergrendeld tot %1 (te veel foute wachtwoorden)").replace("%1", until)
        return self.tr("actief")

    def _selected(self) -> tuple[str, bool] | None:
        item = self.operators.currentItem()
        if item is None:
            return None
        return str(item.data(NAME_ROLE)), bool(item.data(DISABLED_ROLE))

    def _selection_changed(self) -> None:
        selected = self._selected()
        active = selected is not None and not selected[1]
        self.disable.setEnabled(active)
        self.change_password.setEnabled(active)
        self._close_panels()

    def _is_me(self, name: str) -> bool:
        return self.ctl.operator is not None and self.ctl.operator.name == name

    def _close_panels(self) -> None:
        self.confirm_box.hide()
        self.password_box.hide()
        for field in (self.new_password, self.new_password_again):
            field.clear()

    def _ask_disable(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        self._close_panels()
        if self._is_me(selected[0]):
            question = self.tr("Uzelf uitschakelen? U wordt meteen afgemeld en kunt niet meer aanmelden.")
        else:
            question = self.tr("%1 uitschakelen? Die operator kan daarna niet meer aanmelden.")
        set_text(self.confirm_text, question.replace("%1", selected[0]))
        self.confirm_box.show()
        self.confirm_no.setFocus()
        self._bring_into_view(self.confirm_box)

    def _disable_confirmed(self) -> None:
        selected = self._selected()
        self._close_panels()
        if selected is None:
            return
        name = selected[0]
        self.ctl.db.submit(
            lambda: self.ctl.backend.disable_operator(name),
            lambda _r: self._disabled(name),
            self._operator_refused,
        )

    def _disabled(self, name: str) -> None:
        if self._is_me(name):  # this session's account is dead: lock the kiosk now
            self.ctl.sign_out()
            return
        self._operator_changed(self.tr("%1 is uitgeschakeld.").replace("%1", name))

    def _ask_password(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        self._close_panels()
        self.password_box.setTitle(self.tr("Nieuw wachtwoord voor %1").replace("%1", selected[0]))
        self.password_box.show()
        self.new_password.setFocus()
        self._bring_into_view(self.password_save)

    def _save_password(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        name, password = selected[0], self.new_password.text()
        problem = check_password(password, self.new_password_again.text(), name)
        if problem is not None:
            self._show_problem(problem)
            return
        self._close_panels()
        self.ctl.db.submit(
            lambda: self.ctl.backend.set_operator_password(name, password),
            lambda _r: self._operator_changed(
                self.tr("Het wachtwoord van %1 is veranderd.").replace("%1", name)
            ),
            self._operator_refused,
        )

    def _add_operator(self) -> None:
        name = self.new_name.text().strip()
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        password = self.add_password.text()
        problem = check_new_operator(name, roles, password, self.add_password_again.text())
        if problem is not None:
            self._show_problem(problem)
            return
        self.add_password.clear()
        self.add_password_again.clear()
        self.ctl.db.submit(
            lambda: self.ctl.backend.add_operator(name, roles, password),
            lambda _r: self._operator_added(name),
            self._operator_refused,
        )

    def _operator_added(self, name: str) -> None:
        self.new_name.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
        self._operator_changed(self.tr("%1 is toegevoegd en kan nu aanmelden.").replace("%1", name))

    def _operator_changed(self, message: str) -> None:
        self.operator_message.setProperty("role", "status")
        self._restyle(self.operator_message)
        set_text(self.operator_message, message)
        self.operator_message.show()
        self._load(self.ctl.backend.operators, self._show_operators)

    def _operator_refused(self, error: BaseException) -> None:
        self._show_problem(refusal(error))

    def _show_problem(self, problem: Problem) -> None:
        sentences = {
            **password_sentences(),
            Problem.NO_NAME: self.tr("Vul een naam in."),
            Problem.NAME: self.tr("Een naam heeft 1 tot 100 gewone tekens."),
            Problem.NO_ROLE: self.tr("Kies minstens één rol."),
            Problem.EXISTS: self.tr("Er is al een operator met die naam. Kies een andere naam."),
            Problem.LAST_COORDINATOR: self.tr(
                "Dit is de laatste actieve coördinator: die kan niet uitgeschakeld worden. "
                "Voeg eerst een andere coördinator toe."
            ),
            Problem.NOT_ALLOWED: self.tr("Alleen een coördinator mag operators beheren."),
            Problem.DISABLED: self.tr("Deze operator is uitgeschakeld."),
            Problem.OTHER: self.tr("Dit kan niet. Probeer opnieuw of vraag hulp."),
        }
        self.operator_message.setProperty("role", "warning")
        self._restyle(self.operator_message)
        set_text(self.operator_message, sentences[problem])
        self.operator_message.show()
        self._bring_into_view(self.operator_message)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the operators tab to `widget` once the layout has placed it."""
        QTimer.singleShot(0, lambda: self.operators_scroll.ensureWidgetVisible(widget))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

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
            for c, text in enumerate(shown_cells(row)):
                self.statistics.setItem(r, c, QTableWidgetItem(text))
        self.statistics.resizeColumnsToContents()

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

    def export_csv(self, path: Path) -> bool:
        """Write the anonymous CSV of the statistics on show; say on screen whether it worked."""
        try:
            path.write_text(anonymous_csv(self.rows), encoding="utf-8")
        except OSError:  # a read-only stick, a full disk, a folder that went away
            self.export_message.setProperty("role", "warning")
            text = self.tr("De CSV kon niet bewaard worden in %1. Kies een andere plaats.")
            ok = False
        else:
            self.export_message.setProperty("role", "status")
            text = self.tr("Bewaard: %1")
            ok = True
        self._restyle(self.export_message)
        set_text(self.export_message, text.replace("%1", str(path)))
        self.export_message.show()
        return ok
