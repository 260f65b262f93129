#include "FinishDialog.h"

#include "ui_FinishDialog.h"

#include "common/ChoiceDelegate.h"
#include "models/ServedServicesModel.h"

#include <QHeaderView>
#include <QPushButton>

namespace Kezek {

FinishDialog::FinishDialog(const QString &ticketNumber, const QList<Service> &services, int ticketService,
                           const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FinishDialog>())
    , m_model(new ServedServicesModel(this))
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(
        tr("Which services did %1 receive? Tick each one and choose its outcome.").arg(ticketNumber));
    m_model->setServices(services, language, ticketService);
    m_ui->servedView->setModel(m_model);
    const auto outcomes = [] {
        QList<Choice> choices;
        for (const Outcome outcome : {Outcome::Done, Outcome::Refused, Outcome::Redirected})
            choices.append({Names::display(outcome), int(outcome)});
        return choices;
    };
    m_ui->servedView->setItemDelegateForColumn(ServedServicesModel::OutcomeColumn, new ChoiceDelegate(outcomes, this));
    m_ui->servedView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView *header = m_ui->servedView->horizontalHeader();
    header->setSectionResizeMode(ServedServicesModel::ServiceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServedServicesModel::OutcomeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServedServicesModel::NoteColumn, QHeaderView::Stretch);
    connect(m_model, &ServedServicesModel::servedChanged, this, &FinishDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FinishDialog::record);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FinishDialog::reject);
    m_ui->problemLabel->hide();
    updateOk();
}

FinishDialog::~FinishDialog() = default;

QList<ServedServiceInput> FinishDialog::served() const
{
    return m_model->served();
}

void FinishDialog::record()
{
    if (!m_recorder) {
        accept();
        return;
    }
    const Status recorded = m_recorder(served());
    if (recorded) {
        accept();
        return;
    }
    if (recorded.failure().kind == Failure::Kind::Database) {
        m_ui->problemLabel->setText(tr("Not recorded: %1 Your entries are kept; press OK again once the database is "
                                       "back.")
                                        .arg(recorded.message()));
        m_ui->problemLabel->show();
        return;
    }
    m_failure = recorded.failure();
    reject();
}

void FinishDialog::updateOk()
{
    const int count = m_model->servedCount();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
    m_ui->countLabel->setText(count == 0 ? tr("Tick at least one served service.")
                                         : tr("%n service(s) will be recorded.", nullptr, count));
}

} // namespace Kezek
