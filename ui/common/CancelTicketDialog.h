#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CancelTicketDialog;
}

namespace Kezek {

// Asks which ticket is cancelled (given: the one at the window) and why; both are required.
class CancelTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelTicketDialog)

public:
    // `number`: the ticket offered (the window's, fixed; or reception's last one, which may be changed).
    enum class Number { Fixed, Editable };
    CancelTicketDialog(const QString &number, Number editing, QWidget *parent = nullptr);
    ~CancelTicketDialog() override;

    QString number() const;
    std::optional<CancelReason> reason() const;

private:
    void updateOk();

    std::unique_ptr<Ui::CancelTicketDialog> m_ui;
};

} // namespace Kezek
