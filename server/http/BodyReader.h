#pragma once

#include "server/http/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace OpsDesk::Server {

// Reads fields of a JSON request body and collects every problem, so a
// client gets all its field errors in one 400 answer:
//
//   BodyReader in(ctx.body);
//   const QString reason = in.string("reason", {.required = true, .maxLength = 500});
//   const qint64 amount = in.integer("amount_cents", {.min = 1});
//   if (!in.ok()) return in.problem().toResponse();
class BodyReader
{
public:
    struct StringRule
    {
        bool required = true;
        int minLength = 0;
        int maxLength = 2000;
        QStringList oneOf; // empty: any value
    };
    struct IntRule
    {
        bool required = true;
        qint64 min = 0;
        qint64 max = 1000000000000LL;
    };

    explicit BodyReader(const QJsonObject &body);

    // Missing optional fields give the default value; has() tells them apart.
    bool has(const char *field) const;
    QString string(const char *field, const StringRule &rule);
    qint64 integer(const char *field, const IntRule &rule);
    double number(const char *field, double min, double max, bool required = true);
    bool boolean(const char *field, bool required = false, bool fallback = false);
    QStringList stringList(const char *field, bool required, int minItems = 0, int maxItems = 1000,
                           const QStringList &oneOf = {});
    // RFC 3339 date-time ("2026-11-22T04:05:51Z"); returns it normalised to UTC.
    QString dateTime(const char *field, bool required = true);
    // ISO date ("2026-11-22").
    QString date(const char *field, bool required = true);

    void addError(const QString &field, const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    Problem problem() const { return Problem::validation(m_errors); }

private:
    QJsonValue value(const char *field, bool required);

    QJsonObject m_body;
    QList<QPair<QString, QString>> m_errors;
};

} // namespace OpsDesk::Server
