"""Declarations: one plain-language question per screen, large yes/no buttons, progress.

The questions come from the core's rules file: household questions once (asked to the first adult
who confirms), then the questions for every adult; a question whose condition is not met is
skipped. Answers are kept per adult and for the household.
"""

from __future__ import annotations

from kiosk.rules import Declaration
from ui.controller import DECLARATIONS, EVIDENCE
from ui.screens.base import Screen, set_text


class DeclarationsScreen(Screen):
    """Asks the current adult the rules file's questions, one at a time."""

    key = DECLARATIONS
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
        self.back = self.button(self._back)
        self.done = self.label()
        self.proceed = self.button(lambda: self.ctl.go(EVIDENCE), primary=True)
        self._history: list[tuple[str, str]] = []  # (scope, declaration id) in the order answered

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Vragen over uw situatie"))
        set_text(self.yes, self.tr("Ja"))
        set_text(self.no, self.tr("Nee"))
        set_text(self.back, self.tr("Vorige vraag"))
        set_text(self.done, self.tr("Alle vragen zijn beantwoord."))
        set_text(self.proceed, self.tr("Verder"))
        set_text(
            self.on_behalf,
            self.tr(
                "U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie."
            ),
        )
        self.enter_if_visible()

    def enter(self) -> None:
        member = self.ctl.current_member()
        member_id = member.member_id if member else None
        if member_id != getattr(self, "_member_id", None):
            self._history.clear()  # the back button never reaches another adult's answers
            self._member_id = member_id
        self.on_behalf.setVisible(member is not None and self.ctl.session.on_behalf_of == member.member_id)
        self._show()

    def _answers(self, scope: str) -> dict[str, bool]:
        member = self.ctl.current_member()
        if scope == "household" or member is None:
            return self.ctl.session.household_answers
        return member.answers

    def _scopes(self) -> list[str]:
        # Household questions once: asked to whoever confirms first.
        return ["household", "every_adult"]

    def _pending(self) -> tuple[str, Declaration] | None:
        rules = self.ctl.rules
        for scope in self._scopes():
            answers = self._answers(scope)
            for declaration in rules.applicable(answers, scope):
                if declaration.id not in answers:
                    return scope, declaration
        return None

    def _count(self) -> tuple[int, int]:
        rules = self.ctl.rules
        done = total = 0
        for scope in self._scopes():
            answers = self._answers(scope)
            applicable = rules.applicable(answers, scope)
            total += len(applicable)
            done += sum(1 for d in applicable if d.id in answers)
        return done, total

    def _show(self) -> None:
        pending = self._pending()
        asking = pending is not None
        for widget in (self.yes, self.no, self.question, self.progress, self.help):
            widget.setVisible(asking)
        self.back.setVisible(bool(self._history))
        self.done.setVisible(not asking)
        self.proceed.setVisible(not asking)
        if pending is None:
            self.proceed.setFocus()
            return
        _scope, declaration = pending
        done, total = self._count()
        set_text(
            self.progress, self.tr("Vraag %1 van %2").replace("%1", str(done + 1)).replace("%2", str(total))
        )
        set_text(self.question, self.ctl.rule_text(declaration.text_key, declaration.text_nl))
        help_text = self.ctl.rule_text(declaration.text_key + ".help", declaration.help_nl)
        set_text(self.help, help_text)
        self.help.setVisible(bool(help_text))
        self.yes.setFocus()

    def _answer(self, value: bool) -> None:
        pending = self._pending()
        if pending is None:
            return
        scope, declaration = pending
        self._answers(scope)[declaration.id] = value
        self._history.append((scope, declaration.id))
        self._show()

    def _back(self) -> None:
        if self._history:
            scope, declaration_id = self._history.pop()
            self._answers(scope).pop(declaration_id, None)
        self._show()

    def wipe(self) -> None:
        self._history.clear()
        self.question.clear()
        self.help.clear()
