"""The register simulator: implements resources/register-api.yaml on loopback for training and tests."""
