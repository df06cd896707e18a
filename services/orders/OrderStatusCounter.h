#pragma once

#include "models/orders/OrderFilter.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace OpsDesk {

// The per-status counts of the orders filter bar, computed off the GUI
// thread: with a million orders a count can take a few hundred milliseconds,
// which must not freeze the window.
//
// Threading contract: created and used in the GUI thread. It owns a thread
// of its own with its own read-only OrderCache (opened on first use). A newer
// request supersedes older ones still waiting; counted() arrives in the GUI
// thread, for the newest request only.
class OrderStatusCounter : public QObject
{
    Q_OBJECT
public:
    explicit OrderStatusCounter(const QString &cachePath, QObject *parent = nullptr);
    ~OrderStatusCounter() override;

    void request(const OrderFilter &filter);

Q_SIGNALS:
    void counted(const OpsDesk::OrderFilter &filter, const QHash<QString, qint64> &counts);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread, deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace OpsDesk
