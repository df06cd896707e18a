#include "ui/shell/NotificationsPanel.h"

#include "models/Notifications.h"

#include <QEvent>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

// Each line: the time, then the text; unread ones in bold.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QDateTime at = index.data(Notifications::TimeRole).toDateTime();
        option->text = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat) +
                       QStringLiteral("  ") + index.data(Qt::DisplayRole).toString();
        option->font.setBold(!index.data(Notifications::ReadRole).toBool());
    }
};

} // namespace

NotificationsPanel::NotificationsPanel(Notifications *notifications, QWidget *parent)
    : QDockWidget(parent)
    , m_notifications(notifications)
    , m_list(new QListView(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("notificationsPanel"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_list->setObjectName(QStringLiteral("notificationsList"));
    m_list->setModel(notifications);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_clear, 0, Qt::AlignRight);
    setWidget(body);
    connect(m_clear, &QPushButton::clicked, notifications, &Notifications::clear);
    connect(notifications, &Notifications::rowsInserted, this, [this] {
        if (isVisible())
            m_notifications->markAllRead();
    });
    retranslate();
}

void NotificationsPanel::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    m_notifications->markAllRead();
}

void NotificationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void NotificationsPanel::retranslate()
{
    setWindowTitle(tr("Notifications"));
    m_clear->setText(tr("Clear"));
}

} // namespace OpsDesk
