#include "base/utf8.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("الباغوز"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("abc\xFF" "def"), 3u);
  EXPECT_EQ(FindInvalidUtf8("\xD8"), 0u);                 // truncated two-byte sequence
  EXPECT_EQ(FindInvalidUtf8("ok \xC0\xAF"), 3u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);         // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xEF\xBF\xBD"), std::string_view::npos);  // a real U+FFFD is fine
}

TEST(Utf8Test, DecodeNeverReadsPastTheEnd) {
  char32_t c;
  std::string_view s("\xE2\x80", 2);
  EXPECT_EQ(DecodeUtf8(s, 0, &c), 1u);
  EXPECT_EQ(c, 0xFFFDu);
}

TEST(Utf8Test, AppendRoundTrips) {
  std::string out;
  for (char32_t c : {U'a', U'ب', U'€', U'😀'}) AppendUtf8(c, &out);
  EXPECT_EQ(out, "aب€😀");
  EXPECT_EQ(CountCodePoints(out), 4u);
}

}  // namespace
}  // namespace isnad
