#include "ui/shell/SettingsDialog.h"

#include "services/cache/CacheDatabase.h"
#include "services/tiles/TileSourceSettings.h"
#include "ui/i18n/LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace OpsDesk {

SettingsDialog::Values SettingsDialog::load()
{
    QSettings settings;
    Values values;
    values.language = settings.value(QStringLiteral("ui/language")).toString();
    const TileSourceSettings tiles = TileSourceSettings::load();
    values.tileSource = tiles.source;
    values.tileUrlTemplate = tiles.urlTemplate;
    values.tilePack = tiles.packPath;
    values.tileContact = tiles.contact;
    values.dispatchTimeoutMinutes =
        settings.value(QStringLiteral("alerts/dispatchTimeoutMinutes"), 30).toInt();
    values.overdueMinutes = settings.value(QStringLiteral("alerts/overdueMinutes"), 60).toInt();
    values.notAcceptedMinutes =
        settings.value(QStringLiteral("alerts/notAcceptedMinutes"), 15).toInt();
    values.notDepartedMinutes =
        settings.value(QStringLiteral("alerts/notDepartedMinutes"), 30).toInt();
    values.lateMinutes = settings.value(QStringLiteral("alerts/lateMinutes"), 0).toInt();
    return values;
}

void SettingsDialog::save(const Values &values)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), values.language);
    TileSourceSettings tiles;
    tiles.source = values.tileSource;
    if (!values.tileUrlTemplate.isEmpty())
        tiles.urlTemplate = values.tileUrlTemplate;
    tiles.packPath = values.tilePack;
    tiles.contact = values.tileContact;
    tiles.save();
    settings.setValue(QStringLiteral("alerts/dispatchTimeoutMinutes"),
                      values.dispatchTimeoutMinutes);
    settings.setValue(QStringLiteral("alerts/overdueMinutes"), values.overdueMinutes);
    settings.setValue(QStringLiteral("alerts/notAcceptedMinutes"), values.notAcceptedMinutes);
    settings.setValue(QStringLiteral("alerts/notDepartedMinutes"), values.notDepartedMinutes);
    settings.setValue(QStringLiteral("alerts/lateMinutes"), values.lateMinutes);
}

SettingsDialog::SettingsDialog(LanguageManager *language, const QString &serverUrl,
                               const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_languageManager(language)
    , m_cachePath(cachePath)
    , m_language(new QComboBox(this))
    , m_tiles(new QComboBox(this))
    , m_tileTemplate(new QLineEdit(this))
    , m_tilePack(new QLineEdit(this))
    , m_tilePackButton(new QPushButton(this))
    , m_tileContact(new QLineEdit(this))
    , m_tileError(new QLabel(this))
    , m_dispatchTimeout(new QSpinBox(this))
    , m_overdue(new QSpinBox(this))
    , m_notAccepted(new QSpinBox(this))
    , m_notDeparted(new QSpinBox(this))
    , m_late(new QSpinBox(this))
    , m_server(new QLabel(serverUrl, this))
    , m_cache(new QLabel(this))
    , m_rebuild(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(language->language()));
    m_tiles->setObjectName(QStringLiteral("tileSourceBox"));
    m_tileTemplate->setObjectName(QStringLiteral("tileTemplateEdit"));
    m_tilePack->setObjectName(QStringLiteral("tilePackEdit"));
    m_tilePackButton->setObjectName(QStringLiteral("tilePackButton"));
    m_tileContact->setObjectName(QStringLiteral("tileContactEdit"));
    m_tileError->setObjectName(QStringLiteral("tileError"));
    m_tileError->setWordWrap(true);
    m_tileError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_tileError->hide();
    m_dispatchTimeout->setObjectName(QStringLiteral("dispatchTimeoutBox"));
    m_dispatchTimeout->setRange(5, 24 * 60);
    m_overdue->setObjectName(QStringLiteral("overdueBox"));
    m_overdue->setRange(5, 24 * 60);
    m_notAccepted->setObjectName(QStringLiteral("notAcceptedBox"));
    m_notAccepted->setRange(1, 24 * 60);
    m_notDeparted->setObjectName(QStringLiteral("notDepartedBox"));
    m_notDeparted->setRange(0, 24 * 60);
    m_late->setObjectName(QStringLiteral("lateBox"));
    m_late->setRange(0, 4 * 60);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cache->setObjectName(QStringLiteral("cacheInfo"));
    m_cache->setWordWrap(true);
    m_cache->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebuild->setObjectName(QStringLiteral("rebuildCacheButton"));

    const Values values = load();
    m_dispatchTimeout->setValue(values.dispatchTimeoutMinutes);
    m_overdue->setValue(values.overdueMinutes);
    m_notAccepted->setValue(values.notAcceptedMinutes);
    m_notDeparted->setValue(values.notDepartedMinutes);
    m_late->setValue(values.lateMinutes);
    m_tileTemplate->setText(values.tileUrlTemplate);
    m_tilePack->setText(values.tilePack);
    m_tileContact->setText(values.tileContact);

    auto *form = new QFormLayout;
    for (int i = 0; i < 12; ++i)
        m_labels.append(new QLabel(this));
    form->addRow(m_labels[0], m_language);
    form->addRow(m_labels[1], m_server);
    form->addRow(m_labels[2], m_tiles);
    form->addRow(m_labels[6], m_tileTemplate);
    auto *pack = new QHBoxLayout;
    pack->addWidget(m_tilePack, 1);
    pack->addWidget(m_tilePackButton);
    form->addRow(m_labels[7], pack);
    form->addRow(m_labels[8], m_tileContact);
    form->addRow(QString(), m_tileError);
    form->addRow(m_labels[3], m_dispatchTimeout);
    form->addRow(m_labels[9], m_notAccepted);
    form->addRow(m_labels[10], m_notDeparted);
    form->addRow(m_labels[11], m_late);
    form->addRow(m_labels[4], m_overdue);
    form->addRow(m_labels[5], m_cache);
    form->addRow(QString(), m_rebuild);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_tiles, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTileFields);
    connect(m_tilePackButton, &QPushButton::clicked, this, &SettingsDialog::chooseTilePack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The language applies at once, so people can see what they chose.
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageManager->setLanguage(m_language->currentData().toString()); });
    connect(m_rebuild, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Rebuild the local cache?"),
            tr("The cache is deleted and pulled again from the server. This is only done when "
               "all your changes have reached the server; it needs a connection and may take "
               "a minute."));
        if (answer == QMessageBox::Yes)
            Q_EMIT rebuildCacheRequested();
    });
    retranslate();
    m_tiles->setCurrentIndex(std::max(0, m_tiles->findData(values.tileSource)));
    updateTileFields();
}

void SettingsDialog::updateTileFields()
{
    const QString source = m_tiles->currentData().toString();
    const bool xyz = source == QLatin1String("xyz");
    const bool amap = source == QLatin1String("amap");
    m_tileTemplate->setEnabled(xyz);
    m_tileTemplate->setReadOnly(!xyz);
    if (amap)
        m_tileTemplate->setText(TileSourceSettings::amapTemplate());
    else if (xyz && (m_tileTemplate->text().isEmpty() ||
                     m_tileTemplate->text() == TileSourceSettings::amapTemplate()))
        m_tileTemplate->setText(load().tileUrlTemplate); // the user's own again
    const bool pack = source == QLatin1String("mbtiles");
    m_tilePack->setEnabled(pack);
    m_tilePackButton->setEnabled(pack);
    m_tileError->hide();
}

void SettingsDialog::chooseTilePack()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a tile pack"), m_tilePack->text(),
                                     tr("MBTiles tile packs (*.mbtiles);;All files (*)"));
    if (!path.isEmpty())
        m_tilePack->setText(path);
}

bool SettingsDialog::apply()
{
    const Values before = load();
    Values values;
    values.language = m_language->currentData().toString();
    values.tileSource = m_tiles->currentData().toString();
    values.tileUrlTemplate = m_tileTemplate->text().trimmed();
    if (values.tileSource == QLatin1String("amap"))
        values.tileUrlTemplate = before.tileUrlTemplate; // the preset is not the user's template
    values.tilePack = m_tilePack->text().trimmed();
    values.tileContact = m_tileContact->text().trimmed();
    values.dispatchTimeoutMinutes = m_dispatchTimeout->value();
    values.overdueMinutes = m_overdue->value();
    values.notAcceptedMinutes = m_notAccepted->value();
    values.notDepartedMinutes = m_notDeparted->value();
    values.lateMinutes = m_late->value();

    TileSourceSettings tiles;
    tiles.source = values.tileSource;
    tiles.urlTemplate = values.tileUrlTemplate;
    tiles.packPath = values.tilePack;
    const QString error = tiles.validate();
    if (!error.isEmpty()) {
        m_tileError->setText(error);
        m_tileError->show();
        layout()->activate(); // room for the wrapped reason
        resize(width(), std::max(height(), heightForWidth(width())));
        (values.tileSource == QLatin1String("mbtiles") ? m_tilePack : m_tileTemplate)->setFocus();
        return false;
    }
    m_tileError->hide();
    save(values);
    if (values.tileSource != before.tileSource ||
        values.tileUrlTemplate != before.tileUrlTemplate || values.tilePack != before.tilePack ||
        values.tileContact != before.tileContact)
        Q_EMIT tileSourceChanged();
    return true;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_labels[0]->setText(tr("&Language:"));
    m_labels[0]->setBuddy(m_language);
    m_labels[1]->setText(tr("Server:"));
    m_labels[2]->setText(tr("&Map tiles:"));
    m_labels[2]->setBuddy(m_tiles);
    m_labels[3]->setText(tr("&Dispatch timeout alert after:"));
    m_labels[3]->setBuddy(m_dispatchTimeout);
    m_labels[4]->setText(tr("&Overdue service alert after:"));
    m_labels[4]->setBuddy(m_overdue);
    m_labels[9]->setText(tr("Not &accepted alert after:"));
    m_labels[9]->setBuddy(m_notAccepted);
    m_labels[10]->setText(tr("Not d&eparted alert, before the start:"));
    m_labels[10]->setBuddy(m_notDeparted);
    m_labels[11]->setText(tr("&Late alert, after the window began:"));
    m_labels[11]->setBuddy(m_late);
    for (QSpinBox *box : {m_dispatchTimeout, m_overdue, m_notAccepted, m_notDeparted, m_late})
        box->setSuffix(tr(" min"));
    m_labels[5]->setText(tr("Local cache:"));
    m_labels[6]->setText(tr("Tile &address:"));
    m_labels[6]->setBuddy(m_tileTemplate);
    m_labels[7]->setText(tr("Tile &pack:"));
    m_labels[7]->setBuddy(m_tilePack);
    m_labels[8]->setText(tr("C&ontact for tile servers:"));
    m_labels[8]->setBuddy(m_tileContact);
    m_tileTemplate->setPlaceholderText(tr("https://tile.example.com/{z}/{x}/{y}.png"));
    m_tileTemplate->setToolTip(tr("{z}, {x} and {y} are replaced by the tile's address, {s} by "
                                  "one of the server's subdomains."));
    m_tilePackButton->setText(tr("&Choose…"));
    m_tileContact->setPlaceholderText(tr("e-mail or web address (optional)"));
    m_tileContact->setToolTip(
        tr("Sent to online tile servers with the console's name, as their usage policies ask."));
    const QString tiles = m_tiles->currentData().toString();
    const QSignalBlocker blocker(m_tiles);
    m_tiles->clear();
    m_tiles->addItem(tr("Offline basemap (built in)"), QStringLiteral("offline"));
    m_tiles->addItem(tr("The central server's tiles"), QStringLiteral("server"));
    m_tiles->addItem(tr("Online XYZ tiles (OpenStreetMap style)"), QStringLiteral("xyz"));
    m_tiles->addItem(tr("AMap (GCJ-02)"), QStringLiteral("amap"));
    m_tiles->addItem(tr("Offline tile pack (MBTiles)"), QStringLiteral("mbtiles"));
    m_tiles->setCurrentIndex(std::max(0, m_tiles->findData(tiles)));
    const qint64 bytes = m_cachePath.isEmpty() ? 0 : CacheDatabase::diskSize(m_cachePath);
    m_cache->setText(m_cachePath.isEmpty()
                         ? tr("No cache: nobody is signed in.")
                         : tr("%1 (%2)").arg(m_cachePath, QLocale().formattedDataSize(bytes)));
    m_rebuild->setText(tr("&Rebuild cache…"));
    m_rebuild->setEnabled(!m_cachePath.isEmpty());
}

} // namespace OpsDesk
