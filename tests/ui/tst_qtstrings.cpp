// Qt's own dialog strings in the interface's language: Qt ships Russian, Kezek ships Kazakh (translations/qt_kk.ts),
// so no OK/Cancel, wizard button or file dialog reads English in a Kazakh or Russian console.
#include "common/LanguageManager.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace Kezek;

class TestQtStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogsSpeakTheInterfaceLanguage_data();
    void dialogsSpeakTheInterfaceLanguage();

private:
    LanguageManager m_languages;
};

void TestQtStrings::dialogsSpeakTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("kk") << "kk" << "Жабу" << "Бас тарту" << "&Келесі >" << "Файл &аты:";
    QTest::newRow("ru") << "ru" << "Закрыть" << "Отмена" << "&Далее >" << "&Имя файла:";
    QTest::newRow("en") << "en" << "Close" << "Cancel" << "&Next >" << "File &name:";
}

void TestQtStrings::dialogsSpeakTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, close);
    QFETCH(QString, cancel);
    QFETCH(QString, next);
    QFETCH(QString, fileName);
    m_languages.setLanguage(language);

    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);

    QWizard wizard;
    wizard.setWizardStyle(QWizard::ClassicStyle);
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    QCOMPARE(wizard.buttonText(QWizard::NextButton), next);

    QFileDialog files;
    files.setOption(QFileDialog::DontUseNativeDialog);
    auto *label = files.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), fileName);
}

QTEST_MAIN(TestQtStrings)
#include "tst_qtstrings.moc"
