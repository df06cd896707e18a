#include "ui/orders/OrderDetailPanel.h"

#include "models/Money.h"
#include "models/orders/OrderStatusText.h"
#include "services/orders/OrderCache.h"
#include "services/orders/OrderCommands.h"
#include "services/sync/SyncSession.h"
#include "ui/orders/OrderMiniMap.h"
#include "ui/orders/OrderText.h"
#include "ui/orders/PhotoStrip.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString text(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toString();
}

QString money(const QJsonObject &doc, const char *key)
{
    return Money::fromCents(qint64(doc.value(QLatin1String(key)).toDouble())).toDisplayString();
}

} // namespace

OrderDetailPanel::OrderDetailPanel(const Staff &staff, OrderCache *cache, SyncSession *sync,
                                   QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cache(cache)
    , m_sync(sync)
    , m_title(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_body(new QLabel(this))
    , m_map(new OrderMiniMap(this))
    , m_more(new QLabel(this))
    , m_photosTitle(new QLabel(this))
    , m_photos(new PhotoStrip(this))
    , m_actions(new QGroupBox(this))
    , m_reasonLabel(new QLabel(m_actions))
    , m_reason(new QLineEdit(m_actions))
    , m_cancel(new QPushButton(m_actions))
    , m_note(new QPushButton(m_actions))
    , m_appointmentLabel(new QLabel(m_actions))
    , m_start(new QDateTimeEdit(m_actions))
    , m_end(new QDateTimeEdit(m_actions))
    , m_reschedule(new QPushButton(m_actions))
    , m_message(new QLabel(m_actions))
{
    m_title->setObjectName(QStringLiteral("orderTitle"));
    m_pendingLabel->setObjectName(QStringLiteral("orderPending"));
    m_body->setObjectName(QStringLiteral("orderBody"));
    m_title->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("orderReason"));
    m_cancel->setObjectName(QStringLiteral("cancelOrder"));
    m_note->setObjectName(QStringLiteral("addNote"));
    m_reschedule->setObjectName(QStringLiteral("changeAppointment"));
    m_start->setObjectName(QStringLiteral("appointmentStart"));
    m_end->setObjectName(QStringLiteral("appointmentEnd"));
    m_message->setObjectName(QStringLiteral("orderMessage"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pendingLabel->setStyleSheet(QStringLiteral("color:#a15c00"));
    m_map->setObjectName(QStringLiteral("orderMap"));
    m_more->setObjectName(QStringLiteral("orderMore"));
    m_photos->setObjectName(QStringLiteral("orderPhotos"));
    m_photos->setFiles(m_sync ? m_sync->files() : nullptr);
    for (QLabel *label : {m_body, m_more}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setWordWrap(true);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }

    auto *actions = new QVBoxLayout(m_actions);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    actions->addLayout(reasonRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_note);
    buttons->addWidget(m_reschedule);
    buttons->addStretch();
    // The new window above the buttons: the panel stays narrow enough for
    // the table to keep most of the width.
    auto *appointment = new QHBoxLayout;
    appointment->addWidget(m_appointmentLabel);
    appointment->addWidget(m_start);
    appointment->addWidget(m_end);
    appointment->addStretch();
    actions->addLayout(appointment);
    actions->addLayout(buttons);
    actions->addWidget(m_message);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_pendingLabel);
    contentLayout->addWidget(m_body);
    contentLayout->addWidget(m_map);
    contentLayout->addWidget(m_more);
    contentLayout->addWidget(m_photosTitle);
    contentLayout->addWidget(m_photos);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_actions);

    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailPanel::submitCancel);
    connect(m_note, &QPushButton::clicked, this, &OrderDetailPanel::submitNote);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *addNote = new QShortcut(keys, m_reason);
        addNote->setContext(Qt::WidgetShortcut);
        connect(addNote, &QShortcut::activated, this, [this] {
            if (m_note->isVisible())
                submitNote();
        });
    }
    connect(m_reschedule, &QPushButton::clicked, this, &OrderDetailPanel::submitReschedule);

    retranslate();
    render();
}

void OrderDetailPanel::showOrder(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    m_message->clear();
    m_reason->clear();
    reload();
}

void OrderDetailPanel::reload()
{
    m_order =
        m_orderId.isEmpty() ? QJsonObject() : m_cache->record(QStringLiteral("orders"), m_orderId);
    m_pending = !m_orderId.isEmpty() && m_cache->isPending(QStringLiteral("orders"), m_orderId);
    const auto toLocal = [](const QString &iso) {
        return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    };
    if (!m_order.isEmpty()) {
        m_start->setDateTime(toLocal(text(m_order, "appointment_start")));
        m_end->setDateTime(toLocal(text(m_order, "appointment_end")));
    }
    render();
}

QString OrderDetailPanel::phoneText(const QString &phone) const
{
    if (m_staff.hasRole(Role::Finance) || m_staff.hasRole(Role::Admin))
        return phone;
    return maskedPhone(phone);
}

void OrderDetailPanel::render()
{
    if (m_order.isEmpty()) {
        m_title->setText(m_orderId.isEmpty() ? tr("No order selected") : m_orderId);
        m_pendingLabel->hide();
        m_body->setText(m_orderId.isEmpty() ? tr("Select an order in the table to see it here.")
                                            : tr("This order is not in the local cache."));
        m_map->hide();
        m_more->clear();
        m_photosTitle->hide();
        m_photos->hide();
        m_photos->setPhotos({});
        m_actions->hide();
        return;
    }
    m_title->setText(tr("Order %1 · %2").arg(m_orderId, orderStatusTitle(text(m_order, "status"))));
    m_pendingLabel->setText(tr("Waiting for the server to confirm the latest change…"));
    m_pendingLabel->setVisible(m_pending);

    const QJsonObject customer =
        m_cache->record(QStringLiteral("customers"), text(m_order, "customer_id"));
    QString html = detailSection(tr("Customer")) + QStringLiteral("<table>");
    html += detailRow(tr("Name"), text(customer, "name"));
    html += detailRow(tr("Type"), customerTypeTitle(text(m_order, "customer_type")));
    html += detailRow(tr("Phone"), phoneText(text(customer, "phone")));
    html += detailRow(tr("Address"), text(m_order, "address"));
    html += detailRow(tr("City · district"), cityTitle(text(m_order, "city")) +
                                                 QStringLiteral(" · ") + text(m_order, "district"));
    html += QStringLiteral("</table>");
    m_body->setText(html);
    const QJsonValue lat = m_order.value(QStringLiteral("lat"));
    const QJsonValue lng = m_order.value(QStringLiteral("lng"));
    m_map->setLocation(text(m_order, "city"), GeoPoint{lat.toDouble(), lng.toDouble()},
                       lat.isDouble() && lng.isDouble(), text(m_order, "status"));
    m_map->show();
    html.clear();

    html += detailSection(tr("Service and money")) + QStringLiteral("<table>");
    html += detailRow(tr("Service"), m_cache->serviceItemName(text(m_order, "service_item_id")));
    html += detailRow(tr("Price"), money(m_order, "price_cents"));
    html += detailRow(tr("Coupon discount"), money(m_order, "coupon_discount_cents"));
    html += detailRow(tr("Paid"), money(m_order, "paid_cents"));
    html += detailRow(tr("Refunded"), money(m_order, "refunded_cents"));
    html += QStringLiteral("</table>");

    html += detailSection(tr("Appointment and technician")) + QStringLiteral("<table>");
    html += detailRow(tr("Appointment"), appointmentText(text(m_order, "appointment_start"),
                                                         text(m_order, "appointment_end")));
    const QString technician = text(m_order, "technician_id");
    html += detailRow(tr("Technician"), technician.isEmpty() ? tr("not assigned")
                                                             : m_cache->technicianName(technician));
    html += detailRow(tr("Created"), localTimeText(text(m_order, "created_at")));
    html += QStringLiteral("</table>");

    html += detailSection(tr("Status timeline"));
    html += statusTimelineHtml(m_order.value(QStringLiteral("status_history")).toArray(), *m_cache);

    html += detailSection(tr("Notes"));
    const QJsonArray notes = m_order.value(QStringLiteral("notes")).toArray();
    if (notes.isEmpty())
        html += QStringLiteral("<p style='color:#666'>") + esc(tr("No notes.")) +
                QStringLiteral("</p>");
    html += QStringLiteral("<table>");
    for (const QJsonValue &value : notes) {
        const QJsonObject note = value.toObject();
        html += QStringLiteral("<tr><td style='color:#666;padding-right:10px'>") +
                esc(localTimeText(text(note, "at")) + QStringLiteral(" · ") +
                    actorName(text(note, "by"))) +
                QStringLiteral("</td><td>") + esc(text(note, "text")) +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    html += detailSection(tr("Refunds and complaints"));
    QStringList lines;
    for (const QJsonObject &refund : m_cache->recordsOfOrder(QStringLiteral("refunds"), m_orderId))
        lines.append(tr("Refund %1: %2, %3 — %4")
                         .arg(text(refund, "id"), money(refund, "amount_requested_cents"),
                              text(refund, "status"), text(refund, "reason_text")));
    for (const QJsonObject &complaint :
         m_cache->recordsOfOrder(QStringLiteral("complaints"), m_orderId))
        lines.append(
            tr("Complaint %1: %2 — %3")
                .arg(text(complaint, "id"), text(complaint, "status"), text(complaint, "text")));
    if (lines.isEmpty())
        lines.append(tr("None."));
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<p style='margin:2px'>") + esc(line) + QStringLiteral("</p>");
    m_more->setText(html);
    QStringList photos;
    for (const QJsonValue &photo : m_order.value(QStringLiteral("photos")).toArray())
        photos.append(photo.toString());
    if (photos != m_photos->photos() || m_photos->isHidden())
        m_photos->setPhotos(photos);
    m_photosTitle->setText(detailSection(tr("Photos")));
    m_photosTitle->show();
    m_photos->show();
    updateActions();
}

QString OrderDetailPanel::actorName(const QString &id) const
{
    return actorTitle(id, *m_cache);
}

void OrderDetailPanel::updateActions()
{
    const bool cancel = OrderCommands::mayCancel(m_staff, m_order);
    const bool reschedule = OrderCommands::mayReschedule(m_staff, m_order);
    const bool note = OrderCommands::mayAddNote(m_staff);
    m_cancel->setVisible(cancel);
    m_note->setVisible(note);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_appointmentLabel), static_cast<QWidget *>(m_start),
          static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_reschedule)})
        widget->setVisible(reschedule);
    m_actions->setVisible(cancel || reschedule || note);
}

void OrderDetailPanel::submitCancel()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->setText(tr("Give a reason to cancel the order."));
        m_reason->setFocus();
        return;
    }
    submit(OrderCommands::cancel(m_staff, m_order, reason));
}

void OrderDetailPanel::submitReschedule()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->setText(tr("Give a reason to change the appointment."));
        m_reason->setFocus();
        return;
    }
    if (m_end->dateTime() <= m_start->dateTime()) {
        m_message->setText(tr("The appointment must end after it starts."));
        return;
    }
    submit(OrderCommands::reschedule(m_staff, m_order, m_start->dateTime(), m_end->dateTime(),
                                     reason));
}

void OrderDetailPanel::submitNote()
{
    const QString note = m_reason->text().trimmed();
    if (note.isEmpty()) {
        m_message->setText(tr("Write the note first."));
        m_reason->setFocus();
        return;
    }
    submit(OrderCommands::addNote(m_staff, m_order, note));
}

void OrderDetailPanel::submit(const LocalChange &change)
{
    if (!m_sync)
        return;
    m_message->setText(tr("Saving…"));
    QPointer<OrderDetailPanel> self(this);
    const QString orderId = m_orderId;
    m_sync->submit(change, [self, orderId](const QString &, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_message->setText(tr("The change could not be saved: %1").arg(error));
            return;
        }
        self->m_reason->clear();
        self->m_message->setText(
            tr("Saved. It is sent to the server as soon as it can be reached."));
        if (self->m_orderId == orderId)
            self->reload();
        Q_EMIT self->changeSubmitted(orderId);
    });
}

void OrderDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void OrderDetailPanel::retranslate()
{
    m_actions->setTitle(tr("Actions"));
    m_reasonLabel->setText(tr("Reason or note:"));
    m_reason->setPlaceholderText(tr("Why (shown in the order's history)"));
    m_cancel->setText(tr("Cancel order"));
    m_note->setText(tr("Add note"));
    m_appointmentLabel->setText(tr("Appointment:"));
    m_reschedule->setText(tr("Change appointment"));
}

} // namespace OpsDesk
