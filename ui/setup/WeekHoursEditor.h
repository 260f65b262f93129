#pragma once

#include "domain/Catalogue.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QTimeEdit;

namespace Kezek {

// The center's hours for each weekday: a check box "open" with the day's name, and the opening and closing times
// (Saturday's duty hours are just Saturday's). Used by the first-run wizard and the administration page.
class WeekHoursEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekHoursEditor(QWidget *parent = nullptr);

    WeekHours week() const;
    void setWeek(const WeekHours &week);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Day
    {
        QCheckBox *open = nullptr;
        QTimeEdit *opens = nullptr;
        QTimeEdit *closes = nullptr;
    };

    void nameDays();
    void enableTimes();

    std::array<Day, 7> m_days;
};

} // namespace Kezek
