#include "pipeline/stored.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/document_json.h"
#include "store/signature.h"

namespace isnad {
namespace {

// Function words and reporting verbs every report uses: they say nothing about the story.
const std::unordered_set<std::string_view>& StopStems() {
  static const std::unordered_set<std::string_view> s = {
      "في", "من", "الي", "علي", "عن", "ان", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
      "الذين", "كان", "كانت", "قال", "قالت", "اكد", "اكدت", "اضاف", "اوضح", "اشار", "ذكر",
      "بعد", "قبل", "خلال", "حيث", "كما", "او", "ثم", "لم", "لا", "ما", "هو", "هي", "هم", "عام",
      "يوم", "منذ", "حتي", "بين", "عند", "غير", "ايضا", "كل", "بعض", "اي", "اذا", "لكن", "قد",
      "وقد", "لقد", "الا", "انه", "انها", "الان", "تم", "يتم", "وفق", "بحسب", "حسب", "لدي",
      "اخري", "اخر", "عدد", "عده", "نحو", "اكثر", "اقل", "مصدر", "مصادر", "وكان", "فيه", "فيها",
      "منه", "منها", "عليه", "عليها", "له", "لها", "لهم", "الذي", "امس", "اليوم", "حول", "ضمن",
      "اطار", "جهه", "وقت", "سابق", "الماضي", "الحالي", "يكون", "تكون", "ليس", "سوي", "دون",
  };
  return s;
}

std::optional<int32_t> DaysSinceEpoch(const PublicationTime& p) {
  std::tm t{};
  t.tm_year = p.year - 1900;
  t.tm_mon = p.month - 1;
  t.tm_mday = p.day;
  t.tm_hour = 12;
  const time_t secs = timegm(&t);
  if (secs == static_cast<time_t>(-1)) return std::nullopt;
  return static_cast<int32_t>(secs / 86400);
}

bool SpecificPlace(const Entity& e) {
  return e.precision == "village" || e.precision == "point" || e.precision == "neighbourhood" ||
         e.precision == "city" || e.precision == "region";
}

}  // namespace

// Verbal nouns and verbs of the derived forms meet on the past-tense stem, so that a search
// for «استسلام» finds «واستسلم» and «يستسلمون», «انسحاب» finds «انسحب», «اعتقال» finds
// «اعتقلت». Only the regular patterns of forms IV, VII, VIII and X are folded; anything else
// is the light stem unchanged. Letters are two bytes each after normalization.
std::string SearchKey(std::string_view stem) {
  constexpr size_t L = 2;
  auto at = [&](size_t i) { return stem.substr(i * L, L); };
  const size_t n = stem.size() % L == 0 ? stem.size() / L : 0;
  std::string s(stem);
  auto drop = [&](size_t i) { return s.erase(i * L, L); };
  if (n == 7 && stem.substr(0, 3 * L) == "است" && at(5) == "ا") return drop(5);   // استفعال
  if (n == 6 && stem.substr(0, 2 * L) == "ان" && at(4) == "ا") return drop(4);    // انفعال
  if (n == 6 && at(0) == "ا" && at(2) == "ت" && at(4) == "ا") return drop(4);     // افتعال
  if (n == 5 && at(0) == "ا" && at(3) == "ا") return drop(3);                      // إفعال
  // Imperfect of the same forms: «يستسلم» -> «استسلم», «ينسحب» -> «انسحب».
  if (n == 6 && (at(0) == "ي" || at(0) == "ت") && stem.substr(L, 2 * L) == "ست") {
    return "ا" + s.substr(L);
  }
  if (n == 5 && (at(0) == "ي" || at(0) == "ت") && at(1) == "ن") return "ا" + s.substr(L);
  return s;
}

StoredDocument ToStored(const Analysis& a, const StemRarity* rarity) {
  StoredDocument d;
  const Document& doc = a.doc;
  d.id = doc.id;
  d.path = doc.path.value_or("");
  d.url = doc.url.value_or("");
  d.title = doc.title;
  if (doc.outlet) d.outlet_id = doc.outlet->id, d.outlet_name = doc.outlet->name;
  if (doc.published) d.published = doc.published->ToIso();
  d.language = doc.language;
  d.input = doc.input;
  d.analysis = AnalyzeJson(a);

  // Search text and story stems come from the reporting (title and body) only.
  std::unordered_map<std::string_view, int> freq;
  std::vector<std::string_view> words;
  for (const Token& t : a.layers.tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin && t.kind != TokenKind::kNumber) continue;
    if (!doc.IsReporting(Span{t.begin, t.end})) continue;
    const std::string_view stem = t.kind == TokenKind::kWord ? TokenStem(a.layers.norm, t) : TokenText(a.layers.norm, t);
    if (!d.search_text.empty()) d.search_text.push_back(' ');
    d.search_text += t.kind == TokenKind::kWord ? SearchKey(stem) : std::string(stem);
    words.push_back(TokenText(a.layers.norm, t));
    if (t.kind == TokenKind::kWord && stem.size() >= 6 && !StopStems().count(stem)) ++freq[stem];
  }
  // The 40 stems with the highest TF-IDF, weights kept for cosine similarity.
  std::vector<std::pair<std::string_view, float>> ranked;
  for (const auto& [stem, n] : freq) {
    ranked.emplace_back(stem, static_cast<float>(1 + std::log(n)) * (rarity ? rarity->Idf(stem) : 1.0f));
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  for (size_t i = 0; i < ranked.size() && i < 40; ++i) {
    d.signature.terms.emplace_back(ranked[i].first);
    d.signature.weights.push_back(ranked[i].second);
  }
  std::unordered_set<std::string> facet_set;
  for (const Entity& e : a.entities.entities) {
    switch (e.kind) {
      case EntityKind::kPlace:
        if (SpecificPlace(e)) {
          d.signature.terms.push_back("p:" + e.id);
          const bool local = e.precision == "village" || e.precision == "point" || e.precision == "neighbourhood";
          d.signature.weights.push_back(local ? 3 : 1);
        }
        facet_set.insert("place:" + e.id);
        break;
      case EntityKind::kActor:
        d.signature.terms.push_back("a:" + e.id);
        d.signature.weights.push_back(1);
        facet_set.insert("actor:" + e.id);
        break;
      case EntityKind::kOrganization:
        facet_set.insert("actor:" + e.id);
        break;
      default:
        break;
    }
  }
  if (doc.outlet) facet_set.insert("outlet:" + doc.outlet->id);
  for (const Claim& c : a.claims) facet_set.insert(std::string("type:") + ClaimTypeName(c.type));
  d.facets.assign(facet_set.begin(), facet_set.end());
  std::sort(d.facets.begin(), d.facets.end());
  d.signature.minhash = MinHash(words);
  if (doc.published) d.signature.day = DaysSinceEpoch(*doc.published);
  return d;
}

std::vector<std::string> QueryStems(std::string_view query) {
  TextLayers l;
  l.Build(query);
  std::vector<std::string> out;
  for (const Token& t : l.tokens) {
    if (t.kind == TokenKind::kWord) out.push_back(SearchKey(TokenStem(l.norm, t)));
    else if (t.kind == TokenKind::kLatin || t.kind == TokenKind::kNumber) out.emplace_back(TokenText(l.norm, t));
  }
  return out;
}

std::string MatchExpression(const std::vector<std::string>& stems) {
  std::string m;
  for (const std::string& s : stems) {
    if (!m.empty()) m += " AND ";
    m += "\"" + s + "\"";  // quoted: stems never contain '"' after normalization
  }
  return m;
}

}  // namespace isnad
