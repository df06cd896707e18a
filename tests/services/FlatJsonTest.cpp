#include "services/sync/FlatJson.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace OpsDesk;

TEST(FlatJson, ReadsTopLevelMembersInPlace)
{
    const QByteArray text = R"({"id":"O1","version":7,"city":"wuhan","lat":30.5,"has_refund":true,
        "notes":[{"text":"a,b}"}],"nested":{"id":"X"},"price_cents":15000,"empty":""} )";
    const FlatJson json(text);
    ASSERT_TRUE(json.valid());
    EXPECT_FALSE(json.hasEscapes());
    EXPECT_EQ(json.string("id"), "O1");
    EXPECT_EQ(json.integer("version"), 7);
    EXPECT_EQ(json.string("city"), "wuhan");
    EXPECT_DOUBLE_EQ(json.real("lat"), 30.5);
    EXPECT_TRUE(json.boolean("has_refund"));
    EXPECT_FALSE(json.boolean("missing"));
    EXPECT_EQ(json.raw("notes"), R"([{"text":"a,b}"}])");
    EXPECT_EQ(json.raw("nested"), R"({"id":"X"})");
    EXPECT_EQ(json.integer("price_cents"), 15000);
    EXPECT_EQ(json.integer("missing", -1), -1);
    EXPECT_TRUE(json.contains("empty"));
    EXPECT_EQ(json.string("empty"), "");
}

TEST(FlatJson, FlagsEscapesAndRefusesBrokenText)
{
    EXPECT_TRUE(FlatJson(R"({"address":"5号\"锦绣\"家园"})").hasEscapes());
    EXPECT_TRUE(FlatJson(R"({"address":"5号\"锦绣\"家园"})").valid());
    for (const char *broken : {"", "[]", "{", R"({"id":"O1")", R"({"id":"O1"} x)", R"({"id" "O1"})",
                               R"({"a":[1,2})", R"({"a":"unterminated})"})
        EXPECT_FALSE(FlatJson(broken).valid()) << broken;
}
