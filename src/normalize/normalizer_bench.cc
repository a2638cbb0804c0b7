// Normalizer throughput at each level on the benchmark corpus (bench/corpus.h): bytes of
// input per second, one document at a time into a reused NormalizedText.
#include <benchmark/benchmark.h>

#include "corpus.h"
#include "normalize/normalizer.h"

namespace isnad {
namespace {

void BM_Normalize(benchmark::State& state) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  const Normalizer normalizer(static_cast<NormLevel>(state.range(0)));
  NormalizedText out;
  for (auto _ : state) {
    for (const std::string& doc : corpus.docs) {
      normalizer.Normalize(doc, &out);
      benchmark::DoNotOptimize(out.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.docs.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Normalize)
    ->Arg(static_cast<int>(NormLevel::kDisplay))
    ->Arg(static_cast<int>(NormLevel::kMatch))
    ->Arg(static_cast<int>(NormLevel::kSearch))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace isnad

BENCHMARK_MAIN();
