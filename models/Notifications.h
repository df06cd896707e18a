#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace OpsDesk {

// The notifications panel's list: what happened that a person should look
// at (new orders to dispatch, dispatch timeouts, refused or conflicting
// changes), newest first, with an unread count. The watchers that fill it
// live above (they read the cache); this is only the list.
class Notifications : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        NewOrders,
        DispatchTimeout,
        Refused,
        Conflict,
        LocationAnomaly,
    };
    Q_ENUM(Kind)
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        TimeRole,
        ReadRole,
    };

    struct Item
    {
        Kind kind;
        QString text;
        QDateTime at;
        bool read = false;
    };

    explicit Notifications(QObject *parent = nullptr);

    // Adds at the top; keeps at most `capacity` items (oldest go).
    void add(Kind kind, const QString &text, const QDateTime &at);
    void markAllRead();
    void clear();
    int unreadCount() const { return m_unread; }
    const Item &item(int row) const { return m_items.at(row); }
    void setCapacity(int capacity) { m_capacity = capacity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadCountChanged(int unread);

private:
    QList<Item> m_items;
    int m_unread = 0;
    int m_capacity = 200;
};

} // namespace OpsDesk
