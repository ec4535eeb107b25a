// SPDX-License-Identifier: MIT
// ArchiveStore: JSON Lines export and import in the wire format.
#include "archivestore_p.h"

#include "archivefault.h"
#include "codec.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QSqlError>

#include <cstring>

namespace dnd {

namespace {

constexpr int ImportChunk = 5'000;

// The identity an import deduplicates by: the event_id when the event has
// one, else its whole content in the wire format (codec output is
// canonical: field order and number formatting do not matter). 64 bits of
// SHA-1 keep a million keys in a few tens of MiB.
quint64 dedupKey(const GameEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!event.eventId.isEmpty()) {
        hash.addData("id:");
        hash.addData(event.eventId.toUtf8());
    } else {
        GameEvent content = event;
        content.partition = -1;
        content.offset = -1;
        hash.addData("content:");
        hash.addData(Codec::encode(content));
    }
    quint64 key = 0;
    std::memcpy(&key, hash.result().constData(), sizeof key);
    return key;
}

} // namespace

bool ArchiveStore::exportJsonLines(QIODevice *out, quint64 *written, ArchiveFault *fault)
{
    *written = 0;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM event ORDER BY id").arg(QLatin1String(EventColumns)))) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    QByteArray buffer;
    while (query.next()) {
        buffer += Codec::encode(eventFromRow(query, 0));
        buffer += '\n';
        ++*written;
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size()) {
                *fault = archiveFault(ArchiveFault::Kind::Other, d->path, out->errorString());
                return false;
            }
            buffer.clear();
        }
    }
    if (query.lastError().isValid()) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    if (out->write(buffer) != buffer.size()) {
        *fault = archiveFault(ArchiveFault::Kind::Other, d->path, out->errorString());
        return false;
    }
    return true;
}

bool ArchiveStore::importJsonLines(QIODevice *in, const QString &name, ImportResult *result,
                                   ArchiveFault *fault)
{
    *result = ImportResult{};
    QSet<quint64> seen;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM event").arg(QLatin1String(EventColumns)))) {
        *fault = d->sqlFault(query.lastError());
        return false;
    }
    while (query.next())
        seen.insert(dedupKey(eventFromRow(query, 0)));
    query.finish();

    // An imported file is a source of its own; an event's "offset" is its
    // line number and its partition -1: there is no stream to resume.
    const qint64 source =
        sourceId(ArchiveSource{QStringLiteral("file"), QFileInfo(name).fileName()}, fault);
    if (source == 0)
        return false;
    EventBatch batch;
    qint64 lineNumber = 0;
    auto flush = [&]() {
        if (batch.events.isEmpty())
            return true;
        const StoreResult stored = store(source, {batch}, fault);
        batch = EventBatch{};
        if (!stored.ok)
            return false;
        result->imported += stored.events;
        return true;
    };
    while (!in->atEnd()) {
        const QByteArray line = in->readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        ++result->lines;
        ValidationResult decoded = Codec::decode(line);
        if (!decoded.ok) {
            ++result->invalid;
            continue;
        }
        const quint64 key = dedupKey(decoded.event);
        if (seen.contains(key)) {
            ++result->duplicates;
            continue;
        }
        seen.insert(key);
        decoded.event.partition = -1;
        decoded.event.offset = lineNumber;
        batch.events.append(decoded.event);
        if (batch.events.size() == ImportChunk && !flush())
            return false;
    }
    return flush();
}

} // namespace dnd
