"""Visit effort and kiosk start-up, with baselines measured in the same run.

1. Actions for the scripted two-adult visit (tests/e2e/scripted_visit.py: Sofie with her PIN,
   Pieter attested by WIL staff with Griet's card, Noor added by hand, evidence attached, synced to
   the dossier number): clicks and key presses, not typed text or PIN digits, split into operator
   and candidate actions. Target: at most 20 per adult in all.
2. Cold start of `kiosk demo` to its first screen (a warm training data directory: the terminal is
   already enrolled), against a bare PySide6 window started the same way (a fresh interpreter,
   offscreen). Target: ratio <= 2.0 and resident memory <= 250 MB. The first-ever start (which
   enrolls and creates the demo operators with argon2id) is reported too.

Run: `.venv/bin/python benchmarks/visit_effort.py [ROUNDS]` (QT_QPA_PLATFORM defaults to offscreen).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_ACTIONS_PER_ADULT = 20
TARGET_RATIO = 2.0
TARGET_RSS_MB = 250

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Aanmelden")
label.resize(1280, 860)
label.show()
def done():
    app.processEvents()
    rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:"))
    print(f"first-screen rss_kb={rss}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def count_actions(workdir: Path) -> tuple[int, int, str]:
    """Run the scripted visit once; return (operator actions, candidate actions, dossier text)."""
    from PySide6.QtWidgets import QApplication

    from tests.e2e.scripted_visit import CANDIDATE, OPERATOR, Visit, household_of_three
    from tests.ui.conftest import close_kiosk, make_kiosk

    QApplication.instance() or QApplication([])
    under_test = make_kiosk(workdir)
    try:
        visit = Visit(under_test.kiosk, workdir)
        number = household_of_three(visit)
    finally:
        close_kiosk(under_test.kiosk)
    return visit.actions[OPERATOR], visit.actions[CANDIDATE], number


def time_to_first_screen(command: list[str]) -> tuple[float, int]:
    """Seconds from spawning `command` to its "first-screen" line, and its resident memory (kB)."""
    env = dict(os.environ, CIR_KIOSK_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first-screen"):
                elapsed = time.perf_counter() - start
                rss = int(line.split("rss_kb=")[1])
                break
        else:
            raise RuntimeError(f"{command[0]} never showed its first screen")
        proc.wait(timeout=30)
    return elapsed, rss


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    work = Path(tempfile.mkdtemp(prefix="visit-effort-"))
    try:
        operator, candidate, number = count_actions(work / "visit")
        total = operator + candidate
        per_adult = total / 2
        print(
            f"scripted visit (2 adults, 1 minor): operator {operator}, candidate {candidate}, "
            f"total {total}, per adult {per_adult:.1f} (target <= {TARGET_ACTIONS_PER_ADULT}); {number}"
        )

        kiosk = [
            str(ROOT / ".venv" / "bin" / "kiosk"),
            "--data-dir",
            str(work / "demo"),
            "demo",
            "--windowed",
        ]
        first, first_rss = time_to_first_screen(kiosk)
        print(
            f"first-ever start of kiosk demo (enrolls, creates operators): {first:.2f} s, "
            f"{first_rss / 1024:.0f} MB"
        )
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        bare = [time_to_first_screen(bare_cmd) for _ in range(rounds)]
        demo = [time_to_first_screen(kiosk) for _ in range(rounds)]
        bare_s = statistics.median(t for t, _ in bare)
        demo_s = statistics.median(t for t, _ in demo)
        rss_mb = max(r for _, r in demo) / 1024
        ratio = demo_s / bare_s
        print(
            f"cold start to first screen, median of {rounds}: kiosk demo {demo_s:.2f} s, "
            f"bare PySide6 window {bare_s:.2f} s, ratio {ratio:.2f} (target <= {TARGET_RATIO})"
        )
        print(
            f"resident memory of kiosk demo at its first screen: {rss_mb:.0f} MB (target <= {TARGET_RSS_MB})"
        )
        met = per_adult <= TARGET_ACTIONS_PER_ADULT and ratio <= TARGET_RATIO and rss_mb <= TARGET_RSS_MB
        print("targets met" if met else "targets NOT all met")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
