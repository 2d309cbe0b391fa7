"""The register's Alembic migrations (applied in-process by sync.simulator.schema)."""
