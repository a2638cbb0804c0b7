// Tokenizer and stemmer throughput on the benchmark corpus (bench/corpus.h).
//   BM_Tokenize   normalize (kMatch) + tokenize + clitics + light stem, the whole front end:
//                 Tokenize stems every word token. Compared with Snowball in bench/run.sh.
//   BM_LightStem  LightStem alone over the word tokens, precomputed outside the timing.
#include <benchmark/benchmark.h>

#include <string_view>
#include <vector>

#include "corpus.h"
#include "normalize/normalizer.h"
#include "tokenize/stemmer.h"
#include "tokenize/tokenizer.h"

namespace isnad {
namespace {

void BM_Tokenize(benchmark::State& state) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  const Normalizer normalizer(NormLevel::kMatch);
  NormalizedText norm;
  std::vector<Token> tokens;
  size_t n_tokens = 0;
  for (auto _ : state) {
    for (const std::string& doc : corpus.docs) {
      normalizer.Normalize(doc, &norm);
      Tokenize(norm, &tokens);
      n_tokens += tokens.size();
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(n_tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_LightStem(benchmark::State& state) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  const Normalizer normalizer(NormLevel::kMatch);
  std::string text;  // every normalized word, back to back
  std::vector<std::pair<uint32_t, uint32_t>> words;
  {
    NormalizedText norm;
    std::vector<Token> tokens;
    for (const std::string& doc : corpus.docs) {
      normalizer.Normalize(doc, &norm);
      Tokenize(norm, &tokens);
      for (const Token& t : tokens) {
        if (t.kind != TokenKind::kWord) continue;
        words.emplace_back(static_cast<uint32_t>(text.size()), t.nend - t.nbegin);
        text += TokenText(norm, t);
      }
    }
  }
  const std::string_view all = text;
  for (auto _ : state) {
    for (const auto& [b, n] : words) {
      benchmark::DoNotOptimize(LightStem(all.substr(b, n)));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * words.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LightStem)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace isnad

BENCHMARK_MAIN();
