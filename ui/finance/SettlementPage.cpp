#include "ui/finance/SettlementPage.h"

#include "models/Money.h"
#include "models/audit/ReviewQueue.h"
#include "models/dispatch/DaySchedule.h"
#include "services/audit/AuditCommands.h"
#include "services/export/MemoryRowSource.h"
#include "services/finance/SettlementCache.h"
#include "services/finance/SettlementCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/audit/AuditText.h"
#include "ui/export/ExportRunner.h"
#include "ui/style/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace OpsDesk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

QString str(const QJsonObject &doc, const char *field)
{
    return doc.value(QLatin1String(field)).toString();
}

QDateTime timeOf(const QJsonObject &doc, const char *field)
{
    return QDateTime::fromString(str(doc, field), Qt::ISODateWithMs);
}

QString shortTime(const QDateTime &time)
{
    return time.isValid()
               ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *moneyItem(qint64 cents)
{
    QTableWidgetItem *item = textItem(money(cents));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, cents);
    return item;
}

QTableWidget *newTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: %1;").arg(Theme::danger().name())
                               : QStringLiteral("color: %1;").arg(Theme::success().name()));
    label->setVisible(!text.isEmpty());
}

// The China business days [from, to] as UTC instants [start, end).
std::pair<QDateTime, QDateTime> bounds(const QDate &from, const QDate &toInclusive)
{
    return {QDateTime::fromSecsSinceEpoch(DaySchedule::dayStart(from), Qt::UTC),
            QDateTime::fromSecsSinceEpoch(DaySchedule::dayStart(toInclusive.addDays(1)), Qt::UTC)};
}

enum RateColumn
{
    RateItem,
    RateLevel,
    RateValue,
    RateEffective,
    RateChangedBy,
    RateChangedAt,
    RateSync,
    RateColumnCount
};

enum HistoryColumn
{
    HistoryEffective,
    HistoryChange,
    HistoryBy,
    HistoryAt,
    HistoryReason,
    HistoryColumnCount
};

enum LedgerColumn
{
    LedgerTime,
    LedgerKind,
    LedgerReference,
    LedgerPrice,
    LedgerCouponPlatform,
    LedgerCouponTechnician,
    LedgerCommission,
    LedgerAmount,
    LedgerBalance,
    LedgerNote,
    LedgerColumnCount
};

enum WithdrawalColumn
{
    WId,
    WTechnician,
    WCity,
    WAmount,
    WRequested,
    WWaiting,
    WStatus,
    WAvailable,
    WAfter,
    WSync,
    WColumnCount
};

} // namespace

SettlementPage::SettlementPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                               QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_cache(std::make_unique<SettlementCache>())
{
    setObjectName(QStringLiteral("settlementPage"));
    buildUi();
    retranslate();
    updatePeriodInputs();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, [this] {
        // A page nobody sees reads nothing; it catches up when shown.
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    if (m_sync) {
        connect(m_sync, &SyncSession::cacheChanged, this, [this](const QStringList &collections) {
            static const QStringList shown{
                QStringLiteral("commission_rates"), QStringLiteral("settlements"),
                QStringLiteral("withdrawals"),      QStringLiteral("refunds"),
                QStringLiteral("technicians"),      QStringLiteral("staff")};
            for (const QString &collection : collections)
                if (shown.contains(collection)) {
                    m_reloadSoon.start();
                    return;
                }
        });
        connect(m_sync, &SyncSession::outboxCountsChanged, this, [this] { m_reloadSoon.start(); });
    }
    reload();
}

SettlementPage::~SettlementPage()
{
    // A running read stops at its next technician; its result goes nowhere
    // (it holds nothing of the page, and its watcher goes with the page).
    if (m_cancelWithdrawals)
        *m_cancelWithdrawals = true;
}

bool SettlementPage::ensureOpen()
{
    if (m_cache->isOpen())
        return true;
    QString error;
    if (!m_cache->open(m_cachePath, &error))
        return false;
    return true;
}

void SettlementPage::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRatesTab(), QString());
    m_tabs->addTab(buildLedgerTab(), QString());
    m_tabs->addTab(buildWithdrawalsTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

// ------------------------------------------------------------------ rates

QWidget *SettlementPage::buildRatesTab()
{
    auto *page = new QWidget(this);
    m_ratesIntro = new QLabel(page);
    m_ratesIntro->setWordWrap(true);
    m_rates = newTable(page, RateColumnCount);
    m_rates->setObjectName(QStringLiteral("commissionRates"));
    connect(m_rates, &QTableWidget::itemSelectionChanged, this, &SettlementPage::onRateSelected);

    auto *side = new QWidget(page);
    m_formTitle = new QLabel(side);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_ratePercent = new QLineEdit(side);
    m_ratePercent->setObjectName(QStringLiteral("ratePercent"));
    m_ratePercent->setMaxLength(12);
    m_rateEffective = new QDateEdit(side);
    m_rateEffective->setCalendarPopup(true);
    m_rateEffective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_rateReason = new QLineEdit(side);
    m_rateReason->setMaxLength(500);
    m_saveRate = new QPushButton(side);
    m_saveRate->setObjectName(QStringLiteral("saveRate"));
    connect(m_saveRate, &QPushButton::clicked, this, [this] { saveRate(); });
    connect(m_ratePercent, &QLineEdit::returnPressed, this, [this] { saveRate(); });
    m_rateMessage = new QLabel(side);
    m_rateMessage->setWordWrap(true);
    m_rateMessage->hide();
    m_rateRole = new QLabel(side);
    m_rateRole->setWordWrap(true);
    m_percentLabel = new QLabel(side);
    m_effectiveLabel = new QLabel(side);
    m_reasonLabel = new QLabel(side);
    auto *form = new QFormLayout;
    form->addRow(m_percentLabel, m_ratePercent);
    form->addRow(m_effectiveLabel, m_rateEffective);
    form->addRow(m_reasonLabel, m_rateReason);
    m_historyTitle = new QLabel(side);
    m_historyTitle->setFont(bold);
    m_history = newTable(side, HistoryColumnCount);
    m_history->setObjectName(QStringLiteral("rateHistory"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);

    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_formTitle);
    sideLayout->addWidget(m_rateRole);
    sideLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveRate);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_rateMessage);
    sideLayout->addWidget(m_historyTitle);
    sideLayout->addWidget(m_history, 1);

    const bool may = SettlementCommands::maySetCommissionRate(m_staff) && m_sync;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ratePercent), static_cast<QWidget *>(m_rateEffective),
          static_cast<QWidget *>(m_rateReason), static_cast<QWidget *>(m_saveRate)})
        w->setEnabled(may);
    m_rateRole->setVisible(!may);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ratesIntro);
    leftLayout->addWidget(m_rates, 1);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void SettlementPage::fillRates()
{
    const QString current = selectedRate().value(QStringLiteral("id")).toString();
    m_rateDocs = m_cache->commissionRates();
    const QSet<QString> pending = m_cache->pendingIds(QStringLiteral("commission_rates"));
    const QSignalBlocker blocker(m_rates);
    m_rates->setRowCount(int(m_rateDocs.size()));
    int select = m_rateDocs.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rateDocs.size(); ++row) {
        const QJsonObject &rate = m_rateDocs.at(row);
        const QString id = str(rate, "id");
        const QString item = str(rate, "service_item_id");
        auto *name = textItem(QStringLiteral("%1 %2").arg(item, m_itemNames.value(item)));
        name->setData(IdRole, id);
        m_rates->setItem(row, RateItem, name);
        const QJsonValue level = rate.value(QStringLiteral("star_level"));
        m_rates->setItem(row, RateLevel,
                         textItem(level.isDouble() ? tr("%n star(s)", nullptr, level.toInt())
                                                   : tr("All levels")));
        auto *value = textItem(tr("%1 %").arg(
            Finance::ratePercentText(rate.value(QStringLiteral("rate_bp")).toInteger())));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rates->setItem(row, RateValue, value);
        m_rates->setItem(row, RateEffective, textItem(str(rate, "effective_from")));
        m_rates->setItem(row, RateChangedBy, textItem(staffName(str(rate, "changed_by"))));
        m_rates->setItem(
            row, RateChangedAt,
            textItem(shortTime(timeOf(rate, "changed_at").isValid() ? timeOf(rate, "changed_at")
                                                                    : timeOf(rate, "updated_at"))));
        m_rates->setItem(row, RateSync,
                         textItem(pending.contains(id) ? tr("Waiting to sync") : QString()));
        if (id == current)
            select = row;
    }
    m_rates->resizeColumnsToContents();
    if (select >= 0)
        m_rates->selectRow(select);
    onRateSelected();
}

QJsonObject SettlementPage::selectedRate() const
{
    const auto rows = m_rates->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int row = rows.first().row();
    return row < m_rateDocs.size() ? m_rateDocs.at(row) : QJsonObject();
}

bool SettlementPage::selectRate(const QString &id)
{
    m_tabs->setCurrentIndex(0);
    for (int row = 0; row < m_rateDocs.size(); ++row)
        if (str(m_rateDocs.at(row), "id") == id) {
            m_rates->selectRow(row);
            return true;
        }
    return false;
}

void SettlementPage::onRateSelected()
{
    const QJsonObject rate = selectedRate();
    m_history->setRowCount(0);
    if (rate.isEmpty())
        return;
    // The form starts from the rate when another one is chosen; a reload of
    // the same rate (a sync) keeps what is being typed.
    if (str(rate, "id") != m_formRateId) {
        m_formRateId = str(rate, "id");
        m_ratePercent->setText(
            Finance::ratePercentText(rate.value(QStringLiteral("rate_bp")).toInteger()));
        const QDate today = SettlementCommands::businessToday();
        m_rateEffective->setMinimumDate(today);
        m_rateEffective->setDate(today);
        m_rateReason->clear();
        showMessage(m_rateMessage, {}, false);
    }

    // Values oldest first, the current one last; each row says what it
    // replaced (old → new), newest first.
    QList<QJsonObject> values;
    for (const QJsonValue &h : rate.value(QStringLiteral("history")).toArray())
        values.append(h.toObject());
    values.append(rate);
    m_history->setRowCount(int(values.size()));
    for (int i = int(values.size()) - 1, row = 0; i >= 0; --i, ++row) {
        const QJsonObject &v = values.at(i);
        const QString now =
            Finance::ratePercentText(v.value(QStringLiteral("rate_bp")).toInteger());
        const QString change =
            i == 0 ? tr("%1 %").arg(now)
                   : tr("%1 % → %2 %")
                         .arg(Finance::ratePercentText(
                                  values.at(i - 1).value(QStringLiteral("rate_bp")).toInteger()),
                              now);
        QString effective = str(v, "effective_from");
        if (i == values.size() - 1)
            effective = tr("%1 (current)").arg(effective);
        m_history->setItem(row, HistoryEffective, textItem(effective));
        m_history->setItem(row, HistoryChange, textItem(change));
        m_history->setItem(row, HistoryBy, textItem(staffName(str(v, "changed_by"))));
        const QDateTime at =
            timeOf(v, "changed_at").isValid() ? timeOf(v, "changed_at") : timeOf(v, "updated_at");
        m_history->setItem(row, HistoryAt, textItem(shortTime(at)));
        m_history->setItem(row, HistoryReason, textItem(str(v, "reason")));
    }
    m_history->resizeColumnsToContents();
}

bool SettlementPage::saveRate()
{
    const QJsonObject rate = selectedRate();
    if (rate.isEmpty() || !m_sync || !SettlementCommands::maySetCommissionRate(m_staff)) {
        showMessage(m_rateMessage, tr("Only an administrator may change commission rates."), true);
        return false;
    }
    qint64 bp = 0;
    const QString error = SettlementCommands::checkRateChange(
        rate, m_ratePercent->text(), m_rateEffective->date(), m_rateReason->text(),
        SettlementCommands::businessToday(), &bp);
    if (!error.isEmpty()) {
        showMessage(m_rateMessage, error, true);
        return false;
    }
    submit(SettlementCommands::setCommissionRate(m_staff, rate, bp, m_rateEffective->date(),
                                                 m_rateReason->text()),
           m_rateMessage);
    showMessage(m_rateMessage, tr("Saved; it reaches the server with the next sync."), false);
    m_rateReason->clear();
    return true;
}

// ----------------------------------------------------------------- ledger

QWidget *SettlementPage::buildLedgerTab()
{
    auto *page = new QWidget(this);
    m_technicianLabel = new QLabel(page);
    m_technician = new QComboBox(page);
    m_technician->setObjectName(QStringLiteral("ledgerTechnician"));
    m_technician->setEditable(true);
    m_technician->setInsertPolicy(QComboBox::NoInsert);
    m_technician->setMinimumContentsLength(18);
    m_technician->completer()->setFilterMode(Qt::MatchContains);
    m_technician->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_periodLabel = new QLabel(page);
    m_period = new QComboBox(page);
    m_from = new QDateEdit(page);
    m_to = new QDateEdit(page);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(SettlementCommands::businessToday());
    }
    m_export = new QPushButton(page);
    connect(m_export, &QPushButton::clicked, this, [this] { exportLedger(); });
    m_ledgerSummary = new QLabel(page);
    m_ledgerSummary->setObjectName(QStringLiteral("ledgerSummary"));
    m_ledgerSummary->setWordWrap(true);
    m_ledgerTable = newTable(page, LedgerColumnCount);
    m_ledgerTable->setObjectName(QStringLiteral("ledgerTable"));

    connect(m_technician, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingTechnicians)
            refreshLedger();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodInputs();
        refreshLedger();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { refreshLedger(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { refreshLedger(); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_technicianLabel);
    bar->addWidget(m_technician, 1);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_ledgerSummary);
    layout->addWidget(m_ledgerTable, 1);
    return page;
}

void SettlementPage::fillTechnicians()
{
    m_fillingTechnicians = true;
    const QString current = m_technician->currentData().toString();
    m_technician->clear();
    QList<QPair<QString, QString>> people;
    for (auto it = m_technicianNames.cbegin(); it != m_technicianNames.cend(); ++it)
        people.append({it.key(), it.value()});
    std::sort(people.begin(), people.end());
    for (const auto &person : people)
        m_technician->addItem(QStringLiteral("%1 %2").arg(person.first, person.second),
                              person.first);
    const int index = m_technician->findData(current);
    m_technician->setCurrentIndex(index >= 0 ? index : (m_technician->count() ? 0 : -1));
    m_fillingTechnicians = false;
}

void SettlementPage::updatePeriodInputs()
{
    const auto period = Period(std::max(0, m_period->currentIndex()));
    m_to->setVisible(period == Period::Custom);
    m_from->setDisplayFormat(period == Period::Month ? QStringLiteral("yyyy-MM")
                                                     : QStringLiteral("yyyy-MM-dd"));
}

void SettlementPage::showLedger(const QString &technicianId, Period period, const QDate &from,
                                const QDate &to)
{
    m_tabs->setCurrentIndex(1);
    m_fillingTechnicians = true;
    const int index = m_technician->findData(technicianId);
    if (index >= 0)
        m_technician->setCurrentIndex(index);
    {
        const QSignalBlocker b1(m_period);
        const QSignalBlocker b2(m_from);
        const QSignalBlocker b3(m_to);
        m_period->setCurrentIndex(int(period));
        m_from->setDate(from);
        if (to.isValid())
            m_to->setDate(to);
    }
    m_fillingTechnicians = false;
    updatePeriodInputs();
    refreshLedger();
}

void SettlementPage::refreshLedger()
{
    m_ledgerTable->setRowCount(0);
    m_ledger = {};
    m_ledgerTechnician = m_technician->currentData().toString();
    if (m_ledgerTechnician.isEmpty() || !ensureOpen()) {
        m_ledgerSummary->setText(tr("Choose a technician."));
        return;
    }
    QDate from = m_from->date();
    QDate to = from;
    switch (Period(std::max(0, m_period->currentIndex()))) {
    case Period::Day:
        break;
    case Period::Month:
        from = QDate(from.year(), from.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Period::Custom:
        to = m_to->date();
        if (to < from) {
            m_ledgerSummary->setText(tr("The period ends before it starts: choose an end on or "
                                        "after %1.")
                                         .arg(from.toString(Qt::ISODate)));
            return;
        }
        break;
    }
    const auto [start, end] = bounds(from, to);
    m_ledger = Finance::buildLedger(m_cache->ledgerRecords(m_ledgerTechnician), start, end,
                                    QDateTime::currentDateTimeUtc());

    const auto kindName = [this](const Finance::LedgerEntry &entry) {
        switch (entry.kind) {
        case Finance::LedgerEntryKind::Order:
            return tr("Order");
        case Finance::LedgerEntryKind::Reward:
            return tr("Reward");
        case Finance::LedgerEntryKind::Penalty:
            return tr("Penalty");
        case Finance::LedgerEntryKind::RefundCharge:
            return tr("Refund charged");
        case Finance::LedgerEntryKind::Withdrawal:
            if (entry.status == QLatin1String("requested"))
                return tr("Withdrawal (requested)");
            if (entry.status == QLatin1String("rejected"))
                return tr("Withdrawal (rejected)");
            if (entry.status == QLatin1String("paid"))
                return tr("Withdrawal (paid)");
            return tr("Withdrawal (approved)");
        }
        return QString();
    };
    const auto &entries = m_ledger.entries;
    m_ledgerTable->setRowCount(int(entries.size()) + 1);
    for (int row = 0; row < entries.size(); ++row) {
        const Finance::LedgerEntry &e = entries.at(row);
        const bool order = e.kind == Finance::LedgerEntryKind::Order;
        m_ledgerTable->setItem(row, LedgerTime, textItem(shortTime(e.at)));
        m_ledgerTable->setItem(row, LedgerKind, textItem(kindName(e)));
        m_ledgerTable->setItem(row, LedgerReference, textItem(e.reference));
        if (order) {
            m_ledgerTable->setItem(row, LedgerPrice, moneyItem(e.priceCents));
            m_ledgerTable->setItem(row, LedgerCouponPlatform, moneyItem(e.couponPlatformCents));
            m_ledgerTable->setItem(row, LedgerCouponTechnician, moneyItem(e.couponTechnicianCents));
            m_ledgerTable->setItem(row, LedgerCommission, moneyItem(e.commissionCents));
        }
        m_ledgerTable->setItem(row, LedgerAmount, moneyItem(e.amountCents));
        m_ledgerTable->setItem(row, LedgerBalance, moneyItem(e.balanceCents));
        m_ledgerTable->setItem(row, LedgerNote, textItem(e.note));
    }
    const Finance::LedgerTotals &t = m_ledger.totals;
    const int last = int(entries.size());
    const QList<QPair<int, qint64>> totals{{LedgerPrice, t.priceCents},
                                           {LedgerCouponPlatform, t.couponPlatformCents},
                                           {LedgerCouponTechnician, t.couponTechnicianCents},
                                           {LedgerCommission, t.commissionCents},
                                           {LedgerAmount, t.netCents},
                                           {LedgerBalance, m_ledger.closingBalanceCents}};
    m_ledgerTable->setItem(last, LedgerKind, textItem(tr("Total")));
    m_ledgerTable->setItem(last, LedgerReference, textItem(tr("%n order(s)", nullptr, t.orders)));
    for (const auto &[column, cents] : totals)
        m_ledgerTable->setItem(last, column, moneyItem(cents));
    m_ledgerTable->setItem(
        last, LedgerNote,
        textItem(tr("earnings %1, rewards %2, penalties %3, refunds charged "
                    "%4, withdrawn %5")
                     .arg(money(t.earningsCents), money(t.rewardsCents), money(t.penaltiesCents),
                          money(t.refundChargesCents), money(t.withdrawnCents))));
    for (int column = 0; column < LedgerColumnCount; ++column)
        if (QTableWidgetItem *item = m_ledgerTable->item(last, column)) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    m_ledgerTable->resizeColumnsToContents();

    const Finance::BalanceInput &all = m_ledger.allTime;
    m_ledgerSummary->setText(
        tr("%1 to %2: opening balance %3, closing balance %4. Available now: %5 (earnings %6 + "
           "rewards %7 − penalties %8 − refunds charged %9 − withdrawals approved or paid %10).")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                 money(m_ledger.openingBalanceCents), money(m_ledger.closingBalanceCents),
                 money(m_ledger.availableBalanceCents), money(all.earningsCents),
                 money(all.rewardsCents), money(all.penaltiesCents),
                 money(all.refundChargebacksCents))
            .arg(money(all.withdrawnCents)));
}

ExportProgressDialog *SettlementPage::exportLedger(const QString &targetPath)
{
    if (m_ledgerTechnician.isEmpty())
        return nullptr;
    const QList<ExportColumn> columns{
        {tr("Time"), ExportColumnKind::DateTime},
        {tr("Kind"), ExportColumnKind::Text},
        {tr("Reference"), ExportColumnKind::Identifier},
        {tr("Price"), ExportColumnKind::Money},
        {tr("Coupon cost (platform)"), ExportColumnKind::Money},
        {tr("Coupon cost (technician)"), ExportColumnKind::Money},
        {tr("Commission"), ExportColumnKind::Money},
        {tr("Amount"), ExportColumnKind::Money},
        {tr("Balance"), ExportColumnKind::Money},
        {tr("Note"), ExportColumnKind::Text},
    };
    QList<QVariantList> rows;
    for (int row = 0; row < m_ledgerTable->rowCount(); ++row) {
        QVariantList values;
        const bool total = row == m_ledgerTable->rowCount() - 1;
        const Finance::LedgerEntry *entry = total ? nullptr : &m_ledger.entries.at(row);
        values.append(entry ? QVariant(entry->at) : QVariant());
        for (int column = LedgerKind; column < LedgerColumnCount; ++column) {
            QTableWidgetItem *item = m_ledgerTable->item(row, column);
            if (!item)
                values.append(QVariant());
            else if (column >= LedgerPrice && column <= LedgerBalance)
                values.append(item->data(Qt::UserRole));
            else
                values.append(item->text());
        }
        rows.append(values);
    }
    auto source = std::make_unique<MemoryRowSource>(std::move(rows));
    const QString name =
        tr("ledger-%1-%2")
            .arg(m_ledgerTechnician, m_from->date().toString(QStringLiteral("yyyyMMdd")));
    if (targetPath.isEmpty())
        return ExportRunner::start(this, name, columns, std::move(source));
    return ExportRunner::startTo(this, targetPath, columns, std::move(source));
}

// ------------------------------------------------------------ withdrawals

QWidget *SettlementPage::buildWithdrawalsTab()
{
    auto *page = new QWidget(this);
    m_filterLabel = new QLabel(page);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("withdrawalStatus"));
    m_cityFilter = new QComboBox(page);
    m_minAmount = new QLineEdit(page);
    m_minAmount->setMaximumWidth(120);
    m_ageFilter = new QComboBox(page);
    m_withdrawalCount = new QLabel(page);
    m_withdrawals = newTable(page, WColumnCount);
    m_withdrawals->setObjectName(QStringLiteral("withdrawals"));
    connect(m_withdrawals, &QTableWidget::itemSelectionChanged, this,
            &SettlementPage::onWithdrawalSelected);
    for (QComboBox *box : {m_statusFilter, m_cityFilter, m_ageFilter})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_fillingWithdrawals)
                fillWithdrawals();
        });
    connect(m_minAmount, &QLineEdit::textChanged, this, [this] { fillWithdrawals(); });

    auto *side = new QWidget(page);
    m_withdrawalDetail = new QLabel(side);
    m_withdrawalDetail->setWordWrap(true);
    m_withdrawalDetail->setTextFormat(Qt::RichText);
    m_balanceCheck = new QLabel(side);
    m_balanceCheck->setObjectName(QStringLiteral("balanceCheck"));
    m_balanceCheck->setWordWrap(true);
    m_approveNote = new QLineEdit(side);
    m_approveNote->setMaxLength(2000);
    m_approve = new QPushButton(side);
    m_approve->setObjectName(QStringLiteral("approveWithdrawal"));
    m_rejectReason = new QLineEdit(side);
    m_rejectReason->setMaxLength(500);
    m_reject = new QPushButton(side);
    m_reject->setObjectName(QStringLiteral("rejectWithdrawal"));
    m_withdrawalMessage = new QLabel(side);
    m_withdrawalMessage->setWordWrap(true);
    m_withdrawalMessage->hide();
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    connect(m_rejectReason, &QLineEdit::returnPressed, this, [this] { rejectSelected(); });

    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_withdrawalDetail);
    sideLayout->addWidget(m_balanceCheck);
    auto *approveRow = new QHBoxLayout;
    approveRow->addWidget(m_approveNote, 1);
    approveRow->addWidget(m_approve);
    sideLayout->addLayout(approveRow);
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_rejectReason, 1);
    rejectRow->addWidget(m_reject);
    sideLayout->addLayout(rejectRow);
    sideLayout->addWidget(m_withdrawalMessage);
    sideLayout->addStretch();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_cityFilter);
    bar->addWidget(m_minAmount);
    bar->addWidget(m_ageFilter);
    bar->addStretch();
    bar->addWidget(m_withdrawalCount);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_withdrawals);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    return page;
}

void SettlementPage::startWithdrawalsLoad()
{
    // A newer reload wins: the running read stops, and its result, should it
    // still arrive, is dropped (applyWithdrawals checks the number).
    if (m_cancelWithdrawals)
        *m_cancelWithdrawals = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelWithdrawals = cancel;
    const quint64 generation = ++m_withdrawalGeneration;
    m_withdrawalsLoading = true;
    m_withdrawalError.clear();
    m_balances.clear(); // nothing is approved on an old balance
    showBalancesUnknown();

    using Queue = SettlementCache::WithdrawalQueue;
    auto *watcher = new QFutureWatcher<Queue>(this);
    connect(watcher, &QFutureWatcher<Queue>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        applyWithdrawals(generation, watcher->result());
    });
    // The worker gets copies only (the path, the flag): it may outlive the page.
    const QString path = m_cachePath;
    watcher->setFuture(QtConcurrent::run([path, cancel] {
        SettlementCache cache; // its own read-only connection, on the worker thread
        Queue queue;
        if (!cache.open(path, &queue.error))
            return queue;
        return cache.withdrawalQueue(cancel.get());
    }));
}

void SettlementPage::applyWithdrawals(quint64 generation,
                                      const SettlementCache::WithdrawalQueue &queue)
{
    if (generation != m_withdrawalGeneration)
        return; // a newer reload started after this read: stale
    m_withdrawalsLoading = false;
    m_cancelWithdrawals.reset();
    if (queue.complete) {
        m_withdrawalDocs = queue.withdrawals;
        m_withdrawalPending = queue.pending;
        m_balances = queue.balances;
    } else {
        // The list stays as it was; without balances nothing can be approved.
        m_withdrawalError = queue.error.isEmpty() ? tr("unknown error") : queue.error;
    }
    fillCities();
    fillWithdrawals();
    Q_EMIT withdrawalsLoaded();
}

void SettlementPage::showBalancesUnknown()
{
    // The rows stay (refilling 500 of them is the slowest part of a reload);
    // the waiting ones' balance cells (those holding an amount) say so.
    {
        const QSignalBlocker blocker(m_withdrawals);
        for (int row = 0; row < m_withdrawals->rowCount(); ++row)
            if (const QTableWidgetItem *item = m_withdrawals->item(row, WAvailable);
                item && item->data(Qt::UserRole).isValid())
                setBalanceUnknown(row);
    }
    showWithdrawalCount(m_withdrawals->rowCount());
    onWithdrawalSelected();
}

void SettlementPage::setBalanceUnknown(int row)
{
    m_withdrawals->setItem(row, WAvailable,
                           textItem(m_withdrawalsLoading ? tr("Checking…") : tr("Not known")));
    m_withdrawals->setItem(row, WAfter, textItem(QString()));
}

void SettlementPage::showWithdrawalCount(int shown)
{
    m_withdrawalCount->setText(m_withdrawalsLoading
                                   ? tr("%n request(s), checking balances…", nullptr, shown)
                                   : tr("%n request(s)", nullptr, shown));
}

bool SettlementPage::balanceKnown(const QString &technicianId) const
{
    return !m_withdrawalsLoading && m_balances.contains(technicianId);
}

void SettlementPage::fillCities()
{
    QSet<QString> cities;
    for (const QJsonObject &w : std::as_const(m_withdrawalDocs))
        cities.insert(str(w, "city"));
    m_fillingWithdrawals = true;
    const QString city = m_cityFilter->currentData().toString();
    m_cityFilter->clear();
    m_cityFilter->addItem(tr("All cities"), QString());
    QStringList sorted(cities.cbegin(), cities.cend());
    sorted.sort();
    for (const QString &id : sorted)
        if (!id.isEmpty() && Audit::staffMayAccessCity(m_staff, id))
            m_cityFilter->addItem(AuditText::cityName(id), id);
    m_cityFilter->setCurrentIndex(std::max(0, m_cityFilter->findData(city)));
    m_fillingWithdrawals = false;
}

void SettlementPage::fillWithdrawals()
{
    const QString current = selectedWithdrawal().value(QStringLiteral("id")).toString();
    const QString status = m_statusFilter->currentData().toString();
    const QString city = m_cityFilter->currentData().toString();
    const std::optional<Money> minAmount = m_minAmount->text().trimmed().isEmpty()
                                               ? std::optional<Money>(Money::fromCents(0))
                                               : Money::parse(m_minAmount->text());
    m_minAmount->setStyleSheet(
        minAmount ? QString() : QStringLiteral("color: %1;").arg(Theme::danger().name()));
    const int minDays = m_ageFilter->currentData().toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSet<QString> &pending = m_withdrawalPending;

    QList<QJsonObject> shown;
    for (const QJsonObject &w : m_withdrawalDocs) {
        if (!status.isEmpty() && str(w, "status") != status)
            continue;
        if (!city.isEmpty() && str(w, "city") != city)
            continue;
        if (minAmount && w.value(QStringLiteral("amount_cents")).toInteger() < minAmount->cents())
            continue;
        if (minDays > 0 && timeOf(w, "requested_at").daysTo(now) < minDays)
            continue;
        shown.append(w);
    }
    // The balances of the technicians whose requests wait come with the
    // list (startWithdrawalsLoad); the decided ones need none.
    const QSignalBlocker blocker(m_withdrawals);
    m_withdrawals->setRowCount(int(shown.size()));
    int select = shown.isEmpty() ? -1 : 0;
    for (int row = 0; row < shown.size(); ++row) {
        const QJsonObject &w = shown.at(row);
        const QString id = str(w, "id");
        const QString technician = str(w, "technician_id");
        const qint64 amount = w.value(QStringLiteral("amount_cents")).toInteger();
        const bool open = str(w, "status") == QLatin1String("requested");
        const bool known = open && balanceKnown(technician);
        const qint64 available =
            known ? Finance::availableBalanceCents(m_balances.value(technician)) : 0;
        auto *idItem = textItem(id);
        idItem->setData(IdRole, id);
        m_withdrawals->setItem(row, WId, idItem);
        m_withdrawals->setItem(row, WTechnician, textItem(technicianName(technician)));
        m_withdrawals->setItem(row, WCity, textItem(AuditText::cityName(str(w, "city"))));
        m_withdrawals->setItem(row, WAmount, moneyItem(amount));
        m_withdrawals->setItem(row, WRequested, textItem(shortTime(timeOf(w, "requested_at"))));
        m_withdrawals->setItem(
            row, WWaiting,
            textItem(AuditText::waitingText(int(timeOf(w, "requested_at").daysTo(now)), true)));
        m_withdrawals->setItem(row, WStatus, textItem(withdrawalStatusName(str(w, "status"))));
        if (open && !known) {
            setBalanceUnknown(row);
        } else if (open) {
            m_withdrawals->setItem(row, WAvailable, moneyItem(available));
            QTableWidgetItem *after = moneyItem(available - amount);
            if (available < amount)
                after->setForeground(Theme::danger());
            m_withdrawals->setItem(row, WAfter, after);
        } else {
            m_withdrawals->setItem(row, WAvailable, textItem(QString()));
            m_withdrawals->setItem(row, WAfter, textItem(QString()));
        }
        m_withdrawals->setItem(row, WSync,
                               textItem(pending.contains(id) ? tr("Waiting to sync") : QString()));
        if (id == current)
            select = row;
    }
    m_withdrawals->resizeColumnsToContents();
    showWithdrawalCount(int(shown.size()));
    if (select >= 0)
        m_withdrawals->selectRow(select);
    onWithdrawalSelected();
}

QJsonObject SettlementPage::selectedWithdrawal() const
{
    const auto rows = m_withdrawals->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_withdrawals->item(rows.first().row(), WId);
    if (!item)
        return {};
    const QString id = item->data(IdRole).toString();
    for (const QJsonObject &w : m_withdrawalDocs)
        if (str(w, "id") == id)
            return w;
    return {};
}

bool SettlementPage::selectWithdrawal(const QString &id)
{
    m_tabs->setCurrentIndex(2);
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_withdrawals->rowCount(); ++row)
            if (m_withdrawals->item(row, WId)->data(IdRole).toString() == id) {
                m_withdrawals->selectRow(row);
                return true;
            }
        // Not shown: clear the filters and look again.
        m_fillingWithdrawals = true;
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(QString()));
        m_cityFilter->setCurrentIndex(0);
        m_ageFilter->setCurrentIndex(0);
        m_fillingWithdrawals = false;
        m_minAmount->clear();
        fillWithdrawals();
    }
    return false;
}

void SettlementPage::onWithdrawalSelected()
{
    const QJsonObject w = selectedWithdrawal();
    // A message stays while its request stays selected (a sync reloads).
    if (str(w, "id") != m_messageWithdrawalId)
        showMessage(m_withdrawalMessage, {}, false);
    m_messageWithdrawalId = str(w, "id");
    if (w.isEmpty()) {
        m_withdrawalDetail->setText(tr("Choose a request."));
        m_balanceCheck->setText(m_withdrawalsLoading ? tr("Checking balances…") : QString());
        m_balanceCheck->setStyleSheet({});
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
        m_approve->setToolTip({});
        return;
    }
    const QString technician = str(w, "technician_id");
    const qint64 amount = w.value(QStringLiteral("amount_cents")).toInteger();
    const bool open = str(w, "status") == QLatin1String("requested");
    // A waiting request's balance comes from the newest reload's read; a
    // decided one's (shown for reference) is read here: one technician, a
    // few milliseconds.
    std::optional<Finance::BalanceInput> known;
    if (balanceKnown(technician))
        known = m_balances.value(technician);
    else if (!open && m_cache->isOpen())
        known = m_cache->balances({technician}).value(technician);
    const Finance::BalanceInput b = known.value_or(Finance::BalanceInput{});
    const qint64 available = Finance::availableBalanceCents(b);
    QString detail =
        tr("<b>%1</b> · %2<br>Requested %3 on %4 (balance then %5)")
            .arg(str(w, "id").toHtmlEscaped(), technicianName(technician).toHtmlEscaped(),
                 money(amount), shortTime(timeOf(w, "requested_at")),
                 money(w.value(QStringLiteral("balance_cents_at_request")).toInteger()));
    if (known)
        detail +=
            QStringLiteral("<br>") +
            tr("Earnings %1 + rewards %2 − penalties %3 − refunds charged %4 − withdrawals "
               "approved or paid %5 = <b>available %6</b>")
                .arg(money(b.earningsCents), money(b.rewardsCents), money(b.penaltiesCents),
                     money(b.refundChargebacksCents), money(b.withdrawnCents), money(available));
    if (!open) {
        detail += QStringLiteral("<br>") + tr("%1 by %2 on %3.")
                                               .arg(withdrawalStatusName(str(w, "status")),
                                                    staffName(str(w, "decided_by")).toHtmlEscaped(),
                                                    shortTime(timeOf(w, "decided_at")));
        if (!str(w, "reason").isEmpty())
            detail += QStringLiteral(" ") + tr("Reason: %1").arg(str(w, "reason").toHtmlEscaped());
    }
    m_withdrawalDetail->setText(detail);

    const bool may = m_sync && SettlementCommands::mayDecideWithdrawal(m_staff, w);
    const QString over = open ? approvalRefusal(w) : QString();
    if (open && !known) {
        m_balanceCheck->setText(over);
        m_balanceCheck->setStyleSheet(
            m_withdrawalsLoading ? QString()
                                 : QStringLiteral("color: %1;").arg(Theme::danger().name()));
    } else if (open) {
        const bool ok = over.isEmpty();
        m_balanceCheck->setText(
            ok ? tr("Balance check: %1 requested of %2 available; %3 left after approval.")
                     .arg(money(amount), money(available), money(available - amount))
               : over);
        m_balanceCheck->setStyleSheet(
            QStringLiteral("color: %1;").arg((ok ? Theme::success() : Theme::danger()).name()));
    } else {
        m_balanceCheck->setText(tr("This request is decided."));
        m_balanceCheck->setStyleSheet({});
    }
    m_approve->setEnabled(may && over.isEmpty());
    m_approve->setToolTip(over);
    m_reject->setEnabled(may);
    m_approveNote->setEnabled(may);
    m_rejectReason->setEnabled(may);
    if (!SettlementCommands::mayDecideWithdrawals(m_staff))
        m_balanceCheck->setText(m_balanceCheck->text() + QLatin1Char(' ') +
                                tr("Only finance staff may decide withdrawals."));
}

QString SettlementPage::approvalRefusal(const QJsonObject &withdrawal) const
{
    const QString technician = str(withdrawal, "technician_id");
    if (balanceKnown(technician))
        return SettlementCommands::checkApproval(
            withdrawal, Finance::availableBalanceCents(m_balances.value(technician)));
    return m_withdrawalsLoading ? tr("Checking balances…")
                                : tr("The balance could not be read: %1").arg(m_withdrawalError);
}

bool SettlementPage::approveSelected()
{
    const QJsonObject w = selectedWithdrawal();
    if (w.isEmpty() || !m_sync || !SettlementCommands::mayDecideWithdrawal(m_staff, w))
        return false;
    if (!balanceKnown(str(w, "technician_id")))
        return false; // the balance check beside the button says why
    if (const QString over = approvalRefusal(w); !over.isEmpty()) {
        showMessage(m_withdrawalMessage, over, true);
        return false;
    }
    if (QString error = AuditCommands::checkNote(m_approveNote->text(), false); !error.isEmpty()) {
        showMessage(m_withdrawalMessage, error, true);
        return false;
    }
    submit(SettlementCommands::approveWithdrawal(m_staff, w, m_approveNote->text()),
           m_withdrawalMessage);
    m_approveNote->clear();
    // The technician's balance falls: nothing more is approved until it is
    // read again (the reload once our change is written supersedes this one).
    startWithdrawalsLoad();
    return true;
}

void SettlementPage::submit(const LocalChange &change, QLabel *message)
{
    m_sync->submit(change, [this, message, guard = QPointer<SettlementPage>(this)](
                               const QString &, const QString &failure) {
        if (!guard)
            return;
        reload();
        if (!failure.isEmpty())
            showMessage(message, failure, true);
    });
}

bool SettlementPage::rejectSelected()
{
    const QJsonObject w = selectedWithdrawal();
    if (w.isEmpty() || !m_sync || !SettlementCommands::mayDecideWithdrawal(m_staff, w))
        return false;
    if (QString error = SettlementCommands::checkRejectionReason(m_rejectReason->text());
        !error.isEmpty()) {
        showMessage(m_withdrawalMessage, error, true);
        m_rejectReason->setFocus();
        return false;
    }
    submit(SettlementCommands::rejectWithdrawal(m_staff, w, m_rejectReason->text()),
           m_withdrawalMessage);
    m_rejectReason->clear();
    return true;
}

// ----------------------------------------------------------------- common

QString SettlementPage::withdrawalStatusName(const QString &status)
{
    if (status == QLatin1String("requested"))
        return tr("Requested");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString SettlementPage::staffName(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (id == QLatin1String("system"))
        return tr("System");
    return m_staffNames.value(id, id);
}

QString SettlementPage::technicianName(const QString &id) const
{
    const QString name = m_technicianNames.value(id);
    return name.isEmpty() ? id : QStringLiteral("%1 %2").arg(id, name);
}

void SettlementPage::reload()
{
    if (!ensureOpen())
        return;
    m_stale = false;
    m_itemNames = m_cache->serviceItemNames();
    m_staffNames = m_cache->staffNames();
    m_technicianNames = m_cache->technicianNames();
    fillRates();

    fillTechnicians();
    refreshLedger();

    // The withdrawals tab: the requests and their balances on a worker
    // thread; the tab shows "Checking balances…" until they arrive.
    startWithdrawalsLoad();
}

void SettlementPage::retranslate()
{
    setWindowTitle(tr("Settlement"));
    m_tabs->setTabText(0, tr("Commission rates"));
    m_tabs->setTabText(1, tr("Technician ledger"));
    m_tabs->setTabText(2, tr("Withdrawals"));

    m_ratesIntro->setText(tr("The platform's commission per service item, in % of the order "
                             "price; a star-level rate wins over the all-levels rate of its "
                             "item. Orders are settled with the rate in force on the day they "
                             "are completed."));
    m_rates->setHorizontalHeaderLabels({tr("Service item"), tr("Star level"), tr("Rate"),
                                        tr("Effective from"), tr("Changed by"), tr("Changed at"),
                                        tr("Sync")});
    m_formTitle->setText(tr("Change the selected rate"));
    m_rateRole->setText(tr("Only an administrator may change commission rates."));
    m_percentLabel->setText(tr("Rate (%):"));
    m_ratePercent->setPlaceholderText(tr("e.g. 15.25"));
    m_effectiveLabel->setText(tr("Effective from:"));
    m_rateEffective->setToolTip(tr("Today or later: orders already completed keep their rate."));
    m_reasonLabel->setText(tr("Reason:"));
    m_rateReason->setPlaceholderText(tr("Why the rate changes (required)"));
    m_saveRate->setText(tr("Save rate"));
    m_historyTitle->setText(tr("Change history"));
    m_history->setHorizontalHeaderLabels(
        {tr("Effective from"), tr("Rate"), tr("Changed by"), tr("Changed at"), tr("Reason")});

    m_technicianLabel->setText(tr("Technician:"));
    m_periodLabel->setText(tr("Period:"));
    {
        const QSignalBlocker blocker(m_period);
        const int period = m_period->count() ? m_period->currentIndex() : int(Period::Month);
        m_period->clear();
        m_period->addItems({tr("Day"), tr("Month"), tr("Custom")});
        m_period->setCurrentIndex(period);
    }
    m_export->setText(tr("Export…"));
    m_ledgerTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Kind"), tr("Reference"), tr("Price"), tr("Coupon (platform)"),
         tr("Coupon (technician)"), tr("Commission"), tr("Amount"), tr("Balance"), tr("Note")});

    m_filterLabel->setText(tr("Show:"));
    {
        m_fillingWithdrawals = true;
        const QString status = m_statusFilter->count() ? m_statusFilter->currentData().toString()
                                                       : QStringLiteral("requested");
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("Requested"), QStringLiteral("requested"));
        m_statusFilter->addItem(tr("Approved"), QStringLiteral("approved"));
        m_statusFilter->addItem(tr("Paid"), QStringLiteral("paid"));
        m_statusFilter->addItem(tr("Rejected"), QStringLiteral("rejected"));
        m_statusFilter->addItem(tr("All statuses"), QString());
        m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
        const int age = std::max(0, m_ageFilter->currentIndex());
        m_ageFilter->clear();
        m_ageFilter->addItem(tr("Any age"), 0);
        m_ageFilter->addItem(tr("Waiting 1+ days"), 1);
        m_ageFilter->addItem(tr("Waiting 3+ days"), 3);
        m_ageFilter->addItem(tr("Waiting 7+ days"), 7);
        m_ageFilter->setCurrentIndex(age);
        m_fillingWithdrawals = false;
    }
    m_minAmount->setPlaceholderText(tr("Amount at least"));
    m_withdrawals->setHorizontalHeaderLabels(
        {tr("Request"), tr("Technician"), tr("City"), tr("Amount"), tr("Requested"), tr("Waiting"),
         tr("Status"), tr("Available"), tr("After approval"), tr("Sync")});
    m_approveNote->setPlaceholderText(tr("Note (optional)"));
    m_approve->setText(tr("Approve"));
    m_rejectReason->setPlaceholderText(tr("Reason for rejecting (required)"));
    m_reject->setText(tr("Reject"));
}

void SettlementPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadSoon.start();
}

void SettlementPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
