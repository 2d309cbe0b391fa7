"""Short verification codes on provisional receipts, checkable by the register.

The register issues each terminal a receipt key at enrollment. A provisional receipt carries
HMAC-SHA256(receipt key, local reference) truncated to 40 bits in Crockford base32 (8 characters,
shown as XXXX-XXXX), so a candidate can prove at the counter that this terminal issued it.
"""

from __future__ import annotations

import hashlib
import hmac

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


def verification_code(receipt_key: bytes, local_reference: str) -> str:
    """Return the code for `local_reference`, formatted XXXX-XXXX."""
    digest = hmac.new(receipt_key, local_reference.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:5], "big")
    chars = "".join(_ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))
    return f"{chars[:4]}-{chars[4:]}"


def check_code(receipt_key: bytes, local_reference: str, code: str) -> bool:
    """Whether `code` (any case, with or without the dash) belongs to `local_reference`."""
    normalised = code.upper().replace("-", "").replace("O", "0").replace("I", "1").replace("L", "1")
    expected = verification_code(receipt_key, local_reference).replace("-", "")
    return hmac.compare_digest(normalised, expected)
