// Claims: what a fact-checker would list in a spreadsheet for one report — an event of a SPEC
// type, who did it and to whom, how many (count and unit), where, when, on whose word (the
// chain of sources from the outlet inward) and how sure the wording is (modality) — each tied
// to its evidence, a byte span of Document::text. Thread-safety: plain values.
#ifndef ISNAD_CLAIM_H_
#define ISNAD_CLAIM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "isnad/document.h"

namespace isnad {

enum class ClaimType : uint8_t {
  kSurrender, kAgreement, kEvacuation, kRelease, kTransfer, kDetention, kAttack, kControl,
  kPresence, kAid, kThreat, kStatement,
};
enum class Modality : uint8_t { kAsserted, kHedged, kPossible, kDenied, kDisputed };
enum class CountUnit : uint8_t { kFighters, kCivilians, kPeople, kDetainees, kFamilies, kVehicles, kOther };

const char* ClaimTypeName(ClaimType t);
const char* ModalityName(Modality m);
const char* CountUnitName(CountUnit u);
std::optional<ClaimType> ParseClaimType(std::string_view s);
std::optional<CountUnit> ParseCountUnit(std::string_view s);

struct ClaimCount {
  std::optional<int64_t> value, min, max;
  bool approx = false;
  CountUnit unit = CountUnit::kOther;
  Span text;  // the count phrase with its unit noun: «نحو سبعين عنصرا»
};

struct ClaimEntity {  // an actor or place as the claim refers to it
  std::string id;
  std::string name;
  Span evidence;
  // places only
  std::optional<double> lat, lon;
  std::string precision;
};

struct ClaimTime {
  std::optional<std::string> start, end;  // ISO dates; null when unresolved
  Span text;
};

// One link of the isnad. kind: outlet, agency, person, anonymous, organization, actor.
struct SourceLink {
  std::string kind;
  std::string id;    // empty for anonymous sources
  std::string name;  // as written: «مصدر ميداني مطّلع», «وكالة رويترز»
  std::string role;  // «المتحدث باسم قوات سوريا الديمقراطية», or the English gloss of a cue
  std::optional<Span> evidence;
};

// Why the claim came out as it did, for `isnad analyze --explain`.
struct ClaimExplanation {
  std::string trigger;       // the trigger pattern
  std::optional<Span> trigger_span;
  std::string unit_noun;     // the noun the count counts
  std::string agent_rule;
  std::string place_rule;
  std::string source_rule;   // how the chain was found (verb, carried forward, …)
  std::string modality_cue;
};

struct Claim {
  ClaimType type = ClaimType::kStatement;
  Modality modality = Modality::kAsserted;
  Span evidence;
  std::optional<ClaimEntity> agent, counterpart, place;
  std::optional<ClaimCount> count;
  std::optional<ClaimTime> time;
  std::vector<SourceLink> chain;  // starts at the outlet
  std::string verb;               // the reporting verb or phrase as written
  ClaimExplanation why;
};

}  // namespace isnad

#endif  // ISNAD_CLAIM_H_
