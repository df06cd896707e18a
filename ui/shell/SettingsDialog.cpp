#include "ui/shell/SettingsDialog.h"

#include "services/cache/CacheDatabase.h"
#include "ui/i18n/LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OpsDesk {

SettingsDialog::Values SettingsDialog::load()
{
    QSettings settings;
    Values values;
    values.language = settings.value(QStringLiteral("ui/language")).toString();
    values.tileSource =
        settings.value(QStringLiteral("map/tileSource"), values.tileSource).toString();
    values.dispatchTimeoutMinutes =
        settings.value(QStringLiteral("alerts/dispatchTimeoutMinutes"), 30).toInt();
    values.overdueMinutes = settings.value(QStringLiteral("alerts/overdueMinutes"), 60).toInt();
    return values;
}

void SettingsDialog::save(const Values &values)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), values.language);
    settings.setValue(QStringLiteral("map/tileSource"), values.tileSource);
    settings.setValue(QStringLiteral("alerts/dispatchTimeoutMinutes"),
                      values.dispatchTimeoutMinutes);
    settings.setValue(QStringLiteral("alerts/overdueMinutes"), values.overdueMinutes);
}

SettingsDialog::SettingsDialog(LanguageManager *language, const QString &serverUrl,
                               const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_languageManager(language)
    , m_cachePath(cachePath)
    , m_language(new QComboBox(this))
    , m_tiles(new QComboBox(this))
    , m_dispatchTimeout(new QSpinBox(this))
    , m_overdue(new QSpinBox(this))
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
    m_dispatchTimeout->setObjectName(QStringLiteral("dispatchTimeoutBox"));
    m_dispatchTimeout->setRange(5, 24 * 60);
    m_overdue->setObjectName(QStringLiteral("overdueBox"));
    m_overdue->setRange(5, 24 * 60);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cache->setObjectName(QStringLiteral("cacheInfo"));
    m_cache->setWordWrap(true);
    m_cache->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebuild->setObjectName(QStringLiteral("rebuildCacheButton"));

    const Values values = load();
    m_dispatchTimeout->setValue(values.dispatchTimeoutMinutes);
    m_overdue->setValue(values.overdueMinutes);

    auto *form = new QFormLayout;
    for (int i = 0; i < 6; ++i)
        m_labels.append(new QLabel(this));
    form->addRow(m_labels[0], m_language);
    form->addRow(m_labels[1], m_server);
    form->addRow(m_labels[2], m_tiles);
    form->addRow(m_labels[3], m_dispatchTimeout);
    form->addRow(m_labels[4], m_overdue);
    form->addRow(m_labels[5], m_cache);
    form->addRow(QString(), m_rebuild);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
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
}

void SettingsDialog::apply()
{
    Values values;
    values.language = m_language->currentData().toString();
    values.tileSource = m_tiles->currentData().toString();
    values.dispatchTimeoutMinutes = m_dispatchTimeout->value();
    values.overdueMinutes = m_overdue->value();
    save(values);
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
    m_labels[5]->setText(tr("Local cache:"));
    const QString tiles = m_tiles->currentData().toString();
    m_tiles->clear();
    m_tiles->addItem(tr("Offline basemap (built in)"), QStringLiteral("offline"));
    m_tiles->addItem(tr("The central server's tiles"), QStringLiteral("server"));
    m_tiles->setCurrentIndex(std::max(0, m_tiles->findData(tiles)));
    m_dispatchTimeout->setSuffix(tr(" min"));
    m_overdue->setSuffix(tr(" min"));
    const qint64 bytes = m_cachePath.isEmpty() ? 0 : CacheDatabase::diskSize(m_cachePath);
    m_cache->setText(m_cachePath.isEmpty()
                         ? tr("No cache: nobody is signed in.")
                         : tr("%1 (%2)").arg(m_cachePath, QLocale().formattedDataSize(bytes)));
    m_rebuild->setText(tr("&Rebuild cache…"));
    m_rebuild->setEnabled(!m_cachePath.isEmpty());
}

} // namespace OpsDesk
