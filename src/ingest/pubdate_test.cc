#include "ingest/pubdate.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace isnad {
namespace {

std::string Dateline(std::string_view line) {
  const std::string n = Normalizer(NormLevel::kMatch).Fold(line);
  Span s;
  auto t = FindDateline(n, &s);
  return t ? t->ToIso() : "none";
}

TEST(PubdateTest, ReadsSyriaTvDatelineWithDamascusOffset) {
  // Damascus was on UTC+2 in February 2019 (winter time).
  EXPECT_EQ(Dateline("تاريخ النشر: 27.02.2019 | 14:02 دمشق"), "2019-02-27T14:02:00+02:00");
}

TEST(PubdateTest, ReadsTwelveHourClockWithArabicMeridiem) {
  EXPECT_EQ(Dateline("الأربعاء، 01-11-2017 12:40 ص"), "2017-11-01T00:40:00");
  EXPECT_EQ(Dateline("الأربعاء، 01-11-2017 03:15 م"), "2017-11-01T15:15:00");
}

TEST(PubdateTest, ReadsArabicIndicDigitsAndIsoOrder) {
  EXPECT_EQ(Dateline("نشر في ٢٠١٩-٠٢-٢٧"), "2019-02-27");
  EXPECT_EQ(Dateline("لا تاريخ هنا 99.99.2019"), "none");
}

TEST(PubdateTest, ParsesIsoAndRfc2822Metadata) {
  EXPECT_EQ(ParseTimestamp("2019-02-27T14:02:00+02:00")->ToIso(), "2019-02-27T14:02:00+02:00");
  EXPECT_EQ(ParseTimestamp("2019-02-27T12:02:00Z")->ToIso(), "2019-02-27T12:02:00+00:00");
  EXPECT_EQ(ParseTimestamp("2019-02-27T14:02:00.000+03:00")->ToIso(), "2019-02-27T14:02:00+03:00");
  EXPECT_EQ(ParseTimestamp("Sun, 18 Feb 2018 20:50:44 GMT")->ToIso(), "2018-02-18T20:50:44+00:00");
  EXPECT_EQ(ParseTimestamp("2015-07-21 02:51:32")->ToIso(), "2015-07-21T02:51:32");
  EXPECT_EQ(ParseTimestamp("٢٧.٠٢.٢٠١٩")->ToIso(), "2019-02-27");
  EXPECT_FALSE(ParseTimestamp("2019-02-30").has_value());
}

TEST(PubdateTest, OffsetFollowsDaylightSavingOfTheDate) {
  EXPECT_EQ(UtcOffsetMinutes("Asia/Damascus", 2019, 2, 27, 14, 2), 120);
  EXPECT_EQ(UtcOffsetMinutes("Asia/Damascus", 2019, 7, 1, 12, 0), 180);
  EXPECT_FALSE(UtcOffsetMinutes("Nowhere/City", 2019, 7, 1, 12, 0).has_value());
}

}  // namespace
}  // namespace isnad
