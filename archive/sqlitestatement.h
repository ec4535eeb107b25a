// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dnd {

// A prepared statement on the SQLite handle under a Qt SQL connection
// (QSqlDriver::handle()), for the archive's hot insert path. Qt's
// positional binding formats a placeholder name per value and wraps each
// in a QVariant, which cost more than SQLite's own insert (measured in
// docs/PERFORMANCE.md); everything else goes through Qt SQL.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of an open QSQLITE connection, or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql);
    // Indexes start at 1, as in SQLite.
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // An empty string binds NULL. The text must outlive step().
    void bindText(int index, const QString &text);
    void bindBlob(int index, const QByteArray &bytes);
    // Runs to completion and resets; false on error (see error()).
    bool exec();
    // SQLite's result code and message as a QSqlError, as Qt would give it.
    QSqlError error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
    QString m_lastMessage;
    // bindText()'s UTF-8 per parameter, alive until the next bind; their
    // capacity is reused from row to row.
    std::vector<QByteArray> m_text;
};

} // namespace dnd
