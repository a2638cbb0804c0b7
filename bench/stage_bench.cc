// Every stage of `isnad analyze`, one thread, on the whole benchmark corpus (by default every
// JSON Lines file of ../shared/corpora/ant-multisource, the largest corpus; ISNAD_STAGE_CORPUS
// names another file or directory). The stages are the calls Engine::Analyze makes
// (src/pipeline/engine.cc), each timed over every document with the stages before it computed
// once outside the timing:
//
//   BM_Read        reading: the JSON Lines files through the engine's DocumentReader (line
//                  parsing, UTF-8 checks, content hash, metadata); the engine's reader leaves
//                  the page layout to Engine::Analyze
//   BM_TextLayers  TextLayers::Build: normalize (kMatch) + tokenize + clitics + stem + sentences
//   BM_PageLayout  DocumentReader::ReadLayout over those layers: zones, title, outlet, time
//   BM_Entities    EntityRecognizer::Find
//   BM_Numbers     ScanNumbers
//   BM_Dates       ScanDates (against the publication date, as Engine::Analyze resolves them)
//   BM_Claims      ClaimExtractor::Extract
//   BM_Json        AnalyzeJson, the `analyze` output line
//   BM_Analyze     all of them in a row: Read, Engine::Analyze, AnalyzeJson (no output written)
//
// Every figure has the same denominators: bytes per second are bytes of the input files as read
// (JSON Lines), so the stages' times add up to BM_Analyze; documents/s counts documents. The
// context records input_bytes, text_bytes (sum of the analysed text) and documents, so that a
// figure in input MB/s converts to text MB/s (× text_bytes / input_bytes).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "claims/extractor.h"
#include "entities/recognizer.h"
#include "extract/dates.h"
#include "extract/numbers.h"
#include "pipeline/document_json.h"
#include "pipeline/engine.h"
#include "tokenize/text_layers.h"

namespace isnad {
namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "stage_bench: %s\n", message.c_str());
  std::exit(1);
}

std::vector<std::string> CorpusFiles() {
  std::filesystem::path p;
  if (const char* env = std::getenv("ISNAD_STAGE_CORPUS"); env != nullptr && *env != '\0') {
    p = env;
  } else {
    const char* root = std::getenv("ISNAD_ROOT");
    p = std::filesystem::path(root != nullptr && *root != '\0' ? root : ISNAD_SOURCE_ROOT) / ".." /
        "shared" / "corpora" / "ant-multisource";
  }
  std::error_code ec;
  std::vector<std::string> files;
  if (std::filesystem::is_directory(p, ec)) {
    for (const auto& e : std::filesystem::directory_iterator(p, ec)) {
      const std::string ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".jsonl" || ext == ".ndjson")) files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
  } else if (std::filesystem::is_regular_file(p, ec)) {
    files.push_back(p.string());
  }
  if (files.empty()) Die(p.string() + ": no JSON Lines file");
  return files;
}

// The engine and the corpus analysed once: what every stage reads as its input.
struct Fixture {
  std::vector<std::string> files;
  std::unique_ptr<Engine> engine;
  std::vector<Analysis> analyses;
  std::vector<Document> read;  // the documents as read, before their page layout
  size_t input_bytes = 0;
  size_t text_bytes = 0;
};

const Fixture& Load() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    f->files = CorpusFiles();
    auto engine = Engine::Create(EngineOptions{});
    if (!engine.ok()) Die(engine.status().message());
    f->engine = std::move(engine).value();
    for (const std::string& file : f->files) f->input_bytes += std::filesystem::file_size(file);
    f->engine->reader().Read(f->files, [&](Result<Document> doc) {
      if (!doc.ok()) return;  // rejected lines cost the same in every stage: none
      f->text_bytes += doc->text.size();
      f->read.push_back(*doc);
      f->analyses.push_back(f->engine->Analyze(std::move(doc).value()));
    });
    if (f->analyses.empty()) Die("no document in the corpus");
    benchmark::AddCustomContext("stage_corpus", f->files.size() == 1 ? f->files[0]
                                                    : std::filesystem::path(f->files[0]).parent_path().string());
    benchmark::AddCustomContext("stage_files", std::to_string(f->files.size()));
    benchmark::AddCustomContext("input_bytes", std::to_string(f->input_bytes));
    benchmark::AddCustomContext("text_bytes", std::to_string(f->text_bytes));
    benchmark::AddCustomContext("documents", std::to_string(f->analyses.size()));
    return f;
  }();
  return *fixture;
}

void Finish(benchmark::State& state, const Fixture& f) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.input_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.analyses.size()));
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * f.analyses.size()), benchmark::Counter::kIsRate);
}

void BM_Read(benchmark::State& state) {
  const Fixture& f = Load();
  size_t docs = 0;
  for (auto _ : state) {
    f.engine->reader().Read(f.files, [&](Result<Document> doc) {
      if (doc.ok()) ++docs;
      benchmark::DoNotOptimize(doc);
    });
  }
  if (docs != state.iterations() * f.analyses.size()) state.SkipWithError("document count changed");
  Finish(state, f);
}

void BM_TextLayers(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      TextLayers layers;  // a fresh value per document, as in Engine::Analyze
      layers.Build(a.doc.text);
      benchmark::DoNotOptimize(layers.sentences.data());
    }
  }
  Finish(state, f);
}

void BM_PageLayout(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = f.read;  // the layout fills these in
    state.ResumeTiming();
    for (size_t i = 0; i < docs.size(); ++i) {
      f.engine->reader().ReadLayout(f.analyses[i].layers.norm, f.analyses[i].layers.tokens, &docs[i]);
    }
    benchmark::DoNotOptimize(docs.data());
  }
  Finish(state, f);
}

void BM_Entities(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      DocumentEntities e = f.engine->recognizer().Find(a.doc, a.layers);
      benchmark::DoNotOptimize(e);
    }
  }
  Finish(state, f);
}

void BM_Numbers(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      std::vector<NumberMention> numbers;
      ScanNumbers(a.layers.norm, a.layers.tokens, &numbers);
      benchmark::DoNotOptimize(numbers.data());
    }
  }
  Finish(state, f);
}

void BM_Dates(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      std::vector<DateMention> dates;
      ScanDates(a.doc.text, a.layers.norm, a.layers.tokens, a.reference, &dates);
      benchmark::DoNotOptimize(dates.data());
    }
  }
  Finish(state, f);
}

void BM_Claims(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      std::vector<Claim> claims =
          f.engine->extractor().Extract(ClaimInputs{a.doc, a.layers, a.entities, a.numbers, a.dates});
      benchmark::DoNotOptimize(claims.data());
    }
  }
  Finish(state, f);
}

void BM_Json(benchmark::State& state) {
  const Fixture& f = Load();
  for (auto _ : state) {
    for (const Analysis& a : f.analyses) {
      std::string line = AnalyzeJson(a);
      benchmark::DoNotOptimize(line.data());
    }
  }
  Finish(state, f);
}

void BM_Analyze(benchmark::State& state) {
  const Fixture& f = Load();
  size_t docs = 0;
  for (auto _ : state) {
    f.engine->reader().Read(f.files, [&](Result<Document> doc) {
      if (!doc.ok()) return;
      ++docs;
      std::string line = AnalyzeJson(f.engine->Analyze(std::move(doc).value()));
      benchmark::DoNotOptimize(line.data());
    });
  }
  if (docs != state.iterations() * f.analyses.size()) state.SkipWithError("document count changed");
  Finish(state, f);
}

BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextLayers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageLayout)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Json)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace isnad

// The corpus is loaded before the benchmarks run so that its sizes are in the context.
int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  isnad::Load();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
