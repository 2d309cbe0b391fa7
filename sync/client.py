"""The register client: register API v1 over httpx, with errors translated into `SyncError` kinds.

TLS verification is always on for https URLs; `ca_bundle` adds a WIL gateway's CA. A 200 that is not
the register's JSON (a captive portal's login page) is OFFLINE, never success (OpenRosa's lesson).
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any

import httpx

from kiosk.ports import HouseholdLookup, LookupMember, Offline
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import (
    API_VERSION,
    AUTH_PROBLEMS,
    PERMANENT_PROBLEMS,
    SERVICE_NAME,
    AuditFlag,
    AuditHeadAck,
    DossierUpdate,
    Enrollment,
    Notification,
    RestoreAck,
    RestoredSubmission,
    SubmissionResult,
    Updates,
    envelope,
    idempotency_header,
    problem_name,
    validate,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class RegisterClient:
    """Talks to one register (or the simulator) as one terminal."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        # Verification is never switched off; a CA bundle adds a WIL gateway's own CA to nothing else.
        verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        self._http = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            verify=verify,
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> RegisterClient:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # --- calls ------------------------------------------------------------------------------------

    def health(self) -> datetime | None:
        """Check that the register (not a portal) answers; return its `Date`, None when absent."""
        response = self._request("GET", "/v1/health")
        body = _json_or_none(response)
        if response.status_code != 200 or body is None or validate("Health", body):
            raise SyncError(SyncErrorKind.OFFLINE, "something other than the register answered")
        if body["service"] != SERVICE_NAME or body["api_version"] != API_VERSION:
            raise SyncError(SyncErrorKind.OFFLINE, "another service answered")
        return _server_date(response)

    def enroll(self, code: str, label: str = "") -> Enrollment:
        """Exchange a one-time enrollment code for a token and the register's keys."""
        body = self._expect(
            self._request("POST", "/v1/terminals/enroll", json={"code": code, "label": label}),
            {201},
            "EnrollResponse",
        )
        return Enrollment.from_json(body)

    def put_attachment(self, sha256: str, sealed: bytes) -> None:
        """Upload one sealed evidence file (idempotent)."""
        response = self._request(
            "PUT",
            f"/v1/attachments/{sha256}",
            content=_SentOnce(sealed),
            headers={"Content-Type": "application/octet-stream", "Content-Length": str(len(sealed))},
        )
        body = self._expect(response, {200, 201}, "AttachmentAck")
        if body["sha256"] != sha256:
            raise SyncError(SyncErrorKind.PROTOCOL, "the register acknowledged another attachment")

    def put_submission(self, submission_id: str, sealed: bytes) -> SubmissionResult:
        """Send one sealed submission with its Idempotency-Key; return the register's answer."""
        response = self._request(
            "PUT",
            f"/v1/submissions/{submission_id}",
            content=json.dumps(envelope(submission_id, sealed)),
            headers={
                "Content-Type": "application/json",
                "Idempotency-Key": idempotency_header(submission_id),
            },
        )
        result = SubmissionResult.from_json(self._expect(response, {200, 201}, "SubmissionResult"))
        if result.submission_id != submission_id:
            raise SyncError(SyncErrorKind.PROTOCOL, "the register answered for another submission")
        return result

    def updates(self, terminal_id: str, since: int) -> Updates:
        """Dossier numbers, notifications and the rules version since `since`."""
        body = self._expect(
            self._request("GET", f"/v1/terminals/{terminal_id}/updates", params={"since": since}),
            {200},
            "Updates",
        )
        return Updates(
            cursor=body["cursor"],
            rules_version=body["rules_version"],
            dossiers=tuple(DossierUpdate(d["household_key"], d["dossier_number"]) for d in body["dossiers"]),
            notifications=tuple(
                Notification(n["household_key"], n["text"], n["created_at"]) for n in body["notifications"]
            ),
        )

    def rules(self) -> tuple[str, str]:
        """Return the register's (rules version, rules file text)."""
        body = self._expect(self._request("GET", "/v1/rules"), {200}, "Rules")
        return body["version"], body["text"]

    def send_audit_head(self, terminal_id: str, head: str, count: int) -> bool:
        """Send the audit chain head without a continuity proof; return whether it was consistent."""
        return self.put_audit_head(terminal_id, head, count).consistent

    def audit_state(self, terminal_id: str) -> tuple[int, AuditFlag | None]:
        """The audit count the register recorded for this terminal, and its open flag (None: none)."""
        body = self._expect(
            self._request("GET", f"/v1/terminals/{terminal_id}/audit-head"), {200}, "AuditHeadState"
        )
        return int(body["count"]), AuditFlag.from_json(body.get("flag"))

    def put_audit_head(
        self, terminal_id: str, head: str, count: int, previous: tuple[int, str] | None = None
    ) -> AuditHeadAck:
        """Send the audit head, with `previous` = (recorded count, this chain's hash at that count)."""
        payload: dict[str, object] = {"head": head, "count": count}
        if previous is not None:
            payload["previous"] = {"count": previous[0], "head": previous[1]}
        body = self._expect(
            self._request("PUT", f"/v1/terminals/{terminal_id}/audit-head", json=payload),
            {200},
            "AuditHeadAck",
        )
        flag = AuditFlag.from_json(body.get("flag"))
        return AuditHeadAck(bool(body["consistent"]), bool(body.get("flagged", False)), flag)

    def declare_restore(
        self,
        terminal_id: str,
        restore_id: str,
        *,
        backup_count: int,
        backup_head: str,
        backup_created_at: str,
        restored_at: str,
    ) -> RestoreAck:
        """Tell the register this terminal's store was restored from a backup (idempotent by id)."""
        payload = {
            "backup_count": backup_count,
            "backup_head": backup_head,
            "backup_created_at": backup_created_at,
            "restored_at": restored_at,
        }
        body = self._expect(
            self._request("PUT", f"/v1/terminals/{terminal_id}/restores/{restore_id}", json=payload),
            {200},
            "RestoreAck",
        )
        return RestoreAck(
            body["restore_id"],
            body["declared_at"],
            tuple(
                RestoredSubmission(s["submission_id"], s["created_at"], s["status"], s["dossier_number"])
                for s in body["submissions"]
            ),
        )

    def lookup(self, national_number: str) -> HouseholdLookup | None:
        """Find a household by a member's national number (in the body, never the URL)."""
        body = self._expect(
            self._request("POST", "/v1/households/lookup", json={"national_number": national_number}),
            {200},
            "LookupResponse",
        )
        if not body["found"]:
            return None
        return HouseholdLookup(
            candidate_number=body["candidate_number"],
            letter_date=_date(body.get("letter_date")),
            reminder_date=_date(body.get("reminder_date")),
            members=tuple(
                LookupMember(
                    ref=x["ref"],
                    first_name=x["first_name"],
                    role=x["role"],
                    adult=x["adult"],
                    confirmed=x["confirmed"],
                    match=x["match"],
                )
                for x in body["members"]
            ),
            match_salt=body.get("match_salt", ""),
        )

    # --- plumbing ---------------------------------------------------------------------------------

    def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, url, **kwargs)
        except httpx.TransportError as error:
            # The message names the failure class only: URLs and bodies stay out of logs.
            raise SyncError(SyncErrorKind.NETWORK, f"network: {type(error).__name__}") from error

    def _expect(self, response: httpx.Response, ok: set[int], schema: str) -> dict[str, Any]:
        body = _json_or_none(response)
        if response.status_code in ok:
            if not isinstance(body, dict) or validate(schema, body):
                raise _unexpected(response)
            return body
        raise _error_for(response, body)


class _SentOnce:
    """A request body that lets go of its bytes once they are sent.

    httpx keeps each request reachable from its response through a reference cycle (the response's
    stream points back at the response) until the garbage collector's next pass, so with plain
    `content=` every uploaded scan (up to 10 MiB) could stay in memory for several more requests.
    The explicit Content-Length keeps the body a plain one, not chunked.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __iter__(self) -> Iterator[bytes]:
        data, self._data = self._data, b""
        yield data


def _json_or_none(response: httpx.Response) -> Any:
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _unexpected(response: httpx.Response) -> SyncError:
    if "html" in response.headers.get("content-type", ""):
        return SyncError(
            SyncErrorKind.OFFLINE, "a web page answered instead of the register (captive portal?)"
        )
    return SyncError(SyncErrorKind.PROTOCOL, f"unexpected answer to HTTP {response.status_code}")


def _error_for(response: httpx.Response, body: Any) -> SyncError:
    status = response.status_code
    name = problem_name(body.get("type", "")) if isinstance(body, dict) else ""
    title = body.get("title", "") if isinstance(body, dict) else ""
    reason = f"HTTP {status} {name or ''}: {title}".strip()
    if isinstance(body, dict) and body.get("errors"):
        reason += " (" + "; ".join(f"{e.get('path')}: {e.get('message')}" for e in body["errors"][:5]) + ")"
    if status in (401, 403) or name in AUTH_PROBLEMS:
        return SyncError(SyncErrorKind.AUTH, reason)
    if status in (413, 422) or (status == 409 and name in PERMANENT_PROBLEMS) or name in PERMANENT_PROBLEMS:
        return SyncError(SyncErrorKind.REJECTED, reason)
    if status == 429 or status >= 500 or status == 409:
        return SyncError(SyncErrorKind.SERVER, reason, retry_after=_retry_after(response))
    return SyncError(SyncErrorKind.PROTOCOL, reason, retry_after=_retry_after(response))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None


def _server_date(response: httpx.Response) -> datetime | None:
    value = response.headers.get("date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _date(text: str | None) -> Any:
    from datetime import date

    return date.fromisoformat(text) if text else None


class HttpRegisterLookup:
    """The core's `RegisterLookup` port over the register client; unreachable means `Offline`."""

    def __init__(self, client: RegisterClient) -> None:
        self._client = client

    def lookup(self, national_number: str) -> HouseholdLookup | None:
        """Return the household, None when unknown; raise `Offline` when the register cannot answer."""
        try:
            return self._client.lookup(national_number)
        except SyncError as error:
            if error.kind in (SyncErrorKind.NETWORK, SyncErrorKind.OFFLINE, SyncErrorKind.SERVER):
                raise Offline("the register cannot be reached") from error
            raise
