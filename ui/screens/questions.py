"""Questions: one plain-language question per screen, large yes/no buttons, progress per adult.

The core asks them (`kiosk.visit.Visit.pending_question`): the household's questions once, to the
first adult who confirms, then each adult's own; numbering starts at 1 for every adult. "Previous
question" sits where it never takes the place of "Yes" or "No".
"""

from __future__ import annotations

from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import rule_text


class QuestionsScreen(Screen):
    """Asks the current adult the rules file's questions, one at a time."""

    key = ScreenKey.QUESTIONS
    candidate_facing = True

    def build(self) -> None:
        self.on_behalf = self.label(role="warning")
        self.on_behalf.setObjectName("onBehalfHint")
        self.on_behalf.hide()
        self.progress = self.label(role="hint")
        self.progress.setObjectName("questionProgress")
        self.question = self.label()
        self.question.setObjectName("question")
        self.question.setProperty("role", "title")
        self.help = self.label(role="hint")
        self.layout_.addStretch(1)
        row = self.row()
        self.yes = self.button(lambda: self._answer(True), answer=True, row=row)
        self.no = self.button(lambda: self._answer(False), answer=True, row=row)
        self.yes.setObjectName("answerYes")
        self.no.setObjectName("answerNo")
        self.done = self.label()
        self.proceed = self.button(lambda: self.ctl.apply(lambda v: v.questions_done()), primary=True)
        navigation = self.row()
        self.back = self.button(lambda: self.ctl.apply(lambda v: v.previous_question()), row=navigation)
        self.back.setObjectName("previousQuestion")
        self.to_household = self.button(
            lambda: self.ctl.apply(lambda v: v.back_to_household()), row=navigation
        )

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Vragen over uw situatie"))
        set_text(self.yes, self.tr("Ja"))
        set_text(self.no, self.tr("Nee"))
        set_text(self.back, self.tr("Vorige vraag"))
        set_text(self.to_household, self.tr("Terug naar het gezin"))
        set_text(self.done, self.tr("Alle vragen zijn beantwoord."))
        set_text(self.proceed, self.tr("Verder"))
        set_text(
            self.on_behalf,
            self.tr(
                "U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie."
            ),
        )

    def enter(self) -> None:
        visit = self.visit
        if visit is None or visit.current is None:
            return
        self.on_behalf.setVisible(visit.current.on_behalf_signer is not None)
        pending = visit.pending_question()
        asking = pending is not None
        for widget in (self.yes, self.no, self.question, self.progress, self.help):
            widget.setVisible(asking)
        self.back.setEnabled(bool(visit.current.history))
        self.done.setVisible(not asking)
        self.proceed.setVisible(not asking)
        if pending is None:
            self.proceed.setFocus()
            return
        _scope, declaration = pending
        done, total = visit.question_count()
        set_text(
            self.progress, self.tr("Vraag %1 van %2").replace("%1", str(done + 1)).replace("%2", str(total))
        )
        set_text(self.question, rule_text(declaration.text_nl))
        help_text = rule_text(declaration.help_nl)
        set_text(self.help, help_text)
        self.help.setVisible(bool(help_text))
        self.yes.setFocus()

    def _answer(self, value: bool) -> None:
        visit = self.visit
        if visit is not None and visit.pending_question() is not None:
            self.ctl.apply(lambda v: v.answer(value))

    def wipe(self) -> None:
        self.question.clear()
        self.help.clear()
