#include "FirstRunWizard.h"

#include "ui_FirstRunWizard.h"

#include "domain/DemoCenter.h"
#include "setup/CenterModes.h"

#include <QEvent>
#include <QListWidgetItem>
#include <QLocale>
#include <QTime>

namespace Kezek {

FirstRunWizard::FirstRunWizard(const Database &db, const Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::FirstRunWizard>())
    , m_db(db)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_ui->problemLabel->hide();
    fillCenterModes(m_ui->modeCombo);
    fillServices();
    // A city center's usual week: 9 to 6 on weekdays, duty hours on Saturday morning, Sunday off.
    WeekHours week = CenterSettings::everyDay(OpeningHours{9 * 3600, 18 * 3600});
    week[Qt::Saturday - 1] = OpeningHours{9 * 3600, 13 * 3600};
    week[Qt::Sunday - 1].reset();
    m_ui->hoursEditor->setWeek(week);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::fillServices()
{
    // Names in the interface's language; which are ticked survives a change of language.
    QStringList ticked;
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        if (m_ui->servicesList->item(i)->checkState() == Qt::Checked)
            ticked << m_ui->servicesList->item(i)->data(Qt::UserRole).toString();
    }
    const bool first = m_ui->servicesList->count() == 0;
    m_ui->servicesList->clear();
    const QString language = QLocale().name().left(2); // LanguageManager sets the default locale
    for (const Service &service : DemoCenter::standardServices()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 (%3)").arg(service.letter, service.name(language),
                                                                          service.code),
                                         m_ui->servicesList);
        item->setData(Qt::UserRole, service.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(first || ticked.contains(service.code) ? Qt::Checked : Qt::Unchecked);
    }
}

FirstRunChoices FirstRunWizard::choices() const
{
    FirstRunChoices choices;
    CenterSettings &c = choices.center;
    c.nameKk = m_ui->nameKkEdit->text().simplified();
    c.nameRu = m_ui->nameRuEdit->text().simplified();
    c.name = m_ui->nameEnEdit->text().simplified();
    c.code = m_ui->codeEdit->text().trimmed();
    c.address = m_ui->addressEdit->text().simplified();
    c.mode = Names::centerMode(m_ui->modeCombo->currentData().toString()).value_or(CenterMode::Mixed);
    c.week = m_ui->hoursEditor->week();
    c.hallCapacity = m_ui->capacitySpin->value();
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        if (m_ui->servicesList->item(i)->checkState() == Qt::Checked)
            choices.serviceCodes << m_ui->servicesList->item(i)->data(Qt::UserRole).toString();
    }
    choices.windows = m_ui->windowsSpin->value();
    choices.adminLogin = m_ui->loginEdit->text().trimmed();
    choices.adminName = m_ui->adminNameEdit->text().simplified();
    choices.adminPassword = m_ui->passwordEdit->text();
    return choices;
}

QString FirstRunWizard::administratorLogin() const
{
    return m_ui->loginEdit->text().trimmed();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentPage() != m_ui->adminPage)
        return true;
    // Everything is checked at the end, each problem naming its field; the pages before stay a step back.
    QStringList problems = FirstRun::problems(choices());
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
        problems.prepend(tr("administrator's password: the two passwords differ"));
    Status created = problems.isEmpty() ? FirstRun::create(m_db, m_clock, choices())
                                        : Status(Failure{Failure::Kind::Invalid, problems.join(QLatin1Char('\n'))});
    if (created)
        return true;
    m_ui->problemLabel->setText(created.message());
    m_ui->problemLabel->show();
    return false;
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCenterModes(m_ui->modeCombo);
        fillServices();
    }
    QWizard::changeEvent(event);
}

} // namespace Kezek
