"""Alembic environment of the register's schema: runs on the connection `sync.simulator.schema` passes in."""

from __future__ import annotations

from alembic import context

from sync.simulator.models import Base


def run_migrations() -> None:
    """Apply the migrations on the caller's connection."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run the register's migrations through sync.simulator.schema.upgrade")
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _inside_alembic() -> bool:
    # Importing this module outside Alembic (a package walk, a test) must do nothing.
    try:
        context.config  # noqa: B018 - probing the proxy
    except (NameError, AttributeError):
        return False
    return True


if _inside_alembic():
    run_migrations()
