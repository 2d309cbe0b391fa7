"""Outbox entries keep their sealed bytes in a table of their own.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:40:00

SQLite rewrites a whole row, blob included, when one column changes: every state change of an
attachment entry (sending, acknowledged, retry) rewrote its sealed scan, up to 10 MiB, into the WAL
and then the database. With the bytes in `outbox_sealed`, a state change writes a few bytes and
the queue is planned without reading a blob. The blob rows follow their entry (ON DELETE CASCADE).

`ALTER TABLE ... DROP COLUMN` (SQLite 3.35+) edits `outbox` in place: a batch rebuild would drop
and rename the table, and with foreign keys on, dropping it would cascade into `outbox_sealed`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "outbox_sealed",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["outbox.id"],
            name=op.f("fk_outbox_sealed_entry_id_outbox"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_outbox_sealed")),
    )
    op.execute("INSERT INTO outbox_sealed (entry_id, sealed) SELECT id, sealed FROM outbox ORDER BY id")
    op.execute("ALTER TABLE outbox DROP COLUMN sealed")


def downgrade() -> None:
    """Revert this migration."""
    op.execute("ALTER TABLE outbox ADD COLUMN sealed BLOB NOT NULL DEFAULT x''")
    op.execute(
        "UPDATE outbox SET sealed = (SELECT sealed FROM outbox_sealed WHERE entry_id = outbox.id) "
        "WHERE id IN (SELECT entry_id FROM outbox_sealed)"
    )
    op.drop_table("outbox_sealed")
