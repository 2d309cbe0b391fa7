"""The register's updates cursor moves into the store, committed with the updates it follows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 02:50:00

Until now sync kept the `since` cursor in a file beside the database, written after the updates'
transaction: a crash in between replayed updates (harmless) but the cursor lived outside the
backup and the migration history. A column in `device_state` is written in the same transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    with op.batch_alter_table("device_state") as batch:
        batch.add_column(sa.Column("updates_cursor", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("device_state") as batch:
        batch.drop_column("updates_cursor")
