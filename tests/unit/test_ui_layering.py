"""`ui/` shows what the core decides: no rules of its own, and no class over 300 lines."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
MAX_LINES = 300


def test_every_ui_class_is_at_most_300_lines() -> None:
    too_long = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    too_long.append(f"{path.relative_to(UI.parent)}:{node.name} ({lines} lines)")
    assert too_long == []


def test_no_deadline_arithmetic_or_missing_items_logic_in_ui() -> None:
    # Deadlines and completeness are the core's (kiosk.domain, kiosk.visit_views): ui/ only shows them.
    forbidden = (
        "confirm_by(",
        "missing_items(",
        "required_evidence(",
        "letter_days",
        "reminder_days",
        "+ timedelta",
        "card_decision(",
    )
    found = [
        f"{path.relative_to(UI.parent)}: {word}"
        for path in sorted(UI.rglob("*.py"))
        for word in forbidden
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []
