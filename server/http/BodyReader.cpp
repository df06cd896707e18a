#include "server/http/BodyReader.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace OpsDesk::Server {

BodyReader::BodyReader(const QJsonObject &body)
    : m_body(body)
{}

bool BodyReader::has(const char *field) const
{
    const QJsonValue v = m_body.value(QLatin1String(field));
    return !v.isUndefined() && !v.isNull();
}

void BodyReader::addError(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

QJsonValue BodyReader::value(const char *field, bool required)
{
    const QJsonValue v = m_body.value(QLatin1String(field));
    if ((v.isUndefined() || v.isNull()) && required)
        addError(QString::fromLatin1(field), QStringLiteral("is required"));
    return v;
}

QString BodyReader::string(const char *field, const StringRule &rule)
{
    const QJsonValue v = value(field, rule.required);
    if (v.isUndefined() || v.isNull())
        return {};
    const QString name = QString::fromLatin1(field);
    if (!v.isString()) {
        addError(name, QStringLiteral("must be a string"));
        return {};
    }
    const QString text = v.toString().trimmed();
    if (rule.required && text.isEmpty() && rule.minLength == 0) {
        addError(name, QStringLiteral("must not be empty"));
        return {};
    }
    if (text.size() < rule.minLength) {
        addError(name, QStringLiteral("must have at least %1 characters").arg(rule.minLength));
        return {};
    }
    if (text.size() > rule.maxLength) {
        addError(name, QStringLiteral("must have at most %1 characters").arg(rule.maxLength));
        return {};
    }
    if (!rule.oneOf.isEmpty() && !rule.oneOf.contains(text)) {
        addError(name,
                 QStringLiteral("must be one of: %1").arg(rule.oneOf.join(QStringLiteral(", "))));
        return {};
    }
    return text;
}

qint64 BodyReader::integer(const char *field, const IntRule &rule)
{
    const QJsonValue v = value(field, rule.required);
    if (v.isUndefined() || v.isNull())
        return rule.min > 0 ? rule.min : 0;
    const QString name = QString::fromLatin1(field);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || std::floor(d) != d) {
        addError(name, QStringLiteral("must be an integer"));
        return rule.min;
    }
    if (d < static_cast<double>(rule.min) || d > static_cast<double>(rule.max)) {
        addError(name, QStringLiteral("must be between %1 and %2").arg(rule.min).arg(rule.max));
        return rule.min;
    }
    return static_cast<qint64>(d);
}

double BodyReader::number(const char *field, double min, double max, bool required)
{
    const QJsonValue v = value(field, required);
    if (v.isUndefined() || v.isNull())
        return min;
    const QString name = QString::fromLatin1(field);
    if (!v.isDouble()) {
        addError(name, QStringLiteral("must be a number"));
        return min;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        addError(name, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return min;
    }
    return d;
}

bool BodyReader::boolean(const char *field, bool required, bool fallback)
{
    const QJsonValue v = value(field, required);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        addError(QString::fromLatin1(field), QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList BodyReader::stringList(const char *field, bool required, int minItems, int maxItems,
                                   const QStringList &oneOf)
{
    const QJsonValue v = value(field, required);
    if (v.isUndefined() || v.isNull())
        return {};
    const QString name = QString::fromLatin1(field);
    if (!v.isArray()) {
        addError(name, QStringLiteral("must be an array of strings"));
        return {};
    }
    const QJsonArray array = v.toArray();
    if (array.size() < minItems || array.size() > maxItems) {
        addError(name, QStringLiteral("must have %1 to %2 items").arg(minItems).arg(maxItems));
        return {};
    }
    QStringList result;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            addError(name, QStringLiteral("must contain only non-empty strings"));
            return {};
        }
        if (!oneOf.isEmpty() && !oneOf.contains(item.toString())) {
            addError(name, QStringLiteral("contains an unknown value: %1").arg(item.toString()));
            return {};
        }
        result.append(item.toString().trimmed());
    }
    return result;
}

QString BodyReader::dateTime(const char *field, bool required)
{
    const QString text = string(field, {.required = required, .maxLength = 40});
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || !(text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+')) ||
                               text.lastIndexOf(QLatin1Char('-')) > 10)) {
        addError(QString::fromLatin1(field),
                 QStringLiteral("must be an RFC 3339 date-time with a time zone"));
        return {};
    }
    return parsed.toUTC().toString(Qt::ISODate);
}

QString BodyReader::date(const char *field, bool required)
{
    const QString text = string(field, {.required = required, .maxLength = 10});
    if (text.isEmpty())
        return {};
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || text.size() != 10) {
        addError(QString::fromLatin1(field), QStringLiteral("must be a date (YYYY-MM-DD)"));
        return {};
    }
    return text;
}

} // namespace OpsDesk::Server
