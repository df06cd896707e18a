#include "ui/finance/RefundsPage.h"

#include "models/Money.h"
#include "services/finance/RefundCache.h"
#include "services/finance/RefundCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/audit/AuditText.h"
#include "ui/finance/RefundDecisionPanel.h"
#include "ui/orders/OrderText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

enum Column
{
    IdColumn,
    OrderColumn,
    CityColumn,
    ServiceColumn,
    ReasonColumn,
    RequestedColumn,
    RefundableColumn,
    StatusColumn,
    WaitingColumn,
    SyncColumn,
    ColumnCount
};

const int IdRole = Qt::UserRole;
const int SortRole = Qt::UserRole + 1;

// A cell that sorts by its SortRole value (amounts and days as numbers).
class SortableItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(SortRole);
        const QVariant b = other.data(SortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

} // namespace

RefundsPage::RefundsPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                         QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_cache(std::make_unique<RefundCache>())
{
    setObjectName(QStringLiteral("refundsPage"));
    buildUi();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, &RefundsPage::reload);
    if (m_sync) {
        connect(m_sync, &SyncSession::cacheChanged, this, [this](const QStringList &collections) {
            for (const char *c : {"refunds", "orders", "complaints", "customers"})
                if (collections.contains(QLatin1String(c))) {
                    m_reloadSoon.start();
                    return;
                }
        });
        connect(m_sync, &SyncSession::outboxCountsChanged, this, [this] { m_reloadSoon.start(); });
    }
    reload();
}

RefundsPage::~RefundsPage() = default;

void RefundsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("refundSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(150);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("refundStatusFilter"));
    m_age = new QComboBox(this);
    m_age->setObjectName(QStringLiteral("refundAge"));
    m_minAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("refundMinAmount"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setObjectName(QStringLiteral("refundMaxAmount"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount})
        edit->setMaximumWidth(70);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("refundCity"));
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("refundServiceItem"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_count = new QLabel(this);
    m_bulk = new QPushButton(this);
    m_bulk->setObjectName(QStringLiteral("refundBulkApprove"));
    m_bulk->setEnabled(false); // until rows are selected
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_search, m_status, m_age, m_minAmount, m_maxAmount,
                                          m_city, m_item, m_reason, m_count})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_bulk);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, left);
    m_table->setObjectName(QStringLiteral("refundQueue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WaitingColumn, Qt::DescendingOrder);
    const QList<int> widths{64, 112, 66, 92, 84, 66, 76, 96, 64, 50};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_table->setColumnHidden(OrderColumn, true); // in the row's tooltip and the panel
    // The service's name takes what the window gives beyond the fixed columns.
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setWordWrap(true);
    m_bulkResult = new QLabel(left);
    m_bulkResult->setObjectName(QStringLiteral("refundBulkResult"));
    m_bulkResult->setWordWrap(true);
    m_bulkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bulkResult->hide();
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_bulkResult);
    m_panel = new RefundDecisionPanel(m_staff, m_cache.get(), m_sync, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 452});
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RefundsPage::applyFilter);
    for (QLineEdit *edit : {m_minAmount, m_maxAmount})
        connect(edit, &QLineEdit::textChanged, this, &RefundsPage::applyFilter);
    for (QComboBox *combo : {m_age, m_city, m_item, m_reason})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (m_openOnly != (m_status->currentData().toString() == QLatin1String("open")))
            reload(); // the open requests alone, or all of them
        else
            applyFilter();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RefundsPage::onSelectionChanged);
    connect(m_bulk, &QPushButton::clicked, this, [this] { approveSelectedInFull(true); });
    connect(m_panel, &RefundDecisionPanel::changeSubmitted, this, [this] { m_reloadSoon.start(); });
    retranslate();
}

void RefundsPage::retranslate()
{
    setWindowTitle(tr("Refunds"));
    m_search->setPlaceholderText(tr("Request, order or words"));
    m_minAmount->setPlaceholderText(tr("From ¥"));
    m_maxAmount->setPlaceholderText(tr("To ¥"));
    m_minAmount->setToolTip(tr("Smallest amount shown, in yuan"));
    m_maxAmount->setToolTip(tr("Largest amount shown, in yuan"));
    m_bulk->setText(tr("Approve selected in full"));
    m_bulk->setToolTip(tr("Approve each selected request for what the customer asked, if it is "
                          "awaiting a first decision, within what can be refunded and at most "
                          "%1; the others are listed with why")
                           .arg(money(Finance::DefaultSecondApprovalThresholdCents)));
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Order"), tr("City"), tr("Service"),
                                        tr("Reason"), tr("Asked"), tr("Refundable"), tr("Status"),
                                        tr("Waiting"), tr("Sync")});
    m_filling = true;
    const auto refill = [](QComboBox *combo, const QList<QPair<QString, QVariant>> &entries) {
        const QVariant current = combo->currentData();
        combo->clear();
        for (const auto &[text, value] : entries)
            combo->addItem(text, value);
        const int index = current.isValid() ? combo->findData(current) : -1;
        combo->setCurrentIndex(std::max(0, index));
    };
    QList<QPair<QString, QVariant>> statuses{{tr("Awaiting a decision"), QStringLiteral("open")},
                                             {tr("All statuses"), QStringLiteral("all")}};
    for (Finance::RefundStatus s : Finance::allRefundStatuses())
        statuses.append({Finance::RefundText::statusName(s), Finance::refundStatusId(s)});
    refill(m_status, statuses);
    refill(m_age, {{tr("Any age"), -1},
                   {tr("1+ days old"), 1},
                   {tr("3+ days old"), 3},
                   {tr("7+ days old"), 7},
                   {tr("30+ days old"), 30}});
    QList<QPair<QString, QVariant>> reasons{{tr("Every reason"), QString()}};
    for (const QString &code : Finance::refundReasonCodes())
        reasons.append({Finance::RefundText::reasonName(code), code});
    refill(m_reason, reasons);
    m_filling = false;
    fillFilters();
}

QDateTime RefundsPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void RefundsPage::setNow(const QDateTime &now)
{
    m_now = now;
    m_panel->setNow(now);
    reload();
}

void RefundsPage::reload()
{
    if (!m_cache->isOpen()) {
        QString error;
        if (!m_cache->open(m_cachePath, &error))
            return;
    }
    m_cache->reloadNames();
    // The default view reads only the open requests (a few percent of all);
    // another status choice reads them all.
    m_openOnly = m_status->currentData().toString() == QLatin1String("open");
    m_items = m_cache->items(m_staff, now(), m_openOnly);
    fillFilters();
    applyFilter();
}

void RefundsPage::fillFilters()
{
    if (!m_city)
        return;
    m_filling = true;
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QMap<QString, QString> &map) {
        const QString current = combo->currentData().toString();
        QList<QPair<QString, QString>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[value, text] : list)
            combo->addItem(text, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QMap<QString, QString> cities, items;
    for (const Finance::RefundItem &item : std::as_const(m_items)) {
        cities.insert(item.city, cityTitle(item.city));
        if (!item.serviceItemId.isEmpty())
            items.insert(item.serviceItemId, m_cache->orders().serviceItemName(item.serviceItemId));
    }
    refill(m_city, tr("All cities"), cities);
    refill(m_item, tr("All services"), items);
    m_filling = false;
}

Finance::RefundFilter RefundsPage::filter() const
{
    Finance::RefundFilter f;
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open")) {
        f.statuses = {Finance::RefundStatus::Submitted, Finance::RefundStatus::FirstApproved};
        f.keepPending = true;
    } else if (const auto s = Finance::refundStatusFromId(status))
        f.statuses = {*s};
    f.minDaysWaiting = m_age->currentData().isValid() ? m_age->currentData().toInt() : -1;
    if (const auto min = Money::parse(m_minAmount->text().trimmed()))
        f.minCents = min->cents();
    if (const auto max = Money::parse(m_maxAmount->text().trimmed()))
        f.maxCents = max->cents();
    f.city = m_city->currentData().toString();
    f.serviceItemId = m_item->currentData().toString();
    f.reasonCode = m_reason->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void RefundsPage::applyFilter()
{
    // An amount that does not parse is marked and ignored, never guessed.
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        const QString typed = edit->text().trimmed();
        const bool bad = !typed.isEmpty() && !Money::parse(typed);
        edit->setStyleSheet(bad ? QStringLiteral("border:1px solid #c62828") : QString());
        edit->setToolTip(bad ? tr("\"%1\" is not an amount in yuan; it is ignored.").arg(typed)
                         : edit == m_minAmount ? tr("Smallest amount shown, in yuan")
                                               : tr("Largest amount shown, in yuan"));
    }
    const QStringList selected = selectedIds();
    m_shown = Finance::filterRefunds(m_items, filter());
    const QHash<QString, AuditRecords::Outbox> outbox = m_cache->records().outboxByRecord();
    const QSignalBlocker blocker(m_table);
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Finance::RefundItem &item = m_shown.at(row);
        const AuditRecords::Outbox waiting =
            outbox.value(AuditRecords::key(QStringLiteral("refunds"), item.id));
        QString sync = tr("synced");
        if (waiting.refused > 0)
            sync = tr("%n refused", nullptr, waiting.refused);
        else if (waiting.pending > 0)
            sync = tr("%n waiting", nullptr, waiting.pending);
        QString status = Finance::RefundText::statusName(item.status);
        if (item.pending)
            status = tr("%1, not sent").arg(status);
        const bool open = Finance::isAwaitingDecision(item.status);
        const QStringList cells{item.id,
                                item.orderId,
                                cityTitle(item.city),
                                m_cache->orders().serviceItemName(item.serviceItemId),
                                Finance::RefundText::reasonName(item.reasonCode),
                                money(item.requestedCents),
                                open ? money(item.refundableCents()) : QStringLiteral("—"),
                                status,
                                open ? AuditText::waitingText(item.daysWaiting, true)
                                     : QStringLiteral("—"),
                                sync};
        const QList<QVariant> sortKeys{item.id,
                                       item.orderId,
                                       cells.at(CityColumn),
                                       cells.at(ServiceColumn),
                                       cells.at(ReasonColumn),
                                       item.requestedCents,
                                       open ? item.refundableCents() : qint64(-1),
                                       int(item.status),
                                       open ? item.daysWaiting : -1,
                                       waiting.refused * 1000 + waiting.pending};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new SortableItem(cells.at(c));
            cell->setData(SortRole, sortKeys.at(c));
            cell->setData(IdRole, item.id);
            cell->setToolTip(
                c == IdColumn ? tr("%1 · order %2\n%3").arg(item.id, item.orderId, item.reasonText)
                              : cells.at(c));
            if (c == RequestedColumn || c == RefundableColumn)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == SyncColumn && waiting.total() > 0)
                cell->setForeground(waiting.refused > 0 ? QColor(0xc6, 0x28, 0x28)
                                                        : QColor(0xc7, 0x77, 0x00));
            if (c == StatusColumn && item.status == Finance::RefundStatus::FirstApproved)
                cell->setForeground(QColor(0x6a, 0x1b, 0x9a));
            m_table->setItem(row, c, cell);
        }
    }
    m_table->setSortingEnabled(true);
    // Keep the selection (by request id) across the refill.
    const QSet<QString> keep(selected.cbegin(), selected.cend());
    bool any = false;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (keep.contains(m_table->item(row, IdColumn)->data(IdRole).toString())) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
            any = true;
        }
    m_count->setText(tr("%n request(s)", nullptr, int(m_shown.size())));
    m_summary->setText(summaryText());
    if (!m_panel->refundId().isEmpty() || any)
        m_panel->reload(); // the shown request may have changed (or left the filter)
}

QString RefundsPage::summaryText() const
{
    const Finance::RefundSummary s = Finance::summarize(m_shown);
    QString text = tr("%n shown", nullptr, s.count);
    text += tr(" · awaiting a decision: %1, a second approval: %2")
                .arg(s.awaitingFirst)
                .arg(s.awaitingSecond);
    text += tr(" · asked on open requests: %1").arg(money(s.requestedCents));
    if (s.approvedCents > 0)
        text += tr(" · approved: %1").arg(money(s.approvedCents));
    int waiting = 0, refused = 0;
    for (const AuditRecords::Outbox &o : m_cache->records().outboxByRecord()) {
        waiting += o.pending;
        refused += o.refused;
    }
    text += tr(" · waiting to sync: %n change(s)", nullptr, waiting);
    if (refused > 0)
        text += tr(" · %n refused (see Changes…)", nullptr, refused);
    return text;
}

QStringList RefundsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const QTableWidgetItem *item = m_table->item(index.row(), IdColumn))
            ids.append(item->data(IdRole).toString());
    return ids;
}

void RefundsPage::onSelectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QStringList ids = selectedIds();
    m_bulk->setEnabled(!ids.isEmpty() && RefundCommands::mayDecide(m_staff));
    if (ids.isEmpty())
        return;
    // The panel shows the row last clicked when it is selected, else the first.
    QString id = ids.first();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        id = m_table->item(current.row(), IdColumn)->data(IdRole).toString();
    m_panel->showRefund(id);
}

void RefundsPage::selectFirst()
{
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void RefundsPage::selectRefunds(const QStringList &refundIds)
{
    m_table->clearSelection();
    const QSet<QString> wanted(refundIds.cbegin(), refundIds.cend());
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (wanted.contains(m_table->item(row, IdColumn)->data(IdRole).toString()))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
}

bool RefundsPage::openRefund(const QString &refundId)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *item = m_table->item(row, IdColumn);
            if (item && item->data(IdRole).toString() == refundId) {
                m_table->clearSelection();
                m_table->selectRow(row);
                m_table->scrollToItem(item);
                return true;
            }
        }
        m_search->clear();
        m_minAmount->clear();
        m_maxAmount->clear();
        m_status->setCurrentIndex(std::max(0, m_status->findData(QStringLiteral("all"))));
        for (QComboBox *combo : {m_age, m_city, m_item, m_reason})
            combo->setCurrentIndex(0);
        applyFilter();
    }
    m_panel->showRefund(refundId);
    return false;
}

RefundsPage::BulkOutcome RefundsPage::approveSelectedInFull(bool confirm)
{
    BulkOutcome outcome;
    if (!m_sync)
        return outcome;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return outcome;
    QHash<QString, Finance::RefundItem> byId;
    for (const Finance::RefundItem &item : std::as_const(m_items))
        byId.insert(item.id, item);
    // Each request against its own bounds; approvals in this batch count
    // against the next request of the same order.
    QHash<QString, qint64> batchApproved; // order id → cents
    QList<LocalChange> changes;
    for (const QString &id : ids) {
        Finance::RefundItem item = byId.value(id);
        item.refundedCents += batchApproved.value(item.orderId);
        const Finance::BulkCheck check =
            Finance::checkBulkApproval(item, Finance::DefaultSecondApprovalThresholdCents);
        if (check != Finance::BulkCheck::Ok) {
            outcome.refused.append({id, Finance::RefundText::bulkCheckText(
                                            check, Finance::DefaultSecondApprovalThresholdCents)});
            continue;
        }
        const QJsonObject refund = m_cache->orders().record(QStringLiteral("refunds"), id);
        const QJsonObject order = m_cache->orders().record(QStringLiteral("orders"), item.orderId);
        RefundCommands::Bounds bounds;
        bounds.paidCents = item.paidCents;
        bounds.refundedCents = item.refundedCents;
        bounds.technicianEarningsCents =
            m_cache->technicianEarnings(order, now().toOffsetFromUtc(8 * 3600).date());
        if (const QString problem =
                RefundCommands::checkApproval(m_staff, refund, item.requestedCents, bounds);
            !problem.isEmpty()) {
            outcome.refused.append({id, problem});
            continue;
        }
        batchApproved[item.orderId] += item.requestedCents;
        changes.append(RefundCommands::approve(m_staff, refund, item.requestedCents,
                                               tr("Approved in full with other small requests"),
                                               bounds));
        outcome.approved.append(id);
    }
    if (confirm && !changes.isEmpty()) {
        qint64 total = 0;
        for (const LocalChange &change : std::as_const(changes))
            total += change.body.value(QStringLiteral("amount_cents")).toInteger();
        QString question =
            tr("Approve %n request(s) in full, %1 in all?", nullptr, int(changes.size()))
                .arg(money(total));
        if (!outcome.refused.isEmpty())
            question += QLatin1Char('\n') +
                        tr("%n selected request(s) cannot be approved this way and stay as they "
                           "are.",
                           nullptr, int(outcome.refused.size()));
        if (QMessageBox::question(this, tr("Approve selected in full"), question) !=
            QMessageBox::Yes)
            return {};
    }
    for (const LocalChange &change : std::as_const(changes))
        m_sync->submit(change,
                       [self = QPointer<RefundsPage>(this)](const QString &, const QString &) {
                           if (self)
                               self->m_reloadSoon.start();
                       });
    QStringList lines;
    if (!outcome.approved.isEmpty())
        lines.append(tr("Approved in full: %1.").arg(outcome.approved.join(QStringLiteral(", "))));
    for (const auto &[id, why] : std::as_const(outcome.refused))
        lines.append(tr("Not approved: %1 — %2").arg(id, why));
    if (lines.isEmpty())
        lines.append(tr("Nothing selected could be approved."));
    m_bulkResult->setText(lines.join(QLatin1Char('\n')));
    m_bulkResult->show();
    return outcome;
}

void RefundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_table) {
        retranslate();
        applyFilter();
    }
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
