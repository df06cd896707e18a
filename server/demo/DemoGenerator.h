#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace OpsDesk::Server {

class Store;

// Fills an empty store with two years of believable platform data: the
// service catalog and commission rates, technicians, customers, orders in
// every lifecycle state with consistent status histories, coupons and their
// redemptions, refunds, reviews, complaints, settlements, withdrawals and
// pending technician applications with generated document images.
//
// Deterministic: the same options (seed, sizes, cities and `now`) give the
// same records, byte for byte. Nothing reads the clock or a global random
// generator; ids are sequential.
//
// Images with text need a QGuiApplication (fonts); without one the document
// images are drawn without text.
class DemoGenerator
{
public:
    struct Options
    {
        quint32 seed = 1;
        int orders = 50000;
        int technicians = 300;
        int applications = -1;                          // -1: technicians / 8, from 12 to 80
        QStringList cities{QStringLiteral("shanghai")}; // ids, see citiesFor()
        QDateTime now;                                  // end of the two years; UTC
    };

    struct Summary
    {
        QHash<QString, qint64> counts; // records per collection
        qint64 files = 0;
        double seconds = 0;
    };

    // The cities of a --city value: one city id; "all" for the seven basemap
    // cities; empty for shanghai, or all seven from 200,000 orders on.
    static QStringList citiesFor(const QString &cityOption, int orders);

    // Generates into `store` inside one transaction (begun and committed
    // here). The store should hold no orders yet. Throws std::runtime_error
    // on database errors.
    static Summary generate(Store &store, const Options &options);

    // GB 11643 resident ID numbers: 6-digit area code, birth date, 3-digit
    // sequence and the ISO 7064 MOD 11-2 check character (0-9 or X).
    static QString residentIdNumber(const QString &areaCode, QDate birthDate, int sequence);
    static QChar residentIdCheckCharacter(const QString &first17);
    static bool isValidResidentIdNumber(const QString &number);
};

} // namespace OpsDesk::Server
