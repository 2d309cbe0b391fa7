"""Migration scripts, one linear history."""
