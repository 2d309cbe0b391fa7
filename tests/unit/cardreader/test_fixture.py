"""The training fixture is what the generator writes, byte for byte (deterministic)."""

from __future__ import annotations

from pathlib import Path

from cardreader.virtual.generate import write_fixture
from tests.unit.cardreader.conftest import TRAINING


def test_regenerating_the_fixture_gives_the_committed_files(tmp_path: Path) -> None:
    write_fixture(tmp_path)
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert generated
    for relative in generated:
        assert (tmp_path / relative).read_bytes() == (TRAINING / relative).read_bytes(), relative
