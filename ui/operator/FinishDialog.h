#pragma once

#include "domain/Catalogue.h"
#include "domain/QueueService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FinishDialog;
}

namespace Kezek {

class ServedServicesModel;

// Which services were served for the citizen, each with its outcome and a note.
class FinishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishDialog)

public:
    FinishDialog(const QString &ticketNumber, const QList<Service> &services, int ticketService,
                 const QString &language, QWidget *parent = nullptr);
    ~FinishDialog() override;

    QList<ServedServiceInput> served() const;
    ServedServicesModel *model() const { return m_model; }

private:
    void updateOk();

    std::unique_ptr<Ui::FinishDialog> m_ui;
    ServedServicesModel *m_model;
};

} // namespace Kezek
