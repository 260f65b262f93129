// kezek: the desktop console. Start-up only: command line, language, database, sign-in, main window.
#include "auth/Accounts.h"
#include "auth/PasswordFile.h"
#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "common/SignInDialog.h"
#include "core/Clock.h"
#include "display/HallDisplayWindow.h"
#include "db/Database.h"
#include "db/ProgramVersion.h"
#include "domain/QueueService.h"
#include "live/IntegrityWatch.h"
#include "setup/FirstRun.h"
#include "setup/FirstRunWizard.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QMessageBox>
#include <QRect>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <optional>

using namespace Kezek;

namespace {

// Exit statuses shared with kezekctl: 2 = unusable input or database.
constexpr int exitUnusable = 2;

// Says why Kezek cannot go on: on stderr always, and in a dialog when there is a screen to show it on
// (the offscreen and minimal platforms have nobody to click it away).
int fail(const QString &title, const QString &text)
{
    std::fprintf(stderr, "kezek: %s\n", qPrintable(text));
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, title, text);
    return exitUnusable;
}

// Signs in with the password from the file KEZEK_PASSWORD_FILE names, and at the window. A temporary password cannot
// be changed without a person there, so it is refused.
Result<Session> signInUnattended(const Database &db, const Clock &clock, const Accounts &accounts, const QString &login,
                                 std::optional<int> window)
{
    auto password = PasswordFile::read();
    if (!password)
        return password.failure();
    auto account = accounts.signIn(login, *password);
    if (!account)
        return account.failure();
    if (account->temporaryPassword) {
        return Failure{Failure::Kind::Invalid,
                       QApplication::translate("main", "%1 has a temporary password: sign in once in person to "
                                                       "choose one's own.")
                           .arg(account->person.login)};
    }
    if (account->person.role == Role::Operator && !window) {
        return Failure{Failure::Kind::Invalid,
                       QApplication::translate("main", "%1 is an operator: say at which window with --window N.")
                           .arg(account->person.login)};
    }
    if (account->person.role == Role::System) {
        return Failure{Failure::Kind::Forbidden,
                       QApplication::translate("main", "%1 is the account of night jobs: it works from kezekctl, not "
                                                       "at a console.")
                           .arg(account->person.login)};
    }
    if (window) {
        if (auto taken = QueueService(db, clock).signIn(*window, Actor{account->person, std::nullopt}); !taken)
            return taken.failure();
    }
    return Session{account->person, window};
}

} // namespace

// Takes `--display` out of the arguments before QApplication sees them: Qt reads "-display NAME" / "--display NAME"
// as the X11 display to connect to, and would swallow the next argument as that name.
bool takeHallDisplayFlag(int &argc, char *argv[])
{
    bool found = false;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--display") == 0)
            found = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return found;
}

// The options of kezek, with their texts in the current language.
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption db{QStringLiteral("db"),
                                QApplication::translate("main", "The database: a SQLite file, or the center's PostgreSQL "
                                                                "server as a postgresql:// URL or service=NAME "
                                                                "(docs/DEPLOY.md); KEZEK_DB also sets it."),
                                QStringLiteral("PATH|URL")};
    const QCommandLineOption window{QStringLiteral("window"), QApplication::translate("main", "Work at window N."),
                                    QStringLiteral("N")};
    const QCommandLineOption operatorLogin{
        QStringLiteral("operator"),
        QApplication::translate("main", "Fill in LOGIN at the sign-in; the password is typed, or read from the file "
                                        "KEZEK_PASSWORD_FILE names."),
        QStringLiteral("LOGIN")};
    const QCommandLineOption lang{QStringLiteral("lang"),
                                  QApplication::translate("main", "Interface language: kk, ru or en."),
                                  QStringLiteral("LANG")};
    const QCommandLineOption display{QStringLiteral("display"),
                                     QApplication::translate("main", "Show the hall display (full screen, no sign-in).")};
    const QCommandLineOption start{
        QStringLiteral("start"),
        QApplication::translate("main", "Open at this page after the sign-in, when the account may see it: operator, "
                                        "reception or supervisor (the menu's entry for each role)."),
        QStringLiteral("PAGE")};
    // Not "geometry": Qt takes -geometry and --geometry for itself on X11.
    const QCommandLineOption place{
        QStringLiteral("place"),
        QApplication::translate("main", "Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of "
                                        "maximized or full screen: several screens side by side on one PC."),
        QStringLiteral("GEOMETRY")};
    const QCommandLineOption version{QStringLiteral("version"),
                                     QApplication::translate("main", "Show the version and the licence.")};

    // The help with what QCommandLineParser cannot say: the environment and the exit statuses (man kezek).
    QString helpText() const;
};

CommandLine::CommandLine()
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Kezek: the queue console of a Public Service Center."));
    parser.addHelpOption();
    parser.addOptions({db, window, operatorLogin, lang, display, start, place, version});
}

QString CommandLine::helpText() const
{
    return parser.helpText()
        + QApplication::translate(
            "main", "\nEnvironment:\n"
                    "  KEZEK_DB             The database when --db is not given (default: kezek.sqlite in the user's "
                    "data folder, ~/.local/share/Kezek).\n"
                    "  KEZEK_PASSWORD_FILE  A file holding the password of --operator LOGIN: a PC that signs in by "
                    "itself.\n"
                    "  PGSERVICEFILE, PGPASSFILE and the other libpq variables  How a center's server is reached "
                    "(docs/DEPLOY.md).\n"
                    "\nExit status:\n"
                    "  0  Closed, or signed out and the sign-in cancelled.\n"
                    "  2  The command line, the database or the sign-in is unusable; the reason is on the standard "
                    "error.\n");
}

// --help and --version need no screen: they are answered before the GUI starts, so that they work over ssh and
// at build time (help2man makes the man page from them).
bool asksOnlyHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// Sets the language asked for with --lang, else the last one chosen at this PC, else the system's. The options'
// texts are translated, so this comes first, from a parser that only reads --lang.
void chooseStartLanguage(LanguageManager &languages, const QSettings &settings)
{
    CommandLine first;
    (void)first.parser.parse(QCoreApplication::arguments());
    const QString asked = first.parser.value(first.lang);
    languages.setLanguage(asked.isEmpty()
                              ? settings.value(QStringLiteral("ui/language"), LanguageManager::systemLanguage()).toString()
                              : asked);
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kezek"));
    QCoreApplication::setApplicationName(QStringLiteral("Kezek"));
    LanguageManager languages;
    chooseStartLanguage(languages, QSettings());
    CommandLine commandLine;
    if (!commandLine.parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "kezek: %s\n", qPrintable(commandLine.parser.errorText()));
        return exitUnusable;
    }
    const QString text = commandLine.parser.isSet(commandLine.version) ? ProgramVersion::text(QStringLiteral("kezek"))
                                                                       : commandLine.helpText();
    std::fputs(text.toLocal8Bit().constData(), stdout);
    return 0;
}

int main(int argc, char *argv[])
{
    const bool hallDisplay = takeHallDisplayFlag(argc, argv);
    if (asksOnlyHelpOrVersion(argc, argv))
        return printHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kezek"));
    QApplication::setApplicationName(QStringLiteral("Kezek"));

    QSettings settings;
    LanguageManager languages;
    chooseStartLanguage(languages, settings);
    QObject::connect(&languages, &LanguageManager::languageChanged, &app, [&settings](const QString &chosen) {
        settings.setValue(QStringLiteral("ui/language"), chosen);
    });
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(QApplication::translate("main", "Kezek"), parser.errorText());
    std::optional<QRect> geometry;
    if (parser.isSet(commandLine.place)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})\\+(\\d{1,5})\\+(\\d{1,5})$"));
        const auto match = pattern.match(parser.value(commandLine.place));
        if (!match.hasMatch())
            return fail(QApplication::translate("main", "Kezek"),
                        QApplication::translate("main", "--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not "
                                                        "\"%1\".")
                            .arg(parser.value(commandLine.place)));
        geometry = QRect(match.captured(3).toInt(), match.captured(4).toInt(), match.captured(1).toInt(),
                         match.captured(2).toInt());
    }

    // --start: the page a role's menu entry opens at (desktop/*.desktop).
    static const QHash<QString, QString> startPages{{QStringLiteral("operator"), QStringLiteral("operatorConsole")},
                                                    {QStringLiteral("reception"), QStringLiteral("receptionPage")},
                                                    {QStringLiteral("supervisor"), QStringLiteral("supervisorPage")}};
    const QString startPage = startPages.value(parser.value(commandLine.start));
    if (parser.isSet(commandLine.start) && startPage.isEmpty())
        return fail(QApplication::translate("main", "Kezek"),
                    QApplication::translate("main", "--start wants operator, reception or supervisor, not \"%1\".")
                        .arg(parser.value(commandLine.start)));
    const bool atWindow = !parser.isSet(commandLine.start) || startPage == QLatin1String("operatorConsole");

    const DatabaseLocation location = parser.isSet(commandLine.db) ? DatabaseLocation{parser.value(commandLine.db)}
                                                             : DatabaseLocation::standard();
    auto opened = Database::open(location);
    if (!opened)
        return fail(QApplication::translate("main", "Kezek cannot open the database"), opened.message());
    const Database &db = **opened;
    const SystemClock clock;
    // A file too big to check at open is checked while the screens work; damage then stops every step.
    IntegrityWatch integrity(db);
    integrity.start();

    if (hallDisplay) {
        HallDisplayWindow display(db, clock);
        if (geometry) {
            display.setGeometry(*geometry);
            display.show();
        } else {
            display.showFullScreen();
        }
        return app.exec();
    }

    std::optional<int> commandLineWindow;
    if (parser.isSet(commandLine.window)) {
        bool numeric = false;
        commandLineWindow = parser.value(commandLine.window).toInt(&numeric);
        if (!numeric || *commandLineWindow <= 0)
            return fail(QApplication::translate("main", "Kezek"),
                        QApplication::translate("main", "--window wants a window number, not \"%1\".")
                            .arg(parser.value(commandLine.window)));
    }
    // A database without a center: the first-run wizard creates it and its administrator, who then signs in.
    auto firstRun = FirstRun::needed(db);
    if (!firstRun)
        return fail(QApplication::translate("main", "Kezek cannot open the database"), firstRun.message());
    QString wizardLogin;
    if (*firstRun) {
        FirstRunWizard wizard(db, clock);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        wizardLogin = wizard.administratorLogin();
    }

    const Accounts accounts(db, clock);
    // --operator fills in the login; the password is typed, or read from the file KEZEK_PASSWORD_FILE names (a
    // PC that signs in by itself). Signing out comes back here for the next person.
    QString login = parser.isSet(commandLine.operatorLogin) ? parser.value(commandLine.operatorLogin)
                    : !wizardLogin.isEmpty()     ? wizardLogin
                                                 : settings.value(QStringLiteral("signin/login")).toString();
    bool unattended = parser.isSet(commandLine.operatorLogin) && PasswordFile::isNamed();
    for (;;) {
        Session session;
        if (unattended) {
            auto signedIn = signInUnattended(db, clock, accounts, login, commandLineWindow);
            if (!signedIn)
                return fail(QApplication::translate("main", "Kezek cannot sign in"), signedIn.message());
            session = *signedIn;
            unattended = false; // after a sign-out, the next person types their password
        } else {
            SignInDialog dialog(db, clock, accounts);
            dialog.setLogin(login);
            // Reception's and the supervisor's entries sign in at no window, whatever this PC did last.
            dialog.setWindowNumber(commandLineWindow ? *commandLineWindow
                                   : atWindow        ? settings.value(QStringLiteral("signin/window")).toInt()
                                                     : 0);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            session = dialog.session();
        }

        settings.setValue(QStringLiteral("signin/login"), session.user.login);
        settings.setValue(QStringLiteral("signin/window"), session.windowNumber.value_or(0));

        MainWindow window(db, clock, languages, session);
        if (!startPage.isEmpty())
            window.showPage(startPage);
        bool signedOut = false;
        QObject::connect(&window, &MainWindow::signedOut, &window, [&] {
            signedOut = true;
            window.close();
        });
        if (geometry) {
            window.setGeometry(*geometry);
            window.show();
        } else {
            // Operators work full screen; without a window manager (kiosk, Xvfb) maximizing alone does nothing.
            if (const QScreen *screen = QGuiApplication::primaryScreen())
                window.setGeometry(screen->availableGeometry());
            window.showMaximized();
        }
        const int status = app.exec();
        if (!signedOut)
            return status;
        login.clear();
    }
}
