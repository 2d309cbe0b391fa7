"""The simulator's HTTP layer: Starlette routes for register API v1 over a `Register`."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.statement import utc_timestamp
from sync.protocol import (
    API_VERSION,
    PROBLEM_CONTENT_TYPE,
    SERVICE_NAME,
    FieldError,
    parse_idempotency_header,
    problem_type,
    validate,
)
from sync.simulator.register import Problem, Register, parse_json

MAX_JSON_BYTES = 8 * 1024 * 1024  # a sealed submission (SealedEnvelope.sealed is at most 4,000,000 chars)
SMALL_JSON_BYTES = 64 * 1024  # enrollment, lookup, audit head, restore declaration
ATTACHMENT_OVERHEAD = 1024  # the sealed box's header and tag, with room to spare
Handler = Callable[[Request], Awaitable[Response]]


async def read_body(request: Request, limit: int) -> bytes:
    """Read a request body of at most `limit` bytes; a larger one is refused before it is buffered.

    A declared Content-Length over the limit is refused without reading a byte; a body sent without
    one (chunked) is read piece by piece and refused as soon as it passes the limit. Either way the
    server holds at most `limit` bytes of it.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise Problem(400, "invalid", "Content-Length is not a number")
        if int(declared) > limit:
            raise Problem(413, "too-large", f"the body is limited to {limit} bytes")
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > limit:
            raise Problem(413, "too-large", f"the body is limited to {limit} bytes")
    return bytes(received)


def problem_response(problem: Problem) -> Response:
    """Return the problem+json answer of a `Problem`."""
    body: dict[str, object] = {
        "type": problem_type(problem.name),
        "title": problem.title,
        "status": problem.status,
    }
    if problem.errors:
        body["errors"] = [{"path": e.path, "message": e.message} for e in problem.errors]
    headers = {"Retry-After": str(problem.retry_after)} if problem.retry_after is not None else None
    return Response(json.dumps(body), problem.status, headers=headers, media_type=PROBLEM_CONTENT_TYPE)


def create_app(register: Register) -> Starlette:
    """Build the ASGI app for `register`."""

    def guarded(handler: Handler) -> Handler:
        async def wrapper(request: Request) -> Response:
            try:
                return await handler(request)
            except Problem as problem:
                return problem_response(problem)
            except (IntegrityError, OperationalError):
                # A race the transaction did not rerun, or a database briefly away: nothing was
                # committed, so the terminal retries (its engine honours Retry-After).
                return problem_response(
                    Problem(503, "server-busy", "the register is busy; retry", retry_after=1)
                )

        return wrapper

    async def terminal_of(request: Request) -> str:
        return await run_in_threadpool(register.authenticate, request.headers.get("authorization"))

    async def json_body(request: Request, schema: str, limit: int = SMALL_JSON_BYTES) -> Any:
        body = parse_json(await read_body(request, limit))
        errors = validate(schema, body)
        if errors:
            raise Problem(422, "invalid", "the body breaks the contract", errors)
        return body

    async def health(request: Request) -> Response:
        return JSONResponse(
            {"service": SERVICE_NAME, "api_version": API_VERSION, "time": utc_timestamp(register.clock.now())}
        )

    async def enroll(request: Request) -> Response:
        body = await json_body(request, "EnrollRequest")
        answer = await run_in_threadpool(register.enroll, body["code"], body.get("label", ""))
        return JSONResponse(answer, 201)

    async def own_terminal(request: Request) -> str:
        terminal_id = await terminal_of(request)
        if request.path_params["terminal_id"] != terminal_id:
            raise Problem(403, "forbidden", "a terminal can only read its own updates")
        return terminal_id

    async def updates(request: Request) -> Response:
        terminal_id = await own_terminal(request)
        try:
            since = int(request.query_params.get("since", "0"))
        except ValueError:
            raise Problem(
                422, "invalid", "since must be a number", [FieldError("/since", "not an integer")]
            ) from None
        if not 0 <= since <= 2**63 - 1:
            raise Problem(422, "invalid", "since out of range", [FieldError("/since", "out of range")])
        return JSONResponse(await run_in_threadpool(register.updates, terminal_id, since))

    async def audit_state(request: Request) -> Response:
        terminal_id = await own_terminal(request)
        return JSONResponse(await run_in_threadpool(register.audit_state, terminal_id))

    async def audit_head(request: Request) -> Response:
        terminal_id = await own_terminal(request)
        body = await json_body(request, "AuditHead")
        previous = body.get("previous")
        proof = (previous["count"], previous["head"]) if previous is not None else None
        answer = await run_in_threadpool(
            register.record_audit_head, terminal_id, body["head"], body["count"], proof
        )
        return JSONResponse(answer)

    async def restore(request: Request) -> Response:
        terminal_id = await own_terminal(request)
        restore_id = request.path_params["restore_id"]
        if validate("SubmissionId", restore_id):
            raise Problem(422, "invalid", "not a restore id", [FieldError("/restore_id", "not a UUID")])
        body = await json_body(request, "RestoreDeclaration")
        return JSONResponse(await run_in_threadpool(register.declare_restore, terminal_id, restore_id, body))

    async def rules(request: Request) -> Response:
        await terminal_of(request)
        return JSONResponse(register.rules())

    async def attachment(request: Request) -> Response:
        terminal_id = await terminal_of(request)
        sha256 = request.path_params["sha256"]
        if validate("Sha256", sha256):
            raise Problem(422, "invalid", "not a sha256", [FieldError("/sha256", "64 lowercase hex digits")])
        sealed = await read_body(request, register.settings.max_attachment_bytes + ATTACHMENT_OVERHEAD)
        created, size = await run_in_threadpool(register.put_attachment, terminal_id, sha256, sealed)
        return JSONResponse({"sha256": sha256, "size": size}, 201 if created else 200)

    async def lookup(request: Request) -> Response:
        terminal_id = await terminal_of(request)
        body = await json_body(request, "LookupRequest")
        return JSONResponse(await run_in_threadpool(register.lookup, terminal_id, body["national_number"]))

    async def submission(request: Request) -> Response:
        terminal_id = await terminal_of(request)
        submission_id = request.path_params["submission_id"]
        if validate("SubmissionId", submission_id):
            raise Problem(422, "invalid", "not a submission id", [FieldError("/submission_id", "not a UUID")])
        key = parse_idempotency_header(request.headers.get("idempotency-key", ""))
        if key != submission_id:
            raise Problem(
                422,
                "invalid",
                "Idempotency-Key must be the quoted submission id",
                [FieldError("/headers/Idempotency-Key", "must equal the submission id, quoted")],
            )
        body = await json_body(request, "SealedEnvelope", MAX_JSON_BYTES)
        if body["submission_id"] != submission_id:
            raise Problem(
                422, "invalid", "ids differ", [FieldError("/submission_id", "differs from the URL")]
            )
        status, answer = await run_in_threadpool(register.submit, terminal_id, submission_id, body["sealed"])
        headers = {"Idempotent-Replayed": "true"} if status == 200 else None
        return JSONResponse(answer, status, headers=headers)

    async def dossier(request: Request) -> Response:
        await terminal_of(request)
        number = request.path_params["dossier_number"]
        if validate("DossierNumber", number):
            raise Problem(404, "not-found", "no such dossier")
        return JSONResponse(await run_in_threadpool(register.dossier, number))

    routes = [
        Route("/v1/health", guarded(health), methods=["GET"]),
        Route("/v1/terminals/enroll", guarded(enroll), methods=["POST"]),
        Route("/v1/terminals/{terminal_id}/updates", guarded(updates), methods=["GET"]),
        Route("/v1/terminals/{terminal_id}/audit-head", guarded(audit_state), methods=["GET"]),
        Route("/v1/terminals/{terminal_id}/audit-head", guarded(audit_head), methods=["PUT"]),
        Route("/v1/terminals/{terminal_id}/restores/{restore_id}", guarded(restore), methods=["PUT"]),
        Route("/v1/rules", guarded(rules), methods=["GET"]),
        Route("/v1/attachments/{sha256}", guarded(attachment), methods=["PUT"]),
        Route("/v1/households/lookup", guarded(lookup), methods=["POST"]),
        Route("/v1/submissions/{submission_id}", guarded(submission), methods=["PUT"]),
        Route("/v1/dossiers/{dossier_number}", guarded(dossier), methods=["GET"]),
    ]
    return Starlette(routes=routes)
