"""Schemathesis fuzzes the register simulator from `resources/register-api.yaml`: no input gets a 5xx.

Authenticated through hooks (a valid terminal token, its own terminal id in the path, and an
Idempotency-Key that matches the submission id), so requests reach the handlers rather than the 401.
Valid and invalid inputs both (schemathesis' positive and negative modes); fixed seeds under CI=true
(the derandomized hypothesis profile of tests/conftest.py) and a capped number of examples, so the whole
file runs in well under a minute.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from sync.client import RegisterClient
from sync.simulator.server import RunningSimulator, running_simulator

CONTRACT = Path(__file__).parents[3] / "resources" / "register-api.yaml"
EXAMPLES = 40  # per operation and mode: about 700 requests in all

_config = SchemathesisConfig.from_dict({"generation": {"mode": "all"}})
schema = schemathesis.openapi.from_path(CONTRACT, config=_config)


ANSWERS: collections.Counter[tuple[str, int]] = collections.Counter()  # (operation, status) seen


class _Terminal:
    """The enrolled terminal whose token the hooks put on every request."""

    token = ""
    terminal_id = ""


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSimulator]:
    folder = tmp_path_factory.mktemp("fuzzed-register")
    with running_simulator(f"sqlite:///{folder / 'register.db'}") as simulator:
        simulator.register.settings.lookups_per_minute = 10**6  # the fuzzer is not a guessing terminal
        _terminal_id, code = simulator.register.add_terminal("fuzz")
        with RegisterClient(simulator.base_url) as anonymous:
            enrollment = anonymous.enroll(code)
        _Terminal.token, _Terminal.terminal_id = enrollment.token, enrollment.terminal_id
        yield simulator


@schema.hook
def map_case(context: Any, case: Any) -> Any:
    """A valid token, this terminal's id in the path and a matching Idempotency-Key."""
    headers = dict(case.headers or {})
    headers["Authorization"] = f"Bearer {_Terminal.token}"
    if case.path_parameters and "terminal_id" in case.path_parameters:
        case.path_parameters["terminal_id"] = _Terminal.terminal_id
    submission_id = (case.path_parameters or {}).get("submission_id")
    if isinstance(submission_id, str) and "Idempotency-Key" in headers:
        headers["Idempotency-Key"] = f'"{submission_id}"'
    case.headers = headers
    return case


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("CI") == "true",
    suppress_health_check=list(HealthCheck),
)
def test_no_input_makes_the_register_answer_5xx(case: Any, register: RunningSimulator) -> None:
    response = case.call(base_url=register.base_url, timeout=30)
    ANSWERS[(case.operation.label, response.status_code)] += 1
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"


def test_the_fuzzing_reached_the_handlers() -> None:
    """Not a wall of 401s: every operation got answers past authentication, and some were accepted."""
    operations = {operation for operation, _status in ANSWERS}
    assert len(operations) == len(list(schema.get_all_operations()))
    for operation in operations:
        past_auth = sum(n for (op, status), n in ANSWERS.items() if op == operation and status != 401)
        assert past_auth > 0, operation
    accepted = {op for (op, status), _n in ANSWERS.items() if status < 300}
    assert len(accepted) >= 5, sorted(ANSWERS.items())
