// SPDX-License-Identifier: MIT
#include "playertablemodel.h"

#include "inerttext.h"

#include "statistics.h"
#include "statisticsrefresher.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dnd {

namespace {

const QString &encounterType()
{
    static const QString name = QStringLiteral("encounter");
    return name;
}

const QString &spellType()
{
    static const QString name = QStringLiteral("spell_cast");
    return name;
}

QString lastSeenText(qint64 us)
{
    if (us == NoTimestamp)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

bool PlayerTableModel::Row::sameAs(const Row &other) const
{
    // The counts only grow between resets, so comparing events and the
    // last-seen time catches every change of a player's row.
    return events == other.events && lastSeenUs == other.lastSeenUs && rolls == other.rolls;
}

PlayerTableModel::PlayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlayerTableModel::setStatisticsRefresher(StatisticsRefresher *model)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = model;
    if (!model) {
        clear();
        return;
    }
    connect(model, &StatisticsRefresher::refreshed, this, [this] {
        if (m_tracker)
            refresh(m_tracker->statistics());
    });
    connect(model, &StatisticsRefresher::wasReset, this, &PlayerTableModel::clear);
    refresh(model->statistics());
}

void PlayerTableModel::refresh(const Statistics &stats)
{
    const auto &players = stats.players();
    if (players.size() < m_rows.size()) {
        // Fewer players than rows only happens after a reset we did not see.
        beginResetModel();
        m_rows.clear();
        m_rowOf.clear();
        endResetModel();
    }

    int firstChanged = -1;
    int lastChanged = -1;
    QVector<Row> added;
    for (auto it = players.cbegin(); it != players.cend(); ++it) {
        const PlayerStats &p = it.value();
        Row row;
        row.name = it.key();
        row.events = p.events;
        row.rolls = p.rolls();
        row.encounters = p.byType.value(encounterType());
        row.spells = p.byType.value(spellType());
        if (const DieStats *d20 = p.die(20)) {
            row.d20Count = d20->count;
            row.averageD20 = d20->mean();
        } else {
            row.averageD20 = std::nan("");
        }
        row.nat20 = p.nat20;
        row.nat1 = p.nat1;
        row.lastSeenUs = p.lastSeenUs;

        const auto found = m_rowOf.constFind(row.name);
        if (found == m_rowOf.cend()) {
            added.append(std::move(row));
            continue;
        }
        Row &current = m_rows[found.value()];
        if (current.sameAs(row))
            continue;
        current = std::move(row);
        const int index = found.value();
        firstChanged = firstChanged < 0 ? index : std::min(firstChanged, index);
        lastChanged = std::max(lastChanged, index);
    }

    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    if (!added.isEmpty()) {
        // QHash order is arbitrary; new players of one refresh are appended
        // by name so the order is reproducible.
        std::sort(added.begin(), added.end(),
                  [](const Row &a, const Row &b) { return a.name < b.name; });
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_rowOf.insert(row.name, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
}

void PlayerTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

QString PlayerTableModel::playerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int PlayerTableModel::rowOfPlayer(const QString &name) const
{
    return m_rowOf.value(name, -1);
}

int PlayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PlayerNameRole)
        return row.name;
    if (role == Qt::TextAlignmentRole && index.column() != PlayerColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AverageD20Column && row.d20Count > 0)
        return tr("%n d20 roll(s); a fair die averages 10.5", nullptr, int(row.d20Count));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    const bool sort = role == SortRole;
    const QLocale locale;
    auto number = [&](quint64 value) -> QVariant {
        return sort ? QVariant(qulonglong(value)) : QVariant(locale.toString(qulonglong(value)));
    };
    switch (Column(index.column())) {
    case PlayerColumn:
        return sort ? QVariant(row.name.toCaseFolded()) : QVariant(InertText::escaped(row.name));
    case EventsColumn:
        return number(row.events);
    case RollsColumn:
        return number(row.rolls);
    case EncountersColumn:
        return number(row.encounters);
    case SpellsColumn:
        return number(row.spells);
    case AverageD20Column:
        if (sort) // players without d20 rolls sort below every average
            return std::isnan(row.averageD20) ? -1.0 : row.averageD20;
        return std::isnan(row.averageD20) ? QString() : locale.toString(row.averageD20, 'f', 2);
    case Nat20Column:
        return number(row.nat20);
    case Nat1Column:
        return number(row.nat1);
    case LastSeenColumn:
        if (sort)
            return qlonglong(row.lastSeenUs);
        return lastSeenText(row.lastSeenUs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PlayerColumn:
        return tr("Player");
    case EventsColumn:
        return tr("Events");
    case RollsColumn:
        return tr("Rolls");
    case EncountersColumn:
        return tr("Encounters");
    case SpellsColumn:
        return tr("Spells");
    case AverageD20Column:
        return tr("Average d20");
    case Nat20Column:
        return tr("Nat 20s");
    case Nat1Column:
        return tr("Nat 1s");
    case LastSeenColumn:
        return tr("Last seen");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dnd
