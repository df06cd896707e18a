#include "server/demo/DemoGenerator.h"

#include "models/Money.h"
#include "models/finance/Settlement.h"
#include "models/geo/Basemap.h"
#include "models/geo/Cities.h"
#include "resources/CityBasemaps.h"
#include "server/demo/DemoDocuments.h"
#include "server/demo/DemoText.h"
#include "server/store/OrderFacts.h"
#include "server/store/Store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace OpsDesk::Server {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Utc8 = 8 * Hour;
constexpr qint64 RefundThresholdCents = 50000;

// ------------------------------------------------------------------ time

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    int year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), m, d};
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

void put2(char *p, unsigned v)
{
    p[0] = char('0' + v / 10 % 10);
    p[1] = char('0' + v % 10);
}

void put4(char *p, int v)
{
    p[0] = char('0' + v / 1000 % 10);
    p[1] = char('0' + v / 100 % 10);
    p[2] = char('0' + v / 10 % 10);
    p[3] = char('0' + v % 10);
}

// An RFC 3339 UTC time in a buffer of its own: no allocation.
struct IsoUtc
{
    char text[20];
    operator QByteArrayView() const { return QByteArrayView(text, 20); }
};

// "2026-11-22T04:05:51Z"
IsoUtc isoUtc(qint64 secs)
{
    const qint64 days = floorDiv(secs, Day);
    const qint64 rest = secs - days * Day;
    const Civil c = civilFromDays(days);
    IsoUtc iso;
    char *buf = iso.text;
    put4(buf, c.year);
    buf[4] = '-';
    put2(buf + 5, c.month);
    buf[7] = '-';
    put2(buf + 8, c.day);
    buf[10] = 'T';
    put2(buf + 11, unsigned(rest / Hour));
    buf[13] = ':';
    put2(buf + 14, unsigned(rest % Hour / Minute));
    buf[16] = ':';
    put2(buf + 17, unsigned(rest % Minute));
    buf[19] = 'Z';
    return iso;
}

QByteArray isoDate(qint64 days)
{
    const Civil c = civilFromDays(days);
    char buf[10];
    put4(buf, c.year);
    buf[4] = '-';
    put2(buf + 5, c.month);
    buf[7] = '-';
    put2(buf + 8, c.day);
    return QByteArray(buf, 10);
}

QString isoUtcString(qint64 secs)
{
    return QString::fromLatin1(QByteArrayView(isoUtc(secs)));
}

QString isoDateString(qint64 days)
{
    return QString::fromLatin1(isoDate(days));
}

QDate qdate(qint64 days)
{
    const Civil c = civilFromDays(days);
    return QDate(c.year, int(c.month), int(c.day));
}

qint64 localDay(qint64 secs)
{
    return floorDiv(secs + Utc8, Day);
}

// Start of a local (UTC+8) day in UTC seconds.
qint64 localDayStart(qint64 day)
{
    return day * Day - Utc8;
}

int isoWeekday(qint64 days) // 1 = Monday
{
    // 1970-01-01 was a Thursday.
    return int(((days % 7) + 7 + 3) % 7) + 1;
}

// ------------------------------------------------------------------ random

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    std::mt19937_64 &engine() { return m_engine; }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 0 ? 0 : std::min(n - 1, int(unit() * n)); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : std::min(n - 1, qint64(unit() * double(n))); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    qint64 range64(qint64 lo, qint64 hi) { return lo + below64(hi - lo + 1); }
    bool chance(double p) { return unit() < p; }
    double expo(double mean) { return -mean * std::log(1.0 - unit()); }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[size_t(below(int(N)))];
    }
    // Index into a cumulative weight table.
    int weighted(const std::vector<double> &cumulative)
    {
        const double target = unit() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
        return int(std::min<qsizetype>(it - cumulative.begin(), qsizetype(cumulative.size()) - 1));
    }

private:
    std::mt19937_64 m_engine;
};

std::vector<double> cumulative(const std::vector<double> &weights)
{
    std::vector<double> sums(weights.size());
    double total = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        total += weights[i];
        sums[i] = total;
    }
    return sums;
}

// ------------------------------------------------------------------ JSON

// A compact JSON writer for the bulk collections (orders, settlements, ...):
// several times faster than QJsonObject → toJson for a million documents.
// One buffer is reused for every document.
class Json
{
public:
    Json() { m_out.reserve(4096); }
    const QByteArray &bytes() const { return m_out; }
    // The top-level "version" written, or 0.
    qint64 version() const { return m_version; }
    void clear()
    {
        m_out.resize(0); // keeps the capacity
        m_depth = 0;
        m_afterKey = false;
        m_version = 0;
    }

    Json &begin()
    {
        separate();
        m_out += '{';
        m_first[++m_depth] = true;
        return *this;
    }
    Json &end()
    {
        m_out += '}';
        --m_depth;
        return *this;
    }
    Json &beginArray()
    {
        separate();
        m_out += '[';
        m_first[++m_depth] = true;
        return *this;
    }
    Json &endArray()
    {
        m_out += ']';
        --m_depth;
        return *this;
    }
    Json &key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    Json &str(QByteArrayView utf8)
    {
        separate();
        m_out += '"';
        // Runs that need no escaping are appended in one go.
        const char *run = utf8.data();
        const char *const end = run + utf8.size();
        for (const char *p = run; p != end; ++p) {
            const char c = *p;
            if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
                continue;
            m_out.append(run, p - run);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else {
                m_out += ' ';
            }
            run = p + 1;
        }
        m_out.append(run, end - run);
        m_out += '"';
        return *this;
    }
    Json &str(const QString &s) { return str(QByteArrayView(s.toUtf8())); }
    Json &num(qint64 v)
    {
        separate();
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
        m_out.append(buffer, result.ptr - buffer);
        return *this;
    }
    // Fixed notation, correctly rounded (as QByteArray::number(v, 'f', decimals)).
    Json &real(double v, int decimals)
    {
        separate();
        char buffer[64];
        const auto result =
            std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, decimals);
        if (result.ec == std::errc())
            m_out.append(buffer, result.ptr - buffer);
        else
            m_out += QByteArray::number(v, 'f', decimals);
        return *this;
    }
    Json &boolean(bool v)
    {
        separate();
        m_out += v ? "true" : "false";
        return *this;
    }
    Json &null()
    {
        separate();
        m_out += "null";
        return *this;
    }

    Json &f(const char *k, QByteArrayView v) { return key(k).str(v); }
    Json &f(const char *k, const char *v) { return key(k).str(QByteArrayView(v)); }
    Json &f(const char *k, const QString &v) { return key(k).str(v); }
    Json &f(const char *k, const QByteArray &v) { return key(k).str(QByteArrayView(v)); }
    Json &n(const char *k, qint64 v)
    {
        if (m_depth == 1 && std::strcmp(k, "version") == 0)
            m_version = v;
        return key(k).num(v);
    }
    Json &b(const char *k, bool v) { return key(k).boolean(v); }
    Json &d(const char *k, double v, int decimals) { return key(k).real(v, decimals); }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth > 0) {
            if (!m_first[m_depth])
                m_out += ',';
            m_first[m_depth] = false;
        }
    }
    QByteArray m_out;
    std::array<bool, 16> m_first{};
    int m_depth = 0;
    bool m_afterKey = false;
    qint64 m_version = 0;
};

// The top-level "version" of a document this file wrote: Json puts it right
// after the id, QJsonDocument (sorted keys) near the end. 0 if not found.
qint64 versionOf(const QByteArray &json)
{
    qsizetype at = json.indexOf("\"version\":");
    if (at < 0 || json.indexOf("\"version\":", at + 1) >= 0)
        return 0; // absent or ambiguous: let the store parse it
    at += 10;
    qint64 value = 0;
    while (at < json.size() && json.at(at) >= '0' && json.at(at) <= '9')
        value = value * 10 + (json.at(at++) - '0');
    return value;
}

QByteArray idWithNumber(const char *prefix, qint64 number, int digits)
{
    QByteArray id(prefix);
    const QByteArray n = QByteArray::number(number);
    id += QByteArray(std::max<qsizetype>(0, digits - n.size()), '0');
    id += n;
    return id;
}

// ------------------------------------------------------------------ catalog

enum Group
{
    AirCon,
    Appliance,
    Cleaning,
    Household,
    GroupCount
};

struct ItemSpec
{
    const char *zh;
    const char *en;
    const char *category;
    qint64 priceCents;
    const char *unit;
    int durationMinutes;
    Group group;
    bool airCon;   // ×3 in June to August
    bool cleaning; // busier at weekends
    double weight; // share of orders outside summer
    int rateBp;    // commission now (all star levels)
};

constexpr ItemSpec Items[] = {
    {"空调维修", "Air-conditioner repair", "appliance_repair", 12000, "visit", 90, AirCon, true,
     false, 7, 1500},
    {"空调清洗", "Air-conditioner cleaning", "cleaning", 8900, "unit", 60, AirCon, true, true, 8,
     2000},
    {"空调安装", "Air-conditioner installation", "installation", 20000, "unit", 120, AirCon, true,
     false, 4, 1200},
    {"空调移机", "Air-conditioner relocation", "installation", 35000, "unit", 180, AirCon, true,
     false, 2, 1200},
    {"空调加氟", "Air-conditioner refrigerant recharge", "appliance_repair", 15000, "unit", 60,
     AirCon, true, false, 3, 1500},
    {"中央空调清洗", "Central air-conditioning cleaning", "cleaning", 68000, "visit", 240, AirCon,
     true, true, 0.6, 1800},
    {"冰箱维修", "Refrigerator repair", "appliance_repair", 10000, "visit", 90, Appliance, false,
     false, 4, 1500},
    {"洗衣机维修", "Washing machine repair", "appliance_repair", 9000, "visit", 90, Appliance,
     false, false, 4, 1500},
    {"洗衣机清洗", "Washing machine cleaning", "cleaning", 9900, "unit", 90, Cleaning, false, true,
     3, 2000},
    {"热水器维修", "Water heater repair", "appliance_repair", 9000, "visit", 90, Appliance, false,
     false, 4, 1500},
    {"燃气灶维修", "Gas stove repair", "appliance_repair", 8000, "visit", 60, Appliance, false,
     false, 2, 1500},
    {"油烟机清洗", "Range hood cleaning", "cleaning", 16800, "unit", 120, Cleaning, false, true, 5,
     2000},
    {"日常保洁", "Regular home cleaning (3 hours)", "cleaning", 15000, "visit", 180, Cleaning,
     false, true, 12, 2200},
    {"深度保洁", "Deep cleaning", "cleaning", 45000, "visit", 300, Cleaning, false, true, 5, 2200},
    {"开荒保洁", "Post-renovation cleaning", "cleaning", 88000, "visit", 480, Cleaning, false, true,
     1.2, 2000},
    {"家电清洗套餐", "Appliance cleaning bundle", "cleaning", 39900, "bundle", 240, Cleaning, false,
     true, 2, 2000},
    {"管道疏通", "Drain unblocking", "household_repair", 15000, "visit", 60, Household, false,
     false, 6, 1800},
    {"开锁换锁", "Lock opening and replacement", "household_repair", 18000, "visit", 45, Household,
     false, false, 3, 1800},
    {"水电维修", "Plumbing and electrical repair", "household_repair", 10000, "visit", 90,
     Household, false, false, 6, 1600},
    {"灯具安装", "Light fixture installation", "installation", 6000, "unit", 45, Household, false,
     false, 3, 1000},
    {"电视安装", "TV wall mounting", "installation", 12000, "unit", 60, Household, false, false, 2,
     1000},
    {"马桶维修", "Toilet repair", "household_repair", 9000, "visit", 60, Household, false, false, 3,
     1600},
};

// The job-photo scene of a service item (DemoDocuments::servicePhoto's
// index / 2): an air conditioner, a washing machine, a kitchen hood, a pipe.
int photoScene(const ItemSpec &spec)
{
    const QByteArrayView en(spec.en);
    return spec.airCon ? 0 : en.contains("Washing") ? 1 : en.contains("hood") ? 2 : 3;
}

constexpr int ItemCount = int(sizeof(Items) / sizeof(Items[0]));

QByteArray itemId(int index)
{
    return idWithNumber("S", index + 1, 4);
}

// Level-specific commission rates: items where good technicians pay less.
struct LevelRate
{
    int item;
    int star;
    int rateBp;
};
constexpr LevelRate LevelRates[] = {{0, 5, 1200},  {0, 4, 1350},  {2, 5, 1000},
                                    {12, 5, 1900}, {13, 5, 1900}, {16, 5, 1500}};

struct CityWeight
{
    const char *id;
    double weight;
    const char *areaCode; // fallback for resident ID numbers
};
constexpr CityWeight CityWeights[] = {
    {"beijing", 1.0, "110105"},  {"shanghai", 1.0, "310115"}, {"guangzhou", 0.7, "440106"},
    {"shenzhen", 0.7, "440304"}, {"hangzhou", 0.5, "330106"}, {"chengdu", 0.55, "510107"},
    {"wuhan", 0.45, "420106"},
};

// ------------------------------------------------------------------ state

struct CityData
{
    QByteArray id;
    QByteArray zh;
    QByteArray fallbackArea;
    Basemap map;
    std::vector<QByteArray> districtNames;
    std::vector<double> districtCumulative;
    std::vector<int> technicians;
    std::array<std::vector<int>, ItemCount> techniciansByItem;
    std::vector<int> customers;
    std::vector<int> businessCustomers;
};

struct Technician
{
    int city = 0;
    QByteArray id;
    QByteArray name;
    QByteArray phone;
    bool male = true;
    std::vector<int> skills;
    int star = 3;
    double quality = 0.5;
    int homeDistrict = 0;
    std::vector<int> districts;
    GeoPoint home;
    bool suspended = false;
    qint64 joinedDay = 0;
    qint64 annualDueDay = 0;
    int workStart = 8, workEnd = 20;
    bool worksWeekends = true;
    // filled while generating orders
    int completed = 0;
    int onTime = 0;
    int complaints = 0;
    qint64 ratingSum = 0;
    int ratingCount = 0;
    std::vector<qint64> monthlyEarnings;
    int activeStatus = 0; // 0 none, 1 en route, 2 on site
    GeoPoint activePoint;
    qint64 lastWorkAt = 0;
    GeoPoint lastWorkPoint;
};

struct Customer
{
    int city = 0;
    QByteArray id;
    QByteArray name;
    QByteArray phone;
    bool business = false;
    QByteArray company;
    int district = 0;
    GeoPoint point;
    QByteArray address;
    qint64 firstOrderAt = -1;
    int orders = 0;
    qint64 lastSeenAt = 0;
};

struct CouponSpec
{
    QByteArray id;
    QByteArray name;
    QByteArray kind;
    qint64 amountOff = 0;
    qint64 threshold = 0;
    int percentOff = 0;
    qint64 cap = 0;
    std::vector<int> items; // empty = all
    qint64 validFrom = 0;
    qint64 validTo = 0; // 0 = open
    int validDaysAfterIssue = 0;
    int quota = 0; // 0 = unlimited
    int perCustomer = 1;
    bool newCustomersOnly = false;
    bool stackable = false;
    bool active = true;
    QByteArray campaign;
    QByteArray costBearer = "platform";
    qint64 createdAt = 0;
    int issued = 0;
    int redeemed = 0;

    bool appliesTo(int item) const
    {
        return items.empty() || std::find(items.begin(), items.end(), item) != items.end();
    }
    qint64 discountFor(qint64 price) const
    {
        if (kind == "threshold")
            return price >= threshold ? std::min(amountOff, price) : 0;
        if (kind == "percentage") {
            const qint64 off =
                Money::fromCents(price).percentOfBasisPoints(percentOff * 100).cents();
            return cap > 0 ? std::min(off, cap) : off;
        }
        return std::min(amountOff, price);
    }
};

// What happened to an order, as a list of status events.
struct Event
{
    const char *status;
    qint64 at;
    QByteArray by;
    QByteArray reason;
};

// Rows handed from the generating thread to the thread that owns the
// database connection, in batches, in order.
struct Row
{
    bool file = false; // a document image for the files table
    qint64 version = 0;
    const char *collection = nullptr;
    QByteArray id; // the record id, or the file's SHA-256
    QByteArray city;
    QByteArray json;                   // the compact document, or the file's bytes
    std::unique_ptr<OrderFacts> facts; // orders only
};

class Pipe
{
public:
    void push(std::vector<Row> &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < 16 || m_cancelled; });
        if (m_cancelled)
            throw std::runtime_error("cancelled");
        m_queue.push_back(std::move(batch));
        m_ready.notify_one();
    }
    // False when the producer has finished and everything was taken.
    bool pop(std::vector<Row> *batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return false;
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }
    // Written batches go back to the producing thread to be freed there:
    // freeing another thread's memory is slow in glibc.
    void recycle(std::vector<Row> &&batch)
    {
        std::lock_guard lock(m_mutex);
        m_used.push_back(std::move(batch));
    }
    std::deque<std::vector<Row>> takeUsed()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_used, {});
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<std::vector<Row>> m_queue;
    std::deque<std::vector<Row>> m_used;
    bool m_finished = false;
    bool m_cancelled = false;
};

class Generator
{
public:
    Generator(Store &store, const DemoGenerator::Options &options)
        : m_store(store)
        , m_options(options)
        , m_rng(quint64(options.seed) * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL)
        , m_now(options.now.toSecsSinceEpoch())
    {}

    DemoGenerator::Summary run();

private:
    void loadCities();
    void serviceItems();
    void commissionRates();
    void coupons();
    void technicians();
    void orders();
    void finishCoupons();
    void insertTechnicians();
    void insertCustomers();
    void withdrawals();
    void applications();

    int newCustomer(int city, qint64 at);
    int pickTechnician(int city, int district, int item, int avoid);
    int commissionBp(int item, int star, qint64 at) const;
    QByteArray personName();
    QByteArray phone(int kind, qint64 index);
    QByteArray address(int city, int district, bool business);
    void insert(const char *collection, const QByteArray &id, const QByteArray &city,
                QByteArrayView json, qint64 version);
    // The document m_json holds.
    void insert(const char *collection, const QByteArray &id, const QByteArray &city)
    {
        insert(collection, id, city, m_json.bytes(), m_json.version());
    }
    void insertDoc(const char *collection, const QJsonObject &doc);
    QString storeFile(const QByteArray &bytes);

    Store &m_store;
    DemoGenerator::Options m_options;
    Random m_rng;
    qint64 m_now;
    qint64 m_today = 0;    // local day of now
    qint64 m_firstDay = 0; // first local day of the two years
    qint64 m_rateChangeDay = 0;
    int m_monthBase = 0; // year*12+month of m_firstDay
    int m_months = 0;
    std::vector<CityData> m_cities;
    std::vector<double> m_cityCumulative;
    std::vector<Technician> m_techs;
    std::vector<Customer> m_customers;
    std::vector<CouponSpec> m_coupons;
    QHash<quint64, int> m_couponUse; // customer << 16 | coupon → uses
    std::map<std::string_view, qint64> m_counts;
    qint64 m_files = 0;
    std::vector<QString> m_photos;   // DemoDocuments::servicePhoto(i) by index
    std::vector<QString> m_evidence; // DemoDocuments::evidencePhoto(scene) by scene
    qint64 m_redemptionSeq = 0, m_refundSeq = 0, m_reviewSeq = 0, m_complaintSeq = 0,
           m_settlementSeq = 0;
    Json m_json;
    Pipe m_pipe;
    std::vector<Row> m_batch;
    void flush();
    void produce();
};

QByteArray Generator::personName()
{
    QByteArray name = m_rng.pick(DemoText::surnames);
    name += m_rng.pick(DemoText::givenNames);
    return name;
}

QByteArray Generator::phone(int kind, qint64 index)
{
    // A bijection of the index keeps numbers unique within a kind.
    const qint64 digits = (index * 48271 + kind * 12345677 + 3141) % 100000000;
    QByteArray p = DemoText::phonePrefixes[(index + kind * 7) % 21];
    const QByteArray n = QByteArray::number(digits);
    p += QByteArray(8 - n.size(), '0');
    p += n;
    return p;
}

QByteArray Generator::address(int city, int district, bool business)
{
    const CityData &c = m_cities[size_t(city)];
    QByteArray a = c.zh;
    a += "市";
    a += c.districtNames[size_t(district)];
    a += m_rng.pick(DemoText::roads);
    a += QByteArray::number(m_rng.range(1, 1999));
    a += "号";
    if (business) {
        a += m_rng.pick(DemoText::companyPrefixes);
        a += "大厦";
        a += QByteArray::number(m_rng.range(2, 32));
        a += "层";
    } else {
        a += m_rng.pick(DemoText::compounds);
        a += QByteArray::number(m_rng.range(1, 36));
        a += "栋";
        a += QByteArray::number(m_rng.range(1, 28) * 100 + m_rng.range(1, 6));
        a += "室";
    }
    return a;
}

void Generator::insert(const char *collection, const QByteArray &id, const QByteArray &city,
                       QByteArrayView json, qint64 version)
{
    ++m_counts[collection];
    // A copy of just the right size: `json` is usually m_json's reused buffer.
    m_batch.push_back({false, version, collection, id, city, json.toByteArray(), {}});
    if (m_batch.size() >= 2048)
        flush();
}

void Generator::flush()
{
    if (!m_batch.empty())
        m_pipe.push(std::move(m_batch));
    m_batch = std::vector<Row>();
    m_batch.reserve(2048);
    m_pipe.takeUsed(); // freed here, where it was allocated
}

void Generator::insertDoc(const char *collection, const QJsonObject &doc)
{
    const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    insert(collection, doc.value(QStringLiteral("id")).toString().toUtf8(),
           doc.value(QStringLiteral("city")).toString().toUtf8(), json, versionOf(json));
}

QString Generator::storeFile(const QByteArray &bytes)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    m_batch.push_back({true, 0, nullptr, sha, {}, bytes, {}});
    return QString::fromLatin1(sha);
}

void Generator::loadCities()
{
    for (const QString &id : m_options.cities) {
        if (!isKnownCity(id))
            throw std::runtime_error("unknown demo city: " + id.toStdString());
        QString error;
        CityData city;
        city.id = id.toUtf8();
        city.zh = cityDisplayName(id).toUtf8();
        city.map = loadCityBasemap(id, &error);
        if (city.map.isEmpty())
            throw std::runtime_error("bad basemap of " + id.toStdString() + ": " +
                                     error.toStdString());
        double weight = 1.0;
        for (const CityWeight &w : CityWeights) {
            if (id == QLatin1String(w.id)) {
                weight = w.weight;
                city.fallbackArea = w.areaCode;
            }
        }
        if (city.fallbackArea.isEmpty())
            city.fallbackArea = "310101";
        std::vector<double> districtWeights;
        for (const District &d : city.map.districts()) {
            city.districtNames.push_back(d.name.toUtf8());
            // Small central districts are denser: weight grows slowly with area.
            const double area =
                (d.bounds.maxLat - d.bounds.minLat) * (d.bounds.maxLng - d.bounds.minLng);
            districtWeights.push_back(std::pow(std::max(area, 1e-6), 0.25));
        }
        city.districtCumulative = cumulative(districtWeights);
        m_cities.push_back(std::move(city));
        m_cityCumulative.push_back((m_cityCumulative.empty() ? 0.0 : m_cityCumulative.back()) +
                                   weight);
    }
    if (m_cities.empty())
        throw std::runtime_error("no demo city");
}

void Generator::serviceItems()
{
    const QString updated = isoUtcString(localDayStart(m_firstDay) - 30 * Day);
    for (int i = 0; i < ItemCount; ++i) {
        const ItemSpec &s = Items[i];
        insertDoc("service_items",
                  QJsonObject{{QStringLiteral("id"), QString::fromLatin1(itemId(i))},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("updated_at"), updated},
                              {QStringLiteral("name_zh"), QString::fromUtf8(s.zh)},
                              {QStringLiteral("name_en"), QString::fromUtf8(s.en)},
                              {QStringLiteral("category"), QString::fromLatin1(s.category)},
                              {QStringLiteral("price_cents"), s.priceCents},
                              {QStringLiteral("unit"), QString::fromLatin1(s.unit)},
                              {QStringLiteral("duration_minutes"), s.durationMinutes},
                              {QStringLiteral("active"), true}});
    }
}

int Generator::commissionBp(int item, int star, qint64 at) const
{
    if (localDay(at) >= m_rateChangeDay) {
        for (const LevelRate &r : LevelRates)
            if (r.item == item && r.star == star)
                return r.rateBp;
        return Items[item].rateBp;
    }
    return Items[item].rateBp + 200; // the rate before the change
}

void Generator::commissionRates()
{
    const QString changedAt = isoUtcString(localDayStart(m_rateChangeDay) - 6 * Day + 10 * Hour);
    const QString initialAt = isoUtcString(localDayStart(m_firstDay) - 30 * Day);
    for (int i = 0; i < ItemCount; ++i) {
        const QString item = QString::fromLatin1(itemId(i));
        QJsonArray history{
            QJsonObject{{QStringLiteral("rate_bp"), Items[i].rateBp + 200},
                        {QStringLiteral("effective_from"), isoDateString(m_firstDay - 30)},
                        {QStringLiteral("changed_by"), QStringLiteral("ST0001")},
                        {QStringLiteral("changed_at"), initialAt},
                        {QStringLiteral("reason"), QStringLiteral("平台上线初始费率")}}};
        insertDoc("commission_rates",
                  QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("CR-") + item)},
                              {QStringLiteral("version"), 2},
                              {QStringLiteral("updated_at"), changedAt},
                              {QStringLiteral("service_item_id"), item},
                              {QStringLiteral("star_level"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("rate_bp"), Items[i].rateBp},
                              {QStringLiteral("effective_from"), isoDateString(m_rateChangeDay)},
                              {QStringLiteral("history"), history}});
    }
    for (const LevelRate &r : LevelRates) {
        const QString item = QString::fromLatin1(itemId(r.item));
        insertDoc(
            "commission_rates",
            QJsonObject{{QStringLiteral("id"), QStringLiteral("CR-%1-%2").arg(item).arg(r.star)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("updated_at"), changedAt},
                        {QStringLiteral("service_item_id"), item},
                        {QStringLiteral("star_level"), r.star},
                        {QStringLiteral("rate_bp"), r.rateBp},
                        {QStringLiteral("effective_from"), isoDateString(m_rateChangeDay)},
                        {QStringLiteral("history"), QJsonArray()}});
    }
}

void Generator::coupons()
{
    const qint64 start = localDayStart(m_firstDay);
    const int scale = std::max(1, m_options.orders / 1000);
    const Civil nowCivil = civilFromDays(m_today);
    auto add = [this](CouponSpec c) {
        c.id = idWithNumber("CP", qint64(m_coupons.size()) + 1, 4);
        m_coupons.push_back(std::move(c));
    };
    auto localDate = [](int y, unsigned m, unsigned d) {
        return localDayStart(daysFromCivil(y, m, d));
    };
    {
        CouponSpec c;
        c.name = "新客立减20元";
        c.kind = "no_threshold";
        c.amountOff = 2000;
        c.newCustomersOnly = true;
        c.validFrom = start;
        c.validDaysAfterIssue = 30;
        c.campaign = "新客专享";
        c.createdAt = start - 10 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "满200减30";
        c.kind = "threshold";
        c.threshold = 20000;
        c.amountOff = 3000;
        c.perCustomer = 3;
        c.validFrom = start;
        c.validDaysAfterIssue = 60;
        c.createdAt = start - 10 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "满500减80";
        c.kind = "threshold";
        c.threshold = 50000;
        c.amountOff = 8000;
        c.perCustomer = 2;
        c.validFrom = start + 90 * Day;
        c.quota = 800 * scale;
        c.validDaysAfterIssue = 30;
        c.createdAt = start + 85 * Day;
        add(c);
    }
    for (int year = nowCivil.year - 2; year <= nowCivil.year; ++year) {
        const qint64 from = localDate(year, 6, 1);
        const qint64 to = localDate(year, 9, 1) - 1;
        if (to < start || from > m_now)
            continue;
        CouponSpec c;
        c.name = "夏季空调节立减30元";
        c.kind = "service_item";
        c.amountOff = 3000;
        c.items = {0, 1, 2, 3, 4};
        c.validFrom = from;
        c.validTo = to;
        c.quota = 600 * scale;
        c.perCustomer = 2;
        c.campaign = "夏季空调节" + QByteArray::number(year);
        c.createdAt = from - 7 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "家政保洁9折";
        c.kind = "percentage";
        c.percentOff = 10;
        c.cap = 5000;
        c.items = {8, 11, 12, 13, 14, 15};
        c.perCustomer = 2;
        c.validFrom = start + 30 * Day;
        c.validDaysAfterIssue = 14;
        c.campaign = "家政服务月";
        c.createdAt = start + 25 * Day;
        add(c);
    }
    for (int year = nowCivil.year - 2; year <= nowCivil.year; ++year) {
        const qint64 from = localDate(year, 11, 1);
        const qint64 to = localDate(year, 11, 12) - 1;
        if (to < start || from > m_now)
            continue;
        CouponSpec c;
        c.name = "双十一家电清洗8折";
        c.kind = "percentage";
        c.percentOff = 20;
        c.cap = 10000;
        c.items = {1, 8, 11, 15};
        c.validFrom = from;
        c.validTo = to;
        c.quota = 300 * scale;
        c.campaign = "双十一" + QByteArray::number(year);
        c.createdAt = from - 5 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "师傅推荐券10元";
        c.kind = "no_threshold";
        c.amountOff = 1000;
        c.validFrom = start + 200 * Day;
        c.validDaysAfterIssue = 30;
        c.campaign = "师傅推荐";
        c.costBearer = "technician";
        c.createdAt = start + 195 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "开锁换锁立减10元";
        c.kind = "service_item";
        c.amountOff = 1000;
        c.items = {17};
        c.perCustomer = 1;
        c.validFrom = start;
        c.createdAt = start - 10 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "满100减10（已停用）";
        c.kind = "threshold";
        c.threshold = 10000;
        c.amountOff = 1000;
        c.validFrom = start;
        c.validTo = start + 120 * Day;
        c.active = false;
        c.createdAt = start - 10 * Day;
        add(c);
    }
    {
        CouponSpec c;
        c.name = "春节保洁满300减50";
        c.kind = "threshold";
        c.threshold = 30000;
        c.amountOff = 5000;
        c.items = {12, 13, 14};
        c.validFrom = localDate(nowCivil.year, 1, 15);
        c.validTo = localDate(nowCivil.year, 2, 20) - 1;
        c.quota = 200 * scale;
        c.campaign = "春节保洁" + QByteArray::number(nowCivil.year);
        c.createdAt = c.validFrom - 10 * Day;
        if (c.validFrom < m_now)
            add(c);
    }
    {
        CouponSpec c;
        c.name = "元旦大促立减25元";
        c.kind = "no_threshold";
        c.amountOff = 2500;
        c.validFrom = localDate(nowCivil.year + 1, 1, 1);
        c.validTo = localDate(nowCivil.year + 1, 1, 4) - 1;
        c.quota = 500 * scale;
        c.campaign = "元旦" + QByteArray::number(nowCivil.year + 1);
        c.createdAt = std::min(m_now, c.validFrom - 30 * Day);
        add(c);
    }
}

void Generator::technicians()
{
    const int count = m_options.technicians;
    m_techs.resize(size_t(std::max(0, count)));
    std::vector<std::vector<int>> groupItems(GroupCount);
    for (int i = 0; i < ItemCount; ++i)
        groupItems[size_t(Items[i].group)].push_back(i);
    for (int t = 0; t < count; ++t) {
        Technician &tech = m_techs[size_t(t)];
        tech.city = count >= int(m_cities.size()) && t < int(m_cities.size())
                        ? t // every city gets at least one
                        : m_rng.weighted(m_cityCumulative);
        CityData &city = m_cities[size_t(tech.city)];
        tech.id = idWithNumber("T", t + 1, 5);
        tech.male = m_rng.chance(0.85);
        tech.name = personName();
        tech.phone = phone(2, t);
        const Group group = Group(m_rng.weighted(cumulative({4, 2.5, 3, 3})));
        std::vector<int> pool = groupItems[size_t(group)];
        const int skills = m_rng.range(2, std::min(5, int(pool.size()) + 1));
        while (int(tech.skills.size()) < skills && !pool.empty()) {
            const int k = m_rng.below(int(pool.size()));
            tech.skills.push_back(pool[size_t(k)]);
            pool.erase(pool.begin() + k);
        }
        if (int(tech.skills.size()) < skills) {
            const int other = m_rng.below(ItemCount);
            if (std::find(tech.skills.begin(), tech.skills.end(), other) == tech.skills.end())
                tech.skills.push_back(other);
        }
        std::sort(tech.skills.begin(), tech.skills.end());
        tech.quality = m_rng.unit();
        tech.star = std::clamp(int(1 + tech.quality * 4.6 + (m_rng.unit() - 0.5)), 1, 5);
        tech.homeDistrict = m_rng.weighted(city.districtCumulative);
        tech.districts.push_back(tech.homeDistrict);
        const int extra = m_rng.range(0, 3);
        for (int k = 0; k < extra; ++k) {
            const int d = m_rng.below(int(city.districtNames.size()));
            if (std::find(tech.districts.begin(), tech.districts.end(), d) == tech.districts.end())
                tech.districts.push_back(d);
        }
        tech.home = city.map.randomPointIn(tech.homeDistrict, m_rng.engine());
        tech.suspended = m_rng.chance(0.02);
        tech.joinedDay = m_firstDay - 200 + m_rng.below(int(m_today - m_firstDay) + 100);
        tech.joinedDay = std::min(tech.joinedDay, m_today - 20);
        // A year after joining, renewed every year: due dates from a month
        // overdue to a year ahead, a few within the next 30 days.
        qint64 due = tech.joinedDay + 365;
        while (due < m_today - 30)
            due += 365;
        tech.annualDueDay = due;
        tech.workStart = m_rng.pick({7, 8, 8, 8, 9});
        tech.workEnd = m_rng.pick({18, 19, 20, 20, 21});
        tech.worksWeekends = m_rng.chance(0.7);
        tech.monthlyEarnings.assign(size_t(m_months), 0);
        city.technicians.push_back(t);
        if (!tech.suspended)
            for (int s : tech.skills)
                city.techniciansByItem[size_t(s)].push_back(t);
    }
}

int Generator::newCustomer(int cityIndex, qint64 at)
{
    CityData &city = m_cities[size_t(cityIndex)];
    Customer c;
    const int index = int(m_customers.size());
    c.city = cityIndex;
    c.id = idWithNumber("C", index + 1, 6);
    c.name = personName();
    c.phone = phone(1, index);
    c.business = m_rng.chance(0.12);
    if (c.business) {
        c.company = m_rng.pick(DemoText::companyPrefixes);
        c.company += m_rng.pick(DemoText::companyKinds);
    }
    c.district = m_rng.weighted(city.districtCumulative);
    c.point = city.map.randomPointIn(c.district, m_rng.engine());
    c.address = address(cityIndex, c.district, c.business);
    c.lastSeenAt = at;
    m_customers.push_back(std::move(c));
    city.customers.push_back(index);
    if (m_customers.back().business)
        city.businessCustomers.push_back(index);
    return index;
}

int Generator::pickTechnician(int cityIndex, int district, int item, int avoid)
{
    const CityData &city = m_cities[size_t(cityIndex)];
    const std::vector<int> &pool = city.techniciansByItem[size_t(item)].empty()
                                       ? city.technicians
                                       : city.techniciansByItem[size_t(item)];
    if (pool.empty())
        return -1;
    int choice = -1;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int t = pool[size_t(m_rng.below(int(pool.size())))];
        if (t == avoid)
            continue;
        choice = t;
        const auto &ds = m_techs[size_t(t)].districts;
        if (std::find(ds.begin(), ds.end(), district) != ds.end())
            break;
    }
    return choice;
}

// One order's whole story; the parts before `now` become its state.
void Generator::orders()
{
    const int total = m_options.orders;
    if (total <= 0)
        return;
    // Hourly profile (local time): peaks 9–11 and 14–17.
    const std::vector<double> hourWeights{1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2.5, 5,   8, 9, 8,
                                          5, 4,   7,   8,   8,   7,   5, 4,   3.5, 3, 2, 1.5};
    const std::vector<double> hourCumulative = cumulative(hourWeights);
    const int nowHourLocal = int((m_now + Utc8) % Day / Hour);
    const std::vector<double> todayHours = cumulative(
        std::vector<double>(hourWeights.begin(), hourWeights.begin() + nowHourLocal + 1));

    // Item mix per (summer, weekend).
    std::array<std::vector<double>, 4> itemTables;
    std::array<double, 4> mixWeight{};
    for (int v = 0; v < 4; ++v) {
        const bool summer = v & 1;
        const bool weekend = v & 2;
        std::vector<double> w;
        for (const ItemSpec &s : Items) {
            double x = s.weight;
            if (summer && s.airCon)
                x *= 3;
            if (weekend)
                x *= s.cleaning ? 1.6 : 0.85;
            w.push_back(x);
            mixWeight[size_t(v)] += x;
        }
        itemTables[size_t(v)] = cumulative(w);
    }
    auto variant = [](qint64 day) {
        const Civil c = civilFromDays(day);
        const int wd = isoWeekday(day);
        return (c.month >= 6 && c.month <= 8 ? 1 : 0) | (wd >= 6 ? 2 : 0);
    };

    // Orders per day: growth over the two years × item mix; the largest
    // remainder method makes the counts add up to exactly `total`.
    const int days = int(m_today - m_firstDay + 1);
    std::vector<double> expected(static_cast<size_t>(days));
    double sum = 0;
    const double todayShare = todayHours.back() / hourCumulative.back();
    for (int i = 0; i < days; ++i) {
        const qint64 day = m_firstDay + i;
        double w = (0.55 + 0.45 * double(i) / days) * mixWeight[size_t(variant(day))];
        if (day == m_today)
            w *= todayShare;
        expected[size_t(i)] = w;
        sum += w;
    }
    std::vector<int> counts(static_cast<size_t>(days));
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (int i = 0; i < days; ++i) {
        const double e = expected[size_t(i)] * total / sum;
        counts[size_t(i)] = int(e);
        assigned += counts[size_t(i)];
        remainders.push_back({e - std::floor(e), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; assigned < total; ++k, ++assigned)
        ++counts[size_t(remainders[size_t(k % days)].second)];
    // Small data sets still need a live queue: the last two days get at
    // least a few dozen orders, taken from the busiest earlier days.
    const int live = std::min(150, total / 25);
    for (int idx = days - 1; idx >= std::max(0, days - 2) && days > 2; --idx) {
        while (counts[size_t(idx)] < live) {
            const auto busiest = std::max_element(counts.begin(), counts.end() - 2);
            if (*busiest <= 1)
                break;
            --*busiest;
            ++counts[size_t(idx)];
        }
    }

    static const char *dispatchers[] = {"ST0002", "ST0006"};
    static const char *refundReasons[][2] = {{"service_not_completed", "师傅未完成全部服务内容"},
                                             {"poor_quality", "清洗后仍有异味，效果不满意"},
                                             {"overcharged", "现场加收了未说明的费用"},
                                             {"damage", "维修过程中损坏了墙面"},
                                             {"technician_late", "师傅迟到两个多小时"}};
    static const char *complaintKinds[][2] = {{"late_arrival", "师傅迟到，没有提前告知"},
                                              {"poor_quality", "服务质量差，问题没有解决"},
                                              {"bad_attitude", "师傅态度不好"},
                                              {"overcharge", "乱收费"},
                                              {"damage", "损坏了家里的物品"}};
    static const char *reviewTexts[][3] = {
        {"师傅很专业，准时上门，服务很好", "服务不错，下次还找这位师傅", "非常满意，干净利落"},
        {"整体满意", "还可以，稍微晚到了一点", "服务挺好，价格合理"},
        {"一般般", "效果一般", "沟通不太顺畅"},
        {"不太满意", "做得比较马虎", "迟到了也没说一声"},
        {"很差", "问题没解决", "态度差"}};

    std::vector<qint64> times;
    std::vector<Event> events;
    events.reserve(12);
    QByteArray factsId;
    qint64 orderSeq = 0;
    // The technicians' job photos: a few images shared by many orders, so a
    // million orders do not need a million files.
    m_photos.clear();
    for (int p = 0; p < DemoDocuments::PhotoCount; ++p)
        m_photos.push_back(storeFile(DemoDocuments::servicePhoto(p)));
    m_evidence.clear();
    for (int p = 0; p < DemoDocuments::PhotoCount / 2; ++p)
        m_evidence.push_back(storeFile(DemoDocuments::evidencePhoto(p)));
    for (int i = 0; i < days; ++i) {
        const qint64 day = m_firstDay + i;
        const int n = counts[size_t(i)];
        const std::vector<double> &itemTable = itemTables[size_t(variant(day))];
        times.clear();
        for (int k = 0; k < n; ++k) {
            const int hour = m_rng.weighted(day == m_today ? todayHours : hourCumulative);
            const qint64 hourStart = localDayStart(day) + hour * Hour;
            const qint64 t =
                hourStart + m_rng.below64(std::clamp<qint64>(m_now - hourStart + 1, 1, Hour));
            times.push_back(t);
        }
        std::sort(times.begin(), times.end());
        const QByteArray datePart = isoDate(day).replace("-", "");
        for (int k = 0; k < n; ++k) {
            const qint64 created = times[size_t(k)];
            ++orderSeq;
            const QByteArray id = "O" + datePart + idWithNumber("", k + 1, 5);
            const int cityIndex = m_rng.weighted(m_cityCumulative);
            CityData &city = m_cities[size_t(cityIndex)];
            // Customer: a third new, the rest returning (businesses more often).
            int ci;
            if (city.customers.empty() || m_rng.chance(0.3)) {
                ci = newCustomer(cityIndex, created);
            } else if (!city.businessCustomers.empty() && m_rng.chance(0.25)) {
                ci =
                    city.businessCustomers[size_t(m_rng.below(int(city.businessCustomers.size())))];
            } else {
                ci = city.customers[size_t(m_rng.below(int(city.customers.size())))];
            }
            Customer &customer = m_customers[size_t(ci)];
            const bool firstOrder = customer.orders == 0;
            ++customer.orders;
            if (customer.firstOrderAt < 0)
                customer.firstOrderAt = created;
            const int item = m_rng.weighted(itemTable);
            const ItemSpec &spec = Items[item];
            const qint64 price = spec.priceCents;
            GeoPoint point = customer.point;
            int district = customer.district;
            QByteArray addr = customer.address;
            if (customer.business && m_rng.chance(0.4)) { // another branch
                district = m_rng.weighted(city.districtCumulative);
                point = city.map.randomPointIn(district, m_rng.engine());
                addr = address(cityIndex, district, true);
            }

            // Appointment: a 2-hour window between 8:00 and 20:00 local.
            const qint64 createdLocalDay = localDay(created);
            const int delayDays = m_rng.weighted(cumulative({35, 40, 12, 5, 4, 2, 2}));
            qint64 apptDay = createdLocalDay + delayDays;
            int apptHour = m_rng.range(8, 18);
            if (delayDays == 0) {
                const int earliest = int((created + Utc8) % Day / Hour) + 2;
                if (earliest > 18) {
                    apptDay += 1;
                } else {
                    apptHour = std::max(apptHour, std::max(8, earliest));
                }
            }
            const qint64 apptStart = localDayStart(apptDay) + apptHour * Hour;
            const qint64 apptEnd = apptStart + 2 * Hour;

            // Coupon at checkout: the best one the customer holds.
            int coupon = -1;
            qint64 discount = 0;
            if (m_rng.chance(0.2)) {
                for (int c = 0; c < int(m_coupons.size()); ++c) {
                    const CouponSpec &cs = m_coupons[size_t(c)];
                    if (created < cs.validFrom || (cs.validTo && created > cs.validTo) ||
                        (cs.newCustomersOnly && !firstOrder) || !cs.appliesTo(item) ||
                        (cs.quota && cs.issued >= cs.quota))
                        continue;
                    if (!cs.active && created > cs.validFrom + 100 * Day)
                        continue;
                    if (m_couponUse.value((quint64(ci) << 16) | quint64(c)) >= cs.perCustomer)
                        continue;
                    const qint64 off = cs.discountFor(price);
                    if (off > discount) {
                        discount = off;
                        coupon = c;
                    }
                }
            }

            // The story.
            events.clear();
            const QByteArray &cust = customer.id;
            events.push_back({"pending_payment", created, cust, {}});
            int techIndex = -1;
            bool paid = false;
            bool cancelledPaid = false;
            qint64 arrivedAt = 0;
            qint64 completedAt = 0;
            const bool recent = created > m_now - 6 * Hour;
            const double fate = m_rng.unit();
            if (fate < 0.03) {
                events.push_back(
                    {"cancelled", created + 30 * Minute, "system", "支付超时自动取消"});
                discount = 0;
                coupon = -1;
            } else {
                paid = true;
                const qint64 paidAt = created + m_rng.range(1, 15) * Minute + m_rng.below(60);
                events.push_back({"awaiting_dispatch", paidAt, cust, {}});
                qint64 assignAt = paidAt + Minute + qint64(m_rng.expo(40 * Minute));
                assignAt = std::max(paidAt + Minute, std::min(assignAt, apptStart - Hour));
                // Dispatchers lag behind a little: a backlog of recent orders.
                const bool neverDispatched =
                    recent && m_rng.chance(created > m_now - 2 * Hour ? 0.6 : 0.25);
                techIndex = pickTechnician(cityIndex, district, item, -1);
                if (fate < 0.06) {
                    const qint64 at = paidAt + Minute +
                                      m_rng.below64(std::max<qint64>(Minute, assignAt - paidAt));
                    events.push_back({"cancelled", at, cust, "客户取消：计划有变"});
                    cancelledPaid = true;
                    techIndex = -1;
                } else if (techIndex < 0 || neverDispatched) {
                    techIndex = -1; // waits for a dispatcher
                } else {
                    const QByteArray dispatcher = dispatchers[m_rng.below(2)];
                    events.push_back({"assigned", assignAt, dispatcher, {}});
                    qint64 t = assignAt;
                    if (m_rng.chance(0.03)) {
                        const int other = pickTechnician(cityIndex, district, item, techIndex);
                        if (other >= 0) {
                            t += m_rng.range(5, 60) * Minute;
                            techIndex = other;
                            events.push_back({"assigned", t, dispatcher, "原师傅临时有事，改派"});
                        }
                    }
                    Technician &tech = m_techs[size_t(techIndex)];
                    const QByteArray &tid = tech.id;
                    // Most accept within minutes; some keep the dispatcher waiting.
                    const qint64 lastAssign = t;
                    t += m_rng.chance(0.1) ? m_rng.range(60, 180) * Minute
                                           : Minute + qint64(m_rng.expo(12 * Minute));
                    t = std::min(t, std::max(lastAssign + Minute, apptStart - 30 * Minute));
                    events.push_back({"accepted", t, tid, {}});
                    if (fate < 0.08) {
                        const qint64 at =
                            t + m_rng.below64(std::max<qint64>(Minute, apptStart - 2 * Hour - t));
                        events.push_back({"cancelled", std::max(at, t + Minute), cust,
                                          "客户取消：问题已自行解决"});
                        cancelledPaid = true;
                        techIndex = -1;
                    } else {
                        const qint64 enRoute =
                            std::max(t + Minute, apptStart - m_rng.range(20, 60) * Minute);
                        events.push_back({"en_route", enRoute, tid, {}});
                        const double onTimeP = 0.8 + 0.18 * tech.quality;
                        arrivedAt = m_rng.chance(onTimeP)
                                        ? apptStart - 10 * Minute + m_rng.below(110 * int(Minute))
                                        : apptEnd + m_rng.range(5, 70) * Minute;
                        arrivedAt = std::max(arrivedAt, enRoute + 5 * Minute);
                        events.push_back({"arrived", arrivedAt, tid, {}});
                        const qint64 serviceAt = arrivedAt + m_rng.range(3, 25) * Minute;
                        events.push_back({"in_service", serviceAt, tid, {}});
                        completedAt = serviceAt + qint64(spec.durationMinutes * Minute *
                                                         (0.8 + 0.6 * m_rng.unit()));
                        events.push_back({"completed", completedAt, tid, {}});
                    }
                }
            }
            // Cut the story at now.
            size_t shown = 0;
            while (shown < events.size() && events[shown].at <= m_now)
                ++shown;
            const Event &last = events[shown - 1];
            const QByteArray status = last.status;
            const bool isPaid = paid && shown >= 2;
            const bool isCompleted = status == "completed";
            const bool hasTechnician =
                techIndex >= 0 && shown >= 3 && std::strcmp(events[2].status, "assigned") == 0;
            if (!isPaid) {
                discount = 0;
                coupon = -1;
            }
            const qint64 paidCents = isPaid ? price - discount : 0;
            qint64 updatedAt = last.at;

            // Side records.
            Technician *tech = hasTechnician ? &m_techs[size_t(techIndex)] : nullptr;
            if (tech) {
                if (status == "en_route") {
                    tech->activeStatus = 1;
                    tech->activePoint = city.map.randomPointIn(district, m_rng.engine());
                } else if (status == "arrived" || status == "in_service") {
                    tech->activeStatus = 2;
                    tech->activePoint = point;
                }
                if (last.at > tech->lastWorkAt &&
                    (status == "arrived" || status == "in_service" || isCompleted)) {
                    tech->lastWorkAt = last.at;
                    tech->lastWorkPoint = point;
                }
            }
            qint64 refunded = 0;
            bool hasRefund = false;
            bool hasComplaint = false;
            int rating = 0;
            const QByteArray &cityId = city.id;

            if (coupon >= 0) {
                CouponSpec &cs = m_coupons[size_t(coupon)];
                ++cs.issued;
                ++cs.redeemed;
                ++m_couponUse[(quint64(ci) << 16) | quint64(coupon)];
                const qint64 issuedAt = std::max(cs.validFrom, created - m_rng.range(0, 20) * Day -
                                                                   m_rng.below(int(Day)));
                m_json.clear();
                const QByteArray rid = idWithNumber("RD", ++m_redemptionSeq, 7);
                m_json.begin()
                    .f("id", rid)
                    .n("version", 1)
                    .f("updated_at", isoUtc(events[1].at))
                    .f("coupon_id", cs.id)
                    .f("customer_id", cust)
                    .f("city", cityId)
                    .f("order_id", id)
                    .f("issued_at", isoUtc(std::min(issuedAt, created)))
                    .f("redeemed_at", isoUtc(events[1].at))
                    .n("discount_cents", discount)
                    .end();
                insert("redemptions", rid, cityId);
            }

            // Refunds: automatic and full for paid orders cancelled; on
            // request for some completed ones.
            if (isPaid && status == "cancelled" && cancelledPaid && paidCents > 0) {
                hasRefund = true;
                refunded = paidCents;
                const QByteArray rid = idWithNumber("R", ++m_refundSeq, 6);
                const qint64 at = last.at;
                const qint64 decided = std::min(m_now, at + m_rng.range(1, 30) * Minute);
                const QByteArray st = decided + Day <= m_now ? "paid_out" : "approved";
                m_json.clear();
                m_json.begin()
                    .f("id", rid)
                    .n("version", st == "paid_out" ? 3 : 2)
                    .f("updated_at", isoUtc(st == "paid_out" ? decided + Day : decided))
                    .f("order_id", id)
                    .f("customer_id", cust)
                    .f("city", cityId)
                    .n("amount_requested_cents", paidCents)
                    .f("reason_code", "order_cancelled")
                    .f("reason_text", "订单取消，原路退款")
                    .key("evidence")
                    .beginArray()
                    .endArray()
                    .f("status", st)
                    .key("approvals")
                    .beginArray()
                    .begin()
                    .f("by", "system")
                    .f("at", isoUtc(decided))
                    .n("amount_cents", paidCents)
                    .n("step", 1)
                    .end()
                    .endArray()
                    .n("approved_amount_cents", paidCents)
                    .n("technician_share_cents", 0)
                    .n("platform_share_cents", paidCents)
                    .f("decided_at", isoUtc(decided))
                    .f("created_at", isoUtc(at))
                    .end();
                insert("refunds", rid, cityId);
                updatedAt = std::max(updatedAt, decided);
            }

            if (isCompleted && tech) {
                ++tech->completed;
                if (arrivedAt <= apptEnd)
                    ++tech->onTime;
                const qint64 reviewAt = completedAt + m_rng.range(10, 48 * 60) * Minute;
                if (reviewAt <= m_now && m_rng.chance(0.45)) {
                    const double r = m_rng.unit();
                    const double q = tech->quality;
                    rating = r < 0.5 + 0.35 * q   ? 5
                             : r < 0.8 + 0.12 * q ? 4
                             : r < 0.93           ? 3
                             : r < 0.97           ? 2
                                                  : 1;
                    if (arrivedAt > apptEnd && rating > 3 && m_rng.chance(0.5))
                        --rating;
                    tech->ratingSum += rating;
                    ++tech->ratingCount;
                    const QByteArray rvid = idWithNumber("RV", ++m_reviewSeq, 7);
                    m_json.clear();
                    m_json.begin()
                        .f("id", rvid)
                        .n("version", 1)
                        .f("updated_at", isoUtc(reviewAt))
                        .f("order_id", id)
                        .f("technician_id", tech->id)
                        .f("customer_id", cust)
                        .f("city", cityId)
                        .n("rating", rating)
                        .f("text", reviewTexts[5 - rating][m_rng.below(3)])
                        .f("created_at", isoUtc(reviewAt))
                        .end();
                    insert("reviews", rvid, cityId);
                    updatedAt = std::max(updatedAt, reviewAt);
                }
                const double complaintP = rating == 1           ? 0.6
                                          : rating == 2         ? 0.3
                                          : arrivedAt > apptEnd ? 0.08
                                                                : 0.012;
                const qint64 complaintAt = completedAt + m_rng.range(30, 72 * 60) * Minute;
                if (complaintAt <= m_now && m_rng.chance(complaintP)) {
                    hasComplaint = true;
                    ++tech->complaints;
                    const int kind = arrivedAt > apptEnd ? 0 : m_rng.range(1, 4);
                    const QByteArray cmid = idWithNumber("CM", ++m_complaintSeq, 7);
                    const bool open = complaintAt > m_now - 7 * Day && m_rng.chance(0.7);
                    m_json.clear();
                    m_json.begin()
                        .f("id", cmid)
                        .n("version", open ? 1 : 2)
                        .f("updated_at",
                           isoUtc(open ? complaintAt : std::min(m_now, complaintAt + 2 * Day)))
                        .f("order_id", id)
                        .f("technician_id", tech->id)
                        .f("customer_id", cust)
                        .f("city", cityId)
                        .f("category", complaintKinds[kind][0])
                        .f("text", complaintKinds[kind][1])
                        .f("status", open ? "open" : "resolved")
                        .f("created_at", isoUtc(complaintAt))
                        .end();
                    insert("complaints", cmid, cityId);
                    updatedAt = std::max(updatedAt, complaintAt);
                }
                // Refund requests after the service.
                const qint64 requestAt = completedAt + m_rng.range(60, 72 * 60) * Minute;
                // Big tickets of the last days are disputed more often, so
                // that two-step approvals (above the threshold) wait too.
                const bool bigRecent =
                    paidCents > RefundThresholdCents && requestAt > m_now - 10 * Day;
                if (paidCents > 0 && requestAt <= m_now &&
                    m_rng.chance(hasComplaint ? 0.4
                                 : bigRecent  ? 0.5
                                              : 0.02)) {
                    hasRefund = true;
                    const auto &reason = refundReasons[m_rng.below(5)];
                    const qint64 requested =
                        m_rng.chance(bigRecent ? 0.8 : 0.4)
                            ? paidCents
                            : std::max<qint64>(1, paidCents * m_rng.range(20, 80) / 100);
                    const bool recentRequest = requestAt > m_now - 10 * Day;
                    const double d = m_rng.unit();
                    QByteArray st;
                    if (recentRequest && d < 0.5)
                        st = requested > RefundThresholdCents && d < 0.25 ? "first_approved"
                                                                          : "submitted";
                    else
                        st = d < 0.75 ? "approved" : "rejected";
                    const qint64 decided =
                        std::min(m_now, requestAt + m_rng.range(30, 48 * 60) * Minute);
                    qint64 approved = requested;
                    if (st == "approved" && m_rng.chance(0.3))
                        approved = std::max<qint64>(1, requested * m_rng.range(50, 90) / 100);
                    if (st == "approved" && decided + 2 * Day <= m_now)
                        st = "paid_out";
                    const QByteArray rid = idWithNumber("R", ++m_refundSeq, 6);
                    m_json.clear();
                    m_json.begin()
                        .f("id", rid)
                        .n("version", st == "submitted"        ? 1
                                      : st == "first_approved" ? 2
                                      : st == "paid_out"       ? 4
                                                               : 3)
                        .f("updated_at", isoUtc(st == "submitted" ? requestAt : decided))
                        .f("order_id", id)
                        .f("customer_id", cust)
                        .f("technician_id", tech->id)
                        .f("city", cityId)
                        .n("amount_requested_cents", requested)
                        .f("reason_code", reason[0])
                        .f("reason_text", reason[1])
                        .key("evidence")
                        .beginArray();
                    // The customer's photo of what went wrong (from the
                    // reason and the service, not the random stream).
                    if (std::strcmp(reason[0], "poor_quality") == 0 ||
                        std::strcmp(reason[0], "damage") == 0 ||
                        std::strcmp(reason[0], "service_not_completed") == 0) {
                        const int scene = photoScene(spec);
                        m_json.str(m_evidence[size_t(scene)]);
                    }
                    m_json.endArray().f("status", st).key("approvals").beginArray();
                    if (st != "submitted" && st != "rejected") {
                        m_json.begin()
                            .f("by", "ST0003")
                            .f("at", isoUtc(decided - (approved > RefundThresholdCents ? Hour : 0)))
                            .n("amount_cents", approved)
                            .n("step", 1)
                            .end();
                        if (st != "first_approved" && approved > RefundThresholdCents)
                            m_json.begin()
                                .f("by", "ST0005")
                                .f("at", isoUtc(decided))
                                .n("amount_cents", approved)
                                .n("step", 2)
                                .end();
                    }
                    m_json.endArray();
                    if (st == "approved" || st == "paid_out") {
                        const qint64 techShare =
                            std::strcmp(reason[0], "damage") == 0 ||
                                    std::strcmp(reason[0], "technician_late") == 0
                                ? approved / 2
                                : 0;
                        m_json.n("approved_amount_cents", approved)
                            .n("technician_share_cents", techShare)
                            .n("platform_share_cents", approved - techShare);
                        refunded += approved;
                    }
                    if (st == "rejected")
                        m_json.f("rejection_reason", "服务已按标准完成，照片显示无质量问题")
                            .f("decided_by", "ST0003");
                    else if (st == "approved" || st == "paid_out")
                        m_json.f("decided_by",
                                 approved > RefundThresholdCents ? "ST0005" : "ST0003");
                    if (st != "submitted" && st != "first_approved")
                        m_json.f("decided_at", isoUtc(decided));
                    m_json.f("created_at", isoUtc(requestAt)).end();
                    insert("refunds", rid, cityId);
                    updatedAt = std::max(updatedAt, st == "submitted" ? requestAt : decided);
                }
                // Settlement at completion.
                const CouponSpec *cs = coupon >= 0 ? &m_coupons[size_t(coupon)] : nullptr;
                const Finance::SettlementAmounts settled = Finance::settle(
                    {price, cs ? discount : 0,
                     cs && cs->costBearer == "technician" ? Finance::CostBearer::Technician
                                                          : Finance::CostBearer::Platform,
                     commissionBp(item, tech->star, completedAt)});
                const qint64 platformCoupon = settled.couponCostPlatformCents;
                const qint64 commission = settled.commissionCents;
                const qint64 earnings = settled.earningsCents;
                const int month = [&] {
                    const Civil c = civilFromDays(localDay(completedAt));
                    return c.year * 12 + int(c.month) - 1 - m_monthBase;
                }();
                if (month >= 0 && month < m_months)
                    tech->monthlyEarnings[size_t(month)] += earnings;
                const QByteArray seid = idWithNumber("SE", ++m_settlementSeq, 8);
                m_json.clear();
                m_json.begin()
                    .f("id", seid)
                    .n("version", 1)
                    .f("updated_at", isoUtc(completedAt))
                    .f("technician_id", tech->id)
                    .f("order_id", id)
                    .f("city", cityId)
                    .n("price_cents", price)
                    .n("coupon_cost_platform_cents", platformCoupon)
                    .n("commission_cents", commission)
                    .n("earnings_cents", earnings)
                    .f("settled_at", isoUtc(completedAt))
                    .end();
                insert("settlements", seid, cityId);
            }

            // The order itself.
            m_json.clear();
            m_json.begin()
                .f("id", id)
                .n("version", qint64(shown))
                .f("updated_at", isoUtc(std::min(updatedAt, m_now)))
                .f("city", cityId)
                .f("district", city.districtNames[size_t(district)])
                .f("service_item_id", itemId(item))
                .f("customer_id", cust)
                .f("customer_type", customer.business ? "business" : "consumer")
                .f("status", status)
                .f("address", addr)
                .d("lat", point.lat, 6)
                .d("lng", point.lng, 6)
                .f("appointment_start", isoUtc(apptStart))
                .f("appointment_end", isoUtc(apptEnd))
                .f("created_at", isoUtc(created));
            if (isPaid)
                m_json.f("paid_at", isoUtc(events[1].at));
            m_json.n("price_cents", price);
            if (coupon >= 0)
                m_json.f("coupon_id", m_coupons[size_t(coupon)].id);
            m_json.n("coupon_discount_cents", discount)
                .n("paid_cents", paidCents)
                .n("refunded_cents", refunded);
            if (hasTechnician)
                m_json.f("technician_id", m_techs[size_t(techIndex)].id);
            m_json.key("notes").beginArray();
            if (customer.business && m_rng.chance(0.3))
                m_json.begin()
                    .f("at", isoUtc(events[1 < shown ? 1 : 0].at))
                    .f("by", "ST0002")
                    .f("text", "企业客户，需开具增值税发票")
                    .end();
            m_json.endArray().key("status_history").beginArray();
            for (size_t e = 0; e < shown; ++e) {
                m_json.begin()
                    .f("status", events[e].status)
                    .f("at", isoUtc(events[e].at))
                    .f("by", events[e].by);
                if (!events[e].reason.isEmpty())
                    m_json.f("reason", events[e].reason);
                m_json.end();
            }
            m_json.endArray();
            // Photos from the job: "before" once work started, "after" when
            // done, for most jobs (chosen from the order number, not the
            // random stream, so the rest of the data stays the same).
            const bool working = status == "in_service";
            const bool done = status == "completed";
            if ((working || done) && orderSeq % 5 != 0) {
                const int scene = photoScene(spec);
                m_json.key("photos").beginArray().str(m_photos[size_t(2 * scene)]);
                if (done)
                    m_json.str(m_photos[size_t(2 * scene + 1)]);
                m_json.endArray();
            }
            m_json.b("has_complaint", hasComplaint).b("has_refund", hasRefund);
            if (rating)
                m_json.n("rating", rating);
            m_json.end();

            // The narrow facts the dashboards read.
            auto facts = std::make_unique<OrderFacts>();
            facts->id = id;
            facts->city = cityId;
            facts->district = city.districtNames[size_t(district)];
            facts->serviceItemId = itemId(item);
            facts->status = status;
            facts->customerId = cust;
            facts->customerType = customer.business ? "business" : "consumer";
            if (hasTechnician)
                facts->technicianId = m_techs[size_t(techIndex)].id;
            facts->createdDay = isoDate(localDay(created)); // the business day (UTC+8)
            facts->paid = isPaid;
            // As OrderFacts::fromDocument counts it: assigned at some time
            // (an order cancelled after assignment has no technician left).
            facts->dispatched =
                std::any_of(events.begin(), events.begin() + std::ptrdiff_t(shown),
                            [](const Event &e) { return std::strcmp(e.status, "assigned") == 0; });
            facts->completed = isCompleted;
            facts->priceCents = price;
            facts->paidCents = paidCents;
            facts->refundedCents = refunded;
            if (coupon >= 0)
                facts->couponId = m_coupons[size_t(coupon)].id;
            facts->couponDiscountCents = discount;
            facts->lat = point.lat;
            facts->lng = point.lng;
            facts->hasComplaint = hasComplaint;
            if (rating)
                facts->rating = rating;
            ++m_counts["orders"];
            m_batch.push_back({false, qint64(shown), "orders", id, cityId,
                               QByteArrayView(m_json.bytes()).toByteArray(), std::move(facts)});
            if (m_batch.size() >= 2048)
                flush();
        }
    }
    Q_UNUSED(orderSeq);
}

void Generator::finishCoupons()
{
    // Coupons handed out but not (yet) used: about as many again as used.
    for (int c = 0; c < int(m_coupons.size()); ++c) {
        CouponSpec &cs = m_coupons[size_t(c)];
        if (cs.validFrom > m_now || m_customers.empty())
            continue;
        int extra = cs.redeemed + m_rng.range(0, cs.redeemed + 5);
        if (cs.quota)
            extra = std::min(extra, cs.quota - cs.issued);
        const qint64 until = cs.validTo ? std::min(cs.validTo, m_now) : m_now;
        for (int k = 0; k < extra; ++k) {
            const int ci = m_rng.below(int(m_customers.size()));
            if (m_couponUse.value((quint64(ci) << 16) | quint64(c)) >= cs.perCustomer)
                continue;
            const qint64 at =
                cs.validFrom + m_rng.below64(std::max<qint64>(1, until - cs.validFrom));
            ++cs.issued;
            ++m_couponUse[(quint64(ci) << 16) | quint64(c)];
            const QByteArray rid = idWithNumber("RD", ++m_redemptionSeq, 7);
            m_json.clear();
            m_json.begin()
                .f("id", rid)
                .n("version", 1)
                .f("updated_at", isoUtc(at))
                .f("coupon_id", cs.id)
                .f("customer_id", m_customers[size_t(ci)].id)
                .f("city", m_cities[size_t(m_customers[size_t(ci)].city)].id)
                .f("issued_at", isoUtc(at))
                .n("discount_cents", 0)
                .end();
            insert("redemptions", rid, m_cities[size_t(m_customers[size_t(ci)].city)].id);
        }
    }
    for (const CouponSpec &cs : m_coupons) {
        QJsonObject doc{
            {QStringLiteral("id"), QString::fromLatin1(cs.id)},
            {QStringLiteral("version"), cs.active ? 1 : 2},
            {QStringLiteral("updated_at"),
             isoUtcString(cs.active ? cs.createdAt : std::min(m_now, cs.validTo + Day))},
            {QStringLiteral("name"), QString::fromUtf8(cs.name)},
            {QStringLiteral("kind"), QString::fromLatin1(cs.kind)},
            {QStringLiteral("issued_count"), cs.issued},
            {QStringLiteral("redeemed_count"), cs.redeemed},
            {QStringLiteral("per_customer_limit"), cs.perCustomer},
            {QStringLiteral("new_customers_only"), cs.newCustomersOnly},
            {QStringLiteral("stackable"), cs.stackable},
            {QStringLiteral("active"), cs.active},
            {QStringLiteral("cost_bearer"), QString::fromLatin1(cs.costBearer)}};
        QJsonArray items;
        for (int i : cs.items)
            items.append(QString::fromLatin1(itemId(i)));
        doc.insert(QStringLiteral("service_item_ids"), items);
        if (cs.amountOff)
            doc.insert(QStringLiteral("amount_off_cents"), cs.amountOff);
        if (cs.threshold)
            doc.insert(QStringLiteral("threshold_cents"), cs.threshold);
        if (cs.percentOff)
            doc.insert(QStringLiteral("percent_off"), cs.percentOff);
        if (cs.cap)
            doc.insert(QStringLiteral("cap_cents"), cs.cap);
        doc.insert(QStringLiteral("valid_from"), isoUtcString(cs.validFrom));
        if (cs.validTo)
            doc.insert(QStringLiteral("valid_to"), isoUtcString(cs.validTo));
        if (cs.validDaysAfterIssue)
            doc.insert(QStringLiteral("valid_days_after_issue"), cs.validDaysAfterIssue);
        if (cs.quota)
            doc.insert(QStringLiteral("total_quota"), cs.quota);
        if (!cs.campaign.isEmpty())
            doc.insert(QStringLiteral("campaign"), QString::fromUtf8(cs.campaign));
        insertDoc("coupons", doc);
    }
}

void Generator::insertTechnicians()
{
    const int nowLocalMinutes = int((m_now + Utc8) % Day / Minute);
    const int weekday = isoWeekday(m_today);
    for (Technician &t : m_techs) {
        CityData &city = m_cities[size_t(t.city)];
        const bool working = nowLocalMinutes >= t.workStart * 60 &&
                             nowLocalMinutes < t.workEnd * 60 && (weekday <= 5 || t.worksWeekends);
        QString workStatus = QStringLiteral("offline");
        GeoPoint last = t.lastWorkAt ? t.lastWorkPoint : t.home;
        qint64 lastAt = t.lastWorkAt ? t.lastWorkAt : localDayStart(m_today - 1) + 19 * Hour;
        if (!t.suspended && t.activeStatus) {
            workStatus = QStringLiteral("busy");
            last = t.activePoint;
            lastAt = m_now - m_rng.below(30);
        } else if (!t.suspended && working && m_rng.chance(0.7)) {
            workStatus = QStringLiteral("online");
            const int d = t.districts[size_t(m_rng.below(int(t.districts.size())))];
            last = city.map.randomPointIn(d, m_rng.engine());
            lastAt = m_now - m_rng.below(30);
            // One online technician in 20 reports from a district they do
            // not serve (the console's location warning has something to
            // show). Chosen by position in the list, so the random sequence
            // and the rest of the data stay as they were.
            const auto index = size_t(&t - m_techs.data());
            if (index % 20 == 7)
                for (int other = 0; other < int(city.map.districts().size()); ++other)
                    if (std::find(t.districts.begin(), t.districts.end(), other) ==
                        t.districts.end()) {
                        // Spread around the district's label point so two of
                        // them never stand on the same spot.
                        const GeoPoint label = city.map.districts().at(other).labelPoint;
                        last = {label.lat + 0.004 * double(index % 7),
                                label.lng + 0.004 * double(index % 5)};
                        break;
                    }
        }
        QJsonArray skills;
        for (int s : t.skills)
            skills.append(QString::fromLatin1(itemId(s)));
        QJsonArray districts;
        for (int d : t.districts)
            districts.append(QString::fromUtf8(city.districtNames[size_t(d)]));
        QJsonArray days;
        for (int d = 1; d <= (t.worksWeekends ? 7 : 5); ++d)
            days.append(d);
        QJsonArray log;
        if (t.star >= 4 && t.completed > 20)
            log.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("star_level")},
                                   {QStringLiteral("at"), isoUtcString(m_now - 40 * Day)},
                                   {QStringLiteral("by"), QStringLiteral("system")},
                                   {QStringLiteral("reason"), QStringLiteral("月度绩效自动升级")},
                                   {QStringLiteral("star_level"), t.star}});
        if (t.complaints >= 3)
            log.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("penalty")},
                                   {QStringLiteral("at"), isoUtcString(m_now - 20 * Day)},
                                   {QStringLiteral("by"), QStringLiteral("ST0004")},
                                   {QStringLiteral("reason"), QStringLiteral("投诉较多，扣罚")},
                                   {QStringLiteral("amount_cents"), 5000}});
        if (t.quality > 0.9 && t.completed > 30)
            log.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("reward")},
                                   {QStringLiteral("at"), isoUtcString(m_now - 10 * Day)},
                                   {QStringLiteral("by"), QStringLiteral("ST0004")},
                                   {QStringLiteral("reason"), QStringLiteral("月度服务之星")},
                                   {QStringLiteral("amount_cents"), 20000}});
        if (t.suspended)
            log.append(
                QJsonObject{{QStringLiteral("action"), QStringLiteral("suspend")},
                            {QStringLiteral("at"), isoUtcString(m_now - 5 * Day)},
                            {QStringLiteral("by"), QStringLiteral("ST0004")},
                            {QStringLiteral("reason"), QStringLiteral("资质证书过期，暂停接单")}});
        // Time off for some (every sixth, by position; no random draw, so
        // the rest of the data stays as it was): an afternoon off today, a
        // morning of training today, or leave all tomorrow.
        QJsonArray absences;
        const auto absence = [&absences](qint64 day, int fromHour, int toHour, const char *reason) {
            absences.append(QJsonObject{
                {QStringLiteral("start"), isoUtcString(localDayStart(day) + fromHour * Hour)},
                {QStringLiteral("end"), isoUtcString(localDayStart(day) + toHour * Hour)},
                {QStringLiteral("reason"), QString::fromUtf8(reason)}});
        };
        if (const qint64 slot = &t - m_techs.data(); slot % 6 == 2) {
            if (slot % 18 == 2)
                absence(m_today, 13, 18, "调休");
            else if (slot % 18 == 8)
                absence(m_today, 8, 12, "技能培训");
            else
                absence(m_today + 1, 0, 24, "年假");
        }
        const double rating =
            t.ratingCount ? std::round(double(t.ratingSum) / t.ratingCount * 100) / 100 : 0.0;
        const double onTime =
            t.completed ? std::round(double(t.onTime) / t.completed * 1000) / 1000 : 1.0;
        insertDoc(
            "technicians",
            QJsonObject{
                {QStringLiteral("id"), QString::fromLatin1(t.id)},
                {QStringLiteral("version"), 1 + log.size()},
                {QStringLiteral("updated_at"), isoUtcString(std::max(lastAt, m_now - 40 * Day))},
                {QStringLiteral("name"), QString::fromUtf8(t.name)},
                {QStringLiteral("phone"), QString::fromLatin1(t.phone)},
                {QStringLiteral("city"), QString::fromUtf8(city.id)},
                {QStringLiteral("skills"), skills},
                {QStringLiteral("star_level"), t.star},
                {QStringLiteral("rating"), rating},
                {QStringLiteral("status"),
                 t.suspended ? QStringLiteral("suspended") : QStringLiteral("active")},
                {QStringLiteral("work_status"), workStatus},
                {QStringLiteral("working_hours"),
                 QJsonObject{{QStringLiteral("start"),
                              QStringLiteral("%1:00").arg(t.workStart, 2, 10, QLatin1Char('0'))},
                             {QStringLiteral("end"), QStringLiteral("%1:00").arg(t.workEnd)},
                             {QStringLiteral("days"), days}}},
                {QStringLiteral("service_area"),
                 QJsonObject{{QStringLiteral("districts"), districts}}},
                {QStringLiteral("absences"), absences},
                {QStringLiteral("home_lat"), std::round(t.home.lat * 1e6) / 1e6},
                {QStringLiteral("home_lng"), std::round(t.home.lng * 1e6) / 1e6},
                {QStringLiteral("last_lat"), std::round(last.lat * 1e6) / 1e6},
                {QStringLiteral("last_lng"), std::round(last.lng * 1e6) / 1e6},
                {QStringLiteral("last_position_at"), isoUtcString(lastAt)},
                {QStringLiteral("annual_review_due"), isoDateString(t.annualDueDay)},
                {QStringLiteral("completed_orders"), t.completed},
                {QStringLiteral("on_time_rate"), onTime},
                {QStringLiteral("complaint_count"), t.complaints},
                {QStringLiteral("action_log"), log}});
    }
}

void Generator::insertCustomers()
{
    for (const Customer &c : m_customers) {
        m_json.clear();
        m_json.begin()
            .f("id", c.id)
            .n("version", 1)
            .f("updated_at", isoUtc(c.firstOrderAt >= 0 ? c.firstOrderAt : c.lastSeenAt))
            .f("name", c.name)
            .f("phone", c.phone)
            .f("customer_type", c.business ? "business" : "consumer")
            .f("city", m_cities[size_t(c.city)].id);
        if (c.firstOrderAt >= 0)
            m_json.f("first_order_at", isoUtc(c.firstOrderAt));
        if (c.business)
            m_json.f("company_name", c.company);
        m_json.end();
        insert("customers", c.id, m_cities[size_t(c.city)].id);
    }
}

void Generator::withdrawals()
{
    qint64 seq = 0;
    for (Technician &t : m_techs) {
        qint64 balance = 0;
        const QByteArray &cityId = m_cities[size_t(t.city)].id;
        for (int m = 0; m < m_months; ++m) {
            balance += t.monthlyEarnings[size_t(m)];
            const int ym = m_monthBase + m + 1;
            const qint64 at = localDayStart(daysFromCivil(ym / 12, unsigned(ym % 12 + 1), 1)) +
                              m_rng.range(0, 4) * Day + m_rng.range(9, 21) * Hour +
                              m_rng.below(int(Hour));
            if (at > m_now || balance < 10000 || !m_rng.chance(0.6))
                continue;
            const qint64 amount = balance * m_rng.range(60, 100) / 100;
            QByteArray status;
            if (at > m_now - 4 * Day)
                status = "requested";
            else if (m_rng.chance(0.05))
                status = "rejected";
            else if (at > m_now - 10 * Day)
                status = "approved";
            else
                status = "paid";
            const QByteArray id = idWithNumber("W", ++seq, 6);
            const qint64 decided = at + m_rng.range(2, 30) * Hour;
            m_json.clear();
            m_json.begin()
                .f("id", id)
                .n("version", status == "requested" ? 1
                              : status == "paid"    ? 3
                                                    : 2)
                .f("updated_at", isoUtc(status == "requested" ? at
                                        : status == "paid"    ? decided + Day
                                                              : decided))
                .f("technician_id", t.id)
                .f("city", cityId)
                .n("amount_cents", amount)
                .n("balance_cents_at_request", balance)
                .f("status", status);
            if (status != "requested")
                m_json.f("decided_by", "ST0003").f("decided_at", isoUtc(decided));
            if (status == "rejected")
                m_json.f("reason", "银行卡信息与实名不一致，请更新后重新申请");
            m_json.f("requested_at", isoUtc(at)).end();
            insert("withdrawals", id, cityId);
            if (status != "rejected")
                balance -= amount;
        }
    }
}

struct CertificateKind
{
    const char *type;
    const char *title;
    const char *issuerSuffix;
};

void Generator::applications()
{
    const int count = m_options.applications >= 0  ? m_options.applications
                      : m_options.technicians <= 0 ? 0
                                                   : std::clamp(m_options.technicians / 8, 12, 80);
    const CertificateKind refrigeration{"refrigeration", "特种作业操作证（制冷与空调作业）",
                                        "应急管理局"};
    const CertificateKind electrician{"electrician", "特种作业操作证（低压电工作业）",
                                      "应急管理局"};
    const CertificateKind housekeeping{"housekeeping", "家政服务员职业技能等级证书",
                                       "人力资源和社会保障局"};
    const QByteArray agreementPng =
        DemoDocuments::agreement(QStringLiteral("（申请人）"), qdate(m_today - 3));
    const QString agreementSha = storeFile(agreementPng);
    for (int a = 0; a < count; ++a) {
        const bool annual = a % 10 >= 7 && !m_techs.empty();
        const Technician *tech =
            annual ? &m_techs[size_t(m_rng.below(int(m_techs.size())))] : nullptr;
        const int cityIndex = tech ? tech->city : m_rng.weighted(m_cityCumulative);
        const CityData &city = m_cities[size_t(cityIndex)];
        const QByteArray name = tech ? tech->name : personName();
        const bool male = tech ? tech->male : m_rng.chance(0.8);
        QByteArray phoneNumber = tech ? tech->phone : phone(3, a);
        if (a == 5 && !m_techs.empty())
            phoneNumber = m_techs.front().phone; // duplicate: the pre-check should notice
        const qint64 birthDay = m_today - 365 * m_rng.range(22, 55) - m_rng.below(365);
        const int homeDistrict = m_rng.weighted(city.districtCumulative);
        QString area = city.map.districts().at(homeDistrict).code;
        if (area.size() != 6)
            area = QString::fromLatin1(city.fallbackArea);
        int sequence = m_rng.range(0, 499) * 2 + (male ? 1 : 0);
        QString idNumber = DemoGenerator::residentIdNumber(area, qdate(birthDay), sequence);
        if (a % 9 == 4) { // a wrong check character
            const QChar wrong =
                idNumber.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
            idNumber.back() = wrong;
        }
        if (a == 3) // make sure one valid number ends in X
            for (int s = 1; s < 999; s += 2)
                if (DemoGenerator::residentIdNumber(area, qdate(birthDay), s)
                        .endsWith(QLatin1Char('X'))) {
                    idNumber = DemoGenerator::residentIdNumber(area, qdate(birthDay), s);
                    break;
                }
        const double statusDraw = m_rng.unit();
        const QString status = statusDraw < 0.12   ? QStringLiteral("submitted")
                               : statusDraw < 0.85 ? QStringLiteral("under_review")
                               : statusDraw < 0.94 ? QStringLiteral("approved")
                                                   : QStringLiteral("rejected");
        const qint64 submitted =
            status == QLatin1String("submitted")
                ? m_now - m_rng.below(int(2 * Hour))
                : m_now - m_rng.range(1, status.startsWith(QLatin1Char('u')) ? 10 : 40) * Day -
                      m_rng.below(int(Day));
        std::vector<int> skills = tech ? tech->skills : std::vector<int>{};
        if (skills.empty()) {
            const int first = m_rng.below(ItemCount);
            skills.push_back(first);
            for (int i = 0; i < ItemCount && skills.size() < 3; ++i)
                if (i != first && Items[i].group == Items[first].group && m_rng.chance(0.5))
                    skills.push_back(i);
            std::sort(skills.begin(), skills.end());
        }
        QJsonArray skillIds;
        bool needsRefrigeration = false, needsElectric = false, needsHousekeeping = false;
        for (int s : skills) {
            skillIds.append(QString::fromLatin1(itemId(s)));
            needsRefrigeration |= Items[s].group == AirCon;
            needsElectric |= Items[s].group == Household || Items[s].group == Appliance;
            needsHousekeeping |= Items[s].group == Cleaning;
        }
        QJsonArray districts;
        districts.append(QString::fromUtf8(city.districtNames[size_t(homeDistrict)]));
        const QString nameText = QString::fromUtf8(name);
        const QString addressText = QString::fromUtf8(address(cityIndex, homeDistrict, false));
        const QString masked = idNumber.left(6) + QStringLiteral("********") + idNumber.right(4);

        QJsonArray documents;
        auto addDocument = [&](const char *kind, const QByteArray &png, QJsonObject certificate) {
            QJsonObject doc{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                            {QStringLiteral("sha256"), storeFile(png)},
                            {QStringLiteral("content_type"), QStringLiteral("image/png")},
                            {QStringLiteral("size"), png.size()}};
            if (!certificate.isEmpty())
                doc.insert(QStringLiteral("certificate"), certificate);
            documents.append(doc);
        };
        addDocument(
            "id_front",
            DemoDocuments::idCardFront(nameText, male, qdate(birthDay), addressText, masked), {});
        const qint64 idFrom = m_today - m_rng.range(300, 3000);
        const QString policeIssuer = QString::fromUtf8(city.zh) + QStringLiteral("市公安局") +
                                     QString::fromUtf8(city.districtNames[size_t(homeDistrict)]) +
                                     QStringLiteral("分局");
        addDocument("id_back",
                    DemoDocuments::idCardBack(policeIssuer, qdate(idFrom), qdate(idFrom + 7305)),
                    {});
        std::vector<CertificateKind> certs;
        if (needsRefrigeration)
            certs.push_back(refrigeration);
        if (needsElectric)
            certs.push_back(electrician);
        if (needsHousekeeping)
            certs.push_back(housekeeping);
        for (size_t c = 0; c < certs.size(); ++c) {
            const CertificateKind &kind = certs[c];
            const bool expired = (a % 7 == 2 && c == 0);
            const qint64 from = m_today - m_rng.range(200, 2000);
            qint64 to = from + 6 * 365 + 1;
            if (expired)
                to = m_today - m_rng.range(5, 120);
            else if (to < m_today + 30)
                to = m_today + m_rng.range(40, 1500);
            const QString number = std::strcmp(kind.type, "housekeeping") == 0
                                       ? QStringLiteral("S%1").arg(
                                             QString::number(4100000000LL + m_rng.below(99999999)))
                                       : QStringLiteral("T") + idNumber;
            const QString issuer = QString::fromUtf8(city.zh) + QStringLiteral("市") +
                                   QString::fromUtf8(kind.issuerSuffix);
            const QJsonObject certificate{{QStringLiteral("type"), QString::fromLatin1(kind.type)},
                                          {QStringLiteral("number"), number},
                                          {QStringLiteral("issuer"), issuer},
                                          {QStringLiteral("valid_from"), isoDateString(from)},
                                          {QStringLiteral("valid_to"), isoDateString(to)}};
            addDocument("certificate",
                        DemoDocuments::certificate(QString::fromUtf8(kind.title), nameText, number,
                                                   issuer, qdate(from), qdate(to)),
                        certificate);
        }
        documents.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("agreement")},
                                     {QStringLiteral("sha256"), agreementSha},
                                     {QStringLiteral("content_type"), QStringLiteral("image/png")},
                                     {QStringLiteral("size"), agreementPng.size()}});

        QJsonObject face{{QStringLiteral("result"), QStringLiteral("pending")}};
        if (status != QLatin1String("submitted")) {
            const bool fail = a % 13 == 6;
            face = QJsonObject{
                {QStringLiteral("result"), fail ? QStringLiteral("fail") : QStringLiteral("pass")},
                {QStringLiteral("score"),
                 std::round((fail ? 0.3 + 0.3 * m_rng.unit() : 0.86 + 0.13 * m_rng.unit()) * 100) /
                     100},
                {QStringLiteral("checked_at"), isoUtcString(submitted + 3 * Minute)}};
        }
        QJsonObject doc{{QStringLiteral("id"), QString::fromLatin1(idWithNumber("A", a + 1, 6))},
                        {QStringLiteral("version"), status == QLatin1String("submitted") ? 1 : 2},
                        {QStringLiteral("updated_at"), isoUtcString(submitted + 3 * Minute)},
                        {QStringLiteral("kind"),
                         annual ? QStringLiteral("annual_review") : QStringLiteral("new")},
                        {QStringLiteral("name"), nameText},
                        {QStringLiteral("id_number"), idNumber},
                        {QStringLiteral("phone"), QString::fromLatin1(phoneNumber)},
                        {QStringLiteral("birth_date"), isoDateString(birthDay)},
                        {QStringLiteral("city"), QString::fromUtf8(city.id)},
                        {QStringLiteral("skills"), skillIds},
                        {QStringLiteral("service_districts"), districts},
                        {QStringLiteral("face_verification"), face},
                        {QStringLiteral("documents"), documents},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("submitted_at"), isoUtcString(submitted)}};
        if (tech)
            doc.insert(QStringLiteral("technician_id"), QString::fromLatin1(tech->id));
        if (status == QLatin1String("approved") || status == QLatin1String("rejected")) {
            const qint64 decidedAt = submitted + m_rng.range(1, 72) * Hour;
            const bool rejected = status == QLatin1String("rejected");
            doc.insert(QStringLiteral("version"), 3);
            doc.insert(QStringLiteral("updated_at"), isoUtcString(decidedAt));
            doc.insert(
                QStringLiteral("decision"),
                QJsonObject{
                    {QStringLiteral("by"), QStringLiteral("ST0004")},
                    {QStringLiteral("at"), isoUtcString(decidedAt)},
                    {QStringLiteral("reasons"),
                     rejected ? QJsonArray{QStringLiteral("certificate_unclear")} : QJsonArray()},
                    {QStringLiteral("note"),
                     rejected ? QStringLiteral("证书照片模糊，请重新拍摄上传清晰的证书正面照片")
                              : QStringLiteral("资料齐全，审核通过")}});
        }
        insertDoc("applications", doc);
    }
}

// The generating thread: every record, in a fixed order.
void Generator::produce()
{
    QElapsedTimer timer;
    timer.start();
    const bool trace = qEnvironmentVariableIsSet("OPSDESK_DEMO_TRACE");
    const auto phase = [&](const char *name) {
        if (trace)
            qInfo("demo data: %s at %.2f s", name, double(timer.nsecsElapsed()) / 1e9);
    };
    serviceItems();
    commissionRates();
    coupons();
    technicians();
    phase("orders");
    orders();
    phase("coupons");
    finishCoupons();
    insertTechnicians();
    insertCustomers();
    phase("withdrawals");
    withdrawals();
    phase("applications");
    applications();
    phase("done");
    flush();
}

DemoGenerator::Summary Generator::run()
{
    QElapsedTimer timer;
    timer.start();
    m_today = localDay(m_now);
    m_firstDay = m_today - 729;
    m_rateChangeDay = m_today - 270;
    const Civil first = civilFromDays(m_firstDay);
    const Civil last = civilFromDays(m_today);
    m_monthBase = first.year * 12 + int(first.month) - 1;
    m_months = last.year * 12 + int(last.month) - 1 - m_monthBase + 1;
    loadCities();
    if (qEnvironmentVariableIsSet("OPSDESK_DEMO_TRACE"))
        qInfo("demo data: basemaps read at %.2f s", double(timer.nsecsElapsed()) / 1e9);

    // One big write: no WAL (every page would be written twice), a rollback
    // journal in memory and a large page cache; restored afterwards.
    QSqlQuery pragma(m_store.database());
    pragma.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size=-524288"));
    const auto restore = [&pragma] {
        pragma.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    };
    if (!m_store.beginTransaction())
        throw std::runtime_error("cannot begin the demo data transaction");
    // Generating (JSON, random numbers, images) runs on a second thread
    // while this one, which owns the connection, writes.
    std::exception_ptr failure;
    std::thread producer([this, &failure] {
        try {
            produce();
        } catch (...) {
            failure = std::current_exception();
        }
        m_pipe.finish();
    });
    try {
        QSqlQuery file(m_store.database());
        file.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO files(sha256, content_type, data) VALUES(?, ?, ?)"));
        std::vector<Row> batch;
        std::map<std::string_view, std::vector<Row>> deferred; // by collection name

        QElapsedTimer busy;
        qint64 busyNs = 0;
        while (m_pipe.pop(&batch)) {
            busy.start();
            for (Row &row : batch) {
                if (row.file) {
                    file.bindValue(0, QString::fromLatin1(row.id));
                    file.bindValue(1, QStringLiteral("image/png"));
                    file.bindValue(2, row.json);
                    if (!file.exec())
                        throw std::runtime_error(file.lastError().text().toStdString());
                    m_files += file.numRowsAffected() > 0 ? 1 : 0;
                } else if (row.facts) { // orders
                    m_store.bulkInsert(row.collection, row.id, row.city, row.json, row.version,
                                       row.facts.get());
                } else {
                    deferred[row.collection].push_back(std::move(row));
                }
            }
            m_pipe.recycle(std::move(batch));
            batch = std::vector<Row>();
            busyNs += busy.nsecsElapsed();
        }
        // The other collections one after another: B-tree pages fill in key
        // order instead of splitting all over the table.
        busy.start();
        std::vector<std::thread> freeing; // written rows are freed alongside
        for (auto &[collection, rows] : deferred) {
            for (const Row &row : rows)
                m_store.bulkInsert(row.collection, row.id, row.city, row.json, row.version);
            freeing.emplace_back([done = std::move(rows)] {});
        }
        for (std::thread &t : freeing)
            t.join();
        busyNs += busy.nsecsElapsed();
        if (qEnvironmentVariableIsSet("OPSDESK_DEMO_TRACE"))
            qInfo("demo data: writing took %.2f s", double(busyNs) / 1e9);
    } catch (...) {
        m_pipe.cancel();
        producer.join();
        m_store.rollback();
        restore();
        throw;
    }
    producer.join();
    if (failure) {
        m_store.rollback();
        restore();
        std::rethrow_exception(failure);
    }

    const bool trace = qEnvironmentVariableIsSet("OPSDESK_DEMO_TRACE");
    if (trace)
        qInfo("demo data: commit at %.2f s", double(timer.nsecsElapsed()) / 1e9);
    const bool committed = m_store.commit();
    restore();
    if (trace)
        qInfo("demo data: committed at %.2f s", double(timer.nsecsElapsed()) / 1e9);
    if (!committed)
        throw std::runtime_error("cannot commit the demo data");
    DemoGenerator::Summary summary;
    for (const auto &[collection, count] : m_counts)
        summary.counts.insert(QString::fromLatin1(collection), count);
    summary.files = m_files;
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace

QStringList DemoGenerator::citiesFor(const QString &cityOption, int orders)
{
    if (cityOption == QLatin1String("all") || (cityOption.isEmpty() && orders >= 200000))
        return cityIds();
    if (cityOption.isEmpty())
        return {QStringLiteral("shanghai")};
    return {cityOption};
}

DemoGenerator::Summary DemoGenerator::generate(Store &store, const Options &options)
{
    Options o = options;
    if (!o.now.isValid())
        o.now = QDateTime::currentDateTimeUtc();
    Generator generator(store, o);
    return generator.run();
}

QChar DemoGenerator::residentIdCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QString DemoGenerator::residentIdNumber(const QString &areaCode, QDate birthDate, int sequence)
{
    const QString first17 = areaCode.left(6) + birthDate.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckCharacter(first17);
}

bool DemoGenerator::isValidResidentIdNumber(const QString &number)
{
    if (number.size() != 18)
        return false;
    for (int i = 0; i < 17; ++i)
        if (!number.at(i).isDigit())
            return false;
    if (!QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid())
        return false;
    return number.at(17).toUpper() == residentIdCheckCharacter(number.left(17));
}

} // namespace OpsDesk::Server
