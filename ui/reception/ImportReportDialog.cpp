#include "ImportReportDialog.h"

#include "ui_ImportReportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace Kezek {

ImportReportDialog::ImportReportDialog(const ImportReport &report, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportReportDialog>())
    , m_report(report)
    , m_files(files)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ImportReportDialog::save);
    fill();
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::fill()
{
    m_ui->countsLabel->setText(counts(m_report));
    const QStringList rejections = m_report.formatRejections();
    m_ui->rejectionsView->setPlainText(rejections.isEmpty() ? tr("None.") : rejections.join(QLatin1Char('\n')));
}

QString ImportReportDialog::counts(const ImportReport &report)
{
    return tr("%1 row(s) read: %2 imported, %3 updated, %4 unchanged, %5 rejected.")
        .arg(report.rows())
        .arg(report.imported)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.rejected.size());
}

QString ImportReportDialog::text(const ImportReport &report, const QStringList &files)
{
    QStringList lines;
    lines << tr("Booking import") << tr("Files:");
    for (const QString &file : files)
        lines << QStringLiteral("  ") + QDir::toNativeSeparators(file);
    lines << counts(report);
    if (!report.rejected.isEmpty()) {
        lines << tr("Rejected rows:");
        lines << report.formatRejections();
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status ImportReportDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Failure{Failure::Kind::Invalid, tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(text(m_report, m_files).toUtf8());
    if (!file.commit())
        return Failure{Failure::Kind::Invalid, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

void ImportReportDialog::save()
{
    const QString suggested = m_files.isEmpty() ? QDir::homePath()
                                                : QFileInfo(m_files.first()).absolutePath()
                                                      + QStringLiteral("/import-report.txt");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"), suggested,
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (auto status = saveTo(path); !status)
        QMessageBox::warning(this, tr("Booking import"), status.message());
}

void ImportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace Kezek
