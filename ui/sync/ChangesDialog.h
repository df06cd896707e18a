#pragma once

#include "services/sync/OutboxTypes.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace OpsDesk {

class SyncSession;

// The user's changes the server does not have yet, and those it refused or
// that met a newer version: what each is, why it waits, and what a person
// can do — apply a conflicting change again on top of the current record,
// retry a refused one, or discard it. Opened from the status bar.
class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangesDialog(SyncSession *sync, QWidget *parent = nullptr);

    // Reads the outbox again (it also follows the outbox by itself).
    void reload();
    int rowCount() const;
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showEntries(const QList<OutboxEntry> &entries);
    void updateDetails();
    void retranslate();
    std::optional<OutboxEntry> selected() const;

    SyncSession *m_sync;
    QList<OutboxEntry> m_entries;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QPushButton *m_applyAgain;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_sendNow;
    QPushButton *m_close;
};

} // namespace OpsDesk
