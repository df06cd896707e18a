#include "ui/shell/EmptyWorkspace.h"

#include "ui/shell/DisplayNames.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace OpsDesk {

EmptyWorkspace::EmptyWorkspace(Workspace workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("workspace_") + workspaceId(workspace));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(workspaceIconPath(workspace)).pixmap(QSize(72, 72)));
    icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    retranslate();
}

void EmptyWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyWorkspace::retranslate()
{
    m_title->setText(workspaceTitle(m_workspace));
    m_text->setText(workspaceDescription(m_workspace));
    // A word-wrapped label in an aligned layout slot gets no height-for-width;
    // give it the height its text needs at its fixed width.
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}

} // namespace OpsDesk
