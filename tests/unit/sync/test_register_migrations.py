"""The register's schema under Alembic: a linear history whose head equals the models (SQLite, PostgreSQL)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sync.simulator import models as m
from sync.simulator import schema


def test_the_history_is_linear_and_starts_at_the_baseline() -> None:
    scripts = ScriptDirectory.from_config(schema.alembic_config())
    revisions = list(scripts.walk_revisions())
    assert len(scripts.get_heads()) == 1
    assert revisions[-1].revision == schema.BASELINE and revisions[-1].down_revision is None


def test_upgrading_an_empty_database_gives_the_models(register_db: str) -> None:
    engine = schema.make_engine(register_db)
    try:
        schema.upgrade(engine)
        schema.upgrade(engine)  # a second start changes nothing
        assert schema.current_revision(engine) == schema.head_revision()
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), m.Base.metadata)
        assert differences == []
    finally:
        engine.dispose()
