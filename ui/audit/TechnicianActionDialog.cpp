#include "ui/audit/TechnicianActionDialog.h"

#include "services/audit/AuditCommands.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace OpsDesk {

TechnicianActionDialog::TechnicianActionDialog(Action action, const QJsonObject &technician,
                                               QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_technician(technician)
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("technicianActionDialog"));
    const QString name = technician.value(QStringLiteral("name")).toString();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    switch (action) {
    case Action::Suspend:
        setWindowTitle(tr("Suspend %1").arg(name));
        layout->insertWidget(0, new QLabel(tr("A suspended technician receives no new orders. "
                                              "Orders already assigned stay assigned."),
                                           this));
        break;
    case Action::Reinstate:
        setWindowTitle(tr("Reinstate %1").arg(name));
        break;
    case Action::AnnualReviewPass:
        setWindowTitle(tr("Annual review of %1: passed").arg(name));
        break;
    case Action::AnnualReviewFail:
        setWindowTitle(tr("Annual review of %1: failed").arg(name));
        layout->insertWidget(0, new QLabel(tr("A failed review suspends the technician."), this));
        break;
    case Action::StarLevel:
        setWindowTitle(tr("Star level of %1").arg(name));
        m_star = new QSpinBox(this);
        m_star->setRange(1, 5);
        m_star->setSuffix(tr(" ★"));
        m_star->setValue(int(technician.value(QStringLiteral("star_level")).toInteger(1)));
        form->addRow(tr("New star level:"), m_star);
        connect(m_star, &QSpinBox::valueChanged, this, &TechnicianActionDialog::updateState);
        break;
    case Action::Incentive: {
        setWindowTitle(tr("Reward or penalty for %1").arg(name));
        auto *kinds = new QHBoxLayout;
        m_reward = new QRadioButton(tr("Reward"), this);
        m_penalty = new QRadioButton(tr("Penalty"), this);
        m_reward->setChecked(true);
        kinds->addWidget(m_reward);
        kinds->addWidget(m_penalty);
        kinds->addStretch();
        form->addRow(tr("Kind:"), kinds);
        m_amount = new QDoubleSpinBox(this);
        m_amount->setDecimals(2);
        m_amount->setRange(0, 1000000);
        m_amount->setPrefix(QStringLiteral("¥"));
        form->addRow(tr("Amount:"), m_amount);
        connect(m_amount, &QDoubleSpinBox::valueChanged, this,
                &TechnicianActionDialog::updateState);
        break;
    }
    }
    m_reason->setObjectName(QStringLiteral("actionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason (kept in the audit trail):"), m_reason);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TechnicianActionDialog::updateState);
    resize(460, 300);
    updateState();
}

QString TechnicianActionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

int TechnicianActionDialog::starLevel() const
{
    return m_star ? m_star->value() : 0;
}

bool TechnicianActionDialog::isPenalty() const
{
    return m_penalty && m_penalty->isChecked();
}

Money TechnicianActionDialog::amount() const
{
    return m_amount ? Money::fromCents(qRound64(m_amount->value() * 100)) : Money();
}

void TechnicianActionDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void TechnicianActionDialog::setStarLevel(int level)
{
    if (m_star)
        m_star->setValue(level);
}

void TechnicianActionDialog::setAmount(const Money &amount, bool penalty)
{
    if (!m_amount)
        return;
    m_amount->setValue(double(amount.cents()) / 100.0);
    (penalty ? m_penalty : m_reward)->setChecked(true);
}

QPushButton *TechnicianActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TechnicianActionDialog::updateState()
{
    QString problem = AuditCommands::checkReason(reason());
    if (problem.isEmpty() && m_star)
        problem = AuditCommands::checkStarLevel(m_technician, starLevel());
    if (problem.isEmpty() && m_amount)
        problem = AuditCommands::checkAmount(amount());
    m_problem->setText(problem);
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace OpsDesk
