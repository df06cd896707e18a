#include "services/tiles/MBTilesTileSource.h"

#include <QFileInfo>
#include <QTimer>

namespace OpsDesk {

MBTilesTileSource::MBTilesTileSource(const QString &path, CoordinateSystem system, QObject *parent)
    : TileSource(parent)
    , m_path(path)
    , m_system(system)
{
    setMaxConcurrent(2);
    if (!m_reader.open(path, &m_error) && m_error.isEmpty())
        m_error = tr("The tile pack %1 cannot be read.").arg(path);
}

QString MBTilesTileSource::attribution() const
{
    if (!m_reader.isOpen())
        return tr("No tile pack");
    if (!m_reader.attribution().isEmpty())
        return m_reader.attribution();
    const QString name =
        m_reader.name().isEmpty() ? QFileInfo(m_path).completeBaseName() : m_reader.name();
    return tr("Offline tile pack: %1").arg(name);
}

void MBTilesTileSource::startLoad(const TileId &tile)
{
    const quint64 key = tileKey(tile);
    m_loading.insert(key);
    QTimer::singleShot(0, this, [this, tile, key] {
        if (m_loading.remove(key))
            load(tile);
    });
}

void MBTilesTileSource::abortLoad(const TileId &tile)
{
    m_loading.remove(tileKey(tile));
}

void MBTilesTileSource::load(const TileId &tile)
{
    if (!m_error.isEmpty()) {
        failLoad(tile, m_error);
        return;
    }
    const std::optional<QByteArray> bytes = m_reader.tile(tile);
    if (!bytes) {
        failLoad(tile,
                 tr("The tile pack has no tile %1/%2/%3.").arg(tile.z).arg(tile.x).arg(tile.y));
        return;
    }
    QImage image = QImage::fromData(*bytes);
    if (image.isNull()) {
        failLoad(tile, tr("The tile %1/%2/%3 in the pack is not an image the console can read.")
                           .arg(tile.z)
                           .arg(tile.x)
                           .arg(tile.y));
        return;
    }
    finishLoad(tile, image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

} // namespace OpsDesk
