#pragma once

#include <QDialog>
#include <QTimer>

class QLineEdit;
class QListWidget;

namespace OpsDesk {

// Ctrl+K: one box that finds orders (number, address, customer name, phone
// tail, notes), technicians (number, name, phone tail) and customers (name,
// phone tail) in the local cache, as the user types. Enter or a double click
// opens the record.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(const QString &cachePath, QWidget *parent = nullptr);
    ~SearchDialog() override;

    void setQuery(const QString &text);
    int resultCount() const;
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    void openRecord(const QString &collection, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void search();
    void openCurrent();
    void retranslate();

    QString m_connectionName;
    QLineEdit *m_query;
    QListWidget *m_results;
    QTimer m_debounce;
};

} // namespace OpsDesk
