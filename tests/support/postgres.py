"""The test run's throwaway PostgreSQL (scripts/postgres.sh): a fresh database per test, dropped after."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

URL_VARIABLE = "CIR_TEST_POSTGRES_URL"


def server_url() -> str | None:
    """The URL of the run's PostgreSQL server (its `postgres` database), None when none runs."""
    return os.environ.get(URL_VARIABLE) or None


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """Create an empty database on `server`, yield its URL, drop it (and its connections) afterwards."""
    name = "cir_test_" + uuid.uuid4().hex[:16]
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
