#include "server/demo/DemoDocuments.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

namespace OpsDesk::Server::DemoDocuments {

namespace {

bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QFont font(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::NoAntialias); // smaller PNGs, same bytes everywhere
    return f;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 20);
    return bytes;
}

QString chineseDate(QDate date)
{
    return QStringLiteral("%1.%2.%3")
        .arg(date.year())
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

void text(QPainter &p, int x, int y, const QString &s, int size, QColor color = Qt::black,
          bool bold = false)
{
    if (!canDrawText())
        return;
    p.setFont(font(size, bold));
    p.setPen(color);
    p.drawText(x, y, s);
}

} // namespace

QByteArray idCardFront(const QString &name, bool male, QDate birthDate, const QString &address,
                       const QString &maskedIdNumber)
{
    QImage image(428, 270, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xe6));
    QPainter p(&image);
    p.fillRect(0, 0, 428, 8, QColor(0x9c, 0xc3, 0xd5));
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.setBrush(QColor(0xdd, 0xe3, 0xea));
    p.drawRect(300, 40, 100, 125); // the photo
    p.setBrush(QColor(0xaa, 0xb4, 0xc0));
    p.drawEllipse(325, 60, 50, 55);
    p.drawRoundedRect(315, 120, 70, 45, 20, 20);
    const QColor label(0x2a, 0x5c, 0x8a);
    text(p, 24, 50, QStringLiteral("姓名"), 14, label);
    text(p, 70, 50, name, 20, Qt::black, true);
    text(p, 24, 85, QStringLiteral("性别"), 14, label);
    text(p, 70, 85, male ? QStringLiteral("男") : QStringLiteral("女"), 16);
    text(p, 120, 85, QStringLiteral("民族"), 14, label);
    text(p, 166, 85, QStringLiteral("汉"), 16);
    text(p, 24, 118, QStringLiteral("出生"), 14, label);
    text(p, 70, 118,
         QStringLiteral("%1年%2月%3日")
             .arg(birthDate.year())
             .arg(birthDate.month())
             .arg(birthDate.day()),
         16);
    text(p, 24, 152, QStringLiteral("住址"), 14, label);
    text(p, 70, 152, address.left(14), 14);
    text(p, 70, 172, address.mid(14, 14), 14);
    text(p, 24, 235, QStringLiteral("公民身份号码"), 14, label);
    text(p, 130, 235, maskedIdNumber, 18, Qt::black, true);
    p.end();
    return png(image);
}

QByteArray idCardBack(const QString &issuer, QDate validFrom, QDate validTo)
{
    QImage image(428, 270, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xe6));
    QPainter p(&image);
    p.setPen(QPen(QColor(0xc0, 0x3a, 0x2b), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(24, 24, 70, 70); // the national emblem, abstracted
    p.drawEllipse(40, 40, 38, 38);
    text(p, 120, 58, QStringLiteral("中华人民共和国"), 22, Qt::black, true);
    text(p, 140, 100, QStringLiteral("居民身份证"), 26, Qt::black, true);
    text(p, 60, 200, QStringLiteral("签发机关"), 14, QColor(0x2a, 0x5c, 0x8a));
    text(p, 150, 200, issuer, 15);
    text(p, 60, 235, QStringLiteral("有效期限"), 14, QColor(0x2a, 0x5c, 0x8a));
    text(p, 150, 235, chineseDate(validFrom) + QStringLiteral("-") + chineseDate(validTo), 15);
    p.end();
    return png(image);
}

QByteArray certificate(const QString &title, const QString &name, const QString &number,
                       const QString &issuer, QDate validFrom, QDate validTo)
{
    QImage image(520, 360, QImage::Format_RGB32);
    image.fill(QColor(0xfb, 0xfa, 0xf5));
    QPainter p(&image);
    p.setPen(QPen(QColor(0x8a, 0x6d, 0x1f), 6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(10, 10, 500, 340);
    p.setPen(QPen(QColor(0xc0, 0x3a, 0x2b), 3));
    p.drawEllipse(390, 230, 90, 90); // the seal
    text(p, 40, 70, title, 26, QColor(0x8a, 0x1f, 0x1f), true);
    text(p, 40, 125, QStringLiteral("姓　　名：") + name, 17);
    text(p, 40, 160, QStringLiteral("证　　号：") + number, 17);
    text(p, 40, 195, QStringLiteral("发证机关：") + issuer, 17);
    text(p, 40, 230, QStringLiteral("初领日期：") + chineseDate(validFrom), 17);
    text(p, 40, 265, QStringLiteral("有效期至：") + chineseDate(validTo), 17);
    p.end();
    return png(image);
}

QByteArray agreement(const QString &name, QDate signedOn)
{
    QImage image(420, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int y = 90; y < 230; y += 18)
        p.drawLine(30, y, 390, y);
    text(p, 110, 50, QStringLiteral("平台服务合作协议"), 22, Qt::black, true);
    text(p, 30, 260, QStringLiteral("签署人：") + name, 15);
    text(p, 230, 260, QStringLiteral("日期：") + chineseDate(signedOn), 15);
    p.end();
    return png(image);
}

} // namespace OpsDesk::Server::DemoDocuments
