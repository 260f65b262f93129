#include "PostponeDialog.h"

#include "ui_PostponeDialog.h"

#include "core/LocalTime.h"

#include <QLocale>

namespace Kezek {

PostponeDialog::PostponeDialog(const QString &ticketNumber, qint64 now, qint64 closesAt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PostponeDialog>())
    , m_dayStart(LocalTime::startOfDay(LocalTime::dateOf(now)))
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(
        tr("When does %1 come back? The ticket keeps its number and waits again from that time.").arg(ticketNumber));
    const QTime earliest = QTime(0, 0).addSecs(LocalTime::secondsFromMidnight(now) + 60);
    // Closing is counted from the start of today: on a closed day it is midnight, the end of the day.
    const qint64 closing = std::min<qint64>(closesAt - m_dayStart, 24 * 3600 - 1);
    const QTime latest = QTime(0, 0).addSecs(int(std::max<qint64>(closing - 60, 0)));
    m_ui->returnTimeEdit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_ui->returnTimeEdit->setTimeRange(earliest, std::max(earliest, latest));
    m_ui->returnTimeEdit->setTime(QTime(0, 0).addSecs(LocalTime::secondsFromMidnight(now) + 15 * 60));
    const auto later = [this, now](int minutes) {
        m_ui->returnTimeEdit->setTime(QTime(0, 0).addSecs(LocalTime::secondsFromMidnight(now) + minutes * 60));
    };
    connect(m_ui->in15Button, &QPushButton::clicked, this, [later] { later(15); });
    connect(m_ui->in30Button, &QPushButton::clicked, this, [later] { later(30); });
    connect(m_ui->in60Button, &QPushButton::clicked, this, [later] { later(60); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostponeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PostponeDialog::reject);
}

PostponeDialog::~PostponeDialog() = default;

qint64 PostponeDialog::returnAt() const
{
    return m_dayStart + QTime(0, 0).secsTo(m_ui->returnTimeEdit->time());
}

} // namespace Kezek
