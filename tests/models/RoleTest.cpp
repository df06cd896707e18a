#include "models/Role.h"

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(Role, IdsRoundTrip)
{
    for (const Role role : allRoles())
        EXPECT_EQ(roleFromId(roleId(role)), role);
    EXPECT_EQ(roleFromId(QStringLiteral(" Finance ")), Role::Finance);
    EXPECT_FALSE(roleFromId(QStringLiteral("cashier")).has_value());
}

TEST(Role, WorkspacesFollowTheBrief)
{
    EXPECT_EQ(workspacesForRole(Role::Admin), allWorkspaces());
    EXPECT_TRUE(workspacesForRole(Role::Dispatcher).contains(Workspace::Dispatch));
    EXPECT_FALSE(workspacesForRole(Role::Dispatcher).contains(Workspace::Finance));
    EXPECT_TRUE(workspacesForRole(Role::Finance).contains(Workspace::Finance));
    EXPECT_FALSE(workspacesForRole(Role::Finance).contains(Workspace::Audit));
    EXPECT_TRUE(workspacesForRole(Role::Auditor).contains(Workspace::Audit));
    EXPECT_FALSE(workspacesForRole(Role::Auditor).contains(Workspace::Dispatch));
}

TEST(Role, SeveralRolesUnionInCanonicalOrder)
{
    const auto workspaces = workspacesForRoles({Role::Auditor, Role::Dispatcher});
    EXPECT_EQ(workspaces, (QList<Workspace>{Workspace::Dispatch, Workspace::Orders,
                                            Workspace::Audit, Workspace::Dashboards}));
}

TEST(Workspace, IdsRoundTrip)
{
    for (const Workspace workspace : allWorkspaces())
        EXPECT_EQ(workspaceFromId(workspaceId(workspace)), workspace);
    EXPECT_EQ(workspaceFromId(QStringLiteral("ORDERS")), Workspace::Orders);
    EXPECT_FALSE(workspaceFromId(QStringLiteral("map")).has_value());
}
