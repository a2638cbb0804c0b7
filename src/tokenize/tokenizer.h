// Tokenizer and sentence splitter over kMatch-normalized text (see normalize/normalizer.h).
// Tokens are plain values holding offsets, never strings: [begin, end) index the ORIGINAL
// document bytes, [nbegin, nend) the normalized text; the stem is a sub-range of the latter.
//
// What real pages contain and how it comes out:
//   «بينهم3800»        -> بينهم | 3800            (digits glued to words are split)
//   «لـ"داعش"»         -> ل (kClitic) | " | داعش   (kashida and quote detach a proclitic; the
//                                                 word after carries kAfterClitic)
//   «3,800» «٣٨٠٠» «3.5» -> one kNumber each       (separators between digits stay inside)
//   «بالفيديو..»       -> بالفيديو | ..            («..» is a pause, not a sentence end)
//   URLs, #hashtags, @handles, Latin words and emoji are tokens of their own kind.
//
// Sentences end at . ! ? (not after a one-letter abbreviation such as «د.» or a Latin one such
// as "U.S."), at «...» followed by a new line, and at every line break: headlines and
// paragraphs without a full stop are still sentences.
//
// Thread-safety: free functions over caller-owned buffers; no shared state.
#ifndef ISNAD_TOKENIZE_TOKENIZER_H_
#define ISNAD_TOKENIZE_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"

namespace isnad {

enum class TokenKind : uint8_t {
  kWord,     // Arabic letters
  kNumber,   // digits, with , . between digits
  kLatin,    // Latin letters (and digits after the first letter)
  kClitic,   // a one-letter proclitic cut off by kashida, quote or space: «لـ» «و»
  kPunct,    // punctuation; runs of the same mark are one token («..», «!!»)
  kUrl,
  kHashtag,
  kHandle,   // @name
  kSymbol,   // anything else: emoji, currency, dingbats
};

// Bits of Token::flags.
enum TokenFlag : uint8_t {
  kGlued = 1 << 0,         // no whitespace between this token and the previous one
  kLineBefore = 1 << 1,    // a line break separates it from the previous token
  kParaBefore = 1 << 2,    // a blank line (paragraph break) separates it
  kAfterClitic = 1 << 3,   // a kClitic token stands just before it: «لـ"قسد"»
};

struct Token {
  uint32_t begin = 0;   // original bytes [begin, end)
  uint32_t end = 0;
  uint32_t nbegin = 0;  // normalized bytes [nbegin, nend)
  uint32_t nend = 0;
  uint32_t sbegin = 0;  // light stem, normalized bytes [sbegin, send) within [nbegin, nend)
  uint32_t send = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  uint8_t prefix_len = 0;  // bytes of proclitics found by SegmentClitics (normalized)
  uint8_t suffix_len = 0;  // bytes of enclitics
  // kWord: ProcliticCuts() of the word after its leading 0, zero-padded («وبالرقه» -> 2 4 8),
  // computed once here because every dictionary lookup tries them. Read with TokenCuts().
  uint8_t cuts[3] = {0, 0, 0};

  bool is(TokenFlag f) const { return (flags & f) != 0; }
};

// ProcliticCuts() of a kWord token's text, from the tokenizer's cache: writes at most
// kMaxTokenCuts values into `out` and returns how many (0 for a word of one letter).
inline constexpr int kMaxTokenCuts = 4;
inline int TokenCuts(const Token& t, uint8_t* out) {
  if (t.nend - t.nbegin < 4) return 0;  // fewer than two letters: no cut leaves a word
  out[0] = 0;
  int n = 1;
  for (int i = 0; i < kMaxTokenCuts - 1 && t.cuts[i] != 0; ++i) out[n++] = t.cuts[i];
  return n;
}

struct Sentence {
  uint32_t first_token = 0;  // tokens [first_token, last_token)
  uint32_t last_token = 0;
  uint32_t begin = 0;        // original bytes of its first and last token
  uint32_t end = 0;
};

// REQUIRES: `norm` was produced at NormLevel::kMatch or kSearch.
// Appends to `out` (cleared first, capacity kept).
void Tokenize(const NormalizedText& norm, std::vector<Token>* out);

void SplitSentences(const NormalizedText& norm, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out);

inline std::string_view TokenText(const NormalizedText& norm, const Token& t) {
  return norm.View(t.nbegin, t.nend);
}
inline std::string_view TokenStem(const NormalizedText& norm, const Token& t) {
  return norm.View(t.sbegin, t.send);
}

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_TOKENIZER_H_
