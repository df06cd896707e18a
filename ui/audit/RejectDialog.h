#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace OpsDesk {

// Rejecting an application: one or more reasons from the server's list and
// a note that tells the applicant what to do (both required; the note is
// shown to them). Reasons suggested by the failed pre-checks come ticked.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    RejectDialog(const QString &applicantName, const QStringList &suggestedReasons,
                 QWidget *parent = nullptr);

    QStringList reasons() const;
    QString note() const;
    void setReasons(const QStringList &codes);
    void setNote(const QString &note);
    QPushButton *rejectButton() const;
    QListWidget *reasonList() const { return m_reasons; }

    static constexpr int MaxNoteLength = 2000;

private:
    void updateState();

    QListWidget *m_reasons;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace OpsDesk
