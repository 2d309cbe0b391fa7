<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AwaitingCardScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/awaiting_card.py" line="69"/>
        <source>%1 van %n volwassene(n) klaar</source>
        <translation>
            <numerusform>%1 van %n volwassene klaar</numerusform>
            <numerusform>%1 van %n volwassenen klaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/confirm.py" line="228"/>
        <source>De PIN-code is niet juist. U heeft nog %n poging(en).</source>
        <translation>
            <numerusform>De PIN-code is niet juist. U heeft nog %n poging.</numerusform>
            <numerusform>De PIN-code is niet juist. U heeft nog %n pogingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/evidence.py" line="169"/>
        <source>Toegevoegd: %n pagina(&apos;s)</source>
        <translation>
            <numerusform>Toegevoegd: %n pagina</numerusform>
            <numerusform>Toegevoegd: %n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="199"/>
        <source>%1 (%2)
%3 van %n volwassene(n) bevestigd, bewaard op %4</source>
        <translation>
            <numerusform>%1 (%2)
%3 van %n volwassene bevestigd, bewaard op %4</numerusform>
            <numerusform>%1 (%2)
%3 van %n volwassenen bevestigd, bewaard op %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="215"/>
        <source>%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:</source>
        <translation>
            <numerusform>%n dossier heeft een termijn die bijna of al voorbij is. Bel dit gezin:</numerusform>
            <numerusform>%n dossiers hebben een termijn die bijna of al voorbij is. Bel deze gezinnen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="222"/>
        <source>en nog %n andere</source>
        <translation>
            <numerusform>en nog %n andere</numerusform>
            <numerusform>en nog %n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="231"/>
        <source>nog %n dag(en), tot en met %1</source>
        <translation>
            <numerusform>nog %n dag, tot en met %1</numerusform>
            <numerusform>nog %n dagen, tot en met %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="240"/>
        <source>Wachtrij: %n zending(en) wachten.</source>
        <translation>
            <numerusform>Wachtrij: %n zending wacht.</numerusform>
            <numerusform>Wachtrij: %n zendingen wachten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="242"/>
        <source>De oudste wacht al %n dag(en).</source>
        <translation>
            <numerusform>De oudste wacht al %n dag.</numerusform>
            <numerusform>De oudste wacht al %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="247"/>
        <source>%n zending(en) in quarantaine: vraag de coördinator.</source>
        <translation>
            <numerusform>%n zending in quarantaine: vraag de coördinator.</numerusform>
            <numerusform>%n zendingen in quarantaine: vraag de coördinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Bent u er nog? Over %n seconde(n) sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>
            <numerusform>Bent u er nog? Over %n seconde sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</numerusform>
            <numerusform>Bent u er nog? Over %n seconden sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprintsWidget</name>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="236"/>
        <source>%n papier(en) wachten op de printer.</source>
        <translation>
            <numerusform>%n papier wacht op de printer.</numerusform>
            <numerusform>%n papieren wachten op de printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="252"/>
        <source>%n papier(en) afgedrukt.</source>
        <translation>
            <numerusform>%n papier afgedrukt.</numerusform>
            <numerusform>%n papieren afgedrukt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="102"/>
        <source>%n volwassene(n) bevestigd en er ontbreekt niets.</source>
        <translation>
            <numerusform>De volwassene heeft bevestigd en er ontbreekt niets.</numerusform>
            <numerusform>Alle volwassenen hebben bevestigd en er ontbreekt niets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="105"/>
        <source>Nog niet klaar: nog %n volwassene(n) moet(en) bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>
            <numerusform>Nog niet klaar: nog %n volwassene moet bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</numerusform>
            <numerusform>Nog niet klaar: nog %n volwassenen moeten bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="84"/>
        <source>Verzenden: %n zending(en) wachten op het register.</source>
        <translation>
            <numerusform>Verzenden: %n zending wacht op het register.</numerusform>
            <numerusform>Verzenden: %n zendingen wachten op het register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="89"/>
        <source>Zojuist verzonden: %n zending(en).</source>
        <translation>
            <numerusform>Zojuist verzonden: %n zending.</numerusform>
            <numerusform>Zojuist verzonden: %n zendingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="94"/>
        <source>%n zending(en) in quarantaine: roep de coördinator.</source>
        <translation>
            <numerusform>%n zending in quarantaine: roep de coördinator.</numerusform>
            <numerusform>%n zendingen in quarantaine: roep de coördinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../ui/screens/wording.py" line="219"/>
        <source>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag(en).</source>
        <translation>
            <numerusform>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag.</numerusform>
            <numerusform>Let op: bevestig uiterlijk op %1. Dat is binnen %n dagen.</numerusform>
        </translation>
    </message>
</context>
</TS>
