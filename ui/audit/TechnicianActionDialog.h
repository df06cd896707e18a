#pragma once

#include "models/Money.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace OpsDesk {

// The auditor's actions on an active (or suspended) technician, each with a
// reason that is kept in the audit trail: suspend, reinstate, pass or fail
// the annual review, change the star level, record a reward or a penalty.
// The checks are AuditCommands' (the server's limits).
class TechnicianActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action
    {
        Suspend,
        Reinstate,
        AnnualReviewPass,
        AnnualReviewFail,
        StarLevel,
        Incentive,
    };

    TechnicianActionDialog(Action action, const QJsonObject &technician, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    QString reason() const;
    int starLevel() const;
    bool isPenalty() const;
    Money amount() const;

    void setReason(const QString &reason);
    void setStarLevel(int level);
    void setAmount(const Money &amount, bool penalty);
    QPushButton *okButton() const;

private:
    void updateState();

    Action m_action;
    QJsonObject m_technician;
    QSpinBox *m_star = nullptr;
    QRadioButton *m_reward = nullptr;
    QRadioButton *m_penalty = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace OpsDesk
