#include "ui/finance/ReconciliationPage.h"

#include "models/Money.h"
#include "models/geo/Cities.h"
#include "services/cache/CacheDatabase.h"
#include "services/finance/Reconciliation.h"
#include "ui/audit/AuditText.h"
#include "ui/export/ExportProgressDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace OpsDesk {

namespace {

// Today in China time, the platform's business day.
QDate businessToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(Finance::BusinessDayUtcOffsetSeconds).date();
}

enum PreviewRow
{
    OrdersRow,
    PaidRow,
    RefundedRow,
    NetRow,
    PlatformRow,
    TechnicianRow,
    CouponRow,
    DifferenceRow,
    PayableRow,
    PreviewRows
};

} // namespace

ReconciliationPage::ReconciliationPage(const Staff &staff, const QString &cachePath,
                                       QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
{
    setObjectName(QStringLiteral("reconciliationPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_periodLabel = new QLabel(this);
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_periodKind->addItems({QString(), QString(), QString()});
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_cityLabel = new QLabel(this);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->addItem(QString(), QString());
    const QStringList cities = m_staff.cities.isEmpty() ? cityIds() : m_staff.cities;
    for (const QString &city : cities)
        m_city->addItem(AuditText::cityName(city), city);
    // A staff member with one city has no "all".
    if (m_staff.cities.size() == 1)
        m_city->removeItem(0);

    m_itemLabel = new QLabel(this);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("serviceItem"));
    m_item->addItem(QString(), QString());
    fillServiceItems();

    m_formatLabel = new QLabel(this);
    m_xlsx = new QRadioButton(this);
    m_xlsx->setObjectName(QStringLiteral("formatXlsx"));
    m_csv = new QRadioButton(this);
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_xlsx);
    formats->addButton(m_csv);
    m_xlsx->setChecked(true);

    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_choose = new QPushButton(this);

    m_previewTitle = new QLabel(this);
    m_previewTitle->setFont(titleFont);
    m_previewTable = new QTableWidget(PreviewRows, 2, this);
    m_previewTable->setObjectName(QStringLiteral("preview"));
    m_previewTable->horizontalHeader()->hide();
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previewTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < PreviewRows; ++r) {
        m_previewTable->setItem(r, 0, new QTableWidgetItem);
        auto *amount = new QTableWidgetItem;
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previewTable->setItem(r, 1, amount);
    }
    m_previewTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_previewTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto *form = new QGridLayout;
    int row = 0;
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodKind);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    form->addWidget(m_periodLabel, row, 0);
    form->addLayout(periodRow, row++, 1);
    form->addWidget(m_cityLabel, row, 0);
    form->addWidget(m_city, row++, 1, Qt::AlignLeft);
    form->addWidget(m_itemLabel, row, 0);
    form->addWidget(m_item, row++, 1, Qt::AlignLeft);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_xlsx);
    formatRow->addWidget(m_csv);
    formatRow->addStretch();
    form->addWidget(m_formatLabel, row, 0);
    form->addLayout(formatRow, row++, 1);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_choose);
    form->addWidget(m_targetLabel, row, 0);
    form->addLayout(targetRow, row++, 1);
    form->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_previewTable);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ReconciliationPage::runPreview);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, [this] {
        const Preview result = m_watcher.result();
        if (m_previewAgain) { // the inputs changed meanwhile
            m_previewAgain = false;
            runPreview();
            return;
        }
        m_preview = result.first;
        m_previewError = result.second;
        showPreview();
        if (m_preview)
            Q_EMIT previewReady();
    });

    // The previous month by default: month-end reconciliation.
    const QDate lastMonth = businessToday().addMonths(-1);
    m_periodKind->setCurrentIndex(int(PeriodKind::Month));
    m_from->setDate(QDate(lastMonth.year(), lastMonth.month(), 1));
    m_to->setDate(m_from->date());

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        schedulePreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReconciliationPage::schedulePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ReconciliationPage::schedulePreview);
    connect(m_city, &QComboBox::currentIndexChanged, this, &ReconciliationPage::schedulePreview);
    connect(m_item, &QComboBox::currentIndexChanged, this, &ReconciliationPage::schedulePreview);
    connect(m_xlsx, &QRadioButton::toggled, this, &ReconciliationPage::suggestTarget);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_choose, &QPushButton::clicked, this, &ReconciliationPage::chooseTarget);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });

    retranslate();
    updatePeriodFields();
    schedulePreview();
}

ReconciliationPage::~ReconciliationPage()
{
    m_watcher.waitForFinished();
}

void ReconciliationPage::fillServiceItems()
{
    if (m_item->count() > 1)
        return;
    CacheDatabase cache;
    if (!cache.open(m_cachePath, CacheDatabase::Mode::ReadOnly, nullptr))
        return; // not synced yet: filled when the page is shown
    const QHash<QString, QString> names = cache.serviceItemNames();
    QStringList ids = names.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids))
        m_item->addItem(names.value(id), id);
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    fillServiceItems();
    QWidget::showEvent(event);
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReconciliationPage::retranslate()
{
    setWindowTitle(tr("Reconciliation"));
    m_title->setText(tr("Reconciliation export"));
    m_periodLabel->setText(tr("Period:"));
    m_periodKind->setItemText(int(PeriodKind::Day), tr("Day"));
    m_periodKind->setItemText(int(PeriodKind::Month), tr("Month"));
    m_periodKind->setItemText(int(PeriodKind::Custom), tr("Custom range"));
    m_toLabel->setText(tr("to"));
    m_periodKind->setToolTip(
        tr("Orders created on these days (China time, UTC+8) with all their payments, refunds "
           "and settlements."));
    m_cityLabel->setText(tr("City:"));
    if (m_city->itemData(0).toString().isEmpty())
        m_city->setItemText(0, tr("All cities"));
    for (int i = 0; i < m_city->count(); ++i)
        if (!m_city->itemData(i).toString().isEmpty())
            m_city->setItemText(i, AuditText::cityName(m_city->itemData(i).toString()));
    m_itemLabel->setText(tr("Service item:"));
    m_item->setItemText(0, tr("All service items"));
    m_formatLabel->setText(tr("Format:"));
    m_xlsx->setText(tr("Excel workbook (XLSX, one sheet per table)"));
    m_csv->setText(tr("CSV files in a new folder (for finance systems)"));
    m_targetLabel->setText(tr("Save as:"));
    m_choose->setText(tr("Choose…"));
    m_previewTitle->setText(tr("Summary preview"));
    const QStringList labels = {
        tr("Orders"),
        tr("Paid"),
        tr("Refunded"),
        tr("Net received (paid − refunded)"),
        tr("Platform revenue"),
        tr("Technician earnings (before the coupon cost they bear)"),
        tr("Coupon cost borne by technicians"),
        tr("Difference (must be ¥0.00)"),
        tr("Technician payable"),
    };
    for (int r = 0; r < PreviewRows; ++r)
        m_previewTable->item(r, 0)->setText(labels.at(r));
    m_export->setText(tr("Export"));
    showPreview();
}

void ReconciliationPage::updatePeriodFields()
{
    const auto kind = PeriodKind(m_periodKind->currentIndex());
    m_from->setDisplayFormat(kind == PeriodKind::Month ? QStringLiteral("yyyy-MM")
                                                       : QStringLiteral("yyyy-MM-dd"));
    m_toLabel->setVisible(kind == PeriodKind::Custom);
    m_to->setVisible(kind == PeriodKind::Custom);
}

void ReconciliationPage::setPeriod(PeriodKind kind, const QDate &from, const QDate &to)
{
    m_periodKind->setCurrentIndex(int(kind));
    m_from->setDate(from);
    m_to->setDate(to.isValid() ? to : from);
    updatePeriodFields();
    schedulePreview();
}

Finance::ReconciliationPeriod ReconciliationPage::period() const
{
    const QDate from = m_from->date();
    switch (PeriodKind(m_periodKind->currentIndex())) {
    case PeriodKind::Day:
        return Finance::ReconciliationPeriod::day(from);
    case PeriodKind::Month:
        return Finance::ReconciliationPeriod::month(from.year(), from.month());
    case PeriodKind::Custom:
        break;
    }
    return {from, m_to->date()};
}

void ReconciliationPage::setScope(const QString &city, const QString &serviceItemId)
{
    m_city->setCurrentIndex(std::max(0, m_city->findData(city)));
    m_item->setCurrentIndex(std::max(0, m_item->findData(serviceItemId)));
}

void ReconciliationPage::setFormat(ExportFormat format)
{
    (format == ExportFormat::Csv ? m_csv : m_xlsx)->setChecked(true);
}

ExportFormat ReconciliationPage::format() const
{
    return m_csv->isChecked() ? ExportFormat::Csv : ExportFormat::Xlsx;
}

void ReconciliationPage::setTargetPath(const QString &path)
{
    m_target->setText(path);
    m_targetEdited = !path.isEmpty();
}

QString ReconciliationPage::targetPath() const
{
    return m_target->text().trimmed();
}

QString ReconciliationPage::messageText() const
{
    return m_message->text();
}

void ReconciliationPage::suggestTarget()
{
    const QString name = Reconciliation::defaultName(period(), format());
    if (m_targetEdited && !targetPath().isEmpty()) {
        // The user's choice stays; only the ending follows the format.
        QString path = targetPath();
        const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
        if (format() == ExportFormat::Xlsx && !xlsx)
            path += QStringLiteral(".xlsx");
        else if (format() == ExportFormat::Csv && xlsx)
            path.chop(5);
        m_target->setText(path);
        return;
    }
    m_target->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
}

void ReconciliationPage::chooseTarget()
{
    const QString suggested = targetPath();
    QString path;
    if (format() == ExportFormat::Xlsx) {
        path = QFileDialog::getSaveFileName(this, tr("Save the reconciliation"), suggested,
                                            tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            path += QStringLiteral(".xlsx");
    } else {
        // The CSV files go into a new folder of this name.
        path = QFileDialog::getSaveFileName(this, tr("Name of the new folder for the CSV files"),
                                            suggested, QString(), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    }
    if (!path.isEmpty())
        setTargetPath(path);
}

void ReconciliationPage::schedulePreview()
{
    if (!m_targetEdited)
        suggestTarget();
    m_preview.reset();
    m_previewTimer->start();
    showPreview();
}

ReconciliationRequest ReconciliationPage::currentRequest() const
{
    ReconciliationRequest request;
    request.cachePath = m_cachePath;
    request.period = period();
    request.city = m_city->currentData().toString();
    request.serviceItemId = m_item->currentData().toString();
    request.format = format();
    return request;
}

void ReconciliationPage::runPreview()
{
    if (m_watcher.isRunning()) {
        m_previewAgain = true;
        return;
    }
    if (!period().isValid()) {
        m_previewError = tr("The first day must not be after the last day.");
        showPreview();
        return;
    }
    const ReconciliationRequest request = currentRequest();
    m_previewError.clear();
    m_watcher.setFuture(QtConcurrent::run([request]() -> Preview {
        QString error;
        auto totals = Reconciliation::totals(request, &error);
        return {totals, error};
    }));
}

void ReconciliationPage::showPreview()
{
    const auto money = [](qint64 cents) {
        return Money::fromCents(cents).toDisplayString();
    };
    QStringList amounts(PreviewRows, m_preview ? QString() : QStringLiteral("…"));
    if (m_preview) {
        const Finance::ReconciliationTotals &t = *m_preview;
        amounts[OrdersRow] = QLocale().toString(t.orders);
        amounts[PaidRow] = money(t.paidCents);
        amounts[RefundedRow] = money(t.refundedCents);
        amounts[NetRow] = money(t.netReceivedCents());
        amounts[PlatformRow] = money(t.platformRevenueCents());
        amounts[TechnicianRow] = money(t.technicianEarningsCents());
        amounts[CouponRow] = money(t.couponCostTechniciansCents());
        amounts[DifferenceRow] = money(t.differenceCents());
        amounts[PayableRow] = money(t.technicianPayableCents());
    }
    for (int r = 0; r < PreviewRows; ++r)
        m_previewTable->item(r, 1)->setText(amounts.at(r));
    // Every line visible, no scrolling.
    m_previewTable->setFixedHeight(m_previewTable->verticalHeader()->length() +
                                   2 * m_previewTable->frameWidth());
    QFont bold = m_previewTable->font();
    bold.setBold(true);
    m_previewTable->item(DifferenceRow, 1)->setFont(bold);
    m_previewTable->item(DifferenceRow, 1)
        ->setForeground(m_preview && m_preview->differenceCents() != 0 ? QColor(Qt::red)
                                                                       : palette().text().color());
    if (!m_previewError.isEmpty())
        m_message->setText(m_previewError);
    else if (m_preview && m_preview->differenceCents() != 0)
        m_message->setText(tr("The totals do not reconcile: some settlements disagree with "
                              "their orders. The Orders sheet shows which."));
    else
        m_message->clear();
}

ExportProgressDialog *ReconciliationPage::startExport()
{
    if (!period().isValid()) {
        m_message->setText(tr("The first day must not be after the last day."));
        return nullptr;
    }
    if (targetPath().isEmpty()) {
        m_message->setText(tr("Choose where to save the export."));
        return nullptr;
    }
    ReconciliationRequest request = currentRequest();
    request.targetPath = QDir::cleanPath(targetPath());
    if (request.format == ExportFormat::Xlsx &&
        !request.targetPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        request.targetPath += QStringLiteral(".xlsx");
    m_message->clear();
    auto job = std::make_unique<ExportJob>(
        request.targetPath,
        [request](const TableExporter::Progress &progress, const std::atomic_bool &cancel) {
            return Reconciliation::run(request, progress, cancel);
        });
    auto *dialog = new ExportProgressDialog(std::move(job), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportProgressDialog::exportFinished, this,
            &ReconciliationPage::exportFinished);
    dialog->show();
    dialog->start();
    return dialog;
}

} // namespace OpsDesk
