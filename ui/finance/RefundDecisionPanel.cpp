#include "ui/finance/RefundDecisionPanel.h"

#include "models/Money.h"
#include "models/finance/RefundQueue.h"
#include "models/orders/OrderStatusText.h"
#include "services/finance/RefundCache.h"
#include "services/sync/SyncSession.h"
#include "ui/orders/OrderText.h"
#include "ui/orders/PhotoStrip.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

constexpr int MaxHistoryLines = 6;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString text(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toString();
}

qint64 cents(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toInteger();
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toDisplayString();
}

QString muted(const QString &line)
{
    return QStringLiteral("<p style='margin:2px;color:#666'>") + esc(line) + QStringLiteral("</p>");
}

QString line(const QString &value)
{
    return QStringLiteral("<p style='margin:2px'>") + esc(value) + QStringLiteral("</p>");
}

} // namespace

RefundDecisionPanel::RefundDecisionPanel(const Staff &staff, RefundCache *cache, SyncSession *sync,
                                         QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cache(cache)
    , m_sync(sync)
    , m_title(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_request(new QLabel(this))
    , m_evidenceTitle(new QLabel(this))
    , m_evidence(new PhotoStrip(this))
    , m_details(new QLabel(this))
    , m_jobPhotosTitle(new QLabel(this))
    , m_jobPhotos(new PhotoStrip(this))
    , m_history(new QLabel(this))
    , m_decide(new QGroupBox(this))
    , m_amountLabel(new QLabel(m_decide))
    , m_amount(new QLineEdit(m_decide))
    , m_full(new QPushButton(m_decide))
    , m_noteLabel(new QLabel(m_decide))
    , m_note(new QLineEdit(m_decide))
    , m_approve(new QPushButton(m_decide))
    , m_split(new QLabel(m_decide))
    , m_blocked(new QLabel(m_decide))
    , m_rejectLabel(new QLabel(m_decide))
    , m_rejectReason(new QComboBox(m_decide))
    , m_rejectText(new QLineEdit(m_decide))
    , m_reject(new QPushButton(m_decide))
    , m_message(new QLabel(m_decide))
{
    setObjectName(QStringLiteral("refundPanel"));
    m_title->setObjectName(QStringLiteral("refundTitle"));
    m_pendingLabel->setObjectName(QStringLiteral("refundPending"));
    m_request->setObjectName(QStringLiteral("refundRequest"));
    m_evidence->setObjectName(QStringLiteral("refundEvidence"));
    m_details->setObjectName(QStringLiteral("refundDetails"));
    m_jobPhotos->setObjectName(QStringLiteral("refundJobPhotos"));
    m_history->setObjectName(QStringLiteral("refundHistory"));
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_full->setObjectName(QStringLiteral("refundFull"));
    m_note->setObjectName(QStringLiteral("refundNote"));
    m_approve->setObjectName(QStringLiteral("refundApprove"));
    m_split->setObjectName(QStringLiteral("refundSplit"));
    m_blocked->setObjectName(QStringLiteral("refundBlocked"));
    m_rejectReason->setObjectName(QStringLiteral("refundRejectReason"));
    m_rejectText->setObjectName(QStringLiteral("refundRejectText"));
    m_reject->setObjectName(QStringLiteral("refundReject"));
    m_message->setObjectName(QStringLiteral("refundMessage"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pendingLabel->setStyleSheet(QStringLiteral("color:#a15c00"));
    m_pendingLabel->setWordWrap(true);
    for (QLabel *label : {m_request, m_details, m_history}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QLabel *label : {m_evidenceTitle, m_jobPhotosTitle})
        label->setTextFormat(Qt::RichText);
    FileStore *files = m_sync ? m_sync->files() : nullptr;
    m_evidence->setFiles(files);
    m_jobPhotos->setFiles(files);
    m_amount->setMaximumWidth(120);
    m_amount->setClearButtonEnabled(true);
    m_split->setWordWrap(true);
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color:#a15c00"));
    m_message->setWordWrap(true);

    // The form: approve (amount, full, button; the split; a note) over
    // reject (reason, button; the clerk's words), then what happened.
    m_rejectReason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rejectReason->setMinimumContentsLength(18);
    auto *form = new QGridLayout(m_decide);
    form->addWidget(m_amountLabel, 0, 0);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_full);
    amountRow->addStretch();
    amountRow->addWidget(m_approve);
    form->addLayout(amountRow, 0, 1);
    form->addWidget(m_split, 1, 1);
    form->addWidget(m_noteLabel, 2, 0);
    form->addWidget(m_note, 2, 1);
    form->addWidget(m_blocked, 3, 1);
    form->addWidget(m_rejectLabel, 4, 0);
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_rejectReason, 1);
    rejectRow->addWidget(m_reject);
    form->addLayout(rejectRow, 4, 1);
    form->addWidget(m_rejectText, 5, 1);
    form->addWidget(m_message, 6, 0, 1, 2);
    form->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_pendingLabel);
    contentLayout->addWidget(m_request);
    contentLayout->addWidget(m_evidenceTitle);
    contentLayout->addWidget(m_evidence);
    contentLayout->addWidget(m_details);
    contentLayout->addWidget(m_jobPhotosTitle);
    contentLayout->addWidget(m_jobPhotos);
    contentLayout->addWidget(m_history);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_decide);

    connect(m_amount, &QLineEdit::textChanged, this, &RefundDecisionPanel::onAmountChanged);
    connect(m_amount, &QLineEdit::returnPressed, this, &RefundDecisionPanel::approve);
    connect(m_full, &QPushButton::clicked, this, [this] {
        const qint64 requested = cents(m_refund, "amount_requested_cents");
        const qint64 full = RefundCommands::firstApprovalCents(m_refund).value_or(std::min(
            requested, Finance::refundableCents(m_bounds.paidCents, m_bounds.refundedCents)));
        m_amount->setText(Money::fromCents(full).toDecimalString());
    });
    connect(m_approve, &QPushButton::clicked, this, &RefundDecisionPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &RefundDecisionPanel::reject);
    connect(m_rejectText, &QLineEdit::returnPressed, this, &RefundDecisionPanel::reject);

    retranslate();
    render();
}

QDateTime RefundDecisionPanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void RefundDecisionPanel::showRefund(const QString &refundId)
{
    if (refundId == m_refundId)
        return;
    m_refundId = refundId;
    m_message->clear();
    m_note->clear();
    m_rejectText->clear();
    m_amount->clear();
    reload();
    // The amount starts at "in full": the clerk lowers it for a partial refund.
    if (RefundCommands::mayAct(m_staff, m_refund))
        m_full->click();
}

void RefundDecisionPanel::reload()
{
    m_refund = m_refundId.isEmpty()
                   ? QJsonObject()
                   : m_cache->orders().record(QStringLiteral("refunds"), m_refundId);
    m_pending =
        !m_refundId.isEmpty() && m_cache->orders().isPending(QStringLiteral("refunds"), m_refundId);
    m_order = m_refund.isEmpty()
                  ? QJsonObject()
                  : m_cache->orders().record(QStringLiteral("orders"), text(m_refund, "order_id"));
    m_bounds = RefundCommands::Bounds();
    m_bounds.paidCents = cents(m_order, "paid_cents");
    m_bounds.refundedCents = m_cache->refundedCents(m_order, m_refundId);
    m_bounds.technicianEarningsCents =
        m_order.isEmpty()
            ? 0
            : m_cache->technicianEarnings(m_order, now().toOffsetFromUtc(8 * 3600).date());
    render();
}

QString RefundDecisionPanel::actorName(const QString &id) const
{
    return id.isEmpty() ? tr("unknown") : actorTitle(id, m_cache->orders(), m_staff.id);
}

void RefundDecisionPanel::render()
{
    if (m_refund.isEmpty()) {
        m_title->setText(m_refundId.isEmpty() ? tr("No refund request selected") : m_refundId);
        m_pendingLabel->hide();
        m_request->setText(m_refundId.isEmpty()
                               ? tr("Select a request in the queue to decide it here.")
                               : tr("This request is not in the local cache."));
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_evidenceTitle, m_evidence, m_details,
                                              m_jobPhotosTitle, m_jobPhotos, m_history, m_decide})
            w->hide();
        m_evidence->setPhotos({});
        m_jobPhotos->setPhotos({});
        return;
    }
    const QString status = text(m_refund, "status");
    m_title->setText(tr("Refund %1 · %2").arg(m_refundId, Finance::RefundText::statusName(status)));
    m_pendingLabel->setText(tr("Your decision is waiting to be sent to the server…"));
    m_pendingLabel->setVisible(m_pending);

    // The request: who, why, how much, when.
    const QJsonObject customer =
        m_cache->orders().record(QStringLiteral("customers"), text(m_refund, "customer_id"));
    QString html = detailSection(tr("Request")) + QStringLiteral("<table>");
    html += detailRow(tr("Customer"), text(customer, "name").isEmpty()
                                          ? text(m_refund, "customer_id")
                                          : text(customer, "name") + QStringLiteral(" · ") +
                                                text(customer, "phone"));
    html += detailRow(tr("Reason"), Finance::RefundText::reasonName(text(m_refund, "reason_code")));
    html += detailRow(tr("In their words"), text(m_refund, "reason_text"));
    html += detailRow(tr("Asked for"), money(cents(m_refund, "amount_requested_cents")), true);
    const QDateTime created =
        QDateTime::fromString(text(m_refund, "created_at"), Qt::ISODateWithMs);
    const qint64 days = created.isValid() ? std::max<qint64>(0, created.secsTo(now()) / 86400) : 0;
    html += detailRow(tr("Submitted"), tr("%1 (%n day(s) ago)", nullptr, int(days))
                                           .arg(localTimeText(text(m_refund, "created_at"))));
    html += QStringLiteral("</table>");
    m_request->setText(html);

    QStringList evidence;
    for (const QJsonValue &sha : m_refund.value(QStringLiteral("evidence")).toArray())
        evidence.append(sha.toString());
    m_evidenceTitle->setText(detailSection(tr("Evidence from the customer")));
    if (evidence != m_evidence->photos() || m_evidence->isHidden())
        m_evidence->setPhotos(evidence);
    m_details->setText(detailsHtml());
    QStringList jobPhotos;
    for (const QJsonValue &sha : m_order.value(QStringLiteral("photos")).toArray())
        jobPhotos.append(sha.toString());
    m_jobPhotosTitle->setText(detailSection(tr("The technician's job photos")));
    if (jobPhotos != m_jobPhotos->photos() || m_jobPhotos->isHidden())
        m_jobPhotos->setPhotos(jobPhotos);
    m_history->setText(historyHtml());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_evidenceTitle, m_evidence, m_details, m_jobPhotosTitle,
                                          m_jobPhotos, m_history, m_decide})
        w->show();
    updateForm();
}

QString RefundDecisionPanel::detailsHtml() const
{
    QString html;
    // The order's money and what is left to refund.
    html += detailSection(tr("Order and money")) + QStringLiteral("<table>");
    if (m_order.isEmpty()) {
        html += detailRow(tr("Order"),
                          tr("%1 is not in the local cache").arg(text(m_refund, "order_id")));
        return html + QStringLiteral("</table>");
    }
    html += detailRow(tr("Order"),
                      tr("%1 · %2 · %3")
                          .arg(text(m_order, "id"),
                               m_cache->orders().serviceItemName(text(m_order, "service_item_id")),
                               cityTitle(text(m_order, "city"))));
    html += detailRow(tr("Price"), money(cents(m_order, "price_cents")));
    html += detailRow(tr("Coupon discount"), money(cents(m_order, "coupon_discount_cents")));
    html += detailRow(tr("Paid"), money(m_bounds.paidCents));
    const qint64 onServer = cents(m_order, "refunded_cents");
    QString refunded = money(onServer);
    if (m_bounds.refundedCents != onServer)
        refunded +=
            tr(" + %1 approved by you, not yet sent").arg(money(m_bounds.refundedCents - onServer));
    html += detailRow(tr("Already refunded"), refunded);
    html += detailRow(tr("Refundable now"),
                      money(Finance::refundableCents(m_bounds.paidCents, m_bounds.refundedCents)),
                      true);
    html += detailRow(tr("Technician's earnings"), money(m_bounds.technicianEarningsCents));
    html += QStringLiteral("</table>");

    // Decisions so far: every approval and the rejection, who and when.
    html += detailSection(tr("Decisions"));
    const QJsonArray approvals = m_refund.value(QStringLiteral("approvals")).toArray();
    const QString status = text(m_refund, "status");
    if (approvals.isEmpty() && status != QLatin1String("rejected"))
        html += muted(tr("None yet."));
    html += QStringLiteral("<table>");
    for (const QJsonValue &value : approvals) {
        const QJsonObject a = value.toObject();
        QString what = a.value(QStringLiteral("step")).toInt() == 2
                           ? tr("Second approval of %1").arg(money(cents(a, "amount_cents")))
                           : tr("Approved %1").arg(money(cents(a, "amount_cents")));
        if (!text(a, "note").isEmpty())
            what += QStringLiteral(" — ") + text(a, "note");
        if (a.value(QStringLiteral("pending")).toBool())
            what += tr(" (waiting to sync)");
        html += QStringLiteral("<tr><td style='color:#666;padding-right:10px'>") +
                esc(localTimeText(text(a, "at"))) + QStringLiteral("</td><td>") +
                esc(actorName(text(a, "by"))) + QStringLiteral("</td><td>") + esc(what) +
                QStringLiteral("</td></tr>");
    }
    if (status == QLatin1String("rejected")) {
        QString what = tr("Rejected — %1").arg(text(m_refund, "rejection_reason"));
        if (m_pending)
            what += tr(" (waiting to sync)");
        html += QStringLiteral("<tr><td style='color:#666;padding-right:10px'>") +
                esc(localTimeText(text(m_refund, "decided_at"))) + QStringLiteral("</td><td>") +
                esc(actorName(text(m_refund, "decided_by"))) + QStringLiteral("</td><td>") +
                esc(what) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (status == QLatin1String("approved") || status == QLatin1String("paid_out"))
        html += line(tr("Refunded %1: the technician bears %2, the platform %3.")
                         .arg(money(cents(m_refund, "approved_amount_cents")),
                              money(cents(m_refund, "technician_share_cents")),
                              money(cents(m_refund, "platform_share_cents"))));

    // The technician's service record for the order.
    html += detailSection(tr("Service record"));
    html += QStringLiteral("<table>");
    const QString technicianId = text(m_order, "technician_id");
    const QJsonObject technician =
        m_cache->orders().record(QStringLiteral("technicians"), technicianId);
    html += detailRow(tr("Technician"),
                      technicianId.isEmpty()
                          ? tr("not assigned")
                          : tr("%1 (%2) · %n star(s)", nullptr,
                               technician.value(QStringLiteral("star_level")).toInt())
                                .arg(m_cache->orders().technicianName(technicianId), technicianId));
    html += detailRow(tr("Appointment"), appointmentText(text(m_order, "appointment_start"),
                                                         text(m_order, "appointment_end")));
    html += detailRow(tr("Order status"), orderStatusTitle(text(m_order, "status")));
    html += QStringLiteral("</table>");
    html += statusTimelineHtml(m_order.value(QStringLiteral("status_history")).toArray(),
                               m_cache->orders(), m_staff.id);
    for (const QJsonValue &value : m_order.value(QStringLiteral("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        html += line(tr("Note %1 · %2: %3")
                         .arg(localTimeText(text(note, "at")), actorName(text(note, "by")),
                              text(note, "text")));
    }
    return html;
}

QString RefundDecisionPanel::historyHtml() const
{
    // Earlier refunds and complaints of the customer and of the technician.
    const auto refundLines = [this](const QList<QJsonObject> &refunds) -> QString {
        QString html;
        int shown = 0, total = 0;
        qint64 approved = 0;
        for (const QJsonObject &r : refunds) {
            if (text(r, "id") == m_refundId)
                continue;
            ++total;
            approved += cents(r, "approved_amount_cents");
            if (shown++ < MaxHistoryLines)
                html += line(tr("%1 · %2 · %3 asked, %4 · %5")
                                 .arg(localTimeText(text(r, "created_at")).left(10), text(r, "id"),
                                      money(cents(r, "amount_requested_cents")),
                                      Finance::RefundText::statusName(text(r, "status")),
                                      Finance::RefundText::reasonName(text(r, "reason_code"))));
        }
        if (total == 0)
            return muted(tr("No earlier refunds."));
        return muted(tr("%n earlier refund(s), %1 refunded in all", nullptr, total)
                         .arg(money(approved))) +
               html;
    };
    const auto complaintLines = [](const QList<QJsonObject> &complaints) -> QString {
        if (complaints.isEmpty())
            return muted(tr("No complaints."));
        QString html = muted(tr("%n complaint(s)", nullptr, int(complaints.size())));
        for (int i = 0; i < std::min<int>(MaxHistoryLines, int(complaints.size())); ++i) {
            const QJsonObject &c = complaints.at(i);
            html += line(tr("%1 · %2 · %3 — %4")
                             .arg(localTimeText(text(c, "created_at")).left(10), text(c, "id"),
                                  text(c, "status"), text(c, "text")));
        }
        return html;
    };
    const QString customerId = text(m_refund, "customer_id");
    QString technicianId = text(m_refund, "technician_id");
    if (technicianId.isEmpty())
        technicianId = text(m_order, "technician_id");
    QString html = detailSection(tr("This customer's history"));
    html += refundLines(m_cache->refundsOf(QStringLiteral("customer_id"), customerId));
    html += complaintLines(m_cache->complaintsOf(QStringLiteral("customer_id"), customerId));
    html += detailSection(tr("This technician's history"));
    if (technicianId.isEmpty())
        return html + muted(tr("No technician on this order."));
    html += refundLines(m_cache->refundsOf(QStringLiteral("technician_id"), technicianId));
    html += complaintLines(m_cache->complaintsOf(QStringLiteral("technician_id"), technicianId));
    return html;
}

void RefundDecisionPanel::updateForm()
{
    const bool mayAct = RefundCommands::mayAct(m_staff, m_refund) && !m_pending;
    const QString blocked = m_pending ? tr("Your decision on this request is waiting to be sent.")
                                      : RefundCommands::approvalBlocked(m_staff, m_refund);
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_amount, m_full, m_note, m_rejectReason,
                                                       m_rejectText, m_reject})
        w->setEnabled(mayAct);
    // A second approval by the first approver is refused; rejecting stays
    // possible (a colleague may still reject what was approved once).
    onAmountChanged();
}

void RefundDecisionPanel::onAmountChanged()
{
    const bool mayApprove = RefundCommands::mayAct(m_staff, m_refund) && !m_pending &&
                            RefundCommands::approvalBlocked(m_staff, m_refund).isEmpty();
    const auto fail = [this](const QString &why) {
        m_split->setText(why);
        m_split->setStyleSheet(QStringLiteral("color:#c62828"));
        m_approve->setEnabled(false);
    };
    m_approve->setText(tr("Approve"));
    if (!mayApprove) {
        m_split->clear();
        m_approve->setEnabled(false);
        return;
    }
    const QString typed = m_amount->text().trimmed();
    if (typed.isEmpty())
        return fail(tr("Enter the amount to refund in yuan, e.g. 45.50."));
    const std::optional<Money> amount = Money::parse(typed);
    if (!amount)
        return fail(tr("\"%1\" is not an amount in yuan with at most two decimals.").arg(typed));
    const QString problem =
        RefundCommands::checkApproval(m_staff, m_refund, amount->cents(), m_bounds);
    if (!problem.isEmpty())
        return fail(problem);
    const Finance::RefundSplit split =
        Finance::splitRefund(amount->cents(), m_bounds.refundedCents, m_bounds.paidCents,
                             m_bounds.technicianEarningsCents);
    QString info = tr("The technician bears %1, the platform %2.")
                       .arg(money(split.technicianShareCents), money(split.platformShareCents));
    if (RefundCommands::isSecondApproval(m_refund)) {
        m_approve->setText(tr("Give second approval"));
    } else if (!RefundCommands::approvalCompletes(m_refund, amount->cents(), m_bounds)) {
        info += QLatin1Char(' ') + tr("Above %1: this is the first approval; another finance "
                                      "colleague must approve it too.")
                                       .arg(money(m_bounds.thresholdCents));
        m_approve->setText(tr("Approve (first of two)"));
    }
    m_split->setText(info);
    m_split->setStyleSheet(QString());
    m_approve->setEnabled(true);
}

void RefundDecisionPanel::approve()
{
    if (!m_approve->isEnabled())
        return;
    const std::optional<Money> amount = Money::parse(m_amount->text().trimmed());
    if (!amount)
        return;
    if (const QString problem = RefundCommands::checkNote(m_note->text()); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    submit(RefundCommands::approve(m_staff, m_refund, amount->cents(), m_note->text(), m_bounds),
           tr("Approval of %1 saved.").arg(amount->toDisplayString()));
}

void RefundDecisionPanel::reject()
{
    if (!m_reject->isEnabled())
        return;
    const QString code = m_rejectReason->currentData().toString();
    if (const QString problem = RefundCommands::checkRejection(code, m_rejectText->text());
        !problem.isEmpty()) {
        m_message->setText(problem);
        m_rejectText->setFocus();
        return;
    }
    submit(RefundCommands::reject(m_staff, m_refund, code, m_rejectText->text()),
           tr("Rejection saved."));
}

void RefundDecisionPanel::submit(const LocalChange &change, const QString &done)
{
    if (!m_sync)
        return;
    m_message->setText(tr("Saving…"));
    QPointer<RefundDecisionPanel> self(this);
    const QString refundId = m_refundId;
    m_sync->submit(change, [self, refundId, done](const QString &, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_message->setText(tr("The decision could not be saved: %1").arg(error));
            return;
        }
        self->m_note->clear();
        self->m_rejectText->clear();
        self->m_message->setText(done + QLatin1Char(' ') +
                                 tr("It is sent to the server as soon as it can be reached."));
        if (self->m_refundId == refundId)
            self->reload();
        Q_EMIT self->changeSubmitted(refundId);
    });
}

void RefundDecisionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void RefundDecisionPanel::retranslate()
{
    m_decide->setTitle(tr("Decision"));
    m_amountLabel->setText(tr("Refund (¥):"));
    m_amount->setPlaceholderText(tr("e.g. 45.50"));
    m_full->setText(tr("In full"));
    m_full->setToolTip(tr("What the customer asked for, within what can still be refunded"));
    m_noteLabel->setText(tr("Note:"));
    m_note->setPlaceholderText(tr("Why (optional, kept with the approval)"));
    m_rejectLabel->setText(tr("Reject:"));
    m_rejectText->setPlaceholderText(tr("Explain to the customer (required for \"Other\")"));
    m_reject->setText(tr("Reject"));
    const QString current = m_rejectReason->currentData().toString();
    m_rejectReason->clear();
    for (const QString &code : RefundCommands::rejectionReasonCodes())
        m_rejectReason->addItem(RefundCommands::rejectionReasonName(code), code);
    m_rejectReason->setCurrentIndex(std::max(0, m_rejectReason->findData(current)));
}

} // namespace OpsDesk
