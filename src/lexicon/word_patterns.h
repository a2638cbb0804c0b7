// WordPatterns: small lexicons of word patterns (event triggers, unit nouns, attribution and
// modality cues) matched against tokens. A pattern is one or more words in any spelling
// (normalized here); a trailing '*' on a word matches any ending («استسلم*» covers
// «استسلموا»), and '…' between two words lets up to eight words stand between them
// («سلم* … انفس*» covers «سلم عشرات العناصر التابعين للتنظيم أنفسهم»). The first word may
// carry proclitics in the text («واستسلم», «وبحسب»). Longest match wins.
// Thread-safety: build with Add(), then MatchAt() is const.
#ifndef ISNAD_LEXICON_WORD_PATTERNS_H_
#define ISNAD_LEXICON_WORD_PATTERNS_H_

#include <absl/container/flat_hash_map.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/text_layers.h"

namespace isnad {

// The ways a lexicon reads a token — the word after each proclitic cut, and «للإفراج» as
// «الإفراج» — by the hashes of their first letters, which is all the lexicons' filters need.
// The same for every lexicon: computed once per token of a document (DocumentForms).
struct TokenForms {
  static constexpr int kMax = kMaxTokenCuts + 1;
  // Left uninitialised: a document makes one per token and fills only those it reads.
  uint8_t n;
  uint64_t head[kMax];    // the first three letters
  uint64_t short1[kMax];  // the first letter
  uint64_t short2[kMax];  // the first two letters
};

class WordPatterns {
 public:
  struct Hit {
    uint32_t first = 0, last = 0;  // tokens [first, last)
    uint32_t payload = 0;
    uint32_t pattern = 0;
  };

  // Returns false when the pattern has no words.
  bool Add(std::string_view pattern, uint32_t payload);

  // Longest pattern matching at token `i`, within tokens [i, end). `*may_start`, when given, is
  // set to whether the first word of some pattern matches token `i` (whatever `end` is).
  bool MatchAt(const TextLayers& l, uint32_t i, uint32_t end, Hit* out,
               bool* may_start = nullptr) const;

  // False when no pattern's first word can match the token the forms were read from.
  bool MayStart(const TokenForms& f) const;

  // The forms of token `i` (see TokenForms).
  static void Forms(const TextLayers& l, uint32_t i, TokenForms* out);

  const std::string& Source(uint32_t pattern) const { return patterns_[pattern].source; }
  size_t size() const { return patterns_.size(); }

 private:
  struct Word {
    std::string text;  // normalized, without '*'
    bool prefix = false;
    bool gap_before = false;
  };
  struct Pattern {
    std::vector<Word> words;
    uint32_t payload = 0;
    std::string source;
  };
  static bool WordMatches(const Word& w, std::string_view token);
  // Whether the words after the first follow token `i` (the first is checked by the caller).
  bool MatchPattern(const Pattern& p, const TextLayers& l, uint32_t i, uint32_t end,
                    uint32_t* last) const;

  std::vector<Pattern> patterns_;
  // Candidate patterns by the first three letters of their first word (Head()), and the few
  // whose first word is a prefix of fewer letters, tried on every token.
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> by_head_;
  // A bit per hashed head of by_head_: most tokens start no pattern, and one bit tells so
  // without probing the map.
  std::bitset<1 << 16> head_filter_;
  std::vector<uint32_t> short_prefix_;
  std::bitset<1 << 16> short_filter_;  // the same for the words of short_prefix_
};

// The forms of a document's tokens, read when first asked for. Not thread-safe: one per
// document and thread.
class DocumentForms {
 public:
  explicit DocumentForms(const TextLayers& layers)
      : layers_(layers), forms_(new TokenForms[layers.tokens.size()]), read_(layers.tokens.size(), false) {}

  const TokenForms& At(uint32_t i) const {
    if (!read_[i]) WordPatterns::Forms(layers_, i, &forms_[i]), read_[i] = true;
    return forms_[i];
  }

 private:
  const TextLayers& layers_;
  std::unique_ptr<TokenForms[]> forms_;  // TokenForms is trivial: new[] does not clear it
  mutable std::vector<bool> read_;
};

// One lexicon over one document's tokens. Most tokens start no pattern, and a reader that asks
// about the same token many times (the claim extractor does) learns that once.
// Not thread-safe: one per document and thread.
class DocumentPatterns {
 public:
  DocumentPatterns(const WordPatterns& patterns, const TextLayers& layers, const DocumentForms& forms)
      : patterns_(patterns), layers_(layers), forms_(forms), start_(layers.tokens.size(), kUnknown) {}

  bool MatchAt(uint32_t i, uint32_t end, WordPatterns::Hit* out) const;

 private:
  enum : uint8_t { kUnknown, kMayStart, kCannotStart };
  const WordPatterns& patterns_;
  const TextLayers& layers_;
  const DocumentForms& forms_;
  mutable std::vector<uint8_t> start_;
};

}  // namespace isnad

#endif  // ISNAD_LEXICON_WORD_PATTERNS_H_
