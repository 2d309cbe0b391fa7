<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
<context>
    <name>AbsencePanel</name>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="86" />
        <source>Is afwezig</source>
        <translation>Burada değil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="87" />
        <source>Is toch hier</source>
        <translation>Yine de burada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="88" />
        <source>Reden van afwezigheid</source>
        <translation>Burada olmama nedeni</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="96" />
        <source>Volmacht: bestand toevoegen (medewerker WIL)</source>
        <translation>Vekaletname: dosya ekle (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="97" />
        <source>Volmacht getoond aan de balie (medewerker WIL)</source>
        <translation>Vekaletname gişede gösterildi (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="98" />
        <source>Bevestigen voor een afwezig gezinslid, met volmacht</source>
        <translation>Burada olmayan hane üyesi için vekaletnameyle onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="101" />
        <source>De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code</source>
        <translation>Kartı okuyucuda olan yetişkin soruları cevaplar ve kendi PIN koduyla imzalar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="94" />
        <location filename="../../ui/screens/absence_panel.py" line="95" />
        <source>Rijksregisternummer op de volmacht</source>
        <translation>Vekaletnamedeki ulusal sicil numarası</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="152" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Bu dosya okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="159" />
        <location filename="../../ui/screens/absence_panel.py" line="183" />
        <source>Kies eerst een afwezige volwassene in de lijst.</source>
        <translation>Önce listeden burada olmayan bir yetişkin seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="166" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Bu ulusal sicil numarası doğru değil. 11 rakamı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="171" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Bunu sadece bir WIL çalışanı yapabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="175" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>Bu dosya çok büyük veya boş.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="177" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Bu tür dosya kabul edilmiyor. Bir PDF veya fotoğraf seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="180" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>Bu ulusal sicil numarası, kayıttaki bu yetişkinin numarası değil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="201" />
        <source>Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.</source>
        <translation>Bunu sadece hanenin başka bir yetişkini, kendi kartıyla yapabilir.</translation>
    </message>
</context>
<context>
    <name>AddOperatorBox</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="98" />
        <source>Nieuwe operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="99" />
        <location filename="../../ui/screens/add_operator.py" line="100" />
        <source>Naam om aan te melden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="101" />
        <source>Rollen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="105" />
        <location filename="../../ui/screens/add_operator.py" line="107" />
        <source>Wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="106" />
        <location filename="../../ui/screens/add_operator.py" line="108" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="109" />
        <source>Operator toevoegen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertWords</name>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="13" />
        <source>Het register weigert deze kiosk. Er wordt niets meer verzonden. De coördinator moet de kiosk opnieuw laten inschrijven (kiosk enroll).</source>
        <translation>Kayıt bu kiosku reddediyor. Artık hiçbir şey gönderilmiyor. Koordinatör kioskun yeniden kaydını yaptırmalı (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="18" />
        <source>De klok van deze computer loopt meer dan 5 minuten anders dan die van het register. Zet de klok juist: handtekeningen dragen het uur.</source>
        <translation>Bu bilgisayarın saati, kaydın saatinden 5 dakikadan fazla farklı. Saati düzeltin: imzalarda saat yazılıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="23" />
        <source>Het register ziet dat het logboek van deze kiosk veranderd of teruggezet is. Roep de coördinator: dit moet WIL nakijken.</source>
        <translation>Kayıt, bu kioskun günlüğünün değiştirildiğini veya eski haline döndürüldüğünü görüyor. Koordinatörü çağırın: bunu WIL kontrol etmeli.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="28" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Verbind hem met het internet en kies 'Nu verzenden'.</source>
        <translation>Bu kiosk %1 gündür gönderim yapamadı. Onu internete bağlayın ve 'Şimdi gönder' düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="33" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Er kunnen geen nieuwe bezoeken starten tot verzenden weer lukt.</source>
        <translation>Bu kiosk %1 gündür gönderim yapamadı. Gönderim yeniden çalışana kadar yeni ziyaret başlatılamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="38" />
        <source>Melding van het verzenden: %1</source>
        <translation>Gönderme bildirimi: %1</translation>
    </message>
</context>
<context>
    <name>AwaitingCardScreen</name>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="34" />
        <source>Steek de volgende kaart in</source>
        <translation>Sonraki kartı takın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="37" />
        <source>Bewaren en later verder doen</source>
        <translation>Kaydet ve daha sonra devam et</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="62" />
        <source>Steek de identiteitskaart in van de volgende volwassene, of opnieuw dezelfde kaart om verder te gaan.</source>
        <translation>Sonraki yetişkinin kimlik kartını takın ya da devam etmek için aynı kartı yeniden takın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/awaiting_card.py" line="69" />
        <source>%1 van %n volwassene(n) klaar</source>
        <translation>
            <numerusform>%n yetişkinden %1 tanesi tamamladı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="38" />
        <source>Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm.</source>
        <translation>Şimdiye kadar yapılanlar kayıtlı kalır. Daha sonra başlangıç ekranından devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="52" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>WIL çalışanı: onaylamak için şimdi kendi kartınızı takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="56" />
        <source>De bewindvoerder of volmachthouder steekt nu de eigen identiteitskaart in.</source>
        <translation>Kayyum veya vekil şimdi kendi kimlik kartını takar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="74" />
        <source>Even geduld: we lezen de kaart.</source>
        <translation>Lütfen bekleyin: kartı okuyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="76" />
        <source>De kaart kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>Kart okunamadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="78" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Okuyucu bir kart bekliyor.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="106" />
        <location filename="../../ui/camera.py" line="108" />
        <source>Foto nemen</source>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="109" />
        <source>Opnieuw</source>
        <translation>Yeniden çek</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="110" />
        <source>Deze foto gebruiken</source>
        <translation>Bu fotoğrafı kullan</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="111" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115" />
        <source>Camerabeeld</source>
        <translation>Kamera görüntüsü</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="116" />
        <source>De foto</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="128" />
        <source>De camera werkt nu niet. Voeg het papier toe als bestand, of kies: later brengen.</source>
        <translation>Kamera şu anda çalışmıyor. Kâğıdı dosya olarak ekleyin veya şunu seçin: Sonra getir.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="132" />
        <source>Leg het papier plat onder de camera. Alles moet leesbaar zijn. Druk dan op: Foto nemen.</source>
        <translation>Kâğıdı kameranın altına düz koyun. Her şey okunabilir olmalı. Sonra şuna basın: Fotoğraf çek.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="135" />
        <source>Kunt u alles goed lezen? Druk op: Deze foto gebruiken. Anders: Opnieuw.</source>
        <translation>Her şeyi iyi okuyabiliyor musunuz? Şuna basın: Bu fotoğrafı kullan. Okuyamıyorsanız: Yeniden çek.</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="145" />
        <source>Sinds</source>
        <translation>Şu tarihten beri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="146" />
        <source>Sinds welke dag</source>
        <translation>Hangi günden beri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="147" />
        <source>Woont hier niet meer</source>
        <translation>Artık burada yaşamıyor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="148" />
        <source>Gescheiden of uit elkaar</source>
        <translation>Boşandı veya ayrıldı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="149" />
        <source>Overleden</source>
        <translation>Vefat etti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="150" />
        <source>Toch nog in het gezin</source>
        <translation>Yine de hanede</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="195" />
        <source>De referentiehuurder wijzigen kan alleen WIL. Bel WIL.</source>
        <translation>Referans kiracıyı yalnızca WIL değiştirebilir. WIL'i arayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="196" />
        <source>Alleen de partner kan gescheiden zijn.</source>
        <translation>Yalnızca partner ayrılmış olabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="197" />
        <source>Deze persoon heeft al bevestigd in dit dossier.</source>
        <translation>Bu kişi bu dosyada zaten onay verdi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="198" />
        <source>Kies de dag waarop het gebeurde: vandaag of vroeger.</source>
        <translation>Bunun olduğu günü seçin: bugün veya daha önce.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="199" />
        <source>De persoon van de kaart in de lezer is hier.</source>
        <translation>Okuyucudaki kartın sahibi burada.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="201" />
        <source>Dat kan niet.</source>
        <translation>Bu mümkün değil.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/screens/confirm.py" line="129" />
        <source>Bevestigen met uw PIN-code</source>
        <translation>PIN kodunuzla onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="133" />
        <source>Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden kloppen. Dat is hetzelfde als een papier ondertekenen.</source>
        <translation>PIN kodunuzla dijital bir imza atarsınız. Böylece şunu söylersiniz: bilgilerim ve cevaplarım doğru. Bu, bir kağıdı imzalamakla aynıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="65" />
        <source>Ik heb geen PIN-code</source>
        <translation>PIN kodum yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="64" />
        <source>Dit bevestigt u met uw handtekening:</source>
        <translation>İmzanızla bunları onaylıyorsunuz:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="66" />
        <source>Bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>WIL çalışanı tarafından onay (kendi kartı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="67" />
        <source>Terug naar het gezin</source>
        <translation>Haneye geri dön</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="82" />
        <source>Medewerker WIL: bevestigen met uw eigen kaart</source>
        <translation>WIL çalışanı: kendi kartınızla onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="86" />
        <source>U bevestigt als medewerker van WIL dat u deze persoon heeft gezien en dat de antwoorden kloppen. Uw eigen kaart zet de handtekening.</source>
        <translation>WIL çalışanı olarak bu kişiyi gördüğünüzü ve cevapların doğru olduğunu onaylıyorsunuz. İmzayı kendi kartınız atar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="90" />
        <source>Typ uw eigen PIN-code.</source>
        <translation>Kendi PIN kodunuzu yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="91" />
        <source>Ondertekenen met mijn kaart (medewerker)</source>
        <translation>Kartımla imzala (çalışan)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="106" />
        <source>Bevestigen voor een gezinslid dat afwezig is</source>
        <translation>Burada olmayan bir hane üyesi için onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="116" />
        <source>Ja, ik bevestig voor hen met mijn PIN-code</source>
        <translation>Evet, onun için PIN kodumla onaylıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="138" />
        <source>Ja, ik bevestig met mijn PIN-code</source>
        <translation>Evet, PIN kodumla onaylıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="163" />
        <source>Met een kaart die niet meer geldig is, kunt u niet ondertekenen. Een medewerker van WIL helpt u.</source>
        <translation>Artık geçerli olmayan bir kartla imza atamazsınız. Bir WIL çalışanı size yardım eder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="177" />
        <location filename="../../ui/screens/confirm.py" line="252" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>Hanenizi kayıtta arıyoruz…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="210" />
        <source>Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw.</source>
        <translation>Okuyucuda kart yok. Kartı takın ve tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="172" />
        <source>Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in.</source>
        <translation>Adayın kartını okuyucudan çıkarın. Sonra kendi çalışan kartınızı takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="94" />
        <source>Bevestigen voor iemand anders, als bewindvoerder of volmachthouder</source>
        <translation>Kayyum veya vekil olarak başkası adına onaylayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="99" />
        <source>U tekent met uw eigen PIN-code voor deze persoon. Zo zegt u: hun gegevens en antwoorden kloppen, en u mag voor hen tekenen (beslissing van de vrederechter of volmacht).</source>
        <translation>Bu kişi adına kendi PIN kodunuzla imzalıyorsunuz. Böylece şunu söylüyorsunuz: bilgileri ve cevapları doğrudur ve onun adına imzalayabilirsiniz (sulh hâkiminin kararı veya vekâletname).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="103" />
        <location filename="../../ui/screens/confirm.py" line="115" />
        <source>Typ uw eigen PIN-code zelf. Niemand kijkt mee.</source>
        <translation>Kendi PIN kodunuzu kendiniz yazın. Kimse bakmıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="104" />
        <source>Ja, ik bevestig voor deze persoon met mijn PIN-code</source>
        <translation>Evet, bu kişi adına PIN kodumla onaylıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="110" />
        <source>U heeft een volmacht van dit gezinslid: een ondertekend papier waarop staat dat u voor hen mag bevestigen. Met uw eigen PIN-code zet u de handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen.</source>
        <translation>Bu hane üyesinden bir vekaletnameniz var: onun yerine onay verebileceğinizi söyleyen imzalı bir belge. Kendi PIN kodunuzla onun yerine imza atarsınız. Böylece şunu söylersiniz: onun bilgileri ve cevapları doğru.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="118" />
        <source>Uw inschrijving stoppen</source>
        <translation>Kaydınızı durdurun</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="122" />
        <source>Met uw PIN-code ondertekent u dat u de inschrijving van uw gezin stopt. Uw gezin verliest dan zijn plaats op de wachtlijst.</source>
        <translation>PIN kodunuzla hanenizin kaydını durdurduğunuzu imzalarsınız. Haneniz o zaman bekleme listesindeki yerini kaybeder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="126" />
        <location filename="../../ui/screens/confirm.py" line="137" />
        <source>Typ uw PIN-code zelf. Niemand kijkt mee.</source>
        <translation>PIN kodunuzu kendiniz yazın. Kimse bakmıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="127" />
        <source>Ja, ik stop de inschrijving met mijn PIN-code</source>
        <translation>Evet, kaydı PIN kodumla durduruyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="168" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>WIL çalışanı: onaylamak için şimdi kendi kartınızı takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="187" />
        <source>toegevoegd</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="188" />
        <source>brengt u later</source>
        <translation>sonra getireceksiniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="189" />
        <source>getoond aan de balie</source>
        <translation>gişede gösterildi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="190" />
        <source>nog niet toegevoegd: het blijft nodig</source>
        <translation>henüz eklenmedi: hâlâ gerekli</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="195" />
        <source>Bewijsstuk %1: %2</source>
        <translation>Belge %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="213" />
        <location filename="../../ui/screens/confirm.py" line="235" />
        <source>Even geduld: de kaart ondertekent.</source>
        <translation>Lütfen bekleyin: kart imzalıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="218" />
        <source>Typ uw PIN-code op het toestel van de kaartlezer.</source>
        <translation>PIN kodunuzu kart okuyucunun tuş takımına yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="231" />
        <source>Typ uw PIN-code en druk op OK.</source>
        <translation>PIN kodunuzu yazın ve Tamam'a basın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="257" />
        <source>Met deze kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u verder.</source>
        <translation>Bu kartla imza atamazsınız. Bir WIL çalışanı size yardım eder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="265" />
        <source>Zonder PIN-code: kies 'Bevestigen door medewerker WIL' hieronder.</source>
        <translation>PIN kodu olmadan: aşağıdaki 'WIL çalışanı tarafından onay' düğmesini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="244" />
        <source>Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. U krijgt een hulpblad mee voor de gemeente.</source>
        <translation>PIN kodunuz bloke oldu. Bir WIL çalışanı size yardım edebilir. Belediye için bir yardım sayfası alacaksınız.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/confirm.py" line="228" />
        <source>De PIN-code is niet juist. U heeft nog %n poging(en).</source>
        <translation>
            <numerusform>PIN kodu doğru değil. %n deneme hakkınız kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="250" />
        <source>U heeft gestopt. Er is niets ondertekend.</source>
        <translation>Durdurdunuz. Hiçbir şey imzalanmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="260" />
        <source>Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw.</source>
        <translation>İmzalama başarısız oldu. Hiçbir şey imzalanmadı. Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="270" />
        <source>Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. U krijgt een hulpblad mee.</source>
        <translation>PIN kodu olmadan onayınızı sadece bir WIL çalışanı yapabilir. Bir yardım sayfası alacaksınız.</translation>
    </message>
</context>
<context>
    <name>CoordinatorScreen</name>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="63" />
        <source>Beheer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <location filename="../../ui/screens/coordinator.py" line="67" />
        <source>Quarantaine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Herdrukken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="64" />
        <source>Statistieken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="71" />
        <source>Zendingen die het register weigerde, met de reden. Kies er een en zet ze opnieuw in de wachtrij.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="75" />
        <source>Opnieuw in de wachtrij</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="126" />
        <source>Dit kan niet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="76" />
        <source>Alleen een coördinator mag dit scherm gebruiken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/coordinator.py" line="77" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>DemoCardPanel</name>
    <message>
        <location filename="../../ui/demo_panel.py" line="58" />
        <source>Oefenkaarten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="59" />
        <source>Kies een oefenkaart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="60" />
        <source>Kaart insteken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="61" />
        <source>Kaart uitnemen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/demo_panel.py" line="64" />
        <source>Virtuele eID-kaarten van fictieve mensen. De PIN-code is 1234.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../ui/screens/end.py" line="27" />
        <source>Het bezoek is afgesloten</source>
        <translation>Ziyaret bitti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="28" />
        <source>Vergeet uw identiteitskaart niet.</source>
        <translation>Kimlik kartınızı unutmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="29" />
        <source>Volgend bezoek</source>
        <translation>Sonraki ziyaret</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="40" />
        <source>Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist. Wat al gedaan was, is veilig bewaard.</source>
        <translation>Bir süre kimse kioskta değildi. Bu yüzden ekranı sildik. Yapılmış olanlar güvenle kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="45" />
        <source>Dank u. Alle gegevens zijn van het scherm gewist.</source>
        <translation>Teşekkürler. Tüm bilgiler ekrandan silindi.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/evidence_picker.py" line="175" />
        <source>Kies een scan</source>
        <translation>Bir tarama seçin</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="178" />
        <source>Kies waar de scan staat, en dan de scan. De nieuwste staan bovenaan.</source>
        <translation>Önce taramanın bulunduğu yeri, sonra taramayı seçin. En yeniler en üsttedir.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="183" />
        <source>Hier staat geen scan. Steek de USB-stick in, of scan het papier opnieuw, en kies dan 'Opnieuw kijken'.</source>
        <translation>Burada tarama yok. USB belleği takın veya kâğıdı yeniden tarayın, sonra 'Yeniden bak' seçeneğini seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="187" />
        <source>Opnieuw kijken</source>
        <translation>Yeniden bak</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="188" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="189" />
        <source>Deze scan toevoegen</source>
        <translation>Bu taramayı ekle</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="190" />
        <source>Plaatsen</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="191" />
        <source>Scans</source>
        <translation>Taramalar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="203" />
        <source>Scanmap van deze kiosk</source>
        <translation>Bu kioskun tarama klasörü</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="204" />
        <source>USB-stick: %1</source>
        <translation>USB bellek: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <location filename="../../ui/screens/evidence.py" line="66" />
        <source>Bewijsstukken</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="69" />
        <source>Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen.</source>
        <translation>Gerekli belgeleri ekleyin. Yanınızda değil mi? O zaman seçin: sonra getir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="71" />
        <source>Voor uw antwoorden zijn geen papieren nodig.</source>
        <translation>Cevaplarınız için belge gerekmiyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Bestand toevoegen</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Nog een pagina</source>
        <translation>Bir sayfa daha</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="138" />
        <source>Later brengen</source>
        <translation>Sonra getir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/evidence.py" line="169" />
        <source>Toegevoegd: %n pagina('s)</source>
        <translation>
            <numerusform>Eklendi: %n sayfa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="135" />
        <source>Foto nemen</source>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="141" />
        <source>Getoond aan de balie (WIL)</source>
        <translation>Gişede gösterildi (WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="164" />
        <source>Pagina %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="171" />
        <source>U brengt dit later.</source>
        <translation>Bunu sonra getireceksiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="173" />
        <source>Getoond aan de balie.</source>
        <translation>Gişede gösterildi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="174" />
        <source>Nog niet toegevoegd.</source>
        <translation>Henüz eklenmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="217" />
        <source>Er zijn al genoeg pagina's voor dit stuk.</source>
        <translation>Bu belge için zaten yeterli sayfa var.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="220" />
        <source>Dit bestand is te groot (meer dan %1 MB).</source>
        <translation>Bu dosya çok büyük (%1 MB'tan fazla).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="221" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Bu tür dosya kabul edilmiyor. Bir PDF veya fotoğraf seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="184" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Bu dosya okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="72" />
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../ui/exit_dialog.py" line="21" />
        <source>Kiosk afsluiten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="23" />
        <source>Alleen een operator kan de kiosk afsluiten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="25" />
        <location filename="../../ui/exit_dialog.py" line="26" />
        <source>Uw naam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exit_dialog.py" line="30" />
        <location filename="../../ui/exit_dialog.py" line="31" />
        <source>Uw wachtwoord</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="92" />
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="93" />
        <source>Nieuw bezoek starten</source>
        <translation>Yeni ziyaret başlat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="96" />
        <source>Bezoek zonder leesbare identiteitskaart</source>
        <translation>Okunabilir kimlik kartı olmadan ziyaret</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="97" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd</source>
        <translation>Pasaport, mülteci belgeleri; kart kayıp, bozuk veya yenisi istendi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="99" />
        <location filename="../../ui/screens/home.py" line="100" />
        <source>Concepten van deze kiosk</source>
        <translation>Bu kiosktaki taslaklar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="101" />
        <source>Concept hervatten</source>
        <translation>Taslağa devam et</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="102" />
        <source>Dossiers in gevaar (termijn bijna of al voorbij)</source>
        <translation>Risk altındaki dosyalar (süre bitmek üzere veya bitti)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="139" />
        <source>Er kan geen nieuw bezoek starten: deze kiosk heeft te lang niet kunnen verzenden.</source>
        <translation>Yeni ziyaret başlatılamaz: bu kiosk çok uzun süredir gönderim yapamadı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="142" />
        <source>Dit kon niet geopend worden. Probeer opnieuw of vraag de coördinator.</source>
        <translation>Bu açılamadı. Tekrar deneyin veya koordinatöre sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="157" />
        <source>Even kijken welke concepten er zijn…</source>
        <translation>Taslaklara bakılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="158" />
        <source>Even kijken…</source>
        <translation>Bir dakika…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="165" />
        <source>Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator.</source>
        <translation>Bu okunamadı. Çıkış yapıp yeniden giriş yapın veya koordinatöre sorun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="199" />
        <source>%1 (%2)
%3 van %n volwassene(n) bevestigd, bewaard op %4</source>
        <translation>
            <numerusform>%1 (%2)
%n yetişkinden %3 tanesi onayladı, kayıt tarihi %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="206" />
        <source>, uiterlijk op %1</source>
        <translation>, en geç %1 tarihinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="212" />
        <source>Geen dossiers met een termijn die bijna of al voorbij is.</source>
        <translation>Süresi bitmek üzere olan veya biten dosya yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="215" />
        <source>%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:</source>
        <translation>
            <numerusform>Süresi dolmak üzere veya dolmuş %n dosya var. Bu haneleri arayın:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="222" />
        <source>en nog %n andere</source>
        <translation>
            <numerusform>ve %n tane daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="231" />
        <source>nog %n dag(en), tot en met %1</source>
        <translation>
            <numerusform>%1 dahil %n gün kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="240" />
        <source>Wachtrij: %n zending(en) wachten.</source>
        <translation>
            <numerusform>Kuyruk: %n gönderim bekliyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="242" />
        <source>De oudste wacht al %n dag(en).</source>
        <translation>
            <numerusform>En eskisi %n gündür bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="244" />
        <source>De oudste wacht sinds vandaag.</source>
        <translation>En eskisi bugünden beri bekliyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="247" />
        <source>%n zending(en) in quarantaine: vraag de coördinator.</source>
        <translation>
            <numerusform>Karantinada %n gönderim var: koordinatöre sorun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="189" />
        <source>Er zijn geen concepten. Start een nieuw bezoek.</source>
        <translation>Taslak yok. Yeni bir ziyaret başlatın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="192" />
        <source>Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in.</source>
        <translation>Bir taslak seçin ve 'Taslağa devam et' düğmesine basın. Sonra aday kartını takar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>concept</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>onvolledig</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="230" />
        <source>vandaag de laatste dag</source>
        <translation>bugün son gün</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="228" />
        <source>termijn voorbij sinds %1</source>
        <translation>süre %1 tarihinde doldu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="237" />
        <source>Wachtrij: niets wacht op verzending.</source>
        <translation>Kuyruk: gönderilmeyi bekleyen bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="159" />
        <source>Wachtrij: even kijken…</source>
        <translation>Kuyruk: kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="103" />
        <source>Nu verzenden</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="104" />
        <source>Beheer (coördinator)</source>
        <translation>Yönetim (koordinatör)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="105" />
        <source>Afmelden</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="114" />
        <source>Aangemeld als %1</source>
        <translation>%1 olarak giriş yapıldı</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../ui/screens/household.py" line="101" />
        <source>Uw gezin</source>
        <translation>Haneniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="102" />
        <source>Naar nakijken</source>
        <translation>Kontrole geç</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="105" />
        <source>Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in.</source>
        <translation>Bu kartı okuyucudan çıkarın. Sonra sonraki yetişkinin kartını takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="107" />
        <source>Volwassene toevoegen met kaart</source>
        <translation>Kartla yetişkin ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="108" />
        <source>Kind toevoegen</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="109" />
        <location filename="../../ui/screens/household.py" line="135" />
        <source>Volwassene zonder kaart (medewerker WIL)</source>
        <translation>Kartsız yetişkin (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="110" />
        <source>Datum van de brief, contact en voorkeuren</source>
        <translation>Mektuptaki tarih, iletişim ve tercihler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="114" />
        <source>Niemand heeft een identiteitskaart die de computer kan lezen. Schrijf elke volwassene op. WIL kijkt de documenten na: de kiosk drukt het papieren formulier en een afspraakbriefje af.</source>
        <translation>Kimsenin bilgisayarın okuyabileceği bir kimlik kartı yok. Her yetişkini yazın. WIL belgeleri kontrol eder: kiosk kâğıt formu ve bir randevu kâğıdı yazdırır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="133" />
        <source>Volwassene zonder leesbare kaart toevoegen</source>
        <translation>Okunabilir kartı olmayan bir yetişkin ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="140" />
        <source>Gelukt: de bevestiging is ondertekend.</source>
        <translation>Tamam: onay imzalandı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="176" />
        <source>Gevonden bij het register: kandidaatnummer %1.</source>
        <translation>Sicilde bulundu: aday numarası %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="185" />
        <source>Zonder kaart vragen we het register nog niets. WIL zoekt uw gezin op als het de documenten heeft gezien.</source>
        <translation>Kart olmadan sicile henüz bir şey sormuyoruz. WIL belgeleri gördükten sonra hanenizi arar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="190" />
        <source>Het register is nu niet bereikbaar. We konden niet nakijken wie in uw gezin nog moet bevestigen. We gaan verder; uw bewijs blijft voorlopig tot het register alles heeft nagekeken.</source>
        <translation>Kayda şu anda ulaşılamıyor. Hanenizde kimin daha onaylaması gerektiğini kontrol edemedik. Devam ediyoruz; kayıt her şeyi kontrol edene kadar belgeniz geçici kalır.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="121" />
        <source>Verder naar de vragen</source>
        <translation>Sorulara devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="122" />
        <source>Vragen en bevestigen voor de persoon van de kaart</source>
        <translation>Karttaki kişi için sorular ve onay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="178" />
        <source>Brief van %1.</source>
        <translation>%1 tarihli mektup.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="180" />
        <source>Herinnering van %1.</source>
        <translation>%1 tarihli hatırlatma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="182" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>Hanenizi kayıtta arıyoruz…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="195" />
        <source>Niet gevonden bij het register: dit wordt een nieuwe inschrijving.</source>
        <translation>Kayıtta bulunamadı: bu yeni bir kayıt olacak.</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/screens/identity.py" line="52" />
        <source>Kloppen deze gegevens?</source>
        <translation>Bu bilgiler doğru mu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="53" />
        <source>Ik heb de kaart bekeken: verder (medewerker WIL)</source>
        <translation>Kartı kontrol ettim: devam (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="54" />
        <source>Ja, dit klopt. Verder</source>
        <translation>Evet, doğru. Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="70" />
        <source>Foto van de kaart</source>
        <translation>Karttaki fotoğraf</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="72" />
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="80" />
        <source>Geboren: %1</source>
        <translation>Doğum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="81" />
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="84" />
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="93" />
        <source>U beantwoordt de vragen en tekent voor %1, met uw eigen identiteitskaart.</source>
        <translation>Soruları %1 adına yanıtlıyor ve kendi kimlik kartınızla imzalıyorsunuz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="105" />
        <source>Geen foto</source>
        <translation>Fotoğraf yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="109" />
        <source>De kaart is echt.</source>
        <translation>Kart gerçek.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="110" />
        <source>Oefenkaart: alleen goed voor de oefenmodus.</source>
        <translation>Alıştırma kartı: sadece alıştırma modunda geçerli.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="116" />
        <location filename="../../ui/screens/identity.py" line="119" />
        <source>We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken.</source>
        <translation>Bu kartın gerçek olup olmadığını kontrol edemiyoruz. Bir WIL çalışanının kartı incelemesi gerekir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="55" />
        <source>Een medewerker van WIL heeft de kaart bekeken.</source>
        <translation>Bir WIL çalışanı karta baktı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="112" />
        <source>Deze kaart is niet meer geldig. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad.</source>
        <translation>Bu kart artık geçerli değil. Bu kartla imza atamazsınız. Bir WIL çalışanı size yardım eder. Belediyenizden yeni bir kart isteyin: bunun için bir yardım sayfası alırsınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="141" />
        <source>Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw.</source>
        <translation>Kartın kontrolü kaydedilemedi. Tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>InsertCardScreen</name>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="46" />
        <source>Steek uw identiteitskaart in de lezer</source>
        <translation>Kimlik kartınızı okuyucuya takın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="47" />
        <source>De chip moet naar boven wijzen, naar de lezer toe.</source>
        <translation>Çip yukarı, okuyucuya doğru bakmalı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="50" />
        <source>Er zit nog een kaart in de lezer. Haal ze eruit en steek dan uw eigen kaart in.</source>
        <translation>Okuyucuda hâlâ bir kart var. Onu çıkarın, sonra kendi kartınızı takın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="55" />
        <source>Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. Werkt het nog niet, vraag dan hulp aan de vrijwilliger.</source>
        <translation>Hiçbir şey olmuyor mu? Kartı çıkarın ve yeniden takın. Yine olmazsa gönüllüden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="62" />
        <source>Geen leesbare identiteitskaart</source>
        <translation>Okunabilir kimlik kartı yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="64" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd: ga verder zonder kaart</source>
        <translation>Pasaport, mülteci belgeleri, kayıp, bozuk veya başvurusu yapılmış kart: kartsız devam edin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="82" />
        <source>De lezer wacht op een kaart.</source>
        <translation>Okuyucu bir kart bekliyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="83" />
        <source>Even geduld: we lezen de kaart. Haal de kaart er niet uit.</source>
        <translation>Lütfen bekleyin: kartı okuyoruz. Kartı çıkarmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="84" />
        <source>De kaart is gelezen.</source>
        <translation>Kart okundu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="85" />
        <source>De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw.</source>
        <translation>Kart okunamadı. Çıkarın ve tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source> (oefenmodus)</source>
        <translation> (alıştırma modu)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>CIR-kiosk</source>
        <translation>CIR kiosku</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296" />
        <source>Bent u er nog? Over %n seconde(n) sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>
            <numerusform>Hâlâ orada mısınız? %n saniye sonra ziyareti kapatıp ekranı sileceğiz. Devam etmek için ekrana dokunun veya bir tuşa basın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. Vraag hulp aan de coördinator.</source>
        <translation>Dikkat: taslak kaydedilemedi. Bu ziyarette yapılanların yeniden yapılması gerekiyor. Koordinatörden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt.</source>
        <translation>ALIŞTIRMA MODU: alıştırma kartları ve alıştırma kaydı. Hiçbir şey gerçek değil.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Even geduld…</source>
        <translation>Lütfen bekleyin…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/screens/member_form.py" line="77" />
        <source>Voornaam</source>
        <translation>Adı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="78" />
        <source>Familienaam</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="79" />
        <source>Geboortedatum</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="74" />
        <source>Rijksregisternummer</source>
        <translation>Ulusal sicil numarası</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="73" />
        <source>Rijksregisternummer (als u het weet)</source>
        <translation>Ulusal sicil numarası (biliyorsanız)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="81" />
        <source>Waarom geen leesbare kaart?</source>
        <translation>Neden okunabilir kart yok?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="87" />
        <source>Toevoegen</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="122" />
        <source>Vul de voornaam en de familienaam in.</source>
        <translation>Adı ve soyadı yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="137" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Bu ulusal sicil numarası doğru değil. 11 rakamı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="140" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Bunu sadece bir WIL çalışanı yapabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="143" />
        <source>Deze persoon staat al in het gezin.</source>
        <translation>Bu kişi hanede zaten var.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="147" />
        <source>Deze persoon is minderjarig. Voeg een kind toe.</source>
        <translation>Bu kişi reşit değil. Bir çocuk ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="149" />
        <source>Deze persoon is volwassen. Voeg een volwassene toe met de kaart.</source>
        <translation>Bu kişi yetişkin. Yetişkinleri kartla ekleyin.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="30" />
        <source>vrijwilliger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="31" />
        <source>WIL-medewerker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/add_operator.py" line="32" />
        <source>coördinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="157" />
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="161" />
        <source>Kies een operator om die uit te schakelen of een nieuw wachtwoord te geven. Een nieuwe operator voegt u toe bij 'Nieuwe operator'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="165" />
        <source>Uitschakelen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="166" />
        <location filename="../../ui/screens/operators_tab.py" line="169" />
        <location filename="../../ui/screens/operators_tab.py" line="170" />
        <location filename="../../ui/screens/operators_tab.py" line="172" />
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="167" />
        <source>Ja, uitschakelen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="168" />
        <location filename="../../ui/screens/operators_tab.py" line="175" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="171" />
        <location filename="../../ui/screens/operators_tab.py" line="173" />
        <source>Nog eens hetzelfde wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="174" />
        <source>Wachtwoord bewaren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="190" />
        <source>uitgeschakeld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="193" />
        <source>vergrendeld tot %1 (te veel foute wachtwoorden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="194" />
        <source>actief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="224" />
        <source>Uzelf uitschakelen? U wordt meteen afgemeld en kunt niet meer aanmelden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="226" />
        <source>%1 uitschakelen? Die operator kan daarna niet meer aanmelden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="248" />
        <source>%1 is uitgeschakeld.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="255" />
        <source>Nieuw wachtwoord voor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="273" />
        <source>Het wachtwoord van %1 is veranderd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="279" />
        <source>%1 is toegevoegd en kan nu aanmelden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="294" />
        <source>Vul een naam in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="295" />
        <source>Een naam heeft 1 tot 100 gewone tekens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="296" />
        <source>Kies minstens één rol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="297" />
        <source>Er is al een operator met die naam. Kies een andere naam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="299" />
        <source>Dit is de laatste actieve coördinator: die kan niet uitgeschakeld worden. Voeg eerst een andere coördinator toe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="302" />
        <source>Alleen een coördinator mag operators beheren.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="303" />
        <source>Deze operator is uitgeschakeld.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/operators_tab.py" line="304" />
        <source>Dit kan niet. Probeer opnieuw of vraag hulp.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../../ui/operators.py" line="68" />
        <source>Een wachtwoord heeft minstens %1 tekens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operators.py" line="71" />
        <source>Een wachtwoord heeft hoogstens %1 tekens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operators.py" line="74" />
        <source>Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operators.py" line="78" />
        <source>Een wachtwoord mag niet uw naam of een woord van de kiosk zijn. Kies een ander.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operators.py" line="81" />
        <source>Een wachtwoord mag geen reeks zijn zoals 12345678 of aaaaaaaa. Kies een ander.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/operators.py" line="84" />
        <source>De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="68" />
        <source>Wissen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="69" />
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="70" />
        <source>Stoppen</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="95" />
        <source>Getypte cijfers: %1</source>
        <translation>Yazılan rakamlar: %1</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../../ui/presentation_bar.py" line="63" />
        <source>Grotere letters (%1 van %2)</source>
        <translation>Daha büyük yazı (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="65" />
        <source>Kleinere letters</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="66" />
        <source>Hoog contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="67" />
        <source>Voorlezen</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="68" />
        <source>Taal</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/screens/privacy.py" line="38" />
        <source>Wat we lezen van uw identiteitskaart</source>
        <translation>Kimlik kartınızdan ne okuyoruz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="39" />
        <source>Voor de volgende volwassene: lees dit eerst.</source>
        <translation>Sonraki yetişkin için: önce bunu okuyun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="41" />
        <location filename="../../ui/screens/privacy.py" line="79" />
        <source>We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.</source>
        <translation>Kartınızdan adınızı, doğum tarihinizi, ulusal kayıt numaranızı ve adresinizi okuyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="44" />
        <source>Uw foto ziet u alleen op het scherm. We bewaren de foto niet.</source>
        <translation>Fotoğrafınız sadece ekranda görünür. Fotoğrafı saklamıyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="46" />
        <source>Uw gegevens worden beveiligd bewaard en gewist als uw dossier klaar is.</source>
        <translation>Bilgileriniz güvenli şekilde saklanır ve dosyanız tamamlandığında silinir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="48" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="49" />
        <source>Ik begrijp het. Verder</source>
        <translation>Anladım. Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="59" />
        <source>Dat is nodig om uw inschrijving voor een sociale woning te bevestigen. Het centraal inschrijvingsregister is van de Vlaamse overheid (Wonen in Vlaanderen). %1 behandelt uw dossier.</source>
        <translation>Bu, sosyal konut kaydınızı onaylamak için gereklidir. Merkezi kayıt sicili Flaman hükümetine (Wonen in Vlaanderen) aittir. Dosyanızla %1 ilgilenir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="72" />
        <source>Zonder kaart schrijven we op: uw naam, uw geboortedatum en, als u het weet, uw rijksregisternummer.</source>
        <translation>Kart olmadan şunları yazarız: adınız, doğum tarihiniz ve biliyorsanız ulusal sicil numaranız.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../ui/screens/questions.py" line="83" />
        <source>Vragen over uw situatie</source>
        <translation>Durumunuzla ilgili sorular</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="84" />
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="85" />
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="86" />
        <source>Vorige vraag</source>
        <translation>Önceki soru</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="87" />
        <source>Terug naar het gezin</source>
        <translation>Haneye geri dön</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="88" />
        <source>Alle vragen zijn beantwoord.</source>
        <translation>Bütün sorular cevaplandı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="89" />
        <location filename="../../ui/screens/questions.py" line="90" />
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="94" />
        <source>U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie.</source>
        <translation>Burada olmayan hane üyesi için, onun vekaletnamesiyle cevap veriyorsunuz. Onun durumunu düşünün.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="97" />
        <source>We zoeken uw gezin op bij het register… Even geduld.</source>
        <translation>Hanenizi sicilde arıyoruz… Lütfen bekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="102" />
        <source>Ja, stop de inschrijving van mijn gezin</source>
        <translation>Evet, hanemin kaydını durdurun</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="103" />
        <source>Nee, ik wil ingeschreven blijven</source>
        <translation>Hayır, kayıtlı kalmak istiyorum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="105" />
        <source>Ja, ik hoor niet meer bij dit gezin</source>
        <translation>Evet, artık bu haneye ait değilim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="106" />
        <source>Nee, terug naar de vraag</source>
        <translation>Hayır, soruya geri dön</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="142" />
        <source>Vraag %1 van %2</source>
        <translation>Soru %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="164" />
        <source>De kiosk beslist hier niets over: WIL kijkt het na. U kunt gewoon verder.</source>
        <translation>Kiosk bu konuda karar vermez: WIL kontrol eder. Devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="167" />
        <source>U antwoordde: nee, u wilt niet ingeschreven blijven. Weet u het zeker? Als u stopt, verliest uw gezin zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u later toch een sociale woning, dan moet u zich opnieuw inschrijven en begint u achteraan.</source>
        <translation>Cevabınız: hayır, kayıtlı kalmak istemiyorsunuz. Emin misiniz? Durdurursanız haneniz bekleme listesindeki yerini ve biriktirdiği bekleme süresini kaybeder. Daha sonra yine de sosyal konut isterseniz yeniden kaydolmanız gerekir ve en sondan başlarsınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="173" />
        <source>U antwoordde nee. Dan noteren we dat u vandaag uit dit gezin bent weggegaan. De anderen blijven ingeschreven. U hoeft niets te ondertekenen. Klopt dat?</source>
        <translation>Hayır cevabı verdiniz. O zaman bugün bu haneden ayrıldığınızı not ediyoruz. Diğerleri kayıtlı kalır. Hiçbir şey imzalamanız gerekmez. Doğru mu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="178" />
        <source>Zeg het aan de begeleider. Die noteert bij 'Uw gezin' wie er wegging of bijkwam, met de datum.</source>
        <translation>Bunu yardımcıya söyleyin. 'Haneniz' bölümüne kimin ayrıldığını veya geldiğini tarihiyle not eder.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="183" />
        <source>Zonder inschrijving in het bevolkingsregister of het vreemdelingenregister, of een referentieadres, kunt u zich nu niet inschrijven voor een sociale woning. Wat kunt u doen? Laat u inschrijven bij de gemeente waar u woont, of vraag een referentieadres aan het OCMW.</source>
        <translation>Nüfus kütüğüne veya yabancılar kütüğüne kayıt ya da bir referans adresi olmadan şu anda sosyal konut için kaydolamazsınız. Ne yapabilirsiniz? Yaşadığınız belediyeye kaydolun veya OCMW'den bir referans adresi isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="188" />
        <source>Dan is uw inkomen misschien te hoog voor een sociale woning.</source>
        <translation>O zaman geliriniz sosyal konut için fazla yüksek olabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="191" />
        <source>Wie een woning of bouwgrond heeft, kan meestal geen sociale woning huren. Misschien geldt er toch een uitzondering.</source>
        <translation>Konutu veya arsası olan biri genellikle sosyal konut kiralayamaz. Yine de bir istisna olabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="194" />
        <source>Sinds 2024 telt ook uw spaargeld en uw beleggingen (de middelentoets).</source>
        <translation>2024'ten beri birikimleriniz ve yatırımlarınız da sayılır (varlık testi).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="197" />
        <source>De grens is %1 euro.</source>
        <translation>Sınır %1 avrodur.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw ontvangstbewijs</source>
        <translation>Alındı belgeniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw bewijs van stopzetting</source>
        <translation>Durdurma belgeniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="81" />
        <source>Nu verzenden</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="87" />
        <source>Definitief ontvangstbewijs</source>
        <translation>Kesin alındı belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="89" />
        <source>Het definitieve ontvangstbewijs, met uw dossiernummer, kunt u nu bekijken en afdrukken.</source>
        <translation>Dosya numaranızı içeren kesin alındı belgesini şimdi görebilir ve yazdırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="92" />
        <source>Voorlopig ontvangstbewijs</source>
        <translation>Geçici alındı belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="94" />
        <source>Het voorlopige ontvangstbewijs kunt u nu bekijken en afdrukken. Komt het dossiernummer terwijl u hier bent, dan kunt u hier het definitieve afdrukken.</source>
        <translation>Geçici alındı belgesini şimdi görebilir ve yazdırabilirsiniz. Siz buradayken dosya numarası gelirse, kesin belgeyi burada yazdırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="97" />
        <location filename="../../ui/screens/receipt.py" line="106" />
        <source>Bekijken</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="98" />
        <location filename="../../ui/screens/receipt.py" line="107" />
        <source>Afdrukken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="85" />
        <source>Het bewijs van stopzetting kunt u bekijken en afdrukken.</source>
        <translation>Durdurma belgesini görüntüleyebilir ve yazdırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="100" />
        <source>Andere papieren voor u: bekijk ze of druk ze af.</source>
        <translation>Sizin için başka kâğıtlar: bakın veya yazdırın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="101" />
        <source>Opnieuw afdrukken</source>
        <translation>Yeniden yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="102" />
        <source>Bezoek afsluiten</source>
        <translation>Ziyareti kapat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112" />
        <source>Bewijs van stopzetting</source>
        <translation>Durdurma belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="114" />
        <source>Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt</source>
        <translation>Yardım sayfası: PIN kodu, itsme, yeni eID ve nereden yardım alabilirsiniz</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="116" />
        <source>Brief: wat nog moet gebeuren, en tegen wanneer</source>
        <translation>Mektup: daha ne yapılmalı ve ne zamana kadar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="118" />
        <source>Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer</source>
        <translation>WIL randevusu: ne getireceğiniz, nereye ve ne zamana kadar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="120" />
        <source>Uw inschrijving: wat u koos en wat u moet weten</source>
        <translation>Kaydınız: neyi seçtiğiniz ve neyi bilmeniz gerektiği</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="129" />
        <source>Papieren formulier voor de partner</source>
        <translation>Eş için kâğıt form</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="131" />
        <source>Papieren formulier voor volwassene %1</source>
        <translation>%1. yetişkin için kâğıt form</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="146" />
        <source>Uw referentie: %1</source>
        <translation>Referansınız: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="318" />
        <source>Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen. WIL verwerkt ze in het register.</source>
        <translation>Gönderildi: WIL kaydı durdurma talebinizi aldı. WIL bunu sicilde işler.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="330" />
        <source>Bewaard. Even geduld: we verzenden uw vraag nu naar WIL.</source>
        <translation>Kaydedildi. Lütfen bekleyin: talebinizi şimdi WIL'e gönderiyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="338" />
        <source>Bewaard. WIL is nu niet bereikbaar: we verzenden uw vraag later vanzelf. WIL verwerkt ze in het register.</source>
        <translation>Kaydedildi. WIL'e şu anda ulaşılamıyor: talebinizi daha sonra kendiliğinden göndereceğiz. WIL bunu sicilde işler.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="350" />
        <source>Bewaard. Uw vraag om de inschrijving te stoppen wordt naar WIL verzonden. WIL verwerkt ze in het register.</source>
        <translation>Kaydedildi. Kaydı durdurma talebiniz WIL'e gönderiliyor. WIL bunu sicilde işler.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="155" />
        <source>Uw dossiernummer: %1</source>
        <translation>Dosya numaranız: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="173" />
        <source>Bewaard om later verder te doen. Er is nog niets te verzenden.</source>
        <translation>Daha sonra devam etmek için kaydedildi. Henüz gönderilecek bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="324" />
        <source>Verzonden: het register heeft uw dossier ontvangen. Het dossiernummer komt later. Tot dan is dit ontvangstbewijs voorlopig.</source>
        <translation>Gönderildi: sicil dosyanızı aldı. Dosya numarası daha sonra gelecek. O zamana kadar bu alındı belgesi geçicidir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="334" />
        <source>Bewaard. Even geduld: we verzenden het nu naar het register.</source>
        <translation>Kaydedildi. Lütfen bekleyin: şimdi siciline gönderiyoruz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="344" />
        <source>Bewaard. Het register is nu niet bereikbaar: we verzenden later vanzelf. Tot het dossiernummer er is, is dit ontvangstbewijs voorlopig.</source>
        <translation>Kaydedildi. Sicile şu anda ulaşılamıyor: daha sonra kendiliğinden göndereceğiz. Dosya numarası gelene kadar bu alındı belgesi geçicidir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="355" />
        <source>Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. Het dossiernummer komt zodra het register alles heeft.</source>
        <translation>Kaydedildi. Geçici belge: kayda gönderiliyor. Kayıt her şeye sahip olunca dosya numarası gelir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="167" />
        <source>Bewaard. WIL moet eerst uw documenten zien. Neem het afspraakbriefje en het papieren formulier mee.</source>
        <translation>Kaydedildi. WIL önce belgelerinizi görmelidir. Randevu kâğıdını ve kâğıt formu yanınıza alın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>Even geduld: het papier wordt gemaakt.</source>
        <translation>Biraz bekleyin: kâğıt hazırlanıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="253" />
        <location filename="../../ui/screens/receipt.py" line="259" />
        <source>Even geduld: het papier gaat naar de printer.</source>
        <translation>Biraz bekleyin: kâğıt yazıcıya gidiyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="280" />
        <source>De printer werkt nu niet. Het papier is bewaard: probeer opnieuw, of vraag het later aan een medewerker.</source>
        <translation>Yazıcı şu anda çalışmıyor. Kâğıt saklandı: yeniden deneyin veya daha sonra bir görevliden isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="291" />
        <source>Het papier kon niet gemaakt worden. Probeer opnieuw of vraag een medewerker.</source>
        <translation>Belge oluşturulamadı. Tekrar deneyin veya bir görevliye sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="132" />
        <source>Ontvangstbewijs</source>
        <translation>Alındı belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="127" />
        <source>Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)</source>
        <translation>Referans kiracı için kâğıt form (kaydın adına yapıldığı kişi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="157" />
        <source>Het register heeft uw dossier ontvangen en een dossiernummer gegeven.</source>
        <translation>Kayıt dosyanızı aldı ve bir dosya numarası verdi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="273" />
        <source>Afgedrukt. Neem het papier mee.</source>
        <translation>Yazdırıldı. Kağıdı yanınıza alın.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="158" />
        <source>Uiterste datum op de brief</source>
        <translation>Mektuptaki son tarih</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="159" />
        <source>Telefoon (mag leeg blijven)</source>
        <translation>Telefon (boş bırakılabilir)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="160" />
        <source>E-mail (mag leeg blijven)</source>
        <translation>E-posta (boş bırakılabilir)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="161" />
        <source>Brieven: ter attentie van (bijvoorbeeld OCMW)</source>
        <translation>Mektuplar: dikkatine (örneğin OCMW)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="162" />
        <source>Brieven: straat en nummer</source>
        <translation>Mektuplar: sokak ve numara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="163" />
        <source>Brieven: postcode en gemeente</source>
        <translation>Mektuplar: posta kodu ve belediye</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="164" />
        <source>Gemeenten (met komma's ertussen)</source>
        <translation>Belediyeler (virgülle ayırarak)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="165" />
        <source>Soort woning</source>
        <translation>Konut türü</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="166" />
        <source>Maximale huur per maand (0: geen maximum)</source>
        <translation>Aylık en yüksek kira (0: sınır yok)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="167" />
        <source>Mantelzorg: in welke gemeente?</source>
        <translation>Gayriresmî bakım: hangi belediyede?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="184" />
        <location filename="../../ui/screens/registration_panel.py" line="185" />
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="189" />
        <source>Datum opslaan</source>
        <translation>Tarihi kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="190" />
        <source>Datum wissen</source>
        <translation>Tarihi sil</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="191" />
        <source>Dit is een referentieadres (geen eigen woning)</source>
        <translation>Bu bir referans adresidir (kendi evi yok)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="192" />
        <source>Voorkeuren voor de nieuwe inschrijving</source>
        <translation>Yeni kayıt için tercihler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Huis</source>
        <translation>Ev</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Appartement</source>
        <translation>Daire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Studio</source>
        <translation>Stüdyo daire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="196" />
        <source>Iemand heeft een aangepaste woning nodig (handicap)</source>
        <translation>Birinin uyarlanmış bir konuta ihtiyacı var (engellilik)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="197" />
        <source>Gegevens opslaan</source>
        <translation>Bilgileri kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="238" />
        <source>Deze datum ligt meer dan een jaar van vandaag. Kijk het jaartal na.</source>
        <translation>Bu tarih bugünden bir yıldan fazla uzakta. Yılı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="281" />
        <source>Dit telefoonnummer klopt niet: het heeft 9 tot 15 cijfers.</source>
        <translation>Bu telefon numarası doğru değil: 9 ila 15 rakamdan oluşur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="282" />
        <source>Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.be.</source>
        <translation>Bu e-posta adresi doğru değil. ad@ornek.be gibi görünür.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="284" />
        <source>Vul het adres voor brieven helemaal in: straat, nummer, postcode en gemeente.</source>
        <translation>Mektup adresini eksiksiz doldurun: sokak, numara, posta kodu ve belediye.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="286" />
        <source>Schrijf de gemeenten in letters, met komma's ertussen.</source>
        <translation>Belediyeleri harflerle, aralarına virgül koyarak yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="287" />
        <source>Schrijf de gemeente in letters.</source>
        <translation>Belediyeyi harflerle yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="288" />
        <source>De maximale huur klopt niet.</source>
        <translation>En yüksek kira doğru değil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="290" />
        <source>Kijk de gegevens na.</source>
        <translation>Bilgileri kontrol edin.</translation>
    </message>
</context>
<context>
    <name>ReprintsWidget</name>
    <message>
        <location filename="../../ui/reprints.py" line="112" />
        <source>Een ontvangstbewijs opnieuw afdrukken: kies de referentie die op het papier van de kandidaat staat. De kopie komt uit het bewaarde dossier en staat in het auditlog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="116" />
        <source>Taal van de samenvatting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="117" />
        <source>Taal van de samenvatting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="118" />
        <source>Bewaarde dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="119" />
        <source>Vernieuwen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="120" />
        <source>Kopie bekijken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="121" />
        <source>Kopie afdrukken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="122" />
        <source>Wachtende papieren afdrukken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>definitief</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="149" />
        <source>voorlopig</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="236" />
        <source>%n papier(en) wachten op de printer.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="252" />
        <source>%n papier(en) afgedrukt.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="132" />
        <location filename="../../ui/reprints.py" line="154" />
        <source>Er zijn nog geen bewaarde dossiers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="165" />
        <source>Kies eerst een referentie in de lijst.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="168" />
        <source>Even geduld: de kopie wordt gemaakt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="187" />
        <source>Kopie van het ontvangstbewijs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="205" />
        <source>Even geduld: de kopie gaat naar de printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="212" />
        <source>De kopie is afgedrukt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="217" />
        <location filename="../../ui/reprints.py" line="257" />
        <source>Afdrukken lukte niet: %1. Het papier wacht tot de printer werkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="239" />
        <source>Er wachten geen papieren op de printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="245" />
        <source>Even geduld: de wachtende papieren gaan naar de printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="265" />
        <source>Uw rol laat dit niet toe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/reprints.py" line="267" />
        <source>Dat lukte niet (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="49" />
        <source>Nakijken</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="50" />
        <source>Terug naar het gezin</source>
        <translation>Haneye geri dön</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="51" />
        <source>Klaar. Afronden</source>
        <translation>Tamam. Bitir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="70" />
        <source>Voor het gezin: %1</source>
        <translation>Hane için: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="84" />
        <source>Het register was niet bereikbaar: we konden niet nakijken wie in uw gezin nog moet bevestigen. Uw bewijs is daarom voorlopig. WIL kijkt het na zodra alles verzonden is.</source>
        <translation>Kayda ulaşılamadı: hanenizde kimin daha onaylaması gerektiğini kontrol edemedik. Bu yüzden belgeniz geçicidir. Her şey gönderilince WIL kontrol edecek.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95" />
        <source>De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt. Na 'Afronden' krijgt u een bewijs van stopzetting.</source>
        <translation>Referans kiracı hanenin kaydı durdurduğunu imzaladı. 'Bitir'den sonra bir durdurma belgesi alırsınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99" />
        <source>Het gezin wil de inschrijving stoppen, maar de referentiehuurder moet nog tekenen.</source>
        <translation>Hane kaydı durdurmak istiyor, ancak referans kiracının henüz imzalaması gerekiyor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="102" />
        <source>%n volwassene(n) bevestigd en er ontbreekt niets.</source>
        <translation>
            <numerusform>Onaylar tamam ve hiçbir şey eksik değil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="105" />
        <source>Nog niet klaar: nog %n volwassene(n) moet(en) bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>
            <numerusform>Henüz bitmedi: %n yetişkinin daha onaylaması gerekiyor. Dosyanız ancak tüm yetişkinler onayladığında tamamlanır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="111" />
        <source>Nog niet klaar: er ontbreekt nog iets. Kijk hieronder wat en tegen wanneer.</source>
        <translation>Henüz bitmedi: hâlâ bir şey eksik. Neyin eksik olduğunu ve ne zamana kadar gerektiğini aşağıda görebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="113" />
        <source>Dit wordt een nieuwe inschrijving.</source>
        <translation>Bu yeni bir kayıt olacak.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="127" />
        <source>Bewaren is niet gelukt. Er is niets verloren: probeer opnieuw, of roep de coördinator.</source>
        <translation>Kaydetme başarısız oldu. Hiçbir şey kaybolmadı: tekrar deneyin ya da koordinatörü çağırın.</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="76" />
        <source>Rol in het gezin: %1. Kies een andere rol als dat niet klopt.</source>
        <translation>Hanedeki rol: %1. Doğru değilse başka bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="79" />
        <source>Nieuwe inschrijving: kies de rol van %1 in het gezin.</source>
        <translation>Yeni kayıt: %1 için hanedeki rolü seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="98" />
        <source>Het register bepaalt de rollen van dit gezin.</source>
        <translation>Bu hanedeki rolleri sicil belirler.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="99" />
        <source>Het gezin heeft al een referentiehuurder of een partner. Kies een andere rol.</source>
        <translation>Hanenin zaten bir referans kiracısı veya partneri var. Başka bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="100" />
        <source>Iemand jonger dan 18 is een kind in het gezin.</source>
        <translation>18 yaşından küçük biri hanede çocuktur.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="101" />
        <source>Iemand van 18 of ouder is geen kind in deze lijst. Kies een andere rol.</source>
        <translation>18 yaşında veya daha büyük biri bu listede çocuk değildir. Başka bir rol seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="102" />
        <source>Deze persoon heeft al bevestigd. De rol kan niet meer veranderen.</source>
        <translation>Bu kişi zaten onay verdi. Rol artık değişemez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="104" />
        <source>Dat kan niet.</source>
        <translation>Bu mümkün değil.</translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="115" />
        <location filename="../../ui/screens/routes_panel.py" line="116" />
        <source>Rijksregisternummer op het document</source>
        <translation>Belgedeki ulusal sicil numarası</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="117" />
        <source>Documenten nagekeken (medewerker WIL)</source>
        <translation>Belgeler kontrol edildi (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="118" />
        <source>Vragen en bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>Sorular ve onay WIL çalışanı tarafından (kendi kartı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="119" />
        <source>Een bewindvoerder of volmachthouder tekent voor deze persoon</source>
        <translation>Bu kişi adına bir kayyum veya vekil imzalar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="121" />
        <source>Bewindvoerder (met de beslissing van de vrederechter)</source>
        <translation>Kayyum (sulh hâkiminin kararıyla)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="122" />
        <source>Volmachthouder die niet in het gezin woont (medewerker WIL)</source>
        <translation>Hanede yaşamayan vekil (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="129" />
        <source>Wie tekent?</source>
        <translation>Kim imzalıyor?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="130" />
        <location filename="../../ui/screens/routes_panel.py" line="131" />
        <source>Rijksregisternummer van deze persoon</source>
        <translation>Bu kişinin ulusal sicil numarası</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="132" />
        <source>Beslissing of volmacht: bestand toevoegen</source>
        <translation>Karar veya vekâletname: dosya ekle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="133" />
        <source>Getoond aan de balie (medewerker WIL)</source>
        <translation>Gişede gösterildi (WIL çalışanı)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="137" />
        <source>Haal de kaart uit de lezer. Dan steekt de bewindvoerder of volmachthouder de eigen identiteitskaart in.</source>
        <translation>Kartı okuyucudan çıkarın. Ardından kayyum veya vekil kendi kimlik kartını takar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="142" />
        <source>Ontvoogd door de rechter</source>
        <translation>Mahkeme tarafından ergin kılındı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="143" />
        <source>Begeleid zelfstandig wonen</source>
        <translation>Destekli bağımsız yaşam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="150" />
        <source>Waarom mag deze minderjarige zich inschrijven?</source>
        <translation>Bu reşit olmayan kişi neden kayıt olabilir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="151" />
        <source>Deze minderjarige mag zich inschrijven</source>
        <translation>Bu reşit olmayan kişi kayıt olabilir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="152" />
        <source>Toch niet</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="203" />
        <location filename="../../ui/screens/routes_panel.py" line="253" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>Bu ulusal sicil numarası doğru değil. 11 rakamı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="206" />
        <source>Dit rijksregisternummer hoort bij iemand anders.</source>
        <translation>Bu ulusal sicil numarası başka birine ait.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="209" />
        <location filename="../../ui/screens/routes_panel.py" line="220" />
        <location filename="../../ui/screens/routes_panel.py" line="259" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>Bunu yalnızca bir WIL çalışanı yapabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="222" />
        <source>Kijk eerst de documenten na en vul het rijksregisternummer in.</source>
        <translation>Önce belgeleri kontrol edin ve ulusal sicil numarasını girin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="236" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>Bu dosya okunamıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="246" />
        <source>Kies eerst een volwassene in de lijst.</source>
        <translation>Önce listeden bir yetişkin seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="263" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>Bu dosya çok büyük veya boş.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="265" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>Bu dosya türü olmaz. Bir PDF veya fotoğraf seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="268" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>Bu ulusal sicil numarası sicildeki bu yetişkine ait değil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="271" />
        <source>Kies een volwassene die nog moet bevestigen.</source>
        <translation>Henüz onaylaması gereken bir yetişkin seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="291" />
        <source>Dit kan alleen voor een minderjarige die nog niet bevestigde.</source>
        <translation>Bu yalnızca henüz onaylamamış reşit olmayan biri için mümkündür.</translation>
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
        <source>Beslissing van de vrederechter die de bewindvoerder aanstelt</source>
        <translation>Kayyumu atayan sulh hâkiminin kararı</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="44" />
        <source>Ondertekende volmacht van het gezinslid dat niet aanwezig kan zijn</source>
        <translation>Gelemeyen hane üyesinin imzalı vekaletnamesi</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="45" />
        <source>Zegt u nee, dan vragen we het nog een keer. Daarna stopt uw inschrijving en verliest u uw plaats op de wachtlijst.</source>
        <translation>Hayır derseniz bir kez daha sorarız. Sonra kaydınız durur ve bekleme listesindeki yerinizi kaybedersiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="46" />
        <source>Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft?</source>
        <translation>Hâlâ bu hanede mi yaşıyorsunuz ve hanenin kayıtlı kalmasını istiyor musunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="47" />
        <source>Zegt u nee, dan noteren we dat u niet meer bij dit gezin hoort. De anderen blijven ingeschreven.</source>
        <translation>Hayır derseniz artık bu haneye ait olmadığınızı not ederiz. Diğerleri kayıtlı kalır.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="48" />
        <source>Is er sinds de vorige keer iemand bij u komen wonen, of weggegaan?</source>
        <translation>Geçen seferden beri yanınıza yaşamaya gelen veya ayrılan biri oldu mu?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="49" />
        <source>Bijvoorbeeld: een baby, een nieuwe partner, iemand die verhuisd of overleden is. De begeleider noteert het bij 'Uw gezin'.</source>
        <translation>Örneğin: bir bebek, yeni bir partner, taşınan veya vefat eden biri. Yardımcı bunu 'Haneniz' bölümüne not eder.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="50" />
        <source>Staat u ingeschreven bij een gemeente in België? In het bevolkingsregister, in het vreemdelingenregister, of met een referentieadres.</source>
        <translation>Belçika'da bir belediyeye kayıtlı mısınız? Nüfus kütüğünde, yabancılar kütüğünde veya bir referans adresiyle.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="51" />
        <source>Heeft u een Belgische identiteitskaart of een verblijfskaart met uw adres, dan is het antwoord meestal ja. Een referentieadres kunt u vragen bij het OCMW.</source>
        <translation>Adresinizin yazılı olduğu bir Belçika kimlik kartınız veya oturma kartınız varsa cevap genellikle evettir. Referans adresini OCMW'den isteyebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="52" />
        <source>Bent u erkend als vluchteling, of heeft u subsidiaire bescherming?</source>
        <translation>Mülteci olarak tanındınız mı veya ikincil koruma statünüz var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="53" />
        <source>Dan toont u het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>O zaman mülteci belgesini ve CGVS kararını gösterirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="54" />
        <source>Was uw inkomen op dat aanslagbiljet hoger dan de grens voor een sociale woning?</source>
        <translation>O vergi bildirimindeki geliriniz sosyal konut sınırının üzerinde miydi?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="55" />
        <source>Het inkomen op het aanslagbiljet telt. Weet u het niet? Zeg dan nee: WIL rekent het zelf na.</source>
        <translation>Vergi bildirimindeki gelir sayılır. Bilmiyor musunuz? O zaman hayır deyin: WIL kendisi hesaplar.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="56" />
        <source>Verdient u nu minder dan op dat aanslagbiljet?</source>
        <translation>Şimdi o vergi bildirimindekinden daha az mı kazanıyorsunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="57" />
        <source>Dan kan uw inkomen van nu tellen. U toont uw inkomen van minstens 3 van de laatste 6 maanden.</source>
        <translation>O zaman şimdiki geliriniz sayılabilir. Son 6 ayın en az 3'ündeki gelirinizi gösterirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="58" />
        <source>Heeft u op dit moment een inkomen? Bijvoorbeeld loon, een uitkering of leefloon.</source>
        <translation>Şu anda bir geliriniz var mı? Örneğin maaş, ödenek veya leefloon.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="59" />
        <source>Zonder aanslagbiljet telt uw inkomen van nu.</source>
        <translation>Vergi bildirimi yoksa şimdiki geliriniz sayılır.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="60" />
        <source>Ook als u er vruchtgebruik, erfpacht of opstal op heeft. Vruchtgebruik: u mag er wonen of u krijgt de huur. Erfpacht of opstal: u heeft voor lange tijd het recht op de grond of het gebouw.</source>
        <translation>Üzerinde intifa hakkınız, uzun süreli kira hakkınız (erfpacht) veya üst hakkınız (opstal) varsa da. İntifa hakkı: orada oturabilirsiniz veya kirayı alırsınız. Uzun süreli kira veya üst hakkı: arazi veya bina üzerinde uzun süre hakkınız vardır.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="61" />
        <source>Is er een reden waarom u er niet kunt wonen? Bijvoorbeeld: de woning is onbewoonbaar of onteigend, u heeft ze samen met uw ex-partner, of u erfde een deel en verkoopt het binnen het jaar.</source>
        <translation>Orada oturamamanızın bir nedeni var mı? Örneğin: konut oturulamaz durumda veya kamulaştırıldı, eski partnerinizle ortak, ya da bir payını miras aldınız ve bir yıl içinde satıyorsunuz.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="62" />
        <source>Heeft u spaargeld of beleggingen? Bijvoorbeeld op een spaarrekening, in aandelen of in fondsen.</source>
        <translation>Birikiminiz veya yatırımınız var mı? Örneğin bir tasarruf hesabında, hisse senetlerinde veya fonlarda.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="63" />
        <source>Sinds 2024 telt ook uw vermogen. WIL kijkt het na. De kiosk beslist hier niets over.</source>
        <translation>2024'ten beri varlıklarınız da sayılır. WIL kontrol eder. Kiosk bu konuda karar vermez.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="64" />
        <source>Bewijs van uw inkomen van nu, van minstens 3 van de laatste 6 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>Şu anki gelirinizin, son 6 ayın en az 3'üne ait kanıtı (maaş bordroları, ödenek, leefloon)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="65" />
        <source>Akte van de woning of de bouwgrond, of van het vruchtgebruik, de erfpacht of de opstal (in België of in het buitenland)</source>
        <translation>Konutun veya arsanın ya da intifa hakkının, uzun süreli kiranın veya üst hakkının senedi (Belçika'da veya yurt dışında)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="66" />
        <source>Uittreksel uit de overlijdensakte (bij de gemeente)</source>
        <translation>Ölüm belgesi örneği (belediyeden)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="93" />
        <location filename="../../ui/screens/sign_in.py" line="119" />
        <source>Aanmelden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="94" />
        <source>Meld u aan als vrijwilliger of medewerker voor u een bezoek start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="95" />
        <location filename="../../ui/screens/sign_in.py" line="96" />
        <source>Uw naam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="97" />
        <location filename="../../ui/screens/sign_in.py" line="98" />
        <source>Uw wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="99" />
        <location filename="../../ui/screens/sign_in.py" line="232" />
        <source>Naam of wachtwoord klopt niet. Probeer opnieuw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="103" />
        <source>Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="109" />
        <source>Uw wachtwoord voldoet niet meer aan de regels: het is te kort of te gewoon. Kies nu een nieuw wachtwoord van minstens %1 tekens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="113" />
        <location filename="../../ui/screens/sign_in.py" line="114" />
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="115" />
        <location filename="../../ui/screens/sign_in.py" line="116" />
        <source>Nieuw wachtwoord, nog een keer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="117" />
        <source>Wachtwoord instellen en aanmelden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="118" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="241" />
        <source>Dit wachtwoord kan niet. Kies een ander.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="120" />
        <source>De kiosk start op. U kunt uw naam en wachtwoord al typen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="123" />
        <source>De kiosk kan niet starten: %1. Vraag hulp aan de coördinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="127" />
        <source>Kiosk sluiten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/sign_in.py" line="227" />
        <source>Te veel foute wachtwoorden: aanmelden kan pas over enkele minuten. Wacht even of vraag de coördinator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="60" />
        <source>Statistieken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="64" />
        <source>Bezoeken per dag en plaats, de laatste 30 dagen: volwassenen bevestigd, dossiers volledig, wachtend op het register en in gevaar (termijn voorbij of bijna voorbij, zoals op het startscherm). Aantallen van 1 tot 4 staan er als '&lt;5', ook in de CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="69" />
        <source>Bewaren als anonieme CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="77" />
        <source>Dag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="78" />
        <source>Plaats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="79" />
        <source>Bezoeken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="80" />
        <source>Bevestigingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="81" />
        <source>Inschrijvingen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="82" />
        <source>Volwassenen bevestigd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="83" />
        <source>Klad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="84" />
        <source>Dossiers volledig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="85" />
        <source>Wachtend op register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="86" />
        <source>In gevaar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="103" />
        <source>Bewaren als CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="113" />
        <source>De CSV kon niet bewaard worden in %1. Kies een andere plaats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/statistics_tab.py" line="117" />
        <source>Bewaard: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StopVisit</name>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="54" />
        <source>Bezoek stoppen</source>
        <translation>Ziyareti durdur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="57" />
        <source>Wilt u het bezoek stoppen? Wat nog niet ondertekend is, wordt gewist.</source>
        <translation>Ziyareti durdurmak istiyor musunuz? Henüz imzalanmamış her şey silinir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="59" />
        <source>Nee, verder gaan</source>
        <translation>Hayır, devam et</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="60" />
        <source>Ja, stoppen</source>
        <translation>Evet, durdur</translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <location filename="../../ui/sync_strip.py" line="46" />
        <source>Nu verzenden</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="78" />
        <source>Verzenden: bezig…</source>
        <translation>Gönderme: devam ediyor…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="80" />
        <source>Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.</source>
        <translation>Gönderme: kayda şu anda ulaşılamıyor. Daha sonra tekrar deneyeceğiz.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="82" />
        <source>Verzenden: even kijken…</source>
        <translation>Gönderme: kontrol ediliyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="84" />
        <source>Verzenden: %n zending(en) wachten op het register.</source>
        <translation>
            <numerusform>Gönderim: %n gönderim siciline gönderilmeyi bekliyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="89" />
        <source>Zojuist verzonden: %n zending(en).</source>
        <translation>
            <numerusform>Az önce gönderildi: %n gönderim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="91" />
        <source>Er was niets nieuws te verzenden.</source>
        <translation>Gönderilecek yeni bir şey yoktu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="94" />
        <source>%n zending(en) in quarantaine: roep de coördinator.</source>
        <translation>
            <numerusform>Karantinada %n gönderim var: koordinatörü çağırın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="86" />
        <source>Verzenden: alles is verzonden.</source>
        <translation>Gönderme: her şey gönderildi.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="96" />
        <source>Er is een melding voor de operator op het startscherm.</source>
        <translation>Başlangıç ekranında operatör için bir bildirim var.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/screens/wording.py" line="58" />
        <location filename="../../ui/screens/wording.py" line="122" />
        <source>kind</source>
        <translation>çocuk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="59" />
        <source>moet nog bevestigen</source>
        <translation>henüz onaylamadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="60" />
        <source>bevestigd met PIN</source>
        <translation>PIN ile onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="61" />
        <source>bevestigd door medewerker WIL</source>
        <translation>WIL çalışanı tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="62" />
        <source>afwezig, bevestigd met volmacht</source>
        <translation>burada değil, vekaletnameyle onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="65" />
        <source>heeft al eerder bevestigd</source>
        <translation>daha önce onayladı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="66" />
        <source>afwezig: moet nog bevestigen</source>
        <translation>burada değil: henüz onaylamadı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="67" />
        <source>afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen</source>
        <translation>burada değil, vekaletname alındı: başka bir hane üyesi onun için onaylayabilir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="130" />
        <source>in het ziekenhuis</source>
        <translation>hastanede</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="131" />
        <source>in een woonzorgcentrum</source>
        <translation>bakımevinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="132" />
        <source>in het buitenland</source>
        <translation>yurt dışında</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="133" />
        <source>in de gevangenis</source>
        <translation>cezaevinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="93" />
        <location filename="../../ui/screens/wording.py" line="134" />
        <source>andere reden</source>
        <translation>başka bir neden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="70" />
        <source>bevestigd door de bewindvoerder of volmachthouder</source>
        <translation>kayyum veya vekil tarafından onaylandı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="73" />
        <source>zonder leesbare kaart: WIL kijkt de documenten na</source>
        <translation>okunabilir kart yok: WIL belgeleri kontrol eder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="76" />
        <source>woont niet meer in het gezin</source>
        <translation>artık hanede yaşamıyor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="77" />
        <source>overleden</source>
        <translation>vefat etti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="78" />
        <source>het gezin stopt de inschrijving: hoeft niet te bevestigen</source>
        <translation>hane kaydı durduruyor: onaylaması gerekmez</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="88" />
        <source>alleen een paspoort</source>
        <translation>yalnızca pasaport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="89" />
        <source>papieren van vluchteling of asielzoeker</source>
        <translation>mülteci veya sığınmacı belgeleri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="90" />
        <source>kaart verloren of gestolen</source>
        <translation>kart kayıp veya çalıntı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="91" />
        <source>kaart kapot of chip werkt niet</source>
        <translation>kart bozuk veya çip çalışmıyor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="92" />
        <source>nieuwe kaart aangevraagd</source>
        <translation>yeni kart için başvuruldu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="100" />
        <source>Let op: deze computer kan het register nu niet bereiken, en de uiterste datum is dichtbij. Wacht niet: bel WIL vandaag nog, of geef het papieren formulier nu af.</source>
        <translation>Dikkat: bu bilgisayar şu anda sicile ulaşamıyor ve son tarih yakın. Beklemeyin: bugün WIL'i arayın veya kâğıt formu hemen teslim edin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="109" />
        <source>Hebt u itsme op uw smartphone? Dan kunt u ook zelf, van thuis uit, bevestigen op www.vlaanderen.be/sociaalhuren.</source>
        <translation>Akıllı telefonunuzda itsme var mı? O zaman evden kendiniz de www.vlaanderen.be/sociaalhuren adresinde onaylayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="119" />
        <source>referentiehuurder</source>
        <translation>referans kiracı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="120" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="121" />
        <source>ander volwassen gezinslid</source>
        <translation>hanedeki diğer yetişkin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="142" />
        <source>minderjarig, ontvoogd door de rechter</source>
        <translation>reşit değil, mahkeme tarafından ergin kılındı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="143" />
        <source>minderjarig, begeleid zelfstandig wonen</source>
        <translation>reşit değil, destekli bağımsız yaşam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="151" />
        <source>de termijn was %1 en is voorbij</source>
        <translation>son tarih %1 idi ve geçti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="154" />
        <source>uiterlijk op %1</source>
        <translation>en geç %1 tarihinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="160" />
        <source>nog bevestigen</source>
        <translation>hâlâ onaylanmalı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="161" />
        <source>nog bevestigen (afwezig)</source>
        <translation>hâlâ onaylanmalı (burada değil)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="162" />
        <source>vragen nog beantwoorden</source>
        <translation>sorular hâlâ cevaplanmalı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="163" />
        <source>bewijsstuk nog brengen: %1</source>
        <translation>belge hâlâ getirilmeli: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="166" />
        <source>er is nog geen volwassene</source>
        <translation>henüz yetişkin yok</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="167" />
        <source>het register kon uw gezin niet nakijken</source>
        <translation>kayıt hanenizi kontrol edemedi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="181" />
        <source>is nu 18 en moet ook bevestigen</source>
        <translation>artık 18 yaşında ve o da onaylamalı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="185" />
        <source>sinds %1</source>
        <translation>%1 tarihinden beri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="187" />
        <source>op %1</source>
        <translation>%1 tarihinde</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="192" />
        <source>kies de rol in het gezin</source>
        <translation>hanedeki rolü seçin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="194" />
        <source>rol: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="209" />
        <source>Let op: de termijn was %1 en is voorbij. Neem vandaag nog contact op met WIL en zeg waarom het later is (bijvoorbeeld ziekte of ziekenhuis).</source>
        <translation>Dikkat: son tarih %1 idi ve geçti. Bugün WIL ile iletişime geçin ve neden geciktiğini söyleyin (örneğin hastalık veya hastane).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="215" />
        <source>Let op: vandaag, %1, is de laatste dag om te bevestigen.</source>
        <translation>Dikkat: bugün, %1, onaylamak için son gün.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/wording.py" line="219" />
        <source>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag(en).</source>
        <translation>
            <numerusform>Dikkat: en geç %1 tarihinde onaylayın. Bu, %n gün içinde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="225" />
        <source>Bevestig uiterlijk op %1. De laatste dag telt nog mee.</source>
        <translation>En geç %1 tarihinde onaylayın. Son gün de sayılır.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="279" />
        <source>Afdrukken</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="280" />
        <source>Niet afdrukken</source>
        <translation>Yazdırma</translation>
    </message>
</context>
</TS>