#include "models/Notifications.h"

namespace OpsDesk {

Notifications::Notifications(QObject *parent)
    : QAbstractListModel(parent)
{}

void Notifications::add(Kind kind, const QString &text, const QDateTime &at)
{
    beginInsertRows({}, 0, 0);
    m_items.prepend({kind, text, at, false});
    endInsertRows();
    ++m_unread;
    if (m_items.size() > m_capacity) {
        const int first = m_capacity;
        const int last = int(m_items.size()) - 1;
        beginRemoveRows({}, first, last);
        for (int row = last; row >= first; --row) {
            if (!m_items.at(row).read)
                --m_unread;
            m_items.removeAt(row);
        }
        endRemoveRows();
    }
    Q_EMIT unreadCountChanged(m_unread);
}

void Notifications::markAllRead()
{
    if (m_unread == 0)
        return;
    for (Item &item : m_items)
        item.read = true;
    m_unread = 0;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {ReadRole, Qt::FontRole});
    Q_EMIT unreadCountChanged(0);
}

void Notifications::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    m_unread = 0;
    Q_EMIT unreadCountChanged(0);
}

int Notifications::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant Notifications::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.text;
    case KindRole:
        return QVariant::fromValue(item.kind);
    case TimeRole:
        return item.at;
    case ReadRole:
        return item.read;
    default:
        return {};
    }
}

} // namespace OpsDesk
