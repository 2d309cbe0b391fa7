"""Words for the operator's alerts (`ui.operator_alerts`): what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.operator_alerts import Alert, AlertKind


def alert_text(alert: Alert) -> str:
    """One alert in a sentence for the operator."""
    texts = {
        AlertKind.AUTH_REFUSED: QCoreApplication.translate(
            "AlertWords",
            "Het register weigert deze kiosk. Er wordt niets meer verzonden. De coördinator moet de kiosk "
            "opnieuw laten inschrijven (kiosk enroll).",
        ),
        AlertKind.CLOCK_SKEW: QCoreApplication.translate(
            "AlertWords",
            "De klok van deze computer loopt meer dan 5 minuten anders dan die van het register. "
            "Zet de klok juist: handtekeningen dragen het uur.",
        ),
        AlertKind.AUDIT: QCoreApplication.translate(
            "AlertWords",
            "Het register ziet dat het logboek van deze kiosk veranderd of teruggezet is. "
            "Roep de coördinator: dit moet WIL nakijken.",
        ),
        AlertKind.LEASE_WARN: QCoreApplication.translate(
            "AlertWords",
            "Deze kiosk heeft al %1 dagen niet kunnen verzenden. Verbind hem met het internet en kies "
            "'Nu verzenden'.",
        ),
        AlertKind.LEASE_REFUSE: QCoreApplication.translate(
            "AlertWords",
            "Deze kiosk heeft al %1 dagen niet kunnen verzenden. Er kunnen geen nieuwe bezoeken starten tot "
            "verzenden weer lukt.",
        ),
        AlertKind.OTHER: QCoreApplication.translate("AlertWords", "Melding van het verzenden: %1"),
    }
    return texts[alert.kind].replace("%1", alert.detail)
