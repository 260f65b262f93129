#include "PauseDialog.h"

#include "ui_PauseDialog.h"

#include <QPushButton>

namespace Kezek {

PauseDialog::PauseDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PauseDialog>())
{
    m_ui->setupUi(this);
    for (QRadioButton *button : {m_ui->breakRadio, m_ui->disinfectionRadio, m_ui->technicalRadio})
        connect(button, &QRadioButton::toggled, this, &PauseDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PauseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PauseDialog::reject);
    updateOk();
}

PauseDialog::~PauseDialog() = default;

std::optional<PauseReason> PauseDialog::reason() const
{
    if (m_ui->breakRadio->isChecked())
        return PauseReason::Break;
    if (m_ui->disinfectionRadio->isChecked())
        return PauseReason::Disinfection;
    if (m_ui->technicalRadio->isChecked())
        return PauseReason::Technical;
    return std::nullopt;
}

void PauseDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason().has_value());
}

} // namespace Kezek
