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

// The heat maps' sequential ramp, t from 0 (few) to 1 (most): pale yellow,
// orange, red, purple, dark violet (the "inferno" ramp read from its light
// end). Lightness falls steadily along it, so the order of the colours reads
// the same for every kind of colour-blindness and in greyscale, and the
// busiest places are the darkest on the light basemap. Opaque.
QColor heatColour(double t);
// The colour of step `step` (0-based) of `steps` evenly spaced steps of the
// ramp, from its light end to its dark end.
QColor heatStepColour(int step, int steps);
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
