#include "Phone.h"

#include "Iin.h"

namespace Kezek {

std::optional<QString> Phone::normalise(const QString &text)
{
    QString digits;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != QChar::Nbsp) {
            return std::nullopt;
        }
    }

    QString national;
    if (plus) {
        if (digits.size() == 11 && digits.startsWith(u'7'))
            national = digits.mid(1);
    } else if (digits.size() == 11 && (digits.startsWith(u'8') || digits.startsWith(u'7'))) {
        national = digits.mid(1);
    } else if (digits.size() == 10) {
        national = digits;
    }
    if (national.size() != 10 || national.at(0) != u'7' || (national.at(1) != u'0' && national.at(1) != u'7'))
        return std::nullopt;
    return QStringLiteral("+7") + national;
}

Result<QString> Phone::forBooking(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (auto normalised = normalise(trimmed))
        return *normalised;
    // Citizens and channels put IINs into the phone field: quote the text, but never an IIN whole.
    return Failure{Failure::Kind::Invalid,
                   tr("phone \"%1\" is not a Kazakh mobile number (+7 70x or 77x and 7 more digits)")
                       .arg(Iin::maskInText(trimmed))};
}

} // namespace Kezek
