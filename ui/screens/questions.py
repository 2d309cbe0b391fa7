"""Questions: one plain-language question per screen, large yes/no buttons, progress per adult.

The core asks them (`kiosk.visit.Visit.pending_question`): each adult the questions of their role
(the reference tenant and the partner the conditions, every other adult only whether they still
belong to the household), the household's once; numbering starts at 1 for every adult. "Previous
question" sits where it never takes the place of "Yes" or "No".

An answer with an outcome (`Visit.outcome`) is explained kindly before the next question: what it
means and what to do, never a refusal. "No" to staying registered asks a second, explicit question
that names what it costs; "no" to belonging to the household says the adult leaves it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from kiosk.visit import ShownOutcome, Visit
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
        self.waiting = self.label(role="hint")
        self.waiting.setObjectName("questionsWaiting")
        self.outcome_text = self.label(role="warning")
        self.outcome_text.setObjectName("outcomeText")
        self.layout_.addStretch(1)
        row = self.row()
        self.yes = self.button(lambda: self._answer(True), answer=True, row=row)
        self.no = self.button(lambda: self._answer(False), answer=True, row=row)
        self.yes.setObjectName("answerYes")
        self.no.setObjectName("answerNo")
        outcome_row: QBoxLayout = self.row(vertical=True)
        # Not the primary button, and never the one with focus: stopping is asked, not suggested.
        self.outcome_confirm = self.button(self._confirm_outcome, row=outcome_row)
        self.outcome_confirm.setObjectName("outcomeConfirm")
        self.outcome_back = self.button(self._take_back, row=outcome_row)
        self.outcome_back.setObjectName("outcomeBack")
        self.outcome_ok = self.button(lambda: self.ctl.apply(lambda v: v.acknowledge_outcome()), primary=True)
        self.outcome_ok.setObjectName("outcomeOk")
        self.done = self.label()
        self.proceed = self.button(lambda: self.ctl.apply(lambda v: v.questions_done()), primary=True)
        navigation = self.row()
        self.back = self.button(lambda: self.ctl.apply(lambda v: v.previous_question()), row=navigation)
        self.back.setObjectName("previousQuestion")
        self.to_household = self.button(
            lambda: self.ctl.apply(lambda v: v.back_to_household()), row=navigation
        )
        outcome = (self.outcome_text, self.outcome_confirm, self.outcome_back, self.outcome_ok)
        for widget in (self.waiting, *outcome):
            widget.hide()  # shown by `enter` when the register is awaited or an answer has an outcome
        self.ctl.visit_changed.connect(self.enter_if_visible)  # the register's answer came

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Vragen over uw situatie"))
        set_text(self.yes, self.tr("Ja"))
        set_text(self.no, self.tr("Nee"))
        set_text(self.back, self.tr("Vorige vraag"))
        set_text(self.to_household, self.tr("Terug naar het gezin"))
        set_text(self.done, self.tr("Alle vragen zijn beantwoord."))
        set_text(self.proceed, self.tr("Verder"))
        set_text(self.outcome_ok, self.tr("Verder"))
        set_text(
            self.on_behalf,
            self.tr(
                "U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie."
            ),
        )
        set_text(self.waiting, self.tr("We zoeken uw gezin op bij het register… Even geduld."))
        visit = self.visit
        shown = visit.outcome if visit is not None else None
        withdrawal = shown is None or shown.kind == "withdrawal"
        if withdrawal:
            set_text(self.outcome_confirm, self.tr("Ja, stop de inschrijving van mijn gezin"))
            set_text(self.outcome_back, self.tr("Nee, ik wil ingeschreven blijven"))
        else:
            set_text(self.outcome_confirm, self.tr("Ja, ik hoor niet meer bij dit gezin"))
            set_text(self.outcome_back, self.tr("Nee, terug naar de vraag"))

    def enter(self) -> None:
        visit = self.visit
        if visit is None or visit.current is None:
            return
        self.on_behalf.setVisible(visit.current.on_behalf_signer is not None)
        shown = visit.outcome
        pending = visit.pending_question()
        waiting = visit.waiting_for_register
        asking = pending is not None and shown is None
        for widget in (self.yes, self.no, self.question, self.progress, self.help):
            widget.setVisible(asking)
        self.waiting.setVisible(waiting)
        self._show_outcome(visit, shown)
        self.back.setEnabled(bool(visit.current.history) and not visit.withdrawing)
        self.back.setVisible(shown is None or not shown.needs_confirmation)
        finished = pending is None and shown is None and not waiting
        self.done.setVisible(finished)
        self.proceed.setVisible(finished)
        if shown is not None:
            (self.outcome_back if shown.needs_confirmation else self.outcome_ok).setFocus()
            return
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

    def _show_outcome(self, visit: Visit, shown: ShownOutcome | None) -> None:
        self.outcome_text.setVisible(shown is not None)
        asks = shown is not None and shown.needs_confirmation
        self.outcome_confirm.setVisible(asks)
        self.outcome_back.setVisible(asks)
        self.outcome_ok.setVisible(shown is not None and not asks)
        if shown is None:
            self.outcome_text.clear()
            return
        set_text(self.outcome_text, self.outcome_words(visit, shown))
        self.retranslate()  # the buttons name what this answer leads to

    def outcome_words(self, visit: Visit, shown: ShownOutcome) -> str:
        """What the answer means and what to do, kindly; WIL decides, the kiosk refuses nothing."""
        decides = self.tr("De kiosk beslist hier niets over: WIL kijkt het na. U kunt gewoon verder.")
        if shown.kind == "withdrawal":
            return self.tr(
                "U antwoordde: nee, u wilt niet ingeschreven blijven. Weet u het zeker? Als u stopt, "
                "verliest uw gezin zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u later "
                "toch een sociale woning, dan moet u zich opnieuw inschrijven en begint u achteraan."
            )
        if shown.kind == "leaves_household":
            return self.tr(
                "U antwoordde nee. Dan noteren we dat u vandaag uit dit gezin bent weggegaan. De anderen "
                "blijven ingeschreven. U hoeft niets te ondertekenen. Klopt dat?"
            )
        if shown.kind == "household_change":
            return self.tr(
                "Zeg het aan de begeleider. Die noteert bij 'Uw gezin' wie er wegging of bijkwam, met de "
                "datum."
            )
        if shown.kind == "not_registered":
            return self.tr(
                "Zonder inschrijving in het bevolkingsregister of het vreemdelingenregister, of een "
                "referentieadres, kunt u zich nu niet inschrijven voor een sociale woning. Wat kunt u doen? "
                "Laat u inschrijven bij de gemeente waar u woont, of vraag een referentieadres aan het OCMW."
            ) + " " + decides
        if shown.kind == "income_above_limit":
            return self.tr("Dan is uw inkomen misschien te hoog voor een sociale woning.") + " " + decides
        if shown.kind == "owns_property":
            return self.tr(
                "Wie een woning of bouwgrond heeft, kan meestal geen sociale woning huren. Misschien geldt "
                "er toch een uitzondering."
            ) + " " + decides
        text = self.tr("Sinds 2024 telt ook uw spaargeld en uw beleggingen (de middelentoets).")
        test = visit.rules.asset_test
        if test is not None and test.threshold_eur is not None:
            text += " " + self.tr("De grens is %1 euro.").replace("%1", str(test.threshold_eur))
        return text + " " + decides

    def _answer(self, value: bool) -> None:
        visit = self.visit
        if visit is not None and visit.pending_question() is not None and visit.outcome is None:
            self.ctl.apply(lambda v: v.answer(value))

    def _confirm_outcome(self) -> None:
        self.ctl.apply(lambda v: v.confirm_outcome())

    def _take_back(self) -> None:
        self.ctl.apply(lambda v: v.previous_question())

    def wipe(self) -> None:
        self.question.clear()
        self.help.clear()
        self.outcome_text.clear()
