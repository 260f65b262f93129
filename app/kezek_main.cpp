// kezek: the desktop console. Start-up only: command line, language, database, sign-in, main window.
#include "auth/Accounts.h"
#include "auth/PasswordFile.h"
#include "common/LanguageManager.h"
#include "common/MainWindow.h"
#include "common/SignInDialog.h"
#include "core/Clock.h"
#include "display/HallDisplayWindow.h"
#include "db/Database.h"
#include "domain/QueueService.h"
#include "live/IntegrityWatch.h"
#include "setup/FirstRun.h"
#include "setup/FirstRunWizard.h"

#include <QApplication>
#include <QCommandLineParser>
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

int main(int argc, char *argv[])
{
    const bool hallDisplay = takeHallDisplayFlag(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kezek"));
    QApplication::setApplicationName(QStringLiteral("Kezek"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Kezek: the queue console of a Public Service Center."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database: a SQLite file, or the center's PostgreSQL "
                                                                      "server as a postgresql:// URL or service=NAME "
                                                                      "(docs/DEPLOY.md); KEZEK_DB also sets it."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          QApplication::translate("main", "Work at window N."),
                                          QStringLiteral("N"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            QApplication::translate("main", "Fill in LOGIN at the sign-in; the password is typed, or "
                                                                            "read from the file KEZEK_PASSWORD_FILE "
                                                                            "names."),
                                            QStringLiteral("LOGIN"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: kk, ru or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption displayOption(QStringLiteral("display"),
                                           QApplication::translate("main", "Show the hall display (full screen, no sign-in)."));
    // Not "geometry": Qt takes -geometry and --geometry for itself on X11.
    const QCommandLineOption geometryOption(
        QStringLiteral("place"),
        QApplication::translate("main", "Show the window at this size and place (WIDTHxHEIGHT+X+Y) instead of "
                                        "maximized or full screen: several screens side by side on one PC."),
        QStringLiteral("GEOMETRY"));
    parser.addOptions({dbOption, windowOption, operatorOption, langOption, displayOption, geometryOption});
    parser.process(app);
    std::optional<QRect> geometry;
    if (parser.isSet(geometryOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})\\+(\\d{1,5})\\+(\\d{1,5})$"));
        const auto match = pattern.match(parser.value(geometryOption));
        if (!match.hasMatch())
            return fail(QApplication::translate("main", "Kezek"),
                        QApplication::translate("main", "--place wants WIDTHxHEIGHT+X+Y (such as 960x540+0+0), not "
                                                        "\"%1\".")
                            .arg(parser.value(geometryOption)));
        geometry = QRect(match.captured(3).toInt(), match.captured(4).toInt(), match.captured(1).toInt(),
                         match.captured(2).toInt());
    }

    QSettings settings;
    LanguageManager languages;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = settings.value(QStringLiteral("ui/language"), LanguageManager::systemLanguage()).toString();
    languages.setLanguage(language);
    QObject::connect(&languages, &LanguageManager::languageChanged, &app, [&settings](const QString &chosen) {
        settings.setValue(QStringLiteral("ui/language"), chosen);
    });

    const DatabaseLocation location = parser.isSet(dbOption) ? DatabaseLocation{parser.value(dbOption)}
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
    if (parser.isSet(windowOption)) {
        bool numeric = false;
        commandLineWindow = parser.value(windowOption).toInt(&numeric);
        if (!numeric || *commandLineWindow <= 0)
            return fail(QApplication::translate("main", "Kezek"),
                        QApplication::translate("main", "--window wants a window number, not \"%1\".")
                            .arg(parser.value(windowOption)));
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
    QString login = parser.isSet(operatorOption) ? parser.value(operatorOption)
                    : !wizardLogin.isEmpty()     ? wizardLogin
                                                 : settings.value(QStringLiteral("signin/login")).toString();
    bool unattended = parser.isSet(operatorOption) && PasswordFile::isNamed();
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
            dialog.setWindowNumber(commandLineWindow ? *commandLineWindow
                                                     : settings.value(QStringLiteral("signin/window")).toInt());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            session = dialog.session();
        }

        settings.setValue(QStringLiteral("signin/login"), session.user.login);
        settings.setValue(QStringLiteral("signin/window"), session.windowNumber.value_or(0));

        MainWindow window(db, clock, languages, session);
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
