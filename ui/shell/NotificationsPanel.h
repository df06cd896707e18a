#pragma once

#include <QDockWidget>

class QListView;
class QPushButton;

namespace OpsDesk {

class Notifications;

// The notifications panel (a dock on the right): new orders, dispatch
// timeouts, refused and conflicting changes, newest first. Showing it marks
// everything read.
class NotificationsPanel : public QDockWidget
{
    Q_OBJECT
public:
    NotificationsPanel(Notifications *notifications, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Notifications *m_notifications;
    QListView *m_list;
    QPushButton *m_clear;
};

} // namespace OpsDesk
