#pragma once

#include "models/Workspace.h"

#include <QWidget>

class QLabel;

namespace OpsDesk {

// The page a workspace shows before it has content of its own: its icon,
// its name and what it is for.
class EmptyWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyWorkspace(Workspace workspace, QWidget *parent = nullptr);
    Workspace workspace() const { return m_workspace; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace m_workspace;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace OpsDesk
