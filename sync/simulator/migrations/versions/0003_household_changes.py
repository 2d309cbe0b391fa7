"""Submission version 2: the household changes a submission reports, and a household's withdrawal.

Who a change concerns (a national number or "id:" + member id) and its day are sealed at rest, as
is who withdrew (sync/simulator/at_rest.py); the kind of change and the times stay plain, like a
member's `confirmed_at`. A simulator database made by `create_all` after these tables came, and
stamped at the baseline (sync/simulator/schema.py), has them already: they are kept, with their
columns widened to the sealed types, and `Register` seals their values on its next start.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 12:10:00.000000
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
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "household_changes" in existing:
        with op.batch_alter_table("household_changes") as batch_op:
            batch_op.alter_column("member_key", existing_type=sa.String(length=80), type_=sa.Text())
            batch_op.alter_column("on", existing_type=sa.String(length=10), type_=sa.Text())
    else:
        op.create_table(
            "household_changes",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("household_id", sa.Integer(), nullable=False),
            sa.Column("member_key", sa.Text(), nullable=False),
            sa.Column("kind", sa.String(length=20), nullable=False),
            sa.Column("on", sa.Text(), nullable=True),
            sa.Column("terminal_id", sa.String(length=64), nullable=False),
            sa.Column("submission_id", sa.String(length=36), nullable=False),
            sa.ForeignKeyConstraint(
                ["household_id"], ["households.id"], name=op.f("fk_household_changes_household_id_households")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_household_changes")),
        )
        with op.batch_alter_table("household_changes") as batch_op:
            batch_op.create_index(
                batch_op.f("ix_household_changes_household_id"), ["household_id"], unique=False
            )
    if "withdrawals" in existing:
        with op.batch_alter_table("withdrawals") as batch_op:
            batch_op.alter_column("member_key", existing_type=sa.String(length=80), type_=sa.Text())
    else:
        op.create_table(
            "withdrawals",
            sa.Column("household_id", sa.Integer(), nullable=False),
            sa.Column("submission_id", sa.String(length=36), nullable=False),
            sa.Column("member_key", sa.Text(), nullable=False),
            sa.Column("withdrawn_at", sa.String(length=20), nullable=False),
            sa.ForeignKeyConstraint(
                ["household_id"], ["households.id"], name=op.f("fk_withdrawals_household_id_households")
            ),
            sa.PrimaryKeyConstraint("household_id", name=op.f("pk_withdrawals")),
        )


def downgrade() -> None:
    """Revert this migration (the changes and withdrawals it recorded go with it)."""
    op.drop_table("withdrawals")
    with op.batch_alter_table("household_changes") as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_changes_household_id"))
    op.drop_table("household_changes")
