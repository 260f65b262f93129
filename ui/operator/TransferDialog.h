#pragma once

#include "domain/Catalogue.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TransferDialog;
}

namespace Kezek {

// Where a citizen goes next: another window, or another service (any window serving it), with a note.
class TransferDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    TransferDialog(const QString &ticketNumber, const QList<Window> &windows, const QList<Service> &services,
                   int ownWindow, const QString &language, QWidget *parent = nullptr);
    ~TransferDialog() override;

    // Exactly one of these is set once accepted.
    std::optional<int> windowNumber() const;
    std::optional<int> serviceId() const;
    QString note() const;

private:
    void updateEnabled();

    std::unique_ptr<Ui::TransferDialog> m_ui;
};

} // namespace Kezek
