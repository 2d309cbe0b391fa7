"""The kiosk's screens, one per module; `ui.main_window` stacks them."""
