"""The screens' keys: the steps of the core's visit plus the operator's own screens."""

from __future__ import annotations

import enum

from kiosk.visit import Step


class ScreenKey(enum.StrEnum):
    """Every screen of the kiosk; a visit's screens carry the value of the core's `Step`."""

    SIGN_IN = "sign_in"
    HOME = "home"
    COORDINATOR = "coordinator"
    END = "end"
    PRIVACY = Step.PRIVACY_NOTICE.value
    INSERT_CARD = Step.INSERT_CARD.value
    AWAITING_CARD = Step.AWAITING_CARD.value
    IDENTITY = Step.IDENTITY.value
    HOUSEHOLD = Step.HOUSEHOLD.value
    QUESTIONS = Step.QUESTIONS.value
    EVIDENCE = Step.EVIDENCE.value
    CONFIRM = Step.CONFIRM.value
    REVIEW = Step.REVIEW.value
    RECEIPT = Step.RECEIPT.value


def screen_of(step: Step) -> ScreenKey:
    """The screen that shows a visit's step (an ended visit shows the end screen)."""
    return ScreenKey.END if step is Step.ENDED else ScreenKey(step.value)


class ReaderState(enum.StrEnum):
    """What the card reader is doing, as the insert-card screens say it."""

    WAITING = "waiting"
    READING = "reading"
    READ = "read"
    ERROR = "error"
