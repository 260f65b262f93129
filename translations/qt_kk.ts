<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kezek's Kazakh catalogue of the Qt strings its dialogs show: Qt ships none for Kazakh. Hand-kept, not
     lupdate-d: the sources are Qt's own (qtbase 6.4). SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="kk_KZ">
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Титул беттері</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Төлем ақпараты:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Шектеулі</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Күндіз (06:00 – 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Соңында:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Басқару</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Басымдығы:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Түнде (18:00 – 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Дереу басып шығару</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Кейінге қалдырылған басып шығару:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Екінші ауысым (16:00 – 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Белгілі уақытта</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартты</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Басында:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Үшінші ауысым (00:00 – 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Аса құпия</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Шектеусіз</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Демалыс күндері (сенбі мен жексенбі)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Аутентификация қажет</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>%2 жүйесінде %1 пайдалану үшін аутентификация қажет.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>%1 пайдалану үшін аутентификация қажет.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпия сөз:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Бұл не?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Бұл хабарламаны &amp;қайта көрсету</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Күрделі қате:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Түзету хабарламасы:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Түзетілмейтін қате:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Ақпарат:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Ескерту:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Бума атының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атының дұрыс берілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Бәрібір жою керек пе?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініске ауысу</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісіне ауысу</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Буманы табу</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы бумаға өту</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қайда іздеу:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы бума</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйір панелі</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атын пайдалануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқарақ немесе тыныс белгілерсіз басқа атты қолданып көріңіз.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Мәнді енгізіңіз:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Кірістіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын белгілеу</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толығын жасыру...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Толығырақ көрсету...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзіндік</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Биіктігі:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (дюйм)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Жиектер</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Беттердің орналасуы</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Бет өлшемі:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Парақтағы беттер:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Қағаз көзі:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ені:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төменгі жиек</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жиек</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң жиек</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы жиек</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Бар&amp;лығына жоқ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бар.
Оны қайта жазу керек пе?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 дұрыс жазылмаған. Беттер мен ауқымдарды «,» арқылы бөліңіз, ауқымды «-» арқылы беріңіз; ауқымдар бір-бірімен қиылыспауы керек.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бума.
Басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төменнен жоғарыға, солдан оңға</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төменнен жоғарыға, оңнан солға</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Екі жақты басып шығару баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер дұрыс көрсетілмеген</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдан оңға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдан оңға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>«Парақтағы беттер» мен «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың біреуін өшіріңіз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлға басып шығару ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңнан солға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңнан солға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Бастапқы бет соңғы беттен үлкен бола алмайды.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Екі жақты басып шығару баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жоғарыдан төменге, солдан оңға</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жоғарыдан төменге, оңнан солға</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетке сыйдыру</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Қатар беттерді көрсету</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерге шолу</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Қосымша параметрлердегі қайшылықтар</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Бет баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Принтер қасиеттері</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Бет баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кейбір қосымша параметрлерде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Кейбір параметрлерде қайшылықтар бар. Оларды түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Көшірмелер бойынша реттеу</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Көшірмелер саны:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жағынан түптеу</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығару баптаулары</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Белгіленген бөлік</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерді немесе ауқымдарды үтір арқылы көрсетіңіз. Ауқым сызықшамен бөлінген екі санмен беріледі. Мысалы: 3,5-7,9 — 3, 5, 6, 7 және 9-беттерді басып шығарады.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Орналасқан жері:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Шығыс &amp;файлы:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Қ&amp;асиеттері</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Кірістіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеме &amp;адресін көшіру</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын белгілеу</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
</context>
</TS>
