<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Kezek %1&lt;/h3&gt;&lt;p&gt;The queue console of a Public Service Center: windows, reception, the hall display and the supervisor&apos;s figures.&lt;/p&gt;&lt;p&gt;Database schema version %2. Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Kezek is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with NO WARRANTY, to the extent permitted by law. The licence is in /usr/share/common-licenses/GPL-3 and at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Кезек %1&lt;/h3&gt;&lt;p&gt;Пульт электронной очереди центра обслуживания населения: окна, регистратура, табло в зале и показатели руководителя.&lt;/p&gt;&lt;p&gt;Версия схемы базы данных %2. Собрано с Qt %3, работает на Qt %4.&lt;/p&gt;&lt;p&gt;Кезек — свободная программа: вы можете распространять и изменять её на условиях GNU General Public License, опубликованной Free Software Foundation, версии 3 либо (по вашему выбору) любой более поздней. Она поставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ в той мере, в какой это допускает закон. Текст лицензии — в /usr/share/common-licenses/GPL-3 и на &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kezek</source>
        <translation>О программе Кезек</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>work at a window</source>
        <translation>работать в окне</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>выдавать талоны</translation>
    </message>
    <message>
        <source>check in booked citizens</source>
        <translation>регистрировать записавшихся граждан</translation>
    </message>
    <message>
        <source>book citizens into slots</source>
        <translation>записывать граждан на время</translation>
    </message>
    <message>
        <source>import booking files</source>
        <translation>загружать файлы записей</translation>
    </message>
    <message>
        <source>cancel waiting tickets</source>
        <translation>отменять ожидающие талоны</translation>
    </message>
    <message>
        <source>pause, close, reopen or release other windows</source>
        <translation>приостанавливать, закрывать, открывать или освобождать чужие окна</translation>
    </message>
    <message>
        <source>export reports and the audit trail</source>
        <translation>выгружать отчёты и журнал аудита</translation>
    </message>
    <message>
        <source>set up the center</source>
        <translation>настраивать центр</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>управлять учётными записями сотрудников</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>looking for the center&apos;s administrator</source>
        <translation>поиск администратора центра</translation>
    </message>
    <message>
        <source>To %1, sign in first: only setting up a new center needs no account.</source>
        <translation>Чтобы %1, сначала войдите: без учётной записи можно только настроить новый центр.</translation>
    </message>
    <message>
        <source>This center has an administrator: sign in as one to %1.</source>
        <translation>У центра есть администратор: войдите как администратор, чтобы %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that is for the %4.</source>
        <translation>%1 (%2) не может %3: это делает %4.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>reading the staff accounts</source>
        <translation>чтение учётных записей сотрудников</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %n failed sign-ins in a row; try again at %1.</source>
        <translation>
            <numerusform>Учётная запись заблокирована после %n неудачной попытки входа подряд; попробуйте снова в %1.</numerusform>
            <numerusform>Учётная запись заблокирована после %n неудачных попыток входа подряд; попробуйте снова в %1.</numerusform>
            <numerusform>Учётная запись заблокирована после %n неудачных попыток входа подряд; попробуйте снова в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no password yet: an administrator sets one (kezekctl staff passwd %1).</source>
        <translation>У %1 ещё нет пароля: его задаёт администратор (kezekctl staff passwd %1).</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <source>counting a failed sign-in</source>
        <translation>учёт неудачной попытки входа</translation>
    </message>
    <message>
        <source>at the locked console</source>
        <translation>на заблокированном рабочем месте</translation>
    </message>
    <message>
        <source>locking the account</source>
        <translation>блокировка учётной записи</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Выберите пароль, отличный от текущего.</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>смена пароля</translation>
    </message>
    <message>
        <source>setting the password</source>
        <translation>установка пароля</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>временный</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>постоянный</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use 2 to 32 small Latin letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>логин «%1»: от 2 до 32 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, начиная с буквы</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: не указано полное имя</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>добавление %1</translation>
    </message>
    <message>
        <source>the login %1 is taken</source>
        <translation>логин %1 уже занят</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is disabled already</source>
        <translation>%1 уже отключён</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>отключение %1</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>Учётной записи с логином «%1» нет.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Center</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh):</source>
        <translation>Название (&amp;казахское):</translation>
    </message>
    <message>
        <source>Name (&amp;Russian):</source>
        <translation>Название (&amp;русское):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Название (&amp;английское):</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>К&amp;од:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Обслуживает:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>Не больше &amp;человек в зале:</translation>
    </message>
    <message>
        <source>Booking s&amp;lot, min:</source>
        <translation>&amp;Слот записи, мин:</translation>
    </message>
    <message>
        <source>Booked citizens called early by, min:</source>
        <translation>Записанных вызывают раньше на, мин:</translation>
    </message>
    <message>
        <source>Booked citizens keep their turn when late by, min:</source>
        <translation>Записанные сохраняют очередь при опоздании до, мин:</translation>
    </message>
    <message>
        <source>Calls before a no-show:</source>
        <translation>Вызовов до неявки:</translation>
    </message>
    <message>
        <source>Between calls, s:</source>
        <translation>Между вызовами, с:</translation>
    </message>
    <message>
        <source>Out-of-turn calls in a row at most (0: no cap):</source>
        <translation>Вызовов вне очереди подряд не больше (0: без ограничения):</translation>
    </message>
    <message>
        <source>Wait &amp;target, min:</source>
        <translation>&amp;Цель по ожиданию, мин:</translation>
    </message>
    <message>
        <source>Idle consoles lock after, min (0: never):</source>
        <translation>Простаивающий пульт блокируется через, мин (0: никогда):</translation>
    </message>
    <message>
        <source>Hours (a day not ticked is a day off; Saturday&apos;s duty hours are Saturday&apos;s):</source>
        <translation>Часы работы (неотмеченный день выходной; дежурные часы субботы — часы субботы):</translation>
    </message>
    <message>
        <source>Closed days (public holidays, sanitary days):</source>
        <translation>Нерабочие дни (праздники, санитарные дни):</translation>
    </message>
    <message>
        <source>Add a closed day</source>
        <translation>Добавить нерабочий день</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>A removed service that has served anyone is retired, not deleted: its history stays, and no new ticket or booking takes it.</source>
        <translation>Удалённая услуга, по которой уже обслуживали, не стирается, а выводится из работы: её история остаётся, новых талонов и записей на неё нет.</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Add a window</source>
        <translation>Добавить окно</translation>
    </message>
    <message>
        <source>Out-of-turn categories</source>
        <translation>Категории вне очереди</translation>
    </message>
    <message>
        <source>A removed category is switched off: tickets that had it keep it.</source>
        <translation>Удалённая категория отключается: у талонов с ней она остаётся.</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Give a temporary password…</source>
        <translation>Выдать временный пароль…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Проверить и применить…</translation>
    </message>
    <message>
        <source>Tick the services each window serves. A window with a history (it served citizens, or was opened) cannot be removed.</source>
        <translation>Отметьте услуги каждого окна. Окно с историей (в нём обслуживали граждан или его открывали) удалить нельзя.</translation>
    </message>
    <message>
        <source>A removed person is disabled: they cannot sign in, and their history stays. A new person can sign in once the change is applied and you give them a temporary password; they choose their own at their first sign-in.</source>
        <translation>Удалённый сотрудник отключается: войти он не может, его история остаётся. Новый сотрудник сможет войти, когда изменения применены и вы выдали ему временный пароль; при первом входе он задаст свой.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Who or what…</source>
        <translation>Кто или что…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>recording %1 in the audit trail</source>
        <translation>запись %1 в журнал аудита</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>чтение журнала аудита</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>no %1 slot is left today: the booking day is over</source>
        <translation>на сегодня не осталось слотов на %1: время бронирования на сегодня истекло</translation>
    </message>
    <message>
        <source>every %1 slot left today is full</source>
        <translation>все оставшиеся на сегодня слоты на %1 заняты</translation>
    </message>
    <message>
        <source>%1 cannot be booked</source>
        <translation>услугу %1 нельзя забронировать</translation>
    </message>
    <message>
        <source>numbering the booking</source>
        <translation>нумерация бронирования</translation>
    </message>
    <message>
        <source>slot %1 on %2 is already over</source>
        <translation>слот %1 на %2 уже прошёл</translation>
    </message>
    <message>
        <source>saving the booking</source>
        <translation>сохранение бронирования</translation>
    </message>
    <message>
        <source>saving the booking returned no id.</source>
        <translation>сохранение бронирования не вернуло идентификатор.</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>чтение бронирований</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it</source>
        <translation>услуга %1 выведена: центр её больше не оказывает</translation>
    </message>
    <message>
        <source>no %1 slot today: %2</source>
        <translation>сегодня нет слотов %1: %2</translation>
    </message>
</context>
<context>
    <name>BookingFile</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: файл не существует</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a booking file</source>
        <translation>%1: это папка, а не файл бронирований</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted value starts here and is never closed</source>
        <translation>%1:%2: здесь начинается значение в кавычках, которое нигде не закрыто</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row (%2)</source>
        <translation>%1: файл пуст; ожидалась строка заголовка (%2)</translation>
    </message>
    <message>
        <source>%1:%2: the header lacks the column(s) %3; it must name %4</source>
        <translation>%1:%2: в заголовке не хватает столбцов: %3; должны быть указаны: %4</translation>
    </message>
    <message>
        <source>the line has %1 values but the header has %2</source>
        <translation>в строке значений: %1, а в заголовке столбцов: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: недопустимый JSON: %3</translation>
    </message>
    <message>
        <source>%1: the JSON must be an array of booking objects</source>
        <translation>%1: JSON должен быть массивом объектов бронирования</translation>
    </message>
    <message>
        <source>element %1 of the array is not a booking object</source>
        <translation>элемент %1 массива не является объектом бронирования</translation>
    </message>
    <message>
        <source>%1 must be text, not a list or an object</source>
        <translation>поле %1 должно быть текстом, а не списком или объектом</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string</source>
        <translation>управляющий символ (U+%1) внутри строкового значения</translation>
    </message>
    <message>
        <source>an invalid escape \%1 inside a string</source>
        <translation>недопустимая escape-последовательность \%1 внутри строкового значения</translation>
    </message>
    <message>
        <source>%1:%2: the file is not UTF-8 text (byte %3 is not part of a UTF-8 character); save it as UTF-8 and import it again</source>
        <translation>%1:%2: файл не в кодировке UTF-8 (байт № %3 не является частью символа UTF-8); сохраните его в UTF-8 и загрузите снова</translation>
    </message>
    <message>
        <source>an unexpected character (byte %1) outside a string</source>
        <translation>неожиданный символ (байт № %1) вне строкового значения</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON number</source>
        <translation>&quot;%1&quot; не является числом JSON</translation>
    </message>
    <message>
        <source>an escape \u%1 that is half of a character</source>
        <translation>escape-последовательность \u%1 — лишь половина символа</translation>
    </message>
</context>
<context>
    <name>BookingImporter</name>
    <message>
        <source>looking up a booking</source>
        <translation>поиск бронирования</translation>
    </message>
    <message>
        <source>saving a booking</source>
        <translation>сохранение бронирования</translation>
    </message>
    <message>
        <source>booking %1 is already checked in, so it cannot be changed any more</source>
        <translation>по бронированию %1 прибытие уже отмечено, поэтому его больше нельзя изменить</translation>
    </message>
    <message>
        <source>updating a booking</source>
        <translation>обновление бронирования</translation>
    </message>
    <message>
        <source>booking_id is missing</source>
        <translation>не указан booking_id</translation>
    </message>
    <message>
        <source>channel is missing</source>
        <translation>не указан channel</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected egov, telegram, call1414 or onsite)</source>
        <translation>неизвестный канал &quot;%1&quot; (ожидается egov, telegram, call1414 или onsite)</translation>
    </message>
    <message>
        <source>iin is missing</source>
        <translation>не указан iin</translation>
    </message>
    <message>
        <source>bad IIN %1: %2</source>
        <translation>неверный ИИН %1: %2</translation>
    </message>
    <message>
        <source>service_code is missing</source>
        <translation>не указан service_code</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>неизвестная услуга &quot;%1&quot;</translation>
    </message>
    <message>
        <source>slot_start is empty</source>
        <translation>slot_start пуст</translation>
    </message>
    <message>
        <source>slot_start &quot;%1&quot; is not a local time like 2020-05-18T09:15</source>
        <translation>slot_start &quot;%1&quot; не является местным временем вида 2020-05-18T09:15</translation>
    </message>
    <message>
        <source>no booking files were given</source>
        <translation>не указаны файлы бронирований</translation>
    </message>
    <message>
        <source>the import was cancelled; no booking was written</source>
        <translation>загрузка отменена; ни одно бронирование не записано</translation>
    </message>
    <message>
        <source>booking %1 appears again with different data; only its first row (%2:%3) counts</source>
        <translation>бронирование %1 встречается повторно с другими данными; учитывается только его первая строка (%2:%3)</translation>
    </message>
    <message>
        <source>%1 contains a control or invisible character (U+%2)</source>
        <translation>%1 содержит управляющий или невидимый символ (U+%2)</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1 строк: загружено %2, обновлено %3, без изменений %4, отклонено %5</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx (optional)</source>
        <translation>+7 7xx xxx xx xx (необязательно)</translation>
    </message>
    <message>
        <source>Book the chosen slot</source>
        <translation>Забронировать выбранное время</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Забронировать ближайшее свободное время</translation>
    </message>
    <message>
        <source>Check in now and issue the ticket</source>
        <translation>Отметить прибытие и выдать талон</translation>
    </message>
</context>
<context>
    <name>CancelTicketDialog</name>
    <message>
        <source>Cancel a ticket</source>
        <translation>Отменить талон</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Номер талона:</translation>
    </message>
    <message>
        <source>such as A017</source>
        <translation>например, A017</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? It leaves the queue for good; the reason is recorded with it.</source>
        <translation>Почему талон отменяется? Он навсегда покидает очередь; причина записывается вместе с ним.</translation>
    </message>
    <message>
        <source>The citizen &amp;left</source>
        <translation>Гражданин &amp;ушёл</translation>
    </message>
    <message>
        <source>Issued by &amp;mistake</source>
        <translation>Выдан по &amp;ошибке</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reading the center settings</source>
        <translation>чтение настроек центра</translation>
    </message>
    <message>
        <source>%1: no center is set up in this database. Run &quot;kezekctl init --demo&quot; or configure one.</source>
        <translation>%1: в этой базе данных не настроен ни один центр. Выполните &quot;kezekctl init --demo&quot; или настройте центр.</translation>
    </message>
    <message>
        <source>reading the service catalogue</source>
        <translation>чтение каталога услуг</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>Услуги с кодом &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation>Услуги с номером %1 нет.</translation>
    </message>
    <message>
        <source>reading the windows</source>
        <translation>чтение окон</translation>
    </message>
    <message>
        <source>reading the windows&apos; services</source>
        <translation>чтение услуг окон</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>Окна %1 нет.</translation>
    </message>
    <message>
        <source>There is no window with id %1.</source>
        <translation>Окна с id %1 нет.</translation>
    </message>
    <message>
        <source>reading the operators</source>
        <translation>чтение операторов</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>Оператора с логином &quot;%1&quot; нет.</translation>
    </message>
    <message>
        <source>There is no operator with id %1.</source>
        <translation>Оператора с id %1 нет.</translation>
    </message>
    <message>
        <source>reading the out-of-turn categories</source>
        <translation>чтение категорий обслуживания вне очереди</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an out-of-turn category; known categories: %2.</source>
        <translation>&quot;%1&quot; не является категорией обслуживания вне очереди; известные категории: %2.</translation>
    </message>
    <message>
        <source>%1 is a closed day</source>
        <translation>%1 — нерабочий день</translation>
    </message>
    <message>
        <source>%1 is a closed day: %2</source>
        <translation>%1 — нерабочий день: %2</translation>
    </message>
    <message>
        <source>%1 is a day off</source>
        <translation>%1 — выходной день</translation>
    </message>
    <message>
        <source>reading the opening hours</source>
        <translation>чтение часов работы</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>center.name.%1: the center&apos;s name is missing</source>
        <translation>center.name.%1: не указано название центра</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: a code is 1 to 20 capital Latin letters, digits, dashes or underscores</source>
        <translation>услуга «%1»: код — от 1 до 20 заглавных латинских букв, цифр, дефисов или подчёркиваний</translation>
    </message>
    <message>
        <source>service %1 is listed twice</source>
        <translation>услуга %1 указана дважды</translation>
    </message>
    <message>
        <source>service %1: its letter &quot;%2&quot; is not one capital Latin letter</source>
        <translation>услуга %1: буква «%2» — не одна заглавная латинская буква</translation>
    </message>
    <message>
        <source>services %1 and %2 have the same letter %3: their tickets could not be told apart</source>
        <translation>у услуг %1 и %2 одна буква %3: их талоны нельзя будет различить</translation>
    </message>
    <message>
        <source>service %1: a name in Kazakh, Russian and English is needed</source>
        <translation>услуга %1: нужно название на казахском, русском и английском</translation>
    </message>
    <message>
        <source>window %1 is listed twice</source>
        <translation>окно %1 указано дважды</translation>
    </message>
    <message>
        <source>window %1 serves nothing</source>
        <translation>окно %1 ничего не обслуживает</translation>
    </message>
    <message>
        <source>window %1 lists %2 twice</source>
        <translation>у окна %1 услуга %2 указана дважды</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is not among the services</source>
        <translation>окно %1 обслуживает %2, которой нет среди услуг</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is retired</source>
        <translation>окно %1 обслуживает выведенную услугу %2</translation>
    </message>
    <message>
        <source>%1 may be booked, but no window serves it: its slots would have no places</source>
        <translation>%1 можно забронировать, но ни одно окно её не обслуживает: в её слотах не будет мест</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: a code is small Latin letters, digits, dashes or underscores</source>
        <translation>категория «%1»: код — строчные латинские буквы, цифры, дефисы или подчёркивания</translation>
    </message>
    <message>
        <source>category %1 is listed twice</source>
        <translation>категория %1 указана дважды</translation>
    </message>
    <message>
        <source>category %1: a name in Kazakh, Russian and English is needed</source>
        <translation>категория %1: нужно название на казахском, русском и английском</translation>
    </message>
    <message>
        <source>%1 is listed twice among the staff</source>
        <translation>%1 указан среди сотрудников дважды</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: не указано полное имя</translation>
    </message>
    <message>
        <source>no active admin would be left: nobody could set up the center any more</source>
        <translation>не останется ни одного активного администратора: центр больше некому будет настраивать</translation>
    </message>
    <message>
        <source>reading the history of window %1</source>
        <translation>чтение истории окна %1</translation>
    </message>
    <message>
        <source>name (kk)</source>
        <translation>название (kk)</translation>
    </message>
    <message>
        <source>name (ru)</source>
        <translation>название (ru)</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>название (en)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
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
        <translation>вместимость зала</translation>
    </message>
    <message>
        <source>early allowance</source>
        <translation>допуск раньше</translation>
    </message>
    <message>
        <source>late tolerance</source>
        <translation>допуск опоздания</translation>
    </message>
    <message>
        <source>recall limit</source>
        <translation>предел вызовов</translation>
    </message>
    <message>
        <source>recall spacing</source>
        <translation>интервал вызовов</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>out-of-turn cap</source>
        <translation>предел вне очереди</translation>
    </message>
    <message>
        <source>wait target</source>
        <translation>целевое ожидание</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>блокировка при простое</translation>
    </message>
    <message>
        <source>center</source>
        <translation>центр</translation>
    </message>
    <message>
        <source>setting up the center</source>
        <translation>настройка центра</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>услуга %1</translation>
    </message>
    <message>
        <source>added: %1 %2, %3, %4</source>
        <translation>добавлена: %1 %2, %3, %4</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>по брони</translation>
    </message>
    <message>
        <source>walk-in only</source>
        <translation>только живая очередь</translation>
    </message>
    <message>
        <source>adding a service</source>
        <translation>добавление услуги</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>буква</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведена</translation>
    </message>
    <message>
        <source>changing a service</source>
        <translation>изменение услуги</translation>
    </message>
    <message>
        <source>retired: not in the setup (its history stays)</source>
        <translation>выведена: нет в настройке (история сохраняется)</translation>
    </message>
    <message>
        <source>retiring a service</source>
        <translation>вывод услуги</translation>
    </message>
    <message>
        <source>changing the services of window %1</source>
        <translation>изменение услуг окна %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>окно %1</translation>
    </message>
    <message>
        <source>added, serving %1</source>
        <translation>добавлено, обслуживает %1</translation>
    </message>
    <message>
        <source>adding window %1</source>
        <translation>добавление окна %1</translation>
    </message>
    <message>
        <source>services</source>
        <translation>услуги</translation>
    </message>
    <message>
        <source>removing window %1</source>
        <translation>удаление окна %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>категория %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>добавлена: %1</translation>
    </message>
    <message>
        <source>adding an out-of-turn category</source>
        <translation>добавление категории вне очереди</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>changing an out-of-turn category</source>
        <translation>изменение категории вне очереди</translation>
    </message>
    <message>
        <source>switched off: not in the setup</source>
        <translation>отключена: нет в настройке</translation>
    </message>
    <message>
        <source>switching off an out-of-turn category</source>
        <translation>отключение категории вне очереди</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>сотрудник %1</translation>
    </message>
    <message>
        <source>adding a staff account</source>
        <translation>добавление учётной записи</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>changing a staff account</source>
        <translation>изменение учётной записи</translation>
    </message>
    <message>
        <source>disabled: not in the setup (their history stays)</source>
        <translation>отключён: нет в настройке (история сохраняется)</translation>
    </message>
    <message>
        <source>disabling a staff account</source>
        <translation>отключение учётной записи</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>%1: closing at %2 is not after opening at %3</source>
        <translation>%1: закрытие в %2 не позже открытия в %3</translation>
    </message>
    <message>
        <source>%1: a %2-minute slot does not fit between %3 and %4</source>
        <translation>%1: слот в %2 мин не помещается между %3 и %4</translation>
    </message>
    <message>
        <source>center.hours: the center would be closed on every day of the week</source>
        <translation>center.hours: центр был бы закрыт во все дни недели</translation>
    </message>
    <message>
        <source>center.closed_days: a closed day has no date</source>
        <translation>center.closed_days: у нерабочего дня нет даты</translation>
    </message>
    <message>
        <source>center.closed_days: %1 is listed twice</source>
        <translation>center.closed_days: %1 указан дважды</translation>
    </message>
    <message>
        <source>hours on %1</source>
        <translation>часы: %1</translation>
    </message>
    <message>
        <source>closed days</source>
        <translation>нерабочие дни</translation>
    </message>
    <message>
        <source>window %1 is not in the setup, but it has a history (citizens served, or its opening and closing); keep it (give it the services it should serve) rather than remove it</source>
        <translation>окна %1 нет в настройке, но у него есть история (обслуженные граждане или открытия и закрытия); оставьте его (задайте ему нужные услуги), а не удаляйте</translation>
    </message>
    <message>
        <source>removed: not in the setup, and it has no history</source>
        <translation>удалено: нет в настройке и нет истории</translation>
    </message>
    <message>
        <source>added: %1, %2; no password yet: give one on the Administration page or with kezekctl staff passwd %3</source>
        <translation>добавлен: %1, %2; пароля пока нет: выдайте его на странице «Администрирование» или командой kezekctl staff passwd %3</translation>
    </message>
    <message>
        <source>reading the bookings to come</source>
        <translation>чтение предстоящих записей</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>записи</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell those citizens or book them again</source>
        <translation>
            <numerusform>%n предстоящая запись теряет свой слот при новых часах (%1); она сохранена: сообщите гражданам или запишите их заново</numerusform>
            <numerusform>%n предстоящие записи теряют свой слот при новых часах (%1); они сохранены: сообщите гражданам или запишите их заново</numerusform>
            <numerusform>%n предстоящих записей теряют свой слот при новых часах (%1); они сохранены: сообщите гражданам или запишите их заново</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterCopy</name>
    <message>
        <source>reading the tables</source>
        <translation>чтение таблиц</translation>
    </message>
    <message>
        <source>%1 has %2 tables where this Kezek knows %3; nothing was copied.</source>
        <translation>В %1 таблиц: %2, а эта версия Kezek знает %3; ничего не скопировано.</translation>
    </message>
    <message>
        <source>reading %1 in the target</source>
        <translation>чтение %1 в целевой базе</translation>
    </message>
    <message>
        <source>%1 already holds a center (%2 rows in %3): a center is copied only into an empty database. It was left as it was.</source>
        <translation>%1 уже содержит центр (строк в %3: %2): центр копируется только в пустую базу данных. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>чтение %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>копирование %1</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was copied.</source>
        <translation>Копирование остановлено; ничего не скопировано.</translation>
    </message>
    <message>
        <source>numbering %1 after the copy</source>
        <translation>нумерация %1 после копирования</translation>
    </message>
    <message>
        <source>starting to read %1</source>
        <translation>начало чтения %1</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>подсчёт %1</translation>
    </message>
    <message>
        <source>counting %1 in the target</source>
        <translation>подсчёт %1 в целевой базе</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied.</source>
        <translation>%1: строк в источнике %2, прочитано %3, в целевой базе %4; ничего не скопировано.</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>начало копирования</translation>
    </message>
    <message>
        <source>announcing the copy</source>
        <translation>оповещение о копировании</translation>
    </message>
</context>
<context>
    <name>CenterFile</name>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4</source>
        <translation>%1: %2 вне диапазона от %3 до %4</translation>
    </message>
    <message>
        <source>a time such as &quot;09:00&quot;</source>
        <translation>временем вида «09:00»</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: неизвестный ключ</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: отсутствует</translation>
    </message>
    <message>
        <source>%1: should be %2</source>
        <translation>%1: должно быть %2</translation>
    </message>
    <message>
        <source>%1: should be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <source>center.mode: &quot;%1&quot; is not booking-only, mixed or walk-in</source>
        <translation>center.mode: «%1» — не booking-only, mixed или walk-in</translation>
    </message>
    <message>
        <source>line %1: not JSON: %2</source>
        <translation>строка %1: не JSON: %2</translation>
    </message>
    <message>
        <source>a center file is one JSON object</source>
        <translation>файл центра — это один объект JSON</translation>
    </message>
    <message>
        <source>format: should be &quot;%1&quot;</source>
        <translation>format: должно быть «%1»</translation>
    </message>
    <message>
        <source>version %1 is newer than this Kezek reads (%2); nothing was read</source>
        <translation>версия %1 новее той, что читает этот Kezek (%2); ничего не прочитано</translation>
    </message>
    <message>
        <source>%1[%2]: should be a service code</source>
        <translation>%1[%2]: должно быть кодом услуги</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not operator, reception, supervisor or admin</source>
        <translation>%1: «%2» — не operator, reception, supervisor или admin</translation>
    </message>
    <message>
        <source>hours such as &quot;09:00-13:00&quot;, or &quot;closed&quot;</source>
        <translation>часами, например &quot;09:00-13:00&quot;, или &quot;closed&quot;</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-03-21&quot;</source>
        <translation>датой, например &quot;2027-03-21&quot;</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password — Kezek</source>
        <translation>Смена пароля — Kezek</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>A booked citizen arrives: type the booking code (e.g. EG-20200518-0001) or the citizen&apos;s IIN.</source>
        <translation>Пришёл гражданин по брони: введите код брони (например, EG-20200518-0001) или ИИН гражданина.</translation>
    </message>
    <message>
        <source>Booking code or IIN</source>
        <translation>Код брони или ИИН</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить прибытие</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Бронирование</translation>
    </message>
    <message>
        <source>No booking checked in yet.</source>
        <translation>Прибытие по брони ещё не отмечено.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Missing argument: expected %1.</source>
        <translation>Не хватает аргумента: ожидается %1.</translation>
    </message>
    <message>
        <source>Too many arguments (%1); expected %2.</source>
        <translation>Слишком много аргументов (%1); ожидается %2.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 требует целое положительное число, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot; as a time; write 10:15 or 2020-05-18T10:15, in the years %3 to %4.</source>
        <translation>%1: не удаётся распознать &quot;%2&quot; как время; укажите 10:15 или 2020-05-18T10:15, год — от %3 до %4.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>opening the database</source>
        <translation>открытие базы данных</translation>
    </message>
    <message>
        <source>configuring the database connection</source>
        <translation>настройка подключения к базе данных</translation>
    </message>
    <message>
        <source>reading the database structure</source>
        <translation>чтение структуры базы данных</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>чтение версии схемы</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Kezek database (it has no schema version). It was left untouched.</source>
        <translation>%1: этот файл SQLite не является базой данных Kezek (в нём нет версии схемы). Файл не изменён.</translation>
    </message>
    <message>
        <source>switching the database to write-ahead logging</source>
        <translation>перевод базы данных в режим журнала упреждающей записи (WAL)</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>создание таблицы версии схемы</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>обновление базы данных до версии %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>запись версии схемы</translation>
    </message>
    <message>
        <source>the database is locked by another program and stayed locked for %1 seconds. Try again; if it persists, close the program holding it.</source>
        <translation>база данных заблокирована другой программой и оставалась заблокированной %1 с. Повторите попытку; если ошибка повторится, закройте программу, которая её занимает.</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup; the file was left untouched.</source>
        <translation>файл базы данных повреждён. Восстановите его из резервной копии; файл не изменён.</translation>
    </message>
    <message>
        <source>the database file cannot be opened. Check that the folder exists and is writable.</source>
        <translation>не удаётся открыть файл базы данных. Проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>%1: error while %2: %3</source>
        <translation>%1: ошибка при операции «%2»: %3</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>нумерация %1</translation>
    </message>
    <message>
        <source>numbering %1 returned nothing.</source>
        <translation>нумерация %1 не вернула результата.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>начало изменения</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>сохранение изменения</translation>
    </message>
    <message>
        <source>%1: the database file was replaced by another file while Kezek had it open.</source>
        <translation>%1: файл базы данных был заменён другим файлом, пока Kezek работал с ним.</translation>
    </message>
    <message>
        <source>%1: the database file was deleted or moved away while Kezek had it open.</source>
        <translation>%1: файл базы данных был удалён или перемещён, пока Kezek работал с ним.</translation>
    </message>
    <message>
        <source>%1: the connection to the database broke (%2); it is opened again at the next step.</source>
        <translation>%1: подключение к базе данных прервано (%2); оно будет открыто заново при следующем шаге.</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: в этом файле SQLite нет ни одной таблицы, поэтому он не является базой данных Kezek. Создайте базу командой &quot;kezekctl init&quot;; файл не изменён.</translation>
    </message>
    <message>
        <source>checking the database file</source>
        <translation>проверка файла базы данных</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (SQLite&apos;s check says: %2). Restore it from a backup; the file was left untouched.</source>
        <translation>%1: файл базы данных повреждён (результат проверки SQLite: %2). Восстановите его из резервной копии; файл не изменён.</translation>
    </message>
    <message>
        <source>the database cannot be written: the file, its folder or the disk is read-only. Check the permissions and the disk.</source>
        <translation>запись в базу данных невозможна: файл, его папка или диск доступны только для чтения. Проверьте права доступа и диск.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing of this step was saved.</source>
        <translation>диск заполнен. Освободите место и повторите попытку; изменения этого шага не сохранены.</translation>
    </message>
    <message>
        <source>the disk reported a read or write error. Check the disk; nothing of this step was saved.</source>
        <translation>диск сообщил об ошибке чтения или записи. Проверьте диск; изменения этого шага не сохранены.</translation>
    </message>
    <message>
        <source>%1 The change was not saved.</source>
        <translation>%1 Изменение не сохранено.</translation>
    </message>
    <message>
        <source>%1 The change went into the file that was there before and is not in the database now at this path; do it again.</source>
        <translation>%1 Изменение записано в файл, который находился здесь ранее, и в базе данных, которая сейчас находится по этому пути, его нет; выполните действие ещё раз.</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: не удаётся подключиться к серверу центра: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the database was left untouched.</source>
        <translation>%1: в этой базе данных нет ни одной таблицы, поэтому она не является базой данных Kezek. Создайте её командой &quot;kezekctl init&quot;; база данных не изменена.</translation>
    </message>
    <message>
        <source>%1: this database is not a Kezek database (it has tables but no schema version). It was left untouched.</source>
        <translation>%1: эта база данных не является базой данных Kezek (в ней есть таблицы, но нет версии схемы). Она не изменена.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kezek (schema version %2; this program knows up to %3). Update Kezek; the database was left untouched.</source>
        <translation>%1 записана более новой версией Kezek (версия схемы %2; эта программа знает до %3). Обновите Kezek; база данных не изменена.</translation>
    </message>
    <message>
        <source>%1: error while %2: another change got in the way again and again. Try again; nothing of this step was saved.</source>
        <translation>%1: ошибка при операции «%2»: раз за разом мешало другое изменение. Повторите попытку; изменения этого шага не сохранены.</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only or a standby). Ask the administrator.</source>
        <translation>сервер не принимает изменений (он только для чтения или резервный). Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>the server does not allow this account to do that. Ask the administrator to grant Kezek&apos;s role its privileges (docs/DEPLOY.md).</source>
        <translation>сервер не разрешает этой учётной записи такое действие. Попросите администратора выдать роли Kezek её права (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>%1: the connection broke while the change was being saved, so whether it was saved is not known. Look at the queue once the connection is back before doing it again.</source>
        <translation>%1: связь прервалась во время сохранения изменения, поэтому неизвестно, сохранено ли оно. Когда связь восстановится, посмотрите очередь, прежде чем повторять действие.</translation>
    </message>
    <message>
        <source>No connection to the center&apos;s server %1 since %2; Kezek connects again by itself.</source>
        <translation>Нет связи с сервером центра %1 с %2; Kezek подключится снова сам.</translation>
    </message>
    <message>
        <source>%1: the connection is busy; sign in again in a moment.</source>
        <translation>%1: соединение занято; войдите ещё раз через мгновение.</translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message>
        <source>adding up the tickets of %1</source>
        <translation>подсчёт талонов за %1</translation>
    </message>
    <message>
        <source>adding up the served services of %1</source>
        <translation>подсчёт оказанных услуг за %1</translation>
    </message>
    <message>
        <source>adding up the arrivals of %1 by hour</source>
        <translation>подсчёт пришедших за %1 по часам</translation>
    </message>
    <message>
        <source>adding up the served citizens of %1 by hour</source>
        <translation>подсчёт обслуженных граждан за %1 по часам</translation>
    </message>
    <message>
        <source>following the queue of %1 through the day</source>
        <translation>отслеживание очереди за %1 в течение дня</translation>
    </message>
    <message>
        <source>counting the bookings</source>
        <translation>подсчёт бронирований</translation>
    </message>
    <message>
        <source>reading the events of %1</source>
        <translation>чтение событий за %1</translation>
    </message>
    <message>
        <source>reading the state of window %1</source>
        <translation>чтение состояния окна %1</translation>
    </message>
</context>
<context>
    <name>DaySimulator</name>
    <message>
        <source>reading the day&apos;s tickets</source>
        <translation>чтение талонов за день</translation>
    </message>
    <message>
        <source>%1 already has %2 tickets; simulate a day that has none (another date or a fresh database).</source>
        <translation>За %1 уже выдано талонов: %2; моделируйте день без талонов (другую дату или новую базу данных).</translation>
    </message>
    <message>
        <source>The chosen windows serve no service.</source>
        <translation>Выбранные окна не обслуживают ни одной услуги.</translation>
    </message>
    <message>
        <source>adding windows for the simulation</source>
        <translation>добавление окон для моделирования</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Оператор %1</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>чтение бронирований</translation>
    </message>
    <message>
        <source>needs %1 first</source>
        <translation>сначала нужна услуга %1</translation>
    </message>
    <message>
        <source>The simulation stopped at %1: %2</source>
        <translation>Моделирование остановлено в %1: %2</translation>
    </message>
    <message>
        <source>The date to simulate is not valid.</source>
        <translation>Недопустимая дата для моделирования.</translation>
    </message>
    <message>
        <source>The number of windows must be between 1 and 200.</source>
        <translation>Число окон должно быть от 1 до 200.</translation>
    </message>
    <message>
        <source>The number of citizens must be between 1 and 100,000.</source>
        <translation>Число граждан должно быть от 1 до 100 000.</translation>
    </message>
    <message>
        <source>The booked share must be between 0 and 1.</source>
        <translation>Доля по брони должна быть от 0 до 1.</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Регистратура</translation>
    </message>
    <message>
        <source>adding %1 for the simulation</source>
        <translation>добавление %1 для моделирования</translation>
    </message>
    <message>
        <source>Nothing to simulate on %1: %2</source>
        <translation>Нечего моделировать на %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCenter</name>
    <message>
        <source>creating the demo center</source>
        <translation>создание демонстрационного центра</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>чтение центра</translation>
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
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish the service</source>
        <translation>Завершение обслуживания</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>reading the center</source>
        <translation>чтение данных центра</translation>
    </message>
    <message>
        <source>services: choose at least one service the center offers</source>
        <translation>услуги: выберите хотя бы одну услугу центра</translation>
    </message>
    <message>
        <source>windows: a center has 1 to %1 windows</source>
        <translation>окна: в центре от 1 до %1 окон</translation>
    </message>
    <message>
        <source>administrator: %1</source>
        <translation>администратор: %1</translation>
    </message>
    <message>
        <source>administrator: the full name is missing</source>
        <translation>администратор: не указано полное имя</translation>
    </message>
    <message>
        <source>administrator&apos;s password: %1</source>
        <translation>пароль администратора: %1</translation>
    </message>
    <message>
        <source>This database has a center already; its administrator sets it up.</source>
        <translation>В этой базе уже есть центр; его настраивает администратор центра.</translation>
    </message>
    <message>
        <source>first-run wizard</source>
        <translation>мастер первого запуска</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>A new center — Kezek</source>
        <translation>Новый центр — Kezek</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>This database has no center yet. Name it as citizens and the hall display will see it.</source>
        <translation>В этой базе ещё нет центра. Назовите его так, как его увидят граждане и табло в зале.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>e.g. AST-03</source>
        <translation>например, AST-03</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Обслуживает:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>Не больше &amp;человек в зале:</translation>
    </message>
    <message>
        <source>Services and windows</source>
        <translation>Услуги и окна</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Окон:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>The person who sets up the center and its staff. They sign in with this password; nobody else can set the center up from now on.</source>
        <translation>Тот, кто настраивает центр и его сотрудников. Он входит с этим паролем; с этого момента больше никто не может настраивать центр.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>The services the center offers, from the standard catalogue, and its number of windows. At first every window serves every chosen service.</source>
        <translation>Услуги центра из стандартного каталога и число окон. Сначала каждое окно обслуживает все выбранные услуги.</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы работы:</translation>
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
        <translation>Окно</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>В очереди: %n</translation>
    </message>
    <message>
        <source>wait about %n min</source>
        <translation>ожидание около %n мин</translation>
    </message>
    <message>
        <source>Electronic queue</source>
        <translation>Электронная очередь</translation>
    </message>
    <message>
        <source>Called now</source>
        <translation>Сейчас вызываются</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Последние вызовы</translation>
    </message>
    <message>
        <source>Reconnecting to the queue…</source>
        <translation>Восстанавливается связь с очередью…</translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Kezek hall display</source>
        <translation>Kezek — табло зала</translation>
    </message>
</context>
<context>
    <name>HallPanel</name>
    <message>
        <source>Windows</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Ожидают по услугам</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Free the window of a console that was left or stopped, for another operator</source>
        <translation>Освободить окно, брошенное или остановленное пультом, для другого оператора</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужены</translation>
    </message>
    <message>
        <source>Waiting at the end of the hour</source>
        <translation>Ожидают на конец часа</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Среднее ожидание, мин</translation>
    </message>
    <message>
        <source>Wait target, min</source>
        <translation>Целевое ожидание, мин</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>IIN may contain digits only</source>
        <translation>ИИН может содержать только цифры</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, got %1</source>
        <translation>ИИН должен состоять из 12 цифр, введено: %1</translation>
    </message>
    <message>
        <source>IIN check digit is wrong</source>
        <translation>Неверная контрольная цифра ИИН</translation>
    </message>
</context>
<context>
    <name>IinFeedback</name>
    <message>
        <source>The IIN is valid.</source>
        <translation>ИИН введён верно.</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) to type.</source>
        <translation>
            <numerusform>Осталось ввести %n цифру.</numerusform>
            <numerusform>Осталось ввести %n цифры.</numerusform>
            <numerusform>Осталось ввести %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid IIN.</source>
        <translation>Это не действительный ИИН.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import the channels&apos; booking files for the day (CSV or JSON, several at once). Importing a file again changes nothing; rejected rows are listed with their line and reason.</source>
        <translation>Загрузите файлы бронирований от каналов записи за день (CSV или JSON, можно несколько сразу). Повторная загрузка файла ничего не меняет; отклонённые строки выводятся с номером строки и причиной.</translation>
    </message>
    <message>
        <source>Import booking files…</source>
        <translation>Загрузить файлы бронирований…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Booking import</source>
        <translation>Загрузка бронирований</translation>
    </message>
    <message>
        <source>Rejected rows (FILE:LINE: reason):</source>
        <translation>Отклонённые строки (ФАЙЛ:СТРОКА: причина):</translation>
    </message>
</context>
<context>
    <name>Kezek::AdministrationPage</name>
    <message>
        <source>locked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>none yet: nobody can sign in</source>
        <translation>пока нет: войти нельзя</translation>
    </message>
    <message>
        <source>temporary, to be changed</source>
        <translation>временный, нужно сменить</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Cannot be applied yet:</source>
        <translation>Пока нельзя применить:</translation>
    </message>
    <message>
        <source>The setup was changed elsewhere meanwhile: discard to see it, or apply to make it this draft.</source>
        <translation>Тем временем настройки изменили в другом месте: отмените, чтобы их увидеть, или примените этот черновик.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Изменения ещё не применены.</translation>
    </message>
    <message>
        <source>As the center works now.</source>
        <translation>Так центр работает сейчас.</translation>
    </message>
    <message>
        <source>Nothing to change: the center already works so.</source>
        <translation>Менять нечего: центр уже так работает.</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Проверьте изменения</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) take effect on every screen at once:</source>
        <translation>
            <numerusform>Это %n изменение сразу вступит в силу на всех экранах:</numerusform>
            <numerusform>Эти %n изменения сразу вступят в силу на всех экранах:</numerusform>
            <numerusform>Эти %n изменений сразу вступят в силу на всех экранах:</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Вернуться к правке</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>Применено %n изменение.</numerusform>
            <numerusform>Применено %n изменения.</numerusform>
            <numerusform>Применено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <source>%1 is not an account yet: apply the change that adds them first.</source>
        <translation>%1 ещё не учётная запись: сначала примените изменение, которое её добавляет.</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:</source>
        <translation>Временный пароль %1:</translation>
    </message>
    <message>
        <source>Give it to them in person. It is shown only now; at their first sign-in they choose their own.</source>
        <translation>Передайте его лично. Он показан только сейчас; при первом входе сотрудник задаст свой.</translation>
    </message>
</context>
<context>
    <name>Kezek::AuditPage</name>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Показана %n строка</numerusform>
            <numerusform>Показаны %n строки</numerusform>
            <numerusform>Показано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка в %1.</numerusform>
            <numerusform>Экспортированы %n строки в %1.</numerusform>
            <numerusform>Экспортировано %n строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Учётная запись заблокирована</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Рабочее место разблокировано</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Пароль установлен</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Сотрудник добавлен</translation>
    </message>
    <message>
        <source>Staff disabled</source>
        <translation>Сотрудник отключён</translation>
    </message>
    <message>
        <source>Setup changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Window state set</source>
        <translation>Состояние окна изменено</translation>
    </message>
    <message>
        <source>Window released</source>
        <translation>Окно освобождено</translation>
    </message>
    <message>
        <source>Bookings imported</source>
        <translation>Записи загружены</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <source>Looked up by IIN</source>
        <translation>Поиск по ИИН</translation>
    </message>
</context>
<context>
    <name>Kezek::BookingPanel</name>
    <message>
        <source>Slots of %1</source>
        <translation>Время записи на %1</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s IIN, then book the chosen slot.</source>
        <translation>Введите ИИН гражданина, затем забронируйте выбранное время.</translation>
    </message>
    <message>
        <source>Booked %1: %2 at %3.</source>
        <translation>Забронировано %1: %2 на %3.</translation>
    </message>
    <message>
        <source>%1: none, %2</source>
        <translation>%1: нет, %2</translation>
    </message>
</context>
<context>
    <name>Kezek::CancelTicketDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Отмена %1</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangeFeed</name>
    <message>
        <source>reading the change log</source>
        <translation>чтение журнала изменений</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangePasswordDialog</name>
    <message>
        <source>%1, choose a new password of at least 8 characters.</source>
        <translation>%1, выберите новый пароль не короче 8 символов.</translation>
    </message>
    <message>
        <source>%1, your password is a temporary one. Choose your own password of at least 8 characters before you start.</source>
        <translation>%1, ваш пароль временный. Перед началом работы выберите собственный пароль не короче 8 символов.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Два новых пароля не совпадают; введите один и тот же дважды.</translation>
    </message>
</context>
<context>
    <name>Kezek::CheckInPanel</name>
    <message>
        <source>Booking code %1.</source>
        <translation>Код брони %1.</translation>
    </message>
    <message>
        <source>No booking checked in.</source>
        <translation>Прибытие по брони не отмечено.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: late by %n min (slot %2), queued as a walk-in.</source>
        <translation>
            <numerusform>Талон %1: опоздание на %n минуту (время записи %2), талон поставлен в живую очередь.</numerusform>
            <numerusform>Талон %1: опоздание на %n минуты (время записи %2), талон поставлен в живую очередь.</numerusform>
            <numerusform>Талон %1: опоздание на %n минут (время записи %2), талон поставлен в живую очередь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.</source>
        <translation>
            <numerusform>Талон %1: пришёл раньше на %n минуту; будет вызван с %2 (время записи %3), раньше — только если в живой очереди никого нет.</numerusform>
            <numerusform>Талон %1: пришёл раньше на %n минуты; будет вызван с %2 (время записи %3), раньше — только если в живой очереди никого нет.</numerusform>
            <numerusform>Талон %1: пришёл раньше на %n минут; будет вызван с %2 (время записи %3), раньше — только если в живой очереди никого нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: slot %2, late by %n min but within the tolerance: called in order.</source>
        <translation>
            <numerusform>Талон %1: время записи %2, опоздание на %n минуту в пределах допустимого: вызов в порядке брони.</numerusform>
            <numerusform>Талон %1: время записи %2, опоздание на %n минуты в пределах допустимого: вызов в порядке брони.</numerusform>
            <numerusform>Талон %1: время записи %2, опоздание на %n минут в пределах допустимого: вызов в порядке брони.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: slot %2, called in order.</source>
        <translation>Талон %1: время записи %2, вызов в порядке брони.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Booking %1 (%2): %3, IIN %4 — %5, slot %6.</source>
        <translation>Бронь %1 (%2): %3, ИИН %4 — %5, время записи %6.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::AuditCommand</name>
    <message>
        <source>The audit trail: who signed in, locked, changed the setup or the staff, and when (--from and --to are days, both included; default today).</source>
        <translation>Журнал аудита: кто входил, блокировал, менял настройку или сотрудников и когда (--from и --to — дни включительно; по умолчанию сегодня).</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>Первый день, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>ДЕНЬ</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>Последний день, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>--%1 wants a day such as 2020-05-18, not &quot;%2&quot;.</source>
        <translation>--%1 ожидает день вида 2020-05-18, а не «%2».</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 раньше --from %2.</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>С %1 по %2 ничего не записано.</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>журнал аудита</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::BookCommand</name>
    <message>
        <source>Book a citizen on site into the given or the next free slot; prints the booking id and slot.</source>
        <translation>Бронирование на месте на указанный или ближайший свободный слот; выводит идентификатор брони и слот.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>Услуга, например ID-CARD.</translation>
    </message>
    <message>
        <source>The citizen&apos;s IIN (required).</source>
        <translation>ИИН гражданина (обязательно).</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>The citizen&apos;s full name.</source>
        <translation>ФИО гражданина.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A mobile number, e.g. +7 701 555 01 01.</source>
        <translation>Номер мобильного телефона, например +7 701 555 01 01.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The slot start (10:15 today, or a date and time); default: the next slot with room.</source>
        <translation>Начало слота (10:15 сегодня или дата и время); по умолчанию — ближайший слот со свободными местами.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>book needs --iin IIN.</source>
        <translation>Для book нужен --iin IIN.</translation>
    </message>
    <message>
        <source>Booking %1: %2 on %3 at %4 for %5.</source>
        <translation>Бронь %1: %2, %3 в %4, ИИН %5.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallChosenCommand</name>
    <message>
        <source>Call a waiting ticket of your window&apos;s queue by its number, out of turn (--window N); with --at-desk, its citizen is at the desk already: serve them at once, without a call.</source>
        <translation>Вызвать ожидающий талон очереди вашего окна по номеру, вне порядка (--window N); с --at-desk гражданин уже у окна: обслужить сразу, без вызова.</translation>
    </message>
    <message>
        <source>The citizen is at the desk: start serving without a call.</source>
        <translation>Гражданин уже у окна: начать обслуживание без вызова.</translation>
    </message>
    <message>
        <source>call needs --window N.</source>
        <translation>call требует --window N.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallNextCommand</name>
    <message>
        <source>The window that calls (required).</source>
        <translation>Окно, которое вызывает (обязательно).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments besides --window N</source>
        <translation>никаких аргументов, кроме --window N</translation>
    </message>
    <message>
        <source>call-next needs --window N.</source>
        <translation>Для call-next нужен --window N.</translation>
    </message>
    <message>
        <source>Window %1 calls %2 (%3, %4; waited %5).</source>
        <translation>Окно %1 вызывает %2 (%3, %4; ожидание %5).</translation>
    </message>
    <message>
        <source>Call the next citizen to a window; prints the ticket number. The operator holding the window calls.</source>
        <translation>Вызвать следующего гражданина к окну; выводит номер талона. Вызывает оператор, занявший окно.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CancelCommand</name>
    <message>
        <source>Cancel a ticket: a waiting one (reception, a supervisor), or the one called to your window (--window N), with the reason.</source>
        <translation>Отменить талон с указанием причины: ожидающий (регистратура, руководитель) или вызванный к вашему окну (--window N).</translation>
    </message>
    <message>
        <source>citizen-left (the default) or issued-by-mistake.</source>
        <translation>citizen-left (по умолчанию) или issued-by-mistake.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>--reason is citizen-left or issued-by-mistake, not &quot;%1&quot;.</source>
        <translation>--reason — это citizen-left или issued-by-mistake, а не «%1».</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CenterCommand</name>
    <message>
        <source>The center&apos;s setup as a file (docs/CENTER-FILE.md): &quot;center export&quot; prints it, &quot;center apply FILE&quot; makes the database hold it (all checked first, one transaction; --dry-run says what would change).</source>
        <translation>Настройка центра одним файлом (docs/CENTER-FILE.md): «center export» выводит её, «center apply ФАЙЛ» приводит базу данных к ней (всё проверяется заранее, одна транзакция; --dry-run показывает, что изменится).</translation>
    </message>
    <message>
        <source>export or apply.</source>
        <translation>export или apply.</translation>
    </message>
    <message>
        <source>apply: the center file (- for standard input).</source>
        <translation>apply: файл центра (- для стандартного ввода).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[ФАЙЛ]</translation>
    </message>
    <message>
        <source>apply: say what would change, change nothing.</source>
        <translation>apply: показать, что изменится, ничего не меняя.</translation>
    </message>
    <message>
        <source>center wants export or apply, not &quot;%1&quot;.</source>
        <translation>center ожидает export или apply, а не «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>The database holds this setup already; nothing changed.</source>
        <translation>База данных уже содержит эту настройку; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) would be made (nothing was changed):</source>
        <translation>
            <numerusform>Было бы сделано %n изменение (ничего не изменено):</numerusform>
            <numerusform>Было бы сделано %n изменения (ничего не изменено):</numerusform>
            <numerusform>Было бы сделано %n изменений (ничего не изменено):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made:</source>
        <translation>
            <numerusform>Сделано %n изменение:</numerusform>
            <numerusform>Сделано %n изменения:</numerusform>
            <numerusform>Сделано %n изменений:</numerusform>
        </translation>
    </message>
    <message>
        <source>the center&apos;s setup</source>
        <translation>настройка центра</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckCommand</name>
    <message>
        <source>Check the database file for damage (every page and index); exit 2 when damaged.</source>
        <translation>Проверить файл базы данных на повреждения (все страницы и индексы); при повреждении — код завершения 2.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>Database %1: no damage found.</source>
        <translation>База данных %1: повреждений не обнаружено.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckInCommand</name>
    <message>
        <source>A booked citizen arrives (by booking id or --iin); prints the ticket number.</source>
        <translation>Гражданин по брони пришёл (по идентификатору брони или --iin); выводит номер талона.</translation>
    </message>
    <message>
        <source>The channel&apos;s booking id.</source>
        <translation>Идентификатор брони в канале записи.</translation>
    </message>
    <message>
        <source>Check in today&apos;s first booking of this IIN instead.</source>
        <translation>Вместо этого отметить прибытие по первой сегодняшней брони с этим ИИН.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>either BOOKING_ID or --iin IIN</source>
        <translation>BOOKING_ID или --iin IIN</translation>
    </message>
    <message>
        <source>--iin %1: %2</source>
        <translation>--iin %1: %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2, booking %3 for %4.</source>
        <translation>Талон %1: %2, бронь %3 на %4.</translation>
    </message>
    <message>
        <source>Late by %1: the booking priority is lost, queued as a walk-in.</source>
        <translation>Опоздание на %1: приоритет брони утрачен, талон поставлен в живую очередь.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CopyToCommand</name>
    <message>
        <source>Where to copy to: a postgresql:// URL or service=NAME (no password in it), or a new SQLite file.</source>
        <translation>Куда копировать: адрес postgresql:// или service=ИМЯ (без пароля) либо новый файл SQLite.</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 rows</source>
        <translation>Копирование: %1 из %2 строк</translation>
    </message>
    <message>
        <source>Copied %1 into %2; the row counts match:</source>
        <translation>%1 скопирована в %2; число строк совпадает:</translation>
    </message>
    <message>
        <source>Copy this center, history included, into an empty database (a center&apos;s PostgreSQL server); checks the row counts, writes all or nothing. An administrator&apos;s work.</source>
        <translation>Скопировать центр вместе с историей в пустую базу (сервер PostgreSQL центра); сверяет число строк, записывает всё или ничего. Работа администратора.</translation>
    </message>
    <message>
        <source>the whole center</source>
        <translation>весь центр</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::FinishCommand</name>
    <message>
        <source>Finish serving a ticket, recording the services served.</source>
        <translation>Завершить обслуживание талона и записать оказанные услуги.</translation>
    </message>
    <message>
        <source>A served service, repeatable; outcome done (default), refused or redirected (default: the ticket&apos;s own service, done).</source>
        <translation>Оказанная услуга, можно указывать несколько раз; результат done (по умолчанию), refused или redirected (по умолчанию — собственная услуга талона, done).</translation>
    </message>
    <message>
        <source>CODE[:outcome[:note]]</source>
        <translation>CODE[:outcome[:note]]</translation>
    </message>
    <message>
        <source>--service %1: the outcome must be done, refused or redirected.</source>
        <translation>--service %1: результат должен быть done, refused или redirected.</translation>
    </message>
    <message>
        <source>%1 served in %2.</source>
        <translation>%1 обслужен за %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ImportBookingsCommand</name>
    <message>
        <source>Import the channels&apos; booking files (CSV or JSON); prints counts and each rejected row as FILE:LINE: reason.</source>
        <translation>Загрузить файлы бронирований от каналов записи (CSV или JSON); выводит итоги и каждую отклонённую строку в виде ФАЙЛ:СТРОКА: причина.</translation>
    </message>
    <message>
        <source>Booking files to import.</source>
        <translation>Файлы бронирований для загрузки.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Загрузка: %1 из %2 строк</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>Строк: %1; загружено: %2, обновлено: %3, без изменений: %4, отклонено: %5.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::InitCommand</name>
    <message>
        <source>Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).</source>
        <translation>Создать или обновить базу данных; --demo добавляет демонстрационный центр (каталог, окна, операторы).</translation>
    </message>
    <message>
        <source>Add the demo center unless the database already has a center.</source>
        <translation>Добавить демонстрационный центр, если в базе данных ещё нет центра.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>чтение центра</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>База данных %1 готова (версия схемы %2).</translation>
    </message>
    <message>
        <source>A center already exists; it was left as it was.</source>
        <translation>Центр уже существует; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The demo center was added.</source>
        <translation>Демонстрационный центр добавлен.</translation>
    </message>
    <message>
        <source>No center is configured yet; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Центр ещё не настроен; &quot;kezekctl init --demo&quot; добавляет демонстрационный центр.</translation>
    </message>
    <message>
        <source>Only its owner (%1) and group (%2) can read and write it: whoever can write the file can do anything in it, so keep that group to the center&apos;s staff.</source>
        <translation>Читать и писать его могут только владелец (%1) и группа (%2): кто может писать в файл, может в нём всё, поэтому держите в группе только сотрудников центра.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read it (it holds IINs, names and phones); &quot;chmod 660 %1&quot; makes it private to its owner and group.</source>
        <translation>Внимание: его могут читать другие пользователи этого компьютера (в нём ИИН, имена и телефоны); &quot;chmod 660 %1&quot; оставит доступ только владельцу и группе.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::IssueCommand</name>
    <message>
        <source>Issue a walk-in ticket; prints its number.</source>
        <translation>Выдать талон в живую очередь; выводит его номер.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>Услуга, например ID-CARD.</translation>
    </message>
    <message>
        <source>Out-of-turn category (veteran, disability, pregnant, infant).</source>
        <translation>Категория обслуживания вне очереди (veteran, disability, pregnant, infant).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>Ticket %1: %2, issued at %3.</source>
        <translation>Талон %1: %2, выдан в %3.</translation>
    </message>
    <message>
        <source>Out of turn: %1.</source>
        <translation>Вне очереди: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::NoShowCommand</name>
    <message>
        <source>The called citizen did not come (after the last recall).</source>
        <translation>Вызванный гражданин не явился (после последнего повторного вызова).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::PostponeCommand</name>
    <message>
        <source>Send a called or served citizen back to wait until a set time (e.g. to fetch a document).</source>
        <translation>Вернуть вызванного или обслуживаемого гражданина в ожидание до указанного времени (например, чтобы принести документ).</translation>
    </message>
    <message>
        <source>Back in the queue at TIME (10:45).</source>
        <translation>Вернуться в очередь в TIME (10:45).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Back in the queue in N minutes.</source>
        <translation>Вернуться в очередь через N минут.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>postpone needs either --until TIME or --minutes N.</source>
        <translation>Для postpone нужен --until TIME или --minutes N.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 снова ожидает с %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::QueueCommand</name>
    <message>
        <source>The waiting tickets: with --window in the order that window will call them, otherwise all of them by service.</source>
        <translation>Ожидающие талоны: с --window — в порядке вызова этим окном, иначе все по услугам.</translation>
    </message>
    <message>
        <source>The queue of this window.</source>
        <translation>Очередь этого окна.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n waiting, in call order.</source>
        <translation>
            <numerusform>Окно %1: ожидает %n, в порядке вызова.</numerusform>
            <numerusform>Окно %1: ожидают %n, в порядке вызова.</numerusform>
            <numerusform>Окно %1: ожидают %n, в порядке вызова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, by service.</source>
        <translation>
            <numerusform>Ожидает %n, по услугам.</numerusform>
            <numerusform>Ожидают %n, по услугам.</numerusform>
            <numerusform>Ожидают %n, по услугам.</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>талон</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>why here</source>
        <translation>почему здесь</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::RecallCommand</name>
    <message>
        <source>Call a called ticket again on the hall display.</source>
        <translation>Повторно вызвать вызванный талон на табло в зале.</translation>
    </message>
    <message>
        <source>%1 called again (call %2).</source>
        <translation>%1 вызван повторно (вызов %2).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ReportCommand</name>
    <message>
        <source>The supervisor figures for a period (default: today so far) as text, CSV or JSON.</source>
        <translation>Показатели для руководителя за период (по умолчанию — сегодня на текущий момент) в виде текста, CSV или JSON.</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>Первый день (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day (default: the first day).</source>
        <translation>Последний день (по умолчанию — первый день).</translation>
    </message>
    <message>
        <source>text, csv or json (default: text).</source>
        <translation>text, csv или json (по умолчанию text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Service names in kk, ru or en (default: en).</source>
        <translation>Названия услуг на kk, ru или en (по умолчанию en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;.</source>
        <translation>--format должен быть text, csv или json, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>adding up the days: %1 of %2</source>
        <translation>подсчёт по дням: %1 из %2</translation>
    </message>
    <message>
        <source>--%1: cannot read &quot;%2&quot; as a date; write 2020-05-18, in the years %3 to %4.</source>
        <translation>--%1: не удаётся распознать &quot;%2&quot; как дату; укажите 2020-05-18, год — от %3 до %4.</translation>
    </message>
    <message>
        <source>report (%1)</source>
        <translation>отчёт (%1)</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServeCommand</name>
    <message>
        <source>The called citizen came: start serving the ticket.</source>
        <translation>Вызванный гражданин подошёл: начать обслуживание талона.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServerLoginsCommand</name>
    <message>
        <source>enable: on a PostgreSQL server, make every account a server login of its own whose group has only its role&apos;s privileges, and the PCs&apos; shared account (--pc-role) one that only reads. Run by the database&apos;s owner (with CREATEROLE), again after each upgrade (docs/ROLES.md).</source>
        <translation>enable: на сервере PostgreSQL сделать каждую учётную запись отдельным входом на сервер, чья группа имеет только права своей роли, а общую учётную запись компьютеров (--pc-role) — только читающей. Выполняет владелец базы (с CREATEROLE), повторно после каждого обновления (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>enable.</source>
        <translation>enable.</translation>
    </message>
    <message>
        <source>enable: a server role the center&apos;s PCs connect with, put in the PCs&apos; group (may be repeated).</source>
        <translation>enable: роль сервера, с которой подключаются компьютеры центра; её включают в группу компьютеров (можно несколько раз).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>server-logins wants enable, not &quot;%1&quot;.</source>
        <translation>server-logins ожидает enable, а не «%1».</translation>
    </message>
    <message>
        <source>Server logins are enabled in %1: groups %2.</source>
        <translation>Входы на сервер включены в %1: группы %2.</translation>
    </message>
    <message>
        <source>The PCs&apos; accounts %1 now only read.</source>
        <translation>Учётные записи компьютеров %1 теперь только читают.</translation>
    </message>
    <message>
        <source>These accounts need a password set on the server (kezekctl staff passwd LOGIN): %1.</source>
        <translation>Этим учётным записям нужно задать пароль на сервере (kezekctl staff passwd ЛОГИН): %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServicesCommand</name>
    <message>
        <source>List the catalogue: codes, letters, names, norms, bookable.</source>
        <translation>Показать каталог: коды, буквы, названия, нормативы, возможность бронирования.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
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
        <translation>буква</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>норматив</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>бронь</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The catalogue is empty; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Каталог пуст; &quot;kezekctl init --demo&quot; добавляет демонстрационный центр.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::SimulateCommand</name>
    <message>
        <source>The day to play (default: today).</source>
        <translation>Моделируемый день (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>How many windows work: the first N; missing ones are added serving every service (default 12).</source>
        <translation>Сколько окон работает: первые N; недостающие добавляются и обслуживают все услуги (по умолчанию 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many citizens come (default 600).</source>
        <translation>Сколько граждан придёт (по умолчанию 600).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The share of citizens who booked, 0 to 1 (default 0.5).</source>
        <translation>Доля граждан с бронью, от 0 до 1 (по умолчанию 0.5).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The random seed: the same seed plays the same day (default 1).</source>
        <translation>Начальное значение генератора случайных чисел: одно и то же значение даёт один и тот же день (по умолчанию 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>--windows needs a positive whole number.</source>
        <translation>--windows требует целое положительное число.</translation>
    </message>
    <message>
        <source>--citizens needs a positive whole number.</source>
        <translation>--citizens требует целое положительное число.</translation>
    </message>
    <message>
        <source>--booked-share needs a number from 0 to 1.</source>
        <translation>--booked-share требует число от 0 до 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed требует целое число.</translation>
    </message>
    <message>
        <source>Simulated %1 at %2 windows (seed %3) in %4 s.</source>
        <translation>Смоделирован день %1, окон: %2 (seed %3), за %4 с.</translation>
    </message>
    <message>
        <source>  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)</source>
        <translation>  граждан:           %1 (по брони %2, в живой очереди %3, вне очереди %4)</translation>
    </message>
    <message>
        <source>  served:         %1</source>
        <translation>  обслужено:         %1</translation>
    </message>
    <message>
        <source>  no-shows:       %1 booked never came, %2 did not answer the calls</source>
        <translation>  неявки:            %1 с бронью не пришли, %2 не откликнулись на вызовы</translation>
    </message>
    <message>
        <source>  left the queue: %1</source>
        <translation>  ушли из очереди:   %1</translation>
    </message>
    <message>
        <source>  average wait:   %1 (longest %2)</source>
        <translation>  среднее ожидание:  %1 (максимальное %2)</translation>
    </message>
    <message>
        <source>  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements</source>
        <translation>  также:             опозданий по брони %1, повторных вызовов %2, перенаправлений %3, отложенных %4</translation>
    </message>
    <message>
        <source>  windows added:  %1, serving every service</source>
        <translation>  добавлено окон:    %1, обслуживают все услуги</translation>
    </message>
    <message>
        <source>  also served %1 tickets that were waiting before</source>
        <translation>  также обслужено талонов, ожидавших ранее: %1</translation>
    </message>
    <message>
        <source>  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come</source>
        <translation>  остановлено в %1 (сейчас): ожидают %2, у окон %3, ещё придут %4</translation>
    </message>
    <message>
        <source>  last citizen left at %1</source>
        <translation>  последний гражданин ушёл в %1</translation>
    </message>
    <message>
        <source>--date: cannot read &quot;%1&quot; as a date; write 2020-05-18, in the years %2 to %3.</source>
        <translation>--date: не удаётся распознать &quot;%1&quot; как дату; укажите 2020-05-18, год — от %2 до %3.</translation>
    </message>
    <message>
        <source>Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to now. An administrator&apos;s work.</source>
        <translation>Проиграть реалистичный день очереди (записи, приход, вызовы, обслуживание); для сегодняшнего дня — до текущего момента. Работа администратора.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::StaffCommand</name>
    <message>
        <source>Staff accounts: add LOGIN, passwd LOGIN, disable LOGIN, list. New passwords are temporary (changed at the first sign-in) and come from --password-file or are typed twice at the terminal.</source>
        <translation>Учётные записи сотрудников: add ЛОГИН, passwd ЛОГИН, disable ЛОГИН, list. Новые пароли временные (меняются при первом входе) и берутся из --password-file или вводятся дважды в терминале.</translation>
    </message>
    <message>
        <source>add, passwd, disable or list.</source>
        <translation>add, passwd, disable или list.</translation>
    </message>
    <message>
        <source>The account (not for list).</source>
        <translation>Учётная запись (не для list).</translation>
    </message>
    <message>
        <source>[LOGIN]</source>
        <translation>[ЛОГИН]</translation>
    </message>
    <message>
        <source>add: the person&apos;s full name.</source>
        <translation>add: полное имя сотрудника.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>add, passwd: read the new password from the first line of FILE (yours alone: chmod 600) instead of the terminal.</source>
        <translation>add, passwd: прочитать новый пароль из первой строки ФАЙЛА (только вашего: chmod 600), а не из терминала.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>passwd: the password is not to be changed at the next sign-in.</source>
        <translation>passwd: пароль не нужно менять при следующем входе.</translation>
    </message>
    <message>
        <source>staff wants add, passwd, disable or list, not &quot;%1&quot;.</source>
        <translation>staff ожидает add, passwd, disable или list, а не «%1».</translation>
    </message>
    <message>
        <source>%1 is disabled: they can no longer sign in; their history stays.</source>
        <translation>%1 отключён: войти больше нельзя; история сохраняется.</translation>
    </message>
    <message>
        <source>give the new password with --password-file FILE, or run this at a terminal to type it</source>
        <translation>передайте новый пароль через --password-file ФАЙЛ или запустите команду в терминале, чтобы ввести его</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Ещё раз: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>пароль не введён</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>пароли не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>add needs --name &quot;FULL NAME&quot;.</source>
        <translation>для add нужен --name &quot;ПОЛНОЕ ИМЯ&quot;.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3). The password is temporary: it is changed at the first sign-in.</source>
        <translation>Добавлен %1 (%2, %3). Пароль временный: он меняется при первом входе.</translation>
    </message>
    <message>
        <source>The password of %1 is set; it is changed at the next sign-in.</source>
        <translation>Пароль %1 установлен; он меняется при следующем входе.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>Пароль %1 установлен.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>временный</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <source>add: operator, reception, supervisor, admin or system (night jobs).</source>
        <translation>add: operator, reception, supervisor, admin или system (ночные задания).</translation>
    </message>
    <message>
        <source>add needs --role operator, reception, supervisor, admin or system.</source>
        <translation>add требует --role operator, reception, supervisor, admin или system.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TicketStepCommand</name>
    <message>
        <source>Today&apos;s ticket number, e.g. A001.</source>
        <translation>Номер сегодняшнего талона, например A001.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Act at this window (refused if the ticket is at another).</source>
        <translation>Действовать в этом окне (отказ, если талон в другом).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TransferCommand</name>
    <message>
        <source>Send a called or served ticket to another window or service; it goes to the front of that queue and keeps its number.</source>
        <translation>Направить вызванный или обслуживаемый талон в другое окно или на другую услугу; он встаёт в начало той очереди и сохраняет свой номер.</translation>
    </message>
    <message>
        <source>Transfer to this window.</source>
        <translation>Перенаправить в это окно.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transfer to this service&apos;s queue.</source>
        <translation>Перенаправить в очередь этой услуги.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why, for the next operator.</source>
        <translation>Причина — для следующего оператора.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>transfer needs either --window N or --service CODE.</source>
        <translation>Для transfer нужен --window N или --service CODE.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>окно %1</translation>
    </message>
    <message>
        <source>%1 waits at the front of the queue for %2.</source>
        <translation>%1 ожидает в начале очереди: %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowCommand</name>
    <message>
        <source>A window: open, pause --reason REASON, close (its operator, or a supervisor for any window), sign-in (an operator takes it) or release (given up; a supervisor&apos;s for another&apos;s).</source>
        <translation>Окно: open, pause --reason ПРИЧИНА, close (его оператор или супервайзер для любого окна), sign-in (оператор занимает окно) или release (окно освобождается; чужое — супервайзером).</translation>
    </message>
    <message>
        <source>The window number.</source>
        <translation>Номер окна.</translation>
    </message>
    <message>
        <source>open, pause, close, sign-in or release.</source>
        <translation>open, pause, close, sign-in или release.</translation>
    </message>
    <message>
        <source>pause: break, disinfection or technical.</source>
        <translation>pause: break, disinfection или technical.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>window wants a window number first, not &quot;%1&quot;.</source>
        <translation>window ждёт сначала номер окна, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds window %2.</source>
        <translation>%1 занимает окно %2.</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>Окно %1 свободно для следующего оператора.</translation>
    </message>
    <message>
        <source>pause needs --reason break, disinfection or technical.</source>
        <translation>pause требует --reason break, disinfection или technical.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>Окно %1: %2.</translation>
    </message>
    <message>
        <source>window wants open, pause, close, sign-in or release, not &quot;%1&quot;.</source>
        <translation>window ждёт open, pause, close, sign-in или release, а не &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowsCommand</name>
    <message>
        <source>List the windows, their state, operator and services.</source>
        <translation>Показать окна, их состояние, оператора и услуги.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>без аргументов</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>services</source>
        <translation>услуги</translation>
    </message>
    <message>
        <source>No windows are configured; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>Окна не настроены; &quot;kezekctl init --demo&quot; добавляет демонстрационный центр.</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Запись на</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>Вне очереди</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Время обслуживания</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>Since the call</source>
        <translation>С момента вызова</translation>
    </message>
</context>
<context>
    <name>Kezek::DisplayModel</name>
    <message>
        <source>reading the calls</source>
        <translation>чтение вызовов</translation>
    </message>
</context>
<context>
    <name>Kezek::FigureTableModel</name>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Tickets issued or checked in</source>
        <translation>Выдано талонов или отмечено прибытий по брони</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Citizens whose ticket ended served</source>
        <translation>Граждане, обслуживание которых завершено</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужены</translation>
    </message>
    <message>
        <source>Services done (a citizen may receive several)</source>
        <translation>Оказано услуг (гражданин может получить несколько)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Citizens waiting for a call at the end of the hour</source>
        <translation>Граждане, ожидающие вызова на конец часа</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>From arrival to the first call</source>
        <translation>От прихода до первого вызова</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Среднее ожидание</translation>
    </message>
    <message>
        <source>From the start of service to its end</source>
        <translation>От начала до окончания обслуживания</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Среднее обслуживание</translation>
    </message>
    <message>
        <source>The catalogue norm of what was served</source>
        <translation>Норматив по каталогу для оказанных услуг</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Average service against the norm; over 125% is marked</source>
        <translation>Среднее обслуживание относительно норматива; свыше 125% выделяется</translation>
    </message>
    <message>
        <source>Of norm</source>
        <translation>От норматива</translation>
    </message>
    <message>
        <source>Time the window stood free while citizens waited for its services</source>
        <translation>Время, когда окно было свободно, а граждане ждали его услуг</translation>
    </message>
    <message>
        <source>Idle while waited</source>
        <translation>Простой при ожидании</translation>
    </message>
</context>
<context>
    <name>Kezek::FinishDialog</name>
    <message>
        <source>Which services did %1 receive? Tick each one and choose its outcome.</source>
        <translation>Какие услуги получил %1? Отметьте каждую и выберите результат.</translation>
    </message>
    <message>
        <source>Tick at least one served service.</source>
        <translation>Отметьте хотя бы одну оказанную услугу.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) will be recorded.</source>
        <translation>
            <numerusform>Будет записана %n услуга.</numerusform>
            <numerusform>Будут записаны %n услуги.</numerusform>
            <numerusform>Будут записаны %n услуг.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1 Your entries are kept; press OK again once the database is back.</source>
        <translation>Не записано: %1 Введённое сохранено; нажмите OK ещё раз, когда база данных снова будет доступна.</translation>
    </message>
</context>
<context>
    <name>Kezek::FirstRunWizard</name>
    <message>
        <source>administrator&apos;s password: the two passwords differ</source>
        <translation>пароль администратора: пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>Kezek::ForecastModel</name>
    <message numerus="yes">
        <source>%n more window(s) needed to call %1% of citizens within %2 min</source>
        <translation>
            <numerusform>Нужно ещё %n окно, чтобы вызывать %1% граждан в течение %2 мин</numerusform>
            <numerusform>Нужно ещё %n окна, чтобы вызывать %1% граждан в течение %2 мин</numerusform>
            <numerusform>Нужно ещё %n окон, чтобы вызывать %1% граждан в течение %2 мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Booked (expected)</source>
        <translation>По брони (ожидается)</translation>
    </message>
    <message>
        <source>Walk-ins (expected)</source>
        <translation>Живая очередь (ожидается)</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Время обслуживания</translation>
    </message>
    <message>
        <source>Load (Erlang)</source>
        <translation>Нагрузка (Эрланг)</translation>
    </message>
    <message>
        <source>Windows needed</source>
        <translation>Нужно окон</translation>
    </message>
    <message>
        <source>Windows planned</source>
        <translation>Запланировано окон</translation>
    </message>
    <message>
        <source>Within target (planned)</source>
        <translation>В пределах нормы (план)</translation>
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
        <translation>Окно</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
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
            <numerusform>В зале ожидает %n гражданин</numerusform>
            <numerusform>В зале ожидают %n гражданина</numerusform>
            <numerusform>В зале ожидают %n граждан</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>Окно %1 свободно для следующего оператора.</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>Окно %1 приостановлено: %2.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>Окно %1: %2.</translation>
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
        <translation>Файлы бронирований для загрузки</translation>
    </message>
    <message>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation>Файлы бронирований (*.csv *.json);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n booking file(s)…</source>
        <translation>
            <numerusform>Загрузка %n файла бронирований…</numerusform>
            <numerusform>Загрузка %n файлов бронирований…</numerusform>
            <numerusform>Загрузка %n файлов бронирований…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Загрузка отменена: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Kezek::ImportReportDialog</name>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>Прочитано строк: %1; загружено: %2, обновлено: %3, без изменений: %4, отклонено: %5.</translation>
    </message>
    <message>
        <source>Booking import</source>
        <translation>Загрузка бронирований</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонённые строки:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранить отчёт о загрузке</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>Kezek::LockPanel</name>
    <message>
        <source>This is the console of %1 (%2). Only their password opens it; anyone else signs them out first.</source>
        <translation>Это рабочее место сотрудника %1 (%2). Открыть его можно только паролем этого сотрудника; другой сначала завершает его сеанс.</translation>
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
        <translation>Kezek — окно %1</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>The database file at %1 was replaced; Kezek opened the one there now.</source>
        <translation>Файл базы данных %1 был заменён; Kezek открыл файл, который находится там сейчас.</translation>
    </message>
    <message>
        <source>No connection to the database since %1. %2 Actions are refused until it is back; nothing you typed is lost.</source>
        <translation>Нет подключения к базе данных с %1. %2 До восстановления подключения действия не выполняются; введённые данные не потеряны.</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Подключение к базе данных восстановлено.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>Kezek::OperatorConsole</name>
    <message>
        <source>%1 is called to window %2.</source>
        <translation>%1 вызван к окну %2.</translation>
    </message>
    <message>
        <source>%1 is called again (call %2 of %3).</source>
        <translation>%1 вызван повторно (вызов %2 из %3).</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Обслуживается %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is finished: %n service(s) recorded.</source>
        <translation>
            <numerusform>%1 обслужен: записана %n услуга.</numerusform>
            <numerusform>%1 обслужен: записаны %n услуги.</numerusform>
            <numerusform>%1 обслужен: записано %n услуг.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as a no-show.</source>
        <translation>%1 отмечен как неявка.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 снова ожидает с %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 перенаправлен в окно %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 перенаправлен на услугу «%2».</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>Окно %1 приостановлено: %2.</translation>
    </message>
    <message>
        <source>Window %1 is open again.</source>
        <translation>Окно %1 снова открыто.</translation>
    </message>
    <message>
        <source>The window is not open. Resume it to call citizens.</source>
        <translation>Окно не открыто. Возобновите работу, чтобы вызывать граждан.</translation>
    </message>
    <message>
        <source>The window is free. Call the next citizen (%1).</source>
        <translation>Окно свободно. Вызовите следующего гражданина (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>window state and pause reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Window %1 · %2 · %3</source>
        <translation>Окно %1 · %2 · %3</translation>
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
            <numerusform>%n ожидает</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>никто не ждёт</translation>
    </message>
    <message>
        <source>longest wait %1 — over target</source>
        <translation>дольше всех ждёт %1 — сверх нормы</translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation>дольше всех ждёт %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Nobody else waits.</source>
        <translation>Больше никто не ждёт.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not come after %n call(s): record the no-show and call the next citizen</source>
        <translation>
            <numerusform>%1 не подошёл после %n вызова: отметить неявку и вызвать следующего гражданина</numerusform>
            <numerusform>%1 не подошёл после %n вызовов: отметить неявку и вызвать следующего гражданина</numerusform>
            <numerusform>%1 не подошёл после %n вызовов: отметить неявку и вызвать следующего гражданина</numerusform>
        </translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Вызов по номеру</translation>
    </message>
    <message>
        <source>Ticket number (such as A017):</source>
        <translation>Номер талона (например, A017):</translation>
    </message>
    <message>
        <source>Serving %1, who was at the desk (no call on the hall display).</source>
        <translation>Обслуживается %1: гражданин был у окна (без вызова на табло).</translation>
    </message>
    <message>
        <source>Serve by number at the desk</source>
        <translation>Обслужить по номеру у окна</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 отменён: %2.</translation>
    </message>
    <message>
        <source>%1 · called %2 ago</source>
        <comment>calls made of the most allowed, time since the last call</comment>
        <translation>%1 · вызван %2 назад</translation>
    </message>
</context>
<context>
    <name>Kezek::PostponeDialog</name>
    <message>
        <source>When does %1 come back? The ticket keeps its number and waits again from that time.</source>
        <translation>Когда вернётся %1? Талон сохранит свой номер и снова встанет в очередь с этого времени.</translation>
    </message>
</context>
<context>
    <name>Kezek::QueueModel</name>
    <message>
        <source>back from postponement</source>
        <translation>вернулся после отсрочки</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>перенаправлен</translation>
    </message>
    <message>
        <source>booked %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>по брони %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <comment>queue reason; %1 is the priority category</comment>
        <translation>вне очереди: %1</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>ранняя бронь %1</translation>
    </message>
    <message>
        <source>late for booking %1: walk-in</source>
        <comment>queue reason</comment>
        <translation>опоздал на бронь %1: живая очередь</translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>queue reason</comment>
        <translation>живая очередь</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Why here</source>
        <comment>queue column: the reason for the ticket&apos;s place</comment>
        <translation>Почему здесь</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>queue column: time waited so far</comment>
        <translation>Ожидание</translation>
    </message>
</context>
<context>
    <name>Kezek::ReceptionWidget</name>
    <message>
        <source>%1 of %2 inside</source>
        <translation>В зале %1 из %2</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Талоны ещё не выдавались.</translation>
    </message>
    <message>
        <source>Issued at %1</source>
        <translation>Выдан в %1</translation>
    </message>
    <message>
        <source>Booked slot %1</source>
        <translation>Время записи %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead</source>
        <translation>
            <numerusform>Впереди %n человек</numerusform>
            <numerusform>Впереди %n человека</numerusform>
            <numerusform>Впереди %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n min</source>
        <translation>
            <numerusform>Примерное время ожидания: около %n минуты</numerusform>
            <numerusform>Примерное время ожидания: около %n минут</numerusform>
            <numerusform>Примерное время ожидания: около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>No window serving this service is open: no estimate.</source>
        <translation>Нет открытых окон, обслуживающих эту услугу: оценить время ожидания невозможно.</translation>
    </message>
    <message>
        <source>The ticket could not be printed on %1.</source>
        <translation>Не удалось напечатать талон на %1.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>Не удалось напечатать талон.</translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation>Талон в живую очередь</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Прибытие по брони</translation>
    </message>
    <message>
        <source>On-site booking</source>
        <translation>Бронирование на месте</translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation>Загрузка бронирований</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Регистратура</translation>
    </message>
    <message>
        <source>Ticket %1 was not printed: no printer is set up. Write the number down for the citizen, or use &quot;Print ticket…&quot; to save a PDF.</source>
        <translation>Талон %1 не напечатан: принтер не настроен. Запишите номер для гражданина или сохраните PDF через «Печать талона…».</translation>
    </message>
    <message>
        <source>Cancel a ticket</source>
        <translation>Отменить талон</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 отменён: %2.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>&amp;Отменить талон…</translation>
    </message>
</context>
<context>
    <name>Kezek::ServedServicesModel</name>
    <message>
        <source>Served service</source>
        <translation>Оказанная услуга</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>%1: можно забронировать</translation>
    </message>
    <message>
        <source>%1: walk-in only, cannot be booked</source>
        <translation>%1: только живая очередь, без бронирования</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceTotalsModel</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>number of people waiting</comment>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>No window (reception, supervisor)</source>
        <translation>Без окна (регистратура, руководитель)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Choose the window you work at.</source>
        <translation>Выберите окно, за которым Вы работаете.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Choose your own password to sign in.</source>
        <translation>Чтобы войти, выберите собственный пароль.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 — учётная запись ночных заданий: она работает через kezekctl, а не за пультом.</translation>
    </message>
</context>
<context>
    <name>Kezek::SlotModel</name>
    <message>
        <source>over</source>
        <translation>прошло</translation>
    </message>
    <message>
        <source>full</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
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
        <translation>Подсчёт показателей за дни периода…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation>В пределах %1 мин</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n неявка)</numerusform>
            <numerusform>%1 (%n неявки)</numerusform>
            <numerusform>%1 (%n неявок)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Served by channel: %1</source>
        <translation>Обслужено по каналам: %1</translation>
    </message>
    <message>
        <source>Live: today so far, updated %1</source>
        <translation>В реальном времени: сегодня на текущий момент, обновлено в %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with tickets in the period</source>
        <translation>
            <numerusform>%n день с талонами за период</numerusform>
            <numerusform>%n дня с талонами за период</numerusform>
            <numerusform>%n дней с талонами за период</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n earlier day(s) of the same weekday; %1 of bookings come; service takes %2 on average. Most windows needed: %3 at %4:00. Hours short of windows: %5.</source>
        <translation>
            <numerusform>По данным за %n предыдущий такой же день недели: приходят %1 забронировавших; обслуживание в среднем занимает %2. Больше всего окон нужно: %3 в %4:00. Часы с нехваткой окон: %5.</numerusform>
            <numerusform>По данным за %n предыдущих таких же дня недели: приходят %1 забронировавших; обслуживание в среднем занимает %2. Больше всего окон нужно: %3 в %4:00. Часы с нехваткой окон: %5.</numerusform>
            <numerusform>По данным за %n предыдущих таких же дней недели: приходят %1 забронировавших; обслуживание в среднем занимает %2. Больше всего окон нужно: %3 в %4:00. Часы с нехваткой окон: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>No windows are needed: %1.</source>
        <translation>Окна не нужны: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::TransferDialog</name>
    <message>
        <source>Where does %1 go? The ticket keeps its number and goes to the front of that queue.</source>
        <translation>Куда направить %1? Талон сохранит свой номер и встанет в начало той очереди.</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
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
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>No (regular queue)</source>
        <translation>Нет (общая очередь)</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>Выдан талон %1.</translation>
    </message>
    <message numerus="yes">
        <source>The next free slot is %1 (%n place(s) left).</source>
        <translation>
            <numerusform>Ближайшее свободное время — %1 (осталось %n место).</numerusform>
            <numerusform>Ближайшее свободное время — %1 (осталось %n места).</numerusform>
            <numerusform>Ближайшее свободное время — %1 (осталось %n мест).</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1 for this citizen</source>
        <translation>Забронировать %1 для этого гражданина</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>This console is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
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
        <translation>&amp;Окно</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Сменить пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
        <translation>&amp;Заблокировать рабочее место</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kezek</source>
        <translation>&amp;О программе Кезек</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>обслуживается</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>не явился</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>перенаправлен</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
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
        <translation>бронь на месте</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>живая очередь</translation>
    </message>
    <message>
        <source>done</source>
        <translation>оказана</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>перенаправлена</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>break</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation>дезинфекция</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>технические неполадки</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>регистратура</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>booking only</source>
        <translation>только по брони</translation>
    </message>
    <message>
        <source>bookings and walk-ins</source>
        <translation>по брони и в живой очереди</translation>
    </message>
    <message>
        <source>night jobs</source>
        <translation>ночные задания</translation>
    </message>
    <message>
        <source>the citizen left</source>
        <translation>гражданин ушёл</translation>
    </message>
    <message>
        <source>issued by mistake</source>
        <translation>выдан по ошибке</translation>
    </message>
</context>
<context>
    <name>OpeningHoursTable</name>
    <message>
        <source>setting the opening hours</source>
        <translation>запись часов работы</translation>
    </message>
    <message>
        <source>setting the closed days</source>
        <translation>запись нерабочих дней</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Запись на:</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Вне очереди:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Вызовы:</translation>
    </message>
    <message>
        <source>Waited:</source>
        <translation>Ожидание:</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>Время обслуживания:</translation>
    </message>
    <message>
        <source>This window&apos;s queue, in call order:</source>
        <translation>Очередь этого окна в порядке вызова:</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Вызвать следующего</translation>
    </message>
    <message>
        <source>Call the next citizen of this window&apos;s queue to the window</source>
        <translation>Вызвать к окну следующего гражданина из очереди этого окна</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Повторный вызов</translation>
    </message>
    <message>
        <source>Repeat the call on the hall display</source>
        <translation>Повторить вызов на табло в зале</translation>
    </message>
    <message>
        <source>Citizen &amp;arrived</source>
        <translation>Гражданин &amp;подошёл</translation>
    </message>
    <message>
        <source>The citizen is at the window: start serving</source>
        <translation>Гражданин подошёл к окну: начать обслуживание</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <source>Record the served services and free the window</source>
        <translation>Записать оказанные услуги и освободить окно</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Не явился</translation>
    </message>
    <message>
        <source>The citizen did not come after the last call</source>
        <translation>Гражданин не подошёл после последнего вызова</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <source>The citizen comes back later today, e.g. with a missing document</source>
        <translation>Гражданин вернётся сегодня позже, например с недостающим документом</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перенаправить…</translation>
    </message>
    <message>
        <source>Send the citizen to another window or service</source>
        <translation>Направить гражданина в другое окно или на другую услугу</translation>
    </message>
    <message>
        <source>Pa&amp;use window…</source>
        <translation>&amp;Приостановить окно…</translation>
    </message>
    <message>
        <source>Pause this window with a reason</source>
        <translation>Приостановить работу окна с указанием причины</translation>
    </message>
    <message>
        <source>Re&amp;sume window</source>
        <translation>&amp;Возобновить окно</translation>
    </message>
    <message>
        <source>Open this window again</source>
        <translation>Снова открыть это окно</translation>
    </message>
    <message>
        <source>Call &amp;this citizen</source>
        <translation>Вызвать &amp;этого гражданина</translation>
    </message>
    <message>
        <source>Call the citizen chosen in the queue, out of turn (Enter or a double click on the row)</source>
        <translation>Вызвать выбранного в очереди гражданина вне порядка (Enter или двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Call by n&amp;umber…</source>
        <translation>Вызов по &amp;номеру…</translation>
    </message>
    <message>
        <source>Call a ticket of this window&apos;s queue by its number, such as A017</source>
        <translation>Вызвать талон из очереди этого окна по номеру, например A017</translation>
    </message>
    <message>
        <source>&amp;Serve this citizen now</source>
        <translation>Об&amp;служить этого гражданина сейчас</translation>
    </message>
    <message>
        <source>The citizen chosen in the queue is at the desk already: serve them without a call</source>
        <translation>Выбранный в очереди гражданин уже у окна: обслужить без вызова</translation>
    </message>
    <message>
        <source>Serve by number &amp;at the desk…</source>
        <translation>Обслужить по номеру &amp;у окна…</translation>
    </message>
    <message>
        <source>The citizen with this ticket is at the desk already: serve them without a call</source>
        <translation>Гражданин с этим талоном уже у окна: обслужить без вызова</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the ticket…</source>
        <translation>&amp;Отменить талон…</translation>
    </message>
    <message>
        <source>The called citizen leaves, or the ticket was issued by mistake: cancel it with the reason</source>
        <translation>Вызванный гражданин уходит или талон выдан по ошибке: отменить с указанием причины</translation>
    </message>
</context>
<context>
    <name>OperatorDay</name>
    <message>
        <source>reading your figures of today</source>
        <translation>чтении ваших показателей за сегодня</translation>
    </message>
    <message>
        <source>Served today: none yet</source>
        <translation>Обслужено сегодня: пока никого</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2 — over the norm of %3</source>
        <translation>Обслужено сегодня: %1 · моё среднее %2 — больше норматива %3</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2, within the norm of %3</source>
        <translation>Обслужено сегодня: %1 · моё среднее %2, в пределах норматива %3</translation>
    </message>
</context>
<context>
    <name>PasswordFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 may be read by others, so it cannot hold a password; make it yours alone (chmod 600 %1)</source>
        <translation>%1 доступен для чтения другим, поэтому в нём нельзя хранить пароль; сделайте его только своим (chmod 600 %1)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line</source>
        <translation>в первой строке %1 нет пароля</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>the password library could not start</source>
        <translation>библиотека паролей не запустилась</translation>
    </message>
    <message>
        <source>not enough memory to protect the password (Argon2id needs 64 MiB)</source>
        <translation>недостаточно памяти для защиты пароля (Argon2id нужно 64 МиБ)</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation>Пароль не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>A password may not be the login.</source>
        <translation>Пароль не может совпадать с логином.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the window</source>
        <translation>Приостановка окна</translation>
    </message>
    <message>
        <source>Why does the window pause? The hall sees the window as paused until you resume.</source>
        <translation>Почему окно приостанавливает работу? В зале окно будет показано как приостановленное, пока Вы не возобновите работу.</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Перерыв</translation>
    </message>
    <message>
        <source>&amp;Disinfection</source>
        <translation>&amp;Дезинфекция</translation>
    </message>
    <message>
        <source>&amp;Technical problem</source>
        <translation>&amp;Технические неполадки</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone &quot;%1&quot; is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)</source>
        <translation>телефон &quot;%1&quot; не является казахстанским мобильным номером (+7 70x или 77x и ещё 7 цифр)</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the ticket</source>
        <translation>Отложить талон</translation>
    </message>
    <message>
        <source>&amp;Return at:</source>
        <translation>&amp;Вернуться в:</translation>
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
        <translation>+1 час</translation>
    </message>
</context>
<context>
    <name>ProgramVersion</name>
    <message>
        <source>Copyright (C) 2026 The Kezek developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Copyright (C) 2026 Разработчики Кезек.
Лицензия GPL-3.0-or-later: GNU GPL версии 3 или более поздней &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
Это свободная программа: вы можете изменять и распространять её.
Нет НИКАКИХ ГАРАНТИЙ в той мере, в какой это допускает закон.</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>recording the event</source>
        <translation>запись события</translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation>сохранение талона %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago.</source>
        <translation>%1 только что был изменён кем-то другим.</translation>
    </message>
    <message>
        <source>%1 is at window %2, not at yours.</source>
        <translation>%1 находится у окна %2, а не у Вашего.</translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation>выдача талона %1</translation>
    </message>
    <message>
        <source>This center serves booked citizens only: book %1 into the next free slot instead.</source>
        <translation>Этот центр обслуживает только по брони: вместо этого забронируйте %1 на ближайший свободный слот.</translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation>бронирование %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>No booking for today was found for %1 (or it is already checked in).</source>
        <translation>Бронирование на сегодня для %1 не найдено (или прибытие по нему уже отмечено).</translation>
    </message>
    <message>
        <source>%1 is already checked in: ticket %2.</source>
        <translation>Прибытие по %1 уже отмечено: талон %2.</translation>
    </message>
    <message>
        <source>The code %1 belongs to bookings of more than one channel; check in by IIN.</source>
        <translation>Код %1 относится к бронированиям из нескольких каналов; отметьте прибытие по ИИН.</translation>
    </message>
    <message>
        <source>checking in %1</source>
        <translation>отметка прибытия: %1</translation>
    </message>
    <message>
        <source>%1 was checked in by another desk a moment ago.</source>
        <translation>Прибытие по %1 только что отметили на другом рабочем месте.</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>приостановлено (%1)</translation>
    </message>
    <message>
        <source>Window %1 is %2; resume it before calling.</source>
        <translation>Окно %1 %2; возобновите его работу перед вызовом.</translation>
    </message>
    <message>
        <source>Window %1 still has %2 (%3); finish it first.</source>
        <translation>У окна %1 ещё талон %2 (%3); сначала завершите его.</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>Для окна %1 никто не ожидает.</translation>
    </message>
    <message>
        <source>updating window %1</source>
        <translation>обновление окна %1</translation>
    </message>
    <message>
        <source>%1 has been called %2 times, the limit; mark a no-show instead.</source>
        <translation>Число вызовов %1 достигло предела (%2); вместо вызова отметьте неявку.</translation>
    </message>
    <message>
        <source>%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).</source>
        <translation>%1 был вызван %2 с назад; между вызовами должно пройти не менее %3 с (подождите %4 с).</translation>
    </message>
    <message>
        <source>Choose at least one served service before finishing.</source>
        <translation>Перед завершением выберите хотя бы одну оказанную услугу.</translation>
    </message>
    <message>
        <source>recording the served services of %1</source>
        <translation>запись оказанных услуг по %1</translation>
    </message>
    <message>
        <source>%1 was called %2 of %3 times; call again before marking a no-show.</source>
        <translation>%1: вызовов %2 из %3; прежде чем отмечать неявку, вызовите ещё раз.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>The return time must be later than now.</source>
        <translation>Время возвращения должно быть позже текущего.</translation>
    </message>
    <message>
        <source>The return time must be today before closing.</source>
        <translation>Время возвращения должно быть сегодня до закрытия.</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 уже у окна %2.</translation>
    </message>
    <message>
        <source>recording the state of window %1</source>
        <translation>запись состояния окна %1</translation>
    </message>
    <message>
        <source>Choose a reason for the pause.</source>
        <translation>Выберите причину приостановки.</translation>
    </message>
    <message>
        <source>Window %1 has %2; finish or transfer it first.</source>
        <translation>У окна %1 талон %2; сначала завершите или перенаправьте его.</translation>
    </message>
    <message>
        <source>changing the state of window %1</source>
        <translation>изменение состояния окна %1</translation>
    </message>
    <message>
        <source>signing in at window %1</source>
        <translation>вход за окном %1</translation>
    </message>
    <message>
        <source>Window %1 is closed; transfer to an open window or to a service.</source>
        <translation>Окно %1 закрыто; перенаправьте в открытое окно или на услугу.</translation>
    </message>
    <message>
        <source>%1 is already for %2; choose another service or a window.</source>
        <translation>Талон %1 уже относится к услуге %2; выберите другую услугу или окно.</translation>
    </message>
    <message>
        <source>not called before closing</source>
        <translation>не вызван до закрытия</translation>
    </message>
    <message>
        <source>closing out earlier days</source>
        <translation>закрытие предыдущих дней</translation>
    </message>
    <message>
        <source>closed out at the end of the day: left at the window</source>
        <translation>закрыт в конце дня: талон остался у окна</translation>
    </message>
    <message>
        <source>issuing ticket %1 returned no id.</source>
        <translation>выдача талона %1 не вернула идентификатор.</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it.</source>
        <translation>Услуга %1 выведена: центр её больше не оказывает.</translation>
    </message>
    <message>
        <source>the out-of-turn category %1 is switched off</source>
        <translation>категория обслуживания вне очереди %1 отключена</translation>
    </message>
    <message>
        <source>checked in: %1</source>
        <translation>зарегистрирован: %1</translation>
    </message>
    <message>
        <source>Sign in at window %1 first.</source>
        <translation>Сначала войдите в окне %1.</translation>
    </message>
    <message>
        <source>Window %1 is held by %2 (%3); a supervisor can release it.</source>
        <translation>Окно %1 занято: %2 (%3); освободить его может супервайзер.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>окно %1</translation>
    </message>
    <message>
        <source>You still have %1 at window %2; finish or transfer it before moving.</source>
        <translation>У вас ещё %1 в окне %2; завершите или передайте его, прежде чем переходить.</translation>
    </message>
    <message>
        <source>Nobody holds window %1.</source>
        <translation>Окно %1 никем не занято.</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be called.</source>
        <translation>%1 не ожидает (%2); вызвать можно только ожидающий талон.</translation>
    </message>
    <message>
        <source>%1 is not in the queue of window %2: its service is served elsewhere.</source>
        <translation>%1 не в очереди окна %2: его услугу оказывают в другом окне.</translation>
    </message>
    <message>
        <source>chosen from the queue</source>
        <translation>выбран из очереди</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be served without a call.</source>
        <translation>%1 не ожидает (%2); без вызова можно обслужить только ожидающий талон.</translation>
    </message>
    <message>
        <source>served without a call: the citizen was at the desk</source>
        <translation>обслужен без вызова: гражданин был у окна</translation>
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
        <translation>Зал заполнен: попросите граждан подождать снаружи или прийти позже.</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Последний талон</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>Талоны ещё не выдавались.</translation>
    </message>
    <message>
        <source>Print each ticket at once</source>
        <translation>Печатать каждый талон сразу</translation>
    </message>
    <message>
        <source>Print ticket…</source>
        <translation>Печать талона…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>&amp;Отменить талон…</translation>
    </message>
    <message>
        <source>A waiting citizen left, or a ticket was issued by mistake (Ctrl+Del)</source>
        <translation>Ожидающий гражданин ушёл или талон выдан по ошибке (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>counting the tickets per day</source>
        <translation>подсчёт талонов по дням</translation>
    </message>
    <message>
        <source>finding the days still open</source>
        <translation>поиск ещё не закрытых дней</translation>
    </message>
    <message>
        <source>reading the stored figures</source>
        <translation>чтение сохранённых показателей</translation>
    </message>
    <message>
        <source>clearing the stored figures of %1</source>
        <translation>удаление сохранённых показателей за %1</translation>
    </message>
    <message>
        <source>storing the figures of %1</source>
        <translation>сохранение показателей за %1</translation>
    </message>
    <message>
        <source>adding up the stored figures</source>
        <translation>суммирование сохранённых показателей</translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>Период должен начинаться не позже своего последнего дня.</translation>
    </message>
    <message>
        <source>Stopped before all the days were added up.</source>
        <translation>Остановлено до того, как были подсчитаны все дни.</translation>
    </message>
    <message>
        <source>counting the citizens waiting</source>
        <translation>подсчёт ожидающих граждан</translation>
    </message>
    <message>
        <source>service takes %1% of the norm</source>
        <translation>обслуживание занимает %1% от норматива</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>mean wait over the target</source>
        <translation>среднее ожидание выше нормы</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1 (%n day(s) with tickets)</source>
        <translation>
            <numerusform>Показатели за %1 (%n день с талонами)</numerusform>
            <numerusform>Показатели за %1 (%n дня с талонами)</numerusform>
            <numerusform>Показатели за %1 (%n дней с талонами)</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens served: %1; services served: %2; waiting now: %3</source>
        <translation>Обслужено граждан: %1; оказано услуг: %2; ожидают сейчас: %3</translation>
    </message>
    <message>
        <source>Wait: average %1, longest %2, within %3 min: %4</source>
        <translation>Ожидание: среднее %1, максимальное %2, в пределах %3 мин: %4</translation>
    </message>
    <message>
        <source>Service time: average %1</source>
        <translation>Время обслуживания: среднее %1</translation>
    </message>
    <message>
        <source>Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)</source>
        <translation>Обслужено по брони: %1; живая очередь: %2; неявки: %3 (%4)</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>По каналам: %1</translation>
    </message>
    <message>
        <source>  %1: served %2, services %3, service %4 (norm %5), idle %6%7</source>
        <translation>  %1: обслужено %2, услуг %3, обслуживание %4 (норматив %5), простой %6%7</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>По окнам</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>По услугам</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>  %1  arrivals %2, served %3, waiting %4, average wait %5%6</source>
        <translation>  %1  пришли %2, обслужено %3, ожидают %4, среднее ожидание %5%6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Отчёт руководителя</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Figures taken %1</source>
        <translation>Показатели сформированы %1</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Обслужено граждан</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Оказано услуг</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Ожидают сейчас</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Среднее ожидание</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех</translation>
    </message>
    <message>
        <source>Waits within %1 min</source>
        <translation>Ожидание в пределах %1 мин</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Среднее обслуживание</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Обслужено по брони</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Живая очередь</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Served by channel:</source>
        <translation>Обслужено по каналам:</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>По окнам</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>По услугам</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>Marked rows: service over 125% of the norm, or an hour whose average wait is over the target.</source>
        <translation>Выделенные строки: обслуживание дольше 125% норматива или час, в котором среднее ожидание выше нормы.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
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
        <translation>Период</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Дней с талонами</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Обслужено граждан</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Оказано услуг</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Ожидают сейчас</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Среднее ожидание, мин</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Самое долгое ожидание, мин</translation>
    </message>
    <message>
        <source>Waits within %1 min, %</source>
        <translation>Ожидание до %1 мин, %</translation>
    </message>
    <message>
        <source>Average service, min</source>
        <translation>Среднее обслуживание, мин</translation>
    </message>
    <message>
        <source>Served by booking, %</source>
        <translation>Обслужено по записи, %</translation>
    </message>
    <message>
        <source>Walk-in tickets</source>
        <translation>Талонов живой очереди</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>No-show rate, %</source>
        <translation>Доля неявок, %</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Bookings not come</source>
        <translation>Записавшиеся не пришли</translation>
    </message>
    <message>
        <source>Windows idle while citizens waited, min</source>
        <translation>Простой окон при ожидающих, мин</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужены</translation>
    </message>
    <message>
        <source>Share of served, %</source>
        <translation>Доля обслуженных, %</translation>
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
        <translation>Выполнить так, как если бы часы показывали TIME (местное время, 2020-05-18T10:05:00 или 2020-05-18T10:05).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Print one compact JSON object per result.</source>
        <translation>Выводить по одному компактному объекту JSON на результат.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Kezek queue console from the shell: scripts, night jobs and tests.</source>
        <translation>Электронная очередь Kezek из командной строки: скрипты, ночные задания и тесты.</translation>
    </message>
    <message>
        <source>The command to run (listed below).</source>
        <translation>Выполняемая команда (список ниже).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; &quot;kezekctl --help&quot; lists the commands.</source>
        <translation>Неизвестная команда &quot;%1&quot;; список команд: &quot;kezekctl --help&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 (see &quot;kezekctl %1 --help&quot;).</source>
        <translation>%1: %2 (см. &quot;kezekctl %1 --help&quot;).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times (%3); give it once.</source>
        <translation>--%1 указан несколько раз (всего: %2; %3); укажите его только один раз.</translation>
    </message>
    <message>
        <source>--%1 is given twice (&quot;%2&quot; before %3 and &quot;%4&quot; after it); give it once.</source>
        <translation>--%1 указан дважды (&quot;%2&quot; перед %3 и &quot;%4&quot; после); укажите его только один раз.</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a local time; write 2020-05-18T10:05:00 or 2020-05-18T10:05, in the years %2 to %3.</source>
        <translation>--at: не удаётся распознать &quot;%1&quot; как местное время; укажите 2020-05-18T10:05:00 или 2020-05-18T10:05, год — от %2 до %3.</translation>
    </message>
    <message>
        <source>Note: the database file %1 was replaced while this command ran; it worked on the file there now.</source>
        <translation>Примечание: файл базы данных %1 был заменён во время выполнения команды; команда выполнена с файлом, который находится там сейчас.</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or a PostgreSQL server as a postgresql:// URL or service=NAME, without a password (default: KEZEK_DB, else the desktop app&apos;s file).</source>
        <translation>База данных: файл SQLite или сервер PostgreSQL в виде адреса postgresql:// или service=ИМЯ, без пароля (по умолчанию: KEZEK_DB, иначе файл настольного приложения).</translation>
    </message>
    <message>
        <source>Act as this account: the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names. Commands that change the queue, import, export or simulate need it; the role decides what is allowed.</source>
        <translation>Действовать от имени этой учётной записи: пароль спрашивается в терминале или читается из файла, указанного в KEZEK_PASSWORD_FILE. Нужно командам, которые меняют очередь, загружают, выгружают или моделируют; что разрешено, решает роль.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>пароль не введён</translation>
    </message>
    <message>
        <source>--as %1 needs the password: type it at a terminal, or name a file holding it with KEZEK_PASSWORD_FILE.</source>
        <translation>--as %1 нужен пароль: введите его в терминале или укажите файл с ним в KEZEK_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once at a Kezek console to choose one&apos;s own, or have an administrator set a permanent one (kezekctl staff passwd --permanent).</source>
        <translation>У %1 временный пароль: войдите один раз за пультом Kezek и выберите свой или попросите администратора задать постоянный (kezekctl staff passwd --permanent).</translation>
    </message>
    <message>
        <source>%1 acts as a person: say who with --as LOGIN (the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names).</source>
        <translation>%1 выполняется от имени человека: укажите кого, через --as ЛОГИН (пароль спрашивается в терминале или читается из файла, указанного в KEZEK_PASSWORD_FILE).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Показать версию и лицензию.</translation>
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
        <translation>Параметры команды: &quot;kezekctl КОМАНДА --help&quot;.

Переменные окружения:
  KEZEK_DB             База данных, если --db не указан (по умолчанию файл настольной программы, ~/.local/share/Kezek/kezek.sqlite).
  KEZEK_PASSWORD_FILE  Файл с паролем для --as ЛОГИН: для сценариев и ночных заданий.
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG  Язык сообщений: казахский, русский или английский.
  PGSERVICEFILE, PGPASSFILE и другие переменные libpq  Как найти сервер центра (docs/DEPLOY.md).

Код завершения:
  0  Выполнено.
  1  Выполнено частично (например, часть строк импорта отклонена).
  2  Непригодные входные данные или база данных, либо шаг, который роль учётной записи не разрешает (причина выводится).
  3  Нечего делать (никто не ждёт).</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>The server address is not valid: %1.</source>
        <translation>Неверный адрес сервера: %1.</translation>
    </message>
    <message>
        <source>The server address contains a password. Remove it from the address: Kezek takes the password from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD (docs/DEPLOY.md).</source>
        <translation>Адрес сервера содержит пароль. Уберите его из адреса: Kezek берёт пароль из ~/.pgpass, из файла, указанного в PGPASSFILE, или из PGPASSWORD (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>The server address is not valid: the value of &quot;%1&quot; contains &quot;;&quot;.</source>
        <translation>Неверный адрес сервера: значение &quot;%1&quot; содержит &quot;;&quot;.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: не удаётся подключиться к серверу центра: %2</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>looking for the server logins</source>
        <translation>поиске входов на сервер</translation>
    </message>
    <message>
        <source>reading the database&apos;s name</source>
        <translation>чтении имени базы данных</translation>
    </message>
    <message>
        <source>The server did not say the database&apos;s name.</source>
        <translation>Сервер не сообщил имя базы данных.</translation>
    </message>
    <message>
        <source>giving %1 the password on the server</source>
        <translation>задании пароля %1 на сервере</translation>
    </message>
    <message>
        <source>Server logins are for a center&apos;s PostgreSQL server; an SQLite file is guarded by its file permissions (docs/ROLES.md).</source>
        <translation>Входы на сервер — для сервера PostgreSQL центра; файл SQLite защищают права доступа к файлу (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server role name Kezek can use: small Latin letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>«%1» не годится как имя роли сервера для Kezek: строчные латинские буквы, цифры, «_», «.» и «-».</translation>
    </message>
    <message>
        <source>reading who is connected</source>
        <translation>выяснении, кто подключён</translation>
    </message>
    <message>
        <source>Server logins are enabled by the database&apos;s owner (%1), and it needs CREATEROLE; this connection is %2.</source>
        <translation>Входы на сервер включает владелец базы данных (%1), и ему нужен CREATEROLE; это подключение — %2.</translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; cannot prefix server roles: use up to 30 small Latin letters, digits and &apos;_&apos;.</source>
        <translation>Имя базы данных «%1» не может быть приставкой ролей сервера: до 30 строчных латинских букв, цифр и «_».</translation>
    </message>
    <message>
        <source>enabling server logins</source>
        <translation>включении входов на сервер</translation>
    </message>
    <message>
        <source>There is no server role &quot;%1&quot;: create the PCs&apos; account first (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</source>
        <translation>Роли сервера «%1» нет: сначала создайте учётную запись компьютеров (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>server logins</source>
        <translation>входы на сервер</translation>
    </message>
    <message>
        <source>groups %1; PC accounts: %2</source>
        <translation>группы %1; учётные записи компьютеров: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SetupModels</name>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>Norm, min</source>
        <translation>Норма, мин</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name (kk)</source>
        <translation>Название (kk)</translation>
    </message>
    <message>
        <source>Name (ru)</source>
        <translation>Название (ru)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Название (en)</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>none: give one once the change is applied</source>
        <translation>нет: выдайте после применения изменений</translation>
    </message>
    <message>
        <source>%1: not a service in use; untick it</source>
        <translation>%1: услуга не используется; снимите отметку</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Kezek</source>
        <translation>Вход — Kezek</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Окно:</translation>
    </message>
    <message>
        <source>Sign in with your login and password, and choose your window.</source>
        <translation>Войдите со своим логином и паролем и выберите окно.</translation>
    </message>
</context>
<context>
    <name>SlotGrid</name>
    <message>
        <source>slot %1 is outside the booking hours %2-%3</source>
        <translation>слот %1 вне часов бронирования %2-%3</translation>
    </message>
    <message>
        <source>slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)</source>
        <translation>слот %1 не попадает в сетку по %2 минут (слоты начинаются в %3, %4, ...)</translation>
    </message>
</context>
<context>
    <name>SlotLedger</name>
    <message>
        <source>counting the bookings of a slot</source>
        <translation>подсчёт бронирований на слот</translation>
    </message>
    <message>
        <source>slot %1 for %2 is full (%3 of %4 places taken)</source>
        <translation>слот %1 на %2 заполнен (занято мест: %3 из %4)</translation>
    </message>
    <message>
        <source>counting the windows serving each service</source>
        <translation>подсчёт окон, обслуживающих каждую услугу</translation>
    </message>
    <message>
        <source>no window serves %1, so slot %2 has no places</source>
        <translation>услугу %1 не обслуживает ни одно окно, поэтому в слоте %2 нет мест</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>не удаётся создать папку %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database file: %2</source>
        <translation>%1: не удаётся создать файл базы данных: %2</translation>
    </message>
    <message>
        <source>%1: the database does not exist. Create it with &quot;kezekctl init&quot;.</source>
        <translation>%1: база данных не существует. Создайте её командой &quot;kezekctl init&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so the database cannot be created there.</source>
        <translation>%1: папка %2 доступна только для чтения, поэтому создать в ней базу данных невозможно.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1: это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Kezek needs to write to it; check the file&apos;s permissions. It was left untouched.</source>
        <translation>%1: файл базы данных доступен только для чтения. Kezek необходимо записывать в него; проверьте права доступа к файлу. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Kezek needs to create the files %3-wal and %3-shm beside the database; check the folder&apos;s permissions. The file was left untouched.</source>
        <translation>%1: папка %2 доступна только для чтения. Kezek необходимо создать рядом с базой данных файлы %3-wal и %3-shm; проверьте права доступа к папке. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: файл пуст и не является базой данных Kezek. Создайте базу командой &quot;kezekctl init&quot;; файл не изменён.</translation>
    </message>
    <message>
        <source>%1: the file is not a Kezek database or is damaged (no SQLite header). It was left untouched.</source>
        <translation>%1: файл не является базой данных Kezek или повреждён (нет заголовка SQLite). Файл не изменён.</translation>
    </message>
</context>
<context>
    <name>StaffingForecaster</name>
    <message>
        <source>Choose a day to forecast.</source>
        <translation>Выберите день для прогноза.</translation>
    </message>
    <message>
        <source>The service level must be between 0 and 1 (e.g. 0.8).</source>
        <translation>Уровень обслуживания должен быть от 0 до 1 (например, 0.8).</translation>
    </message>
    <message>
        <source>reading the bookings of %1</source>
        <translation>чтение бронирований за %1</translation>
    </message>
    <message>
        <source>reading which windows worked</source>
        <translation>чтение данных о работавших окнах</translation>
    </message>
</context>
<context>
    <name>SupervisorDashboard</name>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Сегодня на текущий момент</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Обслужено граждан</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Оказано услуг</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Ожидают сейчас</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Среднее ожидание</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В пределах нормы</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Среднее обслуживание</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Обслужено по брони</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Живая очередь</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Доля неявок</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>По окнам</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>По услугам</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Прогноз потребности в окнах</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>Прогноз на:</translation>
    </message>
    <message>
        <source>Call within the target:</source>
        <translation>Вызывать в пределах нормы:</translation>
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
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>Перед Вами в очереди</translation>
    </message>
    <message>
        <source>about %n min</source>
        <translation>около %n мин</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Примерное время ожидания</translation>
    </message>
    <message>
        <source>Watch the hall display for your number.</source>
        <translation>Следите за своим номером на табло в зале.</translation>
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
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>transferred to this window</source>
        <translation>перенаправлен в это окно</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>перенаправлен</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>по брони %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <translation>вне очереди: %1</translation>
    </message>
    <message>
        <source>walk-in (late for booking %1)</source>
        <translation>живая очередь (опоздал на бронь %1)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>живая очередь</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <translation>ранняя бронь %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4</source>
        <translation>%1 (%2, %3), %4</translation>
    </message>
    <message>
        <source>, window %1</source>
        <translation>, окно %1</translation>
    </message>
</context>
<context>
    <name>TicketLifecycle</name>
    <message>
        <source>%1 cannot be called: it is %2, not waiting.</source>
        <translation>%1 нельзя вызвать: его состояние — «%2», а не «ожидает».</translation>
    </message>
    <message>
        <source>%1 cannot be called again: it is %2; only a called ticket can be recalled.</source>
        <translation>%1 нельзя вызвать повторно: его состояние — «%2»; повторно вызвать можно только вызванный талон.</translation>
    </message>
    <message>
        <source>%1 cannot start being served: it is %2; call it first.</source>
        <translation>%1 нельзя начать обслуживать: его состояние — «%2»; сначала вызовите его.</translation>
    </message>
    <message>
        <source>%1 cannot be marked as a no-show: it is %2; only a called ticket can.</source>
        <translation>%1 нельзя отметить как неявку: его состояние — «%2»; это возможно только для вызванного талона.</translation>
    </message>
    <message>
        <source>%1 cannot be finished: it is %2; start serving it first.</source>
        <translation>%1 нельзя завершить: его состояние — «%2»; сначала начните обслуживание.</translation>
    </message>
    <message>
        <source>%1 cannot be postponed: it is %2; only a called or served ticket can.</source>
        <translation>%1 нельзя отложить: его состояние — «%2»; это возможно только для вызванного или обслуживаемого талона.</translation>
    </message>
    <message>
        <source>%1 cannot be transferred: it is %2; only a called or served ticket can.</source>
        <translation>%1 нельзя перенаправить: его состояние — «%2»; это возможно только для вызванного или обслуживаемого талона.</translation>
    </message>
    <message>
        <source>%1 is %2; this step is not possible.</source>
        <translation>%1: состояние «%2»; этот шаг невозможен.</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled: it is %2; only a waiting or called ticket can.</source>
        <translation>%1 нельзя отменить: он %2; отменить можно только ожидающий или вызванный талон.</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading a ticket</source>
        <translation>чтение талона</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>Талона с id %1 нет.</translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation>чтение талона %1</translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation>Талона %1 за %2 нет.</translation>
    </message>
    <message>
        <source>reading the ticket at a window</source>
        <translation>чтение талона у окна</translation>
    </message>
    <message>
        <source>reading the waiting tickets</source>
        <translation>чтение ожидающих талонов</translation>
    </message>
    <message>
        <source>reading the queue of window %1</source>
        <translation>чтение очереди окна %1</translation>
    </message>
    <message>
        <source>reading today&apos;s tickets</source>
        <translation>чтение сегодняшних талонов</translation>
    </message>
    <message>
        <source>reading changed tickets</source>
        <translation>чтение изменённых талонов</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation>Перенаправить талон</translation>
    </message>
    <message>
        <source>To &amp;window:</source>
        <translation>В &amp;окно:</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>На &amp;услугу:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>What the next operator should know</source>
        <translation>Что нужно знать следующему оператору</translation>
    </message>
</context>
<context>
    <name>WaitEstimator</name>
    <message>
        <source>reading today&apos;s service times</source>
        <translation>чтение сегодняшнего времени обслуживания</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Search the catalogue: code or name</source>
        <translation>Поиск по каталогу: код или название</translation>
    </message>
    <message>
        <source>Issue a ticket for the chosen service</source>
        <translation>Выдать талон на выбранную услугу</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Вне очереди:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kezek: the queue console of a Public Service Center.</source>
        <translation>Kezek — электронная очередь Центра обслуживания населения.</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Язык интерфейса: kk, ru или en.</translation>
    </message>
    <message>
        <source>Kezek cannot open the database</source>
        <translation>Kezek не может открыть базу данных</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>--window wants a window number, not &quot;%1&quot;.</source>
        <translation>--window ожидает номер окна, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kezek cannot sign in</source>
        <translation>Kezek не удаётся выполнить вход</translation>
    </message>
    <message>
        <source>Show the hall display (full screen, no sign-in).</source>
        <translation>Показать табло зала (во весь экран, без входа).</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or the center&apos;s PostgreSQL server as a postgresql:// URL or service=NAME (docs/DEPLOY.md); KEZEK_DB also sets it.</source>
        <translation>База данных: файл SQLite или сервер PostgreSQL центра в виде адреса postgresql:// или service=ИМЯ (docs/DEPLOY.md); её также задаёт KEZEK_DB.</translation>
    </message>
    <message>
        <source>Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of maximized or full screen: several screens side by side on one PC.</source>
        <translation>Показать окно такого размера и в таком месте (ШИРИНАxВЫСОТА+X+Y) вместо развёрнутого или полноэкранного: несколько экранов рядом на одном ПК.</translation>
    </message>
    <message>
        <source>--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not &quot;%1&quot;.</source>
        <translation>--place ожидает ШИРИНАxВЫСОТА+X+Y (например, 960x540+0+0), а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once in person to choose one&apos;s own.</source>
        <translation>У %1 временный пароль: войдите один раз лично, чтобы выбрать собственный.</translation>
    </message>
    <message>
        <source>%1 is an operator: say at which window with --window N.</source>
        <translation>%1 — оператор: укажите окно через --window N.</translation>
    </message>
    <message>
        <source>Work at window N.</source>
        <translation>Работать за окном N.</translation>
    </message>
    <message>
        <source>Fill in LOGIN at the sign-in; the password is typed, or read from the file KEZEK_PASSWORD_FILE names.</source>
        <translation>Подставить ЛОГИН при входе; пароль вводится вручную или читается из файла, который называет KEZEK_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 — учётная запись ночных заданий: она работает через kezekctl, а не за пультом.</translation>
    </message>
    <message>
        <source>Open at this page after the sign-in, when the account may see it: operator, reception or supervisor (the menu&apos;s entry for each role).</source>
        <translation>После входа открыть эту страницу, если учётной записи она доступна: operator, reception или supervisor (пункт меню для каждой роли).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Показать версию и лицензию.</translation>
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
Переменные окружения:
  KEZEK_DB             База данных, если --db не указан (по умолчанию kezek.sqlite в папке данных пользователя, ~/.local/share/Kezek).
  KEZEK_PASSWORD_FILE  Файл с паролем для --operator ЛОГИН: компьютер, который входит сам.
  PGSERVICEFILE, PGPASSFILE и другие переменные libpq  Как найти сервер центра (docs/DEPLOY.md).

Код завершения:
  0  Программа закрыта, или после выхода вход отменён.
  2  Командная строка, база данных или вход непригодны; причина — в стандартном потоке ошибок.
</translation>
    </message>
    <message>
        <source>--start wants operator, reception or supervisor, not &quot;%1&quot;.</source>
        <translation>--start ожидает operator, reception или supervisor, а не «%1».</translation>
    </message>
</context>
</TS>
