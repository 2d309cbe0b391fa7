"""The rules file: declarations, conditions, required evidence, file limits, deadlines, retention.

The rules live in a versioned TOML file (`resources/rules/rules-<version>.toml`), checked against a
JSON Schema (`resources/rules/rules.schema.json`) and a few cross-reference checks at start-up. An
invalid file raises `ConfigError` naming the file, the line and the problem. WIL can publish a newer
version through the register; sync stores it in `<data dir>/rules/`, where it takes precedence when
it is valid and newer than the bundled one (an invalid download never stops the kiosk).

A dossier is answered and judged under one version: the one in force when it was begun
(`Dossier.rules_version`); `load_rules_version` finds that version again, downloaded or bundled, so
a draft begun under 2026.1 completes under 2026.1.

Scopes (a declaration's `applies_to`, docs/architecture.md section 4): `household` (asked once),
`applicant` (the reference tenant and the partner, each: the registration conditions), `other_adult`
(every other adult: they still belong to the household), and `every_adult`, the scope of rules
2026.1 (schema 1), where every adult answered the same questions.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from kiosk.errors import ConfigError

log = logging.getLogger(__name__)

RULES_DIR = "rules"
SCHEMA_FILE = "rules.schema.json"
_FILE_PATTERN = re.compile(r"^rules-(\d+(?:\.\d+)*)\.toml$")

HOUSEHOLD = "household"
APPLICANT = "applicant"
OTHER_ADULT = "other_adult"
EVERY_ADULT = "every_adult"  # rules 2026.1 (schema 1) only

# What an answer means for the candidate (a declaration's `outcome`); the rules file's schema lists the
# same values. The visit shows it kindly and goes on; it never refuses (WIL decides).
Outcome = Literal[
    "withdrawal",  # the reference tenant stops the household's registration (asked a second time)
    "leaves_household",  # this adult no longer belongs to the household (a household change)
    "household_change",  # someone came or left: the volunteer records it on the household screen
    "not_registered",  # not in the population or foreigners' register: registration is not possible now
    "income_above_limit",  # the income counted is above the limit: WIL checks
    "owns_property",  # owns a dwelling without an exception: WIL checks
    "asset_test",  # savings or investments: WIL checks them against the asset test
]


@dataclass(frozen=True)
class Condition:
    """A declaration is asked only when an earlier one got this answer."""

    declaration: str
    answer: bool


@dataclass(frozen=True)
class Declaration:
    """A yes/no question in plain Dutch (B1), with the evidence each answer requires."""

    id: str
    text_key: str
    text_nl: str
    help_nl: str
    applies_to: str  # HOUSEHOLD, APPLICANT, OTHER_ADULT or (rules 2026.1) EVERY_ADULT
    evidence_if_yes: tuple[str, ...]
    evidence_if_no: tuple[str, ...]
    condition: Condition | None
    changes_yearly: bool
    source: str = ""  # a public URL the rule rests on (rules 2026.1 cited none per declaration)
    confirmed: bool = False  # whether that source is confirmed (see the rules file's header)
    outcome_if_yes: Outcome | None = None
    outcome_if_no: Outcome | None = None

    def outcome_for(self, answer: bool) -> Outcome | None:
        """What this answer means for the candidate (None: nothing to say)."""
        return self.outcome_if_yes if answer else self.outcome_if_no


@dataclass(frozen=True)
class AssetTest:
    """The asset test (middelentoets): its threshold is WIL's to fill in; the kiosk judges nothing."""

    confirmed: bool
    checked_at: str  # "registration", "allocation" or "unknown"
    source: str
    threshold_eur: int | None  # None until WIL sets it


@dataclass(frozen=True)
class EvidenceType:
    """A kind of evidence document (bewijsstuk)."""

    id: str
    text_key: str
    text_nl: str
    changes_yearly: bool


@dataclass(frozen=True)
class Rules:
    """One validated rules file."""

    version: str
    source: str
    valid_from: date
    letter_days: int
    reminder_days: int
    due_soon_days: int
    campaign_start: tuple[int, int]  # (month, day)
    campaign_end: tuple[int, int]
    offline_warn_days: int
    offline_refuse_days: int
    grace_days_after_definitive: int
    max_retention_days: int
    accepted_mime_types: tuple[str, ...]
    max_file_bytes: int
    max_files_per_item: int
    declarations: tuple[Declaration, ...]
    evidence_types: Mapping[str, EvidenceType]
    income_limits: Mapping[str, object]
    asset_test: AssetTest | None = None

    @property
    def per_role(self) -> bool:
        """Whether the conditions are asked per role (schema 2), not of every adult alike (2026.1)."""
        return not any(d.applies_to == EVERY_ADULT for d in self.declarations)

    def declaration(self, declaration_id: str) -> Declaration:
        """The declaration with this id; KeyError when unknown."""
        for declaration in self.declarations:
            if declaration.id == declaration_id:
                return declaration
        raise KeyError(declaration_id)

    def applicable(self, answers: Mapping[str, object], applies_to: str) -> list[Declaration]:
        """The declarations to ask, in order, given the answers so far."""
        asked: list[Declaration] = []
        for declaration in self.declarations:
            if declaration.applies_to != applies_to:
                continue
            cond = declaration.condition
            if cond is None or answers.get(cond.declaration) is cond.answer:
                asked.append(declaration)
        return asked

    def required_evidence(self, answers: Mapping[str, object], applies_to: str) -> list[str]:
        """The evidence type ids the answers require (in declaration order, no duplicates)."""
        required: list[str] = []
        for declaration in self.applicable(answers, applies_to):
            answer = answers.get(declaration.id)
            if answer is True:
                needed = declaration.evidence_if_yes
            elif answer is False:
                needed = declaration.evidence_if_no
            else:
                continue
            required.extend(e for e in needed if e not in required)
        return required

    def unanswered(self, answers: Mapping[str, object], applies_to: str) -> list[str]:
        """Ids of applicable declarations that have no yes/no answer yet."""
        return [d.id for d in self.applicable(answers, applies_to) if not isinstance(answers.get(d.id), bool)]

    def in_campaign_window(self, day: date) -> bool:
        """Whether `day` falls in the yearly campaign window (last day included)."""
        return self.campaign_start <= (day.month, day.day) <= self.campaign_end

    def accepts_file(self, mime_type: str, size: int) -> bool:
        """Whether an evidence file of this type and size is accepted."""
        return mime_type in self.accepted_mime_types and 0 < size <= self.max_file_bytes


# --- loading ---------------------------------------------------------------------------------


def bundled_rules_path() -> Path:
    """The newest rules file shipped in `resources/rules/`."""
    folder = Path(str(resources.files("resources") / RULES_DIR))
    candidates = _versioned_files(folder)
    if not candidates:
        raise ConfigError(f"{folder}: no rules-<version>.toml file")
    return candidates[-1][1]


def bundled_rules() -> list[Rules]:
    """Every rules file shipped in `resources/rules/`, oldest first.

    Dossiers begun under an older version are still shown and printed with its texts, so the
    translations come from all of them.
    """
    folder = Path(str(resources.files("resources") / RULES_DIR))
    return [load_rules_file(path) for _version, path in _versioned_files(folder)]


def load_rules(data_dir: Path | None = None) -> Rules:
    """Load the rules in force: a valid newer file in `<data_dir>/rules/`, else the bundled one."""
    bundled = load_rules_file(bundled_rules_path())
    if data_dir is None:
        return bundled
    for version, path in reversed(_versioned_files(data_dir / RULES_DIR)):
        if version <= version_key(bundled.version):
            break
        try:
            return load_rules_file(path)
        except ConfigError as error:
            log.warning("ignoring an invalid downloaded rules file: %s", error)
    return bundled


def load_rules_version(version: str, data_dir: Path | None = None) -> Rules:
    """The rules file of exactly this version: downloaded into `<data_dir>/rules/`, else bundled.

    `ConfigError` when no valid file of that version is found (a dossier then falls back to the rules
    in force, see `rules_for_version`).
    """
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        raise ConfigError(f"rules version {version!r} is not dotted numbers")
    folders = [data_dir / RULES_DIR] if data_dir is not None else []
    folders.append(Path(str(resources.files("resources") / RULES_DIR)))
    for folder in folders:
        path = folder / f"rules-{version}.toml"
        if path.is_file():
            rules = _load_cached(str(path), path.stat().st_mtime_ns)
            if rules.version != version:
                raise ConfigError(f"{path}: the file says version {rules.version}")
            return rules
    raise ConfigError(f"no rules file of version {version}")


def rules_for_version(version: str, current: Rules, data_dir: Path | None = None) -> Rules:
    """The rules a dossier was begun under; the rules in force when that version cannot be found.

    Falling back keeps a dossier usable (nothing is lost); it is logged, without personal data.
    """
    if not version or version == current.version:
        return current
    try:
        return load_rules_version(version, data_dir)
    except ConfigError as error:
        log.warning("rules %s not found, the rules in force judge this dossier: %s", version, error)
        return current


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime_ns: int) -> Rules:
    # Keyed by modification time too: a file replaced by a download is read again.
    return load_rules_file(Path(path))


def load_rules_file(path: Path) -> Rules:
    """Read and validate one rules file; raise `ConfigError` naming file, line and problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error.__class__.__name__})") from None
    return parse_rules(text, str(path))


def parse_rules(text: str, source: str) -> Rules:
    """Validate rules given as TOML text; `source` names the file in error messages."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: {error}") from None
    _validate_schema(raw, text, source)
    _check_references(raw, text, source)
    return _build(raw, source)


def save_downloaded_rules(data_dir: Path, version: str, text: str) -> Path:
    """Validate and store a rules file received from the register; return its path."""
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        raise ConfigError(f"rules version {version!r} is not dotted numbers")
    folder = data_dir / RULES_DIR
    target = folder / f"rules-{version}.toml"
    rules = parse_rules(text, str(target))
    if rules.version != version:
        raise ConfigError(f"{target}: the file says version {rules.version}, the register {version}")
    folder.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    return target


def version_key(version: str) -> tuple[int, ...]:
    """Turn "2026.1" into (2026, 1) for comparison."""
    return tuple(int(part) for part in version.split("."))


def _versioned_files(folder: Path) -> list[tuple[tuple[int, ...], Path]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _FILE_PATTERN.match(path.name)
        if match:
            found.append((version_key(match.group(1)), path))
    return sorted(found)


def _schema() -> dict[str, Any]:
    schema_path = resources.files("resources") / RULES_DIR / SCHEMA_FILE
    loaded: dict[str, Any] = json.loads(schema_path.read_text(encoding="utf-8"))
    return loaded


def _validate_schema(raw: dict[str, Any], text: str, source: str) -> None:
    import jsonschema  # only when a rules file is loaded: it costs ~50 ms of every start

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        path = list(first.absolute_path)
        where = ".".join(str(p) for p in path) or "(top level)"
        raise ConfigError(f"{source}, line {locate(text, path)}: {where}: {first.message}")


def _check_references(raw: dict[str, Any], text: str, source: str) -> None:
    evidence_ids = [e["id"] for e in raw["evidence_types"]]
    seen: dict[str, str] = {}  # declaration id -> its scope
    for index, declaration in enumerate(raw["declarations"]):
        where: list[str | int] = ["declarations", index]
        line = locate(text, where)
        if declaration["id"] in seen:
            raise ConfigError(f"{source}, line {line}: declaration {declaration['id']!r} appears twice")
        condition = declaration.get("when")
        if condition and condition["declaration"] not in seen:
            raise ConfigError(
                f"{source}, line {line}: condition refers to {condition['declaration']!r}, "
                "which is not an earlier declaration"
            )
        if condition and seen[condition["declaration"]] != declaration["applies_to"]:
            # Answers are kept per scope: a condition on another scope's answer would never hold.
            raise ConfigError(
                f"{source}, line {line}: condition refers to {condition['declaration']!r}, "
                "which is asked in another scope"
            )
        for answer in ("yes", "no"):
            for evidence in declaration.get("evidence", {}).get(answer, []):
                if evidence not in evidence_ids:
                    raise ConfigError(f"{source}, line {line}: unknown evidence type {evidence!r}")
        seen[declaration["id"]] = declaration["applies_to"]
    if len(set(evidence_ids)) != len(evidence_ids):
        raise ConfigError(f"{source}, line {locate(text, ['evidence_types'])}: an evidence id appears twice")


def locate(text: str, path: Sequence[str | int]) -> int:
    """Best-effort line number (1-based) of the value at `path` in TOML `text`."""
    lines = text.splitlines()
    start, table = 0, ""
    for position, part in enumerate(path):
        if isinstance(part, int):
            header = f"[[{table}]]"
            hits = [i for i, line in enumerate(lines) if line.strip() == header]
            if part < len(hits):
                start = hits[part]
            continue
        table = f"{table}.{part}" if table else str(part)
        found = _find_key(lines, start, str(part), table, last=position == len(path) - 1)
        if found is not None:
            start = found
    return start + 1


def _find_key(lines: list[str], start: int, key: str, table: str, last: bool) -> int | None:
    key_pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if key_pattern.match(lines[index]) or stripped in (f"[{table}]", f"[[{table}]]"):
            return index
        if stripped.endswith(f".{key}]") and stripped.startswith("["):
            return index
    return None


def _month_day(text: str) -> tuple[int, int]:
    month, day = (int(p) for p in text.split("-"))
    return month, day


def _build(raw: dict[str, Any], source: str) -> Rules:
    deadlines, files = raw["deadlines"], raw["files"]
    return Rules(
        version=raw["version"],
        source=source,
        valid_from=date.fromisoformat(raw["valid_from"]),
        letter_days=deadlines["letter_days"],
        reminder_days=deadlines["reminder_days"],
        due_soon_days=deadlines["due_soon_days"],
        campaign_start=_month_day(deadlines["campaign_start"]),
        campaign_end=_month_day(deadlines["campaign_end"]),
        offline_warn_days=raw["offline_lease"]["warn_days"],
        offline_refuse_days=raw["offline_lease"]["refuse_days"],
        grace_days_after_definitive=raw["retention"]["grace_days_after_definitive"],
        max_retention_days=raw["retention"]["max_days"],
        accepted_mime_types=tuple(files["accepted_mime_types"]),
        max_file_bytes=files["max_file_bytes"],
        max_files_per_item=files["max_files_per_item"],
        declarations=tuple(_declaration(d) for d in raw["declarations"]),
        evidence_types={e["id"]: _evidence_type(e) for e in raw["evidence_types"]},
        income_limits=raw.get("income_limits", {}),
        asset_test=_asset_test(raw.get("asset_test")),
    )


def _asset_test(raw: dict[str, Any] | None) -> AssetTest | None:
    if raw is None:
        return None
    return AssetTest(raw["confirmed"], raw["checked_at"], raw["source"], raw.get("threshold_eur"))


def _declaration(raw: dict[str, Any]) -> Declaration:
    when = raw.get("when")
    evidence = raw.get("evidence", {})
    outcome = raw.get("outcome", {})
    return Declaration(
        id=raw["id"],
        text_key=raw["text_key"],
        text_nl=raw["text_nl"],
        help_nl=raw.get("help_nl", ""),
        applies_to=raw["applies_to"],
        evidence_if_yes=tuple(evidence.get("yes", [])),
        evidence_if_no=tuple(evidence.get("no", [])),
        condition=Condition(when["declaration"], when["answer"]) if when else None,
        changes_yearly=raw.get("changes_yearly", False),
        source=raw.get("source", ""),
        confirmed=raw.get("confirmed", False),
        outcome_if_yes=outcome.get("yes"),
        outcome_if_no=outcome.get("no"),
    )


def _evidence_type(raw: dict[str, Any]) -> EvidenceType:
    return EvidenceType(
        id=raw["id"],
        text_key=raw["text_key"],
        text_nl=raw["text_nl"],
        changes_yearly=raw.get("changes_yearly", False),
    )
