// Date scanner: a table-driven lexicon over kMatch-normalized words and a small recursive
// grammar over tokens. See dates.h for the contract and docs/dates.md for the rules.
//
// How one position is read (ScanDates -> Scanner::TryAt):
//   1. durations first («لأسابيع», «لمدة 30 يوما», «خلال 3 أيام»): they must never become dates;
//   2. a clock that opens the phrase («الساعة 8:00 مساء الثلاثاء 20 فبراير»);
//   3. a date expression: [edge | part of day] [يوم | هذا] ANCHOR [الموافق ANCHOR] [time [zone]]
//      where ANCHOR is a numeric date, a weekday, أمس/اليوم/غدا, a day + month, a month, a year,
//      «الشهر الماضي», «قبل شهرين», «اليومين الماضيين».
// Every parser reads tokens [p, ...) and on success reports the first token it did not use;
// on failure it reports nothing, so the caller just tries the next rule.
#include "extract/dates.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace isnad {

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic.

int32_t DaysFromCivil(const CivilDate& date) {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  int y = date.year;
  const unsigned m = static_cast<unsigned>(date.month);
  const unsigned d = static_cast<unsigned>(date.day);
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

CivilDate CivilFromDays(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int16_t>(y + (m <= 2)), static_cast<int8_t>(m),
                   static_cast<int8_t>(d)};
}

int DaysInMonth(int year, int month) {
  static constexpr int8_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

int WeekdayOf(const CivilDate& date) {
  const int32_t z = DaysFromCivil(date);
  return z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6;  // 1970-01-01 was a Thursday
}

namespace {

constexpr int32_t kUnixEpochJdn = 2440588;   // Julian day number of 1970-01-01
constexpr int32_t kIslamicEpochJdn = 1948440;  // 1 Muharram 1 AH = Friday 16 July 622 (Julian)

// Julian day number of a tabular Hijri date (Fourmilab / Reingold-Dershowitz arithmetic):
// months alternate 30 and 29 days, Dhu al-Hijja has 30 in the 11 leap years of each 30.
int32_t HijriToJdn(int y, int m, int d) {
  return d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + kIslamicEpochJdn - 1;
}

}  // namespace

CivilDate HijriToCivil(const HijriDate& h) {
  return CivilFromDays(HijriToJdn(h.year, h.month, h.day) - kUnixEpochJdn);
}

HijriDate CivilToHijri(const CivilDate& date) {
  const int32_t jdn = DaysFromCivil(date) + kUnixEpochJdn;
  int y = static_cast<int>((30LL * (jdn - kIslamicEpochJdn) + 10646) / 10631);
  while (HijriToJdn(y + 1, 1, 1) <= jdn) ++y;
  while (HijriToJdn(y, 1, 1) > jdn) --y;
  int m = 12;
  while (m > 1 && HijriToJdn(y, m, 1) > jdn) --m;
  return HijriDate{y, m, jdn - HijriToJdn(y, m, 1) + 1};
}

int HijriMonthLength(int year, int month) {
  const int32_t next = month == 12 ? HijriToJdn(year + 1, 1, 1) : HijriToJdn(year, month + 1, 1);
  return next - HijriToJdn(year, month, 1);
}

std::string FormatIsoDate(const CivilDate& date) {
  if (date.year <= 0) return "";
  char buf[16];
  int n = 0;
  auto put = [&](int v, int width) {
    for (int i = width - 1; i >= 0; --i) {
      buf[n + i] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    n += width;
  };
  put(date.year, 4);
  if (date.month > 0) {
    buf[n++] = '-';
    put(date.month, 2);
    if (date.day > 0) {
      buf[n++] = '-';
      put(date.day, 2);
    }
  }
  return std::string(buf, static_cast<size_t>(n));
}

// ---------------------------------------------------------------------------------------------
// Timestamps for the document reader.

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Exactly `n` digits at s[*i]; advances *i.
bool Digits(std::string_view s, size_t* i, int n, int* value) {
  if (*i + static_cast<size_t>(n) > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    const char c = s[*i + static_cast<size_t>(k)];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *i += static_cast<size_t>(n);
  *value = v;
  return true;
}

// 1..max digits at s[i]; returns how many were read (0 = none).
int ReadNumber(std::string_view s, size_t i, int max_digits, int* value) {
  int n = 0, v = 0;
  while (i + static_cast<size_t>(n) < s.size() && n < max_digits && IsDigit(s[i + n])) {
    v = v * 10 + (s[i + n] - '0');
    ++n;
  }
  if (n > 0 && i + static_cast<size_t>(n) < s.size() && IsDigit(s[i + n])) return 0;  // longer
  *value = v;
  return n;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "HH:MM[:SS[.fff]]" then optional zone "Z" | "+HH:MM" | "+HHMM" | " GMT"/" UTC".
bool ParseClockAndZone(std::string_view s, size_t* i, IsoDateTime* out, bool rfc) {
  int h, mi, sec = 0;
  if (!Digits(s, i, 2, &h) || *i >= s.size() || s[*i] != ':' || (++*i, !Digits(s, i, 2, &mi)))
    return false;
  if (h > 24 || mi > 59 || (h == 24 && mi != 0)) return false;  // "24:00" ends the day
  out->hour = h;
  out->minute = mi;
  if (*i < s.size() && s[*i] == ':') {
    ++*i;
    if (!Digits(s, i, 2, &sec) || sec > 60) return false;
    out->second = sec;
    if (*i < s.size() && (s[*i] == '.' || s[*i] == ',')) {
      ++*i;
      while (*i < s.size() && IsDigit(s[*i])) ++*i;
    }
  }
  if (rfc && *i < s.size() && s[*i] == ' ') ++*i;
  if (*i >= s.size()) return true;
  const char c = s[*i];
  if (c == 'Z' || c == 'z') {
    ++*i;
    out->utc_offset_minutes = 0;
  } else if (c == '+' || c == '-') {
    ++*i;
    int oh, om = 0;
    if (!Digits(s, i, 2, &oh)) return false;
    if (*i < s.size() && s[*i] == ':') ++*i;
    if (*i < s.size() && IsDigit(s[*i]) && !Digits(s, i, 2, &om)) return false;
    if (oh > 14 || om > 59) return false;
    out->utc_offset_minutes = (c == '-' ? -1 : 1) * (oh * 60 + om);
  } else if (rfc) {
    const std::string_view rest = s.substr(*i);
    if (rest == "GMT" || rest == "UT" || rest == "UTC" || rest == "Z") {
      out->utc_offset_minutes = 0;
      *i = s.size();
    }
  }
  return true;
}

}  // namespace

std::optional<IsoDateTime> ParseIsoDateTime(std::string_view text) {
  const std::string_view s = Trim(text);
  IsoDateTime r;
  size_t i = 0;
  int y, m, d;
  if (!Digits(s, &i, 4, &y) || i >= s.size() || s[i] != '-') return std::nullopt;
  ++i;
  if (!Digits(s, &i, 2, &m)) return std::nullopt;
  if (i == s.size()) {  // "2019-02"
    if (m < 1 || m > 12) return std::nullopt;
    r.date = CivilDate{static_cast<int16_t>(y), static_cast<int8_t>(m), 0};
    return r;
  }
  if (s[i] != '-') return std::nullopt;
  ++i;
  if (!Digits(s, &i, 2, &d) || !ValidDate(y, m, d)) return std::nullopt;
  r.date = CivilDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
  if (i == s.size()) return r;
  if (s[i] != 'T' && s[i] != 't' && s[i] != ' ') return std::nullopt;
  ++i;
  if (!ParseClockAndZone(s, &i, &r, /*rfc=*/false) || i != s.size()) return std::nullopt;
  return r;
}

std::optional<IsoDateTime> ParseRfc822DateTime(std::string_view text) {
  static constexpr std::string_view kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string_view s = Trim(text);
  const size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma <= 9) s = Trim(s.substr(comma + 1));
  IsoDateTime r;
  size_t i = 0;
  int d = 0;
  const int nd = ReadNumber(s, 0, 2, &d);
  if (nd == 0) return std::nullopt;
  i = static_cast<size_t>(nd);
  if (i >= s.size() || s[i] != ' ') return std::nullopt;
  ++i;
  if (i + 3 > s.size()) return std::nullopt;
  int m = 0;
  for (int k = 0; k < 12; ++k) {
    if (s.substr(i, 3) == kMonths[k]) m = k + 1;
  }
  if (m == 0) return std::nullopt;
  i += 3;
  if (i >= s.size() || s[i] != ' ') return std::nullopt;
  ++i;
  int y;
  if (!Digits(s, &i, 4, &y) || !ValidDate(y, m, d)) return std::nullopt;
  r.date = CivilDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
  if (i == s.size()) return r;
  if (s[i] != ' ') return std::nullopt;
  ++i;
  if (!ParseClockAndZone(s, &i, &r, /*rfc=*/true) || i != s.size()) return std::nullopt;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Lexicon. Keys are kMatch spellings with no proclitic and no article; `Classify` peels those.

namespace {

enum class Cat : uint8_t {
  kNone,
  kGregMonth,    // يناير .. ديسمبر (value = month)
  kLevMonth,     // شباط اذار نيسان ايار حزيران تموز اب ايلول
  kLevPrefix,    // كانون (1) تشرين (2): the month follows from the next word, الاول / الثاني
  kHijriMonth,   // محرم صفر رجب شعبان رمضان شوال
  kHijriPrefix,  // ربيع (3) جمادي (5) ذو/ذي (11)
  kHijriTail,    // قعده (11) حجه (12), after ذو / ذي
  kWeekday,      // value 0 = الاحد (Sunday) .. 6 = السبت
  kYesterday,    // امس البارحه
  kTomorrow,     // غدا غد بكره
  kNow,          // الان
  kUnit,         // value = DurationUnit, aux = 1 single, 2 dual, 3 plural
  kPast,         // الماضي الفائت المنصرم السابق
  kRecent,       // الاخير(ه): "recent" after a plural («الأيام الأخيرة»)
  kNext,         // المقبل القادم
  kCurrent,      // الجاري الحالي
  kThis,         // هذا هذه
  kOrdinal,      // الاول .. العاشر, الحادي; masc. and fem.
  kLast,         // الاخر الاخره (second of two, in month names)
  kTeen,         // عشر عشره: +10 after an ordinal; 10 alone
  kTens,         // عشرين ثلاثين
  kCardinal,     // ثلاثه .. تسعه
  kFew,          // عده بضعه
  kVagueTail,    // قليله عديده طويله
  kAgo,          // قبل
  kSince,        // منذ
  kAfter,        // بعد
  kWithin,       // خلال
  kDurationCue,  // مده طيله طوال مدي
  kEdge,         // value 1 start (مطلع), 2 middle (منتصف), 3 end (اواخر)
  kDayPart,      // value 1 morning, 2 noon, 3 afternoon/evening, 4 night; aux 1 = adverb
  kHijriMark,    // ه (هـ) هجري
  kGregMark,     // م ميلادي; also "p.m." after a clock
  kAm,           // ص
  kAgreeing,     // الموافق المصادف
  kFrom,         // من
  kTo,           // الي حتي
  kZoneCue,      // توقيت
  kLocal,        // محلي
  kZoneCity,     // دمشق بيروت ... غرينتش
  kAbout,        // نحو حوالي قرابه
  kWhile,        // زمن فتره (منذ زمن)
  kOn,           // علي (على مدى)
  kIn,           // في
};

enum : uint8_t {
  kNeedsArticle = 1,  // «الأحد», «الاثنين», «الآن»: without ال they are "one", "two", "that"
  kRisky = 2,         // «مارس» is also a verb, «آب» "father", «صفر» "zero", «نيسان» a car maker
};

struct LexEntry {
  std::string_view key;
  Cat cat;
  int8_t value;
  uint8_t aux;
  uint8_t flags;
};

constexpr uint8_t U(DurationUnit u) { return static_cast<uint8_t>(u); }

// clang-format off
constexpr LexEntry kLexicon[] = {
  // Gregorian months as in Egypt and the Gulf, with Maghrebi variants.
  {"يناير", Cat::kGregMonth, 1, 0, 0}, {"جانفي", Cat::kGregMonth, 1, 0, 0},
  {"فبراير", Cat::kGregMonth, 2, 0, 0}, {"فيفري", Cat::kGregMonth, 2, 0, 0},
  {"مارس", Cat::kGregMonth, 3, 0, kRisky}, {"ابريل", Cat::kGregMonth, 4, 0, 0},
  {"افريل", Cat::kGregMonth, 4, 0, 0}, {"مايو", Cat::kGregMonth, 5, 0, 0},
  {"يونيو", Cat::kGregMonth, 6, 0, 0}, {"يونيه", Cat::kGregMonth, 6, 0, 0},
  {"جوان", Cat::kGregMonth, 6, 0, kRisky}, {"يوليو", Cat::kGregMonth, 7, 0, 0},
  {"يوليه", Cat::kGregMonth, 7, 0, 0}, {"جويليه", Cat::kGregMonth, 7, 0, 0},
  {"اغسطس", Cat::kGregMonth, 8, 0, 0}, {"اغشت", Cat::kGregMonth, 8, 0, 0},
  {"سبتمبر", Cat::kGregMonth, 9, 0, 0}, {"اكتوبر", Cat::kGregMonth, 10, 0, 0},
  {"نوفمبر", Cat::kGregMonth, 11, 0, 0}, {"ديسمبر", Cat::kGregMonth, 12, 0, 0},
  {"دجنبر", Cat::kGregMonth, 12, 0, 0},
  // Levantine / Iraqi (Syriac) months.
  {"شباط", Cat::kLevMonth, 2, 0, 0}, {"اذار", Cat::kLevMonth, 3, 0, 0},
  {"نيسان", Cat::kLevMonth, 4, 0, kRisky}, {"ايار", Cat::kLevMonth, 5, 0, 0},
  {"حزيران", Cat::kLevMonth, 6, 0, 0}, {"تموز", Cat::kLevMonth, 7, 0, 0},
  {"اب", Cat::kLevMonth, 8, 0, kRisky}, {"ايلول", Cat::kLevMonth, 9, 0, 0},
  {"كانون", Cat::kLevPrefix, 1, 0, 0}, {"تشرين", Cat::kLevPrefix, 2, 0, 0},
  // Hijri months.
  {"محرم", Cat::kHijriMonth, 1, 0, 0}, {"صفر", Cat::kHijriMonth, 2, 0, kRisky},
  {"رجب", Cat::kHijriMonth, 7, 0, 0}, {"شعبان", Cat::kHijriMonth, 8, 0, 0},
  {"رمضان", Cat::kHijriMonth, 9, 0, 0}, {"شوال", Cat::kHijriMonth, 10, 0, 0},
  {"ربيع", Cat::kHijriPrefix, 3, 0, 0}, {"جمادي", Cat::kHijriPrefix, 5, 0, 0},
  {"ذو", Cat::kHijriPrefix, 11, 0, 0}, {"ذي", Cat::kHijriPrefix, 11, 0, 0},
  {"قعده", Cat::kHijriTail, 11, 0, 0}, {"حجه", Cat::kHijriTail, 12, 0, 0},
  // Weekdays: the names count from Sunday («الأحد» "the first", «الاثنين» "the second").
  {"احد", Cat::kWeekday, 0, 0, kNeedsArticle}, {"اثنين", Cat::kWeekday, 1, 0, kNeedsArticle},
  {"ثلاثاء", Cat::kWeekday, 2, 0, 0}, {"ثلاثا", Cat::kWeekday, 2, 0, 0},
  {"اربعاء", Cat::kWeekday, 3, 0, 0}, {"اربعا", Cat::kWeekday, 3, 0, 0},
  {"خميس", Cat::kWeekday, 4, 0, 0}, {"جمعه", Cat::kWeekday, 5, 0, 0},
  {"سبت", Cat::kWeekday, 6, 0, 0},
  // Deictic days.
  {"امس", Cat::kYesterday, 0, 0, 0}, {"بارحه", Cat::kYesterday, 0, 0, 0},
  {"غدا", Cat::kTomorrow, 0, 0, 0}, {"غد", Cat::kTomorrow, 0, 0, 0},
  {"بكره", Cat::kTomorrow, 0, 0, 0}, {"بكرا", Cat::kTomorrow, 0, 0, 0},
  // «الآن» is read but not reported: «حتى الآن», «الآن» mostly mean "so far", "currently".
  {"ان", Cat::kNow, 0, 0, kNeedsArticle},
  // Units: «يوم» is also the cue in «يوم الإثنين», «اليوم» is today, «عام» cues a year.
  {"ساعه", Cat::kUnit, U(DurationUnit::kHour), 1, 0}, {"ساعتين", Cat::kUnit, U(DurationUnit::kHour), 2, 0},
  {"ساعتان", Cat::kUnit, U(DurationUnit::kHour), 2, 0}, {"ساعات", Cat::kUnit, U(DurationUnit::kHour), 3, 0},
  {"يوم", Cat::kUnit, U(DurationUnit::kDay), 1, 0}, {"يوما", Cat::kUnit, U(DurationUnit::kDay), 1, 0},
  {"يومين", Cat::kUnit, U(DurationUnit::kDay), 2, 0}, {"يومان", Cat::kUnit, U(DurationUnit::kDay), 2, 0},
  {"ايام", Cat::kUnit, U(DurationUnit::kDay), 3, 0},
  {"اسبوع", Cat::kUnit, U(DurationUnit::kWeek), 1, 0}, {"اسبوعا", Cat::kUnit, U(DurationUnit::kWeek), 1, 0},
  {"اسبوعين", Cat::kUnit, U(DurationUnit::kWeek), 2, 0}, {"اسبوعان", Cat::kUnit, U(DurationUnit::kWeek), 2, 0},
  {"اسابيع", Cat::kUnit, U(DurationUnit::kWeek), 3, 0},
  {"شهر", Cat::kUnit, U(DurationUnit::kMonth), 1, 0}, {"شهرا", Cat::kUnit, U(DurationUnit::kMonth), 1, 0},
  {"شهرين", Cat::kUnit, U(DurationUnit::kMonth), 2, 0}, {"شهران", Cat::kUnit, U(DurationUnit::kMonth), 2, 0},
  {"اشهر", Cat::kUnit, U(DurationUnit::kMonth), 3, 0}, {"شهور", Cat::kUnit, U(DurationUnit::kMonth), 3, 0},
  {"عام", Cat::kUnit, U(DurationUnit::kYear), 1, 0}, {"عاما", Cat::kUnit, U(DurationUnit::kYear), 1, 0},
  {"عامين", Cat::kUnit, U(DurationUnit::kYear), 2, 0}, {"عامان", Cat::kUnit, U(DurationUnit::kYear), 2, 0},
  {"اعوام", Cat::kUnit, U(DurationUnit::kYear), 3, 0}, {"سنه", Cat::kUnit, U(DurationUnit::kYear), 1, 0},
  {"سنتين", Cat::kUnit, U(DurationUnit::kYear), 2, 0}, {"سنتان", Cat::kUnit, U(DurationUnit::kYear), 2, 0},
  {"سنوات", Cat::kUnit, U(DurationUnit::kYear), 3, 0}, {"سنين", Cat::kUnit, U(DurationUnit::kYear), 3, 0},
  // Modifiers.
  {"ماضي", Cat::kPast, 0, 0, 0}, {"ماضيه", Cat::kPast, 0, 0, 0},
  {"ماضيين", Cat::kPast, 0, 0, 0}, {"ماضيتين", Cat::kPast, 0, 0, 0},
  {"ماض", Cat::kPast, 0, 0, 0}, {"فائت", Cat::kPast, 0, 0, 0},
  {"فائته", Cat::kPast, 0, 0, 0}, {"منصرم", Cat::kPast, 0, 0, 0},
  {"منصرمه", Cat::kPast, 0, 0, 0}, {"سابق", Cat::kPast, 0, 0, 0},
  {"سابقه", Cat::kPast, 0, 0, 0},
  {"اخير", Cat::kRecent, 0, 0, 0}, {"اخيره", Cat::kRecent, 0, 0, 0},
  {"اخيرين", Cat::kRecent, 0, 0, 0}, {"اخيرتين", Cat::kRecent, 0, 0, 0},
  {"مقبل", Cat::kNext, 0, 0, 0}, {"مقبله", Cat::kNext, 0, 0, 0},
  {"مقبلين", Cat::kNext, 0, 0, 0}, {"قادم", Cat::kNext, 0, 0, 0},
  {"قادمه", Cat::kNext, 0, 0, 0}, {"قادمين", Cat::kNext, 0, 0, 0},
  {"جاي", Cat::kNext, 0, 0, 0},
  {"جاري", Cat::kCurrent, 0, 0, 0}, {"جاريه", Cat::kCurrent, 0, 0, 0},
  {"حالي", Cat::kCurrent, 0, 0, 0}, {"حاليه", Cat::kCurrent, 0, 0, 0},
  {"هذا", Cat::kThis, 0, 0, 0}, {"هذه", Cat::kThis, 0, 0, 0},
  // Ordinals (day of month, hour, second word of a month name).
  {"اول", Cat::kOrdinal, 1, 0, 0}, {"اولي", Cat::kOrdinal, 1, 0, 0},
  {"حادي", Cat::kOrdinal, 1, 1, 0}, {"حاديه", Cat::kOrdinal, 1, 1, 0},
  {"واحده", Cat::kOrdinal, 1, 0, 0},
  {"ثاني", Cat::kOrdinal, 2, 0, 0}, {"ثانيه", Cat::kOrdinal, 2, 0, 0},
  {"ثالث", Cat::kOrdinal, 3, 0, 0}, {"ثالثه", Cat::kOrdinal, 3, 0, 0},
  {"رابع", Cat::kOrdinal, 4, 0, 0}, {"رابعه", Cat::kOrdinal, 4, 0, 0},
  {"خامس", Cat::kOrdinal, 5, 0, 0}, {"خامسه", Cat::kOrdinal, 5, 0, 0},
  {"سادس", Cat::kOrdinal, 6, 0, 0}, {"سادسه", Cat::kOrdinal, 6, 0, 0},
  {"سابع", Cat::kOrdinal, 7, 0, 0}, {"سابعه", Cat::kOrdinal, 7, 0, 0},
  {"ثامن", Cat::kOrdinal, 8, 0, 0}, {"ثامنه", Cat::kOrdinal, 8, 0, 0},
  {"تاسع", Cat::kOrdinal, 9, 0, 0}, {"تاسعه", Cat::kOrdinal, 9, 0, 0},
  {"عاشر", Cat::kOrdinal, 10, 0, 0}, {"عاشره", Cat::kOrdinal, 10, 0, 0},
  {"اخر", Cat::kLast, 2, 0, 0}, {"اخره", Cat::kLast, 2, 0, 0},
  {"عشر", Cat::kTeen, 10, 0, 0}, {"عشره", Cat::kTeen, 10, 0, 0},
  {"عشرين", Cat::kTens, 20, 0, 0}, {"عشرون", Cat::kTens, 20, 0, 0},
  {"ثلاثين", Cat::kTens, 30, 0, 0}, {"ثلاثون", Cat::kTens, 30, 0, 0},
  // Cardinals for counts of units («ثلاثة أيام»).
  {"واحد", Cat::kCardinal, 1, 0, 0},
  {"ثلاث", Cat::kCardinal, 3, 0, 0}, {"ثلاثه", Cat::kCardinal, 3, 0, 0},
  {"اربع", Cat::kCardinal, 4, 0, 0}, {"اربعه", Cat::kCardinal, 4, 0, 0},
  {"خمس", Cat::kCardinal, 5, 0, 0}, {"خمسه", Cat::kCardinal, 5, 0, 0},
  {"ست", Cat::kCardinal, 6, 0, 0}, {"سته", Cat::kCardinal, 6, 0, 0},
  {"سبع", Cat::kCardinal, 7, 0, 0}, {"سبعه", Cat::kCardinal, 7, 0, 0},
  {"ثماني", Cat::kCardinal, 8, 0, 0}, {"ثمانيه", Cat::kCardinal, 8, 0, 0},
  {"ثمان", Cat::kCardinal, 8, 0, 0},
  {"تسع", Cat::kCardinal, 9, 0, 0}, {"تسعه", Cat::kCardinal, 9, 0, 0},
  {"عده", Cat::kFew, 0, 0, 0}, {"بضعه", Cat::kFew, 0, 0, 0}, {"بضع", Cat::kFew, 0, 0, 0},
  {"قليله", Cat::kVagueTail, 0, 0, 0}, {"عديده", Cat::kVagueTail, 0, 0, 0},
  {"طويله", Cat::kVagueTail, 0, 0, 0},
  // Function words of the grammar.
  {"قبل", Cat::kAgo, 0, 0, 0}, {"منذ", Cat::kSince, 0, 0, 0}, {"مذ", Cat::kSince, 0, 0, 0},
  {"بعد", Cat::kAfter, 0, 0, 0}, {"خلال", Cat::kWithin, 0, 0, 0},
  {"مده", Cat::kDurationCue, 0, 0, 0}, {"طيله", Cat::kDurationCue, 0, 0, 0},
  {"طوال", Cat::kDurationCue, 0, 0, 0}, {"مدي", Cat::kDurationCue, 0, 0, 0},
  {"مطلع", Cat::kEdge, 1, 0, 0}, {"بدايه", Cat::kEdge, 1, 0, 0},
  {"اوائل", Cat::kEdge, 1, 0, 0}, {"مستهل", Cat::kEdge, 1, 0, 0},
  {"منتصف", Cat::kEdge, 2, 0, 0}, {"اواسط", Cat::kEdge, 2, 0, 0},
  {"اواخر", Cat::kEdge, 3, 0, 0}, {"نهايه", Cat::kEdge, 3, 0, 0},
  {"ختام", Cat::kEdge, 3, 0, 0},
  {"صباح", Cat::kDayPart, 1, 0, 0}, {"صباحا", Cat::kDayPart, 1, 1, 0},
  {"صبح", Cat::kDayPart, 1, 0, 0}, {"فجر", Cat::kDayPart, 1, 0, 0},
  {"فجرا", Cat::kDayPart, 1, 1, 0}, {"ضحي", Cat::kDayPart, 1, 0, 0},
  {"ظهر", Cat::kDayPart, 2, 0, 0}, {"ظهرا", Cat::kDayPart, 2, 1, 0},
  {"عصر", Cat::kDayPart, 3, 0, 0}, {"عصرا", Cat::kDayPart, 3, 1, 0},
  {"مساء", Cat::kDayPart, 3, 0, 0}, {"مساءا", Cat::kDayPart, 3, 1, 0},
  {"مغرب", Cat::kDayPart, 3, 0, 0},
  {"ليل", Cat::kDayPart, 4, 0, 0}, {"ليله", Cat::kDayPart, 4, 0, 0},
  {"ليلا", Cat::kDayPart, 4, 1, 0},
  {"ه", Cat::kHijriMark, 0, 0, 0}, {"هجري", Cat::kHijriMark, 0, 0, 0},
  {"هجريه", Cat::kHijriMark, 0, 0, 0},
  {"م", Cat::kGregMark, 0, 0, 0}, {"ميلادي", Cat::kGregMark, 0, 0, 0},
  {"ميلاديه", Cat::kGregMark, 0, 0, 0},
  {"ص", Cat::kAm, 0, 0, 0},
  {"موافق", Cat::kAgreeing, 0, 0, 0}, {"مصادف", Cat::kAgreeing, 0, 0, 0},
  {"من", Cat::kFrom, 0, 0, 0}, {"الي", Cat::kTo, 0, 0, 0}, {"حتي", Cat::kTo, 0, 0, 0},
  {"توقيت", Cat::kZoneCue, 0, 0, 0}, {"محلي", Cat::kLocal, 0, 0, 0},
  {"دمشق", Cat::kZoneCity, 0, 0, 0}, {"بيروت", Cat::kZoneCity, 0, 0, 0},
  {"قدس", Cat::kZoneCity, 0, 0, 0}, {"مكه", Cat::kZoneCity, 0, 0, 0},
  {"رياض", Cat::kZoneCity, 0, 0, 0}, {"قاهره", Cat::kZoneCity, 0, 0, 0},
  {"بغداد", Cat::kZoneCity, 0, 0, 0}, {"عمان", Cat::kZoneCity, 0, 0, 0},
  {"دوحه", Cat::kZoneCity, 0, 0, 0}, {"ابوظبي", Cat::kZoneCity, 0, 0, 0},
  {"دبي", Cat::kZoneCity, 0, 0, 0}, {"انقره", Cat::kZoneCity, 0, 0, 0},
  {"اسطنبول", Cat::kZoneCity, 0, 0, 0}, {"كويت", Cat::kZoneCity, 0, 0, 0},
  {"غرينتش", Cat::kZoneCity, 0, 0, 0}, {"غرينيتش", Cat::kZoneCity, 0, 0, 0},
  {"جرينتش", Cat::kZoneCity, 0, 0, 0}, {"جرينيتش", Cat::kZoneCity, 0, 0, 0},
  {"نحو", Cat::kAbout, 0, 0, 0}, {"حوالي", Cat::kAbout, 0, 0, 0},
  {"قرابه", Cat::kAbout, 0, 0, 0}, {"زهاء", Cat::kAbout, 0, 0, 0},
  {"زمن", Cat::kWhile, 0, 0, 0}, {"فتره", Cat::kWhile, 0, 0, 0},
  {"علي", Cat::kOn, 0, 0, 0}, {"في", Cat::kIn, 0, 0, 0},
};
// clang-format on

// The lexicon in a hash table built once; a token is looked up under up to eight cuts.
// (Debian's Abseil has its own string_view: keys are converted.)
const LexEntry* Lookup(std::string_view key) {
  static const absl::flat_hash_map<absl::string_view, const LexEntry*> table = [] {
    absl::flat_hash_map<absl::string_view, const LexEntry*> t;
    for (const LexEntry& e : kLexicon) t.emplace(absl::string_view(e.key.data(), e.key.size()), &e);
    return t;
  }();
  const auto it = table.find(absl::string_view(key.data(), key.size()));
  return it == table.end() ? nullptr : it->second;
}

// One token read against the lexicon.
struct Word {
  Cat cat = Cat::kNone;
  int8_t value = 0;
  uint8_t aux = 0;
  uint8_t flags = 0;
  bool article = false;  // ال (or the ل of لل)
  char prep = 0;         // 'b' ب, 'l' ل, 'k' ك
  bool conj = false;     // و / ف

  bool is(Cat c) const { return cat == c; }
  bool bare() const { return !article && prep == 0; }
  DurationUnit unit() const { return static_cast<DurationUnit>(value); }
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Reads a normalized Arabic word: as written first, then without و/ف, ب/ل/ك and ال, so that
// «فبراير» stays a month (not ف + «براير») while «وبالأمس» is و + ب + ال + امس.
Word ClassifyWord(std::string_view w) {
  static constexpr std::string_view kWaw = "و", kFa = "ف", kBa = "ب", kLam = "ل", kKaf = "ك",
                                    kAl = "ال";
  for (int c = 0; c < 2; ++c) {
    std::string_view a = w;
    if (c == 1) {
      if (!StartsWith(a, kWaw) && !StartsWith(a, kFa)) break;
      a.remove_prefix(2);
    }
    for (int p = 0; p < 2; ++p) {
      std::string_view b = a;
      char prep = 0;
      if (p == 1) {
        if (StartsWith(b, kBa)) prep = 'b';
        else if (StartsWith(b, kLam)) prep = 'l';
        else if (StartsWith(b, kKaf)) prep = 'k';
        else break;
        b.remove_prefix(2);
      }
      for (int t = 0; t < 2; ++t) {
        std::string_view r = b;
        if (t == 1) {
          if (StartsWith(r, kAl)) r.remove_prefix(4);
          else if (prep == 'l' && StartsWith(r, kLam)) r.remove_prefix(2);  // «للعام» = ل + ال
          else break;
        }
        if (r.size() < 2) continue;
        if (r.size() < 4 && (c || p || t)) continue;  // one letter left: «ه» only as written
        if (const LexEntry* e = Lookup(r)) {
          Word out;
          out.cat = e->cat;
          out.value = e->value;
          out.aux = e->aux;
          out.flags = e->flags;
          out.article = t == 1;
          out.prep = prep;
          out.conj = c == 1;
          return out;
        }
      }
    }
  }
  return Word{};
}

// ---------------------------------------------------------------------------------------------
// The scanner.

enum class Mode : uint8_t { kOnOrBefore, kBefore, kAfter, kThisWeek, kPrevWeek, kNextWeek };

int32_t AddMonthsDays(int32_t days, int months) {
  CivilDate d = CivilFromDays(days);
  int total = d.year * 12 + (d.month - 1) + months;
  const int y = total / 12, m = total % 12 + 1;
  d.year = static_cast<int16_t>(y);
  d.month = static_cast<int8_t>(m);
  d.day = static_cast<int8_t>(std::min<int>(d.day, DaysInMonth(y, m)));
  return DaysFromCivil(d);
}

CivilDate Ymd(int y, int m, int d) {
  return CivilDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

class Scanner {
 public:
  Scanner(std::string_view original, const NormalizedText& norm,
          const std::vector<Token>& tokens, std::optional<CivilDate> reference,
          std::vector<Word>* words)
      : original_(original), norm_(norm), toks_(tokens), n_(tokens.size()), words_(*words) {
    if (reference && reference->complete()) {
      ref_ = reference;
      refd_ = DaysFromCivil(*reference);
    }
    words_.assign(n_, Word{});
    for (size_t i = 0; i < n_; ++i) {
      if (toks_[i].kind == TokenKind::kWord || toks_[i].kind == TokenKind::kClitic) {
        words_[i] = ClassifyWord(Text(i));
      }
    }
  }

  void Run(std::vector<DateMention>* out) {
    for (size_t i = 0; i < n_;) {
      DateMention m;
      size_t k = 0;
      if (TryAt(i, &m, &k) && k > i) {
        m.first_token = static_cast<uint32_t>(i);
        m.last_token = static_cast<uint32_t>(k);
        m.begin = toks_[i].begin;
        m.end = toks_[k - 1].end;
        out->push_back(m);
        i = k;
      } else {
        ++i;
      }
    }
  }

 private:
  // --- token access -----------------------------------------------------------------------
  std::string_view Text(size_t i) const {
    return i < n_ ? norm_.View(toks_[i].nbegin, toks_[i].nend) : std::string_view();
  }
  const Word& W(size_t i) const {
    static const Word kNoWord;
    return i < n_ ? words_[i] : kNoWord;
  }
  bool Punct(size_t i, char c) const {
    return i < n_ && toks_[i].kind == TokenKind::kPunct && Text(i).front() == c;
  }
  // A plain run of digits («27», «2019»), not «27.02.2019» or «3,800».
  std::optional<int> Int(size_t i) const {
    if (i >= n_ || toks_[i].kind != TokenKind::kNumber) return std::nullopt;
    const std::string_view t = Text(i);
    if (t.empty() || t.size() > 5) return std::nullopt;
    int v = 0;
    for (char c : t) {
      if (!IsDigit(c)) return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  bool IsText(size_t i, std::string_view s) const { return i < n_ && Text(i) == s; }
  // The token index just past the tokens that end exactly at normalized byte `nend`, searching
  // from token `from`; 0 when `nend` falls inside a token.
  size_t TokenEndingAt(size_t from, uint32_t nend) const {
    size_t k = from;
    while (k < n_ && toks_[k].nend <= nend) ++k;
    return k > from && toks_[k - 1].nend == nend ? k : 0;
  }

  // --- resolution helpers -------------------------------------------------------------------
  // Marks `m` as needing the reference; false (and unresolved) when there is none.
  bool NeedRef(DateMention* m) const {
    m->relative = true;
    if (!ref_) {
      m->resolved = false;
      m->start.reset();
      m->until.reset();
      return false;
    }
    return true;
  }
  static void SetSpan(DateMention* m, int32_t a, int32_t b, DateGranularity g) {
    m->start = CivilFromDays(a);
    m->until = CivilFromDays(b);
    m->granularity = g;
    m->resolved = true;
  }
  static void SetDay(DateMention* m, int32_t d) { SetSpan(m, d, d, DateGranularity::kDay); }
  static void SetMonth(DateMention* m, int y, int mo) {
    SetSpan(m, DaysFromCivil(Ymd(y, mo, 1)), DaysFromCivil(Ymd(y, mo, DaysInMonth(y, mo))),
            DateGranularity::kMonth);
  }
  static void SetYear(DateMention* m, int y) {
    SetSpan(m, DaysFromCivil(Ymd(y, 1, 1)), DaysFromCivil(Ymd(y, 12, 31)),
            DateGranularity::kYear);
  }
  static void SetWeek(DateMention* m, int32_t sunday) {
    SetSpan(m, sunday, sunday + 6, DateGranularity::kWeek);
  }
  int32_t WeekStart(int32_t d) const { return d - WeekdayOf(CivilFromDays(d)); }

  // «أمس الخميس» read on a Saturday: the Thursday nearest to the stated day wins.
  static int32_t NearestWeekday(int32_t d, int wd) {
    const int cur = WeekdayOf(CivilFromDays(d));
    const int back = (cur - wd + 7) % 7;
    const int fwd = (wd - cur + 7) % 7;
    return back <= fwd ? d - back : d + fwd;
  }

  void ResolveWeekday(DateMention* m, int wd, Mode mode) const {
    m->weekday = static_cast<int8_t>(wd);
    if (!NeedRef(m)) return;
    const int cur = WeekdayOf(*ref_);
    const int back = (cur - wd + 7) % 7;
    const int fwd = (wd - cur + 7) % 7;
    switch (mode) {
      case Mode::kOnOrBefore: SetDay(m, refd_ - back); break;
      case Mode::kBefore: SetDay(m, refd_ - (back == 0 ? 7 : back)); break;
      case Mode::kAfter: SetDay(m, refd_ + (fwd == 0 ? 7 : fwd)); break;
      case Mode::kThisWeek: SetDay(m, WeekStart(refd_) + wd); break;
      case Mode::kPrevWeek: SetDay(m, WeekStart(refd_) - 7 + wd); break;
      case Mode::kNextWeek: SetDay(m, WeekStart(refd_) + 7 + wd); break;
    }
  }

  // Month `mo` with no year: latest before the reference month («الماضي», dir -1), first after
  // it («المقبل», +1), the reference year («الجاري», 0 with current), or the nearest (none).
  int YearForMonth(int mo, int dir, bool current) const {
    const int ry = ref_->year, rm = ref_->month;
    if (current) return ry;
    if (dir < 0) return mo < rm ? ry : ry - 1;
    if (dir > 0) return mo > rm ? ry : ry + 1;
    // No modifier: the latest such month starting at most a month after the reference.
    return DaysFromCivil(Ymd(ry, mo, 1)) <= refd_ + 31 ? ry : ry - 1;
  }
  int YearForDay(int mo, int day, int dir, bool current) const {
    const int ry = ref_->year;
    if (current) return ry;
    auto days = [&](int y) { return DaysFromCivil(Ymd(y, mo, std::min(day, DaysInMonth(y, mo)))); };
    if (dir < 0) return days(ry) < refd_ ? ry : ry - 1;
    if (dir > 0) return days(ry) > refd_ ? ry : ry + 1;
    // No modifier: the latest occurrence at most a month after the reference. News reports
    // mostly look back («في 20 حزيران» in February is last June), but announce the near future
    // («بحلول 26 فبراير» written on 18 February).
    return days(ry) <= refd_ + 31 ? ry : ry - 1;
  }

  static void ApplyEdge(DateMention* m, int edge) {
    if (!m->resolved || !m->start || !m->until) return;
    const int32_t a = DaysFromCivil(*m->start), b = DaysFromCivil(*m->until);
    const CivilDate s = *m->start;
    switch (m->granularity) {
      case DateGranularity::kMonth: {
        const int last = DaysInMonth(s.year, s.month);
        if (edge == 1) SetSpan(m, a, a + 9, DateGranularity::kSpan);
        else if (edge == 2) SetSpan(m, a + 10, a + 19, DateGranularity::kSpan);
        else SetSpan(m, a + 20, a + last - 1, DateGranularity::kSpan);
        break;
      }
      case DateGranularity::kYear: {
        if (m->hijri) {  // a Hijri year: thirds of its 354/355 days
          const int32_t third = (b - a + 1) / 3;
          if (edge == 1) SetSpan(m, a, a + third - 1, DateGranularity::kSpan);
          else if (edge == 2) SetSpan(m, a + third, a + 2 * third - 1, DateGranularity::kSpan);
          else SetSpan(m, a + 2 * third, b, DateGranularity::kSpan);
          break;
        }
        const int y = s.year;
        if (edge == 1) SetSpan(m, a, DaysFromCivil(Ymd(y, 4, 30)), DateGranularity::kSpan);
        else if (edge == 2)
          SetSpan(m, DaysFromCivil(Ymd(y, 5, 1)), DaysFromCivil(Ymd(y, 8, 31)),
                  DateGranularity::kSpan);
        else SetSpan(m, DaysFromCivil(Ymd(y, 9, 1)), b, DateGranularity::kSpan);
        break;
      }
      case DateGranularity::kWeek:
        if (edge == 1) SetSpan(m, a, a + 2, DateGranularity::kSpan);
        else if (edge == 2) SetSpan(m, a + 2, a + 4, DateGranularity::kSpan);
        else SetSpan(m, a + 4, b, DateGranularity::kSpan);
        break;
      default:
        break;
    }
  }

  // --- the grammar --------------------------------------------------------------------------
  bool TryAt(size_t i, DateMention* m, size_t* k) {
    const Word& w = W(i);
    if (w.cat == Cat::kNone && toks_[i].kind == TokenKind::kWord) {
      // Fast path: most words are not in the lexicon and cannot start a date.
      return false;
    }
    if (ParseDuration(i, m, k)) return true;
    if (ParseClockFirst(i, m, k)) return true;
    return ParseDateExpr(i, m, k);
  }

  // [edge | part of day] ANCHOR [الموافق ANCHOR] [time [zone]]
  bool ParseDateExpr(size_t i, DateMention* m, size_t* k) {
    size_t p = i;
    int edge = 0;
    const Word& w = W(p);
    if (w.is(Cat::kEdge) && !w.article) {
      edge = w.value;
      ++p;
      if (W(p).is(Cat::kFrom)) ++p;  // «أواخر من»: rare, harmless
    } else if (w.is(Cat::kDayPart) && w.aux == 0 && !w.article) {
      ++p;  // «صباح أمس», «مساء اليوم», «ليلة الأحد», «فجر اليوم»
      if (W(p).is(Cat::kFrom)) ++p;  // «الساعات الأولى من صباح يوم السبت»
    }
    size_t q;
    if (!ParseAnchor(p, m, &q, edge != 0)) return false;
    if (edge) ApplyEdge(m, edge);
    // «اليوم الخميس 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018 م»: the Gregorian twin wins.
    size_t r = q;
    if (Punct(r, ',')) ++r;
    if (W(r).is(Cat::kAgreeing)) {
      DateMention twin;
      size_t q2;
      if (ParseAnchor(r + 1, &twin, &q2, false) && twin.resolved && !twin.relative) {
        const int8_t wd = m->weekday;
        const bool conflict = m->weekday_conflict;
        *m = twin;
        if (wd >= 0) {
          m->weekday = wd;
          m->weekday_conflict = conflict || (m->start && m->start->complete() &&
                                             WeekdayOf(*m->start) != wd);
        }
        q = q2;
      }
    }
    ParseTrailingTime(q, m, &q);
    *k = q;
    return true;
  }

  bool IsYawm(size_t p) const {  // «يوم» as a cue, not «اليوم»
    const Word& w = W(p);
    return w.is(Cat::kUnit) && w.unit() == DurationUnit::kDay && w.aux == 1 && !w.article;
  }

  bool ParseAnchor(size_t p, DateMention* m, size_t* k, bool edge) {
    if (IsYawm(p) && !Int(p + 1) && !W(p + 1).is(Cat::kOrdinal)) {
      // «يوم الإثنين», «يوم أمس», «يوم 14/08/2018»; «يوم 27» alone is no date.
      if (ParseNumericDate(p + 1, m, k, true) || ParseWeekday(p + 1, m, k, true) ||
          ParseRelDay(p + 1, m, k)) {
        return true;
      }
    }
    if (IsYawm(p) && (ParseNumericDate(p + 1, m, k, true) || ParseDayMonth(p + 1, m, k))) {
      return true;
    }
    return ParseNumericDate(p, m, k, false) || ParseWeekday(p, m, k, false) ||
           ParseRelDay(p, m, k) || ParseDayMonth(p, m, k) || ParseMonthExpr(p, m, k, edge) ||
           ParseYearExpr(p, m, k) || ParseRelPeriod(p, m, k, edge) || ParseAgo(p, m, k) ||
           ParseLastN(p, m, k);
  }

  // «27.02.2019» «01-11-2017» «2019-02-27» «2019-02-27T14:02:00+02:00» «26/9/1439هـ» «3/2015»;
  // with `partial`, also «21/09» (after a weekday or «يوم»).
  bool ParseNumericDate(size_t p, DateMention* m, size_t* k, bool partial) {
    if (p >= n_ || toks_[p].kind != TokenKind::kNumber) return false;
    const std::string_view s = norm_.text;
    size_t i = toks_[p].nbegin;
    int a, b, c = 0;
    const int na = ReadNumber(s, i, 4, &a);
    if (na == 0 || na == 3) return false;
    i += static_cast<size_t>(na);
    if (i >= s.size()) return false;
    const char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++i;
    const int nb = ReadNumber(s, i, 4, &b);
    if (nb == 0) return false;
    i += static_cast<size_t>(nb);
    int nc = 0;
    if (nb <= 2 && i + 1 < s.size() && s[i] == sep) {
      nc = ReadNumber(s, i + 1, 4, &c);
      if (nc == 2 || nc == 4 || (nc == 1 && na == 4)) i += 1 + static_cast<size_t>(nc);
      else nc = 0;
    }
    // What follows must not continue the number: «1.2.3.4», «0933-123-456».
    if (i < s.size() && (IsDigit(s[i]) || ((s[i] == sep || s[i] == '.' || s[i] == '-') &&
                                           i + 1 < s.size() && IsDigit(s[i + 1]))))
      return false;
    int y = 0, mo = 0, d = 0;
    if (na == 4 && nc > 0 && nb <= 2) {
      y = a, mo = b, d = c;  // Y-M-D
    } else if (na <= 2 && nb <= 2 && (nc == 4 || (nc == 2 && sep != '.'))) {
      y = nc == 4 ? c : (c < 50 ? 2000 + c : 1900 + c);
      d = a, mo = b;  // D-M-Y, the Arab order; M-D-Y only when it is the one that fits
      if (mo > 12 && d <= 12) std::swap(d, mo);
    } else if (na <= 2 && nb == 4 && sep == '/' && nc == 0) {
      y = b, mo = a;  // «3/2015»
    } else if (partial && na <= 2 && nb <= 2 && nc == 0 && sep != '.') {
      d = a, mo = b;  // «21/09» after a weekday
      if (mo > 12 && d <= 12) std::swap(d, mo);
    } else {
      return false;
    }
    size_t q = TokenEndingAt(p, static_cast<uint32_t>(i));
    if (q == 0) return false;
    // Hijri: years 1300-1500 in numeric form («26/9/1439هـ»), marked or not.
    bool hijri = y >= 1300 && y <= 1500;
    if (W(q).is(Cat::kHijriMark)) {
      if (!hijri && y != 0) return false;
      hijri = true;
      ++q;
    } else if (W(q).is(Cat::kGregMark) && toks_[q].is(kGlued)) {
      ++q;  // «04/08/2016م»
    }
    if (mo < 1 || mo > 12) return false;
    if (y != 0 && (y < 1000 || y > 2199) && !hijri) return false;
    m->stated = Ymd(y, mo, d);
    if (hijri) {
      if (d < 1 || d > 30) return false;
      m->hijri = true;
      if (d == 0) return false;
      const int32_t a0 = DaysFromCivil(HijriToCivil(HijriDate{y, mo, d}));
      SetDay(m, a0);
    } else if (y != 0 && d != 0) {
      if (!ValidDate(y, mo, d)) return false;
      SetDay(m, DaysFromCivil(Ymd(y, mo, d)));
    } else if (y != 0) {
      SetMonth(m, y, mo);
    } else {
      if (d < 1 || d > 31) return false;
      if (NeedRef(m)) {
        const int yy = YearForDay(mo, d, 0, false);
        if (d > DaysInMonth(yy, mo)) return false;
        SetDay(m, DaysFromCivil(Ymd(yy, mo, d)));
      }
    }
    // ISO time glued to the date: «2019-02-27T14:02:00+02:00».
    if (na == 4 && i < s.size() && (s[i] == 't' || s[i] == 'T')) {
      IsoDateTime iso;
      size_t j = i + 1;
      if (ParseClockAndZone(s, &j, &iso, false) && iso.hour < 24) {
        if (const size_t q2 = TokenEndingAt(q, static_cast<uint32_t>(j))) {
          m->hour = iso.hour;
          m->minute = iso.minute;
          if (iso.utc_offset_minutes) {
            const size_t z = q2 - 1;  // "+02:00" as written: from the sign to the end
            size_t zb = z;
            while (zb > q && !Punct(zb, '+') && !Punct(zb, '-') && Text(zb) != "z") --zb;
            m->zone = original_.substr(toks_[zb].begin, toks_[z].end - toks_[zb].begin);
          }
          q = q2;
        }
      }
    }
    *k = q;
    return true;
  }

  // A clock at token p: «14:02», «12:40», «15:23:24». Returns the token after it.
  bool ReadClock(size_t p, int* h, int* mi, size_t* k) const {
    if (p >= n_ || toks_[p].kind != TokenKind::kNumber) return false;
    const std::string_view s = norm_.text;
    size_t i = toks_[p].nbegin;
    int hh, mm, ss;
    const int nh = ReadNumber(s, i, 2, &hh);
    if (nh == 0) return false;
    i += static_cast<size_t>(nh);
    if (i >= s.size() || s[i] != ':') return false;
    ++i;
    if (!Digits(s, &i, 2, &mm)) return false;
    if (i + 2 < s.size() && s[i] == ':' && IsDigit(s[i + 1])) {
      ++i;
      if (!Digits(s, &i, 2, &ss)) return false;
    }
    if (i < s.size() && IsDigit(s[i])) return false;
    if (hh > 24 || mm > 59) return false;
    const size_t q = TokenEndingAt(p, static_cast<uint32_t>(i));
    if (q == 0) return false;
    *h = hh, *mi = mm, *k = q;
    return true;
  }

  // An hour written as a word: «الثالثة», «الحادية عشرة», «الثانية عشرة».
  bool ReadHourWord(size_t p, int* h, size_t* k) const {
    const Word& w = W(p);
    if (!w.is(Cat::kOrdinal) || !w.article) return false;
    int v = w.value;
    size_t q = p + 1;
    if (W(q).is(Cat::kTeen) && v <= 2) {
      v += 10;
      ++q;
    } else if (w.aux == 1) {
      return false;  // «الحادية» needs «عشرة»
    }
    if (v < 1 || v > 12) return false;
    *h = v, *k = q;
    return true;
  }

  // am / pm words after a clock; adjusts *h (12-hour clock) and advances *k.
  void ReadMeridiem(size_t p, int* h, size_t* k) const {
    const Word& w = W(p);
    int part = 0;
    if (w.is(Cat::kAm)) part = 1;
    else if (w.is(Cat::kGregMark) && w.bare() && Text(p) == "م") part = 3;  // «12:46 م»
    else if (w.is(Cat::kDayPart) && !w.article && !w.prep) part = w.value;
    else if (w.is(Cat::kAfter) && W(p + 1).is(Cat::kDayPart) && W(p + 1).value == 2) {
      part = 3;  // «بعد الظهر»
      ++p;
    } else if (w.is(Cat::kFrom) && W(p + 1).is(Cat::kDayPart) && !W(p + 1).article) {
      part = W(p + 1).value;  // «12:46 من ظهر اليوم»: keep «ظهر اليوم» for the anchor
      if (part == 2 && *h < 12 && *h >= 1 && *h <= 6) *h += 12;
      return;
    }
    if (part == 0) return;
    if (part == 1) {
      if (*h == 12) *h = 0;
    } else if (part == 2) {
      if (*h >= 1 && *h <= 6) *h += 12;  // «الثالثة ظهرا» is 15:00; «12:30 ظهرا» stays
    } else if (part == 3) {
      if (*h < 12) *h += 12;
    } else if (part == 4) {
      if (*h == 12) *h = 0;
      else if (*h >= 6 && *h < 12) *h += 12;  // «الساعة 8 ليلا» 20:00, «2 ليلا» 02:00
    }
    // A part-of-day noun that opens the next anchor («الساعة 8:00 مساء الثلاثاء») is consumed
    // as the meridiem: the anchor is still found after it.
    *k = p + 1;
  }

  // Zone after a time: «دمشق», «بتوقيت غرينتش», «بالتوقيت المحلي», "GMT", «(ت.غ)».
  void ReadZone(size_t p, DateMention* m, size_t* k) const {
    size_t q = p;
    const bool paren = Punct(q, '(');
    if (paren) ++q;
    const Word& w = W(q);
    size_t zb = 0, ze = 0;
    if (w.is(Cat::kZoneCue)) {
      if (w.article && W(q + 1).is(Cat::kLocal)) {
        zb = q + 1, ze = q + 2;  // «بالتوقيت المحلي»
      } else if (q + 1 < n_ && (W(q + 1).is(Cat::kZoneCity) || toks_[q + 1].kind ==
                                                                     TokenKind::kLatin)) {
        zb = q + 1, ze = q + 2;  // «بتوقيت غرينتش», «بتوقيت دمشق», «بتوقيت GMT»
      } else if (q + 1 < n_ && toks_[q + 1].kind == TokenKind::kWord) {
        zb = q + 1, ze = q + 2;  // «بتوقيت نيودلهي»: any city after the cue
      }
    } else if (w.is(Cat::kZoneCity) && !w.prep) {
      zb = q, ze = q + 1;
    } else if (q < n_ && toks_[q].kind == TokenKind::kLatin &&
               (Text(q) == "gmt" || Text(q) == "utc")) {
      zb = q, ze = q + 1;
    } else if (IsText(q, "ت") && (IsText(q + 1, "غ") || (Punct(q + 1, '.') && IsText(q + 2, "غ")))) {
      zb = q, ze = IsText(q + 1, "غ") ? q + 2 : q + 3;  // «ت.غ», «ت غ»: توقيت غرينتش
    }
    if (ze == 0) return;
    m->zone = original_.substr(toks_[zb].begin, toks_[ze - 1].end - toks_[zb].begin);
    if (paren && Punct(ze, ')')) ++ze;
    *k = ze;
  }

  // [, | -] [في|عند] [الساعة] CLOCK|HOUR [meridiem] [zone]; only a clock or «الساعة N» counts.
  bool ReadTime(size_t p, DateMention* m, size_t* k) const {
    size_t q = p;
    const Word& w = W(q);
    if (w.is(Cat::kIn) || (IsText(q, "عند") || IsText(q, "حوالي") || IsText(q, "تمام"))) ++q;
    bool cue = false;
    const Word& u = W(q);
    if (u.is(Cat::kUnit) && u.unit() == DurationUnit::kHour && u.aux == 1 && u.article) {
      cue = true;
      ++q;
    }
    int h = 0, mi = 0;
    size_t r;
    if (ReadClock(q, &h, &mi, &r)) {
    } else if (cue && Int(q) && *Int(q) <= 24 && !(q + 1 < n_ && Punct(q + 1, ':'))) {
      h = *Int(q);
      r = q + 1;
    } else if (cue && ReadHourWord(q, &h, &r)) {
    } else {
      return false;
    }
    ReadMeridiem(r, &h, &r);
    m->hour = h == 24 ? 0 : h;
    m->minute = mi;
    ReadZone(r, m, &r);
    *k = r;
    return true;
  }

  void ParseTrailingTime(size_t p, DateMention* m, size_t* k) const {
    size_t q = p;
    if (Punct(q, ',') || Punct(q, '|') || Punct(q, '-')) ++q;
    size_t r;
    if (ReadTime(q, m, &r)) *k = r;
  }

  // «الساعة 17:00 بتوقيت غرينتش», «الساعة 8:00 مساء الثلاثاء 20 فبراير».
  bool ParseClockFirst(size_t i, DateMention* m, size_t* k) {
    const Word& w = W(i);
    const bool cue = w.is(Cat::kUnit) && w.unit() == DurationUnit::kHour && w.article;
    if (!cue && (i >= n_ || toks_[i].kind != TokenKind::kNumber)) return false;
    DateMention t;
    size_t q;
    if (!ReadTime(i, &t, &q)) return false;
    // A date right after: [من] [يوم] ANCHOR.
    size_t r = q;
    if (Punct(r, ',')) ++r;
    if (W(r).is(Cat::kFrom)) ++r;
    DateMention d;
    size_t q2;
    if (ParseDateExpr(r, &d, &q2) && d.kind == DateKind::kDate && d.granularity == DateGranularity::kDay) {
      *m = d;
      if (!d.hour) {
        m->hour = t.hour;
        m->minute = t.minute;
        if (m->zone.empty()) m->zone = t.zone;
      }
      *k = q2;
      return true;
    }
    // Only a clock: «14:02» alone is too weak (scores, verses); keep «الساعة» phrases and
    // clocks with a meridiem or zone.
    if (!cue && t.zone.empty() && q == i + 3) return false;
    *m = t;
    m->kind = DateKind::kTime;
    *k = q;
    return true;
  }

  // Weekday: «الثلاثاء», «يوم الإثنين الفائت», «السبت الماضي», «الخميس المقبل»,
  // «الاثنين من هذا الأسبوع», «الأربعاء، 01-11-2017», «الخميس 15 اغسطس».
  bool ParseWeekday(size_t p, DateMention* m, size_t* k, bool after_yawm) {
    size_t q = p;
    bool this_week = false;
    if (W(q).is(Cat::kThis) && W(q + 1).is(Cat::kWeekday) && W(q + 1).article) {
      this_week = true;
      ++q;
    }
    const bool paren = Punct(q, '(') && W(q + 1).is(Cat::kWeekday);
    if (paren) ++q;
    const Word& w = W(q);
    if (!w.is(Cat::kWeekday) || w.prep == 'k') return false;
    const bool week_follows = W(q + 1).is(Cat::kUnit) && W(q + 1).unit() == DurationUnit::kWeek;
    if (!w.article && !after_yawm && !week_follows) return false;
    const int wd = w.value;
    ++q;
    if (paren) {
      if (!Punct(q, ')')) return false;
      ++q;
    }
    m->weekday = static_cast<int8_t>(wd);
    // An explicit date after it wins; the weekday is checked against it.
    {
      size_t r = q;
      if (Punct(r, ',')) ++r;
      if (W(r).is(Cat::kAgreeing)) ++r;
      else if (W(r).is(Cat::kIn) && Int(r + 1)) ++r;
      DateMention d;
      size_t q2;
      if (ParseNumericDate(r, &d, &q2, true) || ParseDayMonth(r, &d, &q2)) {
        if (d.resolved && d.relative && d.start && !d.stated.year) {
          // No year written: choose the year whose calendar has this weekday on that day.
          for (int dy : {0, -1, 1}) {
            const int y = d.start->year + dy;
            if (d.stated.day > DaysInMonth(y, d.stated.month)) continue;
            const CivilDate c = Ymd(y, d.stated.month, d.stated.day);
            if (WeekdayOf(c) == wd) {
              SetDay(&d, DaysFromCivil(c));
              break;
            }
          }
        }
        d.weekday = static_cast<int8_t>(wd);
        if (d.start && d.start->complete() && d.granularity == DateGranularity::kDay &&
            WeekdayOf(*d.start) != wd) {
          d.weekday_conflict = true;
        }
        *m = d;
        *k = q2;
        return true;
      }
    }
    const Word& md = W(q);
    if ((md.is(Cat::kPast) || md.is(Cat::kNext)) && md.article) {
      // «يوم الأحد القادم 26/9/1439هـ»: the explicit date after the modifier wins.
      size_t r = q + 1;
      if (Punct(r, ',')) ++r;
      DateMention d;
      size_t q2;
      if (ParseNumericDate(r, &d, &q2, false) && d.resolved && d.granularity == DateGranularity::kDay) {
        d.weekday = static_cast<int8_t>(wd);
        d.weekday_conflict = WeekdayOf(*d.start) != wd;
        *m = d;
        *k = q2;
        return true;
      }
    }
    if (md.is(Cat::kPast) && md.article) {
      ResolveWeekday(m, wd, Mode::kBefore);  // «السبت الماضي», «يوم الإثنين الفائت»
      *k = q + 1;
    } else if (md.is(Cat::kNext) && md.article) {
      ResolveWeekday(m, wd, Mode::kAfter);  // «الخميس المقبل»
      *k = q + 1;
    } else if (!this_week && ParseWeekRef(q, &q)) {
      ResolveWeekday(m, wd, week_mode_);  // «الاثنين من الأسبوع الماضي», «ثلاثاء الاسبوع الفائت»
      *k = q;
    } else {
      // Bare weekday: news reports the past, so the most recent such day on or before the
      // publication date («وقالت يوم الجمعة» in a Tuesday report = 4 days earlier).
      ResolveWeekday(m, wd, this_week ? Mode::kThisWeek : Mode::kOnOrBefore);
      *k = q;
    }
    return true;
  }

  Mode week_mode_ = Mode::kThisWeek;
  // [من] [هذا] الاسبوع [الماضي|المقبل|الحالي]
  bool ParseWeekRef(size_t p, size_t* k) {
    size_t q = p;
    if (W(q).is(Cat::kFrom) || W(q).is(Cat::kIn)) ++q;
    bool this_ = false;
    if (W(q).is(Cat::kThis)) this_ = true, ++q;
    const Word& u = W(q);
    if (!(u.is(Cat::kUnit) && u.unit() == DurationUnit::kWeek && u.aux == 1 && u.article))
      return false;
    ++q;
    const Word& md = W(q);
    if (md.is(Cat::kPast)) week_mode_ = Mode::kPrevWeek, ++q;
    else if (md.is(Cat::kNext)) week_mode_ = Mode::kNextWeek, ++q;
    else if (md.is(Cat::kCurrent)) week_mode_ = Mode::kThisWeek, ++q;
    else if (this_) week_mode_ = Mode::kThisWeek;
    else return false;
    *k = q;
    return true;
  }

  // «أمس», «أمس الثلاثاء», «اليوم (الاثنين)», «غدا», «أول أمس», «قبل أمس», «بعد غد»,
  // «هذا اليوم», «الليلة الماضية».
  bool ParseRelDay(size_t p, DateMention* m, size_t* k) {
    size_t q = p;
    int off = 0;
    const Word& w = W(q);
    const Word& w1 = W(q + 1);
    auto is_today = [&](const Word& x) {
      return x.is(Cat::kUnit) && x.unit() == DurationUnit::kDay && x.aux == 1 && x.article &&
             x.prep == 0;
    };
    if (w.is(Cat::kYesterday)) {
      off = -1, q += 1;
      if (W(q).is(Cat::kOrdinal) && W(q).value == 1 && W(q).article) off = -2, ++q;  // «أمس الأول»
    } else if (w.is(Cat::kOrdinal) && w.value == 1 && w.aux == 0 && w1.is(Cat::kYesterday)) {
      off = -2, q += 2;  // «أول أمس»
    } else if (w.is(Cat::kOrdinal) && w.value == 1 && w.article && w1.is(Cat::kFrom) &&
               W(q + 2).is(Cat::kYesterday)) {
      off = -2, q += 3;  // «الأول من أمس»
    } else if (w.is(Cat::kAgo) && w1.is(Cat::kYesterday)) {
      off = -2, q += 2;  // «قبل أمس»
    } else if (w.is(Cat::kAgo) && IsYawm(q + 1) && W(q + 2).is(Cat::kYesterday)) {
      off = -2, q += 3;  // «قبل يوم أمس»
    } else if (w.is(Cat::kAfter) && w1.is(Cat::kTomorrow) && !w1.article) {
      off = 2, q += 2;  // «بعد غد»
    } else if (w.is(Cat::kTomorrow)) {
      off = 1, q += 1;
    } else if (w.is(Cat::kThis) && is_today(w1)) {
      off = 0, q += 2;  // «هذا اليوم»
    } else if (is_today(w)) {
      // «اليوم التالي», «اليوم الأول من الانتخابات» are narrative days, not today.
      const Word& nx = w1;
      if (nx.is(Cat::kOrdinal) || nx.is(Cat::kPast) || nx.is(Cat::kNext) || nx.is(Cat::kRecent) ||
          IsText(q + 1, "التالي") || IsText(q + 1, "نفسه") || IsText(q + 1, "ذاته") ||
          IsText(q + 1, "الذي") || IsText(q + 1, "العالمي") || IsText(q + 1, "الوطني"))
        return false;
      off = 0, q += 1;
    } else if (w.is(Cat::kDayPart) && w.value == 4 && w.article && w.aux == 0 &&
               w1.is(Cat::kPast)) {
      off = -1, q += 2;  // «الليلة الماضية»
    } else {
      return false;
    }
    const bool ok = NeedRef(m);
    if (ok) SetDay(m, refd_ + off);
    // A weekday after it: «أمس الثلاثاء», «اليوم (الاثنين)», «يوم أمس الخميس 11 أكتوبر».
    size_t r = q;
    if (Punct(r, ',')) ++r;
    const bool paren = Punct(r, '(') && W(r + 1).is(Cat::kWeekday);
    const size_t wr = paren ? r + 1 : r;
    if (W(wr).is(Cat::kWeekday) && W(wr).article) {
      DateMention d;
      size_t q2;
      if (ParseWeekday(r, &d, &q2, false)) {
        const int wd = W(wr).value;
        if (d.stated.day != 0 && (d.resolved || !ok)) {  // an explicit date followed: it wins
          *m = d;
          m->weekday = static_cast<int8_t>(wd);
        } else {
          m->weekday = static_cast<int8_t>(wd);
          if (ok && WeekdayOf(CivilFromDays(refd_ + off)) != wd) {
            // The stated weekday disagrees with the stated day: prefer the weekday (pages are
            // often re-stamped a day or two after writing; the weekday was written by hand).
            m->weekday_conflict = true;
            SetDay(m, NearestWeekday(refd_ + off, wd));
          }
        }
        q = q2;
        // The weekday parser may have consumed «الماضي» etc. only when no date followed.
      }
    }
    m->granularity = m->resolved ? m->granularity : DateGranularity::kDay;
    *k = q;
    return true;
  }

  // Ordinal day word: «التاسع», «الحادي عشر», «الخامس والعشرين», «العشرين», «أول».
  bool ReadOrdinalDay(size_t p, int* day, size_t* k) const {
    const Word& w = W(p);
    size_t q = p + 1;
    int v;
    if (w.is(Cat::kTens) && w.article && !w.conj) {
      v = w.value;
    } else if (w.is(Cat::kOrdinal) && !w.conj && w.prep != 'k') {
      v = w.value;
      const Word& t = W(q);
      if (t.is(Cat::kTeen) && v <= 9 && !t.conj) {
        v += 10, ++q;  // «الحادي عشر», «الثالث عشرة»
      } else if (t.is(Cat::kTens) && t.conj) {  // «الخامس والعشرين»
        v += t.value, ++q;
      } else if (w.aux == 1) {
        return false;  // «الحادي» alone
      }
    } else {
      return false;
    }
    if (v < 1 || v > 31) return false;
    *day = v, *k = q;
    return true;
  }

  struct MonthName {
    int month = 0;
    bool hijri = false;
    bool risky = false;
  };

  // One month name: «شباط», «فبراير», «كانون الثاني», «تشرين ثاني», «جمادى الآخرة», «ذي الحجة».
  bool ReadMonthName(size_t p, MonthName* mn, size_t* k) const {
    const Word& w = W(p);
    if (w.prep == 'k') return false;
    size_t q = p + 1;
    if (w.is(Cat::kGregMonth) || w.is(Cat::kLevMonth)) {
      *mn = MonthName{w.value, false, (w.flags & kRisky) != 0};
    } else if (w.is(Cat::kHijriMonth)) {
      *mn = MonthName{w.value, true, (w.flags & kRisky) != 0};
    } else if (w.is(Cat::kLevPrefix)) {
      const Word& o = W(q);
      if (!o.is(Cat::kOrdinal) || o.value > 2) return false;
      const bool first = o.value == 1;
      mn->month = w.value == 1 ? (first ? 12 : 1) : (first ? 10 : 11);
      mn->hijri = false;
      mn->risky = false;
      ++q;
    } else if (w.is(Cat::kHijriPrefix)) {
      const Word& o = W(q);
      if (w.value == 11) {
        if (!o.is(Cat::kHijriTail)) return false;
        mn->month = o.value;
      } else {
        if (!(o.is(Cat::kOrdinal) || o.is(Cat::kLast)) || o.value > 2) return false;
        mn->month = w.value + (o.value == 2 ? 1 : 0);
      }
      mn->hijri = true;
      mn->risky = false;
      ++q;
    } else {
      return false;
    }
    *k = q;
    return true;
  }

  // A month name with its twin from the other tradition: «فبراير/ شباط», «يناير (كانون الثاني)».
  bool ReadMonth(size_t p, MonthName* mn, size_t* k) const {
    size_t q;
    if (!ReadMonthName(p, mn, &q)) return false;
    MonthName twin;
    size_t q2;
    if (Punct(q, '/') && ReadMonthName(q + 1, &twin, &q2) && twin.hijri == mn->hijri) {
      mn->risky = false;
      q = q2;
    } else if (Punct(q, '(') && ReadMonthName(q + 1, &twin, &q2) && Punct(q2, ')')) {
      mn->risky = false;
      q = q2 + 1;
    }
    *k = q;
    return true;
  }

  // Year after a month: [,] [من] [عام|العام|لعام|سنة] 2019 [م|هـ]; or «من العام الماضي».
  // *year = 0 when none; *rel = -1/0/+1 for «من العام الماضي/الحالي/المقبل» (then *year = 0).
  bool ReadYearAfter(size_t p, bool hijri_month, int* year, bool* hijri_mark, int* rel,
                     size_t* k) const {
    size_t q = p;
    if (Punct(q, ',')) ++q;
    if (W(q).is(Cat::kFrom)) ++q;
    bool cue = false;
    const Word& u = W(q);
    if (u.is(Cat::kUnit) && u.unit() == DurationUnit::kYear && u.aux == 1) cue = true, ++q;
    else if (W(q).is(Cat::kThis) && W(q + 1).is(Cat::kUnit) &&
             W(q + 1).unit() == DurationUnit::kYear && W(q + 1).article) {
      // «من هذا العام», optionally with the year: «من هذا العام 1439هـ»
      q += 2;
      if (!Int(q)) {
        *year = 0, *rel = 0, *hijri_mark = false, *k = q;
        return true;
      }
      cue = true;
    }
    if (cue && !Int(q) && W(q - 1).article) {
      const Word& md = W(q);
      int r = 2;
      if (md.is(Cat::kPast)) r = -1;
      else if (md.is(Cat::kCurrent)) r = 0;
      else if (md.is(Cat::kNext)) r = 1;
      if (r != 2) {
        *year = 0, *rel = r, *hijri_mark = false, *k = q + 1;
        return true;
      }
      return false;
    }
    const std::optional<int> y = Int(q);
    if (!y) return false;
    ++q;
    bool mark = false;
    if (W(q).is(Cat::kHijriMark)) mark = true, ++q;
    else if (W(q).is(Cat::kGregMark)) ++q;
    const bool hijri = hijri_month || mark;
    // A Hijri month with a Gregorian year («رمضان 2019») is read by the caller.
    if (hijri ? (*y < 100 || *y > 1700) && (mark || *y < 1900 || *y > 2199)
              : (*y < 1000 || *y > 2199))
      return false;
    *year = *y, *hijri_mark = mark, *rel = 2, *k = q;
    return true;
  }

  // Day and month: «27 شباط 2019», «13 من فبراير/شباط 2018», «التاسع من شهر شباط الجاري»,
  // «15 رمضان 1440 هـ», «26 إلى 28 مارس», «الـ20 من الشهر الماضي».
  bool ParseDayMonth(size_t p, DateMention* m, size_t* k) {
    size_t q = p;
    int day = 0, day2 = 0;
    if (const std::optional<int> v = Int(q); v && *v >= 1 && *v <= 31) {
      day = *v, ++q;
    } else if (!ReadOrdinalDay(q, &day, &q)) {
      return false;
    }
    // A range of days: «26 إلى 28 مارس», «13-15 تموز», «بين 4 و 8 سبتمبر».
    {
      size_t r = q;
      if (Punct(r, '-') || W(r).is(Cat::kTo) || IsText(r, "و")) {
        if (const std::optional<int> v = Int(r + 1); v && *v > day && *v <= 31) {
          day2 = *v, q = r + 2;
        }
      }
    }
    if (W(q).is(Cat::kFrom)) ++q;
    // «20 من الشهر الماضي», «31 من هذا الشهر»
    {
      size_t r = q;
      const bool this_ = W(r).is(Cat::kThis);
      if (this_) ++r;
      const Word& u = W(r);
      if (u.is(Cat::kUnit) && u.unit() == DurationUnit::kMonth && u.aux == 1 && u.article) {
        const Word& md = W(r + 1);
        int rel = 2;
        if (md.is(Cat::kPast)) rel = -1;
        else if (md.is(Cat::kCurrent)) rel = 0;
        else if (md.is(Cat::kNext)) rel = 1;
        else if (this_) rel = 0;
        if (rel != 2) {
          *k = r + 1 + (rel != 0 || !this_ ? 1 : 0);
          if (this_ && (md.is(Cat::kCurrent))) *k = r + 2;
          m->stated = Ymd(0, 0, day);
          if (NeedRef(m)) {
            const CivilDate c = CivilFromDays(AddMonthsDays(refd_, rel));
            if (day > DaysInMonth(c.year, c.month)) return false;
            const CivilDate a = Ymd(c.year, c.month, day);
            const CivilDate b = Ymd(c.year, c.month, day2 ? day2 : day);
            SetSpan(m, DaysFromCivil(a), DaysFromCivil(b),
                    day2 ? DateGranularity::kSpan : DateGranularity::kDay);
          }
          return true;
        }
      }
    }
    const Word& sh = W(q);
    if (sh.is(Cat::kUnit) && sh.unit() == DurationUnit::kMonth && sh.aux == 1 && !sh.article) ++q;
    MonthName mn;
    if (!ReadMonth(q, &mn, &q)) return false;
    int year = 0, rel = 2;
    bool hmark = false;
    ReadYearAfter(q, mn.hijri, &year, &hmark, &rel, &q);
    int dir = 0;
    bool current = false;
    if (year == 0 && rel == 2) {
      const Word& md = W(q);
      if (md.is(Cat::kPast) && md.article) dir = -1, ++q;
      else if (md.is(Cat::kNext) && md.article) dir = 1, ++q;
      else if (md.is(Cat::kCurrent) && md.article) current = true, ++q;
    }
    if (mn.hijri && !year && !hmark && rel == 2 && dir == 0 && !current && mn.risky) return false;
    m->hijri = mn.hijri;
    m->stated = Ymd(year, mn.month, day);
    const DateGranularity g = day2 ? DateGranularity::kSpan : DateGranularity::kDay;
    if (mn.hijri) {
      if (day > 30 || day2 > 30) return false;
      int hy = year;
      if (!hy) {
        if (!NeedRef(m)) {
          *k = q;
          return true;
        }
        // Nearest Hijri year (or per the modifier) around the reference.
        const HijriDate rh = CivilToHijri(*ref_);
        hy = rh.year;
        if (rel != 2) hy += 0;
        const int32_t this_year = DaysFromCivil(HijriToCivil(HijriDate{hy, mn.month, day}));
        if (dir < 0 && this_year >= refd_) --hy;
        else if (dir > 0 && this_year <= refd_) ++hy;
        else if (dir == 0 && !current && std::abs(this_year - refd_) > 177)
          hy += this_year > refd_ ? -1 : 1;
      }
      SetSpan(m, DaysFromCivil(HijriToCivil(HijriDate{hy, mn.month, day})),
              DaysFromCivil(HijriToCivil(HijriDate{hy, mn.month, day2 ? day2 : day})), g);
      *k = q;
      return true;
    }
    if (year) {
      if (!ValidDate(year, mn.month, day) || (day2 && !ValidDate(year, mn.month, day2)))
        return false;
      SetSpan(m, DaysFromCivil(Ymd(year, mn.month, day)),
              DaysFromCivil(Ymd(year, mn.month, day2 ? day2 : day)), g);
      *k = q;
      return true;
    }
    if (day > DaysInMonth(2000, mn.month)) return false;
    if (NeedRef(m)) {
      const int y = rel != 2 ? ref_->year + rel : YearForDay(mn.month, day, dir, current);
      if (day > DaysInMonth(y, mn.month)) return false;
      SetSpan(m, DaysFromCivil(Ymd(y, mn.month, day)),
              DaysFromCivil(Ymd(y, mn.month, day2 ? day2 : day)), g);
    }
    *k = q;
    return true;
  }

  // Month without a day: «شباط 2019», «يوليو/ تموز 2016», «ديسمبر/كانون الأول الماضي»,
  // «شهر رمضان 1440», «أكتوبر/تشرين الأول من العام الماضي», «3/2015» (numeric, elsewhere).
  bool ParseMonthExpr(size_t p, DateMention* m, size_t* k, bool edge) {
    size_t q = p;
    bool shahr = false;
    const Word& sh = W(q);
    if (sh.is(Cat::kUnit) && sh.unit() == DurationUnit::kMonth && sh.aux == 1 && !sh.article) {
      shahr = true, ++q;
    }
    MonthName mn;
    const size_t name_at = q;
    if (!ReadMonth(q, &mn, &q)) return false;
    int year = 0, rel = 2;
    bool hmark = false;
    ReadYearAfter(q, mn.hijri, &year, &hmark, &rel, &q);
    int dir = 0;
    bool current = false;
    if (year == 0 && rel == 2) {
      const Word& md = W(q);
      if (md.is(Cat::kPast) && md.article) dir = -1, ++q;
      else if (md.is(Cat::kNext) && md.article) dir = 1, ++q;
      else if (md.is(Cat::kCurrent) && md.article) current = true, ++q;
    }
    const bool anchored = year || rel != 2 || dir || current;
    if (mn.hijri && !anchored) return false;  // «شهر رمضان» alone: which one? (docs/dates.md)
    if (mn.risky && !anchored && !shahr && !edge) return false;
    if (!anchored && !shahr && !edge && W(name_at).prep == 'l') return false;
    m->hijri = mn.hijri;
    m->stated = Ymd(year, mn.month, 0);
    if (mn.hijri) {
      int hy = year;
      if (hy >= 1900 && !hmark) {  // «رمضان 2019»: the one that begins in 2019
        hy = CivilToHijri(Ymd(year, 1, 1)).year;
        if (HijriToCivil(HijriDate{hy, mn.month, 1}).year < year) ++hy;
        m->stated = Ymd(hy, mn.month, 0);
      }
      if (!hy) {
        if (!NeedRef(m)) {
          *k = q;
          return true;
        }
        hy = CivilToHijri(*ref_).year + (rel != 2 ? rel : 0);
        const HijriDate rh = CivilToHijri(*ref_);
        if (rel == 2 && dir < 0 && mn.month >= rh.month) --hy;
        if (rel == 2 && dir > 0 && mn.month <= rh.month) ++hy;
      }
      SetSpan(m, DaysFromCivil(HijriToCivil(HijriDate{hy, mn.month, 1})),
              DaysFromCivil(HijriToCivil(HijriDate{hy, mn.month, HijriMonthLength(hy, mn.month)})),
              DateGranularity::kMonth);
      *k = q;
      return true;
    }
    if (year) {
      SetMonth(m, year, mn.month);
    } else if (NeedRef(m)) {
      const int y = rel != 2 ? ref_->year + rel : YearForMonth(mn.month, dir, current);
      SetMonth(m, y, mn.month);
    }
    *k = q;
    return true;
  }

  // «عام 2014», «العام 2016», «لعام 2018», «عام 1440 هـ», «1428هـ/ 2007», «2015م».
  bool ParseYearExpr(size_t p, DateMention* m, size_t* k) {
    size_t q = p;
    const Word& u = W(q);
    const bool cue = u.is(Cat::kUnit) && u.unit() == DurationUnit::kYear && u.aux == 1;
    if (cue) ++q;
    const std::optional<int> y = Int(q);
    if (!y) return false;
    ++q;
    bool hmark = false, gmark = false;
    if (W(q).is(Cat::kHijriMark)) hmark = true, ++q;
    else if (W(q).is(Cat::kGregMark) && (toks_[q].is(kGlued) || cue)) gmark = true, ++q;
    if (!cue && !hmark && !gmark) return false;
    if (hmark) {
      if (*y < 100 || *y > 1700) return false;
      m->hijri = true;
      m->stated = Ymd(*y, 0, 0);
      SetSpan(m, DaysFromCivil(HijriToCivil(HijriDate{*y, 1, 1})),
              DaysFromCivil(HijriToCivil(HijriDate{*y + 1, 1, 1})) - 1, DateGranularity::kYear);
      // «1428هـ/ 2007» or «1391هـ الموافق 1971م»: the Gregorian twin is part of the mention.
      if (Punct(q, '/') && Int(q + 1) && *Int(q + 1) >= 1000 && *Int(q + 1) <= 2199) {
        q += 2;
        if (W(q).is(Cat::kGregMark)) ++q;
      }
    } else {
      if (*y < 1000 || *y > 2199) return false;
      m->stated = Ymd(*y, 0, 0);
      SetYear(m, *y);
    }
    *k = q;
    return true;
  }

  // «الأسبوع الماضي», «هذا الأسبوع», «الشهر الجاري», «العام المقبل», «السنة الماضية»,
  // and after an edge word the bare unit: «مطلع الأسبوع», «منذ بداية العام».
  bool ParseRelPeriod(size_t p, DateMention* m, size_t* k, bool edge) {
    size_t q = p;
    const bool this_ = W(q).is(Cat::kThis);
    if (this_) ++q;
    const Word& u = W(q);
    if (!u.is(Cat::kUnit) || u.aux != 1 || !u.article) return false;
    const DurationUnit unit = u.unit();
    if (unit != DurationUnit::kWeek && unit != DurationUnit::kMonth && unit != DurationUnit::kYear)
      return false;
    ++q;
    const Word& md = W(q);
    int off;
    if (md.is(Cat::kPast) && md.article) off = -1, ++q;
    else if (md.is(Cat::kNext) && md.article) off = 1, ++q;
    else if (md.is(Cat::kCurrent) && md.article) off = 0, ++q;
    else if (this_ || edge) off = 0;
    else return false;
    if (NeedRef(m)) {
      if (unit == DurationUnit::kWeek) {
        SetWeek(m, WeekStart(refd_) + 7 * off);
      } else if (unit == DurationUnit::kMonth) {
        const CivilDate c = CivilFromDays(AddMonthsDays(refd_, off));
        SetMonth(m, c.year, c.month);
      } else {
        SetYear(m, ref_->year + off);
      }
    } else {
      m->granularity = unit == DurationUnit::kWeek    ? DateGranularity::kWeek
                       : unit == DurationUnit::kMonth ? DateGranularity::kMonth
                                                      : DateGranularity::kYear;
    }
    *k = q;
    return true;
  }

  // A count of units: «يومين», «3 أيام», «ثلاثة أشهر», «أسبوع», «أيام» (vague), «عدة أيام».
  // *n = 0 for vague counts.
  bool ReadCountUnit(size_t p, int* n, DurationUnit* unit, size_t* k) const {
    size_t q = p;
    int count = -1;
    if (const std::optional<int> v = Int(q)) {
      count = *v, ++q;
    } else if (W(q).is(Cat::kCardinal) && W(q).bare()) {
      count = W(q).value, ++q;
    } else if (W(q).is(Cat::kTeen) && W(q).bare()) {
      count = 10, ++q;
    } else if (W(q).is(Cat::kFew) && W(q).bare()) {
      count = 0, ++q;
    }
    const Word& u = W(q);
    if (!u.is(Cat::kUnit) || u.article || u.prep) return false;
    if (count < 0) {
      count = u.aux == 1 ? 1 : u.aux == 2 ? 2 : 0;
      // «منذ عام 2008» is a year and «ومنذ يوم الأحد الماضي» a weekday, not "a year/day ago".
      const Word& nx = W(q + 1);
      if (u.aux == 1 && (Int(q + 1) || nx.is(Cat::kGregMonth) || nx.is(Cat::kLevMonth) ||
                         nx.is(Cat::kLevPrefix) || nx.is(Cat::kHijriMonth) ||
                         nx.is(Cat::kWeekday) || nx.is(Cat::kYesterday) ||
                         nx.is(Cat::kOrdinal) || nx.is(Cat::kTens)))
        return false;
    } else if (count > 0 && u.aux == 2) {
      return false;  // «3 يومين»: not a count
    }
    ++q;
    if (W(q).is(Cat::kVagueTail) || (count == 0 && W(q).is(Cat::kFew))) ++q;  // «أيام قليلة»
    *n = count, *unit = u.unit(), *k = q;
    return true;
  }

  // «قبل شهرين», «منذ يومين», «قبل نحو أسبوعين», «منذ أشهر», «قبل أيام», «منذ زمن»;
  // «منذ 6 سنوات» (a count of weeks, months or years after منذ) is a duration.
  bool ParseAgo(size_t p, DateMention* m, size_t* k) {
    const Word& w = W(p);
    const bool since = w.is(Cat::kSince);
    if (!(since || w.is(Cat::kAgo)) || w.article || w.prep) return false;
    size_t q = p + 1;
    if (W(q).is(Cat::kAbout)) ++q;
    int n;
    DurationUnit unit;
    if (W(q).is(Cat::kWhile) && W(q).bare()) {
      n = 0, unit = DurationUnit::kNone, ++q;  // «منذ زمن», «منذ فترة»
    } else if (!ReadCountUnit(q, &n, &unit, &q)) {
      return false;
    }
    // «قبل أسبوعين من موعد الانتخابات»: counted from another event, not from publication.
    if ((W(q).is(Cat::kFrom) || W(q).is(Cat::kOn)) && !W(q).conj && !IsText(q + 1, "الان"))
      return false;
    if (since && n > 0 && unit != DurationUnit::kDay && unit != DurationUnit::kHour) {
      m->kind = DateKind::kDuration;
      m->duration_amount = n;
      m->duration_unit = unit;
      *k = q;
      return true;
    }
    *k = q;
    if (!NeedRef(m)) {
      if (n == 0) m->vague = true;
      return true;
    }
    if (n == 0 || unit == DurationUnit::kHour) {
      if (unit == DurationUnit::kHour) {  // «قبل ساعات», «منذ ساعتين»: today or last night
        SetSpan(m, refd_ - 1, refd_, DateGranularity::kSpan);
        return true;
      }
      m->vague = true;  // «منذ أشهر»: some time before publication
      m->start.reset();
      m->until = *ref_;
      m->granularity = DateGranularity::kSpan;
      m->resolved = true;
      return true;
    }
    switch (unit) {
      case DurationUnit::kDay: SetDay(m, refd_ - n); break;
      case DurationUnit::kWeek: SetDay(m, refd_ - 7 * n); break;
      case DurationUnit::kMonth: {
        const CivilDate c = CivilFromDays(AddMonthsDays(refd_, -n));
        SetMonth(m, c.year, c.month);
        break;
      }
      case DurationUnit::kYear: SetYear(m, ref_->year - n); break;
      default: return false;
    }
    return true;
  }

  // «خلال اليومين الماضيين», «الأيام الماضية», «على مدى الأسبوعين الماضيين»,
  // «الساعات الأخيرة», «الـ24 ساعة الماضية», «الأيام الثلاثة الماضية», «الأيام المقبلة».
  bool ParseLastN(size_t p, DateMention* m, size_t* k) {
    size_t q = p;
    // The lead word belongs to the phrase: «خلال اليومين الماضيين» (SPEC's example).
    const Word& lead = W(q);
    if (lead.is(Cat::kWithin) || (lead.is(Cat::kDurationCue) && Text(q) != "مدي")) ++q;
    else if (lead.is(Cat::kOn) && W(q + 1).is(Cat::kDurationCue)) q += 2;
    int n = -1;
    DurationUnit unit;
    if (IsText(q, "ال") && Int(q + 1)) {  // «الـ24 ساعة»
      n = *Int(q + 1);
      q += 2;
      const Word& u = W(q);
      if (!u.is(Cat::kUnit) || u.article) return false;
      unit = u.unit();
    } else {
      const Word& u = W(q);
      if (!u.is(Cat::kUnit) || !u.article || u.aux == 1) return false;
      unit = u.unit();
      n = u.aux == 2 ? 2 : 0;
    }
    ++q;
    // «الأيام الثلاثة الماضية», «الأيام القليلة الماضية», «السنوات الخمس الأخيرة»
    if (n == 0 && (W(q).is(Cat::kCardinal) || W(q).is(Cat::kTeen)) && W(q).article) {
      n = W(q).is(Cat::kTeen) ? 10 : W(q).value, ++q;
    } else if (n == 0 && W(q).is(Cat::kVagueTail) && W(q).article) {
      ++q;
    }
    if (unit == DurationUnit::kHour) n = 1;  // «الساعات القادمة»: within a day
    const Word& md = W(q);
    int dir;
    if ((md.is(Cat::kPast) || md.is(Cat::kRecent)) && md.article) dir = -1;
    else if (md.is(Cat::kNext) && md.article) dir = 1;
    else return false;
    ++q;
    *k = q;
    if (!NeedRef(m)) {
      if (n == 0) m->vague = true;
      return true;
    }
    if (n == 0) {
      m->vague = true;
      m->granularity = DateGranularity::kSpan;
      m->resolved = true;
      if (dir < 0) m->until = *ref_;
      else m->start = *ref_;
      return true;
    }
    int32_t span;
    switch (unit) {
      case DurationUnit::kHour: span = 1; break;  // «الساعات الماضية», «الـ24 ساعة الماضية»
      case DurationUnit::kDay: span = n; break;
      case DurationUnit::kWeek: span = 7 * n; break;
      case DurationUnit::kMonth: span = refd_ - AddMonthsDays(refd_, -n); break;
      case DurationUnit::kYear: span = refd_ - AddMonthsDays(refd_, -12 * n); break;
      default: return false;
    }
    if (dir < 0) SetSpan(m, refd_ - span, refd_, DateGranularity::kSpan);
    else SetSpan(m, refd_, refd_ + span, DateGranularity::kSpan);
    return true;
  }

  // Durations: «لأسابيع», «لعدة أيام», «لمدة 30 يوما», «طيلة ثلاثة أشهر», «على مدى خمسة أعوام»,
  // «خلال يومين», «خلال 3 أيام». They are reported so that nothing reads them as dates.
  bool ParseDuration(size_t p, DateMention* m, size_t* k) {
    size_t q = p;
    const Word& w = W(q);
    int n;
    DurationUnit unit;
    if (w.is(Cat::kUnit) && w.prep == 'l' && !w.article && w.aux == 3) {
      n = 0, unit = w.unit(), q += 1;  // «لأسابيع», «لسنوات»
      if (W(q).is(Cat::kVagueTail)) ++q;
    } else if (w.is(Cat::kFew) && w.prep == 'l' && !w.article) {
      if (!ReadCountUnit(q + 1, &n, &unit, &q) || n != 1) {  // «لعدة أيام»
        const Word& u = W(q + 1);
        if (!u.is(Cat::kUnit) || u.aux != 3 || u.article || u.prep) return false;
        n = 0, unit = u.unit(), q += 2;
      }
    } else if ((w.is(Cat::kDurationCue) && Text(q) != "مدي") || w.is(Cat::kWithin) ||
               (w.is(Cat::kOn) && W(q + 1).is(Cat::kDurationCue))) {
      q += w.is(Cat::kOn) ? 2 : 1;
      if (W(q).is(Cat::kAbout)) ++q;
      if (!ReadCountUnit(q, &n, &unit, &q)) return false;
      // «خلال عام 2014» is a year, refused by ReadCountUnit; «خلال شهر رمضان» too.
      if (n == 1 && w.is(Cat::kWithin) && (W(q).is(Cat::kHijriMonth) || W(q).is(Cat::kGregMonth)))
        return false;
    } else {
      return false;
    }
    m->kind = DateKind::kDuration;
    m->duration_amount = n;
    m->duration_unit = unit;
    *k = q;
    return true;
  }

  std::string_view original_;
  const NormalizedText& norm_;
  const std::vector<Token>& toks_;
  size_t n_;
  std::vector<Word>& words_;
  std::optional<CivilDate> ref_;
  int32_t refd_ = 0;
};

}  // namespace

void ScanDates(std::string_view original, const NormalizedText& norm,
               const std::vector<Token>& tokens, std::optional<CivilDate> reference,
               std::vector<DateMention>* out) {
  out->clear();
  // Per-thread scratch: one Word per token, reused across documents (no per-token allocation).
  thread_local std::vector<Word> words;
  Scanner scanner(original, norm, tokens, reference, &words);
  scanner.Run(out);
}

}  // namespace isnad
