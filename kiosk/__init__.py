"""Core of the CIR confirmation kiosk: domain, rules, storage, keys, audit and documents.

This package never imports Qt, pyscard, httpx or another project package (docs/architecture.md section 2).
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`kiosk.__version__`, read from the installed metadata only when asked for.

    importlib.metadata costs tens of milliseconds; every start of the kiosk imports this package,
    and only `kiosk --version` needs the version.
    """
    if name != "__version__":
        raise AttributeError(f"module 'kiosk' has no attribute {name!r}")
    from importlib import metadata

    try:
        return metadata.version("cir-kiosk")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"
