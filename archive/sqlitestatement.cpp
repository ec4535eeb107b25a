// SPDX-License-Identifier: MIT
#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace dnd {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant value = db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (!db) {
        m_lastCode = SQLITE_MISUSE;
        return false;
    }
    m_lastCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (m_lastCode != SQLITE_OK)
        m_lastMessage = QString::fromUtf8(sqlite3_errmsg(db));
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_statement)) + 1, QByteArray());
    return m_lastCode == SQLITE_OK;
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isEmpty() || index < 1 || size_t(index) >= m_text.size()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // As UTF-8, the file's encoding: text bound as UTF-16 is translated by
    // SQLite value by value, which took a third of an event's insert.
    QByteArray &utf8 = m_text[size_t(index)];
    utf8.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char *end = encoder.appendToBuffer(utf8.data(), text);
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(end - utf8.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::exec()
{
    m_lastCode = sqlite3_step(m_statement);
    // The error code and message are read before the reset clears them.
    const bool ok = m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW;
    if (!ok) {
        m_lastCode = sqlite3_extended_errcode(m_db);
        m_lastMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    // Every parameter is bound again before the next step: no need to clear.
    sqlite3_reset(m_statement);
    return ok;
}

QSqlError SqliteStatement::error() const
{
    const QString message =
        m_lastMessage.isEmpty() ? QString::fromUtf8(sqlite3_errstr(m_lastCode)) : m_lastMessage;
    return QSqlError(QString(), message, QSqlError::StatementError, QString::number(m_lastCode));
}

} // namespace dnd
