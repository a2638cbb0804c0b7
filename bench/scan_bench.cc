// Number and date scans (src/extract) on the benchmark corpus. Two figures each:
//   BM_Scan*/0  the scan alone, over documents normalized and tokenized before timing;
//   BM_Scan*/1  normalize + tokenize + scan, what a document costs end to end.
// Built only when the extract stage has the sources (see bench/CMakeLists.txt).
#include <benchmark/benchmark.h>

#include <vector>

#include "corpus.h"
#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"
#ifdef ISNAD_HAVE_NUMBERS
#include "extract/numbers.h"
#endif
#ifdef ISNAD_HAVE_DATES
#include "extract/dates.h"
#endif

namespace isnad {
namespace {

struct Prepared {
  std::vector<NormalizedText> norm;
  std::vector<std::vector<Token>> tokens;
};

const Prepared& Prepare() {
  static const Prepared p = [] {
    Prepared r;
    const bench::Corpus& corpus = bench::LoadCorpus();
    const Normalizer normalizer(NormLevel::kMatch);
    r.norm.resize(corpus.docs.size());
    r.tokens.resize(corpus.docs.size());
    for (size_t i = 0; i < corpus.docs.size(); ++i) {
      normalizer.Normalize(corpus.docs[i], &r.norm[i]);
      Tokenize(r.norm[i], &r.tokens[i]);
    }
    return r;
  }();
  return p;
}

template <typename ScanFn>
void RunScan(benchmark::State& state, ScanFn scan) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  const bool full = state.range(0) == 1;
  const Prepared& prep = Prepare();
  const Normalizer normalizer(NormLevel::kMatch);
  NormalizedText norm;
  std::vector<Token> tokens;
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.docs.size(); ++i) {
      if (full) {
        normalizer.Normalize(corpus.docs[i], &norm);
        Tokenize(norm, &tokens);
        mentions += scan(corpus.docs[i], norm, tokens);
      } else {
        mentions += scan(corpus.docs[i], prep.norm[i], prep.tokens[i]);
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["mentions/s"] =
      benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
}

#ifdef ISNAD_HAVE_NUMBERS
void BM_ScanNumbers(benchmark::State& state) {
  std::vector<NumberMention> out;
  RunScan(state, [&](const std::string&, const NormalizedText& n, const std::vector<Token>& t) {
    ScanNumbers(n, t, &out);
    return out.size();
  });
}
BENCHMARK(BM_ScanNumbers)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
#endif

#ifdef ISNAD_HAVE_DATES
void BM_ScanDates(benchmark::State& state) {
  std::vector<DateMention> out;
  RunScan(state, [&](const std::string& doc, const NormalizedText& n, const std::vector<Token>& t) {
    ScanDates(doc, n, t, std::nullopt, &out);
    return out.size();
  });
}
BENCHMARK(BM_ScanDates)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
#endif

}  // namespace
}  // namespace isnad

BENCHMARK_MAIN();
