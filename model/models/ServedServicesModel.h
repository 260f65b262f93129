#pragma once

#include "domain/Catalogue.h"
#include "domain/QueueService.h"

#include <QAbstractTableModel>

namespace Kezek {

// The finish checklist: the window's services, each ticked when served, with its outcome and a note.
class ServedServicesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServedServicesModel)

public:
    enum Column { ServiceColumn, OutcomeColumn, NoteColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    explicit ServedServicesModel(QObject *parent = nullptr);

    // The services to choose from; `ticked` (the ticket's own service) starts ticked as done.
    void setServices(const QList<Service> &services, const QString &language, int ticked);

    QList<ServedServiceInput> served() const;
    int servedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void servedChanged();

private:
    struct Row
    {
        Service service;
        bool served = false;
        Outcome outcome = Outcome::Done;
        QString note;
    };
    QList<Row> m_rows;
    QString m_language;
};

} // namespace Kezek
