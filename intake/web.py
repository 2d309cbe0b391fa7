"""The worklist web page for WIL staff: server-rendered HTML (Starlette + Jinja2), no JavaScript.

Every page needs a signed-in staff member (`intake.staff`): the session cookie is HttpOnly,
SameSite=Strict, scoped to /worklist and Secure behind TLS; every form posts the session's CSRF
token (the sign-in form a double-submit cookie). Every answer carries `Cache-Control: no-store` and
a strict Content-Security-Policy, so no dossier lingers in a browser cache. Evidence is opened in the
service's memory and sent to the browser only as an image or PDF it displays.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime
from urllib.parse import parse_qs

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from intake import receipt, staff, worklist
from intake.settings import IntakeSettings
from kiosk.rules import bundled_rules
from sync.simulator.app import read_body
from sync.simulator.register import Problem, Register

SESSION_COOKIE = "cir_staff"
SIGN_IN_COOKIE = "cir_signin"
FORM_LIMIT = 16 * 1024
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Content-Security-Policy": "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
    "frame-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
STATUS_NL = {
    "received": "te behandelen",
    "incomplete": "onvolledig: kandidaat gecontacteerd",
    "entered": "ingevoerd in het CIR",
    "withdrawn": "ingetrokken",
}
ROLE_NL = {
    "reference_tenant": "referentiehuurder",
    "partner": "partner",
    "child": "kind",
    "other": "gezinslid",
}
KIND_NL = {
    "confirmation": "bevestiging van de inschrijving",
    "registration": "nieuwe inschrijving",
    "withdrawal": "intrekking van de inschrijving",
}
DWELLING_NL = {"house": "huis", "apartment": "appartement", "studio": "studio"}
Page = Callable[[Request, staff.StaffSession], Awaitable[Response]]


def create_worklist_app(register: Register, settings: IntakeSettings) -> Starlette:
    """The worklist as an ASGI app, to be mounted at /worklist."""
    templates = Environment(
        loader=PackageLoader("intake", "templates"), autoescape=select_autoescape(["html"]), auto_reload=False
    )
    templates.globals["status_nl"] = STATUS_NL
    templates.globals["role_nl"] = ROLE_NL
    # Every bundled rules file's labels: a dossier answered under an older version shows its own types.
    templates.globals["evidence_nl"] = {
        key: e.text_nl for rules in bundled_rules() for key, e in rules.evidence_types.items()
    }
    templates.globals["capacity_nl"] = worklist.CAPACITY_NL
    templates.globals["kind_nl"] = KIND_NL
    templates.globals["dwelling_nl"] = DWELLING_NL

    def now() -> datetime:
        return register.clock.now()

    def render(name: str, status: int = 200, **values: object) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(**values), status, headers=SECURITY_HEADERS)

    def cookie(response: Response, name: str, value: str, path: str = "/worklist") -> None:
        response.set_cookie(
            name, value, path=path, httponly=True, samesite="strict", secure=settings.secure_cookies
        )

    async def form(request: Request) -> dict[str, str]:
        try:
            raw = await read_body(request, FORM_LIMIT)
        except Problem:
            return {}
        fields = parse_qs(raw.decode("utf-8", "replace"), max_num_fields=20)
        return {key: values[0] for key, values in fields.items()}

    def signed_in(page: Page) -> Callable[[Request], Awaitable[Response]]:
        async def wrapper(request: Request) -> Response:
            session = await run_in_threadpool(
                staff.session_of, register, request.cookies.get(SESSION_COOKIE), now(), settings
            )
            if session is None:
                return RedirectResponse("/worklist/sign-in", 303, headers=SECURITY_HEADERS)
            return await page(request, session)

        return wrapper

    def posted(page: Page) -> Page:
        async def wrapper(request: Request, session: staff.StaffSession) -> Response:
            values = await form(request)
            if not staff.csrf_ok(session, values.get("csrf")):
                return render("error.html", 403, message="Het formulier is verlopen. Open de pagina opnieuw.")
            request.state.form = values
            return await page(request, session)

        return wrapper

    async def sign_in_page(request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        response = render("sign_in.html", csrf=token, error=None)
        cookie(response, SIGN_IN_COOKIE, token, "/worklist/sign-in")
        return response

    async def sign_in(request: Request) -> Response:
        values = await form(request)
        expected = request.cookies.get(SIGN_IN_COOKIE) or ""
        if not expected or not secrets.compare_digest(expected, values.get("csrf", "")):
            return await _sign_in_again(request, "Het formulier is verlopen. Probeer opnieuw.")
        try:
            session = await run_in_threadpool(
                staff.sign_in,
                register,
                values.get("username", ""),
                values.get("password", ""),
                now(),
                settings,
            )
        except staff.SignInRefused as refused:
            return await _sign_in_again(request, _dutch_refusal(str(refused)))
        response = RedirectResponse("/worklist/", 303, headers=SECURITY_HEADERS)
        cookie(response, SESSION_COOKIE, session.token)
        response.delete_cookie(SIGN_IN_COOKIE, path="/worklist/sign-in")
        return response

    async def _sign_in_again(request: Request, error: str) -> Response:
        token = secrets.token_urlsafe(24)
        response = render("sign_in.html", 400, csrf=token, error=error)
        cookie(response, SIGN_IN_COOKIE, token, "/worklist/sign-in")
        return response

    @posted
    async def sign_out(request: Request, session: staff.StaffSession) -> Response:
        await run_in_threadpool(staff.sign_out, register, session, now())
        response = RedirectResponse("/worklist/sign-in", 303, headers=SECURITY_HEADERS)
        response.delete_cookie(SESSION_COOKIE, path="/worklist")
        return response

    async def overview(request: Request, session: staff.StaffSession) -> Response:
        done = request.query_params.get("done") == "1"
        rows = await run_in_threadpool(worklist.incoming, register, done=done)
        return render("worklist.html", rows=rows, done=done, session=session, today=now().date())

    async def dossier(request: Request, session: staff.StaffSession, message: str | None = None) -> Response:
        household_id = _id(request)
        try:
            view = await run_in_threadpool(
                worklist.open_dossier, register, household_id, session.username, now()
            )
        except worklist.NotFound:
            return render("error.html", 404, message="Dit dossier staat niet (meer) op de werklijst.")
        return render(
            "dossier.html",
            409 if message else 200,
            view=view,
            session=session,
            message=message,
            today=now().date(),
        )

    async def evidence(request: Request, session: staff.StaffSession) -> Response:
        sha256 = request.path_params["sha256"]
        try:
            data, mime = await run_in_threadpool(
                worklist.evidence_file, register, _id(request), sha256, session.username, now()
            )
        except worklist.NotFound:
            return render("error.html", 404, message="Dit bewijsstuk is er niet (meer).")
        headers = dict(SECURITY_HEADERS)
        headers["Content-Security-Policy"] = (
            "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'"
        )
        if mime not in worklist.SAFE_EVIDENCE_TYPES:
            mime = "application/octet-stream"
            headers["Content-Disposition"] = f'attachment; filename="bewijsstuk-{sha256[:12]}"'
        return Response(data, media_type=mime, headers=headers)

    def action(name: str) -> Page:
        @posted
        async def run(request: Request, session: staff.StaffSession) -> Response:
            values: dict[str, str] = request.state.form
            household_id = _id(request)
            try:
                if name == "enter":
                    number = values.get("dossier_number", "")
                    await run_in_threadpool(
                        worklist.enter_in_cir, register, household_id, number, session.username, now()
                    )
                elif name == "incomplete":
                    await run_in_threadpool(
                        worklist.mark_incomplete, register, household_id, session.username, now()
                    )
                else:
                    await run_in_threadpool(
                        worklist.mark_withdrawn, register, household_id, session.username, now()
                    )
            except worklist.NotFound:
                return render("error.html", 404, message="Dit dossier staat niet (meer) op de werklijst.")
            except worklist.WorklistError as error:
                return await dossier(request, session, _dutch_error(str(error)))
            return RedirectResponse(f"/worklist/dossiers/{household_id}", 303, headers=SECURITY_HEADERS)

        return run

    async def final_receipt(request: Request, session: staff.StaffSession) -> Response:
        try:
            pdf = await run_in_threadpool(
                receipt.final_receipt_pdf, register, _id(request), session.username, now(), settings
            )
        except worklist.NotFound:
            return render("error.html", 404, message="Dit dossier staat niet (meer) op de werklijst.")
        except worklist.WorklistError:
            return render(
                "error.html", 409, message="Het ontvangstbewijs heeft eerst het dossiernummer nodig."
            )
        headers = dict(SECURITY_HEADERS)
        headers["Content-Disposition"] = 'inline; filename="ontvangstbewijs.pdf"'
        return Response(pdf, media_type="application/pdf", headers=headers)

    async def not_found(request: Request, exc: Exception) -> Response:
        return render("error.html", 404, message="Deze pagina bestaat niet.")

    routes = [
        Route("/sign-in", sign_in_page, methods=["GET"]),
        Route("/sign-in", sign_in, methods=["POST"]),
        Route("/sign-out", signed_in(sign_out), methods=["POST"]),
        Route("/", signed_in(overview), methods=["GET"]),
        Route("/dossiers/{household_id:int}", signed_in(dossier), methods=["GET"]),
        Route("/dossiers/{household_id:int}/evidence/{sha256}", signed_in(evidence), methods=["GET"]),
        Route("/dossiers/{household_id:int}/enter", signed_in(action("enter")), methods=["POST"]),
        Route("/dossiers/{household_id:int}/incomplete", signed_in(action("incomplete")), methods=["POST"]),
        Route("/dossiers/{household_id:int}/withdrawn", signed_in(action("withdrawn")), methods=["POST"]),
        Route("/dossiers/{household_id:int}/receipt.pdf", signed_in(final_receipt), methods=["GET"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


def _id(request: Request) -> int:
    household_id: int = request.path_params["household_id"]
    return household_id


_REFUSALS_NL = {"wrong name or password": "Naam of wachtwoord klopt niet."}


def _dutch_refusal(message: str) -> str:
    if message.startswith("this account is locked until"):
        until = message.removeprefix("this account is locked until ").split(" ")[0]
        return f"Dit account is geblokkeerd na te veel foute wachtwoorden, tot {until} UTC."
    return _REFUSALS_NL.get(message, "Aanmelden lukte niet.")


_ERRORS_NL = {
    "a CIR dossier number has": "Een dossiernummer van het CIR heeft 12 cijfers (datum en volgnummer).",
    "this dossier already has dossier number": "Dit dossier heeft al een dossiernummer.",
    "this dossier was withdrawn": "Dit dossier werd ingetrokken.",
    "is already recorded for another household": "Dit dossiernummer staat al bij een ander dossier.",
    "this dossier is entered in the CIR": "Dit dossier is al ingevoerd in het CIR: trek het daar in.",
    "this dossier is": "Deze actie past niet meer bij dit dossier.",
}


def _dutch_error(message: str) -> str:
    for start, dutch in _ERRORS_NL.items():
        if message.startswith(start) or start in message:
            return dutch
    return "Dat lukte niet."
