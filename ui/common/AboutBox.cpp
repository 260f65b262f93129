#include "AboutBox.h"

#include "db/ProgramVersion.h"

#include <QMessageBox>

namespace Kezek {

QString AboutBox::text()
{
    return tr("<h3>Kezek %1</h3>"
              "<p>The queue console of a Public Service Center: windows, reception, the hall display and the "
              "supervisor's figures.</p>"
              "<p>Database schema version %2. Built with Qt %3, running on Qt %4.</p>"
              "<p>Kezek is free software: you can redistribute it and/or modify it under the terms of the GNU General "
              "Public License as published by the Free Software Foundation, either version 3 of the License, or (at "
              "your option) any later version. It comes with NO WARRANTY, to the extent permitted by law. The "
              "licence is in /usr/share/common-licenses/GPL-3 and at "
              "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org</a>.</p>")
        .arg(ProgramVersion::release())
        .arg(ProgramVersion::schema())
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QMessageBox *AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Kezek"), text(), QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace Kezek
