#include "ui/shell/SearchDialog.h"

#include "services/cache/CacheDatabase.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVBoxLayout>
#include <QVariant>

namespace OpsDesk {

namespace {

constexpr int CollectionRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int Limit = 20;

// The text as a LIKE pattern that matches it literally.
QString likeContaining(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SearchDialog::SearchDialog(const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(QStringLiteral("opsdesk-search-") + QUuid::createUuid().toString())
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    resize(620, 420);
    m_query->setObjectName(QStringLiteral("searchField"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(cachePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    db.open();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_query, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDialog::openCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &SearchDialog::openCurrent);
    retranslate();
}

SearchDialog::~SearchDialog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SearchDialog::setQuery(const QString &text)
{
    m_query->setText(text);
    m_debounce.stop();
    search();
}

int SearchDialog::resultCount() const
{
    return m_results->count();
}

void SearchDialog::search()
{
    m_results->clear();
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    auto add = [this](const QString &collection, const QString &id, const QString &label) {
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(CollectionRole, collection);
        item->setData(IdRole, id);
    };
    // Orders: number prefix, phone tail, customer name, then address and
    // notes (the text index for 3+ characters, a scan otherwise).
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, customer_name, address, status FROM orders WHERE id LIKE ? ESCAPE '\\' "
        "OR phone_tail = ? OR customer_name = ? ORDER BY created_at DESC LIMIT ?"));
    QString prefix = text;
    prefix.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
    query.addBindValue(QString(prefix + QLatin1Char('%')));
    query.addBindValue(text);
    query.addBindValue(text);
    query.addBindValue(Limit);
    QStringList seen;
    if (query.exec()) {
        while (query.next()) {
            seen.append(query.value(0).toString());
            add(QStringLiteral("orders"), query.value(0).toString(),
                tr("Order %1 · %2 · %3")
                    .arg(query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString()));
        }
    }
    if (m_results->count() < Limit && text.size() >= 3) {
        QSqlQuery fts(db);
        fts.prepare(QStringLiteral(
            "SELECT o.id, o.customer_name, o.address FROM orders_fts f JOIN orders o ON o.rk = "
            "f.rowid WHERE orders_fts MATCH ? LIMIT ?"));
        fts.addBindValue(QString(QLatin1Char('"') +
                                 QString(text).replace(QLatin1Char('"'), QString()) +
                                 QLatin1Char('"')));
        fts.addBindValue(Limit);
        if (fts.exec()) {
            while (fts.next()) {
                if (seen.contains(fts.value(0).toString()))
                    continue;
                seen.append(fts.value(0).toString());
                add(QStringLiteral("orders"), fts.value(0).toString(),
                    tr("Order %1 · %2 · %3")
                        .arg(fts.value(0).toString(), fts.value(1).toString(),
                             fts.value(2).toString()));
            }
        }
    }
    // Technicians (a few thousand: a scan of their documents is quick).
    QSqlQuery technicians(db);
    technicians.prepare(QStringLiteral(
        "SELECT id, json_extract(doc, '$.name'), json_extract(doc, '$.city') FROM records "
        "WHERE collection = 'technicians' AND (id LIKE ? ESCAPE '\\' OR json_extract(doc, "
        "'$.name') LIKE ? ESCAPE '\\' OR substr(json_extract(doc, '$.phone'), -4) = ?) LIMIT ?"));
    technicians.addBindValue(QString(prefix + QLatin1Char('%')));
    technicians.addBindValue(likeContaining(text));
    technicians.addBindValue(text);
    technicians.addBindValue(Limit);
    if (technicians.exec())
        while (technicians.next())
            add(QStringLiteral("technicians"), technicians.value(0).toString(),
                tr("Technician %1 · %2")
                    .arg(technicians.value(0).toString(), technicians.value(1).toString()));
    // Customers, through the orders they placed (name or phone tail).
    QSqlQuery customers(db);
    customers.prepare(QStringLiteral(
        "SELECT customer_id, customer_name, count(*) FROM orders WHERE customer_name = ? OR "
        "phone_tail = ? GROUP BY customer_id LIMIT ?"));
    customers.addBindValue(text);
    customers.addBindValue(text);
    customers.addBindValue(Limit);
    if (customers.exec())
        while (customers.next())
            add(QStringLiteral("customers"), customers.value(0).toString(),
                tr("Customer %1 · %2 · %n order(s)", nullptr, customers.value(2).toInt())
                    .arg(customers.value(1).toString(), customers.value(0).toString()));
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    else
        new QListWidgetItem(tr("Nothing found for “%1”.").arg(text), m_results);
}

void SearchDialog::openCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(IdRole).toString().isEmpty())
        return;
    Q_EMIT openRecord(item->data(CollectionRole).toString(), item->data(IdRole).toString());
    accept();
}

void SearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SearchDialog::retranslate()
{
    setWindowTitle(tr("Search"));
    m_query->setPlaceholderText(
        tr("Order number, address, name or the last 4 digits of a phone number"));
}

} // namespace OpsDesk
