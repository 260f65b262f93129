#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Kezek {

// The rules of the individual identification number (ЖСН / ИИН): length, digits and check digit, and masking.
class Iin final
{
    Q_DECLARE_TR_FUNCTIONS(Iin)

public:
    static constexpr int length = 12;

    static bool isValid(const QString &iin);
    // Why `iin` is not a valid IIN, in words; nullopt when it is. The text is taken as is (callers trim).
    static std::optional<QString> problem(const QString &iin);
    // The check digit the first 11 digits call for; nullopt when both weightings give 10 (no valid IIN
    // starts with these digits) or the input is not 11 digits.
    static std::optional<int> checkDigit(QStringView first11);
    // For hall displays, logs and reports: first 4 and last 2 characters, the rest as '*'.
    static QString masked(const QString &iin);
    // `text` with every IIN-shaped run (exactly 12 consecutive ASCII digits, not part of a longer digit run)
    // masked as masked() does, valid or not: the safety net for messages and logs that may quote user input.
    static QString maskInText(const QString &text);
    // Whether `partial` can still become a valid IIN as the user types (validate-as-you-type):
    // digits only, at most 12, and valid once complete.
    static bool isPrefixPlausible(const QString &partial);
};

} // namespace Kezek
