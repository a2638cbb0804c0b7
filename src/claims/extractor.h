// ClaimExtractor: the claims of one document (SPEC `claims`), from its language layers,
// entities, numbers and dates. Per sentence of the outlet's own reporting (never captions,
// comments or page furniture):
//
//  1. Event triggers (data/claims/triggers.tsv) give the claim type: «استسلم», «سلموا
//     أنفسهم», «إجلاء», «أطلق سراح», «مفاوضات» …
//  2. Every number that counts something becomes a count claim when a unit noun follows it
//     (data/claims/units.tsv): «نحو سبعين عنصرا» (fighters), «350 مدنيا» (civilians),
//     «عدة شاحنات» (vehicles). Years, dates, durations, ages and money are never counts. One
//     sentence can hold several: «غادر 150 مقاتلا ومعهم 350 مدنيا» is two claims of one event.
//     After a casualty word the noun may be left out: «وأصيب 60 بجروح» counts people;
//     «تجاوز عدد الضحايا 150 شخصا» is more than 150. Each count takes the nearest trigger of
//     its sentence; without one, a noun such as «قتلى» or «معتقلين» gives the type, else the
//     claim is a `statement`.
//  3. Agent and counterpart: the actor the counted noun belongs to («مقاتلي داعش») or the
//     subject around the trigger; the counterpart is the actor reached with لـ / إلى / مع.
//  4. Place: the most specific place of the sentence; time: its first date.
//  5. The chain of sources (data/claims/reporting.tsv): the outlet, then who it quotes —
//     «قال مصدر ميداني مطّلع», «بحسب الناشط … محمد الخلف», «نقلت وكالة رويترز عن قيادي في
//     ميليشيا قسد», «علمت "أورينت نت" من مصادر خاصة». Bodies the dictionaries lack are named
//     by their head noun (data/claims/sources.tsv): «أعلن مجلس محافظة الأنبار», «وقال المجلس»
//     (the council named before), «تقرير الوكالة السورية» (a document's author), «كما تفيد
//     تقارير» (an unnamed source); a long description may stand between a role and its name
//     («وقال المدير العام … في حكومة إقليم كردستان، خيري بوزاني»). Two sources named one
//     after the other are one chain («وحسب الوزارة، ونقلا عن وكالة أنباء "بترا"»). A figure
//     takes the cue before it unless a «بحسب …» closes its own clause after it. «وأضاف
//     المصدر», «بحسب المصدر ذاته», «بحسب التقرير» (the report introduced before), a verb
//     without a subject («وأوضح أن») and the rest of a paragraph or of an open quotation
//     carry the last source forward; «وكان …» background does not. A report introduced
//     without an author («كشف تقرير حقوقي») takes the author a later «التقرير الصادر عن …»
//     gives it, for the figures already read too. Activist media centres («مركز دمشق
//     الإعلامي») are outlets; a hashtag headed by a body's noun («#الرابطة_الدولية_للسلام»)
//     names that body. Nobody named: the chain is just the outlet.
//  6. Modality (data/claims/modality.tsv): hedged, possible («قد» before a present verb),
//     denied (including by a third party: «نفت وسائل إعلام موالية للنظام وجود المفاوضات»),
//     and disputed — a figure the text itself says is wrong: «وليس العشرات فقط كما ذكرت
//     وكالة الأناضول» is Anadolu's figure, disputed.
// Thread-safety: Extract() is const; one extractor may serve many threads.
#ifndef ISNAD_CLAIMS_EXTRACTOR_H_
#define ISNAD_CLAIMS_EXTRACTOR_H_

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/dictionary.h"
#include "extract/dates.h"
#include "extract/numbers.h"
#include "isnad/claim.h"
#include "isnad/document.h"
#include "isnad/entity.h"
#include "isnad/status.h"
#include "lexicon/word_patterns.h"
#include "tokenize/text_layers.h"

namespace isnad {

struct ReportingCue {
  enum class Kind : uint8_t { kVerb, kPrep, kRelay, kChannel, kLearned, kBackground } kind = Kind::kVerb;
  std::optional<Modality> modality;
};

// What a word standing where a source stands says about it (data/claims/sources.tsv).
enum class SourceNoun : uint8_t {
  kAgency, kOutlet, kOrganization, kGroup, kDocument, kReports, kGeneric, kTopic, kNotName,
  kMedia, kState,
};

class ClaimLexicons {
 public:
  // Reads triggers.tsv, units.tsv, reporting.tsv, modality.tsv and sources.tsv from `dir`.
  static Result<ClaimLexicons> Load(const std::filesystem::path& dir);

  WordPatterns triggers;    // payload: ClaimType
  WordPatterns elided;      // payload: CountUnit of a count whose noun a trigger leaves out
  WordPatterns units;       // payload: CountUnit
  std::vector<std::optional<ClaimType>> unit_types;  // by pattern of `units`: units.tsv `type`
  WordPatterns uncounted;   // units.tsv nouns of unit «none»: places and groups
  std::vector<std::string> unit_words;  // the nouns of units.tsv, normalized, without «*»
  WordPatterns reporting;   // payload: index into cues
  WordPatterns modality;    // payload: Modality
  WordPatterns sources;     // payload: SourceNoun
  std::vector<ReportingCue> cues;
  // The words of sources.tsv without a wildcard, normalized, with their class: read inside
  // hashtags («#التقرير», «#الرابطة_الدولية_للسلام»), which are one token.
  std::map<std::string, SourceNoun, std::less<>> source_words;
};

struct ClaimInputs {
  const Document& doc;
  const TextLayers& layers;
  const DocumentEntities& entities;
  const std::vector<NumberMention>& numbers;
  const std::vector<DateMention>& dates;
};

// The people of the dictionary by the body they hold a post in (people.tsv `affiliation`):
// «مدير المرصد» with no name is the director the dictionary knows for that body.
using PostHolders = std::unordered_map<std::string, std::vector<uint32_t>>;

class ClaimExtractor {
 public:
  ClaimExtractor(const ClaimLexicons& lex, const EntityDictionary& dict);
  std::vector<Claim> Extract(const ClaimInputs& in) const;

 private:
  const ClaimLexicons& lex_;
  const EntityDictionary& dict_;
  PostHolders holders_;
};

}  // namespace isnad

#endif  // ISNAD_CLAIMS_EXTRACTOR_H_
