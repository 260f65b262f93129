#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PostponeDialog;
}

namespace Kezek {

// When a postponed citizen (fetching a missing document) returns to the queue: a time today.
class PostponeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostponeDialog)

public:
    // `now` and `closesAt` in epoch seconds; the proposal is 15 minutes from now.
    PostponeDialog(const QString &ticketNumber, qint64 now, qint64 closesAt, QWidget *parent = nullptr);
    ~PostponeDialog() override;

    qint64 returnAt() const;

private:
    std::unique_ptr<Ui::PostponeDialog> m_ui;
    qint64 m_dayStart;
};

} // namespace Kezek
