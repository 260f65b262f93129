#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Kezek::Test {

// Runs `drive` on the next modal dialog of type D as soon as it is open (the caller then clicks the button that
// opens it). Polls instead of assuming the dialog is up after one event-loop turn.
template<typename D>
void whenDialog(std::function<void(D *)> drive, int attempts = 500)
{
    QTimer::singleShot(10, [drive, attempts] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            drive(dialog);
            // A failed check inside `drive` returns early; never leave the test hanging in exec().
            if (dialog->isVisible())
                dialog->reject();
            return;
        }
        if (attempts > 0)
            whenDialog<D>(drive, attempts - 1);
    });
}

// The child widget of that type and name; a missing one ends the test run (the form changed, not the behaviour).
template<typename W>
W *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<W *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// Presses the dialog's OK, which must be enabled.
inline void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace Kezek::Test
