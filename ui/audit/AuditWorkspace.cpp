#include "ui/audit/AuditWorkspace.h"

#include "services/audit/AuditCache.h"
#include "services/audit/AuditRecords.h"
#include "services/audit/OfflineBatch.h"
#include "services/audit/SecureDocumentStore.h"
#include "services/sync/SyncSession.h"
#include "ui/audit/AuditText.h"
#include "ui/audit/ReviewPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

enum Column
{
    NameColumn,
    WhyColumn,
    CityColumn,
    SkillsColumn,
    StatusColumn,
    WaitingColumn,
    OfflineColumn,
    SyncColumn,
    ColumnCount
};

const int CollectionRole = Qt::UserRole;
const int IdRole = Qt::UserRole + 1;

QString reasonsText(const Audit::ReviewItem &item)
{
    QStringList names;
    for (Audit::DueReason reason : item.reasons)
        names << Audit::ReviewQueueText::reasonName(reason);
    return names.join(QStringLiteral(", "));
}

} // namespace

AuditWorkspace::AuditWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                               ApiClient *api, CredentialStore *keychain, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_cache(std::make_unique<AuditCache>())
    , m_records(std::make_unique<AuditRecords>())
{
    setObjectName(QStringLiteral("auditWorkspace"));
    if (keychain) {
        m_store = new SecureDocumentStore(keychain, SecureDocumentStore::keyNameFor(cachePath),
                                          SecureDocumentStore::folderFor(cachePath), api, this);
        if (api)
            m_batch = new OfflineBatch(api, m_store, this);
    }
    buildUi();
    // Application documents only ever go through the encrypted store (fetched
    // once, kept encrypted); never FileStore's plain copies.
    m_review->setDocumentLoader(
        [this](const QString &sha, QObject *context,
               std::function<void(const QByteArray &, const QString &)> done) {
            if (m_store && m_store->isOpen()) {
                m_store->fetch(sha, context, std::move(done));
                return;
            }
            done({}, m_store && !m_store->lastError().isEmpty()
                         ? m_store->lastError()
                         : tr("Documents need the keychain, which is not available"));
        });
    m_review->setOfflineBatch(m_batch);
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, &AuditWorkspace::reload);
    if (m_sync) {
        connect(m_sync, &SyncSession::cacheChanged, this, [this](const QStringList &collections) {
            if (collections.contains(QStringLiteral("applications")) ||
                collections.contains(QStringLiteral("technicians")) ||
                collections.contains(QStringLiteral("complaints")))
                m_reloadSoon.start();
        });
        connect(m_sync, &SyncSession::outboxCountsChanged, this, [this] { m_reloadSoon.start(); });
    }
    if (m_batch) {
        connect(m_batch, &OfflineBatch::progress, this, [this](int done, int total, qint64 bytes) {
            if (!m_progress)
                return;
            m_progress->setMaximum(std::max(total, 1));
            m_progress->setValue(done);
            m_progress->setLabelText(tr("Downloading documents: %1 of %2 (%3)")
                                         .arg(done)
                                         .arg(total)
                                         .arg(QLocale().formattedDataSize(bytes)));
        });
        connect(m_batch, &OfflineBatch::finished, this,
                [this](bool ok, const OfflineBatch::Summary &summary) {
                    if (m_progress)
                        m_progress->deleteLater();
                    QString text = tr("%n application(s) available offline", nullptr,
                                      summary.availableOffline);
                    text += tr(" · %1 on disk, encrypted")
                                .arg(QLocale().formattedDataSize(summary.diskSize));
                    if (!summary.failedApplications.isEmpty())
                        text += tr(" · incomplete: %1")
                                    .arg(summary.failedApplications.join(QStringLiteral(", ")));
                    m_summary->setToolTip(summary.errors.join(QLatin1Char('\n')));
                    reload();
                    m_summary->setText(summaryText() + QStringLiteral("\n") + text);
                    Q_EMIT offlineFinished(ok);
                });
    }
    reload();
    if (m_store)
        m_store->open(this, [this](bool, const QString &) {
            m_storeTried = true;
            reload();
            m_review->reload(); // its documents can be read now
        });
}

AuditWorkspace::~AuditWorkspace() = default;

void AuditWorkspace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("auditCity"));
    m_skill = new QComboBox(this);
    m_skill->setObjectName(QStringLiteral("auditSkill"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_reason = new QComboBox(this);
    m_age = new QComboBox(this);
    m_age->setObjectName(QStringLiteral("auditAge"));
    m_count = new QLabel(this);
    m_takeOffline = new QPushButton(this);
    m_takeOffline->setObjectName(QStringLiteral("auditTakeOffline"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_city, m_skill, m_status,
                                                       m_reason, m_age, m_count})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_takeOffline);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, left);
    m_table->setObjectName(QStringLiteral("auditQueue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(NameColumn, 62);
    m_table->setColumnWidth(WhyColumn, 100);
    m_table->setColumnWidth(CityColumn, 46);
    m_table->setColumnWidth(SkillsColumn, 90);
    m_table->setColumnWidth(StatusColumn, 74);
    m_table->setColumnWidth(WaitingColumn, 48);
    m_table->setColumnWidth(OfflineColumn, 54);
    m_table->setColumnWidth(SyncColumn, 58);
    m_table->setColumnHidden(SkillsColumn, true); // in the row's tooltip and the filter
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_summary);
    m_review = new ReviewPanel(m_staff, m_cache.get(), m_records.get(), m_sync, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_review);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({455, 1100});
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AuditWorkspace::applyFilter);
    for (QComboBox *combo : {m_city, m_skill, m_status, m_reason, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &AuditWorkspace::onSelectionChanged);
    connect(m_takeOffline, &QPushButton::clicked, this, [this] { takeOffline(true); });
    connect(m_review, &ReviewPanel::changeSubmitted, this, [this] { m_reloadSoon.start(); });
    retranslate();
}

void AuditWorkspace::retranslate()
{
    m_search->setPlaceholderText(tr("Name or number"));
    m_takeOffline->setText(tr("Take offline…"));
    m_takeOffline->setToolTip(tr("Download the documents of the applications shown, encrypted, "
                                 "to review them without a network"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Why"), tr("City"), tr("Skills"),
                                        tr("Status"), tr("Waiting"), tr("Offline"), tr("Sync")});
    m_filling = true;
    const int age = std::max(0, m_age->currentIndex());
    m_age->clear();
    m_age->addItem(tr("Any wait"), -1);
    m_age->addItem(tr("Waiting 1+ days"), 1);
    m_age->addItem(tr("Waiting 3+ days"), 3);
    m_age->addItem(tr("Waiting 7+ days"), 7);
    m_age->addItem(tr("Waiting 30+ days"), 30);
    m_age->setCurrentIndex(age);
    m_filling = false;
    fillFilters();
}

QDateTime AuditWorkspace::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void AuditWorkspace::setNow(const QDateTime &now)
{
    m_now = now;
    m_review->setNow(now);
    reload();
}

void AuditWorkspace::reload()
{
    if (!m_cache->isOpen()) {
        QString error;
        if (!m_cache->open(m_cachePath, &error) || !m_records->open(m_cachePath, &error))
            return;
    }
    m_records->reloadNames();
    m_items = m_cache->reviewQueue(m_staff, now());
    // Decisions of ours not yet on the server stay in the queue, so the
    // auditor sees they are waiting.
    QSet<QString> listed;
    for (const Audit::ReviewItem &item : m_items)
        listed.insert(AuditRecords::key(item.collection, item.recordId));
    for (const QString &id : m_cache->pendingIds(QStringLiteral("applications"))) {
        if (listed.contains(AuditRecords::key(QStringLiteral("applications"), id)))
            continue;
        const QJsonObject a = m_cache->application(id);
        if (a.isEmpty() ||
            !Audit::staffMayAccessCity(m_staff, a.value(QStringLiteral("city")).toString()))
            continue;
        Audit::ReviewItem item;
        item.collection = QStringLiteral("applications");
        item.recordId = id;
        item.technicianId = a.value(QStringLiteral("technician_id")).toString();
        item.name = a.value(QStringLiteral("name")).toString();
        item.city = a.value(QStringLiteral("city")).toString();
        for (const QJsonValue &s : a.value(QStringLiteral("skills")).toArray())
            item.skills << s.toString();
        item.status = a.value(QStringLiteral("status")).toString();
        item.reasons = {a.value(QStringLiteral("kind")).toString() == QLatin1String("annual_review")
                            ? Audit::DueReason::AnnualReviewPending
                            : Audit::DueReason::NewApplication};
        item.waitingSince =
            QDateTime::fromString(a.value(QStringLiteral("submitted_at")).toString(), Qt::ISODate);
        item.pending = true;
        m_items.append(item);
    }
    fillFilters();
    applyFilter();
}

void AuditWorkspace::fillFilters()
{
    if (!m_city)
        return;
    m_filling = true;
    const auto refill = [](QComboBox *combo, const QString &all,
                           const QList<QPair<QString, QString>> &values) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[value, text] : values)
            combo->addItem(text, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QMap<QString, QString> cities, skills, statuses;
    for (const Audit::ReviewItem &item : m_items) {
        cities.insert(item.city, AuditText::cityName(item.city));
        for (const QString &s : item.skills)
            skills.insert(s, m_records->serviceItemName(s));
        statuses.insert(item.status, AuditText::statusName(item.status));
    }
    const auto pairs = [](const QMap<QString, QString> &map) {
        QList<QPair<QString, QString>> list;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            list.append({it.key(), it.value()});
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
        return list;
    };
    refill(m_city, tr("All cities"), pairs(cities));
    refill(m_skill, tr("All skills"), pairs(skills));
    refill(m_status, tr("All statuses"), pairs(statuses));
    QList<QPair<QString, QString>> reasons;
    for (Audit::DueReason r :
         {Audit::DueReason::NewApplication, Audit::DueReason::AnnualReviewPending,
          Audit::DueReason::AnnualReviewDue, Audit::DueReason::CertificateExpiring})
        reasons.append({QString::number(int(r)), Audit::ReviewQueueText::reasonName(r)});
    refill(m_reason, tr("Every reason"), reasons);
    m_filling = false;
}

Audit::ReviewFilter AuditWorkspace::filter() const
{
    Audit::ReviewFilter f;
    f.city = m_city->currentData().toString();
    f.skill = m_skill->currentData().toString();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.statuses = {status};
    if (const QString reason = m_reason->currentData().toString(); !reason.isEmpty())
        f.reason = Audit::DueReason(reason.toInt());
    f.minDaysWaiting = m_age->currentData().isValid() ? m_age->currentData().toInt() : -1;
    f.text = m_search->text().trimmed();
    return f;
}

void AuditWorkspace::applyFilter()
{
    const QString selectedKey = [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return QString();
        const QTableWidgetItem *item = m_table->item(rows.first().row(), NameColumn);
        return item ? AuditRecords::key(item->data(CollectionRole).toString(),
                                        item->data(IdRole).toString())
                    : QString();
    }();
    m_shown = Audit::filterQueue(m_items, filter());
    const QHash<QString, AuditRecords::Outbox> outbox = m_records->outboxByRecord();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_shown.size()));
    int selectRow = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const Audit::ReviewItem &item = m_shown.at(row);
        const QString key = AuditRecords::key(item.collection, item.recordId);
        QStringList skills;
        for (const QString &s : item.skills)
            skills << m_records->serviceItemName(s);
        QString offline = QStringLiteral("—");
        QString offlineTip = tr("Documents need the network");
        if (item.collection == QLatin1String("applications") && m_batch &&
            m_batch->isAvailableOffline(m_cache->application(item.recordId))) {
            offline = tr("✔ offline");
            offlineTip =
                tr("Taken offline %1; documents encrypted on this computer")
                    .arg(QLocale().toString(m_batch->takenOfflineAt(item.recordId).toLocalTime(),
                                            QLocale::ShortFormat));
        }
        const AuditRecords::Outbox waiting = outbox.value(key);
        QString sync = tr("synced");
        if (waiting.refused > 0)
            sync = tr("%n refused", nullptr, waiting.refused);
        else if (waiting.pending > 0)
            sync = tr("%n waiting", nullptr, waiting.pending);
        const QStringList cells{
            item.name.isEmpty() ? item.recordId : item.name,
            reasonsText(item),
            AuditText::cityName(item.city),
            skills.join(QStringLiteral(", ")),
            item.pending && !Audit::isAwaitingDecision(m_cache->application(item.recordId))
                ? tr("%1, not sent").arg(AuditText::statusName(item.status))
                : AuditText::statusName(item.status),
            AuditText::waitingText(item.daysWaiting, true),
            offline,
            sync};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(
                c == OfflineColumn ? offlineTip
                : c == NameColumn
                    ? tr("%1 · %2\n%3").arg(item.recordId, cells.at(c), cells.at(SkillsColumn))
                    : cells.at(c));
            if (c == SyncColumn && waiting.total() > 0)
                cell->setForeground(waiting.refused > 0 ? QColor(0xc6, 0x28, 0x28)
                                                        : QColor(0xc7, 0x77, 0x00));
            if (c == OfflineColumn && offline != QLatin1String("—"))
                cell->setForeground(QColor(0x2e, 0x7d, 0x32));
            m_table->setItem(row, c, cell);
        }
        m_table->item(row, NameColumn)->setData(CollectionRole, item.collection);
        m_table->item(row, NameColumn)->setData(IdRole, item.recordId);
        if (key == selectedKey)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_count->setText(tr("%n due", nullptr, int(m_shown.size())));
    updateSummary();
    if (selectRow >= 0)
        m_review->reload();
    else if (!m_review->recordId().isEmpty() && m_table->selectionModel()->selectedRows().isEmpty())
        m_review->reload(); // keep showing what was open (it may have left the filter)
}

void AuditWorkspace::onSelectionChanged()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem *item = m_table->item(rows.first().row(), NameColumn);
    if (!item)
        return;
    m_review->showRecord(item->data(CollectionRole).toString(), item->data(IdRole).toString());
}

void AuditWorkspace::selectFirst()
{
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

bool AuditWorkspace::openRecord(const QString &collection, const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *item = m_table->item(row, NameColumn);
            if (item && item->data(CollectionRole).toString() == collection &&
                item->data(IdRole).toString() == id) {
                m_table->selectRow(row);
                m_table->scrollToItem(item);
                return true;
            }
        }
        m_search->clear();
        for (QComboBox *combo : {m_city, m_skill, m_status, m_reason, m_age})
            combo->setCurrentIndex(0);
        applyFilter();
    }
    m_review->showRecord(collection, id);
    return false;
}

QString AuditWorkspace::summaryText() const
{
    int applications = 0, offline = 0;
    for (const Audit::ReviewItem &item : m_shown) {
        if (item.collection != QLatin1String("applications"))
            continue;
        ++applications;
        if (m_batch && m_batch->isAvailableOffline(m_cache->application(item.recordId)))
            ++offline;
    }
    int waiting = 0, refused = 0;
    for (const AuditRecords::Outbox &o : m_records->outboxByRecord()) {
        waiting += o.pending;
        refused += o.refused;
    }
    QString text = tr("Offline: %1 of %n application(s) shown", nullptr, applications).arg(offline);
    text += tr(" · waiting to sync: %n change(s)", nullptr, waiting);
    if (refused > 0)
        text += tr(" · %n refused (see Changes…)", nullptr, refused);
    if (!m_store || (m_storeTried && !m_store->isOpen()))
        text += QLatin1Char('\n') +
                tr("The keychain is not available, so documents cannot be kept offline.");
    return text;
}

void AuditWorkspace::updateSummary()
{
    if (m_summary && (!m_batch || !m_batch->isRunning()))
        m_summary->setText(summaryText());
    if (m_takeOffline)
        m_takeOffline->setEnabled(m_batch && m_store && m_store->isOpen() && !m_batch->isRunning());
}

void AuditWorkspace::takeOffline(bool confirm)
{
    if (!m_batch || !m_store || !m_store->isOpen() || m_batch->isRunning())
        return;
    QList<QJsonObject> applications;
    qint64 bytes = 0;
    for (const Audit::ReviewItem &item : m_shown) {
        if (item.collection != QLatin1String("applications"))
            continue;
        const QJsonObject a = m_cache->application(item.recordId);
        if (a.isEmpty())
            continue;
        applications.append(a);
        for (const QJsonValue &d : a.value(QStringLiteral("documents")).toArray())
            bytes += d.toObject().value(QStringLiteral("size")).toInteger();
    }
    if (applications.isEmpty())
        return;
    if (confirm &&
        QMessageBox::question(
            this, tr("Take offline"),
            tr("Download the documents of the %n application(s) shown (up to %1) and keep "
               "them encrypted on this computer for review without a network?",
               nullptr, int(applications.size()))
                .arg(QLocale().formattedDataSize(bytes))) != QMessageBox::Yes)
        return;
    m_progress = new QProgressDialog(tr("Downloading documents…"), tr("Cancel"), 0,
                                     int(applications.size()), this);
    m_progress->setWindowTitle(tr("Take offline"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_batch, &OfflineBatch::cancel);
    m_takeOffline->setEnabled(false);
    m_summary->setText(tr("Taking %n application(s) offline…", nullptr, int(applications.size())));
    m_batch->start(applications);
}

void AuditWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_table) {
        retranslate();
        applyFilter(); // the rows' texts
    }
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
