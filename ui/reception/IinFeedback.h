#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace Kezek {

// Validate-as-you-type for an IIN field: what to tell the receptionist about the digits typed so far.
struct IinFeedback
{
    Q_DECLARE_TR_FUNCTIONS(IinFeedback)

public:
    enum class State { Empty, Incomplete, Valid, Invalid };
    State state = State::Empty;
    QString text;

    bool isValid() const { return state == State::Valid; }

    static IinFeedback of(const QString &typed);
    // Shows the text in `label` with a "state" property ("valid", "invalid", "incomplete") for the style sheet.
    void showIn(QLabel *label) const;
};

} // namespace Kezek
