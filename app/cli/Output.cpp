#include "Output.h"

#include "domain/Iin.h"

#include <QJsonDocument>

#include <cstdio>

namespace Kezek::Cli {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

void Output::result(const QJsonObject &json, const QString &text) const
{
    if (m_json)
        write(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    else if (!text.isEmpty())
        write(stdout, text);
}

void Output::line(const QString &text) const
{
    if (!m_json)
        write(stdout, text);
}

void Output::note(const QString &text) const
{
    write(stderr, Iin::maskInText(text));
}

int Output::exitCodeFor(const Failure &failure)
{
    return failure.kind == Failure::Kind::NothingToDo ? NothingToDo : Unusable;
}

int Output::fail(const Failure &failure) const
{
    const int code = exitCodeFor(failure);
    // Messages quote what the user typed or a file held; whatever their source forgot, no IIN leaves whole.
    const QString message = Iin::maskInText(failure.message);
    if (m_json) {
        QJsonObject error{{QStringLiteral("error"), message}};
        if (code == NothingToDo)
            error.insert(QStringLiteral("nothing_to_do"), true);
        write(stdout, QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
    }
    write(stderr, QStringLiteral("kezekctl: ") + message);
    return code;
}

int Output::fail(const QString &message, ExitCode code) const
{
    const int status = fail(Failure{code == NothingToDo ? Failure::Kind::NothingToDo : Failure::Kind::Invalid, message});
    return code == DoneInPart ? DoneInPart : status;
}

} // namespace Kezek::Cli
