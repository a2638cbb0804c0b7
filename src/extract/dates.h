// Dates and times in Arabic news, resolved against the publication date.
//
// ScanDates() walks the tokens of one document once and reports every date, time-of-day and
// duration expression as a DateMention: its byte span in the ORIGINAL text, the calendar
// interval it denotes (inclusive days), and how that interval was obtained. It understands
//
//   absolute dates   «27.02.2019» «01-11-2017» «2019-02-27T14:02:00+02:00» «27 شباط 2019»
//                    «27 فبراير/ شباط 2019» «5 يناير (كانون الثاني) 2014» «التاسع من شهر شباط»
//                    «الأربعاء، 01-11-2017 12:40 ص» «تاريخ النشر: 27.02.2019 | 14:02 دمشق»
//   Hijri dates      «15 رمضان 1440 هـ» «26/9/1439هـ» «عام 1428هـ» (tabular calendar, ±1 day)
//   months, years    «شباط 2019» «يوليو/ تموز 2016» «عام 2014» «نهاية العام 2016»
//   relative dates   «أمس الثلاثاء» «صباح أمس الإثنين» «مساء اليوم» «يوم الإثنين الفائت»
//                    «السبت الماضي» «الخميس المقبل» «خلال اليومين الماضيين» «منذ يومين»
//                    «قبل شهرين» «الشهر الجاري» «مطلع هذا الأسبوع» «العام الماضي»
//                    «التاسع من شهر شباط الجاري» «ديسمبر/كانون الأول الماضي»
//   vague past       «منذ أشهر» «قبل أيام» «الأيام الماضية»: vague=true, `until` = reference
//   durations        «لأسابيع» «منذ 6 سنوات» «لمدة 30 يوما» «خلال 3 أيام»: kind kDuration,
//                    never a calendar interval.
//
// Words are matched in kMatch spelling (see normalize/normalizer.h): «الإثنين» is looked up as
// «الاثنين», «الجمعة» as «الجمعه»; the proclitics و ف ب ل ك and the article are peeled off
// («بالأمس» -> ب + ال + امس, «لعام» -> ل + عام). The rules (week starts on Sunday, bare
// weekdays look backwards, ...) are explained with examples in docs/dates.md.
//
// Never a guess dressed as a fact: an expression that needs the publication date and has none
// comes back with relative=true, resolved=false and start/until unset.
//
// Thread-safety: all functions may be called from any thread; the tables are immutable statics
// and ScanDates keeps one scratch vector per thread (one word class per token, reused). The string_views in a
// DateMention view the `original` text passed to ScanDates and live as long as it does.
#ifndef ISNAD_EXTRACT_DATES_H_
#define ISNAD_EXTRACT_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"

namespace isnad {

// A proleptic Gregorian calendar day. 0 = unknown part: {2019, 2, 0} is "February 2019".
struct CivilDate {
  int16_t year = 0;
  int8_t month = 0;
  int8_t day = 0;

  bool operator==(const CivilDate&) const = default;
  bool complete() const { return year != 0 && month != 0 && day != 0; }
};

enum class DateKind : uint8_t {
  kDate,      // a calendar day or interval («أمس», «شباط 2019»)
  kTime,      // only a time of day («الساعة 17:00 بتوقيت غرينتش»), day unknown
  kDuration,  // a length of time, not a point («لأسابيع», «منذ 6 سنوات»)
};

enum class DateGranularity : uint8_t {
  kNone,
  kDay,
  kWeek,   // a Sunday..Saturday week
  kMonth,
  kYear,
  kSpan,   // any other interval: «خلال اليومين الماضيين», «أواخر الشهر الماضي», «13-15 تموز»
};

enum class DurationUnit : uint8_t { kNone, kHour, kDay, kWeek, kMonth, kYear };

struct DateMention {
  uint32_t begin = 0;        // ORIGINAL document bytes [begin, end) (from Token::begin/end)
  uint32_t end = 0;
  uint32_t first_token = 0;  // tokens [first_token, last_token), as in Sentence
  uint32_t last_token = 0;

  // The interval denoted, inclusive days; nullopt = unknown. (`until` rather than `end`,
  // which names the byte offset above.)
  std::optional<CivilDate> start;
  std::optional<CivilDate> until;

  DateKind kind = DateKind::kDate;
  DateGranularity granularity = DateGranularity::kNone;
  bool relative = false;          // needed the reference date («أمس», «قبل شهرين», «27 شباط»)
  bool resolved = false;          // start/until were computed (false: relative with no reference)
  bool vague = false;             // «منذ أشهر», «الأيام الماضية»: only `until` is known
  bool hijri = false;             // stated in the Hijri calendar and converted
  bool weekday_conflict = false;  // stated weekday disagreed with the date («أمس الخميس» on a
                                  // Saturday); relative dates then follow the weekday
  int8_t weekday = -1;            // stated weekday, 0 = Sunday (الأحد) .. 6 = Saturday (السبت)
  CivilDate stated;               // the parts written literally («27 شباط» -> {0, 2, 27});
                                  // Hijri parts for Hijri dates

  std::optional<int> hour;        // time of day when stated («14:02», «12:40 ص» -> 0:40)
  std::optional<int> minute;
  std::string_view zone;          // zone word as written («دمشق», "GMT", «غرينتش»), ORIGINAL text

  // kDuration only: «لمدة 30 يوما» -> 30 kDay; 0 = unstated («لأسابيع»).
  int duration_amount = 0;
  DurationUnit duration_unit = DurationUnit::kNone;
};

// Scans `tokens` (from Tokenize over `norm`, which normalizes `original` at kMatch) and writes
// the mentions, in text order and without overlaps, to `out` (cleared first; capacity kept).
// `reference` is the publication date (or --reference-date); nullopt when unknown.
// REQUIRES: norm.origin maps into `original`; tokens came from Tokenize(norm).
void ScanDates(std::string_view original, const NormalizedText& norm,
               const std::vector<Token>& tokens, std::optional<CivilDate> reference,
               std::vector<DateMention>* out);

// "2019-02-27", "2019-02", "2019"; "" for a date with no year.
std::string FormatIsoDate(const CivilDate& date);

// A timestamp as found in HTML meta tags, JSON-LD and feeds.
struct IsoDateTime {
  CivilDate date;
  std::optional<int> hour, minute, second;
  std::optional<int> utc_offset_minutes;  // "+02:00" -> 120, "Z" -> 0
};

// "2019-02-27", "2019-02-27T14:02:00+02:00", "2019-02-27 14:02:00Z", "2019-02-27T14:02:00.000Z".
// Leading/trailing spaces are ignored; anything else after the timestamp fails.
std::optional<IsoDateTime> ParseIsoDateTime(std::string_view text);

// RFC 822 / 2822 as in RSS <pubDate>: "Sun, 18 Feb 2018 20:50:44 GMT", "... +0400".
std::optional<IsoDateTime> ParseRfc822DateTime(std::string_view text);

// --- calendar arithmetic (pure, exposed for tests and for the story timeline) ---------------

// Days since 1970-01-01 (negative before). REQUIRES: date.complete().
int32_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int32_t days);
int DaysInMonth(int year, int month);
// 0 = Sunday .. 6 = Saturday. REQUIRES: date.complete().
int WeekdayOf(const CivilDate& date);

// The tabular ("civil", arithmetical) Islamic calendar: 30-year cycle with leap years
// 2 5 7 10 13 16 18 21 24 26 29, epoch Friday 16 July 622 (Julian). It differs from the
// observed / Umm al-Qura calendar by up to ±1 day (occasionally 2): see docs/dates.md.
struct HijriDate {
  int year = 0;
  int month = 0;
  int day = 0;
};
CivilDate HijriToCivil(const HijriDate& h);
HijriDate CivilToHijri(const CivilDate& date);
int HijriMonthLength(int year, int month);

}  // namespace isnad

#endif  // ISNAD_EXTRACT_DATES_H_
