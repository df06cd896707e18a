#include "services/finance/PromoCodeQr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

#include <qrencode.h>

namespace OpsDesk::PromoCodeQr {

namespace {

constexpr int QuietZone = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("PromoCodeQr", text);
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.commit()) {
        if (error)
            *error =
                tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

Matrix encode(const QString &text, QString *error)
{
    Matrix matrix;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        if (error)
            *error = tr("There is no code to encode.");
        return matrix;
    }
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        if (error)
            *error = tr("The code could not be turned into a QR code.");
        return matrix;
    }
    matrix.version = code->version;
    matrix.size = code->width;
    matrix.dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.dark.size(); ++i)
        matrix.dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return matrix;
}

QImage render(const Matrix &matrix, int modulePixels)
{
    if (matrix.isNull() || modulePixels < 1)
        return {};
    const int side = (matrix.size + 2 * QuietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            if (!matrix.isDark(x, y))
                continue;
            const int left = (x + QuietZone) * modulePixels;
            const int top = (y + QuietZone) * modulePixels;
            for (int row = top; row < top + modulePixels; ++row)
                std::fill_n(image.scanLine(row) + left, modulePixels, uchar(0));
        }
    }
    return image;
}

bool writePng(const Matrix &matrix, const QString &path, QString *error, int modulePixels)
{
    const QImage image = render(matrix, modulePixels);
    if (image.isNull()) {
        if (error)
            *error = tr("There is no QR code to save.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("Could not create %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return commit(file, path, error);
}

bool writePdf(const Matrix &matrix, const Card &card, const QString &path, QString *error)
{
    if (matrix.isNull()) {
        if (error)
            *error = tr("There is no QR code to print.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("Could not create %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A6));
        pdf.setResolution(300);
        pdf.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
        pdf.setTitle(card.title);
        pdf.setCreator(QStringLiteral("OpsDesk"));
        QPainter painter(&pdf);
        if (!painter.isActive()) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not start the PDF %1.").arg(QFileInfo(path).fileName());
            return false;
        }
        const QRect page = painter.viewport();
        // The QR code: whole device pixels per module, centred, quiet zone included.
        const int modules = matrix.size + 2 * QuietZone;
        const int module = std::max(1, int(page.width() * 0.8) / modules);
        const int side = module * modules;
        const int left = page.left() + (page.width() - side) / 2;
        const int top = page.top();
        painter.fillRect(QRect(left, top, side, side), Qt::white);
        for (int y = 0; y < matrix.size; ++y)
            for (int x = 0; x < matrix.size; ++x)
                if (matrix.isDark(x, y))
                    painter.fillRect(QRect(left + (x + QuietZone) * module,
                                           top + (y + QuietZone) * module, module, module),
                                     Qt::black);
        // Under it: the code large, the coupon's name, its terms.
        int y = top + side + page.height() / 40;
        QFont font = painter.font();
        font.setPointSizeF(18);
        font.setBold(true);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 2);
        painter.setFont(font);
        QRect codeBox(page.left(), y, page.width(), painter.fontMetrics().height() * 3 / 2);
        painter.drawText(codeBox, Qt::AlignHCenter | Qt::AlignTop, card.code);
        y = codeBox.bottom() + 1;
        font.setPointSizeF(11);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        painter.setFont(font);
        QTextOption centred(Qt::AlignHCenter);
        centred.setWrapMode(QTextOption::WordWrap);
        const QRectF titleBox(page.left(), y, page.width(), page.bottom() - y);
        const QRectF titleUsed = painter.boundingRect(titleBox, card.title, centred);
        painter.drawText(titleBox, card.title, centred);
        font.setPointSizeF(8);
        font.setBold(false);
        painter.setFont(font);
        const QRectF termsBox(page.left(), titleUsed.bottom() + page.height() / 80.0, page.width(),
                              page.bottom() - titleUsed.bottom());
        painter.drawText(termsBox, card.terms, centred);
        painter.end();
    }
    return commit(file, path, error);
}

} // namespace OpsDesk::PromoCodeQr
