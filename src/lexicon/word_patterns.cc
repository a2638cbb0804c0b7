#include "lexicon/word_patterns.h"

#include <algorithm>
#include <cstring>

#include "base/utf8.h"
#include "tokenize/stemmer.h"

namespace isnad {
namespace {

constexpr uint32_t kMaxGap = 8;

constexpr size_t kHeadLetters = 3;

// Bytes of the first `letters` letters of `w` (all of it when shorter): up to the lead byte of
// the next letter.
size_t LetterBytes(std::string_view w, size_t letters) {
  size_t seen = 0, b = 0;
  for (; b < w.size(); ++b) {
    if ((static_cast<unsigned char>(w[b]) & 0xC0) != 0x80 && seen++ == letters) break;
  }
  return b;
}

// The first `letters` letters (at most twelve bytes) packed into an integer, with their byte
// count on top: spreads the lexicon well, and no string is built per token.
uint64_t Head(std::string_view w, size_t letters = kHeadLetters) {
  const size_t bytes = std::min<size_t>(LetterBytes(w, letters), 12);
  uint64_t h = 0;
  for (size_t i = 0; i < bytes; ++i) h = (h << 5) ^ (h >> 59) ^ static_cast<unsigned char>(w[i]);
  return h ^ static_cast<uint64_t>(bytes) << 59;
}

// Head(w, 1), Head(w, 2) and Head(w, 3) in one pass.
void Heads(std::string_view w, uint64_t* h1, uint64_t* h2, uint64_t* h3) {
  uint64_t* out[3] = {h1, h2, h3};
  uint64_t h = 0;
  size_t letters = 0, i = 0;
  for (; i < w.size() && i < 12; ++i) {
    if ((static_cast<unsigned char>(w[i]) & 0xC0) != 0x80) {
      if (letters > 0) *out[letters - 1] = h ^ static_cast<uint64_t>(i) << 59;  // letters before i
      if (letters == 3) break;
      ++letters;
    }
    h = (h << 5) ^ (h >> 59) ^ static_cast<unsigned char>(w[i]);
  }
  // The word (or its first twelve bytes) ended: the heads not yet set cover all of it.
  for (size_t k = letters == 0 ? 0 : letters - 1; k < 3; ++k) *out[k] = h ^ static_cast<uint64_t>(i) << 59;
}

// The bit of a head in WordPatterns::head_filter_.
size_t HeadBit(uint64_t head) { return (head * 0x9E3779B97F4A7C15ull) >> (64 - 16); }

// A first word that can match a token Head() cannot find it by: a prefix pattern («قد*»)
// shorter than three letters.
bool ShortPrefix(const std::string& text, bool prefix) {
  return prefix && LetterBytes(text, kHeadLetters - 1) == text.size();
}

// «للإفراج» is ل + «الإفراج»: the alef of the article is dropped in writing. Writes the word
// with it restored into `buf` (64 bytes) and returns its size, or 0.
size_t Restored(const Token& t, std::string_view word, char* buf) {
  if (t.kind != TokenKind::kWord || word.size() <= 6 || word.size() >= 64 || word.substr(0, 4) != "لل") {
    return 0;
  }
  std::memcpy(buf, "ا", 2);
  std::memcpy(buf + 2, word.data() + 2, word.size() - 2);
  return word.size();
}

}  // namespace

void WordPatterns::Forms(const TextLayers& l, uint32_t i, TokenForms* out) {
  const Token& t = l.tokens[i];
  out->n = 0;
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) return;
  const std::string_view word = l.Text(i);
  uint8_t cuts[kMaxTokenCuts];
  const int n = t.kind == TokenKind::kWord ? TokenCuts(t, cuts) : 1;
  if (t.kind != TokenKind::kWord) cuts[0] = 0;
  auto add = [&](std::string_view form) {
    Heads(form, &out->short1[out->n], &out->short2[out->n], &out->head[out->n]);
    ++out->n;
  };
  for (int c = 0; c < n; ++c) add(word.substr(cuts[c]));
  char restored[64];
  if (const size_t size = Restored(t, word, restored)) add(std::string_view(restored, size));
}

bool WordPatterns::MayStart(const TokenForms& f) const {
  for (int k = 0; k < f.n; ++k) {
    if (head_filter_.test(HeadBit(f.head[k]))) return true;
    if (!short_prefix_.empty() &&
        (short_filter_.test(HeadBit(f.short1[k])) || short_filter_.test(HeadBit(f.short2[k])))) {
      return true;
    }
  }
  return false;
}

bool WordPatterns::Add(std::string_view pattern, uint32_t payload) {
  Pattern p;
  p.payload = payload;
  p.source = std::string(pattern);
  const Normalizer norm(NormLevel::kMatch);
  bool gap = false;
  size_t pos = 0;
  while (pos < pattern.size()) {
    while (pos < pattern.size() && pattern[pos] == ' ') ++pos;
    size_t end = pattern.find(' ', pos);
    if (end == std::string_view::npos) end = pattern.size();
    std::string_view raw = pattern.substr(pos, end - pos);
    pos = end;
    if (raw.empty()) continue;
    if (raw == "…" || raw == "...") {
      gap = true;
      continue;
    }
    Word w;
    if (raw.back() == '*') {
      w.prefix = true;
      raw.remove_suffix(1);
    }
    w.text = norm.Fold(raw);
    w.gap_before = gap;
    gap = false;
    p.words.push_back(std::move(w));
  }
  if (p.words.empty()) return false;
  const uint32_t id = static_cast<uint32_t>(patterns_.size());
  if (ShortPrefix(p.words[0].text, p.words[0].prefix)) {
    short_prefix_.push_back(id);
    short_filter_.set(HeadBit(Head(p.words[0].text)));
  } else {
    const uint64_t head = Head(p.words[0].text);
    by_head_[head].push_back(id);
    head_filter_.set(HeadBit(head));
  }
  patterns_.push_back(std::move(p));
  return true;
}

bool WordPatterns::WordMatches(const Word& w, std::string_view token) {
  if (w.prefix) return token.substr(0, w.text.size()) == w.text;
  return token == w.text;
}

bool WordPatterns::MatchPattern(const Pattern& p, const TextLayers& l, uint32_t i, uint32_t end,
                                uint32_t* last) const {
  uint32_t j = i + 1;
  for (size_t k = 1; k < p.words.size(); ++k) {
    const Word& w = p.words[k];
    const uint32_t limit = w.gap_before ? std::min(end, j + kMaxGap + 1) : std::min(end, j + 1);
    bool found = false;
    for (uint32_t t = j; t < limit; ++t) {
      if (l.tokens[t].kind == TokenKind::kPunct && !w.gap_before) break;
      const std::string_view text = l.Text(t);
      // Later words may carry a proclitic too: «نقلت … عن», «وفقا لـ».
      if (WordMatches(w, text) || WordMatches(w, text.substr(l.tokens[t].prefix_len))) {
        j = t + 1;
        found = true;
        break;
      }
      if (l.tokens[t].kind == TokenKind::kPunct && (text == "." || text == "?" || text == "!")) break;
    }
    if (!found) return false;
  }
  *last = j;
  return true;
}

bool WordPatterns::MatchAt(const TextLayers& l, uint32_t i, uint32_t end, Hit* out,
                           bool* may_start) const {
  if (may_start) *may_start = false;
  const Token& t = l.tokens[i];
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) return false;
  const std::string_view word = l.Text(i);
  uint8_t cuts[kMaxTokenCuts];
  const int n = t.kind == TokenKind::kWord ? TokenCuts(t, cuts) : 1;
  if (t.kind != TokenKind::kWord) cuts[0] = 0;
  bool found = false;
  auto consider = [&](uint32_t id, std::string_view form) {
    if (!WordMatches(patterns_[id].words[0], form)) return;
    if (may_start) *may_start = true;
    uint32_t last = 0;
    if (!MatchPattern(patterns_[id], l, i, end, &last)) return;
    // Longest span wins; at equal span, the pattern with more words, then the exact one.
    const bool better = !found || last > out->last ||
                        (last == out->last &&
                         patterns_[id].words.size() > patterns_[out->pattern].words.size()) ||
                        (last == out->last && !patterns_[id].words[0].prefix &&
                         patterns_[out->pattern].words[0].prefix);
    if (better) {
      *out = Hit{i, last, patterns_[id].payload, id};
      found = true;
    }
  };
  char restored[64];
  const size_t restored_size = Restored(t, word, restored);
  for (int c = 0; c <= n; ++c) {
    if (c == n && restored_size == 0) break;
    const std::string_view form =
        c == n ? std::string_view(restored, restored_size) : word.substr(cuts[c]);
    if (const uint64_t head = Head(form); head_filter_.test(HeadBit(head))) {
      if (const auto it = by_head_.find(head); it != by_head_.end()) {
        for (uint32_t id : it->second) consider(id, form);
      }
    }
    for (uint32_t id : short_prefix_) consider(id, form);
  }
  return found;
}

bool DocumentPatterns::MatchAt(uint32_t i, uint32_t end, WordPatterns::Hit* out) const {
  if (start_[i] == kCannotStart) return false;
  if (start_[i] == kUnknown && !patterns_.MayStart(forms_.At(i))) {
    start_[i] = kCannotStart;
    return false;
  }
  bool may_start = false;
  const bool found = patterns_.MatchAt(layers_, i, end, out, &may_start);
  start_[i] = may_start ? kMayStart : kCannotStart;
  return found;
}

}  // namespace isnad
