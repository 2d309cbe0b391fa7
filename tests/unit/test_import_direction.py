"""Layer direction (docs/architecture.md section 2), checked in fresh interpreters."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module({package!r})
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    if any(part in {skip!r} for part in module.name.split(".")):
        continue
    importlib.import_module(module.name)
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})))
"""


def _top_level_modules_loaded_by(package: str, skip: tuple[str, ...] = ()) -> set[str]:
    code = _PROBE.format(package=package, skip=list(skip))
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output.splitlines()[-1]))


def test_the_core_loads_no_qt_no_pyscard_no_http() -> None:
    loaded = _top_level_modules_loaded_by("kiosk")
    assert not loaded & {"PySide6", "shiboken6", "smartcard", "httpx", "starlette", "uvicorn"}
    assert not loaded & {"ui", "sync", "cardreader"}


def test_the_card_reader_imports_nothing_of_the_project() -> None:
    loaded = _top_level_modules_loaded_by("cardreader")
    assert not loaded & {"kiosk", "ui", "sync", "resources", "PySide6", "httpx"}


def test_sync_imports_no_qt_and_no_card_reader() -> None:
    loaded = _top_level_modules_loaded_by("sync")
    assert not loaded & {"PySide6", "smartcard", "ui", "cardreader"}
