// isnad: the command-line front end. Thin by design: it parses arguments, calls the library
// and turns Status values into messages on standard error and an exit code
// (0 success, 1 some inputs rejected, 2 usage error).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "base/progress.h"
#include "ingest/reader.h"
#include "lexicon/tsv.h"
#include "pipeline/document_json.h"
#include "pipeline/engine.h"
#include "pipeline/spans.h"

namespace {

using isnad::Document;
using isnad::Result;

struct Common {
  std::vector<std::string> outlets;    // extra outlet dictionaries
  std::vector<std::string> dict_dirs;  // extra dictionary directories
  isnad::AnalyzeOptions analyze;
  std::string data_dir;
};

Result<std::unique_ptr<isnad::Engine>> MakeEngine(const Common& c) {
  isnad::EngineOptions o;
  if (!c.data_dir.empty()) o.data_dir = c.data_dir;
  for (const auto& f : c.outlets) o.extra_outlets.emplace_back(f);
  for (const auto& d : c.dict_dirs) o.extra_dict_dirs.emplace_back(d);
  return isnad::Engine::Create(o);
}

void Emit(const nlohmann::ordered_json& j, bool pretty) {
  const std::string s = pretty ? j.dump(2) : j.dump();
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
}

// Runs `each` over every document of `paths`; reports rejections; returns the exit code.
template <typename F>
int ForEachDocument(const Common& common, const std::vector<std::string>& paths, F each) {
  auto engine = MakeEngine(common);
  if (!engine.ok()) {
    fmt::print(stderr, "isnad: {}\n", engine.status().message());
    return 2;
  }
  int rejected = 0;
  isnad::Progress progress("reading");
  (*engine)->reader().Read(paths, [&](Result<Document> doc) {
    if (!doc.ok()) {
      ++rejected;
      fmt::print(stderr, "isnad: rejected {}\n", doc.status().message());
      return;
    }
    progress.Add(1, doc->input.size());
    each((*engine)->Analyze(std::move(doc).value(), common.analyze));
  });
  progress.Finish();
  std::fflush(stdout);
  return rejected > 0 ? 1 : 0;
}

int RunDemo(const Common& common) {
  const std::filesystem::path sample = isnad::DataDir() / "sample";
  const std::filesystem::path out_dir =
      std::filesystem::temp_directory_path() / fmt::format("isnad-demo-{}", ::getpid());
  std::filesystem::create_directories(out_dir);
  const std::filesystem::path out = out_dir / "analysis.jsonl";
  std::FILE* f = std::fopen(out.c_str(), "w");
  if (f == nullptr) {
    fmt::print(stderr, "isnad: cannot write {}\n", out.string());
    return 1;
  }
  size_t docs = 0;
  std::vector<std::string> inputs;  // every folder of the sample; its SOURCE.md is not a report
  for (const auto& e : std::filesystem::directory_iterator(sample)) {
    if (e.is_directory()) inputs.push_back(e.path().string());
  }
  std::sort(inputs.begin(), inputs.end());
  const int rc = ForEachDocument(common, inputs, [&](const isnad::Analysis& a) {
    const Document& d = a.doc;
    const std::string s = isnad::AnalyzeJson(a).dump() + "\n";
    std::fwrite(s.data(), 1, s.size(), f);
    ++docs;
    fmt::print(stderr, "  {:<40} {:<12} {:<26} {}\n",
               std::filesystem::path(d.path.value_or("-")).filename().string(),
               d.outlet ? d.outlet->id : "?", d.published ? d.published->ToIso() : "-", d.title);
  });
  std::fclose(f);
  fmt::print("{}\n", out.string());
  fmt::print(stderr, "isnad demo: analysed {} documents of the bundled sample ({}); "
                     "the analysis is in {}\n", docs, sample.string(), out.string());
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"isnad: who reported what, on whose word, in Arabic news"};
  app.require_subcommand(1);
  Common common;
  app.add_option("--outlets", common.outlets, "extra outlet dictionary (TSV, same columns as data/dict/outlets.tsv)");
  app.add_option("--dict", common.dict_dirs, "extra dictionary directory (same layout as data/: dict/*.tsv, places/*.tsv)");
  app.add_option("--data-dir", common.data_dir, "directory of isnad's data files (default: bundled)");

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

  auto* demo = app.add_subcommand("demo", "analyze the bundled sample and say where the result is");

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
    return ForEachDocument(common, paths, [&](const isnad::Analysis& a) { Emit(isnad::AnalyzeJson(a, explain), pretty); });
  }
  if (*spans) {
    return ForEachDocument(common, paths, [&](const isnad::Analysis& a) {
      Emit(isnad::SpansJson(a, kind), pretty);
    });
  }
  if (*demo) return RunDemo(common);
  return 2;
}
