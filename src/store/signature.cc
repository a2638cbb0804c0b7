#include "store/signature.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unordered_set>

namespace isnad {
namespace {

struct Parts {
  std::unordered_set<std::string_view> stems, places, actors;
};

Parts Split(const DocSignature& s) {
  Parts p;
  for (const std::string& t : s.terms) {
    if (IsPlaceTerm(t)) p.places.insert(t);
    else if (IsActorTerm(t)) p.actors.insert(t);
    else p.stems.insert(t);
  }
  return p;
}

double Jaccard(const std::unordered_set<std::string_view>& a,
               const std::unordered_set<std::string_view>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t both = 0;
  for (std::string_view x : a) both += b.count(x);
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

}  // namespace

double Similarity(const DocSignature& a, const DocSignature& b) {
  const Parts x = Split(a), y = Split(b);
  // Specific places weigh most: two reports naming «الباغوز» and «السفافنة» are about one
  // place; shared vocabulary and actors confirm it.
  return 0.45 * Jaccard(x.stems, y.stems) + 0.40 * Jaccard(x.places, y.places) +
         0.15 * Jaccard(x.actors, y.actors);
}

double EstimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

bool WithinWindow(const DocSignature& a, const DocSignature& b, int window_days) {
  if (!a.day || !b.day) return true;
  return std::abs(*a.day - *b.day) <= window_days;
}

StoryMatch BestStory(const DocSignature& sig, const std::vector<Candidate>& candidates,
                     const StoryOptions& options) {
  StoryMatch best;
  for (const Candidate& c : candidates) {
    if (!WithinWindow(sig, c.signature, options.window_days)) continue;
    const double dup = EstimatedJaccard(sig.minhash, c.signature.minhash);
    if (dup >= options.duplicate) {
      // A near copy: same story, and it counts as the original's source, not a new one.
      return StoryMatch{c.story, c.duplicate_of.empty() ? c.id : c.duplicate_of, 1.0};
    }
    const double s = Similarity(sig, c.signature);
    if (s >= options.threshold && s > best.similarity) best = StoryMatch{c.story, "", s};
  }
  return best;
}

std::vector<uint32_t> MinHash(const std::vector<std::string_view>& words) {
  constexpr size_t kHashes = 64, kShingle = 5;
  std::vector<uint32_t> out(kHashes, std::numeric_limits<uint32_t>::max());
  if (words.size() < kShingle) {
    if (words.empty()) return {};
  }
  const size_t n = words.size() >= kShingle ? words.size() - kShingle + 1 : 1;
  for (size_t i = 0; i < n; ++i) {
    XXH64_state_t* st = XXH64_createState();
    XXH64_reset(st, 0);
    for (size_t k = i; k < std::min(words.size(), i + kShingle); ++k) {
      XXH64_update(st, words[k].data(), words[k].size());
      XXH64_update(st, " ", 1);
    }
    const uint64_t h = XXH64_digest(st);
    XXH64_freeState(st);
    // 64 hash functions from one 64-bit hash: h1 + j*h2 (Kirsch–Mitzenmacher).
    const auto h1 = static_cast<uint32_t>(h), h2 = static_cast<uint32_t>(h >> 32) | 1u;
    for (size_t j = 0; j < kHashes; ++j) {
      const uint32_t v = h1 + static_cast<uint32_t>(j) * h2;
      out[j] = std::min(out[j], v);
    }
  }
  return out;
}

std::string JoinTerms(const std::vector<std::string>& terms) {
  std::string s;
  for (const std::string& t : terms) {
    if (!s.empty()) s.push_back(' ');
    s += t;
  }
  return s;
}

std::vector<std::string> SplitTerms(std::string_view s) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p < s.size()) {
    size_t e = s.find(' ', p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) out.emplace_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

std::string PackMinHash(const std::vector<uint32_t>& h) {
  std::string s;
  char buf[9];
  for (uint32_t v : h) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    s += buf;
  }
  return s;
}

std::vector<uint32_t> UnpackMinHash(std::string_view hex) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i + 8 <= hex.size(); i += 8) {
    out.push_back(static_cast<uint32_t>(std::stoul(std::string(hex.substr(i, 8)), nullptr, 16)));
  }
  return out;
}

}  // namespace isnad
