// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "inerttext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dnd {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setHistory(const CampaignOutline &outline, const QVector<SessionPlayerRow> &rows)
{
    beginResetModel();
    m_outline = outline;
    m_rows.clear();
    m_sessionIndex.clear();
    QVector<std::pair<int, SessionPlayerRow>> kept;
    kept.reserve(rows.size());
    for (const SessionPlayerRow &row : rows) {
        for (int i = 0; i < m_outline.sessions.size(); ++i) {
            if (m_outline.sessions[i].sameSession(row.runId, row.day)) {
                kept.append({i, row});
                break;
            }
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.player.compare(b.second.player, Qt::CaseInsensitive) < 0;
    });
    for (auto &[index, row] : kept) {
        m_sessionIndex.append(index);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

const PlaySession &HistoryModel::sessionOfRow(int row) const
{
    return m_outline.sessions.at(m_sessionIndex.at(row));
}

QString HistoryModel::sessionLabel(const PlaySession &session)
{
    if (!session.day.isValid())
        return tr("Session %1 · no date").arg(session.number);
    return tr("Session %1 · %2")
        .arg(session.number)
        .arg(QLocale().toString(session.day, QLocale::ShortFormat));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionPlayerRow &row = m_rows.at(index.row());
    const PlaySession &session = sessionOfRow(index.row());
    const double average = row.averageD20();
    const QLocale locale;
    if (role == SessionNumberRole)
        return session.number;
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == SessionColumn) {
        if (session.firstUs == NoTimestamp)
            return sessionLabel(session);
        const auto time = [&locale](qint64 us) {
            return locale.toString(QDateTime::fromMSecsSinceEpoch(us / 1000).time(),
                                   QLocale::ShortFormat);
        };
        return tr("%1, %2 to %3, %Ln event(s) in all", nullptr, int(session.events))
            .arg(sessionLabel(session), time(session.firstUs), time(session.lastUs));
    }
    if (role == SortRole) {
        switch (index.column()) {
        case SessionColumn:
            return session.number;
        case PlayerColumn:
            return row.player.toCaseFolded();
        case EventsColumn:
            return qulonglong(row.events);
        case RollsColumn:
            return qulonglong(row.d20Rolls);
        case AverageColumn:
        case VersusFairColumn:
            // No rolls sorts below every average.
            return std::isnan(average) ? -1.0 : average;
        case Nat20Column:
            return qulonglong(row.nat20);
        case Nat1Column:
            return qulonglong(row.nat1);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SessionColumn:
        return sessionLabel(session);
    case PlayerColumn:
        return InertText::escaped(row.player);
    case EventsColumn:
        return locale.toString(qulonglong(row.events));
    case RollsColumn:
        return locale.toString(qulonglong(row.d20Rolls));
    case AverageColumn:
        return std::isnan(average) ? QStringLiteral("–") : locale.toString(average, 'f', 2);
    case VersusFairColumn: {
        if (std::isnan(average))
            return QStringLiteral("–");
        const double delta = average - FairMean;
        const QString text = locale.toString(std::abs(delta), 'f', 2);
        // U+2212 minus: the same width as the plus sign.
        return delta > 0.005    ? QStringLiteral("+") + text
               : delta < -0.005 ? QStringLiteral("\u2212") + text
                                : locale.toString(0.0, 'f', 2);
    }
    case Nat20Column:
        return locale.toString(qulonglong(row.nat20));
    case Nat1Column:
        return locale.toString(qulonglong(row.nat1));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == AverageColumn || section == VersusFairColumn))
        return tr("A fair d20 averages 10.5.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case PlayerColumn:
        return tr("Player");
    case EventsColumn:
        return tr("Events");
    case RollsColumn:
        return tr("d20 rolls");
    case AverageColumn:
        return tr("Average d20");
    case VersusFairColumn:
        return tr("vs 10.5");
    case Nat20Column:
        return tr("Nat 20s");
    case Nat1Column:
        return tr("Nat 1s");
    default:
        return {};
    }
}

} // namespace dnd
