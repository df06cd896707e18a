#include "ui/charts/ChartExport.h"

#include "services/export/TableExporter.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

#include <memory>

namespace OpsDesk {

namespace {

constexpr QSize kDefaultSize(960, 540);

// Lays the chart out at `size` without animations for as long as it lives,
// then puts size and animations back.
class ChartAtSize
{
public:
    ChartAtSize(QChart *chart, const QSizeF &size)
        : m_chart(chart)
        , m_oldSize(chart->size())
        , m_animations(chart->animationOptions())
    {
        m_chart->setAnimationOptions(QChart::NoAnimation);
        if (!m_chart->scene()) {
            m_ownScene = std::make_unique<QGraphicsScene>();
            m_ownScene->addItem(m_chart);
        }
        // An animation under way (a chart just shown or just given new
        // numbers) would be drawn half done: a change of geometry lays every
        // series out again, now without animation, in its final state.
        m_chart->resize(size + QSizeF(1, 1));
        layOut();
        m_chart->resize(size);
        layOut();
    }
    ~ChartAtSize()
    {
        if (m_oldSize.isValid() && !m_oldSize.isEmpty()) {
            m_chart->resize(m_oldSize);
            layOut();
        }
        if (m_ownScene)
            m_ownScene->removeItem(m_chart);
        m_chart->setAnimationOptions(m_animations);
    }
    ChartAtSize(const ChartAtSize &) = delete;
    ChartAtSize &operator=(const ChartAtSize &) = delete;

    QGraphicsScene *scene() const { return m_chart->scene(); }

private:
    void layOut()
    {
        // The chart's layout places axes, legend and plot area on a posted
        // request; the picture is drawn now.
        if (QGraphicsLayout *layout = m_chart->layout()) {
            layout->invalidate();
            layout->activate();
        }
    }

    QChart *m_chart;
    QSizeF m_oldSize;
    QChart::AnimationOptions m_animations;
    std::unique_ptr<QGraphicsScene> m_ownScene;
};

} // namespace

QFont ChartExport::reportFont(int pixelSize, bool bold)
{
    static const QStringList families = [] {
        QStringList found;
        const QStringList installed = QFontDatabase::families();
        for (const char *family : {"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                                   "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans SC"}) {
            if (installed.contains(QLatin1String(family)))
                found.append(QLatin1String(family));
        }
        found.append(QGuiApplication::font().family());
        return found;
    }();
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QSize ChartExport::exportSize(QChart *chart, const ChartImageOptions &options)
{
    if (!options.size.isEmpty())
        return options.size;
    const QSize now = chart->size().toSize();
    return now.width() >= 50 && now.height() >= 50 ? now : kDefaultSize;
}

void ChartExport::paint(QChart *chart, QPainter *painter, const QRectF &target,
                        const QSizeF &logicalSize, const QString &title)
{
    if (!chart || target.isEmpty() || logicalSize.isEmpty())
        return;
    const double scale = target.width() / logicalSize.width();
    QRectF chartTarget = target;
    QSizeF chartSize = logicalSize;
    if (!title.isEmpty() && chart->title().isEmpty()) {
        // The title band: 1.8 lines of a 15-pixel bold font, in chart pixels.
        const double band = 28;
        painter->save();
        painter->setFont(reportFont(std::max(1, int(std::lround(15 * scale))), true));
        painter->setPen(QColor(0x1f, 0x2a, 0x3d));
        painter->drawText(QRectF(target.left(), target.top(), target.width(), band * scale),
                          Qt::AlignCenter | Qt::TextSingleLine, title);
        painter->restore();
        chartTarget.setTop(target.top() + band * scale);
        chartSize.setHeight(logicalSize.height() - band);
    }
    if (chartSize.height() < 20)
        return;
    ChartAtSize laidOut(chart, chartSize);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    laidOut.scene()->render(painter, chartTarget, chart->sceneBoundingRect(),
                            Qt::IgnoreAspectRatio);
    painter->restore();
}

QImage ChartExport::toImage(QChart *chart, const ChartImageOptions &options)
{
    const QSize size = exportSize(chart, options);
    const qreal ratio = options.devicePixelRatio > 0 ? options.devicePixelRatio : 1.0;
    QImage image(QSize(int(std::ceil(size.width() * ratio)), int(std::ceil(size.height() * ratio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size), options.title);
    painter.end();
    return image;
}

bool ChartExport::savePng(QChart *chart, const QString &path, const ChartImageOptions &options,
                          QString *error)
{
    QSaveFile file(path);
    if (!TableExporter::openTarget(file, error))
        return false;
    QImageWriter writer(&file, "png");
    if (!writer.write(toImage(chart, options))) {
        if (error)
            *error = TableExporter::writeFailedMessage(QFileInfo(path).absolutePath(),
                                                       writer.errorString());
        TableExporter::discardTarget(file);
        return false;
    }
    return TableExporter::commitTarget(file, error);
}

bool ChartExport::saveSvg(QChart *chart, const QString &path, const ChartImageOptions &options,
                          QString *error)
{
    QSaveFile file(path);
    if (!TableExporter::openTarget(file, error))
        return false;
    const QSize size = exportSize(chart, options);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(options.title.isEmpty() ? chart->title() : options.title);
    svg.setDescription(options.description);
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = TableExporter::writeFailedMessage(QFileInfo(path).absolutePath(),
                                                       file.errorString());
        TableExporter::discardTarget(file);
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size), options.title);
    painter.end();
    return TableExporter::commitTarget(file, error);
}

bool ChartExport::save(QChart *chart, const QString &path, const ChartImageOptions &options,
                       QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(chart, path, options, error);
    if (suffix == QLatin1String("svg"))
        return saveSvg(chart, path, options, error);
    if (error)
        *error = tr("A chart is saved as a PNG picture (.png) or an SVG drawing (.svg); %1 is "
                    "neither.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

bool ChartExport::saveWithDialog(QWidget *parent, QChart *chart, const ChartImageOptions &options)
{
    QString name = options.title.isEmpty() ? chart->title() : options.title;
    for (QChar &c : name)
        if (QStringView(u"\\/:*?\"<>|").contains(c))
            c = u'_';
    if (name.trimmed().isEmpty())
        name = tr("chart");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save chart"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name.trimmed() + QStringLiteral(".png")),
        tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return false;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                                                          : QStringLiteral(".png");
    QString error;
    if (save(chart, target, options, &error))
        return true;
    QMessageBox::warning(parent, tr("Save chart"), error);
    return false;
}

bool ChartExport::savePng(QChartView *view, const QString &path, const ChartImageOptions &options,
                          QString *error)
{
    return savePng(view->chart(), path, options, error);
}

bool ChartExport::saveSvg(QChartView *view, const QString &path, const ChartImageOptions &options,
                          QString *error)
{
    return saveSvg(view->chart(), path, options, error);
}

} // namespace OpsDesk
