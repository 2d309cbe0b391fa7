"""Initial schema: dossiers, keys, operators, outbox, audit, tombstones, visits.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 01:10:33.936632
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
        "audit_events",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    op.create_table(
        "device_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("recovery_wrap", sa.LargeBinary(), nullable=False),
        sa.Column("master_check", sa.LargeBinary(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_state")),
    )
    op.create_table(
        "dossiers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("local_reference", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("household_ref", sa.String(length=64), nullable=False),
        sa.Column("candidate_number", sa.String(length=20), nullable=True),
        sa.Column("dossier_number", sa.String(length=20), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("terminal_id", sa.String(length=100), nullable=False),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("adults_total", sa.Integer(), nullable=False),
        sa.Column("adults_confirmed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("definitive_at", sa.DateTime(), nullable=True),
        sa.Column("last_submission_id", sa.String(length=36), nullable=True),
        sa.Column("notifications", sa.Text(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossiers")),
        sa.UniqueConstraint("local_reference", name=op.f("uq_dossiers_local_reference")),
    )
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossiers_candidate_number"), ["candidate_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossiers_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossiers_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossiers_household_ref"), ["household_ref"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossiers_status"), ["status"], unique=False)

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terminal_id", sa.String(length=100), nullable=False),
        sa.Column("register_url", sa.String(length=500), nullable=False),
        sa.Column("sealing_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("receipt_key_wrap", sa.LargeBinary(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
    )
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf", sa.String(length=100), nullable=False),
        sa.Column("master_wrap", sa.LargeBinary(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
        sa.UniqueConstraint("name", name=op.f("uq_operators_name")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_ref", sa.String(length=64), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=True),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_household_ref"), ["household_ref"], unique=False)
        batch_op.create_index("ix_outbox_state_next", ["state", "next_attempt_at"], unique=False)
        batch_op.create_index("ix_outbox_state_created", ["state", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_submission_id"), ["submission_id"], unique=False)

    op.create_table(
        "tombstones",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("local_reference", sa.String(length=20), nullable=False),
        sa.Column("dossier_number", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("definitive_at", sa.DateTime(), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id", name=op.f("pk_tombstones")),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=True),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("terminal_id", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("adults_confirmed", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_location"), ["location"], unique=False)

    op.create_table(
        "dossier_keys",
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossiers.id"],
            name=op.f("fk_dossier_keys_dossier_id_dossiers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("dossier_id", name=op.f("pk_dossier_keys")),
    )
    op.create_table(
        "evidence_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossiers.id"],
            name=op.f("fk_evidence_files_dossier_id_dossiers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_files")),
    )
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_files_dossier_id"), ["dossier_id"], unique=False)

    op.create_table(
        "member_lookup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("national_number_hmac", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossiers.id"],
            name=op.f("fk_member_lookup_dossier_id_dossiers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_lookup")),
    )
    with op.batch_alter_table("member_lookup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_lookup_dossier_id"), ["dossier_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_member_lookup_national_number_hmac"), ["national_number_hmac"], unique=False
        )


def downgrade() -> None:
    """Revert this migration."""
    with op.batch_alter_table("member_lookup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_lookup_national_number_hmac"))
        batch_op.drop_index(batch_op.f("ix_member_lookup_dossier_id"))

    op.drop_table("member_lookup")
    with op.batch_alter_table("evidence_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_files_dossier_id"))

    op.drop_table("evidence_files")
    op.drop_table("dossier_keys")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_location"))
        batch_op.drop_index(batch_op.f("ix_visits_day"))

    op.drop_table("visits")
    op.drop_table("tombstones")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_submission_id"))
        batch_op.drop_index("ix_outbox_state_next")
        batch_op.drop_index("ix_outbox_state_created")
        batch_op.drop_index(batch_op.f("ix_outbox_household_ref"))

    op.drop_table("outbox")
    op.drop_table("operators")
    op.drop_table("enrollment")
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossiers_status"))
        batch_op.drop_index(batch_op.f("ix_dossiers_household_ref"))
        batch_op.drop_index(batch_op.f("ix_dossiers_deadline"))
        batch_op.drop_index(batch_op.f("ix_dossiers_created_at"))
        batch_op.drop_index(batch_op.f("ix_dossiers_candidate_number"))

    op.drop_table("dossiers")
    op.drop_table("device_state")
    op.drop_table("audit_events")
