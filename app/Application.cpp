#include "app/Application.h"

#include "models/ConnectionState.h"
#include "models/Notifications.h"
#include "models/Staff.h"
#include "models/SyncCollections.h"
#include "services/api/ApiClient.h"
#include "services/audit/SecureDocumentStore.h"
#include "services/auth/SessionManager.h"
#include "services/cache/CacheDatabase.h"
#include "services/core/AppPaths.h"
#include "services/core/CredentialStore.h"
#include "services/core/Logging.h"
#include "services/server/HealthMonitor.h"
#include "services/server/LocalServerProcess.h"
#include "services/sync/OrderAlerts.h"
#include "services/sync/SyncEngine.h"
#include "services/sync/SyncSession.h"
#include "services/tiles/TileSourceSettings.h"
#include "ui/audit/AuditWorkspace.h"
#include "ui/auth/LoginDialog.h"
#include "ui/dashboards/DashboardsWorkspace.h"
#include "ui/dispatch/DispatchWorkspace.h"
#include "ui/finance/CouponsPage.h"
#include "ui/finance/FinanceWorkspace.h"
#include "ui/finance/ReconciliationPage.h"
#include "ui/finance/RefundsPage.h"
#include "ui/finance/SettlementPage.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/map/MapView.h"
#include "ui/orders/OrdersWorkspace.h"
#include "ui/shell/DisplayNames.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SearchDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/style/Theme.h"
#include "ui/sync/ChangesDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace OpsDesk {

namespace {

// Deletes an object on the next turn of the event loop: the session objects
// are often let go from inside one of their own callbacks.
template<typename T>
void discardLater(std::unique_ptr<T> &object)
{
    if (object)
        object.release()->deleteLater();
}

QString rolesText(const Staff &staff)
{
    QStringList titles;
    for (const Role role : staff.roles)
        titles.append(roleTitle(role));
    return titles.join(QStringLiteral(", "));
}

} // namespace

Application::Application(const AppOptions &options, LanguageManager *language, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_language(language)
    , m_connection(std::make_unique<ConnectionState>())
    , m_health(std::make_unique<HealthMonitor>(m_connection.get()))
{
    connect(m_health.get(), &HealthMonitor::checked, this, [this](bool online) {
        if (online && isOffline() && !m_resuming)
            retryOnline();
    });
}

Application::~Application()
{
    delete m_changes.data();
    m_sync.reset(); // before the ApiClient it uses
    m_health->stop();
    m_login.reset();
    m_session.reset();
    m_api.reset();
    m_window.reset();
    m_demoServer.reset();
    MapView::setDefaultTileSource(nullptr);
}

void Application::setHealthIntervalMs(int ms)
{
    m_health->setIntervalMs(ms);
}

bool Application::start()
{
    const QString saved = SettingsDialog::load().language;
    const QString language = !m_options.language.isEmpty() ? m_options.language
                             : LanguageManager::supportedLanguages().contains(saved)
                                 ? saved
                                 : LanguageManager::languageForLocale(QLocale::system());
    if (!m_language->setLanguage(language)) {
        std::fprintf(stderr, "opsdesk: the %s translation could not be loaded\n",
                     qPrintable(language));
        return false;
    }
    Theme::apply(*qApp);
    applyTileSettings();

    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_notifications = std::make_unique<Notifications>();
    m_window->setNotifications(m_notifications.get());
    m_alertTimer.setInterval(60000);
    connect(&m_alertTimer, &QTimer::timeout, this, &Application::checkAlerts);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Application::signOut);
    connect(m_window.get(), &MainWindow::changesRequested, this, &Application::openChanges);
    connect(m_window.get(), &MainWindow::searchRequested, this, &Application::openSearch);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openSettings);
    connect(m_window.get(), &MainWindow::syncCancelRequested, this, [this] {
        if (m_sync)
            m_sync->engine()->cancel();
    });
    if (m_options.screenshotFile.isEmpty())
        m_window->restoreLayout(); // screenshots keep the default size
    connect(this, &Application::dataReady, this, &Application::onDataReady);
    // With nobody signed in, the sign-in dialog is what there is to show.
    connect(this, &Application::signInRequired, this, &Application::onDataReady);
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("OpsDesk"));

    if (m_options.demo) {
        const Role role = m_options.role.value_or(Role::Admin);
        m_window->setWorkspaces(workspacesForRole(role));
        m_window->setSignedInText(tr("Signing in as the %1 demo account…").arg(roleTitle(role)));
    } else {
        m_window->setWorkspaces({});
        m_window->setSignedInText(tr("Not signed in"));
    }
    m_window->show();

    if (m_options.demo)
        startDemo();
    else
        beginSignIn();
    return true;
}

// --- The hook ---------------------------------------------------------------

void Application::startSession(const Staff &staff, bool online)
{
    m_staff = staff;
    m_offline = !online;
    m_window->setWorkspaces(staff.workspaces());
    applyTileSettings(); // the server's tiles need the server
    startSync(staff);
    if (m_options.workspace && !m_window->showWorkspace(*m_options.workspace)) {
        std::fprintf(stderr, "opsdesk: the %s workspace is not available to this account\n",
                     qPrintable(workspaceId(*m_options.workspace)));
    }
    if (m_options.demo) {
        m_window->setSignedInText(tr("Demo · %1 (%2)").arg(staff.displayName, rolesText(staff)));
    } else {
        m_window->setSignedInText(tr("%1 (%2)").arg(staff.displayName, rolesText(staff)));
        m_window->setSignOutAvailable(true);
    }
    Q_EMIT dataReady();
}

void Application::startSync(const Staff &staff)
{
    m_sync.reset();
    m_firstSyncDone = false;
    if (!m_api)
        return;
    QString dataDir = AppPaths::dataDir();
    if (m_options.demo) {
        // The demo server is thrown away on exit, and so is its cache.
        m_demoCacheDir = std::make_unique<QTemporaryDir>();
        dataDir = m_demoCacheDir->path();
    }
    const QString path = CacheDatabase::pathFor(dataDir, m_api->baseUrl().toString(), staff.id);
    m_sync = std::make_unique<SyncSession>(m_api.get(), m_connection.get(), path,
                                           readableCollections(staff.roles));
    connect(m_sync.get(), &SyncSession::ready, this, [this](bool ok, const QString &error) {
        if (!ok)
            fatal(tr("The local cache cannot be opened.\n\n%1").arg(error));
    });
    m_window->setChangesAvailable(true);
    m_alerts = std::make_unique<OrderAlerts>(path);
    m_lastCounts = {};
    m_lastTimeouts = 0;
    m_alertTimer.start();
    connect(m_sync.get(), &SyncSession::cacheChanged, this, [this](const QStringList &changed) {
        if (changed.contains(QStringLiteral("orders")))
            checkAlerts();
    });
    connect(m_sync.get(), &SyncSession::outboxCountsChanged, this,
            [this](const OutboxCounts &counts) {
                const QDateTime now = QDateTime::currentDateTime();
                if (counts.parked > m_lastCounts.parked)
                    m_notifications->add(Notifications::Kind::Refused,
                                         tr("The server refused a change; see Changes…"), now);
                if (counts.conflicts > m_lastCounts.conflicts)
                    m_notifications->add(Notifications::Kind::Conflict,
                                         tr("A change met a newer version; see Changes…"), now);
                m_lastCounts = counts;
            });
    connect(m_sync->engine(), &SyncEngine::progress, this, [this](const SyncEngine::Progress &p) {
        const qint64 total = p.recordsDone + p.remainingEstimate;
        QString text = tr("Syncing %1 · %2 records")
                           .arg(collectionTitle(p.collection), QLocale().toString(p.recordsDone));
        if (p.recordsPerSecond > 0)
            text += tr(" · %1/s").arg(QLocale().toString(qRound64(p.recordsPerSecond)));
        if (p.secondsLeft > 0)
            text += tr(" · about %n s left", nullptr, p.secondsLeft);
        m_window->showSyncProgress(text, total > 0 ? int(100 * p.recordsDone / total) : -1);
    });
    connect(m_sync->engine(), &SyncEngine::runFinished, m_window.get(),
            &MainWindow::hideSyncProgress);
    auto first = std::make_shared<QMetaObject::Connection>();
    *first = connect(m_sync->engine(), &SyncEngine::runFinished, this,
                     [this, first](bool ok, const QString &) {
                         QObject::disconnect(*first);
                         m_firstSyncDone = true;
                         Q_EMIT firstSyncFinished(ok);
                     });
    if (staff.workspaces().contains(Workspace::Dispatch)) {
        m_dispatch = new DispatchWorkspace(staff, path, m_sync.get());
        connect(m_dispatch, &DispatchWorkspace::timeoutsRaised, this,
                [this](const QStringList &lines) {
                    for (const QString &line : lines)
                        m_notifications->add(Notifications::Kind::DispatchTimeout, line,
                                             QDateTime::currentDateTime());
                });
        connect(m_dispatch, &DispatchWorkspace::locationAnomalies, this,
                [this](const QStringList &lines) {
                    for (const QString &line : lines)
                        m_notifications->add(Notifications::Kind::LocationAnomaly,
                                             tr("Location warning: %1").arg(line),
                                             QDateTime::currentDateTime());
                });
        m_window->setWorkspaceWidget(Workspace::Dispatch, m_dispatch);
    }
    if (staff.workspaces().contains(Workspace::Orders)) {
        m_orders = new OrdersWorkspace(staff, path, m_sync.get());
        m_window->setWorkspaceWidget(Workspace::Orders, m_orders);
    }
    if (staff.workspaces().contains(Workspace::Audit)) {
        m_audit = new AuditWorkspace(staff, path, m_sync.get(), m_api.get(), m_credentials.get());
        m_window->setWorkspaceWidget(Workspace::Audit, m_audit);
        if (m_options.demo) // the demo's cache is thrown away: its document key goes too
            connect(
                qApp, &QCoreApplication::aboutToQuit, this,
                [this, path] { removeAuditDocuments(path, true); }, Qt::SingleShotConnection);
    }
    if (staff.workspaces().contains(Workspace::Finance)) {
        m_finance = new FinanceWorkspace(staff, path, m_sync.get());
        m_finance->addPage(new CouponsPage(staff, path, m_sync.get(), m_api.get()));
        m_finance->addPage(new SettlementPage(staff, path, m_sync.get()));
        m_finance->addPage(new ReconciliationPage(staff, path));
        m_window->setWorkspaceWidget(Workspace::Finance, m_finance);
        // The clerk starts on a request with its facts beside the queue.
        connect(
            m_sync->engine(), &SyncEngine::runFinished, m_finance,
            [finance = m_finance] { finance->showFirstRefund(); }, Qt::SingleShotConnection);
    }
    if (staff.workspaces().contains(Workspace::Dashboards)) {
        m_dashboards = new DashboardsWorkspace(staff, path, m_sync.get());
        // A click on a chart lists its orders in the orders workspace.
        connect(m_dashboards, &DashboardsWorkspace::openOrders, this,
                [this](const OrderFilter &filter) {
                    if (!m_orders)
                        return;
                    m_window->showWorkspace(Workspace::Orders);
                    m_orders->showFilter(filter);
                });
        m_window->setWorkspaceWidget(Workspace::Dashboards, m_dashboards);
    }
    m_sync->start();
}

void Application::removeAuditDocuments(const QString &cachePath, bool wait)
{
    // The encrypted offline documents live beside the cache ("<cache>.secure")
    // with their key in the keychain; CacheDatabase::removeFiles knows
    // neither.
    if (!m_credentials || cachePath.isEmpty())
        return;
    auto *store =
        new SecureDocumentStore(m_credentials.get(), SecureDocumentStore::keyNameFor(cachePath),
                                SecureDocumentStore::folderFor(cachePath), nullptr, this);
    auto finished = std::make_shared<bool>(false);
    store->removeAll(true, store, [store, finished](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcKeychain).noquote() << "offline documents not removed:" << error;
        *finished = true;
        store->deleteLater();
    });
    QDeadlineTimer deadline(3000);
    while (wait && !*finished && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void Application::openSearch()
{
    if (!m_sync)
        return;
    auto *dialog = new SearchDialog(m_sync->cachePath(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::openRecord, this, &Application::openRecord);
    dialog->open();
}

void Application::checkAlerts()
{
    if (!m_alerts)
        return;
    const int timeout = SettingsDialog::load().dispatchTimeoutMinutes;
    const QDateTime now = QDateTime::currentDateTime();
    const OrderAlerts::Counts counts = m_alerts->check(now, timeout);
    if (counts.newSinceLastCheck > 0)
        m_notifications->add(
            Notifications::Kind::NewOrders,
            tr("%n new order(s) waiting for dispatch", nullptr, counts.newSinceLastCheck), now);
    if (counts.dispatchTimeouts > m_lastTimeouts)
        m_notifications->add(Notifications::Kind::DispatchTimeout,
                             tr("%n order(s) waiting for dispatch longer than %1 min", nullptr,
                                counts.dispatchTimeouts)
                                 .arg(timeout),
                             now);
    m_lastTimeouts = counts.dispatchTimeouts;
}

void Application::openSettings()
{
    auto *dialog = new SettingsDialog(m_language, m_api ? m_api->baseUrl().toString() : QString(),
                                      m_sync ? m_sync->cachePath() : QString(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::rebuildCacheRequested, this, &Application::rebuildCache);
    connect(dialog, &SettingsDialog::tileSourceChanged, this, &Application::applyTileSettings);
    dialog->open();
}

void Application::applyTileSettings()
{
    const QUrl server = m_api ? m_api->baseUrl() : QUrl();
    std::shared_ptr<TileSource> source = TileSourceSettings::load().create(server);
    if (!source->errorString().isEmpty())
        qCWarning(lcNetwork).noquote() << "map tiles:" << source->errorString();
    MapView::setDefaultTileSource(std::move(source));
}

void Application::rebuildCache()
{
    if (!m_sync || !m_staff)
        return;
    if (m_connection->pendingChanges() + m_connection->parkedChanges() +
            m_connection->conflictingChanges() >
        0) {
        QMessageBox::information(m_window.get(), tr("OpsDesk"),
                                 tr("Some of your changes have not reached the server yet. "
                                    "Resolve them under “Changes…” first; the cache is rebuilt "
                                    "only when nothing of yours would be lost."));
        return;
    }
    const QString path = m_sync->cachePath();
    delete m_changes.data();
    m_alerts.reset(); // its reader goes with the file
    m_sync.reset();
    m_window->resetWorkspaceWidgets(); // their readers go with the file
    CacheDatabase::removeFiles(path);
    startSync(*m_staff);
}

void Application::openRecord(const QString &collection, const QString &id)
{
    if (collection == QLatin1String("orders") && m_orders) {
        m_window->showWorkspace(Workspace::Orders);
        m_orders->openOrder(id);
    } else if (collection == QLatin1String("orders") || collection == QLatin1String("customers"))
        m_window->showWorkspace(Workspace::Orders);
    else if (collection == QLatin1String("refunds") && m_finance) {
        m_window->showWorkspace(Workspace::Finance);
        m_finance->tabs()->setCurrentWidget(m_finance->refunds());
        m_finance->refunds()->openRefund(id);
    } else if (collection == QLatin1String("technicians") ||
               collection == QLatin1String("applications")) {
        m_window->showWorkspace(Workspace::Audit);
        if (m_audit)
            m_audit->openRecord(collection, id);
    }
}

void Application::openChanges()
{
    if (!m_sync)
        return;
    if (!m_changes)
        m_changes = new ChangesDialog(m_sync.get(), m_window.get());
    m_changes->show();
    m_changes->raise();
    m_changes->activateWindow();
}

void Application::endSession()
{
    m_alertTimer.stop();
    m_alerts.reset();
    delete m_changes.data();
    m_window->setChangesAvailable(false);
    m_window->hideSyncProgress();
    m_window->resetWorkspaceWidgets();
    m_sync.reset();
    m_staff.reset();
    m_offline = false;
    m_resuming = false;
    m_health->stop();
    m_connection->markDisconnected();
    m_window->setWorkspaces({});
    m_window->setSignedInText(tr("Not signed in"));
    m_window->setSignOutAvailable(false);
}

// --- Demo -------------------------------------------------------------------

void Application::startDemo()
{
    m_demoServer = std::make_unique<LocalServerProcess>();
    m_connection->setDemo(true);
    m_connection->markConnecting();
    connect(m_demoServer.get(), &LocalServerProcess::ready, this,
            [this](const QUrl &url) { signInToDemo(url); });
    connect(m_demoServer.get(), &LocalServerProcess::failed, this, [this](const QString &error) {
        fatal(tr("The demo server could not be started.\n\n%1").arg(error));
    });
    const QString program = AppPaths::siblingProgram(QStringLiteral("opsdesk-server"));
    if (!QFileInfo::exists(program)) {
        fatal(tr("The demo needs opsdesk-server next to this program, but %1 does not exist.")
                  .arg(program));
        return;
    }
    m_demoServer->start(program, {QStringLiteral("--demo")});
}

void Application::signInToDemo(const QUrl &url)
{
    watchServer(url);
    // The demo server is thrown away on exit: its refresh token stays in
    // memory and nothing is remembered for the next start.
    createSession(url, false);
    const Role role = m_options.role.value_or(Role::Admin);
    m_session->login(roleId(role), QStringLiteral("opsdesk-demo"),
                     [this](bool ok, const QString &error) {
                         if (!ok) {
                             fatal(tr("The demo account could not sign in.\n\n%1").arg(error));
                             return;
                         }
                         startSession(*m_session->staff(), true);
                     });
}

// --- Sign-in ----------------------------------------------------------------

void Application::beginSignIn()
{
    m_remembered = SignInSettings::load();
    QUrl server = m_remembered.serverUrl;
    if (m_options.serverUrl.isValid()) {
        QString ignored;
        server = LoginDialog::parseServerUrl(m_options.serverUrl.toString(), &ignored)
                     .value_or(m_options.serverUrl);
    }
    const bool rememberedServer = server.isValid() && server == m_remembered.serverUrl;
    if (rememberedServer && m_remembered.remember && !m_remembered.username.isEmpty()) {
        resumeSession(server, m_remembered.username);
        return;
    }
    showLogin(server, rememberedServer ? m_remembered.username : QString(), {});
}

void Application::resumeSession(const QUrl &server, const QString &username)
{
    m_connection->setServerUrl(server);
    m_connection->markConnecting();
    m_window->setSignedInText(tr("Signing in as %1…").arg(username));
    createSession(server, true);
    m_session->resume(username, [this, server, username](bool ok, const QString &error) {
        if (ok)
            onSignedIn();
        else
            onResumeFailed(server, username, error);
    });
}

void Application::onResumeFailed(const QUrl &server, const QString &username, const QString &error)
{
    const SessionManager::Failure failure = m_session->lastFailure();
    // Offline start: the server is out of reach (not an HTTP answer), and this
    // computer has a session to resume later and a cache to work from.
    const bool haveOfflineCopy =
        m_remembered.staff && m_remembered.staff->username == username &&
        QFileInfo::exists(
            CacheDatabase::pathFor(AppPaths::dataDir(), server.toString(), m_remembered.staff->id));
    if (failure == SessionManager::Failure::Unreachable && m_session->hasRefreshToken() &&
        haveOfflineCopy) {
        m_connection->markOffline(error, QDateTime::currentDateTimeUtc());
        startSession(*m_remembered.staff, false);
        watchServer(server);
        return;
    }
    QString notice;
    switch (failure) {
    case SessionManager::Failure::NoSavedSession:
        break;
    case SessionManager::Failure::SessionExpired:
        notice = tr("Your saved session has ended. Sign in again to continue.");
        break;
    case SessionManager::Failure::Unreachable:
        notice = tr("The server cannot be reached, and this computer has no offline copy of "
                    "your work to start from. %1")
                     .arg(error);
        break;
    default:
        notice = error;
        break;
    }
    discardSession();
    m_connection->markDisconnected();
    m_window->setSignedInText(tr("Not signed in"));
    showLogin(server, username, notice);
}

void Application::retryOnline()
{
    if (!m_session)
        return;
    m_resuming = true;
    const QUrl server = m_api->baseUrl();
    const QString username = m_session->username();
    m_session->resume(username, [this, server, username](bool ok, const QString &) {
        m_resuming = false;
        if (ok) {
            const Staff staff = *m_session->staff();
            m_offline = false;
            m_staff = staff;
            m_remembered.staff = staff;
            m_remembered.save();
            m_window->setWorkspaces(staff.workspaces());
            Q_EMIT sessionOnline(staff);
            if (m_sync)
                m_sync->engine()->syncNow(); // what waited in the outbox follows the pull
            return;
        }
        const auto failure = m_session->lastFailure();
        if (failure == SessionManager::Failure::Unreachable)
            return; // the next health check tries again
        endSession();
        discardSession();
        showLogin(server, username,
                  tr("Your session was ended on the server while you were offline. Sign in "
                     "again to continue; your work on this computer is kept."));
    });
}

void Application::showLogin(const QUrl &server, const QString &username, const QString &notice)
{
    m_login = std::make_unique<LoginDialog>(m_credentials.get(), m_window.get());
    if (server.isValid())
        m_login->setServerUrl(server);
    m_login->setUsername(username);
    m_login->setRemember(m_remembered.remember);
    m_login->setNotice(notice);
    connect(m_login.get(), &LoginDialog::signedIn, this, &Application::onLoginSucceeded);
    connect(m_login.get(), &QDialog::rejected, this, [] { QCoreApplication::quit(); });
    m_login->open();
    m_login->focusFirstEmptyField();
    Q_EMIT signInRequired();
}

void Application::onLoginSucceeded()
{
    LoginDialog::Session session = m_login->takeSession();
    // We are inside the dialog's own signal: let it go on the next turn.
    m_login.release()->deleteLater();
    discardSession();
    m_api = std::move(session.api);
    m_session = std::move(session.session);
    watchKeychain();
    onSignedIn();
}

void Application::onSignedIn()
{
    const Staff staff = *m_session->staff();
    m_remembered.serverUrl = m_api->baseUrl();
    m_remembered.username = m_session->username();
    m_remembered.remember = m_session->remembers();
    m_remembered.staff = m_session->remembers() ? std::optional<Staff>(staff) : std::nullopt;
    m_remembered.save();
    watchServer(m_api->baseUrl());
    startSession(staff, true);
}

void Application::signOut()
{
    if (!m_session || !m_staff)
        return;
    if (!m_sync) {
        finishSignOut(false);
        return;
    }
    // Offer to delete this computer's copy of the data; changes not yet on
    // the server argue for keeping it.
    const int unsent = m_lastCounts.pending + m_lastCounts.parked + m_lastCounts.conflicts;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out"), tr("Sign out of OpsDesk?"),
                                QMessageBox::NoButton, m_window.get());
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        unsent > 0 ? tr("%n change(s) of yours have not reached the server yet. Keep the local "
                        "data so that they are sent after your next sign-in.",
                        nullptr, unsent)
                   : tr("The local copy of your data stays on this computer for your next "
                        "sign-in, unless you delete it."));
    QPushButton *keep = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("signOutKeep"));
    QPushButton *wipe =
        box->addButton(unsent > 0 ? tr("Sign out, delete the local data and those changes")
                                  : tr("Sign out and delete the local data"),
                       QMessageBox::DestructiveRole);
    wipe->setObjectName(QStringLiteral("signOutWipe"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, keep, wipe] {
        if (box->clickedButton() == keep)
            finishSignOut(false);
        else if (box->clickedButton() == wipe)
            finishSignOut(true);
    });
    box->open();
}

void Application::finishSignOut(bool deleteLocalData)
{
    if (!m_session || !m_staff)
        return;
    m_window->setSignOutAvailable(false);
    m_window->setSignedInText(tr("Signing out…"));
    const QUrl server = m_api->baseUrl();
    const QString username = m_session->username();
    const QString cachePath = m_sync ? m_sync->cachePath() : QString();
    m_session->logout(
        [this, server, username, cachePath, deleteLocalData](bool ok, const QString &error) {
            SignInSettings::forgetStaff();
            m_remembered.staff.reset();
            endSession();
            if (deleteLocalData && !cachePath.isEmpty()) {
                CacheDatabase::removeFiles(cachePath);
                removeAuditDocuments(cachePath, false);
            }
            discardSession();
            showLogin(server, username,
                      ok ? QString()
                         : tr("You are signed out, but the saved session could not be removed "
                              "from the keychain: %1")
                               .arg(error));
            Q_EMIT signedOut();
        });
}

void Application::createSession(const QUrl &server, bool remember)
{
    discardSession();
    m_api = std::make_unique<ApiClient>(server);
    m_session = std::make_unique<SessionManager>(m_api.get(), m_credentials.get());
    m_session->setRemember(remember);
    watchKeychain();
}

void Application::watchKeychain()
{
    connect(m_session.get(), &SessionManager::keychainWarning, this, [this](const QString &text) {
        m_window->statusBar()->showMessage(
            tr("The session will not survive a restart: %1").arg(text));
    });
}

void Application::discardSession()
{
    discardLater(m_session);
    discardLater(m_api);
}

void Application::watchServer(const QUrl &server)
{
    m_health->stop();
    m_health->setServerUrl(server);
    m_health->start();
}

// --- Screenshot and errors --------------------------------------------------

void Application::onDataReady()
{
    if (m_options.screenshotFile.isEmpty() || m_screenshotScheduled)
        return;
    m_screenshotScheduled = true;
    // A screenshot shows the data: after the first sync (or the timeout),
    // with the first order selected in the orders workspace. Pending layout
    // and paint events settle before grabbing.
    auto grab = [this] {
        // The workspace re-reads its rows shortly after the sync's last page.
        QTimer::singleShot(600, this, [this] {
            if (m_orders && m_window->currentWorkspace() == Workspace::Orders)
                m_orders->table()->selectRow(0);
            if (m_dispatch && m_window->currentWorkspace() == Workspace::Dispatch) {
                m_dispatch->reload();
                m_dispatch->selectFirstInQueue();
            }
            if (m_audit && m_window->currentWorkspace() == Workspace::Audit) {
                m_audit->reload();
                m_audit->selectFirst();
            }
            // The charts are computed on a worker: the picture waits for them.
            if (m_dashboards && m_window->currentWorkspace() == Workspace::Dashboards) {
                m_dashboards->refresh();
                connect(
                    m_dashboards, &DashboardsWorkspace::refreshed, this,
                    [this] { QTimer::singleShot(300, this, &Application::takeScreenshotAndQuit); },
                    Qt::SingleShotConnection);
                return;
            }
            if (m_finance && m_window->currentWorkspace() == Workspace::Finance)
                m_finance->showFirstRefund();
            // The review screen's documents and the refund's evidence arrive
            // from the server a moment later.
            const bool photos = (m_audit && m_window->currentWorkspace() == Workspace::Audit) ||
                                (m_finance && m_window->currentWorkspace() == Workspace::Finance);
            QTimer::singleShot(photos ? 2500 : 300, this, &Application::takeScreenshotAndQuit);
        });
    };
    if (!m_sync || m_firstSyncDone) {
        grab();
        return;
    }
    connect(this, &Application::firstSyncFinished, this, grab, Qt::SingleShotConnection);
    QTimer::singleShot(120000, this, grab);
}

void Application::takeScreenshotAndQuit()
{
    const QPixmap pixmap = m_window->grab();
    if (pixmap.isNull() || !pixmap.save(m_options.screenshotFile, "PNG")) {
        std::fprintf(stderr, "opsdesk: could not write the screenshot to %s\n",
                     qPrintable(m_options.screenshotFile));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(m_options.screenshotFile));
    QCoreApplication::exit(0);
}

void Application::fatal(const QString &message)
{
    std::fprintf(stderr, "opsdesk: %s\n", qPrintable(message));
    if (!m_options.screenshotFile.isEmpty()) {
        QCoreApplication::exit(1);
        return;
    }
    QMessageBox::critical(m_window.get(), tr("OpsDesk"), message);
    QCoreApplication::exit(1);
}

} // namespace OpsDesk
