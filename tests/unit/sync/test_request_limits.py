"""The register refuses oversized and over-nested bodies with problem+json 4xx, before buffering them."""

from __future__ import annotations

import contextlib
import json
import select
import socket

import pytest

from sync.simulator.app import SMALL_JSON_BYTES
from sync.simulator.server import RunningSimulator
from tests.unit.sync.conftest import Terminal


def raw_request(base_url: str, head: str, body_parts: list[bytes]) -> tuple[int, bytes]:
    """Send a request by hand (so the body can lie about its size or come in chunks); return status, body."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head.encode())
        try:
            for part in body_parts:
                sock.sendall(part)
                if select.select([sock], [], [], 0.05)[0]:
                    break  # the server answered before taking the rest: that is the point
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(65536):
                answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def test_a_declared_content_length_over_the_limit_is_refused_without_reading_the_body(
    simulator: RunningSimulator,
) -> None:
    head = (
        "POST /v1/terminals/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {300 * 1024 * 1024}\r\nConnection: close\r\n\r\n"
    )
    status, body = raw_request(simulator.base_url, head, [b"{"])  # one byte of the promised 300 MiB
    assert status == 413
    assert json.loads(body)["type"].endswith("/too-large")


def test_a_chunked_body_is_cut_off_at_the_limit(simulator: RunningSimulator) -> None:
    head = (
        "POST /v1/terminals/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    chunk = b" " * 16384
    parts = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(SMALL_JSON_BYTES // len(chunk) + 8)]
    status, body = raw_request(simulator.base_url, head, [*parts, b"0\r\n\r\n"])
    assert status == 413 and json.loads(body)["status"] == 413


def test_an_attachment_over_the_limit_is_refused_by_its_declared_length(
    simulator: RunningSimulator, terminal: Terminal
) -> None:
    simulator.register.settings.max_attachment_bytes = 1000
    token = terminal.client._http.headers["Authorization"]
    head = (
        f"PUT /v1/attachments/{'a' * 64} HTTP/1.1\r\nHost: x\r\nAuthorization: {token}\r\n"
        "Content-Type: application/octet-stream\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n"
    )
    status, _body = raw_request(simulator.base_url, head, [b"x" * 1000])
    assert status == 413


@pytest.mark.parametrize("depth", [33, 200_000])
def test_deeply_nested_json_is_a_422_problem_not_a_500(terminal: Terminal, depth: int) -> None:
    nested = "[" * depth + "]" * depth
    for path, body in [
        ("/v1/households/lookup", nested),
        ("/v1/terminals/enroll", '{"code": "X", "label": ' + nested + "}"),
    ]:
        answer = terminal.client._http.post(path, content=body, headers={"Content-Type": "application/json"})
        if answer.status_code == 413:
            continue  # 200,000 brackets are also over the size limit of these small bodies
        assert answer.status_code == 422, (path, answer.status_code)
        assert answer.headers["content-type"] == "application/problem+json"
        assert "nest" in answer.json()["title"]


def test_nesting_within_the_limit_is_judged_by_the_contract(terminal: Terminal) -> None:
    answer = terminal.client._http.post(
        "/v1/households/lookup", json={"national_number": [[[["x"]]]]}, headers={}
    )
    assert answer.status_code == 422 and answer.json()["errors"][0]["path"] == "/national_number"


def test_a_submission_that_nests_too_deeply_is_refused(terminal: Terminal) -> None:
    nested = "[" * 5000 + "]" * 5000
    answer = terminal.client._http.put(
        "/v1/submissions/5b0e2a4e-54b5-4b38-9a51-3c2d0e6f0a11",
        content='{"envelope_version": 1, "submission_id": "x", "sealed": ' + nested + "}",
        headers={
            "Content-Type": "application/json",
            "Idempotency-Key": '"5b0e2a4e-54b5-4b38-9a51-3c2d0e6f0a11"',
        },
    )
    assert answer.status_code == 422 and answer.json()["type"].endswith("/invalid")


def test_text_that_is_not_utf8_through_is_refused(terminal: Terminal) -> None:
    # A lone surrogate parses as JSON but cannot be stored or hashed as UTF-8.
    answer = terminal.client._http.post(
        "/v1/terminals/enroll", content=b'{"code": "\\ud800"}', headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422
