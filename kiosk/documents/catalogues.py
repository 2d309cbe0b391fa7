"""Build step of the papers' gettext catalogues: extract, merge, compile (Babel).

`python -m kiosk.documents.catalogues` compiles every `locale/<language>/LC_MESSAGES/papers.po`
into its `.mo` (run by `scripts/build-translations.sh`, so by `make test`, `make demo` and the bundle
build). `--update` first extracts the messages into `locale/papers.pot`, from the code (`tr`, `ntr`,
`N_`) and from the rules file (the evidence types' Dutch labels, which the summaries translate: a
newer rules file's label prints in Dutch until it is translated), and merges the template into each
`.po`, where translators then work with Poedit or Weblate.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from kiosk.documents.i18n import CLDR_LOCALES, DOMAIN, LOCALE_DIR
from kiosk.documents.model import Language
from kiosk.rules import Rules, bundled_rules

PACKAGE_DIR = Path(__file__).parent
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
# tr(language, message), ntr(language, singular, plural, n), N_(message)
KEYWORDS = {"tr": (2,), "ntr": (2, 3), "N_": None}
HEADER = """\
# The texts of the CIR kiosk's papers that a candidate reads in their own language.
# Dutch is the source language. Keep every {field} as it is; {n} is a number.
#"""
TRANSLATED = tuple(language for language in Language if language is not Language.DUTCH)


def po_path(language: Language) -> Path:
    """The translators' file of `language`."""
    return LOCALE_DIR / language.value / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract_messages(rules: Rules | None = None) -> Catalog:
    """Every message the papers can print in the candidate's language, as a template catalogue."""
    template = Catalog(
        domain=DOMAIN,
        project="cir-kiosk papers",
        header_comment=HEADER,
        copyright_holder="the cir-kiosk authors",
        fuzzy=False,
    )
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE_DIR, keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        template.add(message, None, [(f"kiosk/documents/{filename}", lineno)],
                     auto_comments=comments, context=context)  # fmt: skip
    # Every bundled rules file's: a dossier begun under an older version prints its labels.
    for version in [rules] if rules is not None else bundled_rules():
        for evidence_id, evidence in version.evidence_types.items():
            if evidence.text_nl not in template:
                comment = f"rules file: evidence type {evidence_id}"
                template.add(evidence.text_nl, None, auto_comments=[comment])
    return template


def read_catalogue(language: Language) -> Catalog:
    """The `.po` file of `language`, parsed."""
    with po_path(language).open("rb") as file:
        return read_po(file, locale=CLDR_LOCALES[language], domain=DOMAIN)


def _po_bytes(catalogue: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=110, ignore_obsolete=True)
    return buffer.getvalue()


def _mo_bytes(catalogue: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    """Write only when the content changed, so an unchanged build touches nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def update() -> None:
    """Extract the template and merge it into every language's `.po` (new messages come untranslated)."""
    template = extract_messages()
    _write(TEMPLATE, _po_bytes(template))
    for language in TRANSLATED:
        catalogue = read_catalogue(language) if po_path(language).exists() else Catalog(
            locale=CLDR_LOCALES[language], domain=DOMAIN, fuzzy=False
        )  # fmt: skip
        catalogue.update(template, no_fuzzy_matching=True)
        _write(po_path(language), _po_bytes(catalogue))


def compile_all() -> None:
    """Compile every `.po` into the `.mo` the papers load."""
    for language in TRANSLATED:
        _write(po_path(language).with_suffix(".mo"), _mo_bytes(read_catalogue(language)))


def main(argv: list[str]) -> int:
    """`python -m kiosk.documents.catalogues [--update]`."""
    if "--update" in argv:
        update()
    compile_all()
    print(f"translations: built the papers' catalogues {' '.join(lang.value for lang in TRANSLATED)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
