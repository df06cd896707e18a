#include "ui/finance/FinanceWorkspace.h"

#include "ui/finance/RefundsPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace OpsDesk {

FinanceWorkspace::FinanceWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                                   QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_refunds(new RefundsPage(staff, cachePath, sync))
{
    setObjectName(QStringLiteral("financeWorkspace"));
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    addPage(m_refunds);
    m_refunds->selectFirst(); // an offline start opens on a cached request
}

void FinanceWorkspace::addPage(QWidget *page)
{
    if (!page)
        return;
    m_tabs->addTab(page, page->windowTitle());
    page->installEventFilter(this);
}

void FinanceWorkspace::showFirstRefund()
{
    m_refunds->reload();
    m_refunds->selectFirst();
}

bool FinanceWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        if (auto *page = qobject_cast<QWidget *>(watched)) {
            const int index = m_tabs->indexOf(page);
            if (index >= 0)
                m_tabs->setTabText(index, page->windowTitle());
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace OpsDesk
