<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingCalendar</name>
    <message>
        <source>no %1 slot is left today: the booking day is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 slot left today is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 on %2 is already over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingFile</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder, not a booking file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted value starts here and is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the header lacks the column(s) %3; it must name %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 values but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the JSON must be an array of booking objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 of the array is not a booking object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not a list or an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingImporter</name>
    <message>
        <source>looking up a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking %1 appears again with different data (first on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking %1 is already checked in, so it cannot be changed any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking_id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (expected egov, telegram, call1414 or onsite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iin is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad IIN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service_code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot_start is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot_start &quot;%1&quot; is not a local time like 2020-05-18T09:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no booking files were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; no booking was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the chosen slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now and issue the ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reading the center settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no center is set up in this database. Run &quot;kezekctl init --demo&quot; or configure one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the windows&apos; services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the out-of-turn categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an out-of-turn category; known categories: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>A booked citizen arrives: type the booking code (e.g. EG-20200518-0001) or the citizen&apos;s IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking code or IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The operator&apos;s login (default: the window&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Missing argument: expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments (%1); expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot; as a time; write 10:15 or 2020-05-18T10:15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: PostgreSQL databases are not supported by this version of Kezek yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database does not exist. Create it with &quot;kezekctl init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not a Kezek database or is damaged (no SQLite header). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Kezek database (it has no schema version). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Kezek (schema version %2; this program knows up to %3). Update Kezek; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the database to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by another program and stayed locked for %1 seconds. Try again; if it persists, close the program holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only. Check the file&apos;s permissions and the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering %1 returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Kezek needs to write to it; check the file&apos;s permissions. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Kezek database. Create one with &quot;kezekctl init&quot;; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message>
        <source>adding up the tickets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the served services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the arrivals of %1 by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the served citizens of %1 by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following the queue of %1 through the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the state of window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySimulator</name>
    <message>
        <source>reading the day&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 tickets; simulate a day that has none (another date or a fresh database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen windows serve no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding windows for the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation stopped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to simulate is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of windows must be between 1 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of citizens must be between 1 and 100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booked share must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCenter</name>
    <message>
        <source>creating the demo center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Public Service Center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish the service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait about %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the queue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Kezek hall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boardCaption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallOccupancy</name>
    <message>
        <source>counting citizens in the hall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallPanel</name>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting per service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at the end of the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait target, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message>
        <source>IIN may contain digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN must have 12 digits, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN check digit is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IinFeedback</name>
    <message>
        <source>The IIN is valid.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import the channels&apos; booking files for the day (CSV or JSON, several at once). Importing a file again changes nothing; rejected rows are listed with their line and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import booking files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Booking import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (FILE:LINE: reason):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::BookingPanel</name>
    <message>
        <source>Slots of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the citizen&apos;s IIN, then book the chosen slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1: %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::CheckInPanel</name>
    <message>
        <source>Booking code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking checked in.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 (%2): %3, IIN %4 — %5, slot %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::BookCommand</name>
    <message>
        <source>Book a citizen on site into the given or the next free slot; prints the booking id and slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s IIN (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number, e.g. +7 701 555 01 01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot start (10:15 today, or a date and time); default: the next slot with room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book needs --iin IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1: %2 on %3 at %4 for %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CallNextCommand</name>
    <message>
        <source>Call the next citizen to a window; prints the ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window that calls (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments besides --window N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-next needs --window N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 calls %2 (%3, %4; waited %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CancelCommand</name>
    <message>
        <source>Cancel a waiting ticket (the citizen left).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::CheckInCommand</name>
    <message>
        <source>A booked citizen arrives (by booking id or --iin); prints the ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s booking id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in today&apos;s first booking of this IIN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either BOOKING_ID or --iin IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2, booking %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1: the booking priority is lost, queued as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::FinishCommand</name>
    <message>
        <source>Finish serving a ticket, recording the services served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A served service, repeatable; outcome done (default), refused or redirected (default: the ticket&apos;s own service, done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE[:outcome[:note]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service %1: the outcome must be done, refused or redirected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 served in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ImportBookingsCommand</name>
    <message>
        <source>Import the channels&apos; booking files (CSV or JSON); prints counts and each rejected row as FILE:LINE: reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::InitCommand</name>
    <message>
        <source>Create or upgrade the database; --demo adds the demo center (catalogue, windows, operators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo center unless the database already has a center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A center already exists; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo center was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No center is configured yet; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::IssueCommand</name>
    <message>
        <source>Issue a walk-in ticket; prints its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service, e.g. ID-CARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-turn category (veteran, disability, pregnant, infant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2, issued at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of turn: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::NoShowCommand</name>
    <message>
        <source>The called citizen did not come (after the last recall).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::PostponeCommand</name>
    <message>
        <source>Send a called or served citizen back to wait until a set time (e.g. to fetch a document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the queue at TIME (10:45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the queue in N minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postpone needs either --until TIME or --minutes N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::QueueCommand</name>
    <message>
        <source>The waiting tickets: with --window in the order that window will call them, otherwise all of them by service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::RecallCommand</name>
    <message>
        <source>Call a called ticket again on the hall display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called again (call %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ReportCommand</name>
    <message>
        <source>The supervisor figures for a period (default: today so far) as text, CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (default: the first day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, csv or json (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service names in kk, ru or en (default: en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the days: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read &quot;%2&quot; as a date; write 2020-05-18.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServeCommand</name>
    <message>
        <source>The called citizen came: start serving the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::ServicesCommand</name>
    <message>
        <source>List the catalogue: codes, letters, names, norms, bookable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is empty; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::SimulateCommand</name>
    <message>
        <source>Play a realistic day through the queue (bookings, arrivals, calls, service); for today, up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to play (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many windows work: the first N; missing ones are added serving every service (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many citizens come (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of citizens who booked, 0 to 1 (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed plays the same day (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: cannot read &quot;%1&quot; as a date; write 2020-05-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--windows needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--citizens needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--booked-share needs a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated %1 at %2 windows (seed %3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  citizens:       %1 (%2 booked, %3 walk-ins, %4 out of turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  served:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no-shows:       %1 booked never came, %2 did not answer the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  left the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  average wait:   %1 (longest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  also:           %1 late check-ins, %2 recalls, %3 transfers, %4 postponements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  windows added:  %1, serving every service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  also served %1 tickets that were waiting before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stopped at %1 (now): %2 waiting, %3 at windows, %4 yet to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last citizen left at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TicketStepCommand</name>
    <message>
        <source>Today&apos;s ticket number, e.g. A001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this window (refused if the ticket is at another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::TransferCommand</name>
    <message>
        <source>Send a called or served ticket to another window or service; it goes to the front of that queue and keeps its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to this service&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the next operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer needs either --window N or --service CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits at the front of the queue for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::Cli::WindowsCommand</name>
    <message>
        <source>List the windows, their state, operator and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No windows are configured; &quot;kezekctl init --demo&quot; adds the demo center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::CurrentTicketModel</name>
    <message>
        <source>%1/%2</source>
        <extracomment>how many times the ticket was called, of the most allowed (&quot;2/3&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::DisplayModel</name>
    <message>
        <source>reading the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the tickets called now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting who waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::FigureTableModel</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets issued or checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens whose ticket ended served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services done (a citizen may receive several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens waiting for a call at the end of the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From arrival to the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start of service to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue norm of what was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service against the norm; over 125% is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the window stood free while citizens waited for its services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle while waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::FinishDialog</name>
    <message>
        <source>Which services did %1 receive? Tick each one and choose its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one served service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) will be recorded.</source>
        <translation>
            <numerusform>%n service will be recorded.</numerusform>
            <numerusform>%n services will be recorded.</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (Erlang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target (planned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::HallModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>window state with the pause reason, e.g. &quot;paused: break&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>ticket at a window and its state, e.g. &quot;A003 (being served)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Kezek::ImportPanel</name>
    <message>
        <source>Booking files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::ImportReportDialog</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::MainWindow</name>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek — window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::OperatorConsole</name>
    <message>
        <source>%1 is called to window %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is called again (call %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits again from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is transferred to window %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is transferred to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is paused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is not open. Resume it to call citizens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is free. Call the next citizen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>window state and pause reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>recall button: calls made of the most allowed</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait %1 — over target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::PostponeDialog</name>
    <message>
        <source>When does %1 come back? The ticket keeps its number and waits again from that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::QueueModel</name>
    <message>
        <source>back from postponement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <comment>queue reason; %1 is the priority category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early booking %1</source>
        <comment>queue reason; %1 is the slot time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late for booking %1: walk-in</source>
        <comment>queue reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <comment>queue reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here</source>
        <comment>queue column: the reason for the ticket&apos;s place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>queue column: time waited so far</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::ReceptionWidget</name>
    <message>
        <source>%1 of %2 inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked slot %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up: tickets are not printed; use &quot;Print ticket…&quot; to save a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::ServedServicesModel</name>
    <message>
        <source>Served service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: walk-in only, cannot be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::ServiceTotalsModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>number of people waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::SignInDialog</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>sign-in list entry: login, full name and role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window (reception, supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the window you work at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::SlotModel</name>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::SupervisorDashboard</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the days of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n no-show)</numerusform>
            <numerusform>%1 (%n no-shows)</numerusform>
        </translation>
    </message>
    <message>
        <source>eGov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1414</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: today so far, updated %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kezek::TransferDialog</name>
    <message>
        <source>Where does %1 go? The ticket keeps its number and goes to the front of that queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>window and its state</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginOnlyAuthenticator</name>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egov.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1414</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disinfection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookings and walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window&apos;s queue, in call order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the next citizen of this window&apos;s queue to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the call on the hall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen is at the window: start serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the served services and free the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen did not come after the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen comes back later today, e.g. with a missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the citizen to another window or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause this window with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this window again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the window pause? The hall sees the window as paused until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disinfection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>phone &quot;%1&quot; is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>recording the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at window %2, not at yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center serves booked citizens only: book %1 into the next free slot instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking for today was found for %1 (or it is already checked in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in: ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 belongs to bookings of more than one channel; check in by IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked in by another desk a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is %2; resume it before calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 still has %2 (%3); finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been called %2 times, the limit; mark a no-show instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was called %2 s ago; calls must be at least %3 s apart (wait %4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one served service before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the served services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was called %2 of %3 times; call again before marking a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was last called %2 s ago; give the citizen %3 s more before a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return time must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return time must be today before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at window %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the state of window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 has %2; finish or transfer it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the state of window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in at window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is closed; transfer to an open window or to a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already for %2; choose another service or a window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionWidget</name>
    <message>
        <source>Hall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall is full: ask citizens to wait outside or come back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each ticket at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ticket…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>counting the tickets per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the days still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stored figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the stored figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the stored figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before all the days were added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the citizens waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service takes %1% of the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait over the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: average %1, longest %2, within %3 min: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time: average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by booking: %1; walk-ins: %2; no-shows: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: served %2, services %3, service %4 (norm %5), idle %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  arrivals %2, served %3, waiting %4, average wait %5%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked rows: service over 125% of the norm, or an hour whose average wait is over the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The database: a file path or a postgres:// URL (default: KEZEK_DB, else the desktop app&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if the clock said TIME (local, 2020-05-18T10:05:00 or 2020-05-18T10:05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one compact JSON object per result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kezekctl COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 done, 1 done in part (e.g. some import rows rejected), 2 unusable input or database, 3 nothing to do (no one waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek queue console from the shell: scripts, night jobs and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; &quot;kezekctl --help&quot; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see &quot;kezekctl %1 --help&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a local time; write 2020-05-18T10:05:00 or 2020-05-18T10:05.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Kezek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working, and at which window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords come in a later version; any active login may sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotGrid</name>
    <message>
        <source>slot %1 is outside the booking hours %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is not on the %2-minute grid (slots start at %3, %4, ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotLedger</name>
    <message>
        <source>counting the bookings of a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 for %2 is full (%3 of %4 places taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the windows serving each service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window serves %1, so slot %2 has no places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffingForecaster</name>
    <message>
        <source>Choose a day to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service level must be between 0 and 1 (e.g. 0.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the bookings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading which windows worked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorDashboard</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call within the target:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Talon</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the hall display for your number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of turn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in (late for booking %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLifecycle</name>
    <message>
        <source>%1 cannot be called: it is %2, not waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be cancelled: it is %2, not waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be called again: it is %2; only a called ticket can be recalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start being served: it is %2; call it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be marked as a no-show: it is %2; only a called ticket can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be finished: it is %2; start serving it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be postponed: it is %2; only a called or served ticket can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be transferred: it is %2; only a called or served ticket can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; this step is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>reading a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ticket at a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the waiting tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the queue of window %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next operator should know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitEstimator</name>
    <message>
        <source>reading today&apos;s service times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue: code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a ticket for the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of turn:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kezek: the queue console of a Public Service Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (a SQLite file); KEZEK_DB also sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work at window N (with --operator: no sign-in dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window wants a window number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hall display (full screen, no sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
