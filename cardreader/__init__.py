"""Belgian eID over PC/SC: reading, integrity verification, PIN and signing, and a virtual card.

A standalone library: it imports nothing of the rest of the project and receives its trust roots
from the caller. Only `cardreader/pcsc.py` imports pyscard.

Where things are (the public names of each module are listed in its docstring):

- `connection`: `SmartCardConnection` (the one-method seam), `ScriptedConnection`, `FailingConnection`.
- `apdu`: `SW`, `command`, `exchange`, `transmit` (61 xx / 6C xx handling).
- `tlv`, `identity`, `dates`, `national_number`, `doctypes`: the parsers.
- `session`: `BeidSession`, `FileId`, `KeyRef`, `CardData`.
- `integrity`: `TrustRoots`, `verify_card`, `IntegrityReport`, `Verdict` (values equal
  `kiosk.ports.Authenticity`), `Trust`.
- `reading`: `read_card(connection, roots, today) -> CardReading` (`.to_json()` is the stable JSON of
  `kiosk card read --json`).
- `signing`: `sign_statement(session, statement, pin=..., pinpad=...) -> CardSignature` (key
  "signature" | "authentication", algorithm "rsa-pkcs1-sha256" | "ecdsa-p384-sha384", DER signature).
- `pcsc`: `PcscConnection`, `list_readers`, `readers_with_card`, `CardMonitor`, `CardEvent`.
- `virtual`: `load_profile`, `profile_names`, `VirtualCardConnection`, `training_root_certificates`;
  `virtual.vpcd.VpcdCardClient`; `virtual.generate` rebuilds `resources/training/{pki,cards}`.
- `errors`: the `CardError` tree.
"""
