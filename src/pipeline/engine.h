// Engine: the whole per-document pipeline behind one object — reading (ingest), the language
// layers, entities (and, as they land, numbers, dates and claims) — shared by the CLI, the
// server and the tests. Load once; Analyze() is const and thread-safe.
#ifndef ISNAD_PIPELINE_ENGINE_H_
#define ISNAD_PIPELINE_ENGINE_H_

#include <filesystem>
#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

#include "claims/extractor.h"
#include "entities/recognizer.h"
#include "extract/dates.h"
#include "extract/numbers.h"
#include "ingest/reader.h"
#include "isnad/entity.h"
#include "isnad/status.h"
#include "tokenize/text_layers.h"

namespace isnad {

struct EngineOptions {
  std::filesystem::path data_dir;                      // empty = DataDir()
  std::vector<std::filesystem::path> extra_dict_dirs;  // user dictionaries, same layout
  std::vector<std::filesystem::path> extra_outlets;
};

struct Analysis {
  Document doc;
  TextLayers layers;
  DocumentEntities entities;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::optional<CivilDate> reference;  // the date relative expressions were resolved against
  std::vector<Claim> claims;
};

struct AnalyzeOptions {
  // Overrides the publication date for resolving relative dates (`--reference-date`).
  std::optional<CivilDate> reference;
};

// How rare each light stem is in general news (data/lexicon/df.tsv): IDF weights for story
// similarity.
struct StemRarity {
  std::unordered_map<std::string, float> idf;
  float unknown = 1.0f;  // IDF of a stem the table does not list (rarer than any listed)
  float Idf(std::string_view stem) const {
    const auto it = idf.find(std::string(stem));
    return it == idf.end() ? unknown : it->second;
  }
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options);

  // Documents from this reader get their page layout (zones, title, outlet and date found in
  // the text) in Analyze(), on the thread that analyses them.
  const DocumentReader& reader() const { return reader_; }
  const EntityDictionary& dictionary() const { return dict_; }
  const StemRarity& rarity() const { return rarity_; }
  // The stages Analyze() runs, for benchmarks that time each on its own.
  const EntityRecognizer& recognizer() const { return recognizer_; }
  const ClaimExtractor& extractor() const { return extractor_; }

  // Runs every stage after reading on `doc`.
  Analysis Analyze(Document doc, const AnalyzeOptions& options = {}) const;

 private:
  Engine(DocumentReader reader, EntityDictionary dict, ClaimLexicons lex)
      : reader_(std::move(reader)), dict_(std::move(dict)), lex_(std::move(lex)),
        recognizer_(dict_), extractor_(lex_, dict_) {}
  DocumentReader reader_;
  EntityDictionary dict_;
  ClaimLexicons lex_;
  EntityRecognizer recognizer_;
  ClaimExtractor extractor_;
  StemRarity rarity_;
};

}  // namespace isnad

#endif  // ISNAD_PIPELINE_ENGINE_H_
