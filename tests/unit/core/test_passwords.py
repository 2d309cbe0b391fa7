"""Operator passwords follow NIST SP 800-63B: 8 characters at least, not common, not of this context.

An operator whose stored password predates the rules signs in once more with it and sets a new
one in the same step; until then the password unlocks nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from kiosk import passwords
from kiosk.domain import Role
from kiosk.models import AuditEvent
from kiosk.passwords import (
    COMMON,
    CONTEXT,
    MIN_PASSWORD_LENGTH,
    PATTERN,
    SHORT,
    TRAINING_PASSWORD,
    password_problem,
)
from kiosk.store import (
    OperatorRefused,
    PasswordChangeRequired,
    SignInFailed,
    add_operator,
    list_operators,
    set_password,
)
from tests.unit.core.cli_support import Ran, run_in_process
from tests.unit.core.conftest import NOW, Terminal


@pytest.mark.parametrize(
    ("password", "operator", "problem"),
    [
        ("kort123", "", SHORT),  # 7 characters
        ("€€€€€€€", "", SHORT),  # 7 characters, 21 bytes: characters are what count
        ("password", "", COMMON),
        ("12345678", "", COMMON),
        ("wachtwoord", "", COMMON),  # Dutch ones are on the list too
        ("Welkom2026!", "", COMMON),  # a common word with digits and a symbol added
        ("  Geheim123  ", "", COMMON),
        ("iloveyou", "", COMMON),
        ("kiosk2026!", "", CONTEXT),
        ("WonenInLimburg1", "", CONTEXT),
        ("marleen-2026", "marleen", CONTEXT),  # the operator's own name
        ("jan-2026-jan", "Jan", CONTEXT),
        ("jansens-tuin-7", "jan", None),  # the name inside other words is fine
        ("7391-8824-55", "", None),  # digits only, no run, not common
        ("zzzzzzzzzz", "", PATTERN),
        ("lmnopqrstu", "", PATTERN),
        ("9876543210", "", PATTERN),
        ("0987654321", "", PATTERN),
        ("een fiets met drie wielen", "", None),  # a passphrase, spaces and all
        ("Groene-Appel-Zondag", "marleen", None),
        ("дом кот лес", "", None),  # any characters
        (TRAINING_PASSWORD, "wil", None),
        ("x" * 257, "", passwords.LONG),
    ],
)
def test_the_password_rules(password: str, operator: str, problem: str | None) -> None:
    assert password_problem(password, operator) == problem


def test_eight_characters_are_enough_when_nothing_else_is_wrong() -> None:
    assert MIN_PASSWORD_LENGTH == 8
    assert password_problem("tq9!vz#k") is None
    assert password_problem("tq9!vz#") == SHORT


def test_the_core_refuses_a_weak_new_password_by_its_rule(terminal: Terminal) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        for weak, problem in [("abc", SHORT), ("sunshine", COMMON), ("jan12345", CONTEXT)]:
            with pytest.raises(OperatorRefused) as refused:
                add_operator(session, coordinator, "jan", frozenset({Role.VOLUNTEER}), weak, NOW)
            assert refused.value.problem == problem
        add_operator(session, coordinator, "jan", frozenset({Role.VOLUNTEER}), "fiets-bel-trein", NOW)
        with pytest.raises(OperatorRefused, match="common"):
            set_password(session, coordinator, "jan", "qwertyuiop", NOW)


@pytest.fixture
def old_rules(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Passwords as the kiosk took them before the rules (4 characters, any); call it to end that."""
    monkeypatch.setattr(passwords, "MIN_PASSWORD_LENGTH", 4)
    monkeypatch.setattr(passwords, "_common", lambda: frozenset())
    return monkeypatch.undo


def test_a_password_from_before_the_rules_must_be_changed_at_the_next_sign_in(
    terminal: Terminal, old_rules: Callable[[], None]
) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        add_operator(session, coordinator, "jan", frozenset({Role.VOLUNTEER}), "kort", NOW)
    old_rules()  # this version's rules from here on

    with pytest.raises(PasswordChangeRequired) as required:
        terminal.store.sign_in("jan", "kort", NOW)
    assert required.value.problem == SHORT
    with pytest.raises(SignInFailed):
        terminal.store.sign_in("jan", "wrong", NOW)  # a wrong password is still only wrong
    with pytest.raises(OperatorRefused):
        terminal.store.sign_in("jan", "kort", NOW, new_password="welkom01")  # the new one must follow them
    unlocked = terminal.store.sign_in("jan", "kort", NOW, new_password="drie groene bomen")
    assert unlocked.operator == "jan" and unlocked.roles == {Role.VOLUNTEER}

    with pytest.raises(SignInFailed):
        terminal.store.sign_in("jan", "kort", NOW)  # the old password opens nothing any more
    assert terminal.store.sign_in("jan", "drie groene bomen", NOW).operator == "jan"
    with terminal.store.begin() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent).where(AuditEvent.actor == "jan"))]
        jan = next(o for o in list_operators(session) if o.name == "jan")
    assert actions[:4] == ["password_change_required", "sign_in_failed", "password_set", "sign_in"]
    assert not jan.disabled and jan.locked_until is None


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    return lambda *args, stdin="": run_in_process(args, stdin, capsys, monkeypatch)


def test_on_the_command_line_the_old_password_opens_only_operator_passwd(
    tmp_path: object, run: Callable[..., Ran], old_rules: Callable[[], None]
) -> None:
    from pathlib import Path

    from kiosk import keys
    from kiosk.store import Store
    from tests.unit.core.cli_support import file_keyed_terminal

    data_dir = file_keyed_terminal(Path(str(tmp_path)) / "data", "blauwe-tram-2026", NOW)
    with Store.open(data_dir, keys.training_secret_store(data_dir)) as store:
        coordinator = store.sign_in("coordinator", "blauwe-tram-2026", NOW)
        with store.begin() as session:
            add_operator(session, coordinator, "jan", frozenset({Role.COORDINATOR}), "kort", NOW)
    old_rules()

    listed = run("--data-dir", str(data_dir), "--as", "jan", "operator", "list", stdin="kort\n")
    line = listed.one_line()
    assert listed.code == 1 and "no longer meets the rules" in line and "operator passwd" in line
    weak = run(
        "--data-dir", str(data_dir), "--as", "jan", "operator", "passwd", "jan", stdin="kort\nabcdefgh\n"
    )
    assert weak.code == 1 and "a run such as 12345678" in weak.one_line()
    changed = run(
        "--data-dir",
        str(data_dir),
        "--as",
        "jan",
        "operator",
        "passwd",
        "jan",
        stdin="kort\nvier lange woorden\n",
    )
    assert changed.code == 0, changed.err
    listed = run("--data-dir", str(data_dir), "--as", "jan", "operator", "list", stdin="vier lange woorden\n")
    assert listed.code == 0 and "jan\tcoordinator\tactive" in listed.out
