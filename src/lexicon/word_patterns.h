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

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/text_layers.h"

namespace isnad {

class WordPatterns {
 public:
  struct Hit {
    uint32_t first = 0, last = 0;  // tokens [first, last)
    uint32_t payload = 0;
    uint32_t pattern = 0;
  };

  // Returns false when the pattern has no words.
  bool Add(std::string_view pattern, uint32_t payload);

  // Longest pattern matching at token `i`, within tokens [i, end).
  bool MatchAt(const TextLayers& l, uint32_t i, uint32_t end, Hit* out) const;

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
  bool MatchPattern(const Pattern& p, const TextLayers& l, uint32_t i, uint32_t end,
                    std::string_view first_form, uint32_t* last) const;

  std::vector<Pattern> patterns_;
  // Candidate patterns by the first three letters of their first word (Head()), and the few
  // whose first word is a prefix of fewer letters, tried on every token.
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> by_head_;
  std::vector<uint32_t> short_prefix_;
};

}  // namespace isnad

#endif  // ISNAD_LEXICON_WORD_PATTERNS_H_
