#include "pipeline/engine.h"

#include <cmath>

#include "lexicon/tsv.h"

namespace isnad {

namespace {

Status LoadRarity(const std::filesystem::path& file, StemRarity* out) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(file, {"stem", "df"}));
  double docs = 0;
  for (const TsvRow& r : t.rows) {
    if (t.Get(r, "stem") == "*documents*") docs = std::stod(std::string(t.Get(r, "df")));
  }
  if (docs <= 0) return Status::DataError(file.string() + ": no *documents* row");
  for (const TsvRow& r : t.rows) {
    const std::string_view stem = t.Get(r, "stem");
    if (stem == "*documents*") continue;
    const double df = std::stod(std::string(t.Get(r, "df")));
    out->idf.emplace(std::string(stem), static_cast<float>(std::log((docs + 1) / (df + 1)) + 1));
  }
  out->unknown = static_cast<float>(std::log((docs + 1) / 2.0) + 1);
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  const std::filesystem::path data = options.data_dir.empty() ? DataDir() : options.data_dir;
  ReaderOptions ro;
  ro.data_dir = data;
  ro.extra_outlets = options.extra_outlets;
  ro.defer_layout = true;  // Analyze() runs it over the layers it builds anyway
  ISNAD_ASSIGN_OR_RETURN(DocumentReader reader, DocumentReader::Create(ro));
  std::vector<std::filesystem::path> dirs{data};
  dirs.insert(dirs.end(), options.extra_dict_dirs.begin(), options.extra_dict_dirs.end());
  auto dict = EntityDictionary::Load(dirs);
  if (!dict.ok()) {
    return Status(dict.status().code(), data.string() + ": " + dict.status().message());
  }
  auto lex = ClaimLexicons::Load(data / "claims");
  if (!lex.ok()) return lex.status();
  std::unique_ptr<Engine> engine(
      new Engine(std::move(reader), std::move(dict).value(), std::move(lex).value()));
  ISNAD_RETURN_IF_ERROR(LoadRarity(data / "lexicon" / "df.tsv", &engine->rarity_));
  return engine;
}

Analysis Engine::Analyze(Document doc, const AnalyzeOptions& options) const {
  Analysis a;
  a.doc = std::move(doc);
  a.layers.Build(a.doc.text);
  reader_.ReadLayout(a.layers.norm, a.layers.tokens, &a.doc);
  a.entities = recognizer_.Find(a.doc, a.layers);
  ScanNumbers(a.layers.norm, a.layers.tokens, &a.numbers);
  // Relative dates resolve against the publication date, but not against an upper bound
  // (a reader comment's time): «قبل شهرين» would then be a guess dressed as a fact.
  a.reference = options.reference;
  if (!a.reference && a.doc.published && !a.doc.published->upper_bound) {
    const PublicationTime& p = *a.doc.published;
    a.reference = CivilDate{static_cast<int16_t>(p.year), static_cast<int8_t>(p.month),
                            static_cast<int8_t>(p.day)};
  }
  ScanDates(a.doc.text, a.layers.norm, a.layers.tokens, a.reference, &a.dates);
  a.claims = extractor_.Extract(ClaimInputs{a.doc, a.layers, a.entities, a.numbers, a.dates});
  return a;
}

}  // namespace isnad
