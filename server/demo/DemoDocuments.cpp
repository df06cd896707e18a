#include "server/demo/DemoDocuments.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPolygonF>

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

namespace {

// One of the job scenes, "before" (dusty, grey) or "after" (clean, bright),
// with a tag in the corner; `circled` rings the spot a customer complains of.
QByteArray scenePhoto(int scene, bool after, const QString &tag, const QColor &tagColor,
                      bool circled)
{
    QImage image(480, 320, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // A wall and a floor, warmer after the job.
    const QColor wall = after ? QColor(0xf2, 0xee, 0xe4) : QColor(0xc9, 0xc4, 0xb8);
    const QColor floor = after ? QColor(0xc8, 0xa8, 0x7e) : QColor(0x8e, 0x7d, 0x68);
    p.fillRect(0, 0, 480, 230, wall);
    p.fillRect(0, 230, 480, 90, floor);
    const QColor body = after ? QColor(0xfa, 0xfa, 0xfa) : QColor(0xb0, 0xab, 0xa0);
    const QColor edge = QColor(0x6b, 0x66, 0x5e);
    p.setPen(QPen(edge, 2));
    switch (scene) {
    case 0: // an air-conditioner's indoor unit with its vents
        p.setBrush(body);
        p.drawRoundedRect(90, 60, 300, 90, 14, 14);
        for (int y = 118; y < 145; y += 7)
            p.drawLine(110, y, 370, y);
        p.setBrush(after ? QColor(0x4c, 0xaf, 0x50) : QColor(0x9e, 0x9e, 0x9e));
        p.drawEllipse(QPointF(360, 80), 5, 5);
        break;
    case 1: // a front-loading washing machine
        p.setBrush(body);
        p.drawRoundedRect(150, 70, 180, 200, 10, 10);
        p.setBrush(after ? QColor(0xbb, 0xde, 0xfb) : QColor(0x78, 0x78, 0x70));
        p.drawEllipse(QPointF(240, 180), 60, 60);
        p.drawLine(165, 100, 315, 100);
        break;
    case 2: // a range hood over a hob
        p.setBrush(body);
        p.drawPolygon(QPolygonF{{170, 40}, {310, 40}, {370, 130}, {110, 130}});
        p.setBrush(QColor(0x42, 0x42, 0x42));
        p.drawRect(120, 200, 240, 24);
        if (!after) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x5d, 0x4a, 0x2a, 140));
            p.drawEllipse(QPointF(240, 120), 90, 14); // grease
        }
        break;
    default: // a drain pipe under a sink
        p.setBrush(body);
        p.drawRect(80, 40, 320, 40);
        p.setBrush(after ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x8d, 0x80, 0x6a));
        p.drawRect(225, 80, 30, 70);
        p.drawRoundedRect(200, 150, 80, 40, 18, 18);
        p.drawRect(265, 160, 140, 22);
        if (!after) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x5b, 0x7d, 0x96, 160));
            p.drawEllipse(QPointF(240, 265), 80, 16); // a puddle
        }
        break;
    }
    if (circled) {
        p.setPen(QPen(QColor(0xe5, 0x39, 0x35), 5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(240, 150), 120, 70);
    }
    // A small tag in the corner: before, after, or the customer's photo.
    p.setPen(Qt::NoPen);
    p.setBrush(tagColor);
    p.drawRoundedRect(12, 12, 84, 26, 6, 6);
    text(p, 22, 31, tag, 14, Qt::white, true);
    p.end();
    return png(image);
}

} // namespace

QByteArray servicePhoto(int index)
{
    const bool after = index % 2 == 1;
    return scenePhoto((index / 2) % (PhotoCount / 2), after,
                      after ? QStringLiteral("完工后") : QStringLiteral("施工前"),
                      after ? QColor(0x2e, 0x7d, 0x32) : QColor(0xbf, 0x36, 0x0c), false);
}

QByteArray evidencePhoto(int index)
{
    // The scene as the customer found it after the visit: not clean, circled.
    return scenePhoto(index % (PhotoCount / 2), false, QStringLiteral("用户拍摄"),
                      QColor(0x6a, 0x1b, 0x9a), true);
}

} // namespace OpsDesk::Server::DemoDocuments
