#pragma once

#include <QByteArrayView>

#include <vector>

namespace OpsDesk {

// The top-level members of one JSON object, read in place: keys and values
// are views into the text, strings without their quotes. For the sync hot
// path, where a record's few indexed fields are needed a million times and a
// full QJsonDocument parse would cost more than storing the record.
//
// valid() is false for text that is not one well-bracketed object; a string
// with an escape sequence makes hasEscapes() true, and then callers decode
// the record with QJsonDocument instead (rare: ids, codes and most text have
// none).
class FlatJson
{
public:
    explicit FlatJson(QByteArrayView json);

    bool valid() const { return m_valid; }
    bool hasEscapes() const { return m_escapes; }
    QByteArrayView text() const { return m_text; }

    bool contains(QByteArrayView key) const { return find(key) != nullptr; }
    // A string member's UTF-8 bytes; empty when absent or not a string.
    QByteArrayView string(QByteArrayView key) const;
    qint64 integer(QByteArrayView key, qint64 fallback = 0) const;
    double real(QByteArrayView key, double fallback = 0) const;
    bool boolean(QByteArrayView key) const;
    // A member's raw JSON text (arrays, objects).
    QByteArrayView raw(QByteArrayView key) const;

private:
    struct Member
    {
        QByteArrayView key;
        QByteArrayView value;
        bool isString = false;
    };
    const Member *find(QByteArrayView key) const;

    QByteArrayView m_text;
    std::vector<Member> m_members;
    bool m_valid = false;
    bool m_escapes = false;
};

} // namespace OpsDesk
