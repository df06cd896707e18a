#include "ui/audit/DocumentThumbnail.h"

#include "ui/audit/ImageViewerDialog.h"

#include <QPixmap>

namespace OpsDesk {

DocumentThumbnail::DocumentThumbnail(const QString &title, QSize size, QWidget *parent)
    : QToolButton(parent)
    , m_title(title)
    , m_size(size)
{
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setIconSize(size);
    setMinimumWidth(size.width() + 12);
    setText(title);
    setToolTip(tr("%1 — click to open").arg(title));
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::clicked, this, &DocumentThumbnail::openViewer);
}

void DocumentThumbnail::load(const DocumentLoader &loader, const QString &sha256)
{
    m_sha = sha256;
    m_image = {};
    m_error.clear();
    setIcon({});
    setText(tr("%1\nloading…").arg(m_title));
    const int generation = ++m_generation;
    if (!loader || sha256.isEmpty()) {
        m_error = tr("No document");
        setText(tr("%1\n%2").arg(m_title, m_error));
        Q_EMIT loaded(false);
        return;
    }
    loader(sha256, this, [this, generation](const QByteArray &bytes, const QString &error) {
        if (generation != m_generation)
            return;
        QImage image;
        if (error.isEmpty() && !image.loadFromData(bytes))
            m_error = tr("Not a picture");
        else
            m_error = error;
        if (!m_error.isEmpty()) {
            setText(tr("%1\n%2").arg(m_title, m_error));
            setToolTip(m_error);
            Q_EMIT loaded(false);
            return;
        }
        m_image = image;
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(
            image.scaled(m_size * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        setIcon(QIcon(pixmap));
        setText(m_title);
        setToolTip(tr("%1 — click to open").arg(m_title));
        Q_EMIT loaded(true);
    });
}

void DocumentThumbnail::openViewer()
{
    if (m_image.isNull())
        return;
    ImageViewerDialog dialog(m_image, m_title, window());
    dialog.exec();
}

} // namespace OpsDesk
