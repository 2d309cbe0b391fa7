"""The fonts embedded in every printed paper (DejaVu Sans, see LICENSE-DejaVu.txt)."""
