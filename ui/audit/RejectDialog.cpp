#include "ui/audit/RejectDialog.h"

#include "models/audit/AuditTrail.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpsDesk {

RejectDialog::RejectDialog(const QString &applicantName, const QStringList &suggestedReasons,
                           QWidget *parent)
    : QDialog(parent)
    , m_reasons(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject the application of %1").arg(applicantName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Why (the applicant sees these reasons):"), this));
    for (const QString &code : Audit::rejectionReasonCodes()) {
        auto *item =
            new QListWidgetItem(Audit::AuditTrailText::rejectionReasonText(code), m_reasons);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(suggestedReasons.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_reasons->setMinimumHeight(220);
    layout->addWidget(m_reasons);
    layout->addWidget(new QLabel(tr("What the applicant has to do (required):"), this));
    m_note->setObjectName(QStringLiteral("rejectNote"));
    m_note->setPlaceholderText(
        tr("For example: upload a sharp photo of the front of your electrician certificate."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(110);
    layout->addWidget(m_note);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(pal);
    layout->addWidget(m_problem);
    QPushButton *reject = m_buttons->addButton(tr("Reject"), QDialogButtonBox::AcceptRole);
    reject->setObjectName(QStringLiteral("confirmReject"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QListWidget::itemChanged, this, &RejectDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RejectDialog::updateState);
    resize(520, 560);
    updateState();
}

QPushButton *RejectDialog::rejectButton() const
{
    return m_buttons->buttons().isEmpty()
               ? nullptr
               : qobject_cast<QPushButton *>(
                     m_buttons->findChild<QPushButton *>(QStringLiteral("confirmReject")));
}

QStringList RejectDialog::reasons() const
{
    QStringList codes;
    for (int i = 0; i < m_reasons->count(); ++i)
        if (m_reasons->item(i)->checkState() == Qt::Checked)
            codes.append(m_reasons->item(i)->data(Qt::UserRole).toString());
    return codes;
}

QString RejectDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void RejectDialog::setReasons(const QStringList &codes)
{
    for (int i = 0; i < m_reasons->count(); ++i)
        m_reasons->item(i)->setCheckState(
            codes.contains(m_reasons->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
}

void RejectDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void RejectDialog::updateState()
{
    QString problem;
    if (reasons().isEmpty())
        problem = tr("Tick at least one reason.");
    else if (note().isEmpty())
        problem = tr("Write what the applicant has to do; they see this text.");
    else if (note().size() > MaxNoteLength)
        problem = tr("The note is too long (at most %1 characters).").arg(MaxNoteLength);
    m_problem->setText(problem);
    if (QPushButton *button = rejectButton())
        button->setEnabled(problem.isEmpty());
}

} // namespace OpsDesk
