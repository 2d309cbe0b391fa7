<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AbsencePanel</name>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="86" />
        <source>Is afwezig</source>
        <translation>Is absent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="87" />
        <source>Is toch hier</source>
        <translation>Is here after all</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="88" />
        <source>Reden van afwezigheid</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="96" />
        <source>Volmacht: bestand toevoegen (medewerker WIL)</source>
        <translation>Power of attorney: add a file (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="97" />
        <source>Volmacht getoond aan de balie (medewerker WIL)</source>
        <translation>Power of attorney shown at the counter (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="98" />
        <source>Bevestigen voor een afwezig gezinslid, met volmacht</source>
        <translation>Confirm for an absent household member, with power of attorney</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="101" />
        <source>De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code</source>
        <translation>The adult whose card is in the reader answers the questions and signs with their own PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="94" />
        <location filename="../../ui/screens/absence_panel.py" line="95" />
        <source>Rijksregisternummer op de volmacht</source>
        <translation>National number on the power of attorney</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="152" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="159" />
        <location filename="../../ui/screens/absence_panel.py" line="183" />
        <source>Kies eerst een afwezige volwassene in de lijst.</source>
        <translation>First choose an absent adult in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="166" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>This national register number is not right. Check the 11 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="171" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Only a WIL staff member may do this.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="175" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>This file is too big or empty.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="177" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>This kind of file is not accepted. Choose a PDF or a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="180" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>This national register number is not the one the register has for this adult.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="201" />
        <source>Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.</source>
        <translation>Only another adult of the household, with their own card, can do this.</translation>
    </message>
</context>
<context>
    <name>AddOperatorBox</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="98" />
        <source>Nieuwe operator</source>
        <translation>New operator</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="99" />
        <location filename="../../ui/screens/add_operator.py" line="100" />
        <source>Naam om aan te melden</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="101" />
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="105" />
        <location filename="../../ui/screens/add_operator.py" line="107" />
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="106" />
        <location filename="../../ui/screens/add_operator.py" line="108" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="109" />
        <source>Operator toevoegen</source>
        <translation>Add the operator</translation>
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="13" />
        <source>Het register weigert deze kiosk. Er wordt niets meer verzonden. De coördinator moet de kiosk opnieuw laten inschrijven (kiosk enroll).</source>
        <translation>The register refuses this kiosk. Nothing is sent any more. The coordinator must have the kiosk enrolled again (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="18" />
        <source>De klok van deze computer loopt meer dan 5 minuten anders dan die van het register. Zet de klok juist: handtekeningen dragen het uur.</source>
        <translation>The clock of this computer is more than 5 minutes off from the register's clock. Set the clock right: signatures carry the time.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="23" />
        <source>Het register ziet dat het logboek van deze kiosk veranderd of teruggezet is. Roep de coördinator: dit moet WIL nakijken.</source>
        <translation>The register sees that the log of this kiosk has been changed or set back. Call the coordinator: WIL must check this.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="28" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Verbind hem met het internet en kies 'Nu verzenden'.</source>
        <translation>This kiosk has not been able to send for %1 days. Connect it to the internet and choose 'Send now'.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="33" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Er kunnen geen nieuwe bezoeken starten tot verzenden weer lukt.</source>
        <translation>This kiosk has not been able to send for %1 days. No new visits can start until sending works again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="38" />
        <source>Melding van het verzenden: %1</source>
        <translation>Message from sending: %1</translation>
    </message>
</context>
<context>
    <name>AwaitingCardScreen</name>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="34" />
        <source>Steek de volgende kaart in</source>
        <translation>Insert the next card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="37" />
        <source>Bewaren en later verder doen</source>
        <translation>Save and carry on later</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="62" />
        <source>Steek de identiteitskaart in van de volgende volwassene, of opnieuw dezelfde kaart om verder te gaan.</source>
        <translation>Insert the identity card of the next adult, or the same card again to continue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/awaiting_card.py" line="69" />
        <source>%1 van %n volwassene(n) klaar</source>
        <translation>
            <numerusform>%1 of %n adult done</numerusform>
            <numerusform>%1 of %n adults done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="38" />
        <source>Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm.</source>
        <translation>What is done so far stays saved. You can carry on later from the start screen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="52" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>WIL staff: now insert your own card to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="56" />
        <source>De bewindvoerder of volmachthouder steekt nu de eigen identiteitskaart in.</source>
        <translation>The administrator or the holder of the power of attorney now inserts their own identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="74" />
        <source>Even geduld: we lezen de kaart.</source>
        <translation>One moment: we are reading the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="76" />
        <source>De kaart kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>The card could not be read. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="78" />
        <source>De lezer wacht op een kaart.</source>
        <translation>The reader is waiting for a card.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="106" />
        <location filename="../../ui/camera.py" line="108" />
        <source>Foto nemen</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="109" />
        <source>Opnieuw</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="110" />
        <source>Deze foto gebruiken</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="111" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115" />
        <source>Camerabeeld</source>
        <translation>Camera view</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="116" />
        <source>De foto</source>
        <translation>The photo</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="128" />
        <source>De camera werkt nu niet. Voeg het papier toe als bestand, of kies: later brengen.</source>
        <translation>The camera does not work right now. Add the paper as a file, or choose: Bring later.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="132" />
        <source>Leg het papier plat onder de camera. Alles moet leesbaar zijn. Druk dan op: Foto nemen.</source>
        <translation>Lay the paper flat under the camera. Everything must be easy to read. Then press: Take a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="135" />
        <source>Kunt u alles goed lezen? Druk op: Deze foto gebruiken. Anders: Opnieuw.</source>
        <translation>Can you read everything well? Press: Use this photo. If not: Try again.</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="145" />
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="146" />
        <source>Sinds welke dag</source>
        <translation>Since which day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="147" />
        <source>Woont hier niet meer</source>
        <translation>No longer lives here</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="148" />
        <source>Gescheiden of uit elkaar</source>
        <translation>Divorced or separated</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="149" />
        <source>Overleden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="150" />
        <source>Toch nog in het gezin</source>
        <translation>Still in the household after all</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="195" />
        <source>De referentiehuurder wijzigen kan alleen WIL. Bel WIL.</source>
        <translation>Only WIL can change the reference tenant. Call WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="196" />
        <source>Alleen de partner kan gescheiden zijn.</source>
        <translation>Only the partner can be separated.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="197" />
        <source>Deze persoon heeft al bevestigd in dit dossier.</source>
        <translation>This person has already confirmed in this file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="198" />
        <source>Kies de dag waarop het gebeurde: vandaag of vroeger.</source>
        <translation>Choose the day it happened: today or earlier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="199" />
        <source>De persoon van de kaart in de lezer is hier.</source>
        <translation>The person whose card is in the reader is here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="201" />
        <source>Dat kan niet.</source>
        <translation>That is not possible.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/screens/confirm.py" line="129" />
        <source>Bevestigen met uw PIN-code</source>
        <translation>Confirm with your PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="133" />
        <source>Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden kloppen. Dat is hetzelfde als een papier ondertekenen.</source>
        <translation>With your PIN code you make a digital signature. It says: my details and answers are correct. It is the same as signing a paper.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="65" />
        <source>Ik heb geen PIN-code</source>
        <translation>I have no PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="64" />
        <source>Dit bevestigt u met uw handtekening:</source>
        <translation>This is what you confirm with your signature:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="66" />
        <source>Bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>Confirmation by WIL staff (own card)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="67" />
        <source>Terug naar het gezin</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="82" />
        <source>Medewerker WIL: bevestigen met uw eigen kaart</source>
        <translation>WIL staff: confirm with your own card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="86" />
        <source>U bevestigt als medewerker van WIL dat u deze persoon heeft gezien en dat de antwoorden kloppen. Uw eigen kaart zet de handtekening.</source>
        <translation>As a WIL staff member you confirm that you saw this person and that the answers are right. Your own card signs.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="90" />
        <source>Typ uw eigen PIN-code.</source>
        <translation>Type your own PIN code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="91" />
        <source>Ondertekenen met mijn kaart (medewerker)</source>
        <translation>Sign with my card (staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="106" />
        <source>Bevestigen voor een gezinslid dat afwezig is</source>
        <translation>Confirm for a household member who is absent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="116" />
        <source>Ja, ik bevestig voor hen met mijn PIN-code</source>
        <translation>Yes, I confirm for them with my PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="138" />
        <source>Ja, ik bevestig met mijn PIN-code</source>
        <translation>Yes, I confirm with my PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="163" />
        <source>Met een kaart die niet meer geldig is, kunt u niet ondertekenen. Een medewerker van WIL helpt u.</source>
        <translation>You cannot sign with a card that is no longer valid. A WIL staff member will help you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="177" />
        <location filename="../../ui/screens/confirm.py" line="252" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>We are looking up your household at the register…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="210" />
        <source>Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw.</source>
        <translation>There is no card in the reader. Insert the card and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="172" />
        <source>Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in.</source>
        <translation>Take the candidate's card out of the reader. Then insert your own staff card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="94" />
        <source>Bevestigen voor iemand anders, als bewindvoerder of volmachthouder</source>
        <translation>Confirm for someone else, as administrator or holder of a power of attorney</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="99" />
        <source>U tekent met uw eigen PIN-code voor deze persoon. Zo zegt u: hun gegevens en antwoorden kloppen, en u mag voor hen tekenen (beslissing van de vrederechter of volmacht).</source>
        <translation>You sign for this person with your own PIN code. By doing so you say: their details and answers are right, and you may sign for them (decision of the justice of the peace, or power of attorney).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="103" />
        <location filename="../../ui/screens/confirm.py" line="115" />
        <source>Typ uw eigen PIN-code zelf. Niemand kijkt mee.</source>
        <translation>Type your own PIN code yourself. Nobody is watching.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="104" />
        <source>Ja, ik bevestig voor deze persoon met mijn PIN-code</source>
        <translation>Yes, I confirm for this person with my PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="110" />
        <source>U heeft een volmacht van dit gezinslid: een ondertekend papier waarop staat dat u voor hen mag bevestigen. Met uw eigen PIN-code zet u de handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen.</source>
        <translation>You have a power of attorney from this household member: a signed paper saying that you may confirm for them. With your own PIN you sign for them. That way you say: their details and answers are right.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="118" />
        <source>Uw inschrijving stoppen</source>
        <translation>Stop your registration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="122" />
        <source>Met uw PIN-code ondertekent u dat u de inschrijving van uw gezin stopt. Uw gezin verliest dan zijn plaats op de wachtlijst.</source>
        <translation>With your PIN code you sign that you stop your household's registration. Your household then loses its place on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="126" />
        <location filename="../../ui/screens/confirm.py" line="137" />
        <source>Typ uw PIN-code zelf. Niemand kijkt mee.</source>
        <translation>Type your PIN code yourself. Nobody is watching.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="127" />
        <source>Ja, ik stop de inschrijving met mijn PIN-code</source>
        <translation>Yes, I stop the registration with my PIN code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="168" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>WIL staff: insert your own card now to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="187" />
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="188" />
        <source>brengt u later</source>
        <translation>you will bring it later</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="189" />
        <source>getoond aan de balie</source>
        <translation>shown at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="190" />
        <source>nog niet toegevoegd: het blijft nodig</source>
        <translation>not added yet: it is still needed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="195" />
        <source>Bewijsstuk %1: %2</source>
        <translation>Supporting document %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="213" />
        <location filename="../../ui/screens/confirm.py" line="235" />
        <source>Even geduld: de kaart ondertekent.</source>
        <translation>One moment: the card is signing.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="218" />
        <source>Typ uw PIN-code op het toestel van de kaartlezer.</source>
        <translation>Type your PIN code on the card reader's keypad.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="231" />
        <source>Typ uw PIN-code en druk op OK.</source>
        <translation>Type your PIN code and press OK.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="257" />
        <source>Met deze kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u verder.</source>
        <translation>You cannot sign with this card. A WIL staff member will help you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="265" />
        <source>Zonder PIN-code: kies 'Bevestigen door medewerker WIL' hieronder.</source>
        <translation>Without a PIN code: choose 'Confirmation by WIL staff' below.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="244" />
        <source>Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. U krijgt een hulpblad mee voor de gemeente.</source>
        <translation>Your PIN code is blocked. A WIL staff member can help you. You get a help sheet for the municipality.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/confirm.py" line="228" />
        <source>De PIN-code is niet juist. U heeft nog %n poging(en).</source>
        <translation>
            <numerusform>The PIN is not right. You have %n try left.</numerusform>
            <numerusform>The PIN is not right. You have %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="250" />
        <source>U heeft gestopt. Er is niets ondertekend.</source>
        <translation>You stopped. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="260" />
        <source>Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw.</source>
        <translation>Signing did not work. Nothing was signed. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="270" />
        <source>Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. U krijgt een hulpblad mee.</source>
        <translation>Without a PIN code only a WIL staff member can make your confirmation. You get a help sheet.</translation>
    </message>
</context>
<context>
    <name>CoordinatorScreen</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="63" />
        <source>Beheer</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <location filename="../../ui/screens/coordinator.py" line="67" />
        <source>Quarantaine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Herdrukken</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="71" />
        <source>Zendingen die het register weigerde, met de reden. Kies er een en zet ze opnieuw in de wachtrij.</source>
        <translation>Submissions the register refused, with the reason. Choose one and put it back in the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="75" />
        <source>Opnieuw in de wachtrij</source>
        <translation>Put back in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="126" />
        <source>Dit kan niet: %1</source>
        <translation>Not possible: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="76" />
        <source>Alleen een coördinator mag dit scherm gebruiken.</source>
        <translation>Only a coordinator may use this screen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="77" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DemoCardPanel</name>
    <message>
        <location filename="../../ui/demo_panel.py" line="58" />
        <source>Oefenkaarten</source>
        <translation>Practice cards</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="59" />
        <source>Kies een oefenkaart</source>
        <translation>Choose a practice card</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="60" />
        <source>Kaart insteken</source>
        <translation>Insert card</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="61" />
        <source>Kaart uitnemen</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="64" />
        <source>Virtuele eID-kaarten van fictieve mensen. De PIN-code is 1234.</source>
        <translation>Virtual eID cards of made-up people. The PIN code is 1234.</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../ui/screens/end.py" line="27" />
        <source>Het bezoek is afgesloten</source>
        <translation>The visit has ended</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="28" />
        <source>Vergeet uw identiteitskaart niet.</source>
        <translation>Do not forget your identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="29" />
        <source>Volgend bezoek</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="40" />
        <source>Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist. Wat al gedaan was, is veilig bewaard.</source>
        <translation>Nobody used the kiosk for a while. That is why we cleared the screen. What was already done is safely saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="45" />
        <source>Dank u. Alle gegevens zijn van het scherm gewist.</source>
        <translation>Thank you. All details have been cleared from the screen.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/evidence_picker.py" line="175" />
        <source>Kies een scan</source>
        <translation>Choose a scan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="178" />
        <source>Kies waar de scan staat, en dan de scan. De nieuwste staan bovenaan.</source>
        <translation>Choose where the scan is, then the scan. The newest are at the top.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="183" />
        <source>Hier staat geen scan. Steek de USB-stick in, of scan het papier opnieuw, en kies dan 'Opnieuw kijken'.</source>
        <translation>There is no scan here. Put in the USB stick, or scan the paper again, then choose 'Look again'.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="187" />
        <source>Opnieuw kijken</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="188" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="189" />
        <source>Deze scan toevoegen</source>
        <translation>Add this scan</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="190" />
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="191" />
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="203" />
        <source>Scanmap van deze kiosk</source>
        <translation>This kiosk's scan folder</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="204" />
        <source>USB-stick: %1</source>
        <translation>USB stick: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <location filename="../../ui/screens/evidence.py" line="66" />
        <source>Bewijsstukken</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="69" />
        <source>Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen.</source>
        <translation>Add the papers that are needed. You do not have them with you? Then choose: bring later.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="71" />
        <source>Voor uw antwoorden zijn geen papieren nodig.</source>
        <translation>No papers are needed for your answers.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Bestand toevoegen</source>
        <translation>Add a file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Nog een pagina</source>
        <translation>Another page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="138" />
        <source>Later brengen</source>
        <translation>Bring later</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/evidence.py" line="169" />
        <source>Toegevoegd: %n pagina('s)</source>
        <translation>
            <numerusform>Added: %n page</numerusform>
            <numerusform>Added: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="135" />
        <source>Foto nemen</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="141" />
        <source>Getoond aan de balie (WIL)</source>
        <translation>Shown at the counter (WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="164" />
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="171" />
        <source>U brengt dit later.</source>
        <translation>You will bring this later.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="173" />
        <source>Getoond aan de balie.</source>
        <translation>Shown at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="174" />
        <source>Nog niet toegevoegd.</source>
        <translation>Not added yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="217" />
        <source>Er zijn al genoeg pagina's voor dit stuk.</source>
        <translation>There are already enough pages for this document.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="220" />
        <source>Dit bestand is te groot (meer dan %1 MB).</source>
        <translation>This file is too large (more than %1 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="221" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>This kind of file is not accepted. Choose a PDF or a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="184" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="72" />
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/exit_dialog.py" line="21" />
        <source>Kiosk afsluiten</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="23" />
        <source>Alleen een operator kan de kiosk afsluiten.</source>
        <translation>Only an operator can close the kiosk.</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="25" />
        <location filename="../../ui/exit_dialog.py" line="26" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="30" />
        <location filename="../../ui/exit_dialog.py" line="31" />
        <source>Uw wachtwoord</source>
        <translation>Your password</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="92" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="93" />
        <source>Nieuw bezoek starten</source>
        <translation>Start a new visit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="96" />
        <source>Bezoek zonder leesbare identiteitskaart</source>
        <translation>Visit without a readable identity card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="97" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd</source>
        <translation>Passport, refugee papers, card lost, broken or applied for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="99" />
        <location filename="../../ui/screens/home.py" line="100" />
        <source>Concepten van deze kiosk</source>
        <translation>Drafts on this kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="101" />
        <source>Concept hervatten</source>
        <translation>Resume a draft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="102" />
        <source>Dossiers in gevaar (termijn bijna of al voorbij)</source>
        <translation>Dossiers at risk (deadline close or already passed)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="139" />
        <source>Er kan geen nieuw bezoek starten: deze kiosk heeft te lang niet kunnen verzenden.</source>
        <translation>No new visit can start: this kiosk has not been able to send for too long.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="142" />
        <source>Dit kon niet geopend worden. Probeer opnieuw of vraag de coördinator.</source>
        <translation>This could not be opened. Try again or ask the coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="157" />
        <source>Even kijken welke concepten er zijn…</source>
        <translation>Looking for drafts…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="158" />
        <source>Even kijken…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="165" />
        <source>Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator.</source>
        <translation>This could not be read. Sign out and in again, or ask the coordinator.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="199" />
        <source>%1 (%2)
%3 van %n volwassene(n) bevestigd, bewaard op %4</source>
        <translation>
            <numerusform>%1 (%2)
%3 of %n adult confirmed, saved on %4</numerusform>
            <numerusform>%1 (%2)
%3 of %n adults confirmed, saved on %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="206" />
        <source>, uiterlijk op %1</source>
        <translation>, by %1 at the latest</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="212" />
        <source>Geen dossiers met een termijn die bijna of al voorbij is.</source>
        <translation>No dossiers with a deadline that is close or already passed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="215" />
        <source>%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:</source>
        <translation>
            <numerusform>%n file has a deadline that is close or has passed. Call this household:</numerusform>
            <numerusform>%n files have a deadline that is close or has passed. Call these households:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="222" />
        <source>en nog %n andere</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="231" />
        <source>nog %n dag(en), tot en met %1</source>
        <translation>
            <numerusform>%n more day, up to and including %1</numerusform>
            <numerusform>%n more days, up to and including %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="240" />
        <source>Wachtrij: %n zending(en) wachten.</source>
        <translation>
            <numerusform>Queue: %n submission waiting.</numerusform>
            <numerusform>Queue: %n submissions waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="242" />
        <source>De oudste wacht al %n dag(en).</source>
        <translation>
            <numerusform>The oldest has waited %n day.</numerusform>
            <numerusform>The oldest has waited %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="244" />
        <source>De oudste wacht sinds vandaag.</source>
        <translation>The oldest has waited since today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="247" />
        <source>%n zending(en) in quarantaine: vraag de coördinator.</source>
        <translation>
            <numerusform>%n submission in quarantine: ask the coordinator.</numerusform>
            <numerusform>%n submissions in quarantine: ask the coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="189" />
        <source>Er zijn geen concepten. Start een nieuw bezoek.</source>
        <translation>There are no drafts. Start a new visit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="192" />
        <source>Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in.</source>
        <translation>Choose a draft and press 'Resume draft'. Then the candidate inserts the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>onvolledig</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="230" />
        <source>vandaag de laatste dag</source>
        <translation>today is the last day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="228" />
        <source>termijn voorbij sinds %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="237" />
        <source>Wachtrij: niets wacht op verzending.</source>
        <translation>Queue: nothing waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="159" />
        <source>Wachtrij: even kijken…</source>
        <translation>Queue: checking…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="103" />
        <source>Nu verzenden</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="104" />
        <source>Beheer (coördinator)</source>
        <translation>Management (coordinator)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="105" />
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="114" />
        <source>Aangemeld als %1</source>
        <translation>Signed in as %1</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../ui/screens/household.py" line="101" />
        <source>Uw gezin</source>
        <translation>Your household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="102" />
        <source>Naar nakijken</source>
        <translation>To the review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="105" />
        <source>Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in.</source>
        <translation>Take this card out of the reader. Then insert the card of the next adult.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="107" />
        <source>Volwassene toevoegen met kaart</source>
        <translation>Add an adult with their card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="108" />
        <source>Kind toevoegen</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="109" />
        <location filename="../../ui/screens/household.py" line="135" />
        <source>Volwassene zonder kaart (medewerker WIL)</source>
        <translation>Adult without a card (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="110" />
        <source>Datum van de brief, contact en voorkeuren</source>
        <translation>Date on the letter, contact and preferences</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="114" />
        <source>Niemand heeft een identiteitskaart die de computer kan lezen. Schrijf elke volwassene op. WIL kijkt de documenten na: de kiosk drukt het papieren formulier en een afspraakbriefje af.</source>
        <translation>Nobody has an identity card the computer can read. Write down each adult. WIL checks the documents: the kiosk prints the paper form and an appointment slip.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="133" />
        <source>Volwassene zonder leesbare kaart toevoegen</source>
        <translation>Add an adult without a readable card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="140" />
        <source>Gelukt: de bevestiging is ondertekend.</source>
        <translation>Done: the confirmation is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="176" />
        <source>Gevonden bij het register: kandidaatnummer %1.</source>
        <translation>Found in the register: candidate number %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="185" />
        <source>Zonder kaart vragen we het register nog niets. WIL zoekt uw gezin op als het de documenten heeft gezien.</source>
        <translation>Without a card we do not ask the register anything yet. WIL looks up your household once it has seen the documents.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="190" />
        <source>Het register is nu niet bereikbaar. We konden niet nakijken wie in uw gezin nog moet bevestigen. We gaan verder; uw bewijs blijft voorlopig tot het register alles heeft nagekeken.</source>
        <translation>The register cannot be reached now. We could not check who in your household still has to confirm. We carry on; your proof stays provisional until the register has checked everything.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="121" />
        <source>Verder naar de vragen</source>
        <translation>Continue to the questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="122" />
        <source>Vragen en bevestigen voor de persoon van de kaart</source>
        <translation>Questions and confirmation for the person on the card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="178" />
        <source>Brief van %1.</source>
        <translation>Letter of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="180" />
        <source>Herinnering van %1.</source>
        <translation>Reminder of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="182" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>We are looking up your household at the register…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="195" />
        <source>Niet gevonden bij het register: dit wordt een nieuwe inschrijving.</source>
        <translation>Not found at the register: this becomes a new registration.</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/screens/identity.py" line="52" />
        <source>Kloppen deze gegevens?</source>
        <translation>Are these details right?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="53" />
        <source>Ik heb de kaart bekeken: verder (medewerker WIL)</source>
        <translation>I have checked the card: continue (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="54" />
        <source>Ja, dit klopt. Verder</source>
        <translation>Yes, this is right. Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="70" />
        <source>Foto van de kaart</source>
        <translation>Photo from the card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="72" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="80" />
        <source>Geboren: %1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="81" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="84" />
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="93" />
        <source>U beantwoordt de vragen en tekent voor %1, met uw eigen identiteitskaart.</source>
        <translation>You answer the questions and sign for %1, with your own identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="105" />
        <source>Geen foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="109" />
        <source>De kaart is echt.</source>
        <translation>The card is genuine.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="110" />
        <source>Oefenkaart: alleen goed voor de oefenmodus.</source>
        <translation>Practice card: only valid in training mode.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="116" />
        <location filename="../../ui/screens/identity.py" line="119" />
        <source>We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken.</source>
        <translation>We cannot check whether this card is genuine. A WIL staff member must look at the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="55" />
        <source>Een medewerker van WIL heeft de kaart bekeken.</source>
        <translation>A WIL staff member has looked at the card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="112" />
        <source>Deze kaart is niet meer geldig. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad.</source>
        <translation>This card is no longer valid. You cannot sign with it. A WIL staff member will help you. Ask your municipality for a new card: you get a help sheet for that.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="141" />
        <source>Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw.</source>
        <translation>The check of the card could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>InsertCardScreen</name>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="46" />
        <source>Steek uw identiteitskaart in de lezer</source>
        <translation>Insert your identity card in the reader</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="47" />
        <source>De chip moet naar boven wijzen, naar de lezer toe.</source>
        <translation>The chip must face up, towards the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="50" />
        <source>Er zit nog een kaart in de lezer. Haal ze eruit en steek dan uw eigen kaart in.</source>
        <translation>There is still a card in the reader. Take it out, then insert your own card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="55" />
        <source>Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. Werkt het nog niet, vraag dan hulp aan de vrijwilliger.</source>
        <translation>Nothing happens? Take the card out and insert it again. If it still does not work, ask the volunteer for help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="62" />
        <source>Geen leesbare identiteitskaart</source>
        <translation>No readable identity card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="64" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd: ga verder zonder kaart</source>
        <translation>Passport, refugee papers, card lost, broken or applied for: go on without a card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="82" />
        <source>De lezer wacht op een kaart.</source>
        <translation>The reader is waiting for a card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="83" />
        <source>Even geduld: we lezen de kaart. Haal de kaart er niet uit.</source>
        <translation>One moment: we are reading the card. Do not take the card out.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="84" />
        <source>De kaart is gelezen.</source>
        <translation>The card has been read.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="85" />
        <source>De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw.</source>
        <translation>The card could not be read. Take it out and try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source> (oefenmodus)</source>
        <translation> (training mode)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>CIR-kiosk</source>
        <translation>CIR kiosk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296" />
        <source>Bent u er nog? Over %n seconde(n) sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>
            <numerusform>Are you still there? In %n second we close the visit and clear the screen. Touch the screen or press a key to carry on.</numerusform>
            <numerusform>Are you still there? In %n seconds we close the visit and clear the screen. Touch the screen or press a key to carry on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. Vraag hulp aan de coördinator.</source>
        <translation>Please note: the draft could not be saved. What was done in this visit has to be done again. Ask the coordinator for help.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt.</source>
        <translation>TRAINING MODE: practice cards and a practice register. Nothing is real.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/screens/member_form.py" line="77" />
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="78" />
        <source>Familienaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="79" />
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="74" />
        <source>Rijksregisternummer</source>
        <translation>National register number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="73" />
        <source>Rijksregisternummer (als u het weet)</source>
        <translation>National register number (if you know it)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="81" />
        <source>Waarom geen leesbare kaart?</source>
        <translation>Why no readable card?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="87" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="122" />
        <source>Vul de voornaam en de familienaam in.</source>
        <translation>Fill in the first name and the surname.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="137" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>This national register number is not right. Check the 11 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="140" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Only a WIL staff member may do this.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="143" />
        <source>Deze persoon staat al in het gezin.</source>
        <translation>This person is already in the household.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="147" />
        <source>Deze persoon is minderjarig. Voeg een kind toe.</source>
        <translation>This person is a minor. Add a child.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="149" />
        <source>Deze persoon is volwassen. Voeg een volwassene toe met de kaart.</source>
        <translation>This person is an adult. Add an adult with their card.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="30" />
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="31" />
        <source>WIL-medewerker</source>
        <translation>WIL staff</translation>
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="32" />
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="157" />
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="161" />
        <source>Kies een operator om die uit te schakelen of een nieuw wachtwoord te geven. Een nieuwe operator voegt u toe bij 'Nieuwe operator'.</source>
        <translation>Choose an operator to disable them or give them a new password. Add a new operator under 'New operator'.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="165" />
        <source>Uitschakelen</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="166" />
        <location filename="../../ui/screens/operators_tab.py" line="169" />
        <location filename="../../ui/screens/operators_tab.py" line="170" />
        <location filename="../../ui/screens/operators_tab.py" line="172" />
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="167" />
        <source>Ja, uitschakelen</source>
        <translation>Yes, disable</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="168" />
        <location filename="../../ui/screens/operators_tab.py" line="175" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="171" />
        <location filename="../../ui/screens/operators_tab.py" line="173" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="174" />
        <source>Wachtwoord bewaren</source>
        <translation>Save the password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="190" />
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="193" />
        <source>vergrendeld tot %1 (te veel foute wachtwoorden)</source>
        <translation>locked until %1 (too many wrong passwords)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="194" />
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="224" />
        <source>Uzelf uitschakelen? U wordt meteen afgemeld en kunt niet meer aanmelden.</source>
        <translation>Disable yourself? You will be signed out at once and cannot sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="226" />
        <source>%1 uitschakelen? Die operator kan daarna niet meer aanmelden.</source>
        <translation>Disable %1? This operator can no longer sign in afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="248" />
        <source>%1 is uitgeschakeld.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="255" />
        <source>Nieuw wachtwoord voor %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="273" />
        <source>Het wachtwoord van %1 is veranderd.</source>
        <translation>The password of %1 has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="279" />
        <source>%1 is toegevoegd en kan nu aanmelden.</source>
        <translation>%1 has been added and can sign in now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="294" />
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="295" />
        <source>Een naam heeft 1 tot 100 gewone tekens.</source>
        <translation>A name has 1 to 100 ordinary characters.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="296" />
        <source>Kies minstens één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="297" />
        <source>Er is al een operator met die naam. Kies een andere naam.</source>
        <translation>There is already an operator with that name. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="299" />
        <source>Dit is de laatste actieve coördinator: die kan niet uitgeschakeld worden. Voeg eerst een andere coördinator toe.</source>
        <translation>This is the last active coordinator: they cannot be disabled. First add another coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="302" />
        <source>Alleen een coördinator mag operators beheren.</source>
        <translation>Only a coordinator may manage operators.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="303" />
        <source>Deze operator is uitgeschakeld.</source>
        <translation>This operator is disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="304" />
        <source>Dit kan niet. Probeer opnieuw of vraag hulp.</source>
        <translation>This is not possible. Try again or ask for help.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../../ui/operators.py" line="68" />
        <source>Een wachtwoord heeft minstens %1 tekens.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="71" />
        <source>Een wachtwoord heeft hoogstens %1 tekens.</source>
        <translation>A password has at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="74" />
        <source>Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.</source>
        <translation>This password is on a list of common passwords. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="78" />
        <source>Een wachtwoord mag niet uw naam of een woord van de kiosk zijn. Kies een ander.</source>
        <translation>A password may not be your name or a word of the kiosk. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="81" />
        <source>Een wachtwoord mag geen reeks zijn zoals 12345678 of aaaaaaaa. Kies een ander.</source>
        <translation>A password may not be a run such as 12345678 or aaaaaaaa. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/operators.py" line="84" />
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="68" />
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="69" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="70" />
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="95" />
        <source>Getypte cijfers: %1</source>
        <translation>Digits typed: %1</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../../ui/presentation_bar.py" line="63" />
        <source>Grotere letters (%1 van %2)</source>
        <translation>Larger text (%1 of %2)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="65" />
        <source>Kleinere letters</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="66" />
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="67" />
        <source>Voorlezen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="68" />
        <source>Taal</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/screens/privacy.py" line="38" />
        <source>Wat we lezen van uw identiteitskaart</source>
        <translation>What we read from your identity card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="39" />
        <source>Voor de volgende volwassene: lees dit eerst.</source>
        <translation>For the next adult: read this first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="41" />
        <location filename="../../ui/screens/privacy.py" line="79" />
        <source>We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.</source>
        <translation>We read your name, date of birth, national register number and address from your card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="44" />
        <source>Uw foto ziet u alleen op het scherm. We bewaren de foto niet.</source>
        <translation>Your photo is only shown on the screen. We do not keep the photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="46" />
        <source>Uw gegevens worden beveiligd bewaard en gewist als uw dossier klaar is.</source>
        <translation>Your details are kept secure and erased when your file is finished.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="48" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="49" />
        <source>Ik begrijp het. Verder</source>
        <translation>I understand. Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="59" />
        <source>Dat is nodig om uw inschrijving voor een sociale woning te bevestigen. Het centraal inschrijvingsregister is van de Vlaamse overheid (Wonen in Vlaanderen). %1 behandelt uw dossier.</source>
        <translation>This is needed to confirm your registration for a social home. The central registration register belongs to the Flemish government (Wonen in Vlaanderen). %1 handles your file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="72" />
        <source>Zonder kaart schrijven we op: uw naam, uw geboortedatum en, als u het weet, uw rijksregisternummer.</source>
        <translation>Without a card we write down: your name, your date of birth and, if you know it, your national register number.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../ui/screens/questions.py" line="83" />
        <source>Vragen over uw situatie</source>
        <translation>Questions about your situation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="84" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="85" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="86" />
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="87" />
        <source>Terug naar het gezin</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="88" />
        <source>Alle vragen zijn beantwoord.</source>
        <translation>All questions are answered.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="89" />
        <location filename="../../ui/screens/questions.py" line="90" />
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="94" />
        <source>U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie.</source>
        <translation>You answer for the household member who is absent, with their power of attorney. Think of their situation.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="97" />
        <source>We zoeken uw gezin op bij het register… Even geduld.</source>
        <translation>We are looking up your household in the register… One moment.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="102" />
        <source>Ja, stop de inschrijving van mijn gezin</source>
        <translation>Yes, stop my household's registration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="103" />
        <source>Nee, ik wil ingeschreven blijven</source>
        <translation>No, I want to stay registered</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="105" />
        <source>Ja, ik hoor niet meer bij dit gezin</source>
        <translation>Yes, I no longer belong to this household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="106" />
        <source>Nee, terug naar de vraag</source>
        <translation>No, back to the question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="142" />
        <source>Vraag %1 van %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="164" />
        <source>De kiosk beslist hier niets over: WIL kijkt het na. U kunt gewoon verder.</source>
        <translation>The kiosk decides nothing about this: WIL checks it. You can simply go on.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="167" />
        <source>U antwoordde: nee, u wilt niet ingeschreven blijven. Weet u het zeker? Als u stopt, verliest uw gezin zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u later toch een sociale woning, dan moet u zich opnieuw inschrijven en begint u achteraan.</source>
        <translation>You answered: no, you do not want to stay registered. Are you sure? If you stop, your household loses its place on the waiting list and the waiting time it already had. If you want social housing later after all, you must register again and you start at the back.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="173" />
        <source>U antwoordde nee. Dan noteren we dat u vandaag uit dit gezin bent weggegaan. De anderen blijven ingeschreven. U hoeft niets te ondertekenen. Klopt dat?</source>
        <translation>You answered no. Then we note that you left this household today. The others stay registered. You do not need to sign anything. Is that right?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="178" />
        <source>Zeg het aan de begeleider. Die noteert bij 'Uw gezin' wie er wegging of bijkwam, met de datum.</source>
        <translation>Tell the helper. They note under 'Your household' who left or joined, with the date.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="183" />
        <source>Zonder inschrijving in het bevolkingsregister of het vreemdelingenregister, of een referentieadres, kunt u zich nu niet inschrijven voor een sociale woning. Wat kunt u doen? Laat u inschrijven bij de gemeente waar u woont, of vraag een referentieadres aan het OCMW.</source>
        <translation>Without registration in the population register or the foreigners' register, or a reference address, you cannot register for social housing now. What can you do? Register at the municipality where you live, or ask the OCMW for a reference address.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="188" />
        <source>Dan is uw inkomen misschien te hoog voor een sociale woning.</source>
        <translation>Then your income may be too high for social housing.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="191" />
        <source>Wie een woning of bouwgrond heeft, kan meestal geen sociale woning huren. Misschien geldt er toch een uitzondering.</source>
        <translation>Someone who owns a home or building land usually cannot rent social housing. An exception may still apply.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="194" />
        <source>Sinds 2024 telt ook uw spaargeld en uw beleggingen (de middelentoets).</source>
        <translation>Since 2024 your savings and investments count too (the asset test).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="197" />
        <source>De grens is %1 euro.</source>
        <translation>The limit is %1 euros.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw ontvangstbewijs</source>
        <translation>Your receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw bewijs van stopzetting</source>
        <translation>Your proof of stopping</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="81" />
        <source>Nu verzenden</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="87" />
        <source>Definitief ontvangstbewijs</source>
        <translation>Final receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="89" />
        <source>Het definitieve ontvangstbewijs, met uw dossiernummer, kunt u nu bekijken en afdrukken.</source>
        <translation>You can now view and print the final receipt, with your file number.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="92" />
        <source>Voorlopig ontvangstbewijs</source>
        <translation>Provisional receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="94" />
        <source>Het voorlopige ontvangstbewijs kunt u nu bekijken en afdrukken. Komt het dossiernummer terwijl u hier bent, dan kunt u hier het definitieve afdrukken.</source>
        <translation>You can now view and print the provisional receipt. If the file number arrives while you are here, you can print the final one here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="97" />
        <location filename="../../ui/screens/receipt.py" line="106" />
        <source>Bekijken</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="98" />
        <location filename="../../ui/screens/receipt.py" line="107" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="85" />
        <source>Het bewijs van stopzetting kunt u bekijken en afdrukken.</source>
        <translation>You can view and print the proof of stopping.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="100" />
        <source>Andere papieren voor u: bekijk ze of druk ze af.</source>
        <translation>Other papers for you: look at them or print them.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="101" />
        <source>Opnieuw afdrukken</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="102" />
        <source>Bezoek afsluiten</source>
        <translation>End the visit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112" />
        <source>Bewijs van stopzetting</source>
        <translation>Proof of stopping</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="114" />
        <source>Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt</source>
        <translation>Help sheet: PIN code, itsme, a new eID and where to get help</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="116" />
        <source>Brief: wat nog moet gebeuren, en tegen wanneer</source>
        <translation>Letter: what still has to be done, and by when</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="118" />
        <source>Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer</source>
        <translation>Appointment at WIL: what to bring, where and by when</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="120" />
        <source>Uw inschrijving: wat u koos en wat u moet weten</source>
        <translation>Your registration: what you chose and what you need to know</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="129" />
        <source>Papieren formulier voor de partner</source>
        <translation>Paper form for the partner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="131" />
        <source>Papieren formulier voor volwassene %1</source>
        <translation>Paper form for adult %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="146" />
        <source>Uw referentie: %1</source>
        <translation>Your reference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="318" />
        <source>Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen. WIL verwerkt ze in het register.</source>
        <translation>Sent: WIL has received your request to stop the registration. WIL processes it in the register.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="330" />
        <source>Bewaard. Even geduld: we verzenden uw vraag nu naar WIL.</source>
        <translation>Saved. One moment: we are sending your request to WIL now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="338" />
        <source>Bewaard. WIL is nu niet bereikbaar: we verzenden uw vraag later vanzelf. WIL verwerkt ze in het register.</source>
        <translation>Saved. WIL cannot be reached right now: we will send your request later by ourselves. WIL processes it in the register.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="350" />
        <source>Bewaard. Uw vraag om de inschrijving te stoppen wordt naar WIL verzonden. WIL verwerkt ze in het register.</source>
        <translation>Saved. Your request to stop the registration is being sent to WIL. WIL processes it in the register.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="155" />
        <source>Uw dossiernummer: %1</source>
        <translation>Your dossier number: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="173" />
        <source>Bewaard om later verder te doen. Er is nog niets te verzenden.</source>
        <translation>Saved to carry on later. There is nothing to send yet.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="324" />
        <source>Verzonden: het register heeft uw dossier ontvangen. Het dossiernummer komt later. Tot dan is dit ontvangstbewijs voorlopig.</source>
        <translation>Sent: the register has received your file. The file number comes later. Until then this receipt is provisional.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="334" />
        <source>Bewaard. Even geduld: we verzenden het nu naar het register.</source>
        <translation>Saved. One moment: we are sending it to the register now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="344" />
        <source>Bewaard. Het register is nu niet bereikbaar: we verzenden later vanzelf. Tot het dossiernummer er is, is dit ontvangstbewijs voorlopig.</source>
        <translation>Saved. The register cannot be reached right now: we will send it later by ourselves. Until the file number is there, this receipt is provisional.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="355" />
        <source>Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. Het dossiernummer komt zodra het register alles heeft.</source>
        <translation>Saved. Provisional proof: it is being sent to the register. The dossier number comes as soon as the register has everything.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="167" />
        <source>Bewaard. WIL moet eerst uw documenten zien. Neem het afspraakbriefje en het papieren formulier mee.</source>
        <translation>Saved. WIL must see your documents first. Take the appointment slip and the paper form with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>Even geduld: het papier wordt gemaakt.</source>
        <translation>One moment: the paper is being made.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="253" />
        <location filename="../../ui/screens/receipt.py" line="259" />
        <source>Even geduld: het papier gaat naar de printer.</source>
        <translation>One moment: the paper is going to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="280" />
        <source>De printer werkt nu niet. Het papier is bewaard: probeer opnieuw, of vraag het later aan een medewerker.</source>
        <translation>The printer is not working now. The paper is kept: try again, or ask a staff member for it later.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="291" />
        <source>Het papier kon niet gemaakt worden. Probeer opnieuw of vraag een medewerker.</source>
        <translation>The paper could not be made. Try again or ask a staff member.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="132" />
        <source>Ontvangstbewijs</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="127" />
        <source>Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)</source>
        <translation>Paper form for the reference tenant (the person the registration is in the name of)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="157" />
        <source>Het register heeft uw dossier ontvangen en een dossiernummer gegeven.</source>
        <translation>The register has received your dossier and given it a dossier number.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="273" />
        <source>Afgedrukt. Neem het papier mee.</source>
        <translation>Printed. Take the paper with you.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="158" />
        <source>Uiterste datum op de brief</source>
        <translation>Deadline on the letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="159" />
        <source>Telefoon (mag leeg blijven)</source>
        <translation>Phone (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="160" />
        <source>E-mail (mag leeg blijven)</source>
        <translation>E-mail (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="161" />
        <source>Brieven: ter attentie van (bijvoorbeeld OCMW)</source>
        <translation>Letters: care of (for example the OCMW)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="162" />
        <source>Brieven: straat en nummer</source>
        <translation>Letters: street and number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="163" />
        <source>Brieven: postcode en gemeente</source>
        <translation>Letters: postcode and municipality</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="164" />
        <source>Gemeenten (met komma's ertussen)</source>
        <translation>Municipalities (separated by commas)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="165" />
        <source>Soort woning</source>
        <translation>Kind of home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="166" />
        <source>Maximale huur per maand (0: geen maximum)</source>
        <translation>Maximum rent a month (0: no maximum)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="167" />
        <source>Mantelzorg: in welke gemeente?</source>
        <translation>Informal care: in which municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="184" />
        <location filename="../../ui/screens/registration_panel.py" line="185" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="189" />
        <source>Datum opslaan</source>
        <translation>Save the date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="190" />
        <source>Datum wissen</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="191" />
        <source>Dit is een referentieadres (geen eigen woning)</source>
        <translation>This is a reference address (no home of one's own)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="192" />
        <source>Voorkeuren voor de nieuwe inschrijving</source>
        <translation>Preferences for the new registration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Huis</source>
        <translation>House</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Appartement</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="196" />
        <source>Iemand heeft een aangepaste woning nodig (handicap)</source>
        <translation>Someone needs an adapted home (disability)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="197" />
        <source>Gegevens opslaan</source>
        <translation>Save the details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="238" />
        <source>Deze datum ligt meer dan een jaar van vandaag. Kijk het jaartal na.</source>
        <translation>This date is more than a year from today. Check the year.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="281" />
        <source>Dit telefoonnummer klopt niet: het heeft 9 tot 15 cijfers.</source>
        <translation>This phone number is not right: it has 9 to 15 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="282" />
        <source>Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.be.</source>
        <translation>This e-mail address is not right. It looks like name@example.be.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="284" />
        <source>Vul het adres voor brieven helemaal in: straat, nummer, postcode en gemeente.</source>
        <translation>Fill in the whole address for letters: street, number, postcode and municipality.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="286" />
        <source>Schrijf de gemeenten in letters, met komma's ertussen.</source>
        <translation>Write the municipalities in letters, with commas between them.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="287" />
        <source>Schrijf de gemeente in letters.</source>
        <translation>Write the municipality in letters.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="288" />
        <source>De maximale huur klopt niet.</source>
        <translation>The maximum rent is not right.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="290" />
        <source>Kijk de gegevens na.</source>
        <translation>Check the details.</translation>
    </message>
</context>
<context>
    <name>ReprintsWidget</name>
    <message>
        <location filename="../../ui/reprints.py" line="112" />
        <source>Een ontvangstbewijs opnieuw afdrukken: kies de referentie die op het papier van de kandidaat staat. De kopie komt uit het bewaarde dossier en staat in het auditlog.</source>
        <translation>Reprint a receipt: choose the reference on the candidate's paper. The copy comes from the saved dossier and is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="116" />
        <source>Taal van de samenvatting:</source>
        <translation>Language of the summary:</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="117" />
        <source>Taal van de samenvatting</source>
        <translation>Language of the summary</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="118" />
        <source>Bewaarde dossiers</source>
        <translation>Saved dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="119" />
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="120" />
        <source>Kopie bekijken</source>
        <translation>View the copy</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="121" />
        <source>Kopie afdrukken</source>
        <translation>Print the copy</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="122" />
        <source>Wachtende papieren afdrukken</source>
        <translation>Print the waiting papers</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>voorlopig</source>
        <translation>provisional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="236" />
        <source>%n papier(en) wachten op de printer.</source>
        <translation>
            <numerusform>%n paper is waiting for the printer.</numerusform>
            <numerusform>%n papers are waiting for the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="252" />
        <source>%n papier(en) afgedrukt.</source>
        <translation>
            <numerusform>%n paper printed.</numerusform>
            <numerusform>%n papers printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="132" />
        <location filename="../../ui/reprints.py" line="154" />
        <source>Er zijn nog geen bewaarde dossiers.</source>
        <translation>There are no saved dossiers yet.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="165" />
        <source>Kies eerst een referentie in de lijst.</source>
        <translation>First choose a reference in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="168" />
        <source>Even geduld: de kopie wordt gemaakt.</source>
        <translation>One moment: the copy is being made.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="187" />
        <source>Kopie van het ontvangstbewijs</source>
        <translation>Copy of the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="205" />
        <source>Even geduld: de kopie gaat naar de printer.</source>
        <translation>One moment: the copy is going to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="212" />
        <source>De kopie is afgedrukt.</source>
        <translation>The copy has been printed.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="217" />
        <location filename="../../ui/reprints.py" line="257" />
        <source>Afdrukken lukte niet: %1. Het papier wacht tot de printer werkt.</source>
        <translation>Printing failed: %1. The paper waits until the printer works.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="239" />
        <source>Er wachten geen papieren op de printer.</source>
        <translation>No papers are waiting for the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="245" />
        <source>Even geduld: de wachtende papieren gaan naar de printer.</source>
        <translation>One moment: the waiting papers are going to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="265" />
        <source>Uw rol laat dit niet toe.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="267" />
        <source>Dat lukte niet (%1).</source>
        <translation>That did not work (%1).</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="49" />
        <source>Nakijken</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="50" />
        <source>Terug naar het gezin</source>
        <translation>Back to the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="51" />
        <source>Klaar. Afronden</source>
        <translation>Done. Finish</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="70" />
        <source>Voor het gezin: %1</source>
        <translation>For the household: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="84" />
        <source>Het register was niet bereikbaar: we konden niet nakijken wie in uw gezin nog moet bevestigen. Uw bewijs is daarom voorlopig. WIL kijkt het na zodra alles verzonden is.</source>
        <translation>The register could not be reached: we could not check who in your household still has to confirm. That is why your proof is provisional. WIL will check it as soon as everything has been sent.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95" />
        <source>De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt. Na 'Afronden' krijgt u een bewijs van stopzetting.</source>
        <translation>The reference tenant signed that the household stops its registration. After 'Finish' you get a proof of stopping.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99" />
        <source>Het gezin wil de inschrijving stoppen, maar de referentiehuurder moet nog tekenen.</source>
        <translation>The household wants to stop the registration, but the reference tenant still has to sign.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="102" />
        <source>%n volwassene(n) bevestigd en er ontbreekt niets.</source>
        <translation>
            <numerusform>The adult has confirmed and nothing is missing.</numerusform>
            <numerusform>All adults have confirmed and nothing is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="105" />
        <source>Nog niet klaar: nog %n volwassene(n) moet(en) bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>
            <numerusform>Not finished yet: %n adult still has to confirm. Your file is only complete when every adult has confirmed.</numerusform>
            <numerusform>Not finished yet: %n adults still have to confirm. Your file is only complete when every adult has confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="111" />
        <source>Nog niet klaar: er ontbreekt nog iets. Kijk hieronder wat en tegen wanneer.</source>
        <translation>Not done yet: something is still missing. See below what, and by when.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="113" />
        <source>Dit wordt een nieuwe inschrijving.</source>
        <translation>This becomes a new registration.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="127" />
        <source>Bewaren is niet gelukt. Er is niets verloren: probeer opnieuw, of roep de coördinator.</source>
        <translation>Saving did not work. Nothing is lost: try again, or call the coordinator.</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="76" />
        <source>Rol in het gezin: %1. Kies een andere rol als dat niet klopt.</source>
        <translation>Role in the household: %1. Choose another role if that is not right.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="79" />
        <source>Nieuwe inschrijving: kies de rol van %1 in het gezin.</source>
        <translation>New registration: choose %1's role in the household.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="98" />
        <source>Het register bepaalt de rollen van dit gezin.</source>
        <translation>The register decides the roles in this household.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="99" />
        <source>Het gezin heeft al een referentiehuurder of een partner. Kies een andere rol.</source>
        <translation>The household already has a reference tenant or a partner. Choose another role.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="100" />
        <source>Iemand jonger dan 18 is een kind in het gezin.</source>
        <translation>Someone under 18 is a child in the household.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="101" />
        <source>Iemand van 18 of ouder is geen kind in deze lijst. Kies een andere rol.</source>
        <translation>Someone aged 18 or over is not a child in this list. Choose another role.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="102" />
        <source>Deze persoon heeft al bevestigd. De rol kan niet meer veranderen.</source>
        <translation>This person has already confirmed. The role can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="104" />
        <source>Dat kan niet.</source>
        <translation>That is not possible.</translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="115" />
        <location filename="../../ui/screens/routes_panel.py" line="116" />
        <source>Rijksregisternummer op het document</source>
        <translation>National register number on the document</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="117" />
        <source>Documenten nagekeken (medewerker WIL)</source>
        <translation>Documents checked (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="118" />
        <source>Vragen en bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>Questions and confirmation by WIL staff (own card)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="119" />
        <source>Een bewindvoerder of volmachthouder tekent voor deze persoon</source>
        <translation>An administrator or a holder of a power of attorney signs for this person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="121" />
        <source>Bewindvoerder (met de beslissing van de vrederechter)</source>
        <translation>Administrator (with the decision of the justice of the peace)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="122" />
        <source>Volmachthouder die niet in het gezin woont (medewerker WIL)</source>
        <translation>Holder of a power of attorney who does not live in the household (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="129" />
        <source>Wie tekent?</source>
        <translation>Who signs?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="130" />
        <location filename="../../ui/screens/routes_panel.py" line="131" />
        <source>Rijksregisternummer van deze persoon</source>
        <translation>National register number of this person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="132" />
        <source>Beslissing of volmacht: bestand toevoegen</source>
        <translation>Decision or power of attorney: add a file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="133" />
        <source>Getoond aan de balie (medewerker WIL)</source>
        <translation>Shown at the counter (WIL staff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="137" />
        <source>Haal de kaart uit de lezer. Dan steekt de bewindvoerder of volmachthouder de eigen identiteitskaart in.</source>
        <translation>Take the card out of the reader. Then the administrator or the holder of the power of attorney inserts their own identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="142" />
        <source>Ontvoogd door de rechter</source>
        <translation>Emancipated by the court</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="143" />
        <source>Begeleid zelfstandig wonen</source>
        <translation>Supported independent living</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="150" />
        <source>Waarom mag deze minderjarige zich inschrijven?</source>
        <translation>Why may this minor register?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="151" />
        <source>Deze minderjarige mag zich inschrijven</source>
        <translation>This minor may register</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="152" />
        <source>Toch niet</source>
        <translation>Not after all</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="203" />
        <location filename="../../ui/screens/routes_panel.py" line="253" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>This national register number is not right. Check the 11 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="206" />
        <source>Dit rijksregisternummer hoort bij iemand anders.</source>
        <translation>This national register number belongs to someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="209" />
        <location filename="../../ui/screens/routes_panel.py" line="220" />
        <location filename="../../ui/screens/routes_panel.py" line="259" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Only a member of WIL staff may do this.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="222" />
        <source>Kijk eerst de documenten na en vul het rijksregisternummer in.</source>
        <translation>Check the documents first and fill in the national register number.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="236" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="246" />
        <source>Kies eerst een volwassene in de lijst.</source>
        <translation>First choose an adult in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="263" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>This file is too large or empty.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="265" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>This kind of file is not possible. Choose a PDF or a photo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="268" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>This national register number is not this adult's at the register.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="271" />
        <source>Kies een volwassene die nog moet bevestigen.</source>
        <translation>Choose an adult who still has to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="291" />
        <source>Dit kan alleen voor een minderjarige die nog niet bevestigde.</source>
        <translation>This is only possible for a minor who has not confirmed yet.</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="8" />
        <source>Wilt u ingeschreven blijven voor een sociale woning?</source>
        <translation>Do you want to stay registered for social housing?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="9" />
        <source>Zegt u nee, dan schrappen we uw inschrijving. U verliest dan uw plaats op de wachtlijst.</source>
        <translation>If you say no, we remove your registration. You then lose your place on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="10" />
        <source>Woont er iemand anders bij u dan vorig jaar? Of is er iemand weggegaan?</source>
        <translation>Does someone else live with you than last year? Or has someone left?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11" />
        <source>Bijvoorbeeld: een nieuwe partner, een baby, een kind dat het huis uit is.</source>
        <translation>For example: a new partner, a baby, a child who has left home.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12" />
        <source>Bent u gescheiden of uit elkaar gegaan?</source>
        <translation>Are you divorced or separated?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13" />
        <source>Wonen uw kinderen een deel van de tijd bij u en een deel bij de andere ouder?</source>
        <translation>Do your children live part of the time with you and part with the other parent?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14" />
        <source>Dan tellen ze mee als ze regelmatig bij u verblijven. U moet dat op papier kunnen tonen.</source>
        <translation>Then they count if they stay with you regularly. You must be able to show this on paper.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="15" />
        <source>Heeft iemand in uw gezin een erkende handicap?</source>
        <translation>Does someone in your household have a recognised disability?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="16" />
        <source>Een kind met een handicap telt dubbel mee. Een aangepaste woning kan voorrang geven.</source>
        <translation>A child with a disability counts twice. An adapted home can give priority.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17" />
        <source>Heeft u een aanslagbiljet van de belastingen van de laatste 3 jaar?</source>
        <translation>Do you have a tax assessment from the last 3 years?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18" />
        <source>Het aanslagbiljet is de brief van de belastingen met uw inkomen. U vindt het ook op MyMinfin.</source>
        <translation>The tax assessment is the letter from the tax office with your income. You can also find it on MyMinfin.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="19" />
        <source>Is uw inkomen nu veel lager dan op dat aanslagbiljet?</source>
        <translation>Is your income now much lower than on that tax assessment?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20" />
        <source>Bijvoorbeeld: u verloor uw werk of u krijgt nu een uitkering.</source>
        <translation>For example: you lost your job or you now receive a benefit.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="21" />
        <source>Heeft u op dit moment helemaal geen inkomen?</source>
        <translation>Do you have no income at all at the moment?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22" />
        <source>Krijgt u inkomen uit het buitenland, of van een internationale organisatie?</source>
        <translation>Do you receive income from abroad, or from an international organisation?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23" />
        <source>Bent u (voor een deel) eigenaar van een woning of bouwgrond, in België of in het buitenland?</source>
        <translation>Do you (partly) own a home or building land, in Belgium or abroad?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24" />
        <source>Ook als u vruchtgebruik heeft. Er zijn uitzonderingen: vertel het ons, dan kijken we samen.</source>
        <translation>Also if you have the usufruct. There are exceptions: tell us, and we will look at it together.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25" />
        <source>Kunt u niet in die woning wonen? Bijvoorbeeld: onbewoonbaar, onteigend, samen met uw ex, of een erfenis die u verkoopt.</source>
        <translation>Can you not live in that home? For example: uninhabitable, expropriated, shared with your ex, or an inheritance you are selling.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26" />
        <source>Heeft u een collectieve schuldenregeling, budgetbegeleiding of budgetbeheer?</source>
        <translation>Do you have a collective debt settlement, budget guidance or budget management?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27" />
        <source>Dan telt uw inkomen dat u nu echt kunt besteden.</source>
        <translation>Then the income you can really spend now is what counts.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28" />
        <source>Heeft u geen Belgische nationaliteit en geen bewijs van inschrijving in het bevolkingsregister?</source>
        <translation>Do you have no Belgian nationality and no proof of registration in the population register?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="29" />
        <source>Erkende vluchtelingen tonen het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>Recognised refugees show the refugee certificate and the decision of the CGRS.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="30" />
        <source>Uw laatste aanslagbiljet van de belastingen (op MyMinfin)</source>
        <translation>Your latest tax assessment (on MyMinfin)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31" />
        <source>Bewijs van uw inkomen van de laatste 3 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Proof of your income of the last 3 months (payslips, benefit, living wage)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32" />
        <source>Verklaring op eer dat u geen inkomen heeft</source>
        <translation>Sworn statement that you have no income</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33" />
        <source>Bewijs van inkomen uit het buitenland</source>
        <translation>Proof of income from abroad</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34" />
        <source>Akte van de woning of de bouwgrond (in België of in het buitenland)</source>
        <translation>Deed of the home or building land (in Belgium or abroad)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35" />
        <source>Bewijs waarom u er niet kunt wonen (onbewoonbaar, onteigend, samen met ex-partner, erfenis die u verkoopt)</source>
        <translation>Proof of why you cannot live there (uninhabitable, expropriated, with ex-partner, inheritance you are selling)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36" />
        <source>Attest van gezinssamenstelling van de gemeente</source>
        <translation>Household composition certificate from the municipality</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37" />
        <source>Papieren van de scheiding of de feitelijke scheiding</source>
        <translation>Papers of the divorce or the actual separation</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38" />
        <source>Vonnis of overeenkomst over co-ouderschap of bezoekrecht</source>
        <translation>Judgment or agreement on co-parenting or visiting rights</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39" />
        <source>Attest van handicap (FOD Sociale Zekerheid of ziekenfonds, minstens 66%)</source>
        <translation>Disability certificate (FPS Social Security or health insurer, at least 66%)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40" />
        <source>Vonnis collectieve schuldenregeling, of overeenkomst budgetbegeleiding of budgetbeheer</source>
        <translation>Judgment of collective debt settlement, or agreement on budget guidance or budget management</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="41" />
        <source>Verblijfsdocumenten (voor erkende vluchtelingen: attest van vluchteling en beslissing van het CGVS)</source>
        <translation>Residence documents (for recognised refugees: refugee certificate and decision of the CGRS)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42" />
        <source>Vonnis van ontvoogding of attest van de dienst begeleid zelfstandig wonen</source>
        <translation>Judgment of emancipation or certificate from the supported independent living service</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="43" />
        <source>Beslissing van de vrederechter die de bewindvoerder aanstelt</source>
        <translation>Decision of the justice of the peace appointing the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="44" />
        <source>Ondertekende volmacht van het gezinslid dat niet aanwezig kan zijn</source>
        <translation>Signed power of attorney of the household member who cannot be present</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="45" />
        <source>Zegt u nee, dan vragen we het nog een keer. Daarna stopt uw inschrijving en verliest u uw plaats op de wachtlijst.</source>
        <translation>If you say no, we ask once more. Then your registration stops and you lose your place on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="46" />
        <source>Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft?</source>
        <translation>Do you still live in this household, and do you want the household to stay registered?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="47" />
        <source>Zegt u nee, dan noteren we dat u niet meer bij dit gezin hoort. De anderen blijven ingeschreven.</source>
        <translation>If you say no, we note that you no longer belong to this household. The others stay registered.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="48" />
        <source>Is er sinds de vorige keer iemand bij u komen wonen, of weggegaan?</source>
        <translation>Since last time, has anyone come to live with you, or left?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="49" />
        <source>Bijvoorbeeld: een baby, een nieuwe partner, iemand die verhuisd of overleden is. De begeleider noteert het bij 'Uw gezin'.</source>
        <translation>For example: a baby, a new partner, someone who moved out or died. The helper notes it under 'Your household'.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="50" />
        <source>Staat u ingeschreven bij een gemeente in België? In het bevolkingsregister, in het vreemdelingenregister, of met een referentieadres.</source>
        <translation>Are you registered at a municipality in Belgium? In the population register, in the foreigners' register, or with a reference address.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="51" />
        <source>Heeft u een Belgische identiteitskaart of een verblijfskaart met uw adres, dan is het antwoord meestal ja. Een referentieadres kunt u vragen bij het OCMW.</source>
        <translation>If you have a Belgian identity card or a residence card with your address, the answer is usually yes. You can ask the OCMW for a reference address.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="52" />
        <source>Bent u erkend als vluchteling, of heeft u subsidiaire bescherming?</source>
        <translation>Are you recognised as a refugee, or do you have subsidiary protection?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="53" />
        <source>Dan toont u het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>Then you show the refugee certificate and the decision of the CGVS.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="54" />
        <source>Was uw inkomen op dat aanslagbiljet hoger dan de grens voor een sociale woning?</source>
        <translation>Was your income on that tax assessment above the limit for social housing?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="55" />
        <source>Het inkomen op het aanslagbiljet telt. Weet u het niet? Zeg dan nee: WIL rekent het zelf na.</source>
        <translation>The income on the tax assessment counts. You do not know? Then say no: WIL does the sums itself.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="56" />
        <source>Verdient u nu minder dan op dat aanslagbiljet?</source>
        <translation>Do you earn less now than on that tax assessment?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="57" />
        <source>Dan kan uw inkomen van nu tellen. U toont uw inkomen van minstens 3 van de laatste 6 maanden.</source>
        <translation>Then your current income can count. You show your income for at least 3 of the last 6 months.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="58" />
        <source>Heeft u op dit moment een inkomen? Bijvoorbeeld loon, een uitkering of leefloon.</source>
        <translation>Do you have an income at the moment? For example wages, a benefit or leefloon.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="59" />
        <source>Zonder aanslagbiljet telt uw inkomen van nu.</source>
        <translation>Without a tax assessment your current income counts.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="60" />
        <source>Ook als u er vruchtgebruik, erfpacht of opstal op heeft. Vruchtgebruik: u mag er wonen of u krijgt de huur. Erfpacht of opstal: u heeft voor lange tijd het recht op de grond of het gebouw.</source>
        <translation>Also if you have usufruct, a long lease (erfpacht) or a building right (opstal) on it. Usufruct: you may live there or you receive the rent. Long lease or building right: you have the right to the land or the building for a long time.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="61" />
        <source>Is er een reden waarom u er niet kunt wonen? Bijvoorbeeld: de woning is onbewoonbaar of onteigend, u heeft ze samen met uw ex-partner, of u erfde een deel en verkoopt het binnen het jaar.</source>
        <translation>Is there a reason why you cannot live there? For example: the home is uninhabitable or expropriated, you own it together with your ex-partner, or you inherited a share and sell it within the year.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="62" />
        <source>Heeft u spaargeld of beleggingen? Bijvoorbeeld op een spaarrekening, in aandelen of in fondsen.</source>
        <translation>Do you have savings or investments? For example in a savings account, in shares or in funds.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="63" />
        <source>Sinds 2024 telt ook uw vermogen. WIL kijkt het na. De kiosk beslist hier niets over.</source>
        <translation>Since 2024 your assets count too. WIL checks them. The kiosk decides nothing about this.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="64" />
        <source>Bewijs van uw inkomen van nu, van minstens 3 van de laatste 6 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Proof of your current income, for at least 3 of the last 6 months (payslips, benefit, leefloon)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="65" />
        <source>Akte van de woning of de bouwgrond, of van het vruchtgebruik, de erfpacht of de opstal (in België of in het buitenland)</source>
        <translation>Deed of the home or building land, or of the usufruct, long lease or building right (in Belgium or abroad)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="66" />
        <source>Uittreksel uit de overlijdensakte (bij de gemeente)</source>
        <translation>Extract of the death certificate (from the municipality)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="93" />
        <location filename="../../ui/screens/sign_in.py" line="119" />
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="94" />
        <source>Meld u aan als vrijwilliger of medewerker voor u een bezoek start.</source>
        <translation>Sign in as a volunteer or staff member before you start a visit.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="95" />
        <location filename="../../ui/screens/sign_in.py" line="96" />
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="97" />
        <location filename="../../ui/screens/sign_in.py" line="98" />
        <source>Uw wachtwoord</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="99" />
        <location filename="../../ui/screens/sign_in.py" line="232" />
        <source>Naam of wachtwoord klopt niet. Probeer opnieuw.</source>
        <translation>Name or password is not right. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="103" />
        <source>Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord %1.</source>
        <translation>Training mode: sign in as vrijwilliger, wil or coordinator, with password %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="109" />
        <source>Uw wachtwoord voldoet niet meer aan de regels: het is te kort of te gewoon. Kies nu een nieuw wachtwoord van minstens %1 tekens.</source>
        <translation>Your password no longer meets the rules: it is too short or too common. Choose a new password of at least %1 characters now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="113" />
        <location filename="../../ui/screens/sign_in.py" line="114" />
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="115" />
        <location filename="../../ui/screens/sign_in.py" line="116" />
        <source>Nieuw wachtwoord, nog een keer</source>
        <translation>New password, once more</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="117" />
        <source>Wachtwoord instellen en aanmelden</source>
        <translation>Set password and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="118" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="241" />
        <source>Dit wachtwoord kan niet. Kies een ander.</source>
        <translation>This password is not possible. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="120" />
        <source>De kiosk start op. U kunt uw naam en wachtwoord al typen.</source>
        <translation>The kiosk is starting. You can already type your name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="123" />
        <source>De kiosk kan niet starten: %1. Vraag hulp aan de coördinator.</source>
        <translation>The kiosk cannot start: %1. Ask the coordinator for help.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="127" />
        <source>Kiosk sluiten</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="227" />
        <source>Te veel foute wachtwoorden: aanmelden kan pas over enkele minuten. Wacht even of vraag de coördinator.</source>
        <translation>Too many wrong passwords: signing in is possible again in a few minutes. Wait a moment or ask the coordinator.</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="60" />
        <source>Statistieken</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="64" />
        <source>Bezoeken per dag en plaats, de laatste 30 dagen: volwassenen bevestigd, dossiers volledig, wachtend op het register en in gevaar (termijn voorbij of bijna voorbij, zoals op het startscherm). Aantallen van 1 tot 4 staan er als '&lt;5', ook in de CSV.</source>
        <translation>Visits per day and location, the last 30 days: adults confirmed, dossiers complete, waiting for the register and at risk (deadline passed or almost passed, as on the start screen). Numbers from 1 to 4 are shown as '&lt;5', also in the CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="69" />
        <source>Bewaren als anonieme CSV</source>
        <translation>Save as an anonymous CSV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="77" />
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="78" />
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="79" />
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="80" />
        <source>Bevestigingen</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="81" />
        <source>Inschrijvingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="82" />
        <source>Volwassenen bevestigd</source>
        <translation>Adults confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="83" />
        <source>Klad</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="84" />
        <source>Dossiers volledig</source>
        <translation>Dossiers complete</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="85" />
        <source>Wachtend op register</source>
        <translation>Waiting for the register</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="86" />
        <source>In gevaar</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="103" />
        <source>Bewaren als CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="113" />
        <source>De CSV kon niet bewaard worden in %1. Kies een andere plaats.</source>
        <translation>The CSV could not be saved in %1. Choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="117" />
        <source>Bewaard: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>StopVisit</name>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="54" />
        <source>Bezoek stoppen</source>
        <translation>Stop the visit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="57" />
        <source>Wilt u het bezoek stoppen? Wat nog niet ondertekend is, wordt gewist.</source>
        <translation>Do you want to stop the visit? Anything not yet signed will be erased.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="59" />
        <source>Nee, verder gaan</source>
        <translation>No, carry on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="60" />
        <source>Ja, stoppen</source>
        <translation>Yes, stop</translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <location filename="../../ui/sync_strip.py" line="46" />
        <source>Nu verzenden</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="78" />
        <source>Verzenden: bezig…</source>
        <translation>Sending: in progress…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="80" />
        <source>Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.</source>
        <translation>Sending: the register cannot be reached now. We will try again later.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="82" />
        <source>Verzenden: even kijken…</source>
        <translation>Sending: checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="84" />
        <source>Verzenden: %n zending(en) wachten op het register.</source>
        <translation>
            <numerusform>Sending: %n submission is waiting for the register.</numerusform>
            <numerusform>Sending: %n submissions are waiting for the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="89" />
        <source>Zojuist verzonden: %n zending(en).</source>
        <translation>
            <numerusform>Just sent: %n submission.</numerusform>
            <numerusform>Just sent: %n submissions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="91" />
        <source>Er was niets nieuws te verzenden.</source>
        <translation>There was nothing new to send.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="94" />
        <source>%n zending(en) in quarantaine: roep de coördinator.</source>
        <translation>
            <numerusform>%n submission in quarantine: call the coordinator.</numerusform>
            <numerusform>%n submissions in quarantine: call the coordinator.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="86" />
        <source>Verzenden: alles is verzonden.</source>
        <translation>Sending: everything has been sent.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="96" />
        <source>Er is een melding voor de operator op het startscherm.</source>
        <translation>There is a message for the operator on the start screen.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/screens/wording.py" line="58" />
        <location filename="../../ui/screens/wording.py" line="122" />
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="59" />
        <source>moet nog bevestigen</source>
        <translation>still has to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="60" />
        <source>bevestigd met PIN</source>
        <translation>confirmed with PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="61" />
        <source>bevestigd door medewerker WIL</source>
        <translation>confirmed by WIL staff</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="62" />
        <source>afwezig, bevestigd met volmacht</source>
        <translation>absent, confirmed with power of attorney</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="65" />
        <source>heeft al eerder bevestigd</source>
        <translation>already confirmed earlier</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="66" />
        <source>afwezig: moet nog bevestigen</source>
        <translation>absent: still has to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="67" />
        <source>afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen</source>
        <translation>absent, power of attorney received: another household member can confirm for them</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="130" />
        <source>in het ziekenhuis</source>
        <translation>in hospital</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="131" />
        <source>in een woonzorgcentrum</source>
        <translation>in a care home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="132" />
        <source>in het buitenland</source>
        <translation>abroad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="133" />
        <source>in de gevangenis</source>
        <translation>in prison</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="93" />
        <location filename="../../ui/screens/wording.py" line="134" />
        <source>andere reden</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="70" />
        <source>bevestigd door de bewindvoerder of volmachthouder</source>
        <translation>confirmed by the administrator or holder of the power of attorney</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="73" />
        <source>zonder leesbare kaart: WIL kijkt de documenten na</source>
        <translation>no readable card: WIL checks the documents</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="76" />
        <source>woont niet meer in het gezin</source>
        <translation>no longer lives in the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="77" />
        <source>overleden</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="78" />
        <source>het gezin stopt de inschrijving: hoeft niet te bevestigen</source>
        <translation>the household stops its registration: need not confirm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="88" />
        <source>alleen een paspoort</source>
        <translation>a passport only</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="89" />
        <source>papieren van vluchteling of asielzoeker</source>
        <translation>refugee's or asylum seeker's papers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="90" />
        <source>kaart verloren of gestolen</source>
        <translation>card lost or stolen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="91" />
        <source>kaart kapot of chip werkt niet</source>
        <translation>card broken or chip not working</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="92" />
        <source>nieuwe kaart aangevraagd</source>
        <translation>new card applied for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="100" />
        <source>Let op: deze computer kan het register nu niet bereiken, en de uiterste datum is dichtbij. Wacht niet: bel WIL vandaag nog, of geef het papieren formulier nu af.</source>
        <translation>Note: this computer cannot reach the register now, and the deadline is close. Do not wait: call WIL today, or hand in the paper form now.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="109" />
        <source>Hebt u itsme op uw smartphone? Dan kunt u ook zelf, van thuis uit, bevestigen op www.vlaanderen.be/sociaalhuren.</source>
        <translation>Do you have itsme on your smartphone? Then you can also confirm yourself, from home, at www.vlaanderen.be/sociaalhuren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="119" />
        <source>referentiehuurder</source>
        <translation>reference tenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="120" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="121" />
        <source>ander volwassen gezinslid</source>
        <translation>other adult of the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="142" />
        <source>minderjarig, ontvoogd door de rechter</source>
        <translation>a minor, emancipated by the court</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="143" />
        <source>minderjarig, begeleid zelfstandig wonen</source>
        <translation>a minor, supported independent living</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="151" />
        <source>de termijn was %1 en is voorbij</source>
        <translation>the deadline was %1 and has passed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="154" />
        <source>uiterlijk op %1</source>
        <translation>by %1 at the latest</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="160" />
        <source>nog bevestigen</source>
        <translation>still to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="161" />
        <source>nog bevestigen (afwezig)</source>
        <translation>still to confirm (absent)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="162" />
        <source>vragen nog beantwoorden</source>
        <translation>questions still to answer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="163" />
        <source>bewijsstuk nog brengen: %1</source>
        <translation>supporting document still to bring: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="166" />
        <source>er is nog geen volwassene</source>
        <translation>there is no adult yet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="167" />
        <source>het register kon uw gezin niet nakijken</source>
        <translation>the register could not check your household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="181" />
        <source>is nu 18 en moet ook bevestigen</source>
        <translation>is 18 now and must confirm too</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="185" />
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="187" />
        <source>op %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="192" />
        <source>kies de rol in het gezin</source>
        <translation>choose the role in the household</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="194" />
        <source>rol: %1</source>
        <translation>role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="209" />
        <source>Let op: de termijn was %1 en is voorbij. Neem vandaag nog contact op met WIL en zeg waarom het later is (bijvoorbeeld ziekte of ziekenhuis).</source>
        <translation>Please note: the deadline was %1 and has passed. Contact WIL today and say why it is late (for example illness or hospital).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="215" />
        <source>Let op: vandaag, %1, is de laatste dag om te bevestigen.</source>
        <translation>Please note: today, %1, is the last day to confirm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/wording.py" line="219" />
        <source>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag(en).</source>
        <translation>
            <numerusform>Please note: confirm on %1 at the latest. That is within %n day.</numerusform>
            <numerusform>Please note: confirm on %1 at the latest. That is within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="225" />
        <source>Bevestig uiterlijk op %1. De laatste dag telt nog mee.</source>
        <translation>Confirm by %1 at the latest. The last day still counts.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="279" />
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="280" />
        <source>Niet afdrukken</source>
        <translation>Do not print</translation>
    </message>
</context>
</TS>