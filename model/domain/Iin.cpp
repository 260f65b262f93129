#include "Iin.h"

#include <algorithm>
#include <array>

namespace Kezek {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

int weightedSum(QStringView digits, const std::array<int, 11> &weights)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (digits[i].unicode() - u'0') * weights[size_t(i)];
    return sum % 11;
}

} // namespace

std::optional<int> Iin::checkDigit(QStringView first11)
{
    if (first11.size() != 11 || !allDigits(first11))
        return std::nullopt;
    static constexpr std::array<int, 11> firstPass{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static constexpr std::array<int, 11> secondPass{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int digit = weightedSum(first11, firstPass);
    if (digit == 10)
        digit = weightedSum(first11, secondPass);
    if (digit == 10)
        return std::nullopt;
    return digit;
}

std::optional<QString> Iin::problem(const QString &iin)
{
    if (!allDigits(iin))
        return tr("IIN may contain digits only");
    if (iin.size() != length)
        return tr("IIN must have 12 digits, got %1").arg(iin.size());
    const std::optional<int> expected = checkDigit(QStringView(iin).first(11));
    if (!expected || *expected != iin.at(11).unicode() - u'0')
        return tr("IIN check digit is wrong");
    return std::nullopt;
}

bool Iin::isValid(const QString &iin)
{
    return !problem(iin).has_value();
}

QString Iin::masked(const QString &iin)
{
    constexpr int shownHead = 4;
    constexpr int shownTail = 2;
    if (iin.size() <= shownHead + shownTail)
        return QString(iin.size(), u'*');
    return iin.first(shownHead) + QString(iin.size() - shownHead - shownTail, u'*') + iin.last(shownTail);
}

QString Iin::maskInText(const QString &text)
{
    QString result = text;
    qsizetype i = 0;
    while (i < result.size()) {
        if (!isAsciiDigit(result.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < result.size() && isAsciiDigit(result.at(end)))
            ++end;
        if (end - i == length)
            result.replace(i, length, masked(result.mid(i, length)));
        i = end;
    }
    return result;
}

bool Iin::isPrefixPlausible(const QString &partial)
{
    if (!allDigits(partial) || partial.size() > length)
        return false;
    return partial.size() < length || isValid(partial);
}

} // namespace Kezek
