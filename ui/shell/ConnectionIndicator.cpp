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
        colour = Theme::success();
        text = m_state->isDemo() ? tr("Online · demo server %1").arg(server)
                                 : tr("Online · %1").arg(server);
        break;
    case ConnectionState::Status::Syncing:
        colour = Theme::success();
        text = tr("Syncing with %1…").arg(server);
        break;
    case ConnectionState::Status::Offline: {
        colour = Theme::danger();
        const QString since =
            QLocale().toString(m_state->offlineSince().toLocalTime().time(), QLocale::ShortFormat);
        text = tr("Offline since %1").arg(since);
        break;
    }
    }
    QStringList extras;
    if (m_state->pendingChanges() > 0)
        extras.append(tr("%n change(s) waiting to be sent", nullptr, m_state->pendingChanges()));
    if (m_state->parkedChanges() > 0)
        extras.append(tr("%n refused", nullptr, m_state->parkedChanges()));
    if (m_state->conflictingChanges() > 0)
        extras.append(tr("%n in conflict", nullptr, m_state->conflictingChanges()));
    if (!extras.isEmpty())
        text += QStringLiteral(" · ") + extras.join(QStringLiteral(" · "));
    if (m_state->parkedChanges() > 0 || m_state->conflictingChanges() > 0)
        colour = Theme::warning();
    m_label->setText(text);
    QStringList tip;
    if (!m_state->lastError().isEmpty())
        tip.append(m_state->lastError());
    if (m_state->lastSuccessfulSync().isValid())
        tip.append(tr("Last synchronised: %1")
                       .arg(QLocale().toString(m_state->lastSuccessfulSync().toLocalTime(),
                                               QLocale::ShortFormat)));
    tip.append(m_state->isLive() ? tr("Live updates: on") : tr("Live updates: off (polling)"));
    m_label->setToolTip(tip.join(QLatin1Char('\n')));
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: %1; font-size: 12pt;").arg(colour.name()));
}

} // namespace OpsDesk
