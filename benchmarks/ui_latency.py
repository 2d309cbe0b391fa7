"""Latencies a person feels at the kiosk, measured in the running UI: p95 over 30 visits.

A training kiosk (offscreen, the in-process virtual cards, the register simulator on 127.0.0.1)
runs RUNS visits one after the other, each through the real screens with real clicks (QTest):
home -> privacy notice -> insert card -> Sofie's card (identity) -> her questions -> (evidence) ->
what she signs -> "Ja, ik bevestig" -> PIN -> OK -> the household ("signed") -> her card out ->
Pieter's card in (a later adult: the privacy notice first) -> his identity -> his first question ->
back to the household -> review -> "Klaar" -> the receipt -> "Bekijken" (the receipt's preview) -> the
end -> home. Pieter confirms another day: the visit saves an incomplete dossier, as such visits do.

Each figure runs from the person's action (the click, the card going in or out; the clock starts
right before it) to the end of the paint pass that first shows the result: the screen painted with
what the person waits for (the name on the identity screen, "Gelukt" on the household screen, the
reference on the receipt, the preview's first page rendered).

Targets (p95 by nearest rank over RUNS visits; the first visit of the fresh kiosk counts):
- card inserted -> identity on screen <= 300 ms (also a later adult's card -> their privacy notice,
  which comes before their identity);
- PIN accepted ("OK") -> "signed" on screen <= the card's signing time + 200 ms, where the card's
  signing time is the p95 of `sign_statement` (VERIFY and the signature, as after "OK") on a fresh
  virtual card of the same profile, measured in the same run right after each visit;
- "Klaar" -> the receipt on screen <= 500 ms, and "Bekijken" -> the receipt's preview <= 500 ms;
- every screen switch (and the next question on the questions screen) <= 100 ms.
"Ja, ik bevestig" -> the PIN keypad (the card is asked for its PIN tries first) is reported
without a target. Exits 1 when a target is missed.

Run: `.venv/bin/python benchmarks/ui_latency.py [RUNS]` (QT_QPA_PLATFORM defaults to offscreen).
"""

from __future__ import annotations

import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QPushButton, QWidget  # noqa: E402

RUNS = 30
CARD_READ_MS = 300
SIGNED_MARGIN_MS = 200
RECEIPT_MS = 500
SWITCH_MS = 100
TIMEOUT_MS = 20_000
SOFIE, PIETER = "nl-citizen-18", "nl-partner-17-ec"
YES = {"still_wants_registration", "still_in_household", "registered", "has_tax_assessment"}

CARD_READS = ("card in -> identity", "later adult's card in -> privacy notice")
RECEIPTS = ("Klaar -> receipt", "Bekijken -> receipt preview")
SIGNED = "PIN OK -> signed"
UNTARGETED = ("Ja, ik bevestig -> PIN keypad",)


class PaintWatch(QObject):
    """Notes the first paint of a watched widget while `ready()` holds, then the end of that pass."""

    def __init__(self, ready: Callable[[], bool], loop: QEventLoop) -> None:
        super().__init__()
        self.ready, self.loop = ready, loop
        self.done_at: float | None = None
        self._painted = False
        self._widgets: list[QWidget] = []

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
        self._widgets.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint and self.ready():
            self._painted = True
            # The rest of the pass paints the screen's other widgets and flushes the window; a
            # zero timer runs right after it.
            QTimer.singleShot(0, self._pass_done)
        return False

    def _pass_done(self) -> None:
        self.done_at = time.perf_counter()
        self.loop.quit()

    def remove(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self)


def measure(
    widgets: list[QWidget],
    ready: Callable[[], bool],
    action: Callable[[], None],
    arm: Callable[[PaintWatch], Callable[[], None]] | None = None,
) -> float:
    """Milliseconds from `action` to the end of the pass that first paints one of `widgets` with
    `ready()`. `arm(watch)` may watch widgets made later (a dialog); it returns how to undo that.
    """
    loop = QEventLoop()
    watch = PaintWatch(ready, loop)
    for widget in widgets:
        watch.watch(widget)
    disarm = arm(watch) if arm is not None else None
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(TIMEOUT_MS)
    try:
        started = time.perf_counter()
        action()
        if watch.done_at is None:
            loop.exec()
    finally:
        timeout.stop()
        watch.remove()
        if disarm is not None:
            disarm()
    if watch.done_at is None:
        raise TimeoutError(f"not painted as expected within {TIMEOUT_MS} ms")
    return (watch.done_at - started) * 1000


def wait_until(condition: Callable[[], bool]) -> None:
    """Let the event loop run until `condition` holds (between measurements, not measured)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("waited in vain")
        QTest.qWait(5)


def click(button: QPushButton) -> Callable[[], None]:
    def action() -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return action


@dataclass
class Figures:
    """Milliseconds per measurement, over the runs."""

    by_name: dict[str, list[float]]
    card_signing: list[float]


class LatencyRun:
    """One kiosk, RUNS visits; every measurement goes into `figures`."""

    def __init__(self, kiosk: Any) -> None:
        self.kiosk = kiosk
        self.ctl = kiosk.controller
        self.screens = kiosk.window.screens
        self.figures: dict[str, list[float]] = defaultdict(list)

    def on(self, key: str, extra: Callable[[], bool] = lambda: True) -> Callable[[], bool]:
        return lambda: self.ctl.current_screen == key and extra()

    def switch(self, name: str, key: str, action: Callable[[], None]) -> None:
        """A screen switch: `action` -> screen `key` painted."""
        try:
            self.figures[name].append(measure([self.screens[key]], self.on(key), action))
        except TimeoutError as error:
            raise TimeoutError(f"{name}: {error}; on screen: {self.ctl.current_screen}") from error

    def card(self, profile: str | None) -> Callable[[], None]:
        panel = self.kiosk.panel
        return (lambda: panel.insert_card(profile)) if profile else panel.remove_card

    def visit(self) -> None:
        s = self.screens
        self.switch("home -> privacy notice", "privacy", click(s["home"].start))
        self.switch("privacy notice -> insert card", "insert_card", click(s["privacy"].agree))
        identity = s["identity"]
        self.figures["card in -> identity"].append(
            measure([identity], self.on("identity", lambda: bool(identity.name.text())), self.card(SOFIE))
        )
        visit = self.ctl.visit
        wait_until(lambda: visit.lookup_settled)  # while the adult reads their identity
        if visit.lookup_state.name != "FOUND":  # the simulator answers 30 lookups a minute
            raise RuntimeError(f"the register's lookup did not find the household: {visit.lookup_state}")
        self.switch("identity -> questions", "questions", click(identity.proceed))
        self.answer_all()
        questions, evidence, confirm = s["questions"], s["evidence"], s["confirm"]
        # A kiosk may skip the evidence screen when the answers want no papers: either screen ends it.
        ms = measure(
            [evidence, confirm],
            lambda: self.ctl.current_screen in ("evidence", "confirm"),
            click(questions.proceed),
        )
        self.figures[f"questions -> {self.ctl.current_screen}"].append(ms)
        if self.ctl.current_screen == "evidence":
            self.switch("evidence -> confirm", "confirm", click(evidence.proceed))
        self.sign()
        self.switch("card out -> awaiting card", "awaiting_card", self.card(None))
        privacy = s["privacy"]
        self.figures["later adult's card in -> privacy notice"].append(
            measure([privacy], self.on("privacy", privacy.next_adult.isVisible), self.card(PIETER))
        )
        self.switch("privacy notice -> identity (later adult)", "identity", click(privacy.agree))
        self.switch("identity -> questions", "questions", click(identity.proceed))
        self.switch("questions -> household", "household", click(questions.to_household))
        self.switch("household -> review", "review", click(s["household"].review))
        receipt = s["receipt"]
        self.figures["Klaar -> receipt"].append(
            measure(
                [receipt],
                self.on("receipt", lambda: bool(receipt.reference.text())),
                click(s["review"].finish),
            )
        )
        self.preview(receipt)
        self.card(None)()  # Pieter takes his card back; the receipt stays
        self.switch("receipt -> end", "end", click(receipt.finish))
        self.switch("end -> home", "home", click(s["end"].next_visit))

    def answer_all(self) -> None:
        questions, visit = self.screens["questions"], self.ctl.visit
        while (pending := visit.pending_question()) is not None:
            button = questions.yes if pending[1].id in YES else questions.no
            before = questions.progress.text()
            self.figures["answer -> next question"].append(
                measure(
                    [questions],
                    lambda b=before: questions.proceed.isVisible() or questions.progress.text() != b,
                    click(button),
                )
            )

    def sign(self) -> None:
        confirm, household = self.screens["confirm"], self.screens["household"]
        wait_until(confirm.sign.isEnabled)
        self.figures["Ja, ik bevestig -> PIN keypad"].append(
            measure([confirm.pad], confirm.pad.isVisible, click(confirm.sign))
        )
        for digit in "1234":
            QTest.mouseClick(confirm.pad.keys[digit], Qt.MouseButton.LeftButton)
        self.figures[SIGNED].append(
            measure([household], self.on("household", household.notice.isVisible), click(confirm.pad.ok))
        )

    def preview(self, receipt: Any) -> None:
        """'Bekijken': rendered on the database worker, shown in a dialog, its first page drawn."""
        rendered: list[int] = []
        self.figures["Bekijken -> receipt preview"].append(
            measure(
                [], lambda: bool(rendered), click(receipt.preview), arm=lambda w: watch_preview(w, rendered)
            )
        )
        receipt.dialog.reject()
        wait_until(lambda: receipt.dialog is None)


def watch_preview(watch: PaintWatch, rendered: list[int]) -> Callable[[], None]:
    """Watch the preview dialog the receipt screen is about to build; return how to stop.

    Qt's PDF view renders pages on a thread of its own and paints a blank page until one arrives:
    the preview is on screen at the first paint of its viewport after its renderer delivered a page.
    """
    from PySide6.QtPdf import QPdfPageRenderer
    from PySide6.QtPdfWidgets import QPdfView

    import ui.printing

    original = ui.printing.build_preview_dialog

    def build(pdf: bytes, title: str, parent: Any = None) -> Any:
        dialog = original(pdf, title, parent)
        view = dialog.findChild(QPdfView)
        view.findChild(QPdfPageRenderer).pageRendered.connect(lambda page, *_: rendered.append(page))
        watch.watch(view.viewport())
        return dialog

    ui.printing.build_preview_dialog = build

    def stop() -> None:
        ui.printing.build_preview_dialog = original

    return stop


def card_signing_ms(profile: str) -> float:
    """The card's own signing time: VERIFY and the signature on a fresh virtual card, as after 'OK'."""
    from cardreader.session import BeidSession
    from cardreader.signing import sign_statement
    from cardreader.virtual import VirtualCardConnection, load_profile
    from ui.adapters import TRAINING_DIR

    session = BeidSession(VirtualCardConnection(load_profile(profile, TRAINING_DIR)))
    session.pin_status()  # asked before the keypad shows, as the kiosk's signer does
    statement = b"{" + b'"field":"value",' * 40 + b"}"  # about the size of a confirmation statement
    started = time.perf_counter()
    sign_statement(session, statement, pin="1234")
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def report(figures: Figures) -> bool:
    met = True
    card = p95(figures.card_signing)
    print(
        f"the card's own signing time (sign_statement on a fresh virtual card): median "
        f"{statistics.median(figures.card_signing):.1f} ms, p95 {card:.1f} ms"
    )
    for name, values in figures.by_name.items():
        if name in CARD_READS:
            target: float | None = CARD_READ_MS
        elif name in RECEIPTS:
            target = RECEIPT_MS
        elif name == SIGNED:
            target = card + SIGNED_MARGIN_MS
        elif name in UNTARGETED:
            target = None
        else:
            target = SWITCH_MS
        value = p95(values)
        ok = target is None or value <= target
        met &= ok
        against = "no target" if target is None else f"target <= {target:.0f} ms"
        if name == SIGNED:
            against += (
                f" (the card's p95 {card:.1f} ms + {SIGNED_MARGIN_MS}); ratio to the card {value / card:.1f}"
            )
        verdict = "" if target is None else (" met" if ok else " MISSED")
        print(
            f"  {name}: p95 {value:.0f} ms, median {statistics.median(values):.0f} ms, "
            f"max {max(values):.0f} ms, first visit {values[0]:.0f} ms, n={len(values)} ({against}){verdict}"
        )
    return met


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    from tests.e2e.scripted_visit import Visit
    from tests.ui.conftest import close_kiosk, make_kiosk
    from ui.app import application, settle

    application()  # the kiosk's own: its garbage collection on the GUI thread included

    work = Path(tempfile.mkdtemp(prefix="ui-latency-"))
    under_test = make_kiosk(work)
    kiosk = under_test.kiosk
    signing: list[float] = []
    try:
        settled: list[bool] = []
        settle(kiosk, lambda: settled.append(True))  # what `kiosk demo` does once it is up
        wait_until(lambda: bool(settled))
        Visit(kiosk, work).sign_in_only("vrijwilliger")
        # Thirty visits of the same household: none of them reaches the register (whose answer would
        # mark Sofie confirmed, leaving the next visit nothing to ask her). Sending is not measured.
        kiosk.controller.terminal.sync_now = lambda by_hand=False: None
        print(f"rules in force: {kiosk.backend.rules.version}; {runs} visits; load average {_load()}")
        run = LatencyRun(kiosk)
        for _ in range(runs):
            run.visit()
            signing.append(card_signing_ms(SOFIE))
        print(f"load average at the end {_load()}")
        met = report(Figures(dict(run.figures), signing))
    finally:
        close_kiosk(kiosk)
        shutil.rmtree(work, ignore_errors=True)
    print("targets met" if met else "targets NOT all met")
    return 0 if met else 1


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
