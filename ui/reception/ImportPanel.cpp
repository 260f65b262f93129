#include "ImportPanel.h"

#include "ui_ImportPanel.h"

#include "core/Clock.h"
#include "io/BookingImporter.h"
#include "reception/ImportReportDialog.h"

#include <QFileDialog>
#include <QProgressDialog>

namespace Kezek {

ImportPanel::ImportPanel(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportPanel>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_chooseFiles ? m_chooseFiles() : askForFiles();
        if (!paths.isEmpty())
            importFiles(paths);
    });
}

ImportPanel::~ImportPanel() = default;

QStringList ImportPanel::askForFiles()
{
    return QFileDialog::getOpenFileNames(this, tr("Booking files to import"), QString(),
                                         tr("Booking files (*.csv *.json);;All files (*)"));
}

void ImportPanel::importFiles(const QStringList &paths)
{
    QProgressDialog progress(tr("Importing %n booking file(s)…", nullptr, int(paths.size())), tr("Cancel"), 0, 100,
                             this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const auto onProgress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(1, total)));
        progress.setValue(int(std::min(done, total)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    m_ui->importButton->setEnabled(false);
    auto report = BookingImporter(m_db).importFiles(paths, m_clock.now(), m_actor, onProgress);
    const bool cancelled = progress.wasCanceled();
    progress.close();
    m_ui->importButton->setEnabled(true);
    if (!report) {
        m_ui->importSummary->setText(cancelled ? tr("Import cancelled: nothing was changed.") : report.message());
        return;
    }
    m_ui->importSummary->setText(ImportReportDialog::counts(*report));
    ImportReportDialog dialog(*report, paths, this);
    dialog.setObjectName(QStringLiteral("importReportDialog"));
    dialog.exec();
}

void ImportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace Kezek
