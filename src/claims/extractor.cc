#include "claims/extractor.h"

#include <absl/container/flat_hash_set.h>

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
      if (const std::string_view e = t.Get(r, "elided"); !e.empty()) {
        const auto unit = ParseCountUnit(e);
        if (!unit) return BadRow(t, r, "unknown unit '" + std::string(e) + "'");
        lex.elided.Add(t.Get(r, "pattern"), static_cast<uint32_t>(*unit));
      }
    }
  }
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "units.tsv", {"noun", "unit"}));
    for (const TsvRow& r : t.rows) {
      if (t.Get(r, "unit") == "none") {  // places and groups: their count is no claim
        lex.uncounted.Add(t.Get(r, "noun"), 0);
        continue;
      }
      const auto unit = ParseCountUnit(t.Get(r, "unit"));
      if (!unit) return BadRow(t, r, "unknown unit '" + std::string(t.Get(r, "unit")) + "'");
      std::optional<ClaimType> type;
      if (const std::string_view ty = t.Get(r, "type"); !ty.empty()) {
        type = ParseClaimType(ty);
        if (!type) return BadRow(t, r, "unknown claim type '" + std::string(ty) + "'");
      }
      if (!lex.units.Add(t.Get(r, "noun"), static_cast<uint32_t>(*unit))) continue;
      lex.unit_types.push_back(type);
      std::string word = Normalizer(NormLevel::kMatch).Fold(t.Get(r, "noun"));
      if (!word.empty() && word.back() == '*') word.pop_back();
      lex.unit_words.push_back(std::move(word));
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
      else if (k == "background") cue.kind = ReportingCue::Kind::kBackground;
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
  {
    ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(dir / "sources.tsv", {"word", "class"}));
    for (const TsvRow& r : t.rows) {
      const std::string_view c = t.Get(r, "class");
      SourceNoun noun;
      if (c == "agency") noun = SourceNoun::kAgency;
      else if (c == "outlet") noun = SourceNoun::kOutlet;
      else if (c == "organization") noun = SourceNoun::kOrganization;
      else if (c == "group") noun = SourceNoun::kGroup;
      else if (c == "document") noun = SourceNoun::kDocument;
      else if (c == "reports") noun = SourceNoun::kReports;
      else if (c == "generic") noun = SourceNoun::kGeneric;
      else if (c == "topic") noun = SourceNoun::kTopic;
      else if (c == "not_name") noun = SourceNoun::kNotName;
      else if (c == "media") noun = SourceNoun::kMedia;
      else if (c == "state") noun = SourceNoun::kState;
      else return BadRow(t, r, "unknown class '" + std::string(c) + "'");
      lex.sources.Add(t.Get(r, "word"), static_cast<uint32_t>(noun));
      if (t.Get(r, "word").find('*') == std::string_view::npos) {
        lex.source_words.emplace(Normalizer(NormLevel::kMatch).Fold(t.Get(r, "word")), noun);
      }
    }
  }
  return lex;
}

namespace {

using Set = absl::flat_hash_set<std::string_view>;

bool StartsWithArticle(std::string_view w) { return w.size() > 4 && w.substr(0, 4) == "ال"; }

// Words before which a speaker search stops: the reported content has begun.
const Set& ContentStart() {
  static const Set s = {"ان", "انه", "انها", "انهم", "بان", "بانه", "فان", "فانه", "فانها", "الي", ":", "\"", "علي"};
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
  bool prep = false;               // «بحسب», «وفق»: may close the clause before it
  bool content_after = false;      // «قالت اللجنة إنها …»: the content follows the cue
  bool closing = false;            // «…، قال المرصد.»: the cue and its source end the sentence
  bool document = false;           // the source spoke in a document: «وثق التقرير», «في بيان»
  // «أعلنت الجماعة مسؤوليتها عن الهجوم الذي أسفر عن مقتل 38»: claiming an attack is not
  // telling its toll; a verb joined to it («وقالت إنها قتلت 40») still has its subject.
  bool responsibility = false;
  // No cue and no quotation going on: the sentence is carried in the voice of an earlier one.
  bool carried = false;
};

struct UnnamedRole {
  Span evidence;          // the role phrase: «مسؤول كبير في الأمم المتحدة»
  uint32_t first, last;   // its tokens
  int sentence;           // where it was told
};

struct TriggerHit {
  uint32_t first, last;
  ClaimType type;
  std::string pattern;
  bool used = false;
};

class Run {
 public:
  Run(const ClaimLexicons& lex, const EntityDictionary& dict, const PostHolders& holders,
      const ClaimInputs& in)
      : lex_(lex), dict_(dict), holders_(holders), in_(in), l_(in.layers),
        n_(static_cast<uint32_t>(l_.tokens.size())), forms_(l_), triggers_(lex.triggers, l_, forms_),
        elided_(lex.elided, l_, forms_), units_(lex.units, l_, forms_),
        uncounted_(lex.uncounted, l_, forms_),
        reporting_(lex.reporting, l_, forms_), modality_(lex.modality, l_, forms_),
        sources_(lex.sources, l_, forms_) {
    entity_at_.assign(n_, -1);
    for (uint32_t m = 0; m < in.entities.mentions.size(); ++m) {
      const EntityMention& x = in.entities.mentions[m];
      if (x.first_token < n_ && entity_at_[x.first_token] < 0) entity_at_[x.first_token] = static_cast<int32_t>(m);
    }
    number_at_.assign(n_, -1);
    for (uint32_t k = 0; k < in.numbers.size(); ++k) {
      if (in.numbers[k].first_token < n_) number_at_[in.numbers[k].first_token] = static_cast<int32_t>(k);
    }
    name_ends_.assign(n_ + 1, false);
    in_entity_.assign(n_ + 1, false);
    for (const EntityMention& m : in.entities.mentions) {
      for (uint32_t t = m.first_token; t < m.last_token && t < n_; ++t) in_entity_[t] = true;
      if (m.last_token <= n_ && in.entities.entities[m.entity].kind != EntityKind::kPerson) name_ends_[m.last_token] = true;
    }
    in_number_.assign(n_, false);
    for (const NumberMention& x : in.numbers) {
      for (uint32_t t = x.first_token; t < x.last_token && t < n_; ++t) in_number_[t] = true;
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
    if (signed_document_) SignDocument();
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
    // «وكالة الأنباء السورية الحكومية (سانا)»: the name goes on to the short form the text
    // gives it in brackets.
    uint32_t q = m.last_token;
    if (q < n_ && IsWord(q) && StartsWithArticle(T(q)) && !EntityAt(q)) ++q;
    if (q + 2 < n_ && T(q) == "(") {
      if (const EntityMention* alias = EntityAt(q + 1);
          alias && alias->entity == m.entity && alias->last_token < n_ && T(alias->last_token) == ")") {
        link.name = std::string(in_.doc.TextOf(Span{m.start, l_.tokens[alias->last_token].end}));
        link.evidence = Span{m.start, l_.tokens[alias->last_token].end};
      }
    }
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

  std::optional<SourceNoun> SourceNounAt(uint32_t k) const {
    WordPatterns::Hit h;
    if (!IsWord(k) || !sources_.MatchAt(k, k + 1, &h)) return std::nullopt;
    return static_cast<SourceNoun>(h.payload);
  }
  // A body with a name of its own: «مركز المعلومات والتأهيل لحقوق الإنسان», not a role
  // («مركزها الإعلامي») or a bare noun («للجنة») that only points back.
  bool NamedBody(const std::vector<SourceLink>& links) const {
    if (links.size() != 1) return false;
    const SourceLink& l = links[0];
    if (l.kind == "anonymous" || l.kind == "person" || l.kind == "place") return false;
    if (outlet_link_ && l.id == outlet_link_->id) return false;  // the outlet obtained a copy
    return !l.id.empty() || l.name.find(' ') != std::string::npos;
  }

  // Whether the author of a definite document is written right after it, not its content:
  // «التقرير الصادر عن …», «التقرير الرابع للجنة», «الأرقام التي أكدها المرصد», but not
  // «وأوضح التقرير اعتقال النظام السوري …».
  bool AuthorFollows(uint32_t k, uint32_t end) const {
    for (uint32_t q = k + 1; q < end && q < k + 4; ++q) {
      if (!IsWord(q) || ContentStart().count(T(q))) return false;
      const std::string_view b = Bare(q);
      // «الذي نشرته», «التي أصدرتها», «التي أكدها»: a verb of authorship; not «البيان الذي
      // حصلت "سكاي نيوز عربية" على نسخة منه».
      static const std::string_view kAuthored[] = {"نشر", "اصدر", "اعد", "اكد", "وثق", "اجر"};
      if ((T(q) == "التي" || T(q) == "الذي") && q + 1 < end) {
        return std::any_of(std::begin(kAuthored), std::end(kAuthored),
                           [&](std::string_view v) { return T(q + 1).substr(0, v.size()) == v; });
      }
      if (b.substr(0, 8) == "صادر" || (HasPrefix(q, "ل") && l_.tokens[q].prefix_len >= 2)) return true;
      if (!StartsWithArticle(T(q)) && number_at_[q] < 0 && T(q) != "رقم") return false;
    }
    return false;
  }

  // The noun of a definite document at token `k` («التقرير», «والبيان»), also written as a
  // hashtag («ووثق #التقرير الصادر عن …»); empty otherwise.
  std::string_view DefiniteDocument(uint32_t k) const {
    if (l_.tokens[k].kind == TokenKind::kHashtag) {
      const std::string_view w = T(k).substr(1);
      if (!StartsWithArticle(w)) return {};
      const auto it = lex_.source_words.find(w.substr(4));
      return it != lex_.source_words.end() && it->second == SourceNoun::kDocument ? w.substr(4)
                                                                                  : std::string_view();
    }
    if (SourceNounAt(k) != SourceNoun::kDocument || !Definite(k)) return {};
    return Bare(k).substr(StartsWithArticle(Bare(k)) ? 4 : 0);
  }
  // «اتهمت #الرابطة_الدولية_للسلام»: a body named in a hashtag of several words whose first
  // word heads bodies (sources.tsv). One-word hashtags are places and names («#تعز»).
  std::optional<SourceLink> HashtagBody(uint32_t k) const {
    if (l_.tokens[k].kind != TokenKind::kHashtag) return std::nullopt;
    const std::string_view w = T(k).substr(1);
    const size_t gap = w.find('_');
    if (gap == std::string_view::npos) return std::nullopt;
    std::string_view head = w.substr(0, gap);
    if (StartsWithArticle(head)) head = head.substr(4);
    const auto it = lex_.source_words.find(head);
    if (it == lex_.source_words.end() || !IsBody(it->second)) return std::nullopt;
    std::string name = Original(k, k + 1);
    if (!name.empty() && name[0] == '#') name.erase(0, 1);
    std::replace(name.begin(), name.end(), '_', ' ');
    return SourceLink{BodyKind(it->second), "", std::move(name), "", TokSpan(k, k + 1)};
  }
  static bool IsBody(std::optional<SourceNoun> n) {
    return n && (*n == SourceNoun::kAgency || *n == SourceNoun::kOutlet ||
                 *n == SourceNoun::kOrganization);
  }
  static std::string BodyKind(SourceNoun n) {
    return n == SourceNoun::kAgency ? "agency" : n == SourceNoun::kOutlet ? "outlet" : "organization";
  }
  // The article among the proclitics: «المجلس», «والمرصد», «للجيش».
  bool Definite(uint32_t k) const {
    const std::string_view w = T(k);
    const uint32_t p = l_.tokens[k].prefix_len;
    return IsWord(k) && p >= 4 && (w.substr(p - 4, 4) == "ال" || w.substr(p - 4, 4) == "لل");
  }
  bool HasPrefix(uint32_t k, std::string_view letter) const {
    return l_.tokens[k].prefix_len >= letter.size() && T(k).substr(0, letter.size()) == letter;
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
      if (e.kind == EntityKind::kPlace || e.kind == EntityKind::kPerson) continue;  // «الجبهة»: also actors
      const std::string name = norm.Fold(e.name);
      const std::string_view first = std::string_view(name).substr(0, name.find(' '));
      // The name as written counts too: «منظمة أطباء بلا حدود» for the dictionary's «أطباء بلا حدود».
      if (PhraseMatcher(true).Canonical(first) == head || PhraseMatcher(true).Canonical(Bare(m.first_token)) == head) {
        found = &m;
      }
    }
    return found;
  }

  // The last organisation or outlet named before token `k`: what «التقرير» and «البيان»
  // («وذكر التقرير أن …») come from when no report was introduced.
  const EntityMention* LastOrganisation(uint32_t k) const {
    const EntityMention* found = nullptr;
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.first_token >= k) break;
      const EntityKind kind = EntityOf(m).kind;
      if (kind == EntityKind::kOrganization || kind == EntityKind::kOutlet) found = &m;
    }
    return found;
  }

  // The last outlet (or, with `agency`, news agency) named before token `k`: «بحسب الوكالة»,
  // «وقال مراسله».
  const EntityMention* LastOutlet(uint32_t k, bool agency) const {
    const EntityMention* found = nullptr;
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.first_token >= k) break;
      const Entity& e = EntityOf(m);
      if (e.kind == EntityKind::kOutlet && (!agency || e.type == "agency")) found = &m;
    }
    return found;
  }

  bool InNumber(uint32_t k) const { return k < n_ && in_number_[k]; }

  // Words that end a name or a speaker phrase: prepositions, days and adverbs of time.
  static const Set& NameStops() {
    static const Set s = {"في", "من", "علي", "عن", "الي", "امس", "اليوم", "خلال", "مع", "حتي",
                          "لـ", "ل", "بان", "انه", "انها", "ايضا", "بدوره", "بدورها", "لما",
                          "ما", "التي", "الذي", "الذين", "حول", "بشان", "بين", "بعد", "قبل",
                          "عند", "لدي", "نحو", "ضد", "منذ", "اثر", "عقب", "السبت", "الاحد",
                          "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"};
    return s;
  }

  // Where the name of an unlisted body that starts at token `k` ends: up to six more words, a
  // quoted name («منظمة "اير وورز"») or Latin letters, stopping where the content, a
  // preposition, a date or another named body begins («مجلس محافظة الأنبار عن وجود …»,
  // «وزارة الصحة الفلسطينية وقوات الدفاع الإسرائيلية»). The construct chain closes at its
  // first definite word; after it only adjectives and «لـ» complements go on («المجلس القومي
  // للأمومة والطفولة»), so «وأعلنت وزارة الصحة حالة الطوارئ» ends at «الصحة» and «الوكالة
  // السعودية أسماء …» before «أسماء».
  uint32_t NameEnd(uint32_t k, uint32_t end) const {
    uint32_t last = k + 1;
    bool closed = Definite(k);
    const bool definite_head = closed;
    while (last < end && last < k + 7) {
      const std::string_view w = T(last);
      const TokenKind kind = l_.tokens[last].kind;
      if (kind == TokenKind::kPunct && w == "\"") {
        if (closed || last > k + 2) break;
        uint32_t close = last + 1;
        while (close < end && close < last + 5 &&
               (IsWord(close) || l_.tokens[close].kind == TokenKind::kLatin)) {
          ++close;
        }
        if (close < end && close > last + 1 && T(close) == "\"") {
          last = close + 1;
          closed = true;
          continue;
        }
        break;
      }
      if (kind == TokenKind::kLatin) {
        ++last;
        continue;
      }
      if (!IsWord(last) || in_date_[last] || InNumber(last) || ContentStart().count(w) ||
          NameStops().count(w) || (HasPrefix(last, "و") && EntityAt(last))) {
        break;
      }
      const bool lam = HasPrefix(last, "ل") && !Definite(last);
      const bool complement = lam || (l_.tokens[last].prefix_len >= 4 && Definite(last)) ||
                              T(last).substr(0, 4) == "لل";
      if (definite_head && last == k + 1 && !BodyAdjective(last, end) && !complement &&
          SourceNounAt(last) != SourceNoun::kGeneric) {
        break;
      }
      if (closed && !Definite(last) && !lam && T(last).substr(0, 4) != "لل") break;
      closed |= Definite(last);
      ++last;
    }
    return last;
  }

  // An adjective after a body's noun: of origin, or one that often qualifies a body
  // («القوات المسلحة», «القوات الخاصة», «القيادة العامة»).
  bool BodyAdjective(uint32_t j, uint32_t end) const {
    static const Set kBodyAdjectives = {"المسلحه", "الخاصه", "المشتركه", "العامه", "العليا",
                                        "المتحده"};
    return Nisba(j, end) || (j < end && IsWord(j) && kBodyAdjectives.count(T(j)));
  }

  // An adjective of origin after a body's noun: «المرصد الآشوري», «الجيش اليمني».
  bool Nisba(uint32_t j, uint32_t end) const {
    if (j >= end || !IsWord(j) || EntityAt(j) || !StartsWithArticle(T(j))) return false;
    const std::string_view w = T(j);
    const bool ending = w.substr(w.size() - 2) == "ي" ||
                        (w.size() >= 4 && w.substr(w.size() - 4) == "يه");
    return ending && !ContentStart().count(w) && !NameStops().count(w) &&  // «التي», «الذي»
           SourceNounAt(j) != SourceNoun::kGeneric;
  }

  bool NameHas(const EntityMention& m, std::string_view word) const {
    return Normalizer(NormLevel::kMatch).Fold(EntityOf(m).name).find(word) != std::string::npos;
  }

  // «المركز الإعلامي للغوطة», «مركز دمشق الإعلامي», «شبكة … الإخبارية»: a centre or network
  // whose name calls it a media or news body publishes news — an outlet. A press office
  // («المكتب الإعلامي لحركة …») or the media centre of a body other than a place («المركز
  // الإعلامي للجيش اليمني») still speaks for its body.
  SourceLink Unlisted(std::string kind, uint32_t first, uint32_t last) const {
    if (kind == "organization" && Bare(first) != "مكتب") {
      bool media = false, owner = false;
      for (uint32_t q = first + 1; q < last; ++q) {
        media |= SourceNounAt(q) == SourceNoun::kMedia;
        const EntityMention* m = EntityAt(q);
        owner |= HasPrefix(q, "ل") && ((m && EntityOf(*m).kind != EntityKind::kPlace) ||
                                       IsBody(SourceNounAt(q)));
      }
      if (media && !owner) kind = "outlet";
    }
    return SourceLink{std::move(kind), "", NameText(first, last), "", TokSpan(first, last)};
  }

  // The written phrase without the proclitics of its first word, keeping the article:
  // «للمرصد» → «المرصد», «ووزارة الصحة» → «وزارة الصحة».
  std::string NameText(uint32_t first, uint32_t last) const {
    std::string text = Original(first, last);
    const std::string_view w = T(first);
    const uint32_t p = l_.tokens[first].prefix_len;
    if (p < 2 || l_.tokens[first].kind != TokenKind::kWord) return text;
    size_t drop = p / 2;  // normalized Arabic letters are two bytes each
    std::string article;
    if (p >= 4 && w.substr(p - 4, 4) == "ال") {
      drop -= 2;
    } else if (p >= 4 && w.substr(p - 4, 4) == "لل") {
      // «للمرصد» is ل + «المرصد», «للجنة» ل + «اللجنة»: the noun the lexicon knows tells
      // whether the second lam is the article's or the noun's own; otherwise keep the word.
      // After «لل» a longer noun that does not start with «ل» is ل + the article: «للمبعوث»;
      // when fewer than four letters are left, the second lam is rather the noun's own
      // («للجنة» is ل + «اللجنة»).
      WordPatterns::Hit h;
      drop = p / 2 - 1;
      if (w.size() >= p + 8 && w.substr(p, 2) != "ل") {
        article = "ا";
      } else {
        if (!sources_.MatchAt(first, first + 1, &h)) return text;
        const std::string noun = Normalizer(NormLevel::kMatch).Fold(lex_.sources.Source(h.pattern));
        if (noun.empty() || noun.back() == '*') return text;
        article = noun.size() + 2 == w.size() ? "ال" : "ا";
      }
    }
    // Skip `drop` letters of the original, with the marks that follow them (ḥarakāt, tatweel).
    size_t i = 0;
    auto code = [&](size_t at) {
      const auto b0 = static_cast<unsigned char>(text[at]);
      if (b0 < 0x80 || at + 1 >= text.size()) return static_cast<uint32_t>(b0);
      return static_cast<uint32_t>(((b0 & 0x1F) << 6) | (static_cast<unsigned char>(text[at + 1]) & 0x3F));
    };
    auto mark = [](uint32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0640 || c == 0x0670; };
    for (size_t n = 0; n < drop && i + 1 < text.size();) {
      if (code(i) < 0x0621 || code(i) > 0x064A) return text;  // not the letters expected
      i += 2, ++n;
      while (i + 1 < text.size() && mark(code(i))) i += 2;
    }
    return article + text.substr(i);
  }

  // «وقال المجلس إن …» after «… مجلس المعارضة في دوما»: the body the text named with the
  // same noun before.
  std::optional<SourceLink> Antecedent(uint32_t k, SourceNoun noun) const {
    const std::string_view head = Bare(k);
    const uint32_t stop = k > 800 ? k - 800 : 0;
    for (uint32_t p = k; p-- > stop;) {
      if (!IsWord(p) || Bare(p) != head) continue;
      const uint32_t pre = l_.tokens[p].prefix_len;
      if (pre != 0 && !(pre == 4 && StartsWithArticle(T(p)))) continue;
      // «منظمة هيومن رايتس ووتش», «منظمة "أطباء بلا حدود"»: the noun before a listed name.
      for (uint32_t q = p; q < p + 3 && q < n_; ++q) {
        if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind != EntityKind::kPlace &&
                                                  EntityOf(*m).kind != EntityKind::kPerson) {
          SourceLink link = LinkFor(*m);
          link.evidence = TokSpan(k, k + 1);
          return link;
        }
        if (q > p && T(q) != "\"") break;
      }
      const uint32_t last = NameEnd(p, n_);
      if (last == p + 1) continue;  // the bare noun again
      SourceLink link = Unlisted(BodyKind(noun), p, last);
      link.evidence = TokSpan(k, k + 1);
      return link;
    }
    return std::nullopt;
  }

  // «الموقع الرسمي للجيش اليمني», «الصفحة الرسمية لوزارة الدفاع»: a body's own channel speaks
  // for the body.
  std::optional<SourceLink> OfficialChannel(uint32_t k, uint32_t end) const {
    if (k + 2 >= end || SourceNounAt(k) != SourceNoun::kOutlet) return std::nullopt;
    if (T(k + 1) != "الرسمي" && T(k + 1) != "الرسميه") return std::nullopt;
    if (!IsWord(k + 2) || !HasPrefix(k + 2, "ل")) return std::nullopt;
    if (const EntityMention* m = EntityAt(k + 2); m && EntityOf(*m).kind != EntityKind::kPlace) {
      SourceLink link = LinkFor(*m);
      link.name = Original(k, m->last_token);
      link.evidence = TokSpan(k, m->last_token);
      return link;
    }
    return Unlisted("organization", k, NameEnd(k + 2, end));
  }

  // «المجلس», «الوكالة», «الجيش اليمني» where a speaker stands: the body named before with
  // this noun, or a new body when an adjective of origin follows that the one named before
  // lacks («المرصد الآشوري لحقوق الإنسان» after «المرصد السوري»).
  std::optional<SourceLink> DefiniteBody(uint32_t k, uint32_t end, std::string* rule) const {
    const auto noun = SourceNounAt(k);
    const EntityMention* ref = HeadNounReference(k);
    const std::string word(T(k));
    if (IsBody(noun) && BodyAdjective(k + 1, end) && !(ref && NameHas(*ref, T(k + 1)))) {
      *rule = "unlisted " + BodyKind(*noun) + " named in the text";
      return Unlisted(BodyKind(*noun), k, NameEnd(k, end));
    }
    // «وقالت (إس.أو.إس ميديتريني) … وأضافت المنظمة»: a body the dictionaries do not know, the
    // last source and told after the listed body with that noun, is the one meant.
    // Its name must not begin with another body's noun («جماعة "ولاية سيناء"» is no «الجيش»).
    if (IsBody(noun) && last_source_ && !last_source_->links.empty() && sentence_ - told_sentence_ <= 2) {
      const SourceLink& last = last_source_->links.back();
      const uint32_t head = last.evidence ? TokenAtByte(last.evidence->start) : n_;
      if (last.id.empty() && last.kind == BodyKind(*noun) && head < k &&
          (!IsBody(SourceNounAt(head)) || Bare(head) == Bare(k).substr(Bare(k).substr(0, 4) == "ال" ? 4 : 0)) &&
          (!ref || last.evidence->start > l_.tokens[ref->first_token].begin) &&
          last.evidence->end <= l_.tokens[k].begin) {
        *rule = "«" + word + "» refers to the last source, a body of that kind";
        SourceLink link = last;
        link.evidence = TokSpan(k, k + 1);
        return link;
      }
    }
    if (ref) {
      *rule = "«" + word + "» refers to the one named before";
      SourceLink link = LinkFor(*ref);
      link.evidence = TokSpan(k, k + 1);
      return link;
    }
    if (!IsBody(noun)) return std::nullopt;
    if (const EntityMention* m = LastOutlet(k, true); m && *noun == SourceNoun::kAgency) {
      *rule = "«" + word + "» refers to the last agency named";
      SourceLink link = LinkFor(*m);
      link.evidence = TokSpan(k, k + 1);
      return link;
    }
    // «التلفزيون الحكومي», «التلفزيون الرسمي»: described, not named before.
    if (k + 1 < end && IsWord(k + 1) && SourceNounAt(k + 1) == SourceNoun::kGeneric) {
      *rule = "unlisted " + BodyKind(*noun) + " named in the text";
      return Unlisted(BodyKind(*noun), k, NameEnd(k, end));
    }
    if (auto a = Antecedent(k, *noun)) {
      *rule = "«" + word + "» refers to the body named before with that noun";
      return a;
    }
    *rule = "unlisted " + BodyKind(*noun) + " named in the text";
    return Unlisted(BodyKind(*noun), k, k + 1);
  }

  // The author of a document after its noun: «تقرير الوكالة السورية», «أرقام منظمات
  // حقوقية», «إحصاء حديث أجرته منظمات معنية», «بيان صادر عن الجيش». The search ends at the
  // content and at the topic of the document («تقرير حول هجوم داعش»).
  std::optional<std::vector<SourceLink>> Author(uint32_t k, uint32_t end, std::string* rule) const {
    static const Set kTopic = {"حول", "بشان", "ضد", "علي", "الي", "بخصوص"};
    // «بعض التقارير الإعلامية»: the media's reports, not a media worker's.
    if (MediaNoun(k)) return std::nullopt;
    // «تقرير "ائتلاف الإغاثة الإنسانية في تعز"»: the author in quotation marks.
    if (k + 2 < end && T(k + 1) == "\"") {
      uint32_t close = k + 2;
      while (close < end && close < k + 9 && IsWord(close)) ++close;
      if (close < end && close > k + 2 && T(close) == "\"") {
        *rule = "named in quotation marks";
        return std::vector<SourceLink>{Unlisted("organization", k + 2, close)};
      }
    }
    for (uint32_t q = k + 1; q < end && q < k + 7; ++q) {
      const std::string_view w = T(q);
      if (l_.tokens[q].kind == TokenKind::kPunct && w != "\"" && w != "(") break;
      if ((w != "\"" && ContentStart().count(w)) || kTopic.count(w)) break;
      if (w == "عن" && !(q > k + 1 && (Bare(q - 1).substr(0, 8) == "صادر" ||
                                       Bare(q - 1).substr(0, 6) == "صدر"))) {
        break;  // «تقرير عن المعتقلين» is its topic; «تقارير صدرت عن الحكومة» its author
      }
      // «آخر إحصاء في الهند»: a country after «في» is where the count was made.
      if (auto owner = SpeakerAt(q, end, rule, /*nested=*/true)) {
        if (*rule == "a country as speaker" && q > k + 1 && T(q - 1) == "في") return std::nullopt;
        return owner;
      }
    }
    return std::nullopt;
  }

  // A word that can be part of a personal name standing where a speaker stands.
  // Later words of a name may take the article («أشرف القدرة») or begin with a letter the
  // segmenter reads as a proclitic («خيري بوزاني»); a conjunction still ends the name.
  bool NameWord(uint32_t j, bool first = true) const {
    static const Set kNotNames = {"اي", "لم", "لن", "لا", "قد", "فقد", "وقد", "اسمه", "اسمها", "هويته", "هويتها", "مسؤول", "مصدر", "مصادر", "التقرير", "البيان", "الجيش",
                                  "القوات", "الحكومه", "وزاره", "وزير", "رئيس", "قائد", "المتحدث",
                                  "ناشطون", "شهود", "سكان", "مسؤولون", "تقرير", "بيان", "وسائل"};
    // Nouns that head bodies, events and documents, never a given name.
    static const Set kNouns = {"مجموعه", "مجموعات", "هيئه", "اتحاد", "هجوم", "عام", "وزاره",
                               "تقارير", "تقرير", "تاسيس", "قوات", "جيش", "حكومه", "منظمه",
                               "مجلس", "لجنه", "مكتب", "اداره", "قياده", "مديريه", "شبكه",
                               "مركز", "وكاله", "مصادر", "معلومات", "عمليه", "حمله", "قصف",
                               "جبهه", "تحالف", "ائتلاف", "حزب", "محافظه", "مدينه", "بلده",
                               "قريه", "منطقه", "ريف", "مخيم", "ناحيه", "شمال", "جنوب", "شرق",
                               "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"};
    const uint32_t prefix = l_.tokens[j].prefix_len;
    // A letter the segmenter reads as a proclitic may begin a name («بيير», «لاكروا», «بوزاني»);
    // «و» and the article («بالمدينة») may not.
    const bool article_only = prefix == 4 && T(j).substr(0, 4) == "ال";
    if (IsWord(j) && prefix != 0 && dict_.IsGivenName(T(j)) && !EntityAt(j)) return true;  // «بسام»
    if (!IsWord(j) || number_at_[j] >= 0 || InNumber(j) || in_date_[j] || EntityAt(j) ||
        (prefix != 0 && (first || !article_only) &&
         (first ? (article_only || HasPrefix(j, "و") || Definite(j) || T(j).size() - prefix < 6)
                : (HasPrefix(j, "و") || Definite(j))))) {
      return false;
    }
    // «طه المتوكل للصحافيين»: whom the speaker spoke to ends the name.
    if (Definite(j) && HasPrefix(j, "ل")) return false;
    const std::string_view w = T(j);
    // A long word in the sound plural is no given name: «مسنودين», «مسلحون», «معتقلات».
    if (first && EntityRecognizer::SoundPlural(w)) return false;
    const bool ali = IsAli(j);
    // «مصدر عسكري، فإن وحدة …»: the content after a proclitic is no name either.
    if ((ContentStart().count(w) && !ali) || (NameStops().count(w) && !ali) || kNotNames.count(w) ||
        kNouns.count(w) || (prefix != 0 && ContentStart().count(Bare(j)))) {
      return false;
    }
    if (SourceNounAt(j)) return false;  // «فضل عدم الكشف عن اسمه», «وسائل», «تقرير»
    if (Adverbs().count(w)) return false;  // «وأعلن محمد رحيم أمين لاحقا»
    if (VerbAt(j, n_)) return false;     // «… مصادر أمنية، فقد أشارت»
    // A verb in the present plural or dual is never a name: «مسيحيين يتحدرون من القريتين».
    const std::string_view head = w.substr(0, 2);
    const std::string_view tail = w.size() >= 4 ? w.substr(w.size() - 4) : std::string_view();
    if ((head == "ي" || head == "ت") && (tail == "ون" || tail == "ان")) return false;
    return true;
  }

  // Whom a speaker spoke to, after the speaker: «للصحفيين», «لوكالة الصحافة الفرنسية»,
  // «لقناة الجزيرة».
  bool Addressee(uint32_t j) const {
    return IsWord(j) && HasPrefix(j, "ل") && (Definite(j) || EntityAt(j) || SourceNounAt(j));
  }

  // «علي» the name, not «على» the preposition: the two are one word once normalized, so the
  // text tells them apart.
  bool IsAli(uint32_t k) const { return T(k) == "علي" && in_.doc.TextOf(TokSpan(k, k + 1)) == "علي"; }

  // A reporting verb at token `k` (a verb never takes the article: «القدرة» is no «قدّر»).
  bool VerbAt(uint32_t k, uint32_t end) const {
    WordPatterns::Hit hit;
    return !Definite(k) && reporting_.MatchAt(k, end, &hit) &&
           lex_.cues[hit.payload].kind == ReportingCue::Kind::kVerb;
  }

  // Adverbs of time and manner that follow a speaker's name: «وأعلن محمد رحيم أمين لاحقا».
  static const Set& Adverbs() {
    static const Set s = {"لاحقا", "سابقا", "مجددا", "حاليا", "رسميا", "مؤخرا", "ايضا", "بدوره"};
    return s;
  }

  // A name nobody introduced, standing where a speaker stands: «وقال سعيد مموزيني».
  // `after_role`: the name follows a role and a comma («مدير مركز الاتصال …، أحمد الشيخو»),
  // where a family name with the article is expected.
  bool LooksLikeName(uint32_t k, uint32_t end, uint32_t* last, bool after_role = false) const {
    // «وقال سيد جان أحد سكان منطقة …», «عبد القادر شيخ كبير، وهو مسعف»: what describes the
    // person after the name.
    static const Set kApposition = {"احد", "احدي", "وهو", "وهي"};
    uint32_t j = k;
    bool role_after = after_role, article = false;
    while (j < end && j < k + 4) {
      // «أشرف القدرة الناطق باسم وزارة الصحة»: a role after the name describes it.
      PhraseMatch cue;
      if (j > k && dict_.cues().MatchAt(l_.norm, l_.tokens, j, end, &cue)) {
        role_after = true;
        break;
      }
      if (kApposition.count(T(j))) {
        role_after = j > k + 1;
        break;
      }
      // «صلاح الدين الشعلان» after a role and a comma: a place's name inside a person's.
      if (after_role && EntityAt(j) && EntityOf(*EntityAt(j)).kind == EntityKind::kPlace &&
          EntityAt(j)->last_token < end && EntityAt(j)->last_token - j <= 2 && j == k) {
        j = EntityAt(j)->last_token;
        continue;
      }
      // «عبد الودود وحيدي قال»: a last name word whose «و» the segmenter cut off, right
      // before the verb, a comma or the content.
      if (j > k && HasPrefix(j, "و") && !Definite(j) && l_.tokens[j].prefix_len == 2 &&
          (j + 1 >= end || !IsWord(j + 1) || ContentStart().count(T(j + 1)) ||
           VerbAt(j + 1, end))) {
        ++j;
        break;
      }
      if (!NameWord(j, j == k)) break;
      // «عبد القادر», «أبو الفضل»: the article inside a compound given name.
      article |= Definite(j) && !(j > k && (T(j - 1) == "عبد" || T(j - 1) == "ابو"));
      // «خيري بوزاني،», «جان بيير لاكروا إن»: a word read as prefixed ends the name, at
      // punctuation, the content or a preposition.
      if (l_.tokens[j].prefix_len != 0 && !Definite(j) && j + 1 < end && IsWord(j + 1) &&
          !ContentStart().count(T(j + 1)) && !NameStops().count(T(j + 1)) && !NameWord(j + 1, false)) {
        break;
      }
      ++j;
    }
    // «عبد القادر شيخ كبير، وهو مسعف», «صلاح البردويل، عضو حركة حماس»: what follows the
    // comma describes the name; so does a role right after four words of name («عبد العزيز
    // أبو مصعب المتحدث باسم …»).
    PhraseMatch role;
    if (j + 1 < end && T(j) == "," &&
        (kApposition.count(T(j + 1)) || dict_.cues().MatchAt(l_.norm, l_.tokens, j + 1, end, &role))) {
      role_after = true;
    }
    if (j < end && j == k + 4 && dict_.cues().MatchAt(l_.norm, l_.tokens, j, end, &role)) role_after = true;
    // A family name with the article only when a role stands after it: «برنامج الأغذية»,
    // «حكم الإعدام» are not names.
    if (j - k < 2 || (article && !role_after) ||
        (!role_after && j < end && IsWord(j) && !ContentStart().count(T(j)) && !NameStops().count(T(j)) &&
         !Adverbs().count(T(j)) && !Addressee(j))) {
      return false;
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

  // «وأضاف الفهداوي»: one word standing for a person named in full before («عذال الفهداوي»).
  // The word before the earlier mention must itself be able to start a name: «في اتحاد»,
  // «عام وزارة», «دمشق السبت» are not names.
  std::optional<SourceLink> KnownSurname(uint32_t k, std::string* rule) const {
    const std::string_view w = T(k);
    const bool ali = IsAli(k);
    // «مسؤوليتها»: a noun with a pronoun suffix is no family name.
    const bool pronoun = w.size() > 8 && (w.substr(w.size() - 4) == "ها" || w.substr(w.size() - 4) == "هم");
    if (!IsWord(k) || (w.size() < 6 && !ali) || EntityAt(k) || in_date_[k] || SourceNounAt(k) ||
        (NameStops().count(w) && !ali) || pronoun) {
      return std::nullopt;
    }
    static const Set kAfterSurname = {"في", "علي", "عن", "امس", "اليوم", "ايضا", "لـ", "خلال"};
    if (k + 1 < n_ && IsWord(k + 1) && !ContentStart().count(T(k + 1)) &&
        !kAfterSurname.count(T(k + 1)) && l_.tokens[k + 1].prefix_len == 0) {
      return std::nullopt;  // more words follow: not a lone surname
    }
    // «صرحت منسقة الأمم المتحدة»: a noun in construct with a definite word is a role, not a
    // surname (the text had «عبرت منسقة الأمم المتحدة» before); «عبد الرحمن» is a name.
    if (k + 1 < n_ && IsWord(k + 1) && StartsWithArticle(T(k + 1)) && !in_date_[k + 1] &&
        w != "عبد" && w != "ابو" && w != "ابن" && w != "بن" &&
        !NameStops().count(T(k + 1)) && !ContentStart().count(T(k + 1))) {
      return std::nullopt;
    }
    *rule = "family name of a person named before";
    // «وفقا للجبابلي»: ل and the article before the family name «الجبابلي».
    const bool lam_article = HasPrefix(k, "ل") && Definite(k);
    for (uint32_t p = k; p-- > 1;) {
      if (T(p) != w && Bare(p) != w && !(lam_article && Definite(p) && Bare(p) == Bare(k))) continue;
      if (ali && !IsAli(p)) continue;  // «على», not «علي»
      // «وأوضح التحالف» after «أقر التحالف الدولي بقيادة الولايات المتحدة»: the first word of
      // a body named before stands for it.
      if (const EntityMention* e = EntityAt(p); e && EntityOf(*e).kind != EntityKind::kPlace &&
                                                EntityOf(*e).kind != EntityKind::kPerson) {
        *rule = "«" + std::string(w) + "» refers to the one named before";
        SourceLink link = LinkFor(*e);
        link.evidence = TokSpan(k, k + 1);
        return link;
      }
      const EntityMention* m = EntityAt(p - 1);
      if (m && EntityOf(*m).kind == EntityKind::kPerson) return LinkFor(*m);
      uint32_t first = p - 1;
      if (!NameWord(first) || StartsWithArticle(T(first))) continue;
      if (first > 0 && (T(first - 1) == "عبد" || T(first - 1) == "ابو")) --first;
      const std::string name = Original(first, p + 1);
      SourceLink link{"person", EntityRecognizer::PersonId(name), name, "", TokSpan(k, k + 1)};
      return link;
    }
    return std::nullopt;
  }

  // The source standing at or just after token `i`: a named entity, an anonymous source
  // («مصدر ميداني مطّلع»), a role without a name («قيادي في ميليشيا قسد»), or a reference
  // back to the last source («المصدر ذاته»). Empty when the content starts first. `nested`:
  // looking for the author of a document, where a bare name is not expected.
  std::optional<std::vector<SourceLink>> SpeakerAt(uint32_t i, uint32_t end, std::string* rule,
                                                   bool nested = false) const {
    for (uint32_t k = i; k < end && k < i + 7; ++k) {
      // Attribution verbs are matched on the whole sentence; a speaker never starts past the
      // end of the sentence.
      const Token& t = l_.tokens[k];
      if (t.kind == TokenKind::kPunct) {
        const std::string_view p = T(k);
        if (p == "\"" && k == i && !nested) {
          if (auto link = QuotedName(k, end)) {
            *rule = "a quoted name in the speaker's place";
            return std::vector<SourceLink>{*link};
          }
        }
        if (p == "(" && k == i && !nested) {
          if (auto link = ParenthesizedName(k, end)) {
            *rule = "a name in parentheses in the speaker's place";
            return std::vector<SourceLink>{*link};
          }
        }
        // «ووثق #التقرير»: a hashtag mark before the speaker.
        if (p == "\"" || p == "(" || p == "'" || p == "-" || p == "#") continue;
        if (p == "," && k == i) continue;
        return std::nullopt;
      }
      if (t.kind == TokenKind::kClitic) continue;
      // «وفي وقت أفادت فيه معلومات أن …»: the pronoun of a relative clause before the subject.
      if (k == i && !nested && (T(k) == "فيه" || T(k) == "فيها")) {
        ++i;
        continue;
      }
      // «نشرت خلال الأيام الماضية العديد من وسائل الإعلام العربية»: a time between the verb
      // and its subject, and a quantifier before it.
      if (k == i && !nested && (in_date_[k] || ((Bare(k) == "عديد" || Bare(k) == "كثير" || Bare(k) == "عدد") &&
                                                k + 1 < end && T(k + 1) == "من"))) {
        uint32_t q = k;
        while (q < end && in_date_[q]) ++q;
        if (q == k) q = k + 2;
        i = q;
        k = q - 1;
        continue;
      }
      // «بحسب ما قاله مدير المرصد …», «وفقاً لما ذكرته الوكالة»: the speaker follows.
      if ((T(k) == "ما" || T(k) == "لما" || T(k) == "بما") && k + 1 < end) {
        WordPatterns::Hit verb;
        if (reporting_.MatchAt(k + 1, end, &verb)) {
          // «وفق ما نقلت وكالة … عن المتحدث»: the relay is an attribution of its own.
          if (lex_.cues[verb.payload].kind == ReportingCue::Kind::kRelay) return std::nullopt;
          // «حسبما أفادت به قناة العربية»: the pronoun after the verb points back to «ما».
          const uint32_t after = verb.last < end && (T(verb.last) == "به" || T(verb.last) == "بها")
                                     ? verb.last + 1 : verb.last;
          k = after - 1;
          i = after;
          continue;
        }
      }
      if ((ContentStart().count(T(k)) || ContentStart().count(Bare(k))) && !IsAli(k)) return std::nullopt;
      // «وأفادت بعض التقارير», «نقلت عدة مجموعات»: the source is the noun after the quantifier.
      // So also «أفادت آخر حصيلة للمرصد» (the latest toll) and «وقال أحد عمال الإغاثة» (one
      // of a group; «أحد السكان» is a cue of its own).
      PhraseMatch quantified;
      if (k == i && k + 1 < end &&
          (T(k) == "بعض" || T(k) == "عده" ||
           ((T(k) == "اخر" || T(k) == "احدث") && SourceNounAt(k + 1) == SourceNoun::kDocument) ||
           ((T(k) == "احد" || T(k) == "احدي") && SourceNounAt(k + 1) == SourceNoun::kGroup &&
            !dict_.cues().MatchAt(l_.norm, l_.tokens, k, end, &quantified)))) {
        ++i;
        continue;
      }
      // «تقرير سابق لهذه المنظمة الحقوقية»: the body named before.
      if ((T(k) == "هذه" || T(k) == "لهذه" || T(k) == "هذا" || T(k) == "لهذا") && k + 1 < end &&
          Definite(k + 1) && IsBody(SourceNounAt(k + 1))) {
        if (const EntityMention* m = LastOrganisation(k)) {
          *rule = "«" + std::string(T(k)) + " " + std::string(T(k + 1)) + "» points to the body named before";
          SourceLink link = LinkFor(*m);
          link.evidence = TokSpan(k, k + 2);
          return std::vector<SourceLink>{link};
        }
      }
      // «وقال المصدر العسكري»: the source named before, in other words.
      // «لكن المصدر الأمني المصري قال» after another speaker: the last unnamed source told
      // with that noun («مصدر أمني مصري»).
      if ((Bare(k) == "المصدر" || Bare(k) == "المصادر" || T(k) == "المصدر" || T(k) == "المصادر") &&
          last_source_) {
        if (auto chain = UnnamedToldBefore(k)) {
          *rule = "«" + std::string(T(k)) + "» refers back to the last unnamed source with that noun";
          return chain;
        }
        *rule = "«" + std::string(T(k)) + "» refers back to the last source";
        return last_source_->links;
      }
      const auto noun = SourceNounAt(k);
      // «بحسب التقرير»: the document introduced before, else the last organisation named.
      if (const std::string_view head = DefiniteDocument(k); !head.empty()) {
        // «ووثق التقرير الصادر عن مركز المعلومات والتأهيل لحقوق الإنسان» after «كشف تقرير
        // حقوقي»: the author given with the document's noun is who wrote it, and signs the
        // report introduced before without one.
        std::string r;
        if (!nested && AuthorFollows(k, end)) {
          if (auto author = Author(k, end, &r); author && NamedBody(*author)) {
            if (unsigned_document_ && unsigned_document_->head == head) {
              signed_document_ = std::make_pair(unsigned_document_->evidence, *author);
            }
            unsigned_document_.reset();
            last_document_source_ = *author;
            *rule = "the author of «" + std::string(T(k)) + "»: " + r;
            return author;
          }
        }
        if (last_document_source_) {
          *rule = "«" + std::string(T(k)) + "» is the document introduced before";
          return *last_document_source_;
        }
        if (const EntityMention* m = LastOrganisation(k)) {
          *rule = "«" + std::string(T(k)) + "» of the organisation named before";
          return std::vector<SourceLink>{LinkFor(*m)};
        }
        return std::nullopt;
      }
      if (k == i && !nested) {
        if (auto link = HashtagBody(k)) {
          *rule = "a body named in a hashtag";
          return std::vector<SourceLink>{*link};
        }
      }
      if (auto link = OfficialChannel(k, end)) {
        *rule = "the official channel of a body";
        return std::vector<SourceLink>{*link};
      }
      if (!EntityAt(k) && Definite(k)) {
        if (auto link = DefiniteBody(k, end, rule)) return std::vector<SourceLink>{*link};
      }
      if (const EntityMention* m = EntityAt(k)) {
        const Entity& e = EntityOf(*m);
        if (e.kind == EntityKind::kPlace) {
          if (k == i && e.precision != "country" && noun == SourceNoun::kState) {
            *rule = "a capital for its state";
            SourceLink link = Unlisted("official", k, m->last_token);
            return std::vector<SourceLink>{link};
          }
          // «وكانت إسرائيل أعلنت»: a country where a speaker stands is its state speaking.
          if (e.precision != "country" || k != i) return std::nullopt;
          SourceLink link = LinkFor(*m);
          link.kind = "actor";
          *rule = "a country as speaker";
          return std::vector<SourceLink>{link};
        }
        // «التنظيم» for the last organisation named: the last source's chain when that is
        // the same body, else the body itself («كما أبلغ التنظيم 200 عائلة» inside a speaker's
        // quotation is the group, not the speaker).
        if (m->basis == MentionBasis::kBackReference && last_source_ &&
            last_source_->links.back().id == e.id) {
          *rule = "refers back to the last source";
          return last_source_->links;
        }
        *rule = std::string("named ") + EntityKindName(e.kind);
        return std::vector<SourceLink>{LinkFor(*m)};
      }
      // «وقالت موسكو إن», «بحسب أنقرة»: a capital for its state.
      if (k == i && noun == SourceNoun::kState) {
        *rule = "a capital for its state";
        return std::vector<SourceLink>{Unlisted("official", k, k + 1)};
      }
      PhraseMatch cue;
      if (dict_.cues().MatchAt(l_.norm, l_.tokens, k, end, &cue)) {
        const CueEntry& c = dict_.cue(dict_.cues().Payloads(cue.node).front());
        if (c.kind == "back_reference") {
          // «لكن المصدر الأمني المصري قال» after another speaker: the last unnamed source
          // told with that noun («مصدر أمني مصري»), else the last source.
          if (auto chain = UnnamedToldBefore(k)) {
            *rule = "«" + c.text + "» refers back to the last unnamed source with that noun";
            return chain;
          }
          if (last_source_) {
            *rule = "«" + c.text + "» refers back to the last source";
            return last_source_->links;
          }
          continue;
        }
        if (c.kind == "anonymous" || c.kind == "person") {
          if (auto link = RoleSpeaker(c, cue, end, rule)) return std::vector<SourceLink>{*link};
        }
      }
      if (IsBody(noun) || noun == SourceNoun::kDocument || noun == SourceNoun::kReports) {
        if (auto link = BodySpeaker(k, end, *noun, nested, rule)) return link;
      }
      if (k == i && !nested) {
        if (auto p = KnownSurname(k, rule)) return std::vector<SourceLink>{*p};
      }
      // A person nobody introduced: «وقال سعيد مموزيني».
      uint32_t name_last = 0;
      if (k == i && !nested && LooksLikeName(k, end, &name_last)) {
        // «وقال عبد الرحمن»: the family name of a person named before, or of the head of a
        // body named before.
        if (auto p = NamedBefore(k, name_last)) {
          *rule = "the family name of a person named before";
          return std::vector<SourceLink>{*p};
        }
        const std::string name = Original(k, name_last);
        SourceLink link{"person", EntityRecognizer::PersonId(name), name, "", TokSpan(k, name_last)};
        *rule = "a name in the speaker's place";
        return std::vector<SourceLink>{link};
      }
      // An unknown noun phrase as speaker, when it starts with a noun that names sources:
      // «نفت وسائل إعلام موالية للنظام», «كشف مقربون من مدنيين», «كما تفيد تقارير».
      // «ووفقا لشهود من الناجين»: the object of «ل» after a preposition of attribution.
      const uint32_t prefix = l_.tokens[k].prefix_len;
      if (k == i && (prefix == 0 || (prefix == 4 && StartsWithArticle(T(k))) || (prefix == 2 && HasPrefix(k, "ل"))) &&
          (noun == SourceNoun::kGroup || noun == SourceNoun::kReports)) {
        const uint32_t last = PhraseEnd(k, end, 5);
        if (last > k) {
          *rule = "unnamed speaker";
          return std::vector<SourceLink>{Unlisted(MediaNoun(k) ? "outlet" : "anonymous", k, last)};
        }
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // «وأعلنت «الفرقة 30 مشاة» التابعة للجيش السوري الحر …»: a short quoted name right after
  // the cue, which the sentence goes on to describe, is the speaker. Quoted content is longer,
  // or is followed by the end of the sentence or «أن».
  std::optional<SourceLink> QuotedName(uint32_t k, uint32_t end) const {
    uint32_t close = k + 1;
    while (close < end && close < k + 6 && (IsWord(close) || l_.tokens[close].kind == TokenKind::kNumber)) ++close;
    if (close >= end || close < k + 3 || T(close) != "\"" || EntityAt(k + 1)) return std::nullopt;
    const uint32_t after = close + 1;
    if (after >= end || !IsWord(after) || ContentStart().count(T(after)) || NameStops().count(T(after))) {
      return std::nullopt;
    }
    const auto noun = SourceNounAt(k + 1);
    return Unlisted(IsBody(noun) ? BodyKind(*noun) : "organization", k + 1, close);
  }

  // «وقالت (إس.أو.إس ميديتريني) في بيان»: a name the dictionaries do not know, in parentheses
  // right after the cue (dots of an abbreviation inside). Content is not put in parentheses.
  std::optional<SourceLink> ParenthesizedName(uint32_t k, uint32_t end) const {
    uint32_t close = k + 1, words = 0;
    for (; close < end && close < k + 10; ++close) {
      if (IsWord(close) || l_.tokens[close].kind == TokenKind::kLatin) {
        ++words;
      } else if (T(close) != "." && T(close) != "-") {
        break;
      }
    }
    if (close >= end || words == 0 || T(close) != ")" || EntityAt(k + 1)) return std::nullopt;
    const auto noun = SourceNounAt(k + 1);
    return Unlisted(IsBody(noun) ? BodyKind(*noun) : "organization", k + 1, close);
  }

  // The end of an unnamed source's phrase from token `k`, at most `max` words: «مسعفون» in
  // «وقال مسعفون السبت إن», «طبيب في مستشفى بعفرين» in «… عن طبيب في مستشفى بعفرين قوله إن».
  uint32_t PhraseEnd(uint32_t k, uint32_t end, uint32_t max) const {
    uint32_t last = k;
    while (last < end && last < k + max && IsWord(last) && !ContentStart().count(T(last)) &&
           !in_date_[last] && Bare(last).substr(0, 6) != "قول" &&
           SourceNounAt(last) != SourceNoun::kTopic &&
           !(last > k && HasPrefix(last, "ب") && Triggered(last, end)) &&  // «تقارير بمقتل …»
           !(last > k && SourceNounAt(last) == SourceNoun::kReports) &&
           !(last > k && EntityAt(last) && EntityOf(*EntityAt(last)).kind == EntityKind::kOutlet) &&
           (last == k || !NameStops().count(T(last)) || T(last) == "في" || T(last) == "من")) {
      ++last;
    }
    return last;
  }

  bool Triggered(uint32_t k, uint32_t end) const {
    WordPatterns::Hit t;
    return triggers_.MatchAt(k, end, &t);
  }

  // «وسائل إعلام حكومية», «الإعلام الرسمي»: media without a name are still media.
  bool MediaNoun(uint32_t k) const {
    const std::string_view w = Bare(k);
    return w == "اعلام" || w == "صحف" || w == "مواقع" || w == "قنوات" || w == "وكالات" ||
           (w == "وسائل" && k + 1 < n_ && Bare(k + 1) == "اعلام") ||
           // «تقارير إعلامية», «التقارير الصحفية»: reports of the media
           ((w == "تقارير" || w == "تقرير") && k + 1 < n_ &&
            (Bare(k + 1) == "اعلاميه" || Bare(k + 1) == "صحفيه"));
  }

  // A role or an anonymous-source cue from the dictionary (data/dict/cues.tsv) and what follows
  // it: the outlet of a correspondent, the person named after the role — also after a long
  // description: «وقال المدير العام للشؤون الإيزيدية في وزارة الأوقاف … في حكومة إقليم
  // كردستان، خيري بوزاني» — or the role itself as an unnamed source.
  std::optional<SourceLink> RoleSpeaker(const CueEntry& c, const PhraseMatch& cue, uint32_t end,
                                        std::string* rule) const {
    const uint32_t k = cue.first_token;
    const bool correspondent = c.role_en.find("correspondent") != std::string::npos ||
                               Bare(k).substr(0, 8) == "مراسل";
    // «وقال مراسله»: the correspondent of the outlet just named.
    if (correspondent && (T(k) == "مراسله" || T(k) == "مراسلها")) {
      if (const EntityMention* m = LastOutlet(k, false)) {
        *rule = "the correspondent of the outlet named before";
        return LinkFor(*m);
      }
    }
    // «مراسل فرانس برس», «مراسل وكالة الأنباء الفرنسية»: the agency speaks.
    if (correspondent) {
      for (uint32_t q = cue.last_token; q < end && q < cue.last_token + 4; ++q) {
        if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind == EntityKind::kOutlet) {
          *rule = "the outlet's correspondent";
          return LinkFor(*m);
        }
      }
    }
    // A role with its name recognised a few words on: «الصحفي (صهيب الجابر)»; or a name set
    // off by a comma after the role's description: «مسؤول إعلام الفرع الرابع عشر للحزب
    // الديمقراطي الكردستاني في الموصل، سعيد مموزيني».
    bool after_rank = false;
    uint32_t description_end = cue.last_token;
    // Sources in the plural («مصادر طبية في مدينة عدن، …», «مصادر ميدانية، مصرع القيادي …
    // العميد كليب») are not followed by a name: a name after them is in the content.
    const bool plural = c.kind == "anonymous" && !SingularHead(c.text);
    for (uint32_t q = cue.last_token; q < end && q < cue.last_token + 24 && !plural; ++q) {
      if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind == EntityKind::kPerson) {
        *rule = "role «" + c.text + "» and name";
        return LinkFor(*m);
      }
      // «منسقة الأمم المتحدة للشؤون الإنسانية ليزا غراندي»: a name also follows the definite
      // words that close the description without a comma, and a rank («اللفتنانت كولونيل»).
      PhraseMatch rank;
      if (q > cue.last_token && dict_.cues().MatchAt(l_.norm, l_.tokens, q, end, &rank) &&
          dict_.cue(dict_.cues().Payloads(rank.node).front()).kind == "person") {
        after_rank = true;
        description_end = q;
        q = rank.last_token - 1;
        continue;
      }
      // «بحسب ما ذكرته وسائل إعلام السبت، والغارة جاءت …»: a conjunction starts a new clause.
      if (q > cue.last_token && IsWord(q) && HasPrefix(q, "و") && !Definite(q - 1)) break;
      uint32_t name_last = 0;
      const bool after_description =
          after_rank || T(q - 1) == "," ||
          (c.kind == "person" && IsWord(q - 1) &&
           (l_.tokens[q].prefix_len == 0 || dict_.IsGivenName(T(q))) &&
           (Definite(q - 1) || EndsName(q) || AfterPlaceNoun(q)));
      if (q > cue.last_token && after_description &&
          LooksLikeName(q, end, &name_last, c.kind == "person")) {
        const std::string name = Original(q, name_last);
        if (!after_rank) description_end = T(q - 1) == "," ? q - 1 : q;
        SourceLink link{"person", EntityRecognizer::PersonId(name), name,
                        Original(k, description_end), TokSpan(q, name_last)};
        *rule = "role «" + c.text + "» and a name after it";
        return link;
      }
      // «صرح "وزير" الصحة …»: the quotation marks a role in scare quotes, not content.
      const bool scare_quote = T(q) == "\"" && q == cue.last_token && k > 0 && T(k - 1) == "\"";
      if (ContentStart().count(T(q)) && !scare_quote) break;
      if (l_.tokens[q].kind == TokenKind::kPunct && T(q) != "\"" && T(q) != "(" &&
          T(q) != ")" && T(q) != ",") {
        break;
      }
    }
    uint32_t last = cue.last_token;
    // «مدير منظمة الخوذ البيضاء», «مدير المرصد» (the observatory named before): the body in
    // construct with the role.
    const EntityMention* body = nullptr;
    if (c.kind == "person" && last < end && IsWord(last) && !HasPrefix(last, "و") &&
        !HasPrefix(last, "ل") && !HasPrefix(last, "ب")) {
      if (const EntityMention* m = EntityAt(last); m && EntityOf(*m).kind != EntityKind::kPlace &&
                                                   EntityOf(*m).kind != EntityKind::kPerson) {
        body = m, last = m->last_token;
      } else if (const EntityMention* ref = !m && Definite(last) ? HeadNounReference(last) : nullptr) {
        body = ref, last = last + 1;
      }
    }
    if (auto holder = body ? PostHolder(c, *body, k, last) : std::nullopt) {
      *rule = "role «" + c.text + "» of a body whose holder the dictionary knows";
      return holder;
    }
    // «المبعوث الفلسطيني لدى الأمم المتحدة»: the adjectives of the role and where the post is.
    if (c.kind == "person" && !body) {
      while (last < end && last < cue.last_token + 2 && Nisba(last, end)) ++last;
      if (last + 1 < end && T(last) == "لدي" && EntityAt(last + 1)) last = EntityAt(last + 1)->last_token;
    }
    // «مصدر عسكري في قوات سوريا الديمقراطية», «قيادي في ميليشيا قسد», «الناطق باسم وزارة
    // الصحة الفلسطينية»
    const bool on_behalf = last > k && T(last - 1) == "باسم";
    if (last < end && (on_behalf || (last + 1 < end && (T(last) == "في" || T(last) == "من" ||
                                                       T(last) == "داخل")))) {
      const uint32_t body = on_behalf ? last : last + 1;
      if (const EntityMention* m = EntityAt(body)) {
        if (EntityOf(*m).kind != EntityKind::kPlace) last = m->last_token;
      } else if (IsBody(SourceNounAt(body)) && NameEnd(body, end) >= body + 2) {
        last = NameEnd(body, end);
      }
    } else if (last > k && last < end && (T(last - 1) == "في" || T(last - 1) == "من") && EntityAt(last)) {
      last = EntityAt(last)->last_token;  // the cue «مصدر في» and where: «مصدر في دمشق»
    }
    // «وأضاف الوزير», «وقال المسؤول الأممي»: a definite role without a name is the person
    // named before with that title.
    // Only a bare title («الوزير», «المسؤول الأممي») points back; «المتحدث باسم شرطة الإقليم»
    // describes somebody new.
    if (c.kind == "person" && StartsWithArticle(T(k)) && last - k <= 2 && T(cue.last_token - 1) != "باسم") {
      if (auto p = TitledBefore(k)) {
        *rule = "«" + std::string(Original(k, k + 1)) + "» refers to the person named before with that title";
        p->evidence = TokSpan(k, last);
        return p;
      }
    }
    // «قال وزير الدفاع» without a name: an office of state speaks.
    const bool office = c.kind == "person" && (c.role_en.find("minister") != std::string::npos ||
                                               c.role_en.find("governor") != std::string::npos ||
                                               c.role_en.find("president") != std::string::npos ||
                                               c.role_en.find("envoy") != std::string::npos ||
                                               c.role_en.find("ambassador") != std::string::npos);
    SourceLink link = Unlisted(c.kind == "anonymous" && MediaNoun(k) ? "outlet" : office ? "official" : "anonymous",
                               k, last);
    link.role = c.role_en;
    *rule = c.kind == "anonymous" ? "anonymous source cue" : "role without a name";
    return link;
  }

  // «وقال مدير المرصد لـ«الشرق الأوسط»»: a post at a body (tokens [k, last)) whose holder the
  // dictionary knows (people.tsv: role and affiliation) is that person.
  std::optional<SourceLink> PostHolder(const CueEntry& c, const EntityMention& body, uint32_t k,
                                       uint32_t last) const {
    auto head = [](std::string_view w) {
      w = w.substr(0, w.find(' '));
      return w.substr(0, 4) == "ال" ? w.substr(4) : w;
    };
    auto it = holders_.find(EntityOf(body).id);
    if (it == holders_.end()) return std::nullopt;
    std::optional<uint32_t> found;
    for (uint32_t p : it->second) {
      if (head(dict_.entry(p).role) != head(c.text)) continue;
      if (found) return std::nullopt;  // two holders of the post: unknown which
      found = p;
    }
    if (!found) return std::nullopt;
    const Entity& e = dict_.entry(*found);
    return SourceLink{"person", e.id, e.name, Original(k, last), TokSpan(k, last)};
  }

  // Whether an anonymous cue names one person: «مسؤول», «مصدر», «قيادي في» — not «مصادر»,
  // «ناشطون», «شهود عيان».
  static bool SingularHead(std::string_view cue) {
    const std::string_view head = cue.substr(0, cue.find(' '));
    static const Set kOne = {"مسؤول", "مسؤولة", "مصدر", "قيادي", "شاهد", "أحد", "مقرب", "ضابط"};
    return kOne.count(head) > 0;
  }

  // A title without its feminine ending, normalized: «منسقة» (منسقه) is «منسق».
  static std::string_view TitleStem(std::string_view w) {
    if (w.size() > 6 && w.substr(w.size() - 2) == "ه") w.remove_suffix(2);
    return w;
  }

  // The last person named before token `k` whose title has the head of the role at `k`
  // («الوزير» → «وزير الخارجية الفرنسي جان إيف لو دريان»).
  std::optional<SourceLink> TitledBefore(uint32_t k) const {
    const Normalizer norm(NormLevel::kMatch);
    auto head = [](std::string_view w) {
      for (std::string_view p : {"وال", "فال", "بال", "لل", "ال"}) {
        if (w.size() > p.size() + 4 && w.substr(0, p.size()) == p) {
          w.remove_prefix(p.size());
          break;
        }
      }
      return std::string(TitleStem(w));
    };
    const std::string want = head(T(k));
    if (want.size() < 6) return std::nullopt;
    for (auto it = titled_.rbegin(); it != titled_.rend(); ++it) {
      if (it->first >= k) continue;
      const std::string role = norm.Fold(it->second.role);
      for (size_t a = 0; a < role.size();) {
        size_t b = role.find(' ', a);
        if (b == std::string::npos) b = role.size();
        if (head(std::string_view(role).substr(a, b - a)) == want) return it->second;
        a = b + 1;
      }
    }
    // «وقال المسؤول الأممي» after «وكيل الأمين العام … مارك لوكوك»: «المسؤول» is any title;
    // it is the person with a title named last, a few sentences before.
    if (want == "مسوول" || want == "مسؤول") {
      for (auto it = titled_.rbegin(); it != titled_.rend(); ++it) {
        if (it->first < k && k - it->first < 150) return it->second;
      }
    }
    return std::nullopt;
  }

  // A body or document named by its noun where a speaker stands: «وكالة الأنباء الحكومية
  // السورية (سانا)» (the name a few words on), «تقرير أصدرته الأمم المتحدة» (the author),
  // «أعلن مجلس محافظة الأنبار» (a body the dictionaries lack: the phrase names it).
  std::optional<std::vector<SourceLink>> BodySpeaker(uint32_t k, uint32_t end, SourceNoun noun,
                                                     bool nested, std::string* rule) const {
    const std::string word(T(k));
    if (noun == SourceNoun::kDocument || noun == SourceNoun::kReports) {
      if (nested) return std::nullopt;
      std::string r;
      if (auto author = Author(k, end, &r)) {
        unsigned_document_.reset();
        last_document_source_ = *author;
        *rule = "the author of «" + word + "»: " + r;
        return author;
      }
      if (noun == SourceNoun::kReports) return std::nullopt;  // an unnamed source, below
      // «وكانت حصيلة سابقة أشارت»: a document nobody signs is an unnamed source.
      bool named = false;
      for (uint32_t q = k + 1; q < end && q < k + 4 && !named; ++q) {
        named = (EntityAt(q) && EntityOf(*EntityAt(q)).kind != EntityKind::kPlace) ||
                IsBody(SourceNounAt(q));
      }
      // «وكانت حصيلة سابقة قد أشارت إلى تسعة قتلى»: an earlier toll is the last source's.
      const std::string_view bare = Bare(k);
      if (!named && last_source_ && (bare == "حصيله" || bare == "حصيلة") && k + 1 < end &&
          (Bare(k + 1).substr(0, 8) == "سابق" || Bare(k + 1).substr(0, 8) == "اوليه" ||
           Bare(k + 1).substr(0, 6) == "اول")) {
        *rule = "«" + word + "»: an earlier toll of the last source";
        return last_source_->links;
      }
      if (!named) {
        *rule = "«" + word + "» without an author";
        SourceLink link = Unlisted("anonymous", k, PhraseEnd(k, end, 4));
        unsigned_document_ = UnsignedDocument{*link.evidence, std::string(Bare(k))};
        return std::vector<SourceLink>{std::move(link)};
      }
    }
    const uint32_t name_end = NameEnd(k, end);
    for (uint32_t q = k + 1; q < end && q <= name_end + 1; ++q) {
      if (ContentStart().count(T(q))) break;  // «وتقول وزارة الصحة الفلسطينية إن القوات …»
      if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind != EntityKind::kPlace &&
                                                EntityOf(*m).kind != EntityKind::kPerson) {
        *rule = "organisation named after «" + word + "»";
        return std::vector<SourceLink>{LinkFor(*m)};
      }
    }
    const std::string kind = IsBody(noun) ? BodyKind(noun) : "organization";
    *rule = "unlisted " + kind + " named in the text";
    return std::vector<SourceLink>{Unlisted(kind, k, name_end)};
  }

  // «وقال لـ"الشرق الأوسط"», «وأضاف للجزيرة نت»: the outlet spoken to is not the speaker;
  // the speaker search goes on after it.
  uint32_t SkipAddressee(uint32_t i, uint32_t end) const {
    uint32_t k = i;
    bool dative = false;
    while (k < end && (l_.tokens[k].kind == TokenKind::kClitic || T(k) == "\"")) {
      dative |= l_.tokens[k].kind == TokenKind::kClitic && T(k) == "ل";
      ++k;
    }
    const EntityMention* m = k < end ? EntityAt(k) : nullptr;
    if (!m || EntityOf(*m).kind != EntityKind::kOutlet || !(dative || HasPrefix(k, "ل"))) return i;
    k = m->last_token;
    while (k < end && T(k) == "\"") ++k;
    return k;
  }

  // «وفقا لوسائل إعلام محلية والمرصد السوري لحقوق الإنسان»: of a joint attribution, the named
  // source is the one a reader can check.
  bool JointNamed(uint32_t from, uint32_t end, Attribution* a) const {
    if (a->links.size() != 1 || !a->links[0].id.empty()) return false;
    for (uint32_t q = from; q < end && q < from + 10; ++q) {
      if (l_.tokens[q].kind == TokenKind::kPunct && T(q) != "\"") return false;
      if (ContentStart().count(T(q))) return false;
      if (!HasPrefix(q, "و")) continue;
      if (const EntityMention* m = EntityAt(q); m && EntityOf(*m).kind != EntityKind::kPlace) {
        a->links = {LinkFor(*m)};
        return true;
      }
    }
    return false;
  }

  // The reported content starts at `from` (after commas, a time or «قائلا»): «وأضاف أن»,
  // «وتابع، السبت، إن», «وأشار إلى», a quotation or the end of the sentence.
  bool ContentNext(uint32_t from, uint32_t end) const {
    static const Set kBetween = {"قايلا", "قايله", "قايلين", "بالقول", "ايضا", "بدوره", "بدورها", "امس",
                                 "اليوم", "حينها", "لاحقا", "كذلك"};
    for (uint32_t q = from; q < end; ++q) {
      if (ContentStart().count(T(q)) || ContentStart().count(Bare(q))) return true;
      // «أعلن مقتل خمسة جنود»: the event itself is what was said.
      if (WordPatterns::Hit t; IsWord(q) && triggers_.MatchAt(q, end, &t)) return true;
      if (l_.tokens[q].kind == TokenKind::kPunct || l_.tokens[q].kind == TokenKind::kClitic ||
          in_date_[q] || kBetween.count(T(q)) || NameStops().count(T(q))) {
        continue;
      }
      return false;
    }
    return true;
  }

  // «وتبنت حركة طالبان هذا الهجوم»: a claim of responsibility, told in the outlet's voice.
  bool Responsibility(const Sentence& s) const {
    for (uint32_t q = s.first_token; q < s.last_token; ++q) {
      const std::string_view b = Bare(q);
      // «ولم تتبنَ أي جهة الهجوم»: the present forms too.
      if (b == "تبنت" || b == "تبني" || b == "تبنوا" || b == "تتبن" || b == "يتبن" || b == "تتبني" ||
          b == "يتبني" || ResponsibilityWord(q)) {
        return true;
      }
    }
    return false;
  }

  // «مسؤوليتها», «المسؤولية»: responsibility, not «مسؤول» (an official).
  bool ResponsibilityWord(uint32_t q) const {
    return Bare(q).substr(0, 12) == "مسؤولي" || T(q).substr(0, 12) == "مسؤولي";
  }

  // «مسؤوليتها عن» within a few words after the verb.
  bool ClaimsResponsibility(uint32_t from, uint32_t end) const {
    for (uint32_t q = from; q < end && q < from + 5; ++q) {
      if (ResponsibilityWord(q)) return true;
      if (ContentStart().count(T(q))) return false;
    }
    return false;
  }

  // Nothing but «و», a time or a date and commas before token `v`: «وأضاف», «وفي نيسان/أبريل
  // 2017، أعلن مقتل خمسة جنود».
  bool OpensSentence(const Sentence& s, uint32_t v) const {
    if (v <= s.first_token + 1) return true;
    for (uint32_t q = s.first_token; q < v; ++q) {
      const bool lead = l_.tokens[q].kind == TokenKind::kPunct || l_.tokens[q].kind == TokenKind::kClitic ||
                        in_date_[q] || T(q) == "وفي" || T(q) == "في" || T(q) == "و";
      if (!lead) return false;
    }
    return true;
  }

  // A verb of saying that is never a noun or a verb of doing: «قال», «أفاد», «أكد» — not
  // «نقل» (to carry), «نشر» (to deploy), «رصد» (to watch).
  bool SpeechVerb(uint32_t k) const {
    static const Set kStems = {"قال", "افا", "اكد", "اوض", "اعل", "صرح", "كشف", "ذكر", "اشا", "اضا",
                               // after the «ي»/«ت» of the present: «يقول», «تؤكد», «يضيف»
                               "قول", "فيد", "ؤكد", "وضح", "علن", "شير", "ضيف"};
    const std::string_view w = Bare(k);
    if (w.size() >= 6 && kStems.count(w.substr(0, 6))) return true;
    return w.size() >= 8 && (w.substr(0, 2) == "ي" || w.substr(0, 2) == "ت") && kStems.count(w.substr(2, 6));
  }

  uint32_t SkipPunct(uint32_t k, uint32_t end) const {
    while (k < end && (l_.tokens[k].kind == TokenKind::kPunct || l_.tokens[k].kind == TokenKind::kClitic)) ++k;
    return k;
  }

  // Whether reported content follows the cue («قالت اللجنة إنها …») rather than the cue
  // closing what came before it («…، قال المرصد.»).
  bool ContentAfter(uint32_t from, uint32_t end) const {
    for (uint32_t q = from; q < end && q < from + 24; ++q) {
      if (ContentStart().count(T(q)) || ContentStart().count(Bare(q))) return true;
      if (l_.tokens[q].kind == TokenKind::kPunct && T(q) == ".") return false;
    }
    return false;
  }

  // «نقلت وكالة الصحافة الفرنسية عن مسيحيين يتحدرون من مدينة القريتين»: after the relay's
  // «عن» stands whoever it quoted, named or not.
  std::optional<SourceLink> UnnamedOrigin(uint32_t k, uint32_t end) const {
    const uint32_t last = PhraseEnd(k, end, 6);
    if (last == k) return std::nullopt;
    return Unlisted("anonymous", k, last);
  }

  std::vector<Attribution> Attributions(const Sentence& s) {
    std::vector<Attribution> out;
    for (uint32_t i = s.first_token; i < s.last_token;) {
      WordPatterns::Hit hit;
      if (!reporting_.MatchAt(i, s.last_token, &hit)) {
        ++i;
        continue;
      }
      const ReportingCue& cue = lex_.cues[hit.payload];
      if (cue.kind == ReportingCue::Kind::kVerb && Definite(hit.first)) {
        ++i;  // a verb never takes the article: «وأكد القدرة» is a name, not «قدّر»
        continue;
      }
      // «غداة نشر قوات النظام تعزيزات»: after a noun or preposition of time the word is a
      // verbal noun, not a verb of saying.
      static const Set kTimeBefore = {"غداه", "بعد", "قبل", "عقب", "اثر", "منذ", "عند", "لدي", "خلال"};
      if (cue.kind == ReportingCue::Kind::kVerb && hit.first > s.first_token &&
          kTimeBefore.count(T(hit.first - 1)) && l_.tokens[hit.first].prefix_len == 0) {
        i = hit.last;
        continue;
      }
      // «ولم تعلن أي جهة المسؤولية»: a verb denied by «لم», «لا», «لن» reports nothing.
      if (cue.kind == ReportingCue::Kind::kVerb && hit.first > s.first_token &&
          (T(hit.first - 1) == "لم" || T(hit.first - 1) == "ولم" || T(hit.first - 1) == "لا" ||
           T(hit.first - 1) == "لن")) {
        i = hit.last;
        continue;
      }
      Attribution a;
      a.pos = i;
      a.verb = Original(hit.first, hit.last);
      a.modality = cue.modality;
      // «…، وفق ما نقلت وكالة الأنباء الرسمية عن المتحدث»: after «ما» a verb closes what
      // came before it, like «بحسب».
      // «مما أثار ما تقول الأمم المتحدة أنه …» is a relative «ما» (what the UN calls …):
      // only «بحسب ما», «وفق ما» and their like close the clause before.
      static const Set kBeforeMa = {"بحسب", "حسب", "وفق", "وفقا", "طبقا", "تبعا", "علي"};
      a.prep = cue.kind == ReportingCue::Kind::kPrep ||
               (hit.first > s.first_token &&
                ((T(hit.first - 1) == "ما" && hit.first - 1 > s.first_token &&
                  (kBeforeMa.count(T(hit.first - 2)) || T(hit.first - 2) == ",")) ||
                 T(hit.first - 1) == "لما" || T(hit.first - 1) == "حسبما" ||
                 T(hit.first - 1) == "كما"));
      std::string rule;
      switch (cue.kind) {
        case ReportingCue::Kind::kVerb:
        case ReportingCue::Kind::kPrep: {
          uint32_t from =
              cue.kind == ReportingCue::Kind::kVerb ? SkipAddressee(hit.last, s.last_token) : hit.last;
          // «حسبما أفادت به قناة العربية»: the pronoun after the verb points back to «ما».
          if (a.prep && from < s.last_token && (T(from) == "به" || T(from) == "بها")) ++from;
          auto who = SpeakerAt(from, s.last_token, &rule);
          // «سجل تصعيد جديد في …»: a bare name stands after verbs of saying only, not after
          // «سجل», «رصد», «نشر».
          if (who && rule == "a name in the speaker's place" && cue.kind == ReportingCue::Kind::kVerb &&
              !SpeechVerb(hit.first)) {
            who.reset();
          }
          // «ونقلت وكالة الأنباء اليمنية (سبأ) … أن»: «نقل» without «عن» reports only when a
          // news medium is its subject; otherwise it carries things («نقل صناديق ضخمة»).
          if (who && Bare(hit.first).substr(0, 6) == "نقل" && cue.kind == ReportingCue::Kind::kVerb &&
              who->back().kind != "agency" && who->back().kind != "outlet") {
            i = hit.last;
            continue;
          }
          if (who) {
            a.links = *who;
            a.rule = a.verb + ": " + rule;
            if (JointNamed(from, s.last_token, &a)) a.rule += " (the named source of a joint attribution)";
          } else if (cue.kind == ReportingCue::Kind::kVerb && !out.empty() &&
                     !out.back().links.empty() && HasPrefix(hit.first, "و")) {
            // «وحذر المرصد … من هجوم وشيك لقوات النظام وقال إن …»: a verb joined by «و» without
            // a subject of its own shares the subject of the verb before it.
            a.links = out.back().links;
            a.rule = a.verb + ": the subject of «" + out.back().verb + "» before it";
          } else if (const EntityMention* m = SubjectBefore(hit.first, s.first_token);
                     m && cue.kind == ReportingCue::Kind::kVerb &&
                     // «التحالف الدولي نقل عدة صناديق» carries things: «نقل» reports only
                     // when a news medium is its subject.
                     (Bare(hit.first).substr(0, 6) != "نقل" || EntityOf(*m).kind == EntityKind::kOutlet)) {
            // «كما أن وكالة الأناضول التركية ذكرت»: the subject stands before the verb.
            a.links = {LinkFor(*m)};
            a.rule = a.verb + ": subject before the verb";
          } else if (auto subject = cue.kind == ReportingCue::Kind::kVerb
                                        ? SubjectOfKana(s, hit.first, &rule)
                                        : std::nullopt) {
            // «وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا»
            a.links = *subject;
            a.rule = a.verb + ": the subject after «كان»: " + rule;
          } else if (auto fronted = cue.kind == ReportingCue::Kind::kVerb
                                        ? FrontedSubject(s, hit.first, &rule)
                                        : std::nullopt) {
            // «لكن المتحدث باسم الجيش الإسرائيلي …، قال حينها إن …»
            a.links = *fronted;
            a.rule = a.verb + ": the subject set off before the verb: " + rule;
          } else if (cue.kind == ReportingCue::Kind::kVerb && hit.first <= s.first_token + 1 &&
                     SpeechVerb(hit.first) && !ContentNext(from, s.last_token)) {
            // «قال قرويون في #إقليم_قندوز …», «وقالت طالبان، الاثنين، إن»: a subject the
            // dictionaries do not know is still somebody else than the last speaker.
            const uint32_t k = SkipPunct(from, s.last_token);
            uint32_t last = PhraseEnd(k, s.last_token, 5);
            while (last > k + 1 && NameStops().count(T(last - 1))) --last;
            if (auto p = NamedBefore(k, last)) {
              // «وقال عبد الرحمن إن» after «رامي عبد الرحمن»
              a.links = {*p};
              a.rule = a.verb + ": the family name of a person named before";
              a.content_after = ContentAfter(from, s.last_token);
              break;
            }
            // What the subject said follows it closely: «ونقلت الحافلات نحو سبعة آلاف شخص» has
            // an object, not a speaker.
            bool soon = false;
            for (uint32_t q = last; q < s.last_token && q < last + 8 && !soon; ++q) {
              soon = ContentStart().count(T(q)) || ContentStart().count(Bare(q));
            }
            if (last == k || !soon) {
              i = hit.last;
              continue;
            }
            a.links = {Unlisted("anonymous", k, last)};
            a.rule = a.verb + ": a subject the dictionaries do not know";
          } else if (cue.kind == ReportingCue::Kind::kVerb && last_source_ &&
                     OpensSentence(s, hit.first) && ContentNext(from, s.last_token)) {
            // «وأضاف أن», «وأوضح أن»: no subject, the speaker goes on.
            a.links = last_source_->links;
            a.rule = a.verb + ": no subject, carried forward from the last source";
          } else {
            i = hit.last;
            continue;
          }
          a.content_after = ContentAfter(from, s.last_token);
          a.closing = !a.content_after && EndsSentence(a, hit.last, s);
          a.responsibility = cue.kind == ReportingCue::Kind::kVerb && ClaimsResponsibility(hit.last, s.last_token);

          for (uint32_t q = from; q < s.last_token && q < from + 3 && !a.document; ++q) {
            a.document = SourceNounAt(q) == SourceNoun::kDocument;
          }
          break;
        }
        case ReportingCue::Kind::kRelay: {
          // «نقلت وكالة رويترز … عن قيادي في ميليشيا قسد»
          std::string r1, r2;
          auto relay = SpeakerAt(hit.first + 1, hit.last - 1, &r1);
          auto origin = SpeakerAt(hit.last, s.last_token, &r2);
          // The relay's name runs up to «عن»: what follows «عن» is whom it quoted.
          if (!origin && relay && relay->back().evidence &&
              relay->back().evidence->end == l_.tokens[hit.last - 2].end) {
            if (auto o = UnnamedOrigin(hit.last, s.last_token)) origin = std::vector<SourceLink>{*o};
          }
          if (relay) a.links = *relay;
          if (origin) a.links.insert(a.links.end(), origin->begin(), origin->end());
          if (a.links.empty()) {
            i = hit.last;
            continue;
          }
          a.rule = a.verb + ": relayed";
          a.content_after = true;
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
          a.content_after = true;
          break;
        }
        case ReportingCue::Kind::kChannel:
          // «وقال أشرف القدرة في بيان»: how the speaker just named spoke. «وذكر المرصد في
          // تقرير»: that report is what «التقرير» will mean in the next sentences.
          if (!out.empty()) {
            for (uint32_t q = hit.first; q < hit.last; ++q) {
              // «في تقريره لشهر أبريل»: the report with its owner's pronoun.
              const std::string_view b = Bare(q);
              const bool report = b.substr(0, 10) == "تقرير" || b.substr(0, 8) == "بيان";
              if (SourceNounAt(q) != SourceNoun::kDocument && !report) continue;
              last_document_source_ = out.back().links;
              // «كشف تقرير حقوقي …» then «وأكد مركز المعلومات … في تقريره»: the centre signs
              // the report introduced without an author.
              if (unsigned_document_ && b.substr(0, unsigned_document_->head.size()) == unsigned_document_->head) {
                signed_document_ = std::make_pair(unsigned_document_->evidence, out.back().links);
                unsigned_document_.reset();
              }
            }
            i = hit.last;
            continue;
          }
          // «وفي بيان لاحق، …» opening a sentence goes on with the last speaker; elsewhere the
          // statement is of a subject not found («وشدد الممثل المقيم … في بيان»).
          if (!last_source_ || hit.first > s.first_token + 1) {
            i = hit.last;
            continue;
          }
          a.links = last_source_->links;
          a.rule = a.verb + ": the speaker named before";
          a.content_after = true;
          break;
        case ReportingCue::Kind::kBackground:
          i = hit.last;
          continue;
      }
      if (!out.empty() && !out.back().links.empty() && InsideQuote(out.back().pos, hit.first) &&
          cue.kind != ReportingCue::Kind::kChannel) {
        // «وقال … خيري بوزاني … إنه «بحسب إحصائيات المديرية العامة …»: a source cited inside
        // a speaker's quotation is cited by the speaker. A verb inside the quotation («إن
        // «تنظيم داعش أعلن عن أسماء …») is what the speaker tells: the speaker stays the source.
        std::vector<SourceLink> links = out.back().links;
        if (a.prep) {
          for (const SourceLink& l : a.links) {
            if (l.id.empty() || l.id != links.back().id) links.push_back(l);
          }
          a.rule += " (cited inside the quotation of the speaker before)";
        } else {
          a.rule = out.back().rule + " (a report inside the speaker's quotation)";
        }
        a.links = std::move(links);
      } else if (!out.empty() && Stacked(out.back(), hit.first)) {
        // «وحسب الوزارة، ونقلا عن وكالة أنباء "بترا"، فقد غادر …»: two sources named one after
        // the other before one content are one chain, the media outward — the agency relays
        // the ministry.
        std::vector<SourceLink> media, others;
        for (const std::vector<SourceLink>* v : {&out.back().links, &a.links}) {
          for (const SourceLink& l : *v) (l.kind == "agency" || l.kind == "outlet" ? media : others).push_back(l);
        }
        media.insert(media.end(), others.begin(), others.end());
        a.links = std::move(media);
        a.rule = out.back().rule + "; " + a.rule + " (one chain)";
        a.pos = out.back().pos;
        out.pop_back();
      }
      out.push_back(std::move(a));
      i = hit.last;
    }
    return out;
  }

  // «وكانت X (قد) أعلنت …»: the subject of a verb told in the background stands between «كان»
  // and the verb.
  std::optional<std::vector<SourceLink>> SubjectOfKana(const Sentence& s, uint32_t verb,
                                                        std::string* rule) const {
    WordPatterns::Hit kana;
    if (!reporting_.MatchAt(s.first_token, s.last_token, &kana) ||
        lex_.cues[kana.payload].kind != ReportingCue::Kind::kBackground || kana.last >= verb ||
        verb - kana.last > 16) {
      return std::nullopt;
    }
    // «وكانت المتحدثة باسم الخارجية الأمريكية، هيذر نوريت، قالت»: commas set off the name.
    for (uint32_t k = kana.last; k < verb; ++k) {
      const std::string_view p = T(k);
      if (l_.tokens[k].kind == TokenKind::kPunct && p != "\"" && p != "," && p != "(" && p != ")") {
        return std::nullopt;
      }
    }
    return SpeakerAt(kana.last, verb, rule);
  }

  // «لكن المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل جوناثان كونريكوس، قال حينها إن …»:
  // a speaker that opens the sentence (after a conjunction) and is set off by a comma before a
  // verb without a subject of its own.
  std::optional<std::vector<SourceLink>> FrontedSubject(const Sentence& s, uint32_t verb,
                                                        std::string* rule) const {
    static const Set kOpeners = {"لكن", "ولكن", "غير", "الا", "ان", "بينما", "فيما", "كما", "اما"};
    uint32_t k = s.first_token;
    while (k < verb && (kOpeners.count(T(k)) || l_.tokens[k].kind == TokenKind::kClitic)) ++k;
    // «أما الخوذ البيض، فقد أشارت إلى …»: «(ف)قد» between the comma and the verb.
    uint32_t v = verb;
    if (v > k && (T(v - 1) == "فقد" || T(v - 1) == "قد")) --v;
    verb = v;
    // «لكن المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي قال إن …»: the comma may be left out.
    // A sentence opening on a preposition («وفي وقت أفادت …») has no fronted subject.
    if (k >= verb || verb - k > 20 || NameStops().count(T(k)) || T(k) == "وفي") return std::nullopt;
    const uint32_t stop = T(verb - 1) == "," ? verb - 1 : verb;
    for (uint32_t q = k; q < stop; ++q) {
      if (l_.tokens[q].kind == TokenKind::kPunct && T(q) != "\"" && T(q) != "(" && T(q) != ")") {
        // «عبد الرضي صافي، قائد الجيش في الولاية، تحدث …»: a role set off by commas.
        if (const uint32_t r = CommaRoleEnd(q, stop); r != q) {
          q = r;
          continue;
        }
        return std::nullopt;  // one phrase only: «وفي الغوطة، …، قال» sets off something else
      }
    }
    auto who = SpeakerAt(k, stop, rule);
    if (!who || who->empty() || !who->back().evidence) return std::nullopt;
    // «أما المرصد السوري لحقوق الإنسان ومقره بريطانيا فأكد أن …»: after «أما» the «ف» of the
    // verb marks what is said of the topic, whatever describes it in between.
    if (k > s.first_token && T(k - 1) == "اما" && T(verb).substr(0, 2) == "ف") return who;
    // The speaker phrase reaches the comma (or the verb): what stands before it is all speaker.
    const uint32_t end_byte = who->back().evidence->end;
    for (uint32_t q = k; q < stop; ++q) {
      if (l_.tokens[q].begin < end_byte) continue;
      // «…، قائد الجيش في الولاية،»: a role set off by commas describes the speaker.
      if (const uint32_t r = CommaRoleEnd(q, stop); r != q) {
        q = r;
        continue;
      }
      if (IsWord(q) && !LooksLikeNameTail(q, stop)) return std::nullopt;
    }
    return who;
  }

  // A comma at `q` opening a role (cues.tsv) that runs to the next comma or `stop`: the last
  // token of that role. `q` when no role follows the comma.
  // So does an aside on who is among the speakers: «زعماء في حكومة الإقليم، ومن بينهم الحاكم
  // والشرطة، قالوا».
  uint32_t CommaRoleEnd(uint32_t q, uint32_t stop) const {
    PhraseMatch role;
    if (T(q) != "," || q + 1 >= stop) return q;
    const bool among = T(q + 1) == "بينهم" || T(q + 1) == "منهم" ||
                       (q + 2 < stop && (T(q + 1) == "ومن" || T(q + 1) == "من") && T(q + 2) == "بينهم") ||
                       (q + 2 < stop && T(q + 1) == "بمن" && T(q + 2) == "فيهم");
    if (!among && !dict_.cues().MatchAt(l_.norm, l_.tokens, q + 1, stop, &role)) return q;
    uint32_t r = among ? q + 1 : std::max(q, role.last_token - 1);
    while (r + 1 < stop && T(r + 1) != ",") ++r;
    return r;
  }

  // «حاكم ولاية قندوز عبد الودود وحيدي», «قائد شرطة كابل عبد الرحمن رحيمي»: a noun of place
  // or of a local service and its place's name end just before `q`.
  bool AfterPlaceNoun(uint32_t q) const {
    static const Set kPlaceNouns = {"ولايه", "اقليم", "محافظه", "مدينه", "بلده", "قريه",
                                    "منطقه", "قضاء", "ناحيه", "مخيم", "حي", "شرطه", "امن",
                                    "بلديه", "مستشفي", "سجن", "مطار", "ميناء"};
    return q >= 2 && IsWord(q - 1) && IsWord(q - 2) && kPlaceNouns.count(Bare(q - 2));
  }

  // A named body or place ends just before token `q`: «حاكم ولاية قندوز عبد الودود وحيدي».
  bool EndsName(uint32_t q) const { return q < n_ && name_ends_[q]; }

  // Words of a name or a rank after a role, up to `end`: «اللفتنانت كولونيل جوناثان كونريكوس».
  bool LooksLikeNameTail(uint32_t q, uint32_t end) const {
    PhraseMatch cue;
    return dict_.cues().MatchAt(l_.norm, l_.tokens, q, end, &cue) || NameWord(q, false);
  }

  // Nothing but punctuation after the source of `a` up to the end of the sentence: «…، قال
  // المرصد.», not «وحينها أعلنت تونس فرض حالة الطوارئ».
  bool EndsSentence(const Attribution& a, uint32_t from, const Sentence& s) const {
    if (a.links.empty() || !a.links.back().evidence) return false;
    const uint32_t end_byte = a.links.back().evidence->end;
    for (uint32_t q = from; q < s.last_token; ++q) {
      if (l_.tokens[q].begin >= end_byte && l_.tokens[q].kind != TokenKind::kPunct) return false;
    }
    return true;
  }

  // An odd number of quotation marks between the two tokens: `to` is inside a quotation that
  // opened after `from`.
  bool InsideQuote(uint32_t from, uint32_t to) const {
    uint32_t quotes = 0;
    for (uint32_t k = from; k < to; ++k) {
      quotes += l_.tokens[k].kind == TokenKind::kPunct && T(k) == "\"";
    }
    return quotes % 2 == 1;
  }

  // Only punctuation between the source of `prev` and the cue at token `cue`.
  // «وذكر المرصد السوري، وفق ما نقلت "فرانس برس"، …»: the words that make a relay of the cue
  // after them may stand between the two sources too.
  bool Stacked(const Attribution& prev, uint32_t cue) const {
    static const Set kRelayWords = {"ما", "وفق", "وفقا", "بحسب", "حسب", "طبقا", "حسبما", "كما"};
    if (prev.links.empty() || !prev.links.back().evidence) return false;
    const uint32_t end_byte = prev.links.back().evidence->end;
    bool any = false;
    for (uint32_t q = cue; q-- > prev.pos;) {
      if (l_.tokens[q].begin < end_byte) return any;
      if (l_.tokens[q].kind != TokenKind::kPunct && !kRelayWords.count(T(q))) return false;
      any |= l_.tokens[q].kind == TokenKind::kPunct;
    }
    return false;
  }

  std::vector<TriggerHit> Triggers(const Sentence& s) const {
    std::vector<TriggerHit> out;
    for (uint32_t i = s.first_token; i < s.last_token;) {
      WordPatterns::Hit hit;
      if (triggers_.MatchAt(i, s.last_token, &hit)) {
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
      // «12 محافظة يمنية», «خمسة مواقع إرهابية»: places and groups counted are no claim.
      if (uncounted_.MatchAt(k, k + 1, &hit)) return std::nullopt;
      if (units_.MatchAt(k, end, &hit)) {
        *noun_last = hit.last;
        return std::make_pair(static_cast<CountUnit>(hit.payload), k);
      }
      // «150 من مقاتلي», «نحو 1300 مدني محاصر»: «من» or one adjective may stand between;
      // «"86" حافلة»: so may the quotation mark closing the figure.
      if (T(k) == "من" || (hops == 0 && IsWord(k) && T(k).size() >= 6 && !EntityAt(k)) ||
          (hops == 0 && T(k) == "\"" && n.first_token > 0 && T(n.first_token - 1) == "\"")) {
        ++k;
        continue;
      }
      break;
    }
    // The noun can also come before a count in apposition: «عدد الجرحى 25» is rare; skip.
    return std::nullopt;
  }

  // The unit noun before a number word that follows its noun as an adjective: «مدنيين اثنين»,
  // «مواطنين تركيين اثنين», «غارات جوية عدة», «حافلة واحدة». Sets *noun_first.
  std::optional<std::pair<CountUnit, uint32_t>> UnitBefore(const NumberMention& n, uint32_t first,
                                                           uint32_t* noun_first) const {
    static const Set kAfterNoun = {"اثنين", "اثنان", "اثنتين", "اثنتان", "واحد", "واحده", "واحدا",
                                   "عده", "عديده"};
    if (n.last_token != n.first_token + 1 || !kAfterNoun.count(T(n.first_token)) ||
        l_.tokens[n.first_token].prefix_len != 0) {  // «عسكري وأحد …» is «و» + «أحد»
      return std::nullopt;
    }
    // The noun right before, or before one adjective («تركيين», «جوية»).
    for (uint32_t q = n.first_token; q > first && q + 3 > n.first_token;) {
      --q;
      WordPatterns::Hit hit;
      if (!IsWord(q) || InNumber(q) || HasPrefix(q, "و") || in_entity_[q] || uncounted_.MatchAt(q, q + 1, &hit)) break;
      if (units_.MatchAt(q, n.first_token, &hit) && hit.last <= n.first_token) {
        *noun_first = q;
        return std::make_pair(static_cast<CountUnit>(hit.payload), q);
      }
      if (NameStops().count(T(q)) || ContentStart().count(T(q)) || EntityAt(q)) break;
    }
    return std::nullopt;
  }

  // A word in the nominative dual («مدنيان», «انتحاريتان», «شخصان») of a noun that counts
  // people (units.tsv): its unit. Only «ـان»: «ـين» is as often the sound plural («مدنيين»).
  std::optional<std::pair<CountUnit, uint32_t>> DualOfUnit(uint32_t k) const {
    if (!IsWord(k) || in_date_[k] || in_entity_[k] || InNumber(k)) return std::nullopt;
    const std::string_view w = Bare(k);
    if (w.size() < 10 || w.substr(w.size() - 4) != "ان") return std::nullopt;
    WordPatterns::Hit hit;
    if (!units_.MatchAt(k, k + 1, &hit)) return std::nullopt;
    const auto unit = static_cast<CountUnit>(hit.payload);
    if (unit == CountUnit::kVehicles || unit == CountUnit::kOther) return std::nullopt;  // the number layer reads those
    // The word without «ان» (or «تان») must itself name the unit: «سكان» is not «سك» twice.
    const std::string_view stem = w.substr(0, w.size() - 4);
    const std::string_view fem = stem.size() > 2 && stem.substr(stem.size() - 2) == "ت" ? stem.substr(0, stem.size() - 2) : stem;
    if (fem.size() < 6 || (!UnitStem(stem) && !UnitStem(fem))) {
      return std::nullopt;
    }
    return std::make_pair(unit, k);
  }

  // Whether a unit noun of units.tsv is `stem`, or `stem` with one more letter: «مدني*» covers
  // «مدني», «فلسطيني*» «فلسطيني», «جندي*» «جندي».
  bool UnitStem(std::string_view stem) const {
    for (const std::string& p : lex_.unit_words) {
      if (stem.size() >= p.size() && stem.substr(0, p.size()) == p && stem.size() - p.size() <= 2) return true;
    }
    return false;
  }

  // «وأصيب 60 بجروح», «أسفر عن مقتل العشرات», «بمقتل وإصابة العشرات»: right after a
  // casualty word the counted noun is often left out (triggers.tsv, column `elided`).
  std::optional<std::pair<CountUnit, uint32_t>> ElidedUnit(const NumberMention& n, const Sentence& s,
                                                           uint32_t* noun_last) const {
    const uint32_t b = n.first_token;
    WordPatterns::Hit hit;
    if (b <= s.first_token || !IsWord(b - 1) || !elided_.MatchAt(b - 1, b, &hit)) {
      return std::nullopt;
    }
    // A noun of its own after the count counts something else: «أصيبت أربعة مستشفيات».
    // What may follow: punctuation, a preposition or adverb («مقتل خمسة من …», «مقتل
    // العشرات في صفوف …»), or a word with a proclitic («بجروح», «وإصابة …»).
    const uint32_t a = n.last_token;
    if (a < s.last_token && IsWord(a) && l_.tokens[a].prefix_len == 0 && !NameStops().count(T(a)) &&
        !ContentStart().count(T(a)) && T(a) != "لكن" && T(a) != "بينهم" && T(a) != "منهم") {
      return std::nullopt;
    }
    *noun_last = n.last_token;
    return std::make_pair(static_cast<CountUnit>(hit.payload), b);
  }

  // «تجاوز عدد الضحايا 150 شخصا», «يتجاوز عددهم 500»: an exact figure after «تجاوز» is
  // exceeded, like «أكثر من N» (min N+1): returns 1; negated («لا يتجاوزون») it is at most
  // N: returns -1. The number layer reads «يتجاوز N» itself; the past tense and «عدد …»
  // between the verb and the figure are read here. After a preposition «تجاوز» is a verbal
  // noun that may take the figure as its subject («بعد تجاوز ثلاثة فلسطينيين السياج»): only
  // «عدد …» makes it a total there.
  int Exceeded(const NumberMention& n, const Sentence& s) const {
    if (!n.value || n.min != n.value || n.max != n.value || n.approx) return 0;
    auto exceed = [&](uint32_t k) {
      const std::string_view w = Bare(k);
      return IsWord(k) && (w.substr(0, 10) == "تجاوز" || w.substr(0, 12) == "يتجاوز" ||
                           w.substr(0, 12) == "تتجاوز");
    };
    const uint32_t b = n.first_token;
    bool count_noun = false;
    for (uint32_t back = 1; back <= 3 && b >= s.first_token + back; ++back) {
      const uint32_t k = b - back;
      if (exceed(k)) {
        const std::string_view before = k > s.first_token ? T(k - 1) : std::string_view();
        if (before == "لا" || before == "لم" || before == "لن") return -1;
        if (!count_noun && l_.tokens[k].prefix_len == 0 && NameStops().count(before)) return 0;
        return 1;
      }
      // only «عدد» and the counted noun («عدد الضحايا», «عددهم») may stand between
      if (!IsWord(k) || (Bare(k).substr(0, 6) != "عدد" && !(back == 1 && Definite(k)))) return 0;
      count_noun |= Bare(k).substr(0, 6) == "عدد";
    }
    return 0;
  }

  // A unit noun that is itself an event: «قتلى», «معتقلين».
  // The claim type the unit noun at token `k` states without a trigger (units.tsv `type`):
  // «أكثر من 100 قتيل», «عشرات الصواريخ».
  std::optional<ClaimType> TypeFromNoun(uint32_t k, uint32_t end) const {
    WordPatterns::Hit hit;
    if (!units_.MatchAt(k, end, &hit) || hit.pattern >= lex_.unit_types.size()) return std::nullopt;
    return lex_.unit_types[hit.pattern];
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
                                   CountUnit unit, uint32_t noun_last) const {
    const TriggerHit* best = nullptr;
    uint32_t best_d = 0;
    // «للسماح لآلاف المدنيين بالخروج», «سمح لـ 400 عائلة بالعودة»: a verbal noun with «بـ»
    // right after the counted noun is what they did.
    for (const TriggerHit& t : triggers) {
      if (t.first == noun_last && HasPrefix(t.first, "ب") && Fits(t.type, unit)) return &t;
    }
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
      if (!modality_.MatchAt(i, s.last_token, &hit)) {
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
        // «فقد تعرضت», «قد تمكنوا»: a past verb of the form تَفَعَّلَ begins with «ت» too; its
        // ending tells it from the present («تتعرض»).
        const std::string_view end2 = v.size() >= 4 ? v.substr(v.size() - 4) : std::string_view();
        const bool past_t = v.substr(0, 2) == "ت" && (v.substr(v.size() - 2) == "ت" || end2 == "وا");
        const bool present = v.size() >= 6 && !past_t &&
                             (v.substr(0, 2) == "ي" || v.substr(0, 2) == "ت" || v.substr(0, 2) == "ن");
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

  // The attribution that covers a figure at token `pos`: the cue before it, unless a source
  // phrase after it closes its clause — «وأفادت سانا بخروج 1092 مدنيا الأحد، بينما خرج 15 ألف
  // شخص في الأيام الـ5 الأخيرة، بحسب المرصد» gives 1092 to SANA and 15 000 to the
  // Observatory. A cue after the figure reaches back only when it ends the sentence («…،
  // قال المرصد.»), not when it brings content of its own («المعارك التي قالت اللجنة الدولية
  // للصليب الأحمر إنها …», «وحينها أعلنت تونس فرض حالة الطوارئ»).
  // A source phrase right after the counted noun is that figure's: «وأسفرت عن مقتل 1700 مدني
  // بحسب المرصد». `figure_end`: the token after the figure's noun (or the cue's end).
  const Attribution* AttributionFor(const std::vector<Attribution>& attrs, uint32_t pos,
                                    uint32_t figure_end) const {
    const Attribution* before = nullptr;
    const Attribution* after = nullptr;
    for (const Attribution& a : attrs) {
      if (a.responsibility) continue;
      if (a.pos <= pos) before = &a;
      else if (!after) after = &a;
    }
    if (after && after->prep) {
      if (!before || after->pos <= figure_end + 1) return after;
      // Between the figure and the closing phrase no other clause («…تسعة أشخاص، فيما دارت
      // اشتباكات …، حسب ما أعلنه جيش الإسلام» keeps the figure with the first speaker).
      bool own_clause = false;
      for (uint32_t k = before->pos; k < pos; ++k) {
        own_clause |= l_.tokens[k].kind == TokenKind::kPunct && T(k) == ",";
      }
      for (uint32_t k = pos; k + 1 < after->pos; ++k) {
        if (l_.tokens[k].kind == TokenKind::kPunct && T(k) == ",") own_clause = false;
      }
      return own_clause ? after : before;
    }
    if (before) return before;
    return after && after->closing ? after : nullptr;
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

  // «…انتحاريان".»: a closing quotation mark whose opening one is not in the sentence. Quotes
  // are folded to one mark, so an odd count with the last mark at the end is a closing one.
  bool ClosesQuote(const Sentence& s) const {
    uint32_t quotes = 0, last = 0;
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      if (l_.tokens[k].kind == TokenKind::kPunct && T(k) == "\"") ++quotes, last = k;
    }
    if (quotes % 2 == 0) return false;
    for (uint32_t k = last + 1; k < s.last_token; ++k) {
      if (l_.tokens[k].kind != TokenKind::kPunct) return false;
    }
    return true;
  }

  // «وكان أكثر من 200 شخص قد قتلوا …», not «وكان من بين الضحايا 37 رجلا» (a predicate).
  bool Background(const Sentence& s) const {
    WordPatterns::Hit hit;
    return reporting_.MatchAt(s.first_token, s.last_token, &hit) &&
           lex_.cues[hit.payload].kind == ReportingCue::Kind::kBackground &&
           hit.last < s.last_token && !NameStops().count(T(hit.last)) && T(hit.last) != "هناك";
  }

  // The person named before whose name ends with the words [k, last) («عبد الرحمن» of
  // «رامي عبد الرحمن»), when exactly one does.
  std::optional<SourceLink> NamedBefore(uint32_t k, uint32_t last) const {
    const std::string tail = " " + Original(k, last);
    auto ends_with_tail = [&](const std::string& name) {
      return name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    };
    const EntityMention* found = nullptr;
    for (const EntityMention& m : in_.entities.mentions) {
      if (m.first_token >= k) break;
      const Entity& e = EntityOf(m);
      if (e.kind != EntityKind::kPerson || !ends_with_tail(e.name)) continue;
      if (found && EntityOf(*found).id != e.id) return std::nullopt;
      found = &m;
    }
    if (!found) {
      // «وقال عبد الرحمن» after «المرصد السوري»: the person of the dictionary who holds a
      // post at a body named before («رامي عبد الرحمن», director of the observatory).
      const Entity* holder = nullptr;
      for (const Entity& body : in_.entities.entities) {
        auto it = holders_.find(body.id);
        if (it == holders_.end() || body.mentions.empty() ||
            in_.entities.mentions[body.mentions.front()].first_token >= k) {
          continue;
        }
        for (uint32_t p : it->second) {
          const Entity& e = dict_.entry(p);
          if (!ends_with_tail(e.name)) continue;
          if (holder && holder->id != e.id) return std::nullopt;
          holder = &e;
        }
      }
      if (!holder) return std::nullopt;
      return SourceLink{"person", holder->id, holder->name, holder->role, TokSpan(k, last)};
    }
    SourceLink link = LinkFor(*found);
    link.name = EntityOf(*found).name;
    link.evidence = TokSpan(k, last);
    return link;
  }

  // «في أغسطس/آب 2013، أُطلق صاروخ …», «وفي أبريل/نيسان 2017، قُتل 80 شخصا»: a paragraph that
  // opens on a date with its year recalls the past, in the outlet's voice.
  bool OpensWithYear(const Sentence& s) const {
    uint32_t k = s.first_token;
    while (k < s.last_token && (T(k) == "في" || T(k) == "وفي" || l_.tokens[k].kind == TokenKind::kClitic)) ++k;
    for (; k < s.last_token && in_date_[k]; ++k) {
      if (IsYear(k)) return true;
    }
    return false;
  }

  // A year written in digits: «2011», «1948».
  bool IsYear(uint32_t k) const {
    const std::string_view t = T(k);
    return t.size() == 4 && (t.substr(0, 2) == "19" || t.substr(0, 2) == "20");
  }

  // «وأسفر النزاع السوري عن أكثر من 350 ألف قتيل … منذ 2011»: a toll counted since a year
  // or since the war began is background in the outlet's voice, not the last speaker's.
  bool SinceYear(const Sentence& s) const {
    for (uint32_t k = s.first_token; k + 1 < s.last_token; ++k) {
      if (T(k) != "منذ") continue;
      const std::string_view next = Bare(k + 1);
      if (next == "اندلاع" || next == "بدء" || next == "بدايه") return true;
      if (number_at_[k + 1] < 0 && in_date_[k + 1]) {
        for (uint32_t q = k + 1; q < s.last_token && in_date_[q]; ++q) {
          if (IsYear(q)) return true;
        }
      }
      if (l_.tokens[k + 1].kind == TokenKind::kNumber && IsYear(k + 1)) return true;
    }
    return false;
  }

  // The unsigned document named its author: its earlier claims and the source carried
  // forward become the author's.
  void SignDocument() {
    const auto& [span, author] = *signed_document_;
    auto sign = [&](std::vector<SourceLink>* chain) {
      for (size_t i = 0; i < chain->size(); ++i) {
        const auto& ev = (*chain)[i].evidence;
        if ((*chain)[i].kind != "anonymous" || !ev || ev->start != span.start || ev->end != span.end) continue;
        chain->erase(chain->begin() + static_cast<std::ptrdiff_t>(i));
        chain->insert(chain->begin() + static_cast<std::ptrdiff_t>(i), author.begin(), author.end());
        return;
      }
    };
    for (Claim& c : claims_) sign(&c.chain);
    if (last_source_) sign(&last_source_->links);
    signed_document_.reset();
  }

  // «بينهم», «من بينهم», «منهم» right before the number at `k`: a part of the count before.
  bool AmongBefore(uint32_t k, uint32_t first) const {
    for (uint32_t q = k; q > first && q + 3 > k;) {
      const std::string_view w = Bare(--q);
      if (w == "بينهم" || w == "منهم" || w == "بينهن" || w == "منهن") return true;
      if (!IsWord(q) || w == "من") continue;
      return false;
    }
    return false;
  }

  // The chain of the last source told before token `k` whose innermost link is an unnamed source
  // with the noun of token `k` («مصدر» for «المصدر»), when it is not the last source itself.
  std::optional<std::vector<SourceLink>> UnnamedToldBefore(uint32_t k) const {
    const std::string_view noun = Bare(k);
    for (auto it = told_unnamed_.rbegin(); it != told_unnamed_.rend(); ++it) {
      const SourceLink& inner = it->second.back();
      const uint32_t head = TokenAtByte(inner.evidence->start);
      if (head >= k || Bare(head) != noun) continue;
      if (it->first + 1 == told_count_) return std::nullopt;  // the last source: the usual rule says so
      return it->second;
    }
    return std::nullopt;
  }

  // «بحسب تقارير», «وأشارت التقارير إلى أن»: what reports nobody signed tell is hedged, as
  // «أنباء عن» is (SPEC), wherever the cue stands in the sentence.
  void HedgedByReports(const Attribution* a, Claim* c) const {
    if (!a || a->links.empty() || c->modality != Modality::kAsserted) return;
    const SourceLink& inner = a->links.back();
    if (!inner.id.empty() || !inner.evidence || (inner.kind != "anonymous" && inner.kind != "outlet")) return;
    const uint32_t head = TokenAtByte(inner.evidence->start);
    if (head >= n_ || SourceNounAt(head) != SourceNoun::kReports || MediaNoun(head)) return;
    c->modality = Modality::kHedged;
    c->why.modality_cue = "«" + Original(head, head + 1) + "» without an author";
  }

  // The token whose text starts at byte `b`, or n_.
  uint32_t TokenAtByte(uint32_t b) const {
    auto it = std::lower_bound(l_.tokens.begin(), l_.tokens.end(), b,
                               [](const Token& t, uint32_t v) { return t.begin < v; });
    return it != l_.tokens.end() && it->begin == b ? static_cast<uint32_t>(it - l_.tokens.begin()) : n_;
  }

  // A role or title without a name that one person holds: «صرحت منسقة الأمم المتحدة …»,
  // «أدان مسؤول كبير في الأمم المتحدة» — not a group («مسؤولون») or an anonymous «مصدر».
  std::optional<UnnamedRole> SingleRole(const SourceLink& l) const {
    if ((l.kind != "anonymous" && l.kind != "official") || !l.id.empty() || !l.evidence) return std::nullopt;
    const uint32_t k = TokenAtByte(l.evidence->start);
    PhraseMatch cue;
    if (k >= n_ || !dict_.cues().MatchAt(l_.norm, l_.tokens, k, n_, &cue)) return std::nullopt;
    const CueEntry& c = dict_.cue(dict_.cues().Payloads(cue.node).front());
    const std::string_view head = std::string_view(c.text).substr(0, c.text.find(' '));
    if (c.kind != "person" && head != "مسؤول" && head != "مسؤولة") return std::nullopt;
    if (c.role_en.find("correspondent") != std::string::npos) return std::nullopt;
    // «قائد في قوات سوريا الديمقراطية لم يذكر اسمه»: kept anonymous on purpose.
    const uint32_t after = TokenAtByte(l.evidence->end) < n_ ? TokenAtByte(l.evidence->end) : k;
    for (uint32_t q = k; q < n_ && q < after + 8; ++q) {
      if (Bare(q) == "اسمه" || Bare(q) == "اسمها" || Bare(q) == "هويته" || Bare(q) == "هويتها" ||
          T(q) == "اسمه" || T(q) == "هويته") {
        return std::nullopt;
      }
    }
    uint32_t last = k;
    while (last < n_ && l_.tokens[last].end <= l.evidence->end) ++last;
    return UnnamedRole{*l.evidence, k, last, sentence_};
  }

  // Whether the speaker phrase of a named person from token `from` («وقال مارك لووك، مساعد
  // الأمين العام للأمم المتحدة …», «وقالت منسقة الأمم المتحدة … ليزا غراندي») describes the
  // role named before without a name: the same title, or the same body.
  bool SameRole(const UnnamedRole& r, uint32_t from, uint32_t end) const {
    auto title = [&](uint32_t k) { return TitleStem(Bare(k)); };
    std::unordered_set<std::string> bodies;
    for (uint32_t k = r.first; k < r.last; ++k) {
      if (const EntityMention* m = EntityAt(k); m && EntityOf(*m).kind != EntityKind::kPlace &&
                                                EntityOf(*m).kind != EntityKind::kPerson) {
        bodies.insert(EntityOf(*m).id);
      }
    }
    for (uint32_t k = from; k < end && k < from + 30; ++k) {
      if (ContentStart().count(T(k))) break;
      if (IsWord(k) && title(k) == title(r.first)) return true;
      if (const EntityMention* m = EntityAt(k); m && bodies.count(EntityOf(*m).id)) return true;
    }
    return false;
  }

  // «أدان مسؤول كبير في الأمم المتحدة مقتل 22 طفلا … وقال مارك لووك، مساعد الأمين العام للأمم
  // المتحدة …»: a role told without a name and named a few sentences on is that person; the
  // claims already given to the role become the person's.
  void NameRole(const std::vector<Attribution>& attrs) {
    if (unnamed_role_ && sentence_ - unnamed_role_->sentence > 4) unnamed_role_.reset();
    for (const Attribution& a : attrs) {
      if (a.links.empty()) continue;
      const SourceLink& who = a.links.back();
      if (unnamed_role_ && unnamed_role_->sentence < sentence_ && who.kind == "person" &&
          SameRole(*unnamed_role_, a.pos, n_)) {
        const Span span = unnamed_role_->evidence;
        auto name = [&](std::vector<SourceLink>* chain) {
          bool named = false;
          for (SourceLink& l : *chain) {
            if ((l.kind == "anonymous" || l.kind == "official") && l.id.empty() && l.evidence &&
                l.evidence->start == span.start &&
                l.evidence->end == span.end) {
              l = who, named = true;
            }
          }
          return named;
        };
        for (Claim& c : claims_) {
          if (name(&c.chain)) c.why.source_rule += "; the role is named in a later sentence";
        }
        if (last_source_) name(&last_source_->links);
        unnamed_role_.reset();
      }
    }
    for (const Attribution& a : attrs) {
      if (a.links.empty()) continue;
      if (auto r = SingleRole(a.links.back())) unnamed_role_ = r;
    }
  }

  void Sentence_(const Sentence& s) {
    std::vector<TriggerHit> triggers = Triggers(s);
    std::vector<Attribution> attrs = Attributions(s);
    if (signed_document_) SignDocument();
    // A paragraph of reported speech goes on in the speaker's voice: «وقال المرصد إن …
    // وقتل 89 جهاديا خلال الفترة ذاتها.» A new line ends it.
    // A sentence that closes a quotation opened before goes on in the quoted voice even
    // after a line break. «وكان …» gives background in the outlet's own voice.
    if (l_.tokens[s.first_token].is(kLineBefore)) ++paragraph_;
    ++sentence_;
    NameRole(attrs);
    const bool quoted = ClosesQuote(s) && last_source_sentence_ == sentence_ - 1;
    // A report's findings go on over the next paragraphs: «كشف تقرير حقوقي عن …» then
    // «وقتل تنظيم داعش 4 مدنيين …» and «وأسفرت ثلاث ضربات أخرى عن …».
    const bool listed = last_source_ && last_source_->document &&
                        paragraph_ - last_source_paragraph_ <= 3 && !OpensWithYear(s);
    // Without a cue of its own, a sentence goes on in the voice of a source told at most two
    // sentences before: long paragraphs (one a whole article) drift back to the outlet's voice.
    constexpr int kCarryMax = 2;
    const bool near = sentence_ - told_sentence_ <= kCarryMax;
    if (attrs.empty() && last_source_ && ((last_source_paragraph_ == paragraph_ && near) || quoted || listed) &&
        !Background(s) && !SinceYear(s) && !Responsibility(s)) {
      Attribution carried = *last_source_;
      carried.pos = s.first_token;
      carried.modality.reset();
      carried.carried = !quoted;
      carried.rule = quoted ? "the quotation of the previous sentence goes on"
                     : last_source_paragraph_ == paragraph_ ? "carried from the previous sentence of the paragraph"
                                                            : "the findings of the document named before go on";
      attrs.push_back(std::move(carried));
    }
    const Span evidence{s.begin, s.end};
    std::unordered_set<int> typed;  // count-less claim types already given in this sentence
    last_unit_in_sentence_.reset();
    for (uint32_t k = s.first_token; k < s.last_token; ++k) {
      std::optional<std::pair<CountUnit, uint32_t>> dual_unit;
      NumberMention dual;
      if (number_at_[k] < 0) {
        // «قتل مدنيان», «فلسطينيان», «انتحاريتان»: a counted noun in the dual counts two.
        dual_unit = DualOfUnit(k);
        if (!dual_unit) continue;
        dual.begin = l_.tokens[k].begin + l_.tokens[k].prefix_len;
        dual.end = l_.tokens[k].end;
        dual.first_token = k;
        dual.last_token = k + 1;
        dual.value = dual.min = dual.max = 2;
        dual.kind = NumberKind::kDual;
        dual.words = true;
      }
      const NumberMention& n = dual_unit ? dual : in_.numbers[number_at_[k]];
      if (!n.counts() || in_date_[k]) continue;
      uint32_t noun_last = dual_unit ? k + 1 : 0;
      // «مدنيين اثنين», «غارات جوية عدة»: a number word after its noun counts it («اثنين»
      // stands after its noun, «عدة» more often before it: «عدة شاحنات»).
      uint32_t count_begin = n.begin, noun_first = 0;
      const bool several = T(k) == "عده" || T(k) == "عديده";
      std::optional<std::pair<CountUnit, uint32_t>> unit = dual_unit;
      if (!unit && several) unit = UnitAfter(n, s.last_token, &noun_last);
      if (!unit && (unit = UnitBefore(n, s.first_token, &noun_first))) {
        count_begin = l_.tokens[noun_first].begin + l_.tokens[noun_first].prefix_len;
        noun_last = n.last_token;
      }
      if (!unit) {
        unit = UnitAfter(n, s.last_token, &noun_last);
        // «"86" حافلة»: the count's text takes the figure's quotation marks.
        if (unit && n.first_token > s.first_token && T(n.first_token - 1) == "\"" && T(n.last_token) == "\"") {
          count_begin = l_.tokens[n.first_token - 1].begin;
        }
      }
      if (!unit) unit = ElidedUnit(n, s, &noun_last);
      // «أعدم التنظيم أربعة منهم», «عدد كبير منهم»: a part of what was counted last.
      if (!unit && last_unit_ && n.last_token < s.last_token &&
          (T(n.last_token) == "منهم" || T(n.last_token) == "منهن" ||
           (T(n.last_token) == "منها" && (*last_unit_ == CountUnit::kOther || *last_unit_ == CountUnit::kVehicles)))) {
        unit = std::make_pair(*last_unit_, n.last_token);
        noun_last = n.last_token + 1;
      }
      std::vector<SourceLink> scratch;
      if (!unit && last_unit_in_sentence_ && Disputed(n, s, &scratch)) {
        // «نحو ألف عنصر … وليس العشرات فقط»: the disputed figure counts the same thing.
        unit = std::make_pair(*last_unit_in_sentence_, n.first_token);
        noun_last = n.last_token;
      }
      if (!unit) continue;
      // «قتل 20 مدنيا بينهم 6 أطفال»: people among civilians are civilians.
      if (unit->first == CountUnit::kPeople && last_unit_in_sentence_ == CountUnit::kCivilians &&
          AmongBefore(n.first_token, s.first_token)) {
        unit->first = CountUnit::kCivilians;
      }
      last_unit_in_sentence_ = last_unit_ = unit->first;
      Claim c;
      c.evidence = evidence;
      c.count = ClaimCount{n.value, n.min, n.max, n.approx, unit->first,
                           Span{count_begin, l_.tokens[noun_last - 1].end}};
      c.why.unit_noun = Original(unit->second, noun_last);
      if (const int e = Exceeded(n, s); e > 0) {
        c.count->value.reset(), c.count->min = *n.value + 1, c.count->max.reset();
      } else if (e < 0) {
        c.count->value.reset(), c.count->min.reset();  // «لا يتجاوزون 2.7 مليون»: at most
      }
      const TriggerHit* t = NearestTrigger(triggers, k, unit->first, noun_last);
      const std::string_view noun = Bare(unit->second);
      uint32_t pos = k;
      if (t) {
        c.type = t->type;
        c.why.trigger = t->pattern;
        c.why.trigger_span = TokSpan(t->first, t->last);
        pos = t->first;
        const_cast<TriggerHit*>(t)->used = true;
      } else if (auto nt = TypeFromNoun(unit->second, noun_last)) {
        c.type = *nt;
        c.why.trigger = "the counted noun «" + std::string(noun) + "»";
      } else {
        c.type = ClaimType::kStatement;
        c.why.trigger = "no trigger in the sentence";
      }
      const Attribution* a = AttributionFor(attrs, k, noun_last);
      std::vector<SourceLink> disputed_source;
      if (Disputed(n, s, &disputed_source)) {
        c.modality = Modality::kDisputed;
        c.why.modality_cue = "«وليس … كما ذكر»";
        c.chain = Chain(nullptr);
        c.chain.insert(c.chain.end(), disputed_source.begin(), disputed_source.end());
        c.why.source_rule = "the figure the text disputes, of the source after «كما ذكر»";
      } else {
        c.modality = ModalityAt(s, std::max(pos, k), a, &c.why.modality_cue);
        HedgedByReports(a, &c);
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
      Claim c;
      c.type = t.type;
      c.evidence = evidence;
      c.why.trigger = t.pattern;
      c.why.trigger_span = TokSpan(t.first, t.last);
      const Attribution* a = AttributionFor(attrs, t.first, t.last);
      c.modality = ModalityAt(s, t.first, a, &c.why.modality_cue);
      HedgedByReports(a, &c);
      switch (t.type) {
        case ClaimType::kSurrender: case ClaimType::kAgreement: case ClaimType::kRelease:
        case ClaimType::kEvacuation: case ClaimType::kControl: case ClaimType::kThreat:
          break;
        default:
          // An attack, a presence or a detention without a figure is listed when somebody
          // denies it or the text hedges it: «الأمر الذي نفته وزارة الدفاع الأمريكية».
          if (c.modality == Modality::kAsserted) continue;
          break;
      }
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
    // People named with a title, for «وأضاف الوزير» later.
    for (const Attribution& a : attrs) {
      for (const SourceLink& l : a.links) {
        if (l.kind == "person" && !l.role.empty() && l.name.find(' ') != std::string::npos) {
          titled_.emplace_back(a.pos, l);
        }
      }
    }
    for (; mention_cursor_ < in_.entities.mentions.size() &&
           in_.entities.mentions[mention_cursor_].first_token < s.last_token;
         ++mention_cursor_) {
      const EntityMention& m = in_.entities.mentions[mention_cursor_];
      if (m.first_token < s.first_token) continue;
      const Entity& e = EntityOf(m);
      if (e.kind == EntityKind::kPerson && !e.role.empty() && e.name.find(' ') != std::string::npos) {
        titled_.emplace_back(m.first_token, LinkFor(m));
      }
    }
    // The last explicit source carries into the next sentences.
    for (const Attribution& a : attrs) {
      if (!a.links.empty()) {
        if (!a.carried) {
          told_sentence_ = sentence_;
          if (a.links.back().kind == "anonymous" && a.links.back().evidence) {
            told_unnamed_.emplace_back(told_count_, a.links);
          }
          ++told_count_;
        }
        last_source_ = a, last_source_paragraph_ = paragraph_, last_source_sentence_ = sentence_;
      }
    }
  }

  const ClaimLexicons& lex_;
  const EntityDictionary& dict_;
  const PostHolders& holders_;
  const ClaimInputs& in_;
  const TextLayers& l_;
  const uint32_t n_;
  // The lexicons over this document's tokens, which they read the same way.
  DocumentForms forms_;
  DocumentPatterns triggers_, elided_, units_, uncounted_, reporting_, modality_, sources_;
  std::vector<int32_t> entity_at_, number_at_;
  std::vector<bool> in_date_, in_number_;
  std::vector<bool> name_ends_;  // a named body or place ends just before this token
  std::vector<bool> in_entity_;  // the token is part of a named entity («حركة طالبان»)
  std::optional<SourceLink> outlet_link_;
  std::optional<Attribution> last_source_;
  // The author of the document («تقرير», «بيان») the text introduced last: what «التقرير»
  // refers to. Set while looking for speakers.
  mutable std::optional<std::vector<SourceLink>> last_document_source_;
  // A document introduced without an author («كشف تقرير حقوقي»), until a document is signed,
  // and the author that a later «التقرير الصادر عن …» gives it: claims already given to the
  // unsigned document are handed to its author (SignDocument).
  struct UnsignedDocument {
    Span evidence;
    std::string head;  // the document's noun without clitics: «تقرير»
  };
  mutable std::optional<UnsignedDocument> unsigned_document_;
  mutable std::optional<std::pair<Span, std::vector<SourceLink>>> signed_document_;
  size_t mention_cursor_ = 0;  // the first entity mention not yet past (mentions are in text order)
  // People named with a title so far (token, link): what «الوزير» refers back to.
  std::vector<std::pair<uint32_t, SourceLink>> titled_;
  // The last role told without a name (SingleRole), until a later sentence names it.
  std::optional<UnnamedRole> unnamed_role_;
  int paragraph_ = 0, last_source_paragraph_ = -1;
  int sentence_ = 0, last_source_sentence_ = -1;
  int told_sentence_ = -1;  // the last sentence with a cue of its own
  // The chains told so far whose innermost source is unnamed, with their place among all told.
  std::vector<std::pair<size_t, std::vector<SourceLink>>> told_unnamed_;
  size_t told_count_ = 0;
  std::optional<CountUnit> last_unit_in_sentence_;
  std::optional<CountUnit> last_unit_;  // of the last count in the document
  std::vector<Claim> claims_;
};

}  // namespace

ClaimExtractor::ClaimExtractor(const ClaimLexicons& lex, const EntityDictionary& dict)
    : lex_(lex), dict_(dict) {
  for (uint32_t i = 0; i < dict.entries().size(); ++i) {
    const Entity& e = dict.entry(i);
    if (e.kind == EntityKind::kPerson && !e.affiliation.empty() && !e.role.empty()) {
      holders_[e.affiliation].push_back(i);
    }
  }
}

std::vector<Claim> ClaimExtractor::Extract(const ClaimInputs& in) const {
  return Run(lex_, dict_, holders_, in).Go();
}

}  // namespace isnad
