"""The intake service: personal columns sealed at rest, the worklist's state, staff sign-in and its audit.

Sealed values are longer than the plain ones they replace (sync/simulator/at_rest.py), so the
columns widen; the values themselves are sealed by `Register` on its first start with the key
(migrations never need a key). A household gets where WIL staff are with it; a submission keeps
its body, sealed, for the worklist until the purge.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 10:35:42.374598
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
    op.create_table(
        "staff_accounts",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(length=20), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_staff_accounts")),
    )
    op.create_table(
        "worklist_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worklist_audit")),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.Column("last_seen_at", sa.String(length=20), nullable=False),
        sa.Column("expires_at", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["username"], ["staff_accounts.username"], name=op.f("fk_staff_sessions_username_staff_accounts")
        ),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_staff_sessions")),
    )
    with op.batch_alter_table("staff_sessions") as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_sessions_username"), ["username"], unique=False)
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.alter_column("data", existing_type=sa.LargeBinary(), nullable=True)
    with op.batch_alter_table("households") as batch_op:
        batch_op.add_column(sa.Column("received_at", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), server_default="received", nullable=False)
        )
        batch_op.add_column(sa.Column("status_at", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("entered_at", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("purged_at", sa.String(length=20), nullable=True))
        batch_op.alter_column(
            "household_key", existing_type=sa.String(length=12), type_=sa.String(length=255)
        )
    with op.batch_alter_table("members") as batch_op:
        batch_op.alter_column("member_key", existing_type=sa.String(length=80), type_=sa.String(length=255))
        batch_op.alter_column("first_name", existing_type=sa.String(length=200), type_=sa.Text())
    with op.batch_alter_table("staff") as batch_op:
        batch_op.alter_column(
            "national_number", existing_type=sa.String(length=11), type_=sa.String(length=255)
        )
    with op.batch_alter_table("submissions") as batch_op:
        batch_op.add_column(sa.Column("body", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    """Revert this migration (the sealed values stay sealed: restore a backup to go back)."""
    with op.batch_alter_table("submissions") as batch_op:
        batch_op.drop_column("body")
    with op.batch_alter_table("staff") as batch_op:
        batch_op.alter_column(
            "national_number", existing_type=sa.String(length=255), type_=sa.String(length=11)
        )
    with op.batch_alter_table("members") as batch_op:
        batch_op.alter_column("first_name", existing_type=sa.Text(), type_=sa.String(length=200))
        batch_op.alter_column("member_key", existing_type=sa.String(length=255), type_=sa.String(length=80))
    with op.batch_alter_table("households") as batch_op:
        batch_op.alter_column(
            "household_key", existing_type=sa.String(length=255), type_=sa.String(length=12)
        )
        for column in ("purged_at", "entered_at", "status_at", "status", "received_at"):
            batch_op.drop_column(column)
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.alter_column("data", existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table("staff_sessions") as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_sessions_username"))
    op.drop_table("staff_sessions")
    op.drop_table("worklist_audit")
    op.drop_table("staff_accounts")
