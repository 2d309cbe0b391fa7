<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AwaitingCardScreen</name>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="25" />
        <source>Steek de volgende kaart in</source>
        <translation>Sonraki kartı takın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="29" />
        <source>Steek de identiteitskaart in van de volgende volwassene, of opnieuw dezelfde kaart om verder te gaan.</source>
        <translation>Sonraki yetişkinin kimlik kartını takın ya da devam etmek için aynı kartı yeniden takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="33" />
        <source>Bezoek stoppen</source>
        <translation>Ziyareti bitir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="38" />
        <source>%1 van %2 volwassenen klaar</source>
        <translation>%2 yetişkinden %1 tanesi tamam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="43" />
        <source>Even geduld: we lezen de kaart.</source>
        <translation>Lütfen bekleyin: kartı okuyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="45" />
        <source>De kaart kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>Kart okunamadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="47" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Okuyucu bir kart bekliyor.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/screens/confirm.py" line="46" />
        <source>Bevestigen met uw PIN-code</source>
        <translation>PIN kodunuzla onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="50" />
        <source>Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden kloppen. Dat is hetzelfde als een papier ondertekenen.</source>
        <translation>PIN kodunuzla dijital bir imza atarsınız. Böylece şunu söylersiniz: bilgilerim ve cevaplarım doğru. Bu, bir kağıdı imzalamakla aynıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="54" />
        <source>Typ uw PIN-code zelf. De vrijwilliger kijkt niet mee.</source>
        <translation>PIN kodunuzu kendiniz yazın. Gönüllü bakmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="55" />
        <source>Ik heb geen PIN-code</source>
        <translation>PIN kodum yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="56" />
        <source>Bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>WIL çalışanı tarafından onay (kendi kartı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="57" />
        <source>Ja, ik bevestig met mijn PIN-code</source>
        <translation>Evet, PIN kodumla onaylıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="58" />
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="82" />
        <source>Ondertekenen met de kaart is nog niet gebouwd in deze versie. Er is niets ondertekend.</source>
        <translation>Kartla imzalama bu sürümde henüz yok. Hiçbir şey imzalanmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="99" />
        <source>Even geduld: de kaart ondertekent.</source>
        <translation>Lütfen bekleyin: kart imzalıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="107" />
        <source>Typ uw PIN-code op het toestel van de kaartlezer.</source>
        <translation>PIN kodunuzu kart okuyucunun tuş takımına yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="114" />
        <source>U heeft nog %1 pogingen.</source>
        <translation>%1 deneme hakkınız kaldı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="122" />
        <source>Gelukt: uw bevestiging is ondertekend.</source>
        <translation>Tamam: onayınız imzalandı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="131" />
        <source>De PIN-code is niet juist. U heeft nog %1 pogingen.</source>
        <translation>PIN kodu doğru değil. %1 deneme hakkınız kaldı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="138" />
        <source>Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. U krijgt een hulpblad mee voor de gemeente.</source>
        <translation>PIN kodunuz bloke oldu. Bir WIL çalışanı size yardım edebilir. Belediye için bir yardım sayfası alacaksınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="145" />
        <source>U heeft gestopt. Er is niets ondertekend.</source>
        <translation>Durdurdunuz. Hiçbir şey imzalanmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="148" />
        <source>Met deze kaart kan u niet ondertekenen. Een medewerker van WIL helpt u verder.</source>
        <translation>Bu kartla imza atamazsınız. Bir WIL çalışanı size yardım eder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="152" />
        <source>Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw.</source>
        <translation>İmzalama başarısız oldu. Hiçbir şey imzalanmadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="157" />
        <source>Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. U krijgt een hulpblad mee.</source>
        <translation>PIN kodu olmadan onayınızı sadece bir WIL çalışanı yapabilir. Bir yardım sayfası alacaksınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="170" />
        <source>Ondertekenen met de kaart van de medewerker is nog niet gebouwd in deze versie. Er is niets ondertekend.</source>
        <translation>Çalışanın kartıyla imzalama bu sürümde henüz yok. Hiçbir şey imzalanmadı.</translation>
    </message>
</context>
<context>
    <name>CoordinatorScreen</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="31" />
        <source>Beheer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="32" />
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="32" />
        <source>Quarantaine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="32" />
        <source>Herdrukken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="32" />
        <source>Statistieken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="36" />
        <source>Nog niet gebouwd in deze versie: dit heeft de lokale databank nodig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="37" />
        <source>Operators toevoegen en uitschakelen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="40" />
        <source>Zendingen die het register weigerde, met de reden, en opnieuw in de wachtrij zetten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="44" />
        <source>Een ontvangstbewijs opnieuw afdrukken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="48" />
        <source>Bezoeken, bevestigde volwassenen, volledige dossiers, wachtend en in gevaar, per dag en plaats; als anonieme CSV voor WIL en de stad (aantallen onder 5 als "&lt;5").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="55" />
        <source>Alleen een coördinator mag dit scherm gebruiken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="56" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>DeclarationsScreen</name>
    <message>
        <location filename="../../ui/screens/declarations.py" line="40" />
        <source>Vragen over uw situatie</source>
        <translation>Durumunuzla ilgili sorular</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="41" />
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="42" />
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="43" />
        <source>Vorige vraag</source>
        <translation>Önceki soru</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="44" />
        <source>Alle vragen zijn beantwoord.</source>
        <translation>Bütün sorular cevaplandı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="45" />
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/declarations.py" line="99" />
        <source>Vraag %1 van %2</source>
        <translation>Soru %1 / %2</translation>
    </message>
</context>
<context>
    <name>DemoCardPanel</name>
    <message>
        <location filename="../../ui/demo_panel.py" line="52" />
        <source>Oefenkaarten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="53" />
        <source>Kies een oefenkaart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="54" />
        <source>Kaart insteken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="55" />
        <source>Kaart uitnemen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="59" />
        <source>Nog geen echte virtuele eID-kaart in deze versie: deze oefenkaarten tonen alleen gegevens en kunnen niet ondertekenen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../ui/screens/end.py" line="24" />
        <source>Het bezoek is afgesloten</source>
        <translation>Ziyaret bitti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="25" />
        <source>Vergeet uw identiteitskaart niet.</source>
        <translation>Kimlik kartınızı unutmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="26" />
        <source>Volgend bezoek</source>
        <translation>Sonraki ziyaret</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="33" />
        <source>Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist.</source>
        <translation>Bir süre kimse kioskta değildi. Bu yüzden ekranı sildik.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="36" />
        <source>Dank u. Alle gegevens zijn van het scherm gewist.</source>
        <translation>Teşekkürler. Tüm bilgiler ekrandan silindi.</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <location filename="../../ui/screens/evidence.py" line="43" />
        <source>Bewijsstukken</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="46" />
        <source>Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen.</source>
        <translation>Gerekli belgeleri ekleyin. Yanınızda değil mi? O zaman seçin: sonra getir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="48" />
        <source>Voor uw antwoorden zijn geen papieren nodig.</source>
        <translation>Cevaplarınız için belge gerekmiyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="85" />
        <source>Bestand toevoegen</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="85" />
        <source>Nog een pagina</source>
        <translation>Bir sayfa daha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="88" />
        <source>Later brengen</source>
        <translation>Sonra getir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="94" />
        <source>Getoond aan de balie (WIL)</source>
        <translation>Gişede gösterildi (WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="112" />
        <source>Pagina %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="117" />
        <source>Toegevoegd: %1 pagina's</source>
        <translation>Eklendi: %1 sayfa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="119" />
        <source>U brengt dit later.</source>
        <translation>Bunu sonra getireceksiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="121" />
        <source>Getoond aan de balie.</source>
        <translation>Gişede gösterildi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="122" />
        <source>Nog niet toegevoegd.</source>
        <translation>Henüz eklenmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="127" />
        <source>Kies een bestand</source>
        <translation>Bir dosya seçin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="129" />
        <source>PDF of foto (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff)</source>
        <translation>PDF veya fotoğraf (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="139" />
        <source>Er zijn al genoeg pagina's voor dit stuk.</source>
        <translation>Bu belge için zaten yeterli sayfa var.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="145" />
        <source>Dit bestand is te groot (meer dan %1 MB).</source>
        <translation>Bu dosya çok büyük (%1 MB'tan fazla).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="146" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Bu tür dosya kabul edilmiyor. Bir PDF veya fotoğraf seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="148" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Bu dosya okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="49" />
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/exit_dialog.py" line="16" />
        <source>Kiosk afsluiten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="18" />
        <source>Alleen een operator kan de kiosk afsluiten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="20" />
        <location filename="../../ui/exit_dialog.py" line="21" />
        <source>Uw naam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="25" />
        <location filename="../../ui/exit_dialog.py" line="26" />
        <source>Uw wachtwoord</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="29" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="30" />
        <source>Nieuw bezoek starten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="31" />
        <source>Concept hervatten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="36" />
        <source>Concepten bewaren is nog niet gebouwd in deze versie: een bezoek blijft alleen in het geheugen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="42" />
        <source>Wachtrij: nog niet gebouwd in deze versie. Er wordt nog niets bewaard of verzonden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="44" />
        <source>Nu verzenden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="45" />
        <source>Beheer (coördinator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="46" />
        <source>Afmelden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="51" />
        <source>Aangemeld als %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../ui/screens/household.py" line="77" />
        <source>Uw gezin</source>
        <translation>Haneniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="82" />
        <source>Opzoeken bij het register is nog niet gebouwd in deze versie. Datum van de brief: onbekend.</source>
        <translation>Kayıtta arama bu sürümde henüz yok. Mektubun tarihi: bilinmiyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="87" />
        <source>Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in.</source>
        <translation>Bu kartı okuyucudan çıkarın. Sonra sonraki yetişkinin kartını takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="89" />
        <source>Volwassene toevoegen met kaart</source>
        <translation>Kartla yetişkin ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="90" />
        <source>Kind toevoegen</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="91" />
        <source>Volwassene zonder kaart (medewerker WIL)</source>
        <translation>Kartsız yetişkin (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="92" />
        <source>Is afwezig</source>
        <translation>Burada değil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="93" />
        <location filename="../../ui/screens/household.py" line="94" />
        <source>Voornaam</source>
        <translation>Adı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="95" />
        <location filename="../../ui/screens/household.py" line="96" />
        <source>Familienaam</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="97" />
        <location filename="../../ui/screens/household.py" line="98" />
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="99" />
        <source>Toevoegen</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="100" />
        <source>Verder naar de vragen</source>
        <translation>Sorulara devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="103" />
        <source>In het ziekenhuis</source>
        <translation>Hastanede</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="104" />
        <source>In een woonzorgcentrum</source>
        <translation>Bakımevinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="105" />
        <source>In het buitenland</source>
        <translation>Yurt dışında</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="106" />
        <source>In de gevangenis</source>
        <translation>Cezaevinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="107" />
        <source>Andere reden</source>
        <translation>Başka bir neden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="111" />
        <source>Reden van afwezigheid</source>
        <translation>Burada olmama nedeni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="123" />
        <source>moet nog bevestigen</source>
        <translation>henüz onaylamadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="124" />
        <source>bevestigd met PIN</source>
        <translation>PIN ile onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="125" />
        <source>bevestigd door medewerker WIL</source>
        <translation>WIL çalışanı tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="126" />
        <source>afwezig</source>
        <translation>burada değil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="127" />
        <source>kind</source>
        <translation>çocuk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="155" />
        <source>Vul de voornaam en de familienaam in.</source>
        <translation>Adı ve soyadı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="163" />
        <source>Deze persoon is volwassen. Voeg een volwassene toe met de kaart.</source>
        <translation>Bu kişi yetişkin. Yetişkinleri kartla ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="166" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Bunu sadece bir WIL çalışanı yapabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="179" />
        <source>Kies eerst een volwassene in de lijst.</source>
        <translation>Önce listeden bir yetişkin seçin.</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/screens/identity.py" line="38" />
        <source>Kloppen deze gegevens?</source>
        <translation>Bu bilgiler doğru mu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="39" />
        <source>Ik heb de kaart bekeken: verder (medewerker WIL)</source>
        <translation>Kartı kontrol ettim: devam (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="40" />
        <source>Ja, dit klopt. Verder</source>
        <translation>Evet, doğru. Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="49" />
        <source>Foto van de kaart</source>
        <translation>Karttaki fotoğraf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="51" />
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="52" />
        <source>Geboren: %1</source>
        <translation>Doğum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="53" />
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="56" />
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="65" />
        <source>Geen foto</source>
        <translation>Fotoğraf yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="71" />
        <source>De kaart is echt.</source>
        <translation>Kart gerçek.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="72" />
        <source>Oefenkaart: alleen goed voor de oefenmodus.</source>
        <translation>Alıştırma kartı: sadece alıştırma modunda geçerli.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="74" />
        <source>Deze kaart is vervallen. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad.</source>
        <translation>Bu kartın süresi dolmuş. Bu kartla imza atamazsınız. Bir WIL çalışanı size yardım eder. Belediyenizden yeni bir kart isteyin: bunun için bir yardım sayfası alacaksınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="78" />
        <location filename="../../ui/screens/identity.py" line="81" />
        <source>We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken.</source>
        <translation>Bu kartın gerçek olup olmadığını kontrol edemiyoruz. Bir WIL çalışanının kartı incelemesi gerekir.</translation>
    </message>
</context>
<context>
    <name>InsertCardScreen</name>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="26" />
        <source>Steek uw identiteitskaart in de lezer</source>
        <translation>Kimlik kartınızı okuyucuya takın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="27" />
        <source>De chip moet naar boven wijzen, naar de lezer toe.</source>
        <translation>Çip yukarı, okuyucuya doğru bakmalı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="31" />
        <source>Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. Werkt het nog niet, vraag dan hulp aan de vrijwilliger.</source>
        <translation>Hiçbir şey olmuyor mu? Kartı çıkarın ve yeniden takın. Yine olmazsa gönüllüden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="35" />
        <source>Bezoek stoppen</source>
        <translation>Ziyareti bitir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="41" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Okuyucu bir kart bekliyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="42" />
        <source>Even geduld: we lezen de kaart. Haal de kaart er niet uit.</source>
        <translation>Lütfen bekleyin: kartı okuyoruz. Kartı çıkarmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="43" />
        <source>De kaart is gelezen.</source>
        <translation>Kart okundu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="44" />
        <source>De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw.</source>
        <translation>Kart okunamadı. Çıkarın ve tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source> (oefenmodus)</source>
        <translation> (alıştırma modu)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>CIR-kiosk</source>
        <translation>CIR kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Bent u er nog? Over %1 seconden sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>Hâlâ orada mısınız? %1 saniye sonra ziyareti kapatıp ekranı sileceğiz. Devam etmek için ekrana dokunun ya da bir tuşa basın.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt.</source>
        <translation>ALIŞTIRMA MODU: alıştırma kartları ve alıştırma kaydı. Hiçbir şey gerçek değil.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Grotere letters</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Hoog contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Voorlezen</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Taal</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Verzenden naar het register: nog niet gebouwd in deze versie. Niets wacht op verzending.</source>
        <translation>Kayda gönderme: bu sürümde henüz yok. Gönderilmeyi bekleyen bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>Even geduld…</source>
        <translation>Lütfen bekleyin…</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="67" />
        <source>Wissen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="68" />
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="69" />
        <source>Stoppen</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="94" />
        <source>Getypte cijfers: %1</source>
        <translation>Yazılan rakamlar: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/screens/privacy.py" line="26" />
        <source>Wat we lezen van uw identiteitskaart</source>
        <translation>Kimlik kartınızdan ne okuyoruz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="28" />
        <source>We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.</source>
        <translation>Kartınızdan adınızı, doğum tarihinizi, ulusal kayıt numaranızı ve adresinizi okuyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="33" />
        <source>Dat is nodig om uw inschrijving voor een sociale woning te bevestigen bij Wonen in Limburg.</source>
        <translation>Bu, Wonen in Limburg'daki sosyal konut kaydınızı onaylamak için gereklidir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="36" />
        <source>Uw foto ziet u alleen op het scherm. We bewaren de foto niet.</source>
        <translation>Fotoğrafınız sadece ekranda görünür. Fotoğrafı saklamıyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="38" />
        <source>Uw gegevens worden versleuteld bewaard en gewist als uw dossier klaar is.</source>
        <translation>Bilgileriniz şifreli olarak saklanır ve dosyanız tamamlandığında silinir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="40" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="41" />
        <source>Ik begrijp het. Verder</source>
        <translation>Anladım. Devam</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="27" />
        <source>Uw ontvangstbewijs</source>
        <translation>Alındı belgeniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="32" />
        <source>Het ontvangstbewijs maken en afdrukken is nog niet gebouwd in deze versie. Dit bezoek is niet bewaard en niet verzonden: u heeft nog geen bewijs.</source>
        <translation>Alındı belgesini hazırlama ve yazdırma bu sürümde henüz yok. Bu ziyaret kaydedilmedi ve gönderilmedi: henüz bir belgeniz yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="36" />
        <source>Bekijken</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="37" />
        <source>Afdrukken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="38" />
        <source>Bezoek afsluiten</source>
        <translation>Ziyareti kapat</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="29" />
        <source>Nakijken</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="30" />
        <source>Terug naar het gezin</source>
        <translation>Haneye geri dön</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="31" />
        <source>Klaar. Afronden</source>
        <translation>Tamam. Bitir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="36" />
        <source>nog niet bevestigd</source>
        <translation>henüz onaylanmadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="37" />
        <source>bevestigd met PIN</source>
        <translation>PIN ile onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="38" />
        <source>bevestigd door medewerker WIL</source>
        <translation>WIL çalışanı tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="39" />
        <source>afwezig</source>
        <translation>burada değil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="40" />
        <source>kind</source>
        <translation>çocuk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="47" />
        <source>Nog niet klaar: %1 van %2 volwassenen hebben bevestigd. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>Henüz bitmedi: %2 yetişkinden %1 tanesi onayladı. Dosyanız ancak tüm yetişkinler onayladığında tamamlanır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="51" />
        <source>Alle %2 volwassenen zijn klaar.</source>
        <translation>%2 yetişkinin hepsi tamam.</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="8" />
        <source>Wilt u ingeschreven blijven voor een sociale woning?</source>
        <translation>Sosyal konut için kayıtlı kalmak istiyor musunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="9" />
        <source>Zegt u nee, dan schrappen we uw inschrijving. U verliest dan uw plaats op de wachtlijst.</source>
        <translation>Hayır derseniz kaydınızı sileriz. O zaman bekleme listesindeki yerinizi kaybedersiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="10" />
        <source>Woont er iemand anders bij u dan vorig jaar? Of is er iemand weggegaan?</source>
        <translation>Geçen yıla göre sizinle başka biri mi yaşıyor? Ya da biri ayrıldı mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11" />
        <source>Bijvoorbeeld: een nieuwe partner, een baby, een kind dat het huis uit is.</source>
        <translation>Örneğin: yeni bir eş, bir bebek, evden ayrılan bir çocuk.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12" />
        <source>Bent u gescheiden of uit elkaar gegaan?</source>
        <translation>Boşandınız mı ya da ayrıldınız mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13" />
        <source>Wonen uw kinderen een deel van de tijd bij u en een deel bij de andere ouder?</source>
        <translation>Çocuklarınız zamanın bir kısmını sizinle, bir kısmını diğer ebeveynle mi geçiriyor?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14" />
        <source>Dan tellen ze mee als ze regelmatig bij u verblijven. U moet dat op papier kunnen tonen.</source>
        <translation>Düzenli olarak sizde kalıyorlarsa sayılırlar. Bunu kağıt üzerinde gösterebilmelisiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="15" />
        <source>Heeft iemand in uw gezin een erkende handicap?</source>
        <translation>Hanenizde resmi olarak tanınmış engeli olan biri var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="16" />
        <source>Een kind met een handicap telt dubbel mee. Een aangepaste woning kan voorrang geven.</source>
        <translation>Engelli bir çocuk iki kez sayılır. Uyarlanmış bir konut öncelik sağlayabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17" />
        <source>Heeft u een aanslagbiljet van de belastingen van de laatste 3 jaar?</source>
        <translation>Son 3 yıla ait bir vergi tahakkuk belgeniz var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18" />
        <source>Het aanslagbiljet is de brief van de belastingen met uw inkomen. U vindt het ook op MyMinfin.</source>
        <translation>Vergi tahakkuk belgesi, gelirinizi gösteren vergi dairesi mektubudur. MyMinfin'de de bulabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="19" />
        <source>Is uw inkomen nu veel lager dan op dat aanslagbiljet?</source>
        <translation>Geliriniz şimdi o belgedekinden çok daha mı düşük?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20" />
        <source>Bijvoorbeeld: u verloor uw werk of u krijgt nu een uitkering.</source>
        <translation>Örneğin: işinizi kaybettiniz ya da şimdi yardım alıyorsunuz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="21" />
        <source>Heeft u op dit moment helemaal geen inkomen?</source>
        <translation>Şu anda hiç geliriniz yok mu?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22" />
        <source>Krijgt u inkomen uit het buitenland, of van een internationale organisatie?</source>
        <translation>Yurt dışından ya da uluslararası bir kuruluştan gelir alıyor musunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23" />
        <source>Bent u (voor een deel) eigenaar van een woning of bouwgrond, in België of in het buitenland?</source>
        <translation>Belçika'da ya da yurt dışında bir evin veya arsanın (kısmen) sahibi misiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24" />
        <source>Ook als u vruchtgebruik heeft. Er zijn uitzonderingen: vertel het ons, dan kijken we samen.</source>
        <translation>İntifa hakkınız olsa bile. İstisnalar var: bize söyleyin, birlikte bakalım.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25" />
        <source>Kunt u niet in die woning wonen? Bijvoorbeeld: onbewoonbaar, onteigend, samen met uw ex, of een erfenis die u verkoopt.</source>
        <translation>O evde oturamıyor musunuz? Örneğin: oturulamaz, kamulaştırılmış, eski eşinizle ortak ya da sattığınız bir miras.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26" />
        <source>Heeft u een collectieve schuldenregeling, budgetbegeleiding of budgetbeheer?</source>
        <translation>Toplu borç düzenlemeniz, bütçe rehberliğiniz ya da bütçe yönetiminiz var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27" />
        <source>Dan telt uw inkomen dat u nu echt kunt besteden.</source>
        <translation>O zaman şu anda gerçekten harcayabileceğiniz gelir sayılır.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28" />
        <source>Heeft u geen Belgische nationaliteit en geen bewijs van inschrijving in het bevolkingsregister?</source>
        <translation>Belçika vatandaşlığınız ve nüfus kaydına kayıt belgeniz yok mu?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="29" />
        <source>Erkende vluchtelingen tonen het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>Tanınmış mülteciler mülteci belgesini ve CGVS kararını gösterir.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="30" />
        <source>Uw laatste aanslagbiljet van de belastingen (op MyMinfin)</source>
        <translation>Son vergi tahakkuk belgeniz (MyMinfin'de)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31" />
        <source>Bewijs van uw inkomen van de laatste 3 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Son 3 ayın gelir belgesi (maaş bordroları, yardım, geçim yardımı)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32" />
        <source>Verklaring op eer dat u geen inkomen heeft</source>
        <translation>Geliriniz olmadığına dair yeminli beyan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33" />
        <source>Bewijs van inkomen uit het buitenland</source>
        <translation>Yurt dışı gelir belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34" />
        <source>Akte van de woning of de bouwgrond (in België of in het buitenland)</source>
        <translation>Evin veya arsanın tapusu (Belçika'da veya yurt dışında)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35" />
        <source>Bewijs waarom u er niet kunt wonen (onbewoonbaar, onteigend, samen met ex-partner, erfenis die u verkoopt)</source>
        <translation>Orada neden oturamadığınızın belgesi (oturulamaz, kamulaştırılmış, eski eşle ortak, sattığınız miras)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36" />
        <source>Attest van gezinssamenstelling van de gemeente</source>
        <translation>Belediyeden hane bileşimi belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37" />
        <source>Papieren van de scheiding of de feitelijke scheiding</source>
        <translation>Boşanma veya fiili ayrılık belgeleri</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38" />
        <source>Vonnis of overeenkomst over co-ouderschap of bezoekrecht</source>
        <translation>Ortak velayet veya görüş hakkı hakkında karar ya da anlaşma</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39" />
        <source>Attest van handicap (FOD Sociale Zekerheid of ziekenfonds, minstens 66%)</source>
        <translation>Engellilik belgesi (Sosyal Güvenlik Federal Kamu Hizmeti veya sağlık sigortası, en az %66)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40" />
        <source>Vonnis collectieve schuldenregeling, of overeenkomst budgetbegeleiding of budgetbeheer</source>
        <translation>Toplu borç düzenlemesi kararı ya da bütçe rehberliği veya bütçe yönetimi anlaşması</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="41" />
        <source>Verblijfsdocumenten (voor erkende vluchtelingen: attest van vluchteling en beslissing van het CGVS)</source>
        <translation>Oturma belgeleri (tanınmış mülteciler için: mülteci belgesi ve CGVS kararı)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42" />
        <source>Vonnis van ontvoogding of attest van de dienst begeleid zelfstandig wonen</source>
        <translation>Reşit kılınma kararı ya da destekli bağımsız yaşam hizmetinden belge</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="43" />
        <source>Ondertekende volmacht van het gezinslid dat niet aanwezig kan zijn</source>
        <translation>Gelemeyen hane üyesinin imzalı vekaletnamesi</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="35" />
        <location filename="../../ui/screens/sign_in.py" line="46" />
        <source>Aanmelden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="36" />
        <source>Meld u aan als vrijwilliger of medewerker voor u een bezoek start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="37" />
        <location filename="../../ui/screens/sign_in.py" line="38" />
        <source>Uw naam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="39" />
        <location filename="../../ui/screens/sign_in.py" line="40" />
        <source>Uw wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="41" />
        <source>Naam of wachtwoord klopt niet. Probeer opnieuw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="44" />
        <source>Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord oefen.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
