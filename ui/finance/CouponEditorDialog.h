#pragma once

#include "models/finance/CouponRules.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace OpsDesk {

// The coupon form for every kind (满减, 无门槛, 限服务项目, percentage with a
// cap): amounts, service items, validity (fixed business days or N days
// after issue), quota, per-customer limit, new customers only, stacking,
// who bears the cost, campaign, promo code and referral role.
//
// Every problem is shown under its field as the person types — the coupon
// rules' validateCoupon plus amounts that do not parse — and Save stays
// disabled until there are none. The server's refusal (its per-field
// `errors` with their codes) is shown the same way with setServerProblem();
// a field's server message goes when that field is edited.
//
// Save emits saveRequested(); the page submits definition() and closes the
// dialog (accept()) when the change is stored or reached the server.
class CouponEditorDialog : public QDialog
{
    Q_OBJECT
public:
    CouponEditorDialog(const QHash<QString, QString> &serviceItemNames,
                       const QStringList &campaigns, QWidget *parent = nullptr);

    // Fills the form from a cached coupon record (editing); never called: a new coupon.
    void setCoupon(const QJsonObject &doc);
    QJsonObject coupon() const { return m_doc; }
    bool isNew() const { return m_doc.isEmpty(); }

    // What the form says now (meaningful when canSave()).
    Finance::CouponDefinition definition() const;
    bool canSave() const;
    // The message shown under a field ("" when none); fields by their JSON name.
    QString errorText(const QString &field) const;
    QWidget *field(const QString &name) const { return m_fields.value(name); }

    // A problem document of the server (400/409 with `errors`).
    void setServerProblem(const QJsonObject &problem);
    // While the change is on its way: the form is read-only and says so.
    void setBusy(bool busy, const QString &status = {});

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Parsed
    {
        Finance::CouponDefinition coupon;
        QHash<QString, QString> errors; // field → text that did not parse
    };
    void buildUi();
    void retranslate();
    void addField(QFormLayout *form, const QString &name, QLabel *label, QWidget *widget);
    void watch(QWidget *widget, const QString &field);
    void edited(const QString &field);
    void refresh();
    Parsed parse() const;

    QJsonObject m_doc;
    QHash<QString, QString> m_itemNames;
    QStringList m_campaigns;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QString> m_serverErrors;
    QStringList m_frozen; // fields fixed once the coupon has been issued
    QDateTime m_originalFrom;
    QDateTime m_originalTo;
    bool m_busy = false;
    bool m_filling = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_percent = nullptr;
    QLineEdit *m_cap = nullptr;
    QListWidget *m_items = nullptr;
    QRadioButton *m_fixedDates = nullptr;
    QRadioButton *m_daysAfterIssue = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_days = nullptr;
    QLineEdit *m_quota = nullptr;
    QLineEdit *m_perCustomer = nullptr;
    QCheckBox *m_newOnly = nullptr;
    QCheckBox *m_stackable = nullptr;
    QComboBox *m_costBearer = nullptr;
    QComboBox *m_campaign = nullptr;
    QLineEdit *m_promoCode = nullptr;
    QComboBox *m_referral = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_frozenNote = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace OpsDesk
