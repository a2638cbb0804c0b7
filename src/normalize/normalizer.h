// Normalizer: folds Arabic news text into the forms later stages compare, while keeping, for
// every output byte, the byte offset of the input character it came from. Nothing downstream
// ever loses its way back to the original document: a token found in normalized text maps to
// [begin, end) of the input exactly as read.
//
// Levels (each includes the ones above it):
//   kDisplay  Unicode NFC; zero-width characters and bidi controls removed; exotic spaces
//             (NBSP, thin space...) become ' '. Letters and tashkeel are kept.
//   kMatch    for dictionary matching and parsing: tashkeel, Quranic marks and tatweel removed
//             ("مِنَ" -> "من", "الـمقاتلين" -> "المقاتلين"); أ إ آ ٱ -> ا; ى -> ي; ة -> ه;
//             Persian/Urdu letters ی ک ۀ ہ -> ي ك ه ه; Arabic-Indic and Extended digits -> ASCII;
//             ، ؛ ؟ ٪ -> , ; ? %; typographic quotes « » “ ” -> "; dashes -> '-'; presentation
//             forms (ﻻ, ﷲ) decomposed with NFKC; ASCII lower-cased.
//   kSearch   kMatch plus ؤ -> و and ئ -> ي, so that hamza seats written either way meet.
//
// Thread-safety: a Normalizer is immutable after construction and may be shared by threads.
// NormalizedText is a per-document scratch value; reuse one per worker (Clear() keeps memory).
#ifndef ISNAD_NORMALIZE_NORMALIZER_H_
#define ISNAD_NORMALIZE_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isnad {

enum class NormLevel : uint8_t { kDisplay, kMatch, kSearch };

// The normalized form of one input text with a map back to the input.
struct NormalizedText {
  std::string text;
  // origin[i] is the input byte offset of the character that produced text[i];
  // origin[text.size()] is the input's length. Monotonic non-decreasing.
  std::vector<uint32_t> origin;

  void Clear() {
    text.clear();
    origin.clear();
  }
  // Input span of the normalized byte range [b, e). Characters removed by normalization
  // (tashkeel, tatweel) after the range belong to it: they mark the last letter.
  uint32_t OriginBegin(uint32_t b) const { return origin[b]; }
  uint32_t OriginEnd(uint32_t e) const { return origin[e]; }
  std::string_view View(uint32_t b, uint32_t e) const {
    return std::string_view(text).substr(b, e - b);
  }
};

class Normalizer {
 public:
  explicit Normalizer(NormLevel level = NormLevel::kMatch);
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  NormLevel level() const { return level_; }

  // Normalizes `in` into `out` (cleared first; capacity kept). Invalid UTF-8 bytes become
  // U+FFFD in the output and keep their offsets, so a damaged page is still readable.
  void Normalize(std::string_view in, NormalizedText* out) const;

  // Convenience for cold paths (dictionaries, queries, tests): the normalized string only.
  std::string Fold(std::string_view in) const;

 private:
  NormLevel level_;
};

// True for code points that are Arabic letters after kMatch folding (U+0621..U+064A and the
// extended letters kept as they are).
bool IsArabicLetter(char32_t c);

}  // namespace isnad

#endif  // ISNAD_NORMALIZE_NORMALIZER_H_
