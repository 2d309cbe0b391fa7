"""Fault injection for the simulator (`--faults SPEC`), as ASGI middleware.

SPEC is comma-separated `name=value` items, e.g. `latency=0.05,error=0.2,lost=0.1,seed=7`:
- `latency=S`   wait S seconds before each answer;
- `error=P`     with probability P answer 503 server-busy with Retry-After before doing anything;
- `lost=P`      with probability P process the request (commit included), then lose the answer:
                the client sees a 504 without the expected body (the two-generals case);
- `captive`     answer everything with a 200 HTML login page, like a hotel Wi-Fi portal;
- `seed=N`      make the random choices reproducible.
Connection resets and answers cut after N bytes are the TCP proxy's job (tests), not this one's.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CAPTIVE_PAGE = (
    b"<html><head><title>Login</title></head><body>Welcome to FreeWifi. Accept the terms.</body></html>"
)


@dataclass
class FaultSpec:
    """Parsed `--faults`."""

    latency: float = 0.0
    error: float = 0.0
    lost: float = 0.0
    captive: bool = False
    seed: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> FaultSpec:
        """Parse SPEC; raise ValueError naming the item that is wrong and why."""
        spec = cls()
        for item in filter(None, (part.strip() for part in (text or "").split(","))):
            name, _, value = item.partition("=")
            if name == "captive":
                spec.captive = True
            elif name == "latency":
                spec.latency = _number(item, value, upper=None)
            elif name in ("error", "lost"):
                setattr(spec, name, _number(item, value, upper=1.0))
            elif name == "seed" and value.strip().isdigit():
                spec.seed = int(value)
            elif name == "seed":
                raise ValueError(f"fault {item!r}: the seed is a whole number")
            else:
                raise ValueError(f"unknown fault {name!r} (latency, error, lost, captive, seed)")
        return spec


def _number(item: str, value: str, upper: float | None) -> float:
    """A fault's number: seconds from 0 up, or a probability from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= (upper if upper is not None else float("inf")):
        what = "a probability from 0 to 1" if upper is not None else "seconds, 0 or more"
        raise ValueError(f"fault {item!r}: the value is {what}")
    return number


class FaultMiddleware:
    """Injects the faults of a `FaultSpec`; `spec` may be swapped at run time by tests."""

    def __init__(self, app: ASGIApp, spec: FaultSpec) -> None:
        self.app = app
        self.spec = spec
        self._random = random.Random(spec.seed)  # noqa: S311 - fault injection, not security

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Apply the faults to one HTTP request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        spec = self.spec
        if spec.latency:
            await asyncio.sleep(spec.latency)
        if spec.captive:
            await _plain(send, 200, CAPTIVE_PAGE, b"text/html")
            return
        if spec.error and self._random.random() < spec.error:
            await _plain(
                send,
                503,
                b'{"type":"https://cir.example.invalid/problems/server-busy","title":"busy","status":503}',
                b"application/problem+json",
                retry_after=b"1",
            )
            return
        if spec.lost and self._random.random() < spec.lost:
            await self.app(scope, receive, _discard)
            await _plain(send, 504, b"gateway timeout", b"text/plain")
            return
        await self.app(scope, receive, send)


async def _discard(message: Message) -> None:
    return None


async def _plain(
    send: Send, status: int, body: bytes, content_type: bytes, retry_after: bytes | None = None
) -> None:
    headers: list[Any] = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", retry_after))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
