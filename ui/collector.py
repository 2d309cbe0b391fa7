"""Python's cycle collector, run only on the GUI thread and in small steps.

Left automatic, the collector runs on whichever thread happens to allocate (a card, database or sync
worker) and may destroy Qt objects there, which crashes Qt. So automatic collection is off and a
GUI-thread timer collects instead, as pyqtgraph's `GarbageCollector` does (pyqtgraph,
util/garbage_collector.py): each tick collects the youngest generation once more objects were
allocated than its threshold, and an older generation only when its own count says it is due, the
rule the automatic collector follows (https://docs.python.org/3/library/gc.html#gc.set_threshold).

Collecting every generation on every tick instead stalls the screen: with the kiosk's 150,000 and more
long-lived objects (modules, screens, the store), one full pass takes 100 to 700 ms on the GUI thread
(benchmarks/ui_latency.py). So once start-up is done, those objects are moved out of the collector's
sight (`gc.freeze`, https://docs.python.org/3/library/gc.html#gc.freeze) and a full pass looks only
at what came after: about a millisecond.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

TICK_MS = 1000  # short, so that each young-generation pass has little to look at


class GuiCollector(QObject):
    """Collects on the GUI thread; see the module docstring."""

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = TICK_MS,
        thresholds: tuple[int, int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        # What the automatic collector would use: by default Python's own (700, 10, 10).
        self.thresholds = thresholds or gc.get_threshold()
        self.frozen = False
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(interval_ms)

    def collect_due(self) -> int | None:
        """Collect the oldest generation that is due (with the younger ones); which one, or None."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds[:3]
        if young <= first:
            return None
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)
        return generation

    def freeze_start_up(self) -> None:
        """Start-up is done: what lives now lives as long as the kiosk; later passes skip it (once)."""
        if self.frozen:
            return
        self.frozen = True
        gc.collect()  # garbage of the start-up itself is freed, not kept forever
        gc.freeze()
        log.info("start-up done: %d long-lived objects out of the collector's passes", gc.get_freeze_count())

    def stop(self) -> None:
        """Stop collecting on the timer (automatic collection stays off)."""
        self.timer.stop()
