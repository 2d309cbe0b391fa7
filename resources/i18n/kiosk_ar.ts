<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AbsencePanel</name>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="86" />
        <source>Is afwezig</source>
        <translation>تسجيل الغياب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="87" />
        <source>Is toch hier</source>
        <translation>الحضور رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="88" />
        <source>Reden van afwezigheid</source>
        <translation>سبب الغياب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="96" />
        <source>Volmacht: bestand toevoegen (medewerker WIL)</source>
        <translation>التوكيل: إضافة ملف (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="97" />
        <source>Volmacht getoond aan de balie (medewerker WIL)</source>
        <translation>تم عرض التوكيل على الشباك (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="98" />
        <source>Bevestigen voor een afwezig gezinslid, met volmacht</source>
        <translation>التأكيد نيابةً عن فرد غائب من الأسرة، بتوكيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="101" />
        <source>De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code</source>
        <translation>البالغ صاحب البطاقة الموجودة في القارئ يجيب عن الأسئلة ويوقّع برمزه السري الخاص</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="94" />
        <location filename="../../ui/screens/absence_panel.py" line="95" />
        <source>Rijksregisternummer op de volmacht</source>
        <translation>رقم السجل الوطني المكتوب في التوكيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="152" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>لا يمكن قراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="159" />
        <location filename="../../ui/screens/absence_panel.py" line="183" />
        <source>Kies eerst een afwezige volwassene in de lijst.</source>
        <translation>يُرجى أولًا اختيار شخص بالغ غائب من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="166" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>رقم السجل الوطني هذا غير صحيح. يُرجى التحقق من الأرقام الـ11.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="171" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>يمكن لموظف من WIL فقط القيام بذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="175" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>هذا الملف كبير جداً أو فارغ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="177" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>هذا النوع من الملفات غير مقبول. يُرجى اختيار ملف PDF أو صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="180" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>رقم السجل الوطني هذا ليس رقم هذا الشخص البالغ في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/absence_panel.py" line="201" />
        <source>Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.</source>
        <translation>لا يمكن القيام بهذا إلا لشخص بالغ آخر من الأسرة، ببطاقته الخاصة.</translation>
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
        <translation>السجل يرفض هذا الجهاز. لن يُرسَل أي شيء بعد الآن. يجب على المنسّق إعادة تسجيل الجهاز (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="18" />
        <source>De klok van deze computer loopt meer dan 5 minuten anders dan die van het register. Zet de klok juist: handtekeningen dragen het uur.</source>
        <translation>تختلف ساعة هذا الحاسوب عن ساعة السجل بأكثر من 5 دقائق. يُرجى ضبط الساعة: التوقيعات تحمل الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="23" />
        <source>Het register ziet dat het logboek van deze kiosk veranderd of teruggezet is. Roep de coördinator: dit moet WIL nakijken.</source>
        <translation>يرى السجل أن سجلّ الأحداث في هذا الجهاز قد تغيّر أو أُعيد إلى حالة سابقة. يُرجى استدعاء المنسّق: يجب أن تتحقق WIL من ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="28" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Verbind hem met het internet en kies 'Nu verzenden'.</source>
        <translation>لم يتمكن هذا الجهاز من الإرسال منذ %1 أيام. يُرجى توصيله بالإنترنت واختيار «الإرسال الآن».</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="33" />
        <source>Deze kiosk heeft al %1 dagen niet kunnen verzenden. Er kunnen geen nieuwe bezoeken starten tot verzenden weer lukt.</source>
        <translation>لم يتمكن هذا الجهاز من الإرسال منذ %1 أيام. لا يمكن بدء زيارات جديدة حتى ينجح الإرسال من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/alert_words.py" line="38" />
        <source>Melding van het verzenden: %1</source>
        <translation>رسالة بشأن الإرسال: %1</translation>
    </message>
</context>
<context>
    <name>AwaitingCardScreen</name>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="34" />
        <source>Steek de volgende kaart in</source>
        <translation>يُرجى إدخال البطاقة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="37" />
        <source>Bewaren en later verder doen</source>
        <translation>الحفظ والمتابعة لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="62" />
        <source>Steek de identiteitskaart in van de volgende volwassene, of opnieuw dezelfde kaart om verder te gaan.</source>
        <translation>يُرجى إدخال بطاقة هوية الشخص البالغ التالي، أو إدخال البطاقة نفسها مرة أخرى للمتابعة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/awaiting_card.py" line="69" />
        <source>%1 van %n volwassene(n) klaar</source>
        <translation>
            <numerusform>انتهى %1 من أصل %n من البالغين</numerusform>
            <numerusform>انتهى %1 من أصل بالغ واحد</numerusform>
            <numerusform>انتهى %1 من أصل بالغَين</numerusform>
            <numerusform>انتهى %1 من أصل %n بالغين</numerusform>
            <numerusform>انتهى %1 من أصل %n بالغًا</numerusform>
            <numerusform>انتهى %1 من أصل %n بالغ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="38" />
        <source>Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm.</source>
        <translation>ما تمّ إنجازه يبقى محفوظًا. يمكنك المتابعة لاحقًا من شاشة البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="52" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>موظفو WIL: يُرجى الآن إدخال بطاقة الموظف الخاصة للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="56" />
        <source>De bewindvoerder of volmachthouder steekt nu de eigen identiteitskaart in.</source>
        <translation>يُدخل المُدير القضائي أو حامل التوكيل الآن بطاقة هويته الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="74" />
        <source>Even geduld: we lezen de kaart.</source>
        <translation>لحظة من فضلك: نقرأ البطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="76" />
        <source>De kaart kon niet gelezen worden. Probeer opnieuw.</source>
        <translation>تعذرت قراءة البطاقة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/awaiting_card.py" line="78" />
        <source>De lezer wacht op een kaart.</source>
        <translation>القارئ ينتظر بطاقة.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/camera.py" line="106" />
        <location filename="../../ui/camera.py" line="108" />
        <source>Foto nemen</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="109" />
        <source>Opnieuw</source>
        <translation>إعادة التصوير</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="110" />
        <source>Deze foto gebruiken</source>
        <translation>استخدام هذه الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="111" />
        <source>Annuleren</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="115" />
        <source>Camerabeeld</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="116" />
        <source>De foto</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="128" />
        <source>De camera werkt nu niet. Voeg het papier toe als bestand, of kies: later brengen.</source>
        <translation>الكاميرا لا تعمل الآن. يُرجى إضافة الورقة كملف، أو اختيار: إحضارها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="132" />
        <source>Leg het papier plat onder de camera. Alles moet leesbaar zijn. Druk dan op: Foto nemen.</source>
        <translation>يُرجى وضع الورقة مسطحة تحت الكاميرا. يجب أن يكون كل شيء مقروءًا. ثم الضغط على: التقاط صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="135" />
        <source>Kunt u alles goed lezen? Druk op: Deze foto gebruiken. Anders: Opnieuw.</source>
        <translation>هل يمكن قراءة كل شيء جيدًا؟ إذا نعم: استخدام هذه الصورة. وإلا: إعادة التصوير.</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="145" />
        <source>Sinds</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="146" />
        <source>Sinds welke dag</source>
        <translation>منذ أي يوم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="147" />
        <source>Woont hier niet meer</source>
        <translation>لم يعد يسكن هنا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="148" />
        <source>Gescheiden of uit elkaar</source>
        <translation>مطلّق أو منفصل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="149" />
        <source>Overleden</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="150" />
        <source>Toch nog in het gezin</source>
        <translation>لا يزال ضمن الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="195" />
        <source>De referentiehuurder wijzigen kan alleen WIL. Bel WIL.</source>
        <translation>فقط WIL يمكنه تغيير المستأجر المرجعي. اتصل بـ WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="196" />
        <source>Alleen de partner kan gescheiden zijn.</source>
        <translation>الشريك فقط يمكن أن يكون منفصلاً.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="197" />
        <source>Deze persoon heeft al bevestigd in dit dossier.</source>
        <translation>هذا الشخص أكّد بالفعل في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="198" />
        <source>Kies de dag waarop het gebeurde: vandaag of vroeger.</source>
        <translation>يُرجى اختيار اليوم الذي حدث فيه ذلك: اليوم أو قبله.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="199" />
        <source>De persoon van de kaart in de lezer is hier.</source>
        <translation>صاحب البطاقة الموجودة في القارئ حاضر هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="201" />
        <source>Dat kan niet.</source>
        <translation>هذا غير ممكن.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../ui/screens/confirm.py" line="129" />
        <source>Bevestigen met uw PIN-code</source>
        <translation>التأكيد برمزك السري (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="133" />
        <source>Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden kloppen. Dat is hetzelfde als een papier ondertekenen.</source>
        <translation>الرمز السري يضع توقيعًا رقميًا، ومعناه: بياناتي وأجوبتي صحيحة. هذا مثل التوقيع على ورقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="65" />
        <source>Ik heb geen PIN-code</source>
        <translation>ليس لدي رمز سري</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="64" />
        <source>Dit bevestigt u met uw handtekening:</source>
        <translation>بتوقيعك يتم تأكيد ما يلي:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="66" />
        <source>Bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>التأكيد من موظف WIL (ببطاقته الخاصة)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="67" />
        <source>Terug naar het gezin</source>
        <translation>العودة إلى الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="82" />
        <source>Medewerker WIL: bevestigen met uw eigen kaart</source>
        <translation>موظف WIL: التأكيد ببطاقتك الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="86" />
        <source>U bevestigt als medewerker van WIL dat u deze persoon heeft gezien en dat de antwoorden kloppen. Uw eigen kaart zet de handtekening.</source>
        <translation>بهذا التأكيد من WIL: تمت رؤية هذا الشخص، والأجوبة صحيحة. التوقيع يكون ببطاقة الموظف الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="90" />
        <source>Typ uw eigen PIN-code.</source>
        <translation>يُرجى كتابة رمزك السري الخاص.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="91" />
        <source>Ondertekenen met mijn kaart (medewerker)</source>
        <translation>التوقيع ببطاقتي (موظف)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="106" />
        <source>Bevestigen voor een gezinslid dat afwezig is</source>
        <translation>التأكيد نيابةً عن فرد غائب من الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="116" />
        <source>Ja, ik bevestig voor hen met mijn PIN-code</source>
        <translation>نعم، أؤكد نيابةً عن هذا الفرد برمزي السري</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="138" />
        <source>Ja, ik bevestig met mijn PIN-code</source>
        <translation>نعم، أؤكد برمزي السري</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="163" />
        <source>Met een kaart die niet meer geldig is, kunt u niet ondertekenen. Een medewerker van WIL helpt u.</source>
        <translation>لا يمكن التوقيع ببطاقة لم تعد صالحة. سيساعدك موظف من WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="177" />
        <location filename="../../ui/screens/confirm.py" line="252" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>نبحث عن أسرتك في السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="210" />
        <source>Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw.</source>
        <translation>لا توجد بطاقة في القارئ. يُرجى إدخال البطاقة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="172" />
        <source>Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in.</source>
        <translation>يُرجى إخراج بطاقة المرشح من القارئ، ثم إدخال بطاقة الموظف الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="94" />
        <source>Bevestigen voor iemand anders, als bewindvoerder of volmachthouder</source>
        <translation>التأكيد نيابةً عن شخص آخر، بصفتك مُديرًا قضائيًا أو حاملَ توكيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="99" />
        <source>U tekent met uw eigen PIN-code voor deze persoon. Zo zegt u: hun gegevens en antwoorden kloppen, en u mag voor hen tekenen (beslissing van de vrederechter of volmacht).</source>
        <translation>التوقيع برمز PIN الخاص بك يكون نيابةً عن هذا الشخص، ومعناه: بياناته وإجاباته صحيحة، ويحق لك التوقيع عنه (بقرار قاضي الصلح أو بتوكيل).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="103" />
        <location filename="../../ui/screens/confirm.py" line="115" />
        <source>Typ uw eigen PIN-code zelf. Niemand kijkt mee.</source>
        <translation>يُرجى كتابة رمزك السري (PIN) الخاص بنفسك. لا أحد ينظر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="104" />
        <source>Ja, ik bevestig voor deze persoon met mijn PIN-code</source>
        <translation>نعم، أؤكّد نيابةً عن هذا الشخص برمز PIN الخاص بي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="110" />
        <source>U heeft een volmacht van dit gezinslid: een ondertekend papier waarop staat dat u voor hen mag bevestigen. Met uw eigen PIN-code zet u de handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen.</source>
        <translation>لديك توكيل من هذا الفرد من الأسرة: ورقة موقَّعة تسمح لك بالتأكيد نيابةً عن هذا الفرد. التوقيع برمزك السري الخاص يكون نيابةً عن هذا الفرد، ومعناه: بيانات هذا الفرد وأجوبته صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="118" />
        <source>Uw inschrijving stoppen</source>
        <translation>إيقاف تسجيلك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="122" />
        <source>Met uw PIN-code ondertekent u dat u de inschrijving van uw gezin stopt. Uw gezin verliest dan zijn plaats op de wachtlijst.</source>
        <translation>برمز PIN الخاص بك توقّع على أنك توقف تسجيل أسرتك. عندها تفقد أسرتك مكانها في قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="126" />
        <location filename="../../ui/screens/confirm.py" line="137" />
        <source>Typ uw PIN-code zelf. Niemand kijkt mee.</source>
        <translation>يُرجى كتابة رمزك السري (PIN) بنفسك. لا أحد ينظر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="127" />
        <source>Ja, ik stop de inschrijving met mijn PIN-code</source>
        <translation>نعم، أوقف التسجيل برمز PIN الخاص بي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="168" />
        <source>Medewerker WIL: steek nu uw eigen kaart in om te bevestigen.</source>
        <translation>موظف WIL: أدخِل الآن بطاقتك الخاصة للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="183" />
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="187" />
        <source>toegevoegd</source>
        <translation>تمت الإضافة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="188" />
        <source>brengt u later</source>
        <translation>سيُحضَر لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="189" />
        <source>getoond aan de balie</source>
        <translation>عُرض على الشباك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="190" />
        <source>nog niet toegevoegd: het blijft nodig</source>
        <translation>لم تتم الإضافة بعد: ما زال مطلوبًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="195" />
        <source>Bewijsstuk %1: %2</source>
        <translation>المستند %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="213" />
        <location filename="../../ui/screens/confirm.py" line="235" />
        <source>Even geduld: de kaart ondertekent.</source>
        <translation>لحظة من فضلك: البطاقة توقّع.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="218" />
        <source>Typ uw PIN-code op het toestel van de kaartlezer.</source>
        <translation>يُرجى كتابة رمزك السري على لوحة مفاتيح قارئ البطاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="231" />
        <source>Typ uw PIN-code en druk op OK.</source>
        <translation>يُرجى كتابة رمزك السري ثم الضغط على موافق.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="257" />
        <source>Met deze kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u verder.</source>
        <translation>لا يمكن التوقيع بهذه البطاقة. سيساعدك موظف من WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="265" />
        <source>Zonder PIN-code: kies 'Bevestigen door medewerker WIL' hieronder.</source>
        <translation>بدون رمز سري (PIN): يُرجى اختيار 'التأكيد من موظف WIL' في الأسفل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="244" />
        <source>Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. U krijgt een hulpblad mee voor de gemeente.</source>
        <translation>رمزك السري محظور. يمكن لموظف من WIL مساعدتك، وستُعطى لك ورقة مساعدة للبلدية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/confirm.py" line="228" />
        <source>De PIN-code is niet juist. U heeft nog %n poging(en).</source>
        <translation>
            <numerusform>الرمز السري غير صحيح. لم تبقَ أي محاولة.</numerusform>
            <numerusform>الرمز السري غير صحيح. بقيت محاولة واحدة.</numerusform>
            <numerusform>الرمز السري غير صحيح. بقيت محاولتان.</numerusform>
            <numerusform>الرمز السري غير صحيح. بقيت %n محاولات.</numerusform>
            <numerusform>الرمز السري غير صحيح. بقيت %n محاولة.</numerusform>
            <numerusform>الرمز السري غير صحيح. بقيت %n محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="250" />
        <source>U heeft gestopt. Er is niets ondertekend.</source>
        <translation>تم الإيقاف. لم يتم توقيع أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="260" />
        <source>Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw.</source>
        <translation>لم ينجح التوقيع. لم يتم توقيع أي شيء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/confirm.py" line="270" />
        <source>Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. U krijgt een hulpblad mee.</source>
        <translation>بدون رمز سري، يمكن لموظف من WIL فقط القيام بالتأكيد، وستُعطى لك ورقة مساعدة.</translation>
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
        <translation>رجوع</translation>
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
        <translation>انتهت الزيارة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="28" />
        <source>Vergeet uw identiteitskaart niet.</source>
        <translation>يُرجى عدم نسيان بطاقة الهوية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="29" />
        <source>Volgend bezoek</source>
        <translation>الزيارة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="40" />
        <source>Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist. Wat al gedaan was, is veilig bewaard.</source>
        <translation>لم يستخدم أحد الجهاز لفترة. لذلك مسحنا الشاشة. ما تم إنجازه محفوظ بأمان.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/end.py" line="45" />
        <source>Dank u. Alle gegevens zijn van het scherm gewist.</source>
        <translation>شكرًا لك. تم مسح جميع البيانات من الشاشة.</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../ui/evidence_picker.py" line="175" />
        <source>Kies een scan</source>
        <translation>اختيار ملف ممسوح ضوئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="178" />
        <source>Kies waar de scan staat, en dan de scan. De nieuwste staan bovenaan.</source>
        <translation>يُرجى اختيار مكان الملف الممسوح أولًا، ثم الملف نفسه. الأحدث في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="183" />
        <source>Hier staat geen scan. Steek de USB-stick in, of scan het papier opnieuw, en kies dan 'Opnieuw kijken'.</source>
        <translation>لا يوجد ملف ممسوح هنا. يُرجى إدخال ذاكرة USB أو مسح الورقة من جديد، ثم اختيار «البحث مجددًا».</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="187" />
        <source>Opnieuw kijken</source>
        <translation>البحث مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="188" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="189" />
        <source>Deze scan toevoegen</source>
        <translation>إضافة هذا الملف</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="190" />
        <source>Plaatsen</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="191" />
        <source>Scans</source>
        <translation>الملفات الممسوحة</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="203" />
        <source>Scanmap van deze kiosk</source>
        <translation>مجلد المسح الضوئي لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_picker.py" line="204" />
        <source>USB-stick: %1</source>
        <translation>ذاكرة USB: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <location filename="../../ui/screens/evidence.py" line="66" />
        <source>Bewijsstukken</source>
        <translation>المستندات الداعمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="69" />
        <source>Voeg de papieren toe die nodig zijn. Heeft u ze niet bij? Kies dan: later brengen.</source>
        <translation>يُرجى إضافة الأوراق اللازمة. إذا لم تكن معك، يُرجى اختيار: إحضارها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="71" />
        <source>Voor uw antwoorden zijn geen papieren nodig.</source>
        <translation>لا حاجة لأي أوراق بحسب أجوبتك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Bestand toevoegen</source>
        <translation>إضافة ملف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="131" />
        <source>Nog een pagina</source>
        <translation>صفحة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="138" />
        <source>Later brengen</source>
        <translation>إحضارها لاحقًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/evidence.py" line="169" />
        <source>Toegevoegd: %n pagina('s)</source>
        <translation>
            <numerusform>أُضيفت: لا صفحات</numerusform>
            <numerusform>أُضيفت: صفحة واحدة</numerusform>
            <numerusform>أُضيفت: صفحتان</numerusform>
            <numerusform>أُضيفت: %n صفحات</numerusform>
            <numerusform>أُضيفت: %n صفحة</numerusform>
            <numerusform>أُضيفت: %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="135" />
        <source>Foto nemen</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="141" />
        <source>Getoond aan de balie (WIL)</source>
        <translation>عُرض على الشباك (WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="164" />
        <source>Pagina %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="171" />
        <source>U brengt dit later.</source>
        <translation>سيُحضَر هذا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="173" />
        <source>Getoond aan de balie.</source>
        <translation>عُرض على الشباك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="174" />
        <source>Nog niet toegevoegd.</source>
        <translation>لم تتم الإضافة بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="217" />
        <source>Er zijn al genoeg pagina's voor dit stuk.</source>
        <translation>توجد صفحات كافية لهذا المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="220" />
        <source>Dit bestand is te groot (meer dan %1 MB).</source>
        <translation>هذا الملف كبير جدًا (أكثر من %1 ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="221" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>هذا النوع من الملفات غير مقبول. يُرجى اختيار ملف PDF أو صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="184" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>لا يمكن قراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/evidence.py" line="72" />
        <source>Verder</source>
        <translation>متابعة</translation>
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
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="93" />
        <source>Nieuw bezoek starten</source>
        <translation>بدء زيارة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="96" />
        <source>Bezoek zonder leesbare identiteitskaart</source>
        <translation>زيارة بدون بطاقة هوية قابلة للقراءة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="97" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd</source>
        <translation>جواز سفر، أو أوراق لاجئ، أو بطاقة مفقودة أو تالفة أو قيد الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="99" />
        <location filename="../../ui/screens/home.py" line="100" />
        <source>Concepten van deze kiosk</source>
        <translation>المسودات في هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="101" />
        <source>Concept hervatten</source>
        <translation>متابعة المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="102" />
        <source>Dossiers in gevaar (termijn bijna of al voorbij)</source>
        <translation>ملفات معرّضة للخطر (المهلة قاربت على الانتهاء أو انتهت)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="139" />
        <source>Er kan geen nieuw bezoek starten: deze kiosk heeft te lang niet kunnen verzenden.</source>
        <translation>لا يمكن بدء زيارة جديدة: لم يتمكن هذا الجهاز من الإرسال منذ مدة طويلة جدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="142" />
        <source>Dit kon niet geopend worden. Probeer opnieuw of vraag de coördinator.</source>
        <translation>تعذّر فتح هذا. يُرجى المحاولة مرة أخرى أو سؤال المنسّق.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="157" />
        <source>Even kijken welke concepten er zijn…</source>
        <translation>نبحث عن المسودات…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="158" />
        <source>Even kijken…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="165" />
        <source>Dit kon niet gelezen worden. Meld u af en weer aan, of vraag de coördinator.</source>
        <translation>لم نتمكن من قراءة هذا. يُرجى تسجيل الخروج ثم الدخول من جديد، أو سؤال المنسّق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="199" />
        <source>%1 (%2)
%3 van %n volwassene(n) bevestigd, bewaard op %4</source>
        <translation>
            <numerusform>%1 (%2)
أكّد %3 من أصل %n من البالغين، حُفظ في %4</numerusform>
            <numerusform>%1 (%2)
أكّد %3 من أصل بالغ واحد، حُفظ في %4</numerusform>
            <numerusform>%1 (%2)
أكّد %3 من أصل بالغَين، حُفظ في %4</numerusform>
            <numerusform>%1 (%2)
أكّد %3 من أصل %n بالغين، حُفظ في %4</numerusform>
            <numerusform>%1 (%2)
أكّد %3 من أصل %n بالغًا، حُفظ في %4</numerusform>
            <numerusform>%1 (%2)
أكّد %3 من أصل %n بالغ، حُفظ في %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="206" />
        <source>, uiterlijk op %1</source>
        <translation>، في موعد أقصاه %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="212" />
        <source>Geen dossiers met een termijn die bijna of al voorbij is.</source>
        <translation>لا توجد ملفات قاربت مهلتها على الانتهاء أو انتهت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="215" />
        <source>%n dossier(s) met een termijn die bijna of al voorbij is. Bel deze gezinnen:</source>
        <translation>
            <numerusform>لا توجد ملفات قارب موعدها أو فات.</numerusform>
            <numerusform>ملف واحد قارب موعده أو فات. يُرجى الاتصال بهذه الأسرة:</numerusform>
            <numerusform>ملفان قارب موعدهما أو فات. يُرجى الاتصال بهاتين الأسرتين:</numerusform>
            <numerusform>%n ملفات قارب موعدها أو فات. يُرجى الاتصال بهذه الأسر:</numerusform>
            <numerusform>%n ملفًا قارب موعدها أو فات. يُرجى الاتصال بهذه الأسر:</numerusform>
            <numerusform>%n ملف قارب موعدها أو فات. يُرجى الاتصال بهذه الأسر:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="222" />
        <source>en nog %n andere</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وملف آخر</numerusform>
            <numerusform>وملفان آخران</numerusform>
            <numerusform>و%n ملفات أخرى</numerusform>
            <numerusform>و%n ملفًا آخر</numerusform>
            <numerusform>و%n ملف آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="231" />
        <source>nog %n dag(en), tot en met %1</source>
        <translation>
            <numerusform>لم يبقَ أي يوم، حتى %1 ضمنًا</numerusform>
            <numerusform>بقي يوم واحد، حتى %1 ضمنًا</numerusform>
            <numerusform>بقي يومان، حتى %1 ضمنًا</numerusform>
            <numerusform>بقيت %n أيام، حتى %1 ضمنًا</numerusform>
            <numerusform>بقي %n يومًا، حتى %1 ضمنًا</numerusform>
            <numerusform>بقي %n يوم، حتى %1 ضمنًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="240" />
        <source>Wachtrij: %n zending(en) wachten.</source>
        <translation>
            <numerusform>قائمة الانتظار: لا إرسالات تنتظر.</numerusform>
            <numerusform>قائمة الانتظار: إرسال واحد ينتظر.</numerusform>
            <numerusform>قائمة الانتظار: إرسالان ينتظران.</numerusform>
            <numerusform>قائمة الانتظار: %n إرسالات تنتظر.</numerusform>
            <numerusform>قائمة الانتظار: %n إرسالًا ينتظر.</numerusform>
            <numerusform>قائمة الانتظار: %n إرسال ينتظر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="242" />
        <source>De oudste wacht al %n dag(en).</source>
        <translation>
            <numerusform>الأقدم ينتظر منذ اليوم.</numerusform>
            <numerusform>الأقدم ينتظر منذ يوم واحد.</numerusform>
            <numerusform>الأقدم ينتظر منذ يومين.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n أيام.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n يومًا.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="244" />
        <source>De oudste wacht sinds vandaag.</source>
        <translation>الأقدم ينتظر منذ اليوم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/home.py" line="247" />
        <source>%n zending(en) in quarantaine: vraag de coördinator.</source>
        <translation>
            <numerusform>لا إرسالات في الحجر.</numerusform>
            <numerusform>إرسال واحد في الحجر: يُرجى سؤال المنسّق.</numerusform>
            <numerusform>إرسالان في الحجر: يُرجى سؤال المنسّق.</numerusform>
            <numerusform>%n إرسالات في الحجر: يُرجى سؤال المنسّق.</numerusform>
            <numerusform>%n إرسالًا في الحجر: يُرجى سؤال المنسّق.</numerusform>
            <numerusform>%n إرسال في الحجر: يُرجى سؤال المنسّق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="189" />
        <source>Er zijn geen concepten. Start een nieuw bezoek.</source>
        <translation>لا توجد مسودات. يمكن بدء زيارة جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="192" />
        <source>Kies een concept en druk op 'Concept hervatten'. Dan steekt de kandidaat de kaart in.</source>
        <translation>يُرجى اختيار مسودة والضغط على «متابعة المسودة». ثم يُدخل المرشّح بطاقته.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>concept</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="197" />
        <source>onvolledig</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="230" />
        <source>vandaag de laatste dag</source>
        <translation>اليوم هو آخر يوم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="228" />
        <source>termijn voorbij sinds %1</source>
        <translation>انتهت المهلة منذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="237" />
        <source>Wachtrij: niets wacht op verzending.</source>
        <translation>قائمة الانتظار: لا شيء ينتظر الإرسال.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="159" />
        <source>Wachtrij: even kijken…</source>
        <translation>قائمة الانتظار: جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="103" />
        <source>Nu verzenden</source>
        <translation>الإرسال الآن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="104" />
        <source>Beheer (coördinator)</source>
        <translation>الإدارة (المنسّق)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="105" />
        <source>Afmelden</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="114" />
        <source>Aangemeld als %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../ui/screens/household.py" line="101" />
        <source>Uw gezin</source>
        <translation>أسرتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="102" />
        <source>Naar nakijken</source>
        <translation>إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="105" />
        <source>Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in.</source>
        <translation>يُرجى إخراج هذه البطاقة من القارئ، ثم إدخال بطاقة الشخص البالغ التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="107" />
        <source>Volwassene toevoegen met kaart</source>
        <translation>إضافة شخص بالغ ببطاقته</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="108" />
        <source>Kind toevoegen</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="109" />
        <location filename="../../ui/screens/household.py" line="135" />
        <source>Volwassene zonder kaart (medewerker WIL)</source>
        <translation>شخص بالغ بدون بطاقة (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="110" />
        <source>Datum van de brief, contact en voorkeuren</source>
        <translation>تاريخ الرسالة والاتصال والتفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="114" />
        <source>Niemand heeft een identiteitskaart die de computer kan lezen. Schrijf elke volwassene op. WIL kijkt de documenten na: de kiosk drukt het papieren formulier en een afspraakbriefje af.</source>
        <translation>لا أحد لديه بطاقة هوية يستطيع الحاسوب قراءتها. دوِّن كل شخص بالغ. تتحقق WIL من الوثائق: يطبع الجهاز الاستمارة الورقية وورقة موعد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="133" />
        <source>Volwassene zonder leesbare kaart toevoegen</source>
        <translation>إضافة شخص بالغ دون بطاقة مقروءة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="140" />
        <source>Gelukt: de bevestiging is ondertekend.</source>
        <translation>تم: تم توقيع التأكيد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="176" />
        <source>Gevonden bij het register: kandidaatnummer %1.</source>
        <translation>عُثر على الأسرة في السجل: رقم المرشح %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="185" />
        <source>Zonder kaart vragen we het register nog niets. WIL zoekt uw gezin op als het de documenten heeft gezien.</source>
        <translation>دون بطاقة لا نسأل السجل شيئًا بعد. تبحث WIL عن أسرتك بعد أن ترى الوثائق.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="190" />
        <source>Het register is nu niet bereikbaar. We konden niet nakijken wie in uw gezin nog moet bevestigen. We gaan verder; uw bewijs blijft voorlopig tot het register alles heeft nagekeken.</source>
        <translation>لا يمكن الوصول إلى السجل الآن. لم نتمكن من التحقق ممن لا يزال عليه التأكيد في أسرتك. سنتابع؛ ويبقى إثباتك مؤقتًا حتى يتحقق السجل من كل شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="121" />
        <source>Verder naar de vragen</source>
        <translation>المتابعة إلى الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="122" />
        <source>Vragen en bevestigen voor de persoon van de kaart</source>
        <translation>الأسئلة والتأكيد لصاحب البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="178" />
        <source>Brief van %1.</source>
        <translation>رسالة بتاريخ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="180" />
        <source>Herinnering van %1.</source>
        <translation>تذكير بتاريخ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="182" />
        <source>We zoeken uw gezin op bij het register…</source>
        <translation>نبحث عن أسرتك في السجل…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household.py" line="195" />
        <source>Niet gevonden bij het register: dit wordt een nieuwe inschrijving.</source>
        <translation>لم يُعثر على الأسرة في السجل: سيكون هذا تسجيلًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../../ui/screens/identity.py" line="52" />
        <source>Kloppen deze gegevens?</source>
        <translation>هل هذه البيانات صحيحة؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="53" />
        <source>Ik heb de kaart bekeken: verder (medewerker WIL)</source>
        <translation>لقد فحصت البطاقة: متابعة (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="54" />
        <source>Ja, dit klopt. Verder</source>
        <translation>نعم، هذا صحيح. متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="70" />
        <source>Foto van de kaart</source>
        <translation>صورة البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="72" />
        <source>Naam</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="80" />
        <source>Geboren: %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="81" />
        <source>Geboortedatum</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="84" />
        <source>Adres</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="93" />
        <source>U beantwoordt de vragen en tekent voor %1, met uw eigen identiteitskaart.</source>
        <translation>الإجابة عن الأسئلة والتوقيع هنا نيابةً عن %1، ببطاقة هويتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="105" />
        <source>Geen foto</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="109" />
        <source>De kaart is echt.</source>
        <translation>البطاقة أصلية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="110" />
        <source>Oefenkaart: alleen goed voor de oefenmodus.</source>
        <translation>بطاقة تدريب: صالحة فقط في وضع التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="116" />
        <location filename="../../ui/screens/identity.py" line="119" />
        <source>We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken.</source>
        <translation>لا يمكننا التحقق من أن هذه البطاقة أصلية. يجب على موظف من WIL فحص البطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="55" />
        <source>Een medewerker van WIL heeft de kaart bekeken.</source>
        <translation>قام موظف من WIL بفحص البطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="112" />
        <source>Deze kaart is niet meer geldig. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad.</source>
        <translation>هذه البطاقة لم تعد صالحة. لا يمكنك التوقيع بها. سيساعدك موظف من WIL. يُرجى طلب بطاقة جديدة من البلدية: ستُعطى لك ورقة مساعدة لذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/identity.py" line="141" />
        <source>Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw.</source>
        <translation>تعذّر حفظ فحص البطاقة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>InsertCardScreen</name>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="46" />
        <source>Steek uw identiteitskaart in de lezer</source>
        <translation>يُرجى إدخال بطاقة الهوية في القارئ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="47" />
        <source>De chip moet naar boven wijzen, naar de lezer toe.</source>
        <translation>يجب أن تكون الشريحة إلى الأعلى، باتجاه القارئ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="50" />
        <source>Er zit nog een kaart in de lezer. Haal ze eruit en steek dan uw eigen kaart in.</source>
        <translation>لا تزال هناك بطاقة في القارئ. يُرجى إخراجها ثم إدخال بطاقتك الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="55" />
        <source>Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. Werkt het nog niet, vraag dan hulp aan de vrijwilliger.</source>
        <translation>لا يحدث شيء؟ يُرجى إخراج البطاقة وإدخالها مرة أخرى. إذا لم ينجح ذلك، يُرجى طلب المساعدة من الشخص المتطوع.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="62" />
        <source>Geen leesbare identiteitskaart</source>
        <translation>لا توجد بطاقة هوية مقروءة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="64" />
        <source>Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd: ga verder zonder kaart</source>
        <translation>جواز سفر، أوراق لاجئ، بطاقة مفقودة أو تالفة أو قيد الإصدار: تابع دون بطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="82" />
        <source>De lezer wacht op een kaart.</source>
        <translation>القارئ ينتظر بطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="83" />
        <source>Even geduld: we lezen de kaart. Haal de kaart er niet uit.</source>
        <translation>لحظة من فضلك: نقرأ البطاقة. يُرجى عدم إخراج البطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="84" />
        <source>De kaart is gelezen.</source>
        <translation>تمت قراءة البطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/insert_card.py" line="85" />
        <source>De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw.</source>
        <translation>تعذرت قراءة البطاقة. يُرجى إخراجها والمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source> (oefenmodus)</source>
        <translation> (وضع التدريب)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>CIR-kiosk</source>
        <translation>جهاز CIR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296" />
        <source>Bent u er nog? Over %n seconde(n) sluiten we het bezoek en wissen we het scherm. Raak het scherm aan of druk op een toets om verder te gaan.</source>
        <translation>
            <numerusform>هل ما زال أحد هنا؟ سنغلق الزيارة الآن ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
            <numerusform>هل ما زال أحد هنا؟ بعد ثانية واحدة سنغلق الزيارة ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
            <numerusform>هل ما زال أحد هنا؟ بعد ثانيتين سنغلق الزيارة ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
            <numerusform>هل ما زال أحد هنا؟ بعد %n ثوانٍ سنغلق الزيارة ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
            <numerusform>هل ما زال أحد هنا؟ بعد %n ثانية سنغلق الزيارة ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
            <numerusform>هل ما زال أحد هنا؟ بعد %n ثانية سنغلق الزيارة ونمسح الشاشة. للمتابعة يكفي لمس الشاشة أو الضغط على أي زر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. Vraag hulp aan de coördinator.</source>
        <translation>تنبيه: تعذّر حفظ المسودة. يجب إعادة ما تم في هذه الزيارة. يُرجى طلب المساعدة من المنسق.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt.</source>
        <translation>وضع التدريب: بطاقات تدريب وسجل تدريب. لا شيء حقيقي.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Even geduld…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ui/screens/member_form.py" line="77" />
        <source>Voornaam</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="78" />
        <source>Familienaam</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="79" />
        <source>Geboortedatum</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="74" />
        <source>Rijksregisternummer</source>
        <translation>رقم السجل الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="73" />
        <source>Rijksregisternummer (als u het weet)</source>
        <translation>رقم السجل الوطني (إن كنت تعرفه)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="81" />
        <source>Waarom geen leesbare kaart?</source>
        <translation>لماذا لا توجد بطاقة مقروءة؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="87" />
        <source>Toevoegen</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="122" />
        <source>Vul de voornaam en de familienaam in.</source>
        <translation>يُرجى كتابة الاسم الأول واسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="137" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>رقم السجل الوطني هذا غير صحيح. يُرجى التحقق من الأرقام الـ11.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="140" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>يمكن لموظف من WIL فقط القيام بذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="143" />
        <source>Deze persoon staat al in het gezin.</source>
        <translation>هذا الشخص موجود بالفعل في الأسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="147" />
        <source>Deze persoon is minderjarig. Voeg een kind toe.</source>
        <translation>هذا الشخص قاصر. أضِف طفلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/member_form.py" line="149" />
        <source>Deze persoon is volwassen. Voeg een volwassene toe met de kaart.</source>
        <translation>هذا الشخص بالغ. يُرجى إضافة البالغين ببطاقاتهم.</translation>
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
        <translation>إلغاء</translation>
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
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="69" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="70" />
        <source>Stoppen</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/pin_pad.py" line="95" />
        <source>Getypte cijfers: %1</source>
        <translation>الأرقام المكتوبة: %1</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../../ui/presentation_bar.py" line="63" />
        <source>Grotere letters (%1 van %2)</source>
        <translation>خط أكبر (%1 من %2)</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="65" />
        <source>Kleinere letters</source>
        <translation>خط أصغر</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="66" />
        <source>Hoog contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="67" />
        <source>Voorlezen</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/presentation_bar.py" line="68" />
        <source>Taal</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../../ui/screens/privacy.py" line="38" />
        <source>Wat we lezen van uw identiteitskaart</source>
        <translation>ما نقرؤه من بطاقة هويتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="39" />
        <source>Voor de volgende volwassene: lees dit eerst.</source>
        <translation>للشخص البالغ التالي: يُرجى قراءة هذا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="41" />
        <location filename="../../ui/screens/privacy.py" line="79" />
        <source>We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.</source>
        <translation>نقرأ من بطاقتك اسمك وتاريخ ميلادك ورقمك في السجل الوطني وعنوانك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="44" />
        <source>Uw foto ziet u alleen op het scherm. We bewaren de foto niet.</source>
        <translation>تظهر صورتك على الشاشة فقط. نحن لا نحتفظ بالصورة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="46" />
        <source>Uw gegevens worden beveiligd bewaard en gewist als uw dossier klaar is.</source>
        <translation>تُحفظ بياناتك بأمان وتُمسح عند اكتمال ملفك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="48" />
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="49" />
        <source>Ik begrijp het. Verder</source>
        <translation>فهمت. متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="59" />
        <source>Dat is nodig om uw inschrijving voor een sociale woning te bevestigen. Het centraal inschrijvingsregister is van de Vlaamse overheid (Wonen in Vlaanderen). %1 behandelt uw dossier.</source>
        <translation>هذا ضروري لتأكيد تسجيلك للحصول على مسكن اجتماعي. سجل التسجيل المركزي تابع للحكومة الفلمنكية (Wonen in Vlaanderen). تتولى %1 ملفك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/privacy.py" line="72" />
        <source>Zonder kaart schrijven we op: uw naam, uw geboortedatum en, als u het weet, uw rijksregisternummer.</source>
        <translation>دون بطاقة ندوّن: اسمك وتاريخ ميلادك، ورقم سجلك الوطني إن كنت تعرفه.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../ui/screens/questions.py" line="83" />
        <source>Vragen over uw situatie</source>
        <translation>أسئلة عن وضعك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="84" />
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="85" />
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="86" />
        <source>Vorige vraag</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="87" />
        <source>Terug naar het gezin</source>
        <translation>العودة إلى الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="88" />
        <source>Alle vragen zijn beantwoord.</source>
        <translation>تمت الإجابة عن جميع الأسئلة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="89" />
        <location filename="../../ui/screens/questions.py" line="90" />
        <source>Verder</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="94" />
        <source>U antwoordt voor het gezinslid dat afwezig is, met hun volmacht. Denk aan hun situatie.</source>
        <translation>الإجابة هنا نيابةً عن فرد الأسرة الغائب، بتوكيل منه. يُرجى التفكير في وضع هذا الفرد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="97" />
        <source>We zoeken uw gezin op bij het register… Even geduld.</source>
        <translation>نبحث عن أسرتك في السجل… لحظة من فضلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="102" />
        <source>Ja, stop de inschrijving van mijn gezin</source>
        <translation>نعم، أوقفوا تسجيل أسرتي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="103" />
        <source>Nee, ik wil ingeschreven blijven</source>
        <translation>لا، أريد أن أبقى مسجلاً</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="105" />
        <source>Ja, ik hoor niet meer bij dit gezin</source>
        <translation>نعم، لم أعد أنتمي إلى هذه الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="106" />
        <source>Nee, terug naar de vraag</source>
        <translation>لا، العودة إلى السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="142" />
        <source>Vraag %1 van %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="164" />
        <source>De kiosk beslist hier niets over: WIL kijkt het na. U kunt gewoon verder.</source>
        <translation>الجهاز لا يقرر شيئًا في هذا: WIL يتحقق من ذلك. يمكنك المتابعة ببساطة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="167" />
        <source>U antwoordde: nee, u wilt niet ingeschreven blijven. Weet u het zeker? Als u stopt, verliest uw gezin zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u later toch een sociale woning, dan moet u zich opnieuw inschrijven en begint u achteraan.</source>
        <translation>كان الجواب: لا، لا يبقى التسجيل قائمًا. هل هذا مؤكد؟ عند التوقف، تفقد أسرتك مكانها في قائمة الانتظار ومدة الانتظار التي جمعتها. ولطلب سكن اجتماعي لاحقًا، يلزم التسجيل من جديد والبدء من آخر القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="173" />
        <source>U antwoordde nee. Dan noteren we dat u vandaag uit dit gezin bent weggegaan. De anderen blijven ingeschreven. U hoeft niets te ondertekenen. Klopt dat?</source>
        <translation>أجبت بلا. عندها نسجّل أنك غادرت هذه الأسرة اليوم. يبقى الآخرون مسجلين. لا تحتاج إلى توقيع أي شيء. هل هذا صحيح؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="178" />
        <source>Zeg het aan de begeleider. Die noteert bij 'Uw gezin' wie er wegging of bijkwam, met de datum.</source>
        <translation>أخبر المرافق. سيسجّل في «أسرتك» من غادر أو انضم، مع التاريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="183" />
        <source>Zonder inschrijving in het bevolkingsregister of het vreemdelingenregister, of een referentieadres, kunt u zich nu niet inschrijven voor een sociale woning. Wat kunt u doen? Laat u inschrijven bij de gemeente waar u woont, of vraag een referentieadres aan het OCMW.</source>
        <translation>بدون التسجيل في سجل السكان أو سجل الأجانب، أو عنوان مرجعي، لا يمكن الآن التسجيل للحصول على سكن اجتماعي. ما العمل؟ يُرجى التسجيل في بلدية مكان السكن، أو طلب عنوان مرجعي من OCMW.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="188" />
        <source>Dan is uw inkomen misschien te hoog voor een sociale woning.</source>
        <translation>قد يكون دخلك إذن أعلى من اللازم للحصول على سكن اجتماعي.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="191" />
        <source>Wie een woning of bouwgrond heeft, kan meestal geen sociale woning huren. Misschien geldt er toch een uitzondering.</source>
        <translation>من يملك مسكنًا أو أرض بناء لا يستطيع عادةً استئجار سكن اجتماعي. ربما ينطبق استثناء رغم ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="194" />
        <source>Sinds 2024 telt ook uw spaargeld en uw beleggingen (de middelentoets).</source>
        <translation>منذ 2024 تُحسب أيضًا مدخراتك واستثماراتك (اختبار الموارد).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/questions.py" line="197" />
        <source>De grens is %1 euro.</source>
        <translation>الحد هو %1 يورو.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw ontvangstbewijs</source>
        <translation>إيصالك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="79" />
        <source>Uw bewijs van stopzetting</source>
        <translation>إثبات الإيقاف الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="81" />
        <source>Nu verzenden</source>
        <translation>الإرسال الآن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="87" />
        <source>Definitief ontvangstbewijs</source>
        <translation>الإيصال النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="89" />
        <source>Het definitieve ontvangstbewijs, met uw dossiernummer, kunt u nu bekijken en afdrukken.</source>
        <translation>يمكن الآن عرض الإيصال النهائي مع رقم ملفك وطباعته.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="92" />
        <source>Voorlopig ontvangstbewijs</source>
        <translation>الإيصال المؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="94" />
        <source>Het voorlopige ontvangstbewijs kunt u nu bekijken en afdrukken. Komt het dossiernummer terwijl u hier bent, dan kunt u hier het definitieve afdrukken.</source>
        <translation>يمكن الآن عرض الإيصال المؤقت وطباعته. إذا وصل رقم الملف أثناء وجودك هنا، يمكن طباعة الإيصال النهائي هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="97" />
        <location filename="../../ui/screens/receipt.py" line="106" />
        <source>Bekijken</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="98" />
        <location filename="../../ui/screens/receipt.py" line="107" />
        <source>Afdrukken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="85" />
        <source>Het bewijs van stopzetting kunt u bekijken en afdrukken.</source>
        <translation>يمكنك عرض إثبات الإيقاف وطباعته.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="100" />
        <source>Andere papieren voor u: bekijk ze of druk ze af.</source>
        <translation>أوراق أخرى لك: يمكن عرضها أو طباعتها.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="101" />
        <source>Opnieuw afdrukken</source>
        <translation>الطباعة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="102" />
        <source>Bezoek afsluiten</source>
        <translation>إنهاء الزيارة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="112" />
        <source>Bewijs van stopzetting</source>
        <translation>إثبات الإيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="114" />
        <source>Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt</source>
        <translation>ورقة مساعدة: الرمز السري PIN، وitsme، وبطاقة هوية إلكترونية جديدة، وأين توجد المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="116" />
        <source>Brief: wat nog moet gebeuren, en tegen wanneer</source>
        <translation>رسالة: ما يجب فعله بعد، وحتى متى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="118" />
        <source>Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer</source>
        <translation>موعد لدى WIL: ما تُحضره، وأين، ومتى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="120" />
        <source>Uw inschrijving: wat u koos en wat u moet weten</source>
        <translation>تسجيلك: ما اخترته وما يجب أن تعرفه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="129" />
        <source>Papieren formulier voor de partner</source>
        <translation>استمارة ورقية لشريك الحياة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="131" />
        <source>Papieren formulier voor volwassene %1</source>
        <translation>استمارة ورقية للبالغ رقم %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="146" />
        <source>Uw referentie: %1</source>
        <translation>مرجعك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="318" />
        <source>Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen. WIL verwerkt ze in het register.</source>
        <translation>تم الإرسال: استلم WIL طلبك لإيقاف التسجيل. يعالجه WIL في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="330" />
        <source>Bewaard. Even geduld: we verzenden uw vraag nu naar WIL.</source>
        <translation>تم الحفظ. لحظة من فضلك: نرسل طلبك الآن إلى WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="338" />
        <source>Bewaard. WIL is nu niet bereikbaar: we verzenden uw vraag later vanzelf. WIL verwerkt ze in het register.</source>
        <translation>تم الحفظ. لا يمكن الوصول إلى WIL الآن: سنرسل طلبك لاحقًا تلقائيًا. يعالجه WIL في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="350" />
        <source>Bewaard. Uw vraag om de inschrijving te stoppen wordt naar WIL verzonden. WIL verwerkt ze in het register.</source>
        <translation>تم الحفظ. يُرسل طلبك لإيقاف التسجيل إلى WIL. يعالجه WIL في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="155" />
        <source>Uw dossiernummer: %1</source>
        <translation>رقم ملفك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="173" />
        <source>Bewaard om later verder te doen. Er is nog niets te verzenden.</source>
        <translation>تم الحفظ للمتابعة لاحقًا. لا يوجد شيء للإرسال بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="324" />
        <source>Verzonden: het register heeft uw dossier ontvangen. Het dossiernummer komt later. Tot dan is dit ontvangstbewijs voorlopig.</source>
        <translation>تم الإرسال: استلم السجل ملفك. سيأتي رقم الملف لاحقًا. حتى ذلك الحين يبقى هذا الإيصال مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="334" />
        <source>Bewaard. Even geduld: we verzenden het nu naar het register.</source>
        <translation>تم الحفظ. لحظة من فضلك: نرسله الآن إلى السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="344" />
        <source>Bewaard. Het register is nu niet bereikbaar: we verzenden later vanzelf. Tot het dossiernummer er is, is dit ontvangstbewijs voorlopig.</source>
        <translation>تم الحفظ. لا يمكن الوصول إلى السجل الآن: سنرسل لاحقًا تلقائيًا. إلى أن يصل رقم الملف يبقى هذا الإيصال مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="355" />
        <source>Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. Het dossiernummer komt zodra het register alles heeft.</source>
        <translation>تم الحفظ. إثبات مؤقت: يجري إرساله إلى السجل. يأتي رقم الملف عندما يكتمل كل شيء لدى السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="167" />
        <source>Bewaard. WIL moet eerst uw documenten zien. Neem het afspraakbriefje en het papieren formulier mee.</source>
        <translation>تم الحفظ. يجب أن ترى WIL وثائقك أولًا. يُرجى أخذ ورقة الموعد والاستمارة الورقية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="226" />
        <source>Even geduld: het papier wordt gemaakt.</source>
        <translation>لحظة من فضلك: الورقة قيد الإعداد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="253" />
        <location filename="../../ui/screens/receipt.py" line="259" />
        <source>Even geduld: het papier gaat naar de printer.</source>
        <translation>لحظة من فضلك: الورقة في طريقها إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="280" />
        <source>De printer werkt nu niet. Het papier is bewaard: probeer opnieuw, of vraag het later aan een medewerker.</source>
        <translation>الطابعة لا تعمل الآن. تم حفظ الورقة: يُرجى المحاولة مرة أخرى، أو طلبها لاحقًا من أحد الموظفين.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="291" />
        <source>Het papier kon niet gemaakt worden. Probeer opnieuw of vraag een medewerker.</source>
        <translation>تعذّر إنشاء الورقة. يُرجى المحاولة مرة أخرى أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="132" />
        <source>Ontvangstbewijs</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="127" />
        <source>Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)</source>
        <translation>استمارة ورقية للمستأجر المرجعي (الشخص الذي يكون التسجيل باسمه)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="157" />
        <source>Het register heeft uw dossier ontvangen en een dossiernummer gegeven.</source>
        <translation>استلم السجل ملفك وأعطاه رقم ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receipt.py" line="273" />
        <source>Afgedrukt. Neem het papier mee.</source>
        <translation>تمت الطباعة. يُرجى أخذ الورقة.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="158" />
        <source>Uiterste datum op de brief</source>
        <translation>آخر موعد المذكور في الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="159" />
        <source>Telefoon (mag leeg blijven)</source>
        <translation>الهاتف (يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="160" />
        <source>E-mail (mag leeg blijven)</source>
        <translation>البريد الإلكتروني (يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="161" />
        <source>Brieven: ter attentie van (bijvoorbeeld OCMW)</source>
        <translation>الرسائل: لعناية (مثلًا OCMW)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="162" />
        <source>Brieven: straat en nummer</source>
        <translation>الرسائل: الشارع والرقم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="163" />
        <source>Brieven: postcode en gemeente</source>
        <translation>الرسائل: الرمز البريدي والبلدية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="164" />
        <source>Gemeenten (met komma's ertussen)</source>
        <translation>البلديات (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="165" />
        <source>Soort woning</source>
        <translation>نوع المسكن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="166" />
        <source>Maximale huur per maand (0: geen maximum)</source>
        <translation>أقصى إيجار شهري (0: بلا حد)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="167" />
        <source>Mantelzorg: in welke gemeente?</source>
        <translation>الرعاية غير الرسمية: في أي بلدية؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="184" />
        <location filename="../../ui/screens/registration_panel.py" line="185" />
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="189" />
        <source>Datum opslaan</source>
        <translation>حفظ التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="190" />
        <source>Datum wissen</source>
        <translation>مسح التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="191" />
        <source>Dit is een referentieadres (geen eigen woning)</source>
        <translation>هذا عنوان مرجعي (لا يوجد مسكن خاص)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="192" />
        <source>Voorkeuren voor de nieuwe inschrijving</source>
        <translation>التفضيلات للتسجيل الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Huis</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Appartement</source>
        <translation>شقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="193" />
        <source>Studio</source>
        <translation>استوديو</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="196" />
        <source>Iemand heeft een aangepaste woning nodig (handicap)</source>
        <translation>يحتاج أحدهم إلى مسكن مُهيّأ (إعاقة)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="197" />
        <source>Gegevens opslaan</source>
        <translation>حفظ البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="238" />
        <source>Deze datum ligt meer dan een jaar van vandaag. Kijk het jaartal na.</source>
        <translation>هذا التاريخ يبعد أكثر من سنة عن اليوم. يُرجى التحقق من السنة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="281" />
        <source>Dit telefoonnummer klopt niet: het heeft 9 tot 15 cijfers.</source>
        <translation>رقم الهاتف هذا غير صحيح: يتكوّن من 9 إلى 15 رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="282" />
        <source>Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.be.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صحيح. يبدو مثل name@example.be.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="284" />
        <source>Vul het adres voor brieven helemaal in: straat, nummer, postcode en gemeente.</source>
        <translation>املأ عنوان الرسائل كاملًا: الشارع والرقم والرمز البريدي والبلدية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="286" />
        <source>Schrijf de gemeenten in letters, met komma's ertussen.</source>
        <translation>يُرجى كتابة أسماء البلديات بالحروف مع فواصل بينها.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="287" />
        <source>Schrijf de gemeente in letters.</source>
        <translation>يُرجى كتابة اسم البلدية بالحروف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="288" />
        <source>De maximale huur klopt niet.</source>
        <translation>أقصى إيجار غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registration_panel.py" line="290" />
        <source>Kijk de gegevens na.</source>
        <translation>يُرجى التحقق من البيانات.</translation>
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
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reprints.py" line="252" />
        <source>%n papier(en) afgedrukt.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
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
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="50" />
        <source>Terug naar het gezin</source>
        <translation>العودة إلى الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="51" />
        <source>Klaar. Afronden</source>
        <translation>تم. إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="70" />
        <source>Voor het gezin: %1</source>
        <translation>للأسرة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="84" />
        <source>Het register was niet bereikbaar: we konden niet nakijken wie in uw gezin nog moet bevestigen. Uw bewijs is daarom voorlopig. WIL kijkt het na zodra alles verzonden is.</source>
        <translation>لم يكن الوصول إلى السجل ممكنًا: لم نتمكن من التحقق ممن لا يزال عليه التأكيد في أسرتك. لذلك إثباتك مؤقت. ستتحقق WIL منه بمجرد إرسال كل شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="95" />
        <source>De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt. Na 'Afronden' krijgt u een bewijs van stopzetting.</source>
        <translation>وقّع المستأجر المرجعي على أن الأسرة توقف التسجيل. بعد «إنهاء» يُسلَّم إثبات الإيقاف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="99" />
        <source>Het gezin wil de inschrijving stoppen, maar de referentiehuurder moet nog tekenen.</source>
        <translation>ترغب الأسرة في إيقاف التسجيل، لكن المستأجر المرجعي لم يوقّع بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="102" />
        <source>%n volwassene(n) bevestigd en er ontbreekt niets.</source>
        <translation>
            <numerusform>لا شيء ناقص.</numerusform>
            <numerusform>أكّد البالغ ولا شيء ناقص.</numerusform>
            <numerusform>أكّد البالغان كلاهما ولا شيء ناقص.</numerusform>
            <numerusform>أكّد جميع البالغين ولا شيء ناقص.</numerusform>
            <numerusform>أكّد جميع البالغين ولا شيء ناقص.</numerusform>
            <numerusform>أكّد جميع البالغين ولا شيء ناقص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/review.py" line="105" />
        <source>Nog niet klaar: nog %n volwassene(n) moet(en) bevestigen. Uw dossier is pas volledig als alle volwassenen bevestigd hebben.</source>
        <translation>
            <numerusform>لم ينتهِ بعد. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
            <numerusform>لم ينتهِ بعد: ما زال على بالغ واحد أن يؤكّد. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
            <numerusform>لم ينتهِ بعد: ما زال على بالغَين أن يؤكّدا. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
            <numerusform>لم ينتهِ بعد: ما زال على %n بالغين أن يؤكّدوا. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
            <numerusform>لم ينتهِ بعد: ما زال على %n بالغًا أن يؤكّدوا. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
            <numerusform>لم ينتهِ بعد: ما زال على %n بالغ أن يؤكّدوا. لا يكتمل الملف إلا بعد تأكيد جميع البالغين.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="111" />
        <source>Nog niet klaar: er ontbreekt nog iets. Kijk hieronder wat en tegen wanneer.</source>
        <translation>لم ينته بعد: لا يزال هناك شيء ناقص. يُرجى النظر أدناه: ما الناقص، وحتى متى.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="113" />
        <source>Dit wordt een nieuwe inschrijving.</source>
        <translation>سيكون هذا تسجيلًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/review.py" line="127" />
        <source>Bewaren is niet gelukt. Er is niets verloren: probeer opnieuw, of roep de coördinator.</source>
        <translation>لم ينجح الحفظ. لم يضِع شيء: يُرجى المحاولة مرة أخرى، أو الاتصال بالمنسق.</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="76" />
        <source>Rol in het gezin: %1. Kies een andere rol als dat niet klopt.</source>
        <translation>الدور في الأسرة: %1. يُرجى اختيار دور آخر إذا لم يكن صحيحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="79" />
        <source>Nieuwe inschrijving: kies de rol van %1 in het gezin.</source>
        <translation>تسجيل جديد: يُرجى اختيار دور %1 في الأسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="98" />
        <source>Het register bepaalt de rollen van dit gezin.</source>
        <translation>السجل هو الذي يحدد أدوار هذه الأسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="99" />
        <source>Het gezin heeft al een referentiehuurder of een partner. Kies een andere rol.</source>
        <translation>للأسرة بالفعل مستأجر مرجعي أو شريك. يُرجى اختيار دور آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="100" />
        <source>Iemand jonger dan 18 is een kind in het gezin.</source>
        <translation>من هو دون 18 عامًا طفل في الأسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="101" />
        <source>Iemand van 18 of ouder is geen kind in deze lijst. Kies een andere rol.</source>
        <translation>من عمره 18 عامًا أو أكثر ليس طفلاً في هذه القائمة. يُرجى اختيار دور آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="102" />
        <source>Deze persoon heeft al bevestigd. De rol kan niet meer veranderen.</source>
        <translation>هذا الشخص أكّد بالفعل. لم يعد بالإمكان تغيير الدور.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/household_changes.py" line="104" />
        <source>Dat kan niet.</source>
        <translation>هذا غير ممكن.</translation>
    </message>
</context>
<context>
    <name>RoutesPanel</name>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="115" />
        <location filename="../../ui/screens/routes_panel.py" line="116" />
        <source>Rijksregisternummer op het document</source>
        <translation>رقم السجل الوطني على الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="117" />
        <source>Documenten nagekeken (medewerker WIL)</source>
        <translation>تم التحقق من الوثائق (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="118" />
        <source>Vragen en bevestigen door medewerker WIL (eigen kaart)</source>
        <translation>الأسئلة والتأكيد من موظف WIL (ببطاقته الخاصة)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="119" />
        <source>Een bewindvoerder of volmachthouder tekent voor deze persoon</source>
        <translation>يوقّع مُدير قضائي أو حامل توكيل نيابةً عن هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="121" />
        <source>Bewindvoerder (met de beslissing van de vrederechter)</source>
        <translation>مُدير قضائي (بقرار قاضي الصلح)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="122" />
        <source>Volmachthouder die niet in het gezin woont (medewerker WIL)</source>
        <translation>حامل توكيل لا يسكن مع الأسرة (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="129" />
        <source>Wie tekent?</source>
        <translation>من يوقّع؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="130" />
        <location filename="../../ui/screens/routes_panel.py" line="131" />
        <source>Rijksregisternummer van deze persoon</source>
        <translation>رقم السجل الوطني لهذا الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="132" />
        <source>Beslissing of volmacht: bestand toevoegen</source>
        <translation>القرار أو التوكيل: إضافة ملف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="133" />
        <source>Getoond aan de balie (medewerker WIL)</source>
        <translation>عُرض عند الشبّاك (موظف WIL)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="137" />
        <source>Haal de kaart uit de lezer. Dan steekt de bewindvoerder of volmachthouder de eigen identiteitskaart in.</source>
        <translation>يُرجى إخراج البطاقة من القارئ. ثم يُدخل المُدير القضائي أو حامل التوكيل بطاقة هويته الخاصة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="142" />
        <source>Ontvoogd door de rechter</source>
        <translation>مُرشَّد بحكم من المحكمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="143" />
        <source>Begeleid zelfstandig wonen</source>
        <translation>السكن المستقل المصحوب بمرافقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="150" />
        <source>Waarom mag deze minderjarige zich inschrijven?</source>
        <translation>لماذا يحق لهذا القاصر التسجيل؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="151" />
        <source>Deze minderjarige mag zich inschrijven</source>
        <translation>يحق لهذا القاصر التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="152" />
        <source>Toch niet</source>
        <translation>ليس بعد كل شيء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="203" />
        <location filename="../../ui/screens/routes_panel.py" line="253" />
        <source>Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na.</source>
        <translation>رقم السجل الوطني هذا غير صحيح. يُرجى التحقق من الأرقام الأحد عشر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="206" />
        <source>Dit rijksregisternummer hoort bij iemand anders.</source>
        <translation>رقم السجل الوطني هذا يخص شخصًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="209" />
        <location filename="../../ui/screens/routes_panel.py" line="220" />
        <location filename="../../ui/screens/routes_panel.py" line="259" />
        <source>Alleen een medewerker van WIL mag dit doen.</source>
        <translation>لا يحق القيام بذلك إلا لموظف في WIL.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="222" />
        <source>Kijk eerst de documenten na en vul het rijksregisternummer in.</source>
        <translation>يُرجى أولًا التحقق من الوثائق وإدخال رقم السجل الوطني.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="236" />
        <source>Dit bestand kan niet gelezen worden.</source>
        <translation>تعذّرت قراءة هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="246" />
        <source>Kies eerst een volwassene in de lijst.</source>
        <translation>يُرجى أولًا اختيار شخص بالغ من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="263" />
        <source>Dit bestand is te groot of leeg.</source>
        <translation>هذا الملف كبير جدًا أو فارغ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="265" />
        <source>Dit soort bestand kan niet. Kies een PDF of een foto.</source>
        <translation>هذا النوع من الملفات غير ممكن. يُرجى اختيار ملف PDF أو صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="268" />
        <source>Dit rijksregisternummer is niet dat van deze volwassene bij het register.</source>
        <translation>رقم السجل الوطني هذا ليس رقم هذا الشخص البالغ في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="271" />
        <source>Kies een volwassene die nog moet bevestigen.</source>
        <translation>يُرجى اختيار شخص بالغ لا يزال عليه التأكيد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/routes_panel.py" line="291" />
        <source>Dit kan alleen voor een minderjarige die nog niet bevestigde.</source>
        <translation>هذا ممكن فقط لقاصر لم يؤكّد بعد.</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <location filename="../../ui/rule_texts.py" line="8" />
        <source>Wilt u ingeschreven blijven voor een sociale woning?</source>
        <translation>هل يبقى تسجيلك للحصول على سكن اجتماعي قائمًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="9" />
        <source>Zegt u nee, dan schrappen we uw inschrijving. U verliest dan uw plaats op de wachtlijst.</source>
        <translation>إذا كان الجواب لا، نحذف تسجيلك، ويضيع مكانك في قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="10" />
        <source>Woont er iemand anders bij u dan vorig jaar? Of is er iemand weggegaan?</source>
        <translation>هل يسكن معك شخص آخر غير العام الماضي؟ أو هل غادر أحد؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="11" />
        <source>Bijvoorbeeld: een nieuwe partner, een baby, een kind dat het huis uit is.</source>
        <translation>مثلًا: شريك جديد، طفل رضيع، ابن غادر البيت.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="12" />
        <source>Bent u gescheiden of uit elkaar gegaan?</source>
        <translation>هل حدث طلاق أو انفصال؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="13" />
        <source>Wonen uw kinderen een deel van de tijd bij u en een deel bij de andere ouder?</source>
        <translation>هل يعيش أطفالك جزءًا من الوقت معك وجزءًا مع الوالد الآخر؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="14" />
        <source>Dan tellen ze mee als ze regelmatig bij u verblijven. U moet dat op papier kunnen tonen.</source>
        <translation>عندها يُحسبون إذا كانوا يقيمون عندك بانتظام. ويجب أن يكون ذلك مثبتًا على الورق.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="15" />
        <source>Heeft iemand in uw gezin een erkende handicap?</source>
        <translation>هل لدى أحد في أسرتك إعاقة معترف بها؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="16" />
        <source>Een kind met een handicap telt dubbel mee. Een aangepaste woning kan voorrang geven.</source>
        <translation>الطفل ذو الإعاقة يُحسب مرتين. قد يعطي السكن المهيأ أولوية.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="17" />
        <source>Heeft u een aanslagbiljet van de belastingen van de laatste 3 jaar?</source>
        <translation>هل لديك إشعار ضريبي من السنوات الثلاث الأخيرة؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="18" />
        <source>Het aanslagbiljet is de brief van de belastingen met uw inkomen. U vindt het ook op MyMinfin.</source>
        <translation>الإشعار الضريبي هو رسالة الضرائب التي فيها دخلك. ويوجد أيضًا على MyMinfin.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="19" />
        <source>Is uw inkomen nu veel lager dan op dat aanslagbiljet?</source>
        <translation>هل دخلك الآن أقل بكثير مما في ذلك الإشعار الضريبي؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="20" />
        <source>Bijvoorbeeld: u verloor uw werk of u krijgt nu een uitkering.</source>
        <translation>مثلًا: فقدان العمل، أو الحصول الآن على إعانة.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="21" />
        <source>Heeft u op dit moment helemaal geen inkomen?</source>
        <translation>أليس لديك أي دخل في الوقت الحالي؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="22" />
        <source>Krijgt u inkomen uit het buitenland, of van een internationale organisatie?</source>
        <translation>هل لديك دخل من الخارج، أو من منظمة دولية؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="23" />
        <source>Bent u (voor een deel) eigenaar van een woning of bouwgrond, in België of in het buitenland?</source>
        <translation>هل لديك ملكية (ولو جزئية) لمسكن أو أرض للبناء، في بلجيكا أو في الخارج؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="24" />
        <source>Ook als u vruchtgebruik heeft. Er zijn uitzonderingen: vertel het ons, dan kijken we samen.</source>
        <translation>حتى لو كان لك حق الانتفاع فقط. هناك استثناءات: يُرجى إخبارنا وسننظر في الأمر معًا.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="25" />
        <source>Kunt u niet in die woning wonen? Bijvoorbeeld: onbewoonbaar, onteigend, samen met uw ex, of een erfenis die u verkoopt.</source>
        <translation>ألا يمكنك السكن في ذلك المسكن؟ مثلًا: غير صالح للسكن، أو نُزعت ملكيته، أو مشترك مع شريك الحياة السابق، أو إرث يجري بيعه.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="26" />
        <source>Heeft u een collectieve schuldenregeling, budgetbegeleiding of budgetbeheer?</source>
        <translation>هل لديك تسوية جماعية للديون، أو إرشاد في الميزانية، أو إدارة للميزانية؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="27" />
        <source>Dan telt uw inkomen dat u nu echt kunt besteden.</source>
        <translation>عندها يُحسب الدخل الذي يمكنك إنفاقه فعلًا الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="28" />
        <source>Heeft u geen Belgische nationaliteit en geen bewijs van inschrijving in het bevolkingsregister?</source>
        <translation>أليست لديك الجنسية البلجيكية ولا إثبات تسجيل في سجل السكان؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="29" />
        <source>Erkende vluchtelingen tonen het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>يقدم اللاجئون المعترف بهم شهادة اللاجئ وقرار المفوضية العامة للاجئين (CGVS).</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="30" />
        <source>Uw laatste aanslagbiljet van de belastingen (op MyMinfin)</source>
        <translation>آخر إشعار ضريبي لك (على MyMinfin)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="31" />
        <source>Bewijs van uw inkomen van de laatste 3 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>إثبات دخلك في الأشهر الثلاثة الأخيرة (قسائم الراتب، الإعانة، دخل الإدماج)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="32" />
        <source>Verklaring op eer dat u geen inkomen heeft</source>
        <translation>تصريح بالشرف بأنه ليس لديك دخل</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="33" />
        <source>Bewijs van inkomen uit het buitenland</source>
        <translation>إثبات الدخل من الخارج</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="34" />
        <source>Akte van de woning of de bouwgrond (in België of in het buitenland)</source>
        <translation>عقد المسكن أو أرض البناء (في بلجيكا أو في الخارج)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="35" />
        <source>Bewijs waarom u er niet kunt wonen (onbewoonbaar, onteigend, samen met ex-partner, erfenis die u verkoopt)</source>
        <translation>إثبات سبب عدم قدرتك على السكن فيه (غير صالح للسكن، نُزعت ملكيته، مع شريك الحياة السابق، إرث يجري بيعه)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="36" />
        <source>Attest van gezinssamenstelling van de gemeente</source>
        <translation>شهادة تكوين الأسرة من البلدية</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="37" />
        <source>Papieren van de scheiding of de feitelijke scheiding</source>
        <translation>أوراق الطلاق أو الانفصال الفعلي</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="38" />
        <source>Vonnis of overeenkomst over co-ouderschap of bezoekrecht</source>
        <translation>حكم أو اتفاق بشأن الحضانة المشتركة أو حق الزيارة</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="39" />
        <source>Attest van handicap (FOD Sociale Zekerheid of ziekenfonds, minstens 66%)</source>
        <translation>شهادة إعاقة (الهيئة الفدرالية للضمان الاجتماعي أو صندوق التأمين الصحي، 66% على الأقل)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="40" />
        <source>Vonnis collectieve schuldenregeling, of overeenkomst budgetbegeleiding of budgetbeheer</source>
        <translation>حكم التسوية الجماعية للديون، أو اتفاق الإرشاد أو الإدارة للميزانية</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="41" />
        <source>Verblijfsdocumenten (voor erkende vluchtelingen: attest van vluchteling en beslissing van het CGVS)</source>
        <translation>وثائق الإقامة (للاجئين المعترف بهم: شهادة اللاجئ وقرار CGVS)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="42" />
        <source>Vonnis van ontvoogding of attest van de dienst begeleid zelfstandig wonen</source>
        <translation>حكم الترشيد أو شهادة من خدمة السكن المستقل المرافَق</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="43" />
        <source>Beslissing van de vrederechter die de bewindvoerder aanstelt</source>
        <translation>قرار قاضي الصلح بتعيين المُدير القضائي</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="44" />
        <source>Ondertekende volmacht van het gezinslid dat niet aanwezig kan zijn</source>
        <translation>توكيل موقّع من فرد الأسرة الذي لا يستطيع الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="45" />
        <source>Zegt u nee, dan vragen we het nog een keer. Daarna stopt uw inschrijving en verliest u uw plaats op de wachtlijst.</source>
        <translation>إذا كان الجواب لا، نسأل مرة أخرى. بعد ذلك يتوقف تسجيلك ويضيع مكانك في قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="46" />
        <source>Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft?</source>
        <translation>هل ما زال سكنك مع هذه الأسرة، وهل يبقى تسجيل الأسرة قائمًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="47" />
        <source>Zegt u nee, dan noteren we dat u niet meer bij dit gezin hoort. De anderen blijven ingeschreven.</source>
        <translation>إذا كان الجواب لا، نسجّل أنك لم تعد من هذه الأسرة. يبقى الآخرون مسجلين.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="48" />
        <source>Is er sinds de vorige keer iemand bij u komen wonen, of weggegaan?</source>
        <translation>منذ المرة الماضية، هل جاء أحد ليسكن معك، أو غادر؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="49" />
        <source>Bijvoorbeeld: een baby, een nieuwe partner, iemand die verhuisd of overleden is. De begeleider noteert het bij 'Uw gezin'.</source>
        <translation>مثلًا: طفل رضيع، شريك جديد، شخص انتقل أو توفي. يسجّل المرافق ذلك في «أسرتك».</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="50" />
        <source>Staat u ingeschreven bij een gemeente in België? In het bevolkingsregister, in het vreemdelingenregister, of met een referentieadres.</source>
        <translation>هل لديك تسجيل في بلدية في بلجيكا؟ في سجل السكان، أو في سجل الأجانب، أو بعنوان مرجعي.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="51" />
        <source>Heeft u een Belgische identiteitskaart of een verblijfskaart met uw adres, dan is het antwoord meestal ja. Een referentieadres kunt u vragen bij het OCMW.</source>
        <translation>إذا كانت لديك بطاقة هوية بلجيكية أو بطاقة إقامة عليها عنوانك، فالجواب عادةً نعم. يمكنك طلب عنوان مرجعي من OCMW.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="52" />
        <source>Bent u erkend als vluchteling, of heeft u subsidiaire bescherming?</source>
        <translation>هل لديك اعتراف بصفة لاجئ، أو حماية فرعية؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="53" />
        <source>Dan toont u het attest van vluchteling en de beslissing van het CGVS.</source>
        <translation>عندها تُظهر شهادة اللاجئ وقرار CGVS.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="54" />
        <source>Was uw inkomen op dat aanslagbiljet hoger dan de grens voor een sociale woning?</source>
        <translation>هل كان دخلك في إشعار الضريبة ذلك أعلى من الحد للسكن الاجتماعي؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="55" />
        <source>Het inkomen op het aanslagbiljet telt. Weet u het niet? Zeg dan nee: WIL rekent het zelf na.</source>
        <translation>الدخل المذكور في إشعار الضريبة هو الذي يُحسب. لا تعرف؟ قل لا إذن: WIL يحسبه بنفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="56" />
        <source>Verdient u nu minder dan op dat aanslagbiljet?</source>
        <translation>هل تكسب الآن أقل مما في إشعار الضريبة ذلك؟</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="57" />
        <source>Dan kan uw inkomen van nu tellen. U toont uw inkomen van minstens 3 van de laatste 6 maanden.</source>
        <translation>عندها يمكن أن يُحسب دخلك الحالي. تُظهر دخلك عن 3 أشهر على الأقل من الأشهر الستة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="58" />
        <source>Heeft u op dit moment een inkomen? Bijvoorbeeld loon, een uitkering of leefloon.</source>
        <translation>هل لديك دخل في الوقت الحالي؟ مثلًا أجر، أو إعانة، أو دخل الإدماج (leefloon).</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="59" />
        <source>Zonder aanslagbiljet telt uw inkomen van nu.</source>
        <translation>بدون إشعار ضريبة يُحسب دخلك الحالي.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="60" />
        <source>Ook als u er vruchtgebruik, erfpacht of opstal op heeft. Vruchtgebruik: u mag er wonen of u krijgt de huur. Erfpacht of opstal: u heeft voor lange tijd het recht op de grond of het gebouw.</source>
        <translation>وأيضًا إذا كان لك عليه حق انتفاع أو إيجار طويل (erfpacht) أو حق بناء (opstal). حق الانتفاع: يحق لك السكن فيه أو قبض الإيجار. الإيجار الطويل أو حق البناء: لك الحق في الأرض أو البناء لمدة طويلة.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="61" />
        <source>Is er een reden waarom u er niet kunt wonen? Bijvoorbeeld: de woning is onbewoonbaar of onteigend, u heeft ze samen met uw ex-partner, of u erfde een deel en verkoopt het binnen het jaar.</source>
        <translation>هل هناك سبب يمنعك من السكن فيه؟ مثلًا: المسكن غير صالح للسكن أو نُزعت ملكيته، أو تملكه مع شريكك السابق، أو ورثت جزءًا منه وتبيعه خلال السنة.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="62" />
        <source>Heeft u spaargeld of beleggingen? Bijvoorbeeld op een spaarrekening, in aandelen of in fondsen.</source>
        <translation>هل لديك مدخرات أو استثمارات؟ مثلًا في حساب توفير، أو في أسهم، أو في صناديق.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="63" />
        <source>Sinds 2024 telt ook uw vermogen. WIL kijkt het na. De kiosk beslist hier niets over.</source>
        <translation>منذ 2024 تُحسب ثروتك أيضًا. WIL يتحقق منها. الجهاز لا يقرر شيئًا في هذا.</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="64" />
        <source>Bewijs van uw inkomen van nu, van minstens 3 van de laatste 6 maanden (loonfiches, uitkering, leefloon)</source>
        <translation>إثبات دخلك الحالي، عن 3 أشهر على الأقل من الأشهر الستة الأخيرة (قسائم الراتب، الإعانة، leefloon)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="65" />
        <source>Akte van de woning of de bouwgrond, of van het vruchtgebruik, de erfpacht of de opstal (in België of in het buitenland)</source>
        <translation>عقد المسكن أو أرض البناء، أو حق الانتفاع أو الإيجار الطويل أو حق البناء (في بلجيكا أو في الخارج)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_texts.py" line="66" />
        <source>Uittreksel uit de overlijdensakte (bij de gemeente)</source>
        <translation>مستخرج من شهادة الوفاة (من البلدية)</translation>
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
        <translation>إلغاء</translation>
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
        <translation>إيقاف الزيارة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="57" />
        <source>Wilt u het bezoek stoppen? Wat nog niet ondertekend is, wordt gewist.</source>
        <translation>إيقاف الزيارة؟ سيُحذف كل ما لم يُوقَّع بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="59" />
        <source>Nee, verder gaan</source>
        <translation>لا، متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stop_visit.py" line="60" />
        <source>Ja, stoppen</source>
        <translation>نعم، إيقاف</translation>
    </message>
</context>
<context>
    <name>SyncStrip</name>
    <message>
        <location filename="../../ui/sync_strip.py" line="46" />
        <source>Nu verzenden</source>
        <translation>الإرسال الآن</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="78" />
        <source>Verzenden: bezig…</source>
        <translation>الإرسال: جارٍ…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="80" />
        <source>Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.</source>
        <translation>الإرسال: لا يمكن الوصول إلى السجل الآن. سنحاول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="82" />
        <source>Verzenden: even kijken…</source>
        <translation>الإرسال: لحظة من فضلك…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="84" />
        <source>Verzenden: %n zending(en) wachten op het register.</source>
        <translation>
            <numerusform>الإرسال: لا شيء ينتظر السجل.</numerusform>
            <numerusform>الإرسال: إرسال واحد ينتظر السجل.</numerusform>
            <numerusform>الإرسال: إرسالان ينتظران السجل.</numerusform>
            <numerusform>الإرسال: %n إرسالات تنتظر السجل.</numerusform>
            <numerusform>الإرسال: %n إرسالًا ينتظر السجل.</numerusform>
            <numerusform>الإرسال: %n إرسال ينتظر السجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="89" />
        <source>Zojuist verzonden: %n zending(en).</source>
        <translation>
            <numerusform>لم يُرسَل شيء للتو.</numerusform>
            <numerusform>أُرسل للتو: إرسال واحد.</numerusform>
            <numerusform>أُرسل للتو: إرسالان.</numerusform>
            <numerusform>أُرسل للتو: %n إرسالات.</numerusform>
            <numerusform>أُرسل للتو: %n إرسالًا.</numerusform>
            <numerusform>أُرسل للتو: %n إرسال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="91" />
        <source>Er was niets nieuws te verzenden.</source>
        <translation>لم يكن هناك شيء جديد للإرسال.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_strip.py" line="94" />
        <source>%n zending(en) in quarantaine: roep de coördinator.</source>
        <translation>
            <numerusform>لا إرسالات في الحجر.</numerusform>
            <numerusform>إرسال واحد في الحجر: يُرجى مناداة المنسّق.</numerusform>
            <numerusform>إرسالان في الحجر: يُرجى مناداة المنسّق.</numerusform>
            <numerusform>%n إرسالات في الحجر: يُرجى مناداة المنسّق.</numerusform>
            <numerusform>%n إرسالًا في الحجر: يُرجى مناداة المنسّق.</numerusform>
            <numerusform>%n إرسال في الحجر: يُرجى مناداة المنسّق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="86" />
        <source>Verzenden: alles is verzonden.</source>
        <translation>الإرسال: تم إرسال كل شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_strip.py" line="96" />
        <source>Er is een melding voor de operator op het startscherm.</source>
        <translation>توجد رسالة للمشغّل على شاشة البداية.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/screens/wording.py" line="58" />
        <location filename="../../ui/screens/wording.py" line="122" />
        <source>kind</source>
        <translation>طفل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="59" />
        <source>moet nog bevestigen</source>
        <translation>لم يتم التأكيد بعد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="60" />
        <source>bevestigd met PIN</source>
        <translation>تم التأكيد بالرمز السري</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="61" />
        <source>bevestigd door medewerker WIL</source>
        <translation>تم التأكيد من موظف WIL</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="62" />
        <source>afwezig, bevestigd met volmacht</source>
        <translation>غياب، تم التأكيد بتوكيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="65" />
        <source>heeft al eerder bevestigd</source>
        <translation>تم التأكيد سابقًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="66" />
        <source>afwezig: moet nog bevestigen</source>
        <translation>غياب: لم يتم التأكيد بعد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="67" />
        <source>afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen</source>
        <translation>غياب، تم استلام التوكيل: يمكن لفرد آخر من الأسرة التأكيد نيابةً عن هذا الفرد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="130" />
        <source>in het ziekenhuis</source>
        <translation>في المستشفى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="131" />
        <source>in een woonzorgcentrum</source>
        <translation>في دار للرعاية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="132" />
        <source>in het buitenland</source>
        <translation>في الخارج</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="133" />
        <source>in de gevangenis</source>
        <translation>في السجن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="93" />
        <location filename="../../ui/screens/wording.py" line="134" />
        <source>andere reden</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="70" />
        <source>bevestigd door de bewindvoerder of volmachthouder</source>
        <translation>أكّده المُدير القضائي أو حامل التوكيل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="73" />
        <source>zonder leesbare kaart: WIL kijkt de documenten na</source>
        <translation>دون بطاقة مقروءة: تتحقق WIL من الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="76" />
        <source>woont niet meer in het gezin</source>
        <translation>لم يعد يسكن مع الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="77" />
        <source>overleden</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="78" />
        <source>het gezin stopt de inschrijving: hoeft niet te bevestigen</source>
        <translation>الأسرة توقف التسجيل: لا يحتاج إلى التأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="88" />
        <source>alleen een paspoort</source>
        <translation>جواز سفر فقط</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="89" />
        <source>papieren van vluchteling of asielzoeker</source>
        <translation>أوراق لاجئ أو طالب لجوء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="90" />
        <source>kaart verloren of gestolen</source>
        <translation>البطاقة مفقودة أو مسروقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="91" />
        <source>kaart kapot of chip werkt niet</source>
        <translation>البطاقة تالفة أو الشريحة لا تعمل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="92" />
        <source>nieuwe kaart aangevraagd</source>
        <translation>طُلبت بطاقة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="100" />
        <source>Let op: deze computer kan het register nu niet bereiken, en de uiterste datum is dichtbij. Wacht niet: bel WIL vandaag nog, of geef het papieren formulier nu af.</source>
        <translation>تنبيه: لا يستطيع هذا الحاسوب الوصول إلى السجل الآن، وآخر موعد قريب. لا تنتظر: اتصل بـ WIL اليوم، أو سلّم الاستمارة الورقية الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="109" />
        <source>Hebt u itsme op uw smartphone? Dan kunt u ook zelf, van thuis uit, bevestigen op www.vlaanderen.be/sociaalhuren.</source>
        <translation>هل لديك itsme على هاتفك الذكي؟ يمكنك إذن أيضًا التأكيد بنفسك من المنزل على www.vlaanderen.be/sociaalhuren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="119" />
        <source>referentiehuurder</source>
        <translation>المستأجر المرجعي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="120" />
        <source>partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="121" />
        <source>ander volwassen gezinslid</source>
        <translation>فرد بالغ آخر من الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="142" />
        <source>minderjarig, ontvoogd door de rechter</source>
        <translation>قاصر، مُرشَّد بحكم من المحكمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="143" />
        <source>minderjarig, begeleid zelfstandig wonen</source>
        <translation>قاصر، سكن مستقل مصحوب بمرافقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="151" />
        <source>de termijn was %1 en is voorbij</source>
        <translation>كانت المهلة حتى %1 وقد انتهت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="154" />
        <source>uiterlijk op %1</source>
        <translation>في موعد أقصاه %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="160" />
        <source>nog bevestigen</source>
        <translation>لم يتم التأكيد بعد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="161" />
        <source>nog bevestigen (afwezig)</source>
        <translation>لم يتم التأكيد بعد (غائب)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="162" />
        <source>vragen nog beantwoorden</source>
        <translation>لم تتم الإجابة عن الأسئلة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="163" />
        <source>bewijsstuk nog brengen: %1</source>
        <translation>مستند لم يُحضَر بعد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="166" />
        <source>er is nog geen volwassene</source>
        <translation>لا يوجد شخص بالغ بعد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="167" />
        <source>het register kon uw gezin niet nakijken</source>
        <translation>لم يتمكن السجل من التحقق من أسرتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="181" />
        <source>is nu 18 en moet ook bevestigen</source>
        <translation>بلغ الآن 18 عامًا ويجب أن يؤكد أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="185" />
        <source>sinds %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="187" />
        <source>op %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="192" />
        <source>kies de rol in het gezin</source>
        <translation>يُرجى اختيار الدور في الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="194" />
        <source>rol: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="209" />
        <source>Let op: de termijn was %1 en is voorbij. Neem vandaag nog contact op met WIL en zeg waarom het later is (bijvoorbeeld ziekte of ziekenhuis).</source>
        <translation>تنبيه: كانت المهلة حتى %1 وقد انتهت. يُرجى الاتصال بـ WIL اليوم وذكر سبب التأخير (مثلًا المرض أو المستشفى).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="215" />
        <source>Let op: vandaag, %1, is de laatste dag om te bevestigen.</source>
        <translation>تنبيه: اليوم، %1، هو آخر يوم للتأكيد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/wording.py" line="219" />
        <source>Let op: bevestig uiterlijk op %1. Dat is binnen %n dag(en).</source>
        <translation>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي اليوم.</numerusform>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي خلال يوم واحد.</numerusform>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي خلال يومين.</numerusform>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي خلال %n أيام.</numerusform>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي خلال %n يومًا.</numerusform>
            <numerusform>تنبيه: يجب التأكيد في موعد أقصاه %1، أي خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/wording.py" line="225" />
        <source>Bevestig uiterlijk op %1. De laatste dag telt nog mee.</source>
        <translation>يُرجى التأكيد في موعد أقصاه %1. اليوم الأخير محسوب أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="279" />
        <source>Afdrukken</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="280" />
        <source>Niet afdrukken</source>
        <translation>بدون طباعة</translation>
    </message>
</context>
</TS>