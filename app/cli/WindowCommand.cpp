// window N open|pause|close|sign-in|release: a window's state and who holds it, from the shell.
#include "Command.h"
#include "Output.h"

#include "domain/QueueService.h"

namespace Kezek::Cli {

namespace {

class WindowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("window"); }
    QString summary() const override
    {
        return tr("A window: open, pause --reason REASON, close (its operator, or a supervisor for any window), "
                  "sign-in (an operator takes it) or release (given up; a supervisor's for another's).");
    }
    bool actsAsAccount() const override { return true; }
    void define(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("N"), tr("The window number."));
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("open, pause, close, sign-in or release."));
        parser.addOption(QCommandLineOption(QStringLiteral("reason"),
                                            tr("pause: break, disinfection or technical."), tr("REASON")));
    }

    int run(const Context &context) const override
    {
        if (auto status = context.expectArguments(2, 2, QStringLiteral("N ACTION")); !status)
            return context.out().fail(status.failure());
        const QStringList args = context.args().positionalArguments();
        bool numeric = false;
        const int number = args.at(0).toInt(&numeric);
        if (!numeric || number <= 0)
            return context.out().fail(tr("window wants a window number first, not \"%1\".").arg(args.at(0)));
        const QString action = args.at(1);
        QueueService queue(context.db(), context.clock());
        Status status = success();
        QString done;
        if (action == QLatin1String("sign-in")) {
            status = queue.signIn(number, context.actor());
            done = tr("%1 holds window %2.").arg(context.actor().person.login).arg(number);
        } else if (action == QLatin1String("release")) {
            status = queue.release(number, context.actor());
            done = tr("Window %1 is free for the next operator.").arg(number);
        } else if (const auto state = stateOf(action)) {
            std::optional<PauseReason> reason;
            if (*state == WindowState::Paused) {
                reason = Names::pauseReason(context.args().value(QStringLiteral("reason")).trimmed());
                if (!reason)
                    return context.out().fail(tr("pause needs --reason break, disinfection or technical."));
            }
            status = queue.setWindowState(number, *state, reason, context.actor());
            done = tr("Window %1 is %2.").arg(number).arg(Names::display(*state));
        } else {
            return context.out().fail(
                tr("window wants open, pause, close, sign-in or release, not \"%1\".").arg(action));
        }
        if (!status)
            return context.out().fail(status.failure());
        context.out().result({{QStringLiteral("window"), number}, {QStringLiteral("action"), action}}, done);
        return Done;
    }

private:
    static std::optional<WindowState> stateOf(const QString &action)
    {
        if (action == QLatin1String("open"))
            return WindowState::Open;
        if (action == QLatin1String("pause"))
            return WindowState::Paused;
        if (action == QLatin1String("close"))
            return WindowState::Closed;
        return std::nullopt;
    }
};

} // namespace

void addWindowCommand(CommandRegistry &registry)
{
    registry.add(std::make_unique<WindowCommand>());
}

} // namespace Kezek::Cli
