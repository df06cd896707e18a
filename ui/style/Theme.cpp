#include "ui/style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace OpsDesk::Theme {

QColor accent()
{
    return QColor(0x2f, 0x6f, 0xdf);
}
QColor success()
{
    return QColor(0x1e, 0x9e, 0x5a);
}
QColor warning()
{
    return QColor(0xd9, 0x8a, 0x00);
}
QColor danger()
{
    return QColor(0xd2, 0x3c, 0x3c);
}
QColor muted()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor heatColour(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    struct Stop
    {
        double at;
        int r, g, b;
    };
    static constexpr Stop Stops[] = {{0.0, 252, 255, 164},
                                     {0.25, 251, 182, 26},
                                     {0.5, 237, 105, 37},
                                     {0.75, 165, 44, 96},
                                     {1.0, 66, 10, 104}};
    int i = 0;
    while (i < 3 && t > Stops[i + 1].at)
        ++i;
    const Stop &a = Stops[i];
    const Stop &b = Stops[i + 1];
    const double f = (t - a.at) / (b.at - a.at);
    const auto mix = [f](int x, int y) {
        return int(std::lround(x + (y - x) * f));
    };
    return QColor(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
}

QColor heatStepColour(int step, int steps)
{
    if (steps <= 1)
        return heatColour(0.6);
    // From a light step that still stands out on the basemap to the darkest.
    return heatColour(0.12 + 0.88 * double(step) / double(steps - 1));
}

QList<QColor> chartPalette()
{
    return {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
            QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7),
            QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QColor chartColor(int index)
{
    static const QList<QColor> palette = chartPalette();
    return palette[index % palette.size()];
}

QColor better()
{
    return QColor(0x00, 0x7a, 0x5a); // Okabe–Ito bluish green, darkened for text
}

QColor worse()
{
    return QColor(0xb8, 0x4a, 0x00); // Okabe–Ito vermillion, darkened for text
}

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfc));
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfe));
    palette.setColor(QPalette::Link, accent());
    app.setPalette(palette);
    app.setStyleSheet(QStringLiteral(
        "QWidget#sidePanel, QWidget#brand { background: #1f2a3d; }"
        "QLabel#brandText { color: white; font-size: 13pt; font-weight: 600; }"
        "QListWidget#workspaceNav { background: #1f2a3d; border: none; color: #c9d3e3;"
        "  font-size: 10pt; outline: 0; }"
        "QListWidget#workspaceNav::item { padding: 10px 6px; border-left: 3px solid "
        "transparent; }"
        "QListWidget#workspaceNav::item:selected { background: #2b3a55; color: white;"
        "  border-left: 3px solid #5b93f0; }"
        "QListWidget#workspaceNav::item:hover:!selected { background: #263249; }"
        "QLabel#emptyTitle { font-size: 16pt; font-weight: 600; color: #1f2a3d; }"
        "QLabel#emptyText { font-size: 10pt; color: #4b5563; }"
        "QStatusBar { background: #e9edf3; }"
        "QLabel#loginTitle { font-size: 15pt; font-weight: 600; color: #1f2a3d; }"
        "QLabel#loginSubtitle { color: #4b5563; }"
        "QLabel#loginNotice { background: #eef4ff; border: 1px solid #c7d7f5; border-radius: "
        "4px;"
        "  padding: 8px; color: #1f2a3d; }"
        "QLabel#loginError { background: #fdeeee; border: 1px solid #f2c4c4; border-radius: "
        "4px;"
        "  padding: 8px; color: #a12626; }"));
}

} // namespace OpsDesk::Theme
