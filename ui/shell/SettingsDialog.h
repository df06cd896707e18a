#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace OpsDesk {

class LanguageManager;

// The console's settings: language (applied at once), map tiles (the
// built-in basemap, the central server's tiles, an XYZ template, AMap, an
// MBTiles pack; checked before they are kept, applied to every map by the
// application on tileSourceChanged), alert thresholds, and the local cache
// (where it is, how big, rebuild). Kept in QSettings; no secrets. The server
// is chosen at sign-in.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString language; // "zh_CN" | "en"
        // "offline" | "server" | "xyz" | "amap" | "mbtiles" (TileSourceSettings)
        QString tileSource = QStringLiteral("offline");
        QString tileUrlTemplate;         // for "xyz"
        QString tilePack;                // for "mbtiles"
        QString tileContact;             // sent to tile servers in the User-Agent
        int dispatchTimeoutMinutes = 30; // paid but not assigned for this long → alert
        int overdueMinutes = 60;         // past the appointment window, not finished → alert
        int notAcceptedMinutes = 15;     // assigned, not accepted for this long → alert
        int notDepartedMinutes = 30;     // accepted, not on the way this long before the start
        int lateMinutes = 0;             // the window began and nobody is there after this
    };
    static Values load();
    static void save(const Values &values);

    SettingsDialog(LanguageManager *language, const QString &serverUrl, const QString &cachePath,
                   QWidget *parent = nullptr);

Q_SIGNALS:
    // The user confirmed "Rebuild cache" (the application refuses while
    // changes wait in the outbox).
    void rebuildCacheRequested();
    // OK was pressed with another tile choice than before.
    void tileSourceChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool apply();
    void updateTileFields();
    void chooseTilePack();

    LanguageManager *m_languageManager;
    QString m_cachePath;
    QComboBox *m_language;
    QComboBox *m_tiles;
    QLineEdit *m_tileTemplate;
    QLineEdit *m_tilePack;
    QPushButton *m_tilePackButton;
    QLineEdit *m_tileContact;
    QLabel *m_tileError;
    QSpinBox *m_dispatchTimeout;
    QSpinBox *m_overdue;
    QSpinBox *m_notAccepted;
    QSpinBox *m_notDeparted;
    QSpinBox *m_late;
    QLabel *m_server;
    QLabel *m_cache;
    QPushButton *m_rebuild;
    QList<QLabel *> m_labels;
};

} // namespace OpsDesk
