#include "entities/dictionary.h"

#include <algorithm>
#include <cstdlib>

#include "lexicon/tsv.h"

namespace isnad {
namespace fs = std::filesystem;

namespace {

// NAME.tsv followed by NAME.*.tsv (user additions) found in `dir`, in name order.
std::vector<fs::path> FilesFor(const fs::path& dir, const std::string& name) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  if (fs::exists(dir / (name + ".tsv"))) out.push_back(dir / (name + ".tsv"));
  std::vector<fs::path> extra;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string f = e.path().filename().string();
    if (f.size() > name.size() + 5 && f.rfind(name + ".", 0) == 0 &&
        f.substr(f.size() - 4) == ".tsv") {
      extra.push_back(e.path());
    }
  }
  std::sort(extra.begin(), extra.end());
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

std::optional<double> Number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const std::string t(s);
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != '\0') return std::nullopt;
  return v;
}

}  // namespace

const char* EntityKindName(EntityKind k) {
  switch (k) {
    case EntityKind::kActor: return "actor";
    case EntityKind::kPerson: return "person";
    case EntityKind::kPlace: return "place";
    case EntityKind::kOutlet: return "outlet";
    case EntityKind::kOrganization: return "organization";
  }
  return "unknown";
}

const char* MentionBasisName(MentionBasis b) {
  switch (b) {
    case MentionBasis::kDictionary: return "dictionary";
    case MentionBasis::kContext: return "context";
    case MentionBasis::kRoleCue: return "role_cue";
    case MentionBasis::kNameIntro: return "name_intro";
    case MentionBasis::kSurname: return "surname";
    case MentionBasis::kBackReference: return "back_reference";
  }
  return "unknown";
}

Result<EntityDictionary> EntityDictionary::Load(const std::vector<fs::path>& dirs) {
  EntityDictionary d;
  struct Part {
    const char* sub;
    const char* name;
    Status (EntityDictionary::*load)(const fs::path&);
  };
  // ambiguous.tsv first: it flags aliases as they are added by the other files.
  static constexpr Part kParts[] = {
      {"dict", "ambiguous", &EntityDictionary::LoadAmbiguous},
      {"dict", "actors", &EntityDictionary::LoadActors},
      {"dict", "outlets", &EntityDictionary::LoadOutlets},
      {"dict", "people", &EntityDictionary::LoadPeople},
      {"dict", "cues", &EntityDictionary::LoadCues},
      {"dict", "given_names", &EntityDictionary::LoadGivenNames},
      {"places", "gazetteer", &EntityDictionary::LoadPlaces},
      {"places", "extra", &EntityDictionary::LoadPlaces},
      {"places", "places", &EntityDictionary::LoadPlaces},
  };
  for (const Part& p : kParts) {
    for (const fs::path& dir : dirs) {
      for (const fs::path& dsub : {dir / p.sub, dir}) {
        for (const fs::path& f : FilesFor(dsub, p.name)) {
          ISNAD_RETURN_IF_ERROR((d.*p.load)(f));
        }
      }
    }
  }
  if (d.entries_.empty()) {
    return Status::NotFound("no dictionaries found in the data directory");
  }
  return d;
}

std::optional<uint32_t> EntityDictionary::Find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

uint32_t EntityDictionary::Upsert(Entity e) {
  if (auto it = by_id_.find(e.id); it != by_id_.end()) {
    Entity& old = entries_[it->second];
    // A later file fills what it states and keeps the rest.
    if (!e.name.empty()) old.name = e.name;
    if (!e.name_en.empty()) old.name_en = e.name_en;
    if (!e.type.empty()) old.type = e.type;
    if (e.lat) old.lat = e.lat, old.lon = e.lon;
    if (!e.precision.empty()) old.precision = e.precision;
    if (!e.role.empty()) old.role = e.role;
    if (!e.affiliation.empty()) old.affiliation = e.affiliation;
    return it->second;
  }
  const auto index = static_cast<uint32_t>(entries_.size());
  by_id_.emplace(e.id, index);
  entries_.push_back(std::move(e));
  return index;
}

void EntityDictionary::AddName(std::string_view alias, uint32_t entity) {
  const std::string folded = Normalizer(NormLevel::kMatch).Fold(alias);
  const Entity& e = entries_[entity];
  bool ambiguous = ambiguous_.count(e.id + "\t" + folded) > 0;
  bool common = ambiguous_.count("*\t" + folded) > 0;
  // One short word naming a town outside Syria, Iraq, Yemen and Palestine is too often
  // something else here («وان» Van, «صور» Tyre): it needs a noun such as «مدينة» before it.
  // Yemeni and Palestinian names that are common words were left out of the gazetteer.
  if (e.kind == EntityKind::kPlace && e.country != "SY" && e.country != "IQ" &&
      e.country != "YE" && e.country != "PS" &&
      e.precision != "country" && folded.find(' ') == std::string::npos &&
      PhraseMatcher(true).Canonical(folded).size() <= 6) {
    common = true;
  }
  names_.Add(alias, entity | (ambiguous || common ? kAmbiguous : 0) | (common ? kCommonWord : 0));
}

Status EntityDictionary::LoadAmbiguous(const fs::path& f) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(f, {"alias", "id"}));
  const Normalizer norm(NormLevel::kMatch);
  for (const TsvRow& r : t.rows) {
    ambiguous_.insert(std::string(t.Get(r, "id")) + "\t" + norm.Fold(t.Get(r, "alias")));
  }
  return Status::Ok();
}

Status EntityDictionary::LoadGivenNames(const fs::path& f) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(f, {"name"}));
  const Normalizer norm(NormLevel::kMatch);
  for (const TsvRow& r : t.rows) given_names_.insert(norm.Fold(t.Get(r, "name")));
  return Status::Ok();
}

namespace {

Entity ActorRow(const TsvTable& t, const TsvRow& r) {
  Entity e;
  e.kind = t.Get(r, "kind") == "organization" ? EntityKind::kOrganization : EntityKind::kActor;
  e.type = t.Get(r, "type");
  e.affiliation = t.Get(r, "parent");
  return e;
}

Entity OutletRow(const TsvTable& t, const TsvRow& r) {
  Entity e;
  e.kind = EntityKind::kOutlet;
  e.type = t.Get(r, "kind");
  e.country = t.Get(r, "country");
  return e;
}

Entity PersonRow(const TsvTable& t, const TsvRow& r) {
  Entity e;
  e.kind = EntityKind::kPerson;
  e.role = t.Get(r, "role");
  e.affiliation = t.Get(r, "affiliation");
  return e;
}

Entity PlaceRow(const TsvTable& t, const TsvRow& r) {
  Entity e;
  e.kind = EntityKind::kPlace;
  e.lat = Number(t.Get(r, "lat"));
  e.lon = Number(t.Get(r, "lon"));
  if (!e.lat || !e.lon) e.lat.reset(), e.lon.reset();
  e.precision = t.Get(r, "precision");
  e.type = e.precision;
  e.country = t.Get(r, "country");
  e.affiliation = t.Get(r, "parent");  // the admin parent
  return e;
}

}  // namespace

// Every entity file has id, name_ar, name_en and aliases; `row` reads the columns of its kind.
Status EntityDictionary::LoadEntities(const fs::path& f, const std::vector<std::string>& required,
                                      Entity (*row)(const TsvTable&, const TsvRow&)) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(f, required));
  for (const TsvRow& r : t.rows) {
    Entity e = row(t, r);
    e.id = t.Get(r, "id");
    e.name = t.Get(r, "name_ar");
    e.name_en = t.Get(r, "name_en");
    if (e.name.empty()) e.name = e.name_en;  // a place known only by its Latin name
    const uint32_t i = Upsert(std::move(e));
    if (!t.Get(r, "name_ar").empty()) AddName(t.Get(r, "name_ar"), i);
    for (std::string_view a : SplitAlternatives(t.Get(r, "aliases"))) AddName(a, i);
  }
  return Status::Ok();
}

Status EntityDictionary::LoadActors(const fs::path& f) {
  return LoadEntities(f, {"id", "name_ar"}, ActorRow);
}
Status EntityDictionary::LoadOutlets(const fs::path& f) {
  return LoadEntities(f, {"id", "name_ar"}, OutletRow);
}
Status EntityDictionary::LoadPeople(const fs::path& f) {
  return LoadEntities(f, {"id", "name_ar"}, PersonRow);
}
Status EntityDictionary::LoadPlaces(const fs::path& f) {
  return LoadEntities(f, {"id", "precision"}, PlaceRow);
}

Status EntityDictionary::LoadCues(const fs::path& f) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(f, {"cue", "kind"}));
  for (const TsvRow& r : t.rows) {
    const auto i = static_cast<uint32_t>(cue_entries_.size());
    cue_entries_.push_back(CueEntry{std::string(t.Get(r, "cue")), std::string(t.Get(r, "kind")),
                                    std::string(t.Get(r, "role_en"))});
    cues_.Add(t.Get(r, "cue"), i);
  }
  return Status::Ok();
}

}  // namespace isnad
