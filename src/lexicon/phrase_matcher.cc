#include "lexicon/phrase_matcher.h"

#include <cstring>

#include "tokenize/stemmer.h"

namespace isnad {
namespace {

bool Matchable(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin ||
         t.kind == TokenKind::kNumber;
}

bool IsQuote(const NormalizedText& norm, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view p = TokenText(norm, t);
  return p == "\"" || p == "'";
}

}  // namespace

PhraseMatcher::PhraseMatcher(bool fold_article) : fold_article_(fold_article) {
  payloads_.emplace_back();  // node 0, the root
}
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;
PhraseMatcher::~PhraseMatcher() = default;

std::string_view PhraseMatcher::Canonical(std::string_view w) const {
  // Drop the article when at least two letters remain: «الرقه» -> «رقه», «الحي» stays.
  if (fold_article_ && w.size() >= 8 && w.substr(0, 4) == "ال") w.remove_prefix(4);
  return w;
}

uint32_t PhraseMatcher::Sketch(std::string_view key) {
  // The length and the first and last four bytes: two letters at each end of a normalized
  // Arabic word.
  uint64_t x = key.size();
  if (key.size() >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, key.data(), 4);
    std::memcpy(&tail, key.data() + key.size() - 4, 4);
    x ^= uint64_t{head} << 32 ^ uint64_t{tail} << 8;
  } else {
    for (const char c : key) x = x << 8 ^ static_cast<unsigned char>(c);
  }
  return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> (64 - kSketchLog2));
}

uint32_t PhraseMatcher::WordId(std::string_view key) const {
  const uint32_t s = Sketch(key);
  if ((sketches_[s / 64] >> (s % 64) & 1) == 0) return kNoWord;
  const auto it = word_ids_.find(absl::string_view(key.data(), key.size()));
  return it == word_ids_.end() ? kNoWord : it->second;
}

uint32_t PhraseMatcher::Child(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  if (node == 0) return root_[word];
  const auto it = edges_.find(EdgeKey(node, word));
  return it == edges_.end() ? 0 : it->second;
}

bool PhraseMatcher::Add(std::string_view phrase, uint32_t payload) {
  NormalizedText norm;
  Normalizer(NormLevel::kMatch).Normalize(phrase, &norm);
  std::vector<Token> tokens;
  Tokenize(norm, &tokens);
  uint32_t node = 0;
  bool any = false;
  for (const Token& t : tokens) {
    if (!Matchable(t)) continue;  // punctuation inside a name is ignored: «عربي 21», «أ.ف.ب»
    const std::string_view key = Canonical(TokenText(norm, t));
    const auto [it, fresh] = word_ids_.try_emplace(std::string(key), static_cast<uint32_t>(root_.size()));
    if (fresh) {
      root_.push_back(0);
      const uint32_t sketch = Sketch(key);
      sketches_[sketch / 64] |= uint64_t{1} << (sketch % 64);
    }
    const uint32_t word = it->second;
    uint32_t child = Child(node, word);
    if (child == 0) {
      child = static_cast<uint32_t>(payloads_.size());
      payloads_.emplace_back();
      if (node == 0) {
        root_[word] = child;
      } else {
        edges_.emplace(EdgeKey(node, word), child);
      }
    }
    node = child;
    any = true;
  }
  if (!any) return false;
  auto& p = payloads_[node];
  for (uint32_t x : p) {
    if (x == payload) return true;
  }
  p.push_back(payload);
  ++phrases_;
  return true;
}

bool PhraseMatcher::MatchAt(const NormalizedText& norm, const std::vector<Token>& tokens,
                            uint32_t i, uint32_t end, PhraseMatch* out) const {
  const Token& first = tokens[i];
  if (!Matchable(first)) return false;
  const std::string_view w = TokenText(norm, first);
  uint8_t cuts[kMaxTokenCuts] = {0};
  const int ncuts = first.kind == TokenKind::kWord ? TokenCuts(first, cuts) : 1;
  bool found = false;
  for (int c = 0; c < ncuts; ++c) {
    uint32_t node = Child(0, Canonical(w.substr(cuts[c])));
    if (node == 0) continue;
    uint32_t j = i + 1;
    uint32_t best_node = payloads_[node].empty() ? 0 : node;
    uint32_t best_end = j;
    while (j < end) {
      uint32_t k = j;
      while (k < end && IsQuote(norm, tokens[k])) ++k;  // «ميليشيا "قسد"»
      if (k >= end || !Matchable(tokens[k])) break;
      const uint32_t next = Child(node, Canonical(TokenText(norm, tokens[k])));
      if (next == 0) break;
      node = next;
      j = k + 1;
      if (!payloads_[node].empty()) {
        best_node = node;
        best_end = j;
      }
    }
    if (best_node != 0 && (!found || best_end > out->last_token)) {
      *out = PhraseMatch{i, best_end, best_node, cuts[c]};
      found = true;
    }
  }
  return found;
}

void PhraseMatcher::FindAll(const NormalizedText& norm, const std::vector<Token>& tokens,
                            uint32_t begin, uint32_t end, std::vector<PhraseMatch>* out) const {
  for (uint32_t i = begin; i < end;) {
    PhraseMatch m;
    if (MatchAt(norm, tokens, i, end, &m)) {
      out->push_back(m);
      i = m.last_token;
    } else {
      ++i;
    }
  }
}

const std::vector<uint32_t>& PhraseMatcher::Payloads(uint32_t node) const {
  return payloads_[node];
}

}  // namespace isnad
