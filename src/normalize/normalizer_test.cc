#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

std::string M(std::string_view s) { return Normalizer(NormLevel::kMatch).Fold(s); }

TEST(NormalizerTest, RemovesTashkeelAndTatweel) {
  EXPECT_EQ(M("مِن"), "من");
  EXPECT_EQ(M("الـمقاتلين"), "المقاتلين");
  EXPECT_EQ(M("مُتَمَرْكِزِينَ"), "متمركزين");
  EXPECT_EQ(M("هٰذا"), "هذا");  // dagger alef
}

TEST(NormalizerTest, UnifiesAlefYehTehMarbuta) {
  EXPECT_EQ(M("أحمد إبراهيم آمن ٱلله"), "احمد ابراهيم امن الله");
  EXPECT_EQ(M("مستشفى"), "مستشفي");
  EXPECT_EQ(M("قرية"), "قريه");
}

TEST(NormalizerTest, FoldsPersianLettersDigitsAndPunctuation) {
  EXPECT_EQ(M("ی ک ۀ"), "ي ك ه");
  EXPECT_EQ(M("٣٨٠٠ و۱۲"), "3800 و12");
  EXPECT_EQ(M("نعم، لا؛ لماذا؟"), "نعم, لا; لماذا?");
  EXPECT_EQ(M("«قسد» “SDF”"), "\"قسد\" \"sdf\"");
  EXPECT_EQ(M("٣٫٥"), "3.5");
}

TEST(NormalizerTest, DropsInvisibleControls) {
  EXPECT_EQ(M("دير\u200Fالزور"), "ديرالزور");
  EXPECT_EQ(M("a\u00A0b"), "a b");
  EXPECT_EQ(M("\uFEFFنص"), "نص");
}

TEST(NormalizerTest, DecomposesPresentationForms) {
  EXPECT_EQ(M("\uFEFB"), "لا");  // lam-alef ligature
}

TEST(NormalizerTest, ComposesDecomposedHamzaBeforeFolding) {
  // alef + combining hamza above (U+0654) is «أ» in NFC, then ا at kMatch; at kSearch, waw +
  // hamza above composes to ؤ and folds to و.
  EXPECT_EQ(M("\u0627\u0654\u062D\u0645\u062F"), "احمد");
  EXPECT_EQ(Normalizer(NormLevel::kSearch).Fold("\u0648\u0654"), "و");
  EXPECT_EQ(Normalizer(NormLevel::kDisplay).Fold("\u0627\u0654"), "\u0623");
}

TEST(NormalizerTest, DisplayKeepsLettersAndMarks) {
  Normalizer d(NormLevel::kDisplay);
  EXPECT_EQ(d.Fold("مِن الـرقة"), "مِن الـرقة");
  EXPECT_EQ(d.Fold("مِن\u200Bهنا"), "مِنهنا");
}

TEST(NormalizerTest, SearchFoldsHamzaSeats) {
  Normalizer s(NormLevel::kSearch);
  EXPECT_EQ(s.Fold("مسؤول رئيس"), "مسوول رييس");
  EXPECT_EQ(M("مسؤول"), "مسؤول");
}

TEST(NormalizerTest, OriginMapsEveryByteBackToTheInput) {
  const std::string in = "مِنْ «٣٨٠٠» الـرقة";
  NormalizedText out;
  Normalizer(NormLevel::kMatch).Normalize(in, &out);
  ASSERT_EQ(out.origin.size(), out.text.size() + 1);
  EXPECT_EQ(out.origin.back(), in.size());
  for (size_t i = 1; i < out.origin.size(); ++i) EXPECT_LE(out.origin[i - 1], out.origin[i]);
  // "3800" sits at normalized [6, 10); it came from the Arabic-Indic digits.
  const size_t n = out.text.find("3800");
  ASSERT_NE(n, std::string::npos);
  const std::string_view orig = std::string_view(in).substr(
      out.OriginBegin(static_cast<uint32_t>(n)),
      out.OriginEnd(static_cast<uint32_t>(n + 4)) - out.OriginBegin(static_cast<uint32_t>(n)));
  EXPECT_EQ(orig, "٣٨٠٠");
  // The word «من» keeps its diacritics in the original span.
  EXPECT_EQ(in.substr(out.OriginBegin(0), out.OriginEnd(4)), "مِنْ");
}

TEST(NormalizerTest, InvalidBytesBecomeReplacementCharacters) {
  NormalizedText out;
  Normalizer(NormLevel::kMatch).Normalize("a\xFFz", &out);
  EXPECT_EQ(out.text, "a\uFFFDz");
  EXPECT_EQ(out.origin[1], 1u);
  EXPECT_EQ(out.origin[4], 2u);
}

}  // namespace
}  // namespace isnad
