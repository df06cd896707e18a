#pragma once

#include <QImage>
#include <QToolButton>

#include <functional>

namespace OpsDesk {

// Where the audit screens get a document's bytes by content hash: the
// encrypted offline copy, the file cache, or the server. `callback` runs
// once with the bytes or a translated error, never after `context` is gone.
using DocumentLoader =
    std::function<void(const QString &sha256, QObject *context,
                       std::function<void(const QByteArray &, const QString &)>)>;

// One document (ID card side, certificate, agreement) as a thumbnail; a
// click (or Enter) opens it in the ImageViewerDialog. One that cannot be
// loaded says why in its place.
class DocumentThumbnail : public QToolButton
{
    Q_OBJECT
public:
    DocumentThumbnail(const QString &title, QSize size, QWidget *parent = nullptr);

    void load(const DocumentLoader &loader, const QString &sha256);
    QString sha256() const { return m_sha; }
    bool isLoaded() const { return !m_image.isNull(); }
    QString error() const { return m_error; }
    // Opens the viewer (modal while open; returns when it is closed).
    void openViewer();

Q_SIGNALS:
    void loaded(bool ok);

private:
    QString m_title;
    QSize m_size;
    QString m_sha;
    QImage m_image;
    QString m_error;
    int m_generation = 0;
};

} // namespace OpsDesk
