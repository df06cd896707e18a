// finance.ledger_technician_600k: one technician's ledger on the settlement
// page — their settlements, withdrawals and refunds read from a console cache
// holding 600,000 settlements (a million orders' worth) of 5,000
// technicians, and the ledger of one month built (SettlementCache +
// Finance::buildLedger).
// finance.withdrawal_balances_600k: the withdrawal queue's balances — the
// available balance of the technicians of 500 requests from the same cache
// (one grouped pass over the settlements, the withdrawals and refunds through
// the shared rule).
// finance.withdrawal_reload_gui_600k: the GUI thread's share of the
// settlement page's reload on the same cache — the longest stretch without
// a turn of the event loop (SettlementPage::reload: rates, names, the ledger
// tab, the withdrawals tab's start; later the list filled with the result):
// what freezes the window; finance.withdrawal_reload_600k: the same reload until the
// withdrawals tab shows the balances (read on a worker thread).
//
// The cache is written directly (records table, realistic documents) once
// per run into a temporary folder; the sync path is measured elsewhere.
#include "bench/Bench.h"
#include "models/finance/TechnicianLedger.h"
#include "services/cache/CacheDatabase.h"
#include "services/finance/SettlementCache.h"
#include "ui/finance/SettlementPage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariantList>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

using namespace OpsDesk;

constexpr int Settlements = 600000;
constexpr int Technicians = 5000;
constexpr int Withdrawals = 20000;
constexpr int Refunds = 30000;
constexpr int QueueSize = 500;

QString techId(int i)
{
    return QStringLiteral("T%1").arg(i + 1, 5, 10, QLatin1Char('0'));
}

struct SettlementEnv
{
    QTemporaryDir dir;
    QString path;
    QSet<QString> queueTechnicians;
    bool ok = false;

    SettlementEnv()
    {
        path = dir.filePath(QStringLiteral("cache.sqlite"));
        CacheDatabase db;
        QString error;
        if (!db.open(path, CacheDatabase::Mode::ReadWrite, &error)) {
            std::fprintf(stderr, "settlement bench: %s\n", qPrintable(error));
            return;
        }
        QRandomGenerator random(42);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-730);
        ok = db.transaction([&] {
            QSqlQuery insert(db.database());
            insert.prepare(QStringLiteral("INSERT INTO records(collection, id, version, city, "
                                          "doc) VALUES(?, ?, 1, 'shanghai', ?)"));
            const auto put = [&](const QString &collection, const QJsonObject &doc) {
                insert.addBindValue(collection);
                insert.addBindValue(doc.value(QStringLiteral("id")).toString());
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
                return insert.exec();
            };
            for (int i = 0; i < Technicians; ++i)
                if (!put(QStringLiteral("technicians"),
                         {{QStringLiteral("id"), techId(i)},
                          {QStringLiteral("name"), QStringLiteral("师傅%1").arg(i)},
                          {QStringLiteral("star_level"), 3},
                          {QStringLiteral("action_log"), QJsonArray()}}))
                    return false;
            for (int i = 0; i < Settlements; ++i) {
                const qint64 price = 6000 + random.bounded(80000);
                const qint64 commission = price * 15 / 100;
                const QString at = start.addSecs(qint64(i) * 730 * 86400 / Settlements)
                                       .toString(Qt::ISODateWithMs);
                if (!put(QStringLiteral("settlements"),
                         {{QStringLiteral("id"),
                           QStringLiteral("SE%1").arg(i, 8, 10, QLatin1Char('0'))},
                          {QStringLiteral("technician_id"), techId(random.bounded(Technicians))},
                          {QStringLiteral("order_id"), QStringLiteral("O%1").arg(i)},
                          {QStringLiteral("city"), QStringLiteral("shanghai")},
                          {QStringLiteral("price_cents"), price},
                          {QStringLiteral("coupon_cost_platform_cents"), 0},
                          {QStringLiteral("commission_cents"), commission},
                          {QStringLiteral("earnings_cents"), price - commission},
                          {QStringLiteral("settled_at"), at}}))
                    return false;
            }
            for (int i = 0; i < Withdrawals; ++i) {
                const QString tech = techId(random.bounded(Technicians));
                const bool open = i < QueueSize;
                if (open)
                    queueTechnicians.insert(tech);
                if (!put(QStringLiteral("withdrawals"),
                         {{QStringLiteral("id"),
                           QStringLiteral("W%1").arg(i, 6, 10, QLatin1Char('0'))},
                          {QStringLiteral("technician_id"), tech},
                          {QStringLiteral("amount_cents"), 10000 + random.bounded(100000)},
                          {QStringLiteral("status"),
                           open ? QStringLiteral("requested") : QStringLiteral("paid")},
                          {QStringLiteral("requested_at"),
                           start.addDays(random.bounded(730)).toString(Qt::ISODateWithMs)}}))
                    return false;
            }
            for (int i = 0; i < Refunds; ++i)
                if (!put(QStringLiteral("refunds"),
                         {{QStringLiteral("id"),
                           QStringLiteral("R%1").arg(i, 6, 10, QLatin1Char('0'))},
                          {QStringLiteral("technician_id"), techId(random.bounded(Technicians))},
                          {QStringLiteral("status"), QStringLiteral("approved")},
                          {QStringLiteral("technician_share_cents"), random.bounded(3000)},
                          {QStringLiteral("decided_at"),
                           start.addDays(random.bounded(730)).toString(Qt::ISODateWithMs)}}))
                    return false;
            return true;
        });
        if (!ok)
            std::fprintf(stderr, "settlement bench: could not write the cache\n");
    }
};

SettlementEnv *env()
{
    static SettlementEnv *instance = new SettlementEnv;
    return instance;
}

OPSDESK_BENCHMARK(
    QStringLiteral("finance.ledger_technician_600k"), QStringLiteral("ms"),
    QStringLiteral("one technician's month ledger from a cache of 600,000 settlements"), 5, [] {
        SettlementEnv *e = env();
        if (!e->ok)
            return -1.0;
        SettlementCache cache;
        if (!cache.open(e->path, nullptr))
            return -1.0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        const Finance::TechnicianLedger ledger =
            Finance::buildLedger(cache.ledgerRecords(techId(1234)), now.addDays(-30), now, now);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return ledger.allTime.earningsCents > 0 ? ms : -1.0;
    });

OPSDESK_BENCHMARK(
    QStringLiteral("finance.withdrawal_balances_600k"), QStringLiteral("ms"),
    QStringLiteral("available balances of 500 withdrawal requests' technicians, 600,000 "
                   "settlements"),
    5, [] {
        SettlementEnv *e = env();
        if (!e->ok)
            return -1.0;
        SettlementCache cache;
        if (!cache.open(e->path, nullptr))
            return -1.0;
        QElapsedTimer timer;
        timer.start();
        const auto balances = cache.balances(e->queueTechnicians);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return balances.size() == e->queueTechnicians.size() ? ms : -1.0;
    });

// The settlement page on the bench's cache (it lives until the process ends).
SettlementPage *settlementPage()
{
    static SettlementPage *page = [] {
        Staff staff;
        staff.id = QStringLiteral("ST0003");
        staff.roles = {Role::Finance};
        return new SettlementPage(staff, env()->path, nullptr);
    }();
    return page;
}

// Waits (running the event loop) until the page shows its newest reload's
// withdrawals and balances; false after a minute.
bool waitForWithdrawals(SettlementPage *page)
{
    if (!page->withdrawalsLoading())
        return true;
    QEventLoop loop;
    QObject::connect(page, &SettlementPage::withdrawalsLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return !page->withdrawalsLoading();
}

// One reload of the page: the longest time the GUI thread did not get to its
// event loop from reload() until the withdrawals tab shows the balances (the
// reload call itself, then each step: a window frozen that long) when
// `untilShown` is false, or the whole time until they are shown.
double reloadSettlementPage(bool untilShown)
{
    SettlementEnv *e = env();
    if (!e->ok)
        return -1.0;
    SettlementPage *page = settlementPage();
    if (!waitForWithdrawals(page))
        return -1.0;
    QElapsedTimer timer;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer ticks; // fires at every turn of the event loop
    ticks.setInterval(0);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        const qint64 now = timer.nsecsElapsed();
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });
    timer.start();
    page->reload();
    longestStall = timer.nsecsElapsed();
    lastTick = longestStall;
    ticks.start();
    const bool shown = waitForWithdrawals(page);
    ticks.stop();
    const double shownMs = double(timer.nsecsElapsed()) / 1e6;
    if (!shown || page->withdrawalsTable()->rowCount() != QueueSize)
        return -1.0;
    return untilShown ? shownMs : double(longestStall) / 1e6;
}

OPSDESK_BENCHMARK(QStringLiteral("finance.withdrawal_reload_gui_600k"), QStringLiteral("ms"),
                  QStringLiteral("the longest GUI-thread stall of the settlement page's reload "
                                 "(what freezes the window), 600,000 settlements, 500 waiting "
                                 "requests"),
                  5, [] { return reloadSettlementPage(false); });

OPSDESK_BENCHMARK(QStringLiteral("finance.withdrawal_reload_600k"), QStringLiteral("ms"),
                  QStringLiteral("the settlement page's reload until the withdrawals tab shows "
                                 "the 500 waiting requests' balances (worker thread included)"),
                  5, [] { return reloadSettlementPage(true); });

} // namespace
