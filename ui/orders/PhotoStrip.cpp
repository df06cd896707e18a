#include "ui/orders/PhotoStrip.h"

#include "services/files/FileStore.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

constexpr int ThumbWidth = 120;
constexpr int ThumbHeight = 80;

} // namespace

PhotoStrip::PhotoStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_none(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_none);
    m_layout->addStretch();
}

void PhotoStrip::setFiles(FileStore *files)
{
    m_files = files;
}

void PhotoStrip::setPhotos(const QStringList &sha256s)
{
    ++m_generation;
    m_photos = sha256s;
    m_shown = 0;
    m_errors.clear();
    m_pixmaps.clear();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_none->setText(tr("No photos."));
    m_none->setVisible(sha256s.isEmpty());
    for (int index = 0; index < sha256s.size(); ++index) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("photo_%1").arg(index));
        button->setFixedSize(ThumbWidth + 8, ThumbHeight + 8);
        button->setIconSize(QSize(ThumbWidth, ThumbHeight));
        button->setText(tr("Loading…"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setEnabled(false);
        connect(button, &QToolButton::clicked, this, [this, index] { openLarge(index); });
        m_layout->insertWidget(m_layout->count() - 1, button);
        m_buttons.append(button);
        const QString sha = sha256s.at(index);
        if (!m_files) {
            showPhoto(index, {}, tr("Photos need a signed-in session."));
            continue;
        }
        const int generation = m_generation;
        m_files->fetch(sha, this,
                       [this, index, generation](const QByteArray &bytes, const QString &error) {
                           if (generation == m_generation)
                               showPhoto(index, bytes, error);
                       });
    }
}

void PhotoStrip::showPhoto(int index, const QByteArray &bytes, const QString &error)
{
    QToolButton *button = m_buttons.value(index);
    if (!button)
        return;
    const QString sha = m_photos.at(index);
    QPixmap pixmap;
    QString problem = error;
    if (problem.isEmpty() && !pixmap.loadFromData(bytes))
        problem = tr("The file is not an image this computer can show.");
    if (!problem.isEmpty()) {
        button->setText(tr("Not available"));
        button->setToolTip(problem);
        m_errors.append(problem);
        Q_EMIT photoFailed(sha, problem);
        return;
    }
    m_pixmaps.insert(index, pixmap);
    button->setIcon(pixmap.scaled(ThumbWidth * devicePixelRatio(), ThumbHeight * devicePixelRatio(),
                                  Qt::KeepAspectRatio, Qt::SmoothTransformation));
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setToolTip(tr("Photo %1 of %2 — click to enlarge").arg(index + 1).arg(m_photos.size()));
    button->setEnabled(true);
    ++m_shown;
    Q_EMIT photoShown(sha);
}

void PhotoStrip::openLarge(int index)
{
    const QPixmap pixmap = m_pixmaps.value(index);
    if (pixmap.isNull())
        return;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("photoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Photo %1 of %2").arg(index + 1).arg(m_photos.size()));
    auto *label = new QLabel(dialog);
    label->setPixmap(pixmap);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(label);
    scroll->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(pixmap.width() + 40, pixmap.height() + 40);
    dialog->open();
}

} // namespace OpsDesk
