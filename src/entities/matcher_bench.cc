// Throughput of the entity stage's matching, one core, on real news text: the five seed reports
// and the first ~2 MB of the benchmark corpus (bench/corpus.h, Sky News Arabia from ANT).
//
//  * BM_RecognizerFind: EntityRecognizer::Find with the full data directory loaded (every
//    dictionary and the gazetteer), over prebuilt TextLayers; BM_LayersAndFind adds building
//    the layers (normalize, tokenize, split), as the pipeline runs the stage.
//  * BM_PhraseMatcherFindAll/N: one token-trie pass over the same text with N phrases loaded,
//    N = 1 000 … 100 000. The phrases are real: every name and alias of data/dict and
//    data/places, the GeoNames alternate names of ../shared/corpora/geonames-ar (Arabic, Latin
//    and other scripts), then distinct Arabic word bigrams and trigrams of the corpus documents
//    after the scanned 2 MB, until N distinct phrases. The first N are taken, so small N are
//    dictionary names and large N add n-grams that match often (see matches/MB).
//
// Counters: names (phrases in the matcher), load_ms (building it), heap_MB (heap bytes the
// build holds, from mallinfo2), matches/MB; BM_PeakRss gives the run's peak resident memory. Run from the repository root (or set ISNAD_ROOT):
//   build/matcher_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "corpus.h"
#include "entities/dictionary.h"
#include "entities/recognizer.h"
#include "isnad/document.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/tsv.h"
#include "tokenize/text_layers.h"

namespace isnad {
namespace {

namespace fs = std::filesystem;

constexpr size_t kTextBytes = 2u << 20;

std::string Root() {
  const char* r = std::getenv("ISNAD_ROOT");
  return r != nullptr ? r : ".";
}

// Bytes the heap has handed out (glibc): exact where an RSS difference is not, since freed
// pages are reused.
double HeapMb() { return static_cast<double>(mallinfo2().uordblks) / 1048576.0; }

// Resident set size of this process, from /proc/self/status (kB → MB).
double RssMb(const char* field = "VmRSS:") {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind(field, 0) == 0) return std::atof(line.c_str() + std::strlen(field)) / 1024.0;
  }
  return 0;
}

double MsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The scanned text: the seeds, then corpus documents until kTextBytes. One body zone each.
struct NewsText {
  std::vector<Document> docs;
  std::vector<TextLayers> layers;
  size_t bytes = 0, tokens = 0;
  size_t corpus_docs_used = 0;  // corpus documents scanned; the rest feed the n-grams
};

const NewsText& News() {
  static const NewsText* text = [] {
    auto* t = new NewsText;
    auto add = [&](std::string s) {
      Document d;
      d.text = std::move(s);
      d.zones.push_back(Zone{ZoneKind::kBody, Span{0, static_cast<uint32_t>(d.text.size())}});
      t->bytes += d.text.size();
      t->docs.push_back(std::move(d));
    };
    std::vector<fs::path> seeds;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(DataDir() / "sample" / "seeds", ec)) {
      seeds.push_back(e.path());
    }
    std::sort(seeds.begin(), seeds.end());
    for (const fs::path& p : seeds) {
      std::ifstream f(p, std::ios::binary);
      add(std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()));
    }
    const bench::Corpus& corpus = bench::LoadCorpus();
    while (t->bytes < kTextBytes && t->corpus_docs_used < corpus.docs.size()) {
      add(corpus.docs[t->corpus_docs_used++]);
    }
    t->layers.resize(t->docs.size());
    for (size_t i = 0; i < t->docs.size(); ++i) {
      t->layers[i].Build(t->docs[i].text);
      t->tokens += t->layers[i].tokens.size();
    }
    return t;
  }();
  return *text;
}

struct LoadedDictionary {
  std::unique_ptr<EntityDictionary> dict;
  double load_ms = 0, heap_mb = 0;
};

const LoadedDictionary& FullDictionary() {
  static const LoadedDictionary* d = [] {
    auto* l = new LoadedDictionary;
    const double heap0 = HeapMb();
    const auto t0 = std::chrono::steady_clock::now();
    auto r = EntityDictionary::Load({DataDir()});
    l->load_ms = MsSince(t0);
    if (!r.ok()) {
      std::fprintf(stderr, "matcher_bench: %s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    l->dict = std::make_unique<EntityDictionary>(std::move(r).value());
    l->heap_mb = HeapMb() - heap0;
    return l;
  }();
  return *d;
}

// Distinct phrases (by kMatch form), in the order the sources are listed in the file comment.
class PhraseList {
 public:
  void Add(std::string_view p) {
    if (p.empty()) return;
    std::string folded = norm_.Fold(p);
    if (folded.empty() || !seen_.insert(std::move(folded)).second) return;
    phrases_.emplace_back(p);
  }
  size_t size() const { return phrases_.size(); }
  const std::vector<std::string>& phrases() const { return phrases_; }

 private:
  Normalizer norm_{NormLevel::kMatch};
  std::unordered_set<std::string> seen_;
  std::vector<std::string> phrases_;
};

void AddTsvNames(const fs::path& f, const std::vector<const char*>& columns, char sep,
                 PhraseList* out) {
  auto t = ReadTsv(f);
  if (!t.ok()) return;  // an optional source
  for (const TsvRow& r : t->rows) {
    for (const char* c : columns) {
      std::string_view v = t->Get(r, c);
      while (!v.empty()) {
        const size_t e = std::min(v.find(sep), v.size());
        out->Add(v.substr(0, e));
        v.remove_prefix(std::min(e + 1, v.size()));
      }
    }
  }
}

// Word bigrams and trigrams (Arabic words only, inside one sentence) of corpus documents that
// are not scanned.
void AddNgrams(size_t want, PhraseList* out) {
  const bench::Corpus& corpus = bench::LoadCorpus();
  TextLayers l;
  for (size_t d = News().corpus_docs_used; d < corpus.docs.size() && out->size() < want; ++d) {
    l.Build(corpus.docs[d]);
    for (const Sentence& s : l.sentences) {
      for (uint32_t i = s.first_token; i + 1 < s.last_token && out->size() < want; ++i) {
        for (uint32_t n = 2; n <= 3 && i + n <= s.last_token; ++n) {
          bool words = true;
          for (uint32_t k = i; k < i + n; ++k) words &= l.tokens[k].kind == TokenKind::kWord;
          if (!words) break;
          const Token& a = l.tokens[i];
          const Token& b = l.tokens[i + n - 1];
          out->Add(std::string_view(corpus.docs[d]).substr(a.begin, b.end - a.begin));
        }
      }
    }
  }
}

constexpr size_t kMaxNames = 100000;
constexpr size_t kListed = kMaxNames + kMaxNames / 10;  // some phrases have no word to match

size_t real_names = 0;  // AllPhrases()[0, real_names) are names, the rest n-grams

const std::vector<std::string>& AllPhrases() {
  static const std::vector<std::string>* all = [] {
    PhraseList list;
    const fs::path data = DataDir();
    for (const char* f : {"actors.tsv", "outlets.tsv", "people.tsv"}) {
      AddTsvNames(data / "dict" / f, {"name_ar", "aliases"}, '|', &list);
    }
    for (const char* f : {"gazetteer.tsv", "extra.tsv"}) {
      AddTsvNames(data / "places" / f, {"name_ar", "name_en", "aliases"}, '|', &list);
    }
    const fs::path geo = fs::path(Root()) / ".." / "shared" / "corpora" / "geonames-ar";
    AddTsvNames(geo / "countries_ar_en.tsv", {"name_en", "name_ar", "name_geonames"}, '|', &list);
    AddTsvNames(geo / "admin1_mideast.tsv", {"name", "name_ascii"}, '|', &list);
    AddTsvNames(geo / "cities15000_mideast.tsv", {"name", "asciiname", "alternatenames"}, ',',
                &list);
    real_names = list.size();
    std::fprintf(stderr, "matcher_bench: %zu names from the dictionaries and GeoNames\n",
                 list.size());
    AddNgrams(kListed, &list);
    return new std::vector<std::string>(list.phrases());
  }();
  return *all;
}

struct BuiltMatcher {
  PhraseMatcher matcher{true};
  size_t names = 0;
  double load_ms = 0, heap_mb = 0;
};

// The first `n` phrases, or with `ngrams_only` the first `n` n-grams.
const BuiltMatcher& MatcherWith(size_t n, bool ngrams_only = false) {
  static std::map<std::pair<size_t, bool>, std::unique_ptr<BuiltMatcher>> cache;
  auto& slot = cache[{n, ngrams_only}];
  if (slot) return *slot;
  const std::vector<std::string>& all = AllPhrases();
  const double heap0 = HeapMb();
  const auto t0 = std::chrono::steady_clock::now();
  slot = std::make_unique<BuiltMatcher>();
  // Phrases without a matchable word (Cyrillic, Greek … GeoNames names) are not counted.
  for (size_t i = ngrams_only ? real_names : 0; i < all.size() && slot->matcher.phrase_count() < n;
       ++i) {
    slot->matcher.Add(all[i], static_cast<uint32_t>(i));
  }
  slot->load_ms = MsSince(t0);
  slot->heap_mb = HeapMb() - heap0;
  slot->names = slot->matcher.phrase_count();
  return *slot;
}

void BM_PhraseMatcherFindAll(benchmark::State& state) {
  const NewsText& text = News();
  const BuiltMatcher& m = MatcherWith(static_cast<size_t>(state.range(0)), state.range(1) != 0);
  std::vector<PhraseMatch> out;
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const TextLayers& l : text.layers) {
      out.clear();
      m.matcher.FindAll(l.norm, l.tokens, 0, static_cast<uint32_t>(l.tokens.size()), &out);
      matches += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.bytes));
  state.counters["names"] = static_cast<double>(m.names);
  state.counters["load_ms"] = m.load_ms;
  state.counters["heap_MB"] = m.heap_mb;
  state.counters["matches/MB"] = static_cast<double>(matches) / (text.bytes / 1048576.0);
  state.counters["Mtokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * text.tokens) / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PhraseMatcherFindAll)
    ->ArgNames({"names", "ngrams_only"})
    ->Args({1000, 0})
    ->Args({10000, 0})
    ->Args({20000, 0})  // the dictionaries and GeoNames hold ~21 000: no n-grams up to here
    ->Args({50000, 0})
    ->Args({static_cast<int64_t>(kMaxNames), 0})
    // Same kind of phrase at every size: separates the trie's size from the match density.
    ->Args({1000, 1})
    ->Args({10000, 1})
    ->Args({80000, 1})
    ->Unit(benchmark::kMillisecond);

void BM_RecognizerFind(benchmark::State& state) {
  const NewsText& text = News();
  const LoadedDictionary& d = FullDictionary();
  const EntityRecognizer recognizer(*d.dict);
  size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (size_t i = 0; i < text.docs.size(); ++i) {
      const DocumentEntities e = recognizer.Find(text.docs[i], text.layers[i]);
      mentions += e.mentions.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.bytes));
  state.counters["names"] = static_cast<double>(d.dict->name_count());
  state.counters["load_ms"] = d.load_ms;
  state.counters["heap_MB"] = d.heap_mb;
  state.counters["mentions/MB"] = static_cast<double>(mentions) / (text.bytes / 1048576.0);
}
BENCHMARK(BM_RecognizerFind)->Unit(benchmark::kMillisecond);

// The stage as the pipeline runs it: layers built into one reused scratch value, then Find.
void BM_LayersAndFind(benchmark::State& state) {
  const NewsText& text = News();
  const EntityRecognizer recognizer(*FullDictionary().dict);
  TextLayers layers;
  for (auto _ : state) {
    for (const Document& doc : text.docs) {
      layers.Build(doc.text);
      benchmark::DoNotOptimize(recognizer.Find(doc, layers).mentions.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.bytes));
  state.counters["docs"] = static_cast<double>(text.docs.size());
}
BENCHMARK(BM_LayersAndFind)->Unit(benchmark::kMillisecond);

// Peak resident memory of the whole run (all matchers above stay loaded).
void BM_PeakRss(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(state.iterations());
  state.counters["peak_rss_MB"] = RssMb("VmHWM:");
  state.counters["phrases_available"] = static_cast<double>(AllPhrases().size());
}
BENCHMARK(BM_PeakRss)->Iterations(1);

}  // namespace
}  // namespace isnad

BENCHMARK_MAIN();
