#include "entities/recognizer.h"

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "tokenize/stemmer.h"

namespace isnad {
namespace {

using Set = absl::flat_hash_set<std::string_view>;

// Nouns that head an institution, never a given name: «رئيس مجلس الوزراء», «رئيس بلدية نابلس».
const Set& InstitutionNouns() {
  // kMatch keeps the hamza seats ئ ؤ: «هيئة» is «هيئه», not «هييه».
  static const Set s = {"مجلس", "بلديه", "وزاره", "هييه", "جمعيه", "شركه", "بعثه", "موسسه",
                        "جامعه", "اتحاد", "تحرير", "لجنه", "مكتب", "اداره", "دايره", "قياده",
                        "اركان", "قوات", "حكومه", "بنك", "محكمه", "سفاره", "نادي", "مجموعه",
                        "هييات", "مقابله", "قسم", "دار", "مديريه", "كتله", "فرع", "غرفه",
                        "هيئه", "هيئات", "مؤسسه", "دائره",
                        // administrative units and services: «مدير ناحية القيارة»,
                        // «المتحدث باسم شرطة الإقليم», «قائد عمليات الجزيرة»
                        "ناحيه", "قضاء", "قضا", "محافظه", "ولايه", "اقليم", "شرطه", "امن",
                        "عمليات", "جهاز", "مستشفي", "سجن", "بلده", "مدينه", "قريه", "منطقه"};
  return s;
}

// Definite nouns that a definite place name may follow in apposition: «العاصمة الرياض».
const Set& AppositionNouns() {
  static const Set s = {"العاصمه", "المدينه", "البلده", "القريه", "المحافظه", "المنطقه",
                        "الناحيه", "البلدات", "القري", "المدن", "الحي", "المخيم", "الدوله"};
  return s;
}

// «الرقة», «والرقة», «وبالرقة», «للرقة», «وللرقة»: the word carries the article.
bool HasArticle(std::string_view w) {
  for (size_t skip = 0; skip <= 4 && skip < w.size(); skip += 2) {
    const std::string_view r = w.substr(skip);
    if (r.rfind("ال", 0) == 0 || (skip + 4 <= w.size() && r.rfind("لل", 0) == 0)) return true;
    const std::string_view c = w.substr(skip, 2);
    if (c != "و" && c != "ف" && c != "ب" && c != "ك" && c != "ل") break;
  }
  return false;
}

bool IsNisba(std::string_view w) {
  return (w.size() >= 8 && w.substr(w.size() - 2) == "ي") ||
         (w.size() >= 10 && w.substr(w.size() - 4) == "يه");
}

// Words that end a person's name (normalized): function words and frequent verbs.
// «مصطفى بالي على تويتر», «أحمد دحام هو من يشترط».
const Set& NameStops() {
  static const Set s = {
      "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "و", "ثم", "قد", "لقد", "هو", "هي",
      "هم", "الذي", "التي", "الذين", "قال", "قالت", "اكد", "اكدت", "اضاف", "اضافت", "اوضح",
      "اشار", "ذكر", "كشف", "افاد", "لكن", "لا", "لم", "لن", "ما", "ماذا", "كان", "كانت", "يكون",
      "بعد", "قبل", "خلال", "حول", "ضد", "منذ", "حتي", "امس", "اليوم", "ايضا", "فقط", "كما",
      "بين", "عبر", "لدي", "عند", "وقال", "واضاف", "واكد", "حيث", "بان", "بانه", "انه", "انها",
      "هذا", "هذه", "ذلك", "تلك", "وهو", "وهي", "فيما", "بينما", "اذ", "اذا", "لان", "كل",
      "بعض", "غير", "سوي", "دون", "نحو", "عام", "يوم", "شهر", "وفي", "الا", "اما", "اي",
      "فان", "وان", "بان", "لان", "فانه", "وانه", "لانه", "كانه", "ولكن", "فقد", "وقد", "ولا",
      "يا", "له", "لها", "لهم", "منه", "عنه", "فيه", "انهم",
  };
  return s;
}

// Nouns that introduce an organisation by kind: «شبكة "فرات بوست"», «وكالة رويترز».
const Set& OrgWords() {
  static const Set s = {"شبكه", "صحيفه", "وكاله", "قناه", "موقع", "تلفزيون", "اذاعه", "مجله",
                        "جريده", "منظمه", "مركز", "حركه", "فصيل", "جماعه", "تنظيم", "فضائيه",
                        "جبهه", "تحالف", "ائتلاف", "حزب", "تيار", "كتيبه", "فرقه", "فيلق",
                        "تجمع", "جيش", "ميليشيا", "مليشيا", "ميليشيات"};
  return s;
}

// Words before a place name that make an ambiguous alias a place: «مدينة الميادين».
const Set& PlaceContext() {
  static const Set s = {"مدينه", "بلده", "قريه", "منطقه", "ريف", "محافظه", "حي", "مخيم",
                        "ناحيه", "باديه", "في", "من", "الي", "قرب", "شرق", "غرب", "شمال",
                        "جنوب", "شرقي", "غربي", "جنوبي", "شمالي", "اطراف", "داخل", "باتجاه",
                        "مدينتي", "بلدتي", "قريتي", "محيط", "قضاء", "مركز"};
  return s;
}

// Nouns that name a kind of place: only these make a common word a place («مدينة حديثة»).
const Set& PlaceNouns() {
  static const Set s = {"مدينه", "بلده", "قريه", "منطقه", "ريف", "محافظه", "حي", "مخيم",
                        "ناحيه", "باديه", "مدينتي", "بلدتي", "قريتي", "قضاء", "بلدات", "قري",
                        "مدن", "احياء", "مناطق", "قطاع", "العاصمه", "عاصمه", "مديريه",
                        "معبر", "ميناء", "مطار"};
  return s;
}

// Prefixes of compound names: «عبد الرحمن», «أبو بكر».
bool JoinsNext(std::string_view w) {
  return w == "عبد" || w == "ابو" || w == "ابن" || w == "بن" || w == "ام" || w == "بنت" ||
         w == "ابي" || w == "عبدال";
}

bool StartsWithArticle(std::string_view w) { return w.size() > 4 && w.substr(0, 4) == "ال"; }

bool IsOpen(std::string_view p) { return p == "(" || p == "\"" || p == "'" || p == "["; }
bool IsClose(std::string_view p) { return p == ")" || p == "\"" || p == "'" || p == "]"; }

struct PendingName {  // a place/outlet name whose entity is chosen after the first pass
  PhraseMatch match;
  std::vector<uint32_t> candidates;
  MentionBasis basis;
  std::string note;
};

class Run {
 public:
  Run(const EntityDictionary& dict, const Document& doc, const TextLayers& l)
      : dict_(dict), doc_(doc), l_(l), n_(static_cast<uint32_t>(l.tokens.size())) {
    Readable();
  }

  DocumentEntities Go() {
    for (uint32_t i = 0; i < n_;) {
      if (!readable_[i]) {
        ++i;
        continue;
      }
      const uint32_t end = sentence_end_[i];
      PhraseMatch cue;
      if (dict_.cues().MatchAt(l_.norm, l_.tokens, i, end, &cue)) {
        const CueEntry& c = dict_.cue(dict_.cues().Payloads(cue.node).front());
        if (c.kind == "person" || c.kind == "name_intro") {
          if (const uint32_t next = Person(cue, c); next > i) {
            i = next;
            continue;
          }
        }
      }
      PhraseMatch name;
      if (dict_.names().MatchAt(l_.norm, l_.tokens, i, end, &name)) {
        Name(name);
        i = name.last_token;
        continue;
      }
      BackReference(i);
      ++i;
    }
    ResolvePending();
    Surnames();
    std::sort(out_.mentions.begin(), out_.mentions.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
    for (auto& e : out_.entities) e.mentions.clear();
    for (uint32_t m = 0; m < out_.mentions.size(); ++m) {
      out_.entities[out_.mentions[m].entity].mentions.push_back(m);
    }
    return std::move(out_);
  }

 private:
  std::string_view T(uint32_t i) const { return l_.Text(i); }
  bool IsWord(uint32_t i) const { return i < n_ && l_.tokens[i].kind == TokenKind::kWord; }
  bool IsPunct(uint32_t i, bool (*pred)(std::string_view)) const {
    return i < n_ && l_.tokens[i].kind == TokenKind::kPunct && pred(T(i));
  }
  // True when the word carries a conjunction or preposition, not just the article: names
  // do not («لمنطقة» is no name, «الجابر» may be).
  bool HasClitic(uint32_t i) const {
    const Token& t = l_.tokens[i];
    return t.prefix_len > 0 && T(i).substr(0, t.prefix_len) != "ال";
  }
  // The token without its proclitics: «للتنظيم» -> «التنظيم» when that reading exists.
  std::string_view Bare(uint32_t i) const {
    const Token& t = l_.tokens[i];
    return T(i).substr(t.prefix_len);
  }

  bool EntityAtToken(uint32_t k) const {
    for (const EntityMention& m : out_.mentions) {
      if (m.first_token <= k && k < m.last_token) return true;
    }
    return false;
  }

  void Readable() {
    readable_.assign(n_, false);
    sentence_end_.assign(n_, n_);
    for (const Sentence& s : l_.sentences) {
      for (uint32_t i = s.first_token; i < s.last_token; ++i) sentence_end_[i] = s.last_token;
    }
    size_t z = 0;
    for (uint32_t i = 0; i < n_; ++i) {
      const uint32_t b = l_.tokens[i].begin;
      while (z < doc_.zones.size() && doc_.zones[z].span.end <= b) ++z;
      if (z == doc_.zones.size() || doc_.zones[z].span.start > b) continue;
      switch (doc_.zones[z].kind) {
        case ZoneKind::kTitle: case ZoneKind::kBody: case ZoneKind::kCaption:
        case ZoneKind::kByline: case ZoneKind::kDateline: case ZoneKind::kCredit:
          readable_[i] = true;
          break;
        default:
          break;
      }
    }
  }

  uint32_t EntityFor(const Entity& e) {
    if (auto it = index_.find(e.id); it != index_.end()) return it->second;
    const auto k = static_cast<uint32_t>(out_.entities.size());
    out_.entities.push_back(e);
    out_.entities.back().mentions.clear();
    index_.emplace(e.id, k);
    return k;
  }

  // `prefix` is the proclitic bytes (normalized) of the first token that are not part of the
  // name: the mention of «بالباغوز» starts at «الباغوز».
  void Mention(uint32_t entity, uint32_t first, uint32_t last, MentionBasis basis,
               std::string note = {}, uint8_t prefix = 0) {
    for (uint32_t i = first; i < last; ++i) covered_.insert(i);
    const Token& t = l_.tokens[first];
    uint32_t start = t.begin;
    if (prefix > 0 && t.nbegin + prefix < t.nend) {
      start = l_.norm.OriginBegin(t.nbegin + prefix);
      // «بالباغوز» cut after «ب» keeps the article: the name as the dictionary writes it.
    }
    out_.mentions.push_back(EntityMention{start, l_.tokens[last - 1].end, first, last, entity,
                                          basis, std::move(note)});
    const Entity& e = out_.entities[entity];
    if (e.kind == EntityKind::kActor) {
      if (e.type == "jihadist" || T(first).find("تنظيم") != std::string_view::npos) last_org_ = entity;
      if (e.type == "militia" || Bare(first).find("ميليشي") == 0 || Bare(first).find("مليشي") == 0) {
        last_militia_ = entity;
      }
    }
  }

  // Proclitic bytes to leave out of a mention, keeping the article: «بالباغوز» -> «الباغوز»,
  // «لقوات» -> «قوات», «للجزيرة» -> «الجزيرة» is not possible (the alef is gone) -> «لجزيرة»
  // is avoided by cutting only the first letter.
  uint8_t ArticleKept(const PhraseMatch& m) const {
    if (m.prefix_len == 0) return 0;
    const std::string_view w = T(m.first_token);
    uint8_t cut = m.prefix_len;
    if (cut >= 4 && w.substr(cut - 4, 4) == "ال") cut -= 4;  // keep «ال»
    if (cut >= 2 && w.substr(0, 4) == "لل") cut = 2;         // «للجزيرة»: drop one ل only
    return cut;
  }

  // Does the context accept an ambiguous alias as this entity?
  bool Accepts(const Entity& e, const PhraseMatch& m, bool strict, std::string* note) const {
    uint32_t p = m.first_token;
    bool quoted = false;
    while (p > 0 && (l_.tokens[p - 1].kind == TokenKind::kPunct ||
                     l_.tokens[p - 1].kind == TokenKind::kClitic)) {
      quoted |= IsPunct(p - 1, IsOpen);
      --p;
    }
    const std::string_view prev = p > 0 && IsWord(p - 1) ? T(p - 1) : std::string_view();
    const std::string_view w = T(m.first_token);
    const bool dative = (m.prefix_len >= 2 && w.substr(m.prefix_len - 2, 2) == "ل") ||
                        l_.tokens[m.first_token].is(kAfterClitic);
    const bool in_prefix = m.prefix_len >= 2 && w.substr(m.prefix_len - 2, 2) == "ب";
    if (e.kind == EntityKind::kOutlet || e.kind == EntityKind::kOrganization) {
      if (OrgWords().count(prev)) return *note = std::string(prev), true;
      if (dative) return *note = "dative لـ", true;
      if (quoted) return *note = "quoted", true;
      return false;
    }
    if (e.kind == EntityKind::kPlace) {
      if (PlaceNouns().count(prev)) return *note = std::string(prev), true;
      if (strict) return false;
      if (PlaceContext().count(prev)) return *note = std::string(prev), true;
      if (in_prefix) return *note = "preposition بـ", true;
      return false;
    }
    return false;
  }

  // A one-word place written with the article right after a definite noun is its adjective:
  // «العملية السلمية», «العائد المالي», «العاصمة السورية».
  bool AdjectivePlace(const PhraseMatch& m, const Entity& e) const {
    if (e.kind != EntityKind::kPlace || m.last_token - m.first_token != 1) return false;
    const std::string_view w = T(m.first_token);
    if (!HasArticle(w) && e.precision != "country" &&
        Normalizer(NormLevel::kMatch).Fold(e.name).rfind("ال", 0) == 0) {
      return true;  // «ورقة» (paper) is not «الرقة»: the name always has its article
    }
    if (!StartsWithArticle(w)) return false;  // «المالي», not «والمالي» or «مالي»
    if (IsNisba(w) && Normalizer(NormLevel::kMatch).Fold(e.name).rfind("ال", 0) != 0) {
      return true;  // «المالي» is not «مالي», «السورية» not «سورية»
    }
    if (m.first_token > 0 && IsWord(m.first_token - 1)) {
      std::string_view prev = T(m.first_token - 1);
      if (prev.size() > 6 && (prev.substr(0, 2) == "و" || prev.substr(0, 2) == "ف" ||
                              prev.substr(0, 2) == "ب" || prev.substr(0, 2) == "ك") &&
          StartsWithArticle(prev.substr(2))) {
        prev.remove_prefix(2);  // «بالعملية السلمية»
      }
      if (StartsWithArticle(prev) && !AppositionNouns().count(prev) && !NameStops().count(T(m.first_token - 1)) &&
          !PlaceContext().count(T(m.first_token - 1))) {
        return true;
      }
    }
    return false;
  }

  void Name(const PhraseMatch& m) {
    std::vector<uint32_t> accepted;
    std::string note;
    MentionBasis basis = MentionBasis::kDictionary;
    if (m.last_token - m.first_token == 1 && NameStops().count(T(m.first_token))) return;
    for (uint32_t payload : dict_.names().Payloads(m.node)) {
      const uint32_t idx = payload & EntityDictionary::kIndexMask;
      if (AdjectivePlace(m, dict_.entry(idx))) continue;
      if (payload & EntityDictionary::kAmbiguous) {
        std::string why;
        const bool strict = (payload & EntityDictionary::kCommonWord) != 0;
        if (!Accepts(dict_.entry(idx), m, strict, &why)) continue;
        basis = MentionBasis::kContext;
        note = why;
      }
      accepted.push_back(idx);
    }
    if (accepted.empty()) return;
    if (accepted.size() == 1) {
      const uint32_t k = EntityFor(dict_.entry(accepted[0]));
      Mention(k, m.first_token, m.last_token, basis, note, ArticleKept(m));
      if (out_.entities[k].kind == EntityKind::kPerson && m.last_token - m.first_token >= 2) {
        people_.push_back(PersonName{k, m.first_token, m.last_token});
      }
      return;
    }
    pending_.push_back(PendingName{m, std::move(accepted), basis, note});
  }

  // The governorate (or top admin parent below the country) of a place entry.
  std::string Governorate(const Entity& e) const {
    const Entity* p = &e;
    for (int depth = 0; depth < 6; ++depth) {
      if (p->precision == "governorate") return p->id;
      auto parent = dict_.Find(p->affiliation);
      if (!parent) break;
      p = &dict_.entry(*parent);
    }
    return {};
  }

  static int PrecisionRank(std::string_view p) {
    if (p == "country") return 7;
    if (p == "governorate") return 6;
    if (p == "city") return 5;
    if (p == "region") return 4;
    if (p == "district") return 3;
    if (p == "village") return 2;
    return 1;
  }

  void ResolvePending() {
    std::unordered_map<std::string, int> region;
    for (const Entity& e : out_.entities) {
      if (e.kind != EntityKind::kPlace) continue;
      const std::string g = Governorate(e);
      if (!g.empty()) region[g] += static_cast<int>(e.mentions.size()) + 1;
    }
    for (const EntityMention& m : out_.mentions) {
      const Entity& e = out_.entities[m.entity];
      if (e.kind == EntityKind::kPlace) {
        const std::string g = Governorate(e);
        if (!g.empty()) ++region[g];
      }
    }
    for (PendingName& p : pending_) {
      uint32_t best = p.candidates.front();
      int best_score = -1;
      std::string why;
      for (uint32_t c : p.candidates) {
        const Entity& e = dict_.entry(c);
        int score = 0;
        std::string reason;
        if (e.kind == EntityKind::kPlace) {
          const std::string g = Governorate(e);
          if (auto it = region.find(g); !g.empty() && it != region.end()) {
            score += 1000 + it->second;
            reason = "same governorate as the document's other places (" + g + ")";
          }
          score += PrecisionRank(e.precision) * 10;
        }
        if (score > best_score) best = c, best_score = score, why = reason;
      }
      std::string note = p.note;
      if (!why.empty()) note += (note.empty() ? "" : "; ") + why;
      Mention(EntityFor(dict_.entry(best)), p.match.first_token, p.match.last_token,
              why.empty() ? p.basis : MentionBasis::kContext, note, ArticleKept(p.match));
    }
  }

  // Parses the name after a person cue; returns the token after what was consumed, or the
  // cue's own start when no name follows.
  uint32_t Person(const PhraseMatch& cue, const CueEntry& c) {
    const uint32_t end = sentence_end_[cue.first_token];
    uint32_t j = cue.last_token;
    std::string affiliation;
    uint32_t role_end = cue.last_token;
    const bool intro = c.kind == "name_intro";
    if (!intro) {
      // «المتحدث باسم قوات سوريا الديمقراطية», «الصحفي في شبكة "فرات بوست"»
      const bool by_name = T(cue.last_token - 1) == "باسم";
      uint32_t k = j;
      if (!by_name && k < end && (T(k) == "في" || T(k) == "لدي" || T(k) == "من")) ++k;
      while (k < end && (OrgWords().count(T(k)) || IsPunct(k, IsOpen))) ++k;
      PhraseMatch aff;
      if (k < end && dict_.names().MatchAt(l_.norm, l_.tokens, k, end, &aff) &&
          (by_name || k > j ||
           (aff.prefix_len > 0 &&
            T(k).substr(0, aff.prefix_len).find("ل") != std::string_view::npos))) {
        const Entity& a = dict_.entry(dict_.names().Payloads(aff.node).front() & EntityDictionary::kIndexMask);
        if (a.kind != EntityKind::kPlace || by_name) {
          affiliation = a.id;
          Mention(EntityFor(a), aff.first_token, aff.last_token, MentionBasis::kDictionary);
          j = aff.last_token;
          while (j < end && IsPunct(j, IsClose)) ++j;
          role_end = j;
        }
      }
    }
    bool nisba = false;
    // Nisba adjectives of the role: «الرئيس الأمريكي جورج بوش», «وزيرة الخارجية الأمريكية …»;
    // after a role without the article they are without it too: «ناشط سياسي موصلي».
    if (!intro) {
      const bool definite = StartsWithArticle(T(cue.first_token));
      uint32_t k = j;
      while (k < j + 2 && k < end && IsWord(k) && StartsWithArticle(T(k)) == definite &&
             IsNisba(T(k)) && !NameStops().count(T(k)) && !HasClitic(k)) {
        ++k;
      }
      if (k > j && k < end && IsWord(k) && !StartsWithArticle(T(k))) j = role_end = k, nisba = true;
    }
    // A short description between role and name: «الناشط الموجود في المنطقة محمد الخلف».
    uint32_t start = j;
    // «المتحدث باسم وزارة الصحة في غزة أشرف القدرة»: an unlisted body after «باسم»; the
    // name starts at the first word that is neither article-led nor a noun of the body.
    if (!intro && affiliation.empty() && T(cue.last_token - 1) == "باسم") {
      for (uint32_t k = j + 1; k < end && k < j + 8; ++k) {
        if (!IsWord(k)) break;
        if (StartsWithArticle(T(k)) || OrgWords().count(T(k)) || NameStops().count(T(k)) ||
            HasClitic(k) || EntityAtToken(k)) {
          continue;
        }
        if (StartsWithArticle(T(k - 1)) || EntityAtToken(k - 1)) {
          role_end = k;
          j = start = k;
        }
        break;
      }
    }
    if (!intro) {
      uint32_t k = j;
      bool preposition = false;
      for (int skipped = 0; skipped < 4 && k < end && IsWord(k) && StartsWithArticle(T(j)) &&
                            (StartsWithArticle(T(k)) || T(k) == "في" || T(k) == "من");
           ++skipped) {
        preposition |= T(k) == "في" || T(k) == "من";
        ++k;
      }
      if (preposition && k > j && k < end && IsWord(k) && !StartsWithArticle(T(k)) && !NameStops().count(T(k))) {
        start = k;
      }
    }
    uint32_t first = 0, last = 0;
    // After «الرئيس الأمريكي» a verb is as likely as a name: want two name words (given + family).
    if (!NameAt(start, end, intro, &first, &last) ||
        (nisba && last - first < 2)) {
      if (!intro) pending_role_ = RoleCue{cue.first_token, role_end, affiliation};
      return cue.first_token;
    }
    std::string role(doc_.TextOf(Span{l_.tokens[cue.first_token].begin,
                                      l_.tokens[role_end - 1].end}));
    if (intro && pending_role_ && cue.first_token - pending_role_->end <= 8) {
      role = doc_.TextOf(Span{l_.tokens[pending_role_->first].begin,
                              l_.tokens[pending_role_->end - 1].end});
      affiliation = pending_role_->affiliation;
    } else if (intro) {
      role.clear();
    }
    pending_role_.reset();
    // A role after the name: «الكولونيل شون رايان المتحدث باسم قوات التحالف».
    uint32_t after = last;
    uint32_t consumed = last;
    while (after < n_ && IsPunct(after, IsClose)) ++after;
    PhraseMatch tail;
    if (affiliation.empty() && after < end && T(after).size() > 4 &&
        dict_.cues().MatchAt(l_.norm, l_.tokens, after, end, &tail) &&
        T(tail.last_token - 1) == "باسم") {
      PhraseMatch aff;
      if (dict_.names().MatchAt(l_.norm, l_.tokens, tail.last_token, end, &aff)) {
        const Entity& a = dict_.entry(dict_.names().Payloads(aff.node).front() & EntityDictionary::kIndexMask);
        affiliation = a.id;
        role = std::string(doc_.TextOf(Span{l_.tokens[tail.first_token].begin, l_.tokens[aff.last_token - 1].end}));
        Mention(EntityFor(a), aff.first_token, aff.last_token, MentionBasis::kDictionary);
        consumed = aff.last_token;
      }
    }
    AddPerson(first, last, role, affiliation,
              intro ? MentionBasis::kNameIntro : MentionBasis::kRoleCue, c.text);
    return consumed;
  }

  // A name at `i`: 1-4 words, or whatever stands in parentheses or quotes.
  bool NameAt(uint32_t i, uint32_t end, bool intro, uint32_t* first, uint32_t* last) const {
    if (i < end && IsPunct(i, IsOpen)) {
      uint32_t k = i + 1;
      while (k < end && k < i + 7 && IsWord(k)) ++k;
      if (k > i + 1 && k < n_ && IsPunct(k, IsClose)) {
        *first = i + 1;
        *last = k;
        return true;
      }
      return false;
    }
    if (!IsWord(i) || NameStops().count(T(i))) return false;
    if (!intro && (InstitutionNouns().count(T(i)) || OrgWords().count(T(i)))) return false;
    // Plural adjectives and participles are not given names: «عنصر متمركزين».
    if (EntityRecognizer::SoundPlural(T(i))) return false;
    if (!intro && StartsWithArticle(T(i))) return false;
    if (HasClitic(i) && !dict_.IsGivenName(T(i))) return false;
    // «حاكم ولاية قندوز»: the word after a noun of place is a place, not a given name.
    if (!intro && i > 0 && IsWord(i - 1) &&
        (PlaceContext().count(T(i - 1)) || InstitutionNouns().count(T(i - 1)))) {
      return false;
    }
    // «المتحدث باسم حاكم ولاية قندوز …»: a role is not a given name.
    if (PhraseMatch role; dict_.cues().MatchAt(l_.norm, l_.tokens, i, end, &role)) return false;
    PhraseMatch m;
    if (dict_.names().MatchAt(l_.norm, l_.tokens, i, end, &m)) {
      const Entity& e = dict_.entry(dict_.names().Payloads(m.node).front() & EntityDictionary::kIndexMask);
      if (e.kind != EntityKind::kPerson) return false;  // «الصحفي دير الزور» is no name
    }
    uint32_t k = i + 1;
    bool join = JoinsNext(T(i));
    while (k < end && k < i + 4 && IsWord(k)) {
      const std::string_view w = T(k);
      // «مصطفى بالي» keeps «بالي»; «محمد بالمدينة» stops before «بالمدينة».
      const std::string_view bare = Bare(k);
      if (NameStops().count(w) || (HasClitic(k) && !join && bare.size() >= 10 &&
                                   StartsWithArticle(bare))) {
        break;
      }
      PhraseMatch cue;
      if (!join && dict_.cues().MatchAt(l_.norm, l_.tokens, k, end, &cue)) break;
      if (!join && InstitutionNouns().count(w)) break;  // «… ولاية قندوز»
      ++k;
      if (StartsWithArticle(w) && !join) break;  // a family name with ال closes the name
      join = JoinsNext(w);
    }
    *first = i;
    *last = k;
    return true;
  }

  void AddPerson(uint32_t first, uint32_t last, const std::string& role,
                 const std::string& affiliation, MentionBasis basis, const std::string& cue) {
    Entity e;
    const Span span{l_.tokens[first].begin, l_.tokens[last - 1].end};
    e.kind = EntityKind::kPerson;
    e.name = std::string(doc_.TextOf(span));
    // A person of the dictionary keeps the dictionary's id.
    PhraseMatch m;
    if (dict_.names().MatchAt(l_.norm, l_.tokens, first, last, &m) && m.last_token == last) {
      const Entity& d = dict_.entry(dict_.names().Payloads(m.node).front() & EntityDictionary::kIndexMask);
      if (d.kind == EntityKind::kPerson) e = d;
    }
    if (e.id.empty()) e.id = EntityRecognizer::PersonId(e.name);
    if (!role.empty()) e.role = role;
    if (!affiliation.empty()) e.affiliation = affiliation;
    const uint32_t k = EntityFor(e);
    Entity& stored = out_.entities[k];
    if (stored.role.empty()) stored.role = e.role;
    if (stored.affiliation.empty()) stored.affiliation = e.affiliation;
    Mention(k, first, last, basis, cue);
    if (last - first >= 2) people_.push_back(PersonName{k, first, last});
  }

  // Later mentions by the full name or the family name alone.
  void Surnames() {
    for (const PersonName& p : people_) {
      const std::string family(T(p.last - 1));
      if (family.size() < 6) continue;
      for (uint32_t i = 0; i < n_; ++i) {
        if (!readable_[i] || covered_.count(i) || !IsWord(i)) continue;
        if (T(i) != family && Bare(i) != family) continue;
        uint32_t first = i;
        if (i > 0 && T(i - 1) == T(p.first)) first = i - 1;  // the full name again
        Mention(p.entity, first, i + 1, MentionBasis::kSurname, family);
      }
    }
  }

  void BackReference(uint32_t i) {
    if (!IsWord(i)) return;
    const std::string_view b = Bare(i);
    if ((b == "التنظيم" || T(i) == "التنظيم") && last_org_) {
      Mention(*last_org_, i, i + 1, MentionBasis::kBackReference, "التنظيم");
    } else if ((b == "الميليشيا" || b == "المليشيا" || T(i) == "الميليشيا") && last_militia_) {
      Mention(*last_militia_, i, i + 1, MentionBasis::kBackReference, "الميليشيا");
    }
  }

  struct RoleCue {
    uint32_t first, end;
    std::string affiliation;
  };
  struct PersonName {
    uint32_t entity, first, last;
  };

  const EntityDictionary& dict_;
  const Document& doc_;
  const TextLayers& l_;
  const uint32_t n_;
  std::vector<bool> readable_;
  std::vector<uint32_t> sentence_end_;
  DocumentEntities out_;
  std::unordered_map<std::string, uint32_t> index_;
  std::unordered_set<uint32_t> covered_;
  std::vector<PendingName> pending_;
  std::vector<PersonName> people_;
  std::optional<RoleCue> pending_role_;
  std::optional<uint32_t> last_org_, last_militia_;
};

}  // namespace

bool EntityRecognizer::SoundPlural(std::string_view w) {
  if (w.size() < 12) return false;
  const std::string_view tail = w.substr(w.size() - 4);
  return tail == "ين" || tail == "ون" || tail == "ات";
}

std::string EntityRecognizer::PersonId(std::string_view name) {
  std::string folded = Normalizer(NormLevel::kSearch).Fold(name);
  std::string id = "p:";
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '-' || c == ',') {
      space = id.size() > 2;
      continue;
    }
    if (space) id.push_back('-');
    space = false;
    id.push_back(c);
  }
  return id;
}

DocumentEntities EntityRecognizer::Find(const Document& doc, const TextLayers& layers) const {
  return Run(dict_, doc, layers).Go();
}

}  // namespace isnad
