#include "services/sync/FigureKeys.h"

#include "services/cache/SqlStatement.h"

#include <stdexcept>

namespace OpsDesk {

FigureKeys::FigureKeys(const QSqlDatabase &db)
    : m_findKey(std::make_unique<SqlStatement>(
          db, "SELECT id FROM figure_keys WHERE kind = ?1 AND key = ?2"))
    , m_addKey(
          std::make_unique<SqlStatement>(db, "INSERT INTO figure_keys(kind, key) VALUES(?1, ?2)"))
    , m_findCell(std::make_unique<SqlStatement>(
          db, "SELECT id FROM figure_cells WHERE city = ?1 AND district = ?2 AND "
              "service_item_id = ?3 AND customer_type = ?4"))
    , m_addCell(std::make_unique<SqlStatement>(
          db, "INSERT INTO figure_cells(city, district, service_item_id, customer_type) "
              "VALUES(?1, ?2, ?3, ?4) RETURNING id"))
{}

FigureKeys::~FigureKeys() = default;

qint64 FigureKeys::lookUp(Kind kind, QByteArrayView key)
{
    m_findKey->bindInt(1, qint64(kind)).bind(2, key);
    qint64 id = m_findKey->step() ? m_findKey->columnInt(0) : 0;
    m_findKey->reset();
    if (id == 0) {
        if (m_addKey->bindInt(1, qint64(kind)).bind(2, key).run() != 1)
            throw std::runtime_error("a figure key was not added");
        id = m_addKey->lastInsertRowId();
    }
    return id;
}

qint64 FigureKeys::key(Kind kind, QByteArrayView key)
{
    if (key.isEmpty())
        return 0;
    if (kind == Kind::Customer)
        return lookUp(kind, key);
    QByteArray probe;
    probe.reserve(key.size() + 1);
    probe.append(char('0' + int(kind))).append(key);
    auto it = m_keys.constFind(probe);
    if (it != m_keys.constEnd())
        return *it;
    const qint64 id = lookUp(kind, key);
    m_keys.insert(probe, id);
    return id;
}

qint64 FigureKeys::cell(QByteArrayView city, QByteArrayView district, QByteArrayView item,
                        QByteArrayView type)
{
    QByteArray probe;
    probe.reserve(city.size() + district.size() + item.size() + type.size() + 3);
    probe.append(city)
        .append('\x1f')
        .append(district)
        .append('\x1f')
        .append(item)
        .append('\x1f')
        .append(type);
    auto it = m_cells.constFind(probe);
    if (it != m_cells.constEnd())
        return *it;
    m_findCell->bind(1, city).bind(2, district).bind(3, item).bind(4, type);
    qint64 id = m_findCell->step() ? m_findCell->columnInt(0) : 0;
    m_findCell->reset();
    if (id == 0) {
        m_addCell->bind(1, city).bind(2, district).bind(3, item).bind(4, type);
        if (!m_addCell->step())
            throw std::runtime_error("a figure cell was not added");
        id = m_addCell->columnInt(0);
        m_addCell->reset();
    }
    m_cells.insert(probe, id);
    return id;
}

void FigureKeys::forget()
{
    m_cells.clear();
    m_keys.clear();
}

} // namespace OpsDesk
