<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AbsencePanel</name>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="86" />
        <source>Is afwezig</source>
        <translation>Est absent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="87" />
        <source>Is toch hier</source>
        <translation>Est quand même présent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="88" />
        <source>Reden van afwezigheid</source>
        <translation>Raison de l'absence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="96" />
        <source>Volmacht: bestand toevoegen (medewerker WIL)</source>
        <translation>Procuration : ajouter un fichier (collaborateur WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="97" />
        <source>Volmacht getoond aan de balie (medewerker WIL)</source>
        <translation>Procuration montrée au guichet (collaborateur WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="98" />
        <source>Bevestigen voor een afwezig gezinslid, met volmacht</source>
        <translation>Confirmer pour un membre absent, avec procuration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="101" />
        <source>De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code</source>
        <translation>L'adulte dont la carte est dans le lecteur répond aux questions et signe avec son propre code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="94" />
        <location filename="../../ui/screens/absence_panel.py" line="95" />
        <source>Rijksregisternummer op de volmacht</source>
        <translation>Numéro de registre national sur la procuration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="152" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="159" />
        <location filename="../../ui/screens/absence_panel.py" line="183" />
        <source>Kies eerst een afwezige volwassene in de lijst.</source>
        <translation>Choisissez d'abord un adulte absent dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="166" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Ce numéro de registre national n'est pas correct. Vérifiez les 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="171" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Seul un agent de WIL peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="175" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>Ce fichier est trop grand ou vide.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="177" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Ce type de fichier n'est pas accepté. Choisissez un PDF ou une photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="180" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>Ce numéro de registre national n'est pas celui de cet adulte dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="201" />
        <source>Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.</source>
        <translation>Seul un autre adulte du ménage, avec sa propre carte, peut le faire.</translation>
    </message>
</context>
<context>
    <name>AddOperatorBox</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="98" />
        <source>Nieuwe operator</source>
        <translation>Nouvel opérateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="99" />
        <location filename="../../ui/screens/add_operator.py" line="100" />
        <source>Naam om aan te melden</source>
        <translation>Nom de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="101" />
        <source>Rollen</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="105" />
        <location filename="../../ui/screens/add_operator.py" line="107" />
        <source>Wachtwoord</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="106" />
        <location filename="../../ui/screens/add_operator.py" line="108" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation>Le même mot de passe encore une fois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="109" />
        <source>Operator toevoegen</source>
        <translation>Ajouter l'opérateur</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="13" />
        <source>Het register weigert deze kiosk. Er wordt niets meer verzonden. De coördinator moet de kiosk opnieuw laten inschrijven (kiosk enroll).</source>
        <translation>Le registre refuse cette borne. Plus rien n'est envoyé. Le coordinateur doit faire inscrire la borne à nouveau (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="18" />
        <source>De klok van deze computer loopt meer dan 5 minuten anders dan die van het register. Zet de klok juist: handtekeningen dragen het uur.</source>
        <translation>L'horloge de cet ordinateur a plus de 5 minutes d'écart avec celle du registre. Mettez l'horloge à l'heure : les signatures portent l'heure.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="23" />
        <source>Het register ziet dat het logboek van deze kiosk veranderd of teruggezet is. Roep de coördinator: dit moet WIL nakijken.</source>
        <translation>Le registre voit que le journal de cette borne a été modifié ou remis à un état plus ancien. Appelez le coordinateur : WIL doit vérifier cela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="28" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Verbind hem met het internet en kies 'Nu verzenden'.</source>
        <translation>Cette borne n'a pas pu envoyer depuis %1 jours. Connectez-la à Internet et choisissez 'Envoyer maintenant'.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="33" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Er kunnen geen nieuwe bezoeken starten tot verzenden weer lukt.</source>
        <translation>Cette borne n'a pas pu envoyer depuis %1 jours. Aucune nouvelle visite ne peut commencer tant que l'envoi ne marche pas de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="38" />
        <source>Melding van het verzenden: %1</source>
        <translation>Message de l'envoi : %1</translation>
    </message>
</context>
<context>
    <name>AwaitingCardScreen</name>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="34" />
        <source>Steek de volgende kaart in</source>
        <translation>Insérez la carte suivante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="37" />
        <source>Bewaren en later verder doen</source>
        <translation>Enregistrer et continuer plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="62" />
        <source>Steek de identiteitskaart in van de volgende volwassene, of opnieuw dezelfde kaart om verder te gaan.</source>
        <translation>Insérez la carte d'identité de l'adulte suivant, ou de nouveau la même carte pour continuer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/awaiting_card.py" line="69" />
        <source>%1 van %n volwassene(n) klaar</source>
        <translation>
            <numerusform>%1 adulte sur %n a terminé</numerusform>
            <numerusform>%1 adultes sur %n ont terminé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="38" />
        <source>Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm.</source>
        <translation>Ce qui est déjà fait reste enregistré. Vous pourrez continuer plus tard depuis l'écran d'accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="52" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>Agent WIL : insérez maintenant votre propre carte pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="56" />
        <source>De bewindvoerder of volmachthouder steekt nu de eigen identiteitskaart in.</source>
        <translation>L'administrateur ou le mandataire insère maintenant sa propre carte d'identité.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="74" />
        <source>Even geduld: we lezen de kaart.</source>
        <translation>Un instant : nous lisons la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="76" />
        <source>De kaart kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>La carte n'a pas pu être lue. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="78" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Le lecteur attend une carte.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="106" />
        <location filename="../../ui/camera.py" line="108" />
        <source>Foto nemen</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="109" />
        <source>Opnieuw</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="110" />
        <source>Deze foto gebruiken</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="111" />
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115" />
        <source>Camerabeeld</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="116" />
        <source>De foto</source>
        <translation>La photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="128" />
        <source>De camera werkt nu niet. Voeg het papier toe als bestand, of kies: later brengen.</source>
        <translation>La caméra ne marche pas pour le moment. Ajoutez le papier comme fichier, ou choisissez : Apporter plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="132" />
        <source>Leg het papier plat onder de camera. Alles moet leesbaar zijn. Druk dan op: Foto nemen.</source>
        <translation>Posez le papier à plat sous la caméra. Tout doit être lisible. Appuyez ensuite sur : Prendre une photo.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="135" />
        <source>Kunt u alles goed lezen? Druk op: Deze foto gebruiken. Anders: Opnieuw.</source>
        <translation>Pouvez-vous bien tout lire ? Appuyez sur : Utiliser cette photo. Sinon : Recommencer.</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="145" />
        <source>Sinds</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="146" />
        <source>Sinds welke dag</source>
        <translation>Depuis quel jour</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="147" />
        <source>Woont hier niet meer</source>
        <translation>N'habite plus ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="148" />
        <source>Gescheiden of uit elkaar</source>
        <translation>Divorcé(e) ou séparé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="149" />
        <source>Overleden</source>
        <translation>Décédé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="150" />
        <source>Toch nog in het gezin</source>
        <translation>Fait encore partie du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="195" />
        <source>De referentiehuurder wijzigen kan alleen WIL. Bel WIL.</source>
        <translation>Seul WIL peut changer le locataire de référence. Appelez WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="196" />
        <source>Alleen de partner kan gescheiden zijn.</source>
        <translation>Seul le ou la partenaire peut être séparé(e).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="197" />
        <source>Deze persoon heeft al bevestigd in dit dossier.</source>
        <translation>Cette personne a déjà confirmé dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="198" />
        <source>Kies de dag waarop het gebeurde: vandaag of vroeger.</source>
        <translation>Choisissez le jour où c'est arrivé : aujourd'hui ou avant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="199" />
        <source>De persoon van de kaart in de lezer is hier.</source>
        <translation>La personne de la carte dans le lecteur est ici.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="201" />
        <source>Dat kan niet.</source>
        <translation>Ce n'est pas possible.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/screens/confirm.py" line="129" />
        <source>Bevestigen met uw PIN-code</source>
        <translation>Confirmer avec votre code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="133" />
        <source>Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden kloppen. Dat is hetzelfde als een papier ondertekenen.</source>
        <translation>Avec votre code PIN, vous signez de manière électronique. Vous dites ainsi : mes données et mes réponses sont correctes. C'est comme signer un papier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="65" />
        <source>Ik heb geen PIN-code</source>
        <translation>Je n'ai pas de code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="64" />
        <source>Dit bevestigt u met uw handtekening:</source>
        <translation>Voici ce que vous confirmez par votre signature :</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="66" />
        <source>Bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>Confirmation par un agent WIL (sa propre carte)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="67" />
        <source>Terug naar het gezin</source>
        <translation>Retour au ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="82" />
        <source>Medewerker WIL: bevestigen met uw eigen kaart</source>
        <translation>Agent WIL : confirmer avec votre propre carte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="86" />
        <source>U bevestigt als medewerker van WIL dat u deze persoon heeft gezien en dat de antwoorden kloppen. Uw eigen kaart zet de handtekening.</source>
        <translation>En tant qu'agent de WIL, vous confirmez avoir vu cette personne et que les réponses sont correctes. Votre propre carte signe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="90" />
        <source>Typ uw eigen PIN-code.</source>
        <translation>Tapez votre propre code PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="91" />
        <source>Ondertekenen met mijn kaart (medewerker)</source>
        <translation>Signer avec ma carte (agent)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="106" />
        <source>Bevestigen voor een gezinslid dat afwezig is</source>
        <translation>Confirmer pour un membre du ménage absent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="116" />
        <source>Ja, ik bevestig voor hen met mijn PIN-code</source>
        <translation>Oui, je confirme pour cette personne avec mon code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="138" />
        <source>Ja, ik bevestig met mijn PIN-code</source>
        <translation>Oui, je confirme avec mon code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="163" />
        <source>Met een kaart die niet meer geldig is, kunt u niet ondertekenen. Een medewerker van WIL helpt u.</source>
        <translation>Avec une carte qui n'est plus valable, vous ne pouvez pas signer. Un collaborateur de WIL vous aide.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="177" />
        <location filename="../../ui/screens/confirm.py" line="252" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>Nous cherchons votre ménage dans le registre…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="210" />
        <source>Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw.</source>
        <translation>Il n'y a pas de carte dans le lecteur. Insérez la carte et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="172" />
        <source>Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in.</source>
        <translation>Retirez la carte du candidat du lecteur. Insérez ensuite votre propre carte d'agent.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="94" />
        <source>Bevestigen voor iemand anders, als bewindvoerder of volmachthouder</source>
        <translation>Confirmer pour quelqu'un d'autre, comme administrateur ou mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="99" />
        <source>U tekent met uw eigen PIN-code voor deze persoon. Zo zegt u: hun gegevens en antwoorden kloppen, en u mag voor hen tekenen (beslissing van de vrederechter of volmacht).</source>
        <translation>Vous signez pour cette personne avec votre propre code PIN. Vous déclarez ainsi : ses données et ses réponses sont exactes, et vous pouvez signer pour elle (décision du juge de paix ou procuration).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="103" />
        <location filename="../../ui/screens/confirm.py" line="115" />
        <source>Typ uw eigen PIN-code zelf. Niemand kijkt mee.</source>
        <translation>Tapez vous-même votre propre code PIN. Personne ne regarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="104" />
        <source>Ja, ik bevestig voor deze persoon met mijn PIN-code</source>
        <translation>Oui, je confirme pour cette personne avec mon code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="110" />
        <source>U heeft een volmacht van dit gezinslid: een ondertekend papier waarop staat dat u voor hen mag bevestigen. Met uw eigen PIN-code zet u de handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen.</source>
        <translation>Vous avez une procuration de ce membre du ménage : un papier signé qui dit que vous pouvez confirmer pour lui ou elle. Avec votre propre code PIN, vous signez pour lui ou elle. Vous dites ainsi : ses données et ses réponses sont correctes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="118" />
        <source>Uw inschrijving stoppen</source>
        <translation>Arrêter votre inscription</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="122" />
        <source>Met uw PIN-code ondertekent u dat u de inschrijving van uw gezin stopt. Uw gezin verliest dan zijn plaats op de wachtlijst.</source>
        <translation>Avec votre code PIN, vous signez que vous arrêtez l'inscription de votre ménage. Votre ménage perd alors sa place sur la liste d'attente.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="126" />
        <location filename="../../ui/screens/confirm.py" line="137" />
        <source>Typ uw PIN-code zelf. Niemand kijkt mee.</source>
        <translation>Tapez vous-même votre code PIN. Personne ne regarde.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="127" />
        <source>Ja, ik stop de inschrijving met mijn PIN-code</source>
        <translation>Oui, j'arrête l'inscription avec mon code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="168" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>Agent WIL : insérez maintenant votre propre carte pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Ja</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Nee</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="187" />
        <source>toegevoegd</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="188" />
        <source>brengt u later</source>
        <translation>vous l'apportez plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="189" />
        <source>getoond aan de balie</source>
        <translation>montrée au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="190" />
        <source>nog niet toegevoegd: het blijft nodig</source>
        <translation>pas encore ajoutée : elle reste nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="195" />
        <source>Bewijsstuk %1: %2</source>
        <translation>Pièce justificative %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="213" />
        <location filename="../../ui/screens/confirm.py" line="235" />
        <source>Even geduld: de kaart ondertekent.</source>
        <translation>Un instant : la carte signe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="218" />
        <source>Typ uw PIN-code op het toestel van de kaartlezer.</source>
        <translation>Tapez votre code PIN sur le clavier du lecteur de carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="231" />
        <source>Typ uw PIN-code en druk op OK.</source>
        <translation>Tapez votre code PIN et appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="257" />
        <source>Met deze kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u verder.</source>
        <translation>Vous ne pouvez pas signer avec cette carte. Un agent de WIL vous aide.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="265" />
        <source>Zonder PIN-code: kies 'Bevestigen door medewerker WIL' hieronder.</source>
        <translation>Sans code PIN : choisissez 'Confirmation par un agent WIL' ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="244" />
        <source>Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. U krijgt een hulpblad mee voor de gemeente.</source>
        <translation>Votre code PIN est bloqué. Un agent de WIL peut vous aider. Vous recevez une fiche d'aide pour la commune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/confirm.py" line="228" />
        <source>De PIN-code is niet juist. U heeft nog %n poging(en).</source>
        <translation>
            <numerusform>Le code PIN n'est pas correct. Il vous reste %n essai.</numerusform>
            <numerusform>Le code PIN n'est pas correct. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="250" />
        <source>U heeft gestopt. Er is niets ondertekend.</source>
        <translation>Vous avez arrêté. Rien n'a été signé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="260" />
        <source>Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw.</source>
        <translation>La signature n'a pas réussi. Rien n'a été signé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="270" />
        <source>Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. U krijgt een hulpblad mee.</source>
        <translation>Sans code PIN, seul un agent de WIL peut faire votre confirmation. Vous recevez une fiche d'aide.</translation>
    </message>
</context>
<context>
    <name>CoordinatorScreen</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="63" />
        <source>Beheer</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <location filename="../../ui/screens/coordinator.py" line="67" />
        <source>Quarantaine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Herdrukken</source>
        <translation>Réimpressions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Statistieken</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="71" />
        <source>Zendingen die het register weigerde, met de reden. Kies er een en zet ze opnieuw in de wachtrij.</source>
        <translation>Envois refusés par le registre, avec la raison. Choisissez-en un et remettez-le dans la file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="75" />
        <source>Opnieuw in de wachtrij</source>
        <translation>Remettre dans la file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="126" />
        <source>Dit kan niet: %1</source>
        <translation>Impossible : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="76" />
        <source>Alleen een coördinator mag dit scherm gebruiken.</source>
        <translation>Seul un coordinateur peut utiliser cet écran.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="77" />
        <source>Terug</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>DemoCardPanel</name>
    <message>
        <location filename="../../ui/demo_panel.py" line="58" />
        <source>Oefenkaarten</source>
        <translation>Cartes d'exercice</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="59" />
        <source>Kies een oefenkaart</source>
        <translation>Choisissez une carte d'exercice</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="60" />
        <source>Kaart insteken</source>
        <translation>Insérer la carte</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="61" />
        <source>Kaart uitnemen</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="64" />
        <source>Virtuele eID-kaarten van fictieve mensen. De PIN-code is 1234.</source>
        <translation>Cartes eID virtuelles de personnes fictives. Le code PIN est 1234.</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../ui/screens/end.py" line="27" />
        <source>Het bezoek is afgesloten</source>
        <translation>La visite est terminée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="28" />
        <source>Vergeet uw identiteitskaart niet.</source>
        <translation>N'oubliez pas votre carte d'identité.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="29" />
        <source>Volgend bezoek</source>
        <translation>Visite suivante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="40" />
        <source>Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist. Wat al gedaan was, is veilig bewaard.</source>
        <translation>Personne n'a utilisé la borne pendant un moment. C'est pourquoi nous avons effacé l'écran. Ce qui était déjà fait est enregistré en sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="45" />
        <source>Dank u. Alle gegevens zijn van het scherm gewist.</source>
        <translation>Merci. Toutes les données ont été effacées de l'écran.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/evidence_picker.py" line="175" />
        <source>Kies een scan</source>
        <translation>Choisir un scan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="178" />
        <source>Kies waar de scan staat, en dan de scan. De nieuwste staan bovenaan.</source>
        <translation>Choisissez où se trouve le scan, puis le scan. Les plus récents sont en haut.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="183" />
        <source>Hier staat geen scan. Steek de USB-stick in, of scan het papier opnieuw, en kies dan 'Opnieuw kijken'.</source>
        <translation>Il n'y a pas de scan ici. Insérez la clé USB ou scannez à nouveau le papier, puis choisissez « Regarder à nouveau ».</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="187" />
        <source>Opnieuw kijken</source>
        <translation>Regarder à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="188" />
        <source>Terug</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="189" />
        <source>Deze scan toevoegen</source>
        <translation>Ajouter ce scan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="190" />
        <source>Plaatsen</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="191" />
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="203" />
        <source>Scanmap van deze kiosk</source>
        <translation>Dossier des scans de ce kiosque</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="204" />
        <source>USB-stick: %1</source>
        <translation>Clé USB : %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <location filename="../../ui/screens/evidence.py" line="66" />
        <source>Bewijsstukken</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="69" />
        <source>Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen.</source>
        <translation>Ajoutez les papiers nécessaires. Vous ne les avez pas sur vous ? Choisissez alors : apporter plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="71" />
        <source>Voor uw antwoorden zijn geen papieren nodig.</source>
        <translation>Pour vos réponses, aucun papier n'est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Bestand toevoegen</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Nog een pagina</source>
        <translation>Encore une page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="138" />
        <source>Later brengen</source>
        <translation>Apporter plus tard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/evidence.py" line="169" />
        <source>Toegevoegd: %n pagina('s)</source>
        <translation>
            <numerusform>Ajouté : %n page</numerusform>
            <numerusform>Ajouté : %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="135" />
        <source>Foto nemen</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="141" />
        <source>Getoond aan de balie (WIL)</source>
        <translation>Montré au guichet (WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="164" />
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="171" />
        <source>U brengt dit later.</source>
        <translation>Vous apportez ceci plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="173" />
        <source>Getoond aan de balie.</source>
        <translation>Montré au guichet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="174" />
        <source>Nog niet toegevoegd.</source>
        <translation>Pas encore ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="217" />
        <source>Er zijn al genoeg pagina's voor dit stuk.</source>
        <translation>Il y a déjà assez de pages pour ce document.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="220" />
        <source>Dit bestand is te groot (meer dan %1 MB).</source>
        <translation>Ce fichier est trop grand (plus de %1 Mo).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="221" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Ce type de fichier n'est pas accepté. Choisissez un PDF ou une photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="184" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="72" />
        <source>Verder</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/exit_dialog.py" line="21" />
        <source>Kiosk afsluiten</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="23" />
        <source>Alleen een operator kan de kiosk afsluiten.</source>
        <translation>Seul un opérateur peut fermer la borne.</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="25" />
        <location filename="../../ui/exit_dialog.py" line="26" />
        <source>Uw naam</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="30" />
        <location filename="../../ui/exit_dialog.py" line="31" />
        <source>Uw wachtwoord</source>
        <translation>Votre mot de passe</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="92" />
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="93" />
        <source>Nieuw bezoek starten</source>
        <translation>Commencer une nouvelle visite</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="96" />
        <source>Bezoek zonder leesbare identiteitskaart</source>
        <translation>Visite sans carte d'identité lisible</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="97" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd</source>
        <translation>Passeport, documents de réfugié, carte perdue, cassée ou demandée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="99" />
        <location filename="../../ui/screens/home.py" line="100" />
        <source>Concepten van deze kiosk</source>
        <translation>Brouillons de cette borne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="101" />
        <source>Concept hervatten</source>
        <translation>Reprendre un brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="102" />
        <source>Dossiers in gevaar (termijn bijna of al voorbij)</source>
        <translation>Dossiers en danger (délai presque ou déjà dépassé)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="139" />
        <source>Er kan geen nieuw bezoek starten: deze kiosk heeft te lang niet kunnen verzenden.</source>
        <translation>Aucune nouvelle visite ne peut commencer : cette borne n'a pas pu envoyer depuis trop longtemps.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="142" />
        <source>Dit kon niet geopend worden. Probeer opnieuw of vraag de coördinator.</source>
        <translation>Impossible d'ouvrir ceci. Réessayez ou demandez au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="157" />
        <source>Even kijken welke concepten er zijn…</source>
        <translation>Recherche des brouillons…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="158" />
        <source>Even kijken…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="165" />
        <source>Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator.</source>
        <translation>Impossible de lire ces données. Déconnectez-vous et reconnectez-vous, ou demandez au coordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="199" />
        <source>%1 (%2)
%3 van %n volwassene(n) bevestigd, bewaard op %4</source>
        <translation>
            <numerusform>%1 (%2)
%3 adulte sur %n a confirmé, enregistré le %4</numerusform>
            <numerusform>%1 (%2)
%3 adultes sur %n ont confirmé, enregistré le %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="206" />
        <source>, uiterlijk op %1</source>
        <translation>, au plus tard le %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="212" />
        <source>Geen dossiers met een termijn die bijna of al voorbij is.</source>
        <translation>Aucun dossier avec un délai presque ou déjà dépassé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="215" />
        <source>%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:</source>
        <translation>
            <numerusform>%n dossier a un délai presque ou déjà dépassé. Appelez ce ménage :</numerusform>
            <numerusform>%n dossiers ont un délai presque ou déjà dépassé. Appelez ces ménages :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="222" />
        <source>en nog %n andere</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="231" />
        <source>nog %n dag(en), tot en met %1</source>
        <translation>
            <numerusform>encore %n jour, jusqu'au %1 inclus</numerusform>
            <numerusform>encore %n jours, jusqu'au %1 inclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="240" />
        <source>Wachtrij: %n zending(en) wachten.</source>
        <translation>
            <numerusform>File d'attente : %n envoi en attente.</numerusform>
            <numerusform>File d'attente : %n envois en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="242" />
        <source>De oudste wacht al %n dag(en).</source>
        <translation>
            <numerusform>Le plus ancien attend depuis %n jour.</numerusform>
            <numerusform>Le plus ancien attend depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="244" />
        <source>De oudste wacht sinds vandaag.</source>
        <translation>Le plus ancien attend depuis aujourd'hui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="247" />
        <source>%n zending(en) in quarantaine: vraag de coördinator.</source>
        <translation>
            <numerusform>%n envoi en quarantaine : demandez au coordinateur.</numerusform>
            <numerusform>%n envois en quarantaine : demandez au coordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="189" />
        <source>Er zijn geen concepten. Start een nieuw bezoek.</source>
        <translation>Il n'y a pas de brouillon. Commencez une nouvelle visite.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="192" />
        <source>Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in.</source>
        <translation>Choisissez un brouillon et appuyez sur « Reprendre le brouillon ». Le candidat insère ensuite sa carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>concept</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>onvolledig</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="230" />
        <source>vandaag de laatste dag</source>
        <translation>dernier jour aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="228" />
        <source>termijn voorbij sinds %1</source>
        <translation>délai dépassé depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="237" />
        <source>Wachtrij: niets wacht op verzending.</source>
        <translation>File d'attente : rien n'attend l'envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="159" />
        <source>Wachtrij: even kijken…</source>
        <translation>File d'attente : un instant…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="103" />
        <source>Nu verzenden</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="104" />
        <source>Beheer (coördinator)</source>
        <translation>Gestion (coordinateur)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="105" />
        <source>Afmelden</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="114" />
        <source>Aangemeld als %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../ui/screens/household.py" line="101" />
        <source>Uw gezin</source>
        <translation>Votre ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="102" />
        <source>Naar nakijken</source>
        <translation>Vers la vérification</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="105" />
        <source>Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in.</source>
        <translation>Retirez cette carte du lecteur. Insérez ensuite la carte de l'adulte suivant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="107" />
        <source>Volwassene toevoegen met kaart</source>
        <translation>Ajouter un adulte avec sa carte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="108" />
        <source>Kind toevoegen</source>
        <translation>Ajouter un enfant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="109" />
        <location filename="../../ui/screens/household.py" line="135" />
        <source>Volwassene zonder kaart (medewerker WIL)</source>
        <translation>Adulte sans carte (agent WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="110" />
        <source>Datum van de brief, contact en voorkeuren</source>
        <translation>Date de la lettre, contact et préférences</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="114" />
        <source>Niemand heeft een identiteitskaart die de computer kan lezen. Schrijf elke volwassene op. WIL kijkt de documenten na: de kiosk drukt het papieren formulier en een afspraakbriefje af.</source>
        <translation>Personne n'a de carte d'identité que l'ordinateur peut lire. Notez chaque adulte. WIL vérifie les documents : la borne imprime le formulaire papier et une fiche de rendez-vous.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="133" />
        <source>Volwassene zonder leesbare kaart toevoegen</source>
        <translation>Ajouter un adulte sans carte lisible</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="140" />
        <source>Gelukt: de bevestiging is ondertekend.</source>
        <translation>Réussi : la confirmation est signée.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="176" />
        <source>Gevonden bij het register: kandidaatnummer %1.</source>
        <translation>Trouvé dans le registre : numéro de candidat %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="185" />
        <source>Zonder kaart vragen we het register nog niets. WIL zoekt uw gezin op als het de documenten heeft gezien.</source>
        <translation>Sans carte, nous ne demandons encore rien au registre. WIL recherche votre ménage après avoir vu les documents.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="190" />
        <source>Het register is nu niet bereikbaar. We konden niet nakijken wie in uw gezin nog moet bevestigen. We gaan verder; uw bewijs blijft voorlopig tot het register alles heeft nagekeken.</source>
        <translation>Le registre n'est pas joignable maintenant. Nous n'avons pas pu vérifier qui dans votre ménage doit encore confirmer. Nous continuons ; votre preuve reste provisoire jusqu'à ce que le registre ait tout vérifié.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="121" />
        <source>Verder naar de vragen</source>
        <translation>Continuer vers les questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="122" />
        <source>Vragen en bevestigen voor de persoon van de kaart</source>
        <translation>Questions et confirmation pour la personne de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="178" />
        <source>Brief van %1.</source>
        <translation>Lettre du %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="180" />
        <source>Herinnering van %1.</source>
        <translation>Rappel du %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="182" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>Nous cherchons votre ménage dans le registre…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="195" />
        <source>Niet gevonden bij het register: dit wordt een nieuwe inschrijving.</source>
        <translation>Pas trouvé dans le registre : ce sera une nouvelle inscription.</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/screens/identity.py" line="52" />
        <source>Kloppen deze gegevens?</source>
        <translation>Ces données sont-elles correctes ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="53" />
        <source>Ik heb de kaart bekeken: verder (medewerker WIL)</source>
        <translation>J'ai vérifié la carte : continuer (agent WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="54" />
        <source>Ja, dit klopt. Verder</source>
        <translation>Oui, c'est correct. Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="70" />
        <source>Foto van de kaart</source>
        <translation>Photo de la carte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="72" />
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="80" />
        <source>Geboren: %1</source>
        <translation>Né(e) le : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="81" />
        <source>Geboortedatum</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="84" />
        <source>Adres</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="93" />
        <source>U beantwoordt de vragen en tekent voor %1, met uw eigen identiteitskaart.</source>
        <translation>Vous répondez aux questions et signez pour %1, avec votre propre carte d'identité.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="105" />
        <source>Geen foto</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="109" />
        <source>De kaart is echt.</source>
        <translation>La carte est authentique.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="110" />
        <source>Oefenkaart: alleen goed voor de oefenmodus.</source>
        <translation>Carte d'exercice : valable seulement en mode exercice.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="116" />
        <location filename="../../ui/screens/identity.py" line="119" />
        <source>We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken.</source>
        <translation>Nous ne pouvons pas vérifier si cette carte est authentique. Un agent de WIL doit examiner la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="55" />
        <source>Een medewerker van WIL heeft de kaart bekeken.</source>
        <translation>Un collaborateur de WIL a examiné la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="112" />
        <source>Deze kaart is niet meer geldig. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad.</source>
        <translation>Cette carte n'est plus valable. Vous ne pouvez pas signer avec elle. Un collaborateur de WIL vous aide. Demandez une nouvelle carte à votre commune : vous recevez une fiche d'aide pour cela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="141" />
        <source>Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw.</source>
        <translation>La vérification de la carte n'a pas pu être enregistrée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>InsertCardScreen</name>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="46" />
        <source>Steek uw identiteitskaart in de lezer</source>
        <translation>Insérez votre carte d'identité dans le lecteur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="47" />
        <source>De chip moet naar boven wijzen, naar de lezer toe.</source>
        <translation>La puce doit être vers le haut, vers le lecteur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="50" />
        <source>Er zit nog een kaart in de lezer. Haal ze eruit en steek dan uw eigen kaart in.</source>
        <translation>Il y a encore une carte dans le lecteur. Retirez-la, puis insérez votre propre carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="55" />
        <source>Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. Werkt het nog niet, vraag dan hulp aan de vrijwilliger.</source>
        <translation>Rien ne se passe ? Retirez la carte et insérez-la de nouveau. Si cela ne marche toujours pas, demandez de l'aide au bénévole.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="62" />
        <source>Geen leesbare identiteitskaart</source>
        <translation>Pas de carte d'identité lisible</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="64" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd: ga verder zonder kaart</source>
        <translation>Passeport, documents de réfugié, carte perdue, cassée ou demandée : continuer sans carte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="82" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Le lecteur attend une carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="83" />
        <source>Even geduld: we lezen de kaart. Haal de kaart er niet uit.</source>
        <translation>Un instant : nous lisons la carte. Ne retirez pas la carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="84" />
        <source>De kaart is gelezen.</source>
        <translation>La carte a été lue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="85" />
        <source>De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw.</source>
        <translation>La carte n'a pas pu être lue. Retirez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source> (oefenmodus)</source>
        <translation> (mode exercice)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>CIR-kiosk</source>
        <translation>Borne CIR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296" />
        <source>Bent u er nog? Over %n seconde(n) sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>
            <numerusform>Êtes-vous toujours là ? Dans %n seconde, nous fermons la visite et effaçons l'écran. Touchez l'écran ou appuyez sur une touche pour continuer.</numerusform>
            <numerusform>Êtes-vous toujours là ? Dans %n secondes, nous fermons la visite et effaçons l'écran. Touchez l'écran ou appuyez sur une touche pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. Vraag hulp aan de coördinator.</source>
        <translation>Attention : le brouillon n'a pas pu être enregistré. Ce qui a été fait pendant cette visite doit être refait. Demandez de l'aide au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt.</source>
        <translation>MODE EXERCICE : cartes et registre d'exercice. Rien n'est réel.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Even geduld…</source>
        <translation>Un instant…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/screens/member_form.py" line="77" />
        <source>Voornaam</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="78" />
        <source>Familienaam</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="79" />
        <source>Geboortedatum</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="74" />
        <source>Rijksregisternummer</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="73" />
        <source>Rijksregisternummer (als u het weet)</source>
        <translation>Numéro de registre national (si vous le connaissez)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="81" />
        <source>Waarom geen leesbare kaart?</source>
        <translation>Pourquoi pas de carte lisible ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="87" />
        <source>Toevoegen</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="122" />
        <source>Vul de voornaam en de familienaam in.</source>
        <translation>Remplissez le prénom et le nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="137" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Ce numéro de registre national n'est pas correct. Vérifiez les 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="140" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Seul un agent de WIL peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="143" />
        <source>Deze persoon staat al in het gezin.</source>
        <translation>Cette personne fait déjà partie du ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="147" />
        <source>Deze persoon is minderjarig. Voeg een kind toe.</source>
        <translation>Cette personne est mineure. Ajoutez un enfant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="149" />
        <source>Deze persoon is volwassen. Voeg een volwassene toe met de kaart.</source>
        <translation>Cette personne est adulte. Ajoutez un adulte avec sa carte.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="30" />
        <source>vrijwilliger</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="31" />
        <source>WIL-medewerker</source>
        <translation>collaborateur WIL</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="32" />
        <source>coördinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="157" />
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="161" />
        <source>Kies een operator om die uit te schakelen of een nieuw wachtwoord te geven. Een nieuwe operator voegt u toe bij 'Nieuwe operator'.</source>
        <translation>Choisissez un opérateur pour le désactiver ou lui donner un nouveau mot de passe. Ajoutez un nouvel opérateur sous « Nouvel opérateur ».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="165" />
        <source>Uitschakelen</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="166" />
        <location filename="../../ui/screens/operators_tab.py" line="169" />
        <location filename="../../ui/screens/operators_tab.py" line="170" />
        <location filename="../../ui/screens/operators_tab.py" line="172" />
        <source>Nieuw wachtwoord</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="167" />
        <source>Ja, uitschakelen</source>
        <translation>Oui, désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="168" />
        <location filename="../../ui/screens/operators_tab.py" line="175" />
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="171" />
        <location filename="../../ui/screens/operators_tab.py" line="173" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation>Le même mot de passe encore une fois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="174" />
        <source>Wachtwoord bewaren</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="190" />
        <source>uitgeschakeld</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="193" />
        <source>vergrendeld tot %1 (te veel foute wachtwoorden)</source>
        <translation>bloqué jusqu'à %1 (trop de mots de passe erronés)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="194" />
        <source>actief</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="224" />
        <source>Uzelf uitschakelen? U wordt meteen afgemeld en kunt niet meer aanmelden.</source>
        <translation>Vous désactiver vous-même ? Vous serez déconnecté tout de suite et ne pourrez plus vous connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="226" />
        <source>%1 uitschakelen? Die operator kan daarna niet meer aanmelden.</source>
        <translation>Désactiver %1 ? Cet opérateur ne pourra plus se connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="248" />
        <source>%1 is uitgeschakeld.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="255" />
        <source>Nieuw wachtwoord voor %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="273" />
        <source>Het wachtwoord van %1 is veranderd.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="279" />
        <source>%1 is toegevoegd en kan nu aanmelden.</source>
        <translation>%1 a été ajouté et peut maintenant se connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="294" />
        <source>Vul een naam in.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="295" />
        <source>Een naam heeft 1 tot 100 gewone tekens.</source>
        <translation>Un nom a de 1 à 100 caractères ordinaires.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="296" />
        <source>Kies minstens één rol.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="297" />
        <source>Er is al een operator met die naam. Kies een andere naam.</source>
        <translation>Il y a déjà un opérateur avec ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="299" />
        <source>Dit is de laatste actieve coördinator: die kan niet uitgeschakeld worden. Voeg eerst een andere coördinator toe.</source>
        <translation>C'est le dernier coordinateur actif : il ne peut pas être désactivé. Ajoutez d'abord un autre coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="302" />
        <source>Alleen een coördinator mag operators beheren.</source>
        <translation>Seul un coordinateur peut gérer les opérateurs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="303" />
        <source>Deze operator is uitgeschakeld.</source>
        <translation>Cet opérateur est désactivé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="304" />
        <source>Dit kan niet. Probeer opnieuw of vraag hulp.</source>
        <translation>Ce n'est pas possible. Réessayez ou demandez de l'aide.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../../ui/operators.py" line="68" />
        <source>Een wachtwoord heeft minstens %1 tekens.</source>
        <translation>Un mot de passe a au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="71" />
        <source>Een wachtwoord heeft hoogstens %1 tekens.</source>
        <translation>Un mot de passe a au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="74" />
        <source>Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.</source>
        <translation>Ce mot de passe figure sur une liste de mots de passe courants. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="78" />
        <source>Een wachtwoord mag niet uw naam of een woord van de kiosk zijn. Kies een ander.</source>
        <translation>Un mot de passe ne peut pas être votre nom ni un mot du kiosque. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="81" />
        <source>Een wachtwoord mag geen reeks zijn zoals 12345678 of aaaaaaaa. Kies een ander.</source>
        <translation>Un mot de passe ne peut pas être une suite comme 12345678 ou aaaaaaaa. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="84" />
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="68" />
        <source>Wissen</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="69" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="70" />
        <source>Stoppen</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="95" />
        <source>Getypte cijfers: %1</source>
        <translation>Chiffres tapés : %1</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../../ui/presentation_bar.py" line="63" />
        <source>Grotere letters (%1 van %2)</source>
        <translation>Lettres plus grandes (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="65" />
        <source>Kleinere letters</source>
        <translation>Lettres plus petites</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="66" />
        <source>Hoog contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="67" />
        <source>Voorlezen</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="68" />
        <source>Taal</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/screens/privacy.py" line="38" />
        <source>Wat we lezen van uw identiteitskaart</source>
        <translation>Ce que nous lisons sur votre carte d'identité</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="39" />
        <source>Voor de volgende volwassene: lees dit eerst.</source>
        <translation>Pour l'adulte suivant : lisez d'abord ceci.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="41" />
        <location filename="../../ui/screens/privacy.py" line="79" />
        <source>We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.</source>
        <translation>Nous lisons votre nom, votre date de naissance, votre numéro de registre national et votre adresse sur votre carte.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="44" />
        <source>Uw foto ziet u alleen op het scherm. We bewaren de foto niet.</source>
        <translation>Votre photo apparaît seulement à l'écran. Nous ne gardons pas la photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="46" />
        <source>Uw gegevens worden beveiligd bewaard en gewist als uw dossier klaar is.</source>
        <translation>Vos données sont conservées de façon sécurisée et effacées quand votre dossier est terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="48" />
        <source>Terug</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="49" />
        <source>Ik begrijp het. Verder</source>
        <translation>Je comprends. Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="59" />
        <source>Dat is nodig om uw inschrijving voor een sociale woning te bevestigen. Het centraal inschrijvingsregister is van de Vlaamse overheid (Wonen in Vlaanderen). %1 behandelt uw dossier.</source>
        <translation>C'est nécessaire pour confirmer votre inscription pour un logement social. Le registre central des inscriptions appartient au gouvernement flamand (Wonen in Vlaanderen). %1 traite votre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="72" />
        <source>Zonder kaart schrijven we op: uw naam, uw geboortedatum en, als u het weet, uw rijksregisternummer.</source>
        <translation>Sans carte, nous notons : votre nom, votre date de naissance et, si vous le connaissez, votre numéro de registre national.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../ui/screens/questions.py" line="83" />
        <source>Vragen over uw situatie</source>
        <translation>Questions sur votre situation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="84" />
        <source>Ja</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="85" />
        <source>Nee</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="86" />
        <source>Vorige vraag</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="87" />
        <source>Terug naar het gezin</source>
        <translation>Retour au ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="88" />
        <source>Alle vragen zijn beantwoord.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="89" />
        <location filename="../../ui/screens/questions.py" line="90" />
        <source>Verder</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="94" />
        <source>U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie.</source>
        <translation>Vous répondez pour le membre du ménage absent, avec sa procuration. Pensez à sa situation.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="97" />
        <source>We zoeken uw gezin op bij het register… Even geduld.</source>
        <translation>Nous cherchons votre ménage dans le registre… Un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="102" />
        <source>Ja, stop de inschrijving van mijn gezin</source>
        <translation>Oui, arrêtez l'inscription de mon ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="103" />
        <source>Nee, ik wil ingeschreven blijven</source>
        <translation>Non, je veux rester inscrit(e)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="105" />
        <source>Ja, ik hoor niet meer bij dit gezin</source>
        <translation>Oui, je ne fais plus partie de ce ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="106" />
        <source>Nee, terug naar de vraag</source>
        <translation>Non, retour à la question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="142" />
        <source>Vraag %1 van %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="164" />
        <source>De kiosk beslist hier niets over: WIL kijkt het na. U kunt gewoon verder.</source>
        <translation>La borne ne décide rien à ce sujet : WIL vérifie. Vous pouvez simplement continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="167" />
        <source>U antwoordde: nee, u wilt niet ingeschreven blijven. Weet u het zeker? Als u stopt, verliest uw gezin zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u later toch een sociale woning, dan moet u zich opnieuw inschrijven en begint u achteraan.</source>
        <translation>Vous avez répondu : non, vous ne voulez pas rester inscrit(e). En êtes-vous sûr(e) ? Si vous arrêtez, votre ménage perd sa place sur la liste d'attente et le temps d'attente déjà accumulé. Si vous voulez quand même un logement social plus tard, vous devrez vous réinscrire et vous recommencerez en fin de liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="173" />
        <source>U antwoordde nee. Dan noteren we dat u vandaag uit dit gezin bent weggegaan. De anderen blijven ingeschreven. U hoeft niets te ondertekenen. Klopt dat?</source>
        <translation>Vous avez répondu non. Nous notons alors que vous avez quitté ce ménage aujourd'hui. Les autres restent inscrits. Vous ne devez rien signer. Est-ce exact ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="178" />
        <source>Zeg het aan de begeleider. Die noteert bij 'Uw gezin' wie er wegging of bijkwam, met de datum.</source>
        <translation>Dites-le à l'accompagnateur. Il note dans « Votre ménage » qui est parti ou arrivé, avec la date.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="183" />
        <source>Zonder inschrijving in het bevolkingsregister of het vreemdelingenregister, of een referentieadres, kunt u zich nu niet inschrijven voor een sociale woning. Wat kunt u doen? Laat u inschrijven bij de gemeente waar u woont, of vraag een referentieadres aan het OCMW.</source>
        <translation>Sans inscription au registre de la population ou au registre des étrangers, ou une adresse de référence, vous ne pouvez pas vous inscrire maintenant pour un logement social. Que pouvez-vous faire ? Inscrivez-vous à la commune où vous habitez, ou demandez une adresse de référence au CPAS.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="188" />
        <source>Dan is uw inkomen misschien te hoog voor een sociale woning.</source>
        <translation>Vos revenus sont alors peut-être trop élevés pour un logement social.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="191" />
        <source>Wie een woning of bouwgrond heeft, kan meestal geen sociale woning huren. Misschien geldt er toch een uitzondering.</source>
        <translation>Qui possède un logement ou un terrain à bâtir ne peut généralement pas louer un logement social. Une exception s'applique peut-être.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="194" />
        <source>Sinds 2024 telt ook uw spaargeld en uw beleggingen (de middelentoets).</source>
        <translation>Depuis 2024, votre épargne et vos placements comptent aussi (le contrôle des moyens).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="197" />
        <source>De grens is %1 euro.</source>
        <translation>La limite est de %1 euros.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw ontvangstbewijs</source>
        <translation>Votre accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw bewijs van stopzetting</source>
        <translation>Votre preuve d'arrêt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="81" />
        <source>Nu verzenden</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="87" />
        <source>Definitief ontvangstbewijs</source>
        <translation>Récépissé définitif</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="89" />
        <source>Het definitieve ontvangstbewijs, met uw dossiernummer, kunt u nu bekijken en afdrukken.</source>
        <translation>Vous pouvez maintenant voir et imprimer le récépissé définitif, avec votre numéro de dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="92" />
        <source>Voorlopig ontvangstbewijs</source>
        <translation>Récépissé provisoire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="94" />
        <source>Het voorlopige ontvangstbewijs kunt u nu bekijken en afdrukken. Komt het dossiernummer terwijl u hier bent, dan kunt u hier het definitieve afdrukken.</source>
        <translation>Vous pouvez maintenant voir et imprimer le récépissé provisoire. Si le numéro de dossier arrive pendant que vous êtes ici, vous pourrez imprimer ici le récépissé définitif.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="97" />
        <location filename="../../ui/screens/receipt.py" line="106" />
        <source>Bekijken</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="98" />
        <location filename="../../ui/screens/receipt.py" line="107" />
        <source>Afdrukken</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="85" />
        <source>Het bewijs van stopzetting kunt u bekijken en afdrukken.</source>
        <translation>Vous pouvez consulter et imprimer la preuve d'arrêt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="100" />
        <source>Andere papieren voor u: bekijk ze of druk ze af.</source>
        <translation>Autres papiers pour vous : regardez-les ou imprimez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="101" />
        <source>Opnieuw afdrukken</source>
        <translation>Imprimer encore une fois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="102" />
        <source>Bezoek afsluiten</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112" />
        <source>Bewijs van stopzetting</source>
        <translation>Preuve d'arrêt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="114" />
        <source>Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt</source>
        <translation>Fiche d'aide : code PIN, itsme, nouvelle carte eID et où trouver de l'aide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="116" />
        <source>Brief: wat nog moet gebeuren, en tegen wanneer</source>
        <translation>Lettre : ce qu'il reste à faire, et pour quand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="118" />
        <source>Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer</source>
        <translation>Rendez-vous chez WIL : ce que vous apportez, où et pour quand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="120" />
        <source>Uw inschrijving: wat u koos en wat u moet weten</source>
        <translation>Votre inscription : ce que vous avez choisi et ce que vous devez savoir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="129" />
        <source>Papieren formulier voor de partner</source>
        <translation>Formulaire papier pour le ou la partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="131" />
        <source>Papieren formulier voor volwassene %1</source>
        <translation>Formulaire papier pour l'adulte %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="146" />
        <source>Uw referentie: %1</source>
        <translation>Votre référence : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="318" />
        <source>Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen. WIL verwerkt ze in het register.</source>
        <translation>Envoyé : WIL a reçu votre demande d'arrêter l'inscription. WIL la traite dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="330" />
        <source>Bewaard. Even geduld: we verzenden uw vraag nu naar WIL.</source>
        <translation>Enregistré. Un instant : nous envoyons maintenant votre demande à WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="338" />
        <source>Bewaard. WIL is nu niet bereikbaar: we verzenden uw vraag later vanzelf. WIL verwerkt ze in het register.</source>
        <translation>Enregistré. WIL n'est pas joignable pour l'instant : nous enverrons votre demande plus tard, automatiquement. WIL la traite dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="350" />
        <source>Bewaard. Uw vraag om de inschrijving te stoppen wordt naar WIL verzonden. WIL verwerkt ze in het register.</source>
        <translation>Enregistré. Votre demande d'arrêter l'inscription est envoyée à WIL. WIL la traite dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="155" />
        <source>Uw dossiernummer: %1</source>
        <translation>Votre numéro de dossier : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="173" />
        <source>Bewaard om later verder te doen. Er is nog niets te verzenden.</source>
        <translation>Enregistré pour continuer plus tard. Il n'y a encore rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="324" />
        <source>Verzonden: het register heeft uw dossier ontvangen. Het dossiernummer komt later. Tot dan is dit ontvangstbewijs voorlopig.</source>
        <translation>Envoyé : le registre a reçu votre dossier. Le numéro de dossier viendra plus tard. D'ici là, ce récépissé est provisoire.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="334" />
        <source>Bewaard. Even geduld: we verzenden het nu naar het register.</source>
        <translation>Enregistré. Un instant : nous l'envoyons maintenant au registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="344" />
        <source>Bewaard. Het register is nu niet bereikbaar: we verzenden later vanzelf. Tot het dossiernummer er is, is dit ontvangstbewijs voorlopig.</source>
        <translation>Enregistré. Le registre n'est pas joignable pour l'instant : nous enverrons plus tard, automatiquement. Tant que le numéro de dossier n'est pas là, ce récépissé est provisoire.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="355" />
        <source>Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. Het dossiernummer komt zodra het register alles heeft.</source>
        <translation>Enregistré. Preuve provisoire : il est envoyé au registre. Le numéro de dossier arrive dès que le registre a tout.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="167" />
        <source>Bewaard. WIL moet eerst uw documenten zien. Neem het afspraakbriefje en het papieren formulier mee.</source>
        <translation>Enregistré. WIL doit d'abord voir vos documents. Emportez la fiche de rendez-vous et le formulaire papier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>Even geduld: het papier wordt gemaakt.</source>
        <translation>Un instant : le papier est en préparation.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="253" />
        <location filename="../../ui/screens/receipt.py" line="259" />
        <source>Even geduld: het papier gaat naar de printer.</source>
        <translation>Un instant : le papier part vers l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="280" />
        <source>De printer werkt nu niet. Het papier is bewaard: probeer opnieuw, of vraag het later aan een medewerker.</source>
        <translation>L'imprimante ne marche pas maintenant. Le papier est gardé : essayez encore, ou demandez-le plus tard à un membre du personnel.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="291" />
        <source>Het papier kon niet gemaakt worden. Probeer opnieuw of vraag een medewerker.</source>
        <translation>Le document n'a pas pu être créé. Réessayez ou demandez à un collaborateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="132" />
        <source>Ontvangstbewijs</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="127" />
        <source>Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)</source>
        <translation>Formulaire papier pour le locataire de référence (la personne au nom de qui l'inscription est faite)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="157" />
        <source>Het register heeft uw dossier ontvangen en een dossiernummer gegeven.</source>
        <translation>Le registre a reçu votre dossier et lui a donné un numéro de dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="273" />
        <source>Afgedrukt. Neem het papier mee.</source>
        <translation>Imprimé. Prenez le papier avec vous.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="158" />
        <source>Uiterste datum op de brief</source>
        <translation>Date limite sur la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="159" />
        <source>Telefoon (mag leeg blijven)</source>
        <translation>Téléphone (peut rester vide)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="160" />
        <source>E-mail (mag leeg blijven)</source>
        <translation>E-mail (peut rester vide)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="161" />
        <source>Brieven: ter attentie van (bijvoorbeeld OCMW)</source>
        <translation>Courrier : à l'attention de (par exemple le CPAS)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="162" />
        <source>Brieven: straat en nummer</source>
        <translation>Courrier : rue et numéro</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="163" />
        <source>Brieven: postcode en gemeente</source>
        <translation>Courrier : code postal et commune</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="164" />
        <source>Gemeenten (met komma's ertussen)</source>
        <translation>Communes (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="165" />
        <source>Soort woning</source>
        <translation>Type de logement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="166" />
        <source>Maximale huur per maand (0: geen maximum)</source>
        <translation>Loyer maximum par mois (0 : pas de maximum)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="167" />
        <source>Mantelzorg: in welke gemeente?</source>
        <translation>Aidant proche : dans quelle commune ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="184" />
        <location filename="../../ui/screens/registration_panel.py" line="185" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="189" />
        <source>Datum opslaan</source>
        <translation>Enregistrer la date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="190" />
        <source>Datum wissen</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="191" />
        <source>Dit is een referentieadres (geen eigen woning)</source>
        <translation>C'est une adresse de référence (pas de logement à soi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="192" />
        <source>Voorkeuren voor de nieuwe inschrijving</source>
        <translation>Préférences pour la nouvelle inscription</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Huis</source>
        <translation>Maison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Appartement</source>
        <translation>Appartement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="196" />
        <source>Iemand heeft een aangepaste woning nodig (handicap)</source>
        <translation>Quelqu'un a besoin d'un logement adapté (handicap)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="197" />
        <source>Gegevens opslaan</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="238" />
        <source>Deze datum ligt meer dan een jaar van vandaag. Kijk het jaartal na.</source>
        <translation>Cette date est à plus d'un an d'aujourd'hui. Vérifiez l'année.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="281" />
        <source>Dit telefoonnummer klopt niet: het heeft 9 tot 15 cijfers.</source>
        <translation>Ce numéro de téléphone n'est pas correct : il a 9 à 15 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="282" />
        <source>Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.be.</source>
        <translation>Cette adresse e-mail n'est pas correcte. Elle ressemble à nom@exemple.be.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="284" />
        <source>Vul het adres voor brieven helemaal in: straat, nummer, postcode en gemeente.</source>
        <translation>Remplissez entièrement l'adresse pour le courrier : rue, numéro, code postal et commune.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="286" />
        <source>Schrijf de gemeenten in letters, met komma's ertussen.</source>
        <translation>Écrivez les communes en lettres, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="287" />
        <source>Schrijf de gemeente in letters.</source>
        <translation>Écrivez la commune en lettres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="288" />
        <source>De maximale huur klopt niet.</source>
        <translation>Le loyer maximum n'est pas correct.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="290" />
        <source>Kijk de gegevens na.</source>
        <translation>Vérifiez les données.</translation>
    </message>
</context>
<context>
    <name>ReprintsWidget</name>
    <message>
        <location filename="../../ui/reprints.py" line="112" />
        <source>Een ontvangstbewijs opnieuw afdrukken: kies de referentie die op het papier van de kandidaat staat. De kopie komt uit het bewaarde dossier en staat in het auditlog.</source>
        <translation>Réimprimer un reçu : choisissez la référence qui figure sur le papier du candidat. La copie vient du dossier enregistré et est notée dans le journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="116" />
        <source>Taal van de samenvatting:</source>
        <translation>Langue du résumé :</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="117" />
        <source>Taal van de samenvatting</source>
        <translation>Langue du résumé</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="118" />
        <source>Bewaarde dossiers</source>
        <translation>Dossiers enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="119" />
        <source>Vernieuwen</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="120" />
        <source>Kopie bekijken</source>
        <translation>Voir la copie</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="121" />
        <source>Kopie afdrukken</source>
        <translation>Imprimer la copie</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="122" />
        <source>Wachtende papieren afdrukken</source>
        <translation>Imprimer les papiers en attente</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>definitief</source>
        <translation>définitif</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>voorlopig</source>
        <translation>provisoire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="236" />
        <source>%n papier(en) wachten op de printer.</source>
        <translation>
            <numerusform>%n document attend l'imprimante.</numerusform>
            <numerusform>%n documents attendent l'imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="252" />
        <source>%n papier(en) afgedrukt.</source>
        <translation>
            <numerusform>%n document imprimé.</numerusform>
            <numerusform>%n documents imprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="132" />
        <location filename="../../ui/reprints.py" line="154" />
        <source>Er zijn nog geen bewaarde dossiers.</source>
        <translation>Il n'y a pas encore de dossier enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="165" />
        <source>Kies eerst een referentie in de lijst.</source>
        <translation>Choisissez d'abord une référence dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="168" />
        <source>Even geduld: de kopie wordt gemaakt.</source>
        <translation>Un instant : la copie est en préparation.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="187" />
        <source>Kopie van het ontvangstbewijs</source>
        <translation>Copie du reçu</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="205" />
        <source>Even geduld: de kopie gaat naar de printer.</source>
        <translation>Un instant : la copie part vers l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="212" />
        <source>De kopie is afgedrukt.</source>
        <translation>La copie est imprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="217" />
        <location filename="../../ui/reprints.py" line="257" />
        <source>Afdrukken lukte niet: %1. Het papier wacht tot de printer werkt.</source>
        <translation>L'impression n'a pas réussi : %1. Le papier attend que l'imprimante fonctionne.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="239" />
        <source>Er wachten geen papieren op de printer.</source>
        <translation>Aucun papier n'attend l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="245" />
        <source>Even geduld: de wachtende papieren gaan naar de printer.</source>
        <translation>Un instant : les papiers en attente partent vers l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="265" />
        <source>Uw rol laat dit niet toe.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="267" />
        <source>Dat lukte niet (%1).</source>
        <translation>Cela n'a pas réussi (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="49" />
        <source>Nakijken</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="50" />
        <source>Terug naar het gezin</source>
        <translation>Retour au ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="51" />
        <source>Klaar. Afronden</source>
        <translation>Terminé. Finaliser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="70" />
        <source>Voor het gezin: %1</source>
        <translation>Pour le ménage : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="84" />
        <source>Het register was niet bereikbaar: we konden niet nakijken wie in uw gezin nog moet bevestigen. Uw bewijs is daarom voorlopig. WIL kijkt het na zodra alles verzonden is.</source>
        <translation>Le registre n'était pas joignable : nous n'avons pas pu vérifier qui dans votre ménage doit encore confirmer. Votre preuve est donc provisoire. WIL la vérifie dès que tout est envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95" />
        <source>De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt. Na 'Afronden' krijgt u een bewijs van stopzetting.</source>
        <translation>Le locataire de référence a signé que le ménage arrête l'inscription. Après « Terminer », vous recevez une preuve d'arrêt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99" />
        <source>Het gezin wil de inschrijving stoppen, maar de referentiehuurder moet nog tekenen.</source>
        <translation>Le ménage veut arrêter l'inscription, mais le locataire de référence doit encore signer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="102" />
        <source>%n volwassene(n) bevestigd en er ontbreekt niets.</source>
        <translation>
            <numerusform>L'adulte a confirmé et rien ne manque.</numerusform>
            <numerusform>Tous les adultes ont confirmé et rien ne manque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="105" />
        <source>Nog niet klaar: nog %n volwassene(n) moet(en) bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>
            <numerusform>Pas encore terminé : %n adulte doit encore confirmer. Votre dossier n'est complet que lorsque tous les adultes ont confirmé.</numerusform>
            <numerusform>Pas encore terminé : %n adultes doivent encore confirmer. Votre dossier n'est complet que lorsque tous les adultes ont confirmé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="111" />
        <source>Nog niet klaar: er ontbreekt nog iets. Kijk hieronder wat en tegen wanneer.</source>
        <translation>Pas encore terminé : il manque encore quelque chose. Regardez ci-dessous quoi et pour quand.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="113" />
        <source>Dit wordt een nieuwe inschrijving.</source>
        <translation>Ce sera une nouvelle inscription.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="127" />
        <source>Bewaren is niet gelukt. Er is niets verloren: probeer opnieuw, of roep de coördinator.</source>
        <translation>L'enregistrement n'a pas réussi. Rien n'est perdu : réessayez, ou appelez le coordinateur.</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="76" />
        <source>Rol in het gezin: %1. Kies een andere rol als dat niet klopt.</source>
        <translation>Rôle dans le ménage : %1. Choisissez un autre rôle si ce n'est pas correct.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="79" />
        <source>Nieuwe inschrijving: kies de rol van %1 in het gezin.</source>
        <translation>Nouvelle inscription : choisissez le rôle de %1 dans le ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="98" />
        <source>Het register bepaalt de rollen van dit gezin.</source>
        <translation>Le registre détermine les rôles de ce ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="99" />
        <source>Het gezin heeft al een referentiehuurder of een partner. Kies een andere rol.</source>
        <translation>Le ménage a déjà un locataire de référence ou un partenaire. Choisissez un autre rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="100" />
        <source>Iemand jonger dan 18 is een kind in het gezin.</source>
        <translation>Une personne de moins de 18 ans est un enfant du ménage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="101" />
        <source>Iemand van 18 of ouder is geen kind in deze lijst. Kies een andere rol.</source>
        <translation>Une personne de 18 ans ou plus n'est pas un enfant dans cette liste. Choisissez un autre rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="102" />
        <source>Deze persoon heeft al bevestigd. De rol kan niet meer veranderen.</source>
        <translation>Cette personne a déjà confirmé. Le rôle ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="104" />
        <source>Dat kan niet.</source>
        <translation>Ce n'est pas possible.</translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="115" />
        <location filename="../../ui/screens/routes_panel.py" line="116" />
        <source>Rijksregisternummer op het document</source>
        <translation>Numéro de registre national sur le document</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="117" />
        <source>Documenten nagekeken (medewerker WIL)</source>
        <translation>Documents vérifiés (collaborateur WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="118" />
        <source>Vragen en bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>Questions et confirmation par un collaborateur WIL (sa propre carte)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="119" />
        <source>Een bewindvoerder of volmachthouder tekent voor deze persoon</source>
        <translation>Un administrateur ou un mandataire signe pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="121" />
        <source>Bewindvoerder (met de beslissing van de vrederechter)</source>
        <translation>Administrateur (avec la décision du juge de paix)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="122" />
        <source>Volmachthouder die niet in het gezin woont (medewerker WIL)</source>
        <translation>Mandataire qui n'habite pas dans le ménage (collaborateur WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="129" />
        <source>Wie tekent?</source>
        <translation>Qui signe ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="130" />
        <location filename="../../ui/screens/routes_panel.py" line="131" />
        <source>Rijksregisternummer van deze persoon</source>
        <translation>Numéro de registre national de cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="132" />
        <source>Beslissing of volmacht: bestand toevoegen</source>
        <translation>Décision ou procuration : ajouter un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="133" />
        <source>Getoond aan de balie (medewerker WIL)</source>
        <translation>Montré au guichet (collaborateur WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="137" />
        <source>Haal de kaart uit de lezer. Dan steekt de bewindvoerder of volmachthouder de eigen identiteitskaart in.</source>
        <translation>Retirez la carte du lecteur. Ensuite, l'administrateur ou le mandataire insère sa propre carte d'identité.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="142" />
        <source>Ontvoogd door de rechter</source>
        <translation>Émancipé par le juge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="143" />
        <source>Begeleid zelfstandig wonen</source>
        <translation>Logement autonome accompagné</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="150" />
        <source>Waarom mag deze minderjarige zich inschrijven?</source>
        <translation>Pourquoi ce mineur peut-il s'inscrire ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="151" />
        <source>Deze minderjarige mag zich inschrijven</source>
        <translation>Ce mineur peut s'inscrire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="152" />
        <source>Toch niet</source>
        <translation>Finalement non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="203" />
        <location filename="../../ui/screens/routes_panel.py" line="253" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Ce numéro de registre national n'est pas correct. Vérifiez les 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="206" />
        <source>Dit rijksregisternummer hoort bij iemand anders.</source>
        <translation>Ce numéro de registre national appartient à quelqu'un d'autre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="209" />
        <location filename="../../ui/screens/routes_panel.py" line="220" />
        <location filename="../../ui/screens/routes_panel.py" line="259" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Seul un collaborateur de WIL peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="222" />
        <source>Kijk eerst de documenten na en vul het rijksregisternummer in.</source>
        <translation>Vérifiez d'abord les documents et indiquez le numéro de registre national.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="236" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="246" />
        <source>Kies eerst een volwassene in de lijst.</source>
        <translation>Choisissez d'abord un adulte dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="263" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>Ce fichier est trop grand ou vide.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="265" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Ce type de fichier n'est pas possible. Choisissez un PDF ou une photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="268" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>Ce numéro de registre national n'est pas celui de cet adulte au registre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="271" />
        <source>Kies een volwassene die nog moet bevestigen.</source>
        <translation>Choisissez un adulte qui doit encore confirmer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="291" />
        <source>Dit kan alleen voor een minderjarige die nog niet bevestigde.</source>
        <translation>Ce n'est possible que pour un mineur qui n'a pas encore confirmé.</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="8" />
        <source>Wilt u ingeschreven blijven voor een sociale woning?</source>
        <translation>Voulez-vous rester inscrit pour un logement social ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="9" />
        <source>Zegt u nee, dan schrappen we uw inschrijving. U verliest dan uw plaats op de wachtlijst.</source>
        <translation>Si vous dites non, nous supprimons votre inscription. Vous perdez alors votre place sur la liste d'attente.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="10" />
        <source>Woont er iemand anders bij u dan vorig jaar? Of is er iemand weggegaan?</source>
        <translation>Quelqu'un d'autre habite-t-il chez vous par rapport à l'an dernier ? Ou quelqu'un est-il parti ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11" />
        <source>Bijvoorbeeld: een nieuwe partner, een baby, een kind dat het huis uit is.</source>
        <translation>Par exemple : un nouveau partenaire, un bébé, un enfant qui a quitté la maison.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12" />
        <source>Bent u gescheiden of uit elkaar gegaan?</source>
        <translation>Êtes-vous divorcé ou séparé ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13" />
        <source>Wonen uw kinderen een deel van de tijd bij u en een deel bij de andere ouder?</source>
        <translation>Vos enfants vivent-ils une partie du temps chez vous et une partie chez l'autre parent ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14" />
        <source>Dan tellen ze mee als ze regelmatig bij u verblijven. U moet dat op papier kunnen tonen.</source>
        <translation>Ils comptent alors s'ils séjournent régulièrement chez vous. Vous devez pouvoir le montrer sur papier.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="15" />
        <source>Heeft iemand in uw gezin een erkende handicap?</source>
        <translation>Quelqu'un dans votre ménage a-t-il un handicap reconnu ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="16" />
        <source>Een kind met een handicap telt dubbel mee. Een aangepaste woning kan voorrang geven.</source>
        <translation>Un enfant handicapé compte double. Un logement adapté peut donner la priorité.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17" />
        <source>Heeft u een aanslagbiljet van de belastingen van de laatste 3 jaar?</source>
        <translation>Avez-vous un avertissement-extrait de rôle des impôts des 3 dernières années ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18" />
        <source>Het aanslagbiljet is de brief van de belastingen met uw inkomen. U vindt het ook op MyMinfin.</source>
        <translation>L'avertissement-extrait de rôle est la lettre des impôts avec vos revenus. Vous le trouvez aussi sur MyMinfin.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="19" />
        <source>Is uw inkomen nu veel lager dan op dat aanslagbiljet?</source>
        <translation>Vos revenus sont-ils maintenant beaucoup plus bas que sur cet avertissement-extrait de rôle ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20" />
        <source>Bijvoorbeeld: u verloor uw werk of u krijgt nu een uitkering.</source>
        <translation>Par exemple : vous avez perdu votre travail ou vous recevez maintenant une allocation.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="21" />
        <source>Heeft u op dit moment helemaal geen inkomen?</source>
        <translation>N'avez-vous actuellement aucun revenu ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22" />
        <source>Krijgt u inkomen uit het buitenland, of van een internationale organisatie?</source>
        <translation>Recevez-vous des revenus de l'étranger, ou d'une organisation internationale ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23" />
        <source>Bent u (voor een deel) eigenaar van een woning of bouwgrond, in België of in het buitenland?</source>
        <translation>Êtes-vous (en partie) propriétaire d'un logement ou d'un terrain à bâtir, en Belgique ou à l'étranger ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24" />
        <source>Ook als u vruchtgebruik heeft. Er zijn uitzonderingen: vertel het ons, dan kijken we samen.</source>
        <translation>Aussi si vous avez l'usufruit. Il y a des exceptions : dites-le-nous, nous regarderons ensemble.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25" />
        <source>Kunt u niet in die woning wonen? Bijvoorbeeld: onbewoonbaar, onteigend, samen met uw ex, of een erfenis die u verkoopt.</source>
        <translation>Ne pouvez-vous pas habiter ce logement ? Par exemple : inhabitable, exproprié, en commun avec votre ex, ou un héritage que vous vendez.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26" />
        <source>Heeft u een collectieve schuldenregeling, budgetbegeleiding of budgetbeheer?</source>
        <translation>Avez-vous un règlement collectif de dettes, une guidance budgétaire ou une gestion budgétaire ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27" />
        <source>Dan telt uw inkomen dat u nu echt kunt besteden.</source>
        <translation>Alors ce sont les revenus que vous pouvez vraiment dépenser maintenant qui comptent.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28" />
        <source>Heeft u geen Belgische nationaliteit en geen bewijs van inschrijving in het bevolkingsregister?</source>
        <translation>N'avez-vous pas la nationalité belge et pas de preuve d'inscription au registre de la population ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="29" />
        <source>Erkende vluchtelingen tonen het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>Les réfugiés reconnus montrent l'attestation de réfugié et la décision du CGRA.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="30" />
        <source>Uw laatste aanslagbiljet van de belastingen (op MyMinfin)</source>
        <translation>Votre dernier avertissement-extrait de rôle (sur MyMinfin)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31" />
        <source>Bewijs van uw inkomen van de laatste 3 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Preuve de vos revenus des 3 derniers mois (fiches de paie, allocation, revenu d'intégration)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32" />
        <source>Verklaring op eer dat u geen inkomen heeft</source>
        <translation>Déclaration sur l'honneur que vous n'avez pas de revenus</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33" />
        <source>Bewijs van inkomen uit het buitenland</source>
        <translation>Preuve de revenus de l'étranger</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34" />
        <source>Akte van de woning of de bouwgrond (in België of in het buitenland)</source>
        <translation>Acte du logement ou du terrain à bâtir (en Belgique ou à l'étranger)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35" />
        <source>Bewijs waarom u er niet kunt wonen (onbewoonbaar, onteigend, samen met ex-partner, erfenis die u verkoopt)</source>
        <translation>Preuve de la raison pour laquelle vous ne pouvez pas y habiter (inhabitable, exproprié, avec l'ex-partenaire, héritage que vous vendez)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36" />
        <source>Attest van gezinssamenstelling van de gemeente</source>
        <translation>Attestation de composition de ménage de la commune</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37" />
        <source>Papieren van de scheiding of de feitelijke scheiding</source>
        <translation>Papiers du divorce ou de la séparation de fait</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38" />
        <source>Vonnis of overeenkomst over co-ouderschap of bezoekrecht</source>
        <translation>Jugement ou accord sur la coparentalité ou le droit de visite</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39" />
        <source>Attest van handicap (FOD Sociale Zekerheid of ziekenfonds, minstens 66%)</source>
        <translation>Attestation de handicap (SPF Sécurité sociale ou mutualité, au moins 66 %)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40" />
        <source>Vonnis collectieve schuldenregeling, of overeenkomst budgetbegeleiding of budgetbeheer</source>
        <translation>Jugement de règlement collectif de dettes, ou accord de guidance ou de gestion budgétaire</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="41" />
        <source>Verblijfsdocumenten (voor erkende vluchtelingen: attest van vluchteling en beslissing van het CGVS)</source>
        <translation>Documents de séjour (pour les réfugiés reconnus : attestation de réfugié et décision du CGRA)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42" />
        <source>Vonnis van ontvoogding of attest van de dienst begeleid zelfstandig wonen</source>
        <translation>Jugement d'émancipation ou attestation du service de logement autonome accompagné</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="43" />
        <source>Beslissing van de vrederechter die de bewindvoerder aanstelt</source>
        <translation>Décision du juge de paix qui désigne l'administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="44" />
        <source>Ondertekende volmacht van het gezinslid dat niet aanwezig kan zijn</source>
        <translation>Procuration signée du membre du ménage qui ne peut pas être présent</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="45" />
        <source>Zegt u nee, dan vragen we het nog een keer. Daarna stopt uw inschrijving en verliest u uw plaats op de wachtlijst.</source>
        <translation>Si vous dites non, nous vous le demandons encore une fois. Ensuite votre inscription s'arrête et vous perdez votre place sur la liste d'attente.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="46" />
        <source>Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft?</source>
        <translation>Habitez-vous encore dans ce ménage, et voulez-vous que le ménage reste inscrit ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="47" />
        <source>Zegt u nee, dan noteren we dat u niet meer bij dit gezin hoort. De anderen blijven ingeschreven.</source>
        <translation>Si vous dites non, nous notons que vous ne faites plus partie de ce ménage. Les autres restent inscrits.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="48" />
        <source>Is er sinds de vorige keer iemand bij u komen wonen, of weggegaan?</source>
        <translation>Depuis la dernière fois, quelqu'un est-il venu habiter chez vous, ou est-il parti ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="49" />
        <source>Bijvoorbeeld: een baby, een nieuwe partner, iemand die verhuisd of overleden is. De begeleider noteert het bij 'Uw gezin'.</source>
        <translation>Par exemple : un bébé, un nouveau partenaire, quelqu'un qui a déménagé ou est décédé. L'accompagnateur le note dans « Votre ménage ».</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="50" />
        <source>Staat u ingeschreven bij een gemeente in België? In het bevolkingsregister, in het vreemdelingenregister, of met een referentieadres.</source>
        <translation>Êtes-vous inscrit(e) dans une commune en Belgique ? Au registre de la population, au registre des étrangers, ou avec une adresse de référence.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="51" />
        <source>Heeft u een Belgische identiteitskaart of een verblijfskaart met uw adres, dan is het antwoord meestal ja. Een referentieadres kunt u vragen bij het OCMW.</source>
        <translation>Si vous avez une carte d'identité belge ou une carte de séjour avec votre adresse, la réponse est généralement oui. Vous pouvez demander une adresse de référence au CPAS.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="52" />
        <source>Bent u erkend als vluchteling, of heeft u subsidiaire bescherming?</source>
        <translation>Êtes-vous reconnu(e) comme réfugié(e), ou avez-vous la protection subsidiaire ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="53" />
        <source>Dan toont u het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>Vous montrez alors l'attestation de réfugié et la décision du CGRA.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="54" />
        <source>Was uw inkomen op dat aanslagbiljet hoger dan de grens voor een sociale woning?</source>
        <translation>Vos revenus sur cet avertissement-extrait de rôle étaient-ils supérieurs à la limite pour un logement social ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="55" />
        <source>Het inkomen op het aanslagbiljet telt. Weet u het niet? Zeg dan nee: WIL rekent het zelf na.</source>
        <translation>Ce sont les revenus de l'avertissement-extrait de rôle qui comptent. Vous ne savez pas ? Dites non : WIL fait le calcul lui-même.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="56" />
        <source>Verdient u nu minder dan op dat aanslagbiljet?</source>
        <translation>Gagnez-vous maintenant moins que sur cet avertissement-extrait de rôle ?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="57" />
        <source>Dan kan uw inkomen van nu tellen. U toont uw inkomen van minstens 3 van de laatste 6 maanden.</source>
        <translation>Vos revenus actuels peuvent alors compter. Vous montrez vos revenus d'au moins 3 des 6 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="58" />
        <source>Heeft u op dit moment een inkomen? Bijvoorbeeld loon, een uitkering of leefloon.</source>
        <translation>Avez-vous des revenus en ce moment ? Par exemple un salaire, une allocation ou le revenu d'intégration.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="59" />
        <source>Zonder aanslagbiljet telt uw inkomen van nu.</source>
        <translation>Sans avertissement-extrait de rôle, ce sont vos revenus actuels qui comptent.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="60" />
        <source>Ook als u er vruchtgebruik, erfpacht of opstal op heeft. Vruchtgebruik: u mag er wonen of u krijgt de huur. Erfpacht of opstal: u heeft voor lange tijd het recht op de grond of het gebouw.</source>
        <translation>Aussi si vous en avez l'usufruit, l'emphytéose ou le droit de superficie. Usufruit : vous pouvez y habiter ou vous touchez le loyer. Emphytéose ou superficie : vous avez pour longtemps le droit sur le terrain ou le bâtiment.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="61" />
        <source>Is er een reden waarom u er niet kunt wonen? Bijvoorbeeld: de woning is onbewoonbaar of onteigend, u heeft ze samen met uw ex-partner, of u erfde een deel en verkoopt het binnen het jaar.</source>
        <translation>Y a-t-il une raison pour laquelle vous ne pouvez pas y habiter ? Par exemple : le logement est inhabitable ou exproprié, vous l'avez avec votre ex-partenaire, ou vous en avez hérité une part et la vendez dans l'année.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="62" />
        <source>Heeft u spaargeld of beleggingen? Bijvoorbeeld op een spaarrekening, in aandelen of in fondsen.</source>
        <translation>Avez-vous de l'épargne ou des placements ? Par exemple sur un compte d'épargne, en actions ou en fonds.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="63" />
        <source>Sinds 2024 telt ook uw vermogen. WIL kijkt het na. De kiosk beslist hier niets over.</source>
        <translation>Depuis 2024, votre patrimoine compte aussi. WIL vérifie. La borne ne décide rien à ce sujet.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="64" />
        <source>Bewijs van uw inkomen van nu, van minstens 3 van de laatste 6 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Preuve de vos revenus actuels, d'au moins 3 des 6 derniers mois (fiches de paie, allocation, revenu d'intégration)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="65" />
        <source>Akte van de woning of de bouwgrond, of van het vruchtgebruik, de erfpacht of de opstal (in België of in het buitenland)</source>
        <translation>Acte du logement ou du terrain à bâtir, ou de l'usufruit, de l'emphytéose ou du droit de superficie (en Belgique ou à l'étranger)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="66" />
        <source>Uittreksel uit de overlijdensakte (bij de gemeente)</source>
        <translation>Extrait de l'acte de décès (à la commune)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="93" />
        <location filename="../../ui/screens/sign_in.py" line="119" />
        <source>Aanmelden</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="94" />
        <source>Meld u aan als vrijwilliger of medewerker voor u een bezoek start.</source>
        <translation>Connectez-vous comme bénévole ou agent avant de commencer une visite.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="95" />
        <location filename="../../ui/screens/sign_in.py" line="96" />
        <source>Uw naam</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="97" />
        <location filename="../../ui/screens/sign_in.py" line="98" />
        <source>Uw wachtwoord</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="99" />
        <location filename="../../ui/screens/sign_in.py" line="232" />
        <source>Naam of wachtwoord klopt niet. Probeer opnieuw.</source>
        <translation>Le nom ou le mot de passe n'est pas correct. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="103" />
        <source>Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord %1.</source>
        <translation>Mode exercice : connectez-vous comme vrijwilliger, wil ou coordinator, avec le mot de passe %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="109" />
        <source>Uw wachtwoord voldoet niet meer aan de regels: het is te kort of te gewoon. Kies nu een nieuw wachtwoord van minstens %1 tekens.</source>
        <translation>Votre mot de passe ne respecte plus les règles : il est trop court ou trop courant. Choisissez maintenant un nouveau mot de passe d'au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="113" />
        <location filename="../../ui/screens/sign_in.py" line="114" />
        <source>Nieuw wachtwoord</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="115" />
        <location filename="../../ui/screens/sign_in.py" line="116" />
        <source>Nieuw wachtwoord, nog een keer</source>
        <translation>Nouveau mot de passe, encore une fois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="117" />
        <source>Wachtwoord instellen en aanmelden</source>
        <translation>Définir le mot de passe et se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="118" />
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="241" />
        <source>Dit wachtwoord kan niet. Kies een ander.</source>
        <translation>Ce mot de passe n'est pas possible. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="120" />
        <source>De kiosk start op. U kunt uw naam en wachtwoord al typen.</source>
        <translation>Le kiosque démarre. Vous pouvez déjà taper votre nom et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="123" />
        <source>De kiosk kan niet starten: %1. Vraag hulp aan de coördinator.</source>
        <translation>Le kiosque ne peut pas démarrer : %1. Demandez de l'aide au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="127" />
        <source>Kiosk sluiten</source>
        <translation>Fermer le kiosque</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="227" />
        <source>Te veel foute wachtwoorden: aanmelden kan pas over enkele minuten. Wacht even of vraag de coördinator.</source>
        <translation>Trop de mots de passe erronés : la connexion ne sera possible que dans quelques minutes. Patientez ou demandez au coordinateur.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="60" />
        <source>Statistieken</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="64" />
        <source>Bezoeken per dag en plaats, de laatste 30 dagen: volwassenen bevestigd, dossiers volledig, wachtend op het register en in gevaar (termijn voorbij of bijna voorbij, zoals op het startscherm). Aantallen van 1 tot 4 staan er als '&lt;5', ook in de CSV.</source>
        <translation>Visites par jour et par lieu, sur les 30 derniers jours : adultes confirmés, dossiers complets, en attente du registre et en danger (délai dépassé ou presque dépassé, comme sur l'écran d'accueil). Les nombres de 1 à 4 sont affichés comme '&lt;5', aussi dans le CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="69" />
        <source>Bewaren als anonieme CSV</source>
        <translation>Enregistrer en CSV anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="77" />
        <source>Dag</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="78" />
        <source>Plaats</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="79" />
        <source>Bezoeken</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="80" />
        <source>Bevestigingen</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="81" />
        <source>Inschrijvingen</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="82" />
        <source>Volwassenen bevestigd</source>
        <translation>Adultes confirmés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="83" />
        <source>Klad</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="84" />
        <source>Dossiers volledig</source>
        <translation>Dossiers complets</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="85" />
        <source>Wachtend op register</source>
        <translation>En attente du registre</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="86" />
        <source>In gevaar</source>
        <translation>En danger</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="103" />
        <source>Bewaren als CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="113" />
        <source>De CSV kon niet bewaard worden in %1. Kies een andere plaats.</source>
        <translation>Le CSV n'a pas pu être enregistré dans %1. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="117" />
        <source>Bewaard: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StopVisit</name>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="54" />
        <source>Bezoek stoppen</source>
        <translation>Arrêter la visite</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="57" />
        <source>Wilt u het bezoek stoppen? Wat nog niet ondertekend is, wordt gewist.</source>
        <translation>Voulez-vous arrêter la visite ? Ce qui n'est pas encore signé sera effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="59" />
        <source>Nee, verder gaan</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="60" />
        <source>Ja, stoppen</source>
        <translation>Oui, arrêter</translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <location filename="../../ui/sync_strip.py" line="46" />
        <source>Nu verzenden</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="78" />
        <source>Verzenden: bezig…</source>
        <translation>Envoi : en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="80" />
        <source>Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.</source>
        <translation>Envoi : le registre n'est pas joignable maintenant. Nous réessayerons plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="82" />
        <source>Verzenden: even kijken…</source>
        <translation>Envoi : un instant…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="84" />
        <source>Verzenden: %n zending(en) wachten op het register.</source>
        <translation>
            <numerusform>Envoi : %n envoi attend le registre.</numerusform>
            <numerusform>Envoi : %n envois attendent le registre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="89" />
        <source>Zojuist verzonden: %n zending(en).</source>
        <translation>
            <numerusform>Envoyé à l'instant : %n envoi.</numerusform>
            <numerusform>Envoyé à l'instant : %n envois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="91" />
        <source>Er was niets nieuws te verzenden.</source>
        <translation>Il n'y avait rien de nouveau à envoyer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="94" />
        <source>%n zending(en) in quarantaine: roep de coördinator.</source>
        <translation>
            <numerusform>%n envoi en quarantaine : appelez le coordinateur.</numerusform>
            <numerusform>%n envois en quarantaine : appelez le coordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="86" />
        <source>Verzenden: alles is verzonden.</source>
        <translation>Envoi : tout est envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="96" />
        <source>Er is een melding voor de operator op het startscherm.</source>
        <translation>Il y a un message pour l'opérateur sur l'écran d'accueil.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/screens/wording.py" line="58" />
        <location filename="../../ui/screens/wording.py" line="122" />
        <source>kind</source>
        <translation>enfant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="59" />
        <source>moet nog bevestigen</source>
        <translation>doit encore confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="60" />
        <source>bevestigd met PIN</source>
        <translation>confirmé avec le PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="61" />
        <source>bevestigd door medewerker WIL</source>
        <translation>confirmé par un agent WIL</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="62" />
        <source>afwezig, bevestigd met volmacht</source>
        <translation>absent, confirmé avec procuration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="65" />
        <source>heeft al eerder bevestigd</source>
        <translation>a déjà confirmé avant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="66" />
        <source>afwezig: moet nog bevestigen</source>
        <translation>absent : doit encore confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="67" />
        <source>afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen</source>
        <translation>absent, procuration reçue : un autre membre du ménage peut confirmer pour cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="130" />
        <source>in het ziekenhuis</source>
        <translation>à l'hôpital</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="131" />
        <source>in een woonzorgcentrum</source>
        <translation>en maison de repos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="132" />
        <source>in het buitenland</source>
        <translation>à l'étranger</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="133" />
        <source>in de gevangenis</source>
        <translation>en prison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="93" />
        <location filename="../../ui/screens/wording.py" line="134" />
        <source>andere reden</source>
        <translation>autre raison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="70" />
        <source>bevestigd door de bewindvoerder of volmachthouder</source>
        <translation>confirmé par l'administrateur ou le mandataire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="73" />
        <source>zonder leesbare kaart: WIL kijkt de documenten na</source>
        <translation>sans carte lisible : WIL vérifie les documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="76" />
        <source>woont niet meer in het gezin</source>
        <translation>n'habite plus dans le ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="77" />
        <source>overleden</source>
        <translation>décédé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="78" />
        <source>het gezin stopt de inschrijving: hoeft niet te bevestigen</source>
        <translation>le ménage arrête l'inscription : ne doit pas confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="88" />
        <source>alleen een paspoort</source>
        <translation>seulement un passeport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="89" />
        <source>papieren van vluchteling of asielzoeker</source>
        <translation>documents de réfugié ou de demandeur d'asile</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="90" />
        <source>kaart verloren of gestolen</source>
        <translation>carte perdue ou volée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="91" />
        <source>kaart kapot of chip werkt niet</source>
        <translation>carte cassée ou puce qui ne fonctionne pas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="92" />
        <source>nieuwe kaart aangevraagd</source>
        <translation>nouvelle carte demandée</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="100" />
        <source>Let op: deze computer kan het register nu niet bereiken, en de uiterste datum is dichtbij. Wacht niet: bel WIL vandaag nog, of geef het papieren formulier nu af.</source>
        <translation>Attention : cet ordinateur ne peut pas joindre le registre maintenant, et la date limite est proche. N'attendez pas : appelez WIL aujourd'hui même, ou remettez le formulaire papier maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="109" />
        <source>Hebt u itsme op uw smartphone? Dan kunt u ook zelf, van thuis uit, bevestigen op www.vlaanderen.be/sociaalhuren.</source>
        <translation>Vous avez itsme sur votre smartphone ? Vous pouvez alors aussi confirmer vous-même, depuis chez vous, sur www.vlaanderen.be/sociaalhuren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="119" />
        <source>referentiehuurder</source>
        <translation>locataire de référence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="120" />
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="121" />
        <source>ander volwassen gezinslid</source>
        <translation>autre adulte du ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="142" />
        <source>minderjarig, ontvoogd door de rechter</source>
        <translation>mineur, émancipé par le juge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="143" />
        <source>minderjarig, begeleid zelfstandig wonen</source>
        <translation>mineur, logement autonome accompagné</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="151" />
        <source>de termijn was %1 en is voorbij</source>
        <translation>le délai était le %1 et il est dépassé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="154" />
        <source>uiterlijk op %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="160" />
        <source>nog bevestigen</source>
        <translation>encore à confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="161" />
        <source>nog bevestigen (afwezig)</source>
        <translation>encore à confirmer (absent)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="162" />
        <source>vragen nog beantwoorden</source>
        <translation>encore répondre aux questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="163" />
        <source>bewijsstuk nog brengen: %1</source>
        <translation>pièce justificative encore à apporter : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="166" />
        <source>er is nog geen volwassene</source>
        <translation>il n'y a pas encore d'adulte</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="167" />
        <source>het register kon uw gezin niet nakijken</source>
        <translation>le registre n'a pas pu vérifier votre ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="181" />
        <source>is nu 18 en moet ook bevestigen</source>
        <translation>a maintenant 18 ans et doit aussi confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="185" />
        <source>sinds %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="187" />
        <source>op %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="192" />
        <source>kies de rol in het gezin</source>
        <translation>choisissez le rôle dans le ménage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="194" />
        <source>rol: %1</source>
        <translation>rôle : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="209" />
        <source>Let op: de termijn was %1 en is voorbij. Neem vandaag nog contact op met WIL en zeg waarom het later is (bijvoorbeeld ziekte of ziekenhuis).</source>
        <translation>Attention : le délai était le %1 et il est dépassé. Contactez WIL aujourd'hui même et dites pourquoi c'est en retard (par exemple maladie ou hôpital).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="215" />
        <source>Let op: vandaag, %1, is de laatste dag om te bevestigen.</source>
        <translation>Attention : aujourd'hui, %1, est le dernier jour pour confirmer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/wording.py" line="219" />
        <source>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag(en).</source>
        <translation>
            <numerusform>Attention : confirmez au plus tard le %1. C'est dans %n jour.</numerusform>
            <numerusform>Attention : confirmez au plus tard le %1. C'est dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="225" />
        <source>Bevestig uiterlijk op %1. De laatste dag telt nog mee.</source>
        <translation>Confirmez au plus tard le %1. Le dernier jour compte encore.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="279" />
        <source>Afdrukken</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="280" />
        <source>Niet afdrukken</source>
        <translation>Ne pas imprimer</translation>
    </message>
</context>
</TS>