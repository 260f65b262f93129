#include "Bilingual.h"

#include "core/DataFiles.h"

#include <QTranslator>

namespace Kezek {

Bilingual::Bilingual()
    : m_kk(std::make_unique<QTranslator>())
    , m_ru(std::make_unique<QTranslator>())
{
    // A missing catalogue (DataFiles names it in a warning) leaves the English source.
    (void)DataFiles::loadTranslation(*m_kk, QStringLiteral("kk"));
    (void)DataFiles::loadTranslation(*m_ru, QStringLiteral("ru"));
}

Bilingual::~Bilingual() = default;

QString Bilingual::lookUp(const QTranslator &translator, const char *context, const char *source, int n)
{
    QString text = translator.translate(context, source, nullptr, n);
    // A message marked QT_TRANSLATE_NOOP has one form only; asked for plural form n, the catalogue finds none.
    if (text.isEmpty() && n >= 0)
        text = translator.translate(context, source, nullptr, -1);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

QString Bilingual::kk(const char *context, const char *source, int n) const
{
    return lookUp(*m_kk, context, source, n);
}

QString Bilingual::ru(const char *context, const char *source, int n) const
{
    return lookUp(*m_ru, context, source, n);
}

QString Bilingual::both(const char *context, const char *source, int n, const QString &separator) const
{
    const QString kazakh = kk(context, source, n);
    const QString russian = ru(context, source, n);
    return kazakh == russian ? kazakh : kazakh + separator + russian;
}

} // namespace Kezek
