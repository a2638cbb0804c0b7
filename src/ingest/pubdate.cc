#include "ingest/pubdate.h"

#include "extract/dates.h"
#include "normalize/normalizer.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <string>

namespace isnad {
namespace {

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

// Reads up to `max` digits at s[*i]; returns -1 when there are fewer than `min`.
int Digits(std::string_view s, size_t* i, int min, int max) {
  int v = 0, n = 0;
  while (*i < s.size() && n < max && std::isdigit(static_cast<unsigned char>(s[*i]))) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  return n >= min ? v : -1;
}

// Zone words of datelines, normalized (kMatch), to IANA zone ids.
struct ZoneWord {
  std::string_view word;
  std::string_view tz;
};
constexpr ZoneWord kZoneWords[] = {
    {"دمشق", "Asia/Damascus"},     {"بيروت", "Asia/Beirut"},    {"بغداد", "Asia/Baghdad"},
    {"القاهره", "Africa/Cairo"},   {"الرياض", "Asia/Riyadh"},   {"مكه", "Asia/Riyadh"},
    {"الدوحه", "Asia/Qatar"},      {"ابوظبي", "Asia/Dubai"},    {"دبي", "Asia/Dubai"},
    {"عمان", "Asia/Amman"},        {"القدس", "Asia/Jerusalem"}, {"اسطنبول", "Europe/Istanbul"},
    {"انقره", "Europe/Istanbul"},  {"لندن", "Europe/London"},   {"باريس", "Europe/Paris"},
    {"الكويت", "Asia/Kuwait"},     {"المنامه", "Asia/Bahrain"}, {"مسقط", "Asia/Muscat"},
    {"غرينتش", "Etc/GMT"},         {"غرينيتش", "Etc/GMT"},      {"gmt", "Etc/GMT"},
    {"utc", "Etc/UTC"},
};

void ReadTime(std::string_view s, size_t i, PublicationTime* t, size_t* end) {
  // Skip separators between date and time: spaces, '|', ',', '-', 'T', «الساعة».
  while (i < s.size() && (s[i] == ' ' || s[i] == '|' || s[i] == ',' || s[i] == '-' ||
                          s[i] == 't' || s[i] == 'T' || s[i] == '/')) {
    ++i;
  }
  if (s.substr(i, 12) == "الساعه") i += 12;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t j = i;
  const int h = Digits(s, &j, 1, 2);
  if (h < 0 || j >= s.size() || s[j] != ':') return;
  ++j;
  const int m = Digits(s, &j, 2, 2);
  if (m < 0 || h > 23 || m > 59) return;
  int sec = 0;
  if (j < s.size() && s[j] == ':') {
    ++j;
    sec = Digits(s, &j, 2, 2);
    if (sec < 0 || sec > 60) sec = 0;
  }
  int hour = h;
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  // 12-hour clocks: «ص» (morning) and «م» (evening), "am"/"pm".
  const std::string_view rest = s.substr(k);
  const auto word_is = [&](std::string_view w) {
    return rest.substr(0, w.size()) == w &&
           (rest.size() == w.size() || rest[w.size()] == ' ' || rest[w.size()] == ',' ||
            rest[w.size()] == '|');
  };
  if (word_is("ص") || word_is("am") || word_is("صباحا")) {
    if (hour == 12) hour = 0;
    k += word_is("صباحا") ? 10 : (word_is("ص") ? 2 : 2);
    j = k;
  } else if (word_is("م") || word_is("pm") || word_is("مساء")) {
    if (hour < 12) hour += 12;
    k += word_is("مساء") ? 8 : 2;
    j = k;
  }
  t->hour = hour;
  t->minute = m;
  t->second = sec;
  *end = j;
  // A zone word or offset after the time.
  while (j < s.size() && (s[j] == ' ' || s[j] == '(')) ++j;
  const std::string_view z = s.substr(j);
  if (!z.empty() && (z[0] == '+' || z[0] == '-')) {
    size_t q = j + 1;
    const int oh = Digits(s, &q, 2, 2);
    if (oh >= 0) {
      if (q < s.size() && s[q] == ':') ++q;
      const int om = Digits(s, &q, 2, 2);
      t->utc_offset_minutes = (z[0] == '-' ? -1 : 1) * (oh * 60 + (om < 0 ? 0 : om));
      *end = q;
    }
    return;
  }
  for (const ZoneWord& zw : kZoneWords) {
    if (z.substr(0, zw.word.size()) == zw.word) {
      t->utc_offset_minutes =
          UtcOffsetMinutes(zw.tz, t->year, t->month, t->day, hour, m);
      *end = j + zw.word.size();
      return;
    }
  }
}

}  // namespace

std::optional<int> UtcOffsetMinutes(std::string_view tz, int year, int month, int day, int hour,
                                    int minute) {
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(
      icu::UnicodeString::fromUTF8(icu::StringPiece(tz.data(), static_cast<int32_t>(tz.size())))));
  if (!zone || *zone == icu::TimeZone::getUnknown()) return std::nullopt;
  UErrorCode ec = U_ZERO_ERROR;
  icu::GregorianCalendar cal(*zone, ec);
  if (U_FAILURE(ec)) return std::nullopt;
  cal.clear();
  cal.set(year, month - 1, day, hour, minute, 0);
  const int32_t raw = cal.get(UCAL_ZONE_OFFSET, ec);
  const int32_t dst = cal.get(UCAL_DST_OFFSET, ec);
  if (U_FAILURE(ec)) return std::nullopt;
  return (raw + dst) / 60000;
}

std::string PublicationTime::ToIso() const {
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (hour) {
    n += std::snprintf(buf + n, sizeof buf - n, "T%02d:%02d:%02d", *hour, minute.value_or(0),
                       second.value_or(0));
    if (utc_offset_minutes) {
      const int off = *utc_offset_minutes;
      const int a = off < 0 ? -off : off;
      std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
    }
  }
  return buf;
}

namespace {

PublicationTime FromIso(const IsoDateTime& t) {
  PublicationTime p;
  p.year = t.date.year;
  p.month = t.date.month;
  p.day = t.date.day;
  p.hour = t.hour;
  p.minute = t.minute;
  p.second = t.second;
  p.utc_offset_minutes = t.utc_offset_minutes;
  return p;
}

}  // namespace

std::optional<PublicationTime> ParseTimestamp(std::string_view s) {
  if (auto t = ParseIsoDateTime(s); t && t->date.complete()) return FromIso(*t);
  if (auto t = ParseRfc822DateTime(s); t && t->date.complete()) return FromIso(*t);
  Span span;
  const std::string folded = Normalizer(NormLevel::kMatch).Fold(s);
  return FindDateline(folded, &span);
}

std::optional<PublicationTime> FindDateline(std::string_view s, Span* span) {
  for (size_t start = 0; start < s.size(); ++start) {
    if (!std::isdigit(static_cast<unsigned char>(s[start]))) continue;
    if (start > 0 && std::isdigit(static_cast<unsigned char>(s[start - 1]))) continue;
    size_t i = start;
    PublicationTime t;
    const int a = Digits(s, &i, 1, 4);
    if (i >= s.size() || (s[i] != '.' && s[i] != '-' && s[i] != '/')) continue;
    const char sep = s[i++];
    const int b = Digits(s, &i, 1, 2);
    if (b < 0 || i >= s.size() || s[i] != sep) continue;
    ++i;
    const int c = Digits(s, &i, 1, 4);
    if (c < 0) continue;
    if (a >= 1900) {  // 2019-02-27
      t.year = a, t.month = b, t.day = c;
    } else {          // 27.02.2019 and 01-11-2017: day first, as Arabic pages write them
      t.year = c, t.month = b, t.day = a;
    }
    if (!ValidDate(t.year, t.month, t.day)) continue;
    size_t end = i;
    ReadTime(s, i, &t, &end);
    t.basis = Basis::kDateline;
    *span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    return t;
  }
  return std::nullopt;
}

}  // namespace isnad
