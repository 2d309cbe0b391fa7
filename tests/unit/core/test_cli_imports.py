"""Building the core's part of the `kiosk` parser stays cheap: `kiosk --version` and `--help` pay for it.

The store, SQLAlchemy, Alembic, argon2 and the crypto libraries are imported by the handlers that
use them (exercised by the CLI tests in test_keyring.py and test_store.py), never when `ui/cli.py`
builds the root parser.
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY_PACKAGES = ["sqlalchemy", "alembic", "argon2", "cryptography", "keyring"]
HEAVY_MODULES = ["kiosk.store", "kiosk.db", "kiosk.audit", "kiosk.purge", "kiosk.dossiers"]

_PROBE = """
import argparse, json, sys
packages, modules = json.loads(sys.argv[1]), json.loads(sys.argv[2])
import kiosk.cli
parser = argparse.ArgumentParser()
kiosk.cli.register(parser.add_subparsers())
kiosk.cli.describe_commands()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in packages or m in modules)))
"""


def test_building_the_parser_imports_no_heavy_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(HEAVY_PACKAGES), json.dumps(HEAVY_MODULES)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loaded = json.loads(result.stdout)
    assert loaded == [], f"kiosk.cli imports at start-up: {loaded}"
