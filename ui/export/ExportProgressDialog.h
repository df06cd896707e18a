#pragma once

#include "services/export/TableExporter.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace OpsDesk {

// Runs one ExportJob and shows it: the target file, a progress bar (busy
// when the row count is unknown), rows done, and Cancel. When the export
// ends the dialog says so (rows written, or the error) and offers Close and
// Open folder; a cancelled export closes the dialog. Closing the dialog
// while the export runs cancels it; nothing is left at the target.
class ExportProgressDialog : public QDialog
{
    Q_OBJECT
public:
    ExportProgressDialog(ExportRequest request, std::unique_ptr<ExportRowSource> source,
                         QWidget *parent = nullptr);
    // Any export job (a workbook of several sheets, ExportJob's Work).
    explicit ExportProgressDialog(std::unique_ptr<ExportJob> job, QWidget *parent = nullptr);
    ~ExportProgressDialog() override;

    // Starts the export (once).
    void start();
    bool isRunning() const;
    const ExportResult &result() const { return m_result; }

    // The texts on screen, for tests.
    QString statusText() const;
    int progressValue() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void exportFinished(const OpsDesk::ExportResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ExportResult &result);

    std::unique_ptr<ExportJob> m_job;
    ExportResult m_result;
    bool m_finished = false;
    bool m_cancelRequested = false;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QLabel *m_target = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openFolder = nullptr;
};

} // namespace OpsDesk
