// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace dnd {

class Statistics;
class StatisticsRefresher;

// One row per player ever seen, in order of first appearance. A refresh
// compares compact per-row snapshots and emits one dataChanged over the
// changed range plus one insertRows for new players, so views keep their
// selection and scroll position and 10,000 players do not mean a reset per
// refresh. Sort and filter with a QSortFilterProxyModel using SortRole.
class PlayerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PlayerColumn,
        EventsColumn,
        RollsColumn,
        EncountersColumn,
        SpellsColumn,
        AverageD20Column,
        Nat20Column,
        Nat1Column,
        LastSeenColumn,
        ColumnCount
    };
    enum Role
    {
        // Numbers as numbers (qulonglong / double / qlonglong), names as
        // case-folded strings, so a proxy sorts numerically.
        SortRole = Qt::UserRole + 1,
        PlayerNameRole, // the player's name, in any column
    };

    explicit PlayerTableModel(QObject *parent = nullptr);

    // Follows model: refresh() on refreshed(), clear() on wasReset().
    // nullptr disconnects.
    void setStatisticsRefresher(StatisticsRefresher *model);

    // Brings the rows up to date with stats (new players appended at the end).
    void refresh(const Statistics &stats);
    void clear();

    QString playerAt(int row) const;            // empty when out of range
    int rowOfPlayer(const QString &name) const; // -1 when unknown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        quint64 events = 0;
        quint64 rolls = 0;
        quint64 encounters = 0;
        quint64 spells = 0;
        double averageD20 = 0; // NaN when no d20 rolls
        quint64 d20Count = 0;
        quint64 nat20 = 0;
        quint64 nat1 = 0;
        qint64 lastSeenUs = 0;
        bool sameAs(const Row &other) const;
    };

    QVector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QPointer<StatisticsRefresher> m_tracker;
};

} // namespace dnd
