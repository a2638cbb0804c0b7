#include "pipeline/engine.h"

#include "lexicon/tsv.h"

namespace isnad {

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  const std::filesystem::path data = options.data_dir.empty() ? DataDir() : options.data_dir;
  ReaderOptions ro;
  ro.data_dir = data;
  ro.extra_outlets = options.extra_outlets;
  ISNAD_ASSIGN_OR_RETURN(DocumentReader reader, DocumentReader::Create(ro));
  std::vector<std::filesystem::path> dirs{data};
  dirs.insert(dirs.end(), options.extra_dict_dirs.begin(), options.extra_dict_dirs.end());
  auto dict = EntityDictionary::Load(dirs);
  if (!dict.ok()) {
    return Status(dict.status().code(), data.string() + ": " + dict.status().message());
  }
  auto lex = ClaimLexicons::Load(data / "claims");
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Engine>(
      new Engine(std::move(reader), std::move(dict).value(), std::move(lex).value()));
}

Analysis Engine::Analyze(Document doc, const AnalyzeOptions& options) const {
  Analysis a;
  a.doc = std::move(doc);
  a.layers.Build(a.doc.text);
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
