"""The intake service as a process: the register API and the worklist in one ASGI app, several workers.

`serve` migrates the database once, then starts uvicorn with N worker processes; each worker builds
its app from the environment (`app_from_environment`, a uvicorn factory) and opens its own
connection pool: correctness across workers comes from the database (sync/simulator/register.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.types import ASGIApp

import resources
from intake.keyfile import read_key_file
from intake.settings import IntakeSettings, load_intake_settings
from intake.web import create_worklist_app
from kiosk.ports import Clock
from sync.simulator.app import create_app
from sync.simulator.faults import FaultMiddleware, FaultSpec
from sync.simulator.register import Register, RegisterSettings
from sync.simulator.verify import TrustStore

ENVIRONMENT = {
    "db_url": "CIR_INTAKE_DB",
    "key_file": "CIR_INTAKE_KEY_FILE",
    "settings_file": "CIR_INTAKE_SETTINGS",
    "trust_roots": "CIR_INTAKE_TRUST_ROOTS",
    "faults": "CIR_INTAKE_FAULTS",
}


@dataclass(frozen=True)
class ServiceConfig:
    """Where the service's database, key, settings and trust roots are."""

    db_url: str
    key_file: Path
    settings_file: Path | None = None
    trust_roots: Path | None = None  # None: the Belgian eID roots shipped in resources/trust-roots
    faults: str | None = None  # tests only (sync/simulator/faults.py)

    def to_environment(self) -> dict[str, str]:
        """The variables a worker process reads back with `from_environment`."""
        values = {
            "db_url": self.db_url,
            "key_file": str(self.key_file),
            "settings_file": str(self.settings_file) if self.settings_file else "",
            "trust_roots": str(self.trust_roots) if self.trust_roots else "",
            "faults": self.faults or "",
        }
        return {ENVIRONMENT[name]: value for name, value in values.items()}

    @classmethod
    def from_environment(cls) -> ServiceConfig:
        """Read the configuration `serve` put in the environment."""
        values = {name: os.environ.get(variable, "") for name, variable in ENVIRONMENT.items()}
        return cls(
            db_url=values["db_url"],
            key_file=Path(values["key_file"]),
            settings_file=Path(values["settings_file"]) if values["settings_file"] else None,
            trust_roots=Path(values["trust_roots"]) if values["trust_roots"] else None,
            faults=values["faults"] or None,
        )


def default_trust_roots() -> Path:
    """The Belgian eID root certificates shipped with the project."""
    return Path(str(resources.path("trust-roots")))


def open_register(
    config: ServiceConfig, *, migrate: bool, clock: Clock | None = None
) -> tuple[Register, IntakeSettings]:
    """The register of the service, with its key from the key file and its settings."""
    settings = load_intake_settings(config.settings_file)
    register_settings = RegisterSettings(
        trust=TrustStore.from_directory(config.trust_roots or default_trust_roots()),
        max_attachment_bytes=settings.max_attachment_bytes,
        lookups_per_minute=settings.lookups_per_minute,
        seed_training=False,
        assign_dossier_numbers=settings.assign_dossier_numbers,
    )
    key = read_key_file(config.key_file)
    register = Register(config.db_url, register_settings, clock, sealing_private_key=key, migrate=migrate)
    return register, settings


def create_service_app(register: Register, settings: IntakeSettings, faults: str | None = None) -> ASGIApp:
    """The register API for the kiosks at /v1 and the worklist for WIL staff at /worklist."""
    app = Starlette(
        routes=[
            Mount("/worklist", app=create_worklist_app(register, settings)),
            Mount("/", app=create_app(register)),
        ]
    )
    return FaultMiddleware(app, FaultSpec.parse(faults)) if faults else app


def app_from_environment() -> ASGIApp:
    """The uvicorn factory each worker calls (the database is migrated already)."""
    config = ServiceConfig.from_environment()
    register, settings = open_register(config, migrate=False)
    return create_service_app(register, settings, config.faults)


def serve(config: ServiceConfig, host: str, port: int, workers: int) -> None:
    """Migrate once, then serve with `workers` processes until interrupted."""
    import uvicorn

    register, _settings = open_register(config, migrate=True)
    register.close()
    os.environ.update(config.to_environment())
    uvicorn.run(
        "intake.service:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        lifespan="off",
        log_level="warning",
        access_log=False,  # URLs hold no personal data, but the worklist's traffic is staff activity
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",  # TLS ends at the reverse proxy on this machine (README)
        timeout_keep_alive=5,
    )
