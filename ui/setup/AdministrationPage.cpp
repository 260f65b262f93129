#include "AdministrationPage.h"

#include "ui_AdministrationPage.h"

#include "auth/Accounts.h"
#include "auth/PasswordHash.h"
#include "common/ChoiceDelegate.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "live/LiveCenter.h"
#include "setup/CenterConfigurator.h"
#include "setup/CenterModes.h"
#include "setup/SetupModels.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace Kezek {

namespace {

QString passwordState(const Account &account, qint64 now)
{
    if (account.lockedUntil && *account.lockedUntil > now)
        return AdministrationPage::tr("locked until %1").arg(LocalTime::hhmm(*account.lockedUntil));
    if (!account.hasPassword)
        return AdministrationPage::tr("none yet: nobody can sign in");
    return account.temporaryPassword ? AdministrationPage::tr("temporary, to be changed") : AdministrationPage::tr("set");
}

void fitColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
}

} // namespace

AdministrationPage::AdministrationPage(const Database &db, LiveCenter &center, const Clock &clock, const Actor &actor,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdministrationPage>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_services(SetupModels::services(this))
    , m_windows(new WindowServicesModel(this))
    , m_categories(SetupModels::categories(this))
    , m_staff(SetupModels::staff(&m_passwords, this))
    , m_closedDays(SetupModels::closedDays(this))
{
    m_ui->setupUi(this);
    m_ui->problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_ui->servicesView->setModel(m_services);
    m_ui->windowsView->setModel(m_windows);
    m_ui->categoriesView->setModel(m_categories);
    m_ui->staffView->setModel(m_staff);
    m_ui->closedDaysView->setModel(m_closedDays);
    for (QTableView *view : {m_ui->servicesView, m_ui->windowsView, m_ui->categoriesView, m_ui->staffView,
                             m_ui->closedDaysView}) {
        fitColumns(view);
    }
    m_ui->staffView->setItemDelegateForColumn(2, new ChoiceDelegate(
                                                     [] {
                                                         QList<Choice> roles;
                                                         for (const Role role : {Role::Operator, Role::Reception,
                                                                                 Role::Supervisor, Role::Admin}) {
                                                             roles.append({Names::display(role), Names::key(role)});
                                                         }
                                                         return roles;
                                                     },
                                                     this));
    fillCenterModes(m_ui->modeCombo);
    connectEditors();
    connectButtons();
    connect(&center, &LiveCenter::changed, this, &AdministrationPage::takeIn);
    reload();
}

AdministrationPage::~AdministrationPage() = default;

QString AdministrationPage::pageTitle() const
{
    return tr("Administration");
}

void AdministrationPage::connectEditors()
{
    for (QLineEdit *edit : {m_ui->nameKkEdit, m_ui->nameRuEdit, m_ui->nameEnEdit, m_ui->codeEdit, m_ui->addressEdit})
        connect(edit, &QLineEdit::textEdited, this, &AdministrationPage::edited);
    for (QSpinBox *spin : {m_ui->capacitySpin, m_ui->slotSpin, m_ui->earlySpin, m_ui->lateSpin, m_ui->recallMaxSpin,
                           m_ui->recallSpacingSpin, m_ui->capSpin, m_ui->targetSpin, m_ui->idleSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, &AdministrationPage::edited);
    }
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &AdministrationPage::edited);
    connect(m_ui->hoursEditor, &WeekHoursEditor::changed, this, &AdministrationPage::edited);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_services, m_windows, m_categories,
                                                                                 m_staff, m_closedDays}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &AdministrationPage::edited);
        connect(model, &QAbstractItemModel::rowsInserted, this, &AdministrationPage::edited);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AdministrationPage::edited);
    }
    // The windows' grid has a column per service that is not retired, and follows a service renamed, retired or
    // removed in the draft.
    connect(m_services, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &top, const QModelIndex &bottom) {
        for (int row = top.row(); row <= bottom.row() && row < m_serviceRows.size(); ++row) {
            const Service &was = m_serviceRows.at(row);
            const Service &now = m_services->rows().at(row);
            if (was.code != now.code && !was.code.isEmpty())
                m_windows->renameService(was.code, now.code);
            if (now.retired && !was.retired)
                m_windows->dropService(now.code);
        }
        followServices();
    });
    connect(m_services, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_windows->dropService(m_services->rows().at(row).code);
    });
    connect(m_services, &QAbstractItemModel::rowsInserted, this, &AdministrationPage::followServices);
    connect(m_services, &QAbstractItemModel::rowsRemoved, this, &AdministrationPage::followServices);
    connect(m_services, &QAbstractItemModel::modelReset, this, &AdministrationPage::followServices);
}

void AdministrationPage::connectButtons()
{
    const auto selectedRow = [](QTableView *view) {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        return rows.isEmpty() ? view->currentIndex().row() : rows.first().row();
    };
    connect(m_ui->addServiceButton, &QPushButton::clicked, this, [this] {
        Service service;
        service.normSeconds = 10 * 60;
        editNewRow(m_ui->servicesView, m_services->append(service));
    });
    connect(m_ui->removeServiceButton, &QPushButton::clicked, this,
            [this, selectedRow] { m_services->removeAt(selectedRow(m_ui->servicesView)); });
    connect(m_ui->addWindowButton, &QPushButton::clicked, this,
            [this] { editNewRow(m_ui->windowsView, m_windows->appendWindow(), 1); });
    connect(m_ui->removeWindowButton, &QPushButton::clicked, this,
            [this, selectedRow] { m_windows->removeAt(selectedRow(m_ui->windowsView)); });
    connect(m_ui->addCategoryButton, &QPushButton::clicked, this,
            [this] { editNewRow(m_ui->categoriesView, m_categories->append(PriorityCategory{{}, {}, {}, {}, true})); });
    connect(m_ui->removeCategoryButton, &QPushButton::clicked, this,
            [this, selectedRow] { m_categories->removeAt(selectedRow(m_ui->categoriesView)); });
    connect(m_ui->addStaffButton, &QPushButton::clicked, this,
            [this] { editNewRow(m_ui->staffView, m_staff->append(StaffSetup{})); });
    connect(m_ui->removeStaffButton, &QPushButton::clicked, this,
            [this, selectedRow] { m_staff->removeAt(selectedRow(m_ui->staffView)); });
    connect(m_ui->passwordButton, &QPushButton::clicked, this, [this, selectedRow] {
        const int row = selectedRow(m_ui->staffView);
        if (row >= 0 && row < m_staff->rows().size())
            giveTemporaryPassword(m_staff->rows().at(row).login);
    });
    connect(m_ui->addClosedDayButton, &QPushButton::clicked, this, [this] {
        const QDate tomorrow = LocalTime::dateOf(m_clock.now()).addDays(1);
        editNewRow(m_ui->closedDaysView, m_closedDays->append(ClosedDay{tomorrow, {}}), 1);
    });
    connect(m_ui->removeClosedDayButton, &QPushButton::clicked, this,
            [this, selectedRow] { m_closedDays->removeAt(selectedRow(m_ui->closedDaysView)); });
    connect(m_ui->discardButton, &QPushButton::clicked, this, &AdministrationPage::reload);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &AdministrationPage::reviewAndApply);
}

void AdministrationPage::editNewRow(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    if (view->isVisible())
        view->edit(index);
}

void AdministrationPage::reload()
{
    auto current = CenterConfigurator(m_db, m_clock).current();
    if (!current) {
        m_ui->stateLabel->setText(current.message());
        emit message(current.message());
        return;
    }
    m_heldLogins.clear();
    m_passwords.clear();
    if (auto accounts = Accounts(m_db, m_clock).list()) {
        for (const Account &account : std::as_const(*accounts)) {
            m_heldLogins << account.person.login;
            m_passwords.insert(account.person.login, passwordState(account, m_clock.now()));
        }
    }
    showSetup(*current);
    m_modified = false;
    m_changedElsewhere = false;
    showProblems();
}

void AdministrationPage::showSetup(const CenterSetup &setup)
{
    m_showing = true;
    const CenterSettings &c = setup.center;
    m_shownCenter = c;
    m_ui->nameKkEdit->setText(c.nameKk);
    m_ui->nameRuEdit->setText(c.nameRu);
    m_ui->nameEnEdit->setText(c.name);
    m_ui->codeEdit->setText(c.code);
    m_ui->addressEdit->setText(c.address);
    m_ui->modeCombo->setCurrentIndex(std::max(0, m_ui->modeCombo->findData(Names::key(c.mode))));
    m_ui->capacitySpin->setValue(c.hallCapacity);
    m_ui->slotSpin->setValue(c.slotLength / 60);
    m_ui->earlySpin->setValue(c.earlyAllowance / 60);
    m_ui->lateSpin->setValue(c.lateTolerance / 60);
    m_ui->recallMaxSpin->setValue(c.recallMax);
    m_ui->recallSpacingSpin->setValue(c.recallSpacing);
    m_ui->capSpin->setValue(c.priorityStreakCap);
    m_ui->targetSpin->setValue(c.waitTarget / 60);
    m_ui->idleSpin->setValue(c.idleLock / 60);
    m_ui->hoursEditor->setWeek(c.week);
    m_closedDays->setRows(c.closedDays);
    m_services->setRows(setup.services);
    m_windows->setWindows(setup.windows);
    m_categories->setRows(setup.categories);
    m_staff->setRows(setup.staff);
    m_showing = false;
    followServices();
}

CenterSettings AdministrationPage::editedCenter() const
{
    CenterSettings c = m_shownCenter;
    c.nameKk = m_ui->nameKkEdit->text().simplified();
    c.nameRu = m_ui->nameRuEdit->text().simplified();
    c.name = m_ui->nameEnEdit->text().simplified();
    c.code = m_ui->codeEdit->text().trimmed();
    c.address = m_ui->addressEdit->text().simplified();
    c.mode = Names::centerMode(m_ui->modeCombo->currentData().toString()).value_or(CenterMode::Mixed);
    c.hallCapacity = m_ui->capacitySpin->value();
    c.slotLength = m_ui->slotSpin->value() * 60;
    c.earlyAllowance = m_ui->earlySpin->value() * 60;
    c.lateTolerance = m_ui->lateSpin->value() * 60;
    c.recallMax = m_ui->recallMaxSpin->value();
    c.recallSpacing = m_ui->recallSpacingSpin->value();
    c.priorityStreakCap = m_ui->capSpin->value();
    c.waitTarget = m_ui->targetSpin->value() * 60;
    c.idleLock = m_ui->idleSpin->value() * 60;
    c.week = m_ui->hoursEditor->week();
    c.closedDays = m_closedDays->rows();
    std::sort(c.closedDays.begin(), c.closedDays.end(),
              [](const ClosedDay &a, const ClosedDay &b) { return a.day < b.day; });
    return c;
}

CenterSetup AdministrationPage::draft() const
{
    return CenterSetup{editedCenter(), m_services->rows(), m_windows->windows(), m_categories->rows(), m_staff->rows()};
}

QStringList AdministrationPage::problems() const
{
    return CenterConfigurator::problems(draft());
}

void AdministrationPage::edited()
{
    if (m_showing)
        return;
    m_modified = true;
    showProblems();
}

void AdministrationPage::showProblems()
{
    const QStringList found = problems();
    m_ui->problemsLabel->setText(found.isEmpty() ? QString()
                                                 : tr("Cannot be applied yet:") + QStringLiteral("\n• ")
                                                       + found.join(QStringLiteral("\n• ")));
    m_ui->problemsLabel->setVisible(!found.isEmpty());
    m_ui->applyButton->setEnabled(m_modified && found.isEmpty());
    m_ui->discardButton->setEnabled(m_modified);
    QString state;
    if (m_changedElsewhere)
        state = tr("The setup was changed elsewhere meanwhile: discard to see it, or apply to make it this draft.");
    else if (m_modified)
        state = tr("Changes not applied yet.");
    else
        state = tr("As the center works now.");
    m_ui->stateLabel->setText(state);
}

void AdministrationPage::followServices()
{
    m_serviceRows = m_services->rows();
    followWindowColumns();
}

void AdministrationPage::followWindowColumns()
{
    QStringList codes;
    QStringList names;
    const QString language = QLocale().name().left(2); // LanguageManager sets the default locale
    for (const Service &s : m_services->rows()) {
        if (!s.retired && !s.code.isEmpty()) {
            codes << s.code;
            names << s.name(language);
        }
    }
    m_windows->setServices(codes, names);
}

bool AdministrationPage::reviewAndApply()
{
    const CenterConfigurator configurator(m_db, m_clock);
    const CenterSetup desired = draft();
    auto plan = configurator.plan(desired);
    if (!plan) {
        QMessageBox::warning(this, tr("Administration"), plan.message());
        return false;
    }
    if (plan->isEmpty()) {
        emit message(tr("Nothing to change: the center already works so."));
        reload();
        return false;
    }
    QStringList lines;
    for (const SetupChange &change : std::as_const(*plan))
        lines << change.subject + QStringLiteral(": ") + change.change;
    QMessageBox review(QMessageBox::Question, tr("Review the changes"),
                       tr("These %n change(s) take effect on every screen at once:", nullptr, int(plan->size())),
                       QMessageBox::NoButton, this);
    review.setObjectName(QStringLiteral("reviewBox"));
    review.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *apply = review.addButton(tr("Apply"), QMessageBox::AcceptRole);
    review.addButton(tr("Back to editing"), QMessageBox::RejectRole);
    review.setDefaultButton(apply);
    review.exec();
    if (review.clickedButton() != apply)
        return false;
    auto applied = configurator.apply(desired, m_actor);
    if (!applied) {
        QMessageBox::warning(this, tr("Administration"), applied.message());
        return false;
    }
    emit message(tr("%n change(s) applied.", nullptr, int(applied->size())));
    reload();
    return true;
}

QString AdministrationPage::giveTemporaryPassword(const QString &login)
{
    if (!m_heldLogins.contains(login)) {
        QMessageBox::information(this, tr("Temporary password"),
                                 tr("%1 is not an account yet: apply the change that adds them first.").arg(login));
        return {};
    }
    const QString password = PasswordHash::temporary();
    if (auto status = Accounts(m_db, m_clock).setPassword(login, password, true, m_actor); !status) {
        QMessageBox::warning(this, tr("Temporary password"), status.message());
        return {};
    }
    QMessageBox shown(QMessageBox::Information, tr("Temporary password"),
                      tr("The temporary password of %1 is:").arg(login), QMessageBox::Ok, this);
    shown.setObjectName(QStringLiteral("passwordBox"));
    shown.setInformativeText(password + QStringLiteral("\n\n")
                             + tr("Give it to them in person. It is shown only now; at their first sign-in they choose "
                                  "their own."));
    shown.setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown.exec();
    if (auto account = Accounts(m_db, m_clock).byLogin(login))
        m_passwords.insert(login, passwordState(*account, m_clock.now()));
    // The password column shows what the accounts say, not the draft: not an edit.
    m_showing = true;
    m_staff->refreshColumn(SetupModels::staffPasswordColumn);
    m_showing = false;
    return password;
}

void AdministrationPage::takeIn(const ChangeSet &changes)
{
    if (!changes.catalogue && !changes.everything)
        return;
    // The page's own apply reloads by itself; a change from elsewhere shows at once unless it would drop a draft.
    if (!m_modified) {
        reload();
        return;
    }
    m_changedElsewhere = true;
    showProblems();
}

void AdministrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCenterModes(m_ui->modeCombo);
        followWindowColumns();
        showProblems();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
