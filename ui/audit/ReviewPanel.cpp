#include "ui/audit/ReviewPanel.h"

#include "models/audit/AuditTrail.h"
#include "models/audit/Performance.h"
#include "models/audit/ReviewQueue.h"
#include "resources/CityBasemaps.h"
#include "services/audit/AuditCache.h"
#include "services/audit/AuditCommands.h"
#include "services/audit/AuditRecords.h"
#include "services/audit/OfflineBatch.h"
#include "services/sync/SyncSession.h"
#include "ui/audit/AuditText.h"
#include "ui/audit/RejectDialog.h"
#include "ui/audit/TechnicianActionDialog.h"
#include "ui/map/MapView.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDesk {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate dateOf(const QString &iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

QString dateText(const QString &iso)
{
    const QDate date = dateOf(iso);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString outcomeMark(Audit::CheckOutcome outcome)
{
    switch (outcome) {
    case Audit::CheckOutcome::Passed:
        return QStringLiteral("<span style='color:#2e7d32'>✔</span>");
    case Audit::CheckOutcome::Warning:
        return QStringLiteral("<span style='color:#c77700'>▲</span>");
    case Audit::CheckOutcome::Failed:
        return QStringLiteral("<span style='color:#c62828'>✘</span>");
    }
    return {};
}

QString validityColour(Audit::CertificateValidity validity)
{
    switch (validity) {
    case Audit::CertificateValidity::Valid:
        return QStringLiteral("#2e7d32");
    case Audit::CertificateValidity::ExpiringSoon:
        return QStringLiteral("#c77700");
    default:
        return QStringLiteral("#c62828");
    }
}

QGroupBox *section(QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    box->setFlat(false);
    return box;
}

const QSize CardSize(128, 81);

} // namespace

// The service area on a small map: the districts drawn, the view fitted to
// them whenever the map gets its size.
class AreaMap : public MapView
{
public:
    using MapView::MapView;
    void setArea(const QList<GeoPolygon> &polygons, const GeoRect &bounds)
    {
        m_bounds = bounds;
        setServiceArea(polygons);
        if (!bounds.isEmpty() && width() > 0)
            fitBounds(bounds);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        MapView::resizeEvent(event);
        if (!m_bounds.isEmpty())
            fitBounds(m_bounds);
    }

private:
    GeoRect m_bounds;
};

ReviewPanel::ReviewPanel(const Staff &staff, AuditCache *cache, AuditRecords *records,
                         SyncSession *sync, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_cache(cache)
    , m_records(records)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("auditReviewPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 4, 4);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("auditSyncState"));
    m_syncState->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_subtitle);
    outer->addWidget(m_syncState);

    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: what was sent, in a scroll area.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details = new QWidget(scroll);
    auto *left = new QVBoxLayout(m_details);
    left->setContentsMargins(0, 0, 6, 0);
    m_identityBox = section(m_details);
    m_identity = new QGridLayout(m_identityBox);
    m_certBox = section(m_details);
    m_certs = new QGridLayout(m_certBox);
    m_areaBox = section(m_details);
    auto *areaLayout = new QVBoxLayout(m_areaBox);
    m_areaText = valueLabel(QString(), m_areaBox);
    m_map = new AreaMap(m_areaBox);
    m_map->setObjectName(QStringLiteral("auditAreaMap"));
    m_map->setInteractive(false);
    m_map->setMinimumHeight(170);
    m_map->setMaximumHeight(200);
    areaLayout->addWidget(m_areaText);
    areaLayout->addWidget(m_map);
    m_agreementBox = section(m_details);
    m_agreements = new QGridLayout(m_agreementBox);
    m_historyBox = section(m_details);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    m_history = valueLabel(QString(), m_historyBox);
    m_history->setTextFormat(Qt::RichText);
    historyLayout->addWidget(m_history);
    m_performanceBox = section(m_details);
    auto *performanceLayout = new QVBoxLayout(m_performanceBox);
    m_performance = valueLabel(QString(), m_performanceBox);
    m_performance->setObjectName(QStringLiteral("auditPerformance"));
    m_performance->setTextFormat(Qt::RichText);
    performanceLayout->addWidget(m_performance);
    for (QGroupBox *box :
         {m_identityBox, m_certBox, m_areaBox, m_agreementBox, m_historyBox, m_performanceBox})
        left->addWidget(box);
    left->addStretch();
    scroll->setWidget(m_details);
    columns->addWidget(scroll, 3);

    // Right: the checklist beside the decision, then the trail.
    auto *right = new QVBoxLayout;
    m_checksBox = section(this);
    m_checksLayout = new QVBoxLayout(m_checksBox);
    m_checksLayout->setSpacing(3);
    m_decisionBox = section(this);
    auto *decision = new QGridLayout(m_decisionBox);
    m_decisionState = valueLabel(QString(), m_decisionBox);
    m_approve = new QPushButton(m_decisionBox);
    m_approve->setObjectName(QStringLiteral("auditApprove"));
    m_reject = new QPushButton(m_decisionBox);
    m_reject->setObjectName(QStringLiteral("auditReject"));
    m_reviewPass = new QPushButton(m_decisionBox);
    m_reviewFail = new QPushButton(m_decisionBox);
    m_suspend = new QPushButton(m_decisionBox);
    m_reinstate = new QPushButton(m_decisionBox);
    m_star = new QPushButton(m_decisionBox);
    m_incentive = new QPushButton(m_decisionBox);
    m_reviewPass->setObjectName(QStringLiteral("auditReviewPass"));
    m_reviewFail->setObjectName(QStringLiteral("auditReviewFail"));
    m_suspend->setObjectName(QStringLiteral("auditSuspend"));
    m_reinstate->setObjectName(QStringLiteral("auditReinstate"));
    m_star->setObjectName(QStringLiteral("auditStarLevel"));
    m_incentive->setObjectName(QStringLiteral("auditIncentive"));
    decision->addWidget(m_decisionState, 0, 0, 1, 2);
    decision->addWidget(m_approve, 1, 0);
    decision->addWidget(m_reject, 1, 1);
    decision->addWidget(m_reviewPass, 2, 0);
    decision->addWidget(m_reviewFail, 2, 1);
    decision->addWidget(m_suspend, 3, 0);
    decision->addWidget(m_reinstate, 3, 1);
    decision->addWidget(m_star, 4, 0);
    decision->addWidget(m_incentive, 4, 1);
    m_trailBox = section(this);
    auto *trailLayout = new QVBoxLayout(m_trailBox);
    m_trail = new QTreeWidget(m_trailBox);
    m_trail->setObjectName(QStringLiteral("auditTrail"));
    m_trail->setRootIsDecorated(false);
    m_trail->setColumnCount(1);
    m_trail->setHeaderHidden(true);
    m_trail->setWordWrap(true);
    m_trail->setUniformRowHeights(false);
    m_trail->setTextElideMode(Qt::ElideNone);
    trailLayout->addWidget(m_trail);
    right->addWidget(m_checksBox);
    right->addWidget(m_decisionBox);
    right->addWidget(m_trailBox, 1);
    auto *rightHost = new QWidget(this);
    rightHost->setLayout(right);
    rightHost->setMinimumWidth(280);
    rightHost->setMaximumWidth(380);
    right->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(rightHost, 2);

    connect(m_approve, &QPushButton::clicked, this, [this] {
        int failed = 0;
        for (const Audit::PreCheckResult &check : m_checks)
            failed += check.outcome == Audit::CheckOutcome::Failed ? 1 : 0;
        const QString name = str(m_application, "name");
        const QString question =
            failed > 0 ? tr("%n automatic pre-check(s) failed. Approve the application of %1 "
                            "all the same?",
                            nullptr, failed)
                             .arg(name)
                       : tr("Approve the application of %1?").arg(name);
        if (QMessageBox::question(this, tr("Approve"), question) == QMessageBox::Yes)
            approve();
    });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectWithDialog(); });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::Suspend)); });
    connect(m_reinstate, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::Reinstate)); });
    connect(m_reviewPass, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::AnnualReviewPass)); });
    connect(m_reviewFail, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::AnnualReviewFail)); });
    connect(m_star, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::StarLevel)); });
    connect(m_incentive, &QPushButton::clicked, this,
            [this] { technicianAction(int(TechnicianActionDialog::Action::Incentive)); });
    render();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setOfflineBatch(OfflineBatch *batch)
{
    m_batch = batch;
}

QDateTime ReviewPanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString ReviewPanel::staffName(const QString &id) const
{
    if (id == QLatin1String("system"))
        return tr("automatic");
    if (id == QLatin1String("applicant"))
        return tr("applicant");
    if (id == m_staff.id)
        return m_staff.displayName;
    return m_records ? m_records->staffName(id) : id;
}

void ReviewPanel::clear()
{
    m_collection.clear();
    m_recordId.clear();
    m_application = {};
    m_technician = {};
    m_related.clear();
    m_pending = false;
    render();
}

void ReviewPanel::showRecord(const QString &collection, const QString &id)
{
    m_collection = collection;
    m_recordId = id;
    reload();
}

void ReviewPanel::reload()
{
    if (!m_cache || m_recordId.isEmpty()) {
        render();
        return;
    }
    m_application = {};
    m_technician = {};
    if (m_collection == QLatin1String("applications")) {
        m_application = m_cache->application(m_recordId);
        const QString tech = str(m_application, "technician_id");
        if (!tech.isEmpty())
            m_technician = m_cache->technician(tech);
    } else {
        m_technician = m_cache->technician(m_recordId);
        // The documents of a technician are those of their latest approved
        // (else latest) application.
        QJsonObject latest;
        for (const QJsonObject &a : m_cache->applications()) {
            if (str(a, "technician_id") != m_recordId)
                continue;
            if (latest.isEmpty() || str(a, "status") == QLatin1String("approved") ||
                str(latest, "status") != QLatin1String("approved"))
                latest = a;
        }
        m_application = latest;
    }
    m_related = m_application.isEmpty() ? QList<QJsonObject>()
                                        : m_cache->applicationsOfPerson(m_application);
    const QString technicianId = str(m_technician, "id");
    m_pending = m_records && (m_records->isPending(m_collection, m_recordId) ||
                              (!technicianId.isEmpty() &&
                               m_records->isPending(QStringLiteral("technicians"), technicianId)));
    m_checks = m_application.isEmpty() ? QList<Audit::PreCheckResult>()
                                       : m_cache->preChecks(m_application, now());
    render();
}

void ReviewPanel::showRecords(const QJsonObject &application, const QJsonObject &technician)
{
    m_application = application;
    m_technician = technician;
    m_collection =
        application.isEmpty() ? QStringLiteral("technicians") : QStringLiteral("applications");
    m_recordId = str(application.isEmpty() ? technician : application, "id");
    m_related.clear();
    m_pending = false;
    Audit::PreCheckContext context;
    context.today = AuditCache::chinaDate(now());
    m_checks = application.isEmpty() ? QList<Audit::PreCheckResult>()
                                     : Audit::runPreChecks(application, context);
    render();
}

QString ReviewPanel::idNumberText() const
{
    return m_idNumber ? m_idNumber->text() : QString();
}

QString ReviewPanel::syncStateText() const
{
    return m_syncState->text();
}

void ReviewPanel::clearLayout(QGridLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            m_thumbs.removeAll(qobject_cast<DocumentThumbnail *>(w));
            if (w == m_idNumber)
                m_idNumber = nullptr;
            w->deleteLater();
        }
        delete item;
    }
}

DocumentThumbnail *ReviewPanel::thumbnail(const QString &title, const QString &sha, QSize size)
{
    auto *thumb = new DocumentThumbnail(title, size, this);
    m_thumbs.append(thumb);
    thumb->load(m_loader, sha);
    return thumb;
}

void ReviewPanel::render()
{
    m_thumbs.clear(); // the old ones go with their sections' widgets
    m_identityBox->setTitle(tr("Identity"));
    m_certBox->setTitle(tr("Certificates"));
    m_areaBox->setTitle(tr("Skills and service area"));
    m_agreementBox->setTitle(tr("Signed agreements"));
    m_historyBox->setTitle(tr("History"));
    m_performanceBox->setTitle(tr("Performance"));
    m_checksBox->setTitle(tr("Automatic pre-checks"));
    m_decisionBox->setTitle(tr("Decision"));
    m_trailBox->setTitle(tr("Audit trail"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject…"));
    m_reviewPass->setText(tr("Review passed…"));
    m_reviewFail->setText(tr("Review failed…"));
    m_suspend->setText(tr("Suspend…"));
    m_reinstate->setText(tr("Reinstate…"));
    m_star->setText(tr("Star level…"));
    m_incentive->setText(tr("Reward / penalty…"));

    const bool empty = m_application.isEmpty() && m_technician.isEmpty();
    m_details->setVisible(!empty);
    for (QGroupBox *box : {m_checksBox, m_decisionBox, m_trailBox})
        box->setVisible(!empty);
    if (empty) {
        m_title->setText(m_recordId.isEmpty() ? tr("Nothing selected") : m_recordId);
        m_subtitle->setText(m_recordId.isEmpty()
                                ? tr("Select an application or a technician in the queue.")
                                : tr("This record is not in the local cache."));
        m_syncState->clear();
        return;
    }
    const QJsonObject &person = m_application.isEmpty() ? m_technician : m_application;
    if (m_collection == QLatin1String("applications")) {
        m_title->setText(tr("%1 · %2").arg(str(person, "name"), m_recordId));
        m_subtitle->setText(tr("%1 · %2 · submitted %3")
                                .arg(AuditText::kindName(str(m_application, "kind")),
                                     AuditText::statusName(str(m_application, "status")),
                                     timeText(QDateTime::fromString(
                                         str(m_application, "submitted_at"), Qt::ISODate))));
    } else {
        m_title->setText(tr("%1 · %2").arg(str(m_technician, "name"), m_recordId));
        m_subtitle->setText(tr("Technician · %1 · annual review due %2")
                                .arg(AuditText::statusName(str(m_technician, "status")),
                                     dateText(str(m_technician, "annual_review_due"))));
    }
    QStringList state;
    if (m_batch && !m_application.isEmpty())
        state << (m_batch->isAvailableOffline(m_application)
                      ? tr("Documents available offline (encrypted on this computer).")
                      : tr("Documents not taken offline: they need the network."));
    if (m_pending)
        state << tr("<b>Waiting to sync:</b> your decision is saved on this computer and is "
                    "sent when the server can be reached.");
    m_syncState->setText(state.join(QLatin1Char(' ')));
    renderIdentity();
    renderCertificates();
    renderArea();
    renderAgreements();
    renderHistory();
    renderPerformance();
    renderChecks();
    renderDecision();
    renderTrail();
}

void ReviewPanel::renderIdentity()
{
    clearLayout(m_identity);
    const QJsonObject &person = m_application.isEmpty() ? m_technician : m_application;
    int row = 0;
    const auto add = [&](const QString &label, QLabel *value) {
        m_identity->addWidget(new QLabel(label, m_identityBox), row, 0, Qt::AlignTop);
        m_identity->addWidget(value, row, 1);
        ++row;
    };
    add(tr("Name:"), valueLabel(str(person, "name"), m_identityBox));
    const QString idNumber = str(m_application, "id_number");
    m_idNumber = valueLabel(idNumber.isEmpty() ? tr("not on file")
                                               : Audit::displayedIdNumber(m_staff, idNumber),
                            m_identityBox);
    m_idNumber->setObjectName(QStringLiteral("auditIdNumber"));
    add(tr("ID number:"), m_idNumber);
    const QString phone = str(person, "phone");
    add(tr("Phone:"), valueLabel(phone, m_identityBox));
    const QDate birth = dateOf(str(m_application, "birth_date"));
    if (birth.isValid()) {
        const int age = Audit::ageOn(birth, now().date());
        add(tr("Born:"), valueLabel(tr("%1 (%n years)", nullptr, age)
                                        .arg(QLocale().toString(birth, QLocale::ShortFormat)),
                                    m_identityBox));
    }
    add(tr("City:"), valueLabel(AuditText::cityName(str(person, "city")), m_identityBox));
    const QJsonObject face = m_application.value(QStringLiteral("face_verification")).toObject();
    if (!m_application.isEmpty()) {
        const QString result = str(face, "result");
        QString text = AuditText::faceResult(result);
        if (face.contains(QStringLiteral("score")))
            text = tr("%1 — similarity %2 %")
                       .arg(text)
                       .arg(qRound(face.value(QStringLiteral("score")).toDouble() * 100));
        const QString colour = result == QLatin1String("pass")   ? QStringLiteral("#2e7d32")
                               : result == QLatin1String("fail") ? QStringLiteral("#c62828")
                                                                 : QStringLiteral("#c77700");
        auto *label = valueLabel(
            QStringLiteral("<b style='color:%1'>%2</b>").arg(colour, text.toHtmlEscaped()),
            m_identityBox);
        label->setToolTip(
            tr("Checked by the server on %1")
                .arg(timeText(QDateTime::fromString(str(face, "checked_at"), Qt::ISODate))));
        add(tr("Face verification:"), label);
    }
    auto *cards = new QWidget(m_identityBox);
    auto *cardsLayout = new QHBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QJsonValue &value : m_application.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        const QString kind = str(doc, "kind");
        if (kind == QLatin1String("id_front") || kind == QLatin1String("id_back"))
            cardsLayout->addWidget(
                thumbnail(AuditText::documentKind(kind), str(doc, "sha256"), CardSize));
    }
    cardsLayout->addStretch();
    m_identity->addWidget(cards, row, 0, 1, 2);
    m_identity->setColumnStretch(1, 1);
}

void ReviewPanel::renderCertificates()
{
    clearLayout(m_certs);
    int row = 0;
    const QDate today = AuditCache::chinaDate(now());
    for (const QJsonValue &value : m_application.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        if (str(doc, "kind") != QLatin1String("certificate"))
            continue;
        const QJsonObject cert = doc.value(QStringLiteral("certificate")).toObject();
        const Audit::CertificateValidity validity = Audit::certificateValidity(cert, today);
        const QString title = AuditText::certificateType(str(cert, "type"));
        m_certs->addWidget(thumbnail(title, str(doc, "sha256"), QSize(100, 70)), row, 0,
                           Qt::AlignTop);
        auto *text = valueLabel(tr("<b>%1</b><br>No. %2<br>Issued by %3<br>Valid %4 – %5<br>"
                                   "<span style='color:%6'>%7</span>")
                                    .arg(title.toHtmlEscaped(), str(cert, "number").toHtmlEscaped(),
                                         str(cert, "issuer").toHtmlEscaped(),
                                         dateText(str(cert, "valid_from")),
                                         dateText(str(cert, "valid_to")), validityColour(validity),
                                         Audit::PreCheckText::validityName(validity)),
                                m_certBox);
        text->setTextFormat(Qt::RichText);
        m_certs->addWidget(text, row, 1, Qt::AlignTop);
        ++row;
    }
    if (row == 0)
        m_certs->addWidget(valueLabel(tr("No certificate was uploaded."), m_certBox), 0, 0);
    m_certs->setColumnStretch(1, 1);
}

void ReviewPanel::renderArea()
{
    const QJsonObject &person = m_application.isEmpty() ? m_technician : m_application;
    QStringList skills;
    for (const QJsonValue &s : person.value(QStringLiteral("skills")).toArray())
        skills << (m_records ? m_records->serviceItemName(s.toString()) : s.toString());
    QStringList districts;
    const QJsonArray area =
        m_application.isEmpty()
            ? m_technician.value(QStringLiteral("service_area"))
                  .toObject()
                  .value(QStringLiteral("districts"))
                  .toArray()
            : m_application.value(QStringLiteral("service_districts")).toArray();
    for (const QJsonValue &d : area)
        districts << d.toString();
    const QString city = str(person, "city");
    m_areaText->setText(
        tr("Skills: %1\nService area: %2, %3")
            .arg(skills.isEmpty() ? tr("none") : skills.join(QStringLiteral(", ")),
                 AuditText::cityName(city),
                 districts.isEmpty() ? tr("no district") : districts.join(QStringLiteral(", "))));
    const Basemap &basemap = cityBasemap(city);
    QList<GeoPolygon> polygons;
    GeoRect bounds;
    for (const District &district : basemap.districts())
        if (districts.contains(district.name)) {
            polygons += district.polygons;
            bounds.extend(district.bounds);
        }
    m_map->setVisible(!basemap.isEmpty());
    m_map->setArea(polygons, bounds.isEmpty() ? basemap.bounds() : bounds);
}

void ReviewPanel::renderAgreements()
{
    clearLayout(m_agreements);
    int column = 0;
    for (const QJsonValue &value : m_application.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        if (str(doc, "kind") != QLatin1String("agreement"))
            continue;
        m_agreements->addWidget(thumbnail(AuditText::documentKind(QStringLiteral("agreement")),
                                          str(doc, "sha256"), QSize(90, 110)),
                                0, column++, Qt::AlignLeft);
    }
    auto *text = valueLabel(column > 0 ? tr("%n agreement(s) signed and uploaded.", nullptr, column)
                                       : tr("<b style='color:#c62828'>No signed agreement.</b>"),
                            m_agreementBox);
    m_agreements->addWidget(text, 0, column, Qt::AlignVCenter);
    m_agreements->setColumnStretch(column, 1);
}

void ReviewPanel::renderHistory()
{
    QStringList lines;
    for (const QJsonObject &other : m_related) {
        if (str(other, "id") == str(m_application, "id"))
            continue;
        QString line = tr("%1 · %2 · %3 · submitted %4")
                           .arg(str(other, "id"), AuditText::kindName(str(other, "kind")),
                                AuditText::statusName(str(other, "status")),
                                dateText(str(other, "submitted_at")));
        const QJsonObject decision = other.value(QStringLiteral("decision")).toObject();
        if (str(other, "status") == QLatin1String("rejected")) {
            QStringList reasons;
            for (const QJsonValue &r : decision.value(QStringLiteral("reasons")).toArray())
                reasons << Audit::AuditTrailText::rejectionReasonText(r.toString());
            line += tr(" — rejected: %1 (%2)")
                        .arg(reasons.join(QStringLiteral("; ")), str(decision, "note"));
        }
        lines << line.toHtmlEscaped();
    }
    const QString techId = str(m_technician, "id");
    if (m_records && !techId.isEmpty()) {
        const QList<QJsonObject> complaints = m_records->complaintsOf(techId);
        if (!complaints.isEmpty()) {
            lines << tr("<b>%n complaint(s)</b>", nullptr, int(complaints.size()));
            for (qsizetype i = 0; i < std::min<qsizetype>(3, complaints.size()); ++i)
                lines << QStringLiteral("&nbsp;&nbsp;%1 · %2 · %3")
                             .arg(dateText(str(complaints[i], "created_at")),
                                  str(complaints[i], "text").toHtmlEscaped(),
                                  AuditText::statusName(str(complaints[i], "status")));
        }
    }
    for (const QJsonValue &v : m_technician.value(QStringLiteral("action_log")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString action = str(entry, "action");
        if (action != QLatin1String("penalty") && action != QLatin1String("reward") &&
            action != QLatin1String("suspend"))
            continue;
        QString line = tr("%1 · %2").arg(dateText(str(entry, "at")),
                                         Audit::AuditTrailText::actionName(action));
        if (entry.contains(QStringLiteral("amount_cents")))
            line += QStringLiteral(" ") +
                    AuditText::money(entry.value(QStringLiteral("amount_cents")).toInteger());
        line += QStringLiteral(" — ") + str(entry, "reason");
        lines << line.toHtmlEscaped();
    }
    m_history->setText(lines.isEmpty() ? tr("No earlier applications, complaints or penalties.")
                                       : lines.join(QStringLiteral("<br>")));
}

void ReviewPanel::renderPerformance()
{
    m_performanceBox->setVisible(!m_technician.isEmpty());
    if (m_technician.isEmpty())
        return;
    const Audit::PerformanceSummary perf = Audit::performanceOf(m_technician);
    const Audit::StarRulePreview preview = Audit::previewStarRule(perf);
    QString rule;
    if (preview.direction() > 0)
        rule = tr("<b style='color:#2e7d32'>up to %1 ★</b>").arg(preview.proposed);
    else if (preview.direction() < 0)
        rule = tr("<b style='color:#c62828'>down to %1 ★</b>").arg(preview.proposed);
    else
        rule = tr("stays at %1 ★").arg(preview.current);
    if (!preview.reasons.isEmpty())
        rule += QStringLiteral(" — ") + preview.reasons.join(QStringLiteral("; ")).toHtmlEscaped();
    QStringList history;
    for (const Audit::StarLevelChange &change : perf.starHistory)
        history << tr("%1: %2 ★ (%3)")
                       .arg(timeText(change.at))
                       .arg(change.level)
                       .arg(change.reason.toHtmlEscaped());
    QString text =
        tr("Rating <b>%1</b> · on time <b>%2 %</b> · complaints <b>%3</b> · completed orders "
           "<b>%4</b> · star level <b>%5 ★</b>")
            .arg(perf.rating > 0 ? QLocale().toString(perf.rating, 'f', 2) : tr("not rated"))
            .arg(QLocale().toString(perf.onTimeRate * 100, 'f', 1))
            .arg(perf.complaints)
            .arg(perf.completedOrders)
            .arg(perf.starLevel);
    if (perf.rewardsCents > 0 || perf.penaltiesCents > 0)
        text +=
            tr("<br>Rewards %1 · penalties %2")
                .arg(AuditText::money(perf.rewardsCents), AuditText::money(perf.penaltiesCents));
    text +=
        tr("<br>Star-level history: %1<br>Automatic rule at the next run: %2")
            .arg(history.isEmpty() ? tr("no change recorded") : history.join(QStringLiteral("; ")),
                 rule);
    m_performance->setText(text);
}

void ReviewPanel::renderChecks()
{
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (m_checks.isEmpty()) {
        m_checksLayout->addWidget(valueLabel(tr("No application to check."), m_checksBox));
        return;
    }
    const Audit::CheckOutcome worst = Audit::worstOutcome(m_checks);
    auto *summary = valueLabel(
        tr("%1 <b>%2</b>").arg(outcomeMark(worst), Audit::PreCheckText::outcomeName(worst)),
        m_checksBox);
    summary->setTextFormat(Qt::RichText);
    m_checksLayout->addWidget(summary);
    for (const Audit::PreCheckResult &check : m_checks) {
        auto *line = valueLabel(QStringLiteral("%1&nbsp;%2")
                                    .arg(outcomeMark(check.outcome), check.text.toHtmlEscaped()),
                                m_checksBox);
        line->setTextFormat(Qt::RichText);
        line->setObjectName(QStringLiteral("check_") + check.id);
        m_checksLayout->addWidget(line);
    }
}

void ReviewPanel::renderDecision()
{
    const bool isApplication =
        !m_application.isEmpty() && m_collection == QLatin1String("applications");
    const bool canDecide = isApplication && AuditCommands::mayDecide(m_staff, m_application);
    m_approve->setVisible(isApplication);
    m_reject->setVisible(isApplication);
    m_approve->setEnabled(canDecide && m_sync);
    m_reject->setEnabled(canDecide && m_sync);
    const bool tech = !m_technician.isEmpty();
    const bool reviewItem = tech && m_collection == QLatin1String("technicians");
    m_reviewPass->setVisible(reviewItem);
    m_reviewFail->setVisible(reviewItem);
    m_reviewPass->setEnabled(reviewItem && m_sync &&
                             AuditCommands::mayAnnualReview(m_staff, m_technician));
    m_reviewFail->setEnabled(m_reviewPass->isEnabled());
    for (QPushButton *b : {m_suspend, m_reinstate, m_star, m_incentive})
        b->setVisible(tech);
    m_suspend->setEnabled(m_sync && tech && AuditCommands::maySuspend(m_staff, m_technician));
    m_reinstate->setEnabled(m_sync && tech && AuditCommands::mayReinstate(m_staff, m_technician));
    m_star->setEnabled(m_sync && tech && AuditCommands::mayChangeStarLevel(m_staff, m_technician));
    m_incentive->setEnabled(m_sync && tech &&
                            AuditCommands::mayGiveIncentive(m_staff, m_technician));

    QString state;
    if (isApplication && !Audit::isAwaitingDecision(m_application)) {
        const QJsonObject decision = m_application.value(QStringLiteral("decision")).toObject();
        state = tr("Decided: %1 by %2.")
                    .arg(AuditText::statusName(str(m_application, "status")),
                         staffName(str(decision, "by")));
    } else if (isApplication && !canDecide)
        state = tr("Your role or city scope does not allow deciding this application.");
    else if (isApplication)
        state = tr("Check the documents and the pre-checks, then decide.");
    m_decisionState->setText(state);
    m_decisionState->setVisible(!state.isEmpty());
}

void ReviewPanel::renderTrail()
{
    m_trail->clear();
    QList<QJsonObject> applications = m_related;
    if (!m_application.isEmpty()) {
        bool found = false;
        for (const QJsonObject &a : applications)
            found |= str(a, "id") == str(m_application, "id");
        if (!found)
            applications.prepend(m_application);
    }
    for (const Audit::AuditTrailEntry &entry : Audit::auditTrail(m_technician, applications)) {
        QString what = entry.text.isEmpty() ? Audit::AuditTrailText::summary(entry) : entry.text;
        if (entry.pending)
            what = tr("%1 (waiting to sync)").arg(what);
        auto *item = new QTreeWidgetItem(
            m_trail, {tr("%1\n%2 · %3").arg(what, timeText(entry.at), staffName(entry.by))});
        item->setToolTip(0, what);
        if (entry.pending) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        }
    }
}

bool ReviewPanel::approve(const QString &note)
{
    if (!m_sync || !AuditCommands::mayDecide(m_staff, m_application))
        return false;
    submit(AuditCommands::approve(m_staff, m_application, note));
    return true;
}

bool ReviewPanel::rejectWithDialog(const std::function<void(RejectDialog *)> &prepare)
{
    if (!m_sync || !AuditCommands::mayDecide(m_staff, m_application))
        return false;
    QStringList suggested;
    for (const Audit::PreCheckResult &check : m_checks)
        if (check.outcome == Audit::CheckOutcome::Failed && !check.suggestedReason.isEmpty())
            suggested << check.suggestedReason;
    RejectDialog dialog(str(m_application, "name"), suggested, this);
    if (prepare)
        prepare(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    submit(AuditCommands::reject(m_staff, m_application, dialog.reasons(), dialog.note()));
    return true;
}

void ReviewPanel::technicianAction(int actionValue)
{
    using Action = TechnicianActionDialog::Action;
    const auto action = Action(actionValue);
    TechnicianActionDialog dialog(action, m_technician, this);
    if (dialog.exec() != QDialog::Accepted || !m_sync)
        return;
    switch (action) {
    case Action::Suspend:
        submit(AuditCommands::suspend(m_staff, m_technician, dialog.reason()));
        break;
    case Action::Reinstate:
        submit(AuditCommands::reinstate(m_staff, m_technician, dialog.reason()));
        break;
    case Action::AnnualReviewPass:
    case Action::AnnualReviewFail:
        submit(AuditCommands::annualReview(m_staff, m_technician,
                                           action == Action::AnnualReviewPass, dialog.reason()));
        break;
    case Action::StarLevel:
        submit(AuditCommands::changeStarLevel(m_staff, m_technician, dialog.starLevel(),
                                              dialog.reason()));
        break;
    case Action::Incentive:
        submit(AuditCommands::incentive(m_staff, m_technician,
                                        dialog.isPenalty() ? AuditCommands::IncentiveKind::Penalty
                                                           : AuditCommands::IncentiveKind::Reward,
                                        dialog.amount(), dialog.reason()));
        break;
    }
}

void ReviewPanel::submit(const LocalChange &change)
{
    if (!m_sync || change.path.isEmpty())
        return;
    const QString collection = change.collection;
    const QString id = change.recordId;
    QPointer<ReviewPanel> self(this);
    m_sync->submit(change, [self, this, collection, id](const QString &, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            QMessageBox::warning(
                this, tr("Audit"),
                tr("The change could not be saved on this computer.\n\n%1").arg(error));
            return;
        }
        reload();
        Q_EMIT changeSubmitted(collection, id);
    });
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace OpsDesk
