#include "CancelTicketDialog.h"

#include "ui_CancelTicketDialog.h"

#include <QPushButton>

namespace Kezek {

CancelTicketDialog::CancelTicketDialog(const QString &number, Number editing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CancelTicketDialog>())
{
    m_ui->setupUi(this);
    m_ui->numberEdit->setText(number);
    if (editing == Number::Fixed) {
        m_ui->numberEdit->setReadOnly(true);
        setWindowTitle(tr("Cancel %1").arg(number));
        m_ui->leftRadio->setFocus();
    } else {
        m_ui->numberEdit->selectAll();
        m_ui->numberEdit->setFocus();
    }
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &CancelTicketDialog::updateOk);
    for (QRadioButton *button : {m_ui->leftRadio, m_ui->mistakeRadio})
        connect(button, &QRadioButton::toggled, this, &CancelTicketDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CancelTicketDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CancelTicketDialog::reject);
    updateOk();
}

CancelTicketDialog::~CancelTicketDialog() = default;

QString CancelTicketDialog::number() const
{
    return m_ui->numberEdit->text().trimmed();
}

std::optional<CancelReason> CancelTicketDialog::reason() const
{
    if (m_ui->leftRadio->isChecked())
        return CancelReason::CitizenLeft;
    if (m_ui->mistakeRadio->isChecked())
        return CancelReason::IssuedByMistake;
    return std::nullopt;
}

void CancelTicketDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason().has_value() && !number().isEmpty());
}

} // namespace Kezek
