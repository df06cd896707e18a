#include "models/ConnectionState.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using OpsDesk::ConnectionState;

TEST(ConnectionState, TracksOfflineSinceAcrossRepeatedFailures)
{
    ConnectionState state;
    QSignalSpy spy(&state, &ConnectionState::changed);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    const QDateTime t1 = t0.addSecs(30);
    state.markOffline(QStringLiteral("refused"), t0);
    state.markOffline(QStringLiteral("timeout"), t1);
    EXPECT_EQ(state.status(), ConnectionState::Status::Offline);
    EXPECT_EQ(state.offlineSince(), t0);
    EXPECT_EQ(state.lastError(), QStringLiteral("timeout"));
    EXPECT_EQ(spy.count(), 2);

    state.markOnline(QStringLiteral("0.1.0"), t1.addSecs(5));
    EXPECT_EQ(state.status(), ConnectionState::Status::Online);
    EXPECT_FALSE(state.offlineSince().isValid());
    EXPECT_EQ(state.lastSuccessfulContact(), t1.addSecs(5));
    EXPECT_TRUE(state.lastError().isEmpty());
}
