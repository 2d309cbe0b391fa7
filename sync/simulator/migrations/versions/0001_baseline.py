"""Baseline: the register simulator's schema as it was when it came under Alembic.

A database made before (by `create_all`) is stamped at this revision when it holds these tables
(sync/simulator/schema.py); later contract changes come as migrations on top.

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-06 10:34:10.629635
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "audit_checks",
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("proves", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_audit_checks")),
    )
    op.create_table(
        "audit_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("recorded_count", sa.Integer(), nullable=False),
        sa.Column("reported_count", sa.Integer(), nullable=False),
        sa.Column("flagged_at", sa.String(length=20), nullable=False),
        sa.Column("cleared_at", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_flags")),
    )
    with op.batch_alter_table("audit_flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_flags_terminal_id"), ["terminal_id"], unique=False)

    op.create_table(
        "audit_heads",
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_audit_heads")),
    )
    op.create_table(
        "daily_sequences",
        sa.Column("day", sa.String(length=8), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_daily_sequences")),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code_sha256", name=op.f("pk_enrollment_codes")),
    )
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_key", sa.String(length=12), nullable=False),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("candidate_number", sa.String(length=12), nullable=True),
        sa.Column("dossier_number", sa.String(length=12), nullable=True),
        sa.Column("letter_date", sa.String(length=10), nullable=True),
        sa.Column("reminder_date", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
        sa.UniqueConstraint("dossier_number", name=op.f("uq_households_dossier_number")),
        sa.UniqueConstraint("household_key", "practice", name=op.f("uq_households_household_key")),
    )
    op.create_table(
        "lookup_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=20), nullable=False),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookup_audit")),
    )
    op.create_table(
        "register_keys",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_register_keys")),
    )
    op.create_table(
        "restore_declarations",
        sa.Column("restore_id", sa.String(length=36), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("backup_count", sa.Integer(), nullable=False),
        sa.Column("backup_head", sa.String(length=64), nullable=False),
        sa.Column("backup_created_at", sa.String(length=20), nullable=False),
        sa.Column("restored_at", sa.String(length=20), nullable=False),
        sa.Column("recorded_count", sa.Integer(), nullable=False),
        sa.Column("declared_at", sa.String(length=20), nullable=False),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("restore_id", name=op.f("pk_restore_declarations")),
    )
    with op.batch_alter_table("restore_declarations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_restore_declarations_terminal_id"), ["terminal_id"], unique=False
        )

    op.create_table(
        "staff",
        sa.Column("national_number", sa.String(length=11), nullable=False),
        sa.PrimaryKeyConstraint("national_number", name=op.f("pk_staff")),
    )
    op.create_table(
        "terminals",
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=True),
        sa.Column("receipt_key", sa.LargeBinary(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_terminals")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_terminals_token_sha256")),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_events_household_id_households")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_events")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("evidence_type", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("satisfied", sa.Boolean(), nullable=False),
        sa.Column("files_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_evidence_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint(
            "household_id", "evidence_type", "member_id", name=op.f("uq_evidence_household_id")
        ),
    )
    op.create_table(
        "household_terminals",
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_household_terminals_household_id_households")
        ),
        sa.PrimaryKeyConstraint("household_id", "terminal_id", name=op.f("pk_household_terminals")),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(length=80), nullable=False),
        sa.Column("member_id", sa.String(length=64), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("adult", sa.Boolean(), nullable=False),
        sa.Column("confirmed_at", sa.String(length=20), nullable=True),
        sa.Column("confirmation_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_members_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("household_id", "member_key", name=op.f("uq_members_household_id")),
    )
    op.create_table(
        "submissions",
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=20), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("answer_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_submissions_household_id_households")
        ),
        sa.PrimaryKeyConstraint("submission_id", name=op.f("pk_submissions")),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("submissions")
    op.drop_table("members")
    op.drop_table("household_terminals")
    op.drop_table("evidence")
    op.drop_table("events")
    op.drop_table("terminals")
    op.drop_table("staff")
    with op.batch_alter_table("restore_declarations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_restore_declarations_terminal_id"))

    op.drop_table("restore_declarations")
    op.drop_table("register_keys")
    op.drop_table("lookup_audit")
    op.drop_table("households")
    op.drop_table("enrollment_codes")
    op.drop_table("daily_sequences")
    op.drop_table("audit_heads")
    with op.batch_alter_table("audit_flags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_flags_terminal_id"))

    op.drop_table("audit_flags")
    op.drop_table("audit_checks")
    op.drop_table("attachments")
