#pragma once

#include "setup/CenterSetup.h"
#include "setup/SetupTableModel.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Kezek {

// The tables of a center's setup as the administration page edits them. A row the database holds keeps its key
// (a service's or category's code, a login): renaming it would retire it and add another.
class SetupModels final
{
    Q_DECLARE_TR_FUNCTIONS(SetupModels)

public:
    // Code, letter, names in kk/ru/en, norm in minutes, bookable, retired.
    static SetupTableModel<Service> *services(QObject *parent);
    // Code, names in kk/ru/en, active.
    static SetupTableModel<PriorityCategory> *categories(QObject *parent);
    // Login, full name, role (edited by its key, "operator"), active, and the state of the password (`passwords`,
    // by login: read-only, from the accounts; it must outlive the model).
    static SetupTableModel<StaffSetup> *staff(const QHash<QString, QString> *passwords, QObject *parent);
    static constexpr int staffPasswordColumn = 4;
    // Date, reason.
    static SetupTableModel<ClosedDay> *closedDays(QObject *parent);
};

// Which services each window serves, as a grid: a row per window, its number first (fixed for a window the database
// holds), then a check box per service that is not retired (by code, in the order given), and one for any other code
// a window still lists, so that it can be unticked.
class WindowServicesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit WindowServicesModel(QObject *parent = nullptr) : QAbstractTableModel(parent) { }

    const QList<WindowSetup> &windows() const { return m_windows; }
    // The windows the database holds.
    void setWindows(const QList<WindowSetup> &windows);
    // The services offered as columns, by code, each with its name for the tooltip.
    void setServices(const QStringList &codes, const QStringList &names);
    // A service's code was changed in the draft: the windows serving it serve it under the new one.
    void renameService(const QString &from, const QString &to);
    // A service was retired or removed from the draft: no window serves it any more.
    void dropService(const QString &code);
    // A window numbered after the highest, serving nothing yet; returns its row.
    int appendWindow();
    void removeAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void layColumns(); // the offered services, then the other codes the windows list

    QList<WindowSetup> m_windows;
    QList<bool> m_held;
    QStringList m_offered;
    QStringList m_offeredNames;
    QStringList m_codes; // the columns after the number
    QStringList m_names;
};

} // namespace Kezek
