"""Core of the CIR confirmation kiosk: domain, rules, storage, keys, audit and documents.

This package never imports Qt, pyscard, httpx or another project package (ARCHITECTURE.md section 2).
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("cir-kiosk")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
