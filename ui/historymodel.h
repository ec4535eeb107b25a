// SPDX-License-Identifier: MIT
#pragma once

#include "campaignfilter.h"

#include <QAbstractTableModel>
#include <QVector>

namespace dnd {

// The History table: one row per player and play session, in session order
// then by player, with events, d20 rolls, the average d20 and how far it is
// from a fair die's 10.5, nat 20s and nat 1s. Filled from the archive's
// answer (setHistory); sort with a QSortFilterProxyModel on SortRole.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SessionColumn,
        PlayerColumn,
        EventsColumn,
        RollsColumn,
        AverageColumn,
        VersusFairColumn,
        Nat20Column,
        Nat1Column,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers, the session by its number
        SessionNumberRole,           // int, 1-based
    };
    static constexpr double FairMean = 10.5;

    explicit HistoryModel(QObject *parent = nullptr);

    // Replaces the rows; rows of sessions the outline does not name are dropped.
    void setHistory(const CampaignOutline &outline, const QVector<SessionPlayerRow> &rows);
    const CampaignOutline &outline() const { return m_outline; }
    // The rows in display order, each with its session (for the trend chart).
    const QVector<SessionPlayerRow> &rows() const { return m_rows; }
    const PlaySession &sessionOfRow(int row) const;

    // "Session 3 · Fri 20 Nov" (the locale's short date).
    static QString sessionLabel(const PlaySession &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CampaignOutline m_outline;
    QVector<SessionPlayerRow> m_rows;
    QVector<int> m_sessionIndex; // per row, into m_outline.sessions
};

} // namespace dnd
