"""Texts of the printed papers, one TOML file per language, for translators to review."""
