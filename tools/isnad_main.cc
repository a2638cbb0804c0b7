// isnad: the command-line front end. Thin by design: it parses arguments, calls the library
// and turns Status values into messages on standard error and an exit code
// (0 success, 1 some inputs rejected, 2 usage error).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <unordered_map>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "base/ordered_pool.h"
#include "base/progress.h"
#include "ingest/reader.h"
#include "lexicon/tsv.h"
#include "pipeline/document_json.h"
#include "pipeline/engine.h"
#include "pipeline/spans.h"
#include "pipeline/search.h"
#include "pipeline/stored.h"
#include "report/report.h"
#include "stories/stories.h"
#include "web/server.h"
#include "isnad/store.h"

namespace {

using isnad::Document;
using isnad::Result;

struct Common {
  std::vector<std::string> outlets;    // extra outlet dictionaries
  std::vector<std::string> dict_dirs;  // extra dictionary directories
  isnad::AnalyzeOptions analyze;
  std::string data_dir;
  int threads = isnad::DefaultThreads();  // analysis threads (`--threads`)
};

Result<std::unique_ptr<isnad::Engine>> MakeEngine(const Common& c) {
  isnad::EngineOptions o;
  if (!c.data_dir.empty()) o.data_dir = c.data_dir;
  for (const auto& f : c.outlets) o.extra_outlets.emplace_back(f);
  for (const auto& d : c.dict_dirs) o.extra_dict_dirs.emplace_back(d);
  auto engine = isnad::Engine::Create(o);
  if (!engine.ok()) fmt::print(stderr, "isnad: {}\n", engine.status().message());
  return engine;
}

std::string Dump(const nlohmann::ordered_json& j, bool pretty) { return pretty ? j.dump(2) : j.dump(); }

void Emit(const nlohmann::ordered_json& j, bool pretty) {
  const std::string s = Dump(j, pretty);
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

// Documents go to the analysis threads in groups: one hand-over (and one wake-up) per group
// rather than per document.
constexpr size_t kGroup = 8;
using Group = std::vector<Document>;

// Groups queued or being analysed at once: enough to keep every thread busy, few enough that
// memory does not grow with the input.
size_t InFlight(int threads) { return 4 * static_cast<size_t>(std::max(threads, 1)); }

// Reads `paths`, reports rejections, and submits the documents to `pool` in groups.
template <typename Pool>
int ReadInGroups(const isnad::Engine& e, const std::vector<std::string>& paths, Pool& pool,
                 isnad::Progress& progress, const bool* stop = nullptr) {
  int rejected = 0;
  Group group;
  e.reader().Read(paths, [&](Result<Document> doc) {
    if (stop != nullptr && *stop) return;  // the store refused a batch: stop analysing
    if (!doc.ok()) {
      ++rejected;
      fmt::print(stderr, "isnad: rejected {}\n", doc.status().message());
      return;
    }
    progress.Add(1, doc->input.size());
    group.push_back(std::move(doc).value());
    if (group.size() == kGroup) pool.Submit(std::exchange(group, Group{}));
  });
  if (!group.empty()) pool.Submit(std::move(group));
  pool.Finish();
  return rejected;
}

// Analyses every document of `paths` on `threads` threads, turns each analysis into a line
// with `render` (on the worker) and writes the lines to standard output in input order;
// reports rejections; returns the exit code.
template <typename F>
int ForEachDocument(const Common& common, const std::vector<std::string>& paths, F render) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) return 2;
  const isnad::Engine& e = **engine;
  isnad::Progress progress("reading");
  isnad::OrderedPool<Group, std::string> pool(
      common.threads, InFlight(common.threads),
      [&](Group docs) {
        std::string lines;
        for (Document& doc : docs) {
          lines += render(e.Analyze(std::move(doc), common.analyze));
          lines.push_back('\n');
        }
        return lines;
      },
      [](std::string lines) { std::fwrite(lines.data(), 1, lines.size(), stdout); });
  const int rejected = ReadInGroups(e, paths, pool, progress);
  progress.Finish();
  std::fflush(stdout);
  return rejected > 0 ? 1 : 0;
}

std::unordered_map<std::string, std::string> PlaceParents(const isnad::Engine& engine) {
  std::unordered_map<std::string, std::string> parents;
  for (const isnad::Entity& e : engine.dictionary().entries()) {
    if (e.kind == isnad::EntityKind::kPlace) parents[e.id] = e.affiliation;
  }
  return parents;
}

Result<std::unique_ptr<isnad::Store>> OpenStore(const std::string& url) {
  auto store = isnad::Store::Open(url);
  if (!store.ok()) fmt::print(stderr, "isnad: {}\n", store.status().message());
  return store;
}

// Reads, analyses and stores documents in batches of `batch` (each one transaction).
int RunIngest(const Common& common, const std::vector<std::string>& paths, const std::string& db,
              size_t batch_size, bool quiet, const isnad::StoryOptions& story_options = {}) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) return 2;
  auto store = OpenStore(db);
  if (!store.ok()) return 1;
  std::vector<isnad::StoredDocument> batch;
  size_t stored = 0, skipped = 0, rejected = 0;
  bool failed = false;
  isnad::Progress progress("ingesting");
  auto flush = [&] {
    if (batch.empty() || failed) return;
    std::vector<std::string> skip;
    const size_t n = batch.size();
    isnad::Status s = (*store)->PutBatch(&batch, story_options, &skip);
    if (!s.ok()) {
      fmt::print(stderr, "\nisnad: {}\n", s.message());
      failed = true;
    } else {
      stored += n - skip.size();
      skipped += skip.size();
    }
    batch.clear();
  };
  const isnad::Engine& e = **engine;
  // Analysis runs on `threads` threads; the store is written on this one, in input order.
  isnad::OrderedPool<Group, std::vector<isnad::StoredDocument>> pool(
      common.threads, InFlight(common.threads),
      [&](Group docs) {
        std::vector<isnad::StoredDocument> stored_docs;
        stored_docs.reserve(docs.size());
        for (Document& doc : docs) {
          stored_docs.push_back(isnad::ToStored(e.Analyze(std::move(doc), common.analyze), &e.rarity()));
        }
        return stored_docs;
      },
      [&](std::vector<isnad::StoredDocument> docs) {
        for (isnad::StoredDocument& d : docs) {
          if (failed) return;
          batch.push_back(std::move(d));
          if (batch.size() >= batch_size) flush();
        }
      });
  rejected = ReadInGroups(e, paths, pool, progress, &failed);
  flush();
  progress.Finish();
  if (!quiet) {
    fmt::print(stderr, "isnad: {} stored, {} already there, {} rejected; store {}\n", stored,
               skipped, rejected, (*store)->Describe());
  }
  if (failed) return 1;
  return rejected > 0 ? 1 : 0;
}

int RunStories(const Common& common, const std::string& db, const std::string& format) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) return 2;
  auto store = OpenStore(db);
  if (!store.ok()) return 1;
  auto rows = (*store)->Documents(true);
  if (!rows.ok()) {
    fmt::print(stderr, "isnad: {}\n", rows.status().message());
    return 1;
  }
  const auto stories = isnad::BuildStories(*rows, PlaceParents(**engine));
  const bool terminal = ::isatty(1) == 1;
  if (format == "summary" || (format.empty() && terminal)) {
    fmt::print("{}", isnad::StoriesSummary(stories));
  } else {
    Emit(stories, format == "pretty");
  }
  return 0;
}

// `isnad report`: the whole store as one self-contained HTML file (and, if asked, the ledger
// as CSV and the places as GeoJSON).
int RunReport(const Common& common, const std::string& db, const std::string& out, const std::string& csv,
              const std::string& geojson) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) return 2;
  auto store = OpenStore(db);
  if (!store.ok()) return 1;
  auto bundle = isnad::WriteReportBundle(**store, **engine, out);
  if (!bundle.ok()) {
    fmt::print(stderr, "isnad: {}\n", bundle.status().message());
    return 1;
  }
  auto write = [](const std::string& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return false;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok;
  };
  if (!csv.empty() && !write(csv, isnad::LedgerCsv(*bundle))) {
    fmt::print(stderr, "isnad: cannot write {}\n", csv);
    return 1;
  }
  if (!geojson.empty() && !write(geojson, isnad::PlacesGeoJson(*bundle).dump(2) + "\n")) {
    fmt::print(stderr, "isnad: cannot write {}\n", geojson);
    return 1;
  }
  const auto abs = std::filesystem::absolute(out);
  fmt::print("{}\n", abs.string());
  fmt::print(stderr, "isnad report: {} stories from {} documents → {}\n", (*bundle)["stories"].size(),
             (*bundle)["isnad"]["documents"].get<int64_t>(), abs.string());
  return 0;
}

int RunServe(const Common& common, const std::string& db, const std::string& host, int port) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) return 2;
  const isnad::Status s = isnad::Serve(db, **engine, host, port);
  if (!s.ok()) {
    fmt::print(stderr, "isnad serve: {}\n", s.message());
    return s.code() == isnad::StatusCode::kInvalidArgument ? 2 : 1;
  }
  return 0;
}

// `isnad demo`: ingests every folder of the bundled sample (data/sample/*/: the five seed
// reports and the ANT articles) into a temporary store, writes the report and says how to
// open it.
int RunDemo(const Common& common) {
  const std::filesystem::path sample = isnad::DataDir() / "sample";
  const std::filesystem::path out_dir =
      std::filesystem::temp_directory_path() / fmt::format("isnad-demo-{}", ::getpid());
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    fmt::print(stderr, "isnad: cannot create {}: {}\n", out_dir.string(), ec.message());
    return 1;
  }
  std::vector<std::string> inputs;  // every folder of the sample; its SOURCE.md is not a report
  for (const auto& e : std::filesystem::directory_iterator(sample, ec)) {
    if (e.is_directory()) inputs.push_back(e.path().string());
  }
  if (inputs.empty()) {
    fmt::print(stderr, "isnad: no sample folders in {}\n", sample.string());
    return 1;
  }
  std::sort(inputs.begin(), inputs.end());
  const std::string db = (out_dir / "isnad.db").string();
  const int rc = RunIngest(common, inputs, db, 200, false);
  if (rc != 0 && rc != 1) return rc;
  const std::filesystem::path report = out_dir / "isnad-report.html";
  const int rr = RunReport(common, db, report.string(), "", "");
  if (rr != 0) return rr;
  fmt::print(stderr,
             "\nisnad demo: the report of the bundled sample ({}) is ready.\n"
             "  open it in a browser:  file://{}\n"
             "  or from a terminal:    xdg-open {}\n"
             "  the store it was made from: {} (try: isnad serve --db {})\n",
             sample.string(), report.string(), report.string(), db, db);
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"isnad: who reported what, on whose word, in Arabic news"};
  app.require_subcommand(1);
  app.fallthrough();  // the options below may also follow the subcommand: `isnad analyze --threads 2 ...`
  Common common;
  app.add_option("--outlets", common.outlets, "extra outlet dictionary (TSV, same columns as data/dict/outlets.tsv)");
  app.add_option("--dict", common.dict_dirs, "extra dictionary directory (same layout as data/: dict/*.tsv, places/*.tsv)");
  app.add_option("--data-dir", common.data_dir, "directory of isnad's data files (default: bundled)");
  app.add_option("--threads", common.threads, "analysis threads (default: one per core)")->check(CLI::Range(1, 256));

  std::vector<std::string> paths;
  std::string format = "jsonl";
  std::string reference_date;
  auto* analyze = app.add_subcommand("analyze", "analyze documents; one JSON object per document");
  analyze->add_option("paths", paths, "files, directories or - for standard input")->required();
  analyze->add_option("--format", format, "jsonl or pretty")->check(CLI::IsMember({"jsonl", "pretty"}));
  bool explain = false;
  analyze->add_flag("--explain", explain, "say, per claim, which trigger, slots and source cues produced it");
  analyze->add_option("--reference-date", reference_date, "YYYY-MM-DD for resolving relative dates");

  std::string kind;
  auto* spans = app.add_subcommand("spans", "list one layer's spans of each document (JSON Lines)");
  spans->add_option("paths", paths, "files, directories or - for standard input")->required();
  spans->add_option("--kind", kind, "tokens, sentences, numbers, dates, entities or zones")
      ->required()
      ->check(CLI::IsMember(isnad::SpanKinds()));
  spans->add_option("--reference-date", reference_date, "YYYY-MM-DD for resolving relative dates");
  spans->add_option("--format", format, "jsonl or pretty")->check(CLI::IsMember({"jsonl", "pretty"}));

  auto* demo = app.add_subcommand("demo", "ingest the bundled sample into a temporary store, write the HTML report, say where");

  std::string db = "isnad.db";
  size_t batch_size = 200;
  auto* ingest = app.add_subcommand("ingest", "analyze and store documents (idempotent)");
  ingest->add_option("paths", paths, "files, directories or - for standard input")->required();
  ingest->add_option("--db", db, "store: a SQLite file (default isnad.db) or postgresql://...");
  ingest->add_option("--batch", batch_size, "documents per transaction")->check(CLI::Range(1, 100000));
  ingest->add_option("--reference-date", reference_date, "YYYY-MM-DD for resolving relative dates");
  isnad::StoryOptions story_options;
  ingest->add_option("--story-threshold", story_options.threshold,
                     "similarity a document needs to join a story (0-1)")->check(CLI::Range(0.0, 1.0));
  ingest->add_option("--story-window", story_options.window_days,
                     "days beyond which documents never share a story")->check(CLI::Range(0, 3650));

  isnad::SearchRequest search_request;
  std::string search_format;
  auto* search = app.add_subcommand("search", "Arabic-aware full-text search over stored documents");
  search->add_option("query", search_request.query, "words to find (any spelling, clitics and affixes ignored)")->required();
  search->add_option("--db", db, "store: a SQLite file (default isnad.db) or postgresql://...");
  search->add_option("--outlet", search_request.outlets, "only this outlet id (repeatable)");
  search->add_option("--actor", search_request.actors, "only documents naming this actor id (repeatable)");
  search->add_option("--place", search_request.places, "only documents naming this place id (repeatable)");
  search->add_option("--type", search_request.types, "only documents with a claim of this type (repeatable)");
  search->add_option("--from", search_request.from, "published on or after YYYY-MM-DD");
  search->add_option("--to", search_request.to, "published on or before YYYY-MM-DD");
  search->add_option("--limit", search_request.limit, "number of results")->check(CLI::Range(1, 1000));
  search->add_option("--format", search_format, "json, pretty or table (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"json", "pretty", "table"}));

  std::string stories_format;
  auto* stories = app.add_subcommand("stories", "stories, claim groups, agreement, contradictions, independent sources");
  stories->add_option("--db", db, "store: a SQLite file (default isnad.db) or postgresql://...");
  stories->add_option("--format", stories_format, "json, pretty or summary (default: summary on a terminal, else json)")
      ->check(CLI::IsMember({"json", "pretty", "summary"}));

  std::string report_out, report_csv, report_geojson;
  auto* report = app.add_subcommand("report", "one self-contained HTML report (offline, right-to-left): stories, map, timeline, claims ledger");
  report->add_option("--db", db, "store: a SQLite file (default isnad.db) or postgresql://...");
  report->add_option("--out", report_out, "the HTML file to write")->required();
  report->add_option("--csv", report_csv, "also write the claims ledger of every story as CSV");
  report->add_option("--geojson", report_geojson, "also write the places of every story as GeoJSON");

  std::string serve_host = "127.0.0.1";
  int serve_port = 8080;
  auto* serve = app.add_subcommand("serve", "the report's views, search and documents as a local web application");
  serve->add_option("--db", db, "store: a SQLite file (default isnad.db) or postgresql://...");
  serve->add_option("--port", serve_port, "TCP port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  serve->add_option("--host", serve_host, "address to listen on (default 127.0.0.1; anything else exposes the store to the network)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  const bool pretty = format == "pretty";
  if (!reference_date.empty()) {
    auto r = isnad::ParseReferenceDate(reference_date);
    if (!r.ok()) {
      fmt::print(stderr, "isnad: --reference-date: {}\n", r.status().message());
      return 2;
    }
    common.analyze.reference = *r;
  }
  if (*analyze) {
    return ForEachDocument(common, paths, [&](const isnad::Analysis& a) { return isnad::AnalyzeJson(a, explain, pretty); });
  }
  if (*spans) {
    return ForEachDocument(common, paths, [&](const isnad::Analysis& a) { return Dump(isnad::SpansJson(a, kind), pretty); });
  }
  if (*demo) return RunDemo(common);
  if (*ingest) return RunIngest(common, paths, db, batch_size, false, story_options);
  if (*stories) return RunStories(common, db, stories_format);
  if (*report) return RunReport(common, db, report_out, report_csv, report_geojson);
  if (*serve) return RunServe(common, db, serve_host, serve_port);
  if (*search) {
    auto store = OpenStore(db);
    if (!store.ok()) return 1;
    auto result = isnad::SearchStore(**store, search_request);
    if (!result.ok()) {
      fmt::print(stderr, "isnad: {}\n", result.status().message());
      return result.status().code() == isnad::StatusCode::kInvalidArgument ? 2 : 1;
    }
    const bool terminal = ::isatty(1) == 1;
    if (search_format == "table" || (search_format.empty() && terminal)) {
      fmt::print("{}", isnad::SearchTable(*result, terminal));
    } else {
      Emit(*result, search_format == "pretty");
    }
    return 0;
  }
  return 2;
}
