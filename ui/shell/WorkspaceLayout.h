#pragma once

class QSettings;

namespace OpsDesk {

// A workspace whose own layout (column order and widths, splitters, the
// filter it showed) comes back after a restart. MainWindow saves every
// workspace's layout with the window's and restores it when the workspace is
// installed. Settings hold no secrets.
class WorkspaceLayout
{
public:
    virtual ~WorkspaceLayout() = default;
    virtual void saveLayout(QSettings &settings) const = 0;
    virtual void restoreLayout(QSettings &settings) = 0;
};

} // namespace OpsDesk
