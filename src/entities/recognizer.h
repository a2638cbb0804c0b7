// EntityRecognizer: finds the actors, people, places, outlets and organisations of one
// document in a single pass over its tokens.
//
//  * Dictionary names, longest match first, inside clitic-bearing words («لقوات», «بالباغوز»,
//    «لـ"قسد"»). Aliases flagged ambiguous (ambiguous.tsv) need context: a place needs a place
//    word or preposition before it («مدينة الميادين», «في الميادين»), an outlet needs an outlet
//    word, the dative «لـ» or quotes («قناة الميادين», «لـ"الميادين"»).
//  * People outside the dictionaries, from role cues (cues.tsv): «الصحفي صهيب الجابر»,
//    «الصحفي في شبكة "فرات بوست" صهيب الجابر» (affiliation: the outlet), «المتحدث باسم قوات
//    سوريا الديمقراطية مصطفى بالي» (role and affiliation), «الكولونيل شون رايان», and name
//    introducers «المعروف باسمه الحركي "روني"», «يدعى (سلطان الشمري)». Their id is the
//    normalized name («p:صهيب-الجابر»), the same in every document. Later mentions by family
//    name alone («وأشار (الجابر)») join the person.
//  * Back-references: «التنظيم» is the actor last named with «تنظيم» (or the last jihadist
//    actor); «الميليشيا» the last militia.
//  * Places with several gazetteer entries are decided by the document's region: the entry
//    sharing a governorate with the other places named wins; otherwise the more populous.
//
// Only the document's own reporting and its header (title, body, captions, byline) are read:
// never reader comments or page furniture.
// Thread-safety: Find() is const; one recognizer may serve many threads.
#ifndef ISNAD_ENTITIES_RECOGNIZER_H_
#define ISNAD_ENTITIES_RECOGNIZER_H_

#include "entities/dictionary.h"
#include "isnad/document.h"
#include "isnad/entity.h"
#include "tokenize/text_layers.h"

namespace isnad {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(const EntityDictionary& dict) : dict_(dict) {}

  // REQUIRES: `layers` was built from doc.text.
  DocumentEntities Find(const Document& doc, const TextLayers& layers) const;

  // The id of a person outside the dictionaries: "p:" + the name's search form, words joined
  // by '-'. Stable across documents and spellings that differ only in hamza or diacritics.
  static std::string PersonId(std::string_view name);

  // A long word (six letters or more, normalized) in the sound plural — «متمركزين», «مسلحون»,
  // «معتقلات»: a plural adjective or participle, never a given name.
  static bool SoundPlural(std::string_view normalized);

 private:
  const EntityDictionary& dict_;
};

}  // namespace isnad

#endif  // ISNAD_ENTITIES_RECOGNIZER_H_
