#include "OutcomeDelegate.h"

#include "domain/Types.h"

#include <QComboBox>

namespace Kezek {

QWidget *OutcomeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Outcome outcome : {Outcome::Done, Outcome::Refused, Outcome::Redirected})
        combo->addItem(Names::display(outcome), int(outcome));
    return combo;
}

void OutcomeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void OutcomeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace Kezek
