#include "services/cache/SqlStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <stdexcept>

namespace OpsDesk {

sqlite3 *SqlStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("the database is not an open SQLite connection");
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        fail("prepare");
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::fail(const char *what) const
{
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

SqlStatement &SqlStatement::bind(int index, QByteArrayView utf8)
{
    if (sqlite3_bind_text64(m_statement, index, utf8.data() ? utf8.data() : "",
                            sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    return bind(index, QByteArrayView(text.toUtf8()));
}

SqlStatement &SqlStatement::bindInt(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindReal(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindOptional(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_statement);
    throw std::runtime_error("step: " + message);
}

int SqlStatement::run()
{
    while (step()) {
    }
    const int changed = sqlite3_changes(m_db);
    reset();
    return changed;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqlStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqlStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

double SqlStatement::columnReal(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

QByteArray SqlStatement::columnBytes(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
    return QByteArray(data, sqlite3_column_bytes(m_statement, index));
}

QByteArrayView SqlStatement::columnView(int index) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, index)) : QByteArrayView();
}

QString SqlStatement::columnText(int index) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, index));
}

bool SqlStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

} // namespace OpsDesk
