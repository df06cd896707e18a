#pragma once

#include "models/Staff.h"

#include <QWidget>

class QTabWidget;

namespace OpsDesk {

class RefundsPage;
class SyncSession;

// The finance clerk's workspace (财务): one tab per page — Refunds first,
// then the pages added with addPage() (coupons, settlement, reconciliation).
// A page names its own tab through its windowTitle, which it sets again on
// QEvent::LanguageChange; the tab follows (QEvent::WindowTitleChange).
class FinanceWorkspace : public QWidget
{
    Q_OBJECT
public:
    // `sync` may be null (read-only).
    FinanceWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                     QWidget *parent = nullptr);

    // Adds a page as a tab after the existing ones; the workspace owns it.
    void addPage(QWidget *page);
    QTabWidget *tabs() const { return m_tabs; }
    RefundsPage *refunds() const { return m_refunds; }

    // Reads the refund queue again and selects its first row (the start and
    // screenshots show a request with its facts).
    void showFirstRefund();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTabWidget *m_tabs;
    RefundsPage *m_refunds;
};

} // namespace OpsDesk
