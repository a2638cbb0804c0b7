// Peer: Snowball's Arabic stemmer (Debian's libstemmer 2.2) alone on the benchmark corpus.
// The text is split on ASCII whitespace (no normalization, no punctuation handling) and every
// piece is stemmed: the least work a Snowball-based pipeline can do, so the ratio against
// BM_Tokenize (which normalizes, tokenizes and stems) is conservative.
#include <benchmark/benchmark.h>
#include <libstemmer.h>

#include "corpus.h"

namespace isnad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

void BM_SnowballStem(benchmark::State& state) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  sb_stemmer* sb = sb_stemmer_new("arabic", "UTF_8");
  if (sb == nullptr) {
    state.SkipWithError("libstemmer has no Arabic stemmer");
    return;
  }
  size_t words = 0;
  for (auto _ : state) {
    for (const std::string& doc : corpus.docs) {
      const char* p = doc.data();
      const size_t n = doc.size();
      size_t i = 0;
      while (i < n) {
        while (i < n && IsSpace(p[i])) ++i;
        const size_t b = i;
        while (i < n && !IsSpace(p[i])) ++i;
        if (i == b) break;
        benchmark::DoNotOptimize(
            sb_stemmer_stem(sb, reinterpret_cast<const sb_symbol*>(p + b), static_cast<int>(i - b)));
        ++words;
      }
    }
  }
  sb_stemmer_delete(sb);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SnowballStem)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace isnad

BENCHMARK_MAIN();
