#include "store/signature.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <cstdio>
#include <limits>

namespace isnad {
namespace {

// A signature split by kind, each part sorted by term so two signatures compare in one merge.
struct Parts {
  std::vector<std::pair<std::string_view, float>> stems, places;
  std::vector<std::string_view> actors;
};

// Sorts by term; a term listed twice keeps its last weight.
void SortUnique(std::vector<std::pair<std::string_view, float>>* v) {
  std::stable_sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t out = 0;
  for (size_t i = 0; i < v->size(); ++i) {
    if (out > 0 && (*v)[out - 1].first == (*v)[i].first) {
      (*v)[out - 1].second = (*v)[i].second;
    } else {
      (*v)[out++] = (*v)[i];
    }
  }
  v->resize(out);
}

Parts Split(const DocSignature& s) {
  Parts p;
  for (size_t i = 0; i < s.terms.size(); ++i) {
    const std::string& t = s.terms[i];
    const float w = i < s.weights.size() ? s.weights[i] : 1.0f;
    if (IsPlaceTerm(t)) p.places.emplace_back(t, w);
    else if (IsActorTerm(t)) p.actors.push_back(t);
    else p.stems.emplace_back(t, w);
  }
  SortUnique(&p.stems);
  SortUnique(&p.places);
  std::sort(p.actors.begin(), p.actors.end());
  p.actors.erase(std::unique(p.actors.begin(), p.actors.end()), p.actors.end());
  return p;
}

// Calls both(wa, wb) for each term in a and b, only_a(wa) and only_b(wb) for the others.
template <class Both, class OnlyA, class OnlyB>
void Merge(const std::vector<std::pair<std::string_view, float>>& a,
           const std::vector<std::pair<std::string_view, float>>& b, Both both, OnlyA only_a,
           OnlyB only_b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const int c = a[i].first.compare(b[j].first);
    if (c == 0) {
      both(a[i++].second, b[j++].second);
    } else if (c < 0) {
      only_a(a[i++].second);
    } else {
      only_b(b[j++].second);
    }
  }
  for (; i < a.size(); ++i) only_a(a[i].second);
  for (; j < b.size(); ++j) only_b(b[j].second);
}

// Weighted Jaccard: Σ min / Σ max over the union.
double WeightedJaccard(const std::vector<std::pair<std::string_view, float>>& a,
                       const std::vector<std::pair<std::string_view, float>>& b) {
  double lo = 0, hi = 0;
  Merge(
      a, b,
      [&](double x, double y) {
        lo += std::min(x, y);
        hi += std::max(x, y);
      },
      [&](double x) { hi += x; }, [&](double y) { hi += y; });
  return hi > 0 ? lo / hi : 0;
}

double Cosine(const std::vector<std::pair<std::string_view, float>>& a,
              const std::vector<std::pair<std::string_view, float>>& b) {
  double dot = 0, na = 0, nb = 0;
  Merge(
      a, b,
      [&](double x, double y) {
        dot += x * y;
        na += x * x;
        nb += y * y;
      },
      [&](double x) { na += x * x; }, [&](double y) { nb += y * y; });
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double Jaccard(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t both = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const int c = a[i].compare(b[j]);
    both += c == 0;
    i += c <= 0;
    j += c >= 0;
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

// Shared rare words (TF-IDF cosine) and shared places weigh most — villages, points and
// neighbourhoods three times a city or region: two reports naming «الباغوز» and «السفافنة»
// are about one place, two naming «دير الزور» may not be; shared actors confirm it.
double Similarity(const Parts& x, const Parts& y) {
  return 0.55 * Cosine(x.stems, y.stems) + 0.35 * WeightedJaccard(x.places, y.places) +
         0.10 * Jaccard(x.actors, y.actors);
}

}  // namespace

double Similarity(const DocSignature& a, const DocSignature& b) { return Similarity(Split(a), Split(b)); }

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
  // A near copy joins its original's story whatever else holds.
  for (const Candidate& c : candidates) {
    if (EstimatedJaccard(sig.minhash, c.signature.minhash) >= options.duplicate &&
        WithinWindow(sig, c.signature, options.window_days)) {
      return StoryMatch{c.story, c.duplicate_of.empty() ? c.id : c.duplicate_of, 1.0};
    }
  }
  // Average link: a document joins the story whose members it resembles on average, not the
  // story of one look-alike — single links chain unrelated reports into one long story. A
  // story with any dated member outside the window is closed to it.
  struct Acc {
    double sum = 0;
    int n = 0;
    bool closed = false;
  };
  std::unordered_map<int64_t, Acc> by_story;
  const Parts mine = Split(sig);
  for (const Candidate& c : candidates) {
    Acc& a = by_story[c.story];
    if (!WithinWindow(sig, c.signature, options.window_days)) {
      a.closed = true;
      continue;
    }
    a.sum += Similarity(mine, Split(c.signature));
    ++a.n;
  }
  StoryMatch best;
  for (const auto& [story, a] : by_story) {
    if (a.closed || a.n == 0) continue;
    const double s = a.sum / a.n;
    if (s >= options.threshold && (s > best.similarity || (s == best.similarity && story < best.story))) {
      best = StoryMatch{story, "", s};
    }
  }
  return best;
}

std::vector<std::string> CandidateKeys(const DocSignature& sig) {
  std::vector<std::pair<float, const std::string*>> places, stems;
  for (size_t i = 0; i < sig.terms.size(); ++i) {
    const float w = i < sig.weights.size() ? sig.weights[i] : 1.0f;
    if (IsPlaceTerm(sig.terms[i])) places.emplace_back(w, &sig.terms[i]);
    else if (!IsActorTerm(sig.terms[i])) stems.emplace_back(w, &sig.terms[i]);
  }
  auto by_weight = [](const auto& a, const auto& b) { return a.first > b.first; };
  std::stable_sort(places.begin(), places.end(), by_weight);
  std::stable_sort(stems.begin(), stems.end(), by_weight);
  std::vector<std::string> keys;
  for (size_t i = 0; i < places.size() && i < 4; ++i) keys.push_back(*places[i].second);
  for (size_t i = 0; i < stems.size() && keys.size() < 12; ++i) keys.push_back(*stems[i].second);
  return keys;
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

std::string JoinTerms(const DocSignature& sig) {
  std::string s;
  char buf[16];
  for (size_t i = 0; i < sig.terms.size(); ++i) {
    if (!s.empty()) s.push_back(' ');
    s += sig.terms[i];
    if (i < sig.weights.size() && !IsActorTerm(sig.terms[i])) {
      std::snprintf(buf, sizeof buf, "|%.3f", sig.weights[i]);
      s += buf;
    }
  }
  return s;
}

void SplitTerms(std::string_view s, DocSignature* sig) {
  size_t p = 0;
  while (p < s.size()) {
    size_t e = s.find(' ', p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) {
      std::string_view t = s.substr(p, e - p);
      float w = 1.0f;
      if (const size_t bar = t.find('|'); bar != std::string_view::npos) {
        w = std::strtof(std::string(t.substr(bar + 1)).c_str(), nullptr);
        t = t.substr(0, bar);
      }
      sig->terms.emplace_back(t);
      sig->weights.push_back(w);
    }
    p = e + 1;
  }
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
