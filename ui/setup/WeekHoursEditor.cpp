#include "WeekHoursEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimeEdit>

namespace Kezek {

namespace {

QTime timeOf(int secondsFromMidnight)
{
    return QTime(0, 0).addSecs(secondsFromMidnight);
}

int secondsOf(const QTimeEdit *edit)
{
    return edit->time().msecsSinceStartOfDay() / 1000;
}

} // namespace

WeekHoursEditor::WeekHoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString keys[] = {QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                            QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
                            QStringLiteral("Sunday")};
    for (int i = 0; i < 7; ++i) {
        Day &day = m_days[i];
        day.open = new QCheckBox(this);
        day.open->setObjectName(QStringLiteral("open") + keys[i]);
        day.opens = new QTimeEdit(this);
        day.opens->setObjectName(QStringLiteral("opens") + keys[i]);
        day.closes = new QTimeEdit(this);
        day.closes->setObjectName(QStringLiteral("closes") + keys[i]);
        for (QTimeEdit *edit : {day.opens, day.closes}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            connect(edit, &QTimeEdit::timeChanged, this, &WeekHoursEditor::changed);
        }
        connect(day.open, &QCheckBox::toggled, this, [this] {
            enableTimes();
            emit changed();
        });
        grid->addWidget(day.open, i, 0);
        grid->addWidget(day.opens, i, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), i, 2);
        grid->addWidget(day.closes, i, 3);
    }
    grid->setColumnStretch(4, 1);
    nameDays();
    setWeek(CenterSettings::everyDay(OpeningHours{}));
}

WeekHours WeekHoursEditor::week() const
{
    WeekHours week;
    for (int i = 0; i < 7; ++i) {
        const Day &day = m_days.at(i);
        if (day.open->isChecked())
            week[i] = OpeningHours{secondsOf(day.opens), secondsOf(day.closes)};
    }
    return week;
}

void WeekHoursEditor::setWeek(const WeekHours &week)
{
    for (int i = 0; i < 7; ++i) {
        const Day &day = m_days.at(i);
        // A day off keeps the times shown before, for when it opens again.
        const OpeningHours hours = week.at(i).value_or(OpeningHours{secondsOf(day.opens), secondsOf(day.closes)});
        const QSignalBlocker blockOpen(day.open), blockOpens(day.opens), blockCloses(day.closes);
        day.open->setChecked(week.at(i).has_value());
        day.opens->setTime(timeOf(hours.opensAt));
        day.closes->setTime(timeOf(hours.closesAt));
    }
    enableTimes();
    emit changed();
}

void WeekHoursEditor::nameDays()
{
    for (int i = 0; i < 7; ++i) {
        QString name = QLocale().standaloneDayName(i + 1);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "дүйсенбі" heads its row as "Дүйсенбі"
        m_days[i].open->setText(name);
    }
}

void WeekHoursEditor::enableTimes()
{
    for (const Day &day : m_days) {
        day.opens->setEnabled(day.open->isChecked());
        day.closes->setEnabled(day.open->isChecked());
    }
}

void WeekHoursEditor::changeEvent(QEvent *event)
{
    // LanguageManager sets the default locale before it sends the change.
    if (event->type() == QEvent::LanguageChange)
        nameDays();
    QWidget::changeEvent(event);
}

} // namespace Kezek
