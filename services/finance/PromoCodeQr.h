#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace OpsDesk::PromoCodeQr {

// A promo code as a QR code (libqrencode, error correction level M,
// case-sensitive, the encoder choosing the compact modes: a promo code of
// A–Z and 0–9 is alphanumeric, 20 characters fit the smallest symbol).
struct Matrix
{
    int version = 0;  // 1…40
    int size = 0;     // modules per side: 17 + 4 × version
    QList<bool> dark; // size × size, row by row
    bool isNull() const { return size == 0; }
    bool isDark(int x, int y) const { return dark.at(y * size + x); }
};

// Empty matrix and *error when the text cannot be encoded.
Matrix encode(const QString &text, QString *error = nullptr);

// Modules drawn as exact `modulePixels` squares with the standard 4-module
// quiet zone: black on white, no scaling or smoothing, so every edge is
// sharp at any print size that is a multiple.
QImage render(const Matrix &matrix, int modulePixels = 12);

// A printable card: the QR code, and under it the code, the coupon's name
// and its terms.
struct Card
{
    QString code;
    QString title;
    QString terms;
};

// Writes the PNG (render()) or the one-page PDF (A6, 300 dpi; the QR code
// drawn as vector squares) through a temporary file renamed into place:
// never half a file. False with a sentence in *error. The PDF needs a
// QGuiApplication (fonts).
bool writePng(const Matrix &matrix, const QString &path, QString *error, int modulePixels = 12);
bool writePdf(const Matrix &matrix, const Card &card, const QString &path, QString *error);

} // namespace OpsDesk::PromoCodeQr
