#include "ui/shell/ConnectionIndicator.h"

#include "models/ConnectionState.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace OpsDesk {

ConnectionIndicator::ConnectionIndicator(ConnectionState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_label->setObjectName(QStringLiteral("connectionText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    connect(m_state, &ConnectionState::changed, this, &ConnectionIndicator::refresh);
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::refresh()
{
    const QUrl url = m_state->serverUrl();
    const QString server =
        url.isValid() ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : QString();
    QColor colour = Theme::muted();
    QString text;
    switch (m_state->status()) {
    case ConnectionState::Status::Disconnected:
        text = tr("Not connected");
        break;
    case ConnectionState::Status::Connecting:
        colour = Theme::warning();
        text = tr("Connecting to %1…").arg(server);
        break;
    case ConnectionState::Status::Online:
    case ConnectionState::Status::Syncing:
        colour = Theme::success();
        text = m_state->isDemo() ? tr("Online · demo server %1").arg(server)
                                 : tr("Online · %1").arg(server);
        break;
    case ConnectionState::Status::Offline: {
        colour = Theme::danger();
        const QString since =
            QLocale().toString(m_state->offlineSince().toLocalTime().time(), QLocale::ShortFormat);
        text = tr("Offline since %1").arg(since);
        break;
    }
    }
    m_label->setText(text);
    m_label->setToolTip(m_state->lastError());
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: %1; font-size: 12pt;").arg(colour.name()));
}

} // namespace OpsDesk
