#include "ui/export/ExportProgressDialog.h"

#include "ui/style/Theme.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {
// The bar works in thousandths so that row counts above int range fit.
constexpr int kBarSteps = 1000;
} // namespace

ExportProgressDialog::ExportProgressDialog(ExportRequest request,
                                           std::unique_ptr<ExportRowSource> source, QWidget *parent)
    : ExportProgressDialog(std::make_unique<ExportJob>(std::move(request), std::move(source)),
                           parent)
{}

ExportProgressDialog::ExportProgressDialog(std::unique_ptr<ExportJob> job, QWidget *parent)
    : QDialog(parent)
    , m_job(std::move(job))
{
    setObjectName(QStringLiteral("exportProgressDialog"));
    setMinimumWidth(420);

    m_target = new QLabel(this);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(this);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_openFolder = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ExportProgressDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_job->targetPath()).absolutePath()));
    });
    connect(m_job.get(), &ExportJob::progress, this, &ExportProgressDialog::onProgress);
    connect(m_job.get(), &ExportJob::finished, this, &ExportProgressDialog::onFinished);
    retranslate();
}

ExportProgressDialog::~ExportProgressDialog() = default; // the job cancels and waits

void ExportProgressDialog::start()
{
    m_job->start();
}

bool ExportProgressDialog::isRunning() const
{
    return m_job->isRunning();
}

QString ExportProgressDialog::statusText() const
{
    return m_status->text();
}

int ExportProgressDialog::progressValue() const
{
    return m_bar->value();
}

void ExportProgressDialog::reject()
{
    if (!m_finished) {
        // Closes when the worker has stopped and removed its file.
        m_cancelRequested = true;
        m_job->cancel();
        m_cancel->setEnabled(false);
        retranslate();
        return;
    }
    QDialog::reject();
}

void ExportProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportProgressDialog::retranslate()
{
    const QString path = QDir::toNativeSeparators(m_job->targetPath());
    setWindowTitle(tr("Export"));
    m_openFolder->setText(tr("Open folder"));
    if (!m_finished) {
        m_target->setText(tr("Exporting to %1").arg(path));
        m_cancel->setText(tr("Cancel"));
        if (m_cancelRequested)
            m_status->setText(tr("Cancelling…"));
        else if (m_total >= 0)
            m_status->setText(tr("%L1 of %L2 rows").arg(m_done).arg(m_total));
        else
            m_status->setText(tr("%L1 rows").arg(m_done));
        return;
    }
    m_cancel->setText(tr("Close"));
    if (m_result.ok) {
        m_target->setText(tr("Exported to %1").arg(path));
        m_status->setText(
            tr("%Ln row(s) written.", nullptr, int(qMin<qint64>(m_result.rows, INT_MAX))));
    } else {
        m_target->setText(tr("The export to %1 failed.").arg(path));
        m_status->setText(m_result.error);
    }
}

void ExportProgressDialog::onProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    if (total > 0) {
        m_bar->setRange(0, kBarSteps);
        m_bar->setValue(int(qMin<qint64>(kBarSteps, done * kBarSteps / total)));
    }
    retranslate();
}

void ExportProgressDialog::onFinished(const ExportResult &result)
{
    m_finished = true;
    m_result = result;
    Q_EMIT exportFinished(result);
    if (result.cancelled) {
        QDialog::reject();
        return;
    }
    m_cancel->setEnabled(true);
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(result.ok ? kBarSteps : m_bar->value());
    m_openFolder->setVisible(result.ok);
    if (!result.ok)
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    retranslate();
}

} // namespace OpsDesk
