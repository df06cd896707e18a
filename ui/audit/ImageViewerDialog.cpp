#include "ui/audit/ImageViewerDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace OpsDesk {

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 180);
    setCursor(Qt::OpenHandCursor);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    setPalette(pal);
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_rotation = 0;
    fit();
}

QSizeF ImageCanvas::turnedSize() const
{
    const QSizeF size = m_image.size();
    return (m_rotation % 180 == 0) ? size : size.transposed();
}

double ImageCanvas::fitZoom() const
{
    const QSizeF size = turnedSize();
    if (size.isEmpty())
        return 1;
    const double zoom = std::min((width() - 16) / size.width(), (height() - 16) / size.height());
    return std::clamp(zoom, MinZoom, MaxZoom);
}

void ImageCanvas::fit()
{
    m_zoom = fitZoom();
    m_offset = {};
    m_fitted = true;
    update();
    Q_EMIT viewChanged();
}

void ImageCanvas::zoomBy(double factor, QPointF anchor)
{
    const double zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    const QPointF centre(width() / 2.0, height() / 2.0);
    if (anchor.x() < 0)
        anchor = centre;
    // Keep the image point under the anchor where it is.
    const QPointF imageCentre = centre + m_offset;
    m_offset = anchor + (imageCentre - anchor) * (zoom / m_zoom) - centre;
    m_zoom = zoom;
    m_fitted = false;
    update();
    Q_EMIT viewChanged();
}

void ImageCanvas::rotateClockwise()
{
    m_rotation = (m_rotation + 90) % 360;
    if (m_fitted)
        fit();
    else {
        m_offset = QPointF(-m_offset.y(), m_offset.x());
        update();
        Q_EMIT viewChanged();
    }
}

void ImageCanvas::rotateCounterClockwise()
{
    m_rotation = (m_rotation + 270) % 360;
    if (m_fitted)
        fit();
    else {
        m_offset = QPointF(m_offset.y(), -m_offset.x());
        update();
        Q_EMIT viewChanged();
    }
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(Qt::white);
        painter.drawText(rect(), Qt::AlignCenter, tr("No picture"));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 4);
    painter.translate(QPointF(width() / 2.0, height() / 2.0) + m_offset);
    painter.rotate(m_rotation);
    painter.scale(m_zoom, m_zoom);
    painter.drawImage(QPointF(-m_image.width() / 2.0, -m_image.height() / 2.0), m_image);
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    setFocus();
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_offset += event->position() - m_dragFrom;
    m_dragFrom = event->position();
    m_fitted = false;
    update();
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        fit();
}

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(false);
    button->setMinimumWidth(36);
    return button;
}

} // namespace

ImageViewerDialog::ImageViewerDialog(const QImage &image, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_canvas(new ImageCanvas(this))
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_zoomOut = toolButton(this, QStringLiteral("−"));
    m_zoomIn = toolButton(this, QStringLiteral("+"));
    m_fit = toolButton(this, QString());
    m_rotateLeft = toolButton(this, QStringLiteral("⟲"));
    m_rotateRight = toolButton(this, QStringLiteral("⟳"));
    m_zoomText = new QLabel(this);
    m_zoomText->setMinimumWidth(60);
    for (QWidget *w : {static_cast<QWidget *>(m_zoomOut), static_cast<QWidget *>(m_zoomText),
                       static_cast<QWidget *>(m_zoomIn), static_cast<QWidget *>(m_fit)})
        bar->addWidget(w);
    bar->addSpacing(16);
    bar->addWidget(m_rotateLeft);
    bar->addWidget(m_rotateRight);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_zoomIn, &QToolButton::clicked, m_canvas, &ImageCanvas::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_canvas, &ImageCanvas::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_canvas, &ImageCanvas::fit);
    connect(m_rotateLeft, &QToolButton::clicked, m_canvas, &ImageCanvas::rotateCounterClockwise);
    connect(m_rotateRight, &QToolButton::clicked, m_canvas, &ImageCanvas::rotateClockwise);
    connect(m_canvas, &ImageCanvas::viewChanged, this, &ImageViewerDialog::updateZoomText);
    resize(900, 680);
    m_canvas->setImage(image);
    retranslate();
    m_canvas->setFocus();
}

void ImageViewerDialog::updateZoomText()
{
    m_zoomText->setText(
        QStringLiteral("%1 %").arg(QLocale().toString(qRound(m_canvas->zoom() * 100))));
}

void ImageViewerDialog::retranslate()
{
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the window (F)"));
    m_rotateLeft->setToolTip(tr("Turn left 90° (Shift+R)"));
    m_rotateRight->setToolTip(tr("Turn right 90° (R)"));
    updateZoomText();
}

void ImageViewerDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_canvas->zoomIn();
        return;
    case Qt::Key_Minus:
        m_canvas->zoomOut();
        return;
    case Qt::Key_F:
    case Qt::Key_0:
        m_canvas->fit();
        return;
    case Qt::Key_R:
        if (event->modifiers() & Qt::ShiftModifier)
            m_canvas->rotateCounterClockwise();
        else
            m_canvas->rotateClockwise();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void ImageViewerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace OpsDesk
