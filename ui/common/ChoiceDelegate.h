#pragma once

#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>
#include <utility>

namespace Kezek {

// One of a fixed set of values, shown by name: what ChoiceDelegate offers.
struct Choice
{
    QString text;
    QVariant value;
};

// Edits a cell with a combo box of choices (a served service's outcome, a person's role); the model takes the
// chosen value in its edit role. The choices are asked for at each edit, so they follow the interface's language.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(std::function<QList<Choice>()> choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QList<Choice>()> m_choices;
};

} // namespace Kezek
