// No per-token heap allocation on the hot path: counts calls to the global operator new while
// normalize + tokenize + stem run over every document of the benchmark corpus with reused
// buffers. After one warm-up pass (buffers grow to the largest document), the count per
// document must not grow with the number of tokens. Prints one JSON object; exits 1 when some
// document allocates more than kMaxPerDoc times.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>

#include "corpus.h"
#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"

namespace {
std::atomic<uint64_t> g_news{0};
}  // namespace

void* operator new(std::size_t n) {
  g_news.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

int main() {
  using namespace isnad;
  constexpr uint64_t kMaxPerDoc = 4;  // the rare NFC pass may build a composed copy
  const bench::Corpus& corpus = bench::LoadCorpus();
  const Normalizer normalizer(NormLevel::kMatch);
  NormalizedText norm;
  std::vector<Token> tokens;
  uint64_t warm = 0, counted = 0, max_doc = 0, n_tokens = 0, docs_allocating = 0;
  for (int pass = 0; pass < 2; ++pass) {
    const uint64_t before_pass = g_news.load();
    for (const std::string& doc : corpus.docs) {
      const uint64_t before = g_news.load();
      normalizer.Normalize(doc, &norm);
      Tokenize(norm, &tokens);
      const uint64_t n = g_news.load() - before;
      if (pass == 1) {
        n_tokens += tokens.size();
        if (n > max_doc) max_doc = n;
        if (n > 0) ++docs_allocating;
      }
    }
    (pass == 0 ? warm : counted) = g_news.load() - before_pass;
  }
  const bool ok = max_doc <= kMaxPerDoc;
  std::printf(
      "{\"docs\": %zu, \"tokens\": %llu, \"warmup_allocations\": %llu, \"allocations\": %llu, "
      "\"allocations_per_doc\": %.4f, \"allocations_per_1k_tokens\": %.4f, \"max_per_doc\": %llu, "
      "\"docs_allocating\": %llu, \"ok\": %s}\n",
      corpus.docs.size(), static_cast<unsigned long long>(n_tokens),
      static_cast<unsigned long long>(warm), static_cast<unsigned long long>(counted),
      static_cast<double>(counted) / static_cast<double>(corpus.docs.size()),
      1000.0 * static_cast<double>(counted) / static_cast<double>(n_tokens),
      static_cast<unsigned long long>(max_doc), static_cast<unsigned long long>(docs_allocating),
      ok ? "true" : "false");
  return ok ? 0 : 1;
}
