<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Kezek %1&lt;/h3&gt;&lt;p&gt;The queue console of a Public Service Center: windows, reception, the hall display and the supervisor&apos;s figures.&lt;/p&gt;&lt;p&gt;Database schema version %2. Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Kezek is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with NO WARRANTY, to the extent permitted by law. The licence is in /usr/share/common-licenses/GPL-3 and at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Кезек %1&lt;/h3&gt;&lt;p&gt;Халыққа қызмет көрсету орталығының кезек пульті: терезелер, тіркеу орны, залдағы табло және супервайзердің көрсеткіштері.&lt;/p&gt;&lt;p&gt;Дерекқор сызбасының нұсқасы %2. Qt %3 нұсқасымен жиналған, Qt %4 нұсқасында жұмыс істейді.&lt;/p&gt;&lt;p&gt;Кезек — еркін бағдарлама: оны Free Software Foundation жариялаған GNU General Public License лицензиясының 3-нұсқасы немесе (қалауыңыз бойынша) кез келген кейінгі нұсқасы шарттарымен таратуға және өзгертуге болады. Ол заң рұқсат еткен шамада ЕШҚАНДАЙ КЕПІЛДІКСІЗ беріледі. Лицензия мәтіні /usr/share/common-licenses/GPL-3 файлында және &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt; сайтында.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kezek</source>
        <translation>Кезек туралы</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>work at a window</source>
        <translation>терезеде жұмыс істеу</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>талон беру</translation>
    </message>
    <message>
        <source>check in booked citizens</source>
        <translation>жазылған азаматтарды тіркеу</translation>
    </message>
    <message>
        <source>book citizens into slots</source>
        <translation>азаматтарды уақытқа жазу</translation>
    </message>
    <message>
        <source>import booking files</source>
        <translation>жазылу файлдарын жүктеу</translation>
    </message>
    <message>
        <source>cancel waiting tickets</source>
        <translation>күтіп тұрған талондарды болдырмау</translation>
    </message>
    <message>
        <source>pause, close, reopen or release other windows</source>
        <translation>басқа терезелерді тоқтату, жабу, қайта ашу немесе босату</translation>
    </message>
    <message>
        <source>export reports and the audit trail</source>
        <translation>есептер мен аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>set up the center</source>
        <translation>орталықты баптау</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>қызметкерлер тіркелгілерін басқару</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>looking for the center&apos;s administrator</source>
        <translation>орталық әкімшісін іздеу</translation>
    </message>
    <message>
        <source>To %1, sign in first: only setting up a new center needs no account.</source>
        <translation>%1 үшін алдымен кіріңіз: тіркелгісіз тек жаңа орталықты баптауға болады.</translation>
    </message>
    <message>
        <source>This center has an administrator: sign in as one to %1.</source>
        <translation>Орталықтың әкімшісі бар: %1 үшін әкімші ретінде кіріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that is for the %4.</source>
        <translation>%1 (%2) %3 алмайды: бұл — %4 жұмысы.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>reading the staff accounts</source>
        <translation>қызметкерлердің есептік жазбаларын оқу</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %n failed sign-ins in a row; try again at %1.</source>
        <translation>
            <numerusform>Қатарынан %n рет сәтсіз кіруден кейін есептік жазба бұғатталды; %1 кезінде қайта көріңіз.</numerusform>
            <numerusform>Қатарынан %n рет сәтсіз кіруден кейін есептік жазба бұғатталды; %1 кезінде қайта көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no password yet: an administrator sets one (kezekctl staff passwd %1).</source>
        <translation>%1 үшін әлі құпиясөз жоқ: оны әкімші орнатады (kezekctl staff passwd %1).</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>жүйеге кіру</translation>
    </message>
    <message>
        <source>counting a failed sign-in</source>
        <translation>сәтсіз кіру әрекетін есепке алу</translation>
    </message>
    <message>
        <source>at the locked console</source>
        <translation>бұғатталған жұмыс орнында</translation>
    </message>
    <message>
        <source>locking the account</source>
        <translation>есептік жазбаны бұғаттау</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Ағымдағыдан өзге құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <source>setting the password</source>
        <translation>құпиясөзді орнату</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>уақытша</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>тұрақты</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use 2 to 32 small Latin letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>«%1» логині: 2-ден 32-ге дейін кіші латын әрпі, цифр, нүкте, сызықша не астыңғы сызық, әріптен басталады</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: толық аты-жөні көрсетілмеген</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>%1 қосу</translation>
    </message>
    <message>
        <source>the login %1 is taken</source>
        <translation>%1 логині бос емес</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is disabled already</source>
        <translation>%1 бұрыннан өшірілген</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>%1 өшіру</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>«%1» логинімен есептік жазба жоқ.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Center</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh):</source>
        <translation>Атауы (&amp;қазақша):</translation>
    </message>
    <message>
        <source>Name (&amp;Russian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Атауы (&amp;ағылшынша):</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>К&amp;оды:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Мекен&amp;жайы:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Қызмет көрсетеді:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>Залда ең көбі &amp;адам:</translation>
    </message>
    <message>
        <source>Booking s&amp;lot, min:</source>
        <translation>Жазылу &amp;уақыт аралығы, мин:</translation>
    </message>
    <message>
        <source>Booked citizens called early by, min:</source>
        <translation>Жазылғандарды ертерек шақыру, мин:</translation>
    </message>
    <message>
        <source>Booked citizens keep their turn when late by, min:</source>
        <translation>Жазылғандар кешіксе де кезегін сақтайды, мин:</translation>
    </message>
    <message>
        <source>Calls before a no-show:</source>
        <translation>Келмеді деп белгілеуге дейінгі шақыру:</translation>
    </message>
    <message>
        <source>Between calls, s:</source>
        <translation>Шақырулар арасы, с:</translation>
    </message>
    <message>
        <source>Out-of-turn calls in a row at most (0: no cap):</source>
        <translation>Кезексіз шақыру қатарынан ең көбі (0: шексіз):</translation>
    </message>
    <message>
        <source>Wait &amp;target, min:</source>
        <translation>Күтудің &amp;мақсатты уақыты, мин:</translation>
    </message>
    <message>
        <source>Idle consoles lock after, min (0: never):</source>
        <translation>Бос тұрған пульт бұғатталады, мин (0: ешқашан):</translation>
    </message>
    <message>
        <source>Hours (a day not ticked is a day off; Saturday&apos;s duty hours are Saturday&apos;s):</source>
        <translation>Жұмыс уақыты (белгіленбеген күн демалыс; сенбінің кезекші сағаттары — сенбінің сағаттары):</translation>
    </message>
    <message>
        <source>Closed days (public holidays, sanitary days):</source>
        <translation>Жұмыс істемейтін күндер (мерекелер, санитарлық күндер):</translation>
    </message>
    <message>
        <source>Add a closed day</source>
        <translation>Жұмыс істемейтін күн қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <source>A removed service that has served anyone is retired, not deleted: its history stays, and no new ticket or booking takes it.</source>
        <translation>Бұрын көрсетілген қызмет алып тасталса, өшірілмейді, қолданыстан шығарылады: тарихы сақталады, оған жаңа талон мен жазылу болмайды.</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Қызмет қосу</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Терезелер</translation>
    </message>
    <message>
        <source>Add a window</source>
        <translation>Терезе қосу</translation>
    </message>
    <message>
        <source>Out-of-turn categories</source>
        <translation>Кезексіз санаттар</translation>
    </message>
    <message>
        <source>A removed category is switched off: tickets that had it keep it.</source>
        <translation>Алып тасталған санат өшіріледі: онымен берілген талондарда сақталады.</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Санат қосу</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Қызметкер қосу</translation>
    </message>
    <message>
        <source>Give a temporary password…</source>
        <translation>Уақытша құпиясөз беру…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Өзгерістерден &amp;бас тарту</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Қарап шығып қолдану…</translation>
    </message>
    <message>
        <source>Tick the services each window serves. A window with a history (it served citizens, or was opened) cannot be removed.</source>
        <translation>Әр терезенің қызметтерін белгілеңіз. Тарихы бар терезені (азаматтарға қызмет көрсеткен немесе ашылған) алып тастауға болмайды.</translation>
    </message>
    <message>
        <source>A removed person is disabled: they cannot sign in, and their history stays. A new person can sign in once the change is applied and you give them a temporary password; they choose their own at their first sign-in.</source>
        <translation>Алып тасталған қызметкер өшіріледі: кіре алмайды, тарихы сақталады. Жаңа қызметкер өзгеріс қолданылып, сіз уақытша құпиясөз бергенде кіре алады; алғаш кіргенде өзінікін таңдайды.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>Who or what…</source>
        <translation>Кім немесе не…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV экспорты…</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>recording %1 in the audit trail</source>
        <translation>%1 аудит журналына жазу</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>аудит журналын оқу</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>no %1 slot is left today: the booking day is over</source>
        <translation>бүгін %1 қызметіне бос уақыт қалмады: брондау күні аяқталды</translation>
    </message>
    <message>
        <source>every %1 slot left today is full</source>
        <translation>бүгін қалған %1 уақыттарының бәрі толы</translation>
    </message>
    <message>
        <source>%1 cannot be booked</source>
        <translation>%1 қызметін брондауға болмайды</translation>
    </message>
    <message>
        <source>numbering the booking</source>
        <translation>брондауды нөмірлеу</translation>
    </message>
    <message>
        <source>slot %1 on %2 is already over</source>
        <translation>%2 күнгі %1 уақыты өтіп кетті</translation>
    </message>
    <message>
        <source>saving the booking</source>
        <translation>брондауды сақтау</translation>
    </message>
    <message>
        <source>saving the booking returned no id.</source>
        <translation>брондауды сақтау идентификатор қайтармады.</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>брондарды оқу</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it</source>
        <translation>%1 қызметі алынып тасталған: орталық оны енді көрсетпейді</translation>
    </message>
    <message>
        <source>no %1 slot today: %2</source>
        <translation>бүгін %1 уақыт аралығы жоқ: %2</translation>
    </message>
</context>
<context>
    <name>BookingFile</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: файл жоқ</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a booking file</source>
        <translation>%1: бұл брондау файлы емес, қалта</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: файлды оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted value starts here and is never closed</source>
        <translation>%1:%2: тырнақшадағы мән осы жерден басталады, бірақ жабылмаған</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row (%2)</source>
        <translation>%1: файл бос; тақырып жолы күтілді (%2)</translation>
    </message>
    <message>
        <source>%1:%2: the header lacks the column(s) %3; it must name %4</source>
        <translation>%1:%2: тақырыпта мына баған(дар) жоқ: %3; онда %4 аталуы керек</translation>
    </message>
    <message>
        <source>the line has %1 values but the header has %2</source>
        <translation>жолда %1 мән бар, ал тақырыпта %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: жарамсыз JSON: %3</translation>
    </message>
    <message>
        <source>%1: the JSON must be an array of booking objects</source>
        <translation>%1: JSON брондау нысандарының массиві болуы керек</translation>
    </message>
    <message>
        <source>element %1 of the array is not a booking object</source>
        <translation>массивтің %1 элементі брондау нысаны емес</translation>
    </message>
    <message>
        <source>%1 must be text, not a list or an object</source>
        <translation>%1 мәтін болуы керек, тізім немесе нысан емес</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string</source>
        <translation>мәтіндік мән ішіндегі басқару таңбасы (U+%1)</translation>
    </message>
    <message>
        <source>an invalid escape \%1 inside a string</source>
        <translation>мәтіндік мән ішіндегі жарамсыз \%1 escape-тізбегі</translation>
    </message>
    <message>
        <source>%1:%2: the file is not UTF-8 text (byte %3 is not part of a UTF-8 character); save it as UTF-8 and import it again</source>
        <translation>%1:%2: файл UTF-8 мәтіні емес (%3-байт UTF-8 таңбасының бөлігі емес); оны UTF-8 ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>an unexpected character (byte %1) outside a string</source>
        <translation>мәтіндік мәннен тыс күтілмеген таңба (%1-байт)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON number</source>
        <translation>«%1» JSON саны емес</translation>
    </message>
    <message>
        <source>an escape \u%1 that is half of a character</source>
        <translation>таңбаның жартысы ғана болатын \u%1 escape-тізбегі</translation>
    </message>
</context>
<context>
    <name>BookingImporter</name>
    <message>
        <source>looking up a booking</source>
        <translation>брондауды іздеу</translation>
    </message>
    <message>
        <source>saving a booking</source>
        <translation>брондауды сақтау</translation>
    </message>
    <message>
        <source>booking %1 is already checked in, so it cannot be changed any more</source>
        <translation>%1 брондауы бойынша келу тіркеліп қойған, сондықтан оны енді өзгертуге болмайды</translation>
    </message>
    <message>
        <source>updating a booking</source>
        <translation>брондауды жаңарту</translation>
    </message>
    <message>
        <source>booking_id is missing</source>
        <translation>booking_id жоқ</translation>
    </message>
    <message>
        <source>channel is missing</source>
        <translation>channel жоқ</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected egov, telegram, call1414 or onsite)</source>
        <translation>«%1» деген белгісіз арна (egov, telegram, call1414 немесе onsite күтілді)</translation>
    </message>
    <message>
        <source>iin is missing</source>
        <translation>iin жоқ</translation>
    </message>
    <message>
        <source>bad IIN %1: %2</source>
        <translation>%1 ЖСН қате: %2</translation>
    </message>
    <message>
        <source>service_code is missing</source>
        <translation>service_code жоқ</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>«%1» деген белгісіз қызмет</translation>
    </message>
    <message>
        <source>slot_start is empty</source>
        <translation>slot_start бос</translation>
    </message>
    <message>
        <source>slot_start &quot;%1&quot; is not a local time like 2020-05-18T09:15</source>
        <translation>slot_start «%1» 2020-05-18T09:15 сияқты жергілікті уақыт емес</translation>
    </message>
    <message>
        <source>no booking files were given</source>
        <translation>брондау файлдары берілмеді</translation>
    </message>
    <message>
        <source>the import was cancelled; no booking was written</source>
        <translation>импорт тоқтатылды; бірде-бір брондау жазылмады</translation>
    </message>
    <message>
        <source>booking %1 appears again with different data; only its first row (%2:%3) counts</source>
        <translation>%1 брондауы басқа деректермен қайта кездеседі; оның тек алғашқы жолы (%2:%3) есепке алынады</translation>
    </message>
    <message>
        <source>%1 contains a control or invisible character (U+%2)</source>
        <translation>%1 ішінде басқару немесе көрінбейтін таңба бар (U+%2)</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1 жол: %2 жүктелді, %3 жаңартылды, %4 өзгеріссіз, %5 қабылданбады</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Service:</source>
        <translation>Қызмет:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx (optional)</source>
        <translation>+7 7xx xxx xx xx (міндетті емес)</translation>
    </message>
    <message>
        <source>Book the chosen slot</source>
        <translation>Таңдалған уақытқа брондау</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Келесі бос уақытқа брондау</translation>
    </message>
    <message>
        <source>Check in now and issue the ticket</source>
        <translation>Келгенін қазір тіркеп, талон беру</translation>
    </message>
</context>
<context>
    <name>CancelTicketDialog</name>
    <message>
        <source>Cancel a ticket</source>
        <translation>Талонды жою</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>Талон &amp;нөмірі:</translation>
    </message>
    <message>
        <source>such as A017</source>
        <translation>мысалы, A017</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? It leaves the queue for good; the reason is recorded with it.</source>
        <translation>Талон неге жойылады? Ол кезектен біржола шығады; себебі онымен бірге жазылады.</translation>
    </message>
    <message>
        <source>The citizen &amp;left</source>
        <translation>Азамат &amp;кетіп қалды</translation>
    </message>
    <message>
        <source>Issued by &amp;mistake</source>
        <translation>&amp;Қателікпен берілді</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reading the center settings</source>
        <translation>орталық баптауларын оқу</translation>
    </message>
    <message>
        <source>%1: no center is set up in this database. Run &quot;kezekctl init --demo&quot; or configure one.</source>
        <translation>%1: бұл дерекқорда орталық бапталмаған. «kezekctl init --demo» орындаңыз немесе орталықты баптаңыз.</translation>
    </message>
    <message>
        <source>reading the service catalogue</source>
        <translation>қызметтер каталогын оқу</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>«%1» кодты қызмет жоқ.</translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation>%1 нөмірлі қызмет жоқ.</translation>
    </message>
    <message>
        <source>reading the windows</source>
        <translation>терезелерді оқу</translation>
    </message>
    <message>
        <source>reading the windows&apos; services</source>
        <translation>терезелердің қызметтерін оқу</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>%1-терезе жоқ.</translation>
    </message>
    <message>
        <source>There is no window with id %1.</source>
        <translation>id %1 бар терезе жоқ.</translation>
    </message>
    <message>
        <source>reading the operators</source>
        <translation>операторларды оқу</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>«%1» логині бар оператор жоқ.</translation>
    </message>
    <message>
        <source>There is no operator with id %1.</source>
        <translation>id %1 бар оператор жоқ.</translation>
    </message>
    <message>
        <source>reading the out-of-turn categories</source>
        <translation>кезексіз санаттарды оқу</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an out-of-turn category; known categories: %2.</source>
        <translation>«%1» кезексіз санат емес; белгілі санаттар: %2.</translation>
    </message>
    <message>
        <source>%1 is a closed day</source>
        <translation>%1 — жұмыс істемейтін күн</translation>
    </message>
    <message>
        <source>%1 is a closed day: %2</source>
        <translation>%1 — жұмыс істемейтін күн: %2</translation>
    </message>
    <message>
        <source>%1 is a day off</source>
        <translation>%1 — демалыс күні</translation>
    </message>
    <message>
        <source>reading the opening hours</source>
        <translation>жұмыс уақытын оқу</translation>
    </message>
</context>
<context>
    <name>CenterConfigurator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>center.name.%1: the center&apos;s name is missing</source>
        <translation>center.name.%1: орталықтың атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: a code is 1 to 20 capital Latin letters, digits, dashes or underscores</source>
        <translation>«%1» қызметі: код — 1-ден 20-ға дейін бас латын әрпі, цифр, сызықша не астыңғы сызық</translation>
    </message>
    <message>
        <source>service %1 is listed twice</source>
        <translation>%1 қызметі екі рет көрсетілген</translation>
    </message>
    <message>
        <source>service %1: its letter &quot;%2&quot; is not one capital Latin letter</source>
        <translation>%1 қызметі: «%2» әрпі бір бас латын әрпі емес</translation>
    </message>
    <message>
        <source>services %1 and %2 have the same letter %3: their tickets could not be told apart</source>
        <translation>%1 және %2 қызметтерінің әрпі бірдей (%3): олардың талондарын ажырату мүмкін болмайды</translation>
    </message>
    <message>
        <source>service %1: a name in Kazakh, Russian and English is needed</source>
        <translation>%1 қызметі: қазақ, орыс және ағылшын тілдеріндегі атауы қажет</translation>
    </message>
    <message>
        <source>window %1 is listed twice</source>
        <translation>%1 терезе екі рет көрсетілген</translation>
    </message>
    <message>
        <source>window %1 serves nothing</source>
        <translation>%1 терезе ештеңеге қызмет көрсетпейді</translation>
    </message>
    <message>
        <source>window %1 lists %2 twice</source>
        <translation>%1 терезеде %2 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is not among the services</source>
        <translation>%1 терезе қызметтер арасында жоқ %2 қызметін көрсетеді</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is retired</source>
        <translation>%1 терезе алынып тасталған %2 қызметін көрсетеді</translation>
    </message>
    <message>
        <source>%1 may be booked, but no window serves it: its slots would have no places</source>
        <translation>%1 брондауға болады, бірақ оны бірде-бір терезе көрсетпейді: оның слоттарында орын болмайды</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: a code is small Latin letters, digits, dashes or underscores</source>
        <translation>«%1» санаты: код — кіші латын әріптері, цифрлар, сызықша не астыңғы сызық</translation>
    </message>
    <message>
        <source>category %1 is listed twice</source>
        <translation>%1 санаты екі рет көрсетілген</translation>
    </message>
    <message>
        <source>category %1: a name in Kazakh, Russian and English is needed</source>
        <translation>%1 санаты: қазақ, орыс және ағылшын тілдеріндегі атауы қажет</translation>
    </message>
    <message>
        <source>%1 is listed twice among the staff</source>
        <translation>%1 қызметкерлер арасында екі рет көрсетілген</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: толық аты-жөні көрсетілмеген</translation>
    </message>
    <message>
        <source>no active admin would be left: nobody could set up the center any more</source>
        <translation>бірде-бір белсенді әкімші қалмайды: орталықты баптайтын ешкім болмайды</translation>
    </message>
    <message>
        <source>reading the history of window %1</source>
        <translation>%1 терезенің тарихын оқу</translation>
    </message>
    <message>
        <source>name (kk)</source>
        <translation>атауы (kk)</translation>
    </message>
    <message>
        <source>name (ru)</source>
        <translation>атауы (ru)</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>атауы (en)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>слот</translation>
    </message>
    <message>
        <source>hall capacity</source>
        <translation>зал сыйымдылығы</translation>
    </message>
    <message>
        <source>early allowance</source>
        <translation>ерте келу рұқсаты</translation>
    </message>
    <message>
        <source>late tolerance</source>
        <translation>кешігу рұқсаты</translation>
    </message>
    <message>
        <source>recall limit</source>
        <translation>шақыру шегі</translation>
    </message>
    <message>
        <source>recall spacing</source>
        <translation>шақыру аралығы</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>out-of-turn cap</source>
        <translation>кезексіз шек</translation>
    </message>
    <message>
        <source>wait target</source>
        <translation>мақсатты күту</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>бос тұрғанда бұғаттау</translation>
    </message>
    <message>
        <source>center</source>
        <translation>орталық</translation>
    </message>
    <message>
        <source>setting up the center</source>
        <translation>орталықты баптау</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>%1 қызметі</translation>
    </message>
    <message>
        <source>added: %1 %2, %3, %4</source>
        <translation>қосылды: %1 %2, %3, %4</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>брондалады</translation>
    </message>
    <message>
        <source>walk-in only</source>
        <translation>тек тірі кезек</translation>
    </message>
    <message>
        <source>adding a service</source>
        <translation>қызметті қосу</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>әріп</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>алынып тасталған</translation>
    </message>
    <message>
        <source>changing a service</source>
        <translation>қызметті өзгерту</translation>
    </message>
    <message>
        <source>retired: not in the setup (its history stays)</source>
        <translation>алынып тасталды: баптауда жоқ (тарихы сақталады)</translation>
    </message>
    <message>
        <source>retiring a service</source>
        <translation>қызметті алып тастау</translation>
    </message>
    <message>
        <source>changing the services of window %1</source>
        <translation>%1 терезенің қызметтерін өзгерту</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 терезе</translation>
    </message>
    <message>
        <source>added, serving %1</source>
        <translation>қосылды, %1 көрсетеді</translation>
    </message>
    <message>
        <source>adding window %1</source>
        <translation>%1 терезені қосу</translation>
    </message>
    <message>
        <source>services</source>
        <translation>қызметтер</translation>
    </message>
    <message>
        <source>removing window %1</source>
        <translation>%1 терезені жою</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>%1 санаты</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>қосылды: %1</translation>
    </message>
    <message>
        <source>adding an out-of-turn category</source>
        <translation>кезексіз санатты қосу</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>changing an out-of-turn category</source>
        <translation>кезексіз санатты өзгерту</translation>
    </message>
    <message>
        <source>switched off: not in the setup</source>
        <translation>өшірілді: баптауда жоқ</translation>
    </message>
    <message>
        <source>switching off an out-of-turn category</source>
        <translation>кезексіз санатты өшіру</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>%1 қызметкер</translation>
    </message>
    <message>
        <source>adding a staff account</source>
        <translation>есептік жазбаны қосу</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>changing a staff account</source>
        <translation>есептік жазбаны өзгерту</translation>
    </message>
    <message>
        <source>disabled: not in the setup (their history stays)</source>
        <translation>өшірілді: баптауда жоқ (тарихы сақталады)</translation>
    </message>
    <message>
        <source>disabling a staff account</source>
        <translation>есептік жазбаны өшіру</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <source>%1: closing at %2 is not after opening at %3</source>
        <translation>%1: %2 жабылуы %3 ашылуынан кейін емес</translation>
    </message>
    <message>
        <source>%1: a %2-minute slot does not fit between %3 and %4</source>
        <translation>%1: %2 минуттық уақыт аралығы %3 пен %4 арасына сыймайды</translation>
    </message>
    <message>
        <source>center.hours: the center would be closed on every day of the week</source>
        <translation>center.hours: орталық аптаның барлық күнінде жабық болар еді</translation>
    </message>
    <message>
        <source>center.closed_days: a closed day has no date</source>
        <translation>center.closed_days: жұмыс істемейтін күннің күні жоқ</translation>
    </message>
    <message>
        <source>center.closed_days: %1 is listed twice</source>
        <translation>center.closed_days: %1 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>hours on %1</source>
        <translation>жұмыс уақыты: %1</translation>
    </message>
    <message>
        <source>closed days</source>
        <translation>жұмыс істемейтін күндер</translation>
    </message>
    <message>
        <source>window %1 is not in the setup, but it has a history (citizens served, or its opening and closing); keep it (give it the services it should serve) rather than remove it</source>
        <translation>%1 терезе баптауда жоқ, бірақ оның тарихы бар (қызмет көрсетілген азаматтар немесе ашылуы мен жабылуы); оны алып тастамай, қалдырыңыз (тиісті қызметтерін беріңіз)</translation>
    </message>
    <message>
        <source>removed: not in the setup, and it has no history</source>
        <translation>алып тасталды: баптауда жоқ және тарихы жоқ</translation>
    </message>
    <message>
        <source>added: %1, %2; no password yet: give one on the Administration page or with kezekctl staff passwd %3</source>
        <translation>қосылды: %1, %2; құпиясөз әлі жоқ: оны «Әкімшілік» бетінде немесе kezekctl staff passwd %3 командасымен беріңіз</translation>
    </message>
    <message>
        <source>reading the bookings to come</source>
        <translation>алдағы жазылуларды оқу</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>жазылулар</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell those citizens or book them again</source>
        <translation>
            <numerusform>%n алдағы жазылу жаңа жұмыс уақытында өз уақыт аралығынан айырылады (%1); олар сақталды: азаматтарға хабарлаңыз немесе қайта жазыңыз</numerusform>
            <numerusform>%n алдағы жазылу жаңа жұмыс уақытында өз уақыт аралығынан айырылады (%1); олар сақталды: азаматтарға хабарлаңыз немесе қайта жазыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterCopy</name>
    <message>
        <source>reading the tables</source>
        <translation>кестелерді оқу</translation>
    </message>
    <message>
        <source>%1 has %2 tables where this Kezek knows %3; nothing was copied.</source>
        <translation>%1 ішінде %2 кесте бар, ал Kezek-тің бұл нұсқасы %3 кестені біледі; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>reading %1 in the target</source>
        <translation>мақсатты дерекқордағы %1 оқу</translation>
    </message>
    <message>
        <source>%1 already holds a center (%2 rows in %3): a center is copied only into an empty database. It was left as it was.</source>
        <translation>%1 ішінде орталық бар (%3 кестесінде %2 жол): орталық тек бос дерекқорға көшіріледі. Ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 оқу</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>%1 көшіру</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was copied.</source>
        <translation>Көшіру тоқтатылды; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>numbering %1 after the copy</source>
        <translation>көшіруден кейін %1 нөмірлеу</translation>
    </message>
    <message>
        <source>starting to read %1</source>
        <translation>%1 оқуды бастау</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>%1 санау</translation>
    </message>
    <message>
        <source>counting %1 in the target</source>
        <translation>мақсатты дерекқордағы %1 санау</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied.</source>
        <translation>%1: көзде %2 жол, оқылғаны %3, мақсатты дерекқорда %4; ештеңе көшірілмеді.</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>көшіруді бастау</translation>
    </message>
    <message>
        <source>announcing the copy</source>
        <translation>көшіру туралы хабарлау</translation>
    </message>
</context>
<context>
    <name>CenterFile</name>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true немесе false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4</source>
        <translation>%1: %2 мәні %3 пен %4 аралығынан тыс</translation>
    </message>
    <message>
        <source>a time such as &quot;09:00&quot;</source>
        <translation>«09:00» сияқты уақыт</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: белгісіз кілт</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: жоқ</translation>
    </message>
    <message>
        <source>%1: should be %2</source>
        <translation>%1: %2 болуы керек</translation>
    </message>
    <message>
        <source>%1: should be an object</source>
        <translation>%1: объект болуы керек</translation>
    </message>
    <message>
        <source>center.mode: &quot;%1&quot; is not booking-only, mixed or walk-in</source>
        <translation>center.mode: «%1» booking-only, mixed немесе walk-in емес</translation>
    </message>
    <message>
        <source>line %1: not JSON: %2</source>
        <translation>%1-жол: JSON емес: %2</translation>
    </message>
    <message>
        <source>a center file is one JSON object</source>
        <translation>орталық файлы — бір JSON объектісі</translation>
    </message>
    <message>
        <source>format: should be &quot;%1&quot;</source>
        <translation>format: «%1» болуы керек</translation>
    </message>
    <message>
        <source>version %1 is newer than this Kezek reads (%2); nothing was read</source>
        <translation>%1 нұсқасы бұл Kezek оқитыннан (%2) жаңа; ештеңе оқылмады</translation>
    </message>
    <message>
        <source>%1[%2]: should be a service code</source>
        <translation>%1[%2]: қызмет коды болуы керек</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not operator, reception, supervisor or admin</source>
        <translation>%1: «%2» operator, reception, supervisor немесе admin емес</translation>
    </message>
    <message>
        <source>hours such as &quot;09:00-13:00&quot;, or &quot;closed&quot;</source>
        <translation>&quot;09:00-13:00&quot; сияқты сағаттар немесе &quot;closed&quot;</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-03-21&quot;</source>
        <translation>&quot;2027-03-21&quot; сияқты күн</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password — Kezek</source>
        <translation>Құпиясөзді ауыстыру — Kezek</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>A booked citizen arrives: type the booking code (e.g. EG-20200518-0001) or the citizen&apos;s IIN.</source>
        <translation>Алдын ала брондалған азамат келді: брондау кодын (мысалы, EG-20200518-0001) немесе азаматтың ЖСН-ын енгізіңіз.</translation>
    </message>
    <message>
        <source>Booking code or IIN</source>
        <translation>Брондау коды немесе ЖСН</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Брондау</translation>
    </message>
    <message>
        <source>No booking checked in yet.</source>
        <translation>Әзірге брондау бойынша келу тіркелген жоқ.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Missing argument: expected %1.</source>
        <translation>Аргумент жетіспейді: %1 күтілді.</translation>
    </message>
    <message>
        <source>Too many arguments (%1); expected %2.</source>
        <translation>Аргументтер тым көп (%1); %2 күтілді.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 үшін оң бүтін сан керек, «%2» емес.</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot; as a time; write 10:15 or 2020-05-18T10:15, in the years %3 to %4.</source>
        <translation>%1: «%2» уақыт ретінде оқылмайды; 10:15 немесе 2020-05-18T10:15 түрінде, %3–%4 жылдар аралығында жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>opening the database</source>
        <translation>дерекқорды ашу</translation>
    </message>
    <message>
        <source>configuring the database connection</source>
        <translation>дерекқор қосылымын баптау</translation>
    </message>
    <message>
        <source>reading the database structure</source>
        <translation>дерекқор құрылымын оқу</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>схема нұсқасын оқу</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Kezek database (it has no schema version). It was left untouched.</source>
        <translation>%1: бұл SQLite файлы Kezek дерекқоры емес (онда схема нұсқасы жоқ). Ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>switching the database to write-ahead logging</source>
        <translation>дерекқорды алдын ала журнал жүргізу (WAL) режиміне ауыстыру</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>схема нұсқасының кестесін жасау</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>дерекқорды %1 нұсқаға жаңарту</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>схема нұсқасын жазу</translation>
    </message>
    <message>
        <source>the database is locked by another program and stayed locked for %1 seconds. Try again; if it persists, close the program holding it.</source>
        <translation>дерекқорды басқа бағдарлама бұғаттап тұр, ол %1 секунд бойы бұғатталған күйде қалды. Қайталап көріңіз; қайталанса, оны ұстап тұрған бағдарламаны жабыңыз.</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup; the file was left untouched.</source>
        <translation>дерекқор файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>the database file cannot be opened. Check that the folder exists and is writable.</source>
        <translation>дерекқор файлын ашу мүмкін емес. Қалтаның бар екенін және оған жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>%1: error while %2: %3</source>
        <translation>%1: %2 кезінде қате: %3</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>%1 нөмірлеу</translation>
    </message>
    <message>
        <source>numbering %1 returned nothing.</source>
        <translation>%1 нөмірлеу ештеңе қайтармады.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>өзгерісті бастау</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>өзгерісті сақтау</translation>
    </message>
    <message>
        <source>%1: the database file was replaced by another file while Kezek had it open.</source>
        <translation>%1: Kezek дерекқор файлын ашып тұрған кезде ол басқа файлмен ауыстырылды.</translation>
    </message>
    <message>
        <source>%1: the database file was deleted or moved away while Kezek had it open.</source>
        <translation>%1: Kezek дерекқор файлын ашып тұрған кезде ол жойылды немесе басқа жерге жылжытылды.</translation>
    </message>
    <message>
        <source>%1: the connection to the database broke (%2); it is opened again at the next step.</source>
        <translation>%1: дерекқормен қосылым үзілді (%2); ол келесі қадамда қайта ашылады.</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: бұл SQLite файлында бірде-бір кесте жоқ, сондықтан ол Kezek дерекқоры емес. Дерекқорды «kezekctl init» арқылы жасаңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>checking the database file</source>
        <translation>дерекқор файлын тексеру</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (SQLite&apos;s check says: %2). Restore it from a backup; the file was left untouched.</source>
        <translation>%1: дерекқор файлы зақымдалған (SQLite тексеруінің нәтижесі: %2). Оны сақтық көшірмеден қалпына келтіріңіз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>the database cannot be written: the file, its folder or the disk is read-only. Check the permissions and the disk.</source>
        <translation>дерекқорға жазу мүмкін емес: файл, оның қалтасы немесе диск тек оқуға арналған. Рұқсаттарды және дискіні тексеріңіз.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing of this step was saved.</source>
        <translation>диск толып қалды. Орын босатып, қайталап көріңіз; бұл қадамнан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>the disk reported a read or write error. Check the disk; nothing of this step was saved.</source>
        <translation>диск оқу немесе жазу қатесі туралы хабарлады. Дискіні тексеріңіз; бұл қадамнан ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>%1 The change was not saved.</source>
        <translation>%1 Өзгеріс сақталмады.</translation>
    </message>
    <message>
        <source>%1 The change went into the file that was there before and is not in the database now at this path; do it again.</source>
        <translation>%1 Өзгеріс бұрын осы жерде болған файлға жазылды, қазір осы жолдағы дерекқорда ол жоқ; әрекетті қайта орындаңыз.</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: орталық серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the database was left untouched.</source>
        <translation>%1: бұл дерекқорда бірде-бір кесте жоқ, сондықтан ол Kezek дерекқоры емес. Оны &quot;kezekctl init&quot; командасымен жасаңыз; дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: this database is not a Kezek database (it has tables but no schema version). It was left untouched.</source>
        <translation>%1: бұл Kezek дерекқоры емес (кестелері бар, бірақ схема нұсқасы жоқ). Ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kezek (schema version %2; this program knows up to %3). Update Kezek; the database was left untouched.</source>
        <translation>%1 Kezek-тің жаңарақ нұсқасымен жазылған (схема нұсқасы %2; бұл бағдарлама %3 дейін біледі). Kezek-ті жаңартыңыз; дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: error while %2: another change got in the way again and again. Try again; nothing of this step was saved.</source>
        <translation>%1: «%2» кезінде қате: басқа өзгеріс қайта-қайта кедергі болды. Қайталап көріңіз; бұл қадамның ештеңесі сақталмады.</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only or a standby). Ask the administrator.</source>
        <translation>сервер өзгерістерді қабылдамайды (тек оқуға арналған немесе резервтік). Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>the server does not allow this account to do that. Ask the administrator to grant Kezek&apos;s role its privileges (docs/DEPLOY.md).</source>
        <translation>сервер бұл тіркелгіге мұндай әрекетке рұқсат бермейді. Әкімшіден Kezek рөліне құқықтарын беруді сұраңыз (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>%1: the connection broke while the change was being saved, so whether it was saved is not known. Look at the queue once the connection is back before doing it again.</source>
        <translation>%1: өзгерісті сақтау кезінде байланыс үзілді, сондықтан оның сақталғаны белгісіз. Байланыс қалпына келгенде, әрекетті қайталамас бұрын кезекті қараңыз.</translation>
    </message>
    <message>
        <source>No connection to the center&apos;s server %1 since %2; Kezek connects again by itself.</source>
        <translation>%2 бастап орталық серверімен %1 байланыс жоқ; Kezek өзі қайта қосылады.</translation>
    </message>
    <message>
        <source>%1: the connection is busy; sign in again in a moment.</source>
        <translation>%1: байланыс бос емес; біраздан соң қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message>
        <source>adding up the tickets of %1</source>
        <translation>%1 күнгі талондарды қосу</translation>
    </message>
    <message>
        <source>adding up the served services of %1</source>
        <translation>%1 күнгі көрсетілген қызметтерді қосу</translation>
    </message>
    <message>
        <source>adding up the arrivals of %1 by hour</source>
        <translation>%1 күнгі келгендерді сағат бойынша қосу</translation>
    </message>
    <message>
        <source>adding up the served citizens of %1 by hour</source>
        <translation>%1 күнгі қызмет көрсетілген азаматтарды сағат бойынша қосу</translation>
    </message>
    <message>
        <source>following the queue of %1 through the day</source>
        <translation>%1 күнгі кезекті күн бойы қадағалау</translation>
    </message>
    <message>
        <source>counting the bookings</source>
        <translation>брондауларды санау</translation>
    </message>
    <message>
        <source>reading the events of %1</source>
        <translation>%1 күнгі оқиғаларды оқу</translation>
    </message>
    <message>
        <source>reading the state of window %1</source>
        <translation>%1-терезенің күйін оқу</translation>
    </message>
</context>
<context>
    <name>DaySimulator</name>
    <message>
        <source>reading the day&apos;s tickets</source>
        <translation>күннің талондарын оқу</translation>
    </message>
    <message>
        <source>%1 already has %2 tickets; simulate a day that has none (another date or a fresh database).</source>
        <translation>%1 күні қазірдің өзінде %2 талон бар; талоны жоқ күнді модельдеңіз (басқа күн немесе жаңа дерекқор).</translation>
    </message>
    <message>
        <source>The chosen windows serve no service.</source>
        <translation>Таңдалған терезелер бірде-бір қызмет көрсетпейді.</translation>
    </message>
    <message>
        <source>adding windows for the simulation</source>
        <translation>модельдеу үшін терезелер қосу</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Оператор %1</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>брондауларды оқу</translation>
    </message>
    <message>
        <source>needs %1 first</source>
        <translation>алдымен %1 қажет</translation>
    </message>
    <message>
        <source>The simulation stopped at %1: %2</source>
        <translation>Модельдеу %1 уақытында тоқтады: %2</translation>
    </message>
    <message>
        <source>The date to simulate is not valid.</source>
        <translation>Модельдейтін күн жарамсыз.</translation>
    </message>
    <message>
        <source>The number of windows must be between 1 and 200.</source>
        <translation>Терезелер саны 1 мен 200 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The number of citizens must be between 1 and 100,000.</source>
        <translation>Азаматтар саны 1 мен 100 000 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The booked share must be between 0 and 1.</source>
        <translation>Брондалғандар үлесі 0 мен 1 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Тіркеу орны</translation>
    </message>
    <message>
        <source>adding %1 for the simulation</source>
        <translation>модельдеу үшін %1 қосу</translation>
    </message>
    <message>
        <source>Nothing to simulate on %1: %2</source>
        <translation>%1 күні модельдейтін ештеңе жоқ: %2</translation>
    </message>
</context>
<context>
    <name>DemoCenter</name>
    <message>
        <source>creating the demo center</source>
        <translation>демо орталықты жасау</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>орталықты оқу</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>%1 s</source>
        <comment>a duration under a minute</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a duration</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a duration of whole hours</comment>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 сағ %2 мин</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish the service</source>
        <translation>Қызмет көрсетуді аяқтау</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>reading the center</source>
        <translation>орталық деректерін оқу</translation>
    </message>
    <message>
        <source>services: choose at least one service the center offers</source>
        <translation>қызметтер: орталықтың кемінде бір қызметін таңдаңыз</translation>
    </message>
    <message>
        <source>windows: a center has 1 to %1 windows</source>
        <translation>терезелер: орталықта 1-ден %1-ге дейін терезе болады</translation>
    </message>
    <message>
        <source>administrator: %1</source>
        <translation>әкімші: %1</translation>
    </message>
    <message>
        <source>administrator: the full name is missing</source>
        <translation>әкімші: толық аты-жөні жоқ</translation>
    </message>
    <message>
        <source>administrator&apos;s password: %1</source>
        <translation>әкімші құпиясөзі: %1</translation>
    </message>
    <message>
        <source>This database has a center already; its administrator sets it up.</source>
        <translation>Бұл дерекқорда орталық бар; оны орталық әкімшісі баптайды.</translation>
    </message>
    <message>
        <source>first-run wizard</source>
        <translation>алғашқы іске қосу шебері</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>A new center — Kezek</source>
        <translation>Жаңа орталық — Kezek</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>Орталық</translation>
    </message>
    <message>
        <source>This database has no center yet. Name it as citizens and the hall display will see it.</source>
        <translation>Бұл дерекқорда әлі орталық жоқ. Оны азаматтар мен залдағы табло көретіндей атаңыз.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;Ағылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>e.g. AST-03</source>
        <translation>мысалы, AST-03</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Қызмет түрі:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>Залда ең көбі &amp;адам:</translation>
    </message>
    <message>
        <source>Services and windows</source>
        <translation>Қызметтер мен терезелер</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Терезелер:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Алғашқы әкімші</translation>
    </message>
    <message>
        <source>The person who sets up the center and its staff. They sign in with this password; nobody else can set the center up from now on.</source>
        <translation>Орталық пен оның қызметкерлерін баптайтын адам. Ол осы құпиясөзбен кіреді; бұдан былай орталықты басқа ешкім баптай алмайды.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <source>The services the center offers, from the standard catalogue, and its number of windows. At first every window serves every chosen service.</source>
        <translation>Орталықтың стандартты каталогтағы қызметтері және терезелер саны. Алғашында әр терезе барлық таңдалған қызметті көрсетеді.</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Жұмыс уақыты:</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>%n адам күтуде</translation>
    </message>
    <message>
        <source>wait about %n min</source>
        <translation>шамамен %n мин күту</translation>
    </message>
    <message>
        <source>Electronic queue</source>
        <translation>Электрондық кезек</translation>
    </message>
    <message>
        <source>Called now</source>
        <translation>Қазір шақырылуда</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Соңғы шақырулар</translation>
    </message>
    <message>
        <source>Reconnecting to the queue…</source>
        <translation>Кезекке қайта қосылуда…</translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Kezek hall display</source>
        <translation>Kezek зал таблосы</translation>
    </message>
</context>
<context>
    <name>HallPanel</name>
    <message>
        <source>Windows</source>
        <translation>Терезелер</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Қызметтер бойынша күтуде</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Free the window of a console that was left or stopped, for another operator</source>
        <translation>Тасталған не тоқтаған пульттің терезесін басқа операторға босату</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Waiting at the end of the hour</source>
        <translation>Сағат соңында күтуде</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Орташа күту, мин</translation>
    </message>
    <message>
        <source>Wait target, min</source>
        <translation>Күту межесі, мин</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуттар</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>IIN may contain digits only</source>
        <translation>ЖСН тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, got %1</source>
        <translation>ЖСН 12 цифрдан тұруы керек, %1 енгізілді</translation>
    </message>
    <message>
        <source>IIN check digit is wrong</source>
        <translation>ЖСН бақылау цифры қате</translation>
    </message>
</context>
<context>
    <name>IinFeedback</name>
    <message>
        <source>The IIN is valid.</source>
        <translation>ЖСН дұрыс.</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) to type.</source>
        <translation>
            <numerusform>Тағы %n цифр енгізіңіз.</numerusform>
            <numerusform>Тағы %n цифр енгізіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid IIN.</source>
        <translation>Бұл жарамды ЖСН емес.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import the channels&apos; booking files for the day (CSV or JSON, several at once). Importing a file again changes nothing; rejected rows are listed with their line and reason.</source>
        <translation>Күнге арналған арналардың брондау файлдарын импорттаңыз (CSV немесе JSON, бірнешеуін бірден). Файлды қайта импорттау ештеңені өзгертпейді; қабылданбаған жолдар жол нөмірі мен себебімен көрсетіледі.</translation>
    </message>
    <message>
        <source>Import booking files…</source>
        <translation>Брондау файлдарын импорттау…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Booking import</source>
        <translation>Брондауларды импорттау</translation>
    </message>
    <message>
        <source>Rejected rows (FILE:LINE: reason):</source>
        <translation>Қабылданбаған жолдар (FILE:LINE: себебі):</translation>
    </message>
</context>
<context>
    <name>Kezek::AdministrationPage</name>
    <message>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>none yet: nobody can sign in</source>
        <translation>әлі жоқ: ешкім кіре алмайды</translation>
    </message>
    <message>
        <source>temporary, to be changed</source>
        <translation>уақытша, ауыстыру керек</translation>
    </message>
    <message>
        <source>set</source>
        <translation>орнатылған</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <source>Cannot be applied yet:</source>
        <translation>Әзірге қолдануға болмайды:</translation>
    </message>
    <message>
        <source>The setup was changed elsewhere meanwhile: discard to see it, or apply to make it this draft.</source>
        <translation>Осы уақытта баптауды басқа жерде өзгертті: көру үшін бас тартыңыз немесе осы жобаны қолданыңыз.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Өзгерістер әлі қолданылған жоқ.</translation>
    </message>
    <message>
        <source>As the center works now.</source>
        <translation>Орталық қазір осылай жұмыс істейді.</translation>
    </message>
    <message>
        <source>Nothing to change: the center already works so.</source>
        <translation>Өзгертетін ештеңе жоқ: орталық осылай жұмыс істеп тұр.</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Өзгерістерді қарап шығыңыз</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) take effect on every screen at once:</source>
        <translation>
            <numerusform>Бұл %n өзгеріс барлық экранда бірден күшіне енеді:</numerusform>
            <numerusform>Бұл %n өзгеріс барлық экранда бірден күшіне енеді:</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Өңдеуге оралу</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n өзгеріс қолданылды.</numerusform>
            <numerusform>%n өзгеріс қолданылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Уақытша құпиясөз</translation>
    </message>
    <message>
        <source>%1 is not an account yet: apply the change that adds them first.</source>
        <translation>%1 әлі тіркелгі емес: алдымен оны қосатын өзгерісті қолданыңыз.</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:</source>
        <translation>%1 уақытша құпиясөзі:</translation>
    </message>
    <message>
        <source>Give it to them in person. It is shown only now; at their first sign-in they choose their own.</source>
        <translation>Оны жеке өзіне беріңіз. Ол тек қазір көрсетіледі; алғаш кіргенде қызметкер өзінікін таңдайды.</translation>
    </message>
</context>
<context>
    <name>Kezek::AuditPage</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорты</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n жол көрсетілген</numerusform>
            <numerusform>%n жол көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 ішіне %n жол экспортталды.</numerusform>
            <numerusform>%1 ішіне %n жол экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
</context>
<context>
    <name>Kezek::AuditTableModel</name>
    <message>
        <source>Signed in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Сәтсіз кіру</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Есептік жазба бұғатталды</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Жұмыс орны бұғатталды</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Жұмыс орны бұғаттан шықты</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Құпиясөз орнатылды</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Қызметкер қосылды</translation>
    </message>
    <message>
        <source>Staff disabled</source>
        <translation>Қызметкер өшірілді</translation>
    </message>
    <message>
        <source>Setup changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Window state set</source>
        <translation>Терезе күйі өзгертілді</translation>
    </message>
    <message>
        <source>Window released</source>
        <translation>Терезе босатылды</translation>
    </message>
    <message>
        <source>Bookings imported</source>
        <translation>Жазылулар жүктелді</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Looked up by IIN</source>
        <translation>ЖСН бойынша іздеу</translation>
    </message>
</context>
<context>
    <name>Kezek::BookingPanel</name>
    <message>
        <source>Slots of %1</source>
        <translation>%1: брондау уақыттары</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s IIN, then book the chosen slot.</source>
        <translation>Азаматтың ЖСН-ын енгізіп, таңдалған уақытқа брондаңыз.</translation>
    </message>
    <message>
        <source>Booked %1: %2 at %3.</source>
        <translation>%1 брондалды: %2, сағат %3.</translation>
    </message>
    <message>
        <source>%1: none, %2</source>
        <translation>%1: жоқ, %2</translation>
    </message>
</context>
<context>
    <name>Kezek::CancelTicketDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>%1 жою</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangeFeed</name>
    <message>
        <source>reading the change log</source>
        <translation>өзгерістер журналын оқу</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangePasswordDialog</name>
    <message>
        <source>%1, choose a new password of at least 8 characters.</source>
        <translation>%1, кемінде 8 таңбадан тұратын жаңа құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>%1, your password is a temporary one. Choose your own password of at least 8 characters before you start.</source>
        <translation>%1, құпиясөзіңіз уақытша. Жұмысты бастамас бұрын кемінде 8 таңбадан тұратын өз құпиясөзіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Екі жаңа құпиясөз сәйкес емес; бірдей құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Kezek::CheckInPanel</name>
    <message>
        <source>Booking code %1.</source>
        <translation>Брондау коды %1.</translation>
    </message>
    <message>
        <source>No booking checked in.</source>
        <translation>Брондау бойынша келу тіркелмеді.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: late by %n min (slot %2), queued as a walk-in.</source>
        <translation>
            <numerusform>%1 талоны: %n мин кешікті (брондау уақыты %2), тірі кезекке қойылды.</numerusform>
            <numerusform>%1 талоны: %n мин кешікті (брондау уақыты %2), тірі кезекке қойылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.</source>
        <translation>
            <numerusform>%1 талоны: %n мин ерте келді; %2 уақытынан бастап шақырылады (брондау уақыты %3), одан ертерек тек тірі кезекте ешкім күтпесе.</numerusform>
            <numerusform>%1 талоны: %n мин ерте келді; %2 уақытынан бастап шақырылады (брондау уақыты %3), одан ертерек тек тірі кезекте ешкім күтпесе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: slot %2, late by %n min but within the tolerance: called in order.</source>
        <translation>
            <numerusform>%1 талоны: брондау уақыты %2, %n мин кешікті, бірақ рұқсат етілген шекте: кезек бойынша шақырылады.</numerusform>
            <numerusform>%1 талоны: брондау уақыты %2, %n мин кешікті, бірақ рұқсат етілген шекте: кезек бойынша шақырылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: slot %2, called in order.</source>
        <translation>%1 талоны: брондау уақыты %2, кезек бойынша шақырылады.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты-жөні жоқ)</translation>
    </message>
    <message>
        <source>Booking %1 (%2): %3, IIN %4 — %5, slot %6.</source>
        <translation>%1 брондауы (%2): %3, ЖСН %4 — %5, брондау уақыты %6.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::AuditCommand</name>
    <message>
        <source>The audit trail: who signed in, locked, changed the setup or the staff, and when (--from and --to are days, both included; default today).</source>
        <translation>Аудит журналы: кім кірді, бұғаттады, баптауды не қызметкерлерді өзгертті және қашан (--from және --to — күндер, екеуі де қосылады; әдепкіде бүгін).</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>Бірінші күн, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>КҮН</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>Соңғы күн, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргументсіз</translation>
    </message>
    <message>
        <source>--%1 wants a day such as 2020-05-18, not &quot;%2&quot;.</source>
        <translation>--%1 «%2» емес, 2020-05-18 сияқты күнді күтеді.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 --from %2 күнінен бұрын.</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>%1 мен %2 аралығында ештеңе жазылмаған.</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>аудит журналы</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::BookCommand</name>
    <message>
        <source>Book a citizen on site into the given or the next free slot; prints the booking id and slot.</source>
        <translation>Азаматты орнында берілген немесе келесі бос уақытқа брондау; брондау id мен уақытын шығарады.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>Қызмет, мысалы, ID-CARD.</translation>
    </message>
    <message>
        <source>The citizen&apos;s IIN (required).</source>
        <translation>Азаматтың ЖСН-ы (міндетті).</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>The citizen&apos;s full name.</source>
        <translation>Азаматтың аты-жөні.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A mobile number, e.g. +7 701 555 01 01.</source>
        <translation>Ұялы телефон нөмірі, мысалы, +7 701 555 01 01.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The slot start (10:15 today, or a date and time); default: the next slot with room.</source>
        <translation>Брондау уақытының басталуы (бүгін 10:15 немесе күн мен уақыт); әдепкісі: орын бар келесі уақыт.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>book needs --iin IIN.</source>
        <translation>book командасына --iin IIN керек.</translation>
    </message>
    <message>
        <source>Booking %1: %2 on %3 at %4 for %5.</source>
        <translation>%1 брондауы: %2, %3 күні сағат %4, ЖСН %5.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallChosenCommand</name>
    <message>
        <source>Call a waiting ticket of your window&apos;s queue by its number, out of turn (--window N); with --at-desk, its citizen is at the desk already: serve them at once, without a call.</source>
        <translation>Терезеңіз кезегіндегі күтіп тұрған талонды нөмірі бойынша кезексіз шақыру (--window N); --at-desk болса, азамат терезе алдында тұр: шақырусыз бірден қызмет көрсету.</translation>
    </message>
    <message>
        <source>The citizen is at the desk: start serving without a call.</source>
        <translation>Азамат терезе алдында: шақырусыз қызмет көрсетуді бастау.</translation>
    </message>
    <message>
        <source>call needs --window N.</source>
        <translation>call үшін --window N керек.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallNextCommand</name>
    <message>
        <source>The window that calls (required).</source>
        <translation>Шақыратын терезе (міндетті).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments besides --window N</source>
        <translation>--window N-ден басқа аргумент жоқ</translation>
    </message>
    <message>
        <source>call-next needs --window N.</source>
        <translation>call-next командасына --window N керек.</translation>
    </message>
    <message>
        <source>Window %1 calls %2 (%3, %4; waited %5).</source>
        <translation>%1-терезе %2 талонын шақырады (%3, %4; күтті %5).</translation>
    </message>
    <message>
        <source>Call the next citizen to a window; prints the ticket number. The operator holding the window calls.</source>
        <translation>Келесі азаматты терезеге шақыру; талон нөмірін шығарады. Терезедегі оператор шақырады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CancelCommand</name>
    <message>
        <source>Cancel a ticket: a waiting one (reception, a supervisor), or the one called to your window (--window N), with the reason.</source>
        <translation>Талонды себебін көрсетіп жою: күтіп тұрғанын (тіркеу, басшы) немесе терезеңізге шақырылғанын (--window N).</translation>
    </message>
    <message>
        <source>citizen-left (the default) or issued-by-mistake.</source>
        <translation>citizen-left (әдепкі) немесе issued-by-mistake.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>СЕБЕП</translation>
    </message>
    <message>
        <source>--reason is citizen-left or issued-by-mistake, not &quot;%1&quot;.</source>
        <translation>--reason мәні citizen-left немесе issued-by-mistake, «%1» емес.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CenterCommand</name>
    <message>
        <source>The center&apos;s setup as a file (docs/CENTER-FILE.md): &quot;center export&quot; prints it, &quot;center apply FILE&quot; makes the database hold it (all checked first, one transaction; --dry-run says what would change).</source>
        <translation>Орталық баптауы бір файлмен (docs/CENTER-FILE.md): «center export» оны шығарады, «center apply ФАЙЛ» дерекқорды соған келтіреді (бәрі алдын ала тексеріледі, бір транзакция; --dry-run не өзгеретінін көрсетеді).</translation>
    </message>
    <message>
        <source>export or apply.</source>
        <translation>export немесе apply.</translation>
    </message>
    <message>
        <source>apply: the center file (- for standard input).</source>
        <translation>apply: орталық файлы (стандартты енгізу үшін -).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ФАЙЛ]</translation>
    </message>
    <message>
        <source>apply: say what would change, change nothing.</source>
        <translation>apply: не өзгеретінін көрсету, ештеңені өзгертпеу.</translation>
    </message>
    <message>
        <source>center wants export or apply, not &quot;%1&quot;.</source>
        <translation>center «%1» емес, export немесе apply күтеді.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартты енгізу</translation>
    </message>
    <message>
        <source>The database holds this setup already; nothing changed.</source>
        <translation>Дерекқорда бұл баптау бұрыннан бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) would be made (nothing was changed):</source>
        <translation>
            <numerusform>%n өзгеріс жасалар еді (ештеңе өзгертілмеді):</numerusform>
            <numerusform>%n өзгеріс жасалар еді (ештеңе өзгертілмеді):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made:</source>
        <translation>
            <numerusform>%n өзгеріс жасалды:</numerusform>
            <numerusform>%n өзгеріс жасалды:</numerusform>
        </translation>
    </message>
    <message>
        <source>the center&apos;s setup</source>
        <translation>орталық баптауы</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckCommand</name>
    <message>
        <source>Check the database file for damage (every page and index); exit 2 when damaged.</source>
        <translation>Дерекқор файлын зақымдануға тексеру (барлық беттер мен индекстер); зақымдалған болса, шығу коды 2.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>Database %1: no damage found.</source>
        <translation>%1 дерекқоры: зақым табылмады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckInCommand</name>
    <message>
        <source>A booked citizen arrives (by booking id or --iin); prints the ticket number.</source>
        <translation>Алдын ала брондалған азамат келді (брондау id немесе --iin бойынша); талон нөмірін шығарады.</translation>
    </message>
    <message>
        <source>The channel&apos;s booking id.</source>
        <translation>Арнаның брондау id-і.</translation>
    </message>
    <message>
        <source>Check in today&apos;s first booking of this IIN instead.</source>
        <translation>Оның орнына осы ЖСН-ның бүгінгі алғашқы брондауы бойынша келуді тіркеу.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>either BOOKING_ID or --iin IIN</source>
        <translation>BOOKING_ID немесе --iin IIN</translation>
    </message>
    <message>
        <source>--iin %1: %2</source>
        <translation>--iin %1: %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2, booking %3 for %4.</source>
        <translation>%1 талоны: %2, %3 брондауы, уақыты %4.</translation>
    </message>
    <message>
        <source>Late by %1: the booking priority is lost, queued as a walk-in.</source>
        <translation>%1 кешікті: брондау басымдығы жойылды, тірі кезекке қойылды.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CopyToCommand</name>
    <message>
        <source>Where to copy to: a postgresql:// URL or service=NAME (no password in it), or a new SQLite file.</source>
        <translation>Қайда көшіру: postgresql:// мекенжайы немесе service=АТАУ (құпиясөзсіз) не жаңа SQLite файлы.</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 rows</source>
        <translation>Көшіру: %2 жолдың %1</translation>
    </message>
    <message>
        <source>Copied %1 into %2; the row counts match:</source>
        <translation>%1 дерекқоры %2 ішіне көшірілді; жол саны сәйкес:</translation>
    </message>
    <message>
        <source>Copy this center, history included, into an empty database (a center&apos;s PostgreSQL server); checks the row counts, writes all or nothing. An administrator&apos;s work.</source>
        <translation>Орталықты тарихымен бірге бос дерекқорға (орталықтың PostgreSQL серверіне) көшіру; жол сандарын тексереді, бәрін жазады немесе ештеңе жазбайды. Әкімші жұмысы.</translation>
    </message>
    <message>
        <source>the whole center</source>
        <translation>бүкіл орталық</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::FinishCommand</name>
    <message>
        <source>Finish serving a ticket, recording the services served.</source>
        <translation>Талон бойынша қызмет көрсетуді аяқтау, көрсетілген қызметтерді жазу.</translation>
    </message>
    <message>
        <source>A served service, repeatable; outcome done (default), refused or redirected (default: the ticket&apos;s own service, done).</source>
        <translation>Көрсетілген қызмет, бірнеше рет беруге болады; нәтижесі: done (әдепкі), refused немесе redirected (әдепкісі: талонның өз қызметі, done).</translation>
    </message>
    <message>
        <source>CODE[:outcome[:note]]</source>
        <translation>CODE[:outcome[:note]]</translation>
    </message>
    <message>
        <source>--service %1: the outcome must be done, refused or redirected.</source>
        <translation>--service %1: нәтиже done, refused немесе redirected болуы керек.</translation>
    </message>
    <message>
        <source>%1 served in %2.</source>
        <translation>%1 бойынша қызмет %2 ішінде көрсетілді.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ImportBookingsCommand</name>
    <message>
        <source>Import the channels&apos; booking files (CSV or JSON); prints counts and each rejected row as FILE:LINE: reason.</source>
        <translation>Арналардың брондау файлдарын импорттау (CSV немесе JSON); сандарды және әр қабылданбаған жолды FILE:LINE: себебі түрінде шығарады.</translation>
    </message>
    <message>
        <source>Booking files to import.</source>
        <translation>Импорттайтын брондау файлдары.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Импорттау: %2 жолдың %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 жол: %2 импортталды, %3 жаңартылды, %4 өзгеріссіз, %5 қабылданбады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::InitCommand</name>
    <message>
        <source>Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).</source>
        <translation>Дерекқорды жасау немесе жаңарту; --demo демо орталықты қосады (каталог, терезелер, операторлар).</translation>
    </message>
    <message>
        <source>Add the demo center unless the database already has a center.</source>
        <translation>Дерекқорда орталық әлі болмаса, демо орталықты қосу.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>орталықты оқу</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>%1 дерекқоры дайын (схема нұсқасы %2).</translation>
    </message>
    <message>
        <source>A center already exists; it was left as it was.</source>
        <translation>Орталық бар болып шықты; ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>The demo center was added.</source>
        <translation>Демо орталық қосылды.</translation>
    </message>
    <message>
        <source>No center is configured yet; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Әзірге бірде-бір орталық бапталмаған; «kezekctl init --demo» демо орталықты қосады.</translation>
    </message>
    <message>
        <source>Only its owner (%1) and group (%2) can read and write it: whoever can write the file can do anything in it, so keep that group to the center&apos;s staff.</source>
        <translation>Оны тек иесі (%1) мен тобы (%2) оқып, жаза алады: файлға жаза алатын адам онда бәрін істей алады, сондықтан топта тек орталық қызметкерлері болсын.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read it (it holds IINs, names and phones); &quot;chmod 660 %1&quot; makes it private to its owner and group.</source>
        <translation>Назар аударыңыз: оны осы компьютердің басқа пайдаланушылары оқи алады (онда ЖСН, аты-жөн мен телефондар бар); &quot;chmod 660 %1&quot; оны тек иесі мен тобына қалдырады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::IssueCommand</name>
    <message>
        <source>Issue a walk-in ticket; prints its number.</source>
        <translation>Тірі кезекке талон беру; оның нөмірін шығарады.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>Қызмет, мысалы, ID-CARD.</translation>
    </message>
    <message>
        <source>Out-of-turn category (veteran, disability, pregnant, infant).</source>
        <translation>Кезексіз санат (veteran, disability, pregnant, infant).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>Ticket %1: %2, issued at %3.</source>
        <translation>%1 талоны: %2, берілген уақыты %3.</translation>
    </message>
    <message>
        <source>Out of turn: %1.</source>
        <translation>Кезексіз: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::NoShowCommand</name>
    <message>
        <source>The called citizen did not come (after the last recall).</source>
        <translation>Шақырылған азамат келмеді (соңғы қайта шақырудан кейін).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::PostponeCommand</name>
    <message>
        <source>Send a called or served citizen back to wait until a set time (e.g. to fetch a document).</source>
        <translation>Шақырылған немесе қызмет көрсетіліп жатқан азаматты белгілі бір уақытқа дейін күтуге қайтару (мысалы, құжат әкелу үшін).</translation>
    </message>
    <message>
        <source>Back in the queue at TIME (10:45).</source>
        <translation>TIME уақытында кезекке қайта оралу (10:45).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Back in the queue in N minutes.</source>
        <translation>N минуттан кейін кезекке қайта оралу.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>postpone needs either --until TIME or --minutes N.</source>
        <translation>postpone командасына --until TIME немесе --minutes N керек.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 %2 уақытынан бастап қайта күтуде.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::QueueCommand</name>
    <message>
        <source>The waiting tickets: with --window in the order that window will call them, otherwise all of them by service.</source>
        <translation>Күтудегі талондар: --window берілсе, сол терезе шақыратын ретпен, әйтпесе барлығы қызметтер бойынша.</translation>
    </message>
    <message>
        <source>The queue of this window.</source>
        <translation>Осы терезенің кезегі.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n waiting, in call order.</source>
        <translation>
            <numerusform>%1-терезе: %n адам күтуде, шақыру ретімен.</numerusform>
            <numerusform>%1-терезе: %n адам күтуде, шақыру ретімен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, by service.</source>
        <translation>
            <numerusform>%n адам күтуде, қызметтер бойынша.</numerusform>
            <numerusform>%n адам күтуде, қызметтер бойынша.</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>талон</translation>
    </message>
    <message>
        <source>service</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <source>source</source>
        <translation>көзі</translation>
    </message>
    <message>
        <source>why here</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::RecallCommand</name>
    <message>
        <source>Call a called ticket again on the hall display.</source>
        <translation>Шақырылған талонды зал таблосында қайта шақыру.</translation>
    </message>
    <message>
        <source>%1 called again (call %2).</source>
        <translation>%1 қайта шақырылды (%2-шақыру).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ReportCommand</name>
    <message>
        <source>The supervisor figures for a period (default: today so far) as text, CSV or JSON.</source>
        <translation>Кезеңге арналған супервайзер көрсеткіштері (әдепкісі: бүгін осы сәтке дейін) мәтін, CSV немесе JSON түрінде.</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>Бірінші күн (әдепкісі: бүгін).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day (default: the first day).</source>
        <translation>Соңғы күн (әдепкісі: бірінші күн).</translation>
    </message>
    <message>
        <source>text, csv or json (default: text).</source>
        <translation>text, csv немесе json (әдепкісі: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Service names in kk, ru or en (default: en).</source>
        <translation>Қызмет атаулары kk, ru немесе en тілінде (әдепкісі: en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;.</source>
        <translation>--format мәні text, csv немесе json болуы керек, «%1» емес.</translation>
    </message>
    <message>
        <source>adding up the days: %1 of %2</source>
        <translation>күндерді қосу: %2 күннің %1</translation>
    </message>
    <message>
        <source>--%1: cannot read &quot;%2&quot; as a date; write 2020-05-18, in the years %3 to %4.</source>
        <translation>--%1: «%2» күн ретінде оқылмайды; 2020-05-18 түрінде, %3–%4 жылдар аралығында жазыңыз.</translation>
    </message>
    <message>
        <source>report (%1)</source>
        <translation>есеп (%1)</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServeCommand</name>
    <message>
        <source>The called citizen came: start serving the ticket.</source>
        <translation>Шақырылған азамат келді: талон бойынша қызмет көрсетуді бастау.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServerLoginsCommand</name>
    <message>
        <source>enable: on a PostgreSQL server, make every account a server login of its own whose group has only its role&apos;s privileges, and the PCs&apos; shared account (--pc-role) one that only reads. Run by the database&apos;s owner (with CREATEROLE), again after each upgrade (docs/ROLES.md).</source>
        <translation>enable: PostgreSQL серверінде әр тіркелгіні серверге өз кіруі етеді, оның тобында тек өз рөлінің құқықтары болады, ал компьютерлердің ортақ тіркелгісі (--pc-role) тек оқиды. Дерекқор иесі (CREATEROLE бар) орындайды, әр жаңартудан кейін қайтадан (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>enable.</source>
        <translation>enable.</translation>
    </message>
    <message>
        <source>enable: a server role the center&apos;s PCs connect with, put in the PCs&apos; group (may be repeated).</source>
        <translation>enable: орталық компьютерлері қосылатын сервер рөлі; ол компьютерлер тобына қосылады (бірнеше рет беруге болады).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РӨЛ</translation>
    </message>
    <message>
        <source>server-logins wants enable, not &quot;%1&quot;.</source>
        <translation>server-logins enable күтеді, «%1» емес.</translation>
    </message>
    <message>
        <source>Server logins are enabled in %1: groups %2.</source>
        <translation>%1 ішінде серверге кірулер қосылды: топтар %2.</translation>
    </message>
    <message>
        <source>The PCs&apos; accounts %1 now only read.</source>
        <translation>Компьютерлер тіркелгілері %1 енді тек оқиды.</translation>
    </message>
    <message>
        <source>These accounts need a password set on the server (kezekctl staff passwd LOGIN): %1.</source>
        <translation>Бұл тіркелгілерге серверде құпиясөз орнату керек (kezekctl staff passwd ЛОГИН): %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServicesCommand</name>
    <message>
        <source>List the catalogue: codes, letters, names, norms, bookable.</source>
        <translation>Каталогты тізімдеу: кодтар, әріптер, атаулар, нормалар, брондауға болатыны.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>әріп</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>брондау</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>The catalogue is empty; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Каталог бос; «kezekctl init --demo» демо орталықты қосады.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::SimulateCommand</name>
    <message>
        <source>The day to play (default: today).</source>
        <translation>Ойнатылатын күн (әдепкісі: бүгін).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>How many windows work: the first N; missing ones are added serving every service (default 12).</source>
        <translation>Қанша терезе жұмыс істейді: алғашқы N; жетіспейтіндері барлық қызметті көрсететін етіп қосылады (әдепкісі 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many citizens come (default 600).</source>
        <translation>Қанша азамат келеді (әдепкісі 600).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The share of citizens who booked, 0 to 1 (default 0.5).</source>
        <translation>Брондаған азаматтар үлесі, 0-ден 1-ге дейін (әдепкісі 0.5).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The random seed: the same seed plays the same day (default 1).</source>
        <translation>Кездейсоқ сандар генераторының бастапқы мәні: бірдей мән бірдей күнді ойнатады (әдепкісі 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>--windows needs a positive whole number.</source>
        <translation>--windows үшін оң бүтін сан керек.</translation>
    </message>
    <message>
        <source>--citizens needs a positive whole number.</source>
        <translation>--citizens үшін оң бүтін сан керек.</translation>
    </message>
    <message>
        <source>--booked-share needs a number from 0 to 1.</source>
        <translation>--booked-share үшін 0-ден 1-ге дейінгі сан керек.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed үшін бүтін сан керек.</translation>
    </message>
    <message>
        <source>Simulated %1 at %2 windows (seed %3) in %4 s.</source>
        <translation>%1 күні %2 терезеде модельденді (seed %3), %4 с ішінде.</translation>
    </message>
    <message>
        <source>  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)</source>
        <translation>  азаматтар:          %1 (%2 брондалған, %3 тірі кезек, %4 кезексіз)</translation>
    </message>
    <message>
        <source>  served:         %1</source>
        <translation>  қызмет көрсетілді:  %1</translation>
    </message>
    <message>
        <source>  no-shows:       %1 booked never came, %2 did not answer the calls</source>
        <translation>  келмегендер:        %1 брондаған келмеді, %2 шақыруға жауап бермеді</translation>
    </message>
    <message>
        <source>  left the queue: %1</source>
        <translation>  кезектен кетті:     %1</translation>
    </message>
    <message>
        <source>  average wait:   %1 (longest %2)</source>
        <translation>  орташа күту:        %1 (ең ұзағы %2)</translation>
    </message>
    <message>
        <source>  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements</source>
        <translation>  сондай-ақ:          %1 кешігіп тіркелу, %2 қайта шақыру, %3 бағыттау, %4 кейінге қалдыру</translation>
    </message>
    <message>
        <source>  windows added:  %1, serving every service</source>
        <translation>  қосылған терезелер: %1, барлық қызметті көрсетеді</translation>
    </message>
    <message>
        <source>  also served %1 tickets that were waiting before</source>
        <translation>  бұрыннан күтіп тұрған %1 талонға да қызмет көрсетілді</translation>
    </message>
    <message>
        <source>  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come</source>
        <translation>  %1 уақытында тоқтады (қазір): %2 күтуде, %3 терезелерде, %4 әлі келмеген</translation>
    </message>
    <message>
        <source>  last citizen left at %1</source>
        <translation>  соңғы азамат %1 уақытында кетті</translation>
    </message>
    <message>
        <source>--date: cannot read &quot;%1&quot; as a date; write 2020-05-18, in the years %2 to %3.</source>
        <translation>--date: «%1» күн ретінде оқылмайды; 2020-05-18 түрінде, %2–%3 жылдар аралығында жазыңыз.</translation>
    </message>
    <message>
        <source>Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to now. An administrator&apos;s work.</source>
        <translation>Кезектің шынайы күнін ойнату (жазылулар, келу, шақыру, қызмет көрсету); бүгін үшін — осы сәтке дейін. Әкімші жұмысы.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::StaffCommand</name>
    <message>
        <source>Staff accounts: add LOGIN, passwd LOGIN, disable LOGIN, list. New passwords are temporary (changed at the first sign-in) and come from --password-file or are typed twice at the terminal.</source>
        <translation>Қызметкерлердің есептік жазбалары: add ЛОГИН, passwd ЛОГИН, disable ЛОГИН, list. Жаңа құпиясөздер уақытша (алғашқы кіруде ауыстырылады), олар --password-file арқылы беріледі не терминалда екі рет енгізіледі.</translation>
    </message>
    <message>
        <source>add, passwd, disable or list.</source>
        <translation>add, passwd, disable немесе list.</translation>
    </message>
    <message>
        <source>The account (not for list).</source>
        <translation>Есептік жазба (list үшін емес).</translation>
    </message>
    <message>
        <source>[LOGIN]</source>
        <translation>[ЛОГИН]</translation>
    </message>
    <message>
        <source>add: the person&apos;s full name.</source>
        <translation>add: қызметкердің толық аты-жөні.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТЫ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РӨЛ</translation>
    </message>
    <message>
        <source>add, passwd: read the new password from the first line of FILE (yours alone: chmod 600) instead of the terminal.</source>
        <translation>add, passwd: жаңа құпиясөзді терминалдан емес, ФАЙЛДЫҢ бірінші жолынан оқу (тек сіздікі: chmod 600).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>passwd: the password is not to be changed at the next sign-in.</source>
        <translation>passwd: құпиясөзді келесі кіруде ауыстырудың қажеті жоқ.</translation>
    </message>
    <message>
        <source>staff wants add, passwd, disable or list, not &quot;%1&quot;.</source>
        <translation>staff «%1» емес, add, passwd, disable немесе list күтеді.</translation>
    </message>
    <message>
        <source>%1 is disabled: they can no longer sign in; their history stays.</source>
        <translation>%1 өшірілді: енді кіре алмайды; тарихы сақталады.</translation>
    </message>
    <message>
        <source>give the new password with --password-file FILE, or run this at a terminal to type it</source>
        <translation>жаңа құпиясөзді --password-file ФАЙЛ арқылы беріңіз немесе оны енгізу үшін команданы терминалда іске қосыңыз</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 үшін жаңа құпиясөз: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Тағы бір рет: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>құпиясөз енгізілмеді</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>құпиясөздер сәйкес емес; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>add needs --name &quot;FULL NAME&quot;.</source>
        <translation>add үшін --name &quot;ТОЛЫҚ АТЫ-ЖӨНІ&quot; қажет.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3). The password is temporary: it is changed at the first sign-in.</source>
        <translation>%1 қосылды (%2, %3). Құпиясөз уақытша: ол алғашқы кіруде ауыстырылады.</translation>
    </message>
    <message>
        <source>The password of %1 is set; it is changed at the next sign-in.</source>
        <translation>%1 құпиясөзі орнатылды; ол келесі кіруде ауыстырылады.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>%1 құпиясөзі орнатылды.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>password</source>
        <translation>құпиясөз</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>уақытша</translation>
    </message>
    <message>
        <source>set</source>
        <translation>орнатылған</translation>
    </message>
    <message>
        <source>add: operator, reception, supervisor, admin or system (night jobs).</source>
        <translation>add: operator, reception, supervisor, admin немесе system (түнгі тапсырмалар).</translation>
    </message>
    <message>
        <source>add needs --role operator, reception, supervisor, admin or system.</source>
        <translation>add үшін --role operator, reception, supervisor, admin немесе system керек.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TicketStepCommand</name>
    <message>
        <source>Today&apos;s ticket number, e.g. A001.</source>
        <translation>Бүгінгі талон нөмірі, мысалы, A001.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Act at this window (refused if the ticket is at another).</source>
        <translation>Осы терезеде әрекет ету (талон басқа терезеде болса, бас тартылады).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TransferCommand</name>
    <message>
        <source>Send a called or served ticket to another window or service; it goes to the front of that queue and keeps its number.</source>
        <translation>Шақырылған немесе қызмет көрсетіліп жатқан талонды басқа терезеге немесе қызметке бағыттау; ол сол кезектің басына тұрады және нөмірін сақтайды.</translation>
    </message>
    <message>
        <source>Transfer to this window.</source>
        <translation>Осы терезеге бағыттау.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transfer to this service&apos;s queue.</source>
        <translation>Осы қызметтің кезегіне бағыттау.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why, for the next operator.</source>
        <translation>Себебі, келесі оператор үшін.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>transfer needs either --window N or --service CODE.</source>
        <translation>transfer командасына --window N немесе --service CODE керек.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>%1 waits at the front of the queue for %2.</source>
        <translation>%1 %2 кезегінің басында күтуде.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowCommand</name>
    <message>
        <source>A window: open, pause --reason REASON, close (its operator, or a supervisor for any window), sign-in (an operator takes it) or release (given up; a supervisor&apos;s for another&apos;s).</source>
        <translation>Терезе: open, pause --reason СЕБЕП, close (оның операторы немесе кез келген терезеге супервайзер), sign-in (оператор терезені алады) немесе release (терезе босатылады; басқанікін — супервайзер).</translation>
    </message>
    <message>
        <source>The window number.</source>
        <translation>Терезе нөмірі.</translation>
    </message>
    <message>
        <source>open, pause, close, sign-in or release.</source>
        <translation>open, pause, close, sign-in немесе release.</translation>
    </message>
    <message>
        <source>pause: break, disinfection or technical.</source>
        <translation>pause: break, disinfection немесе technical.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>СЕБЕП</translation>
    </message>
    <message>
        <source>window wants a window number first, not &quot;%1&quot;.</source>
        <translation>window алдымен терезе нөмірін күтеді, &quot;%1&quot; емес.</translation>
    </message>
    <message>
        <source>%1 holds window %2.</source>
        <translation>%1 %2-терезеде.</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>%1-терезе келесі операторға бос.</translation>
    </message>
    <message>
        <source>pause needs --reason break, disinfection or technical.</source>
        <translation>pause үшін --reason break, disinfection немесе technical керек.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>%1-терезе: %2.</translation>
    </message>
    <message>
        <source>window wants open, pause, close, sign-in or release, not &quot;%1&quot;.</source>
        <translation>window open, pause, close, sign-in немесе release күтеді, &quot;%1&quot; емес.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowsCommand</name>
    <message>
        <source>List the windows, their state, operator and services.</source>
        <translation>Терезелерді, олардың күйін, операторын және қызметтерін тізімдеу.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргумент жоқ</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>window</source>
        <translation>терезе</translation>
    </message>
    <message>
        <source>state</source>
        <translation>күйі</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>services</source>
        <translation>қызметтер</translation>
    </message>
    <message>
        <source>No windows are configured; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Бірде-бір терезе бапталмаған; «kezekctl init --demo» демо орталықты қосады.</translation>
    </message>
</context>
<context>
    <name>Kezek::CurrentTicketModel</name>
    <message>
        <source>%1/%2</source>
        <extracomment>how many times the ticket was called, of the most allowed (&quot;2/3&quot;)</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Брондау уақыты</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>Кезексіз</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Күтті</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Қызмет уақыты</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Шақырулар</translation>
    </message>
    <message>
        <source>Since the call</source>
        <translation>Шақырылғаннан бері</translation>
    </message>
</context>
<context>
    <name>Kezek::DisplayModel</name>
    <message>
        <source>reading the calls</source>
        <translation>шақыруларды оқу</translation>
    </message>
</context>
<context>
    <name>Kezek::FigureTableModel</name>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Tickets issued or checked in</source>
        <translation>Берілген немесе тіркелген талондар</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>Citizens whose ticket ended served</source>
        <translation>Талоны қызмет көрсетілумен аяқталған азаматтар</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Services done (a citizen may receive several)</source>
        <translation>Көрсетілген қызметтер (бір азамат бірнеше қызмет алуы мүмкін)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <source>Citizens waiting for a call at the end of the hour</source>
        <translation>Сағат соңында шақыруды күтіп отырған азаматтар</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>From arrival to the first call</source>
        <translation>Келгеннен бастап алғашқы шақыруға дейін</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Орташа күту</translation>
    </message>
    <message>
        <source>From the start of service to its end</source>
        <translation>Қызмет көрсетудің басынан соңына дейін</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Орташа қызмет</translation>
    </message>
    <message>
        <source>The catalogue norm of what was served</source>
        <translation>Көрсетілген қызметтің каталогтағы нормасы</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Average service against the norm; over 125% is marked</source>
        <translation>Орташа қызмет уақыты нормамен салыстырғанда; 125%-дан асқаны белгіленеді</translation>
    </message>
    <message>
        <source>Of norm</source>
        <translation>Нормадан</translation>
    </message>
    <message>
        <source>Time the window stood free while citizens waited for its services</source>
        <translation>Азаматтар оның қызметтерін күтіп тұрғанда терезенің бос тұрған уақыты</translation>
    </message>
    <message>
        <source>Idle while waited</source>
        <translation>Кезек бола тұра бос тұру</translation>
    </message>
</context>
<context>
    <name>Kezek::FinishDialog</name>
    <message>
        <source>Which services did %1 receive? Tick each one and choose its outcome.</source>
        <translation>%1 қандай қызметтер алды? Әрқайсысын белгілеп, нәтижесін таңдаңыз.</translation>
    </message>
    <message>
        <source>Tick at least one served service.</source>
        <translation>Кемінде бір көрсетілген қызметті белгілеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) will be recorded.</source>
        <translation>
            <numerusform>%n қызмет тіркеледі.</numerusform>
            <numerusform>%n қызмет тіркеледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1 Your entries are kept; press OK again once the database is back.</source>
        <translation>Жазылмады: %1 Енгізілгені сақталды; дерекқор қайта қолжетімді болғанда OK батырмасын тағы басыңыз.</translation>
    </message>
</context>
<context>
    <name>Kezek::FirstRunWizard</name>
    <message>
        <source>administrator&apos;s password: the two passwords differ</source>
        <translation>әкімші құпиясөзі: құпиясөздер сәйкес емес</translation>
    </message>
</context>
<context>
    <name>Kezek::ForecastModel</name>
    <message numerus="yes">
        <source>%n more window(s) needed to call %1% of citizens within %2 min</source>
        <translation>
            <numerusform>Азаматтардың %1% бөлігін %2 мин ішінде шақыру үшін тағы %n терезе қажет</numerusform>
            <numerusform>Азаматтардың %1% бөлігін %2 мин ішінде шақыру үшін тағы %n терезе қажет</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Booked (expected)</source>
        <translation>Брондалғандар (күтілетін)</translation>
    </message>
    <message>
        <source>Walk-ins (expected)</source>
        <translation>Тірі кезек (күтілетін)</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Қызмет уақыты</translation>
    </message>
    <message>
        <source>Load (Erlang)</source>
        <translation>Жүктеме (Эрланг)</translation>
    </message>
    <message>
        <source>Windows needed</source>
        <translation>Қажет терезелер</translation>
    </message>
    <message>
        <source>Windows planned</source>
        <translation>Жоспарланған терезелер</translation>
    </message>
    <message>
        <source>Within target (planned)</source>
        <translation>Межеде (жоспар бойынша)</translation>
    </message>
</context>
<context>
    <name>Kezek::HallModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>window state with the pause reason, e.g. &quot;paused: break&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>ticket at a window and its state, e.g. &quot;A003 (being served)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>Kezek::HallPanel</name>
    <message numerus="yes">
        <source>%n citizen(s) waiting in the hall</source>
        <translation>
            <numerusform>Залда %n азамат күтуде</numerusform>
            <numerusform>Залда %n азамат күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>%1-терезе келесі операторға бос.</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>%1-терезе тоқтатылды: %2.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>%1-терезе: %2.</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Зал</translation>
    </message>
</context>
<context>
    <name>Kezek::ImportPanel</name>
    <message>
        <source>Booking files to import</source>
        <translation>Импорттайтын брондау файлдары</translation>
    </message>
    <message>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation>Брондау файлдары (*.csv *.json);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n booking file(s)…</source>
        <translation>
            <numerusform>%n брондау файлы импортталуда…</numerusform>
            <numerusform>%n брондау файлы импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт тоқтатылды: ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>Kezek::ImportReportDialog</name>
    <message>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 жол оқылды: %2 импортталды, %3 жаңартылды, %4 өзгеріссіз, %5 қабылданбады.</translation>
    </message>
    <message>
        <source>Booking import</source>
        <translation>Брондауларды импорттау</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Қабылданбаған жолдар:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Импорт есебін сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
</context>
<context>
    <name>Kezek::LockPanel</name>
    <message>
        <source>This is the console of %1 (%2). Only their password opens it; anyone else signs them out first.</source>
        <translation>Бұл %1 (%2) қызметкерінің жұмыс орны. Оны тек осы қызметкердің құпиясөзі ашады; басқа адам алдымен оның сеансын аяқтайды.</translation>
    </message>
</context>
<context>
    <name>Kezek::MainWindow</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Kezek — window %1</source>
        <translation>Kezek — %1-терезе</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>The database file at %1 was replaced; Kezek opened the one there now.</source>
        <translation>%1 жолындағы дерекқор файлы ауыстырылды; Kezek қазір сол жерде тұрған файлды ашты.</translation>
    </message>
    <message>
        <source>No connection to the database since %1. %2 Actions are refused until it is back; nothing you typed is lost.</source>
        <translation>%1 уақытынан бастап дерекқормен қосылым жоқ. %2 Қосылым қалпына келгенше әрекеттер орындалмайды; енгізген деректеріңіз жоғалмайды.</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Дерекқормен қосылым қалпына келді.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>Kezek::OperatorConsole</name>
    <message>
        <source>%1 is called to window %2.</source>
        <translation>%1 %2-терезеге шақырылды.</translation>
    </message>
    <message>
        <source>%1 is called again (call %2 of %3).</source>
        <translation>%1 қайта шақырылды (шақыру %2/%3).</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>%1 қызмет көрсетілуде.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is finished: %n service(s) recorded.</source>
        <translation>
            <numerusform>%1 аяқталды: %n қызмет тіркелді.</numerusform>
            <numerusform>%1 аяқталды: %n қызмет тіркелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as a no-show.</source>
        <translation>%1 келмеді деп белгіленді.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 %2 уақытынан бастап қайта күтуде.</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 %2-терезеге бағытталды.</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 «%2» қызметіне бағытталды.</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>%1-терезе уақытша тоқтатылды: %2.</translation>
    </message>
    <message>
        <source>Window %1 is open again.</source>
        <translation>%1-терезе қайта ашылды.</translation>
    </message>
    <message>
        <source>The window is not open. Resume it to call citizens.</source>
        <translation>Терезе ашық емес. Азаматтарды шақыру үшін жұмысты жалғастырыңыз.</translation>
    </message>
    <message>
        <source>The window is free. Call the next citizen (%1).</source>
        <translation>Терезе бос. Келесі азаматты шақырыңыз (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>window state and pause reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Window %1 · %2 · %3</source>
        <translation>%1-терезе · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>recall button: calls made of the most allowed</comment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>people in this window&apos;s queue</comment>
        <translation>
            <numerusform>%n адам күтуде</numerusform>
            <numerusform>%n адам күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>ешкім күтпейді</translation>
    </message>
    <message>
        <source>longest wait %1 — over target</source>
        <translation>ең ұзақ күту %1 — межеден асты</translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation>ең ұзақ күту %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>Nobody else waits.</source>
        <translation>Басқа ешкім күтпейді.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not come after %n call(s): record the no-show and call the next citizen</source>
        <translation>
            <numerusform>%1 %n рет шақырылғаннан кейін келмеді: келмегенін белгілеп, келесі азаматты шақыру</numerusform>
            <numerusform>%1 %n рет шақырылғаннан кейін келмеді: келмегенін белгілеп, келесі азаматты шақыру</numerusform>
        </translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Нөмір бойынша шақыру</translation>
    </message>
    <message>
        <source>Ticket number (such as A017):</source>
        <translation>Талон нөмірі (мысалы, A017):</translation>
    </message>
    <message>
        <source>Serving %1, who was at the desk (no call on the hall display).</source>
        <translation>%1 қызмет көрсетілуде: азамат терезе алдында болды (таблоға шақырусыз).</translation>
    </message>
    <message>
        <source>Serve by number at the desk</source>
        <translation>Терезе алдында нөмір бойынша қызмет көрсету</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 жойылды: %2.</translation>
    </message>
    <message>
        <source>%1 · called %2 ago</source>
        <comment>calls made of the most allowed, time since the last call</comment>
        <translation>%1 · %2 бұрын шақырылды</translation>
    </message>
</context>
<context>
    <name>Kezek::PostponeDialog</name>
    <message>
        <source>When does %1 come back? The ticket keeps its number and waits again from that time.</source>
        <translation>%1 қашан оралады? Талон нөмірі сақталады және сол уақыттан бастап қайта кезекке тұрады.</translation>
    </message>
</context>
<context>
    <name>Kezek::QueueModel</name>
    <message>
        <source>back from postponement</source>
        <translation>кейінге қалдырудан оралды</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>бағытталған</translation>
    </message>
    <message>
        <source>booked %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>брондау %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <comment>queue reason; %1 is the priority category</comment>
        <translation>кезексіз: %1</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>ерте брондау %1</translation>
    </message>
    <message>
        <source>late for booking %1: walk-in</source>
        <comment>queue reason</comment>
        <translation>брондауға кешікті (%1): тірі кезек</translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>queue reason</comment>
        <translation>тірі кезек</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Why here</source>
        <comment>queue column: the reason for the ticket&apos;s place</comment>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>queue column: time waited so far</comment>
        <translation>Күтуде</translation>
    </message>
</context>
<context>
    <name>Kezek::ReceptionWidget</name>
    <message>
        <source>%1 of %2 inside</source>
        <translation>Залда %1 / %2 адам</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Әзірге талон берілген жоқ.</translation>
    </message>
    <message>
        <source>Issued at %1</source>
        <translation>Берілді: %1</translation>
    </message>
    <message>
        <source>Booked slot %1</source>
        <translation>Брондау уақыты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead</source>
        <translation>
            <numerusform>Алда %n адам</numerusform>
            <numerusform>Алда %n адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n min</source>
        <translation>
            <numerusform>Күтілетін уақыт: шамамен %n мин</numerusform>
            <numerusform>Күтілетін уақыт: шамамен %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>No window serving this service is open: no estimate.</source>
        <translation>Бұл қызметті көрсететін ашық терезе жоқ: уақытты болжау мүмкін емес.</translation>
    </message>
    <message>
        <source>The ticket could not be printed on %1.</source>
        <translation>Талонды %1 принтерінде басып шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>Талонды басып шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation>Тірі кезек талоны</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Келгенін тіркеу</translation>
    </message>
    <message>
        <source>On-site booking</source>
        <translation>Орнында брондау</translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation>Брондауларды импорттау</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Тіркеу орны</translation>
    </message>
    <message>
        <source>Ticket %1 was not printed: no printer is set up. Write the number down for the citizen, or use &quot;Print ticket…&quot; to save a PDF.</source>
        <translation>%1 талоны басылмады: принтер бапталмаған. Нөмірді азаматқа жазып беріңіз немесе «Талонды басып шығару…» арқылы PDF сақтаңыз.</translation>
    </message>
    <message>
        <source>Cancel a ticket</source>
        <translation>Талонды жою</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 жойылды: %2.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>Талонды &amp;жою…</translation>
    </message>
</context>
<context>
    <name>Kezek::ServedServicesModel</name>
    <message>
        <source>Served service</source>
        <translation>Көрсетілген қызмет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: may be booked</source>
        <translation>%1: брондауға болады</translation>
    </message>
    <message>
        <source>%1: walk-in only, cannot be booked</source>
        <translation>%1: тек тірі кезек, брондауға болмайды</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceTotalsModel</name>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>number of people waiting</comment>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ең ұзақ күту</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>No window (reception, supervisor)</source>
        <translation>Терезесіз (қабылдау, супервайзер)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>Choose the window you work at.</source>
        <translation>Жұмыс істейтін терезеңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Логиніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose your own password to sign in.</source>
        <translation>Кіру үшін өз құпиясөзіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 — түнгі тапсырмалар тіркелгісі: ол пультте емес, kezekctl арқылы жұмыс істейді.</translation>
    </message>
</context>
<context>
    <name>Kezek::SlotModel</name>
    <message>
        <source>over</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>full</source>
        <translation>толы</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Брондалған</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
</context>
<context>
    <name>Kezek::SupervisorDashboard</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Adding up the days of the period…</source>
        <translation>Кезеңнің күндері есептелуде…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation>%1 мин ішінде</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n келмеді)</numerusform>
            <numerusform>%1 (%n келмеді)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Served by channel: %1</source>
        <translation>Арналар бойынша қызмет көрсетілгендер: %1</translation>
    </message>
    <message>
        <source>Live: today so far, updated %1</source>
        <translation>Нақты уақытта: бүгін осы сәтке дейін, жаңартылды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with tickets in the period</source>
        <translation>
            <numerusform>Кезеңде талондар болған %n күн</numerusform>
            <numerusform>Кезеңде талондар болған %n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n earlier day(s) of the same weekday; %1 of bookings come; service takes %2 on average. Most windows needed: %3 at %4:00. Hours short of windows: %5.</source>
        <translation>
            <numerusform>Аптаның осы күніне сәйкес келетін бұрынғы %n күн негізінде; брондаулардың %1 келеді; қызмет орта есеппен %2 алады. Ең көп қажет терезе: %4:00-де %3. Терезе жетіспейтін сағаттар: %5.</numerusform>
            <numerusform>Аптаның осы күніне сәйкес келетін бұрынғы %n күн негізінде; брондаулардың %1 келеді; қызмет орта есеппен %2 алады. Ең көп қажет терезе: %4:00-де %3. Терезе жетіспейтін сағаттар: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF экспорттау</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 файлына экспортталды.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <source>No windows are needed: %1.</source>
        <translation>Терезе қажет емес: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::TransferDialog</name>
    <message>
        <source>Where does %1 go? The ticket keeps its number and goes to the front of that queue.</source>
        <translation>%1 қайда барады? Талон нөмірі сақталады және сол кезектің басына тұрады.</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>window and its state</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kezek::WalkInPanel</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>шамамен %n мин</numerusform>
            <numerusform>шамамен %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>No (regular queue)</source>
        <translation>Жоқ (жалпы кезек)</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>%1 талоны берілді.</translation>
    </message>
    <message numerus="yes">
        <source>The next free slot is %1 (%n place(s) left).</source>
        <translation>
            <numerusform>Келесі бос уақыт — %1 (%n орын қалды).</numerusform>
            <numerusform>Келесі бос уақыт — %1 (%n орын қалды).</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1 for this citizen</source>
        <translation>Осы азаматты %1 уақытына брондау</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>This console is locked</source>
        <translation>Жұмыс орны бұғатталған</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Талон</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Терезе</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Құпиясөзімді &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
        <translation>Жұмыс орнын &amp;бұғаттау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Kezek</source>
        <translation>&amp;Кезек туралы</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>called</source>
        <translation>шақырылды</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>қызмет көрсетілуде</translation>
    </message>
    <message>
        <source>served</source>
        <translation>қызмет көрсетілді</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>келмеді</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>бағытталған</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>кейінге қалдырылды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>egov.kz</source>
        <translation>egov.kz</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>1414</source>
        <translation>1414</translation>
    </message>
    <message>
        <source>booked on site</source>
        <translation>орнында брондалған</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>тірі кезек</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>қайта бағытталды</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>уақытша тоқтатылған</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <source>break</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation>дезинфекция</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>техникалық ақау</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>қабылдау</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>супервайзер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>booking only</source>
        <translation>тек брондау бойынша</translation>
    </message>
    <message>
        <source>bookings and walk-ins</source>
        <translation>брондау және тірі кезек</translation>
    </message>
    <message>
        <source>night jobs</source>
        <translation>түнгі тапсырмалар</translation>
    </message>
    <message>
        <source>the citizen left</source>
        <translation>азамат кетіп қалды</translation>
    </message>
    <message>
        <source>issued by mistake</source>
        <translation>қателікпен берілді</translation>
    </message>
</context>
<context>
    <name>OpeningHoursTable</name>
    <message>
        <source>setting the opening hours</source>
        <translation>жұмыс уақытын жазу</translation>
    </message>
    <message>
        <source>setting the closed days</source>
        <translation>жұмыс істемейтін күндерді жазу</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <source>Source:</source>
        <translation>Көзі:</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Брондау уақыты:</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Кезексіз:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Шақырулар:</translation>
    </message>
    <message>
        <source>Waited:</source>
        <translation>Күтті:</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>Қызмет уақыты:</translation>
    </message>
    <message>
        <source>This window&apos;s queue, in call order:</source>
        <translation>Осы терезенің кезегі, шақыру ретімен:</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Келесі азаматты шақыру</translation>
    </message>
    <message>
        <source>Call the next citizen of this window&apos;s queue to the window</source>
        <translation>Осы терезе кезегіндегі келесі азаматты терезеге шақыру</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Қайта шақыру</translation>
    </message>
    <message>
        <source>Repeat the call on the hall display</source>
        <translation>Шақыруды зал таблосында қайталау</translation>
    </message>
    <message>
        <source>Citizen &amp;arrived</source>
        <translation>Азамат ке&amp;лді</translation>
    </message>
    <message>
        <source>The citizen is at the window: start serving</source>
        <translation>Азамат терезеде: қызмет көрсетуді бастау</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Аяқтау…</translation>
    </message>
    <message>
        <source>Record the served services and free the window</source>
        <translation>Көрсетілген қызметтерді тіркеп, терезені босату</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>Кел&amp;меді</translation>
    </message>
    <message>
        <source>The citizen did not come after the last call</source>
        <translation>Азамат соңғы шақырудан кейін келмеді</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>Ке&amp;йінге қалдыру…</translation>
    </message>
    <message>
        <source>The citizen comes back later today, e.g. with a missing document</source>
        <translation>Азамат бүгін кейінірек оралады, мысалы, жетіспейтін құжатпен</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Бағыттау…</translation>
    </message>
    <message>
        <source>Send the citizen to another window or service</source>
        <translation>Азаматты басқа терезеге немесе қызметке бағыттау</translation>
    </message>
    <message>
        <source>Pa&amp;use window…</source>
        <translation>Терезені &amp;тоқтата тұру…</translation>
    </message>
    <message>
        <source>Pause this window with a reason</source>
        <translation>Осы терезені себебін көрсетіп тоқтата тұру</translation>
    </message>
    <message>
        <source>Re&amp;sume window</source>
        <translation>Терезені &amp;жалғастыру</translation>
    </message>
    <message>
        <source>Open this window again</source>
        <translation>Осы терезені қайта ашу</translation>
    </message>
    <message>
        <source>Call &amp;this citizen</source>
        <translation>Осы &amp;азаматты шақыру</translation>
    </message>
    <message>
        <source>Call the citizen chosen in the queue, out of turn (Enter or a double click on the row)</source>
        <translation>Кезекте таңдалған азаматты кезектен тыс шақыру (Enter немесе жолды екі рет басу)</translation>
    </message>
    <message>
        <source>Call by n&amp;umber…</source>
        <translation>&amp;Нөмір бойынша шақыру…</translation>
    </message>
    <message>
        <source>Call a ticket of this window&apos;s queue by its number, such as A017</source>
        <translation>Осы терезе кезегіндегі талонды нөмірі бойынша шақыру, мысалы A017</translation>
    </message>
    <message>
        <source>&amp;Serve this citizen now</source>
        <translation>Бұл азаматқа қазір &amp;қызмет көрсету</translation>
    </message>
    <message>
        <source>The citizen chosen in the queue is at the desk already: serve them without a call</source>
        <translation>Кезектен таңдалған азамат терезе алдында тұр: шақырусыз қызмет көрсету</translation>
    </message>
    <message>
        <source>Serve by number &amp;at the desk…</source>
        <translation>Терезе алдында нөмір &amp;бойынша…</translation>
    </message>
    <message>
        <source>The citizen with this ticket is at the desk already: serve them without a call</source>
        <translation>Осы талоны бар азамат терезе алдында тұр: шақырусыз қызмет көрсету</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the ticket…</source>
        <translation>Талонды &amp;жою…</translation>
    </message>
    <message>
        <source>The called citizen leaves, or the ticket was issued by mistake: cancel it with the reason</source>
        <translation>Шақырылған азамат кетеді немесе талон қателікпен берілді: себебін көрсетіп жою</translation>
    </message>
</context>
<context>
    <name>OperatorDay</name>
    <message>
        <source>reading your figures of today</source>
        <translation>бүгінгі көрсеткіштеріңізді оқу кезінде</translation>
    </message>
    <message>
        <source>Served today: none yet</source>
        <translation>Бүгін қызмет көрсетілді: әзірге ешкім</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2 — over the norm of %3</source>
        <translation>Бүгін қызмет көрсетілді: %1 · менің орташам %2 — %3 нормасынан артық</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2, within the norm of %3</source>
        <translation>Бүгін қызмет көрсетілді: %1 · менің орташам %2, %3 нормасы шегінде</translation>
    </message>
</context>
<context>
    <name>PasswordFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>%1 may be read by others, so it cannot hold a password; make it yours alone (chmod 600 %1)</source>
        <translation>%1 файлын басқалар оқи алады, сондықтан онда құпиясөз сақтауға болмайды; оны тек өзіңіздікі етіңіз (chmod 600 %1)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line</source>
        <translation>%1 бірінші жолында құпиясөз жоқ</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>the password library could not start</source>
        <translation>құпиясөз кітапханасы іске қосылмады</translation>
    </message>
    <message>
        <source>not enough memory to protect the password (Argon2id needs 64 MiB)</source>
        <translation>құпиясөзді қорғауға жад жетпейді (Argon2id үшін 64 МиБ қажет)</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation>Құпиясөз бос орынмен басталмауы не аяқталмауы керек.</translation>
    </message>
    <message>
        <source>A password may not be the login.</source>
        <translation>Құпиясөз логинмен бірдей болмауы керек.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the window</source>
        <translation>Терезені тоқтата тұру</translation>
    </message>
    <message>
        <source>Why does the window pause? The hall sees the window as paused until you resume.</source>
        <translation>Терезе неге тоқтатылады? Жұмысты жалғастырғанша залда терезе тоқтатылған болып көрінеді.</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>Ү&amp;зіліс</translation>
    </message>
    <message>
        <source>&amp;Disinfection</source>
        <translation>&amp;Дезинфекция</translation>
    </message>
    <message>
        <source>&amp;Technical problem</source>
        <translation>&amp;Техникалық ақау</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone &quot;%1&quot; is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)</source>
        <translation>«%1» телефоны қазақстандық ұялы нөмір емес (+7 70x немесе 77x және тағы 7 цифр)</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the ticket</source>
        <translation>Талонды кейінге қалдыру</translation>
    </message>
    <message>
        <source>&amp;Return at:</source>
        <translation>&amp;Оралу уақыты:</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 мин</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 мин</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 сағат</translation>
    </message>
</context>
<context>
    <name>ProgramVersion</name>
    <message>
        <source>Copyright (C) 2026 The Kezek developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Copyright (C) 2026 Кезек әзірлеушілері.
Лицензия GPL-3.0-or-later: GNU GPL 3-нұсқасы немесе кейінгі нұсқасы &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
Бұл еркін бағдарлама: оны өзгертуге және таратуға болады.
Заң рұқсат еткен шамада ЕШҚАНДАЙ КЕПІЛДІК берілмейді.</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>recording the event</source>
        <translation>оқиғаны жазу</translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation>%1 талонын сақтау</translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago.</source>
        <translation>%1 талонын жаңа ғана басқа біреу өзгертті.</translation>
    </message>
    <message>
        <source>%1 is at window %2, not at yours.</source>
        <translation>%1 сіздің терезеңізде емес, %2-терезеде.</translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation>%1 талонын беру</translation>
    </message>
    <message>
        <source>This center serves booked citizens only: book %1 into the next free slot instead.</source>
        <translation>Бұл орталық тек алдын ала брондалған азаматтарға қызмет көрсетеді: оның орнына %1 қызметіне келесі бос уақытқа брондаңыз.</translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation>брондау %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>%1 іздеу</translation>
    </message>
    <message>
        <source>No booking for today was found for %1 (or it is already checked in).</source>
        <translation>%1 бойынша бүгінге брондау табылмады (немесе ол тіркеліп қойған).</translation>
    </message>
    <message>
        <source>%1 is already checked in: ticket %2.</source>
        <translation>%1 бойынша келу тіркеліп қойған: %2 талоны.</translation>
    </message>
    <message>
        <source>The code %1 belongs to bookings of more than one channel; check in by IIN.</source>
        <translation>%1 коды бірнеше арнаның брондауларына тиесілі; ЖСН бойынша тіркеңіз.</translation>
    </message>
    <message>
        <source>checking in %1</source>
        <translation>%1 бойынша келуді тіркеу</translation>
    </message>
    <message>
        <source>%1 was checked in by another desk a moment ago.</source>
        <translation>%1 бойынша келуді жаңа ғана басқа үстел тіркеді.</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>уақытша тоқтатылған (%1)</translation>
    </message>
    <message>
        <source>Window %1 is %2; resume it before calling.</source>
        <translation>%1-терезе қазір %2; шақыру алдында жұмысты жалғастырыңыз.</translation>
    </message>
    <message>
        <source>Window %1 still has %2 (%3); finish it first.</source>
        <translation>%1-терезеде әлі %2 (%3) талоны бар; алдымен соны аяқтаңыз.</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>%1-терезеге ешкім күтпейді.</translation>
    </message>
    <message>
        <source>updating window %1</source>
        <translation>%1-терезені жаңарту</translation>
    </message>
    <message>
        <source>%1 has been called %2 times, the limit; mark a no-show instead.</source>
        <translation>%1 %2 рет шақырылды, бұл шекті сан; оның орнына «келмеді» деп белгілеңіз.</translation>
    </message>
    <message>
        <source>%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).</source>
        <translation>%1 %2 с бұрын шақырылды; шақырулар арасы кемінде %3 с болуы керек (%4 с күтіңіз).</translation>
    </message>
    <message>
        <source>Choose at least one served service before finishing.</source>
        <translation>Аяқтау алдында кемінде бір көрсетілген қызметті таңдаңыз.</translation>
    </message>
    <message>
        <source>recording the served services of %1</source>
        <translation>%1 талонының көрсетілген қызметтерін жазу</translation>
    </message>
    <message>
        <source>%1 was called %2 of %3 times; call again before marking a no-show.</source>
        <translation>%1 %2 рет шақырылды (ең көбі %3 рет); «келмеді» деп белгілеу алдында қайта шақырыңыз.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 уақытына дейін</translation>
    </message>
    <message>
        <source>The return time must be later than now.</source>
        <translation>Оралу уақыты қазіргі уақыттан кеш болуы керек.</translation>
    </message>
    <message>
        <source>The return time must be today before closing.</source>
        <translation>Оралу уақыты бүгін, жұмыс аяқталғанға дейін болуы керек.</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 қазірдің өзінде %2-терезеде.</translation>
    </message>
    <message>
        <source>recording the state of window %1</source>
        <translation>%1-терезенің күйін жазу</translation>
    </message>
    <message>
        <source>Choose a reason for the pause.</source>
        <translation>Тоқтату себебін таңдаңыз.</translation>
    </message>
    <message>
        <source>Window %1 has %2; finish or transfer it first.</source>
        <translation>%1-терезеде %2 талоны бар; алдымен оны аяқтаңыз немесе бағыттаңыз.</translation>
    </message>
    <message>
        <source>changing the state of window %1</source>
        <translation>%1-терезенің күйін өзгерту</translation>
    </message>
    <message>
        <source>signing in at window %1</source>
        <translation>%1-терезеде жүйеге кіру</translation>
    </message>
    <message>
        <source>Window %1 is closed; transfer to an open window or to a service.</source>
        <translation>%1-терезе жабық; ашық терезеге немесе қызметке бағыттаңыз.</translation>
    </message>
    <message>
        <source>%1 is already for %2; choose another service or a window.</source>
        <translation>%1 қазірдің өзінде %2 қызметіне арналған; басқа қызметті немесе терезені таңдаңыз.</translation>
    </message>
    <message>
        <source>not called before closing</source>
        <translation>жұмыс аяқталғанға дейін шақырылмады</translation>
    </message>
    <message>
        <source>closing out earlier days</source>
        <translation>өткен күндерді жабу</translation>
    </message>
    <message>
        <source>closed out at the end of the day: left at the window</source>
        <translation>күн соңында жабылды: талон терезеде қалды</translation>
    </message>
    <message>
        <source>issuing ticket %1 returned no id.</source>
        <translation>%1 талонын беру идентификатор қайтармады.</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it.</source>
        <translation>%1 қызметі алынып тасталған: орталық оны енді көрсетпейді.</translation>
    </message>
    <message>
        <source>the out-of-turn category %1 is switched off</source>
        <translation>%1 кезексіз қызмет көрсету санаты өшірілген</translation>
    </message>
    <message>
        <source>checked in: %1</source>
        <translation>тіркелді: %1</translation>
    </message>
    <message>
        <source>Sign in at window %1 first.</source>
        <translation>Алдымен %1-терезеде кіріңіз.</translation>
    </message>
    <message>
        <source>Window %1 is held by %2 (%3); a supervisor can release it.</source>
        <translation>%1-терезеде %2 (%3) отыр; оны супервайзер босата алады.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>You still have %1 at window %2; finish or transfer it before moving.</source>
        <translation>%2-терезеде әлі %1 бар; ауыспас бұрын аяқтаңыз немесе басқаға жіберіңіз.</translation>
    </message>
    <message>
        <source>Nobody holds window %1.</source>
        <translation>%1-терезе ешкімде емес.</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be called.</source>
        <translation>%1 күтіп тұрған жоқ (%2); тек күтудегі талонды шақыруға болады.</translation>
    </message>
    <message>
        <source>%1 is not in the queue of window %2: its service is served elsewhere.</source>
        <translation>%1 %2-терезенің кезегінде жоқ: оның қызметі басқа терезеде көрсетіледі.</translation>
    </message>
    <message>
        <source>chosen from the queue</source>
        <translation>кезектен таңдалды</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be served without a call.</source>
        <translation>%1 күтіп тұрған жоқ (%2); шақырусыз тек күтіп тұрған талонға қызмет көрсетуге болады.</translation>
    </message>
    <message>
        <source>served without a call: the citizen was at the desk</source>
        <translation>шақырусыз қызмет көрсетілді: азамат терезе алдында болды</translation>
    </message>
</context>
<context>
    <name>ReceptionWidget</name>
    <message>
        <source>Hall:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>The hall is full: ask citizens to wait outside or come back later.</source>
        <translation>Зал толы: азаматтардан сыртта күтуді немесе кейінірек келуді сұраңыз.</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Соңғы талон</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Әзірге талон берілген жоқ.</translation>
    </message>
    <message>
        <source>Print each ticket at once</source>
        <translation>Әр талонды бірден басып шығару</translation>
    </message>
    <message>
        <source>Print ticket…</source>
        <translation>Талонды басып шығару…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>Талонды &amp;жою…</translation>
    </message>
    <message>
        <source>A waiting citizen left, or a ticket was issued by mistake (Ctrl+Del)</source>
        <translation>Күтіп тұрған азамат кетіп қалды немесе талон қателікпен берілді (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>counting the tickets per day</source>
        <translation>күн сайынғы талондарды санау</translation>
    </message>
    <message>
        <source>finding the days still open</source>
        <translation>әлі жабылмаған күндерді табу</translation>
    </message>
    <message>
        <source>reading the stored figures</source>
        <translation>сақталған көрсеткіштерді оқу</translation>
    </message>
    <message>
        <source>clearing the stored figures of %1</source>
        <translation>%1 күнінің сақталған көрсеткіштерін тазалау</translation>
    </message>
    <message>
        <source>storing the figures of %1</source>
        <translation>%1 күнінің көрсеткіштерін сақтау</translation>
    </message>
    <message>
        <source>adding up the stored figures</source>
        <translation>сақталған көрсеткіштерді қосу</translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>Кезең соңғы күнінен кеш басталмауы керек.</translation>
    </message>
    <message>
        <source>Stopped before all the days were added up.</source>
        <translation>Барлық күндер есептелмей тұрып тоқтатылды.</translation>
    </message>
    <message>
        <source>counting the citizens waiting</source>
        <translation>күтіп отырған азаматтарды санау</translation>
    </message>
    <message>
        <source>service takes %1% of the norm</source>
        <translation>қызмет уақыты — норманың %1%</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1-терезе</translation>
    </message>
    <message>
        <source>mean wait over the target</source>
        <translation>орташа күту межеден асты</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1 (%n day(s) with tickets)</source>
        <translation>
            <numerusform>%1 көрсеткіштері (талондар болған %n күн)</numerusform>
            <numerusform>%1 көрсеткіштері (талондар болған %n күн)</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens served: %1; services served: %2; waiting now: %3</source>
        <translation>Қызмет көрсетілген азаматтар: %1; көрсетілген қызметтер: %2; қазір күтуде: %3</translation>
    </message>
    <message>
        <source>Wait: average %1, longest %2, within %3 min: %4</source>
        <translation>Күту: орташа %1, ең ұзақ %2, %3 мин ішінде: %4</translation>
    </message>
    <message>
        <source>Service time: average %1</source>
        <translation>Қызмет уақыты: орташа %1</translation>
    </message>
    <message>
        <source>Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)</source>
        <translation>Брондау бойынша қызмет көрсетілді: %1; тірі кезек: %2; келмегендер: %3 (%4)</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>Арналар бойынша: %1</translation>
    </message>
    <message>
        <source>  %1: served %2, services %3, service %4 (norm %5), idle %6%7</source>
        <translation>  %1: қызмет көрсетілді %2, қызметтер %3, қызмет уақыты %4 (норма %5), бос тұру %6%7</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Терезелер бойынша</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Операторлар бойынша</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Қызметтер бойынша</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Сағаттар бойынша</translation>
    </message>
    <message>
        <source>  %1  arrivals %2, served %3, waiting %4, average wait %5%6</source>
        <translation>  %1  келгендер %2, қызмет көрсетілді %3, күтуде %4, орташа күту %5%6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Супервайзер есебі</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <source>Figures taken %1</source>
        <translation>Көрсеткіштер алынған уақыт: %1</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Қызмет көрсетілген азаматтар</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Қазір күтуде</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Орташа күту</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ең ұзақ күту</translation>
    </message>
    <message>
        <source>Waits within %1 min</source>
        <translation>%1 мин ішінде күткендер</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Орташа қызмет</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Брондау бойынша қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Тірі кезек</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Served by channel:</source>
        <translation>Арналар бойынша қызмет көрсетілгендер:</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Сағаттар бойынша</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Терезелер бойынша</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Операторлар бойынша</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Қызметтер бойынша</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Сағаттар бойынша</translation>
    </message>
    <message>
        <source>Marked rows: service over 125% of the norm, or an hour whose average wait is over the target.</source>
        <translation>Белгіленген жолдар: қызмет уақыты норманың 125%-ынан асқан немесе орташа күту межеден асқан сағат.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 жазылмады.</translation>
    </message>
</context>
<context>
    <name>ReportSpreadsheet</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Талондар болған күндер</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Қызмет көрсетілген азаматтар</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Қазір күтуде</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Орташа күту, мин</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Ең ұзақ күту, мин</translation>
    </message>
    <message>
        <source>Waits within %1 min, %</source>
        <translation>%1 минутқа дейін күту, %</translation>
    </message>
    <message>
        <source>Average service, min</source>
        <translation>Орташа қызмет, мин</translation>
    </message>
    <message>
        <source>Served by booking, %</source>
        <translation>Жазылу бойынша қызмет көрсетілді, %</translation>
    </message>
    <message>
        <source>Walk-in tickets</source>
        <translation>Тірі кезек талондары</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келмегендер</translation>
    </message>
    <message>
        <source>No-show rate, %</source>
        <translation>Келмегендер үлесі, %</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Келгендер</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Жазылулар</translation>
    </message>
    <message>
        <source>Bookings not come</source>
        <translation>Жазылып келмегендер</translation>
    </message>
    <message>
        <source>Windows idle while citizens waited, min</source>
        <translation>Кезек бола тұра терезелердің бос тұруы, мин</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Share of served, %</source>
        <translation>Қызмет көрсетілгендер үлесі, %</translation>
    </message>
    <message>
        <source>%1, min</source>
        <translation>%1, мин</translation>
    </message>
    <message>
        <source>%1, %</source>
        <translation>%1, %</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>PATH|URL</source>
        <translation>PATH|URL</translation>
    </message>
    <message>
        <source>Run as if the clock said TIME (local, 2020-05-18T10:05:00 or 2020-05-18T10:05).</source>
        <translation>Сағат TIME уақытын көрсетіп тұрғандай орындау (жергілікті, 2020-05-18T10:05:00 немесе 2020-05-18T10:05).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Print one compact JSON object per result.</source>
        <translation>Әр нәтижеге бір ықшам JSON нысанын шығару.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Командалар:</translation>
    </message>
    <message>
        <source>Kezek queue console from the shell: scripts, night jobs and tests.</source>
        <translation>Kezek кезек консолі командалық жолдан: скрипттер, түнгі тапсырмалар және тесттер.</translation>
    </message>
    <message>
        <source>The command to run (listed below).</source>
        <translation>Орындалатын команда (төменде тізімделген).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда берілмеді.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; &quot;kezekctl --help&quot; lists the commands.</source>
        <translation>«%1» деген белгісіз команда; командалар тізімі: «kezekctl --help».</translation>
    </message>
    <message>
        <source>%1: %2 (see &quot;kezekctl %1 --help&quot;).</source>
        <translation>%1: %2 («kezekctl %1 --help» қараңыз).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times (%3); give it once.</source>
        <translation>--%1 %2 рет берілген (%3); оны бір рет қана беріңіз.</translation>
    </message>
    <message>
        <source>--%1 is given twice (&quot;%2&quot; before %3 and &quot;%4&quot; after it); give it once.</source>
        <translation>--%1 екі рет берілген (%3 алдында «%2» және одан кейін «%4»); оны бір рет қана беріңіз.</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a local time; write 2020-05-18T10:05:00 or 2020-05-18T10:05, in the years %2 to %3.</source>
        <translation>--at: «%1» жергілікті уақыт ретінде оқылмайды; 2020-05-18T10:05:00 немесе 2020-05-18T10:05 түрінде, %2–%3 жылдар аралығында жазыңыз.</translation>
    </message>
    <message>
        <source>Note: the database file %1 was replaced while this command ran; it worked on the file there now.</source>
        <translation>Ескертпе: команда орындалып жатқанда %1 дерекқор файлы ауыстырылды; команда қазір сол жерде тұрған файлмен жұмыс істеді.</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or a PostgreSQL server as a postgresql:// URL or service=NAME, without a password (default: KEZEK_DB, else the desktop app&apos;s file).</source>
        <translation>Дерекқор: SQLite файлы немесе postgresql:// мекенжайы не service=АТАУ түріндегі PostgreSQL сервері, құпиясөзсіз (әдепкі: KEZEK_DB, болмаса жұмыс үстелі қолданбасының файлы).</translation>
    </message>
    <message>
        <source>Act as this account: the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names. Commands that change the queue, import, export or simulate need it; the role decides what is allowed.</source>
        <translation>Осы тіркелгі атынан әрекет ету: құпиясөз терминалда сұралады немесе KEZEK_PASSWORD_FILE көрсеткен файлдан оқылады. Кезекті өзгертетін, жүктейтін, экспорттайтын немесе модельдейтін командаларға керек; не рұқсат екенін рөл шешеді.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 құпиясөзі: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>құпиясөз енгізілмеді</translation>
    </message>
    <message>
        <source>--as %1 needs the password: type it at a terminal, or name a file holding it with KEZEK_PASSWORD_FILE.</source>
        <translation>--as %1 үшін құпиясөз керек: оны терминалда енгізіңіз немесе KEZEK_PASSWORD_FILE арқылы файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once at a Kezek console to choose one&apos;s own, or have an administrator set a permanent one (kezekctl staff passwd --permanent).</source>
        <translation>%1 құпиясөзі уақытша: өзіңізгісін таңдау үшін Kezek пультіне бір рет кіріңіз немесе әкімшіден тұрақтысын қойдыртыңыз (kezekctl staff passwd --permanent).</translation>
    </message>
    <message>
        <source>%1 acts as a person: say who with --as LOGIN (the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names).</source>
        <translation>%1 адам атынан орындалады: кім екенін --as ЛОГИН арқылы көрсетіңіз (құпиясөз терминалда сұралады немесе KEZEK_PASSWORD_FILE көрсеткен файлдан оқылады).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Нұсқа мен лицензияны көрсету.</translation>
    </message>
    <message>
        <source>Run &quot;kezekctl COMMAND --help&quot; for a command&apos;s options.

Environment:
  KEZEK_DB             The database when --db is not given (default: the desktop app&apos;s file, ~/.local/share/Kezek/kezek.sqlite).
  KEZEK_PASSWORD_FILE  A file holding the password of --as LOGIN, for scripts and night jobs.
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG  The language of the messages: Kazakh, Russian or English.
  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center&apos;s server is reached (docs/DEPLOY.md).

Exit status:
  0  Done.
  1  Done in part (e.g. some import rows rejected).
  2  Unusable input or database, or a step the account&apos;s role does not allow (the reason is printed).
  3  Nothing to do (no one waiting).</source>
        <translation>Команданың параметрлері: &quot;kezekctl КОМАНДА --help&quot;.

Орта айнымалылары:
  KEZEK_DB             --db берілмегенде дерекқор (әдепкі бойынша жұмыс үстелі бағдарламасының файлы, ~/.local/share/Kezek/kezek.sqlite).
  KEZEK_PASSWORD_FILE  --as ЛОГИН құпия сөзі бар файл: сценарийлер мен түнгі тапсырмалар үшін.
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG  Хабарламалар тілі: қазақ, орыс немесе ағылшын.
  PGSERVICEFILE, PGPASSFILE және libpq-тің басқа айнымалылары  Орталық серверіне қалай қосылу (docs/DEPLOY.md).

Аяқталу коды:
  0  Орындалды.
  1  Ішінара орындалды (мысалы, импорттың кейбір жолдары қабылданбады).
  2  Жарамсыз кіріс деректері немесе дерекқор, не тіркелгінің рөлі рұқсат етпейтін қадам (себебі жазылады).
  3  Істейтін ештеңе жоқ (ешкім күтіп тұрған жоқ).</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>out of memory</source>
        <translation>жад жеткіліксіз</translation>
    </message>
    <message>
        <source>The server address is not valid: %1.</source>
        <translation>Сервер мекенжайы жарамсыз: %1.</translation>
    </message>
    <message>
        <source>The server address contains a password. Remove it from the address: Kezek takes the password from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD (docs/DEPLOY.md).</source>
        <translation>Сервер мекенжайында құпиясөз бар. Оны мекенжайдан алып тастаңыз: Kezek құпиясөзді ~/.pgpass файлынан, PGPASSFILE көрсеткен файлдан немесе PGPASSWORD айнымалысынан алады (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>The server address is not valid: the value of &quot;%1&quot; contains &quot;;&quot;.</source>
        <translation>Сервер мекенжайы жарамсыз: &quot;%1&quot; мәнінде &quot;;&quot; бар.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>%1 қызметі</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: орталық серверіне қосылу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>looking for the server logins</source>
        <translation>серверге кірулерді іздеу кезінде</translation>
    </message>
    <message>
        <source>reading the database&apos;s name</source>
        <translation>дерекқор атауын оқу кезінде</translation>
    </message>
    <message>
        <source>The server did not say the database&apos;s name.</source>
        <translation>Сервер дерекқор атауын айтпады.</translation>
    </message>
    <message>
        <source>giving %1 the password on the server</source>
        <translation>серверде %1 құпиясөзін орнату кезінде</translation>
    </message>
    <message>
        <source>Server logins are for a center&apos;s PostgreSQL server; an SQLite file is guarded by its file permissions (docs/ROLES.md).</source>
        <translation>Серверге кірулер орталықтың PostgreSQL серверіне арналған; SQLite файлын файлға рұқсаттар қорғайды (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server role name Kezek can use: small Latin letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>«%1» Kezek қолдана алатын сервер рөлінің атауы емес: кіші латын әріптері, сандар, «_», «.» және «-».</translation>
    </message>
    <message>
        <source>reading who is connected</source>
        <translation>кім қосылғанын анықтау кезінде</translation>
    </message>
    <message>
        <source>Server logins are enabled by the database&apos;s owner (%1), and it needs CREATEROLE; this connection is %2.</source>
        <translation>Серверге кірулерді дерекқор иесі (%1) қосады, оған CREATEROLE керек; бұл қосылым — %2.</translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; cannot prefix server roles: use up to 30 small Latin letters, digits and &apos;_&apos;.</source>
        <translation>«%1» дерекқор атауы сервер рөлдерінің алдыңғы бөлігі бола алмайды: 30-ға дейін кіші латын әріптері, сандар және «_».</translation>
    </message>
    <message>
        <source>enabling server logins</source>
        <translation>серверге кірулерді қосу кезінде</translation>
    </message>
    <message>
        <source>There is no server role &quot;%1&quot;: create the PCs&apos; account first (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</source>
        <translation>«%1» сервер рөлі жоқ: алдымен компьютерлер тіркелгісін жасаңыз (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>server logins</source>
        <translation>серверге кірулер</translation>
    </message>
    <message>
        <source>groups %1; PC accounts: %2</source>
        <translation>топтар %1; компьютерлер тіркелгілері: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>SetupModels</name>
    <message>
        <source>Letter</source>
        <translation>Әріп</translation>
    </message>
    <message>
        <source>Norm, min</source>
        <translation>Норма, мин</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name (kk)</source>
        <translation>Атауы (kk)</translation>
    </message>
    <message>
        <source>Name (ru)</source>
        <translation>Атауы (ru)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Атауы (en)</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Жазылу</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>none: give one once the change is applied</source>
        <translation>жоқ: өзгеріс қолданылғаннан кейін беріңіз</translation>
    </message>
    <message>
        <source>%1: not a service in use; untick it</source>
        <translation>%1: қолданыстағы қызмет емес; белгіні алып тастаңыз</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Kezek</source>
        <translation>Кіру — Kezek</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Терезе:</translation>
    </message>
    <message>
        <source>Sign in with your login and password, and choose your window.</source>
        <translation>Логиніңіз бен құпиясөзіңізбен кіріп, терезеңізді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>SlotGrid</name>
    <message>
        <source>slot %1 is outside the booking hours %2-%3</source>
        <translation>%1 уақыты брондау сағаттарынан (%2-%3) тыс</translation>
    </message>
    <message>
        <source>slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)</source>
        <translation>%1 уақыты %2 минуттық торға сәйкес келмейді (уақыттар: %3, %4, ...)</translation>
    </message>
</context>
<context>
    <name>SlotLedger</name>
    <message>
        <source>counting the bookings of a slot</source>
        <translation>уақыттың брондауларын санау</translation>
    </message>
    <message>
        <source>slot %1 for %2 is full (%3 of %4 places taken)</source>
        <translation>%2 қызметінің %1 уақыты толы (алынған орындар: %3 / %4)</translation>
    </message>
    <message>
        <source>counting the windows serving each service</source>
        <translation>әр қызметті көрсететін терезелерді санау</translation>
    </message>
    <message>
        <source>no window serves %1, so slot %2 has no places</source>
        <translation>%1 қызметін бірде-бір терезе көрсетпейді, сондықтан %2 уақытында орын жоқ</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>%1 қалтасын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database file: %2</source>
        <translation>%1: дерекқор файлын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: the database does not exist. Create it with &quot;kezekctl init&quot;.</source>
        <translation>%1: дерекқор жоқ. Оны «kezekctl init» арқылы жасаңыз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so the database cannot be created there.</source>
        <translation>%1: %2 қалтасы тек оқуға арналған, сондықтан онда дерекқор жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1: бұл дерекқор файлы емес, қалта.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Kezek needs to write to it; check the file&apos;s permissions. It was left untouched.</source>
        <translation>%1: дерекқор файлы тек оқуға арналған. Kezek оған жазуы керек; файлға рұқсаттарды тексеріңіз. Ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Kezek needs to create the files %3-wal and %3-shm beside the database; check the folder&apos;s permissions. The file was left untouched.</source>
        <translation>%1: %2 қалтасы тек оқуға арналған. Kezek дерекқордың жанында %3-wal және %3-shm файлдарын жасауы керек; қалтаға рұқсаттарды тексеріңіз. Файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: файл бос, Kezek дерекқоры емес. Дерекқорды «kezekctl init» арқылы жасаңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: the file is not a Kezek database or is damaged (no SQLite header). It was left untouched.</source>
        <translation>%1: файл Kezek дерекқоры емес немесе зақымдалған (SQLite тақырыбы жоқ). Ол өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>StaffingForecaster</name>
    <message>
        <source>Choose a day to forecast.</source>
        <translation>Болжам жасайтын күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>The service level must be between 0 and 1 (e.g. 0.8).</source>
        <translation>Қызмет деңгейі 0 мен 1 аралығында болуы керек (мысалы, 0.8).</translation>
    </message>
    <message>
        <source>reading the bookings of %1</source>
        <translation>%1 күнінің брондауларын оқу</translation>
    </message>
    <message>
        <source>reading which windows worked</source>
        <translation>қай терезелер жұмыс істегенін оқу</translation>
    </message>
</context>
<context>
    <name>SupervisorDashboard</name>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Бүгін осы сәтке дейін</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Басқа кезең</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Қызмет көрсетілген азаматтар</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Қазір күтуде</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Орташа күту</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ең ұзақ күту</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Межеде</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Орташа қызмет</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Брондау бойынша қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Тірі кезек</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Келмегендер үлесі</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Терезелер бойынша</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Операторлар бойынша</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Қызметтер бойынша</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Сағаттар бойынша</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Қызметкерлер санының болжамы</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>Болжам күні:</translation>
    </message>
    <message>
        <source>Call within the target:</source>
        <translation>Межеде шақыру:</translation>
    </message>
</context>
<context>
    <name>Talon</name>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation>Брондау уақыты</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>Алда адам</translation>
    </message>
    <message>
        <source>about %n min</source>
        <translation>шамамен %n мин</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Күтілетін уақыт</translation>
    </message>
    <message>
        <source>Watch the hall display for your number.</source>
        <translation>Нөміріңізді зал таблосынан қадағалаңыз.</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>transferred to this window</source>
        <translation>осы терезеге бағытталған</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>бағытталған</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>брондау %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <translation>кезексіз: %1</translation>
    </message>
    <message>
        <source>walk-in (late for booking %1)</source>
        <translation>тірі кезек (брондауға кешікті: %1)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>тірі кезек</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <translation>ерте брондау %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4</source>
        <translation>%1 (%2, %3), %4</translation>
    </message>
    <message>
        <source>, window %1</source>
        <translation>, %1-терезе</translation>
    </message>
</context>
<context>
    <name>TicketLifecycle</name>
    <message>
        <source>%1 cannot be called: it is %2, not waiting.</source>
        <translation>%1 шақырылмайды: оның күйі — %2, күтуде емес.</translation>
    </message>
    <message>
        <source>%1 cannot be called again: it is %2; only a called ticket can be recalled.</source>
        <translation>%1 қайта шақырылмайды: оның күйі — %2; тек шақырылған талонды қайта шақыруға болады.</translation>
    </message>
    <message>
        <source>%1 cannot start being served: it is %2; call it first.</source>
        <translation>%1 бойынша қызмет көрсетуді бастау мүмкін емес: оның күйі — %2; алдымен шақырыңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be marked as a no-show: it is %2; only a called ticket can.</source>
        <translation>%1 «келмеді» деп белгіленбейді: оның күйі — %2; тек шақырылған талонды белгілеуге болады.</translation>
    </message>
    <message>
        <source>%1 cannot be finished: it is %2; start serving it first.</source>
        <translation>%1 аяқталмайды: оның күйі — %2; алдымен қызмет көрсетуді бастаңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be postponed: it is %2; only a called or served ticket can.</source>
        <translation>%1 кейінге қалдырылмайды: оның күйі — %2; тек шақырылған немесе қызмет көрсетілуде тұрған талонды қалдыруға болады.</translation>
    </message>
    <message>
        <source>%1 cannot be transferred: it is %2; only a called or served ticket can.</source>
        <translation>%1 бағытталмайды: оның күйі — %2; тек шақырылған немесе қызмет көрсетілуде тұрған талонды бағыттауға болады.</translation>
    </message>
    <message>
        <source>%1 is %2; this step is not possible.</source>
        <translation>%1 күйі — %2; бұл қадам мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled: it is %2; only a waiting or called ticket can.</source>
        <translation>%1 жою мүмкін емес: ол %2; тек күтіп тұрған немесе шақырылған талонды жоюға болады.</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading a ticket</source>
        <translation>талонды оқу</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>id %1 бар талон жоқ.</translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation>%1 талонын оқу</translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation>%2 күні %1 талоны жоқ.</translation>
    </message>
    <message>
        <source>reading the ticket at a window</source>
        <translation>терезедегі талонды оқу</translation>
    </message>
    <message>
        <source>reading the waiting tickets</source>
        <translation>күтудегі талондарды оқу</translation>
    </message>
    <message>
        <source>reading the queue of window %1</source>
        <translation>%1-терезенің кезегін оқу</translation>
    </message>
    <message>
        <source>reading today&apos;s tickets</source>
        <translation>бүгінгі талондарды оқу</translation>
    </message>
    <message>
        <source>reading changed tickets</source>
        <translation>өзгерген талондарды оқу</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation>Талонды бағыттау</translation>
    </message>
    <message>
        <source>To &amp;window:</source>
        <translation>&amp;Терезеге:</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>&amp;Қызметке:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>What the next operator should know</source>
        <translation>Келесі оператор не білуі керек</translation>
    </message>
</context>
<context>
    <name>WaitEstimator</name>
    <message>
        <source>reading today&apos;s service times</source>
        <translation>бүгінгі қызмет көрсету уақыттарын оқу</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Search the catalogue: code or name</source>
        <translation>Каталогтан іздеу: код немесе атауы</translation>
    </message>
    <message>
        <source>Issue a ticket for the chosen service</source>
        <translation>Таңдалған қызметке талон беру</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Кезексіз:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kezek: the queue console of a Public Service Center.</source>
        <translation>Kezek: Халыққа қызмет көрсету орталығының кезек консолі.</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Интерфейс тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Kezek cannot open the database</source>
        <translation>Kezek дерекқорды аша алмайды</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>--window wants a window number, not &quot;%1&quot;.</source>
        <translation>--window үшін терезе нөмірі керек, «%1» емес.</translation>
    </message>
    <message>
        <source>Kezek cannot sign in</source>
        <translation>Kezek жүйеге кіре алмайды</translation>
    </message>
    <message>
        <source>Show the hall display (full screen, no sign-in).</source>
        <translation>Зал таблосын көрсету (толық экран, кірусіз).</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or the center&apos;s PostgreSQL server as a postgresql:// URL or service=NAME (docs/DEPLOY.md); KEZEK_DB also sets it.</source>
        <translation>Дерекқор: SQLite файлы немесе postgresql:// мекенжайы не service=АТАУ түріндегі орталықтың PostgreSQL сервері (docs/DEPLOY.md); оны KEZEK_DB де береді.</translation>
    </message>
    <message>
        <source>Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of maximized or full screen: several screens side by side on one PC.</source>
        <translation>Терезені жайылған немесе толық экран орнына осы өлшемде және орында (ЕНІxБИІКТІГІ+X+Y) көрсету: бір ДК-да бірнеше экран қатар.</translation>
    </message>
    <message>
        <source>--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not &quot;%1&quot;.</source>
        <translation>--place ЕНІxБИІКТІГІ+X+Y күтеді (мысалы, 960x540+0+0), &quot;%1&quot; емес.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once in person to choose one&apos;s own.</source>
        <translation>%1 құпиясөзі уақытша: өз құпиясөзін таңдау үшін бір рет өзі кірсін.</translation>
    </message>
    <message>
        <source>%1 is an operator: say at which window with --window N.</source>
        <translation>%1 — оператор: терезені --window N арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Work at window N.</source>
        <translation>N терезесінде жұмыс істеу.</translation>
    </message>
    <message>
        <source>Fill in LOGIN at the sign-in; the password is typed, or read from the file KEZEK_PASSWORD_FILE names.</source>
        <translation>Кіруде ЛОГИНДІ толтыру; құпиясөз қолмен енгізіледі немесе KEZEK_PASSWORD_FILE атаған файлдан оқылады.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 — түнгі тапсырмалар тіркелгісі: ол пультте емес, kezekctl арқылы жұмыс істейді.</translation>
    </message>
    <message>
        <source>Open at this page after the sign-in, when the account may see it: operator, reception or supervisor (the menu&apos;s entry for each role).</source>
        <translation>Кіргеннен кейін осы бетті ашу, егер тіркелгі оны көре алса: operator, reception немесе supervisor (әр рөлдің мәзірдегі тармағы).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Нұсқа мен лицензияны көрсету.</translation>
    </message>
    <message>
        <source>
Environment:
  KEZEK_DB             The database when --db is not given (default: kezek.sqlite in the user&apos;s data folder, ~/.local/share/Kezek).
  KEZEK_PASSWORD_FILE  A file holding the password of --operator LOGIN: a PC that signs in by itself.
  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center&apos;s server is reached (docs/DEPLOY.md).

Exit status:
  0  Closed, or signed out and the sign-in cancelled.
  2  The command line, the database or the sign-in is unusable; the reason is on the standard error.
</source>
        <translation>
Орта айнымалылары:
  KEZEK_DB             --db берілмегенде дерекқор (әдепкі бойынша пайдаланушының деректер қалтасындағы kezek.sqlite, ~/.local/share/Kezek).
  KEZEK_PASSWORD_FILE  --operator ЛОГИН құпия сөзі бар файл: өзі кіретін компьютер.
  PGSERVICEFILE, PGPASSFILE және libpq-тің басқа айнымалылары  Орталық серверіне қалай қосылу (docs/DEPLOY.md).

Аяқталу коды:
  0  Бағдарлама жабылды, немесе шыққаннан кейін кіру тоқтатылды.
  2  Пәрмен жолы, дерекқор немесе кіру жарамсыз; себебі стандартты қате ағынында.
</translation>
    </message>
    <message>
        <source>--start wants operator, reception or supervisor, not &quot;%1&quot;.</source>
        <translation>--start operator, reception немесе supervisor күтеді, «%1» емес.</translation>
    </message>
</context>
</TS>
