#pragma once

#include "domain/Catalogue.h"
#include "domain/QueueService.h"

#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

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

    // Records the ticked services when OK is pressed. A failure of the database (the server is away, the file is
    // locked) is shown in the dialog, which stays open with everything ticked and typed, so that OK can be pressed
    // again once the database is back; any other failure closes it, rejected, for the caller to report.
    using Recorder = std::function<Status(const QList<ServedServiceInput> &)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    // The failure that closed the dialog, if one did.
    const std::optional<Failure> &failure() const { return m_failure; }

private:
    void updateOk();
    void record();

    std::unique_ptr<Ui::FinishDialog> m_ui;
    ServedServicesModel *m_model;
    Recorder m_recorder;
    std::optional<Failure> m_failure;
};

} // namespace Kezek
