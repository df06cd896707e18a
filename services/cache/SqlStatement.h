#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace OpsDesk {

// A prepared statement on the SQLite connection behind a QSqlDatabase, bound
// through SQLite's own API: UTF-8 bytes and integers go in without QVariant
// or UTF-16 round trips. For the hot paths (writing sync pages, projections);
// everything else uses QSqlQuery. Errors throw std::runtime_error with
// SQLite's message, to be caught by the transaction that runs the work.
//
// Qt's QSQLITE driver links the same system libsqlite3, so the handle it
// exposes through QSqlDriver::handle() is usable here.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    static sqlite3 *handleOf(const QSqlDatabase &db);

    // Parameters count from 1, as in SQLite. Text is copied by SQLite only
    // when the statement needs it beyond the next step (SQLITE_TRANSIENT).
    SqlStatement &bind(int index, QByteArrayView utf8);
    SqlStatement &bind(int index, const QByteArray &utf8)
    {
        return bind(index, QByteArrayView(utf8));
    }
    SqlStatement &bind(int index, const QString &text);
    SqlStatement &bindInt(int index, qint64 value);
    SqlStatement &bindReal(int index, double value);
    SqlStatement &bindNull(int index);
    // Empty text binds NULL.
    SqlStatement &bindOptional(int index, const QString &text);

    // One step: true while a row is available.
    bool step();
    // Runs to completion and resets; returns the number of changed rows.
    int run();
    void reset();

    // The rowid of the connection's last successful INSERT (cheaper than a
    // RETURNING clause, which goes through a temporary table).
    qint64 lastInsertRowId() const;
    qint64 columnInt(int index) const;
    double columnReal(int index) const;
    QByteArray columnBytes(int index) const;
    // The column's UTF-8 text without a copy: valid until the next step or
    // reset. Empty for NULL.
    QByteArrayView columnView(int index) const;
    QString columnText(int index) const;
    bool columnIsNull(int index) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace OpsDesk
