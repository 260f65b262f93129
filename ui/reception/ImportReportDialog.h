#pragma once

#include "core/Result.h"
#include "io/BookingImporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportReportDialog;
}

namespace Kezek {

// What a booking import did: imported, updated, unchanged and rejected rows (FILE:LINE: reason), savable as text.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    ImportReportDialog(const ImportReport &report, const QStringList &files, QWidget *parent = nullptr);
    ~ImportReportDialog() override;

    // The report as plain text, as saved.
    static QString text(const ImportReport &report, const QStringList &files);
    static QString counts(const ImportReport &report);
    Status saveTo(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void fill();

    std::unique_ptr<Ui::ImportReportDialog> m_ui;
    ImportReport m_report;
    QStringList m_files;
};

} // namespace Kezek
