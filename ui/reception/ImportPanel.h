#pragma once

#include "auth/Actor.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ImportPanel;
}

namespace Kezek {

class Clock;
class Database;

// Imports the channels' booking files (several at once) with a progress bar, then shows what happened.
// The import runs in this thread inside one write transaction; the progress callback keeps the window painting
// and lets the receptionist cancel (everything is then rolled back).
class ImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)

public:
    using FileChooser = std::function<QStringList()>;

    ImportPanel(const Database &db, const Clock &clock, const Actor &actor, QWidget *parent = nullptr);
    ~ImportPanel() override;

    // Tests replace the file dialog.
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void importFiles(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList askForFiles();

    std::unique_ptr<Ui::ImportPanel> m_ui;
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    FileChooser m_chooseFiles;
};

} // namespace Kezek
