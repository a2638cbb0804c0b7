#include "tokenize/stemmer.h"

#include <algorithm>
#include <array>

namespace isnad {
namespace {

// Normalized Arabic letters are two UTF-8 bytes each (U+0621..U+064A).
constexpr size_t kL = 2;

bool AllTwoByte(std::string_view w) {
  if (w.size() % kL != 0) return false;
  for (size_t i = 0; i < w.size(); i += kL) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (b < 0xD8 || b > 0xDB) return false;
  }
  return true;
}

bool LetterIs(std::string_view w, size_t letter, std::string_view l) {
  return w.size() >= (letter + 1) * kL && w.substr(letter * kL, kL) == l;
}

constexpr std::string_view kWaw = "و", kFa = "ف", kBa = "ب", kKaf = "ك", kLam = "ل",
                           kAlef = "ا", kSin = "س", kYa = "ي", kTa = "ت", kNun = "ن",
                           kHa = "ه";

// Words whose first letter looks like a proclitic but is part of the word. Matched as word
// prefixes, so «وزير» covers «وزيره» and «وزيرة». Frequent in news; stripping them would make
// «وزير» (minister) into «زير».
constexpr std::string_view kNotClitic[] = {
    "باب",   "باريس", "باكستان", "بتر",   "بحث",   "بحر",   "بحسب",  "بدا",   "بدء",  "بدايه",
    "بدل",   "بدون",  "براءه",  "برامج", "برد",   "برلم",  "برنامج", "بري",   "بريطان", "بسبب",
    "بشار",  "بشر",   "بطل",    "بعد",   "بعض",   "بغداد", "بقاء",  "بقي",   "بقيه", "بلاد",
    "بلد",   "بنك",   "بنا",    "بني",   "بوتين", "بيان",  "بيت",   "بير",   "بين",  "فتح",
    "فتره",  "فرات",  "فرص",    "فرع",   "فرنس",  "فريق",  "فصائل", "فصيل",  "فقط",  "فلسطين",
    "فوق",   "فيديو", "فيه",    "كان",   "كبير",  "كتائب", "كتيب",  "كثير",  "كرد",  "كل",
    "كما",   "كيف",   "لبنان",  "لجان",  "لجنه",  "لقاء",  "لكن",   "ليبي",  "ليس",  "ولا",
    "واشنطن", "واقع", "وثيق",   "وجه",   "وجود",  "وحد",   "وراء",  "وزار",  "وزراء", "وزير",
    "وسط",   "وضع",   "وطن",    "وفد",   "وقت",   "وكال",
};

bool IsProtected(std::string_view w) {
  // Linear scan over a small table is fine: only reached for words starting with و ف ب ك ل.
  for (std::string_view p : kNotClitic) {
    if (w.size() >= p.size() && w.substr(0, p.size()) == p) return true;
  }
  return false;
}

size_t Letters(std::string_view w) { return w.size() / kL; }

}  // namespace

int ProcliticCuts(std::string_view w, uint8_t* out, int max) {
  int n = 0;
  auto add = [&](size_t bytes) {
    if (n < max && Letters(w) >= bytes / kL + 2 &&
        std::find(out, out + n, static_cast<uint8_t>(bytes)) == out + n) {
      out[n++] = static_cast<uint8_t>(bytes);
    }
  };
  add(0);
  if (!AllTwoByte(w) || w.size() > 250) return n;
  size_t pos = 0;
  if (LetterIs(w, 0, kWaw) || LetterIs(w, 0, kFa)) {
    pos = 1;
    add(pos * kL);
  }
  const size_t conj = pos;
  if (LetterIs(w, pos, kBa) || LetterIs(w, pos, kKaf) || LetterIs(w, pos, kLam)) {
    // «لل» is ل + ال with the alef dropped: «للمدنيين» -> ل + المدنيين -> مدنيين
    if (LetterIs(w, pos, kLam) && LetterIs(w, pos + 1, kLam)) {
      add((pos + 1) * kL);
      add((pos + 2) * kL);
      return n;
    }
    ++pos;
    add(pos * kL);
  } else if (LetterIs(w, pos, kSin) && pos == conj &&
             (LetterIs(w, pos + 1, kYa) || LetterIs(w, pos + 1, kTa) ||
              LetterIs(w, pos + 1, kNun))) {
    add((pos + 1) * kL);  // future «سيحرق» -> يحرق
  }
  if (LetterIs(w, pos, kAlef) && LetterIs(w, pos + 1, kLam)) add((pos + 2) * kL);
  return n;
}

CliticSplit SegmentClitics(std::string_view w) {
  CliticSplit split;
  if (!AllTwoByte(w) || w.size() > 250) return split;
  // Proclitics: the longest cut that keeps a word and does not break a protected one.
  uint8_t cuts[8];
  const int k = ProcliticCuts(w, cuts, 8);
  for (int i = k - 1; i >= 1; --i) {
    const size_t c = cuts[i];
    const std::string_view rest = w.substr(c);
    const bool article = rest.size() < w.size() && c >= 2 * kL &&
                         w.substr(c - 2 * kL, 2 * kL) == "ال";
    const bool lam_article = c >= 2 * kL && w.substr(c - 2 * kL, 2 * kL) == "لل";
    if (article || lam_article) {
      split.prefix_len = static_cast<uint8_t>(c);
      break;
    }
    // A bare conjunction or preposition: only when the rest is long enough and the word is
    // not one that merely starts with that letter.
    if (Letters(rest) >= 3 && !IsProtected(w) && !IsProtected(rest)) {
      split.prefix_len = static_cast<uint8_t>(c);
      break;
    }
  }
  // Enclitic pronouns, keeping at least three letters of stem. Bare ه is left alone: after
  // folding ة -> ه it is as often the feminine ending as the pronoun.
  static constexpr std::string_view kSuffixes[] = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا"};
  const std::string_view stem = w.substr(split.prefix_len);
  for (std::string_view s : kSuffixes) {
    if (stem.size() >= s.size() + 3 * kL && stem.substr(stem.size() - s.size()) == s) {
      split.suffix_len = static_cast<uint8_t>(s.size());
      break;
    }
  }
  return split;
}

std::string_view LightStem(std::string_view w) {
  if (!AllTwoByte(w)) return w;
  const CliticSplit c = SegmentClitics(w);
  std::string_view s = w.substr(c.prefix_len, w.size() - c.prefix_len - c.suffix_len);
  auto ends = [&](std::string_view suf) {
    return s.size() >= suf.size() + 3 * kL && s.substr(s.size() - suf.size()) == suf;
  };
  // Plural and dual endings: «مقاتلين» «مقاتلون» «صحفيات» «قريتان» -> singular-ish stem.
  static constexpr std::string_view kInflections[] = {"ات", "ون", "ين", "ان"};
  for (std::string_view suf : kInflections) {
    if (ends(suf)) {
      s.remove_suffix(suf.size());
      break;
    }
  }
  // Feminine ending (ة folded to ه) and accusative alef: «مدينه» -> «مدين», «عنصرا» -> «عنصر».
  if (ends(kHa) || (Letters(s) >= 4 && ends(kAlef))) s.remove_suffix(kL);
  return s;
}

}  // namespace isnad
