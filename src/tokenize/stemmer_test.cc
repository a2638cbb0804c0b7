#include "tokenize/stemmer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/normalizer.h"

namespace isnad {
namespace {

std::string N(std::string_view s) { return Normalizer(NormLevel::kMatch).Fold(s); }
std::string Stem(std::string_view s) {
  const std::string n = N(s);
  return std::string(LightStem(n));
}
std::string Bare(std::string_view s) {
  const std::string n = N(s);
  const CliticSplit c = SegmentClitics(n);
  return n.substr(c.prefix_len, n.size() - c.prefix_len - c.suffix_len);
}

TEST(CliticTest, StripsConjunctionPrepositionAndArticle) {
  EXPECT_EQ(Bare("والرقة"), N("رقة"));
  EXPECT_EQ(Bare("بالباغوز"), N("باغوز"));
  EXPECT_EQ(Bare("للمدنيين"), N("مدنيين"));
  EXPECT_EQ(Bare("لقوات"), N("قوات"));
  EXPECT_EQ(Bare("وسيحرق"), N("يحرق"));
}

TEST(CliticTest, KeepsLettersThatBelongToTheWord) {
  EXPECT_EQ(Bare("وزير"), N("وزير"));
  EXPECT_EQ(Bare("بين"), N("بين"));
  EXPECT_EQ(Bare("فصائل"), N("فصائل"));
  EXPECT_EQ(Bare("لبنان"), N("لبنان"));
  EXPECT_EQ(Bare("بلدة"), N("بلدة"));
}

TEST(CliticTest, StripsEncliticPronouns) {
  EXPECT_EQ(Bare("عناصرها"), N("عناصر"));
  EXPECT_EQ(Bare("أنفسهم"), N("أنفس"));
  EXPECT_EQ(Bare("قواتنا"), N("قوات"));
}

TEST(CliticTest, ProcliticCutsListEveryReading) {
  const std::string w = N("وبالرقة");
  uint8_t cuts[8];
  const int n = ProcliticCuts(w, cuts, 8);
  std::vector<int> v(cuts, cuts + n);
  EXPECT_EQ(v, (std::vector<int>{0, 2, 4, 8}));
}

TEST(LightStemTest, ConflatesInflectedForms) {
  EXPECT_EQ(Stem("والمقاتلين"), N("مقاتل"));
  EXPECT_EQ(Stem("مقاتلون"), N("مقاتل"));
  EXPECT_EQ(Stem("المدنيين"), N("مدني"));
  EXPECT_EQ(Stem("مدنيا"), N("مدني"));
  EXPECT_EQ(Stem("العسكرية"), N("عسكري"));
  EXPECT_EQ(Stem("بالمدينة"), N("مدين"));
  EXPECT_EQ(Stem("مدينة"), Stem("المدينة"));
}

TEST(LightStemTest, LeavesShortWordsAlone) {
  EXPECT_EQ(Stem("من"), N("من"));
  EXPECT_EQ(Stem("حي"), N("حي"));
  EXPECT_EQ(Stem("قال"), N("قال"));
}

}  // namespace
}  // namespace isnad
