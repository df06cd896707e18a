#include "ui/finance/CouponEditorDialog.h"

#include "models/Money.h"
#include "models/finance/CouponJson.h"
#include "ui/finance/CouponText.h"
#include "ui/style/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace OpsDesk {

using namespace Finance;

namespace {

const QList<CouponKind> Kinds{CouponKind::Threshold, CouponKind::NoThreshold,
                              CouponKind::ServiceItem, CouponKind::Percentage};

QString moneyText(const std::optional<qint64> &cents)
{
    return cents ? Money::fromCents(*cents).toDecimalString() : QString();
}

QString intText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

CouponEditorDialog::CouponEditorDialog(const QHash<QString, QString> &serviceItemNames,
                                       const QStringList &campaigns, QWidget *parent)
    : QDialog(parent)
    , m_itemNames(serviceItemNames)
    , m_campaigns(campaigns)
{
    buildUi();
    retranslate();
    refresh();
}

void CouponEditorDialog::addField(QFormLayout *form, const QString &name, QLabel *label,
                                  QWidget *widget)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(widget);
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("error_") + name);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    error->hide();
    column->addWidget(error);
    widget->setObjectName(name);
    label->setBuddy(widget);
    form->addRow(label, box);
    m_fields.insert(name, widget);
    m_errors.insert(name, error);
    m_labels.insert(name, label);
}

void CouponEditorDialog::watch(QWidget *widget, const QString &field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, [this, field] { edited(field); });
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentTextChanged, this, [this, field] { edited(field); });
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, [this, field] { edited(field); });
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, [this, field] { edited(field); });
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, [this, field] { edited(field); });
}

void CouponEditorDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    m_name = new QLineEdit;
    m_name->setMaxLength(100);
    addField(form, QStringLiteral("name"), new QLabel, m_name);
    m_kind = new QComboBox;
    for (const CouponKind kind : Kinds)
        m_kind->addItem(QString(), couponKindId(kind));
    addField(form, QStringLiteral("kind"), new QLabel, m_kind);
    m_amount = new QLineEdit;
    addField(form, QStringLiteral("amount_off_cents"), new QLabel, m_amount);
    m_threshold = new QLineEdit;
    addField(form, QStringLiteral("threshold_cents"), new QLabel, m_threshold);
    m_percent = new QLineEdit;
    addField(form, QStringLiteral("percent_off"), new QLabel, m_percent);
    m_cap = new QLineEdit;
    addField(form, QStringLiteral("cap_cents"), new QLabel, m_cap);
    m_items = new QListWidget;
    m_items->setMinimumHeight(110);
    QList<QPair<QString, QString>> items;
    for (auto it = m_itemNames.constBegin(); it != m_itemNames.constEnd(); ++it)
        items.append({it.key(), it.value()});
    std::sort(items.begin(), items.end());
    for (const auto &[id, name] : items) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(name, id), m_items);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    addField(form, QStringLiteral("service_item_ids"), new QLabel, m_items);

    auto *validity = new QWidget;
    auto *validityRow = new QHBoxLayout(validity);
    validityRow->setContentsMargins(0, 0, 0, 0);
    m_fixedDates = new QRadioButton;
    m_daysAfterIssue = new QRadioButton;
    auto *group = new QButtonGroup(this);
    group->addButton(m_fixedDates);
    group->addButton(m_daysAfterIssue);
    m_fixedDates->setChecked(true);
    validityRow->addWidget(m_fixedDates);
    validityRow->addWidget(m_daysAfterIssue);
    validityRow->addStretch(1);
    auto *validityLabel = new QLabel;
    form->addRow(validityLabel, validity);
    m_labels.insert(QStringLiteral("validity"), validityLabel);
    const QDate today = businessDayOf(QDateTime::currentDateTimeUtc());
    m_from = new QDateEdit(today);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addField(form, QStringLiteral("valid_from"), new QLabel, m_from);
    m_to = new QDateEdit(today.addDays(30));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addField(form, QStringLiteral("valid_to"), new QLabel, m_to);
    m_days = new QLineEdit;
    addField(form, QStringLiteral("valid_days_after_issue"), new QLabel, m_days);

    m_quota = new QLineEdit;
    addField(form, QStringLiteral("total_quota"), new QLabel, m_quota);
    m_perCustomer = new QLineEdit(QStringLiteral("1"));
    addField(form, QStringLiteral("per_customer_limit"), new QLabel, m_perCustomer);
    m_newOnly = new QCheckBox;
    addField(form, QStringLiteral("new_customers_only"), new QLabel, m_newOnly);
    m_stackable = new QCheckBox;
    addField(form, QStringLiteral("stackable"), new QLabel, m_stackable);
    m_costBearer = new QComboBox;
    m_costBearer->addItem(QString(), costBearerId(CostBearer::Platform));
    m_costBearer->addItem(QString(), costBearerId(CostBearer::Technician));
    addField(form, QStringLiteral("cost_bearer"), new QLabel, m_costBearer);
    m_campaign = new QComboBox;
    m_campaign->setEditable(true);
    m_campaign->addItem(QString());
    m_campaign->addItems(m_campaigns);
    m_campaign->lineEdit()->setMaxLength(64);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addField(form, QStringLiteral("campaign"), new QLabel, m_campaign);
    m_promoCode = new QLineEdit;
    m_promoCode->setMaxLength(40);
    // Letters become capitals as they are typed; anything else stays so
    // that the rule can say what is wrong with it.
    connect(m_promoCode, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = m_promoCode->cursorPosition();
            m_promoCode->setText(upper);
            m_promoCode->setCursorPosition(cursor);
        }
    });
    addField(form, QStringLiteral("promo_code"), new QLabel, m_promoCode);
    m_referral = new QComboBox;
    m_referral->addItem(QString(), QString());
    m_referral->addItem(QString(), referralRoleId(ReferralRole::Inviter));
    m_referral->addItem(QString(), referralRoleId(ReferralRole::Invitee));
    addField(form, QStringLiteral("referral_role"), new QLabel, m_referral);

    m_frozenNote = new QLabel;
    m_frozenNote->setObjectName(QStringLiteral("frozenNote"));
    m_frozenNote->setWordWrap(true);
    m_frozenNote->hide();
    outer->insertWidget(0, m_frozenNote);
    m_general = new QLabel;
    m_general->setObjectName(QStringLiteral("error_general"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_general->hide();
    outer->addWidget(m_general);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->hide();
    outer->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        refresh();
        if (canSave())
            Q_EMIT saveRequested();
    });

    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        watch(it.value(), it.key());
    connect(m_fixedDates, &QRadioButton::toggled, this, [this] {
        edited(QStringLiteral("valid_from"));
        edited(QStringLiteral("valid_to"));
        edited(QStringLiteral("valid_days_after_issue"));
    });
    resize(620, 760);
}

void CouponEditorDialog::retranslate()
{
    setWindowTitle(isNew()
                       ? tr("New coupon")
                       : tr("Edit coupon %1").arg(m_doc.value(QStringLiteral("id")).toString()));
    const auto label = [this](const char *field, const QString &text) {
        m_labels.value(QLatin1String(field))->setText(text);
    };
    label("name", tr("&Name"));
    label("kind", tr("&Kind"));
    label("amount_off_cents", tr("&Amount off (¥)"));
    label("threshold_cents", tr("&Minimum order (¥)"));
    label("percent_off", tr("&Percentage off"));
    label("cap_cents", tr("&Largest discount (¥)"));
    label("service_item_ids", tr("&Service items"));
    label("validity", tr("Validity"));
    label("valid_from", tr("&First day"));
    label("valid_to", tr("Las&t day"));
    label("valid_days_after_issue", tr("&Days after issue"));
    label("total_quota", tr("Total &quota"));
    label("per_customer_limit", tr("Per &customer"));
    label("new_customers_only", tr("New customers"));
    label("stackable", tr("Stacking"));
    label("cost_bearer", tr("Cost &borne by"));
    label("campaign", tr("Ca&mpaign"));
    label("promo_code", tr("Pr&omo code"));
    label("referral_role", tr("&Referral"));
    for (int i = 0; i < Kinds.size(); ++i)
        m_kind->setItemText(i, CouponText::kindName(Kinds.at(i)));
    m_costBearer->setItemText(0, CouponText::costBearerName(CostBearer::Platform));
    m_costBearer->setItemText(1, CouponText::costBearerName(CostBearer::Technician));
    m_referral->setItemText(0, CouponText::referralRoleName(std::nullopt));
    m_referral->setItemText(1, CouponText::referralRoleName(ReferralRole::Inviter));
    m_referral->setItemText(2, CouponText::referralRoleName(ReferralRole::Invitee));
    m_fixedDates->setText(tr("Fixed dates"));
    m_daysAfterIssue->setText(tr("Days after issue"));
    m_newOnly->setText(tr("Only for customers without an earlier order"));
    m_stackable->setText(tr("May be combined with other coupons"));
    m_amount->setPlaceholderText(tr("e.g. 30 or 29.90"));
    m_threshold->setPlaceholderText(tr("e.g. 200"));
    m_cap->setPlaceholderText(tr("e.g. 50"));
    m_percent->setPlaceholderText(tr("1 to 100"));
    m_quota->setPlaceholderText(tr("empty: no limit"));
    m_promoCode->setPlaceholderText(tr("empty: none; e.g. SUMMER30"));
    m_items->setToolTip(tr("None ticked: every service item."));
    m_frozenNote->setText(
        tr("Issued %n time(s): the kind, the amounts and the service items can no longer change, "
           "and the total quota cannot go below that.",
           nullptr, int(m_doc.value(QStringLiteral("issued_count")).toInteger())));
    refresh();
}

void CouponEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CouponEditorDialog::setCoupon(const QJsonObject &doc)
{
    m_doc = doc;
    const CouponDefinition c = couponFromJson(doc);
    m_filling = true;
    m_name->setText(c.name);
    m_kind->setCurrentIndex(int(Kinds.indexOf(c.kind)));
    m_amount->setText(moneyText(c.amountOffCents));
    m_threshold->setText(moneyText(c.thresholdCents));
    m_percent->setText(intText(c.percentOff));
    m_cap->setText(moneyText(c.capCents));
    for (int i = 0; i < m_items->count(); ++i) {
        QListWidgetItem *item = m_items->item(i);
        item->setCheckState(c.serviceItemIds.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_originalFrom = c.validFrom;
    m_originalTo = c.validTo;
    if (c.validFrom.isValid())
        m_from->setDate(businessDayOf(c.validFrom));
    if (c.validTo.isValid())
        m_to->setDate(businessDayOf(c.validTo.addSecs(-1)));
    (c.validDaysAfterIssue ? m_daysAfterIssue : m_fixedDates)->setChecked(true);
    m_days->setText(intText(c.validDaysAfterIssue));
    m_quota->setText(intText(c.totalQuota));
    m_perCustomer->setText(QString::number(c.perCustomerLimit));
    m_newOnly->setChecked(c.newCustomersOnly);
    m_stackable->setChecked(c.stackable);
    m_costBearer->setCurrentIndex(c.costBearer == CostBearer::Technician ? 1 : 0);
    m_campaign->setCurrentText(c.campaign);
    m_promoCode->setText(c.promoCode);
    m_referral->setCurrentIndex(!c.referralRole                            ? 0
                                : *c.referralRole == ReferralRole::Inviter ? 1
                                                                           : 2);
    m_filling = false;
    m_serverErrors.clear();
    // The server's rule: once issued, kind, amounts and service items stay.
    m_frozen.clear();
    if (c.issuedCount > 0)
        m_frozen = QStringList{QStringLiteral("kind"),
                               QStringLiteral("amount_off_cents"),
                               QStringLiteral("threshold_cents"),
                               QStringLiteral("percent_off"),
                               QStringLiteral("cap_cents"),
                               QStringLiteral("service_item_ids")};
    for (const QString &field : std::as_const(m_frozen))
        m_fields.value(field)->setEnabled(false);
    m_frozenNote->setVisible(!m_frozen.isEmpty());
    retranslate();
}

CouponEditorDialog::Parsed CouponEditorDialog::parse() const
{
    Parsed p;
    CouponDefinition &c = p.coupon;
    c.id = m_doc.value(QStringLiteral("id")).toString();
    c.name = m_name->text().trimmed();
    c.kind = Kinds.value(m_kind->currentIndex(), CouponKind::NoThreshold);
    const auto money = [&p](const char *field, const QLineEdit *edit) -> std::optional<qint64> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Money> value = Money::parse(text);
        if (!value) {
            p.errors.insert(QLatin1String(field),
                            CouponText::tr("Enter an amount in yuan, such as 30 or 29.90."));
            return std::nullopt;
        }
        return value->cents();
    };
    const auto integer = [&p](const char *field, const QLineEdit *edit) -> std::optional<qint64> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok) {
            p.errors.insert(QLatin1String(field), CouponText::tr("Enter a whole number."));
            return std::nullopt;
        }
        return value;
    };
    if (c.kind != CouponKind::Percentage)
        c.amountOffCents = money("amount_off_cents", m_amount);
    if (c.kind == CouponKind::Threshold)
        c.thresholdCents = money("threshold_cents", m_threshold);
    if (c.kind == CouponKind::Percentage) {
        c.percentOff = integer("percent_off", m_percent);
        c.capCents = money("cap_cents", m_cap);
    }
    for (int i = 0; i < m_items->count(); ++i)
        if (m_items->item(i)->checkState() == Qt::Checked)
            c.serviceItemIds.append(m_items->item(i)->data(Qt::UserRole).toString());
    // Business days (UTC+8): from the first day's start to the day after the
    // last; an unchanged day keeps the stored instant.
    const QDateTime from =
        m_originalFrom.isValid() && businessDayOf(m_originalFrom) == m_from->date()
            ? m_originalFrom
            : businessDayStart(m_from->date());
    c.validFrom = from;
    if (m_fixedDates->isChecked()) {
        c.validTo =
            m_originalTo.isValid() && businessDayOf(m_originalTo.addSecs(-1)) == m_to->date()
                ? m_originalTo
                : businessDayStart(m_to->date().addDays(1));
    } else {
        c.validDaysAfterIssue = integer("valid_days_after_issue", m_days);
        if (!c.validDaysAfterIssue && !p.errors.contains(QStringLiteral("valid_days_after_issue")))
            p.errors.insert(QStringLiteral("valid_days_after_issue"),
                            CouponText::tr("Enter the number of days a coupon stays valid."));
    }
    c.totalQuota = integer("total_quota", m_quota);
    c.perCustomerLimit = integer("per_customer_limit", m_perCustomer).value_or(0);
    c.newCustomersOnly = m_newOnly->isChecked();
    c.stackable = m_stackable->isChecked();
    c.costBearer =
        costBearerFromId(m_costBearer->currentData().toString()).value_or(CostBearer::Platform);
    c.campaign = m_campaign->currentText().trimmed();
    c.promoCode = m_promoCode->text().trimmed();
    c.referralRole = referralRoleFromId(m_referral->currentData().toString());
    if (!m_doc.isEmpty()) {
        c.issuedCount = m_doc.value(QStringLiteral("issued_count")).toInteger();
        c.active = m_doc.value(QStringLiteral("active")).toBool(true);
    }
    return p;
}

CouponDefinition CouponEditorDialog::definition() const
{
    return parse().coupon;
}

bool CouponEditorDialog::canSave() const
{
    if (m_busy || !m_serverErrors.isEmpty())
        return false;
    const Parsed p = parse();
    const bool quotaOk = !p.coupon.totalQuota || *p.coupon.totalQuota >= p.coupon.issuedCount;
    return p.errors.isEmpty() && quotaOk && validateCoupon(p.coupon).isEmpty();
}

QString CouponEditorDialog::errorText(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CouponEditorDialog::edited(const QString &field)
{
    if (m_filling)
        return;
    m_serverErrors.remove(field);
    if (field == QLatin1String("kind")) // the amounts' meaning changed
        for (const char *f : {"amount_off_cents", "threshold_cents", "percent_off", "cap_cents"})
            m_serverErrors.remove(QLatin1String(f));
    if (m_serverErrors.isEmpty())
        m_general->hide();
    refresh();
}

void CouponEditorDialog::refresh()
{
    const CouponKind kind = Kinds.value(m_kind->currentIndex(), CouponKind::NoThreshold);
    const auto show = [this](const char *field, bool visible) {
        m_fields.value(QLatin1String(field))->parentWidget()->setVisible(visible);
        m_labels.value(QLatin1String(field))->setVisible(visible);
    };
    show("amount_off_cents", kind != CouponKind::Percentage);
    show("threshold_cents", kind == CouponKind::Threshold);
    show("percent_off", kind == CouponKind::Percentage);
    show("cap_cents", kind == CouponKind::Percentage);
    show("valid_to", m_fixedDates->isChecked());
    show("valid_days_after_issue", !m_fixedDates->isChecked());
    m_labels.value(QStringLiteral("valid_from"))
        ->setText(m_fixedDates->isChecked() ? tr("&First day") : tr("Issued &from"));
    m_labels.value(QStringLiteral("service_item_ids"))
        ->setText(kind == CouponKind::ServiceItem ? tr("&Service items")
                                                  : tr("Only for &service items"));

    const Parsed p = parse();
    QHash<QString, QString> messages = p.errors;
    for (const CouponFieldIssue &issue : validateCoupon(p.coupon))
        if (!messages.contains(issue.field))
            messages.insert(issue.field, CouponText::issue(issue.field, issue.code, p.coupon));
    if (p.coupon.totalQuota && *p.coupon.totalQuota >= 1 &&
        *p.coupon.totalQuota < p.coupon.issuedCount &&
        !messages.contains(QStringLiteral("total_quota")))
        messages.insert(QStringLiteral("total_quota"),
                        tr("%n coupon(s) have been issued already; the quota cannot be lower.",
                           nullptr, int(p.coupon.issuedCount)));
    for (auto it = m_serverErrors.constBegin(); it != m_serverErrors.constEnd(); ++it)
        if (!messages.contains(it.key()))
            messages.insert(it.key(), it.value());
    QStringList unplaced;
    for (auto it = messages.constBegin(); it != messages.constEnd(); ++it)
        if (!m_errors.contains(it.key()) ||
            !m_fields.value(it.key())->parentWidget()->isVisibleTo(this))
            unplaced.append(it.value());
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it) {
        const QString text = messages.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    if (!unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QLatin1Char('\n')));
        m_general->show();
    } else if (m_serverErrors.isEmpty()) {
        m_general->hide();
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

void CouponEditorDialog::setServerProblem(const QJsonObject &problem)
{
    m_serverErrors.clear();
    const CouponDefinition coupon = definition();
    for (const QJsonValue &error : problem.value(QStringLiteral("errors")).toArray()) {
        const QString field = error[QStringLiteral("field")].toString();
        const std::optional<CouponIssue> code =
            couponIssueFromId(error[QStringLiteral("code")].toString());
        const QString text = code ? CouponText::issue(field, *code, coupon)
                                  : tr("The server refused this: %1")
                                        .arg(error[QStringLiteral("message")].toString());
        m_serverErrors.insert(field.isEmpty() ? QStringLiteral("general") : field, text);
    }
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    m_general->setText(tr("The server refused the coupon: %1").arg(detail));
    m_general->setVisible(!detail.isEmpty());
    refresh();
    if (!detail.isEmpty())
        m_general->show();
}

void CouponEditorDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setEnabled(!busy && !m_frozen.contains(it.key()));
    m_fixedDates->setEnabled(!busy);
    m_daysAfterIssue->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    refresh();
}

} // namespace OpsDesk
