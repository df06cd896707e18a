#include "services/sync/FlatJson.h"

#include <charconv>

namespace OpsDesk {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

FlatJson::FlatJson(QByteArrayView json)
    : m_text(json)
{
    m_members.reserve(32);
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n && isSpace(json[i]))
        ++i;
    if (i >= n || json[i] != '{')
        return;
    ++i;
    // Scans one string from the opening quote at `at`; returns one past the
    // closing quote, or -1.
    auto scanString = [&](qsizetype at) -> qsizetype {
        for (qsizetype k = at + 1; k < n; ++k) {
            if (json[k] == '\\') {
                m_escapes = true;
                ++k;
            } else if (json[k] == '"') {
                return k + 1;
            }
        }
        return -1;
    };
    for (;;) {
        while (i < n && (isSpace(json[i]) || json[i] == ','))
            ++i;
        if (i >= n)
            return;
        if (json[i] == '}') {
            ++i;
            break;
        }
        if (json[i] != '"')
            return;
        const qsizetype keyEnd = scanString(i);
        if (keyEnd < 0)
            return;
        Member member;
        member.key = json.sliced(i + 1, keyEnd - i - 2);
        i = keyEnd;
        while (i < n && isSpace(json[i]))
            ++i;
        if (i >= n || json[i] != ':')
            return;
        ++i;
        while (i < n && isSpace(json[i]))
            ++i;
        if (i >= n)
            return;
        const qsizetype start = i;
        if (json[i] == '"') {
            const qsizetype end = scanString(i);
            if (end < 0)
                return;
            member.value = json.sliced(start + 1, end - start - 2);
            member.isString = true;
            i = end;
        } else if (json[i] == '{' || json[i] == '[') {
            int depth = 0;
            for (; i < n; ++i) {
                const char c = json[i];
                if (c == '"') {
                    const qsizetype end = scanString(i);
                    if (end < 0)
                        return;
                    i = end - 1;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++i;
                    break;
                }
            }
            if (depth != 0)
                return;
            member.value = json.sliced(start, i - start);
        } else {
            while (i < n && json[i] != ',' && json[i] != '}' && !isSpace(json[i]))
                ++i;
            member.value = json.sliced(start, i - start);
        }
        m_members.push_back(member);
    }
    while (i < n && isSpace(json[i]))
        ++i;
    m_valid = i == n;
}

const FlatJson::Member *FlatJson::find(QByteArrayView key) const
{
    for (const Member &member : m_members)
        if (member.key == key)
            return &member;
    return nullptr;
}

QByteArrayView FlatJson::string(QByteArrayView key) const
{
    const Member *member = find(key);
    return member && member->isString ? member->value : QByteArrayView();
}

qint64 FlatJson::integer(QByteArrayView key, qint64 fallback) const
{
    const Member *member = find(key);
    if (!member || member->isString)
        return fallback;
    qint64 value = fallback;
    const auto [end, error] =
        std::from_chars(member->value.data(), member->value.data() + member->value.size(), value);
    if (error != std::errc() || end != member->value.data() + member->value.size()) {
        // 12.0 and the like: a number JSON allows for an integer field.
        const double real = this->real(key, double(fallback));
        return qint64(real);
    }
    return value;
}

double FlatJson::real(QByteArrayView key, double fallback) const
{
    const Member *member = find(key);
    if (!member || member->isString)
        return fallback;
    double value = fallback;
    const auto [end, error] =
        std::from_chars(member->value.data(), member->value.data() + member->value.size(), value);
    return error == std::errc() ? value : fallback;
}

bool FlatJson::boolean(QByteArrayView key) const
{
    const Member *member = find(key);
    return member && !member->isString && member->value == "true";
}

QByteArrayView FlatJson::raw(QByteArrayView key) const
{
    const Member *member = find(key);
    return member ? member->value : QByteArrayView();
}

} // namespace OpsDesk
