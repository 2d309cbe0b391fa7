"""The document types of tag 0F with Dutch, French and English labels (docs/eid-card.md section 5).

Public names (stable): `DocumentType` (code, nl, fr, en; `.label(language)`),
`document_type(code)` (accepts "1" and "01"; unknown codes get a neutral label),
`normalise_document_code(code)`, `DOCUMENT_TYPES`.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardreader.errors import CardDataError


@dataclass(frozen=True)
class DocumentType:
    """One document type with its labels."""

    code: str  # always two digits
    nl: str
    fr: str
    en: str

    def label(self, language: str) -> str:
        """The label in "nl", "fr" or "en" (English for anything else)."""
        return {"nl": self.nl, "fr": self.fr}.get(language, self.en)


def _kids(letter: str) -> tuple[str, str, str]:
    return (f"Kids-{letter}-kaart", f"carte Kids-{letter}", f"kids {letter}-card")


_TABLE: dict[str, tuple[str, str, str]] = {
    "01": ("Belgische identiteitskaart", "carte d'identité belge", "Belgian identity card"),
    "06": ("Kids-ID", "Kids-ID", "Kids-ID"),
    "07": ("Bootstrapkaart", "carte bootstrap", "bootstrap card"),
    "08": ("Machtigingskaart", "carte d'habilitation", "habilitation card"),
    "11": ("A-kaart (tijdelijk verblijf)", "carte A (séjour temporaire)", "A card (temporary residence)"),
    "12": ("B-kaart", "carte B", "B card"),
    "13": ("C-kaart (identiteitskaart voor vreemdelingen)", "carte C", "C card (identity card for aliens)"),
    "14": ("D-kaart (langdurig ingezetene EU)", "carte D (résident de longue durée UE)", "D card"),
    "15": ("E-kaart (verklaring van inschrijving)", "carte E (attestation d'enregistrement)", "E card"),
    "16": ("E+-kaart (duurzaam verblijf)", "carte E+ (séjour permanent)", "E+ card (permanent residence)"),
    "17": ("F-kaart (familielid van een EU-burger)", "carte F (membre de famille UE)", "F card"),
    "18": ("F+-kaart", "carte F+", "F+ card"),
    "19": ("H-kaart (Europese blauwe kaart)", "carte H (carte bleue européenne)", "H card (EU Blue Card)"),
    "20": ("I-kaart (ICT)", "carte I (ICT)", "I card (ICT)"),
    "21": ("J-kaart (mobiele ICT)", "carte J (ICT mobile)", "J card (mobile ICT)"),
    "22": ("M-kaart (Brexit)", "carte M (Brexit)", "M card (Brexit)"),
    "23": ("N-kaart (Brexit, grensverkeer)", "carte N (Brexit, trafic frontalier)", "N card (Brexit)"),
    "27": ("K-kaart (vestiging)", "carte K (établissement)", "K card (establishment)"),
    "28": ("L-kaart (langdurig ingezetene EU)", "carte L (résident de longue durée UE)", "L card"),
    "31": ("EU-kaart (inschrijving)", "carte UE (enregistrement)", "EU card (registration)"),
    "32": ("EU+-kaart (duurzaam verblijf)", "carte UE+ (séjour permanent)", "EU+ card (permanent residence)"),
    "33": ("A-kaart (beperkt verblijf)", "carte A (séjour limité)", "A card (limited stay)"),
    "34": ("B-kaart (onbeperkt verblijf)", "carte B (séjour illimité)", "B card (unlimited stay)"),
    "35": ("F-kaart", "carte F", "F card"),
    "36": ("F+-kaart", "carte F+", "F+ card"),
    "61": _kids("EU"),
    "62": _kids("EU+"),
    "63": _kids("A"),
    "64": _kids("B"),
    "65": _kids("K"),
    "66": _kids("L"),
    "67": _kids("F"),
    "68": _kids("F+"),
    "69": _kids("M"),
}

DOCUMENT_TYPES: dict[str, DocumentType] = {
    code: DocumentType(code, *labels) for code, labels in _TABLE.items()
}


def normalise_document_code(code: str) -> str:
    """Turn "1" into "01" (both occur on cards, docs/eid-card.md section 5); reject all but 1-2 digits."""
    if not 1 <= len(code) <= 2 or not code.isascii() or not code.isdigit():
        raise CardDataError("the document type is not a number")
    return code.zfill(2)


def document_type(code: str) -> DocumentType:
    """The document type for a code from the card; an unknown code keeps a neutral label."""
    normalised = normalise_document_code(code)
    known = DOCUMENT_TYPES.get(normalised)
    if known is not None:
        return known
    return DocumentType(
        normalised,
        f"verblijfsdocument type {normalised}",
        f"titre de séjour type {normalised}",
        f"residence document type {normalised}",
    )
