"""Alembic migrations of the local database (schema only, never a key); applied by `kiosk.db.upgrade`."""
