#pragma once

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace OpsDesk {

class FileStore;

// The photos of an order as thumbnails: each is read from the FileStore
// (fetched from the server the first time, kept for offline use); one that
// cannot be shown says why in its place. Clicking a thumbnail (or Enter on
// it) opens the photo full size.
class PhotoStrip : public QWidget
{
    Q_OBJECT
public:
    explicit PhotoStrip(QWidget *parent = nullptr);

    void setFiles(FileStore *files);
    void setPhotos(const QStringList &sha256s);
    QStringList photos() const { return m_photos; }
    // Photos shown so far, and the messages of those that could not be.
    int shownCount() const { return m_shown; }
    QStringList errors() const { return m_errors; }

Q_SIGNALS:
    void photoShown(const QString &sha256);
    void photoFailed(const QString &sha256, const QString &error);

private:
    void showPhoto(int index, const QByteArray &bytes, const QString &error);
    void openLarge(int index);

    QPointer<FileStore> m_files;
    QStringList m_photos;
    QList<QToolButton *> m_buttons;
    QHash<int, QPixmap> m_pixmaps;
    QHBoxLayout *m_layout;
    QLabel *m_none;
    int m_shown = 0;
    QStringList m_errors;
    int m_generation = 0;
};

} // namespace OpsDesk
