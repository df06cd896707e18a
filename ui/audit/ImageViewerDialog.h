#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QToolButton;

namespace OpsDesk {

// The picture of one document (ID card, certificate, agreement) on a canvas
// that zooms about the pointer (wheel) or the centre (+ / −), fits the
// window (F or "Fit") and turns by 90° (R / Shift+R). Dragging pans.
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; } // 0, 90, 180 or 270
    bool isFitted() const { return m_fitted; }

    void zoomBy(double factor, QPointF anchor = {-1, -1});
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    void fit();
    void rotateClockwise();
    void rotateCounterClockwise();

    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 16.0;

Q_SIGNALS:
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSizeF turnedSize() const;
    double fitZoom() const;

    QImage m_image;
    double m_zoom = 1;
    int m_rotation = 0;
    bool m_fitted = true;
    QPointF m_offset; // the image centre relative to the widget centre
    QPointF m_dragFrom;
};

class ImageViewerDialog : public QDialog
{
    Q_OBJECT
public:
    ImageViewerDialog(const QImage &image, const QString &title, QWidget *parent = nullptr);

    ImageCanvas *canvas() const { return m_canvas; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateZoomText();

    ImageCanvas *m_canvas;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_rotateLeft;
    QToolButton *m_rotateRight;
    QLabel *m_zoomText;
};

} // namespace OpsDesk
