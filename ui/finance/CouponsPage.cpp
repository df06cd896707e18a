#include "ui/finance/CouponsPage.h"

#include "models/Money.h"
#include "models/finance/CouponJson.h"
#include "services/api/ApiClient.h"
#include "services/finance/CouponCommands.h"
#include "services/finance/PromoCodeQr.h"
#include "services/sync/SyncSession.h"
#include "ui/finance/CouponEditorDialog.h"
#include "ui/finance/CouponText.h"
#include "ui/style/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace OpsDesk {

using namespace Finance;

namespace {

enum Column
{
    ColName,
    ColKind,
    ColValue,
    ColValidity,
    ColIssued,
    ColRedeemed,
    ColCampaign,
    ColPromo,
    ColReferral,
    ColState,
    ColSync,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, const QVariant &sort = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (sort.isValid())
        item->setData(Qt::UserRole, sort);
    return item;
}

QTableWidgetItem *number(qint64 value, const QString &text = {})
{
    auto *item = cell(text.isEmpty() ? QString::number(value) : text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CouponsPage::CouponsPage(const Staff &staff, const QString &cachePath, SyncSession *sync,
                         ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_api(api)
    , m_cache(std::make_unique<CouponCache>())
{
    QString error;
    m_cache->open(cachePath, &error);
    buildUi();
    retranslate();
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(150);
    connect(&m_reloadSoon, &QTimer::timeout, this, &CouponsPage::reload);
    if (m_sync) {
        connect(m_sync, &SyncSession::cacheChanged, this, [this](const QStringList &collections) {
            if (collections.contains(QStringLiteral("coupons")) ||
                collections.contains(QStringLiteral("redemptions")) ||
                collections.contains(QStringLiteral("orders")) ||
                collections.contains(QStringLiteral("service_items")))
                m_reloadSoon.start();
        });
        connect(m_sync, &SyncSession::outboxCountsChanged, this, [this] { m_reloadSoon.start(); });
    }
    reload();
}

CouponsPage::~CouponsPage() = default;

void CouponsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("couponFilter"));
    m_kindFilter = new QComboBox;
    m_kindFilter->addItem(QString(), QString());
    for (const CouponKind kind : {CouponKind::Threshold, CouponKind::NoThreshold,
                                  CouponKind::ServiceItem, CouponKind::Percentage})
        m_kindFilter->addItem(QString(), couponKindId(kind));
    m_stateFilter = new QComboBox;
    m_stateFilter->addItems({QString(), QString(), QString()});
    m_new = new QPushButton;
    m_edit = new QPushButton;
    m_disable = new QPushButton;
    m_count = new QLabel;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_kindFilter, 1);
    bar->addWidget(m_stateFilter);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_disable);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    splitter->addWidget(m_table);
    m_tabs = new QTabWidget;
    m_tabs->addTab(buildPreviewTab(), QString());
    m_tabs->addTab(buildQrTab(), QString());
    m_tabs->addTab(buildReferralTab(), QString());
    m_tabs->addTab(buildFiguresTab(), QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("couponStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &CouponsPage::fillTable);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CouponsPage::fillTable);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &CouponsPage::fillTable);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedCouponId().isEmpty())
            openEditor(selectedCouponId());
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (!selectedCouponId().isEmpty() && m_edit->isEnabled())
            openEditor(selectedCouponId());
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const QString id = selectedCouponId();
        if (id.isEmpty())
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Disable coupon"),
            tr("Coupon %1 can then no longer be issued or redeemed. Reason (optional):").arg(id),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            disableCoupon(id, reason);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        updateQr();
    });
}

QWidget *CouponsPage::buildPreviewTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_previewItem = new QComboBox;
    m_previewItem->setObjectName(QStringLiteral("previewItem"));
    m_previewPrice = new QLineEdit(QStringLiteral("200"));
    m_previewPrice->setObjectName(QStringLiteral("previewPrice"));
    m_previewCustomer = new QComboBox;
    m_previewCustomer->setObjectName(QStringLiteral("previewCustomer"));
    m_previewCustomer->setEditable(true);
    m_previewCustomer->setInsertPolicy(QComboBox::NoInsert);
    m_previewCustomer->completer()->setFilterMode(Qt::MatchContains);
    m_previewCustomer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_previewResult = new QLabel;
    m_previewResult->setObjectName(QStringLiteral("previewResult"));
    m_previewResult->setWordWrap(true);
    m_previewResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_askServer = new QPushButton;
    m_askServer->setVisible(m_api != nullptr);
    m_serverResult = new QLabel;
    m_serverResult->setWordWrap(true);
    for (int i = 0; i < 4; ++i)
        m_previewLabels.append(new QLabel);
    form->addRow(m_previewLabels[0], m_previewItem);
    form->addRow(m_previewLabels[1], m_previewPrice);
    form->addRow(m_previewLabels[2], m_previewCustomer);
    form->addRow(m_previewLabels[3], m_previewResult);
    auto *server = new QHBoxLayout;
    server->addWidget(m_askServer);
    server->addWidget(m_serverResult, 1);
    form->addRow(server);
    connect(m_previewItem, &QComboBox::currentIndexChanged, this, &CouponsPage::updatePreview);
    connect(m_previewPrice, &QLineEdit::textChanged, this, &CouponsPage::updatePreview);
    connect(m_previewCustomer, &QComboBox::currentIndexChanged, this, &CouponsPage::updatePreview);
    connect(m_askServer, &QPushButton::clicked, this, &CouponsPage::askServer);
    return tab;
}

QWidget *CouponsPage::buildQrTab()
{
    auto *tab = new QWidget;
    auto *row = new QHBoxLayout(tab);
    m_qrImage = new QLabel;
    m_qrImage->setObjectName(QStringLiteral("qrImage"));
    m_qrImage->setAlignment(Qt::AlignCenter);
    m_qrImage->setMinimumSize(200, 200);
    row->addWidget(m_qrImage);
    auto *side = new QVBoxLayout;
    m_qrText = new QLabel;
    m_qrText->setWordWrap(true);
    m_qrText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savePng = new QPushButton;
    m_savePdf = new QPushButton;
    side->addWidget(m_qrText, 1);
    side->addWidget(m_savePng, 0, Qt::AlignLeft);
    side->addWidget(m_savePdf, 0, Qt::AlignLeft);
    row->addLayout(side, 1);
    connect(m_savePng, &QPushButton::clicked, this, [this] { exportQrFile(false); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { exportQrFile(true); });
    return tab;
}

QWidget *CouponsPage::buildReferralTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_referralHelp = new QLabel;
    m_referralHelp->setWordWrap(true);
    layout->addWidget(m_referralHelp);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_inviterLabel = new QLabel;
    m_inviter = new QListWidget;
    m_inviter->setObjectName(QStringLiteral("inviterCoupons"));
    left->addWidget(m_inviterLabel);
    left->addWidget(m_inviter);
    auto *right = new QVBoxLayout;
    m_inviteeLabel = new QLabel;
    m_invitee = new QListWidget;
    m_invitee->setObjectName(QStringLiteral("inviteeCoupons"));
    right->addWidget(m_inviteeLabel);
    right->addWidget(m_invitee);
    lists->addLayout(left);
    lists->addLayout(right);
    layout->addLayout(lists, 1);
    auto *bar = new QHBoxLayout;
    m_referralCoupon = new QComboBox;
    m_addInviter = new QPushButton;
    m_addInvitee = new QPushButton;
    m_removeReferral = new QPushButton;
    bar->addWidget(m_referralCoupon, 1);
    bar->addWidget(m_addInviter);
    bar->addWidget(m_addInvitee);
    bar->addWidget(m_removeReferral);
    layout->addLayout(bar);
    connect(m_addInviter, &QPushButton::clicked, this, [this] {
        if (!m_referralCoupon->currentData().toString().isEmpty())
            setReferralRole(m_referralCoupon->currentData().toString(), ReferralRole::Inviter);
    });
    connect(m_addInvitee, &QPushButton::clicked, this, [this] {
        if (!m_referralCoupon->currentData().toString().isEmpty())
            setReferralRole(m_referralCoupon->currentData().toString(), ReferralRole::Invitee);
    });
    connect(m_removeReferral, &QPushButton::clicked, this, [this] {
        for (QListWidget *list : {m_inviter, m_invitee})
            for (QListWidgetItem *item : list->selectedItems())
                setReferralRole(item->data(Qt::UserRole).toString(), std::nullopt);
    });
    return tab;
}

QWidget *CouponsPage::buildFiguresTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_rangeLabel = new QLabel;
    const QDate today = businessDayOf(QDateTime::currentDateTimeUtc());
    m_figuresFrom = new QDateEdit(today.addDays(-30));
    m_figuresTo = new QDateEdit(today);
    for (QDateEdit *edit : {m_figuresFrom, m_figuresTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &CouponsPage::fillFigures);
    }
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_figuresFrom);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_figuresTo);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_campaignTable = new QTableWidget(0, 7);
    m_campaignTable->setObjectName(QStringLiteral("campaignFigures"));
    m_campaignTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_campaignTable->verticalHeader()->hide();
    m_campaignTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_campaignTable, 1);
    return tab;
}

void CouponsPage::retranslate()
{
    setWindowTitle(tr("Coupons"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, campaign or promo code"));
    m_kindFilter->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kindFilter->count(); ++i)
        m_kindFilter->setItemText(
            i, CouponText::kindName(*couponKindFromId(m_kindFilter->itemData(i).toString())));
    m_stateFilter->setItemText(0, tr("Active and disabled"));
    m_stateFilter->setItemText(1, tr("Active"));
    m_stateFilter->setItemText(2, tr("Disabled"));
    m_new->setText(tr("&New coupon…"));
    m_edit->setText(tr("&Edit…"));
    m_disable->setText(tr("&Disable…"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Value"), tr("Validity"),
                                        tr("Issued / quota"), tr("Redeemed"), tr("Campaign"),
                                        tr("Promo code"), tr("Referral"), tr("State"), tr("Sync")});
    m_tabs->setTabText(0, tr("Best-coupon preview"));
    m_tabs->setTabText(1, tr("Promo code"));
    m_tabs->setTabText(2, tr("Referral rewards"));
    m_tabs->setTabText(3, tr("Campaign figures"));
    m_previewLabels[0]->setText(tr("Service item"));
    m_previewLabels[1]->setText(tr("Price (¥)"));
    m_previewLabels[2]->setText(tr("Customer"));
    m_previewLabels[3]->setText(tr("Platform's choice"));
    if (m_previewCustomer->count() > 0)
        m_previewCustomer->setItemText(0, tr("New customer"));
    m_askServer->setText(tr("Ask the server"));
    m_savePng->setText(tr("Save as &PNG…"));
    m_savePdf->setText(tr("Save printable P&DF…"));
    m_referralHelp->setText(
        tr("When a customer's invitation brings a new customer, the inviter receives every "
           "active coupon on the left and the new customer every active coupon on the right. "
           "These coupons are issued only through referrals."));
    m_inviterLabel->setText(tr("Inviter receives"));
    m_inviteeLabel->setText(tr("Invitee receives"));
    m_addInviter->setText(tr("Add to inviter"));
    m_addInvitee->setText(tr("Add to invitee"));
    m_removeReferral->setText(tr("Remove selected"));
    m_rangeLabel->setText(tr("Business days"));
    m_campaignTable->setHorizontalHeaderLabels({tr("Campaign"), tr("Coupons"), tr("Issued"),
                                                tr("Redeemed"), tr("Discount cost"), tr("Orders"),
                                                tr("Revenue")});
    fillTable();
    fillReferral();
    fillFigures();
    updatePreview();
    updateQr();
}

void CouponsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QDateTime CouponsPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void CouponsPage::setNow(const QDateTime &now)
{
    m_now = now;
    updatePreview();
}

QJsonObject CouponsPage::docOf(const QString &id) const
{
    for (const QJsonObject &doc : m_docs)
        if (doc.value(QStringLiteral("id")).toString() == id)
            return doc;
    return {};
}

void CouponsPage::reload()
{
    m_docs = m_cache->couponDocs();
    m_coupons.clear();
    for (const QJsonObject &doc : std::as_const(m_docs))
        m_coupons.append(couponFromJson(doc));
    m_itemNames = m_cache->serviceItemNames();

    // The preview's choices, keeping what is chosen.
    const QString item = m_previewItem->currentData().toString();
    const QString customer = m_previewCustomer->currentData().toString();
    QSignalBlocker blockItem(m_previewItem);
    QSignalBlocker blockCustomer(m_previewCustomer);
    m_previewItem->clear();
    QList<QPair<QString, QString>> items;
    for (auto it = m_itemNames.constBegin(); it != m_itemNames.constEnd(); ++it)
        items.append({it.value(), it.key()});
    std::sort(items.begin(), items.end());
    for (const auto &[name, id] : items)
        m_previewItem->addItem(QStringLiteral("%1 · %2").arg(name, id), id);
    if (const int i = m_previewItem->findData(item); i >= 0)
        m_previewItem->setCurrentIndex(i);
    m_previewCustomer->clear();
    m_previewCustomer->addItem(tr("New customer"), QString());
    for (const CouponCache::Customer &c : m_cache->customers())
        m_previewCustomer->addItem(QStringLiteral("%1 · %2").arg(c.id, c.name), c.id);
    if (const int i = m_previewCustomer->findData(customer); i >= 0)
        m_previewCustomer->setCurrentIndex(i);

    fillTable();
    fillReferral();
    fillFigures();
    updatePreview();
    if (m_sync)
        m_sync->requestOutbox([self = QPointer<CouponsPage>(this)](const QList<OutboxEntry> &e) {
            if (self)
                self->fillSyncColumn(e);
        });
}

void CouponsPage::fillTable()
{
    const QString selected = selectedCouponId();
    const QString text = m_filter->text().trimmed();
    const QString kind = m_kindFilter->currentData().toString();
    const int state = m_stateFilter->currentIndex();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const QJsonObject &doc : std::as_const(m_docs)) {
        const CouponDefinition c = couponFromJson(doc);
        if (!kind.isEmpty() && couponKindId(c.kind) != kind)
            continue;
        if ((state == 1 && !c.active) || (state == 2 && c.active))
            continue;
        if (!text.isEmpty() && !c.name.contains(text, Qt::CaseInsensitive) &&
            !c.id.contains(text, Qt::CaseInsensitive) &&
            !c.campaign.contains(text, Qt::CaseInsensitive) &&
            !c.promoCode.contains(text, Qt::CaseInsensitive))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = cell(c.name);
        name->setData(Qt::UserRole + 1, c.id);
        name->setToolTip(c.id);
        m_table->setItem(row, ColName, name);
        m_table->setItem(row, ColKind, cell(CouponText::kindName(c.kind)));
        m_table->setItem(row, ColValue, cell(CouponText::value(c)));
        m_table->setItem(row, ColValidity, cell(CouponText::validity(c)));
        m_table->setItem(
            row, ColIssued,
            number(c.issuedCount, c.totalQuota ? tr("%1 / %2").arg(c.issuedCount).arg(*c.totalQuota)
                                               : tr("%1 / no limit").arg(c.issuedCount)));
        m_table->setItem(row, ColRedeemed, number(c.redeemedCount));
        m_table->setItem(row, ColCampaign, cell(c.campaign));
        m_table->setItem(row, ColPromo, cell(c.promoCode));
        m_table->setItem(
            row, ColReferral,
            cell(c.referralRole ? CouponText::referralRoleName(c.referralRole) : QString()));
        m_table->setItem(row, ColState, cell(c.active ? tr("Active") : tr("Disabled")));
        const QString sync = m_syncState.value(c.id);
        m_table->setItem(row, ColSync,
                         cell(sync == QLatin1String("refused")   ? tr("Refused (see Changes…)")
                              : sync == QLatin1String("waiting") ? tr("Waiting to sync")
                                                                 : QString()));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n coupon(s)", nullptr, m_table->rowCount()));
    if (!selected.isEmpty())
        selectCoupon(selected);
    updateButtons();
}

void CouponsPage::fillSyncColumn(const QList<OutboxEntry> &entries)
{
    QHash<QString, QString> state;
    for (const OutboxEntry &e : entries) {
        if (e.collection != QLatin1String("coupons"))
            continue;
        if (!e.isPending())
            state.insert(e.recordId, QStringLiteral("refused"));
        else if (!state.contains(e.recordId))
            state.insert(e.recordId, QStringLiteral("waiting"));
    }
    if (state == m_syncState)
        return;
    m_syncState = state;
    fillTable();
}

QStringList CouponsPage::shownCouponIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ids.append(m_table->item(row, ColName)->data(Qt::UserRole + 1).toString());
    return ids;
}

bool CouponsPage::selectCoupon(const QString &id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, ColName)->data(Qt::UserRole + 1).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QString CouponsPage::selectedCouponId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items)
        if (item->column() == ColName)
            return item->data(Qt::UserRole + 1).toString();
    return {};
}

void CouponsPage::updateButtons()
{
    const bool may = m_sync && CouponCommands::mayEdit(m_staff);
    const QJsonObject doc = docOf(selectedCouponId());
    m_new->setEnabled(may);
    m_edit->setEnabled(may && !doc.isEmpty());
    m_disable->setEnabled(may && !doc.isEmpty() &&
                          doc.value(QStringLiteral("active")).toBool(true));
    for (QPushButton *button : {m_addInviter, m_addInvitee, m_removeReferral})
        button->setEnabled(may);
}

CouponEditorDialog *CouponsPage::openEditor(const QString &id)
{
    QStringList campaigns;
    for (const QJsonObject &doc : std::as_const(m_docs)) {
        const QString campaign = doc.value(QStringLiteral("campaign")).toString();
        if (!campaign.isEmpty() && !campaigns.contains(campaign))
            campaigns.append(campaign);
    }
    campaigns.sort();
    auto *dialog = new CouponEditorDialog(m_itemNames, campaigns, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!id.isEmpty())
        dialog->setCoupon(docOf(id));
    connect(dialog, &CouponEditorDialog::saveRequested, this,
            [this, dialog] { saveFromEditor(dialog); });
    dialog->open();
    return dialog;
}

void CouponsPage::saveFromEditor(CouponEditorDialog *dialog)
{
    if (!m_sync || !dialog->canSave())
        return;
    const CouponDefinition coupon = dialog->definition();
    const QJsonObject current = dialog->isNew() ? QJsonObject() : docOf(coupon.id);
    if (!dialog->isNew() && current.isEmpty()) {
        dialog->setServerProblem(
            {{QStringLiteral("detail"), tr("The coupon is no longer in this computer's copy.")}});
        return;
    }
    const LocalChange change =
        dialog->isNew() ? CouponCommands::create(coupon) : CouponCommands::update(current, coupon);
    dialog->setBusy(true, tr("Saving…"));
    QPointer<CouponEditorDialog> guard(dialog);
    m_sync->submit(change, [this, guard](const QString &opId, const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty()) {
            guard->setBusy(false);
            guard->setServerProblem(
                {{QStringLiteral("detail"), tr("Could not store the change: %1").arg(error)}});
            return;
        }
        Q_EMIT changeSubmitted();
        m_reloadSoon.start();
        followEntry(guard, opId, 0);
    });
}

// Looks at the change's outbox entry until it settles or ~6 s have passed.
void CouponsPage::followEntry(QPointer<CouponEditorDialog> dialog, const QString &opId, int tries)
{
    if (!dialog || !m_sync)
        return;
    m_sync->requestOutbox([this, dialog, opId, tries](const QList<OutboxEntry> &entries) {
        if (!dialog)
            return;
        const auto found = std::find_if(entries.cbegin(), entries.cend(),
                                        [&opId](const OutboxEntry &e) { return e.opId == opId; });
        if (found == entries.cend()) {
            m_status->setText(tr("Saved: the server has the coupon."));
            dialog->accept();
            Q_EMIT editorFinished(true);
            return;
        }
        if (found->isParked() || found->isConflict()) {
            // The form holds everything typed; the refused entry goes, so
            // that saving again is one fresh change.
            QJsonObject problem = found->isParked()
                                      ? QJsonDocument::fromJson(found->serverRecord).object()
                                      : QJsonObject();
            if (found->isConflict())
                problem.insert(QStringLiteral("detail"),
                               tr("Someone changed this coupon meanwhile. Close the form and "
                                  "open the coupon again."));
            else if (problem.isEmpty())
                problem.insert(QStringLiteral("detail"), found->lastError);
            m_sync->discard(opId);
            dialog->setBusy(false);
            dialog->setServerProblem(problem);
            return;
        }
        if (tries >= 24) {
            m_status->setText(tr("Saved on this computer; the change is sent when the server "
                                 "answers."));
            dialog->accept();
            Q_EMIT editorFinished(false);
            return;
        }
        QTimer::singleShot(250, this,
                           [this, dialog, opId, tries] { followEntry(dialog, opId, tries + 1); });
    });
}

void CouponsPage::submit(const LocalChange &change)
{
    if (!m_sync)
        return;
    m_sync->submit(change, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            m_status->setText(tr("Could not store the change: %1").arg(error));
        Q_EMIT changeSubmitted();
        m_reloadSoon.start();
    });
}

void CouponsPage::disableCoupon(const QString &id, const QString &reason)
{
    const QJsonObject doc = docOf(id);
    if (doc.isEmpty() || !CouponCommands::mayEdit(m_staff))
        return;
    submit(CouponCommands::disable(doc, reason));
}

void CouponsPage::setReferralRole(const QString &couponId, std::optional<ReferralRole> role)
{
    const QJsonObject doc = docOf(couponId);
    if (doc.isEmpty() || !CouponCommands::mayEdit(m_staff))
        return;
    const CouponDefinition coupon = couponFromJson(doc);
    if (coupon.referralRole == role)
        return;
    // The referral role travels in a full update: the rest must pass the rules.
    CouponDefinition changed = coupon;
    changed.referralRole = role;
    const QList<CouponFieldIssue> issues = validateCoupon(changed);
    if (!issues.isEmpty()) {
        m_status->setText(tr("Coupon %1 cannot be changed before it is fixed: %2")
                              .arg(couponId, CouponText::issue(issues.first().field,
                                                               issues.first().code, changed)));
        return;
    }
    submit(CouponCommands::setReferralRole(doc, role));
}

void CouponsPage::fillReferral()
{
    m_inviter->clear();
    m_invitee->clear();
    const QString chosen = m_referralCoupon->currentData().toString();
    m_referralCoupon->clear();
    for (const QJsonObject &doc : std::as_const(m_docs)) {
        const CouponDefinition c = couponFromJson(doc);
        const QString text =
            QStringLiteral("%1 · %2 · %3")
                .arg(c.name, CouponText::value(c), c.active ? tr("active") : tr("disabled"));
        if (c.referralRole) {
            auto *item = new QListWidgetItem(
                text, *c.referralRole == ReferralRole::Inviter ? m_inviter : m_invitee);
            item->setData(Qt::UserRole, c.id);
        } else if (c.active && c.promoCode.isEmpty()) {
            m_referralCoupon->addItem(text, c.id);
        }
    }
    if (const int i = m_referralCoupon->findData(chosen); i >= 0)
        m_referralCoupon->setCurrentIndex(i);
}

BestCoupon CouponsPage::bestFor(const QString &serviceItemId, qint64 priceCents,
                                const QString &customerId, const QDateTime &at)
{
    CustomerCouponFacts facts;
    if (customerId.isEmpty())
        facts.isNewCustomer = true;
    else
        facts = m_cache->customerFacts(customerId, at);
    return bestCoupon(m_coupons, {serviceItemId, priceCents}, facts, at);
}

QString CouponsPage::previewText() const
{
    return m_previewResult->text();
}

void CouponsPage::updatePreview()
{
    m_serverResult->clear();
    const QString item = m_previewItem->currentData().toString();
    const std::optional<Money> price = Money::parse(m_previewPrice->text().trimmed());
    if (item.isEmpty()) {
        m_previewResult->setText(tr("Choose a service item."));
        return;
    }
    if (!price || price->cents() < 0) {
        m_previewResult->setText(tr("Enter the price in yuan, such as 200 or 199.50."));
        return;
    }
    const BestCoupon best =
        bestFor(item, price->cents(), m_previewCustomer->currentData().toString(), now());
    if (!best.found()) {
        m_previewResult->setText(tr("No coupon applies (%n active coupon(s) looked at). The "
                                    "customer pays %1.",
                                    nullptr, best.considered)
                                     .arg(CouponText::money(price->cents())));
        return;
    }
    const CouponDefinition coupon = couponFromJson(docOf(best.couponId));
    const QString how =
        best.alreadyHeld ? tr("the customer holds it") : tr("it would be issued at checkout");
    const QString expiry =
        best.expiresAt.isValid()
            ? tr("valid until %1")
                  .arg(businessDayOf(best.expiresAt.addSecs(-1)).toString(Qt::ISODate))
            : tr("no end date");
    m_previewResult->setText(
        tr("%1 (%2): %3 off, the customer pays %4 — %5; %6.")
            .arg(coupon.name, best.couponId, CouponText::money(best.discountCents),
                 CouponText::money(price->cents() - best.discountCents), how, expiry));
}

void CouponsPage::askServer()
{
    const QString customer = m_previewCustomer->currentData().toString();
    const std::optional<Money> price = Money::parse(m_previewPrice->text().trimmed());
    if (!m_api || !price)
        return;
    if (customer.isEmpty()) {
        m_serverResult->setText(tr("The server answers for a known customer only."));
        return;
    }
    QJsonObject body{{QStringLiteral("service_item_id"), m_previewItem->currentData().toString()},
                     {QStringLiteral("price_cents"), price->cents()},
                     {QStringLiteral("customer_id"), customer}};
    if (m_now.isValid())
        body.insert(QStringLiteral("at"), m_now.toUTC().toString(Qt::ISODate));
    m_serverResult->setText(tr("Asking…"));
    m_api->send(
        ApiRequest::post(QStringLiteral("/api/v1/coupons/best"), body), this,
        [this](const ApiResponse &response) {
            if (!response.ok()) {
                m_serverResult->setText(response.error.message());
                return;
            }
            const QJsonObject answer = response.json();
            const QString id = answer.value(QStringLiteral("coupon_id")).toString();
            m_serverResult->setText(
                id.isEmpty()
                    ? tr("Server: no coupon.")
                    : tr("Server: %1, %2 off.")
                          .arg(id,
                               CouponText::money(
                                   answer.value(QStringLiteral("discount_cents")).toInteger())));
        });
}

void CouponsPage::updateQr()
{
    const QJsonObject doc = docOf(selectedCouponId());
    const QString code = doc.value(QStringLiteral("promo_code")).toString();
    m_savePng->setEnabled(!code.isEmpty());
    m_savePdf->setEnabled(!code.isEmpty());
    if (code.isEmpty()) {
        m_qrImage->clear();
        m_qrText->setText(doc.isEmpty() ? tr("Select a coupon with a promo code.")
                                        : tr("This coupon has no promo code. Give it one in "
                                             "Edit… to print it as a QR code."));
        return;
    }
    const PromoCodeQr::Matrix matrix = PromoCodeQr::encode(code);
    // Whole device pixels per module: sharp edges at any display scaling.
    const qreal ratio = devicePixelRatioF();
    const int modulePixels = std::max(1, int(220 * ratio) / (matrix.size + 8));
    QPixmap pixmap = QPixmap::fromImage(PromoCodeQr::render(matrix, modulePixels));
    pixmap.setDevicePixelRatio(ratio);
    m_qrImage->setPixmap(pixmap);
    const CouponDefinition coupon = couponFromJson(doc);
    m_qrText->setText(QStringLiteral("<b>%1</b><br>%2<br><br>%3")
                          .arg(code.toHtmlEscaped(), coupon.name.toHtmlEscaped(),
                               CouponText::terms(coupon, m_itemNames)
                                   .toHtmlEscaped()
                                   .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

bool CouponsPage::exportQrPng(const QString &couponId, const QString &path, QString *error)
{
    const QString code = docOf(couponId).value(QStringLiteral("promo_code")).toString();
    QString why;
    const PromoCodeQr::Matrix matrix = PromoCodeQr::encode(code, &why);
    if (matrix.isNull()) {
        if (error)
            *error = why;
        return false;
    }
    return PromoCodeQr::writePng(matrix, path, error);
}

bool CouponsPage::exportQrPdf(const QString &couponId, const QString &path, QString *error)
{
    const QJsonObject doc = docOf(couponId);
    const CouponDefinition coupon = couponFromJson(doc);
    QString why;
    const PromoCodeQr::Matrix matrix = PromoCodeQr::encode(coupon.promoCode, &why);
    if (matrix.isNull()) {
        if (error)
            *error = why;
        return false;
    }
    return PromoCodeQr::writePdf(
        matrix, {coupon.promoCode, coupon.name, CouponText::terms(coupon, m_itemNames)}, path,
        error);
}

QString CouponsPage::exportQrFile(bool pdf)
{
    const QString id = selectedCouponId();
    const QString code = docOf(id).value(QStringLiteral("promo_code")).toString();
    if (code.isEmpty())
        return {};
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save printable PDF") : tr("Save QR code as PNG"),
        code + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")),
        pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return {};
    QString error;
    const bool ok = pdf ? exportQrPdf(id, path, &error) : exportQrPng(id, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Not saved"), error);
    else
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return ok ? path : QString();
}

QList<CouponCache::Figures> CouponsPage::campaignFigures(const QDate &from, const QDate &to)
{
    return m_cache->campaignFigures(from, to);
}

void CouponsPage::setFigureRange(const QDate &from, const QDate &to)
{
    QSignalBlocker a(m_figuresFrom);
    QSignalBlocker b(m_figuresTo);
    m_figuresFrom->setDate(from);
    m_figuresTo->setDate(to);
    fillFigures();
}

void CouponsPage::fillFigures()
{
    if (!m_campaignTable)
        return;
    const QList<CouponCache::Figures> rows =
        m_cache->campaignFigures(m_figuresFrom->date(), m_figuresTo->date());
    m_campaignTable->setRowCount(0);
    for (const CouponCache::Figures &f : rows) {
        const int row = m_campaignTable->rowCount();
        m_campaignTable->insertRow(row);
        m_campaignTable->setItem(row, 0, cell(f.key.isEmpty() ? tr("(no campaign)") : f.key));
        m_campaignTable->setItem(row, 1, number(f.coupons));
        m_campaignTable->setItem(row, 2, number(f.issued));
        m_campaignTable->setItem(row, 3, number(f.redeemed));
        m_campaignTable->setItem(row, 4,
                                 number(f.discountCents, CouponText::money(f.discountCents)));
        m_campaignTable->setItem(row, 5, number(f.orders));
        m_campaignTable->setItem(row, 6, number(f.revenueCents, CouponText::money(f.revenueCents)));
    }
    m_campaignTable->resizeColumnsToContents();
}

} // namespace OpsDesk
