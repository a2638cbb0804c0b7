// PhraseMatcher: finds dictionary phrases (outlet names, actors, places, role cues) in a
// tokenized document in one left-to-right pass, longest match first. Phrases are stored in a
// token trie keyed by each word's canonical form: kMatch-normalized, with a leading article
// ال dropped. The first word of a match may carry proclitics, so «لقوات سوريا الديمقراطية»,
// «والرقة», «بالباغوز» and «لـ"قسد"» find «قوات سوريا الديمقراطية», «الرقة», «الباغوز»,
// «قسد». Quote marks between the words of a phrase are skipped: «ميليشيا "قسد"».
//
// Thread-safety: build with Add() on one thread, then FindAll() is const and may run
// concurrently. Memory: one trie node per distinct phrase prefix; 100 000 names fit in tens
// of megabytes.
#ifndef ISNAD_LEXICON_PHRASE_MATCHER_H_
#define ISNAD_LEXICON_PHRASE_MATCHER_H_

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/tokenizer.h"

namespace isnad {

struct PhraseMatch {
  uint32_t first_token = 0;  // tokens [first_token, last_token)
  uint32_t last_token = 0;
  uint32_t node = 0;         // trie node; payloads via PhraseMatcher::Payloads()
  uint8_t prefix_len = 0;    // proclitic bytes cut from the first token
};

class PhraseMatcher {
 public:
  // `fold_article`: store and look up words without a leading ال. Off for source cues, where
  // «مصدر عسكري» (a new source) and «المصدر العسكري» (one already named) must differ.
  explicit PhraseMatcher(bool fold_article = true);
  PhraseMatcher(const PhraseMatcher&) = delete;
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;
  ~PhraseMatcher();

  // Adds `phrase` (any spelling; it is normalized here) with a caller-defined payload.
  // Returns false when the phrase has no word tokens.
  bool Add(std::string_view phrase, uint32_t payload);

  // Longest non-overlapping matches over tokens [begin, end), appended to `out`.
  void FindAll(const NormalizedText& norm, const std::vector<Token>& tokens, uint32_t begin,
               uint32_t end, std::vector<PhraseMatch>* out) const;

  // Longest match starting at token `i`, if any.
  bool MatchAt(const NormalizedText& norm, const std::vector<Token>& tokens, uint32_t i,
               uint32_t end, PhraseMatch* out) const;

  const std::vector<uint32_t>& Payloads(uint32_t node) const;
  size_t phrase_count() const { return phrases_; }

  // The key a word is stored under: «الرقه» -> «رقه» when folding articles.
  std::string_view Canonical(std::string_view word) const;

 private:
  static constexpr uint32_t kNoWord = ~0u;
  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return static_cast<uint64_t>(node) << 32 | word;
  }
  // The id of a canonical word, or kNoWord when no phrase has it.
  uint32_t WordId(std::string_view key) const;
  uint32_t Child(uint32_t node, uint32_t word) const;
  uint32_t Child(uint32_t node, std::string_view key) const { return Child(node, WordId(key)); }

  // The trie is flat: every distinct word gets an id once, the root's children are a vector
  // indexed by word id, and every other edge sits in one hash table keyed by (node, word). A
  // step costs one string hash (shared by the whole lexicon) and one integer lookup, however
  // many phrases are loaded.
  // (Debian's Abseil has its own string_view: lookups convert std::string_view to it.)
  absl::flat_hash_map<std::string, uint32_t> word_ids_;
  // One bit per Sketch() value of the words above: most words of a text are in no phrase and
  // are turned away by one bit test, before any hashing of their bytes.
  static uint32_t Sketch(std::string_view key);
  std::vector<uint64_t> sketches_ = std::vector<uint64_t>(kSketchBits / 64);
  static constexpr uint32_t kSketchLog2 = 16;
  static constexpr uint32_t kSketchBits = 1u << kSketchLog2;
  std::vector<uint32_t> root_;                       // word id -> node (0 = none)
  absl::flat_hash_map<uint64_t, uint32_t> edges_;    // EdgeKey(node, word) -> node
  std::vector<std::vector<uint32_t>> payloads_;      // per node
  size_t phrases_ = 0;
  bool fold_article_ = true;
};

}  // namespace isnad

#endif  // ISNAD_LEXICON_PHRASE_MATCHER_H_
