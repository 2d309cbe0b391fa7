"""The cycle collector on the GUI thread: small steps, and no pass over what lives as long as the kiosk.

A full pass over every object every few seconds stalled the screens by 100 to 700 ms
(benchmarks/ui_latency.py). These tests hold the rules that keep the passes short without leaving
garbage behind.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ui.app
from kiosk.clock import FakeClock
from ui.app import Kiosk, build_kiosk, settle_once_started, start_backend
from ui.collector import GuiCollector

from .conftest import START, close_kiosk, training_dir

pytestmark = pytest.mark.ui


class Node:
    """An object that can sit in a reference cycle (only the cycle collector frees those)."""

    def __init__(self) -> None:
        self.other: Any = None


def cyclic_garbage(count: int) -> weakref.ref[Node]:
    """`count` objects in two-object cycles, already unreachable; a weak reference to one of them."""
    first: Node | None = None
    for _ in range(count // 2):
        a, b = Node(), Node()
        a.other, b.other = b, a
        first = first or a
    assert first is not None
    return weakref.ref(first)


@pytest.fixture
def generations() -> Iterator[list[int]]:
    """The generations the collector passes over, in order."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


@pytest.fixture
def deferred(qtbot: object, tmp_path: Path) -> Iterator[Kiosk]:
    """A training kiosk as `kiosk demo` builds it: the back end not yet loaded, one screen built."""
    data_dir = training_dir(tmp_path)
    kiosk = build_kiosk(
        training=True, kiosk_mode=False, data_dir=data_dir, clock=FakeClock(START), deferred=True
    )
    kiosk.window.show()
    yield kiosk
    close_kiosk(kiosk)


@pytest.fixture
def collector(qtbot: object) -> Iterator[GuiCollector]:
    """A collector with small thresholds; anything it froze is unfrozen again afterwards."""
    made = GuiCollector(interval_ms=3_600_000, thresholds=(50, 2, 2))  # the test ticks it by hand
    try:
        yield made
    finally:
        made.stop()
        gc.unfreeze()


def test_a_tick_frees_young_garbage_and_passes_over_old_objects_only_when_due(
    collector: GuiCollector, generations: list[int]
) -> None:
    gc.collect()
    generations.clear()
    assert collector.collect_due() is None  # nothing allocated since: no pass at all
    assert generations == []
    garbage = cyclic_garbage(200)
    assert garbage() is not None
    assert collector.collect_due() == 0
    assert garbage() is None  # freed, on this (the GUI) thread
    assert generations == [0]
    for _ in range(20):
        cyclic_garbage(200)
        collector.collect_due()
    # The middle generation after more than 2 young passes, the oldest after more than 2 middle ones:
    # a pass over every object is the rare one.
    assert generations[:4] == [0, 0, 0, 1]
    assert 2 in generations
    assert generations[: generations.index(2)].count(1) > 2
    assert generations.count(2) * 10 < len(generations)


def test_after_start_up_a_full_pass_skips_what_lives_on_and_still_frees_new_garbage(
    collector: GuiCollector,
) -> None:
    long_lived = [{"screen": i} for i in range(20_000)]  # as the kiosk's modules, screens, the store
    before = len(gc.get_objects())
    collector.freeze_start_up()
    collector.freeze_start_up()  # once: a second call changes nothing
    assert collector.frozen
    assert gc.get_freeze_count() >= len(long_lived)
    assert len(gc.get_objects()) < before - len(long_lived)  # what a full pass looks at
    garbage = cyclic_garbage(100)
    gc.collect()
    assert garbage() is None
    assert long_lived[-1] == {"screen": 19_999}


def test_the_kiosk_settles_once_its_back_end_is_up_and_its_screens_built(
    deferred: Kiosk, qtbot, monkeypatch: pytest.MonkeyPatch, collector: GuiCollector
) -> None:  # type: ignore[no-untyped-def]
    """What `kiosk demo` does after its first screen: load the first visit's code, then freeze."""
    monkeypatch.setattr(ui.app, "_COLLECTOR", [collector])
    settle_once_started(deferred)
    start_backend(deferred)
    assert not collector.frozen  # the back end is still loading
    deferred.window.build_remaining_screens()
    qtbot.waitUntil(lambda: collector.frozen, timeout=30_000)
    assert deferred.controller.terminal.backend_loaded
    assert len(deferred.window.screens.built()) == len(deferred.window.screens)
