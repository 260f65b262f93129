#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace Kezek {

// What a page of the main window offers the frame around it: its tab title, the catalogue language, a
// once-a-second tick for what moves with the clock, and actions for the frame's menus. Pages follow the live
// picture of the center themselves (LiveCenter, ChangeFeed); one with a `message(QString)` signal has its words
// shown in the status bar. A new module is a class implementing this and one line in PageRegistry.cpp.
class Page
{
public:
    enum class Menu { Ticket, Window };

    virtual ~Page() = default;

    // Translated; asked again when the interface language changes.
    virtual QString pageTitle() const = 0;
    // "kk", "ru" or "en": the language of catalogue names (service and category names).
    virtual void setLanguage(const QString &language) { Q_UNUSED(language) }
    virtual void tick() { }
    // The page's actions for one of the frame's menus; the menu is shown only if some page has actions for it.
    virtual QList<QAction *> menuActions(Menu menu) const
    {
        Q_UNUSED(menu)
        return {};
    }
};

} // namespace Kezek
