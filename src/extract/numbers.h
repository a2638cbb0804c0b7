// Number and quantity mentions in Arabic news: digits (Western or Arabic-Indic, «3,800»,
// «٣٨٠٠», «3.5»), number words in any gender and case («سبعين», «أربعمئة», «ثلاثة آلاف
// وثمانمئة», «مليون ونصف»), mixed forms («40 ألف», «1.5 مليون»), duals of counted nouns
// («حيين», «قريتين»), ordinals, percents, and the vague quantities, approximators, bounds and
// ranges of docs/SPEC `count`:
//
//   «نحو سبعين عنصرا»        -> value 70, min 70, max 70, approx
//   «أكثر من 200 عنصر»       -> value null, min 201, max null          (Bound::kLower)
//   «ما لا يقل عن 30»        -> min 30, max null
//   «أقل من ألف»             -> min null, max 999                      (Bound::kUpper)
//   «بين 20 و30» «150-200»   -> min 20, max 30                         (Bound::kRange)
//   «عشرات» 20–99, «مئات» 200–999, «آلاف» 2000–9999, «عشرات الآلاف» 20000–99999,
//   «مئات الآلاف» 200000–999999, «عدة»/«بضعة»/«بضع» 3–9, «عدد من» 2–null,
//   «عدد كبير» / «عدد غير محدد» / «عدد غير معلوم» -> min null, max null  (NumberKind::kVague)
//
// Figures that are not counts are still reported, tagged so that later stages skip them:
// years («عام 2014»), dates («27.02.2019», «9 شباط»), times («14:02»), phone numbers, and
// durations, ages, money, lengths and weights through `measure` («منذ 6 سنوات»). Use
// NumberMention::counts() to keep only the figures that can count people or things.
// The rules, their limits and the gold set are described in docs/numbers.md.
//
// Contract: ScanNumbers reads kMatch-normalized text and its tokens (tokenize/tokenizer.h)
// in one left-to-right pass; mentions never overlap and come out in text order. Offsets are
// byte offsets into the ORIGINAL document; the scanner holds no pointers into its inputs, so
// mentions stay valid after the buffers are gone. Lexicons are static sorted tables; nothing
// is allocated per token. Thread-safety: a free function with no shared mutable state.
#ifndef ISNAD_EXTRACT_NUMBERS_H_
#define ISNAD_EXTRACT_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"

namespace isnad {

enum class NumberKind : uint8_t {
  kCardinal,  // «150», «سبعين», «ثلاثة آلاف وثمانمئة», «40 ألف», «أكثر من 200», «بين 20 و30»
  kDual,      // a dual noun that counts two: «حيين», «قريتين», «شهرين» (value 2)
  kVague,     // «عشرات», «مئات الآلاف», «عدة», «عدد من», «عدد كبير» (value null)
  kOrdinal,   // «الأول», «الثالثة», «الخامس عشر», «الخامس والعشرين», «الـ15»
  kPercent,   // «30%», «٪٣٠», «عشرين في المئة», «بنسبة 5»; value is the percentage
  kFraction,  // «نصف», «ثلث», «ربع» standing alone: «أكثر من نصف بلدة الباغوز» (value null)
  kYear,      // «عام 2014», «2017», «2017-2018», «1440 هـ»
  kDate,      // «27.02.2019», «01-11-2017», «5/17/2018», «9 شباط», «27 فبراير 2019»
  kTime,      // «14:02», «12:40 ص», «الساعة 10 صباحا», «الساعة الثالثة»
  kPhone,     // «+1-222-2222», «0501234567», digits after «هاتف»
  kCode,      // other digit strings that are no quantity: «192.168.1.2»
};

// How `min`/`max` were stated.
enum class Bound : uint8_t {
  kExact,  // min = max = value: «150», «نحو 150» (approx)
  kLower,  // «أكثر من N» (min N+1), «على الأقل N» / «ما لا يقل عن N» / «N أو أكثر» (min N)
  kUpper,  // «أقل من N» (max N−1), «لا يزيد عن N» / «ما يصل إلى N» (max N)
  kRange,  // «بين N و M», «ما بين N إلى M», «من N إلى M», «N-M», «N أو M»
  kVague,  // a vague quantity: its range comes from the SPEC table
};

// What the noun after the figure measures, when it is not a count of people or things.
enum class Measure : uint8_t {
  kNone,      // «150 مقاتلا», «عشرات العناصر»: a count
  kDuration,  // «منذ 6 سنوات», «خلال اليومين الماضيين», «عشر دقائق»
  kAge,       // «(30 عاما)», «عمره 25 عاما», «البالغ من العمر 40 عاما»
  kMoney,     // «1000 دولار», «ملايين الليرات»
  kLength,    // «لآلاف الكيلومترات», «20 كلم», «500 متر», «10 دونمات» (area too)
  kWeight,    // «عدة أطنان», «5 كيلوغرامات»
};

struct NumberMention {
  uint32_t begin = 0;  // ORIGINAL document bytes [begin, end); a leading و ف ب ل ك is left
  uint32_t end = 0;    // out («وثلاثة» -> «ثلاثة»), the article ال stays («الألف»)
  uint32_t first_token = 0;  // tokens [first_token, last_token)
  uint32_t last_token = 0;
  std::optional<int64_t> value;  // exact or approximate figure; null for vague, bounds, ranges
  std::optional<int64_t> min;    // SPEC range; null = unbounded or unknown
  std::optional<int64_t> max;
  double real = 0;  // the figure as written, fractions kept: 3.5 for «3.5», 0.5 for «نصف»,
                    // N for «أكثر من N», the lower figure of a range; 0 when there is none
  bool approx = false;  // نحو، حوالي، قرابة، زهاء، ما يقارب، يقدر بـ، يناهز، تقريبا
  bool words = false;   // spelled (at least partly) in words: «سبعين», «40 ألف»
  NumberKind kind = NumberKind::kCardinal;
  Bound bound = Bound::kExact;
  Measure measure = Measure::kNone;

  // True when the mention can count people or things: a cardinal, dual or vague quantity
  // with no measure noun (duration, age, money, length, weight) after it.
  bool counts() const {
    return (kind == NumberKind::kCardinal || kind == NumberKind::kDual ||
            kind == NumberKind::kVague) &&
           measure == Measure::kNone;
  }
};

// Appends the number mentions of one document to `out` (cleared first; capacity kept).
// REQUIRES: `norm` is kMatch- (or kSearch-) normalized and `tokens` came from Tokenize(norm).
void ScanNumbers(const NormalizedText& norm, const std::vector<Token>& tokens,
                 std::vector<NumberMention>* out);

// Lower-case names used by `isnad spans --kind numbers`, the gold file and docs/numbers.md:
// "cardinal", "dual", "vague", ... / "exact", "lower", ... / "none", "duration", ...
std::string_view NumberKindName(NumberKind k);
std::string_view BoundName(Bound b);
std::string_view MeasureName(Measure m);

}  // namespace isnad

#endif  // ISNAD_EXTRACT_NUMBERS_H_
