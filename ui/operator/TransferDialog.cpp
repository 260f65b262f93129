#include "TransferDialog.h"

#include "ui_TransferDialog.h"

namespace Kezek {

TransferDialog::TransferDialog(const QString &ticketNumber, const QList<Window> &windows,
                               const QList<Service> &services, int ownWindow, const QString &language,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TransferDialog>())
{
    m_ui->setupUi(this);
    m_ui->questionLabel->setText(
        tr("Where does %1 go? The ticket keeps its number and goes to the front of that queue.").arg(ticketNumber));
    for (const Window &window : windows) {
        if (window.number == ownWindow)
            continue;
        QString label = tr("Window %1").arg(window.number);
        if (window.state != WindowState::Open)
            label = tr("%1 (%2)", "window and its state").arg(label, Names::display(window.state));
        m_ui->windowCombo->addItem(label, window.number);
    }
    for (const Service &service : services)
        m_ui->serviceCombo->addItem(service.letter + QStringLiteral(" · ") + service.name(language), service.id);
    connect(m_ui->toWindowRadio, &QRadioButton::toggled, this, &TransferDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    m_ui->toWindowRadio->setChecked(true);
    updateEnabled();
}

TransferDialog::~TransferDialog() = default;

void TransferDialog::updateEnabled()
{
    m_ui->windowCombo->setEnabled(m_ui->toWindowRadio->isChecked());
    m_ui->serviceCombo->setEnabled(m_ui->toServiceRadio->isChecked());
}

std::optional<int> TransferDialog::windowNumber() const
{
    if (!m_ui->toWindowRadio->isChecked() || m_ui->windowCombo->currentIndex() < 0)
        return std::nullopt;
    return m_ui->windowCombo->currentData().toInt();
}

std::optional<int> TransferDialog::serviceId() const
{
    if (!m_ui->toServiceRadio->isChecked() || m_ui->serviceCombo->currentIndex() < 0)
        return std::nullopt;
    return m_ui->serviceCombo->currentData().toInt();
}

QString TransferDialog::note() const
{
    return m_ui->noteEdit->text().trimmed();
}

} // namespace Kezek
