#include "claims/extractor.h"

#include <algorithm>
#include <unordered_set>

#include "entities/recognizer.h"
#include "lexicon/tsv.h"

namespace isnad {

const char* ClaimTypeName(ClaimType t) {
  switch (t) {
    case ClaimType::kSurrender: return "surrender";
    case ClaimType::kAgreement: return "agreement";
    case ClaimType::kEvacuation: return "evacuation";
    case ClaimType::kRelease: return "release";
    case ClaimType::kTransfer: return "transfer";
    case ClaimType::kDetention: return "detention";
    case ClaimType::kAttack: return "attack";
    case ClaimType::kControl: return "control";
    case ClaimType::kPresence: return "presence";
    case ClaimType::kAid: return "aid";
    case ClaimType::kThreat: return "threat";
    case ClaimType::kStatement: return "statement";
  }
  return "statement";
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kHedged: return "hedged";
    case Modality::kPossible: return "possible";
    case Modality::kDenied: return "denied";
    case Modality::kDisputed: return "disputed";
  }
  return "asserted";
}

const char* CountUnitName(CountUnit u) {
  switch (u) {
    case CountUnit::kFighters: return "fighters";
    case CountUnit::kCivilians: return "civilians";
    case CountUnit::kPeople: return "people";
    case CountUnit::kDetainees: return "detainees";
    case CountUnit::kFamilies: return "families";
    case CountUnit::kVehicles: return "vehicles";
    case CountUnit::kOther: return "other";
  }
  return "other";
}

std::optional<ClaimType> ParseClaimType(std::string_view s) {
  for (int i = 0; i <= static_cast<int>(ClaimType::kStatement); ++i) {
    if (s == ClaimTypeName(static_cast<ClaimType>(i))) return static_cast<ClaimType>(i);
  }
  return std::nullopt;
}

std::optional<CountUnit> ParseCountUnit(std::string_view s) {
  for (int i = 0; i <= static_cast<int>(CountUnit::kOther); ++i) {
    if (s == CountUnitName(static_cast<CountUnit>(i))) return static_cast<CountUnit>(i);
  }
  return std::nullopt;
}

namespace {

std::optional<Modality> ParseModality(std::string_view s) {
  for (int i = 0; i <= static_cast<int>(Modality::kDisputed); ++i) {
    if (s == ModalityName(static_cast<Modality>(i))) return static_cast<Modality>(i);
  }
  return std::nullopt;
}

Status BadRow(const TsvTable& t, const TsvRow& r, std::string_view what) {
  return Status::DataError(t.path + ":" + std::to_string(r.line) + ": " + std::string(what));
}

}  // namespace

Result<ClaimLexicons> ClaimLexicons::Load(const std::filesystem::path& dir) {
  ClaimLexicons lex;
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "triggers.tsv", {"pattern", "type"}));
    for (const TsvRow& r : t.rows) {
      const auto type = ParseClaimType(t.Get(r, "type"));
      if (!type) return BadRow(t, r, "unknown claim type '" + std::string(t.Get(r, "type")) + "'");
      lex.triggers.Add(t.Get(r, "pattern"), static_cast<uint32_t>(*type));
    }
  }
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "units.tsv", {"noun", "unit"}));
    for (const TsvRow& r : t.rows) {
      const auto unit = ParseCountUnit(t.Get(r, "unit"));
      if (!unit) return BadRow(t, r, "unknown unit '" + std::string(t.Get(r, "unit")) + "'");
      lex.units.Add(t.Get(r, "noun"), static_cast<uint32_t>(*unit));
    }
  }
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "reporting.tsv", {"cue", "kind"}));
    for (const TsvRow& r : t.rows) {
      ReportingCue cue;
      const std::string_view k = t.Get(r, "kind");
      if (k == "verb") cue.kind = ReportingCue::Kind::kVerb;
      else if (k == "prep") cue.kind = ReportingCue::Kind::kPrep;
      else if (k == "relay") cue.kind = ReportingCue::Kind::kRelay;
      else if (k == "channel") cue.kind = ReportingCue::Kind::kChannel;
      else if (k == "learned") cue.kind = ReportingCue::Kind::kLearned;
      else return BadRow(t, r, "unknown cue kind '" + std::string(k) + "'");
      if (!t.Get(r, "modality").empty()) {
        cue.modality = ParseModality(t.Get(r, "modality"));
        if (!cue.modality) return BadRow(t, r, "unknown modality");
      }
      lex.reporting.Add(t.Get(r, "cue"), static_cast<uint32_t>(lex.cues.size()));
      lex.cues.push_back(cue);
    }
  }
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "modality.tsv", {"cue", "modality"}));
    for (const TsvRow& r : t.rows) {
      const auto m = ParseModality(t.Get(r, "modality"));
      if (!m) return BadRow(t, r, "unknown modality");
      lex.modality.Add(t.Get(r, "cue"), static_cast<uint32_t>(*m));
    }
  }
  return lex;
}

namespace {

using Set = std::unordered_set<std::string_view>;

bool StartsWithArticle(std::string_view w) { return w.size() > 4 && w.substr(0, 4) == "ال"; }

// Words before which a speaker search stops: the reported content has begun.
const Set& ContentStart() {
  static const Set s = {"ان", "انه", "انها", "انهم", "بان", "بانه", "الي", ":", "\"", "علي"};
  return s;
}

// Nouns introducing an organisation: skipped when looking for the name after them.
const Set& OrgNouns() {
  static const Set s = {"وكاله", "صحيفه", "قناه", "موقع", "شبكه", "تلفزيون", "اذاعه", "مجله",
                        "جريده", "منظمه", "مركز"};
  return s;
}

int PlaceRank(std::string_view p) {
  if (p == "point") return 8;
  if (p == "neighbourhood") return 7;
  if (p == "village") return 6;
  if (p == "city") return 5;
  if (p == "district") return 4;
  if (p == "governorate") return 3;
  if (p == "region") return 2;
  return 1;
}

struct Attribution {
  uint32_t pos = 0;                // token of the cue
  std::vector<SourceLink> links;   // inner chain (the outlet is added later)
  std::string verb;
  std::string rule;
  std::optional<Modality> modality;
};

struct TriggerHit {
  uint32_t first, last;
  ClaimType type;
  std::string pattern;
  bool used = false;
};

class Run {
 public:
  Run(const ClaimLexicons& lex, const EntityDictionary& dict, const ClaimInputs& in)
      : lex_(lex), dict_(dict), in_(in), l_(in.layers),
        n_(static_cast<uint32_t>(l_.tokens.size())) {
    entity_at_.assign(n_, -1);
    for (uint32_t m = 0; m < in.entities.mentions.size(); ++m) {
      const EntityMention& x = in.entities.mentions[m];
      if (x.first_token < n_ && entity_at_[x.first_token] < 0) entity_at_[x.first_token] = static_cast<int32_t>(m);
    }
    number_at_.assign(n_, -1);
    for (uint32_t k = 0; k < in.numbers.size(); ++k) {
      if (in.numbers[k].first_token < n_) number_at_[in.numbers[k].first_token] = static_cast<int32_t>(k);
    }
    in_date_.assign(n_, false);
    for (const DateMention& d : in.dates) {
      for (uint32_t t = d.first_token; t < d.last_token && t < n_; ++t) in_date_[t] = true;
    }
    if (in.doc.outlet) {
      outlet_link_ = SourceLink{"outlet", in.doc.outlet->id, in.doc.outlet->name, "", std::nullopt};
    }
  }

  std::vector<Claim> Go() {
    for (const Sentence& s : l_.sentences) {
      if (!in_.doc.IsReporting(Span{s.begin, s.end})) continue;
      Sentence_(s);
    }
    return std::move(claims_);
  }

 private:
  std::string_view T(uint32_t i) const { return l_.Text(i); }
  std::string_view Bare(uint32_t i) const { return T(i).substr(l_.tokens[i].prefix_len); }
  bool IsWord(uint32_t i) const { return i < n_ && l_.tokens[i].kind == TokenKind::kWord; }
  Span TokSpan(uint32_t first, uint32_t last) const {
    return Span{l_.tokens[first].begin, l_.tokens[last - 1].end};
  }
  std::string Original(uint32_t first, uint32_t last) const {
    return std::string(in_.doc.TextOf(TokSpan(first, last)));
  }
  const EntityMention* EntityAt(uint32_t i) const {
    return i < n_ && entity_at_[i] >= 0 ? &in_.entities.mentions[entity_at_[i]] : nullptr;
  }
  const Entity& EntityOf(const EntityMention& m) const { return in_.entities.entities[m.entity]; }

  SourceLink LinkFor(const EntityMention& m) const {
    const Entity& e = EntityOf(m);
    SourceLink link;
    link.id = e.id;
    // As the report writes it («فرانس برس», «المرصد السوري»): the id carries the identity.
    link.name = std::string(in_.doc.TextOf(Span{m.start, m.end}));
    for (std::string_view q : {"\"", "“", "”", "«", "»"}) {
      for (size_t p; (p = link.name.find(q)) != std::string::npos;) link.name.erase(p, q.size());
    }
    // A written form that keeps a preposition («للمرصد السوري») or stands for the name
    // (a surname, «التنظيم») shows the dictionary's name instead.
    if (m.basis == MentionBasis::kSurname || m.basis == MentionBasis::kBackReference ||
        (link.name.rfind("ل", 0) == 0 && e.name.rfind("ل", 0) != 0)) {
      link.name = e.name;
    }
    link.evidence = Span{m.start, m.end};
    switch (e.kind) {
      case EntityKind::kPerson:
        link.kind = "person";
        link.role = e.role;
        break;
      case EntityKind::kOutlet:
        link.kind = e.type == "agency" ? "agency" : "outlet";
        break;
      case EntityKind::kOrganization: link.kind = "organization"; break;
      case EntityKind::kActor: link.kind = "actor"; break;
      case EntityKind::kPlace: link.kind = "place"; break;
    }
    return link;
  }

  // «المرصد», «الشبكة», «الوكالة»: the organisation or outlet named earlier whose name
  // starts with this noun («المرصد السوري لحقوق الإنسان»).
  const EntityMention* HeadNounReference(uint32_t k) const {
    const std::string_view head = PhraseMatcher(true).Canonical(Bare(k));
    if (head.size() < 6) return nullptr;
    const Normalizer norm(NormLevel::kMatch);
    const EntityMention* found = nullptr;
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.first_token >= k) break;
      const Entity& e = EntityOf(m);
      if (e.kind != EntityKind::kOrganization && e.kind != EntityKind::kOutlet) continue;
      const std::string name = norm.Fold(e.name);
      const std::string_view first = std::string_view(name).substr(0, name.find(' '));
      if (PhraseMatcher(true).Canonical(first) == head) found = &m;
    }
    return found;
  }

  // The last organisation or outlet named before token `k`: what «التقرير» and «البيان»
  // («وذكر التقرير أن …») come from.
  const EntityMention* LastOrganisation(uint32_t k) const {
    const EntityMention* found = nullptr;
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.first_token >= k) break;
      const EntityKind kind = EntityOf(m).kind;
      if (kind == EntityKind::kOrganization || kind == EntityKind::kOutlet) found = &m;
    }
    return found;
  }

  bool InNumber(uint32_t k) const {
    for (const NumberMention& n : in_.numbers) {
      if (n.first_token <= k && k < n.last_token) return true;
      if (n.first_token > k) break;
    }
    return false;
  }

  // A name nobody introduced, standing where a speaker stands: «وقال سعيد مموزيني».
  bool LooksLikeName(uint32_t k, uint32_t end, uint32_t* last) const {
    static const Set kNotNames = {"مسؤول", "مصدر", "مصادر", "التقرير", "البيان", "الجيش",
                                  "القوات", "الحكومه", "وزاره", "وزير", "رئيس", "قائد", "المتحدث",
                                  "ناشطون", "شهود", "سكان", "مسؤولون", "تقرير", "بيان", "وسائل"};
    static const Set kStops = {"في", "من", "علي", "عن", "الي", "امس", "اليوم", "خلال", "مع",
                               "لـ", "ل", "بان", "انه", "انها", "ايضا", "بدوره", "بدورها", "لما",
                               "ما", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
                               "الخميس", "الجمعه"};
    // Nouns that head bodies, events and documents, never a given name.
    static const Set kNouns = {"مجموعه", "مجموعات", "هييه", "اتحاد", "هجوم", "عام", "وزاره",
                               "تقارير", "تقرير", "تاسيس", "قوات", "جيش", "حكومه", "منظمه",
                               "مجلس", "لجنه", "مكتب", "اداره", "قياده", "مديريه", "شبكه",
                               "مركز", "وكاله", "مصادر", "معلومات", "عمليه", "حمله", "قصف"};
    uint32_t j = k;
    while (j < end && j < k + 3 && IsWord(j) && number_at_[j] < 0 && !InNumber(j) &&
           !ContentStart().count(T(j)) && !kStops.count(T(j)) &&
           !kNotNames.count(T(j)) && l_.tokens[j].prefix_len == 0 && !EntityAt(j)) {
      ++j;
    }
    if (j - k < 2 || (j < end && IsWord(j) && !ContentStart().count(T(j)) && !kStops.count(T(j)))) return false;
    for (uint32_t q = k; q < j; ++q) {
      if (kNouns.count(T(q))) return false;
    }
    // Given names do not take the article; a family name may («محمد الخلف»).
    if (T(k).substr(0, 4) == "ال") return false;
    *last = j;
    return true;
  }

  // A source named just before token `v` (one adjective may follow it): «وكالة الأناضول
  // التركية ذكرت».
  const EntityMention* SubjectBefore(uint32_t v, uint32_t first) const {
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.last_token > v || m.first_token < first) continue;
      if (v - m.last_token > 1) continue;
      const EntityKind k = EntityOf(m).kind;
      if (k == EntityKind::kPlace) continue;
      if (v - m.last_token == 1 && !(IsWord(m.last_token) && StartsWithArticle(T(m.last_token)))) continue;
      return &m;
    }
    return nullptr;
  }

  // The source standing at or just after token `i`: a named entity, an anonymous source
  // («مصدر ميداني مطّلع»), a role without a name («قيادي في ميليشيا قسد»), or a reference
  // back to the last source («المصدر ذاته»). Empty when the content starts first.
  // «وأضاف الفهداوي»: one word standing for a person named in full before («عذال الفهداوي»).
  std::optional<SourceLink> KnownSurname(uint32_t k) const {
    const std::string_view w = T(k);
    if (!IsWord(k) || w.size() < 6 || EntityAt(k)) return std::nullopt;
    static const Set kAfterSurname = {"في", "علي", "عن", "امس", "اليوم", "ايضا", "لـ", "خلال"};
    if (k + 1 < n_ && IsWord(k + 1) && !ContentStart().count(T(k + 1)) &&
        !kAfterSurname.count(T(k + 1)) && l_.tokens[k + 1].prefix_len == 0) {
      return std::nullopt;  // more words follow: not a lone surname
    }
    for (uint32_t p = k; p-- > 1;) {
      if (T(p) != w && Bare(p) != w) continue;
      const EntityMention* m = EntityAt(p - 1);
      if (m && EntityOf(*m).kind == EntityKind::kPerson) return LinkFor(*m);
      uint32_t first = p - 1;
      if (!IsWord(first) || StartsWithArticle(T(first)) || l_.tokens[first].prefix_len > 0) continue;
      if (first > 0 && (T(first - 1) == "عبد" || T(first - 1) == "ابو")) --first;
      const std::string name = Original(first, p + 1);
      SourceLink link{"person", EntityRecognizer::PersonId(name), name, "", TokSpan(k, k + 1)};
      return link;
    }
    return std::nullopt;
  }

  std::optional<std::vector<SourceLink>> SpeakerAt(uint32_t i, uint32_t end, std::string* rule) const {
    for (uint32_t k = i; k < end && k < i + 7; ++k) {
      // Attribution verbs are matched on the whole sentence; a speaker never starts past the
      // end of the sentence.
      const Token& t = l_.tokens[k];
      if (t.kind == TokenKind::kPunct) {
        const std::string_view p = T(k);
        if (p == "\"" || p == "(" || p == "'" || p == "-") continue;
        if (p == "," && k == i) continue;
        return std::nullopt;
      }
      if (t.kind == TokenKind::kClitic) continue;
      // «بحسب ما قاله مدير المرصد …», «وفق ما ذكرته الوكالة»: the speaker follows.
      if (T(k) == "ما" && k + 1 < end) {
        WordPatterns::Hit verb;
        if (lex_.reporting.MatchAt(l_, k + 1, end, &verb)) {
          k = verb.last - 1;
          i = verb.last;
          continue;
        }
      }
      if (ContentStart().count(T(k)) || ContentStart().count(Bare(k))) return std::nullopt;
      // «وقال المصدر العسكري»: the source named before, in other words.
      if ((Bare(k) == "المصدر" || Bare(k) == "المصادر" || T(k) == "المصدر" || T(k) == "المصادر") &&
          last_source_) {
        *rule = "«" + std::string(T(k)) + "» refers back to the last source";
        return last_source_->links;
      }
      if (T(k) == "التقرير" || T(k) == "البيان" || T(k) == "الاحصائيه" || T(k) == "الدراسه") {
        if (const EntityMention* m = LastOrganisation(k)) {
          *rule = "«" + std::string(T(k)) + "» of the organisation named before";
          return std::vector<SourceLink>{LinkFor(*m)};
        }
      }
      if (!EntityAt(k) && StartsWithArticle(T(k))) {
        if (const EntityMention* m = HeadNounReference(k)) {
          *rule = "«" + std::string(T(k)) + "» refers to the one named before";
          SourceLink link = LinkFor(*m);
          link.evidence = TokSpan(k, k + 1);
          return std::vector<SourceLink>{link};
        }
      }
      if (const EntityMention* m = EntityAt(k)) {
        const Entity& e = EntityOf(*m);
        if (e.kind == EntityKind::kPlace) return std::nullopt;
        if (m->basis == MentionBasis::kBackReference && last_source_) {
          *rule = "refers back to the last source";
          return last_source_->links;
        }
        *rule = std::string("named ") + EntityKindName(e.kind);
        return std::vector<SourceLink>{LinkFor(*m)};
      }
      PhraseMatch cue;
      if (dict_.cues().MatchAt(l_.norm, l_.tokens, k, end, &cue)) {
        const CueEntry& c = dict_.cue(dict_.cues().Payloads(cue.node).front());
        if (c.kind == "back_reference") {
          if (last_source_) {
            *rule = "«" + c.text + "» refers back to the last source";
            return last_source_->links;
          }
          continue;
        }
        if (c.kind == "anonymous" || c.kind == "person") {
          // «مراسل فرانس برس», «مراسل وكالة الأنباء الفرنسية»: the agency speaks.
          if (c.role_en.find("correspondent") != std::string::npos ||
              Bare(cue.first_token).substr(0, 8) == "مراسل") {
            for (uint32_t q = cue.last_token; q < end && q < cue.last_token + 4; ++q) {
              if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind == EntityKind::kOutlet) {
                *rule = "the outlet's correspondent";
                return std::vector<SourceLink>{LinkFor(*m)};
              }
            }
          }
          // A role with its name already recognised a few words on: «الصحفي (صهيب الجابر)».
          for (uint32_t q = cue.last_token; q < end && q < cue.last_token + 10; ++q) {
            if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind == EntityKind::kPerson) {
              *rule = "role «" + c.text + "» and name";
              return std::vector<SourceLink>{LinkFor(*m)};
            }
            // «مسؤول إعلام الحزب … في الموصل، سعيد مموزيني»
            uint32_t name_last = 0;
            if (c.kind == "person" && q > cue.last_token && T(q - 1) == "," &&
                LooksLikeName(q, end, &name_last)) {
              const std::string name = Original(q, name_last);
              SourceLink link{"person", EntityRecognizer::PersonId(name), name,
                              Original(cue.first_token, q - 1), TokSpan(q, name_last)};
              *rule = "role «" + c.text + "» and a name after it";
              return std::vector<SourceLink>{link};
            }
            if (ContentStart().count(T(q))) break;
            if (l_.tokens[q].kind == TokenKind::kPunct && T(q) != "\"" && T(q) != "(" &&
                T(q) != ")" && T(q) != ",") {
              break;
            }
          }
          SourceLink link;
          link.kind = "anonymous";
          uint32_t last = cue.last_token;
          // «مصدر عسكري في قوات سوريا الديمقراطية», «قيادي في ميليشيا قسد»
          if (last + 1 < end && (T(last) == "في" || T(last) == "من" || T(last) == "داخل")) {
            if (const EntityMention* m = EntityAt(last + 1)) last = m->last_token;
          }
          link.name = Original(cue.first_token, last);
          link.role = c.role_en;
          link.evidence = TokSpan(cue.first_token, last);
          *rule = c.kind == "anonymous" ? "anonymous source cue" : "role without a name";
          return std::vector<SourceLink>{link};
        }
      }
      if (OrgNouns().count(Bare(k)) || OrgNouns().count(T(k)) || T(k) == "تقرير" ||
          T(k) == "بيان") {
        // «وكالة الأنباء الحكومية السورية (سانا)», «تقرير أصدرته الأمم المتحدة»: the name
        // comes a few words on; failing that, the phrase itself names the organisation.
        for (uint32_t q = k + 1; q < end && q < k + 7; ++q) {
          if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind != EntityKind::kPlace &&
                                                    EntityOf(*m).kind != EntityKind::kPerson) {
            *rule = "organisation named after «" + std::string(T(k)) + "»";
            return std::vector<SourceLink>{LinkFor(*m)};
          }
          if (l_.tokens[q].kind == TokenKind::kPunct && T(q) != "(" && T(q) != "\"") break;
          if (ContentStart().count(T(q))) break;
        }
        uint32_t last = k + 1;
        while (last < end && last < k + 6 &&
               (IsWord(last) || T(last) == "\"" || l_.tokens[last].kind == TokenKind::kLatin) &&
               !ContentStart().count(T(last))) {
          ++last;
        }
        while (last > k + 1 && T(last - 1) == "\"") --last;
        const std::string_view noun = Bare(k);
        SourceLink link;
        link.kind = noun == "وكاله" ? "agency"
                    : (noun == "صحيفه" || noun == "قناه" || noun == "موقع" || noun == "تلفزيون" ||
                       noun == "جريده" || noun == "اذاعه" || noun == "مجله")
                        ? "outlet"
                        : "organization";
        link.name = Original(k, last);
        link.evidence = TokSpan(k, last);
        *rule = "unlisted " + link.kind + " named in the text";
        return std::vector<SourceLink>{link};
      }
      if (k == i) {
        if (auto p = KnownSurname(k)) {
          *rule = "family name of a person named before";
          return std::vector<SourceLink>{*p};
        }
      }
      // A person nobody introduced: «وقال سعيد مموزيني».
      uint32_t name_last = 0;
      if (k == i && LooksLikeName(k, end, &name_last)) {
        const std::string name = Original(k, name_last);
        SourceLink link{"person", EntityRecognizer::PersonId(name), name, "", TokSpan(k, name_last)};
        *rule = "a name in the speaker's place";
        return std::vector<SourceLink>{link};
      }
      // An unknown noun phrase as speaker, when it starts with a noun that names sources:
      // «نفت وسائل إعلام موالية للنظام», «كشف مقربون من مدنيين».
      static const Set kSourceNouns = {"وسائل", "مقربون", "مقربين", "سكان", "شهود", "اهالي",
                                       "مسؤولون", "مسؤولين", "ناشطون", "ناشطين", "جهات",
                                       "اوساط", "تقارير", "معلومات", "انباء", "منظمات",
                                       "مراقبون", "خبراء", "قاده", "مسؤولو", "مجموعه",
                                       "مجموعات", "جماعات", "اطباء", "مسعفون", "مسعفين"};
      if (IsWord(k) && k == i && l_.tokens[k].prefix_len == 0 && kSourceNouns.count(T(k))) {
        uint32_t last = k;
        while (last < end && last < k + 5 && IsWord(last) && !ContentStart().count(T(last))) ++last;
        if (last - k >= 2) {
          // «وسائل إعلام حكومية»: media without a name are still media.
          const bool media = T(k) == "وسائل" && k + 1 < end && T(k + 1) == "اعلام";
          SourceLink link{media ? "outlet" : "anonymous", "", Original(k, last), "", TokSpan(k, last)};
          *rule = "unnamed speaker";
          return std::vector<SourceLink>{link};
        }
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  std::vector<Attribution> Attributions(const Sentence& s) {
    std::vector<Attribution> out;
    for (uint32_t i = s.first_token; i < s.last_token;) {
      WordPatterns::Hit hit;
      if (!lex_.reporting.MatchAt(l_, i, s.last_token, &hit)) {
        ++i;
        continue;
      }
      const ReportingCue& cue = lex_.cues[hit.payload];
      Attribution a;
      a.pos = i;
      a.verb = Original(hit.first, hit.last);
      a.modality = cue.modality;
      std::string rule;
      switch (cue.kind) {
        case ReportingCue::Kind::kVerb:
        case ReportingCue::Kind::kPrep: {
          auto who = SpeakerAt(hit.last, s.last_token, &rule);
          if (who) {
            a.links = *who;
            a.rule = a.verb + ": " + rule;
          } else if (const EntityMention* m = SubjectBefore(hit.first, s.first_token);
                     m && cue.kind == ReportingCue::Kind::kVerb) {
            // «كما أن وكالة الأناضول التركية ذكرت»: the subject stands before the verb.
            a.links = {LinkFor(*m)};
            a.rule = a.verb + ": subject before the verb";
          } else if (cue.kind == ReportingCue::Kind::kVerb && last_source_ &&
                     hit.first <= s.first_token + 1) {
            // «وأضاف أن», «وأوضح أن»: no subject, the speaker goes on.
            a.links = last_source_->links;
            a.rule = a.verb + ": no subject, carried forward from the last source";
          } else {
            i = hit.last;
            continue;
          }
          break;
        }
        case ReportingCue::Kind::kRelay: {
          // «نقلت وكالة رويترز … عن قيادي في ميليشيا قسد»
          std::string r1, r2;
          auto relay = SpeakerAt(hit.first + 1, hit.last, &r1);
          auto origin = SpeakerAt(hit.last, s.last_token, &r2);
          if (relay) a.links = *relay;
          if (origin) a.links.insert(a.links.end(), origin->begin(), origin->end());
          if (a.links.empty()) {
            i = hit.last;
            continue;
          }
          a.rule = a.verb + ": relayed";
          break;
        }
        case ReportingCue::Kind::kLearned: {
          // «علمت "أورينت نت" من مصادر خاصة»
          uint32_t k = hit.last;
          while (k < s.last_token && k < hit.last + 6 && T(k) != "من") ++k;
          auto who = k < s.last_token ? SpeakerAt(k + 1, s.last_token, &rule) : std::nullopt;
          if (!who) {
            i = hit.last;
            continue;
          }
          a.links = *who;
          a.rule = a.verb + " … من: " + rule;
          break;
        }
        case ReportingCue::Kind::kChannel:
          if (!last_source_) {
            i = hit.last;
            continue;
          }
          a.links = last_source_->links;
          a.rule = a.verb + ": the speaker named before";
          break;
      }
      out.push_back(std::move(a));
      i = hit.last;
    }
    return out;
  }

  std::vector<TriggerHit> Triggers(const Sentence& s) const {
    std::vector<TriggerHit> out;
    for (uint32_t i = s.first_token; i < s.last_token;) {
      WordPatterns::Hit hit;
      if (lex_.triggers.MatchAt(l_, i, s.last_token, &hit)) {
        out.push_back(TriggerHit{hit.first, hit.last, static_cast<ClaimType>(hit.payload),
                                 lex_.triggers.Source(hit.pattern)});
        // A gapped pattern («سلم* … انفس*») spans words that may hold counts: go on after
        // its first word only.
        i = hit.last - hit.first > 3 ? hit.first + 1 : hit.last;
      } else {
        ++i;
      }
    }
    return out;
  }

  // The unit noun after a count: «سبعين عنصرا», «150 من مقاتلي», «عشرات العناصر».
  std::optional<std::pair<CountUnit, uint32_t>> UnitAfter(const NumberMention& n, uint32_t end,
                                                          uint32_t* noun_last) const {
    uint32_t k = n.last_token;
    for (int hops = 0; hops < 3 && k < end; ++hops) {
      WordPatterns::Hit hit;
      if (lex_.units.MatchAt(l_, k, end, &hit)) {
        *noun_last = hit.last;
        return std::make_pair(static_cast<CountUnit>(hit.payload), k);
      }
      // «150 من مقاتلي», «نحو 1300 مدني محاصر»: «من» or one adjective may stand between.
      if (T(k) == "من" || (hops == 0 && IsWord(k) && T(k).size() >= 6 && !EntityAt(k))) {
        ++k;
        continue;
      }
      break;
    }
    // The noun can also come before a count in apposition: «عدد الجرحى 25» is rare; skip.
    return std::nullopt;
  }

  // A unit noun that is itself an event: «قتلى», «معتقلين».
  static std::optional<ClaimType> TypeFromNoun(std::string_view noun) {
    static const Set attack = {"قتيل", "قتيلا", "قتلي", "القتلي", "جريح", "جريحا", "جرحي",
                               "الجرحي", "مصاب", "مصابا", "مصابين", "ضحيه", "ضحايا"};
    static const Set detention = {"معتقل", "معتقلا", "معتقلين", "المعتقلين", "اسير", "اسيرا",
                                  "اسري", "رهينه", "رهائن", "محتجز", "محتجزين", "موقوفين",
                                  "مختطفين", "مشتبه"};
    static const Set evacuation = {"نازح", "نازحا", "نازحين", "النازحين", "مهجرين", "لاجئ",
                                   "لاجئين", "اللاجئين"};
    if (attack.count(noun)) return ClaimType::kAttack;
    if (detention.count(noun)) return ClaimType::kDetention;
    if (evacuation.count(noun)) return ClaimType::kEvacuation;
    return std::nullopt;
  }

  // Events a counted noun can take part in: detainees are detained, released or moved.
  static bool Fits(ClaimType t, CountUnit u) {
    switch (u) {
      case CountUnit::kDetainees:
        return t == ClaimType::kDetention || t == ClaimType::kRelease || t == ClaimType::kTransfer;
      case CountUnit::kVehicles:
        return t == ClaimType::kAid || t == ClaimType::kEvacuation || t == ClaimType::kTransfer ||
               t == ClaimType::kAttack;
      default:
        return true;
    }
  }

  const TriggerHit* NearestTrigger(std::vector<TriggerHit>& triggers, uint32_t pos,
                                   CountUnit unit) const {
    const TriggerHit* best = nullptr;
    uint32_t best_d = 0;
    // A trigger that governs the count directly wins: «الإفراج عن 30 امرأة», «خرج 1000 مدني».
    for (const TriggerHit& t : triggers) {
      if (t.last <= pos && pos - t.last <= 2) {
        bool punct = false;
        for (uint32_t k = t.last; k < pos; ++k) punct |= l_.tokens[k].kind == TokenKind::kPunct;
        if (!punct && (!best || t.last > best->last)) best = &t;
      }
    }
    if (best) return best;
    for (const TriggerHit& t : triggers) {
      // Triggers before the count read first (verb-subject order: «خرج 1000 مدني»);
      // a trigger after it costs a little more.
      uint32_t d = t.first <= pos ? pos - t.first : (t.first - pos) + 2;
      if (!Fits(t.type, unit)) d += 6;
      // A comma between trigger and count usually closes the trigger's clause: «مناطق
      // سيطرة "قسد"، وسط تأكيد ناشطين بأن أكثر من 200 عنصر … سلّموا أنفسهم».
      for (uint32_t k = std::min(t.first, pos); k < std::max(t.first, pos); ++k) {
        if (l_.tokens[k].kind == TokenKind::kPunct && T(k) == ",") d += 6;
      }
      if (!best || d < best_d) best = &t, best_d = d;
    }
    return best;
  }

  // Modality of a claim whose trigger or count stands at `pos`: the cues before it in its
  // clause (a cue before an earlier comma-separated clause of another speaker does not carry).
  Modality ModalityAt(const Sentence& s, uint32_t pos, const Attribution* attr, std::string* cue) const {
    std::optional<Modality> found;
    const uint32_t from = attr && attr->pos <= pos ? std::max(s.first_token, attr->pos) : s.first_token;
    for (uint32_t i = from; i < pos && i < s.last_token;) {
      WordPatterns::Hit hit;
      if (!lex_.modality.MatchAt(l_, i, s.last_token, &hit)) {
        ++i;
        continue;
      }
      auto m = static_cast<Modality>(hit.payload);
      if (T(hit.first) != "قد" && (T(hit.first) == "وقد" || T(hit.first) == "فقد" || T(hit.first) == "لقد")) {
        m = Modality::kPossible;  // same reading as «قد»; the verb after it decides below
      }
      // «قد» before a past verb is emphasis («قد أسفر»), a possibility only before a present
      // verb («قد تشهد», «قد يتم»).
      const std::string_view word = T(hit.first);
      const bool qad = word == "قد" || word == "وقد" || word == "فقد" || word == "لقد" || word == "ولقد";
      if (qad && hit.last >= s.last_token) {
        i = hit.last;
        continue;
      }
      if (qad) {
        const std::string_view v = T(hit.last);
        const bool present = v.size() >= 6 && (v.substr(0, 2) == "ي" || v.substr(0, 2) == "ت" ||
                                               v.substr(0, 2) == "ن");
        if (!present) {
          i = hit.last;
          continue;
        }
      }
      if (!found || m == Modality::kDenied || *found != Modality::kDenied) {
        found = m;
        *cue = Original(hit.first, hit.last);
      }
      i = hit.last;
    }
    if (attr && attr->modality && (!found || *attr->modality == Modality::kDenied)) {
      found = attr->modality;
      *cue = attr->verb;
    }
    return found.value_or(Modality::kAsserted);
  }

  const Attribution* AttributionFor(const std::vector<Attribution>& attrs, uint32_t pos) const {
    const Attribution* before = nullptr;
    for (const Attribution& a : attrs) {
      if (a.pos <= pos) before = &a;
    }
    if (before) return before;
    return attrs.empty() ? nullptr : &attrs.front();
  }

  std::vector<SourceLink> Chain(const Attribution* a) const {
    std::vector<SourceLink> chain;
    if (outlet_link_) chain.push_back(*outlet_link_);
    if (a) {
      for (const SourceLink& l : a->links) {
        if (!chain.empty() && l.kind == chain.back().kind && l.id == chain.back().id && !l.id.empty()) continue;
        chain.push_back(l);
      }
    }
    return chain;
  }

  std::optional<ClaimEntity> ActorRef(const EntityMention& m) const {
    const Entity& e = EntityOf(m);
    return ClaimEntity{e.id, e.name, Span{m.start, m.end}, std::nullopt, std::nullopt, ""};
  }

  bool IsActor(const EntityMention& m) const {
    const EntityKind k = EntityOf(m).kind;
    return k == EntityKind::kActor || k == EntityKind::kOrganization;
  }

  // Agent: the actor the counted noun belongs to («مقاتلي داعش», «عناصر التنظيم»), else the
  // subject after the trigger (verb first) or before it. Counterpart: reached with لـ/إلى/مع.
  void Actors(const Sentence& s, uint32_t trigger, uint32_t noun_last, Claim* c) const {
    const EntityMention* agent = nullptr;
    const EntityMention* counterpart = nullptr;
    if (noun_last > 0) {
      for (uint32_t k = noun_last; k < s.last_token && k < noun_last + 4; ++k) {
        if (const EntityMention* m = EntityAt(k); m && IsActor(*m)) {
          agent = m;
          c->why.agent_rule = "the actor of the counted noun";
          break;
        }
      }
    }
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      const EntityMention* m = EntityAt(k);
      if (!m || !IsActor(*m) || m == agent) continue;
      const std::string_view w = T(k);
      const Token& t = l_.tokens[k];
      const bool dative = (t.prefix_len >= 2 && w.substr(t.prefix_len - 2, 2) == "ل") ||
                          t.is(kAfterClitic) ||
                          (k > s.first_token && (T(k - 1) == "الي" || T(k - 1) == "مع" || T(k - 1) == "لدي"));
      if (dative && k > trigger && !counterpart) {
        counterpart = m;
      } else if (!agent && !dative) {
        // nearest actor to the trigger on either side
        agent = m;
        c->why.agent_rule = k > trigger ? "subject after the verb" : "subject before the trigger";
      }
    }
    if (agent) c->agent = ActorRef(*agent);
    if (counterpart) c->counterpart = ActorRef(*counterpart);
  }

  void PlaceAndTime(const Sentence& s, uint32_t pos, Claim* c) const {
    const EntityMention* best = nullptr;
    int best_rank = -1;
    uint32_t best_d = 0;
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      const EntityMention* m = EntityAt(k);
      if (!m || EntityOf(*m).kind != EntityKind::kPlace) continue;
      const int rank = PlaceRank(EntityOf(*m).precision);
      const uint32_t d = k > pos ? k - pos : pos - k;
      if (rank > best_rank || (rank == best_rank && d < best_d)) best = m, best_rank = rank, best_d = d;
    }
    if (best) {
      const Entity& e = EntityOf(*best);
      c->place = ClaimEntity{e.id, e.name, Span{best->start, best->end}, e.lat, e.lon, e.precision};
      c->why.place_rule = "most specific place of the sentence (" + e.precision + ")";
    }
    for (const DateMention& d : in_.dates) {
      if (d.kind != DateKind::kDate || d.first_token < s.first_token || d.last_token > s.last_token) continue;
      ClaimTime t;
      if (d.start && d.resolved) t.start = FormatIsoDate(*d.start);
      if (d.until && d.resolved) t.end = FormatIsoDate(*d.until);
      t.text = Span{d.begin, d.end};
      c->time = t;
      break;
    }
  }

  // «وليس العشرات فقط كما ذكرت وكالة الأناضول»: the figure belongs to the source after
  // «كما ذكر», and the text says it is wrong.
  bool Disputed(const NumberMention& n, const Sentence& s, std::vector<SourceLink>* source) const {
    const uint32_t b = n.first_token;
    if (!(b >= s.first_token + 1 && (T(b - 1) == "وليس" || T(b - 1) == "ليس" ||
                                     (b >= s.first_token + 2 && T(b - 2) == "وليس")))) {
      return false;
    }
    for (uint32_t k = n.last_token; k < s.last_token && k < n.last_token + 4; ++k) {
      if (T(k) == "كما" && k + 1 < s.last_token && T(k + 1).substr(0, 6) == "ذكر") {
        std::string rule;
        if (auto who = SpeakerAt(k + 2, s.last_token, &rule)) *source = *who;
        return true;
      }
    }
    return false;
  }

  void Sentence_(const Sentence& s) {
    std::vector<TriggerHit> triggers = Triggers(s);
    std::vector<Attribution> attrs = Attributions(s);
    // A paragraph of reported speech goes on in the speaker's voice: «وقال المرصد إن …
    // وقتل 89 جهاديا خلال الفترة ذاتها.» A new line ends it.
    if (l_.tokens[s.first_token].is(kLineBefore)) ++paragraph_;
    if (attrs.empty() && last_source_ && last_source_paragraph_ == paragraph_) {
      Attribution carried = *last_source_;
      carried.pos = s.first_token;
      carried.modality.reset();
      carried.rule = "carried from the previous sentence of the paragraph";
      attrs.push_back(std::move(carried));
    }
    const Span evidence{s.begin, s.end};
    std::unordered_set<int> typed;  // count-less claim types already given in this sentence
    last_unit_in_sentence_.reset();
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      if (number_at_[k] < 0) continue;
      const NumberMention& n = in_.numbers[number_at_[k]];
      if (!n.counts() || in_date_[k]) continue;
      uint32_t noun_last = 0;
      auto unit = UnitAfter(n, s.last_token, &noun_last);
      std::vector<SourceLink> scratch;
      if (!unit && last_unit_in_sentence_ && Disputed(n, s, &scratch)) {
        // «نحو ألف عنصر … وليس العشرات فقط»: the disputed figure counts the same thing.
        unit = std::make_pair(*last_unit_in_sentence_, n.first_token);
        noun_last = n.last_token;
      }
      if (!unit) continue;
      last_unit_in_sentence_ = unit->first;
      Claim c;
      c.evidence = evidence;
      c.count = ClaimCount{n.value, n.min, n.max, n.approx, unit->first,
                           Span{n.begin, l_.tokens[noun_last - 1].end}};
      c.why.unit_noun = Original(unit->second, noun_last);
      const TriggerHit* t = NearestTrigger(triggers, k, unit->first);
      const std::string_view noun = Bare(unit->second);
      uint32_t pos = k;
      if (t) {
        c.type = t->type;
        c.why.trigger = t->pattern;
        c.why.trigger_span = TokSpan(t->first, t->last);
        pos = t->first;
        const_cast<TriggerHit*>(t)->used = true;
      } else if (auto nt = TypeFromNoun(noun)) {
        c.type = *nt;
        c.why.trigger = "the counted noun «" + std::string(noun) + "»";
      } else {
        c.type = ClaimType::kStatement;
        c.why.trigger = "no trigger in the sentence";
      }
      const Attribution* a = AttributionFor(attrs, k);
      std::vector<SourceLink> disputed_source;
      if (Disputed(n, s, &disputed_source)) {
        c.modality = Modality::kDisputed;
        c.why.modality_cue = "«وليس … كما ذكر»";
        c.chain = Chain(nullptr);
        c.chain.insert(c.chain.end(), disputed_source.begin(), disputed_source.end());
        c.why.source_rule = "the figure the text disputes, of the source after «كما ذكر»";
      } else {
        c.modality = ModalityAt(s, std::max(pos, k), a, &c.why.modality_cue);
        c.chain = Chain(a);
        if (a) c.verb = a->verb, c.why.source_rule = a->rule;
        else c.why.source_rule = "no attribution: the outlet's own voice";
      }
      Actors(s, pos, noun_last, &c);
      PlaceAndTime(s, pos, &c);
      claims_.push_back(std::move(c));
    }
    // Events without a count that a fact-checker lists: deals, surrenders, releases, exits,
    // control and threats — once per type and sentence.
    for (const TriggerHit& t : triggers) {
      if (t.used) continue;
      switch (t.type) {
        case ClaimType::kSurrender: case ClaimType::kAgreement: case ClaimType::kRelease:
        case ClaimType::kEvacuation: case ClaimType::kControl: case ClaimType::kThreat:
          break;
        default:
          continue;
      }
      Claim c;
      c.type = t.type;
      c.evidence = evidence;
      c.why.trigger = t.pattern;
      c.why.trigger_span = TokSpan(t.first, t.last);
      const Attribution* a = AttributionFor(attrs, t.first);
      c.modality = ModalityAt(s, t.first, a, &c.why.modality_cue);
      // One claim per event type, source and modality in a sentence: «الأنباء التي تتحدث عن
      // المفاوضات … في حين نفت وسائل إعلام … وجود المفاوضات» is two.
      const int key = static_cast<int>(t.type) * 1000 + static_cast<int>(c.modality) * 100 +
                      (a ? static_cast<int>(a - attrs.data()) % 100 : 99);
      if (!typed.insert(key).second) continue;
      c.chain = Chain(a);
      if (a) c.verb = a->verb, c.why.source_rule = a->rule;
      else c.why.source_rule = "no attribution: the outlet's own voice";
      Actors(s, t.first, 0, &c);
      if (!c.agent && c.modality == Modality::kAsserted && !a) continue;  // too thin to list
      PlaceAndTime(s, t.first, &c);
      claims_.push_back(std::move(c));
    }
    // The last explicit source carries into the next sentences.
    for (const Attribution& a : attrs) {
      if (!a.links.empty()) last_source_ = a, last_source_paragraph_ = paragraph_;
    }
  }

  const ClaimLexicons& lex_;
  const EntityDictionary& dict_;
  const ClaimInputs& in_;
  const TextLayers& l_;
  const uint32_t n_;
  std::vector<int32_t> entity_at_, number_at_;
  std::vector<bool> in_date_;
  std::optional<SourceLink> outlet_link_;
  std::optional<Attribution> last_source_;
  int paragraph_ = 0, last_source_paragraph_ = -1;
  std::optional<CountUnit> last_unit_in_sentence_;
  std::vector<Claim> claims_;
};

}  // namespace

std::vector<Claim> ClaimExtractor::Extract(const ClaimInputs& in) const {
  return Run(lex_, dict_, in).Go();
}

}  // namespace isnad
