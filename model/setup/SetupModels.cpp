#include "SetupModels.h"

#include <QDate>

namespace Kezek {

namespace {

// A text field, trimmed as it is typed.
template<typename Row>
typename SetupTableModel<Row>::Column textColumn(std::function<QString()> header, QString Row::*field)
{
    return {std::move(header), [field](const Row &row) -> QVariant { return row.*field; },
            [field](Row &row, const QVariant &value) {
                row.*field = value.toString().simplified();
                return true;
            }};
}

template<typename Row>
typename SetupTableModel<Row>::Column flagColumn(std::function<QString()> header, bool Row::*field)
{
    typename SetupTableModel<Row>::Column column{std::move(header),
                                                 [field](const Row &row) -> QVariant { return row.*field; },
                                                 [field](Row &row, const QVariant &value) {
                                                     row.*field = value.toBool();
                                                     return true;
                                                 }};
    column.checkable = true;
    return column;
}

// The key column: editable only in rows the database does not hold yet.
template<typename Row>
typename SetupTableModel<Row>::Column keyColumn(std::function<QString()> header, QString Row::*field, bool upper)
{
    auto column = textColumn<Row>(std::move(header), field);
    column.set = [field, upper](Row &row, const QVariant &value) {
        const QString text = value.toString().trimmed();
        row.*field = upper ? text.toUpper() : text.toLower();
        return true;
    };
    column.key = true;
    return column;
}

} // namespace

SetupTableModel<Service> *SetupModels::services(QObject *parent)
{
    using Column = SetupTableModel<Service>::Column;
    Column letter = textColumn<Service>([] { return tr("Letter"); }, &Service::letter);
    letter.set = [](Service &s, const QVariant &value) {
        s.letter = value.toString().trimmed().toUpper();
        return true;
    };
    Column norm{[] { return tr("Norm, min"); }, [](const Service &s) -> QVariant { return s.normSeconds / 60; },
                [](Service &s, const QVariant &value) {
                    bool ok = false;
                    const int minutes = value.toInt(&ok);
                    if (!ok || minutes < 1 || minutes > 480)
                        return false;
                    s.normSeconds = minutes * 60;
                    return true;
                }};
    return new SetupTableModel<Service>(
        {keyColumn<Service>([] { return tr("Code"); }, &Service::code, true), letter,
         textColumn<Service>([] { return tr("Name (kk)"); }, &Service::nameKk),
         textColumn<Service>([] { return tr("Name (ru)"); }, &Service::nameRu),
         textColumn<Service>([] { return tr("Name (en)"); }, &Service::nameEn), norm,
         flagColumn<Service>([] { return tr("Bookable"); }, &Service::bookable),
         flagColumn<Service>([] { return tr("Retired"); }, &Service::retired)},
        parent);
}

SetupTableModel<PriorityCategory> *SetupModels::categories(QObject *parent)
{
    return new SetupTableModel<PriorityCategory>(
        {keyColumn<PriorityCategory>([] { return tr("Code"); }, &PriorityCategory::code, false),
         textColumn<PriorityCategory>([] { return tr("Name (kk)"); }, &PriorityCategory::nameKk),
         textColumn<PriorityCategory>([] { return tr("Name (ru)"); }, &PriorityCategory::nameRu),
         textColumn<PriorityCategory>([] { return tr("Name (en)"); }, &PriorityCategory::nameEn),
         flagColumn<PriorityCategory>([] { return tr("Active"); }, &PriorityCategory::active)},
        parent);
}

SetupTableModel<StaffSetup> *SetupModels::staff(const QHash<QString, QString> *passwords, QObject *parent)
{
    using Column = SetupTableModel<StaffSetup>::Column;
    Column role{[] { return tr("Role"); }, [](const StaffSetup &s) -> QVariant { return Names::key(s.role); },
                [](StaffSetup &s, const QVariant &value) {
                    const auto role = Names::role(value.toString());
                    if (!role)
                        return false;
                    s.role = *role;
                    return true;
                }};
    role.shown = [](const StaffSetup &s) { return Names::display(s.role); };
    Column password{[] { return tr("Password"); },
                    [passwords](const StaffSetup &s) -> QVariant {
                        return passwords->value(s.login, tr("none: give one once the change is applied"));
                    }};
    return new SetupTableModel<StaffSetup>(
        {keyColumn<StaffSetup>([] { return tr("Login"); }, &StaffSetup::login, false),
         textColumn<StaffSetup>([] { return tr("Full name"); }, &StaffSetup::fullName), role,
         flagColumn<StaffSetup>([] { return tr("Active"); }, &StaffSetup::active), password},
        parent);
}

SetupTableModel<ClosedDay> *SetupModels::closedDays(QObject *parent)
{
    using Column = SetupTableModel<ClosedDay>::Column;
    Column day{[] { return tr("Date"); }, [](const ClosedDay &c) -> QVariant { return c.day; },
               [](ClosedDay &c, const QVariant &value) {
                   const QDate day = value.toDate();
                   if (!day.isValid())
                       return false;
                   c.day = day;
                   return true;
               }};
    day.shown = [](const ClosedDay &c) { return c.day.toString(Qt::ISODate); };
    return new SetupTableModel<ClosedDay>({day, textColumn<ClosedDay>([] { return tr("Reason"); }, &ClosedDay::reason)},
                                          parent);
}

void WindowServicesModel::setWindows(const QList<WindowSetup> &windows)
{
    beginResetModel();
    m_windows = windows;
    m_held = QList<bool>(windows.size(), true);
    layColumns();
    endResetModel();
}

void WindowServicesModel::setServices(const QStringList &codes, const QStringList &names)
{
    if (codes == m_offered && names == m_offeredNames)
        return;
    beginResetModel();
    m_offered = codes;
    m_offeredNames = names;
    layColumns();
    endResetModel();
}

void WindowServicesModel::renameService(const QString &from, const QString &to)
{
    bool listed = false;
    for (WindowSetup &w : m_windows) {
        for (QString &code : w.services) {
            if (code == from) {
                code = to;
                listed = true;
            }
        }
    }
    if (listed && !m_windows.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void WindowServicesModel::dropService(const QString &code)
{
    bool listed = false;
    for (WindowSetup &w : m_windows)
        listed = w.services.removeAll(code) > 0 || listed;
    if (listed && !m_windows.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void WindowServicesModel::layColumns()
{
    m_codes = m_offered;
    m_names = m_offeredNames;
    for (const WindowSetup &w : std::as_const(m_windows)) {
        for (const QString &code : w.services) {
            if (!m_codes.contains(code)) {
                m_codes << code;
                m_names << SetupModels::tr("%1: not a service in use; untick it").arg(code);
            }
        }
    }
}

int WindowServicesModel::appendWindow()
{
    int highest = 0;
    for (const WindowSetup &w : std::as_const(m_windows))
        highest = std::max(highest, w.number);
    const int at = int(m_windows.size());
    beginInsertRows({}, at, at);
    m_windows.append(WindowSetup{highest + 1, {}});
    m_held.append(false);
    endInsertRows();
    return at;
}

void WindowServicesModel::removeAt(int row)
{
    if (row < 0 || row >= m_windows.size())
        return;
    beginRemoveRows({}, row, row);
    m_windows.removeAt(row);
    m_held.removeAt(row);
    endRemoveRows();
}

int WindowServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int WindowServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size()) + 1;
}

QVariant WindowServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_codes.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == 0 ? SetupModels::tr("Window") : m_codes.at(section - 1);
    if (role == Qt::ToolTipRole && section > 0)
        return m_names.value(section - 1);
    return {};
}

QVariant WindowServicesModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && checkIndex(index)))
        return {};
    const WindowSetup &window = m_windows.at(index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(window.number) : QVariant();
    if (role == Qt::CheckStateRole)
        return window.services.contains(m_codes.at(index.column() - 1)) ? Qt::Checked : Qt::Unchecked;
    return {};
}

Qt::ItemFlags WindowServicesModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index)))
        return Qt::NoItemFlags;
    if (index.column() == 0) // a held window's number is the window; another number would be another window
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_held.at(index.row()) ? Qt::NoItemFlags : Qt::ItemIsEditable);
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool WindowServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(index.isValid() && checkIndex(index)))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    WindowSetup &window = m_windows[index.row()];
    if (index.column() == 0) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (role != Qt::EditRole || !ok || number < 1 || number > 999)
            return false;
        window.number = number;
    } else {
        if (role != Qt::CheckStateRole)
            return false;
        const QString &code = m_codes.at(index.column() - 1);
        window.services.removeAll(code);
        if (value.toInt() == Qt::Checked)
            window.services.append(code);
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace Kezek
