"""Which operator passwords the kiosk accepts: NIST SP 800-63B, section 5.1.1.2 (memorized secrets).

- At least `MIN_PASSWORD_LENGTH` (8) characters, counted as characters, not bytes; up to 256, any
  characters, spaces included; no rules about mixing digits and symbols (the guideline advises
  against them).
- Not a password that is known to be common: the 30,000 most common passwords of zxcvbn's list
  (from leaked password sets; Dutch ones such as "wachtwoord" and "welkom" are on it), compared
  without case and with digits and symbols at the ends left off, so "Welkom2026!" counts as "welkom".
- Not a word of this context: the operator's own name, the kiosk, the register, Wonen in Limburg.
- Not one character repeated, nor a run such as "12345678" or "abcdefgh".

`password_problem` names the first rule a password breaks, as a code the screens translate.
An operator whose stored password breaks a rule (set before these rules) signs in once more with
it and sets a new one then (`kiosk.store.Store.sign_in` with `new_password`).
"""

from __future__ import annotations

from functools import cache

# The published password of training mode's demo operators (README.md names it; `kiosk.store` and
# the sign-in screen use it). Training data directories made before the password rules used "oefen":
# the kiosk moves them to this one at their first sign-in (`ui.backend.Backend.sign_in`).
TRAINING_PASSWORD = "oefenmodus"  # noqa: S105 - published on purpose, for practice data only
FORMER_TRAINING_PASSWORD = "oefen"  # noqa: S105 - the same, before the rules

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
SHORT, LONG, COMMON, CONTEXT, PATTERN = (
    "password_short",
    "password_long",
    "password_common",
    "password_context",
    "password_pattern",
)
# Words of this kiosk and its people's work, and their run-together forms.
CONTEXT_WORDS = frozenset(
    {"kiosk", "cirkiosk", "cir", "register", "wonen", "limburg", "woneninlimburg", "wil", "ocmw", "digipunt"}
)
_RUNS = ("0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "azertyuiop", "asdfghjkl")


def password_problem(password: str, operator: str = "") -> str | None:
    """The rule `password` breaks (SHORT, LONG, COMMON, CONTEXT, PATTERN), or None when it is fine."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return SHORT
    if len(password) > MAX_PASSWORD_LENGTH:
        return LONG
    core = _core(password)
    if core in _common() or password.lower() in _common():
        return COMMON
    if _only_context(password, operator):
        return CONTEXT
    if _is_pattern(password.lower()):
        return PATTERN
    return None


def describe(problem: str) -> str:
    """English words for a problem code (the command line; the screens have their own texts)."""
    return {
        SHORT: f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
        LONG: f"a password has at most {MAX_PASSWORD_LENGTH} characters",
        COMMON: "this password is on a list of common passwords: choose another",
        CONTEXT: "a password may not be the operator's name or a word of this kiosk",
        PATTERN: "a password may not be one character repeated or a run such as 12345678",
    }[problem]


def _core(text: str) -> str:
    """Lower case, without the digits and symbols people add at the ends ("Welkom2026!" -> "welkom")."""
    lowered = text.lower().replace(" ", "")
    start, end = 0, len(lowered)
    while start < end and not lowered[start].isalpha():
        start += 1
    while end > start and not lowered[end - 1].isalpha():
        end -= 1
    return lowered[start:end] or lowered


def _only_context(password: str, operator: str) -> bool:
    """Whether the password's letters are nothing but the operator's name and this kiosk's words.

    "jan-2026-jan" for Jan and "Kiosk2026!" are such derivatives; "jansens-tuin" is not.
    """
    letters = _letters(password)
    words = sorted({*CONTEXT_WORDS, _letters(operator)} - {""}, key=len, reverse=True)
    remaining = letters
    for word in words:
        remaining = remaining.replace(word, "")
    return bool(letters) and not remaining


def _letters(text: str) -> str:
    return "".join(character for character in text.lower() if character.isalpha())


def _is_pattern(text: str) -> bool:
    if len(set(text)) == 1:
        return True
    return any(text in run or text in run[::-1] for run in _RUNS)


@cache
def _common() -> frozenset[str]:
    # Loaded at the first check only: the list is 30,000 words (about 0.8 MB of Python source).
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]

    return frozenset(FREQUENCY_LISTS["passwords"])
