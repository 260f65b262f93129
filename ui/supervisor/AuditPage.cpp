#include "AuditPage.h"

#include "ui_AuditPage.h"

#include "audit/AuditTableModel.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "io/Csv.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>

namespace Kezek {

namespace {

// Rows of the chosen action (none chosen: every action) whose text holds the search.
class AuditFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString &action, const QString &text)
    {
        m_action = action;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!m_action.isEmpty() && index.data(AuditTableModel::ActionRole).toString() != m_action)
            return false;
        return m_text.isEmpty()
            || index.data(AuditTableModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_action;
    QString m_text;
};

} // namespace

AuditPage::AuditPage(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_model(new AuditTableModel(db, this))
    , m_filter(new AuditFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->auditView->setModel(m_filter);
    m_ui->auditView->horizontalHeader()->setStretchLastSection(true);
    m_ui->auditView->verticalHeader()->hide();
    const QDate today = LocalTime::dateOf(m_clock.now());
    m_ui->fromEdit->setDate(today.addDays(-6));
    m_ui->toEdit->setDate(today);
    fillActions();
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStringLiteral("kezek-audit-%1-%2.csv")
                                      .arg(m_ui->fromEdit->date().toString(Qt::ISODate),
                                           m_ui->toEdit->date().toString(Qt::ISODate));
        const QString path = m_savePath ? m_savePath(suggested)
                                        : QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested,
                                                                       tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            (void)exportCsv(path);
    });
    refresh();
}

AuditPage::~AuditPage() = default;

QString AuditPage::pageTitle() const
{
    return tr("Audit");
}

void AuditPage::fillActions()
{
    const QString current = m_ui->actionCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->actionCombo);
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("Every action"), QString());
    for (const QString &action : AuditTableModel::actions())
        m_ui->actionCombo->addItem(AuditTableModel::describe(action), action);
    m_ui->actionCombo->setCurrentIndex(std::max(0, m_ui->actionCombo->findData(current)));
}

void AuditPage::applyFilter()
{
    static_cast<AuditFilter *>(m_filter)->set(m_ui->actionCombo->currentData().toString(), m_ui->searchEdit->text());
    m_ui->statusLabel->setText(tr("%n row(s) shown", nullptr, m_filter->rowCount()));
}

void AuditPage::refresh()
{
    const QDate from = std::min(m_ui->fromEdit->date(), m_ui->toEdit->date());
    const QDate to = std::max(m_ui->fromEdit->date(), m_ui->toEdit->date());
    if (auto status = m_model->load(LocalTime::startOfDay(from), LocalTime::startOfDay(to.addDays(1))); !status) {
        m_ui->statusLabel->setText(status.message());
        return;
    }
    m_ui->auditView->resizeColumnsToContents();
    applyFilter();
}

bool AuditPage::exportCsv(const QString &path)
{
    const QString period = QStringLiteral("%1 – %2").arg(m_ui->fromEdit->date().toString(Qt::ISODate),
                                                        m_ui->toEdit->date().toString(Qt::ISODate));
    if (auto recorded = AuditTrail(m_db).recordExport(m_clock.now(), m_actor, path, period); !recorded) {
        m_ui->statusLabel->setText(recorded.message());
        return false;
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(Csv::spreadsheetFile(*m_filter, QLocale())) >= 0 && file.commit();
    m_ui->statusLabel->setText(ok ? tr("Exported %n row(s) to %1.", nullptr, m_filter->rowCount())
                                        .arg(QDir::toNativeSeparators(path))
                                  : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok;
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillActions();
        m_model->retranslate();
        applyFilter();
    }
    QWidget::changeEvent(event);
}

} // namespace Kezek
