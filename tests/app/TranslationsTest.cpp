// Fails when a user-visible string has no finished zh_CN (or en) translation:
// lupdate runs over the current sources into a scratch catalog, and every
// message it finds must be translated in the committed catalogs.
#include "common/TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString translation;
    bool finished = false;
};

// (context + '\x1f' + source) → message
QHash<QString, Message> readCatalog(const QString &path, QString *error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                current = Message();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.finished = type.isEmpty();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.insert(context + QChar(0x1f) + source, current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QHash<QString, Message> freshCatalog(QString *error)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("fresh.ts"));
    const QString root = OpsDesk::TestSupport::sourceDir();
    QStringList args;
    for (const char *folder : {"models", "services", "ui", "app"})
        args.append(root + QLatin1Char('/') + QString::fromLatin1(folder));
    args << QStringLiteral("-I") << root << QStringLiteral("-extensions") << QStringLiteral("cpp,h")
         << QStringLiteral("-silent") << QStringLiteral("-ts") << ts;
    const auto result =
        OpsDesk::TestSupport::runProgram(QStringLiteral(OPSDESK_LUPDATE), args, 120000);
    if (result.exitCode != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromUtf8(result.err);
        return {};
    }
    return readCatalog(ts, error);
}

void expectComplete(const QString &language)
{
    QString error;
    const auto fresh = freshCatalog(&error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(fresh.size(), 20) << "lupdate found suspiciously few strings";
    const auto committed =
        readCatalog(OpsDesk::TestSupport::sourceDir() +
                        QStringLiteral("/translations/opsdesk_%1.ts").arg(language),
                    &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    QStringList missing;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const auto found = committed.constFind(it.key());
        if (found == committed.cend() || !found->finished || found->translation.isEmpty())
            missing.append(QString(it.key()).replace(QChar(0x1f), QStringLiteral(" :: ")));
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated " << qPrintable(language)
                                   << " strings (run the update_translations target and "
                                      "translate them):\n"
                                   << qPrintable(missing.join(QLatin1Char('\n')));
}

} // namespace

TEST(Translations, ChineseIsComplete)
{
    expectComplete(QStringLiteral("zh_CN"));
}

TEST(Translations, EnglishIsComplete)
{
    expectComplete(QStringLiteral("en"));
}
