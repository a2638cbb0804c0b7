#include "lexicon/phrase_matcher.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

struct Doc {
  std::string in;
  NormalizedText norm;
  std::vector<Token> tokens;
  explicit Doc(std::string s) : in(std::move(s)) {
    Normalizer(NormLevel::kMatch).Normalize(in, &norm);
    Tokenize(norm, &tokens);
  }
  std::vector<std::string> Find(const PhraseMatcher& m) const {
    std::vector<PhraseMatch> found;
    m.FindAll(norm, tokens, 0, static_cast<uint32_t>(tokens.size()), &found);
    std::vector<std::string> out;
    for (const auto& f : found) {
      out.push_back(in.substr(tokens[f.first_token].begin,
                              tokens[f.last_token - 1].end - tokens[f.first_token].begin));
    }
    return out;
  }
};

TEST(PhraseMatcherTest, FindsNamesInsideCliticBearingWords) {
  PhraseMatcher m;
  m.Add("قوات سوريا الديمقراطية", 1);
  m.Add("الباغوز", 2);
  m.Add("الرقة", 3);
  m.Add("قسد", 4);
  Doc d("سلموا أنفسهم لقوات سوريا الديمقراطية بالباغوز والرقة ولـ\"قسد\"");
  EXPECT_EQ(d.Find(m), (std::vector<std::string>{"لقوات سوريا الديمقراطية", "بالباغوز",
                                                  "والرقة", "قسد"}));
}

TEST(PhraseMatcherTest, PrefersTheLongestMatch) {
  PhraseMatcher m;
  m.Add("تنظيم الدولة", 1);
  m.Add("تنظيم الدولة الإسلامية", 2);
  Doc d("عناصر تنظيم الدولة الإسلامية في العراق");
  std::vector<PhraseMatch> found;
  m.FindAll(d.norm, d.tokens, 0, static_cast<uint32_t>(d.tokens.size()), &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(m.Payloads(found[0].node), std::vector<uint32_t>{2});
}

TEST(PhraseMatcherTest, SkipsQuotesBetweenWordsAndIgnoresSpellingVariants) {
  PhraseMatcher m;
  m.Add("ميليشيا قسد", 1);
  m.Add("الجزيرة نت", 2);
  Doc d("ميليشيا \"قسد\" وقال للجزيره نت");
  EXPECT_EQ(d.Find(m), (std::vector<std::string>{"ميليشيا \"قسد", "للجزيره نت"}));
}

TEST(PhraseMatcherTest, DoesNotMatchInsideOtherWords) {
  PhraseMatcher m;
  m.Add("الرقة", 1);
  Doc d("الرقيق والمرقة");
  EXPECT_TRUE(d.Find(m).empty());
}

}  // namespace
}  // namespace isnad
