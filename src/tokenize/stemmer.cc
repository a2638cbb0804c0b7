#include "tokenize/stemmer.h"

#include <algorithm>
#include <array>
#include <cstdint>

// The rules below were judged against Snowball's Arabic stemmer on the 20,000 most frequent
// word types of the news corpora; docs/stemming.md has the figures, and every deliberate
// difference is pinned in tests/data/stemming/pinned.tsv (read by stemmer_test.cc).
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

// Short comparisons, inlined: the strings are 2 to 14 bytes and a libc memcmp call per
// candidate was the stemmer's largest cost in the profile.
inline bool StartsWith(std::string_view w, std::string_view p) {
  if (w.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (w[i] != p[i]) return false;
  }
  return true;
}
inline bool EndsWith(std::string_view w, std::string_view p) {
  if (w.size() < p.size()) return false;
  const size_t off = w.size() - p.size();
  for (size_t i = 0; i < p.size(); ++i) {
    if (w[off + i] != p[i]) return false;
  }
  return true;
}
inline bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWith(a, b);
}

bool LetterIs(std::string_view w, size_t letter, std::string_view l) {
  return w.size() >= (letter + 1) * kL && w[letter * kL] == l[0] && w[letter * kL + 1] == l[1];
}

constexpr std::string_view kWaw = "و", kFa = "ف", kBa = "ب", kKaf = "ك", kLam = "ل",
                           kAlef = "ا", kSin = "س", kYa = "ي", kTa = "ت", kNun = "ن",
                           kHa = "ه";

// Words whose first letter looks like a proclitic but is part of the word. Matched as word
// prefixes, so «وزير» covers «وزيره» and «وزيرة». Frequent in news; stripping them would make
// «وزير» (minister) into «زير», «لندن» into «ندن», «سيطرة» (control) into «يطره».
constexpr std::string_view kNotCliticList[] = {
    // ب
    "باب", "بارز", "باتت", "باتوا", "باريس", "باكستان", "بتر", "بحث", "بحر", "بحسب", "بدا", "بدء",
    "بدايه", "بدل", "بدون", "بدوي", "بذلت", "براءه", "برامج", "برد", "برز", "برشلون", "برلم",
    "برلين", "برميل", "برنامج", "بروكسل", "برونسون", "بري", "بريطان", "بسبب", "بسيط", "بشار",
    "بشر", "بضع", "بطل", "بطول", "بعث", "بعد", "بعض", "بعيد", "بغداد", "بقاء", "بقي", "بكين",
    "بلاد", "بلد", "بلغ", "بنا", "بنغازي", "بنك", "بنود", "بني", "بوابه", "بوتن", "بوتين",
    "بوست", "بوكو", "بولتون", "بومبيو", "بيان", "بيت", "بير", "بيع", "بين", "بيونغ",
    // ف
    "فتح", "فتره", "فرات", "فرص", "فرع", "فرنس", "فريق", "فصائل", "فصيل", "فقط", "فلسطين",
    "فوق", "فيديو", "فيما", "فيه",
    // ك
    "كان", "كبير", "كتائب", "كتيب", "كثير", "كرد", "كل", "كما", "كيف",
    // ل
    "لاحق", "لبنان", "لجان", "لجنه", "لحظ", "لدي", "لسان", "لعب", "لقاء", "لقائ", "لقط",
    "لقيت", "لكن", "لندن", "لواء", "لوح", "لودريان", "لويس", "ليبرمان", "ليبي", "ليس",
    "ليل", "ليون",
    // س (future): nouns and names that start with سي / ست
    "ستار", "ستالين", "ستي", "سيئ", "سيا", "سيتي", "سيدات", "سيده", "سيرغي", "سيره", "سيطر",
    "سيما", "سيمون", "سينا", "سينم", "سيول",
    // و
    "وائل", "واجه", "واحد", "وادي", "والد", "وارد", "واسع", "واشنطن", "واصف", "واصل", "واضح", "وافق",
    "واقع", "وتير", "وثائق", "وثق", "وثيق", "وجد", "وجه", "وجود", "وحد", "وراء", "ورق", "وزار",
    "وزراء", "وزير", "وسائل", "وسط", "وسيل", "وصف", "وصل", "وصول", "وضع", "وطن", "وفاه",
    "وفد", "وفق", "وقت", "وقع", "وقف", "وقود", "وكال", "وكيل", "ولا",
};

// Index of a normalized letter U+0621..U+064A: 0..41 (42 for anything else, malformed bytes
// included, so that an index always means exactly those two bytes).
// REQUIRES: w has two bytes at i.
constexpr size_t kLetters = 0x064A - 0x0621 + 1;
constexpr size_t LetterIndex(std::string_view w, size_t i) {
  const auto b0 = static_cast<unsigned char>(w[i]);
  const auto b1 = static_cast<unsigned char>(w[i + 1]);
  if ((b0 & 0xFE) != 0xD8 || (b1 & 0xC0) != 0x80) return kLetters;
  const size_t c = (static_cast<size_t>(b0 & 0x1F) << 6) | (b1 & 0x3F);
  return c >= 0x0621 && c <= 0x064A ? c - 0x0621 : kLetters;
}

// A set of letters as a bit per LetterIndex, so that «is the first letter one of و ف ب ك ل س
// ا?» is one lookup and one branch instead of seven comparisons.
constexpr uint64_t LetterSet(std::string_view letters) {
  uint64_t set = 0;
  for (size_t i = 0; i + kL <= letters.size(); i += kL) set |= uint64_t{1} << LetterIndex(letters, i);
  return set;
}
// REQUIRES: w has two bytes at byte i.
inline bool LetterIn(uint64_t set, std::string_view w, size_t i) {
  return (set >> LetterIndex(w, i)) & 1;
}

// A word list sorted and bucketed by the two letters at byte `pos` (the second is "none",
// index kLetters, past the end of a short word), so that a lookup reads the one or two entries
// sharing them instead of the whole list: «وقال» reads the bucket و+ق («وقت» «وقع» «وقف»
// «وقود»), not the 45 words in و. entries()[bucket[k] .. bucket[k + 1]) hold pair k. A prefix
// list must hold no word shorter than pos + 2 letters (a shorter one would sit in the "none"
// bucket and miss the longer words it starts); MinLetters() checks that at compile time.
constexpr size_t kPairs = (kLetters + 1) * (kLetters + 1);
constexpr size_t PairIndex(std::string_view w, size_t pos) {
  const size_t second = w.size() >= pos + 2 * kL ? LetterIndex(w, pos + kL) : kLetters;
  return LetterIndex(w, pos) * (kLetters + 1) + second;
}

template <size_t N>
constexpr size_t MinLetters(const std::string_view (&in)[N]) {
  size_t m = SIZE_MAX;
  for (std::string_view w : in) m = std::min(m, w.size() / kL);
  return m;
}

template <size_t N>
struct LetterTable {
  std::array<std::string_view, N> words{};
  std::array<uint16_t, kPairs + 1> bucket{};
  size_t pos = 0;

  constexpr LetterTable(const std::string_view (&in)[N], size_t at) : pos(at) {
    std::copy(in, in + N, words.begin());
    std::sort(words.begin(), words.end(), [at](std::string_view a, std::string_view b) {
      return PairIndex(a, at) < PairIndex(b, at);
    });
    for (std::string_view w : words) ++bucket[PairIndex(w, at) + 1];
    for (size_t k = 1; k < bucket.size(); ++k) bucket[k] += bucket[k - 1];
  }
  // Entries whose letters at `pos` are the ones `w` has there (none when w is shorter).
  std::pair<const std::string_view*, const std::string_view*> Candidates(std::string_view w) const {
    if (w.size() < pos + kL) return {nullptr, nullptr};
    const size_t k = PairIndex(w, pos);
    return {words.data() + bucket[k], words.data() + bucket[k + 1]};
  }
};

static_assert(MinLetters(kNotCliticList) >= 2, "prefix list bucketed on letters 0 and 1");
constexpr LetterTable kNotClitic(kNotCliticList, 0);

bool IsProtected(std::string_view w) {
  const auto [b, e] = kNotClitic.Candidates(w);
  for (auto p = b; p != e; ++p) {
    if (StartsWith(w, *p)) return true;
  }
  return false;
}

// Words that begin with «ال» that is not the article. Relative pronouns and particles
// («التي» is not ال+تي), hamzated words folded to bare alef by kMatch («الآن», «آلاف», «ألفا»,
// «إليه», «ألقى», «ألغت»), and form VIII of roots in ل («التزام», «التقى»).
constexpr std::string_view kNotArticleWords[] = {
    "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي",
    "الله", "اللهم", "الان", "الاف", "الف", "الفا", "الفي", "الفين", "الفان", "اليه", "اليها",
    "اليهم", "اليهما", "اليك", "اليكم", "اليس", "القي", "القت", "القوا", "الغي", "الغت", "التقي",
    "التقت", "التقوا", "التقاء", "التقاط",
};
constexpr std::string_view kNotArticlePrefixes[] = {
    "التزام", "التزم", "التفاف", "الحاق", "الزام", "الغاء", "القاء", "الماني",
};

// Bucketed by the two letters after ال (kNotArticleWords is matched whole, so its three-letter
// words may sit in the "none" bucket).
static_assert(MinLetters(kNotArticlePrefixes) >= 4, "prefix list bucketed on letters 2 and 3");
constexpr LetterTable kNotArticleWordTable(kNotArticleWords, 2 * kL);
constexpr LetterTable kNotArticlePrefixTable(kNotArticlePrefixes, 2 * kL);

bool IsNotArticleWord(std::string_view w) {
  const auto [b, e] = kNotArticleWordTable.Candidates(w);
  for (auto p = b; p != e; ++p) {
    if (Same(w, *p)) return true;
  }
  return false;
}

bool IsArticle(std::string_view from_al) {
  if (IsNotArticleWord(from_al)) return false;
  const auto [b, e] = kNotArticlePrefixTable.Candidates(from_al);
  for (auto p = b; p != e; ++p) {
    if (StartsWith(from_al, *p)) return false;
  }
  return true;
}

size_t Letters(std::string_view w) { return w.size() / kL; }

// May the bare proclitic letters w[0, cut) (no article among them) come off? Each letter must
// not begin a protected word: «وبريطانيا» loses و but not ب. Bare ك is not cut (news has
// «كامل» «كبار» «كندا» far more often than ك+noun), nor ف before alef («فارس», «فادحة»),
// nor the future «سن» («سنوات»).
bool BareCutAllowed(std::string_view w, size_t cut) {
  for (size_t p = 0; p < cut; p += kL) {
    const std::string_view from = w.substr(p);
    if (LetterIs(from, 0, kKaf) || IsProtected(from)) return false;
    if (LetterIs(from, 0, kFa) && p + kL == cut && LetterIs(from, 1, kAlef)) return false;
    if (LetterIs(from, 0, kSin) && LetterIs(from, 1, kNun)) return false;
  }
  return true;
}

}  // namespace

namespace {

// ProcliticCuts without the validity check. REQUIRES: AllTwoByte(w) and w.size() <= 250.
int Cuts(std::string_view w, uint8_t* out, int max) {
  int n = 0;
  auto add = [&](size_t bytes) {
    if (n < max && Letters(w) >= bytes / kL + 2 &&
        std::find(out, out + n, static_cast<uint8_t>(bytes)) == out + n) {
      out[n++] = static_cast<uint8_t>(bytes);
    }
  };
  add(0);
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

}  // namespace

int ProcliticCuts(std::string_view w, uint8_t* out, int max) {
  if (!AllTwoByte(w) || w.size() > 250) {  // only the whole word, as for a short one
    if (max < 1 || Letters(w) < 2) return 0;
    out[0] = 0;
    return 1;
  }
  return Cuts(w, out, max);
}

namespace {

// Callers that want both call SegmentClitics(w) and then LightStem(w) on the same word;
// LightStem reuses the split just computed instead of segmenting twice. (Tokenize, the hot
// caller, uses internal::SegmentAndStem below and needs no cache.) Keyed on the bytes, not
// the address, so a reused buffer can never give a stale answer.
struct LastSplit {
  char bytes[32];
  uint8_t size = 0xFF;
  CliticSplit split;
};
thread_local LastSplit g_last;

CliticSplit Segment(std::string_view w);

}  // namespace

CliticSplit SegmentClitics(std::string_view w) {
  if (!AllTwoByte(w) || w.size() > 250) return CliticSplit{};
  const CliticSplit split = Segment(w);
  if (w.size() <= sizeof(g_last.bytes)) {
    std::copy(w.begin(), w.end(), g_last.bytes);
    g_last.size = static_cast<uint8_t>(w.size());
    g_last.split = split;
  }
  return split;
}

namespace {

// REQUIRES: AllTwoByte(w) and w.size() <= 250.
CliticSplit Segment(std::string_view w) {
  CliticSplit split;
  // Proclitics: the longest cut that keeps a word and does not break a protected one. Only
  // words starting with و ف ب ك ل س ا can have one; the others skip ProcliticCuts.
  uint8_t cuts[8];
  static constexpr uint64_t kProcliticFirst = LetterSet("وفبكلسا");
  const bool may_cut = w.size() >= kL && LetterIn(kProcliticFirst, w, 0);
  const int k = may_cut ? Cuts(w, cuts, 8) : 1;
  for (int i = k - 1; i >= 1; --i) {
    const size_t c = cuts[i];
    const std::string_view rest = w.substr(c);
    const bool article = c >= 2 * kL && w[c - 2 * kL] == kAlef[0] && w[c - 2 * kL + 1] == kAlef[1] &&
                         w[c - kL] == kLam[0] && w[c - kL + 1] == kLam[1];
    const bool lam_article = c >= 2 * kL && LetterIs(w, c / kL - 2, kLam) && LetterIs(w, c / kL - 1, kLam);
    if (article) {
      // «التي», «الآن», «والتي»: not every ال is the article; then try the shorter cuts.
      if (IsArticle(w.substr(c - 2 * kL))) {
        split.prefix_len = static_cast<uint8_t>(c);
        break;
      }
      continue;
    }
    if (lam_article) {
      split.prefix_len = static_cast<uint8_t>(c);
      break;
    }
    // A bare conjunction, preposition or future س: only when the rest is long enough and no
    // cut letter begins a word that merely starts with it.
    if (Letters(rest) >= 3 && BareCutAllowed(w, c)) {
      split.prefix_len = static_cast<uint8_t>(c);
      break;
    }
  }
  // Enclitic pronouns, keeping at least three letters of stem. Bare ه is left alone: after
  // folding ة -> ه it is as often the feminine ending as the pronoun. The second person
  // (كم كن كما) is rare in reports and its endings are nouns far more often: «محاكم»
  // (courts), «أماكن» (places).
  static constexpr std::string_view kSuffixes[] = {"هما", "ها", "هم", "هن", "نا"};
  const std::string_view stem = w.substr(split.prefix_len);
  // Every enclitic ends in ا م ن: other words skip the loop.
  static constexpr uint64_t kEncliticLast = LetterSet("امن");
  const bool may_end = stem.size() >= 5 * kL && LetterIn(kEncliticLast, stem, stem.size() - kL);
  for (std::string_view s : kSuffixes) {
    if (!may_end) break;
    if (stem.size() >= s.size() + 3 * kL && EndsWith(stem, s)) {
      split.suffix_len = static_cast<uint8_t>(s.size());
      break;
    }
  }
  return split;
}

}  // namespace

namespace {

// The light stem of `w` once its clitics `c` are known. REQUIRES: AllTwoByte(w).
std::string_view StemAfterSplit(std::string_view w, CliticSplit c) {
  std::string_view s = w.substr(c.prefix_len, w.size() - c.prefix_len - c.suffix_len);
  // «الله», «الذين», «القوا»: whole words, not ال + stem + ending.
  if (c.suffix_len == 0 && s.size() >= 2 * kL && s[0] == kAlef[0] && s[1] == kAlef[1] &&
      IsNotArticleWord(s)) {
    return s;
  }
  auto ends = [&](std::string_view suf, size_t keep) {
    return s.size() >= suf.size() + keep * kL && EndsWith(s, suf);
  };
  // Plural and dual endings: «مقاتلين» «مقاتلون» «صحفيات» «قريتان» -> singular-ish stem;
  // verb plural «قتلوا» -> «قتل». ون ين ان keep four letters, like Snowball: a five-letter
  // word in ان ين ون is a name or a noun far more often than a dual or plural of three
  // letters («إيران» «لبنان» «عفرين» «مليون» «قانون» «كانون»).
  struct Inflection {
    std::string_view suffix;
    size_t keep;  // letters that must remain
  };
  static constexpr Inflection kInflections[] = {
      {"ات", 3}, {"ون", 4}, {"ين", 4}, {"ان", 4}, {"وا", 3}};
  // Every ending above ends in ت ن ا: other words skip the loop.
  static constexpr uint64_t kInflectionLast = LetterSet("تنا");
  const bool may_end = s.size() >= kL && LetterIn(kInflectionLast, s, s.size() - kL);
  for (const Inflection& inf : kInflections) {
    if (!may_end) break;
    if (ends(inf.suffix, inf.keep)) {
      s.remove_suffix(inf.suffix.size());
      break;
    }
  }
  // Feminine ending (ة folded to ه) and accusative alef: «مدينه» -> «مدين», «عنصرا» -> «عنصر».
  if (ends(kHa, 3) || (Letters(s) >= 4 && ends(kAlef, 3))) s.remove_suffix(kL);
  return s;
}

}  // namespace

std::string_view LightStem(std::string_view w) {
  if (!AllTwoByte(w)) return w;
  CliticSplit c;
  if (w.size() > 250) {
    // no clitics on a run this long
  } else if (g_last.size == w.size() && Same(w, std::string_view(g_last.bytes, g_last.size))) {
    c = g_last.split;
  } else {
    c = Segment(w);
  }
  return StemAfterSplit(w, c);
}

namespace internal {

// Tokenize's call: what SegmentClitics(w) and then LightStem(w) return, with one
// segmentation and neither the AllTwoByte scan (the tokenizer knows) nor the LastSplit copy.
std::string_view SegmentAndStem(std::string_view w, CliticSplit* split) {
  *split = w.size() > 250 ? CliticSplit{} : Segment(w);
  return StemAfterSplit(w, *split);
}

}  // namespace internal

}  // namespace isnad
