#include "tokenize/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tokenize/stemmer.h"

namespace isnad {
namespace {

struct Tokenized {
  std::string in;
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  explicit Tokenized(std::string text) : in(std::move(text)) {
    Normalizer(NormLevel::kMatch).Normalize(in, &norm);
    Tokenize(norm, &tokens);
    SplitSentences(norm, tokens, &sentences);
  }
  std::vector<std::string> Texts() const {
    std::vector<std::string> v;
    for (const Token& t : tokens) v.emplace_back(TokenText(norm, t));
    return v;
  }
  std::string Original(const Token& t) const { return in.substr(t.begin, t.end - t.begin); }
  std::string SentenceText(size_t i) const {
    return in.substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  }
};

using ::testing::ElementsAre;

// The proclitic cuts cached on each word token are exactly what ProcliticCuts() gives for its
// text, so dictionary lookups may read them instead of recomputing (synthetic words covering
// و/ف, ب/ك/ل, لل, ال, the future س, one-letter words and words outside the Arabic block).
TEST(TokenizerTest, CachedCutsEqualProcliticCuts) {
  const Tokenized t("وبالرقة وللمدنيين فالجيش سيحرق كتب ب و لل الحي دمشق ولـ«قسد» و٣ abc قالت‎ روسيا");
  int words = 0;
  for (const Token& tok : t.tokens) {
    if (tok.kind != TokenKind::kWord) continue;
    ++words;
    uint8_t expect[8], got[kMaxTokenCuts];
    const int n = ProcliticCuts(TokenText(t.norm, tok), expect, 8);
    ASSERT_LE(n, kMaxTokenCuts) << TokenText(t.norm, tok);
    ASSERT_EQ(TokenCuts(tok, got), n) << TokenText(t.norm, tok);
    for (int i = 0; i < n; ++i) EXPECT_EQ(got[i], expect[i]) << TokenText(t.norm, tok) << " cut " << i;
  }
  EXPECT_GE(words, 12);
}

TEST(TokenizerTest, SplitsDigitsGluedToWords) {
  Tokenized t("بينهم3800 مشتبه");
  EXPECT_THAT(t.Texts(), ElementsAre("بينهم", "3800", "مشتبه"));
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kNumber);
  EXPECT_TRUE(t.tokens[1].is(kGlued));
}

TEST(TokenizerTest, DetachedProcliticBindsToTheQuotedWord) {
  Tokenized t("يسلّمون أنفسهم لـ\"قسد\"");
  EXPECT_THAT(t.Texts(), ElementsAre("يسلمون", "انفسهم", "ل", "\"", "قسد", "\""));
  EXPECT_EQ(t.tokens[2].kind, TokenKind::kClitic);
  EXPECT_TRUE(t.tokens[4].is(kAfterClitic));
  EXPECT_EQ(t.Original(t.tokens[2]), "لـ");  // the kashida stays with its letter
}

TEST(TokenizerTest, KeepsNumbersWithSeparatorsTogether) {
  Tokenized t("نحو 3,800 و٣٨٠٠ و3.5 مليون، 27.02.2019");
  EXPECT_THAT(t.Texts(), ElementsAre("نحو", "3,800", "و", "3800", "و", "3.5", "مليون", ",",
                                     "27.02.2019"));
  EXPECT_EQ(t.Original(t.tokens[3]), "٣٨٠٠");
}

TEST(TokenizerTest, RecognisesUrlsHashtagsHandlesAndLatin) {
  Tokenized t("شاهد https://example.org/a?b=1. #دير_الزور @SDF_Press Deir ez-Zor");
  ASSERT_GE(t.tokens.size(), 7u);
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kUrl);
  EXPECT_EQ(t.Original(t.tokens[1]), "https://example.org/a?b=1");
  EXPECT_EQ(t.tokens[3].kind, TokenKind::kHashtag);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kHandle);
  EXPECT_EQ(t.Original(t.tokens[6]), "ez-Zor");
}

TEST(TokenizerTest, RunsOfDotsAreOneTokenAndNotASentenceEnd) {
  Tokenized t("بالفيديو.. عناصر أجانب لـ\"داعش\" يسلّمون أنفسهم");
  EXPECT_EQ(t.Texts()[1], "..");
  EXPECT_EQ(t.sentences.size(), 1u);
}

TEST(TokenizerTest, EveryLineIsASentenceEvenWithoutAFullStop) {
  Tokenized t("أنباء عن استسلام شبه جماعي\n\nسلم عشرات العناصر أنفسهم. وقال مصدر إن نحو سبعين سلموا\nالمصدر : الجزيرة");
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.SentenceText(0), "أنباء عن استسلام شبه جماعي");
  EXPECT_EQ(t.SentenceText(1), "سلم عشرات العناصر أنفسهم.");
  EXPECT_EQ(t.SentenceText(3), "المصدر : الجزيرة");
  EXPECT_TRUE(t.tokens[5].is(kParaBefore));
}

TEST(TokenizerTest, AbbreviationsDoNotEndSentences) {
  Tokenized t("قال د. محمد إن U.S. forces left. ثم عادوا");
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.SentenceText(1), "ثم عادوا");
}

TEST(TokenizerTest, DotsBetweenSpelledLettersDoNotEndSentences) {
  // ant_alarabia_internationalNews.jsonl:358 «(إس.أو.إس ميديتريني)» and a channel «"إن.تي.في"»
  // spell letters; a full stop without a space after a longer word still ends a sentence.
  Tokenized t("وقالت (إس.أو.إس ميديتريني) في بيان إن السفينة أنقذت 30 شخصا. وقالت قناة \"إن.تي.في\" "
              "إن 5 قتلوا.وقال مصدر إن 7 جرحوا");
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.SentenceText(2), "وقال مصدر إن 7 جرحوا");
}

TEST(TokenizerTest, ClosingQuoteStaysWithItsSentence) {
  Tokenized t("وقال: \"المعركة ستنتهي قريبا.\" ثم غادر");
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.SentenceText(0), "وقال: \"المعركة ستنتهي قريبا.\"");
}

TEST(TokenizerTest, OriginalSpansCoverDiacritics) {
  Tokenized t("عناصر مِن تنظيم");
  EXPECT_EQ(t.Original(t.tokens[1]), "مِن");
  EXPECT_EQ(t.Texts()[1], "من");
}

TEST(TokenizerTest, EmojiAreSymbolsOfTheirOwn) {
  Tokenized t("💡 أهم المواضيع");
  EXPECT_EQ(t.tokens[0].kind, TokenKind::kSymbol);
  EXPECT_EQ(t.Texts()[1], "اهم");
}

// Tokenize stems words with one fused pass (internal::SegmentAndStem); it must agree with the
// public SegmentClitics and LightStem on every word.
TEST(TokenizerTest, StemsAgreeWithSegmentCliticsAndLightStem) {
  Tokenized t("والمقاتلين بالباغوز للمدنيين وزير التي الله سيطرة وسيحرق قتلوا مدينتها ومنهما بيت");
  ASSERT_EQ(t.tokens.size(), 12u);
  for (const Token& tok : t.tokens) {
    const std::string_view w = TokenText(t.norm, tok);
    const std::string_view stem = LightStem(w);
    EXPECT_EQ(TokenStem(t.norm, tok), stem) << w;
    EXPECT_EQ(tok.sbegin, tok.nbegin + static_cast<uint32_t>(stem.data() - w.data())) << w;
    const CliticSplit split = SegmentClitics(w);
    EXPECT_EQ(tok.prefix_len, split.prefix_len) << w;
    EXPECT_EQ(tok.suffix_len, split.suffix_len) << w;
  }
  EXPECT_EQ(TokenStem(t.norm, t.tokens[0]), "مقاتل");
}

// Letters outside U+0600..U+06FF (Arabic Supplement «ݐ») stay inside the word, which then
// has neither clitics nor a shorter stem, as the stemmer leaves such words whole.
TEST(TokenizerTest, LettersOutsideTheArabicBlockStayInTheWord) {
  Tokenized t("والݐمقاتلين ب");
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.Texts()[0], "والݐمقاتلين");
  EXPECT_EQ(t.tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(t.tokens[0].prefix_len, 0);
  EXPECT_EQ(TokenStem(t.norm, t.tokens[0]), "والݐمقاتلين");
}

}  // namespace
}  // namespace isnad
