#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PauseDialog;
}

namespace Kezek {

// Asks why the window pauses; a reason is required.
class PauseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseDialog)

public:
    explicit PauseDialog(QWidget *parent = nullptr);
    ~PauseDialog() override;

    std::optional<PauseReason> reason() const;

private:
    void updateOk();

    std::unique_ptr<Ui::PauseDialog> m_ui;
};

} // namespace Kezek
