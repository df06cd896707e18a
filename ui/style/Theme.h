#pragma once

#include <QColor>
#include <QList>

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

// Chart colours: the Okabe–Ito palette, distinguishable with the common
// kinds of colour blindness (orange, sky blue, bluish green, blue,
// vermillion, reddish purple, yellow, black). Series take them in order.
QList<QColor> chartPalette();
QColor chartColor(int index);
// A change for the better / the worse on a KPI tile (shown with ▲/▼ and a
// sign as well, never by colour alone).
QColor better();
QColor worse();

} // namespace Theme
} // namespace OpsDesk
