<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Kezek %1&lt;/h3&gt;&lt;p&gt;The queue console of a Public Service Center: windows, reception, the hall display and the supervisor&apos;s figures.&lt;/p&gt;&lt;p&gt;Database schema version %2. Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Kezek is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with NO WARRANTY, to the extent permitted by law. The licence is in /usr/share/common-licenses/GPL-3 and at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kezek %1&lt;/h3&gt;&lt;p&gt;The queue console of a Public Service Center: windows, reception, the hall display and the supervisor&apos;s figures.&lt;/p&gt;&lt;p&gt;Database schema version %2. Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Kezek is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with NO WARRANTY, to the extent permitted by law. The licence is in /usr/share/common-licenses/GPL-3 and at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Kezek</source>
        <translation>About Kezek</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>work at a window</source>
        <translation>work at a window</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>issue tickets</translation>
    </message>
    <message>
        <source>check in booked citizens</source>
        <translation>check in booked citizens</translation>
    </message>
    <message>
        <source>book citizens into slots</source>
        <translation>book citizens into slots</translation>
    </message>
    <message>
        <source>import booking files</source>
        <translation>import booking files</translation>
    </message>
    <message>
        <source>cancel waiting tickets</source>
        <translation>cancel waiting tickets</translation>
    </message>
    <message>
        <source>pause, close, reopen or release other windows</source>
        <translation>pause, close, reopen or release other windows</translation>
    </message>
    <message>
        <source>export reports and the audit trail</source>
        <translation>export reports and the audit trail</translation>
    </message>
    <message>
        <source>set up the center</source>
        <translation>set up the center</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>looking for the center&apos;s administrator</source>
        <translation>looking for the center&apos;s administrator</translation>
    </message>
    <message>
        <source>To %1, sign in first: only setting up a new center needs no account.</source>
        <translation>To %1, sign in first: only setting up a new center needs no account.</translation>
    </message>
    <message>
        <source>This center has an administrator: sign in as one to %1.</source>
        <translation>This center has an administrator: sign in as one to %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that is for the %4.</source>
        <translation>%1 (%2) may not %3: that is for the %4.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>reading the staff accounts</source>
        <translation>reading the staff accounts</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after %n failed sign-ins in a row; try again at %1.</source>
        <translation>
            <numerusform>This account is locked after %n failed sign-ins in a row; try again at %1.</numerusform>
            <numerusform>This account is locked after %n failed sign-ins in a row; try again at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no password yet: an administrator sets one (kezekctl staff passwd %1).</source>
        <translation>%1 has no password yet: an administrator sets one (kezekctl staff passwd %1).</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>signing in</translation>
    </message>
    <message>
        <source>counting a failed sign-in</source>
        <translation>counting a failed sign-in</translation>
    </message>
    <message>
        <source>at the locked console</source>
        <translation>at the locked console</translation>
    </message>
    <message>
        <source>locking the account</source>
        <translation>locking the account</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Choose a password other than the current one.</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>changing the password</translation>
    </message>
    <message>
        <source>setting the password</source>
        <translation>setting the password</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use 2 to 32 small Latin letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>login &quot;%1&quot;: use 2 to 32 small Latin letters, digits, dots, dashes or underscores, starting with a letter</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: the full name is missing</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>adding %1</translation>
    </message>
    <message>
        <source>the login %1 is taken</source>
        <translation>the login %1 is taken</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 is disabled already</source>
        <translation>%1 is disabled already</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>disabling %1</translation>
    </message>
    <message>
        <source>There is no account with the login &quot;%1&quot;.</source>
        <translation>There is no account with the login &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh):</source>
        <translation>Name (&amp;Kazakh):</translation>
    </message>
    <message>
        <source>Name (&amp;Russian):</source>
        <translation>Name (&amp;Russian):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Serves:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>People in the &amp;hall at most:</translation>
    </message>
    <message>
        <source>Booking s&amp;lot, min:</source>
        <translation>Booking s&amp;lot, min:</translation>
    </message>
    <message>
        <source>Booked citizens called early by, min:</source>
        <translation>Booked citizens called early by, min:</translation>
    </message>
    <message>
        <source>Booked citizens keep their turn when late by, min:</source>
        <translation>Booked citizens keep their turn when late by, min:</translation>
    </message>
    <message>
        <source>Calls before a no-show:</source>
        <translation>Calls before a no-show:</translation>
    </message>
    <message>
        <source>Between calls, s:</source>
        <translation>Between calls, s:</translation>
    </message>
    <message>
        <source>Out-of-turn calls in a row at most (0: no cap):</source>
        <translation>Out-of-turn calls in a row at most (0: no cap):</translation>
    </message>
    <message>
        <source>Wait &amp;target, min:</source>
        <translation>Wait &amp;target, min:</translation>
    </message>
    <message>
        <source>Idle consoles lock after, min (0: never):</source>
        <translation>Idle consoles lock after, min (0: never):</translation>
    </message>
    <message>
        <source>Hours (a day not ticked is a day off; Saturday&apos;s duty hours are Saturday&apos;s):</source>
        <translation>Hours (a day not ticked is a day off; Saturday&apos;s duty hours are Saturday&apos;s):</translation>
    </message>
    <message>
        <source>Closed days (public holidays, sanitary days):</source>
        <translation>Closed days (public holidays, sanitary days):</translation>
    </message>
    <message>
        <source>Add a closed day</source>
        <translation>Add a closed day</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>A removed service that has served anyone is retired, not deleted: its history stays, and no new ticket or booking takes it.</source>
        <translation>A removed service that has served anyone is retired, not deleted: its history stays, and no new ticket or booking takes it.</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Add a window</source>
        <translation>Add a window</translation>
    </message>
    <message>
        <source>Out-of-turn categories</source>
        <translation>Out-of-turn categories</translation>
    </message>
    <message>
        <source>A removed category is switched off: tickets that had it keep it.</source>
        <translation>A removed category is switched off: tickets that had it keep it.</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Give a temporary password…</source>
        <translation>Give a temporary password…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Review and apply…</translation>
    </message>
    <message>
        <source>Tick the services each window serves. A window with a history (it served citizens, or was opened) cannot be removed.</source>
        <translation>Tick the services each window serves. A window with a history (it served citizens, or was opened) cannot be removed.</translation>
    </message>
    <message>
        <source>A removed person is disabled: they cannot sign in, and their history stays. A new person can sign in once the change is applied and you give them a temporary password; they choose their own at their first sign-in.</source>
        <translation>A removed person is disabled: they cannot sign in, and their history stays. A new person can sign in once the change is applied and you give them a temporary password; they choose their own at their first sign-in.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Who or what…</source>
        <translation>Who or what…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>recording %1 in the audit trail</source>
        <translation>recording %1 in the audit trail</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>reading the audit trail</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>no %1 slot is left today: the booking day is over</source>
        <translation>no %1 slot is left today: the booking day is over</translation>
    </message>
    <message>
        <source>every %1 slot left today is full</source>
        <translation>every %1 slot left today is full</translation>
    </message>
    <message>
        <source>%1 cannot be booked</source>
        <translation>%1 cannot be booked</translation>
    </message>
    <message>
        <source>numbering the booking</source>
        <translation>numbering the booking</translation>
    </message>
    <message>
        <source>slot %1 on %2 is already over</source>
        <translation>slot %1 on %2 is already over</translation>
    </message>
    <message>
        <source>saving the booking</source>
        <translation>saving the booking</translation>
    </message>
    <message>
        <source>saving the booking returned no id.</source>
        <translation>saving the booking returned no id.</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>reading the bookings</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it</source>
        <translation>%1 is retired: the center no longer offers it</translation>
    </message>
    <message>
        <source>no %1 slot today: %2</source>
        <translation>no %1 slot today: %2</translation>
    </message>
</context>
<context>
    <name>BookingFile</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a booking file</source>
        <translation>%1: this is a folder, not a booking file</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1:%2: a quoted value starts here and is never closed</source>
        <translation>%1:%2: a quoted value starts here and is never closed</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row (%2)</source>
        <translation>%1: the file is empty; expected a header row (%2)</translation>
    </message>
    <message>
        <source>%1:%2: the header lacks the column(s) %3; it must name %4</source>
        <translation>%1:%2: the header lacks the column(s) %3; it must name %4</translation>
    </message>
    <message>
        <source>the line has %1 values but the header has %2</source>
        <translation>the line has %1 values but the header has %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: not valid JSON: %3</translation>
    </message>
    <message>
        <source>%1: the JSON must be an array of booking objects</source>
        <translation>%1: the JSON must be an array of booking objects</translation>
    </message>
    <message>
        <source>element %1 of the array is not a booking object</source>
        <translation>element %1 of the array is not a booking object</translation>
    </message>
    <message>
        <source>%1 must be text, not a list or an object</source>
        <translation>%1 must be text, not a list or an object</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string</source>
        <translation>a control character (U+%1) inside a string</translation>
    </message>
    <message>
        <source>an invalid escape \%1 inside a string</source>
        <translation>an invalid escape \%1 inside a string</translation>
    </message>
    <message>
        <source>%1:%2: the file is not UTF-8 text (byte %3 is not part of a UTF-8 character); save it as UTF-8 and import it again</source>
        <translation>%1:%2: the file is not UTF-8 text (byte %3 is not part of a UTF-8 character); save it as UTF-8 and import it again</translation>
    </message>
    <message>
        <source>an unexpected character (byte %1) outside a string</source>
        <translation>an unexpected character (byte %1) outside a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON number</source>
        <translation>&quot;%1&quot; is not a JSON number</translation>
    </message>
    <message>
        <source>an escape \u%1 that is half of a character</source>
        <translation>an escape \u%1 that is half of a character</translation>
    </message>
</context>
<context>
    <name>BookingImporter</name>
    <message>
        <source>looking up a booking</source>
        <translation>looking up a booking</translation>
    </message>
    <message>
        <source>saving a booking</source>
        <translation>saving a booking</translation>
    </message>
    <message>
        <source>booking %1 is already checked in, so it cannot be changed any more</source>
        <translation>booking %1 is already checked in, so it cannot be changed any more</translation>
    </message>
    <message>
        <source>updating a booking</source>
        <translation>updating a booking</translation>
    </message>
    <message>
        <source>booking_id is missing</source>
        <translation>booking_id is missing</translation>
    </message>
    <message>
        <source>channel is missing</source>
        <translation>channel is missing</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected egov, telegram, call1414 or onsite)</source>
        <translation>unknown channel &quot;%1&quot; (expected egov, telegram, call1414 or onsite)</translation>
    </message>
    <message>
        <source>iin is missing</source>
        <translation>iin is missing</translation>
    </message>
    <message>
        <source>bad IIN %1: %2</source>
        <translation>bad IIN %1: %2</translation>
    </message>
    <message>
        <source>service_code is missing</source>
        <translation>service_code is missing</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>unknown service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>slot_start is empty</source>
        <translation>slot_start is empty</translation>
    </message>
    <message>
        <source>slot_start &quot;%1&quot; is not a local time like 2020-05-18T09:15</source>
        <translation>slot_start &quot;%1&quot; is not a local time like 2020-05-18T09:15</translation>
    </message>
    <message>
        <source>no booking files were given</source>
        <translation>no booking files were given</translation>
    </message>
    <message>
        <source>the import was cancelled; no booking was written</source>
        <translation>the import was cancelled; no booking was written</translation>
    </message>
    <message>
        <source>booking %1 appears again with different data; only its first row (%2:%3) counts</source>
        <translation>booking %1 appears again with different data; only its first row (%2:%3) counts</translation>
    </message>
    <message>
        <source>%1 contains a control or invisible character (U+%2)</source>
        <translation>%1 contains a control or invisible character (U+%2)</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx (optional)</source>
        <translation>+7 7xx xxx xx xx (optional)</translation>
    </message>
    <message>
        <source>Book the chosen slot</source>
        <translation>Book the chosen slot</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Book the next free slot</translation>
    </message>
    <message>
        <source>Check in now and issue the ticket</source>
        <translation>Check in now and issue the ticket</translation>
    </message>
</context>
<context>
    <name>CancelTicketDialog</name>
    <message>
        <source>Cancel a ticket</source>
        <translation>Cancel a ticket</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>Ticket &amp;number:</translation>
    </message>
    <message>
        <source>such as A017</source>
        <translation>such as A017</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? It leaves the queue for good; the reason is recorded with it.</source>
        <translation>Why is the ticket cancelled? It leaves the queue for good; the reason is recorded with it.</translation>
    </message>
    <message>
        <source>The citizen &amp;left</source>
        <translation>The citizen &amp;left</translation>
    </message>
    <message>
        <source>Issued by &amp;mistake</source>
        <translation>Issued by &amp;mistake</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reading the center settings</source>
        <translation>reading the center settings</translation>
    </message>
    <message>
        <source>%1: no center is set up in this database. Run &quot;kezekctl init --demo&quot; or configure one.</source>
        <translation>%1: no center is set up in this database. Run &quot;kezekctl init --demo&quot; or configure one.</translation>
    </message>
    <message>
        <source>reading the service catalogue</source>
        <translation>reading the service catalogue</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>There is no service with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation>There is no service number %1.</translation>
    </message>
    <message>
        <source>reading the windows</source>
        <translation>reading the windows</translation>
    </message>
    <message>
        <source>reading the windows&apos; services</source>
        <translation>reading the windows&apos; services</translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation>There is no window %1.</translation>
    </message>
    <message>
        <source>There is no window with id %1.</source>
        <translation>There is no window with id %1.</translation>
    </message>
    <message>
        <source>reading the operators</source>
        <translation>reading the operators</translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation>There is no operator with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no operator with id %1.</source>
        <translation>There is no operator with id %1.</translation>
    </message>
    <message>
        <source>reading the out-of-turn categories</source>
        <translation>reading the out-of-turn categories</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an out-of-turn category; known categories: %2.</source>
        <translation>&quot;%1&quot; is not an out-of-turn category; known categories: %2.</translation>
    </message>
    <message>
        <source>%1 is a closed day</source>
        <translation>%1 is a closed day</translation>
    </message>
    <message>
        <source>%1 is a closed day: %2</source>
        <translation>%1 is a closed day: %2</translation>
    </message>
    <message>
        <source>%1 is a day off</source>
        <translation>%1 is a day off</translation>
    </message>
    <message>
        <source>reading the opening hours</source>
        <translation>reading the opening hours</translation>
    </message>
</context>
<context>
    <name>CenterConfigurator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>center.name.%1: the center&apos;s name is missing</source>
        <translation>center.name.%1: the center&apos;s name is missing</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: a code is 1 to 20 capital Latin letters, digits, dashes or underscores</source>
        <translation>service &quot;%1&quot;: a code is 1 to 20 capital Latin letters, digits, dashes or underscores</translation>
    </message>
    <message>
        <source>service %1 is listed twice</source>
        <translation>service %1 is listed twice</translation>
    </message>
    <message>
        <source>service %1: its letter &quot;%2&quot; is not one capital Latin letter</source>
        <translation>service %1: its letter &quot;%2&quot; is not one capital Latin letter</translation>
    </message>
    <message>
        <source>services %1 and %2 have the same letter %3: their tickets could not be told apart</source>
        <translation>services %1 and %2 have the same letter %3: their tickets could not be told apart</translation>
    </message>
    <message>
        <source>service %1: a name in Kazakh, Russian and English is needed</source>
        <translation>service %1: a name in Kazakh, Russian and English is needed</translation>
    </message>
    <message>
        <source>window %1 is listed twice</source>
        <translation>window %1 is listed twice</translation>
    </message>
    <message>
        <source>window %1 serves nothing</source>
        <translation>window %1 serves nothing</translation>
    </message>
    <message>
        <source>window %1 lists %2 twice</source>
        <translation>window %1 lists %2 twice</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is not among the services</source>
        <translation>window %1 serves %2, which is not among the services</translation>
    </message>
    <message>
        <source>window %1 serves %2, which is retired</source>
        <translation>window %1 serves %2, which is retired</translation>
    </message>
    <message>
        <source>%1 may be booked, but no window serves it: its slots would have no places</source>
        <translation>%1 may be booked, but no window serves it: its slots would have no places</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;: a code is small Latin letters, digits, dashes or underscores</source>
        <translation>category &quot;%1&quot;: a code is small Latin letters, digits, dashes or underscores</translation>
    </message>
    <message>
        <source>category %1 is listed twice</source>
        <translation>category %1 is listed twice</translation>
    </message>
    <message>
        <source>category %1: a name in Kazakh, Russian and English is needed</source>
        <translation>category %1: a name in Kazakh, Russian and English is needed</translation>
    </message>
    <message>
        <source>%1 is listed twice among the staff</source>
        <translation>%1 is listed twice among the staff</translation>
    </message>
    <message>
        <source>%1: the full name is missing</source>
        <translation>%1: the full name is missing</translation>
    </message>
    <message>
        <source>no active admin would be left: nobody could set up the center any more</source>
        <translation>no active admin would be left: nobody could set up the center any more</translation>
    </message>
    <message>
        <source>reading the history of window %1</source>
        <translation>reading the history of window %1</translation>
    </message>
    <message>
        <source>name (kk)</source>
        <translation>name (kk)</translation>
    </message>
    <message>
        <source>name (ru)</source>
        <translation>name (ru)</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>name (en)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>slot</translation>
    </message>
    <message>
        <source>hall capacity</source>
        <translation>hall capacity</translation>
    </message>
    <message>
        <source>early allowance</source>
        <translation>early allowance</translation>
    </message>
    <message>
        <source>late tolerance</source>
        <translation>late tolerance</translation>
    </message>
    <message>
        <source>recall limit</source>
        <translation>recall limit</translation>
    </message>
    <message>
        <source>recall spacing</source>
        <translation>recall spacing</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>out-of-turn cap</source>
        <translation>out-of-turn cap</translation>
    </message>
    <message>
        <source>wait target</source>
        <translation>wait target</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>idle lock</translation>
    </message>
    <message>
        <source>center</source>
        <translation>center</translation>
    </message>
    <message>
        <source>setting up the center</source>
        <translation>setting up the center</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>added: %1 %2, %3, %4</source>
        <translation>added: %1 %2, %3, %4</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>bookable</translation>
    </message>
    <message>
        <source>walk-in only</source>
        <translation>walk-in only</translation>
    </message>
    <message>
        <source>adding a service</source>
        <translation>adding a service</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norm</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>changing a service</source>
        <translation>changing a service</translation>
    </message>
    <message>
        <source>retired: not in the setup (its history stays)</source>
        <translation>retired: not in the setup (its history stays)</translation>
    </message>
    <message>
        <source>retiring a service</source>
        <translation>retiring a service</translation>
    </message>
    <message>
        <source>changing the services of window %1</source>
        <translation>changing the services of window %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>added, serving %1</source>
        <translation>added, serving %1</translation>
    </message>
    <message>
        <source>adding window %1</source>
        <translation>adding window %1</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>removing window %1</source>
        <translation>removing window %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>adding an out-of-turn category</source>
        <translation>adding an out-of-turn category</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>changing an out-of-turn category</source>
        <translation>changing an out-of-turn category</translation>
    </message>
    <message>
        <source>switched off: not in the setup</source>
        <translation>switched off: not in the setup</translation>
    </message>
    <message>
        <source>switching off an out-of-turn category</source>
        <translation>switching off an out-of-turn category</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>adding a staff account</source>
        <translation>adding a staff account</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>changing a staff account</source>
        <translation>changing a staff account</translation>
    </message>
    <message>
        <source>disabled: not in the setup (their history stays)</source>
        <translation>disabled: not in the setup (their history stays)</translation>
    </message>
    <message>
        <source>disabling a staff account</source>
        <translation>disabling a staff account</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1: closing at %2 is not after opening at %3</source>
        <translation>%1: closing at %2 is not after opening at %3</translation>
    </message>
    <message>
        <source>%1: a %2-minute slot does not fit between %3 and %4</source>
        <translation>%1: a %2-minute slot does not fit between %3 and %4</translation>
    </message>
    <message>
        <source>center.hours: the center would be closed on every day of the week</source>
        <translation>center.hours: the center would be closed on every day of the week</translation>
    </message>
    <message>
        <source>center.closed_days: a closed day has no date</source>
        <translation>center.closed_days: a closed day has no date</translation>
    </message>
    <message>
        <source>center.closed_days: %1 is listed twice</source>
        <translation>center.closed_days: %1 is listed twice</translation>
    </message>
    <message>
        <source>hours on %1</source>
        <translation>hours on %1</translation>
    </message>
    <message>
        <source>closed days</source>
        <translation>closed days</translation>
    </message>
    <message>
        <source>window %1 is not in the setup, but it has a history (citizens served, or its opening and closing); keep it (give it the services it should serve) rather than remove it</source>
        <translation>window %1 is not in the setup, but it has a history (citizens served, or its opening and closing); keep it (give it the services it should serve) rather than remove it</translation>
    </message>
    <message>
        <source>removed: not in the setup, and it has no history</source>
        <translation>removed: not in the setup, and it has no history</translation>
    </message>
    <message>
        <source>added: %1, %2; no password yet: give one on the Administration page or with kezekctl staff passwd %3</source>
        <translation>added: %1, %2; no password yet: give one on the Administration page or with kezekctl staff passwd %3</translation>
    </message>
    <message>
        <source>reading the bookings to come</source>
        <translation>reading the bookings to come</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>bookings</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell those citizens or book them again</source>
        <translation>
            <numerusform>%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell those citizens or book them again</numerusform>
            <numerusform>%n booking(s) to come lose their slot under the new hours (%1); they are kept: tell those citizens or book them again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CenterCopy</name>
    <message>
        <source>reading the tables</source>
        <translation>reading the tables</translation>
    </message>
    <message>
        <source>%1 has %2 tables where this Kezek knows %3; nothing was copied.</source>
        <translation>%1 has %2 tables where this Kezek knows %3; nothing was copied.</translation>
    </message>
    <message>
        <source>reading %1 in the target</source>
        <translation>reading %1 in the target</translation>
    </message>
    <message>
        <source>%1 already holds a center (%2 rows in %3): a center is copied only into an empty database. It was left as it was.</source>
        <translation>%1 already holds a center (%2 rows in %3): a center is copied only into an empty database. It was left as it was.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copying %1</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was copied.</source>
        <translation>The copy was stopped; nothing was copied.</translation>
    </message>
    <message>
        <source>numbering %1 after the copy</source>
        <translation>numbering %1 after the copy</translation>
    </message>
    <message>
        <source>starting to read %1</source>
        <translation>starting to read %1</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>counting %1</translation>
    </message>
    <message>
        <source>counting %1 in the target</source>
        <translation>counting %1 in the target</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied.</source>
        <translation>%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied.</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>starting the copy</translation>
    </message>
    <message>
        <source>announcing the copy</source>
        <translation>announcing the copy</translation>
    </message>
</context>
<context>
    <name>CenterFile</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4</source>
        <translation>%1: %2 is outside %3 to %4</translation>
    </message>
    <message>
        <source>a time such as &quot;09:00&quot;</source>
        <translation>a time such as &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unknown key</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: should be %2</source>
        <translation>%1: should be %2</translation>
    </message>
    <message>
        <source>%1: should be an object</source>
        <translation>%1: should be an object</translation>
    </message>
    <message>
        <source>center.mode: &quot;%1&quot; is not booking-only, mixed or walk-in</source>
        <translation>center.mode: &quot;%1&quot; is not booking-only, mixed or walk-in</translation>
    </message>
    <message>
        <source>line %1: not JSON: %2</source>
        <translation>line %1: not JSON: %2</translation>
    </message>
    <message>
        <source>a center file is one JSON object</source>
        <translation>a center file is one JSON object</translation>
    </message>
    <message>
        <source>format: should be &quot;%1&quot;</source>
        <translation>format: should be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Kezek reads (%2); nothing was read</source>
        <translation>version %1 is newer than this Kezek reads (%2); nothing was read</translation>
    </message>
    <message>
        <source>%1[%2]: should be a service code</source>
        <translation>%1[%2]: should be a service code</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not operator, reception, supervisor or admin</source>
        <translation>%1: &quot;%2&quot; is not operator, reception, supervisor or admin</translation>
    </message>
    <message>
        <source>hours such as &quot;09:00-13:00&quot;, or &quot;closed&quot;</source>
        <translation>hours such as &quot;09:00-13:00&quot;, or &quot;closed&quot;</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-03-21&quot;</source>
        <translation>a date such as &quot;2027-03-21&quot;</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password — Kezek</source>
        <translation>Change the password — Kezek</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>A booked citizen arrives: type the booking code (e.g. EG-20200518-0001) or the citizen&apos;s IIN.</source>
        <translation>A booked citizen arrives: type the booking code (e.g. EG-20200518-0001) or the citizen&apos;s IIN.</translation>
    </message>
    <message>
        <source>Booking code or IIN</source>
        <translation>Booking code or IIN</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>No booking checked in yet.</source>
        <translation>No booking checked in yet.</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Missing argument: expected %1.</source>
        <translation>Missing argument: expected %1.</translation>
    </message>
    <message>
        <source>Too many arguments (%1); expected %2.</source>
        <translation>Too many arguments (%1); expected %2.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 needs a positive whole number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot; as a time; write 10:15 or 2020-05-18T10:15, in the years %3 to %4.</source>
        <translation>%1: cannot read &quot;%2&quot; as a time; write 10:15 or 2020-05-18T10:15, in the years %3 to %4.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>opening the database</source>
        <translation>opening the database</translation>
    </message>
    <message>
        <source>configuring the database connection</source>
        <translation>configuring the database connection</translation>
    </message>
    <message>
        <source>reading the database structure</source>
        <translation>reading the database structure</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Kezek database (it has no schema version). It was left untouched.</source>
        <translation>%1: this SQLite file is not a Kezek database (it has no schema version). It was left untouched.</translation>
    </message>
    <message>
        <source>switching the database to write-ahead logging</source>
        <translation>switching the database to write-ahead logging</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>creating the schema version table</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>upgrading the database to version %1</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>recording the schema version</translation>
    </message>
    <message>
        <source>the database is locked by another program and stayed locked for %1 seconds. Try again; if it persists, close the program holding it.</source>
        <translation>the database is locked by another program and stayed locked for %1 seconds. Try again; if it persists, close the program holding it.</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup; the file was left untouched.</source>
        <translation>the database file is damaged. Restore it from a backup; the file was left untouched.</translation>
    </message>
    <message>
        <source>the database file cannot be opened. Check that the folder exists and is writable.</source>
        <translation>the database file cannot be opened. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>%1: error while %2: %3</source>
        <translation>%1: error while %2: %3</translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation>numbering %1</translation>
    </message>
    <message>
        <source>numbering %1 returned nothing.</source>
        <translation>numbering %1 returned nothing.</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>starting a change</translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation>saving a change</translation>
    </message>
    <message>
        <source>%1: the database file was replaced by another file while Kezek had it open.</source>
        <translation>%1: the database file was replaced by another file while Kezek had it open.</translation>
    </message>
    <message>
        <source>%1: the database file was deleted or moved away while Kezek had it open.</source>
        <translation>%1: the database file was deleted or moved away while Kezek had it open.</translation>
    </message>
    <message>
        <source>%1: the connection to the database broke (%2); it is opened again at the next step.</source>
        <translation>%1: the connection to the database broke (%2); it is opened again at the next step.</translation>
    </message>
    <message>
        <source>%1: this SQLite file holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: this SQLite file holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</translation>
    </message>
    <message>
        <source>checking the database file</source>
        <translation>checking the database file</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (SQLite&apos;s check says: %2). Restore it from a backup; the file was left untouched.</source>
        <translation>%1: the database file is damaged (SQLite&apos;s check says: %2). Restore it from a backup; the file was left untouched.</translation>
    </message>
    <message>
        <source>the database cannot be written: the file, its folder or the disk is read-only. Check the permissions and the disk.</source>
        <translation>the database cannot be written: the file, its folder or the disk is read-only. Check the permissions and the disk.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing of this step was saved.</source>
        <translation>the disk is full. Free some space and try again; nothing of this step was saved.</translation>
    </message>
    <message>
        <source>the disk reported a read or write error. Check the disk; nothing of this step was saved.</source>
        <translation>the disk reported a read or write error. Check the disk; nothing of this step was saved.</translation>
    </message>
    <message>
        <source>%1 The change was not saved.</source>
        <translation>%1 The change was not saved.</translation>
    </message>
    <message>
        <source>%1 The change went into the file that was there before and is not in the database now at this path; do it again.</source>
        <translation>%1 The change went into the file that was there before and is not in the database now at this path; do it again.</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: cannot connect to the center&apos;s server: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the database was left untouched.</source>
        <translation>%1: this database holds no tables, so it is not a Kezek database. Create one with &quot;kezekctl init&quot;; the database was left untouched.</translation>
    </message>
    <message>
        <source>%1: this database is not a Kezek database (it has tables but no schema version). It was left untouched.</source>
        <translation>%1: this database is not a Kezek database (it has tables but no schema version). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kezek (schema version %2; this program knows up to %3). Update Kezek; the database was left untouched.</source>
        <translation>%1 was written by a newer Kezek (schema version %2; this program knows up to %3). Update Kezek; the database was left untouched.</translation>
    </message>
    <message>
        <source>%1: error while %2: another change got in the way again and again. Try again; nothing of this step was saved.</source>
        <translation>%1: error while %2: another change got in the way again and again. Try again; nothing of this step was saved.</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only or a standby). Ask the administrator.</source>
        <translation>the server accepts no changes (it is read-only or a standby). Ask the administrator.</translation>
    </message>
    <message>
        <source>the server does not allow this account to do that. Ask the administrator to grant Kezek&apos;s role its privileges (docs/DEPLOY.md).</source>
        <translation>the server does not allow this account to do that. Ask the administrator to grant Kezek&apos;s role its privileges (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>%1: the connection broke while the change was being saved, so whether it was saved is not known. Look at the queue once the connection is back before doing it again.</source>
        <translation>%1: the connection broke while the change was being saved, so whether it was saved is not known. Look at the queue once the connection is back before doing it again.</translation>
    </message>
    <message>
        <source>No connection to the center&apos;s server %1 since %2; Kezek connects again by itself.</source>
        <translation>No connection to the center&apos;s server %1 since %2; Kezek connects again by itself.</translation>
    </message>
    <message>
        <source>%1: the connection is busy; sign in again in a moment.</source>
        <translation>%1: the connection is busy; sign in again in a moment.</translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message>
        <source>adding up the tickets of %1</source>
        <translation>adding up the tickets of %1</translation>
    </message>
    <message>
        <source>adding up the served services of %1</source>
        <translation>adding up the served services of %1</translation>
    </message>
    <message>
        <source>adding up the arrivals of %1 by hour</source>
        <translation>adding up the arrivals of %1 by hour</translation>
    </message>
    <message>
        <source>adding up the served citizens of %1 by hour</source>
        <translation>adding up the served citizens of %1 by hour</translation>
    </message>
    <message>
        <source>following the queue of %1 through the day</source>
        <translation>following the queue of %1 through the day</translation>
    </message>
    <message>
        <source>counting the bookings</source>
        <translation>counting the bookings</translation>
    </message>
    <message>
        <source>reading the events of %1</source>
        <translation>reading the events of %1</translation>
    </message>
    <message>
        <source>reading the state of window %1</source>
        <translation>reading the state of window %1</translation>
    </message>
</context>
<context>
    <name>DaySimulator</name>
    <message>
        <source>reading the day&apos;s tickets</source>
        <translation>reading the day&apos;s tickets</translation>
    </message>
    <message>
        <source>%1 already has %2 tickets; simulate a day that has none (another date or a fresh database).</source>
        <translation>%1 already has %2 tickets; simulate a day that has none (another date or a fresh database).</translation>
    </message>
    <message>
        <source>The chosen windows serve no service.</source>
        <translation>The chosen windows serve no service.</translation>
    </message>
    <message>
        <source>adding windows for the simulation</source>
        <translation>adding windows for the simulation</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operator %1</translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation>reading the bookings</translation>
    </message>
    <message>
        <source>needs %1 first</source>
        <translation>needs %1 first</translation>
    </message>
    <message>
        <source>The simulation stopped at %1: %2</source>
        <translation>The simulation stopped at %1: %2</translation>
    </message>
    <message>
        <source>The date to simulate is not valid.</source>
        <translation>The date to simulate is not valid.</translation>
    </message>
    <message>
        <source>The number of windows must be between 1 and 200.</source>
        <translation>The number of windows must be between 1 and 200.</translation>
    </message>
    <message>
        <source>The number of citizens must be between 1 and 100,000.</source>
        <translation>The number of citizens must be between 1 and 100,000.</translation>
    </message>
    <message>
        <source>The booked share must be between 0 and 1.</source>
        <translation>The booked share must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Reception desk</source>
        <translation>Reception desk</translation>
    </message>
    <message>
        <source>adding %1 for the simulation</source>
        <translation>adding %1 for the simulation</translation>
    </message>
    <message>
        <source>Nothing to simulate on %1: %2</source>
        <translation>Nothing to simulate on %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCenter</name>
    <message>
        <source>creating the demo center</source>
        <translation>creating the demo center</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>reading the center</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>%1 s</source>
        <comment>a duration under a minute</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a duration</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>a duration of whole hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish the service</source>
        <translation>Finish the service</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>reading the center</source>
        <translation>reading the center</translation>
    </message>
    <message>
        <source>services: choose at least one service the center offers</source>
        <translation>services: choose at least one service the center offers</translation>
    </message>
    <message>
        <source>windows: a center has 1 to %1 windows</source>
        <translation>windows: a center has 1 to %1 windows</translation>
    </message>
    <message>
        <source>administrator: %1</source>
        <translation>administrator: %1</translation>
    </message>
    <message>
        <source>administrator: the full name is missing</source>
        <translation>administrator: the full name is missing</translation>
    </message>
    <message>
        <source>administrator&apos;s password: %1</source>
        <translation>administrator&apos;s password: %1</translation>
    </message>
    <message>
        <source>This database has a center already; its administrator sets it up.</source>
        <translation>This database has a center already; its administrator sets it up.</translation>
    </message>
    <message>
        <source>first-run wizard</source>
        <translation>first-run wizard</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>A new center — Kezek</source>
        <translation>A new center — Kezek</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <source>This database has no center yet. Name it as citizens and the hall display will see it.</source>
        <translation>This database has no center yet. Name it as citizens and the hall display will see it.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Name in &amp;Kazakh:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. AST-03</source>
        <translation>e.g. AST-03</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Serves:</source>
        <translation>&amp;Serves:</translation>
    </message>
    <message>
        <source>People in the &amp;hall at most:</source>
        <translation>People in the &amp;hall at most:</translation>
    </message>
    <message>
        <source>Services and windows</source>
        <translation>Services and windows</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Windows:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>The person who sets up the center and its staff. They sign in with this password; nobody else can set the center up from now on.</source>
        <translation>The person who sets up the center and its staff. They sign in with this password; nobody else can set the center up from now on.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>The services the center offers, from the standard catalogue, and its number of windows. At first every window serves every chosen service.</source>
        <translation>The services the center offers, from the standard catalogue, and its number of windows. At first every window serves every chosen service.</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>%n waiting</translation>
    </message>
    <message>
        <source>wait about %n min</source>
        <translation>wait about %n min</translation>
    </message>
    <message>
        <source>Electronic queue</source>
        <translation>Electronic queue</translation>
    </message>
    <message>
        <source>Called now</source>
        <translation>Called now</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <source>Reconnecting to the queue…</source>
        <translation>Reconnecting to the queue…</translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Kezek hall display</source>
        <translation>Kezek hall display</translation>
    </message>
</context>
<context>
    <name>HallPanel</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation>Waiting per service</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Free the window of a console that was left or stopped, for another operator</source>
        <translation>Free the window of a console that was left or stopped, for another operator</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Waiting at the end of the hour</source>
        <translation>Waiting at the end of the hour</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Average wait, min</translation>
    </message>
    <message>
        <source>Wait target, min</source>
        <translation>Wait target, min</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>IIN may contain digits only</source>
        <translation>IIN may contain digits only</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, got %1</source>
        <translation>IIN must have 12 digits, got %1</translation>
    </message>
    <message>
        <source>IIN check digit is wrong</source>
        <translation>IIN check digit is wrong</translation>
    </message>
</context>
<context>
    <name>IinFeedback</name>
    <message>
        <source>The IIN is valid.</source>
        <translation>The IIN is valid.</translation>
    </message>
    <message numerus="yes">
        <source>%n more digit(s) to type.</source>
        <translation>
            <numerusform>%n more digit to type.</numerusform>
            <numerusform>%n more digits to type.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid IIN.</source>
        <translation>This is not a valid IIN.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import the channels&apos; booking files for the day (CSV or JSON, several at once). Importing a file again changes nothing; rejected rows are listed with their line and reason.</source>
        <translation>Import the channels&apos; booking files for the day (CSV or JSON, several at once). Importing a file again changes nothing; rejected rows are listed with their line and reason.</translation>
    </message>
    <message>
        <source>Import booking files…</source>
        <translation>Import booking files…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Booking import</source>
        <translation>Booking import</translation>
    </message>
    <message>
        <source>Rejected rows (FILE:LINE: reason):</source>
        <translation>Rejected rows (FILE:LINE: reason):</translation>
    </message>
</context>
<context>
    <name>Kezek::AdministrationPage</name>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>none yet: nobody can sign in</source>
        <translation>none yet: nobody can sign in</translation>
    </message>
    <message>
        <source>temporary, to be changed</source>
        <translation>temporary, to be changed</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Cannot be applied yet:</source>
        <translation>Cannot be applied yet:</translation>
    </message>
    <message>
        <source>The setup was changed elsewhere meanwhile: discard to see it, or apply to make it this draft.</source>
        <translation>The setup was changed elsewhere meanwhile: discard to see it, or apply to make it this draft.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Changes not applied yet.</translation>
    </message>
    <message>
        <source>As the center works now.</source>
        <translation>As the center works now.</translation>
    </message>
    <message>
        <source>Nothing to change: the center already works so.</source>
        <translation>Nothing to change: the center already works so.</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Review the changes</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) take effect on every screen at once:</source>
        <translation>
            <numerusform>These %n change(s) take effect on every screen at once:</numerusform>
            <numerusform>These %n change(s) take effect on every screen at once:</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Back to editing</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n change(s) applied.</numerusform>
            <numerusform>%n change(s) applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>%1 is not an account yet: apply the change that adds them first.</source>
        <translation>%1 is not an account yet: apply the change that adds them first.</translation>
    </message>
    <message>
        <source>The temporary password of %1 is:</source>
        <translation>The temporary password of %1 is:</translation>
    </message>
    <message>
        <source>Give it to them in person. It is shown only now; at their first sign-in they choose their own.</source>
        <translation>Give it to them in person. It is shown only now; at their first sign-in they choose their own.</translation>
    </message>
</context>
<context>
    <name>Kezek::AuditPage</name>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row(s) shown</numerusform>
            <numerusform>%n row(s) shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row(s) to %1.</numerusform>
            <numerusform>Exported %n row(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>Kezek::AuditTableModel</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Console locked</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Console unlocked</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Staff added</translation>
    </message>
    <message>
        <source>Staff disabled</source>
        <translation>Staff disabled</translation>
    </message>
    <message>
        <source>Setup changed</source>
        <translation>Setup changed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Window state set</source>
        <translation>Window state set</translation>
    </message>
    <message>
        <source>Window released</source>
        <translation>Window released</translation>
    </message>
    <message>
        <source>Bookings imported</source>
        <translation>Bookings imported</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Looked up by IIN</source>
        <translation>Looked up by IIN</translation>
    </message>
</context>
<context>
    <name>Kezek::BookingPanel</name>
    <message>
        <source>Slots of %1</source>
        <translation>Slots of %1</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s IIN, then book the chosen slot.</source>
        <translation>Type the citizen&apos;s IIN, then book the chosen slot.</translation>
    </message>
    <message>
        <source>Booked %1: %2 at %3.</source>
        <translation>Booked %1: %2 at %3.</translation>
    </message>
    <message>
        <source>%1: none, %2</source>
        <translation>%1: none, %2</translation>
    </message>
</context>
<context>
    <name>Kezek::CancelTicketDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation>Cancel %1</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangeFeed</name>
    <message>
        <source>reading the change log</source>
        <translation>reading the change log</translation>
    </message>
</context>
<context>
    <name>Kezek::ChangePasswordDialog</name>
    <message>
        <source>%1, choose a new password of at least 8 characters.</source>
        <translation>%1, choose a new password of at least 8 characters.</translation>
    </message>
    <message>
        <source>%1, your password is a temporary one. Choose your own password of at least 8 characters before you start.</source>
        <translation>%1, your password is a temporary one. Choose your own password of at least 8 characters before you start.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>The two new passwords differ; type the same one twice.</translation>
    </message>
</context>
<context>
    <name>Kezek::CheckInPanel</name>
    <message>
        <source>Booking code %1.</source>
        <translation>Booking code %1.</translation>
    </message>
    <message>
        <source>No booking checked in.</source>
        <translation>No booking checked in.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: late by %n min (slot %2), queued as a walk-in.</source>
        <translation>
            <numerusform>Ticket %1: late by %n min (slot %2), queued as a walk-in.</numerusform>
            <numerusform>Ticket %1: late by %n min (slot %2), queued as a walk-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.</source>
        <translation>
            <numerusform>Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.</numerusform>
            <numerusform>Ticket %1: early by %n min; called from %2 (slot %3), sooner only if no walk-in waits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: slot %2, late by %n min but within the tolerance: called in order.</source>
        <translation>
            <numerusform>Ticket %1: slot %2, late by %n min but within the tolerance: called in order.</numerusform>
            <numerusform>Ticket %1: slot %2, late by %n min but within the tolerance: called in order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: slot %2, called in order.</source>
        <translation>Ticket %1: slot %2, called in order.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Booking %1 (%2): %3, IIN %4 — %5, slot %6.</source>
        <translation>Booking %1 (%2): %3, IIN %4 — %5, slot %6.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::AuditCommand</name>
    <message>
        <source>The audit trail: who signed in, locked, changed the setup or the staff, and when (--from and --to are days, both included; default today).</source>
        <translation>The audit trail: who signed in, locked, changed the setup or the staff, and when (--from and --to are days, both included; default today).</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>The first day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>The last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>--%1 wants a day such as 2020-05-18, not &quot;%2&quot;.</source>
        <translation>--%1 wants a day such as 2020-05-18, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 is before --from %2.</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1 to %2.</source>
        <translation>Nothing was recorded from %1 to %2.</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>the audit trail</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::BookCommand</name>
    <message>
        <source>Book a citizen on site into the given or the next free slot; prints the booking id and slot.</source>
        <translation>Book a citizen on site into the given or the next free slot; prints the booking id and slot.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>The service, e.g. ID-CARD.</translation>
    </message>
    <message>
        <source>The citizen&apos;s IIN (required).</source>
        <translation>The citizen&apos;s IIN (required).</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>The citizen&apos;s full name.</source>
        <translation>The citizen&apos;s full name.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A mobile number, e.g. +7 701 555 01 01.</source>
        <translation>A mobile number, e.g. +7 701 555 01 01.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The slot start (10:15 today, or a date and time); default: the next slot with room.</source>
        <translation>The slot start (10:15 today, or a date and time); default: the next slot with room.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>book needs --iin IIN.</source>
        <translation>book needs --iin IIN.</translation>
    </message>
    <message>
        <source>Booking %1: %2 on %3 at %4 for %5.</source>
        <translation>Booking %1: %2 on %3 at %4 for %5.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallChosenCommand</name>
    <message>
        <source>Call a waiting ticket of your window&apos;s queue by its number, out of turn (--window N); with --at-desk, its citizen is at the desk already: serve them at once, without a call.</source>
        <translation>Call a waiting ticket of your window&apos;s queue by its number, out of turn (--window N); with --at-desk, its citizen is at the desk already: serve them at once, without a call.</translation>
    </message>
    <message>
        <source>The citizen is at the desk: start serving without a call.</source>
        <translation>The citizen is at the desk: start serving without a call.</translation>
    </message>
    <message>
        <source>call needs --window N.</source>
        <translation>call needs --window N.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallNextCommand</name>
    <message>
        <source>The window that calls (required).</source>
        <translation>The window that calls (required).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments besides --window N</source>
        <translation>no arguments besides --window N</translation>
    </message>
    <message>
        <source>call-next needs --window N.</source>
        <translation>call-next needs --window N.</translation>
    </message>
    <message>
        <source>Window %1 calls %2 (%3, %4; waited %5).</source>
        <translation>Window %1 calls %2 (%3, %4; waited %5).</translation>
    </message>
    <message>
        <source>Call the next citizen to a window; prints the ticket number. The operator holding the window calls.</source>
        <translation>Call the next citizen to a window; prints the ticket number. The operator holding the window calls.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CancelCommand</name>
    <message>
        <source>Cancel a ticket: a waiting one (reception, a supervisor), or the one called to your window (--window N), with the reason.</source>
        <translation>Cancel a ticket: a waiting one (reception, a supervisor), or the one called to your window (--window N), with the reason.</translation>
    </message>
    <message>
        <source>citizen-left (the default) or issued-by-mistake.</source>
        <translation>citizen-left (the default) or issued-by-mistake.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>--reason is citizen-left or issued-by-mistake, not &quot;%1&quot;.</source>
        <translation>--reason is citizen-left or issued-by-mistake, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CenterCommand</name>
    <message>
        <source>The center&apos;s setup as a file (docs/CENTER-FILE.md): &quot;center export&quot; prints it, &quot;center apply FILE&quot; makes the database hold it (all checked first, one transaction; --dry-run says what would change).</source>
        <translation>The center&apos;s setup as a file (docs/CENTER-FILE.md): &quot;center export&quot; prints it, &quot;center apply FILE&quot; makes the database hold it (all checked first, one transaction; --dry-run says what would change).</translation>
    </message>
    <message>
        <source>export or apply.</source>
        <translation>export or apply.</translation>
    </message>
    <message>
        <source>apply: the center file (- for standard input).</source>
        <translation>apply: the center file (- for standard input).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>apply: say what would change, change nothing.</source>
        <translation>apply: say what would change, change nothing.</translation>
    </message>
    <message>
        <source>center wants export or apply, not &quot;%1&quot;.</source>
        <translation>center wants export or apply, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>The database holds this setup already; nothing changed.</source>
        <translation>The database holds this setup already; nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>These %n change(s) would be made (nothing was changed):</source>
        <translation>
            <numerusform>These %n change(s) would be made (nothing was changed):</numerusform>
            <numerusform>These %n change(s) would be made (nothing was changed):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made:</source>
        <translation>
            <numerusform>%n change(s) made:</numerusform>
            <numerusform>%n change(s) made:</numerusform>
        </translation>
    </message>
    <message>
        <source>the center&apos;s setup</source>
        <translation>the center&apos;s setup</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckCommand</name>
    <message>
        <source>Check the database file for damage (every page and index); exit 2 when damaged.</source>
        <translation>Check the database file for damage (every page and index); exit 2 when damaged.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>Database %1: no damage found.</source>
        <translation>Database %1: no damage found.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckInCommand</name>
    <message>
        <source>A booked citizen arrives (by booking id or --iin); prints the ticket number.</source>
        <translation>A booked citizen arrives (by booking id or --iin); prints the ticket number.</translation>
    </message>
    <message>
        <source>The channel&apos;s booking id.</source>
        <translation>The channel&apos;s booking id.</translation>
    </message>
    <message>
        <source>Check in today&apos;s first booking of this IIN instead.</source>
        <translation>Check in today&apos;s first booking of this IIN instead.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>either BOOKING_ID or --iin IIN</source>
        <translation>either BOOKING_ID or --iin IIN</translation>
    </message>
    <message>
        <source>--iin %1: %2</source>
        <translation>--iin %1: %2</translation>
    </message>
    <message>
        <source>Ticket %1: %2, booking %3 for %4.</source>
        <translation>Ticket %1: %2, booking %3 for %4.</translation>
    </message>
    <message>
        <source>Late by %1: the booking priority is lost, queued as a walk-in.</source>
        <translation>Late by %1: the booking priority is lost, queued as a walk-in.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CopyToCommand</name>
    <message>
        <source>Where to copy to: a postgresql:// URL or service=NAME (no password in it), or a new SQLite file.</source>
        <translation>Where to copy to: a postgresql:// URL or service=NAME (no password in it), or a new SQLite file.</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 rows</source>
        <translation>Copying: %1 of %2 rows</translation>
    </message>
    <message>
        <source>Copied %1 into %2; the row counts match:</source>
        <translation>Copied %1 into %2; the row counts match:</translation>
    </message>
    <message>
        <source>Copy this center, history included, into an empty database (a center&apos;s PostgreSQL server); checks the row counts, writes all or nothing. An administrator&apos;s work.</source>
        <translation>Copy this center, history included, into an empty database (a center&apos;s PostgreSQL server); checks the row counts, writes all or nothing. An administrator&apos;s work.</translation>
    </message>
    <message>
        <source>the whole center</source>
        <translation>the whole center</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::FinishCommand</name>
    <message>
        <source>Finish serving a ticket, recording the services served.</source>
        <translation>Finish serving a ticket, recording the services served.</translation>
    </message>
    <message>
        <source>A served service, repeatable; outcome done (default), refused or redirected (default: the ticket&apos;s own service, done).</source>
        <translation>A served service, repeatable; outcome done (default), refused or redirected (default: the ticket&apos;s own service, done).</translation>
    </message>
    <message>
        <source>CODE[:outcome[:note]]</source>
        <translation>CODE[:outcome[:note]]</translation>
    </message>
    <message>
        <source>--service %1: the outcome must be done, refused or redirected.</source>
        <translation>--service %1: the outcome must be done, refused or redirected.</translation>
    </message>
    <message>
        <source>%1 served in %2.</source>
        <translation>%1 served in %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ImportBookingsCommand</name>
    <message>
        <source>Import the channels&apos; booking files (CSV or JSON); prints counts and each rejected row as FILE:LINE: reason.</source>
        <translation>Import the channels&apos; booking files (CSV or JSON); prints counts and each rejected row as FILE:LINE: reason.</translation>
    </message>
    <message>
        <source>Booking files to import.</source>
        <translation>Booking files to import.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation>Importing: %1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::InitCommand</name>
    <message>
        <source>Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).</source>
        <translation>Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).</translation>
    </message>
    <message>
        <source>Add the demo center unless the database already has a center.</source>
        <translation>Add the demo center unless the database already has a center.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation>reading the center</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>A center already exists; it was left as it was.</source>
        <translation>A center already exists; it was left as it was.</translation>
    </message>
    <message>
        <source>The demo center was added.</source>
        <translation>The demo center was added.</translation>
    </message>
    <message>
        <source>No center is configured yet; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>No center is configured yet; &quot;kezekctl init --demo&quot; adds the demo center.</translation>
    </message>
    <message>
        <source>Only its owner (%1) and group (%2) can read and write it: whoever can write the file can do anything in it, so keep that group to the center&apos;s staff.</source>
        <translation>Only its owner (%1) and group (%2) can read and write it: whoever can write the file can do anything in it, so keep that group to the center&apos;s staff.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer can read it (it holds IINs, names and phones); &quot;chmod 660 %1&quot; makes it private to its owner and group.</source>
        <translation>Warning: other users of this computer can read it (it holds IINs, names and phones); &quot;chmod 660 %1&quot; makes it private to its owner and group.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::IssueCommand</name>
    <message>
        <source>Issue a walk-in ticket; prints its number.</source>
        <translation>Issue a walk-in ticket; prints its number.</translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation>The service, e.g. ID-CARD.</translation>
    </message>
    <message>
        <source>Out-of-turn category (veteran, disability, pregnant, infant).</source>
        <translation>Out-of-turn category (veteran, disability, pregnant, infant).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>Ticket %1: %2, issued at %3.</source>
        <translation>Ticket %1: %2, issued at %3.</translation>
    </message>
    <message>
        <source>Out of turn: %1.</source>
        <translation>Out of turn: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::NoShowCommand</name>
    <message>
        <source>The called citizen did not come (after the last recall).</source>
        <translation>The called citizen did not come (after the last recall).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::PostponeCommand</name>
    <message>
        <source>Send a called or served citizen back to wait until a set time (e.g. to fetch a document).</source>
        <translation>Send a called or served citizen back to wait until a set time (e.g. to fetch a document).</translation>
    </message>
    <message>
        <source>Back in the queue at TIME (10:45).</source>
        <translation>Back in the queue at TIME (10:45).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Back in the queue in N minutes.</source>
        <translation>Back in the queue in N minutes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>postpone needs either --until TIME or --minutes N.</source>
        <translation>postpone needs either --until TIME or --minutes N.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 waits again from %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::QueueCommand</name>
    <message>
        <source>The waiting tickets: with --window in the order that window will call them, otherwise all of them by service.</source>
        <translation>The waiting tickets: with --window in the order that window will call them, otherwise all of them by service.</translation>
    </message>
    <message>
        <source>The queue of this window.</source>
        <translation>The queue of this window.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message numerus="yes">
        <source>Window %1: %n waiting, in call order.</source>
        <translation>
            <numerusform>Window %1: %n waiting, in call order.</numerusform>
            <numerusform>Window %1: %n waiting, in call order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, by service.</source>
        <translation>
            <numerusform>%n waiting, by service.</numerusform>
            <numerusform>%n waiting, by service.</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>why here</source>
        <translation>why here</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::RecallCommand</name>
    <message>
        <source>Call a called ticket again on the hall display.</source>
        <translation>Call a called ticket again on the hall display.</translation>
    </message>
    <message>
        <source>%1 called again (call %2).</source>
        <translation>%1 called again (call %2).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ReportCommand</name>
    <message>
        <source>The supervisor figures for a period (default: today so far) as text, CSV or JSON.</source>
        <translation>The supervisor figures for a period (default: today so far) as text, CSV or JSON.</translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation>The first day (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day (default: the first day).</source>
        <translation>The last day (default: the first day).</translation>
    </message>
    <message>
        <source>text, csv or json (default: text).</source>
        <translation>text, csv or json (default: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Service names in kk, ru or en (default: en).</source>
        <translation>Service names in kk, ru or en (default: en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;.</source>
        <translation>--format must be text, csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>adding up the days: %1 of %2</source>
        <translation>adding up the days: %1 of %2</translation>
    </message>
    <message>
        <source>--%1: cannot read &quot;%2&quot; as a date; write 2020-05-18, in the years %3 to %4.</source>
        <translation>--%1: cannot read &quot;%2&quot; as a date; write 2020-05-18, in the years %3 to %4.</translation>
    </message>
    <message>
        <source>report (%1)</source>
        <translation>report (%1)</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServeCommand</name>
    <message>
        <source>The called citizen came: start serving the ticket.</source>
        <translation>The called citizen came: start serving the ticket.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServerLoginsCommand</name>
    <message>
        <source>enable: on a PostgreSQL server, make every account a server login of its own whose group has only its role&apos;s privileges, and the PCs&apos; shared account (--pc-role) one that only reads. Run by the database&apos;s owner (with CREATEROLE), again after each upgrade (docs/ROLES.md).</source>
        <translation>enable: on a PostgreSQL server, make every account a server login of its own whose group has only its role&apos;s privileges, and the PCs&apos; shared account (--pc-role) one that only reads. Run by the database&apos;s owner (with CREATEROLE), again after each upgrade (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>enable.</source>
        <translation>enable.</translation>
    </message>
    <message>
        <source>enable: a server role the center&apos;s PCs connect with, put in the PCs&apos; group (may be repeated).</source>
        <translation>enable: a server role the center&apos;s PCs connect with, put in the PCs&apos; group (may be repeated).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>server-logins wants enable, not &quot;%1&quot;.</source>
        <translation>server-logins wants enable, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Server logins are enabled in %1: groups %2.</source>
        <translation>Server logins are enabled in %1: groups %2.</translation>
    </message>
    <message>
        <source>The PCs&apos; accounts %1 now only read.</source>
        <translation>The PCs&apos; accounts %1 now only read.</translation>
    </message>
    <message>
        <source>These accounts need a password set on the server (kezekctl staff passwd LOGIN): %1.</source>
        <translation>These accounts need a password set on the server (kezekctl staff passwd LOGIN): %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServicesCommand</name>
    <message>
        <source>List the catalogue: codes, letters, names, norms, bookable.</source>
        <translation>List the catalogue: codes, letters, names, norms, bookable.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>norm</translation>
    </message>
    <message>
        <source>bookable</source>
        <translation>bookable</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The catalogue is empty; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>The catalogue is empty; &quot;kezekctl init --demo&quot; adds the demo center.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::SimulateCommand</name>
    <message>
        <source>The day to play (default: today).</source>
        <translation>The day to play (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>How many windows work: the first N; missing ones are added serving every service (default 12).</source>
        <translation>How many windows work: the first N; missing ones are added serving every service (default 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many citizens come (default 600).</source>
        <translation>How many citizens come (default 600).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The share of citizens who booked, 0 to 1 (default 0.5).</source>
        <translation>The share of citizens who booked, 0 to 1 (default 0.5).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The random seed: the same seed plays the same day (default 1).</source>
        <translation>The random seed: the same seed plays the same day (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>--windows needs a positive whole number.</source>
        <translation>--windows needs a positive whole number.</translation>
    </message>
    <message>
        <source>--citizens needs a positive whole number.</source>
        <translation>--citizens needs a positive whole number.</translation>
    </message>
    <message>
        <source>--booked-share needs a number from 0 to 1.</source>
        <translation>--booked-share needs a number from 0 to 1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed needs a whole number.</translation>
    </message>
    <message>
        <source>Simulated %1 at %2 windows (seed %3) in %4 s.</source>
        <translation>Simulated %1 at %2 windows (seed %3) in %4 s.</translation>
    </message>
    <message>
        <source>  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)</source>
        <translation>  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)</translation>
    </message>
    <message>
        <source>  served:         %1</source>
        <translation>  served:         %1</translation>
    </message>
    <message>
        <source>  no-shows:       %1 booked never came, %2 did not answer the calls</source>
        <translation>  no-shows:       %1 booked never came, %2 did not answer the calls</translation>
    </message>
    <message>
        <source>  left the queue: %1</source>
        <translation>  left the queue: %1</translation>
    </message>
    <message>
        <source>  average wait:   %1 (longest %2)</source>
        <translation>  average wait:   %1 (longest %2)</translation>
    </message>
    <message>
        <source>  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements</source>
        <translation>  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements</translation>
    </message>
    <message>
        <source>  windows added:  %1, serving every service</source>
        <translation>  windows added:  %1, serving every service</translation>
    </message>
    <message>
        <source>  also served %1 tickets that were waiting before</source>
        <translation>  also served %1 tickets that were waiting before</translation>
    </message>
    <message>
        <source>  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come</source>
        <translation>  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come</translation>
    </message>
    <message>
        <source>  last citizen left at %1</source>
        <translation>  last citizen left at %1</translation>
    </message>
    <message>
        <source>--date: cannot read &quot;%1&quot; as a date; write 2020-05-18, in the years %2 to %3.</source>
        <translation>--date: cannot read &quot;%1&quot; as a date; write 2020-05-18, in the years %2 to %3.</translation>
    </message>
    <message>
        <source>Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to now. An administrator&apos;s work.</source>
        <translation>Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to now. An administrator&apos;s work.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::StaffCommand</name>
    <message>
        <source>Staff accounts: add LOGIN, passwd LOGIN, disable LOGIN, list. New passwords are temporary (changed at the first sign-in) and come from --password-file or are typed twice at the terminal.</source>
        <translation>Staff accounts: add LOGIN, passwd LOGIN, disable LOGIN, list. New passwords are temporary (changed at the first sign-in) and come from --password-file or are typed twice at the terminal.</translation>
    </message>
    <message>
        <source>add, passwd, disable or list.</source>
        <translation>add, passwd, disable or list.</translation>
    </message>
    <message>
        <source>The account (not for list).</source>
        <translation>The account (not for list).</translation>
    </message>
    <message>
        <source>[LOGIN]</source>
        <translation>[LOGIN]</translation>
    </message>
    <message>
        <source>add: the person&apos;s full name.</source>
        <translation>add: the person&apos;s full name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add, passwd: read the new password from the first line of FILE (yours alone: chmod 600) instead of the terminal.</source>
        <translation>add, passwd: read the new password from the first line of FILE (yours alone: chmod 600) instead of the terminal.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>passwd: the password is not to be changed at the next sign-in.</source>
        <translation>passwd: the password is not to be changed at the next sign-in.</translation>
    </message>
    <message>
        <source>staff wants add, passwd, disable or list, not &quot;%1&quot;.</source>
        <translation>staff wants add, passwd, disable or list, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is disabled: they can no longer sign in; their history stays.</source>
        <translation>%1 is disabled: they can no longer sign in; their history stays.</translation>
    </message>
    <message>
        <source>give the new password with --password-file FILE, or run this at a terminal to type it</source>
        <translation>give the new password with --password-file FILE, or run this at a terminal to type it</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>no password was typed</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>the two passwords differ; nothing was changed</translation>
    </message>
    <message>
        <source>add needs --name &quot;FULL NAME&quot;.</source>
        <translation>add needs --name &quot;FULL NAME&quot;.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3). The password is temporary: it is changed at the first sign-in.</source>
        <translation>Added %1 (%2, %3). The password is temporary: it is changed at the first sign-in.</translation>
    </message>
    <message>
        <source>The password of %1 is set; it is changed at the next sign-in.</source>
        <translation>The password of %1 is set; it is changed at the next sign-in.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>The password of %1 is set.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>add: operator, reception, supervisor, admin or system (night jobs).</source>
        <translation>add: operator, reception, supervisor, admin or system (night jobs).</translation>
    </message>
    <message>
        <source>add needs --role operator, reception, supervisor, admin or system.</source>
        <translation>add needs --role operator, reception, supervisor, admin or system.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TicketStepCommand</name>
    <message>
        <source>Today&apos;s ticket number, e.g. A001.</source>
        <translation>Today&apos;s ticket number, e.g. A001.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Act at this window (refused if the ticket is at another).</source>
        <translation>Act at this window (refused if the ticket is at another).</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TransferCommand</name>
    <message>
        <source>Send a called or served ticket to another window or service; it goes to the front of that queue and keeps its number.</source>
        <translation>Send a called or served ticket to another window or service; it goes to the front of that queue and keeps its number.</translation>
    </message>
    <message>
        <source>Transfer to this window.</source>
        <translation>Transfer to this window.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transfer to this service&apos;s queue.</source>
        <translation>Transfer to this service&apos;s queue.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why, for the next operator.</source>
        <translation>Why, for the next operator.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>transfer needs either --window N or --service CODE.</source>
        <translation>transfer needs either --window N or --service CODE.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>%1 waits at the front of the queue for %2.</source>
        <translation>%1 waits at the front of the queue for %2.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowCommand</name>
    <message>
        <source>A window: open, pause --reason REASON, close (its operator, or a supervisor for any window), sign-in (an operator takes it) or release (given up; a supervisor&apos;s for another&apos;s).</source>
        <translation>A window: open, pause --reason REASON, close (its operator, or a supervisor for any window), sign-in (an operator takes it) or release (given up; a supervisor&apos;s for another&apos;s).</translation>
    </message>
    <message>
        <source>The window number.</source>
        <translation>The window number.</translation>
    </message>
    <message>
        <source>open, pause, close, sign-in or release.</source>
        <translation>open, pause, close, sign-in or release.</translation>
    </message>
    <message>
        <source>pause: break, disinfection or technical.</source>
        <translation>pause: break, disinfection or technical.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>window wants a window number first, not &quot;%1&quot;.</source>
        <translation>window wants a window number first, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds window %2.</source>
        <translation>%1 holds window %2.</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>Window %1 is free for the next operator.</translation>
    </message>
    <message>
        <source>pause needs --reason break, disinfection or technical.</source>
        <translation>pause needs --reason break, disinfection or technical.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>Window %1 is %2.</translation>
    </message>
    <message>
        <source>window wants open, pause, close, sign-in or release, not &quot;%1&quot;.</source>
        <translation>window wants open, pause, close, sign-in or release, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowsCommand</name>
    <message>
        <source>List the windows, their state, operator and services.</source>
        <translation>List the windows, their state, operator and services.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>No windows are configured; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation>No windows are configured; &quot;kezekctl init --demo&quot; adds the demo center.</translation>
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
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>Out of turn</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Service time</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Since the call</source>
        <translation>Since the call</translation>
    </message>
</context>
<context>
    <name>Kezek::DisplayModel</name>
    <message>
        <source>reading the calls</source>
        <translation>reading the calls</translation>
    </message>
</context>
<context>
    <name>Kezek::FigureTableModel</name>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Tickets issued or checked in</source>
        <translation>Tickets issued or checked in</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Citizens whose ticket ended served</source>
        <translation>Citizens whose ticket ended served</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Services done (a citizen may receive several)</source>
        <translation>Services done (a citizen may receive several)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Citizens waiting for a call at the end of the hour</source>
        <translation>Citizens waiting for a call at the end of the hour</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>From arrival to the first call</source>
        <translation>From arrival to the first call</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>From the start of service to its end</source>
        <translation>From the start of service to its end</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>The catalogue norm of what was served</source>
        <translation>The catalogue norm of what was served</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Average service against the norm; over 125% is marked</source>
        <translation>Average service against the norm; over 125% is marked</translation>
    </message>
    <message>
        <source>Of norm</source>
        <translation>Of norm</translation>
    </message>
    <message>
        <source>Time the window stood free while citizens waited for its services</source>
        <translation>Time the window stood free while citizens waited for its services</translation>
    </message>
    <message>
        <source>Idle while waited</source>
        <translation>Idle while waited</translation>
    </message>
</context>
<context>
    <name>Kezek::FinishDialog</name>
    <message>
        <source>Which services did %1 receive? Tick each one and choose its outcome.</source>
        <translation>Which services did %1 receive? Tick each one and choose its outcome.</translation>
    </message>
    <message>
        <source>Tick at least one served service.</source>
        <translation>Tick at least one served service.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) will be recorded.</source>
        <translation>
            <numerusform>%n service will be recorded.</numerusform>
            <numerusform>%n services will be recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1 Your entries are kept; press OK again once the database is back.</source>
        <translation>Not recorded: %1 Your entries are kept; press OK again once the database is back.</translation>
    </message>
</context>
<context>
    <name>Kezek::FirstRunWizard</name>
    <message>
        <source>administrator&apos;s password: the two passwords differ</source>
        <translation>administrator&apos;s password: the two passwords differ</translation>
    </message>
</context>
<context>
    <name>Kezek::ForecastModel</name>
    <message numerus="yes">
        <source>%n more window(s) needed to call %1% of citizens within %2 min</source>
        <translation>
            <numerusform>%n more window needed to call %1% of citizens within %2 min</numerusform>
            <numerusform>%n more windows needed to call %1% of citizens within %2 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Booked (expected)</source>
        <translation>Booked (expected)</translation>
    </message>
    <message>
        <source>Walk-ins (expected)</source>
        <translation>Walk-ins (expected)</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Service time</translation>
    </message>
    <message>
        <source>Load (Erlang)</source>
        <translation>Load (Erlang)</translation>
    </message>
    <message>
        <source>Windows needed</source>
        <translation>Windows needed</translation>
    </message>
    <message>
        <source>Windows planned</source>
        <translation>Windows planned</translation>
    </message>
    <message>
        <source>Within target (planned)</source>
        <translation>Within target (planned)</translation>
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
        <translation>Window</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>Kezek::HallPanel</name>
    <message numerus="yes">
        <source>%n citizen(s) waiting in the hall</source>
        <translation>
            <numerusform>%n citizen waiting in the hall</numerusform>
            <numerusform>%n citizens waiting in the hall</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Window %1 is free for the next operator.</source>
        <translation>Window %1 is free for the next operator.</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>Window %1 is paused: %2.</translation>
    </message>
    <message>
        <source>Window %1 is %2.</source>
        <translation>Window %1 is %2.</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
</context>
<context>
    <name>Kezek::ImportPanel</name>
    <message>
        <source>Booking files to import</source>
        <translation>Booking files to import</translation>
    </message>
    <message>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation>Booking files (*.csv *.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n booking file(s)…</source>
        <translation>
            <numerusform>Importing %n booking file…</numerusform>
            <numerusform>Importing %n booking files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Kezek::ImportReportDialog</name>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.</translation>
    </message>
    <message>
        <source>Booking import</source>
        <translation>Booking import</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>Kezek::LockPanel</name>
    <message>
        <source>This is the console of %1 (%2). Only their password opens it; anyone else signs them out first.</source>
        <translation>This is the console of %1 (%2). Only their password opens it; anyone else signs them out first.</translation>
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
        <translation>Kezek — window %1</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>The database file at %1 was replaced; Kezek opened the one there now.</source>
        <translation>The database file at %1 was replaced; Kezek opened the one there now.</translation>
    </message>
    <message>
        <source>No connection to the database since %1. %2 Actions are refused until it is back; nothing you typed is lost.</source>
        <translation>No connection to the database since %1. %2 Actions are refused until it is back; nothing you typed is lost.</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Connected to the database again.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>Kezek::OperatorConsole</name>
    <message>
        <source>%1 is called to window %2.</source>
        <translation>%1 is called to window %2.</translation>
    </message>
    <message>
        <source>%1 is called again (call %2 of %3).</source>
        <translation>%1 is called again (call %2 of %3).</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is finished: %n service(s) recorded.</source>
        <translation>
            <numerusform>%1 is finished: %n service recorded.</numerusform>
            <numerusform>%1 is finished: %n services recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as a no-show.</source>
        <translation>%1 is marked as a no-show.</translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation>%1 waits again from %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation>%1 is transferred to window %2.</translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation>%1 is transferred to %2.</translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation>Window %1 is paused: %2.</translation>
    </message>
    <message>
        <source>Window %1 is open again.</source>
        <translation>Window %1 is open again.</translation>
    </message>
    <message>
        <source>The window is not open. Resume it to call citizens.</source>
        <translation>The window is not open. Resume it to call citizens.</translation>
    </message>
    <message>
        <source>The window is free. Call the next citizen (%1).</source>
        <translation>The window is free. Call the next citizen (%1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>window state and pause reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Window %1 · %2 · %3</source>
        <translation>Window %1 · %2 · %3</translation>
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
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>nobody waits</translation>
    </message>
    <message>
        <source>longest wait %1 — over target</source>
        <translation>longest wait %1 — over target</translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation>longest wait %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Nobody else waits.</source>
        <translation>Nobody else waits.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not come after %n call(s): record the no-show and call the next citizen</source>
        <translation>
            <numerusform>%1 did not come after %n call: record the no-show and call the next citizen</numerusform>
            <numerusform>%1 did not come after %n calls: record the no-show and call the next citizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Call by number</source>
        <translation>Call by number</translation>
    </message>
    <message>
        <source>Ticket number (such as A017):</source>
        <translation>Ticket number (such as A017):</translation>
    </message>
    <message>
        <source>Serving %1, who was at the desk (no call on the hall display).</source>
        <translation>Serving %1, who was at the desk (no call on the hall display).</translation>
    </message>
    <message>
        <source>Serve by number at the desk</source>
        <translation>Serve by number at the desk</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 is cancelled: %2.</translation>
    </message>
    <message>
        <source>%1 · called %2 ago</source>
        <comment>calls made of the most allowed, time since the last call</comment>
        <translation>%1 · called %2 ago</translation>
    </message>
</context>
<context>
    <name>Kezek::PostponeDialog</name>
    <message>
        <source>When does %1 come back? The ticket keeps its number and waits again from that time.</source>
        <translation>When does %1 come back? The ticket keeps its number and waits again from that time.</translation>
    </message>
</context>
<context>
    <name>Kezek::QueueModel</name>
    <message>
        <source>back from postponement</source>
        <translation>back from postponement</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>booked %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>booked %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <comment>queue reason; %1 is the priority category</comment>
        <translation>out of turn: %1</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation>early booking %1</translation>
    </message>
    <message>
        <source>late for booking %1: walk-in</source>
        <comment>queue reason</comment>
        <translation>late for booking %1: walk-in</translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>queue reason</comment>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Why here</source>
        <comment>queue column: the reason for the ticket&apos;s place</comment>
        <translation>Why here</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>queue column: time waited so far</comment>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>Kezek::ReceptionWidget</name>
    <message>
        <source>%1 of %2 inside</source>
        <translation>%1 of %2 inside</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>No ticket issued yet.</translation>
    </message>
    <message>
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message>
        <source>Booked slot %1</source>
        <translation>Booked slot %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead</source>
        <translation>
            <numerusform>%n ahead</numerusform>
            <numerusform>%n ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected wait: about %n min</source>
        <translation>
            <numerusform>Expected wait: about %n min</numerusform>
            <numerusform>Expected wait: about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No window serving this service is open: no estimate.</source>
        <translation>No window serving this service is open: no estimate.</translation>
    </message>
    <message>
        <source>The ticket could not be printed on %1.</source>
        <translation>The ticket could not be printed on %1.</translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation>The ticket could not be printed.</translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation>Walk-in ticket</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>On-site booking</source>
        <translation>On-site booking</translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation>Import bookings</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Ticket %1 was not printed: no printer is set up. Write the number down for the citizen, or use &quot;Print ticket…&quot; to save a PDF.</source>
        <translation>Ticket %1 was not printed: no printer is set up. Write the number down for the citizen, or use &quot;Print ticket…&quot; to save a PDF.</translation>
    </message>
    <message>
        <source>Cancel a ticket</source>
        <translation>Cancel a ticket</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2.</source>
        <translation>%1 is cancelled: %2.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>Ca&amp;ncel a ticket…</translation>
    </message>
</context>
<context>
    <name>Kezek::ServedServicesModel</name>
    <message>
        <source>Served service</source>
        <translation>Served service</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>%1: may be booked</translation>
    </message>
    <message>
        <source>%1: walk-in only, cannot be booked</source>
        <translation>%1: walk-in only, cannot be booked</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceTotalsModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>number of people waiting</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>No window (reception, supervisor)</source>
        <translation>No window (reception, supervisor)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Choose the window you work at.</source>
        <translation>Choose the window you work at.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>Choose your own password to sign in.</source>
        <translation>Choose your own password to sign in.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 is the account of night jobs: it works from kezekctl, not at a console.</translation>
    </message>
</context>
<context>
    <name>Kezek::SlotModel</name>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
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
        <translation>Adding up the days of the period…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation>Within %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n no-show)</numerusform>
            <numerusform>%1 (%n no-shows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Served by channel: %1</source>
        <translation>Served by channel: %1</translation>
    </message>
    <message>
        <source>Live: today so far, updated %1</source>
        <translation>Live: today so far, updated %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with tickets in the period</source>
        <translation>
            <numerusform>%n day with tickets in the period</numerusform>
            <numerusform>%n days with tickets in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n earlier day(s) of the same weekday; %1 of bookings come; service takes %2 on average. Most windows needed: %3 at %4:00. Hours short of windows: %5.</source>
        <translation>
            <numerusform>Learnt from %n earlier day of the same weekday; %1 of bookings come; service takes %2 on average. Most windows needed: %3 at %4:00. Hours short of windows: %5.</numerusform>
            <numerusform>Learnt from %n earlier days of the same weekday; %1 of bookings come; service takes %2 on average. Most windows needed: %3 at %4:00. Hours short of windows: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No windows are needed: %1.</source>
        <translation>No windows are needed: %1.</translation>
    </message>
</context>
<context>
    <name>Kezek::TransferDialog</name>
    <message>
        <source>Where does %1 go? The ticket keeps its number and goes to the front of that queue.</source>
        <translation>Where does %1 go? The ticket keeps its number and goes to the front of that queue.</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
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
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No (regular queue)</source>
        <translation>No (regular queue)</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>Ticket %1 issued.</translation>
    </message>
    <message numerus="yes">
        <source>The next free slot is %1 (%n place(s) left).</source>
        <translation>
            <numerusform>The next free slot is %1 (%n place left).</numerusform>
            <numerusform>The next free slot is %1 (%n places left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Book %1 for this citizen</source>
        <translation>Book %1 for this citizen</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>This console is locked</source>
        <translation>This console is locked</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Window</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
        <translation>&amp;Lock the console</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kezek</source>
        <translation>&amp;About Kezek</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
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
        <translation>booked on site</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirected</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>break</source>
        <translation>break</translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation>disinfection</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technical</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>booking only</source>
        <translation>booking only</translation>
    </message>
    <message>
        <source>bookings and walk-ins</source>
        <translation>bookings and walk-ins</translation>
    </message>
    <message>
        <source>night jobs</source>
        <translation>night jobs</translation>
    </message>
    <message>
        <source>the citizen left</source>
        <translation>the citizen left</translation>
    </message>
    <message>
        <source>issued by mistake</source>
        <translation>issued by mistake</translation>
    </message>
</context>
<context>
    <name>OpeningHoursTable</name>
    <message>
        <source>setting the opening hours</source>
        <translation>setting the opening hours</translation>
    </message>
    <message>
        <source>setting the closed days</source>
        <translation>setting the closed days</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Booked for:</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Out of turn:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>Waited:</source>
        <translation>Waited:</translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation>Service time:</translation>
    </message>
    <message>
        <source>This window&apos;s queue, in call order:</source>
        <translation>This window&apos;s queue, in call order:</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Call next</translation>
    </message>
    <message>
        <source>Call the next citizen of this window&apos;s queue to the window</source>
        <translation>Call the next citizen of this window&apos;s queue to the window</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Recall</translation>
    </message>
    <message>
        <source>Repeat the call on the hall display</source>
        <translation>Repeat the call on the hall display</translation>
    </message>
    <message>
        <source>Citizen &amp;arrived</source>
        <translation>Citizen &amp;arrived</translation>
    </message>
    <message>
        <source>The citizen is at the window: start serving</source>
        <translation>The citizen is at the window: start serving</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <source>Record the served services and free the window</source>
        <translation>Record the served services and free the window</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>The citizen did not come after the last call</source>
        <translation>The citizen did not come after the last call</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Postpone…</translation>
    </message>
    <message>
        <source>The citizen comes back later today, e.g. with a missing document</source>
        <translation>The citizen comes back later today, e.g. with a missing document</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Send the citizen to another window or service</source>
        <translation>Send the citizen to another window or service</translation>
    </message>
    <message>
        <source>Pa&amp;use window…</source>
        <translation>Pa&amp;use window…</translation>
    </message>
    <message>
        <source>Pause this window with a reason</source>
        <translation>Pause this window with a reason</translation>
    </message>
    <message>
        <source>Re&amp;sume window</source>
        <translation>Re&amp;sume window</translation>
    </message>
    <message>
        <source>Open this window again</source>
        <translation>Open this window again</translation>
    </message>
    <message>
        <source>Call &amp;this citizen</source>
        <translation>Call &amp;this citizen</translation>
    </message>
    <message>
        <source>Call the citizen chosen in the queue, out of turn (Enter or a double click on the row)</source>
        <translation>Call the citizen chosen in the queue, out of turn (Enter or a double click on the row)</translation>
    </message>
    <message>
        <source>Call by n&amp;umber…</source>
        <translation>Call by n&amp;umber…</translation>
    </message>
    <message>
        <source>Call a ticket of this window&apos;s queue by its number, such as A017</source>
        <translation>Call a ticket of this window&apos;s queue by its number, such as A017</translation>
    </message>
    <message>
        <source>&amp;Serve this citizen now</source>
        <translation>&amp;Serve this citizen now</translation>
    </message>
    <message>
        <source>The citizen chosen in the queue is at the desk already: serve them without a call</source>
        <translation>The citizen chosen in the queue is at the desk already: serve them without a call</translation>
    </message>
    <message>
        <source>Serve by number &amp;at the desk…</source>
        <translation>Serve by number &amp;at the desk…</translation>
    </message>
    <message>
        <source>The citizen with this ticket is at the desk already: serve them without a call</source>
        <translation>The citizen with this ticket is at the desk already: serve them without a call</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the ticket…</source>
        <translation>Ca&amp;ncel the ticket…</translation>
    </message>
    <message>
        <source>The called citizen leaves, or the ticket was issued by mistake: cancel it with the reason</source>
        <translation>The called citizen leaves, or the ticket was issued by mistake: cancel it with the reason</translation>
    </message>
</context>
<context>
    <name>OperatorDay</name>
    <message>
        <source>reading your figures of today</source>
        <translation>reading your figures of today</translation>
    </message>
    <message>
        <source>Served today: none yet</source>
        <translation>Served today: none yet</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2 — over the norm of %3</source>
        <translation>Served today: %1 · my average %2 — over the norm of %3</translation>
    </message>
    <message>
        <source>Served today: %1 · my average %2, within the norm of %3</source>
        <translation>Served today: %1 · my average %2, within the norm of %3</translation>
    </message>
</context>
<context>
    <name>PasswordFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 may be read by others, so it cannot hold a password; make it yours alone (chmod 600 %1)</source>
        <translation>%1 may be read by others, so it cannot hold a password; make it yours alone (chmod 600 %1)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line</source>
        <translation>%1 holds no password on its first line</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>the password library could not start</source>
        <translation>the password library could not start</translation>
    </message>
    <message>
        <source>not enough memory to protect the password (Argon2id needs 64 MiB)</source>
        <translation>not enough memory to protect the password (Argon2id needs 64 MiB)</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation>A password may not begin or end with a space.</translation>
    </message>
    <message>
        <source>A password may not be the login.</source>
        <translation>A password may not be the login.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the window</source>
        <translation>Pause the window</translation>
    </message>
    <message>
        <source>Why does the window pause? The hall sees the window as paused until you resume.</source>
        <translation>Why does the window pause? The hall sees the window as paused until you resume.</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>&amp;Break</translation>
    </message>
    <message>
        <source>&amp;Disinfection</source>
        <translation>&amp;Disinfection</translation>
    </message>
    <message>
        <source>&amp;Technical problem</source>
        <translation>&amp;Technical problem</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone &quot;%1&quot; is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)</source>
        <translation>phone &quot;%1&quot; is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the ticket</source>
        <translation>Postpone the ticket</translation>
    </message>
    <message>
        <source>&amp;Return at:</source>
        <translation>&amp;Return at:</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 min</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 hour</translation>
    </message>
</context>
<context>
    <name>ProgramVersion</name>
    <message>
        <source>Copyright (C) 2026 The Kezek developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Copyright (C) 2026 The Kezek developers.
License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>recording the event</source>
        <translation>recording the event</translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation>saving ticket %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago.</source>
        <translation>%1 was changed by someone else a moment ago.</translation>
    </message>
    <message>
        <source>%1 is at window %2, not at yours.</source>
        <translation>%1 is at window %2, not at yours.</translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation>issuing ticket %1</translation>
    </message>
    <message>
        <source>This center serves booked citizens only: book %1 into the next free slot instead.</source>
        <translation>This center serves booked citizens only: book %1 into the next free slot instead.</translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation>booking %1</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>IIN %1</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>looking up %1</translation>
    </message>
    <message>
        <source>No booking for today was found for %1 (or it is already checked in).</source>
        <translation>No booking for today was found for %1 (or it is already checked in).</translation>
    </message>
    <message>
        <source>%1 is already checked in: ticket %2.</source>
        <translation>%1 is already checked in: ticket %2.</translation>
    </message>
    <message>
        <source>The code %1 belongs to bookings of more than one channel; check in by IIN.</source>
        <translation>The code %1 belongs to bookings of more than one channel; check in by IIN.</translation>
    </message>
    <message>
        <source>checking in %1</source>
        <translation>checking in %1</translation>
    </message>
    <message>
        <source>%1 was checked in by another desk a moment ago.</source>
        <translation>%1 was checked in by another desk a moment ago.</translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation>paused (%1)</translation>
    </message>
    <message>
        <source>Window %1 is %2; resume it before calling.</source>
        <translation>Window %1 is %2; resume it before calling.</translation>
    </message>
    <message>
        <source>Window %1 still has %2 (%3); finish it first.</source>
        <translation>Window %1 still has %2 (%3); finish it first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation>Nobody is waiting for window %1.</translation>
    </message>
    <message>
        <source>updating window %1</source>
        <translation>updating window %1</translation>
    </message>
    <message>
        <source>%1 has been called %2 times, the limit; mark a no-show instead.</source>
        <translation>%1 has been called %2 times, the limit; mark a no-show instead.</translation>
    </message>
    <message>
        <source>%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).</source>
        <translation>%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).</translation>
    </message>
    <message>
        <source>Choose at least one served service before finishing.</source>
        <translation>Choose at least one served service before finishing.</translation>
    </message>
    <message>
        <source>recording the served services of %1</source>
        <translation>recording the served services of %1</translation>
    </message>
    <message>
        <source>%1 was called %2 of %3 times; call again before marking a no-show.</source>
        <translation>%1 was called %2 of %3 times; call again before marking a no-show.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>The return time must be later than now.</source>
        <translation>The return time must be later than now.</translation>
    </message>
    <message>
        <source>The return time must be today before closing.</source>
        <translation>The return time must be today before closing.</translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation>%1 is already at window %2.</translation>
    </message>
    <message>
        <source>recording the state of window %1</source>
        <translation>recording the state of window %1</translation>
    </message>
    <message>
        <source>Choose a reason for the pause.</source>
        <translation>Choose a reason for the pause.</translation>
    </message>
    <message>
        <source>Window %1 has %2; finish or transfer it first.</source>
        <translation>Window %1 has %2; finish or transfer it first.</translation>
    </message>
    <message>
        <source>changing the state of window %1</source>
        <translation>changing the state of window %1</translation>
    </message>
    <message>
        <source>signing in at window %1</source>
        <translation>signing in at window %1</translation>
    </message>
    <message>
        <source>Window %1 is closed; transfer to an open window or to a service.</source>
        <translation>Window %1 is closed; transfer to an open window or to a service.</translation>
    </message>
    <message>
        <source>%1 is already for %2; choose another service or a window.</source>
        <translation>%1 is already for %2; choose another service or a window.</translation>
    </message>
    <message>
        <source>not called before closing</source>
        <translation>not called before closing</translation>
    </message>
    <message>
        <source>closing out earlier days</source>
        <translation>closing out earlier days</translation>
    </message>
    <message>
        <source>closed out at the end of the day: left at the window</source>
        <translation>closed out at the end of the day: left at the window</translation>
    </message>
    <message>
        <source>issuing ticket %1 returned no id.</source>
        <translation>issuing ticket %1 returned no id.</translation>
    </message>
    <message>
        <source>%1 is retired: the center no longer offers it.</source>
        <translation>%1 is retired: the center no longer offers it.</translation>
    </message>
    <message>
        <source>the out-of-turn category %1 is switched off</source>
        <translation>the out-of-turn category %1 is switched off</translation>
    </message>
    <message>
        <source>checked in: %1</source>
        <translation>checked in: %1</translation>
    </message>
    <message>
        <source>Sign in at window %1 first.</source>
        <translation>Sign in at window %1 first.</translation>
    </message>
    <message>
        <source>Window %1 is held by %2 (%3); a supervisor can release it.</source>
        <translation>Window %1 is held by %2 (%3); a supervisor can release it.</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>You still have %1 at window %2; finish or transfer it before moving.</source>
        <translation>You still have %1 at window %2; finish or transfer it before moving.</translation>
    </message>
    <message>
        <source>Nobody holds window %1.</source>
        <translation>Nobody holds window %1.</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be called.</source>
        <translation>%1 is not waiting (%2); only a waiting ticket can be called.</translation>
    </message>
    <message>
        <source>%1 is not in the queue of window %2: its service is served elsewhere.</source>
        <translation>%1 is not in the queue of window %2: its service is served elsewhere.</translation>
    </message>
    <message>
        <source>chosen from the queue</source>
        <translation>chosen from the queue</translation>
    </message>
    <message>
        <source>%1 is not waiting (%2); only a waiting ticket can be served without a call.</source>
        <translation>%1 is not waiting (%2); only a waiting ticket can be served without a call.</translation>
    </message>
    <message>
        <source>served without a call: the citizen was at the desk</source>
        <translation>served without a call: the citizen was at the desk</translation>
    </message>
</context>
<context>
    <name>ReceptionWidget</name>
    <message>
        <source>Hall:</source>
        <translation>Hall:</translation>
    </message>
    <message>
        <source>The hall is full: ask citizens to wait outside or come back later.</source>
        <translation>The hall is full: ask citizens to wait outside or come back later.</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Last ticket</translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation>No ticket issued yet.</translation>
    </message>
    <message>
        <source>Print each ticket at once</source>
        <translation>Print each ticket at once</translation>
    </message>
    <message>
        <source>Print ticket…</source>
        <translation>Print ticket…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a ticket…</source>
        <translation>Ca&amp;ncel a ticket…</translation>
    </message>
    <message>
        <source>A waiting citizen left, or a ticket was issued by mistake (Ctrl+Del)</source>
        <translation>A waiting citizen left, or a ticket was issued by mistake (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>counting the tickets per day</source>
        <translation>counting the tickets per day</translation>
    </message>
    <message>
        <source>finding the days still open</source>
        <translation>finding the days still open</translation>
    </message>
    <message>
        <source>reading the stored figures</source>
        <translation>reading the stored figures</translation>
    </message>
    <message>
        <source>clearing the stored figures of %1</source>
        <translation>clearing the stored figures of %1</translation>
    </message>
    <message>
        <source>storing the figures of %1</source>
        <translation>storing the figures of %1</translation>
    </message>
    <message>
        <source>adding up the stored figures</source>
        <translation>adding up the stored figures</translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>The period must start on or before its last day.</translation>
    </message>
    <message>
        <source>Stopped before all the days were added up.</source>
        <translation>Stopped before all the days were added up.</translation>
    </message>
    <message>
        <source>counting the citizens waiting</source>
        <translation>counting the citizens waiting</translation>
    </message>
    <message>
        <source>service takes %1% of the norm</source>
        <translation>service takes %1% of the norm</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>mean wait over the target</source>
        <translation>mean wait over the target</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Figures for %1 (%n day(s) with tickets)</source>
        <translation>
            <numerusform>Figures for %1 (%n day with tickets)</numerusform>
            <numerusform>Figures for %1 (%n days with tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens served: %1; services served: %2; waiting now: %3</source>
        <translation>Citizens served: %1; services served: %2; waiting now: %3</translation>
    </message>
    <message>
        <source>Wait: average %1, longest %2, within %3 min: %4</source>
        <translation>Wait: average %1, longest %2, within %3 min: %4</translation>
    </message>
    <message>
        <source>Service time: average %1</source>
        <translation>Service time: average %1</translation>
    </message>
    <message>
        <source>Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)</source>
        <translation>Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>By channel: %1</translation>
    </message>
    <message>
        <source>  %1: served %2, services %3, service %4 (norm %5), idle %6%7</source>
        <translation>  %1: served %2, services %3, service %4 (norm %5), idle %6%7</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Per window</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>  %1  arrivals %2, served %3, waiting %4, average wait %5%6</source>
        <translation>  %1  arrivals %2, served %3, waiting %4, average wait %5%6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Supervisor report</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Figures taken %1</source>
        <translation>Figures taken %1</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Citizens served</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Services served</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Waits within %1 min</source>
        <translation>Waits within %1 min</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Served by booking</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Served by channel:</source>
        <translation>Served by channel:</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Per window</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Marked rows: service over 125% of the norm, or an hour whose average wait is over the target.</source>
        <translation>Marked rows: service over 125% of the norm, or an hour whose average wait is over the target.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
</context>
<context>
    <name>ReportSpreadsheet</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Days with tickets</source>
        <translation>Days with tickets</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Citizens served</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Services served</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation>Average wait, min</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Longest wait, min</translation>
    </message>
    <message>
        <source>Waits within %1 min, %</source>
        <translation>Waits within %1 min, %</translation>
    </message>
    <message>
        <source>Average service, min</source>
        <translation>Average service, min</translation>
    </message>
    <message>
        <source>Served by booking, %</source>
        <translation>Served by booking, %</translation>
    </message>
    <message>
        <source>Walk-in tickets</source>
        <translation>Walk-in tickets</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>No-show rate, %</source>
        <translation>No-show rate, %</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Bookings not come</source>
        <translation>Bookings not come</translation>
    </message>
    <message>
        <source>Windows idle while citizens waited, min</source>
        <translation>Windows idle while citizens waited, min</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Share of served, %</source>
        <translation>Share of served, %</translation>
    </message>
    <message>
        <source>%1, min</source>
        <translation>%1, min</translation>
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
        <translation>Run as if the clock said TIME (local, 2020-05-18T10:05:00 or 2020-05-18T10:05).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Print one compact JSON object per result.</source>
        <translation>Print one compact JSON object per result.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Kezek queue console from the shell: scripts, night jobs and tests.</source>
        <translation>Kezek queue console from the shell: scripts, night jobs and tests.</translation>
    </message>
    <message>
        <source>The command to run (listed below).</source>
        <translation>The command to run (listed below).</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation>COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; &quot;kezekctl --help&quot; lists the commands.</source>
        <translation>Unknown command &quot;%1&quot;; &quot;kezekctl --help&quot; lists the commands.</translation>
    </message>
    <message>
        <source>%1: %2 (see &quot;kezekctl %1 --help&quot;).</source>
        <translation>%1: %2 (see &quot;kezekctl %1 --help&quot;).</translation>
    </message>
    <message>
        <source>--%1 is given %2 times (%3); give it once.</source>
        <translation>--%1 is given %2 times (%3); give it once.</translation>
    </message>
    <message>
        <source>--%1 is given twice (&quot;%2&quot; before %3 and &quot;%4&quot; after it); give it once.</source>
        <translation>--%1 is given twice (&quot;%2&quot; before %3 and &quot;%4&quot; after it); give it once.</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a local time; write 2020-05-18T10:05:00 or 2020-05-18T10:05, in the years %2 to %3.</source>
        <translation>--at: cannot read &quot;%1&quot; as a local time; write 2020-05-18T10:05:00 or 2020-05-18T10:05, in the years %2 to %3.</translation>
    </message>
    <message>
        <source>Note: the database file %1 was replaced while this command ran; it worked on the file there now.</source>
        <translation>Note: the database file %1 was replaced while this command ran; it worked on the file there now.</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or a PostgreSQL server as a postgresql:// URL or service=NAME, without a password (default: KEZEK_DB, else the desktop app&apos;s file).</source>
        <translation>The database: a SQLite file, or a PostgreSQL server as a postgresql:// URL or service=NAME, without a password (default: KEZEK_DB, else the desktop app&apos;s file).</translation>
    </message>
    <message>
        <source>Act as this account: the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names. Commands that change the queue, import, export or simulate need it; the role decides what is allowed.</source>
        <translation>Act as this account: the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names. Commands that change the queue, import, export or simulate need it; the role decides what is allowed.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>no password was typed</translation>
    </message>
    <message>
        <source>--as %1 needs the password: type it at a terminal, or name a file holding it with KEZEK_PASSWORD_FILE.</source>
        <translation>--as %1 needs the password: type it at a terminal, or name a file holding it with KEZEK_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once at a Kezek console to choose one&apos;s own, or have an administrator set a permanent one (kezekctl staff passwd --permanent).</source>
        <translation>%1 has a temporary password: sign in once at a Kezek console to choose one&apos;s own, or have an administrator set a permanent one (kezekctl staff passwd --permanent).</translation>
    </message>
    <message>
        <source>%1 acts as a person: say who with --as LOGIN (the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names).</source>
        <translation>%1 acts as a person: say who with --as LOGIN (the password is asked at the terminal, or read from the file KEZEK_PASSWORD_FILE names).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Show the version and the licence.</translation>
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
        <translation>Run &quot;kezekctl COMMAND --help&quot; for a command&apos;s options.

Environment:
  KEZEK_DB             The database when --db is not given (default: the desktop app&apos;s file, ~/.local/share/Kezek/kezek.sqlite).
  KEZEK_PASSWORD_FILE  A file holding the password of --as LOGIN, for scripts and night jobs.
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG  The language of the messages: Kazakh, Russian or English.
  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center&apos;s server is reached (docs/DEPLOY.md).

Exit status:
  0  Done.
  1  Done in part (e.g. some import rows rejected).
  2  Unusable input or database, or a step the account&apos;s role does not allow (the reason is printed).
  3  Nothing to do (no one waiting).</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>The server address is not valid: %1.</source>
        <translation>The server address is not valid: %1.</translation>
    </message>
    <message>
        <source>The server address contains a password. Remove it from the address: Kezek takes the password from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD (docs/DEPLOY.md).</source>
        <translation>The server address contains a password. Remove it from the address: Kezek takes the password from ~/.pgpass, the file PGPASSFILE names, or PGPASSWORD (docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>The server address is not valid: the value of &quot;%1&quot; contains &quot;;&quot;.</source>
        <translation>The server address is not valid: the value of &quot;%1&quot; contains &quot;;&quot;.</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>%1: cannot connect to the center&apos;s server: %2</source>
        <translation>%1: cannot connect to the center&apos;s server: %2</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>looking for the server logins</source>
        <translation>looking for the server logins</translation>
    </message>
    <message>
        <source>reading the database&apos;s name</source>
        <translation>reading the database&apos;s name</translation>
    </message>
    <message>
        <source>The server did not say the database&apos;s name.</source>
        <translation>The server did not say the database&apos;s name.</translation>
    </message>
    <message>
        <source>giving %1 the password on the server</source>
        <translation>giving %1 the password on the server</translation>
    </message>
    <message>
        <source>Server logins are for a center&apos;s PostgreSQL server; an SQLite file is guarded by its file permissions (docs/ROLES.md).</source>
        <translation>Server logins are for a center&apos;s PostgreSQL server; an SQLite file is guarded by its file permissions (docs/ROLES.md).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server role name Kezek can use: small Latin letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; is not a server role name Kezek can use: small Latin letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>reading who is connected</source>
        <translation>reading who is connected</translation>
    </message>
    <message>
        <source>Server logins are enabled by the database&apos;s owner (%1), and it needs CREATEROLE; this connection is %2.</source>
        <translation>Server logins are enabled by the database&apos;s owner (%1), and it needs CREATEROLE; this connection is %2.</translation>
    </message>
    <message>
        <source>The database&apos;s name &quot;%1&quot; cannot prefix server roles: use up to 30 small Latin letters, digits and &apos;_&apos;.</source>
        <translation>The database&apos;s name &quot;%1&quot; cannot prefix server roles: use up to 30 small Latin letters, digits and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>enabling server logins</source>
        <translation>enabling server logins</translation>
    </message>
    <message>
        <source>There is no server role &quot;%1&quot;: create the PCs&apos; account first (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</source>
        <translation>There is no server role &quot;%1&quot;: create the PCs&apos; account first (CREATE ROLE %1 LOGIN; docs/DEPLOY.md).</translation>
    </message>
    <message>
        <source>server logins</source>
        <translation>server logins</translation>
    </message>
    <message>
        <source>groups %1; PC accounts: %2</source>
        <translation>groups %1; PC accounts: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SetupModels</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Norm, min</source>
        <translation>Norm, min</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (kk)</source>
        <translation>Name (kk)</translation>
    </message>
    <message>
        <source>Name (ru)</source>
        <translation>Name (ru)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Bookable</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>none: give one once the change is applied</source>
        <translation>none: give one once the change is applied</translation>
    </message>
    <message>
        <source>%1: not a service in use; untick it</source>
        <translation>%1: not a service in use; untick it</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Kezek</source>
        <translation>Sign in — Kezek</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>Sign in with your login and password, and choose your window.</source>
        <translation>Sign in with your login and password, and choose your window.</translation>
    </message>
</context>
<context>
    <name>SlotGrid</name>
    <message>
        <source>slot %1 is outside the booking hours %2-%3</source>
        <translation>slot %1 is outside the booking hours %2-%3</translation>
    </message>
    <message>
        <source>slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)</source>
        <translation>slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)</translation>
    </message>
</context>
<context>
    <name>SlotLedger</name>
    <message>
        <source>counting the bookings of a slot</source>
        <translation>counting the bookings of a slot</translation>
    </message>
    <message>
        <source>slot %1 for %2 is full (%3 of %4 places taken)</source>
        <translation>slot %1 for %2 is full (%3 of %4 places taken)</translation>
    </message>
    <message>
        <source>counting the windows serving each service</source>
        <translation>counting the windows serving each service</translation>
    </message>
    <message>
        <source>no window serves %1, so slot %2 has no places</source>
        <translation>no window serves %1, so slot %2 has no places</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>cannot create the folder %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database file: %2</source>
        <translation>%1: cannot create the database file: %2</translation>
    </message>
    <message>
        <source>%1: the database does not exist. Create it with &quot;kezekctl init&quot;.</source>
        <translation>%1: the database does not exist. Create it with &quot;kezekctl init&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so the database cannot be created there.</source>
        <translation>%1: the folder %2 is read-only, so the database cannot be created there.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation>%1: this is a folder, not a database file.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Kezek needs to write to it; check the file&apos;s permissions. It was left untouched.</source>
        <translation>%1: the database file is read-only. Kezek needs to write to it; check the file&apos;s permissions. It was left untouched.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. Kezek needs to create the files %3-wal and %3-shm beside the database; check the folder&apos;s permissions. The file was left untouched.</source>
        <translation>%1: the folder %2 is read-only. Kezek needs to create the files %3-wal and %3-shm beside the database; check the folder&apos;s permissions. The file was left untouched.</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation>%1: the file is empty, not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</translation>
    </message>
    <message>
        <source>%1: the file is not a Kezek database or is damaged (no SQLite header). It was left untouched.</source>
        <translation>%1: the file is not a Kezek database or is damaged (no SQLite header). It was left untouched.</translation>
    </message>
</context>
<context>
    <name>StaffingForecaster</name>
    <message>
        <source>Choose a day to forecast.</source>
        <translation>Choose a day to forecast.</translation>
    </message>
    <message>
        <source>The service level must be between 0 and 1 (e.g. 0.8).</source>
        <translation>The service level must be between 0 and 1 (e.g. 0.8).</translation>
    </message>
    <message>
        <source>reading the bookings of %1</source>
        <translation>reading the bookings of %1</translation>
    </message>
    <message>
        <source>reading which windows worked</source>
        <translation>reading which windows worked</translation>
    </message>
</context>
<context>
    <name>SupervisorDashboard</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Today so far</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Citizens served</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Services served</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation>Served by booking</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>Per window</source>
        <translation>Per window</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Per operator</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Staffing forecast</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>Forecast for:</translation>
    </message>
    <message>
        <source>Call within the target:</source>
        <translation>Call within the target:</translation>
    </message>
</context>
<context>
    <name>Talon</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation>Booked slot</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>People ahead</translation>
    </message>
    <message>
        <source>about %n min</source>
        <translation>about %n min</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Expected wait</translation>
    </message>
    <message>
        <source>Watch the hall display for your number.</source>
        <translation>Watch the hall display for your number.</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>transferred to this window</source>
        <translation>transferred to this window</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>booked %1</translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <translation>out of turn: %1</translation>
    </message>
    <message>
        <source>walk-in (late for booking %1)</source>
        <translation>walk-in (late for booking %1)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>early booking %1</source>
        <translation>early booking %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4</source>
        <translation>%1 (%2, %3), %4</translation>
    </message>
    <message>
        <source>, window %1</source>
        <translation>, window %1</translation>
    </message>
</context>
<context>
    <name>TicketLifecycle</name>
    <message>
        <source>%1 cannot be called: it is %2, not waiting.</source>
        <translation>%1 cannot be called: it is %2, not waiting.</translation>
    </message>
    <message>
        <source>%1 cannot be called again: it is %2; only a called ticket can be recalled.</source>
        <translation>%1 cannot be called again: it is %2; only a called ticket can be recalled.</translation>
    </message>
    <message>
        <source>%1 cannot start being served: it is %2; call it first.</source>
        <translation>%1 cannot start being served: it is %2; call it first.</translation>
    </message>
    <message>
        <source>%1 cannot be marked as a no-show: it is %2; only a called ticket can.</source>
        <translation>%1 cannot be marked as a no-show: it is %2; only a called ticket can.</translation>
    </message>
    <message>
        <source>%1 cannot be finished: it is %2; start serving it first.</source>
        <translation>%1 cannot be finished: it is %2; start serving it first.</translation>
    </message>
    <message>
        <source>%1 cannot be postponed: it is %2; only a called or served ticket can.</source>
        <translation>%1 cannot be postponed: it is %2; only a called or served ticket can.</translation>
    </message>
    <message>
        <source>%1 cannot be transferred: it is %2; only a called or served ticket can.</source>
        <translation>%1 cannot be transferred: it is %2; only a called or served ticket can.</translation>
    </message>
    <message>
        <source>%1 is %2; this step is not possible.</source>
        <translation>%1 is %2; this step is not possible.</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled: it is %2; only a waiting or called ticket can.</source>
        <translation>%1 cannot be cancelled: it is %2; only a waiting or called ticket can.</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading a ticket</source>
        <translation>reading a ticket</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>There is no ticket with id %1.</translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation>reading ticket %1</translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation>There is no ticket %1 on %2.</translation>
    </message>
    <message>
        <source>reading the ticket at a window</source>
        <translation>reading the ticket at a window</translation>
    </message>
    <message>
        <source>reading the waiting tickets</source>
        <translation>reading the waiting tickets</translation>
    </message>
    <message>
        <source>reading the queue of window %1</source>
        <translation>reading the queue of window %1</translation>
    </message>
    <message>
        <source>reading today&apos;s tickets</source>
        <translation>reading today&apos;s tickets</translation>
    </message>
    <message>
        <source>reading changed tickets</source>
        <translation>reading changed tickets</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation>Transfer the ticket</translation>
    </message>
    <message>
        <source>To &amp;window:</source>
        <translation>To &amp;window:</translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation>To &amp;service:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>What the next operator should know</source>
        <translation>What the next operator should know</translation>
    </message>
</context>
<context>
    <name>WaitEstimator</name>
    <message>
        <source>reading today&apos;s service times</source>
        <translation>reading today&apos;s service times</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Search the catalogue: code or name</source>
        <translation>Search the catalogue: code or name</translation>
    </message>
    <message>
        <source>Issue a ticket for the chosen service</source>
        <translation>Issue a ticket for the chosen service</translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation>Out of turn:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kezek: the queue console of a Public Service Center.</source>
        <translation>Kezek: the queue console of a Public Service Center.</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Interface language: kk, ru or en.</translation>
    </message>
    <message>
        <source>Kezek cannot open the database</source>
        <translation>Kezek cannot open the database</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
    <message>
        <source>--window wants a window number, not &quot;%1&quot;.</source>
        <translation>--window wants a window number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kezek cannot sign in</source>
        <translation>Kezek cannot sign in</translation>
    </message>
    <message>
        <source>Show the hall display (full screen, no sign-in).</source>
        <translation>Show the hall display (full screen, no sign-in).</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or the center&apos;s PostgreSQL server as a postgresql:// URL or service=NAME (docs/DEPLOY.md); KEZEK_DB also sets it.</source>
        <translation>The database: a SQLite file, or the center&apos;s PostgreSQL server as a postgresql:// URL or service=NAME (docs/DEPLOY.md); KEZEK_DB also sets it.</translation>
    </message>
    <message>
        <source>Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of maximized or full screen: several screens side by side on one PC.</source>
        <translation>Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of maximized or full screen: several screens side by side on one PC.</translation>
    </message>
    <message>
        <source>--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not &quot;%1&quot;.</source>
        <translation>--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has a temporary password: sign in once in person to choose one&apos;s own.</source>
        <translation>%1 has a temporary password: sign in once in person to choose one&apos;s own.</translation>
    </message>
    <message>
        <source>%1 is an operator: say at which window with --window N.</source>
        <translation>%1 is an operator: say at which window with --window N.</translation>
    </message>
    <message>
        <source>Work at window N.</source>
        <translation>Work at window N.</translation>
    </message>
    <message>
        <source>Fill in LOGIN at the sign-in; the password is typed, or read from the file KEZEK_PASSWORD_FILE names.</source>
        <translation>Fill in LOGIN at the sign-in; the password is typed, or read from the file KEZEK_PASSWORD_FILE names.</translation>
    </message>
    <message>
        <source>%1 is the account of night jobs: it works from kezekctl, not at a console.</source>
        <translation>%1 is the account of night jobs: it works from kezekctl, not at a console.</translation>
    </message>
    <message>
        <source>Open at this page after the sign-in, when the account may see it: operator, reception or supervisor (the menu&apos;s entry for each role).</source>
        <translation>Open at this page after the sign-in, when the account may see it: operator, reception or supervisor (the menu&apos;s entry for each role).</translation>
    </message>
    <message>
        <source>Show the version and the licence.</source>
        <translation>Show the version and the licence.</translation>
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
Environment:
  KEZEK_DB             The database when --db is not given (default: kezek.sqlite in the user&apos;s data folder, ~/.local/share/Kezek).
  KEZEK_PASSWORD_FILE  A file holding the password of --operator LOGIN: a PC that signs in by itself.
  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center&apos;s server is reached (docs/DEPLOY.md).

Exit status:
  0  Closed, or signed out and the sign-in cancelled.
  2  The command line, the database or the sign-in is unusable; the reason is on the standard error.
</translation>
    </message>
    <message>
        <source>--start wants operator, reception or supervisor, not &quot;%1&quot;.</source>
        <translation>--start wants operator, reception or supervisor, not &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
