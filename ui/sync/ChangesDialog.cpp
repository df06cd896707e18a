#include "ui/sync/ChangesDialog.h"

#include "services/sync/OutboxReplayer.h"
#include "services/sync/SyncSession.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

enum Column
{
    ChangeColumn,
    StateColumn,
    ReasonColumn,
    MadeColumn,
    ColumnCount
};

QString stateText(const OutboxEntry &entry)
{
    if (entry.isConflict())
        return ChangesDialog::tr("Conflict");
    if (entry.isParked())
        return ChangesDialog::tr("Refused");
    if (entry.attempts > 0)
        return ChangesDialog::tr("Waiting to retry (%n attempt(s))", nullptr, entry.attempts);
    return ChangesDialog::tr("Waiting to be sent");
}

} // namespace

ChangesDialog::ChangesDialog(SyncSession *sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_applyAgain(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_sendNow(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("changesDialog"));
    resize(860, 520);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("changeDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumBlockCount(400);
    m_applyAgain->setObjectName(QStringLiteral("applyAgainButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyAgain);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChangesDialog::updateDetails);
    connect(m_applyAgain, &QPushButton::clicked, this, [this] {
        if (const auto entry = selected())
            m_sync->applyAgain(entry->opId);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const auto entry = selected())
            m_sync->retry(entry->opId);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const auto entry = selected();
        if (!entry)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Discard the change?"),
            tr("“%1” will not reach the server and the record goes back to the server's "
               "version. This cannot be undone.")
                .arg(entry->summary));
        if (answer == QMessageBox::Yes)
            m_sync->discard(entry->opId);
    });
    connect(m_sendNow, &QPushButton::clicked, this, [this] { m_sync->outbox()->kick(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_sync, &SyncSession::outboxCountsChanged, this, &ChangesDialog::reload);
    retranslate();
    reload();
}

void ChangesDialog::reload()
{
    m_sync->requestOutbox([this](const QList<OutboxEntry> &entries) { showEntries(entries); });
}

int ChangesDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

void ChangesDialog::showEntries(const QList<OutboxEntry> &entries)
{
    const QString current = selected() ? selected()->opId : QString();
    m_entries = entries;
    m_list->clear();
    int pending = 0, parked = 0, conflicts = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const OutboxEntry &entry = entries.at(i);
        pending += entry.isPending();
        parked += entry.isParked();
        conflicts += entry.isConflict();
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, i);
        item->setText(ChangeColumn, entry.summary.isEmpty() ? QString::fromLatin1(entry.method) +
                                                                  QLatin1Char(' ') + entry.path
                                                            : entry.summary);
        item->setText(StateColumn, stateText(entry));
        item->setText(ReasonColumn, entry.lastError);
        item->setToolTip(ReasonColumn, entry.lastError);
        const QDateTime made = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
        item->setText(MadeColumn, QLocale().toString(made.toLocalTime(), QLocale::ShortFormat));
        if (entry.isConflict() || entry.isParked())
            item->setForeground(StateColumn, QColor(0xb4, 0x53, 0x09));
        if (entry.opId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_summary->setText(
        entries.isEmpty()
            ? tr("Every change you made is on the server.")
            : tr("%1 waiting to be sent, %2 refused by the server, %3 in conflict with a newer "
                 "version. Nothing is dropped without your decision.")
                  .arg(pending)
                  .arg(parked)
                  .arg(conflicts));
    updateDetails();
}

std::optional<OutboxEntry> ChangesDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

void ChangesDialog::updateDetails()
{
    const auto entry = selected();
    m_applyAgain->setEnabled(entry && entry->isConflict());
    m_retry->setEnabled(entry && entry->isParked());
    m_discard->setEnabled(entry.has_value());
    if (!entry) {
        m_details->clear();
        return;
    }
    QString text = tr("Request: %1 %2").arg(QString::fromLatin1(entry->method), entry->path);
    if (entry->httpStatus > 0)
        text += QLatin1Char('\n') + tr("Server answer: HTTP %1").arg(entry->httpStatus);
    if (!entry->lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Reason: %1").arg(entry->lastError);
    text += QLatin1Char('\n') +
            tr("Sent with: %1")
                .arg(QString::fromUtf8(
                    QJsonDocument::fromJson(entry->body).toJson(QJsonDocument::Indented)));
    if (entry->isConflict() && !entry->serverRecord.isEmpty())
        text +=
            QLatin1Char('\n') +
            tr("The server's current record:\n%1")
                .arg(QString::fromUtf8(
                    QJsonDocument::fromJson(entry->serverRecord).toJson(QJsonDocument::Indented)));
    m_details->setPlainText(text);
}

void ChangesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEntries(m_entries);
    }
    QDialog::changeEvent(event);
}

void ChangesDialog::retranslate()
{
    setWindowTitle(tr("Changes not yet on the server"));
    m_list->setHeaderLabels({tr("Change"), tr("State"), tr("Reason"), tr("Made")});
    m_applyAgain->setText(tr("&Apply again"));
    m_applyAgain->setToolTip(tr("Send the same change again, on top of the server's current "
                                "version"));
    m_retry->setText(tr("&Retry"));
    m_discard->setText(tr("&Discard…"));
    m_sendNow->setText(tr("&Send now"));
    m_close->setText(tr("Close"));
}

} // namespace OpsDesk
