// Number and quantity scanner: see numbers.h for the contract and docs/numbers.md for the
// rules, the SPEC ranges and the gold set.
//
// How it works. One left-to-right pass over the tokens. At each token the scanner tries, in
// order: a cue that opens a figure (approximator, bound, range, «نسبة»), a vague quantity
// («عشرات», «عدة», «عدد من»), an ordinal, a number (digits and/or words), and a dual noun.
// The first that matches emits one mention and the scan resumes after it. Every lexicon is a
// constexpr-sorted static table searched with std::lower_bound on std::string_view; a word is
// looked up bare and then with its proclitics cut («وثلاثة» = و + ثلاثه, «بالألف» = ب + ال +
// الف), so nothing is copied or allocated per token.
#include "extract/numbers.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace isnad {
namespace {

using std::string_view;

constexpr size_t kL = 2;  // bytes per normalized Arabic letter (U+0621..U+064A)

// ---------------------------------------------------------------------------------------------
// Lexicons. Spellings are kMatch-normalized: أ إ آ -> ا, ى -> ي, ة -> ه, no tashkeel.

template <class T, size_t N>
constexpr std::array<T, N> SortedByText(std::array<T, N> a) {
  std::sort(a.begin(), a.end(), [](const T& x, const T& y) { return x.text < y.text; });
  return a;
}

template <class T, size_t N>
const T* Find(const std::array<T, N>& table, string_view key) {
  auto it = std::lower_bound(table.begin(), table.end(), key,
                             [](const T& e, string_view k) { return e.text < k; });
  return (it != table.end() && it->text == key) ? &*it : nullptr;
}

// Pieces of a spelled number and how they combine (see ParseNumber).
enum class Cls : uint8_t {
  kUnit,      // 0..9: «ثلاثه», «ثلاث», «اثنين», «واحده»
  kTeenHead,  // «احد», «احدي», «اثنا», «اثني»: only before «عشر» («إحدى عشرة» = 11)
  kTen,       // «عشر», «عشره»: 10, or +10 after a unit («خمسة عشر» = 15)
  kTens,      // 20..90 in both cases: «سبعون», «سبعين»
  kHundreds,  // 200..900 in one word: «مئتين», «أربعمئة», «أربعمائة», «ثمانمئة»
  kHundred,   // «مئه», «مائه»: 100, or x100 after a unit («ثلاث مائة» = 300)
  kScale,     // «الف», «مليون», «مليار»; the dual forms («ألفين», «مليوني») carry mult 2
  kScalePl,   // «آلاف», «ملايين»: x scale after a number; alone a vague quantity
  kFraction,  // «نصف», «ثلث», «ربع»: «مليون ونصف», «نصف مليون»
  kOrdinal,   // «اول», «ثالث», «خامسه», «حادي» (the ال is cut off before lookup)
};

struct NumWord {
  string_view text;
  Cls cls;
  double value;
  uint8_t mult = 1;
};

constexpr auto kNumWords = SortedByText(std::array{
    NumWord{"صفر", Cls::kUnit, 0},
    NumWord{"واحد", Cls::kUnit, 1}, NumWord{"واحده", Cls::kUnit, 1},
    NumWord{"احد", Cls::kTeenHead, 1}, NumWord{"احدي", Cls::kTeenHead, 1},
    NumWord{"اثنان", Cls::kUnit, 2}, NumWord{"اثنين", Cls::kUnit, 2},
    NumWord{"اثنتان", Cls::kUnit, 2}, NumWord{"اثنتين", Cls::kUnit, 2},
    NumWord{"اتنين", Cls::kUnit, 2},  // Egyptian
    NumWord{"اثنا", Cls::kTeenHead, 2}, NumWord{"اثني", Cls::kTeenHead, 2},
    NumWord{"اثنتا", Cls::kTeenHead, 2}, NumWord{"اثنتي", Cls::kTeenHead, 2},
    NumWord{"ثلاث", Cls::kUnit, 3}, NumWord{"ثلاثه", Cls::kUnit, 3},
    NumWord{"تلات", Cls::kUnit, 3}, NumWord{"تلاته", Cls::kUnit, 3},  // Egyptian
    NumWord{"اربع", Cls::kUnit, 4}, NumWord{"اربعه", Cls::kUnit, 4},
    NumWord{"خمس", Cls::kUnit, 5}, NumWord{"خمسه", Cls::kUnit, 5},
    NumWord{"ست", Cls::kUnit, 6}, NumWord{"سته", Cls::kUnit, 6},
    NumWord{"سبع", Cls::kUnit, 7}, NumWord{"سبعه", Cls::kUnit, 7},
    // «ثمن» is left out on purpose: it is far more often «price» than «eight».
    NumWord{"ثمان", Cls::kUnit, 8}, NumWord{"ثماني", Cls::kUnit, 8},
    NumWord{"ثمانيه", Cls::kUnit, 8},
    NumWord{"تسع", Cls::kUnit, 9}, NumWord{"تسعه", Cls::kUnit, 9},
    NumWord{"عشر", Cls::kTen, 10}, NumWord{"عشره", Cls::kTen, 10},
    // Egyptian teens in one word (Duckling's AR_EG corpus): «حداشر» 11 … «تمنتاشر» 18.
    NumWord{"حداشر", Cls::kTens, 11}, NumWord{"اتناشر", Cls::kTens, 12},
    NumWord{"تلتاشر", Cls::kTens, 13}, NumWord{"اربعتاشر", Cls::kTens, 14},
    NumWord{"خمستاشر", Cls::kTens, 15}, NumWord{"ستاشر", Cls::kTens, 16},
    NumWord{"سبعتاشر", Cls::kTens, 17}, NumWord{"تمنتاشر", Cls::kTens, 18},
    NumWord{"تسعتاشر", Cls::kTens, 19},
    NumWord{"عشرون", Cls::kTens, 20}, NumWord{"عشرين", Cls::kTens, 20},
    NumWord{"ثلاثون", Cls::kTens, 30}, NumWord{"ثلاثين", Cls::kTens, 30},
    NumWord{"تلاتين", Cls::kTens, 30},
    NumWord{"اربعون", Cls::kTens, 40}, NumWord{"اربعين", Cls::kTens, 40},
    NumWord{"خمسون", Cls::kTens, 50}, NumWord{"خمسين", Cls::kTens, 50},
    NumWord{"ستون", Cls::kTens, 60}, NumWord{"ستين", Cls::kTens, 60},
    NumWord{"سبعون", Cls::kTens, 70}, NumWord{"سبعين", Cls::kTens, 70},
    NumWord{"ثمانون", Cls::kTens, 80}, NumWord{"ثمانين", Cls::kTens, 80},
    NumWord{"تسعون", Cls::kTens, 90}, NumWord{"تسعين", Cls::kTens, 90},
    NumWord{"مئه", Cls::kHundred, 100}, NumWord{"مائه", Cls::kHundred, 100},
    NumWord{"مئتان", Cls::kHundreds, 200}, NumWord{"مئتين", Cls::kHundreds, 200},
    NumWord{"مئتي", Cls::kHundreds, 200}, NumWord{"مائتان", Cls::kHundreds, 200},
    NumWord{"مائتين", Cls::kHundreds, 200}, NumWord{"مائتي", Cls::kHundreds, 200},
    NumWord{"متين", Cls::kHundreds, 200},
    NumWord{"ثلاثمئه", Cls::kHundreds, 300}, NumWord{"ثلاثمائه", Cls::kHundreds, 300},
    NumWord{"ثلثمائه", Cls::kHundreds, 300}, NumWord{"تلتميه", Cls::kHundreds, 300},
    NumWord{"اربعمئه", Cls::kHundreds, 400}, NumWord{"اربعمائه", Cls::kHundreds, 400},
    NumWord{"خمسمئه", Cls::kHundreds, 500}, NumWord{"خمسمائه", Cls::kHundreds, 500},
    NumWord{"خمسميه", Cls::kHundreds, 500},
    NumWord{"ستمئه", Cls::kHundreds, 600}, NumWord{"ستمائه", Cls::kHundreds, 600},
    NumWord{"سبعمئه", Cls::kHundreds, 700}, NumWord{"سبعمائه", Cls::kHundreds, 700},
    NumWord{"سبعميه", Cls::kHundreds, 700},
    NumWord{"ثمانمئه", Cls::kHundreds, 800}, NumWord{"ثمانمائه", Cls::kHundreds, 800},
    NumWord{"ثمانيمئه", Cls::kHundreds, 800}, NumWord{"ثمانيمائه", Cls::kHundreds, 800},
    NumWord{"تسعمئه", Cls::kHundreds, 900}, NumWord{"تسعمائه", Cls::kHundreds, 900},
    NumWord{"الف", Cls::kScale, 1e3}, NumWord{"الفا", Cls::kScale, 1e3},
    NumWord{"الفان", Cls::kScale, 1e3, 2}, NumWord{"الفين", Cls::kScale, 1e3, 2},
    NumWord{"الفي", Cls::kScale, 1e3, 2},
    NumWord{"الاف", Cls::kScalePl, 1e3},
    NumWord{"مليون", Cls::kScale, 1e6}, NumWord{"مليونا", Cls::kScale, 1e6},
    NumWord{"مليونان", Cls::kScale, 1e6, 2}, NumWord{"مليونين", Cls::kScale, 1e6, 2},
    NumWord{"مليوني", Cls::kScale, 1e6, 2},
    NumWord{"ملايين", Cls::kScalePl, 1e6},
    NumWord{"مليار", Cls::kScale, 1e9}, NumWord{"مليارا", Cls::kScale, 1e9},
    NumWord{"ملياران", Cls::kScale, 1e9, 2}, NumWord{"مليارين", Cls::kScale, 1e9, 2},
    NumWord{"مليارات", Cls::kScalePl, 1e9},
    NumWord{"بليون", Cls::kScale, 1e9}, NumWord{"بلايين", Cls::kScalePl, 1e9},
    NumWord{"تريليون", Cls::kScale, 1e12}, NumWord{"ترليون", Cls::kScale, 1e12},
    NumWord{"تريليونات", Cls::kScalePl, 1e12},
    NumWord{"نصف", Cls::kFraction, 0.5}, NumWord{"ربع", Cls::kFraction, 0.25},
    NumWord{"ثلث", Cls::kFraction, 1.0 / 3},
    NumWord{"اول", Cls::kOrdinal, 1}, NumWord{"اولي", Cls::kOrdinal, 1},
    NumWord{"حادي", Cls::kOrdinal, 1}, NumWord{"حاديه", Cls::kOrdinal, 1},
    NumWord{"ثاني", Cls::kOrdinal, 2}, NumWord{"ثانيه", Cls::kOrdinal, 2},
    NumWord{"ثان", Cls::kOrdinal, 2},
    NumWord{"ثالث", Cls::kOrdinal, 3}, NumWord{"ثالثه", Cls::kOrdinal, 3},
    NumWord{"رابع", Cls::kOrdinal, 4}, NumWord{"رابعه", Cls::kOrdinal, 4},
    NumWord{"خامس", Cls::kOrdinal, 5}, NumWord{"خامسه", Cls::kOrdinal, 5},
    NumWord{"سادس", Cls::kOrdinal, 6}, NumWord{"سادسه", Cls::kOrdinal, 6},
    NumWord{"سابع", Cls::kOrdinal, 7}, NumWord{"سابعه", Cls::kOrdinal, 7},
    NumWord{"ثامن", Cls::kOrdinal, 8}, NumWord{"ثامنه", Cls::kOrdinal, 8},
    NumWord{"تاسع", Cls::kOrdinal, 9}, NumWord{"تاسعه", Cls::kOrdinal, 9},
    NumWord{"عاشر", Cls::kOrdinal, 10}, NumWord{"عاشره", Cls::kOrdinal, 10},
});

// Vague quantities with their SPEC ranges. `unit` is the step the word counts in: «عشرات»
// counts tens, so «عشرات الآلاف» = [20, 99] x 1000 -> [20000, 99999]; «عدة» counts ones.
struct VagueWord {
  string_view text;
  int64_t lo;
  int64_t hi;  // -1: unbounded
  int64_t unit;
};

constexpr auto kVagueWords = SortedByText(std::array{
    VagueWord{"عشرات", 20, 99, 10},
    VagueWord{"مئات", 200, 999, 100},
    VagueWord{"الاف", 2000, 9999, 1000},
    VagueWord{"ملايين", 2000000, 9999999, 1000000},
    VagueWord{"مليارات", 2000000000, 9999999999, 1000000000},
    VagueWord{"عده", 3, 9, 1},
    VagueWord{"بضعه", 3, 9, 1},
    VagueWord{"بضع", 3, 9, 1},
});

// Nouns after a figure that make it a measure rather than a count of people or things.
struct MeasureWord {
  string_view text;
  Measure measure;
};

constexpr auto kMeasureWords = SortedByText(std::array{
    MeasureWord{"ثانيه", Measure::kDuration}, MeasureWord{"ثوان", Measure::kDuration},
    MeasureWord{"ثواني", Measure::kDuration}, MeasureWord{"دقيقه", Measure::kDuration},
    MeasureWord{"دقائق", Measure::kDuration}, MeasureWord{"ساعه", Measure::kDuration},
    MeasureWord{"ساعات", Measure::kDuration}, MeasureWord{"يوم", Measure::kDuration},
    MeasureWord{"يوما", Measure::kDuration}, MeasureWord{"ايام", Measure::kDuration},
    MeasureWord{"ليله", Measure::kDuration}, MeasureWord{"ليال", Measure::kDuration},
    MeasureWord{"ليالي", Measure::kDuration}, MeasureWord{"اسبوع", Measure::kDuration},
    MeasureWord{"اسبوعا", Measure::kDuration}, MeasureWord{"اسابيع", Measure::kDuration},
    MeasureWord{"شهر", Measure::kDuration}, MeasureWord{"شهرا", Measure::kDuration},
    MeasureWord{"اشهر", Measure::kDuration}, MeasureWord{"شهور", Measure::kDuration},
    MeasureWord{"سنه", Measure::kDuration}, MeasureWord{"سنوات", Measure::kDuration},
    MeasureWord{"سنين", Measure::kDuration}, MeasureWord{"عام", Measure::kDuration},
    MeasureWord{"عاما", Measure::kDuration}, MeasureWord{"اعوام", Measure::kDuration},
    MeasureWord{"عقد", Measure::kDuration}, MeasureWord{"عقود", Measure::kDuration},
    MeasureWord{"قرن", Measure::kDuration}, MeasureWord{"قرون", Measure::kDuration},
    MeasureWord{"دولار", Measure::kMoney}, MeasureWord{"دولارا", Measure::kMoney},
    MeasureWord{"دولارات", Measure::kMoney}, MeasureWord{"يورو", Measure::kMoney},
    MeasureWord{"جنيه", Measure::kMoney}, MeasureWord{"جنيها", Measure::kMoney},
    MeasureWord{"جنيهات", Measure::kMoney}, MeasureWord{"ريال", Measure::kMoney},
    MeasureWord{"ريالا", Measure::kMoney}, MeasureWord{"ريالات", Measure::kMoney},
    MeasureWord{"دينار", Measure::kMoney}, MeasureWord{"دينارا", Measure::kMoney},
    MeasureWord{"دنانير", Measure::kMoney}, MeasureWord{"درهم", Measure::kMoney},
    MeasureWord{"درهما", Measure::kMoney}, MeasureWord{"دراهم", Measure::kMoney},
    MeasureWord{"ليره", Measure::kMoney}, MeasureWord{"ليرات", Measure::kMoney},
    MeasureWord{"روبل", Measure::kMoney}, MeasureWord{"تومان", Measure::kMoney},
    MeasureWord{"متر", Measure::kLength}, MeasureWord{"مترا", Measure::kLength},
    MeasureWord{"امتار", Measure::kLength}, MeasureWord{"كيلومتر", Measure::kLength},
    MeasureWord{"كيلومترا", Measure::kLength}, MeasureWord{"كيلومترات", Measure::kLength},
    MeasureWord{"كيلو", Measure::kLength}, MeasureWord{"كلم", Measure::kLength},
    MeasureWord{"كم", Measure::kLength}, MeasureWord{"ميل", Measure::kLength},
    MeasureWord{"اميال", Measure::kLength}, MeasureWord{"ميلا", Measure::kLength},
    MeasureWord{"هكتار", Measure::kLength}, MeasureWord{"هكتارا", Measure::kLength},
    MeasureWord{"هكتارات", Measure::kLength}, MeasureWord{"دونم", Measure::kLength},
    MeasureWord{"دونما", Measure::kLength}, MeasureWord{"دونمات", Measure::kLength},
    MeasureWord{"طن", Measure::kWeight}, MeasureWord{"طنا", Measure::kWeight},
    MeasureWord{"اطنان", Measure::kWeight}, MeasureWord{"كيلوغرام", Measure::kWeight},
    MeasureWord{"كيلوغراما", Measure::kWeight}, MeasureWord{"كيلوغرامات", Measure::kWeight},
    MeasureWord{"كغ", Measure::kWeight}, MeasureWord{"غرام", Measure::kWeight},
    MeasureWord{"غراما", Measure::kWeight}, MeasureWord{"جرام", Measure::kWeight},
});

struct PlainWord {
  string_view text;
};

// Month names, Gulf/Egyptian and Levantine: «27 فبراير», «9 شباط», «يوليو/ تموز 2016».
constexpr auto kMonths = SortedByText(std::array{
    PlainWord{"يناير"}, PlainWord{"فبراير"}, PlainWord{"مارس"}, PlainWord{"ابريل"},
    PlainWord{"مايو"}, PlainWord{"يونيو"}, PlainWord{"يونيه"}, PlainWord{"يوليو"},
    PlainWord{"يوليه"}, PlainWord{"اغسطس"}, PlainWord{"سبتمبر"}, PlainWord{"اكتوبر"},
    PlainWord{"نوفمبر"}, PlainWord{"ديسمبر"}, PlainWord{"كانون"}, PlainWord{"شباط"},
    PlainWord{"اذار"}, PlainWord{"نيسان"}, PlainWord{"ايار"}, PlainWord{"حزيران"},
    PlainWord{"تموز"}, PlainWord{"اب"}, PlainWord{"ايلول"}, PlainWord{"تشرين"},
});

// Words right before a 4-digit figure that make it a year: «عام 2014», «منذ 2011».
constexpr auto kYearCues = SortedByText(std::array{
    PlainWord{"عام"}, PlainWord{"سنه"}, PlainWord{"منذ"}, PlainWord{"بحلول"},
    PlainWord{"مطلع"}, PlainWord{"اواخر"}, PlainWord{"اوائل"}, PlainWord{"منتصف"},
    PlainWord{"نهايه"}, PlainWord{"بدايه"}, PlainWord{"صيف"}, PlainWord{"ربيع"},
    PlainWord{"شتاء"}, PlainWord{"خريف"}, PlainWord{"موسم"}, PlainWord{"ميزانيه"},
});

// Function words after a bare 4-digit figure: «في عام 2017 وهو», «2014، كما» — a year, not
// «2000 مدني».
constexpr auto kFunctionWords = SortedByText(std::array{
    PlainWord{"في"},   PlainWord{"من"},   PlainWord{"الي"},   PlainWord{"علي"},
    PlainWord{"عن"},   PlainWord{"ثم"},   PlainWord{"حيث"},   PlainWord{"حين"},
    PlainWord{"عندما"}, PlainWord{"بعد"}, PlainWord{"قبل"},   PlainWord{"حتي"},
    PlainWord{"مع"},   PlainWord{"ضد"},   PlainWord{"كما"},   PlainWord{"لكن"},
    PlainWord{"او"},   PlainWord{"ام"},   PlainWord{"الذي"},  PlainWord{"التي"},
    PlainWord{"ان"},   PlainWord{"انه"},  PlainWord{"اي"},    PlainWord{"هو"},
    PlainWord{"هي"},   PlainWord{"و"},    PlainWord{"بين"},   PlainWord{"خلال"},
    PlainWord{"لم"},   PlainWord{"لا"},   PlainWord{"قد"},    PlainWord{"الا"},
    PlainWord{"م"},    PlainWord{"ميلادي"}, PlainWord{"ميلاديه"},
});

// Dual-able nouns. A word is read as «two X» only when it is one of these stems plus the
// dual ending. They are nouns whose plural is broken or feminine (قرى، أحياء، أيام), so the
// dual ending cannot be a sound masculine plural: «مدنيين», «مقاتلين», «قياديين» are plurals
// and are deliberately absent. Feminine stems are stored with ه and take ت before the ending
// («قريه» -> «قريتين», «قريتان», construct «قريتي»).
struct DualStem {
  string_view text;
  bool time;  // a duration: «شهرين», «اليومين الماضيين»
};

constexpr auto kDualMasc = SortedByText(std::array{
    DualStem{"حي", false},    DualStem{"شهر", true},    DualStem{"يوم", true},
    DualStem{"عام", true},    DualStem{"اسبوع", true},  DualStem{"طفل", false},
    DualStem{"عنصر", false},  DualStem{"شخص", false},   DualStem{"رجل", false},
    DualStem{"جندي", false},  DualStem{"شقيق", false},  DualStem{"صاروخ", false},
    DualStem{"منزل", false},  DualStem{"حزب", false},   DualStem{"فصيل", false},
    DualStem{"مخيم", false},  DualStem{"قتيل", false},
    DualStem{"جريح", false},  DualStem{"اسير", false},  DualStem{"شاب", false},
    DualStem{"ولد", false},   DualStem{"مسجد", false},  DualStem{"مستشفي", false},
    DualStem{"بلد", false},   DualStem{"فندق", false},
});

constexpr auto kDualFem = SortedByText(std::array{
    DualStem{"قريه", false},  DualStem{"بلده", false},   DualStem{"مدينه", false},
    DualStem{"ساعه", true},   DualStem{"سنه", true},     DualStem{"ليله", true},
    DualStem{"دقيقه", true},  DualStem{"سياره", false},  DualStem{"شاحنه", false},
    DualStem{"حافله", false}, DualStem{"طائره", false},  DualStem{"مروحيه", false},
    DualStem{"دبابه", false}, DualStem{"قذيفه", false},  DualStem{"غاره", false},
    DualStem{"مره", false},   DualStem{"كتيبه", false},  DualStem{"مجموعه", false},
    DualStem{"عائله", false}, DualStem{"اسره", false},   DualStem{"جثه", false},
    DualStem{"دوله", false},  DualStem{"محافظه", false}, DualStem{"منطقه", false},
    DualStem{"فتاه", false},  DualStem{"امراه", false},  DualStem{"قافله", false},
    DualStem{"مدرسه", false}, DualStem{"سفينه", false},  DualStem{"عبوه", false},
});

// ---------------------------------------------------------------------------------------------
// Proclitics. A word is tried bare first, then with و/ف, then ب/ك/ل, then ال cut off:
// «وثلاثه» -> ثلاثه, «بالالف» -> الف (al), «لالاف» -> الاف, «للعشرات» -> عشرات (al).

bool LetterAt(string_view w, size_t byte, string_view letter) {
  return w.size() >= byte + kL && w[byte] == letter[0] && w[byte + 1] == letter[1];
}

struct Cut {
  uint8_t at = 0;    // bytes cut from the front
  uint8_t skip = 0;  // bytes left out of the mention's span (و ف ب ك ل, never ال)
  bool conj = false;
  bool prep = false;
  bool al = false;
};

int MakeCuts(string_view w, Cut* out) {
  int n = 0;
  out[n++] = Cut{};
  if (w.size() % kL != 0 || w.size() < 3 * kL) return n;
  const size_t letters = w.size() / kL;
  Cut c;
  if (LetterAt(w, 0, "و") || LetterAt(w, 0, "ف")) {
    c.at = c.skip = kL;
    c.conj = true;
    out[n++] = c;
  }
  if (LetterAt(w, c.at, "ل") && LetterAt(w, c.at + kL, "ل") && letters >= c.at / kL + 4) {
    // «للعشرات» = ل + العشرات with the alef of ال dropped; the span keeps the whole word.
    out[n++] = Cut{static_cast<uint8_t>(c.at + 2 * kL), c.skip, c.conj, true, true};
    return n;
  }
  // A preposition is cut only when three letters remain: «لست» is not ل + ست.
  if ((LetterAt(w, c.at, "ب") || LetterAt(w, c.at, "ك") || LetterAt(w, c.at, "ل")) &&
      letters >= c.at / kL + 4) {
    c.at += kL;
    c.skip = c.at;
    c.prep = true;
    out[n++] = c;
  }
  if (LetterAt(w, c.at, "ا") && LetterAt(w, c.at + kL, "ل") && letters >= c.at / kL + 4) {
    c.at += 2 * kL;
    c.al = true;
    out[n++] = c;
  }
  return n;
}

// Looks `w` up in `table`, bare and then with each proclitic cut.
template <class T, size_t N>
const T* FindCut(const std::array<T, N>& table, string_view w, Cut* cut) {
  Cut cuts[5];
  const int n = MakeCuts(w, cuts);
  for (int i = 0; i < n; ++i) {
    if (const T* e = Find(table, w.substr(cuts[i].at))) {
      *cut = cuts[i];
      return e;
    }
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Digits. The normalizer already turned Arabic-Indic digits and ٫ ٬ ، into ASCII . , ,

enum class DigitShape : uint8_t { kNumber, kDotted, kBad };

// Parses «3800», «3,800», «3.5», «1,234,567», «12،220,13», «٠,٠٨». A comma followed by three
// digits groups thousands, otherwise it is a decimal comma; with both marks the last one is
// the decimal point. «27.02.2019» and «192.168.1.2» come back as kDotted.
DigitShape ParseDigits(string_view s, double* value) {
  int commas = 0, dots = 0;
  size_t last_sep = string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++commas, last_sep = i;
    if (s[i] == '.') ++dots, last_sep = i;
  }
  if (s.size() > 24) return DigitShape::kBad;
  size_t decimal = string_view::npos;  // index of the decimal mark
  if (commas + dots == 0) {
  } else if (commas > 0 && dots > 0) {
    decimal = last_sep;
  } else if (dots > 1 || commas > 1) {
    // Only thousands groups («1,234,567», «1.234.567») are a number; with commas the last
    // group may be decimals: «12،220,13» = 12220.13 (Arabic comma for thousands).
    size_t prev = s.find(dots ? '.' : ',');
    if (prev == 0 || prev > 3) return DigitShape::kDotted;
    for (size_t i = prev + 1; i <= s.size(); ++i) {
      if (i == s.size() || s[i] == '.' || s[i] == ',') {
        if (i - prev != 4) {
          if (i < s.size() || dots || i - prev > 3) return DigitShape::kDotted;
          decimal = prev;
        }
        prev = i;
      }
    }
  } else if (dots == 1) {
    decimal = last_sep;
  } else if (s.size() - last_sep - 1 != 3 || last_sep > 3 || s[0] == '0') {
    decimal = last_sep;  // «٤,٨» = 4.8, «180,25» = 180.25
  }
  double v = 0, scale = 0.1;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') continue;
    if (decimal != string_view::npos && i > decimal) {
      v += (c - '0') * scale;
      scale /= 10;
    } else {
      v = v * 10 + (c - '0');
    }
  }
  *value = v;
  return DigitShape::kNumber;
}

std::optional<int64_t> ToInt(double v) {
  if (!(std::fabs(v) < 9.0e18)) return std::nullopt;
  return static_cast<int64_t>(std::llround(v));
}

// ---------------------------------------------------------------------------------------------
// The scanner.

// A parsed figure before it becomes a mention.
struct Num {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  uint8_t skip = 0;  // proclitic bytes of `first` left out of the span
  double value = 0;
  double top_scale = 0;  // the largest scale word applied: «3 آلاف» -> 1000
  bool words = false;
  bool bare_digits = false;  // one digit token and nothing else
  bool fraction = false;     // a lone «نصف» / «ثلث» / «ربع»
  bool percent = false;
};

// How a cue bounds the figure after it.
enum class CueKind : uint8_t {
  kApprox,      // نحو 150
  kLowerExcl,   // أكثر من N: min N+1
  kLowerIncl,   // على الأقل N: min N
  kUpperExcl,   // أقل من N: max N-1
  kUpperIncl,   // لا يزيد عن N: max N
  kRange,       // بين N و M
  kFrom,        // من N إلى M (a range only when إلى M follows)
  kPercent,     // نسبة N
  kEstimate,    // يقدر بـ N
};

struct Cue {
  std::array<string_view, 4> words;  // empty strings end the cue
  CueKind kind;
};

// Longer cues first where one is a prefix of another («ما لا يقل عن» before «ما»).
constexpr Cue kCues[] = {
    {{"نحو"}, CueKind::kApprox},
    {{"حوالي"}, CueKind::kApprox},
    {{"قرابه"}, CueKind::kApprox},
    {{"زهاء"}, CueKind::kApprox},
    {{"يناهز"}, CueKind::kApprox},
    {{"تناهز"}, CueKind::kApprox},
    {{"ناهز"}, CueKind::kApprox},
    {{"يقارب"}, CueKind::kApprox},
    {{"تقارب"}, CueKind::kApprox},
    {{"ما", "يقارب"}, CueKind::kApprox},
    {{"ما", "يقرب", "من"}, CueKind::kApprox},
    {{"ما", "يناهز"}, CueKind::kApprox},
    {{"ما", "لا", "يقل", "عن"}, CueKind::kLowerIncl},
    {{"ما", "لا", "يزيد", "عن"}, CueKind::kUpperIncl},
    {{"ما", "لا", "يزيد", "علي"}, CueKind::kUpperIncl},
    {{"ما", "لا", "يتجاوز"}, CueKind::kUpperIncl},
    {{"ما", "يزيد", "عن"}, CueKind::kLowerExcl},
    {{"ما", "يزيد", "علي"}, CueKind::kLowerExcl},
    {{"ما", "يربو", "علي"}, CueKind::kLowerExcl},
    {{"ما", "يفوق"}, CueKind::kLowerExcl},
    {{"ما", "يتجاوز"}, CueKind::kLowerExcl},
    {{"ما", "يصل", "الي"}, CueKind::kUpperIncl},
    {{"ما", "بين"}, CueKind::kRange},
    {{"اكثر", "من"}, CueKind::kLowerExcl},
    {{"ازيد", "من"}, CueKind::kLowerExcl},
    {{"يزيد", "عن"}, CueKind::kLowerExcl},
    {{"يزيد", "علي"}, CueKind::kLowerExcl},
    {{"يربو", "علي"}, CueKind::kLowerExcl},
    {{"يفوق"}, CueKind::kLowerExcl},
    {{"تفوق"}, CueKind::kLowerExcl},
    {{"يتجاوز"}, CueKind::kLowerExcl},
    {{"تتجاوز"}, CueKind::kLowerExcl},
    {{"علي", "الاقل"}, CueKind::kLowerIncl},
    {{"لا", "يقل", "عن"}, CueKind::kLowerIncl},
    {{"لا", "تقل", "عن"}, CueKind::kLowerIncl},
    {{"اقل", "من"}, CueKind::kUpperExcl},
    {{"لا", "اقل", "من"}, CueKind::kLowerIncl},
    {{"لا", "اكثر", "من"}, CueKind::kUpperIncl},
    {{"لا", "يزيد", "عن"}, CueKind::kUpperIncl},
    {{"لا", "يزيد", "علي"}, CueKind::kUpperIncl},
    {{"لا", "تزيد", "عن"}, CueKind::kUpperIncl},
    {{"لا", "يتجاوز"}, CueKind::kUpperIncl},
    {{"لا", "تتجاوز"}, CueKind::kUpperIncl},
    {{"يصل", "الي"}, CueKind::kUpperIncl},
    {{"تصل", "الي"}, CueKind::kUpperIncl},
    {{"علي", "الاكثر"}, CueKind::kUpperIncl},
    {{"بين"}, CueKind::kRange},
    {{"من"}, CueKind::kFrom},
    {{"نسبه"}, CueKind::kPercent},
    {{"يقدر"}, CueKind::kEstimate},
    {{"تقدر"}, CueKind::kEstimate},
    {{"يقدرون"}, CueKind::kEstimate},
    {{"قدر"}, CueKind::kEstimate},
    {{"قدرت"}, CueKind::kEstimate},
};

// First words of the cues, to reject most tokens with one lookup before trying each cue.
constexpr auto kCueHeads = [] {
  std::array<PlainWord, std::size(kCues)> a{};
  for (size_t i = 0; i < a.size(); ++i) a[i].text = kCues[i].words[0];
  std::sort(a.begin(), a.end(), [](const PlainWord& x, const PlainWord& y) { return x.text < y.text; });
  return a;
}();

// ---------------------------------------------------------------------------------------------
// Which lexicons a word may be in. Most words of a text are in none, so the scanner looks each
// token up once, under every proclitic cut, in one hash table of all the lexicons' spellings,
// and then tries a lexicon's sorted table only for tokens whose mask has its bit.

// (Debian's Abseil has its own string_view: keys are converted.)
using SpellingMap = absl::flat_hash_map<absl::string_view, uint8_t>;

template <class T, size_t N>
void AddSpellings(const std::array<T, N>& table, uint8_t bit, SpellingMap* map) {
  for (const T& e : table) (*map)[absl::string_view(e.text.data(), e.text.size())] |= bit;
}

// The lexicons Lookup() may be asked for, one bit each; any other table is never filtered.
template <class T, size_t N>
uint8_t LexiconBit(const std::array<T, N>& table) {
  const void* p = &table;
  if (p == &kNumWords) return 1;
  if (p == &kVagueWords) return 2;
  if (p == &kMeasureWords) return 4;
  if (p == &kMonths) return 8;
  if (p == &kYearCues) return 16;
  if (p == &kFunctionWords) return 32;
  if (p == &kCueHeads) return 64;
  return 0xFF;
}

const SpellingMap& Spellings() {
  static const SpellingMap map = [] {
    SpellingMap m;
    AddSpellings(kNumWords, LexiconBit(kNumWords), &m);
    AddSpellings(kVagueWords, LexiconBit(kVagueWords), &m);
    AddSpellings(kMeasureWords, LexiconBit(kMeasureWords), &m);
    AddSpellings(kMonths, LexiconBit(kMonths), &m);
    AddSpellings(kYearCues, LexiconBit(kYearCues), &m);
    AddSpellings(kFunctionWords, LexiconBit(kFunctionWords), &m);
    AddSpellings(kCueHeads, LexiconBit(kCueHeads), &m);
    return m;
  }();
  return map;
}

// The lexicons `w` may be found in under any of its cuts (FindCut's candidates).
uint8_t LexiconMask(string_view w) {
  const auto& spellings = Spellings();
  Cut cuts[5];
  const int n = MakeCuts(w, cuts);
  uint8_t mask = 0;
  for (int i = 0; i < n; ++i) {
    const string_view rest = w.substr(cuts[i].at);
    const auto it = spellings.find(absl::string_view(rest.data(), rest.size()));
    if (it != spellings.end()) mask |= it->second;
  }
  return mask;
}

class Scanner {
 public:
  Scanner(const NormalizedText& norm, const std::vector<Token>& tokens,
          std::vector<NumberMention>* out)
      : norm_(norm), tok_(tokens), n_(static_cast<uint32_t>(tokens.size())), out_(out) {
    mask_.resize(n_);
    for (uint32_t k = 0; k < n_; ++k) {
      if (IsWord(k)) mask_[k] = LexiconMask(Text(k));
    }
  }

  void Run() {
    uint32_t i = 0;
    while (i < n_) {
      const uint32_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // ---- token helpers
  // Every token accessor is bounds-checked, so patterns may look past the end freely.
  string_view Text(uint32_t k) const {
    return k < n_ ? TokenText(norm_, tok_[k]) : string_view();
  }
  bool IsWord(uint32_t k) const {
    return k < n_ && (tok_[k].kind == TokenKind::kWord || tok_[k].kind == TokenKind::kClitic);
  }
  bool Is(uint32_t k, string_view w) const { return IsWord(k) && Text(k) == w; }
  bool IsPunct(uint32_t k, string_view p) const {
    return k < n_ && tok_[k].kind == TokenKind::kPunct && Text(k) == p;
  }
  bool IsDigits(uint32_t k) const { return k < n_ && tok_[k].kind == TokenKind::kNumber; }
  bool Glued(uint32_t k) const { return k < n_ && tok_[k].is(kGlued); }
  // The word at k with a leading و / ف cut off: «وبين» -> «بين».
  string_view Bare(uint32_t k) const {
    const string_view w = Text(k);
    if (w.size() >= 3 * kL && (LetterAt(w, 0, "و") || LetterAt(w, 0, "ف"))) {
      return w.substr(kL);
    }
    return w;
  }
  template <class T, size_t N>
  const T* Lookup(const std::array<T, N>& table, uint32_t k, Cut* cut) const {
    if (!IsWord(k) || (mask_[k] & LexiconBit(table)) == 0) return nullptr;
    return FindCut(table, Text(k), cut);
  }
  template <size_t N>
  bool InPlain(const std::array<PlainWord, N>& t, uint32_t k) const {
    Cut c;
    return Lookup(t, k, &c) != nullptr;
  }
  bool IsStandaloneWaw(uint32_t k) const { return Is(k, "و"); }
  bool YearLike(const Num& x) const {
    return x.bare_digits && Text(x.first).size() == 4 && x.value >= 1900 && x.value <= 2100;
  }

  uint32_t TryAt(uint32_t i);
  uint32_t TryCue(uint32_t i);
  uint32_t TryEstimate(uint32_t k);
  uint32_t TryVague(uint32_t i);
  uint32_t TryVagueCount(uint32_t i);
  uint32_t TryOrdinal(uint32_t i);
  uint32_t TryFigure(uint32_t i);
  uint32_t TryDual(uint32_t i);
  bool ParseNumber(uint32_t i, Num* num) const;
  bool ParseQuantity(uint32_t i, Num* num, Num* hi) const;
  bool ParsePercent(uint32_t k, uint32_t* end) const;
  uint32_t TryDigitShapes(uint32_t i, bool counting);
  bool IsYear(uint32_t i, double v, bool counting) const;
  uint32_t ApplyPostCues(uint32_t k, NumberMention* m);
  uint32_t ApplyMeasure(uint32_t k, NumberMention* m);
  NumberMention Make(uint32_t first, uint8_t skip, uint32_t last) const;
  uint32_t Push(NumberMention m, uint32_t resume);

  const NormalizedText& norm_;
  const std::vector<Token>& tok_;
  const uint32_t n_;
  std::vector<NumberMention>* out_;
  std::vector<uint8_t> mask_;  // per token: LexiconMask()
};

NumberMention Scanner::Make(uint32_t first, uint8_t skip, uint32_t last) const {
  NumberMention m;
  m.first_token = first;
  m.last_token = last;
  const Token& t = tok_[first];
  m.begin = skip ? norm_.OriginBegin(t.nbegin + skip) : t.begin;
  m.end = tok_[last - 1].end;
  return m;
}

uint32_t Scanner::Push(NumberMention m, uint32_t resume) {
  out_->push_back(m);
  return std::max(resume, m.last_token);
}

void SetExact(NumberMention* m, double v) {
  m->real = v;
  m->value = ToInt(v);
  m->min = m->max = m->value;
  m->bound = Bound::kExact;
}

uint32_t Scanner::TryAt(uint32_t i) {
  const Token& t = tok_[i];
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kClitic &&
      t.kind != TokenKind::kNumber && !(t.kind == TokenKind::kPunct && Text(i) == "+")) {
    return i;
  }
  if (uint32_t e = TryCue(i)) return e;
  if (uint32_t e = TryVagueCount(i)) return e;
  if (uint32_t e = TryVague(i)) return e;
  if (uint32_t e = TryOrdinal(i)) return e;
  if (uint32_t e = TryFigure(i)) return e;
  if (uint32_t e = TryDual(i)) return e;
  return i;
}

// ---- spelled and written numbers

// Parses a number of digits and/or words starting at token i: «3,800», «سبعين», «ثلاثة آلاف
// وثمانمئة», «40 ألف», «1.5 مليون», «مليون ونصف», «نصف مليون», «إحدى عشرة», «مئتي». The
// conjunction و joins parts only where Arabic joins them (a unit before its tens, anything
// after a hundred or a scale word), so «150 مقاتلا و350» and «ثلاثة وأربعة» stay apart.
bool Scanner::ParseNumber(uint32_t i, Num* num) const {
  enum class St { kDigits, kUnit, kTeenHead, kTeen, kTens, kUnitTens, kHundreds, kScale,
                  kFraction, kDone };
  St st;
  double total = 0, group = 0, last_scale = 1e300;
  *num = Num{};
  num->first = i;
  Cut cut;
  if (IsDigits(i)) {
    if (ParseDigits(Text(i), &group) != DigitShape::kNumber) return false;
    st = St::kDigits;
  } else {
    const NumWord* w = Lookup(kNumWords, i, &cut);
    if (!w || w->cls == Cls::kOrdinal || w->cls == Cls::kScalePl) return false;
    num->skip = cut.skip;
    num->words = true;
    switch (w->cls) {
      case Cls::kUnit: st = St::kUnit; group = w->value; break;
      case Cls::kTeenHead: st = St::kTeenHead; group = w->value; break;
      case Cls::kTen: st = St::kTeen; group = 10; break;
      case Cls::kTens: st = St::kTens; group = w->value; break;
      case Cls::kHundreds: case Cls::kHundred: st = St::kHundreds; group = w->value; break;
      case Cls::kScale:
        total = w->value * w->mult;
        last_scale = num->top_scale = w->value;
        st = St::kScale;
        break;
      case Cls::kFraction: st = St::kFraction; group = w->value; break;
      default: return false;
    }
  }
  // Checkpoint before each «و»: a part that turns out to start a new figure («3 آلاف و4
  // آلاف») is given back.
  uint32_t k = i + 1, saved_k = k;
  double saved_total = total, saved_group = group;
  St saved_st = st;
  while (st != St::kDone && k < n_) {
    uint32_t c = k;
    bool conj = false;
    if (IsStandaloneWaw(c)) conj = true, ++c;
    if (c >= n_) break;
    double d = 0;
    const NumWord* w = nullptr;
    bool digits = false;
    if (IsDigits(c)) {
      if (!conj || ParseDigits(Text(c), &d) != DigitShape::kNumber) {
        // Digits never follow a number without و: «3 1000» are two figures.
        break;
      }
      digits = true;
    } else {
      w = Lookup(kNumWords, c, &cut);
      if (!w || cut.prep || cut.al || w->cls == Cls::kOrdinal) break;
      if (cut.conj) {
        if (conj) break;
        conj = true;
      }
    }
    if (conj) {
      saved_k = k, saved_total = total, saved_group = group, saved_st = st;
    }
    const Cls cls = digits ? Cls::kUnit : w->cls;
    bool ok = false;
    if (!conj) {
      if ((cls == Cls::kTen) && (st == St::kUnit || st == St::kTeenHead) &&
          std::fmod(group, 100) < 10) {
        group += 10, st = St::kTeen, ok = true;  // «خمسة عشر», «إحدى عشرة», «مئة وستة عشر»
      } else if (st == St::kHundreds && group >= 100 && std::fmod(group, 100) == 0 &&
                 (cls == Cls::kUnit || cls == Cls::kTens) && w->value > 0) {
        // Egyptian drops the و after the hundreds: «متين واحد وعشرين» = 221.
        group += w->value, st = cls == Cls::kUnit ? St::kUnit : St::kTens, ok = true;
      } else if (cls == Cls::kHundred && (st == St::kUnit && group < 10 && group > 2)) {
        group *= 100, st = St::kHundreds, ok = true;  // «ثلاث مائة»
      } else if (cls == Cls::kHundred && st == St::kDigits) {
        group *= 100, st = St::kHundreds, ok = true;  // «322 مائة»
      } else if ((cls == Cls::kScale || cls == Cls::kScalePl) && w->value < last_scale &&
                 st != St::kScale && st != St::kTeenHead && !(w->mult == 2 && group != 0)) {
        // «ثلاثة آلاف», «40 ألف», «1.5 مليون», «نصف مليون», «مئة ألف», «أحد عشر ألفا»
        total += group * w->value;
        group = 0;
        last_scale = w->value;
        num->top_scale = std::max(num->top_scale, w->value);
        st = St::kScale, ok = true;
      }
    } else if (cls == Cls::kFraction) {
      // «مليون ونصف» = 1,500,000; «واحد ونصف» = 1.5
      if (st == St::kScale) total += w->value * last_scale, ok = true;
      else if (st != St::kFraction && st != St::kTeenHead) group += w->value, ok = true;
      if (ok) st = St::kDone;
      // «مليون ونصف المليون», «مليار ونصف مليار»: the scale is repeated after the half.
      Cut sc;
      const NumWord* again = Lookup(kNumWords, c + 1, &sc);
      if (ok && st == St::kDone && total > 0 && again && again->cls == Cls::kScale &&
          again->value == last_scale && !sc.conj && !sc.prep) {
        ++c;
      }
    } else if (st == St::kScale) {
      ok = true;
      if (digits) {
        // «3 آلاف و800» = 3800; but «1.5 مليون و…» takes no addend, and «ألفين و30%» is two.
        uint32_t pe;
        ok = d < last_scale && total == std::floor(total) && !ParsePercent(c + 1, &pe);
        group = d, st = St::kDigits;
      } else if (cls == Cls::kScale) {
        ok = w->value < last_scale;  // «مليون وألفين»
        if (ok) total += w->value * w->mult, last_scale = w->value;
      } else if (cls == Cls::kUnit) {
        group = w->value, st = St::kUnit;
      } else if (cls == Cls::kTeenHead) {
        group = w->value, st = St::kTeenHead;
      } else if (cls == Cls::kTen) {
        group = 10, st = St::kTeen;
      } else if (cls == Cls::kTens) {
        group = w->value, st = St::kTens;
      } else if (cls == Cls::kHundreds || cls == Cls::kHundred) {
        group = w->value, st = St::kHundreds;
      } else {
        ok = false;
      }
    } else if (st == St::kHundreds && group >= 100 && std::fmod(group, 100) == 0) {
      ok = true;
      if (digits) ok = d < 100, group += d, st = St::kDigits;  // «٣ مئة و ٢١»
      else if (cls == Cls::kUnit) group += w->value, st = St::kUnit;
      else if (cls == Cls::kTeenHead) group += w->value, st = St::kTeenHead;
      else if (cls == Cls::kTen) group += 10, st = St::kTeen;  // «مئة وعشرة»
      else if (cls == Cls::kTens) group += w->value, st = St::kTens;
      else ok = false;
    } else if (st == St::kUnit && cls == Cls::kTens && !digits) {
      group += w->value, st = St::kUnitTens, ok = true;  // «خمسة وعشرون»
    }
    if (!ok) {
      // A scale word after «و» + number means that number began a new figure: give it back.
      if (w && (cls == Cls::kScale || cls == Cls::kScalePl) && saved_k < k) {
        k = saved_k, total = saved_total, group = saved_group, st = saved_st;
      }
      break;
    }
    num->words |= !digits;
    k = c + 1;
  }
  if (st == St::kTeenHead) return false;  // «احد» alone is «one of», «الأحد» is Sunday
  num->last = k;
  num->value = total + group;
  num->fraction = (st == St::kFraction || (st == St::kDone && total == 0 && group < 1));
  num->bare_digits = IsDigits(i) && k == i + 1;
  return true;
}

// «%», «في المئة», «بالمئة», «في المائة» after a figure ending at token k.
bool Scanner::ParsePercent(uint32_t k, uint32_t* end) const {
  if (IsPunct(k, "%")) {
    *end = k + 1;
    return true;
  }
  if (Is(k, "بالمئه") || Is(k, "بالمائه")) {
    *end = k + 1;
    return true;
  }
  if (Is(k, "في") && (Is(k + 1, "المئه") || Is(k + 1, "المائه") || Is(k + 1, "مئه"))) {
    *end = k + 2;
    return true;
  }
  return false;
}

// A number, a percent, or a range written «N-M», «N إلى M», «N أو M». `hi` gets M.
bool Scanner::ParseQuantity(uint32_t i, Num* num, Num* hi) const {
  if (!ParseNumber(i, num) || num->fraction) return num->fraction && num->last > i;
  uint32_t end;
  if (ParsePercent(num->last, &end)) num->percent = true, num->last = end;
  *hi = Num{};
  uint32_t k = num->last;
  const bool dash = IsPunct(k, "-") && IsDigits(k + 1) && IsDigits(i);
  if (dash || Is(k, "الي") || Is(k, "حتي") || Is(k, "او")) {
    Num m;
    if (ParseNumber(k + 1, &m) && !m.fraction && m.value > num->value) {
      if (ParsePercent(m.last, &end)) m.percent = true, m.last = end;
      *hi = m;
    }
  }
  return true;
}

// Shared scale of a range: «بين 3 و4 آلاف» = 3000..4000.
void ShareScale(Num* lo, const Num& hi) {
  if (lo->top_scale == 0 && hi.top_scale > 0 && lo->value < hi.value / hi.top_scale) {
    lo->value *= hi.top_scale;
  }
}

void SetRange(NumberMention* m, const Num& lo, const Num& hi) {
  m->real = lo.value;
  m->value.reset();
  m->min = ToInt(lo.value);
  m->max = ToInt(hi.value);
  m->bound = Bound::kRange;
  if (hi.percent || lo.percent) m->kind = NumberKind::kPercent;
}

// A figure with no cue before it: digits (with their shapes: dates, times, years, phones)
// or words.
uint32_t Scanner::TryFigure(uint32_t i) {
  if (IsDigits(i) || IsPunct(i, "+")) {
    if (uint32_t e = TryDigitShapes(i, /*counting=*/false)) return e;
  }
  if (IsPunct(i, "+")) return 0;
  Num num, hi;
  if (!ParseQuantity(i, &num, &hi)) return 0;
  Cut cut;
  const NumWord* w = IsDigits(i) ? nullptr : Lookup(kNumWords, i, &cut);
  if (w && cut.al && num.last == i + 1) {
    // «الاثنين» is Monday, «الواحد» «one and the same», «المئة» in «في المئة».
    if (w->value <= 2 || w->cls == Cls::kHundred) return 0;
  }
  if (w && w->cls == Cls::kHundred && num.last == i + 1 && i > 0 && Is(i - 1, "في")) return 0;
  NumberMention m = Make(i, num.skip, hi.last ? hi.last : num.last);
  m.words = num.words || hi.words;
  if (num.fraction) {
    m.kind = NumberKind::kFraction;
    m.real = num.value;
    return Push(m, m.last_token);
  }
  if (hi.last) {
    ShareScale(&num, hi);
    SetRange(&m, num, hi);
  } else {
    SetExact(&m, num.value);
    if (num.percent) m.kind = NumberKind::kPercent;
  }
  uint32_t resume = ApplyPostCues(m.last_token, &m);
  resume = std::max(resume, ApplyMeasure(m.last_token, &m));
  return Push(m, resume);
}

bool Scanner::IsYear(uint32_t i, double v, bool counting) const {
  const string_view s = Text(i);
  if (s.size() != 4 || v < 1900 || v > 2100) {
    // Hijri years: «1440 هـ».
    return s.size() == 4 && v >= 1300 && v <= 1500 && Is(i + 1, "ه");
  }
  uint32_t p = i;
  while (p > 0 && (IsPunct(p - 1, "/") || IsPunct(p - 1, "("))) --p;
  if (p > 0 && (InPlain(kYearCues, p - 1) || InPlain(kMonths, p - 1))) return true;
  if (counting) return false;
  // A bare 1900..2100 is a year unless a word that could be counted follows: «2000 مدني».
  if (!IsWord(i + 1)) return true;
  if (InPlain(kFunctionWords, i + 1) || InPlain(kMonths, i + 1)) return true;
  const string_view nx = Text(i + 1);
  return LetterAt(nx, 0, "و") || LetterAt(nx, 0, "ف");
}

// Digit strings that are no plain quantity: times «14:02», dates «27.02.2019» «01-11-2017»
// «9 شباط», phones, codes, years. Returns 0 when the figure is an ordinary number.
uint32_t Scanner::TryDigitShapes(uint32_t i, bool counting) {
  const bool plus = IsPunct(i, "+");
  const uint32_t d = plus ? i + 1 : i;
  if (!IsDigits(d) || (plus && !Glued(d))) return 0;
  const string_view s = Text(d);
  double v = 0;
  const DigitShape shape = ParseDigits(s, &v);
  auto make = [&](uint32_t last, NumberKind kind) {
    NumberMention m = Make(i, 0, last);
    m.kind = kind;
    m.real = v;
    if (kind == NumberKind::kYear) m.value = m.min = m.max = ToInt(v);
    return Push(m, last);
  };
  // Phones: «+1-222-2222», «0501234567», long digit runs after «هاتف».
  bool phone_cue = false;
  for (uint32_t b = d >= 3 ? d - 3 : 0; b < d; ++b) {
    const string_view w = IsWord(b) ? Bare(b) : string_view();
    phone_cue |= w == "هاتف" || w == "الهاتف" || w == "جوال" || w == "واتساب" || w == "فاكس";
  }
  const bool plain = s.find_first_of(".,") == string_view::npos;
  if (plus || (plain && s.size() >= 7 && (s[0] == '0' || phone_cue))) {
    uint32_t k = d + 1;
    while ((IsPunct(k, "-") || IsPunct(k, "/")) && IsDigits(k + 1) && Glued(k)) k += 2;
    return make(k, NumberKind::kPhone);
  }
  if (plain && s.size() >= 11) return make(d + 1, NumberKind::kCode);
  if (shape == DigitShape::kDotted) {
    int parts = 1;
    for (char c : s) parts += (c == '.' || c == ',');
    return make(d + 1, parts == 3 && s.size() >= 8 && s.size() <= 10 ? NumberKind::kDate
                                                                       : NumberKind::kCode);
  }
  if (shape == DigitShape::kBad) return make(d + 1, NumberKind::kCode);
  // Times: «14:02», «12:40 ص».
  if (IsPunct(d + 1, ":") && Glued(d + 1) && IsDigits(d + 2) && Glued(d + 2) && plain &&
      s.size() <= 2) {
    uint32_t k = d + 3;
    if (IsPunct(k, ":") && IsDigits(k + 1) && Glued(k + 1)) k += 2;
    if (Is(k, "ص") || Is(k, "م") || Is(k, "صباحا") || Is(k, "مساء") || Is(k, "ظهرا")) ++k;
    return make(k, NumberKind::kTime);
  }
  // Dates «01-11-2017», «5/17/2018», «2019-02-27».
  if (plain && (IsPunct(d + 1, "-") || IsPunct(d + 1, "/")) && Glued(d + 1) &&
      IsDigits(d + 2) && Glued(d + 2) && Text(d + 1) == Text(d + 3) && IsDigits(d + 4) &&
      Glued(d + 3) && Glued(d + 4)) {
    return make(d + 5, NumberKind::kDate);
  }
  // «9 شباط», «27 فبراير 2019»
  if (plain && s.size() <= 2 && v >= 1 && v <= 31 && InPlain(kMonths, d + 1)) {
    uint32_t k = d + 2;
    if (IsDigits(k) && Text(k).size() == 4) ++k;
    return make(k, NumberKind::kDate);
  }
  if (plain && i > 0 && (Is(i - 1, "الساعه") || Is(i - 1, "ساعه"))) {
    return make(d + 1, NumberKind::kTime);
  }
  if (plain && IsYear(d, v, counting)) {
    // «2017-2018» is one span of years.
    if (IsPunct(d + 1, "-") && IsDigits(d + 2) && Text(d + 2).size() == 4) {
      return make(d + 3, NumberKind::kYear);
    }
    return make(d + 1, NumberKind::kYear);
  }
  return 0;
}

// «تقريبا», «على الأقل», «أو أكثر», «فأكثر», «أو أقل» after the figure (directly or after its
// noun: «10 أشخاص على الأقل», with its adjectives or a comma: «ثماني غارات جوية على الأقل»,
// «اثنان من المقاتلين الروس، على الأقل»). Returns the token after what it consumed.
uint32_t Scanner::ApplyPostCues(uint32_t k, NumberMention* m) {
  if (m->kind != NumberKind::kCardinal && m->kind != NumberKind::kPercent &&
      m->kind != NumberKind::kDual) {
    return k;
  }
  for (uint32_t at = k; at <= k + 4 && at < n_; ++at) {
    uint32_t end = 0;
    if (Is(at, "تقريبا")) {
      m->approx = true;
      end = at + 1;
    } else if (m->bound == Bound::kExact &&
               ((Is(at, "علي") && Is(at + 1, "الاقل")) || (Is(at, "او") && Is(at + 1, "اكثر")) ||
                ((Is(at, "وما") || Is(at, "فما")) && Is(at + 1, "فوق")))) {
      m->max.reset(), m->value.reset(), m->bound = Bound::kLower;
      end = at + 2;
    } else if (m->bound == Bound::kExact && (Is(at, "فاكثر") || Is(at, "واكثر")) &&
               !(at + 1 < n_ && Is(at + 1, "من"))) {  // «18 قتيلا وأكثر من 70 جريحا»: the next figure's
      m->max.reset(), m->value.reset(), m->bound = Bound::kLower;
      end = at + 1;
    } else if (m->bound == Bound::kExact && ((Is(at, "او") && Is(at + 1, "اقل")) ||
                                             Is(at, "فاقل"))) {
      m->min.reset(), m->value.reset(), m->bound = Bound::kUpper;
      end = Is(at, "فاقل") ? at + 1 : at + 2;
    }
    if (end) {
      if (at == k) {
        m->last_token = end;
        m->end = tok_[end - 1].end;
      }
      return end;
    }
    // Only the noun, «من» and adjectives stand between the figure and the cue (a comma just
    // before it); a conjunction or another preposition starts something else.
    const bool comma = IsPunct(at, ",") && at + 2 < n_ && Is(at + 1, "علي") && Is(at + 2, "الاقل");
    if (comma) continue;
    if (!IsWord(at) || (at > k && Text(at).substr(0, 2) == "و") ||
        (at > k && (Is(at, "في") || Is(at, "علي") || Is(at, "الي") || Is(at, "عن") || Is(at, "منذ")))) {
      break;
    }
  }
  return k;
}

// The noun after a figure: a duration, age, money, length or weight makes it a measure.
// Returns the token after the noun so that «30 ثانية» does not scan «ثانية» as an ordinal.
uint32_t Scanner::ApplyMeasure(uint32_t k, NumberMention* m) {
  if (m->kind == NumberKind::kPercent || m->kind == NumberKind::kOrdinal) return k;
  // «و60% عام 2014», «100 العام الماضي»: a year cue, not «100 years».
  if (IsDigits(k + 1) && Text(k + 1).size() == 4) return k;
  Cut cut;
  uint32_t at = k;
  const MeasureWord* w = Lookup(kMeasureWords, at, &cut);
  if (!w && Is(at, "من")) w = Lookup(kMeasureWords, ++at, &cut);  // «عشرات الآلاف من الدولارات»
  if (InPlain(kMonths, k) && (m->kind == NumberKind::kCardinal) && m->bound == Bound::kRange) {
    m->kind = NumberKind::kDate;  // «بين 4 و19 أيار/مايو»
    return k;
  }
  if ((!w || cut.conj) && m->first_token > 0 && Is(m->first_token - 1, "العمر")) {
    m->measure = Measure::kAge;  // «البالغة من العمر 61»
    return k;
  }
  if (!w || cut.conj) return k;
  m->measure = w->measure;
  if (m->measure == Measure::kDuration) {
    // Ages: «(30 عاما)», «عمره 25 عاما», «البالغ من العمر 40 عاما», «بعمر 12 سنة»
    const uint32_t f = m->first_token;
    bool age = f > 0 && IsPunct(f - 1, "(") && IsPunct(at + 1, ")");
    for (uint32_t b = f >= 3 ? f - 3 : 0; b < f; ++b) {
      if (!IsWord(b)) continue;
      const string_view x = Bare(b);
      age |= x == "العمر" || x == "عمر" || x == "عمره" || x == "عمرها" || x == "عمرهم" ||
             x == "بعمر" || x == "سن" || x == "السن" || x == "بسن" || x == "عمرهما" ||
             x == "اعمار" || x == "اعمارهم";
    }
    if (age) m->measure = Measure::kAge;
  }
  return at + 1;
}

// ---- cues

uint32_t Scanner::TryCue(uint32_t i) {
  if (!IsWord(i)) return 0;
  Cut first_cut;
  if (!Lookup(kCueHeads, i, &first_cut)) return 0;
  Cut cuts[5];
  const int ncuts = MakeCuts(Text(i), cuts);
  for (const Cue& cue : kCues) {
    // The first word may carry و ف ب ل: «وبنحو», «لأكثر من», «بحوالي».
    bool hit = false;
    for (int c = 0; c < ncuts && !hit; ++c) {
      if (!cuts[c].al && Text(i).substr(cuts[c].at) == cue.words[0]) {
        hit = true, first_cut = cuts[c];
      }
    }
    if (!hit) continue;
    uint32_t k = i + 1;
    for (size_t w = 1; w < cue.words.size() && !cue.words[w].empty(); ++w, ++k) {
      if (!Is(k, cue.words[w])) hit = false;
    }
    if (!hit) continue;
    if (cue.kind == CueKind::kEstimate) return TryEstimate(k);
    if (cue.kind == CueKind::kApprox && Is(k, "من")) ++k;  // «ما يقارب من 100»
    if (Is(k, "ال") && IsDigits(k + 1)) ++k;                   // «زهاء الـ100 شخص»
    if (cue.kind == CueKind::kApprox) {
      // «ما يقارب العامين», «نحو شهرين»: an approximate dual.
      const size_t before = out_->size();
      if (const uint32_t e = TryDual(k); e && out_->size() > before) {
        NumberMention& d = out_->back();
        const NumberMention head = Make(i, first_cut.skip, d.last_token);
        d.begin = head.begin, d.first_token = i, d.approx = true;
        return e;
      }
    }
    Num lo, hi;
    if (!ParseQuantity(k, &lo, &hi) || lo.fraction) {
      if (lo.fraction && cue.kind != CueKind::kFrom && cue.kind != CueKind::kRange &&
          cue.kind != CueKind::kPercent) {
        // «أكثر من نصف بلدة الباغوز»: a share, not a count.
        NumberMention m = Make(i, first_cut.skip, lo.last);
        m.kind = NumberKind::kFraction;
        m.real = lo.value;
        m.approx = cue.kind == CueKind::kApprox;
        return Push(m, lo.last);
      }
      continue;
    }
    if (lo.bare_digits && !lo.percent && !hi.last && TryDigitShapes(k, /*counting=*/true)) {
      // «أكثر من 14:00», «من 27 فبراير»: the time or date was pushed as such.
      return out_->back().last_token;
    }
    // «بين N و M», «ما بين N إلى M»
    if (cue.kind == CueKind::kRange && !hi.last) {
      uint32_t c = lo.last;
      if (Is(c, "و") || Is(c, "الي")) ++c;
      Num m2;
      if (c < n_ && ParseNumber(c, &m2) && !m2.fraction && m2.value > lo.value &&
          (c > lo.last || m2.skip > 0)) {
        uint32_t end;
        if (ParsePercent(m2.last, &end)) m2.percent = true, m2.last = end;
        hi = m2;
      }
      if (!hi.last) {
        // «بين 150 مقاتلا»: no range, the figure alone.
        return 0;
      }
    }
    if (cue.kind == CueKind::kFrom && !hi.last) return 0;
    if (cue.kind == CueKind::kFrom && !(Is(lo.last, "الي") || Is(lo.last, "حتي"))) return 0;
    NumberMention m = Make(i, first_cut.skip, hi.last ? hi.last : lo.last);
    m.words = lo.words || hi.words;
    if (hi.last) {
      ShareScale(&lo, hi);
      SetRange(&m, lo, hi);
      if (YearLike(lo) && YearLike(hi)) m.kind = NumberKind::kYear;  // «بين 2011 و2014»
    } else {
      SetExact(&m, lo.value);
      if (lo.percent) m.kind = NumberKind::kPercent;
    }
    const int64_t v = m.value.value_or(0);
    switch (cue.kind) {
      case CueKind::kApprox: m.approx = true; break;
      case CueKind::kLowerExcl:
        if (!hi.last) m.min = v + 1, m.max.reset(), m.value.reset(), m.bound = Bound::kLower;
        break;
      case CueKind::kLowerIncl:
        if (!hi.last) m.max.reset(), m.value.reset(), m.bound = Bound::kLower;
        break;
      case CueKind::kUpperExcl:
        if (!hi.last) m.max = v - 1, m.min.reset(), m.value.reset(), m.bound = Bound::kUpper;
        break;
      case CueKind::kUpperIncl:
        if (!hi.last) m.min.reset(), m.value.reset(), m.bound = Bound::kUpper;
        break;
      case CueKind::kPercent: m.kind = NumberKind::kPercent; break;
      default: break;
    }
    uint32_t resume = ApplyPostCues(m.last_token, &m);
    resume = std::max(resume, ApplyMeasure(m.last_token, &m));
    return Push(m, resume);
  }
  return 0;
}

// «يقدر بـ 500», «يقدر عددهم بنحو 500», «تقدر بحوالي ألف», «يقدر بألف». The span starts at
// the figure (or at «نحو»), and the figure is approximate. REQUIRES: k follows the verb.
uint32_t Scanner::TryEstimate(uint32_t k) {
  if (IsWord(k) && Text(k).substr(0, 3 * kL) == "عدد") ++k;  // «يقدر عددهم بـ»
  if (Is(k, "ب")) {
    ++k;
  } else if (IsWord(k) && LetterAt(Text(k), 0, "ب")) {
    const size_t before = out_->size();
    if (const uint32_t e = TryCue(k); e && out_->size() > before) return e;  // «بنحو»
  } else {
    return 0;
  }
  Num lo, hi;
  if (k >= n_ || !ParseQuantity(k, &lo, &hi) || lo.fraction) return 0;
  NumberMention m = Make(k, lo.skip, hi.last ? hi.last : lo.last);
  m.words = lo.words || hi.words;
  if (hi.last) {
    ShareScale(&lo, hi);
    SetRange(&m, lo, hi);
  } else {
    SetExact(&m, lo.value);
    if (lo.percent) m.kind = NumberKind::kPercent;
  }
  m.approx = true;
  uint32_t resume = ApplyPostCues(m.last_token, &m);
  resume = std::max(resume, ApplyMeasure(m.last_token, &m));
  return Push(m, resume);
}

// ---- vague quantities

// «عشرات», «مئات الآلاف», «آلاف», «عدة», «بضعة آلاف», «بضع عشرات».
uint32_t Scanner::TryVague(uint32_t i) {
  Cut cut;
  const VagueWord* v = Lookup(kVagueWords, i, &cut);
  if (!v) return 0;
  if (v->unit == 1) {
    // «عدة» / «بضعة» count the noun after them. «بعده» is «after it», not ب + عدة.
    if (!IsWord(i + 1) && !IsDigits(i + 1)) return 0;
    if (v->text == "عده" && cut.prep && LetterAt(Text(i), cut.conj ? kL : 0, "ب")) return 0;
  }
  int64_t lo = v->lo, hi = v->hi;
  uint32_t last = i + 1;
  Cut c2;
  // «عشرات الآلاف» = [20, 99] x 1000; «بضعة آلاف» = [3, 9] x 1000 -> [3000, 9999].
  if (const VagueWord* s = Lookup(kVagueWords, i + 1, &c2);
      s && s->unit > v->unit && !c2.conj && !c2.prep) {
    lo = v->lo * s->unit;
    hi = v->hi < 0 ? -1 : (v->hi + 1) * s->unit - 1;
    last = i + 2;
  } else if (const NumWord* w = Lookup(kNumWords, i + 1, &c2);
             w && v->unit == 1 && (w->cls == Cls::kScale) && w->mult == 1 && !c2.conj) {
    lo = v->lo * static_cast<int64_t>(w->value);  // «عدة مليون» (rare, singular scale)
    hi = (v->hi + 1) * static_cast<int64_t>(w->value) - 1;
    last = i + 2;
  }
  NumberMention m = Make(i, cut.skip, last);
  m.kind = NumberKind::kVague;
  m.bound = Bound::kVague;
  m.words = true;
  m.min = lo;
  if (hi >= 0) m.max = hi;
  const uint32_t resume = ApplyMeasure(last, &m);
  return Push(m, resume);
}

// «عدد من» (2–null), «عدد كبير», «العدد الكبير», «عدد غير محدد», «عدد غير معلوم» (null–null),
// «العديد من» (3–null). «أن عدد من سلم نفسه» is «the number of those who», not «several».
uint32_t Scanner::TryVagueCount(uint32_t i) {
  if (!IsWord(i)) return 0;
  Cut cuts[5];
  const string_view w = Text(i);
  const int nc = MakeCuts(w, cuts);
  string_view core;
  Cut cut;
  for (int c = 0; c < nc && core.empty(); ++c) {
    const string_view x = w.substr(cuts[c].at);
    if (x == "عدد" || x == "عددا" || x == "اعداد" || x == "عديد") core = x, cut = cuts[c];
  }
  if (core.empty()) return 0;
  std::optional<int64_t> lo;
  uint32_t last = 0;
  if (core == "عديد") {
    if (!cut.al || !(Is(i + 1, "من") || Is(i + 1, "منهم") || Is(i + 1, "منها"))) return 0;
    lo = 3, last = i + 2;
  } else if (!cut.al && (Is(i + 1, "من") || Is(i + 1, "ممن") || Is(i + 1, "منهم") ||
                         Is(i + 1, "منها") || Is(i + 1, "منهن"))) {
    if (core == "عدد" && !cut.conj && !cut.prep && i > 0 &&
        (Bare(i - 1) == "ان" || Bare(i - 1) == "لان" || Bare(i - 1) == "بان")) {
      return 0;  // «أن عدد من سلم نفسه … يقدر بنحو ألف»
    }
    lo = 2, last = i + 2;
  } else {
    const string_view a = IsWord(i + 1) ? Text(i + 1) : string_view();
    const bool big = a == "كبير" || a == "كبيرا" || a == "كبيره" || a == "الكبير" ||
                     a == "قليل" || a == "قليلا" || a == "قليله" || a == "محدود" ||
                     a == "محدودا" || a == "ضخم" || a == "هائل";
    if (big) {
      if (cut.al != LetterAt(a, 0, "ا")) return 0;  // «العدد الكبير», «عدد كبير»
      last = i + 2;
    } else if (a == "غير" && IsWord(i + 2)) {
      const string_view b = Text(i + 2);
      if (b == "محدد" || b == "محددا" || b == "معلوم" || b == "معلوما" || b == "معروف" ||
          b == "معروفا" || b == "مؤكد" || b == "معلن" || b == "قليل" || b == "مسبوق") {
        last = i + 3;
      }
    }
    if (!last) return 0;
  }
  NumberMention m = Make(i, cut.skip, last);
  m.kind = NumberKind::kVague;
  m.bound = Bound::kVague;
  m.words = true;
  m.min = lo;
  const uint32_t resume = ApplyMeasure(last, &m);
  return Push(m, resume);
}

// ---- ordinals

// «الأول», «الثالثة», «الحادي عشر», «الخامس والعشرين», «الواحد والعشرون», «العشرون», «الـ15».
uint32_t Scanner::TryOrdinal(uint32_t i) {
  if (Is(i, "ال") && IsDigits(i + 1)) {
    double v;
    if (ParseDigits(Text(i + 1), &v) != DigitShape::kNumber) return 0;
    NumberMention m = Make(i, 0, i + 2);
    m.kind = NumberKind::kOrdinal;
    SetExact(&m, v);
    return Push(m, i + 2);
  }
  Cut cut;
  const NumWord* w = Lookup(kNumWords, i, &cut);
  if (!w) return 0;
  double v = w->value;
  const bool ordinal_word = w->cls == Cls::kOrdinal;
  const bool definite = cut.al;
  if (!ordinal_word && !definite) return 0;
  if (!ordinal_word && w->cls != Cls::kUnit && w->cls != Cls::kTens &&
      w->cls != Cls::kTeenHead) {
    return 0;
  }
  uint32_t last = i + 1;
  Cut c2;
  const NumWord* nx = Lookup(kNumWords, i + 1, &c2);
  const bool unit_like = ordinal_word || w->cls == Cls::kUnit || w->cls == Cls::kTeenHead;
  if (nx && nx->cls == Cls::kTen && !c2.conj && !c2.al && unit_like && v < 10) {
    // «الحادي عشر», «الثالثة عشرة», «الأحد عشر»; but «الدول الخمس عشرة» is a definite
    // cardinal: ordinal teens use the ordinal form of the unit.
    if (w->cls == Cls::kUnit) return 0;
    v += 10, last = i + 2;
  } else if (unit_like && v < 10) {
    // «الخامس والعشرين», «الواحد والعشرون», «الخامسة و عشرون»
    uint32_t c = i + 1;
    if (IsStandaloneWaw(c)) ++c;
    const NumWord* t = Lookup(kNumWords, c, &c2);
    if (t && t->cls == Cls::kTens && (c2.conj || c > i + 1) && !c2.prep) {
      v += t->value, last = c + 1;
    }
  }
  if (last == i + 1) {
    // Alone: ordinal words and definite tens («العشرون»); «الثلاثة» is a definite cardinal,
    // «الحادي» needs its «عشر».
    if (!ordinal_word && w->cls != Cls::kTens) return 0;
    if (w->text == "حادي" || w->text == "حاديه") return 0;
    if (w->cls == Cls::kTens && nx && (nx->cls == Cls::kScale || nx->cls == Cls::kScalePl)) {
      return 0;  // «العشرين ألفا» is a cardinal
    }
  }
  NumberMention m = Make(i, cut.skip, last);
  m.kind = NumberKind::kOrdinal;
  m.words = true;
  SetExact(&m, v);
  if (i > 0 && (Is(i - 1, "الساعه") || Is(i - 1, "ساعه"))) {
    m.kind = NumberKind::kTime;  // «الساعة الثالثة»
    m.value = m.min = m.max = std::nullopt;
  }
  return Push(m, last);
}

// ---- duals

// «حيين», «قريتين», «شهرين», «اليومين», «قريتان», construct «قريتي المراشدة»; «كتيبتي "صقور"».
// Only nouns of the stem lists: «مدنيين» and «مقاتلين» are plurals.
uint32_t Scanner::TryDual(uint32_t i) {
  if (!IsWord(i) || tok_[i].kind != TokenKind::kWord) return 0;
  Cut cuts[5];
  const string_view w = Text(i);
  const int nc = MakeCuts(w, cuts);
  for (int c = 0; c < nc; ++c) {
    const string_view x = w.substr(cuts[c].at);
    if (x.size() < 4 * kL) continue;
    const string_view end = x.substr(x.size() - 2 * kL);
    const bool nun = end == "ين" || end == "ان";
    const bool construct = end.substr(kL) == "ي" && LetterAt(x, x.size() - 2 * kL, "ت");
    if (!nun && !construct) continue;
    const string_view stem = x.substr(0, x.size() - 2 * kL);
    const DualStem* d = nullptr;
    if (nun && !construct) d = Find(kDualMasc, stem);
    if (!d && LetterAt(x, x.size() - 3 * kL, "ت") && nun) {
      // feminine: «قريتين» -> «قريه»
      char buf[64];
      const string_view base = x.substr(0, x.size() - 3 * kL);
      if (base.size() + kL <= sizeof(buf)) {
        std::copy(base.begin(), base.end(), buf);
        std::copy_n("ه", kL, buf + base.size());
        d = Find(kDualFem, string_view(buf, base.size() + kL));
      }
    }
    if (!d && construct) {
      char buf[64];
      const string_view base = x.substr(0, x.size() - 2 * kL);
      if (base.size() + kL <= sizeof(buf)) {
        std::copy(base.begin(), base.end(), buf);
        std::copy_n("ه", kL, buf + base.size());
        d = Find(kDualFem, string_view(buf, base.size() + kL));
      }
      // «ساعتي» is «my watch» more often than «two hours of»; and a construct needs a noun
      // (or a quoted name) after it.
      if (d && (d->time || !(IsWord(i + 1) || IsPunct(i + 1, "\"")))) d = nullptr;
    }
    if (!d || x == "حيان") continue;  // «حيان» is a name
    uint32_t last = i + 1;
    if (Is(last, "اثنين") || Is(last, "اثنتين") || Is(last, "اثنان") || Is(last, "اثنتان")) {
      ++last;  // «قريتين اثنتين»
    }
    NumberMention m = Make(i, cuts[c].skip, last);
    m.kind = NumberKind::kDual;
    m.words = true;
    SetExact(&m, 2);
    if (d->time) m.measure = Measure::kDuration;
    return Push(m, std::max(last, ApplyPostCues(last, &m)));  // «لمدة شهرين تقريبا»
  }
  return 0;
}

}  // namespace

void ScanNumbers(const NormalizedText& norm, const std::vector<Token>& tokens,
                 std::vector<NumberMention>* out) {
  out->clear();
  Scanner(norm, tokens, out).Run();
}

std::string_view NumberKindName(NumberKind k) {
  switch (k) {
    case NumberKind::kCardinal: return "cardinal";
    case NumberKind::kDual: return "dual";
    case NumberKind::kVague: return "vague";
    case NumberKind::kOrdinal: return "ordinal";
    case NumberKind::kPercent: return "percent";
    case NumberKind::kFraction: return "fraction";
    case NumberKind::kYear: return "year";
    case NumberKind::kDate: return "date";
    case NumberKind::kTime: return "time";
    case NumberKind::kPhone: return "phone";
    case NumberKind::kCode: return "code";
  }
  return "?";
}

std::string_view BoundName(Bound b) {
  switch (b) {
    case Bound::kExact: return "exact";
    case Bound::kLower: return "lower";
    case Bound::kUpper: return "upper";
    case Bound::kRange: return "range";
    case Bound::kVague: return "vague";
  }
  return "?";
}

std::string_view MeasureName(Measure m) {
  switch (m) {
    case Measure::kNone: return "none";
    case Measure::kDuration: return "duration";
    case Measure::kAge: return "age";
    case Measure::kMoney: return "money";
    case Measure::kLength: return "length";
    case Measure::kWeight: return "weight";
  }
  return "?";
}

}  // namespace isnad
