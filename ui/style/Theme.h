#pragma once

#include <QColor>

class QApplication;

namespace OpsDesk {

// One visual style for the whole console: Fusion with the OpsDesk palette and
// a small style sheet. Sizes are in device-independent pixels, so the console
// reads the same from 100% to 200% display scaling.
namespace Theme {

void apply(QApplication &app);

QColor accent();
QColor success();
QColor warning();
QColor danger();
QColor muted();

} // namespace Theme
} // namespace OpsDesk
