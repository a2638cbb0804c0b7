// EntityDictionary: the actors, people, outlets, organisations and places isnad knows, loaded
// from data files at start-up (data/dict/*.tsv, data/places/*.tsv) and from the user's own:
// for each file `NAME.tsv`, files `NAME.*.tsv` beside it are read after it (in name order),
// and every directory given as an extra dictionary directory is read the same way. A row
// whose id already exists adds aliases to that entity. Aliases listed in ambiguous.tsv are
// only accepted with supporting context (see recognizer.h).
// Thread-safety: immutable after Load(); share freely between threads.
#ifndef ISNAD_ENTITIES_DICTIONARY_H_
#define ISNAD_ENTITIES_DICTIONARY_H_

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "isnad/entity.h"
#include "isnad/status.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/tsv.h"

namespace isnad {

struct CueEntry {
  std::string text;
  std::string kind;  // person, name_intro, anonymous, back_reference
  std::string role_en;
};

class EntityDictionary {
 public:
  // `dirs`: data directories, each with dict/ and places/ subfolders or flat TSV files.
  static Result<EntityDictionary> Load(const std::vector<std::filesystem::path>& dirs);

  EntityDictionary(EntityDictionary&&) = default;
  EntityDictionary& operator=(EntityDictionary&&) = default;

  const std::vector<Entity>& entries() const { return entries_; }
  const Entity& entry(uint32_t i) const { return entries_[i]; }
  const PhraseMatcher& names() const { return names_; }
  const PhraseMatcher& cues() const { return cues_; }
  const CueEntry& cue(uint32_t i) const { return cue_entries_[i]; }
  std::optional<uint32_t> Find(std::string_view id) const;
  // Given names whose first letter the segmenter reads as a proclitic («بسام», «فراس»,
  // «وليد», «ليزا»), normalized (kMatch): data/dict/given_names.tsv.
  bool IsGivenName(std::string_view normalized) const {
    return given_names_.count(std::string(normalized)) > 0;
  }

  // Payloads of names() carry kAmbiguous when that alias needs context, and also
  // kCommonWord when the alias is an everyday word that needs a noun naming its kind
  // («مدينة حديثة», not «في حديثه»). kIndexMask extracts the entity index.
  static constexpr uint32_t kAmbiguous = 1u << 31;
  static constexpr uint32_t kCommonWord = 1u << 30;
  static constexpr uint32_t kIndexMask = kCommonWord - 1;

  size_t name_count() const { return names_.phrase_count(); }

 private:
  EntityDictionary() : names_(true), cues_(false) {}
  Status LoadEntities(const std::filesystem::path& f, const std::vector<std::string>& required,
                      Entity (*row)(const TsvTable&, const TsvRow&));
  Status LoadActors(const std::filesystem::path& f);
  Status LoadPeople(const std::filesystem::path& f);
  Status LoadOutlets(const std::filesystem::path& f);
  Status LoadPlaces(const std::filesystem::path& f);
  Status LoadCues(const std::filesystem::path& f);
  Status LoadAmbiguous(const std::filesystem::path& f);
  Status LoadGivenNames(const std::filesystem::path& f);
  uint32_t Upsert(Entity e);
  void AddName(std::string_view alias, uint32_t entity);

  std::vector<Entity> entries_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_set<std::string> ambiguous_;  // "id\tnormalized alias"
  std::unordered_set<std::string> given_names_;  // normalized
  PhraseMatcher names_;
  PhraseMatcher cues_;
  std::vector<CueEntry> cue_entries_;
};

}  // namespace isnad

#endif  // ISNAD_ENTITIES_DICTIONARY_H_
