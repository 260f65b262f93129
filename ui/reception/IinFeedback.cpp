#include "IinFeedback.h"

#include "domain/Iin.h"

#include <QLabel>
#include <QStyle>

namespace Kezek {

IinFeedback IinFeedback::of(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (Iin::isValid(text))
        return {State::Valid, tr("The IIN is valid.")};
    if (Iin::isPrefixPlausible(text)) {
        const int missing = Iin::length - int(text.size());
        return {State::Incomplete, tr("%n more digit(s) to type.", nullptr, missing)};
    }
    return {State::Invalid, Iin::problem(text).value_or(tr("This is not a valid IIN."))};
}

void IinFeedback::showIn(QLabel *label) const
{
    static const char *const names[] = {"", "incomplete", "valid", "invalid"};
    label->setText(text);
    label->setProperty("state", QString::fromLatin1(names[int(state)]));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace Kezek
