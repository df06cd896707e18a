#include "ui/orders/OrdersWorkspace.h"

#include "models/OrderStatus.h"
#include "models/orders/OrderStatusText.h"
#include "models/orders/OrdersTableModel.h"
#include "services/orders/OrderCache.h"
#include "services/orders/OrderStatusCounter.h"
#include "services/orders/SavedOrderViews.h"
#include "services/sync/SyncSession.h"
#include "ui/export/ExportRunner.h"
#include "ui/orders/OrderDetailPanel.h"
#include "ui/orders/OrderExport.h"
#include "ui/orders/OrderPickers.h"
#include "ui/orders/OrderText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OpsDesk {

namespace {

const char *StatusProperty = "statusId";

} // namespace

OrdersWorkspace::OrdersWorkspace(const Staff &staff, const QString &cachePath, SyncSession *sync,
                                 QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cachePath(cachePath)
    , m_sync(sync)
    , m_cache(std::make_unique<OrderCache>())
{
    setObjectName(QStringLiteral("ordersWorkspace"));
    reopen();
    m_model = std::make_unique<OrdersTableModel>(m_cache.get());
    m_counter = std::make_unique<OrderStatusCounter>(cachePath);
    connect(m_counter.get(), &OrderStatusCounter::counted, this, &OrdersWorkspace::showCounts);

    buildFilterBar();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OrdersTableModel::CreatedColumn,
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Only indexed columns sort; the indicator goes back for the others.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (OrdersTableModel::isSortable(column))
                    return;
                const OrderSort sort = m_model->sortOrder();
                m_table->horizontalHeader()->setSortIndicator(OrdersTableModel::columnOf(sort.key),
                                                              sort.descending ? Qt::DescendingOrder
                                                                              : Qt::AscendingOrder);
            });
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never asks a million rows for their height.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Widths from what the columns show (digits are wider than the average
    // character); the user's own widths come back with the layout.
    const QFontMetrics metrics = fontMetrics();
    const int unit = metrics.averageCharWidth();
    const int pad = 3 * unit;
    int statusWidth = 0;
    for (OrderStatus status : allOrderStatuses())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(orderStatusTitle(status)));
    const int widths[] = {
        metrics.horizontalAdvance(QStringLiteral("O2026112200000")) + pad,
        statusWidth + pad,
        6 * unit + pad,
        14 * unit + pad,
        14 * unit + pad,
        12 * unit + pad,
        metrics.horizontalAdvance(QStringLiteral("2026-11-22 10:00 – 12:00")) + pad,
        metrics.horizontalAdvance(QStringLiteral("¥1,234.00")) + pad,
        8 * unit + pad,
        metrics.horizontalAdvance(QStringLiteral("2026-11-22 10:00")) + pad,
    };
    for (int column = 0; column < OrdersTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_detail = new OrderDetailPanel(m_staff, m_cache.get(), m_sync, this);
    m_detail->setObjectName(QStringLiteral("orderDetail"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({950, 430});
    layout()->addWidget(m_splitter);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_detail->showOrder(current.data(OrdersTableModel::OrderIdRole).toString());
            });
    connect(m_model.get(), &OrdersTableModel::countChanged, this, [this] { m_countsSoon.start(); });
    connect(m_detail, &OrderDetailPanel::changeSubmitted, this, [this] { m_refreshSoon.start(); });

    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(250);
    connect(&m_textDebounce, &QTimer::timeout, this, &OrdersWorkspace::applyFilter);
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(300);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        m_model->refresh();
        m_detail->reload();
        m_countsSoon.start();
    });
    // Per-status counts scan more rows than the first page: asked for after
    // the table has painted, counted in the background (OrderStatusCounter).
    m_countsSoon.setSingleShot(true);
    m_countsSoon.setInterval(0);
    connect(&m_countsSoon, &QTimer::timeout, this, &OrdersWorkspace::updateCounts);

    if (m_sync) {
        connect(m_sync.data(), &SyncSession::ready, this, [this](bool ok, const QString &) {
            if (!ok)
                return;
            reopen();
            fillPickers();
            m_model->refresh();
            m_countsSoon.start();
        });
        connect(m_sync.data(), &SyncSession::cacheChanged, this, &OrdersWorkspace::onCacheChanged);
    }

    retranslate();
    fillPickers();
    fillViews();
    m_countsSoon.start();
}

OrdersWorkspace::~OrdersWorkspace()
{
    // The view goes before the model it shows.
    delete m_table;
    m_table = nullptr;
}

void OrdersWorkspace::reopen()
{
    // Before the sync session has created the file there is nothing to read;
    // SyncSession::ready opens it again.
    QString error;
    if (QFileInfo::exists(m_cachePath))
        m_cache->open(m_cachePath, &error);
}

void OrdersWorkspace::buildFilterBar()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("cityFilter"));
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_customerType = new QComboBox(this);
    m_customerType->setObjectName(QStringLiteral("customerTypeFilter"));
    m_technician = new QComboBox(this);
    m_technician->setObjectName(QStringLiteral("technicianFilter"));
    m_dateField = new QComboBox(this);
    m_dateField->setObjectName(QStringLiteral("dateFieldFilter"));
    m_dateRange = new QCheckBox(this);
    m_dateRange->setObjectName(QStringLiteral("dateRangeFilter"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_refund = new QCheckBox(this);
    m_refund->setObjectName(QStringLiteral("refundFilter"));
    m_complaint = new QCheckBox(this);
    m_complaint->setObjectName(QStringLiteral("complaintFilter"));
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumContentsLength(14);
    m_saveView = new QPushButton(this);
    m_saveView->setObjectName(QStringLiteral("saveView"));
    m_deleteView = new QPushButton(this);
    m_deleteView->setObjectName(QStringLiteral("deleteView"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportOrders"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("orderCount"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    first->addWidget(m_city, 1);
    first->addWidget(m_district, 1);
    first->addWidget(m_service, 1);
    first->addWidget(m_customerType, 1);
    first->addWidget(m_technician, 1);
    layout->addLayout(first);

    auto *second = new QHBoxLayout;
    second->addWidget(m_dateRange);
    second->addWidget(m_dateField);
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(m_refund);
    second->addWidget(m_complaint);
    second->addWidget(m_overdue);
    second->addStretch();
    second->addWidget(m_clear);
    second->addSpacing(12);
    second->addWidget(m_views);
    second->addWidget(m_saveView);
    second->addWidget(m_deleteView);
    second->addWidget(m_export);
    layout->addLayout(second);

    m_extrasLabel = new QLabel(this);
    m_extrasLabel->setObjectName(QStringLiteral("drillDownCriteria"));
    m_extrasLabel->setWordWrap(true);
    m_extrasLabel->setStyleSheet(QStringLiteral(
        "background: #eef4ff; border: 1px solid #c7d7f5; border-radius: 4px; padding: 4px;"));
    m_clearExtras = new QToolButton(this);
    m_clearExtras->setObjectName(QStringLiteral("clearDrillDown"));
    auto *extras = new QHBoxLayout;
    extras->addWidget(m_extrasLabel, 1);
    extras->addWidget(m_clearExtras);
    layout->addLayout(extras);
    m_extrasLabel->hide();
    m_clearExtras->hide();
    connect(m_clearExtras, &QToolButton::clicked, this, [this] {
        m_extras = {};
        showExtras();
        applyFilter();
    });

    auto *statuses = new QHBoxLayout;
    statuses->setSpacing(4);
    for (const OrderStatus status : allOrderStatuses()) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setProperty(StatusProperty, orderStatusId(status));
        button->setObjectName(QStringLiteral("status_") + orderStatusId(status));
        m_statusButtons.append(button);
        statuses->addWidget(button);
        connect(button, &QToolButton::toggled, this, &OrdersWorkspace::applyFilter);
    }
    statuses->addStretch();
    statuses->addWidget(m_count);
    layout->addLayout(statuses);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_textDebounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_textDebounce.stop();
        applyFilter();
    });
    for (QComboBox *combo : {m_service, m_customerType, m_technician, m_district, m_dateField})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersWorkspace::applyFilter);
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        fillDistricts();
        applyFilter();
    });
    for (QCheckBox *box : {m_refund, m_complaint, m_overdue})
        connect(box, &QCheckBox::toggled, this, &OrdersWorkspace::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrdersWorkspace::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
    });
    connect(m_saveView, &QPushButton::clicked, this, &OrdersWorkspace::askSaveView);
    connect(m_deleteView, &QPushButton::clicked, this, [this] {
        if (m_views->currentIndex() <= 0)
            return;
        SavedOrderViews::remove(m_views->currentText());
        fillViews();
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCurrentView(); });

    // Keyboard (listed in the F1 help): only while the workspace has focus.
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] { m_clear->click(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { askSaveView(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportCurrentView(); });
}

void OrdersWorkspace::fillPickers()
{
    m_updatingControls = true;
    fillCityPicker(m_city, *m_cache);
    fillDistricts();
    fillServicePicker(m_service, *m_cache);

    const QString technician = comboValue(m_technician);
    m_technician->clear();
    m_technician->addItem(tr("All technicians"), QString());
    for (const auto &[id, name] : m_cache->technicians())
        m_technician->addItem(name, id);
    selectValue(m_technician, technician);
    m_updatingControls = false;
}

void OrdersWorkspace::fillDistricts()
{
    const bool updating = m_updatingControls;
    m_updatingControls = true;
    fillDistrictPicker(m_district, *m_cache, comboValue(m_city));
    m_updatingControls = updating;
}

void OrdersWorkspace::fillViews()
{
    const QString current = m_views->currentIndex() > 0 ? m_views->currentText() : QString();
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    m_views->addItems(SavedOrderViews::names());
    const int index = m_views->findText(current);
    m_views->setCurrentIndex(index < 0 ? 0 : index);
    m_deleteView->setEnabled(m_views->count() > 1);
}

OrderFilter OrdersWorkspace::filter() const
{
    OrderFilter filter;
    filter.text = m_search->text().trimmed();
    filter.city = comboValue(m_city);
    filter.district = comboValue(m_district);
    filter.serviceItemId = comboValue(m_service);
    filter.customerType = comboValue(m_customerType);
    filter.technicianId = comboValue(m_technician);
    filter.dateField = OrderFilter::DateField(std::max(0, m_dateField->currentIndex()));
    if (m_dateRange->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.hasRefund = m_refund->isChecked();
    filter.hasComplaint = m_complaint->isChecked();
    filter.overdue = m_overdue->isChecked();
    for (const QToolButton *button : m_statusButtons)
        if (button->isChecked())
            filter.statuses.append(button->property(StatusProperty).toString());
    filter.businessDays = m_extras.businessDays;
    filter.stage = m_extras.stage;
    filter.customers = m_extras.customers;
    filter.minRating = m_extras.minRating;
    filter.refundReason = m_extras.refundReason;
    filter.couponId = m_extras.couponId;
    filter.refundPending = m_extras.refundPending;
    return filter;
}

void OrdersWorkspace::setFilter(const OrderFilter &filter)
{
    m_updatingControls = true;
    m_search->setText(filter.text);
    selectValue(m_city, filter.city);
    fillDistricts();
    selectValue(m_district, filter.district);
    selectValue(m_service, filter.serviceItemId);
    selectValue(m_customerType, filter.customerType);
    selectValue(m_technician, filter.technicianId);
    m_dateField->setCurrentIndex(int(filter.dateField));
    m_extras = filter.extras();
    showExtras();
    const bool range = filter.from.isValid() || filter.to.isValid();
    m_dateRange->setChecked(range);
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_refund->setChecked(filter.hasRefund);
    m_complaint->setChecked(filter.hasComplaint);
    m_overdue->setChecked(filter.overdue);
    for (QToolButton *button : std::as_const(m_statusButtons))
        button->setChecked(filter.statuses.contains(button->property(StatusProperty).toString()));
    m_updatingControls = false;
    m_textDebounce.stop();
    applyFilter();
}

void OrdersWorkspace::applyFilter()
{
    if (m_updatingControls || !m_model)
        return;
    const OrderFilter next = filter();
    if (next == m_model->filter())
        return;
    m_model->setFilter(next);
}

void OrdersWorkspace::showFilter(const OrderFilter &filter)
{
    setFilter(filter);
}

void OrdersWorkspace::showExtras()
{
    QStringList parts;
    const OrderFilter &e = m_extras;
    if (e.businessDays)
        parts.append(tr("days in China time (UTC+8)"));
    switch (e.stage) {
    case OrderFilter::Stage::Any:
        break;
    case OrderFilter::Stage::Paid:
        parts.append(tr("paid"));
        break;
    case OrderFilter::Stage::Dispatched:
        parts.append(tr("dispatched"));
        break;
    case OrderFilter::Stage::Completed:
        parts.append(tr("completed"));
        break;
    }
    if (e.customers == OrderFilter::CustomerHistory::New)
        parts.append(tr("new customers"));
    else if (e.customers == OrderFilter::CustomerHistory::Returning)
        parts.append(tr("returning customers"));
    if (e.minRating > 0)
        parts.append(tr("reviews rated %1 or more").arg(e.minRating));
    if (!e.refundReason.isEmpty())
        parts.append(tr("refund reason: %1").arg(e.refundReason));
    if (!e.couponId.isEmpty())
        parts.append(tr("coupon %1").arg(e.couponId));
    if (e.refundPending)
        parts.append(tr("a refund request is pending"));
    m_extrasLabel->setText(tr("From the dashboards: %1").arg(parts.join(QStringLiteral(" · "))));
    m_extrasLabel->setVisible(!parts.isEmpty());
    m_clearExtras->setVisible(!parts.isEmpty());
}

void OrdersWorkspace::openOrder(const QString &orderId)
{
    OrderFilter only;
    only.text = orderId;
    setFilter(only);
    m_detail->showOrder(orderId);
    const int rows = std::min(m_model->rowCount(), int(OrdersTableModel::PageSize));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, OrdersTableModel::IdColumn);
        if (index.data(OrdersTableModel::OrderIdRole).toString() == orderId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            break;
        }
    }
}

ExportProgressDialog *OrdersWorkspace::exportCurrentView(const QString &targetPath)
{
    auto source =
        std::make_unique<OrderExportSource>(m_cachePath, m_model->filter(), m_model->sortOrder());
    const QList<ExportColumn> columns = OrderExportSource::columns();
    if (!targetPath.isEmpty())
        return ExportRunner::startTo(this, targetPath, columns, std::move(source));
    const QString name =
        tr("orders-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    return ExportRunner::start(this, name, columns, std::move(source));
}

void OrdersWorkspace::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("orders/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("orders/splitter"), m_splitter->saveState());
    settings.setValue(
        QStringLiteral("orders/filter"),
        QString::fromUtf8(QJsonDocument(filter().toJson()).toJson(QJsonDocument::Compact)));
}

void OrdersWorkspace::restoreLayout(QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("orders/columns")).toByteArray()) &&
        OrdersTableModel::isSortable(header->sortIndicatorSection()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_splitter->restoreState(settings.value(QStringLiteral("orders/splitter")).toByteArray());
    const QJsonDocument json = QJsonDocument::fromJson(
        settings.value(QStringLiteral("orders/filter")).toString().toUtf8());
    if (json.isObject())
        setFilter(OrderFilter::fromJson(json.object()));
}

void OrdersWorkspace::updateCounts()
{
    m_count->setText(tr("%L1 orders").arg(m_model->rowCount()));
    OrderFilter withoutStatus = m_model->filter();
    withoutStatus.statuses.clear();
    m_countsCurrent = false;
    m_counter->request(withoutStatus);
}

void OrdersWorkspace::showCounts(const OrderFilter &filter, const QHash<QString, qint64> &counts)
{
    OrderFilter current = m_model->filter();
    current.statuses.clear();
    if (!(filter == current))
        return; // an answer for a filter no longer shown
    for (QToolButton *button : std::as_const(m_statusButtons)) {
        const QString id = button->property(StatusProperty).toString();
        button->setText(tr("%1 %L2").arg(orderStatusTitle(id)).arg(counts.value(id)));
    }
    m_countsCurrent = true;
}

void OrdersWorkspace::onCacheChanged(const QStringList &collections)
{
    if (collections.contains(QLatin1String("service_items")) ||
        collections.contains(QLatin1String("technicians")) ||
        collections.contains(QLatin1String("staff"))) {
        m_cache->reloadNames();
        fillPickers();
    }
    if (collections.contains(QLatin1String("orders")) ||
        collections.contains(QLatin1String("refunds")) ||
        collections.contains(QLatin1String("complaints")) ||
        collections.contains(QLatin1String("customers")))
        m_refreshSoon.start();
}

void OrdersWorkspace::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    SavedOrderViews::save(trimmed, filter());
    fillViews();
    m_views->setCurrentIndex(m_views->findText(trimmed));
    m_deleteView->setEnabled(true);
}

void OrdersWorkspace::applyView(const QString &name)
{
    if (!SavedOrderViews::names().contains(name))
        return;
    setFilter(SavedOrderViews::load(name));
    const int index = m_views->findText(name);
    if (index >= 0)
        m_views->setCurrentIndex(index);
}

void OrdersWorkspace::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal,
        m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok);
    if (ok)
        saveView(name);
}

void OrdersWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_search) {
        retranslate();
        fillPickers();
        fillViews();
        updateCounts();
    }
    QWidget::changeEvent(event);
}

void OrdersWorkspace::retranslate()
{
    m_search->setPlaceholderText(tr("Search: order number, address, customer, phone tail, notes"));
    const bool updating = m_updatingControls;
    m_updatingControls = true;
    fillCustomerTypePicker(m_customerType);
    const int field = qMax(0, m_dateField->currentIndex());
    m_dateField->clear();
    m_dateField->addItem(tr("created"));
    m_dateField->addItem(tr("appointment"));
    m_dateField->addItem(tr("review written"));
    m_dateField->addItem(tr("complaint made"));
    m_dateField->addItem(tr("refund requested"));
    m_dateField->setCurrentIndex(field);
    m_updatingControls = updating;
    m_dateRange->setText(tr("Date range:"));
    m_refund->setText(tr("Has refund"));
    m_complaint->setText(tr("Has complaint"));
    m_overdue->setText(tr("Overdue"));
    m_overdue->setToolTip(tr("The appointment is over and the order is not finished."));
    m_clearExtras->setText(tr("Remove"));
    m_clearExtras->setToolTip(tr("Remove the criteria that came from the dashboards"));
    showExtras();
    m_clear->setText(tr("Clear filters"));
    m_saveView->setText(tr("Save view…"));
    m_deleteView->setText(tr("Delete view"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the orders of the current filter"));
}

} // namespace OpsDesk
