"""A card pulled after any APDU of a full read: a clean CardRemovedError, then the next read works."""

from __future__ import annotations

import pytest

from cardreader.connection import FailingConnection
from cardreader.errors import CardRemovedError
from cardreader.integrity import TrustRoots
from cardreader.reading import read_card
from cardreader.virtual import VirtualCardConnection, load_profile
from tests.unit.cardreader.conftest import TODAY, TRAINING


def _full_read_length(name: str, roots: TrustRoots) -> int:
    connection = VirtualCardConnection(load_profile(name, TRAINING))
    read_card(connection, roots, TODAY, sleep=lambda _: None)
    return connection.sent


@pytest.mark.parametrize(
    "name", ["nl-citizen-18", "fr-citizen-17-rsa", "eu-foreigner-long", "nl-partner-17-ec"]
)
def test_a_card_pulled_after_every_apdu_index(name: str, roots: TrustRoots) -> None:
    total = _full_read_length(name, roots)
    assert total > 20
    card = load_profile(name, TRAINING)
    for k in range(total):
        inner = VirtualCardConnection(card)
        with pytest.raises(CardRemovedError):
            read_card(FailingConnection(inner, k), roots, TODAY, sleep=lambda _: None)
        # The next insertion (a power-on) reads the whole card correctly.
        inner.insert()
        again = read_card(inner, roots, TODAY, sleep=lambda _: None)
        assert again.integrity.verdict.value == "test-card"
    complete = read_card(
        FailingConnection(VirtualCardConnection(card), total), roots, TODAY, sleep=lambda _: None
    )
    assert complete.identity.surname
