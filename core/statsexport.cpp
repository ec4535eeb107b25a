// SPDX-License-Identifier: MIT
#include "statsexport.h"

#include "inerttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace dnd::StatsExport {

namespace {

// Translation context of the text summary (StatsExport is no QObject).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dnd::StatsExport)
};

QString countsText(const CountMap &counts)
{
    QStringList keys = counts.keys();
    keys.sort();
    QStringList parts;
    for (const QString &key : std::as_const(keys))
        parts.append(QStringLiteral("%1 %2").arg(InertText::escaped(key)).arg(counts.value(key)));
    return parts.join(QStringLiteral(", "));
}

QJsonObject countsToJson(const CountMap &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(InertText::escaped(it.key()), double(it.value()));
    return object;
}

QJsonValue numberOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestampOrNull(qint64 us)
{
    return us == NoTimestamp ? QJsonValue(QJsonValue::Null) : QJsonValue(formatIsoTimestampUs(us));
}

QJsonObject dieToJson(const DieStats &die, const PlayerStats &player)
{
    QJsonObject object;
    object.insert(QStringLiteral("count"), double(die.count));
    object.insert(QStringLiteral("mean"), numberOrNull(die.mean()));
    QJsonArray histogram;
    for (int face = 0; face < die.sides; ++face)
        histogram.append(face < die.histogram.size() ? double(die.histogram.at(face)) : 0.0);
    object.insert(QStringLiteral("histogram"), histogram);
    if (die.sides == 20) {
        object.insert(QStringLiteral("nat20"), double(player.nat20));
        object.insert(QStringLiteral("nat1"), double(player.nat1));
        object.insert(QStringLiteral("p_value"), numberOrNull(die.fairnessPValue()));
    }
    return object;
}

// Quotes a cell when needed and defuses spreadsheet formulas: player names
// and spell names come from the wire, so a "=cmd|..." name must stay text,
// and one with control characters inert (inerttext.h).
QString csvCell(const QString &text, bool isText = true)
{
    QString cell = InertText::escaped(text);
    if (isText && !cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString numberCell(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

QString countCell(const CountMap &counts, const QString &key)
{
    return QString::number(counts.value(key, 0));
}

} // namespace

QString dieName(int sides)
{
    return QLatin1Char('d') + QString::number(sides);
}

QJsonObject playerToJson(const PlayerStats &player)
{
    QJsonObject object;
    object.insert(QStringLiteral("events"), double(player.events));
    object.insert(QStringLiteral("by_type"), countsToJson(player.byType));
    QJsonObject dice;
    for (const auto &[sides, die] : player.dice) {
        if (die.count > 0)
            dice.insert(dieName(sides), dieToJson(die, player));
    }
    object.insert(QStringLiteral("dice"), dice);
    object.insert(QStringLiteral("nat20"), double(player.nat20));
    object.insert(QStringLiteral("nat1"), double(player.nat1));
    object.insert(QStringLiteral("spells"), countsToJson(player.spells));
    object.insert(QStringLiteral("monsters"), countsToJson(player.monsters));
    object.insert(QStringLiteral("locations"), countsToJson(player.locations));
    object.insert(QStringLiteral("contexts"), countsToJson(player.contexts));
    object.insert(QStringLiteral("targets"), countsToJson(player.targets));
    object.insert(QStringLiteral("effects"), countsToJson(player.effects));
    object.insert(QStringLiteral("first_seen"), timestampOrNull(player.firstSeenUs));
    object.insert(QStringLiteral("last_seen"), timestampOrNull(player.lastSeenUs));
    return object;
}

QJsonObject toJson(const Statistics &statistics)
{
    QJsonObject object;
    object.insert(QStringLiteral("events"), double(statistics.totalEvents()));
    object.insert(QStringLiteral("rejected"), double(statistics.totalRejected()));
    QJsonObject byReason;
    for (int i = 0; i < RejectReasonCount; ++i) {
        const auto reason = RejectReason(i);
        if (const quint64 count = statistics.rejectedCount(reason))
            byReason.insert(rejectReasonKey(reason), double(count));
    }
    object.insert(QStringLiteral("rejected_by_reason"), byReason);
    object.insert(QStringLiteral("by_type"), countsToJson(statistics.totalsByType()));
    QJsonObject players;
    for (auto it = statistics.players().cbegin(); it != statistics.players().cend(); ++it)
        players.insert(InertText::escaped(it.key()), playerToJson(it.value()));
    object.insert(QStringLiteral("players"), players);
    return object;
}

QStringList csvHeader()
{
    return {QStringLiteral("player"),      QStringLiteral("events"),
            QStringLiteral("dice_rolls"),  QStringLiteral("encounters"),
            QStringLiteral("spell_casts"), QStringLiteral("other_events"),
            QStringLiteral("d20_rolls"),   QStringLiteral("avg_d20"),
            QStringLiteral("nat20"),       QStringLiteral("nat1"),
            QStringLiteral("d20_p_value"), QStringLiteral("favourite_spell"),
            QStringLiteral("top_monster"), QStringLiteral("first_seen"),
            QStringLiteral("last_seen")};
}

QByteArray toCsv(const Statistics &statistics)
{
    static const QString diceRoll = QStringLiteral("dice_roll");
    static const QString encounter = QStringLiteral("encounter");
    static const QString spellCast = QStringLiteral("spell_cast");

    QString text = csvHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QString &name : statistics.playerNames()) {
        const PlayerStats *player = statistics.player(name);
        if (!player)
            continue;
        const quint64 known = player->byType.value(diceRoll, 0) +
                              player->byType.value(encounter, 0) +
                              player->byType.value(spellCast, 0);
        const DieStats *d20 = player->die(20);
        const double mean = d20 ? d20->mean() : std::nan("");
        const double pValue = d20 ? d20->fairnessPValue() : std::nan("");
        const QStringList row = {
            csvCell(name),
            QString::number(player->events),
            countCell(player->byType, diceRoll),
            countCell(player->byType, encounter),
            countCell(player->byType, spellCast),
            QString::number(player->events >= known ? player->events - known : 0),
            QString::number(d20 ? d20->count : 0),
            numberCell(mean, 3),
            QString::number(player->nat20),
            QString::number(player->nat1),
            numberCell(pValue, 4),
            csvCell(mostFrequent(player->spells)),
            csvCell(mostFrequent(player->monsters)),
            player->firstSeenUs == NoTimestamp ? QString()
                                               : formatIsoTimestampUs(player->firstSeenUs),
            player->lastSeenUs == NoTimestamp ? QString()
                                              : formatIsoTimestampUs(player->lastSeenUs),
        };
        text += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QString toText(const Statistics &statistics, quint64 lostBeforeRead)
{
    QString text = Text::tr("%1 events, %2 rejected, %3 players\n")
                       .arg(statistics.totalEvents())
                       .arg(statistics.totalRejected())
                       .arg(statistics.players().size());
    for (int i = 0; i < RejectReasonCount; ++i) {
        if (const quint64 count = statistics.rejectedCount(RejectReason(i)))
            text +=
                Text::tr("  rejected, %1: %2\n").arg(rejectReasonTitle(RejectReason(i))).arg(count);
    }
    if (lostBeforeRead > 0)
        text += Text::tr("  gone from the broker before they were read: %1\n").arg(lostBeforeRead);
    for (const QString &name : statistics.playerNames()) {
        const PlayerStats *player = statistics.player(name);
        text += Text::tr("  %1: %2 events (%3)")
                    .arg(InertText::escaped(name))
                    .arg(player->events)
                    .arg(countsText(player->byType));
        if (const DieStats *d20 = player->die(20); d20 && d20->count > 0)
            text += Text::tr(", d20 mean %1 over %2 rolls, %3 nat 20, %4 nat 1")
                        .arg(d20->mean(), 0, 'f', 2)
                        .arg(d20->count)
                        .arg(player->nat20)
                        .arg(player->nat1);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace dnd::StatsExport
