"""Sealed boxes open only with the register's key and the same context, and hide their content."""

from __future__ import annotations

import pytest

from kiosk.receipt_code import check_code, verification_code
from kiosk.sealing import SealError, generate_keypair, open_sealed, seal


def test_a_box_opens_with_the_private_key_and_context() -> None:
    private, public = generate_keypair()
    box = seal(public, b"Peeters Jan 85073003328", b"submission:s-1")
    assert b"Peeters" not in box
    assert open_sealed(private, box, b"submission:s-1") == b"Peeters Jan 85073003328"


def test_another_context_or_key_or_a_changed_byte_fails() -> None:
    private, public = generate_keypair()
    other_private, _ = generate_keypair()
    box = seal(public, b"evidence", b"attachment:aa")
    with pytest.raises(SealError):
        open_sealed(private, box, b"attachment:bb")
    with pytest.raises(SealError):
        open_sealed(other_private, box, b"attachment:aa")
    changed = box[:-1] + bytes([box[-1] ^ 1])
    with pytest.raises(SealError):
        open_sealed(private, changed, b"attachment:aa")
    with pytest.raises(SealError):
        open_sealed(private, b"\x02" + box[1:], b"attachment:aa")


def test_two_boxes_of_the_same_text_differ() -> None:
    _, public = generate_keypair()
    assert seal(public, b"x", b"c") != seal(public, b"x", b"c")


def test_verification_codes_are_stable_and_checkable() -> None:
    key = bytes(range(32))
    code = verification_code(key, "GNK-2026-00042")
    assert len(code) == 9 and code[4] == "-"
    assert code == verification_code(key, "GNK-2026-00042")
    assert check_code(key, "GNK-2026-00042", code.lower().replace("-", ""))
    assert not check_code(key, "GNK-2026-00043", code)
    assert not check_code(bytes(32), "GNK-2026-00042", code)
