#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QChartView;
class QPainter;
class QWidget;

namespace OpsDesk {

// How a chart is written as a picture.
struct ChartImageOptions
{
    // Drawn above the chart when the chart has no title of its own (a
    // dashboard may show the title beside the chart instead); the SVG's
    // <title> (else the chart's title).
    QString title;
    // The SVG's <desc>: what the chart shows (filters, period, units).
    QString description;
    // The chart's size in device-independent pixels; empty: its size now
    // (on screen), else 960 × 540.
    QSize size;
    // PNG only: pixels per device-independent pixel (2: sharp on a
    // high-density screen or a slide).
    qreal devicePixelRatio = 2.0;
};

// A Qt Charts chart as a PNG (raster, white background) or an SVG (vector,
// with title and description), and painted as vectors onto any QPainter
// (the PDF report). The chart is drawn at the requested size and put back as
// it was: a chart shown in a QChartView may be exported while on screen.
// Animations are switched off while it is drawn (the picture shows the
// final state, never a frame of an animation) and back on afterwards.
//
// Files are written under a temporary name and renamed over the target only
// when complete: a failure leaves nothing behind and keeps an older file.
// Errors are translated sentences (the export's own, see TableExporter).
//
// Threading: GUI thread (a chart is a graphics item).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(OpsDesk::ChartExport)
public:
    static bool savePng(QChart *chart, const QString &path, const ChartImageOptions &options,
                        QString *error);
    static bool saveSvg(QChart *chart, const QString &path, const ChartImageOptions &options,
                        QString *error);
    static bool savePng(QChartView *view, const QString &path, const ChartImageOptions &options,
                        QString *error);
    static bool saveSvg(QChartView *view, const QString &path, const ChartImageOptions &options,
                        QString *error);

    // PNG or SVG by the path's suffix (any case); another suffix is refused
    // with a sentence naming the two.
    static bool save(QChart *chart, const QString &path, const ChartImageOptions &options,
                     QString *error);
    // Asks where to save (PNG or SVG, named after the title) and saves; a
    // failure is shown in a message box. False when cancelled or failed.
    static bool saveWithDialog(QWidget *parent, QChart *chart, const ChartImageOptions &options);

    // The PNG's picture: size × devicePixelRatio pixels (the ratio set on it).
    static QImage toImage(QChart *chart, const ChartImageOptions &options);

    // Paints the chart into `target` (the painter's coordinates), laid out
    // at `logicalSize` device-independent pixels and scaled to fit; a title
    // band above it when `title` is set and the chart has none.
    static void paint(QChart *chart, QPainter *painter, const QRectF &target,
                      const QSizeF &logicalSize, const QString &title = {});

    // A font that has the Chinese glyphs (Noto Sans CJK SC where installed,
    // else the platform's CJK UI font, else the application's), at a pixel
    // size of the painter's coordinates.
    static QFont reportFont(int pixelSize, bool bold = false);

    // The size a chart is exported at for these options.
    static QSize exportSize(QChart *chart, const ChartImageOptions &options);
};

} // namespace OpsDesk
