"""The register's migration scripts."""
