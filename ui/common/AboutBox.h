#pragma once

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace Kezek {

// Help › About Kezek: the release, the database schema, the Qt it runs on and the licence.
class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // Opens the box window-modal over `parent` (it deletes itself when closed) and returns it.
    static QMessageBox *open(QWidget *parent);
    // The box's text, in the current language.
    static QString text();
};

} // namespace Kezek
