"""Visit effort and kiosk start-up, with baselines measured in the same run.

1. Actions for the scripted two-adult visit (tests/e2e/scripted_visit.py: Sofie with her PIN,
   Pieter, who reads the privacy notice once his card is in, attested by WIL staff with Griet's
   card, Noor listed by the register's lookup, evidence attached, synced to the dossier number):
   clicks and key presses, not typed text or PIN digits, split into operator and candidate
   actions. Target: at most 20 per adult in all.
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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_ACTIONS_PER_ADULT = 20
TARGET_RATIO = 2.0
TARGET_RSS_MB = 250

BARE_WINDOW = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Aanmelden")
label.resize(1280, 860)
label.show()
def done():
    app.processEvents()
    rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:"))
    print(f"first-screen cpu_s={time.process_time():.3f} rss_kb={rss}", flush=True)
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


@dataclass
class StartUp:
    """One start: wall and CPU seconds to the first screen, memory, and wall seconds to "ready"."""

    wall: float
    cpu: float
    rss_kb: int
    ready: float | None


def _field(line: str, name: str) -> str:
    return line.split(f"{name}=")[1].split()[0]


def time_to_first_screen(command: list[str]) -> StartUp:
    """Spawn `command` and read its probe lines: "first-screen" (the sign-in screen is painted and
    takes typing) and, for the kiosk, "ready" (the back end is up and a sign-in goes through).
    """
    env = dict(os.environ, CIR_KIOSK_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    first: StartUp | None = None
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("first-screen"):
                wall = time.perf_counter() - start
                first = StartUp(wall, float(_field(line, "cpu_s")), int(_field(line, "rss_kb")), None)
            elif line.startswith("ready") and first is not None:
                first.ready = time.perf_counter() - start
                first.rss_kb = max(first.rss_kb, int(_field(line, "rss_kb")))
        proc.wait(timeout=60)
    if first is None:
        raise RuntimeError(f"{command[0]} never showed its first screen")
    return first


def compile_bytecode() -> None:
    """Compile the project's bytecode, as pip does for an installed package and PyInstaller for the
    bundle; an editable checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every
    module at every start, which is not what a kiosk in the field does.
    """
    packages = [str(ROOT / name) for name in ("kiosk", "ui", "cardreader", "sync")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], check=True)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    work = Path(tempfile.mkdtemp(prefix="visit-effort-"))
    try:
        operator, candidate, number = count_actions(work / "visit")
        total = operator + candidate
        per_adult = total / 2
        print(
            f"scripted visit (2 adults, 1 minor listed by the register): operator {operator}, "
            f"candidate {candidate}, total {total}, per adult {per_adult:.1f} "
            f"(target <= {TARGET_ACTIONS_PER_ADULT}); {number}"
        )

        kiosk = [
            str(ROOT / ".venv" / "bin" / "kiosk"),
            "--data-dir",
            str(work / "demo"),
            "demo",
            "--windowed",
        ]
        compile_bytecode()
        first = time_to_first_screen(kiosk)
        print(
            f"first-ever start of kiosk demo (enrolls, creates operators): first screen {first.wall:.2f} s, "
            f"sign-in ready {first.ready or 0:.2f} s, {first.rss_kb / 1024:.0f} MB"
        )
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        bare: list[StartUp] = []
        demo: list[StartUp] = []
        for _ in range(rounds):  # interleaved, so a busy moment of the machine hits both alike
            bare.append(time_to_first_screen(bare_cmd))
            demo.append(time_to_first_screen(kiosk))
        bare_s = statistics.median(s.wall for s in bare)
        demo_s = statistics.median(s.wall for s in demo)
        cpu_ratio = statistics.median(s.cpu for s in demo) / statistics.median(s.cpu for s in bare)
        ready_s = statistics.median(s.ready or 0.0 for s in demo)
        rss_mb = max(s.rss_kb for s in demo) / 1024
        ratio = demo_s / bare_s
        print(
            f"cold start to first screen, median of {rounds}: kiosk demo {demo_s:.2f} s, "
            f"bare PySide6 window {bare_s:.2f} s, ratio {ratio:.2f} (target <= {TARGET_RATIO}); "
            f"CPU time ratio {cpu_ratio:.2f}"
        )
        print(
            f"sign-in ready (store open, register simulator up, loaded behind the first screen): "
            f"{ready_s:.2f} s, ratio {ready_s / bare_s:.2f} to the bare window (no target)"
        )
        print(
            f"resident memory of kiosk demo (peak of first screen and ready): {rss_mb:.0f} MB "
            f"(target <= {TARGET_RSS_MB})"
        )
        met = per_adult <= TARGET_ACTIONS_PER_ADULT and ratio <= TARGET_RATIO and rss_mb <= TARGET_RSS_MB
        print("targets met" if met else "targets NOT all met")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
