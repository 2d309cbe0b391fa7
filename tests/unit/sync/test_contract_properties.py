"""Property test against the simulator's OpenAPI contract: whatever a client sends, no 500 answers.

Hypothesis drives every operation of resources/register-api.yaml with generated path parameters,
tokens and bodies: random JSON, random bytes, and valid submissions sealed to the register's key
with random mutations deep inside (so the merge and signature checks run, not only validation).
Every error answer must be a problem+json body valid against the contract's Problem schema.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.sealing import seal
from sync.encoder import submission_json
from sync.protocol import contract, envelope, problem_name, submission_context, validate
from sync.simulator.server import RunningSimulator, running_simulator
from sync.testing import Adult, TestPki, household

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
path_text = st.text(string.ascii_letters + string.digits + "-_.~%", min_size=1, max_size=70)


@pytest.fixture(scope="module")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningSimulator, str, str, TestPki]]:
    pki = TestPki()
    folder = tmp_path_factory.mktemp("contract")
    with running_simulator(
        f"sqlite:///{folder / 'register.db'}", pki.write_roots(folder / "roots")
    ) as simulator:
        _tid, code = simulator.register.add_terminal()
        enrolled = httpx.post(simulator.base_url + "/v1/terminals/enroll", json={"code": code}).json()
        yield simulator, enrolled["token"], enrolled["terminal_id"], pki


def operations() -> list[tuple[str, str]]:
    return [(path, method) for path, item in contract()["paths"].items() for method in item]


def mutate(value: Any, rng: random.Random, replacement: Any) -> Any:
    """Replace one randomly chosen node (or drop a key) somewhere inside `value`."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(sorted(value))
        copy = dict(value)
        if rng.random() < 0.2:
            del copy[key]
        else:
            copy[key] = mutate(value[key], rng, replacement)
        return copy
    if isinstance(value, list) and value and rng.random() < 0.8:
        index = rng.randrange(len(value))
        return [*value[:index], mutate(value[index], rng, replacement), *value[index + 1 :]]
    return replacement


def check(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400 and response.status_code not in (404, 405):
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert validate("Problem", body) == [], body
        assert problem_name(body["type"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    operation=st.sampled_from(operations()),
    param=path_text,
    auth=st.sampled_from(["valid", "none", "garbage"]),
    body=st.one_of(json_values, st.binary(max_size=200)),
)
def test_any_request_gets_a_contract_answer_never_a_500(
    sim: tuple[RunningSimulator, str, str, TestPki],
    operation: tuple[str, str],
    param: str,
    auth: str,
    body: Any,
) -> None:
    simulator, token, terminal_id, _pki = sim
    path, method = operation
    url = path.replace("{terminal_id}", terminal_id if param.startswith("t") else param)
    for name in ("{sha256}", "{submission_id}", "{dossier_number}"):
        url = url.replace(name, param)
    headers = (
        {"Authorization": f"Bearer {token}" if auth == "valid" else "Bearer x"} if auth != "none" else {}
    )
    headers["Idempotency-Key"] = f'"{param}"'
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    with httpx.Client(base_url=simulator.base_url, timeout=10) as client:
        check(client.request(method.upper(), url, content=content, headers=headers, params={"since": param}))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), replacement=json_values, adults=st.integers(1, 3))
def test_mutated_sealed_submissions_never_500(
    sim: tuple[RunningSimulator, str, str, TestPki], seed: int, replacement: Any, adults: int
) -> None:
    simulator, token, terminal_id, pki = sim
    rng = random.Random(seed)
    people = [
        Adult(f"{85010100000 + rng.randrange(10**5):011d}", "A", role=r)
        for r in ["reference_tenant", "partner", "other"][:adults]
    ]
    snapshot = household(
        pki,
        terminal_id=terminal_id,
        household_key=people[0].national_number,
        adults=people,
        attachments=[b"page"],
    )
    body = mutate(submission_json(snapshot), rng, replacement)
    public = simulator.register.sealing_public_key()
    sealed = seal(public, json.dumps(body).encode(), submission_context(snapshot.submission_id))
    with httpx.Client(base_url=simulator.base_url, timeout=10) as client:
        response = client.put(
            f"/v1/submissions/{snapshot.submission_id}",
            json=envelope(snapshot.submission_id, sealed),
            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f'"{snapshot.submission_id}"'},
        )
    check(response)
