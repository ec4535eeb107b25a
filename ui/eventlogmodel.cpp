// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"

#include "inerttext.h"

#include "statisticsrefresher.h"

#include <QDateTime>
#include <QTextDocument>

#include <algorithm>

namespace dnd {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventLogModel::setStatisticsRefresher(StatisticsRefresher *model, Feed feed)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = model;
    if (!model)
        return;
    connect(model, &StatisticsRefresher::wasReset, this, &EventLogModel::clear);
    if (feed == Feed::Scope) {
        connect(model, &StatisticsRefresher::scopeRowsReset, this, [this](const EventBatch &rows) {
            clear();
            appendEvents(rows.events);
        });
        connect(model, &StatisticsRefresher::scopeRowsAdded, this,
                [this](const EventBatch &rows) { appendEvents(rows.events); });
        return;
    }
    connect(model, &StatisticsRefresher::batchApplied, this,
            [this](const EventBatch &batch) { appendEvents(batch.events); });
    connect(model, &StatisticsRefresher::restored, this,
            [this](const EventBatch &recent) { appendEvents(recent.events); });
}

void EventLogModel::setCapacity(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_capacity)
        return;
    // Rows beyond the new capacity are the oldest and are removed.
    const int drop = std::max(0, m_size - rows);
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        dropFront(drop);
        endRemoveRows();
    }
    m_capacity = rows;
}

void EventLogModel::dropFront(int rows)
{
    m_firstSeq += rows;
    m_size -= rows;
    while (rows > 0 && !m_chunks.empty()) {
        Chunk &front = m_chunks.front();
        const qsizetype left = front.events.size() - front.first;
        if (left <= rows) {
            rows -= int(left);
            m_chunks.pop_front();
        } else {
            front.first += rows;
            front.startSeq += rows;
            rows = 0;
        }
    }
}

void EventLogModel::appendEvents(const QVector<GameEvent> &events)
{
    if (events.isEmpty())
        return;
    m_totalAppended += quint64(events.size());
    // Only the newest `capacity` events of a huge batch can ever be shown.
    const int incoming = int(std::min<qsizetype>(events.size(), m_capacity));
    const qsizetype firstIncoming = events.size() - incoming;

    const int drop = std::max(0, m_size + incoming - m_capacity);
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        dropFront(drop);
        endRemoveRows();
    }

    beginInsertRows({}, m_size, m_size + incoming - 1);
    Chunk chunk;
    // Share the batch; copy only the shown tail of a batch mostly beyond
    // capacity, so the log never keeps much more than it shows alive.
    if (firstIncoming > events.size() / 2) {
        chunk.events = events.mid(firstIncoming);
    } else {
        chunk.events = events;
        chunk.first = firstIncoming;
    }
    chunk.startSeq = m_firstSeq + m_size;
    m_chunks.push_back(std::move(chunk));
    m_size += incoming;
    endInsertRows();

    for (qsizetype i = firstIncoming; i < events.size(); ++i) {
        const QString &type = events.at(i).type;
        if (!type.isEmpty() && !m_types.contains(type)) {
            m_types.append(type);
            Q_EMIT typeSeen(type);
        }
    }
}

void EventLogModel::clear()
{
    beginResetModel();
    m_chunks.clear();
    m_firstSeq = 0;
    m_size = 0;
    m_totalAppended = 0;
    endResetModel();
}

const GameEvent &EventLogModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    const qint64 seq = m_firstSeq + row;
    // The last chunk starting at or before seq.
    const auto after =
        std::upper_bound(m_chunks.cbegin(), m_chunks.cend(), seq,
                         [](qint64 value, const Chunk &chunk) { return value < chunk.startSeq; });
    const Chunk &chunk = *std::prev(after);
    return chunk.events.at(chunk.first + (seq - chunk.startSeq));
}

QString EventLogModel::timeText(qint64 timestampUs)
{
    if (timestampUs == NoTimestamp)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timestampUs / 1000, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString EventLogModel::detailsText(const GameEvent &event)
{
    switch (event.kind) {
    case EventKind::DiceRoll: {
        QString text = tr("d%1 rolled %2").arg(event.dieSides).arg(event.rollResult);
        if (!event.context.isEmpty())
            text += tr(" (%1)").arg(event.context);
        return text;
    }
    case EventKind::Encounter: {
        QString text = event.monster;
        if (!event.location.isEmpty())
            text = tr("%1 at %2").arg(text, event.location);
        if (event.initiative > 0)
            text += tr(", initiative %1").arg(event.initiative);
        return text;
    }
    case EventKind::SpellCast: {
        QString text = event.spell;
        if (!event.target.isEmpty())
            text = tr("%1 on %2").arg(text, event.target);
        if (!event.effect.isEmpty())
            text += tr(": %1").arg(event.effect);
        return text;
    }
    case EventKind::Other:
        break;
    }
    return event.gameId.isEmpty() ? QString() : tr("game %1").arg(event.gameId);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GameEvent &event = eventAt(index.row());
    switch (role) {
    case TimestampRole:
        return qlonglong(event.timestampUs);
    case PlayerRole:
        return event.player;
    case TypeRole:
        return event.type;
    case Qt::ToolTipRole:
        // The whole text of a cell the narrow dock elides. Item tooltips
        // are shown as rich text when they look like markup:
        // Qt::convertFromPlainText keeps wire content literal.
        switch (Column(index.column())) {
        case TimeColumn:
            if (event.timestampUs != NoTimestamp)
                return formatIsoTimestampUs(event.timestampUs);
            return {};
        case PlayerColumn:
            return Qt::convertFromPlainText(InertText::escaped(event.player));
        case TypeColumn:
            return Qt::convertFromPlainText(InertText::escaped(event.type));
        case DetailsColumn:
            return Qt::convertFromPlainText(InertText::escaped(detailsText(event)));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return timeText(event.timestampUs);
    // Wire text, shown inert (inerttext.h).
    case PlayerColumn:
        return InertText::escaped(event.player);
    case TypeColumn:
        return InertText::escaped(event.type);
    case DetailsColumn:
        return InertText::escaped(detailsText(event));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case PlayerColumn:
        return tr("Player");
    case TypeColumn:
        return tr("Type");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dnd
