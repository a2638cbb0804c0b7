// Entities of one document: who and where — armed actors, people, places, outlets and
// organisations — each with one stable id across documents and every mention as a byte span
// of Document::text. People outside any dictionary get an id from their normalized name, so
// that «صهيب الجابر» quoted by Orient and by Arabi21 is one person.
// Thread-safety: plain values.
#ifndef ISNAD_ENTITY_H_
#define ISNAD_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace isnad {

enum class EntityKind : uint8_t { kActor, kPerson, kPlace, kOutlet, kOrganization };
const char* EntityKindName(EntityKind k);

// Why a mention was taken as this entity; `isnad analyze --explain` prints it.
enum class MentionBasis : uint8_t {
  kDictionary,     // a name or alias of the dictionaries
  kContext,        // an ambiguous alias accepted because of its context («مدينة الميادين»)
  kRoleCue,        // a name introduced by a role: «الصحفي صهيب الجابر»
  kNameIntro,      // «المعروف باسمه الحركي "روني"», «يدعى (سلطان الشمري)»
  kSurname,        // a later mention by family name only: «وأشار (الجابر)»
  kBackReference,  // «التنظيم», «الميليشيا»: the actor last named as such
};
const char* MentionBasisName(MentionBasis b);

struct EntityMention {
  uint32_t start = 0, end = 0;               // bytes of Document::text
  uint32_t first_token = 0, last_token = 0;  // tokens of the document's TextLayers
  uint32_t entity = 0;                       // index into DocumentEntities::entities
  MentionBasis basis = MentionBasis::kDictionary;
  std::string note;                          // e.g. the cue or the context word
};

struct Entity {
  EntityKind kind = EntityKind::kActor;
  std::string id;
  std::string name;       // as the dictionary or the text writes it
  std::string name_en;
  std::string type;       // actors: jihadist, state_forces, ...; places: the precision
  std::optional<double> lat, lon;
  std::string precision;  // places
  std::string country;    // places: ISO2
  std::string role;       // people: «المتحدث باسم قوات سوريا الديمقراطية»
  std::string affiliation;  // people: an actor or outlet id
  std::vector<uint32_t> mentions;  // indexes into DocumentEntities::mentions
};

struct DocumentEntities {
  std::vector<Entity> entities;        // in order of first mention
  std::vector<EntityMention> mentions; // in text order
};

}  // namespace isnad

#endif  // ISNAD_ENTITY_H_
