"""Declarations: one plain-language question per screen, large yes/no buttons, progress."""

from __future__ import annotations

from ui.controller import DECLARATIONS, EVIDENCE
from ui.screens.base import Screen, set_text


class DeclarationsScreen(Screen):
    """Asks the current adult the rules file's questions, one at a time."""

    key = DECLARATIONS
    candidate_facing = True

    def build(self) -> None:
        self.progress = self.label(role="hint")
        self.progress.setObjectName("questionProgress")
        self.question = self.label()
        self.question.setObjectName("question")
        self.missing = self.label(role="warning")
        self.layout_.addStretch(1)
        row = self.row()
        self.yes = self.button(lambda: self._answer(True), answer=True, row=row)
        self.no = self.button(lambda: self._answer(False), answer=True, row=row)
        self.back = self.button(self._back)
        self.proceed = self.button(lambda: self.ctl.go(EVIDENCE), primary=True)
        self._index = 0

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Vragen over uw situatie"))
        set_text(self.yes, self.tr("Ja"))
        set_text(self.no, self.tr("Nee"))
        set_text(self.back, self.tr("Vorige vraag"))
        set_text(self.proceed, self.tr("Verder"))
        # INTERIM: the questions come from the core's rules file, not yet on this branch.
        set_text(
            self.missing,
            self.tr(
                "De vragen komen uit het regelbestand. Dat is nog niet gebouwd in deze versie: "
                "er worden nu geen vragen gesteld."
            ),
        )

    def enter(self) -> None:
        self._index = 0
        self._show()

    def _questions(self) -> list[tuple[str, str]]:
        return self.ctl.questions()

    def _show(self) -> None:
        questions = self._questions()
        asking = 0 <= self._index < len(questions)
        for widget in (self.yes, self.no, self.question, self.progress):
            widget.setVisible(asking)
        self.back.setVisible(asking and self._index > 0)
        self.missing.setVisible(not questions)
        self.proceed.setVisible(not asking)
        if asking:
            set_text(
                self.progress,
                self.tr("Vraag %1 van %2")
                .replace("%1", str(self._index + 1))
                .replace("%2", str(len(questions))),
            )
            set_text(self.question, questions[self._index][1])
            self.yes.setFocus()
        else:
            self.proceed.setFocus()

    def _answer(self, value: bool) -> None:
        member = self.ctl.current_member()
        questions = self._questions()
        if member is not None and self._index < len(questions):
            member.answers[questions[self._index][0]] = value
        self._index += 1
        self._show()

    def _back(self) -> None:
        self._index = max(0, self._index - 1)
        self._show()

    def wipe(self) -> None:
        self._index = 0
