"""Commands of the core: operators, audit, database and purge.

Each handler takes the parsed arguments (with the root's `data_dir` and `as_operator`) and returns
the exit code. A command whose handler is None is planned but not built yet; the root parser says
so and exits 2.
"""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Add `operator`, `audit`, `db` and `purge` to the root parser."""
    _register_operator(subparsers)
    audit = subparsers.add_parser("audit", help="check the audit chain")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="verify the HMAC chain; names the first broken link")
    db = subparsers.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="back up, then apply pending migrations")
    purge = subparsers.add_parser("purge", help="destroy the keys of dossiers past retention")
    purge.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    for parser in (audit, db, purge):
        parser.set_defaults(func=None)


def _register_operator(subparsers: Any) -> None:
    operator = subparsers.add_parser(
        "operator", help="manage operators (needs --as COORDINATOR; password on stdin)"
    )
    actions = operator.add_subparsers(dest="operator_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an operator; stdin: your password, the new password")
    add.add_argument("name")
    add.add_argument(
        "--role", action="append", required=True, choices=["volunteer", "wil_staff", "coordinator"]
    )
    actions.add_parser("list", help="list operators and their roles")
    disable = actions.add_parser("disable", help="disable an operator (not the last coordinator)")
    disable.add_argument("name")
    passwd = actions.add_parser("passwd", help="set a password; stdin: your password, the new one")
    passwd.add_argument("name")
    passwd.add_argument(
        "--recovery-code", action="store_true", help="reset a coordinator with the recovery code"
    )
    operator.set_defaults(func=None)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "operator add NAME --role ROLE | list | disable NAME | passwd NAME",
        "audit verify",
        "db upgrade",
        "purge [--dry-run]",
    ]


__all__ = ["describe_commands", "register"]
