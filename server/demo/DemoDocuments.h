#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace OpsDesk::Server::DemoDocuments {

// Small PNG images of an applicant's documents for the demo data. Text is
// only drawn when a QGuiApplication exists (fonts need one); the output is
// deterministic for the same input and fonts.
QByteArray idCardFront(const QString &name, bool male, QDate birthDate, const QString &address,
                       const QString &maskedIdNumber);
QByteArray idCardBack(const QString &issuer, QDate validFrom, QDate validTo);
QByteArray certificate(const QString &title, const QString &name, const QString &number,
                       const QString &issuer, QDate validFrom, QDate validTo);
QByteArray agreement(const QString &name, QDate signedOn);
// A photo a technician takes on the job: `index` picks the scene (an indoor
// unit, a washing machine, a kitchen hood, a pipe under a sink …) and whether
// it is "before" (dusty, grey) or "after" (clean, bright). PhotoCount scenes.
inline constexpr int PhotoCount = 8;
QByteArray servicePhoto(int index);
// A customer's evidence photo for a refund request: the scene `index`
// (0 … PhotoCount / 2 − 1, as servicePhoto's index / 2) with the spot
// complained of circled. Different bytes from the job photos, so the refund's
// files (finance only) never hide the order's photos from dispatchers.
QByteArray evidencePhoto(int index);

} // namespace OpsDesk::Server::DemoDocuments
