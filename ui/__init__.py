"""The PySide6 kiosk: screens, adapters onto the core's ports, and the composition root."""
