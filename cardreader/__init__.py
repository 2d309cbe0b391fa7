"""Belgian eID over PC/SC: reading, integrity verification, PIN and signing, and a virtual card.

A standalone library: it imports nothing of the rest of the project and receives its trust roots
from the caller. Only `cardreader/pcsc.py` imports pyscard.
"""
