#pragma once

#include <QWidget>

class QLabel;

namespace OpsDesk {

class ConnectionState;

// The status-bar view of ConnectionState: a coloured dot and a sentence
// ("Online · demo server 127.0.0.1:8123", "Offline since 10:42 — …").
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(ConnectionState *state, QWidget *parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ConnectionState *m_state;
    QLabel *m_dot;
    QLabel *m_label;
};

} // namespace OpsDesk
