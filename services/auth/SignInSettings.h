#pragma once

#include "models/Staff.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace OpsDesk {

// The non-secret facts of the last sign-in, kept in QSettings so that the
// next start knows where and as whom to resume: the server address, the
// username, whether to stay signed in, and the staff record the server sent
// (roles and city scope, for an offline start).
//
// Never a password or a token: those live in the sign-in dialog's field and
// in the OS keychain only (see SessionManager).
struct SignInSettings
{
    QUrl serverUrl;
    QString username;
    bool remember = true;
    std::optional<Staff> staff; // only while a remembered session exists

    static SignInSettings load();
    // Writes every field; an empty `staff` removes the stored record.
    void save() const;
    // Sign-out: the staff record goes, server and username stay for the form.
    static void forgetStaff();
};

} // namespace OpsDesk
