"""The register contract, its client, the outbox sync engine and the register simulator."""
